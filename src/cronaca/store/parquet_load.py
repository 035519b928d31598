"""Load the output of the Spark job (`cronaca spark ... --out DIR`) into a DuckDB store.

`cronaca ingest --parquet DIR --db FILE`. The Spark output holds every row the ingest would have
written (the same `document_rows` made them), so loading is writing: documents go through the
store's own `StoreWriter` in input order (the `seq` of their first source), in batches of
`COMMIT_EVERY`, which gives the same guarantees as a normal ingest: a text already stored (same
sha256) is skipped and only its new sources are added, reprint clusters are assigned against what the
store already holds, a batch is one transaction, and the run is logged in `ingest_runs`, with the
Spark job's rejects in `ingest_failures`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cronaca.load import LoadError
from cronaca.model import Document, DocumentMeta
from cronaca.store.ingest import COMMIT_EVERY, Counts, Prepared, StoreWriter, columnar, source_row

SPARK_TABLES = ("documents", "document_sources", "doc_minhash", "actors", "mentions", "quotes", "events", "rejects")
LAYERS = ("actors", "mentions", "quotes", "events")


class ParquetLoadError(ValueError):
    """The folder is not a Spark output of cronaca; the message is for the user."""


def _files(folder: Path) -> str | None:
    """The read_parquet glob of a table folder, None when it has no data file (an empty table)."""
    if not folder.is_dir() or not any(folder.rglob("*.parquet")):
        return None
    return str(folder / "**" / "*.parquet").replace("'", "''")


def _rows(con: Any, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    cur = con.execute(sql, params or [])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def _meta(r: dict[str, Any]) -> DocumentMeta:
    date = r.get("date")
    return DocumentMeta(id=r.get("ext_id") or "", lang=r.get("lang"), date=date.isoformat() if date else None,
                        title=r.get("title"), url=r.get("url"), source=r.get("source"))


def load_parquet(con: Any, folder: str | Path, batch: int = COMMIT_EVERY,
                 on_progress: Callable[[Counts], None] | None = None) -> Counts:
    """Load a Spark output folder into the open store `con`; returns the ingest counts."""
    root = Path(folder)
    if not (root / "documents").is_dir():
        raise ParquetLoadError(f"{root}: not an output of `cronaca spark` (no documents/ folder)")
    t0 = time.perf_counter()
    counts = Counts()
    run_id = StoreWriter.start_run(con, [f"parquet:{root}"])
    writer = StoreWriter(con, run_id)
    present: set[str] = set()
    for t in SPARK_TABLES:
        files = _files(root / t)
        if files is None:
            continue
        hive = ", hive_partitioning = true" if t == "events" else ""
        order = " ORDER BY doc_id" if t in (*LAYERS, "document_sources", "doc_minhash") else ""
        con.execute(f"CREATE OR REPLACE TEMP TABLE _spark_{t} AS "
                    f"SELECT * FROM read_parquet('{files}'{hive}){order}")
        present.add(t)
    if "documents" not in present:
        writer.finish_run(counts)
        return counts
    try:
        if "rejects" in present:
            for r in _rows(con, "SELECT origin, line, reason FROM _spark_rejects"):
                counts.read += 1
                counts.fail(LoadError(r["origin"], r["reason"], r["line"]))
        docs = con.execute(
            "SELECT d.*, f.origin AS _origin, f.seq AS _seq FROM _spark_documents d LEFT JOIN "
            "(SELECT doc_id, arg_min(origin, seq) AS origin, min(seq) AS seq FROM _spark_document_sources "
            "GROUP BY doc_id) f ON f.doc_id = d.id ORDER BY f.seq NULLS LAST, d.id"
            if "document_sources" in present else "SELECT d.*, NULL AS _origin, NULL AS _seq FROM _spark_documents d"
        )
        names = [d[0] for d in docs.description]
        fetched = docs.fetchall()  # documents with their text; the cursor is reused below
        for i in range(0, len(fetched), batch):
            _load_batch(con, writer, [dict(zip(names, r, strict=True)) for r in fetched[i:i + batch]],
                        present, counts)
            if on_progress:
                on_progress(counts)
    except BaseException:
        counts.seconds = time.perf_counter() - t0
        writer.finish_run(counts, status="interrupted")
        raise
    finally:
        for t in present:
            con.execute(f"DROP TABLE IF EXISTS _spark_{t}")
    counts.seconds = time.perf_counter() - t0
    writer.finish_run(counts)
    return counts


def _load_batch(con: Any, writer: StoreWriter, docs: list[dict[str, Any]], present: set[str], counts: Counts) -> None:
    ids = [d["id"] for d in docs]
    by_table: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for t in (*LAYERS, "document_sources", "doc_minhash"):
        grouped: dict[str, list[dict[str, Any]]] = {}
        if t in present:
            order = " ORDER BY seq" if t == "document_sources" else ""
            for r in _rows(con, f"SELECT * FROM _spark_{t} WHERE doc_id IN (SELECT unnest(?)){order}", [ids]):
                grouped.setdefault(r["doc_id"], []).append(r)
        by_table[t] = grouped
    batch: list[Prepared] = []
    extras: dict[str, list[tuple[DocumentMeta, str]]] = {}
    for d in docs:
        sources = by_table["document_sources"].get(d["id"], [])
        counts.read += max(1, len(sources))
        if d["hash"] in writer.hashes:
            # the same text is stored already: only its sources may be new
            for s in sources or [d]:
                writer.add_source(d["hash"], _meta(s), s.get("origin") or d.get("_origin") or "", counts)
            continue
        origin = d.get("_origin") or d.get("url") or d["id"]
        doc_row = {k: v for k, v in d.items() if not k.startswith("_")} | {"origin": origin}
        sigs = by_table["doc_minhash"].get(d["id"], [])
        sig = bytes(sigs[0]["sig"]) if sigs and sigs[0]["sig"] is not None else None
        first = sources[0] if sources else d | {"origin": origin}
        rows: dict[str, list[dict[str, Any]]] = {
            "documents": [doc_row],
            "document_sources": [source_row(d["id"], _meta(first), first["origin"], None)],
            "doc_minhash": [{"doc_id": d["id"], "sig": sig}] if sig is not None else [],
        }
        for t in LAYERS:
            rows[t] = by_table[t].get(d["id"], [])
        batch.append(Prepared(Document(text="", meta=_meta(d)), d["hash"], origin, sig, columnar(rows)))
        extras[d["hash"]] = [(_meta(s), s["origin"]) for s in sources[1:]]
    if batch:
        writer.write(batch, counts, extras)


def run_cli(args: Any) -> int:
    """`cronaca ingest --parquet DIR --db FILE` (called by cronaca.commands.ingest)."""
    import json
    import sys

    from cronaca.store.schema import StoreError, connect

    if not args.parquet:
        print("cronaca: ingest needs PATHs to read, or --parquet DIR (a `cronaca spark` output)", file=sys.stderr)
        return 2
    if args.inputs:
        print("cronaca: give either PATHs or --parquet DIR, not both", file=sys.stderr)
        return 2
    try:
        con = connect(args.db)
    except StoreError as exc:
        print(f"cronaca: {exc}", file=sys.stderr)
        return 2
    try:
        counts = load_parquet(con, args.parquet, batch=max(1, getattr(args, "commit_every", COMMIT_EVERY)))
    except ParquetLoadError as exc:
        print(f"cronaca: {exc}", file=sys.stderr)
        return 2
    finally:
        con.close()
    if getattr(args, "json", False):
        out = counts.as_dict()
        out["failures"] = [{"origin": f.origin, "line": f.line, "message": f.message} for f in counts.failures]
        print(json.dumps(out, ensure_ascii=False))
    else:
        print(f"{args.db}: loaded {args.parquet}: ingested {counts.ingested}, already present "
              f"{counts.already_present}, duplicates {counts.duplicates}, rejected by the Spark job "
              f"{counts.failed} ({counts.seconds:.1f} s)", file=sys.stderr)
        for f in counts.failures[:20]:
            print(f"  rejected: {f}", file=sys.stderr)
    return 1 if counts.failed else 0
