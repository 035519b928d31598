"""Ingest: articles in, extraction on all cores, one writer (this process) into the DuckDB store.

Flow: the parent reads the inputs (`cronaca.load.iter_articles`), hashes each text (sha256) and skips
what the store already holds; new texts go in chunks to worker processes, each holding one `Pipeline`
built once; results come back IN ORDER and the parent writes them. A batch of finished documents is
written in one transaction (every document with all its rows inside exactly one transaction), so a
`kill -9` leaves whole documents or nothing, and re-running the same command skips the stored ones.

Counts: `ingested` new documents; `already_present` the same text from the same url/file again;
`duplicates` the same text under another url (a new row in document_sources, no new document);
`failed` records that could not be loaded or extracted, with their place and reason.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cronaca.load import DEFAULT_MAX_BYTES, LoadError
from cronaca.model import Document, DocumentMeta
from cronaca.store.dedup import ReprintIndex, signature

CHUNK_SIZE = 32  # documents per task sent to a worker
COMMIT_EVERY = 128  # documents per write transaction (a commit costs ~10-20 ms whatever its size)


# ---------------------------------------------------------------- helpers


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def doc_key(hash_: str) -> str:
    """The stored document id: the first 16 hex digits of the content hash."""
    return hash_[:16]


_WEEK = re.compile(r"^(\d{4})-W(\d{2})")


def to_date(value: object) -> dt.date | None:
    """An ISO day, week (2021-W50: its Monday), month (2022-01) or year (2015: Jan 1); None otherwise."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    s = str(value).strip()
    try:
        if len(s) >= 10 and s[4] == "-" and s[7] == "-":
            return dt.date.fromisoformat(s[:10])
        m = _WEEK.match(s)
        if m:
            return dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        if len(s) == 7 and s[4] == "-":
            return dt.date(int(s[:4]), int(s[5:7]), 1)
        if len(s) == 4 and s.isdigit():
            return dt.date(int(s), 1, 1)
    except ValueError:
        return None
    return None


def line_of(origin: str) -> int | None:
    """The line number in an origin like `dump.jsonl:17`."""
    head, _, tail = origin.rpartition(":")
    return int(tail) if head and tail.isdigit() else None


def actor_code(a: Any) -> str | None:
    """igo, else country, else name (docs/conventions.md)."""
    if a is None:
        return None
    return a.igo or a.country or a.name


# ---------------------------------------------------------------- rows of one document


@dataclass
class Prepared:
    """A document ready to store: extraction done (tokens dropped), hash and MinHash computed."""

    doc: Document
    hash: str
    origin: str
    sig: bytes | None = None
    # the rows, built in the worker (document_rows + columnar) so that the single writer only patches
    # cluster/run ids; columns per table unpickle several times faster than dicts per row, but rows
    # per table (dict[table, list[dict]], as document_rows returns) are accepted too
    rows: dict[str, Any] | None = None

    @property
    def id(self) -> str:
        return doc_key(self.hash)


def prepare(doc: Document, origin: str = "", with_signature: bool = True) -> Prepared:
    """Wrap an extracted Document for `StoreWriter.write` (also for documents built by hand)."""
    doc.tokens = []
    doc.sents = []
    h = content_hash(doc.text)
    return Prepared(doc, h, origin or doc.meta.url or doc.meta.id, signature(doc.text) if with_signature else None)


def quad_from_cameo(cameo: str | None) -> int | None:
    """GDELT's QuadClass from the CAMEO root: 01-05 verbal coop, 06-08 material coop, 09-13 verbal
    conflict, 14-20 material conflict."""
    if not cameo or not cameo[:2].isdigit():
        return None
    root = int(cameo[:2])
    if 1 <= root <= 5:
        return 1
    if 6 <= root <= 8:
        return 2
    if 9 <= root <= 13:
        return 3
    if 14 <= root <= 20:
        return 4
    return None


def document_rows(p: Prepared, cluster_id: str, run_id: int | None) -> dict[str, list[dict[str, Any]]]:
    """Every row of one document, per table."""
    doc, meta = p.doc, p.doc.meta
    did = p.id
    pub = to_date(meta.date)
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in ("documents", "document_sources", "doc_minhash",
                                                            "actors", "mentions", "quotes", "events")}
    rows["documents"].append({
        "id": did, "hash": p.hash, "ext_id": meta.id or None, "url": meta.url, "title": meta.title,
        "source": meta.source, "date": pub, "lang": meta.lang, "text": doc.text, "n_chars": len(doc.text),
        "cluster_id": cluster_id, "origin": p.origin, "run_id": run_id,
    })
    rows["document_sources"].append(source_row(did, meta, p.origin, run_id))
    if p.sig is not None:
        rows["doc_minhash"].append({"doc_id": did, "sig": p.sig})
    actors = {a.id: a for a in doc.actors}
    for a in doc.actors:
        rows["actors"].append({
            "doc_id": did, "id": a.id, "name": a.name, "kind": a.kind, "country": a.country,
            "sector": a.sector, "role": a.role, "igo": a.igo, "code": actor_code(a),
            "n_mentions": len(a.mentions),
        })
        seen: set[tuple[int, int]] = set()
        for m in a.mentions:
            if (m.start, m.end) in seen:
                continue
            seen.add((m.start, m.end))
            rows["mentions"].append({"doc_id": did, "actor_id": a.id, "start": m.start, "end": m.end,
                                     "text": m.text})

    def name(aid: str | None) -> str | None:
        a = actors.get(aid) if aid else None
        return a.name if a else None

    for q in doc.quotes:
        spk = actors.get(q.speaker) if q.speaker else None
        rows["quotes"].append({
            "doc_id": did, "id": q.id, "kind": q.kind, "text": q.text, "start": q.start, "end": q.end,
            "speaker": q.speaker, "speaker_name": spk.name if spk else None, "speaker_code": actor_code(spk),
            "cue_text": q.cue.text if q.cue else None, "cue_start": q.cue.start if q.cue else None,
            "cue_end": q.cue.end if q.cue else None, "addressee": q.addressee,
            "addressee_name": name(q.addressee), "reported_by": q.reported_by,
            "reported_by_name": name(q.reported_by),
            "channel_text": q.channel.text if q.channel else None,
            "channel_start": q.channel.start if q.channel else None,
            "channel_end": q.channel.end if q.channel else None, "date": pub,
        })
    for e in doc.events:
        rows["events"].extend(event_rows(did, e, actors, pub))
    return rows


def columnar(rows: dict[str, list[dict[str, Any]]]) -> dict[str, dict[str, list[Any]]]:
    """Rows per table to columns per table (every row of a table has the same keys)."""
    out: dict[str, dict[str, list[Any]]] = {}
    for table, rs in rows.items():
        if rs:
            out[table] = {k: [r[k] for r in rs] for k in rs[0]}
    return out


def source_row(did: str, meta: DocumentMeta, origin: str, run_id: int | None) -> dict[str, Any]:
    return {
        "doc_id": did, "locator": meta.url or origin, "url": meta.url, "source": meta.source,
        "title": meta.title, "date": to_date(meta.date), "ext_id": meta.id or None, "origin": origin,
        "run_id": run_id,
    }


def event_pairs(source: list[str], target: list[str]) -> list[tuple[str | None, str | None]]:
    """One (source, target) pair per combination; a missing side is None; self-pairs dropped."""
    pairs = [(s, t) for s in (source or [None]) for t in (target or [None]) if s is None or t is None or s != t]
    if not pairs:  # every pair was a self-pair: keep the actor as source, target unknown
        pairs = [(source[0], None)]
    return pairs


def event_rows(did: str, e: Any, actors: dict[str, Any], pub: dt.date | None) -> list[dict[str, Any]]:
    out = []
    date = to_date(e.date) or pub
    quad = e.quad_class if e.quad_class is not None else quad_from_cameo(e.cameo)
    for i, (s, t) in enumerate(event_pairs(list(e.source or []), list(e.target or []))):
        sa, ta = actors.get(s) if s else None, actors.get(t) if t else None
        row = {
            "doc_id": did, "event_id": e.id, "pair": i, "type": e.type, "cameo": e.cameo,
            "goldstein": e.goldstein, "quad_class": quad, "date": date, "date_raw": e.date,
            "date_source": e.date_source, "modality": e.modality,
            "n_sources": len(e.source or []), "n_targets": len(e.target or []), "quote_id": e.quote,
            "location": e.location, "denies": e.denies,
            "trigger_text": e.trigger.text, "trigger_start": e.trigger.start, "trigger_end": e.trigger.end,
            "sentence_start": e.sentence.start if e.sentence else None,
            "sentence_end": e.sentence.end if e.sentence else None,
        }
        for side, aid, a in (("source", s, sa), ("target", t, ta)):
            row[f"{side}_id"] = aid
            row[f"{side}_name"] = a.name if a else None
            row[f"{side}_code"] = actor_code(a)
            row[f"{side}_country"] = a.country if a else None
            row[f"{side}_sector"] = a.sector if a else None
            row[f"{side}_igo"] = a.igo if a else None
            row[f"{side}_kind"] = a.kind if a else None
        out.append(row)
    return out


# ---------------------------------------------------------------- the writer


def _one(row: dict[str, Any]) -> dict[str, list[Any]]:
    return {k: [v] for k, v in row.items()}


def _extend(tables: dict[str, dict[str, list[Any]]], table: str, cols: dict[str, list[Any]]) -> None:
    """Append columns to a table's columns; a column missing on either side is filled with NULLs."""
    n_new = len(next(iter(cols.values()), []))
    into = tables.get(table)
    if into is None:
        tables[table] = {k: list(v) for k, v in cols.items()}
        return
    n_old = len(next(iter(into.values()), []))
    for k in into.keys() - cols.keys():
        into[k].extend([None] * n_new)
    for k, v in cols.items():
        if k not in into:
            into[k] = [None] * n_old
        into[k].extend(v)


def _as_columns(rows: dict[str, Any]) -> dict[str, dict[str, list[Any]]]:
    """Prepared.rows in either shape: columns per table, or (as other writers build it) rows per table."""
    if any(isinstance(v, list) for v in rows.values()):
        return columnar(rows)
    return rows


@dataclass
class Counts:
    ingested: int = 0
    already_present: int = 0
    duplicates: int = 0
    failed: int = 0
    failures: list[LoadError] = field(default_factory=list)
    read: int = 0  # records read from the inputs (articles and load errors)
    seconds: float = 0.0

    def fail(self, err: LoadError) -> None:
        self.failed += 1
        self.failures.append(err)

    def as_dict(self) -> dict[str, Any]:
        return {"ingested": self.ingested, "already_present": self.already_present,
                "duplicates": self.duplicates, "failed": self.failed, "seconds": round(self.seconds, 3)}


class StoreWriter:
    """The single writer of a store: knows which hashes and sources are stored, assigns reprint
    clusters, and writes batches of documents, each batch in one transaction."""

    def __init__(self, con: Any, run_id: int | None = None) -> None:
        self.con = con
        self.run_id = run_id
        self.hashes: dict[str, str] = dict(con.execute("SELECT hash, id FROM documents").fetchall())
        self.locators: set[tuple[str, str]] = set(
            con.execute("SELECT doc_id, locator FROM document_sources").fetchall()
        )
        self.locator_set: set[str] = {loc for _, loc in self.locators}
        self.reprints = ReprintIndex()
        self.reprints.load(con.execute(
            "SELECT m.doc_id, m.sig, d.cluster_id FROM doc_minhash m JOIN documents d ON d.id = m.doc_id "
            "ORDER BY d.ingested_at, d.id"
        ).fetchall())
        self._columns: dict[str, list[str]] = {}

    # -- documents

    def write(self, batch: list[Prepared], counts: Counts | None = None,
              extra_sources: dict[str, list[tuple[DocumentMeta, str]]] | None = None) -> list[str]:
        """Store new documents (and extra sources of their texts) in one transaction; returns the ids
        written. A document whose hash is already stored is not written again (its source is added).
        If the batch fails as a whole, each document is retried in a transaction of its own and the
        ones that still fail are reported in `counts.failures`."""
        counts = counts if counts is not None else Counts()
        try:
            return self._write(batch, counts, extra_sources or {})
        except Exception:  # noqa: BLE001 - fall back to one document per transaction
            self._rollback()
        written: list[str] = []
        for p in batch:
            extras = {p.hash: (extra_sources or {}).get(p.hash, [])}
            try:
                written += self._write([p], counts, extras)
            except Exception as exc:  # noqa: BLE001 - a bad record must not stop the ingest
                self._rollback()
                counts.fail(LoadError(p.origin, f"cannot store: {type(exc).__name__}: {exc}",
                                      line_of(p.origin)))
        return written

    def _rollback(self) -> None:
        try:
            self.con.execute("ROLLBACK")
        except Exception:  # noqa: BLE001 - no transaction open
            pass

    def _write(self, batch: list[Prepared], counts: Counts,
               extra_sources: dict[str, list[tuple[DocumentMeta, str]]]) -> list[str]:
        tables: dict[str, dict[str, list[Any]]] = {}
        new_docs: list[tuple[Prepared, str]] = []
        new_locators: set[tuple[str, str]] = set()
        tally = Counts()
        seen: set[str] = set()
        try:
            for p in batch:
                if p.hash in self.hashes or p.hash in seen:
                    continue
                seen.add(p.hash)
                # into the reprint index now, so that the next documents of this batch can match it;
                # taken out again below if the transaction fails
                cluster = self.reprints.assign(p.id, p.sig)
                self.reprints.add(p.id, p.sig, cluster)
                new_docs.append((p, cluster))
                doc_rows = (_as_columns(p.rows) if p.rows is not None
                            else columnar(document_rows(p, cluster, self.run_id)))
                doc_rows["documents"]["cluster_id"] = [cluster]
                doc_rows["documents"]["run_id"] = [self.run_id]
                doc_rows["document_sources"]["run_id"] = [self.run_id] * len(doc_rows["document_sources"]["doc_id"])
                for t, cols in doc_rows.items():
                    _extend(tables, t, cols)
                new_locators.add((p.id, p.doc.meta.url or p.origin))
                tally.ingested += 1
                for meta, origin in extra_sources.get(p.hash, []):
                    loc = (p.id, meta.url or origin)
                    if loc in new_locators:
                        tally.already_present += 1
                        continue
                    new_locators.add(loc)
                    _extend(tables, "document_sources", _one(source_row(p.id, meta, origin, self.run_id)))
                    tally.duplicates += 1
            if not new_docs:
                return []
            self.con.execute("BEGIN TRANSACTION")
            for t, cols in tables.items():
                self._insert(t, cols)
            self.con.execute("COMMIT")
        except BaseException:
            for p, _ in new_docs:
                self.reprints.remove(p.id)
            raise
        for p, _ in new_docs:
            self.hashes[p.hash] = p.id
        self.locators |= new_locators
        self.locator_set.update(loc for _, loc in new_locators)
        counts.ingested += tally.ingested
        counts.duplicates += tally.duplicates
        counts.already_present += tally.already_present
        return [p.id for p, _ in new_docs]

    def add_source(self, hash_: str, meta: DocumentMeta, origin: str, counts: Counts) -> None:
        """The same text seen again: a new source of its document, or nothing if already known."""
        did = self.hashes[hash_]
        loc = (did, meta.url or origin)
        if loc in self.locators:
            counts.already_present += 1
            return
        self.con.execute("BEGIN TRANSACTION")
        self._insert("document_sources", _one(source_row(did, meta, origin, self.run_id)))
        self.con.execute("COMMIT")
        self.locators.add(loc)
        self.locator_set.add(loc[1])
        counts.duplicates += 1

    def _insert(self, table: str, columns: dict[str, list[Any]]) -> None:
        if not columns or not next(iter(columns.values())):
            return
        cols = self._columns.get(table)
        if cols is None:
            cols = [r[0] for r in self.con.execute(f"DESCRIBE {table}").fetchall()]
            self._columns[table] = cols
        import pyarrow as pa

        names = [c for c in cols if c in columns]
        tbl = pa.table({c: columns[c] for c in names})  # noqa: F841 - read by DuckDB through the Python frame
        quoted = ", ".join(f'"{c}"' for c in names)
        self.con.execute(f"INSERT INTO {table} ({quoted}) SELECT {quoted} FROM tbl")

    # -- runs

    @staticmethod
    def start_run(con: Any, inputs: Iterable[str]) -> int:
        con.execute("BEGIN TRANSACTION")
        run_id = con.execute("SELECT coalesce(max(run_id), 0) + 1 FROM ingest_runs").fetchall()[0][0]
        con.execute(
            "INSERT INTO ingest_runs (run_id, started_at, status, inputs) VALUES (?, now(), 'running', ?)",
            [run_id, " ".join(map(str, inputs))],
        )
        con.execute("COMMIT")
        return int(run_id)

    def finish_run(self, counts: Counts, status: str = "done") -> None:
        self.con.execute("BEGIN TRANSACTION")
        self.con.execute(
            "UPDATE ingest_runs SET finished_at = now(), status = ?, ingested = ?, already_present = ?, "
            "duplicates = ?, failed = ? WHERE run_id = ?",
            [status, counts.ingested, counts.already_present, counts.duplicates, counts.failed, self.run_id],
        )
        if counts.failures:
            self._insert("ingest_failures", {
                "run_id": [self.run_id] * len(counts.failures),
                "origin": [f.origin for f in counts.failures],
                "line": [f.line for f in counts.failures],
                "message": [f.message for f in counts.failures],
            })
        self.con.execute("COMMIT")


def write_documents(con: Any, docs: Iterable[Document | Prepared], run_id: int | None = None) -> list[str]:
    """Store extracted Documents (built by the pipeline or by hand) in one transaction; returns their
    ids. Texts already stored are skipped. The store's public write function."""
    batch = [d if isinstance(d, Prepared) else prepare(d) for d in docs]
    return StoreWriter(con, run_id).write(batch)


# ---------------------------------------------------------------- workers


_PIPELINE: Any = None


def _init_worker(disable: tuple[str, ...] = ()) -> None:
    """Build this process's Pipeline once (a worker's initializer)."""
    global _PIPELINE
    from cronaca.pipeline import Pipeline

    _PIPELINE = Pipeline(disable=disable)


# (hash, text, meta, origin) for a loaded text; ("", RawPage, {}, origin) for an HTML page that the
# worker extracts (trafilatura is the slow part of loading, so it runs on all cores too)
Task = tuple[str, Any, dict[str, Any], str]


def extract_chunk(tasks: list[Task]) -> list[Prepared | LoadError]:
    """Run the pipeline on a chunk of texts (in a worker, or inline with one worker)."""
    from cronaca.detect import UnsupportedLanguage, check_language

    if _PIPELINE is None:
        _init_worker()
    out: list[Prepared | LoadError] = []
    from cronaca.formats import RawPage, page_to_article
    from cronaca.load import InputError

    for h, payload, meta, origin in tasks:
        try:
            if isinstance(payload, RawPage):
                try:
                    art = page_to_article(payload)
                except InputError as exc:
                    out.append(LoadError(origin, str(exc).removeprefix(origin + ": "), line_of(origin)))
                    continue
                text, meta, h = art.text, art.meta.to_dict(), content_hash(art.text)
            else:
                text = payload
            m = DocumentMeta(**meta)
            if m.lang:
                m.lang = check_language(m.lang)
            doc = Document(text=text, meta=m)
            _PIPELINE(doc)
            doc.tokens, doc.sents, doc.mentions, doc.timexes = [], [], [], []
            prep = Prepared(doc, h, origin, signature(text))
            prep.rows = columnar(document_rows(prep, cluster_id="", run_id=None))
            # the rows carry everything now; send back only the metadata with them
            prep.doc = Document(text="", meta=doc.meta)
            out.append(prep)
        except UnsupportedLanguage as exc:
            out.append(LoadError(origin, str(exc), line_of(origin)))
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop a corpus
            out.append(LoadError(origin, f"extraction failed: {type(exc).__name__}: {exc}", line_of(origin)))
    return out


# ---------------------------------------------------------------- the ingest loop


def iter_inputs(paths: Iterable[str | Path], defaults: DocumentMeta | None = None,
                max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Any]:
    """Articles, load errors, and HTML pages left for the workers to extract (`RawPage`): .html files
    and WARC pages. Everything else is loaded by `cronaca.load.iter_articles`."""
    from cronaca.formats import iter_warc_pages
    from cronaca.load import HTML_SUFFIXES, iter_articles

    defaults = defaults or DocumentMeta(id="")
    for p in map(Path, paths):
        files = [p]
        if p.is_dir():
            files = sorted(x for x in p.rglob("*") if x.is_file() and not x.name.startswith("."))
        for f in files:
            name = f.name.lower()
            if name.endswith((".warc", ".warc.gz")) and f.is_file():
                yield from iter_warc_pages(f, defaults, max_bytes)
            elif f.suffix.lower() in HTML_SUFFIXES and f.is_file():
                yield _html_file(f, defaults, max_bytes)
            else:
                yield from iter_articles(f, defaults, max_bytes)


def _html_file(path: Path, defaults: DocumentMeta, max_bytes: int) -> Any:
    from cronaca.formats import RawPage
    from cronaca.load import InputError, decode_bytes, read_bytes

    try:
        html, _warnings = decode_bytes(read_bytes(path, max_bytes), str(path))
    except InputError as exc:
        return LoadError(str(path), str(exc).removeprefix(f"{path}: "))
    meta = DocumentMeta(**defaults.to_dict())
    meta.id = meta.id or path.stem
    return RawPage(html=html, origin=str(path), meta=meta)


def estimate_total(paths: Iterable[str | Path]) -> int | None:
    """A cheap count of the records to read, for the progress bar (None when unknown)."""
    total = 0
    for p in map(Path, paths):
        files = [p] if p.is_file() else sorted(x for x in p.rglob("*") if x.is_file()) if p.is_dir() else []
        if not files:
            return None
        for f in files:
            name = f.name.lower()
            if name.endswith((".jsonl", ".ndjson")):
                with open(f, "rb") as fh:
                    total += sum(chunk.count(b"\n") for chunk in iter(lambda fh=fh: fh.read(1 << 20), b""))
            elif name.endswith((".gz", ".warc", ".rss", ".atom", ".xml")):
                return None
            else:
                total += 1
    return total


def ingest(
    paths: Iterable[str | Path],
    con: Any,
    workers: int | None = None,
    defaults: DocumentMeta | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    chunk_size: int = CHUNK_SIZE,
    commit_every: int = COMMIT_EVERY,
    on_progress: Callable[[Counts], None] | None = None,
    disable: Iterable[str] = (),
) -> Counts:
    """Ingest every article under `paths` into the open store `con`. Returns the counts."""
    paths = [str(p) for p in paths]
    disable = tuple(disable)
    workers = max(1, workers or os.cpu_count() or 1)
    t0 = time.perf_counter()
    counts = Counts()
    run_id = StoreWriter.start_run(con, paths)
    writer = StoreWriter(con, run_id)
    pending: dict[str, list[tuple[DocumentMeta, str]]] = {}  # hash sent to extraction -> extra sources
    inflight: deque[Any] = deque()
    pool = None
    if workers > 1:
        import multiprocessing as mp

        # spawn: the parent holds a DuckDB connection and threads; forking those is unsafe
        pool = mp.get_context("spawn").Pool(workers, initializer=_init_worker, initargs=(disable,))
    else:
        _init_worker(disable)

    buffer: list[Prepared] = []

    buffered: set[str] = set()

    def collect(chunk: list[Task], result: list[Prepared | LoadError]) -> None:
        for task, r in zip(chunk, result, strict=True):
            if isinstance(r, LoadError):
                counts.fail(r)
                # the same text under other urls fails the same way
                for _meta, origin in pending.pop(task[0], []) if task[0] else []:
                    counts.fail(LoadError(origin, f"same text as {task[3]}, which failed", line_of(origin)))
            elif r.hash in writer.hashes:  # an HTML page whose text is stored already
                writer.add_source(r.hash, r.doc.meta, r.origin, counts)
            elif r.hash in buffered:  # the same text came back twice before being written
                pending.setdefault(r.hash, []).append((r.doc.meta, r.origin))
            else:
                buffer.append(r)
                buffered.add(r.hash)
        if len(buffer) >= commit_every:
            flush()

    def flush() -> None:
        if buffer:
            ok = buffer[:]
            buffer.clear()
            buffered.clear()
            writer.write(ok, counts, {p.hash: pending.get(p.hash, []) for p in ok})
            for p in ok:
                pending.pop(p.hash, None)
        if on_progress:
            on_progress(counts)

    def submit(chunk: list[Task]) -> None:
        if pool is None:
            collect(chunk, extract_chunk(chunk))
            return
        inflight.append((chunk, pool.apply_async(extract_chunk, (chunk,))))
        while len(inflight) > 2 * workers:
            drain_one()

    def drain_one() -> None:
        chunk, fut = inflight.popleft()
        collect(chunk, fut.get())

    from cronaca.formats import RawPage

    try:
        chunk: list[Task] = []
        for item in iter_inputs(paths, defaults, max_bytes):
            counts.read += 1
            if isinstance(item, LoadError):
                if item.line is None:
                    item.line = line_of(item.origin)
                counts.fail(item)
                continue
            if isinstance(item, RawPage):
                if item.locator in writer.locator_set:  # this url/file was stored: skip extraction
                    counts.already_present += 1
                    continue
                chunk.append(("", item, {}, item.origin))
                if len(chunk) >= chunk_size:
                    submit(chunk)
                    chunk = []
                continue
            h = content_hash(item.text)
            if h in writer.hashes:
                writer.add_source(h, item.meta, item.origin, counts)
            elif h in pending:
                pending[h].append((item.meta, item.origin))
            else:
                pending[h] = []
                chunk.append((h, item.text, item.meta.to_dict(), item.origin))
                if len(chunk) >= chunk_size:
                    submit(chunk)
                    chunk = []
            if on_progress and counts.read % 16 == 0:
                on_progress(counts)
        if chunk:
            submit(chunk)
        while inflight:
            drain_one()
        flush()
    except BaseException:
        writer.finish_run(_with_time(counts, t0), status="interrupted")
        raise
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
    writer.finish_run(_with_time(counts, t0))
    return counts


def _with_time(counts: Counts, t0: float) -> Counts:
    counts.seconds = time.perf_counter() - t0
    return counts
