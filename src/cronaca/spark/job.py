"""The Spark job: JSON Lines (.gz) and WARC files in, the store's tables out as Parquet.

The job computes exactly what `cronaca ingest` computes, with the ingest's own functions:

- loading: `cronaca.load.record_to_article` per JSON line, `cronaca.formats` WARC record parsing
  (warcio inside the executors over the bytes of each WARC file);
- extraction and rows: `cronaca.store.ingest.extract_chunk` (the Pipeline, the MinHash signature and
  `document_rows`/`event_rows`), called on chunks of a partition with ONE Pipeline per Python worker
  (built on the first partition the worker runs, kept for the next ones: lexicons load once);
- identity: documents are keyed by `content_hash` (sha256 of the text), the first source seen wins
  (input order: file order, then line / record offset), further sources become `document_sources`;
- reprint clusters: `cronaca.store.dedup.ReprintIndex` on the driver, over the signatures in input
  order, as the ingest's writer does (`--no-reprints` skips it: cluster_id = id, and
  `cronaca ingest --parquet` re-clusters when it loads the output).

Output (one folder per table, Parquet): documents, actors, quotes, events (partitioned by `month`,
YYYY-MM) with the columns of `cronaca export` (`cronaca.store.export.TABLE_COLUMNS`); mentions,
document_sources (with `seq`, the input order) and doc_minhash with the store's columns, so that
`cronaca ingest --parquet DIR` can load the output into a DuckDB store; rejects (origin, line,
reason): every record that could not be loaded or extracted. A summary goes to `_cronaca.json`.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cronaca.load import DEFAULT_MAX_BYTES, Article, InputError, LoadError, record_to_article
from cronaca.model import DocumentMeta
from cronaca.store.export import TABLE_COLUMNS, Columns

# Columns of the tables that `cronaca export` has no equivalent for (the store's own columns).
MENTIONS_COLUMNS: Columns = [("doc_id", "VARCHAR"), ("actor_id", "VARCHAR"), ("start", "INTEGER"),
                             ("end", "INTEGER"), ("text", "VARCHAR")]
SOURCES_COLUMNS: Columns = [("doc_id", "VARCHAR"), ("locator", "VARCHAR"), ("url", "VARCHAR"),
                            ("source", "VARCHAR"), ("title", "VARCHAR"), ("date", "DATE"),
                            ("ext_id", "VARCHAR"), ("origin", "VARCHAR"), ("seq", "BIGINT")]
MINHASH_COLUMNS: Columns = [("doc_id", "VARCHAR"), ("sig", "BLOB")]
REJECTS_COLUMNS: Columns = [("origin", "VARCHAR"), ("line", "INTEGER"), ("reason", "VARCHAR")]

OUT_COLUMNS: dict[str, Columns] = {
    "documents": TABLE_COLUMNS["documents"],
    "actors": TABLE_COLUMNS["actors"],
    "mentions": MENTIONS_COLUMNS,
    "quotes": TABLE_COLUMNS["quotes"],
    "events": TABLE_COLUMNS["events"],
    "document_sources": SOURCES_COLUMNS,
    "doc_minhash": MINHASH_COLUMNS,
    "rejects": REJECTS_COLUMNS,
}
EVENTS_PARTITION = "month"  # YYYY-MM of the event date; events/month=2021-12/part-*.parquet
MANIFEST = "_cronaca.json"

# A record's place in the input as one sortable integer: file number, then line or byte offset.
_POS_BITS = 40


def seq_of(file_index: int, pos: int) -> int:
    return (file_index << _POS_BITS) | pos


class JobError(RuntimeError):
    """The job cannot run (no Java, no pyspark, bad output folder); the message is for the user."""


@dataclass
class JobOptions:
    partitions: int | None = None  # extraction partitions (default: 2 x the default parallelism)
    lang: str | None = None
    date: str | None = None
    disable: tuple[str, ...] = ()
    max_bytes: int = DEFAULT_MAX_BYTES
    reprints: bool = True
    chunk_size: int = 32
    overwrite: bool = False


@dataclass
class JobResult:
    out: str
    inputs: list[str]
    records: int = 0  # distinct sources (text + url/origin) and rejects
    documents: int = 0
    sources: int = 0
    rejects: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    phases: dict[str, float] = field(default_factory=dict)  # seconds: extract (+ clusters), write
    pipelines: int = 0  # Pipelines built (one per Python worker that ran an extraction task)

    def as_dict(self) -> dict[str, Any]:
        return {"out": self.out, "inputs": self.inputs, "records": self.records, "documents": self.documents,
                "sources": self.sources, "rejects": self.rejects, "rows": self.rows,
                "seconds": round(self.seconds, 3), "pipelines": self.pipelines, "phases": {k: round(v, 3) for k, v in self.phases.items()}}


# ---------------------------------------------------------------- inputs (driver)


def _has_scheme(p: str) -> bool:
    return "://" in p or p.startswith("file:")


def input_kind(name: str) -> str:
    n = name.lower()
    if n.endswith((".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")):
        return "jsonl"
    if n.endswith((".warc", ".warc.gz")):
        return "warc"
    return "other"


def list_inputs(inputs: Iterable[str]) -> list[tuple[str, str]]:
    """(kind, path) for every file, folders expanded recursively in the same order as `cronaca ingest`
    (sorted, hidden files skipped). Paths with a scheme (s3a://, gs://, hdfs://) are taken as files."""
    out: list[tuple[str, str]] = []
    for raw in inputs:
        s = str(raw)
        if _has_scheme(s):
            out.append((input_kind(s), s))
            continue
        p = Path(s)
        if not p.exists():
            out.append(("missing", s))
        elif p.is_dir():
            for child in sorted(c for c in p.rglob("*") if c.is_file() and not c.name.startswith(".")):
                out.append((input_kind(child.name), str(child)))
        else:
            out.append((input_kind(p.name), s))
    return out


def _uri(path: str) -> str:
    return path if _has_scheme(path) else Path(path).resolve().as_uri()


# ---------------------------------------------------------------- loading (executors)

# Items flowing from the loaders: ("A", hash, seq, text, meta dict, origin) or ("R", origin, line, reason).


def _reject(err: LoadError) -> tuple:
    return ("R", err.origin, err.line, err.message)


def _article(art: Article, seq: int) -> tuple:
    from cronaca.store.ingest import content_hash

    return ("A", content_hash(art.text), seq, art.text, art.meta.to_dict(), art.origin)


def parse_line(raw: bytes, n: int, path: str, defaults: DocumentMeta) -> Article | LoadError | None:
    """One JSON line, as `cronaca.load.iter_jsonl` reads it (same checks, messages and origin
    `path:LINE`); None for a blank line."""
    if not raw.strip():
        return None
    where = f"{path}:{n}"
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError:
        return LoadError(where, "line is not valid UTF-8", n)
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        return LoadError(where, f"not valid JSON ({exc.msg}, column {exc.colno})", n)
    try:
        return record_to_article(rec, where, defaults)
    except InputError as exc:
        return LoadError(where, str(exc).removeprefix(where + ": "), n)
    except Exception as exc:  # noqa: BLE001 - a malformed record must never kill the job
        return LoadError(where, f"cannot load: {type(exc).__name__}: {exc}", n)


def jsonl_items(path: str, file_index: int, defaults: DocumentMeta, rows: Iterable[tuple[bytes, int]]) -> Iterator[tuple]:
    for raw, idx in rows:
        n = idx + 1
        # Hadoop strips the line end that iter_jsonl keeps (it shows in some JSON error messages)
        item = parse_line(raw + b"\n", n, path, defaults)
        if item is None:
            continue
        yield _reject(item) if isinstance(item, LoadError) else _article(item, seq_of(file_index, n))


def _page_article(page: Any) -> Article | LoadError:
    from cronaca.formats import page_to_article
    from cronaca.store.ingest import line_of

    try:
        return page_to_article(page)
    except InputError as exc:
        return LoadError(page.origin, str(exc).removeprefix(page.origin + ": "), line_of(page.origin))
    except Exception as exc:  # noqa: BLE001 - a malformed page must never kill the job
        return LoadError(page.origin, f"cannot load: {type(exc).__name__}: {exc}", line_of(page.origin))


def warc_items(path: str, file_index: int, data: bytes, defaults: DocumentMeta, max_bytes: int) -> Iterator[tuple]:
    """Every HTML page of one WARC file (its bytes), parsed by cronaca.formats as `cronaca ingest` does."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from cronaca.formats import _looks_like_warc, _warc_record

    fh = io.BytesIO(data)
    if not _looks_like_warc(fh):
        yield _reject(LoadError(path, "not a WARC file (no WARC/1.x header)"))
        return
    it = ArchiveIterator(fh)
    try:
        for rec in it:
            try:
                item = _warc_record(rec, it, Path(path), defaults, max_bytes)
            except Exception as exc:  # noqa: BLE001 - one bad record, not the whole file
                item = LoadError(f"{path}#{it.get_record_offset()}", f"cannot load: {type(exc).__name__}: {exc}")
            if item is None:
                continue
            if not isinstance(item, (Article, LoadError)):
                # a RawPage: trafilatura extracts it here, in the executor, as an ingest worker does
                item = _page_article(item)
            if isinstance(item, LoadError):
                yield _reject(item)
            else:
                yield _article(item, seq_of(file_index, it.get_record_offset()))
    except ArchiveLoadFailed as exc:
        yield _reject(LoadError(path, f"not a readable WARC file ({str(exc).splitlines()[0]})"))
    except (OSError, EOFError, ValueError) as exc:
        yield _reject(LoadError(path, f"WARC file is damaged or truncated ({exc})"))


# ---------------------------------------------------------------- extraction (executors)

_BUILT: tuple[str, ...] | None = None  # the stages disabled in this worker's Pipeline


def _ensure_pipeline(disable: tuple[str, ...]) -> bool:
    """Build this Python worker's Pipeline once (Spark reuses workers across tasks); True if built now."""
    global _BUILT
    from cronaca.store import ingest as store_ingest

    if _BUILT != disable or store_ingest._PIPELINE is None:
        store_ingest._init_worker(disable)
        _BUILT = disable
        return True
    return False


def _month(d: Any) -> str | None:
    return d.strftime("%Y-%m") if d is not None else None


def mentions_json(mentions: list[dict[str, Any]]) -> str | None:
    """The `mentions` column of the actors export: [[start, end, text], ...] by start, as DuckDB's
    to_json writes it (no spaces, numbers as strings); None without mentions."""
    if not mentions:
        return None
    ms = sorted(mentions, key=lambda m: m["start"])
    return json.dumps([[str(m["start"]), str(m["end"]), m["text"]] for m in ms], ensure_ascii=False,
                      separators=(",", ":"))


def _tuple(row: dict[str, Any], cols: Columns) -> tuple:
    out = []
    for name, ty in cols:
        v = row.get(name)
        if v is not None:
            if ty == "DOUBLE":
                v = float(v)
            elif ty in ("INTEGER", "BIGINT"):
                v = int(v)
            elif ty == "VARCHAR" and not isinstance(v, str):
                v = str(v)
        out.append(v)
    return tuple(out)


def row_lists(rows: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """A document's rows per table, from the store's columnar form (table -> column -> values) or
    its row form (table -> list of row dicts)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for t, v in rows.items():
        if isinstance(v, dict):
            names = list(v)
            out[t] = [dict(zip(names, vals, strict=True)) for vals in zip(*(v[n] for n in names), strict=True)]
        else:
            out[t] = list(v)
    return out


def out_rows(store_rows: dict[str, Any]) -> dict[str, list[tuple]]:
    """The store rows of one document (from `document_rows`) as tuples in the output tables' column
    order. cluster_id is the document's id here; the driver's reprint clusters replace it."""
    rows = {t: [] for t in ("actors", "mentions", "quotes", "events")} | row_lists(store_rows)
    d = rows["documents"][0]
    did = d["id"]
    base = {"cluster_id": did, "url": d["url"], "title": d["title"], "outlet": d["source"]}
    by_actor: dict[str, list[dict[str, Any]]] = {}
    for m in rows["mentions"]:
        by_actor.setdefault(m["actor_id"], []).append(m)
    events = []
    for e in rows["events"]:
        events.append(_tuple({**e, **base}, OUT_COLUMNS["events"]) + (_month(e["date"]),))
    return {
        "documents": [_tuple({**d, "cluster_id": did, "urls": None}, OUT_COLUMNS["documents"])],
        "actors": [_tuple({**a, "mentions": mentions_json(by_actor.get(a["id"], []))}, OUT_COLUMNS["actors"])
                   for a in rows["actors"]],
        "mentions": [_tuple(m, MENTIONS_COLUMNS) for m in rows["mentions"]],
        "quotes": [_tuple({**q, **base}, OUT_COLUMNS["quotes"]) for q in rows["quotes"]],
        "events": events,
    }


def extract_partition(items: Iterable[tuple[str, list]], disable: tuple[str, ...], chunk_size: int,
                      built: Any = None) -> Iterator[tuple]:
    """mapPartitions body: (hash, [first task (seq, text, meta, origin), sources]) ->
    ("D", seq, doc_id, sig, tables) or ("R", origin, line, reason). One Pipeline for the whole
    partition (and worker); `extract_chunk` does the work on chunks, as in an ingest worker."""
    from cronaca.store.ingest import extract_chunk

    if _ensure_pipeline(disable) and built is not None:
        built.add(1)  # an accumulator: Pipelines built in the whole job (one per Python worker)
    chunk: list[tuple[str, str, dict[str, Any], str]] = []
    extra: list[tuple[int, list]] = []

    def flush() -> Iterator[tuple]:
        for (s, sources), r in zip(extra, extract_chunk(chunk), strict=True):
            if isinstance(r, LoadError):
                yield _reject(r)
                continue
            try:
                tables = out_rows(r.rows)
                srcs = source_rows(r.hash, sources)
                tables["document_sources"] = srcs
                urls = json.dumps([x[1] for x in srcs], ensure_ascii=False, separators=(",", ":"))
                d = list(tables["documents"][0])
                d[_DOC_URLS] = urls
                tables["documents"] = [tuple(d)]
                tables["doc_minhash"] = [(r.id, r.sig)] if r.sig is not None else []
                yield ("D", s, r.id, r.sig, tables)
            except Exception as exc:  # noqa: BLE001 - a bad record must never kill the job
                yield ("R", r.origin, None, f"cannot build rows: {type(exc).__name__}: {exc}")
        chunk.clear()
        extra.clear()

    for h, (first, sources) in items:
        seq, text, meta, origin = first
        chunk.append((h, text, meta, origin))
        extra.append((seq, sources))
        if len(chunk) >= chunk_size:
            yield from flush()
    if chunk:
        yield from flush()


_DOC_URLS = [n for n, _ in TABLE_COLUMNS["documents"]].index("urls")


# combineByKey over (hash, (seq, text, meta, origin)): keep the first source's text, list every source
def _combine_first(v: tuple) -> list:
    return [v, [(v[0], v[2], v[3])]]


def _combine_add(c: list, v: tuple) -> list:
    if v[0] < c[0][0]:
        c[0] = v
    c[1].append((v[0], v[2], v[3]))
    return c


def _combine_merge(a: list, b: list) -> list:
    return [a[0] if a[0][0] <= b[0][0] else b[0], a[1] + b[1]]


def source_rows(h: str, sources: Iterable[tuple[int, dict[str, Any], str]]) -> list[tuple]:
    """document_sources rows of one text: one per distinct locator (url, else origin), first seen wins."""
    from cronaca.store.ingest import doc_key, to_date

    did = doc_key(h)
    out = []
    seen: set[str] = set()
    for seq, meta, origin in sorted(sources, key=lambda s: s[0]):
        loc = meta.get("url") or origin
        if loc in seen:
            continue
        seen.add(loc)
        out.append(_tuple({"doc_id": did, "locator": loc, "url": meta.get("url"), "source": meta.get("source"),
                           "title": meta.get("title"), "date": to_date(meta.get("date")),
                           "ext_id": meta.get("id") or None, "origin": origin, "seq": seq}, SOURCES_COLUMNS))
    return out


# ---------------------------------------------------------------- Parquet files (executors)


def arrow_schema_of(name: str) -> Any:
    """The pyarrow schema of an output table: the store's export schema, or the extra tables'."""
    import pyarrow as pa

    from cronaca.store.export import arrow_schema

    if name in TABLE_COLUMNS:
        return arrow_schema(name)
    types = {"VARCHAR": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(), "DOUBLE": pa.float64(),
             "DATE": pa.date32(), "BLOB": pa.binary()}
    return pa.schema([pa.field(n, types[t]) for n, t in OUT_COLUMNS[name]])


def _filesystem(out: str) -> tuple[Any, str]:
    """A pyarrow file system and the path in it (local folders, s3://, gs://, hdfs://; s3a:// is s3://)."""
    from pyarrow import fs

    if not _has_scheme(out):
        return fs.LocalFileSystem(), str(Path(out).resolve())
    uri = "s3://" + out[len("s3a://"):] if out.startswith("s3a://") else out
    return fs.FileSystem.from_uri(uri)


def write_table(out: str, name: str, rows: list[tuple], part: str, always: bool = False) -> int:
    """One Parquet file of a table: OUT/name/part-PART.parquet (events: OUT/events/month=M/...).
    Deterministic names: a retried task overwrites its own file instead of adding a second one."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    if not rows and not always:
        return 0
    filesystem, root = _filesystem(out)
    schema = arrow_schema_of(name)
    groups: dict[str | None, list[tuple]] = {None: rows}
    if name == "events":
        groups = {}
        for r in rows:
            groups.setdefault(r[-1] or "__HIVE_DEFAULT_PARTITION__", []).append(r[:-1])
    for key, rs in groups.items():
        folder = f"{root}/{name}" + (f"/{EVENTS_PARTITION}={key}" if key else "")
        filesystem.create_dir(folder, recursive=True)
        cols = list(zip(*rs, strict=True)) if rs else [[] for _ in schema]
        table = pa.table([pa.array(c, type=f.type) for c, f in zip(cols, schema, strict=True)], schema=schema)
        pq.write_table(table, f"{folder}/part-{part}.parquet", filesystem=filesystem)
    return len(rows)


WRITTEN = ("documents", "document_sources", "doc_minhash", "actors", "mentions", "quotes", "events", "rejects")


def write_partition(index: int, items: Iterable[tuple], out: str, reprints: dict[str, str]) -> Iterator[dict[str, int]]:
    """Write one partition's rows of every table (cluster ids patched in); yields its row counts."""
    tables: dict[str, list[tuple]] = {t: [] for t in WRITTEN}
    ci_doc = [n for n, _ in TABLE_COLUMNS["documents"]].index("cluster_id")
    ci_ev = [n for n, _ in TABLE_COLUMNS["events"]].index("cluster_id")
    for r in items:
        if r[0] == "R":
            tables["rejects"].append(r[1:])
            continue
        _kind, _seq, did, _sig, t = r
        cluster = reprints.get(did)
        for name, rows in t.items():
            if cluster and name in ("documents", "events"):
                ci = ci_doc if name == "documents" else ci_ev
                rows = [(*x[:ci], cluster, *x[ci + 1:]) for x in rows]
            tables[name].extend(rows)
    counts = {}
    for name, rows in tables.items():
        counts[name] = write_table(out, name, rows, f"{index:05d}", always=index == 0 and name != "events")
    yield counts


# ---------------------------------------------------------------- reprint clusters (driver)


def assign_clusters(docs: Iterable[tuple[str, bytes | None]]) -> Iterator[tuple[str, str]]:
    """(doc_id, cluster_id) for documents in input order, as the ingest's StoreWriter assigns them:
    each document is matched against the index of the earlier ones, then added to it."""
    from cronaca.store.dedup import ReprintIndex

    index = ReprintIndex()
    for did, sig in docs:
        cluster = index.assign(did, sig)
        index.add(did, sig, cluster)
        yield did, cluster


# ---------------------------------------------------------------- Spark


def check_environment() -> None:
    """Java and pyspark must be there; a clear message otherwise."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        raise JobError('pyspark is not installed: pip install "cronaca[spark]"') from None
    java_home = os.environ.get("JAVA_HOME")
    if not shutil.which("java") and not (java_home and (Path(java_home) / "bin" / "java").exists()):
        raise JobError("Java is not installed (Spark needs Java 17+): apt-get install default-jre-headless")


def spark_session(master: str | None = "local[*]", shuffle_partitions: int = 8,
                  driver_memory: str = "2g", conf: dict[str, str] | None = None) -> Any:
    """A SparkSession (the existing one under spark-submit). Local masters stay off the network."""
    check_environment()
    # executors' Python is this Python (same environment, same cronaca) unless the user says otherwise
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    if master and master.startswith("local"):
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    from pyspark.sql import SparkSession

    b = SparkSession.builder.appName("cronaca")
    if master:
        b = b.master(master)
    settings = {
        "spark.ui.enabled": "false",
        "spark.ui.showConsoleProgress": "false",
        "spark.sql.shuffle.partitions": str(shuffle_partitions),
        "spark.driver.memory": driver_memory,
        "spark.python.worker.reuse": "true",  # one Pipeline per Python worker, kept across tasks
        "spark.sql.session.timeZone": "UTC",
    }
    if master and master.startswith("local"):
        settings |= {"spark.driver.host": "127.0.0.1", "spark.driver.bindAddress": "127.0.0.1"}
    for k, v in {**settings, **(conf or {})}.items():
        b = b.config(k, v)
    spark = b.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def _prepare_out(out: str, overwrite: bool) -> None:
    """Refuse to write over an earlier output without --overwrite, or over a folder that is not one."""
    if _has_scheme(out):
        from pyarrow import fs

        filesystem, root = _filesystem(out)
        if not overwrite and filesystem.get_file_info(f"{root}/documents").type != fs.FileType.NotFound:
            raise JobError(f"{out}: holds an earlier output; use --overwrite or another --out")
        return
    p = Path(out)
    if p.exists() and any(p.iterdir()):
        if not overwrite:
            raise JobError(f"{out}: folder exists and is not empty; use --overwrite or another --out")
        if not (p / MANIFEST).exists() and not any((p / t).exists() for t in OUT_COLUMNS):
            raise JobError(f"{out}: not an output of this job; refusing to overwrite it")


def run_job(spark: Any, inputs: Sequence[str], out: str, options: JobOptions | None = None) -> JobResult:
    """Run the extraction over `inputs` and write the Parquet tables under `out`."""
    from pyspark import StorageLevel

    opt = options or JobOptions()
    t0 = time.perf_counter()
    _prepare_out(out, opt.overwrite)
    sc = spark.sparkContext
    defaults = DocumentMeta(id="", lang=opt.lang, date=opt.date)
    parts = opt.partitions or max(2, 2 * sc.defaultParallelism)
    disable = tuple(opt.disable)
    max_bytes = opt.max_bytes

    # 1. records: ("A", hash, seq, text, meta, origin) or ("R", origin, line, reason)
    loaders = []
    missing: list[tuple] = []
    for i, (kind, path) in enumerate(list_inputs(inputs)):
        if kind == "jsonl":
            # bytes, not str: a line that is not UTF-8 is a reject, as in `cronaca ingest`
            lines = sc.textFile(_uri(path), use_unicode=False).zipWithIndex()
            loaders.append(lines.mapPartitions(
                lambda rows, path=path, i=i: jsonl_items(path, i, defaults, rows)))
        elif kind == "warc":
            files = sc.binaryFiles(_uri(path))
            loaders.append(files.flatMap(
                lambda kv, path=path, i=i: warc_items(path, i, kv[1], defaults, max_bytes)))
        elif kind == "missing":
            missing.append(("R", path, None, "no such file or folder"))
        else:
            missing.append(("R", path, None, "not an input of the Spark job (JSON Lines .jsonl[.gz] or WARC .warc[.gz])"))
    if missing:
        loaders.append(sc.parallelize(missing, 1))
    if not loaders:
        raise JobError("no inputs")
    # kept: read once for the shuffle and once for the rejects (a WARC page's trafilatura runs once)
    records = sc.union(loaders).persist(StorageLevel.MEMORY_AND_DISK)

    # 2. one extraction per distinct text (its first source), with the list of all its sources; the
    # load rejects travel with the extracted documents so that one pass writes everything
    grouped = records.filter(lambda r: r[0] == "A").map(lambda r: (r[1], (r[2], r[3], r[4], r[5]))) \
        .combineByKey(_combine_first, _combine_add, _combine_merge, numPartitions=parts)
    built = sc.accumulator(0)
    extracted = grouped.mapPartitions(lambda items: extract_partition(items, disable, opt.chunk_size, built)) \
        .union(records.filter(lambda r: r[0] == "R")).persist(StorageLevel.MEMORY_AND_DISK)

    # 3. reprint clusters on the driver, in input order (signatures only: ~0.5 KB a document); only
    # the documents that join another's story are sent back to the executors
    reprints: dict[str, str] = {}
    t1 = time.perf_counter()
    if opt.reprints:
        ordered = extracted.filter(lambda r: r[0] == "D").map(lambda r: (r[1], r[2], r[3])) \
            .sortBy(lambda r: r[0], numPartitions=parts)
        reprints = {d: c for d, c in assign_clusters((did, sig) for _s, did, sig in ordered.toLocalIterator())
                    if c != d}
    else:
        extracted.count()  # extraction happens here, so that the phases are timed apart
    bc = sc.broadcast(reprints)
    t2 = time.perf_counter()

    # 4. one pass writes every table, each partition its own Parquet files (pyarrow, the store's schemas)
    _clear_out(out)
    counts = extracted.mapPartitionsWithIndex(lambda i, items: write_partition(i, items, out, bc.value)).collect()
    extracted.unpersist()
    records.unpersist()
    result = JobResult(out=out, inputs=[str(p) for p in inputs])
    result.rows = {t: sum(c.get(t, 0) for c in counts) for t in WRITTEN}
    result.pipelines = built.value
    result.phases = {"plan": t1 - t0, "extract": t2 - t1, "write": time.perf_counter() - t2}
    result.documents = result.rows["documents"]
    result.sources = result.rows["document_sources"]
    result.rejects = result.rows["rejects"]
    result.records = result.sources + result.rejects  # distinct sources read, and rejects
    result.seconds = time.perf_counter() - t0
    if not _has_scheme(out):
        (Path(out) / MANIFEST).write_text(json.dumps(result.as_dict(), indent=2) + "\n", encoding="utf-8")
    return result


def _clear_out(out: str) -> None:
    """Remove the tables of an earlier run (the caller checked --overwrite)."""
    filesystem, root = _filesystem(out)
    from pyarrow import fs

    for t in WRITTEN:
        info = filesystem.get_file_info(f"{root}/{t}")
        if info.type == fs.FileType.Directory:
            filesystem.delete_dir(f"{root}/{t}")
    filesystem.create_dir(root, recursive=True)


# ---------------------------------------------------------------- command line (spark-submit and `cronaca spark`)


def add_arguments(p: argparse.ArgumentParser, master_default: str | None) -> None:
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="JSON Lines (.jsonl, .jsonl.gz) or WARC (.warc, .warc.gz) files or folders; s3a://, gs://, hdfs:// paths too")
    p.add_argument("--out", required=True, help="output folder (one Parquet folder per table)")
    p.add_argument("--master", default=master_default,
                   help="Spark master (default: %(default)s)" if master_default else "Spark master (default: spark-submit's)")
    p.add_argument("--partitions", type=int, default=None, metavar="N",
                   help="extraction partitions (default: 2 x the cores Spark has)")
    p.add_argument("--lang", help="language of inputs that do not say (it, en); detected when absent")
    p.add_argument("--date", help="publication date YYYY-MM-DD for inputs that do not say")
    p.add_argument("--disable", action="append", default=[], metavar="STAGE",
                   help="skip a pipeline stage (actors, time, quotes, events); repeatable")
    p.add_argument("--max-bytes", type=int, default=None, help="largest accepted article, in bytes (default 20 MB)")
    p.add_argument("--no-reprints", action="store_true",
                   help="skip reprint clustering on the driver (cluster_id = id; `ingest --parquet` re-clusters)")
    p.add_argument("--driver-memory", default="2g", help="driver memory for a local master (default 2g)")
    p.add_argument("--overwrite", action="store_true", help="replace an earlier output in --out")
    p.add_argument("--json", action="store_true", help="print the summary as JSON on stdout")


def run_args(args: argparse.Namespace) -> int:
    from cronaca.commands.common import UsageError, check_date_lang, usage_error

    try:
        lang, _date = check_date_lang(args)
    except UsageError as exc:
        return usage_error(exc)
    if args.partitions is not None and args.partitions < 1:
        print("cronaca: --partitions must be at least 1", file=sys.stderr)
        return 2
    opts = JobOptions(partitions=args.partitions, lang=lang, date=args.date, disable=tuple(args.disable),
                      max_bytes=args.max_bytes or DEFAULT_MAX_BYTES, reprints=not args.no_reprints,
                      overwrite=args.overwrite)
    try:
        _prepare_out(args.out, args.overwrite)
        spark = spark_session(args.master, shuffle_partitions=max(2, args.partitions or 8),
                              driver_memory=args.driver_memory)
        result = run_job(spark, args.inputs, args.out, opts)
    except JobError as exc:
        print(f"cronaca: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result.as_dict(), ensure_ascii=False))
    else:
        rate = result.documents / result.seconds if result.seconds else 0.0
        print(f"{result.out}: {result.documents} documents ({result.sources} sources), "
              f"{result.rows.get('events', 0)} event rows, {result.rejects} rejects "
              f"from {result.records} records ({result.seconds:.1f} s, {rate:.0f} documents/s)", file=sys.stderr)
    return 1 if result.rejects else 0


def main(argv: list[str] | None = None) -> int:
    """spark-submit entry point: `spark-submit [options] src/cronaca/spark/submit.py INPUT... --out DIR`."""
    p = argparse.ArgumentParser(prog="cronaca-spark", description="cronaca extraction as a Spark job")
    add_arguments(p, master_default=None)
    return run_args(p.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
