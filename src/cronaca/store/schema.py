"""The DuckDB schema of the corpus store (one file), and opening a database.

Design (see docs/store.md for the full column list and the GDELT mapping):

- `documents`: one row per distinct text. `id` is the first 16 hex digits of `hash`, the sha256 of the
  text as loaded (UTF-8). The same text seen under several URLs/sources is ONE document with several
  rows in `document_sources`.
- `actors`, `mentions`, `quotes`, `events`: the extraction layers, keyed by (doc_id, layer id) with the
  per-document ids of the output contract (a1, q1, e1). Nothing is shared between documents, so writing
  a document never touches another document's rows.
- `events` holds ONE ROW PER (source, target) PAIR of an extracted event (`pair` = 0, 1, ...), with the
  actor ids, codes and attributes copied in (so queries need no join). An event with no source or no
  target has one row with NULLs on that side; pairs whose source is the target are dropped (as the
  evaluator does). `event_id` is the contract's id ("e3"): count DISTINCT (doc_id, event_id) for events.
- Reprints: `documents.cluster_id` is the id of the first stored document of the same story
  (near-duplicate text by MinHash/LSH); `doc_minhash` keeps the signatures so that a resumed or later
  ingest rebuilds the LSH index.
- Resume: a document and all its rows are written in one transaction, and ingest skips texts whose
  hash is already stored, so re-running a killed ingest finishes it. `ingest_runs` and
  `ingest_failures` record each run and its skipped records.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

SCHEMA_VERSION = 1

DDL = """
CREATE TABLE IF NOT EXISTS store_meta (
    key VARCHAR PRIMARY KEY,
    value VARCHAR
);

CREATE TABLE IF NOT EXISTS documents (
    id VARCHAR PRIMARY KEY,          -- sha256(text)[:16]
    hash VARCHAR NOT NULL UNIQUE,    -- sha256 of the UTF-8 text, hex
    ext_id VARCHAR,                  -- the id the input gave (record id, file stem), if any
    url VARCHAR,                     -- first url seen (all of them: document_sources)
    title VARCHAR,
    source VARCHAR,                  -- outlet / site name of the first source seen
    date DATE,                       -- publication date (anchor of relative dates)
    lang VARCHAR,
    text VARCHAR NOT NULL,
    n_chars INTEGER,
    cluster_id VARCHAR NOT NULL,     -- story: id of the first document of its reprint cluster
    origin VARCHAR,                  -- where it was first read: path, path:LINE, path#record
    run_id INTEGER,
    ingested_at TIMESTAMP DEFAULT current_timestamp
);

CREATE TABLE IF NOT EXISTS document_sources (
    doc_id VARCHAR NOT NULL,
    locator VARCHAR NOT NULL,        -- url, else origin: what makes this source distinct
    url VARCHAR,
    source VARCHAR,
    title VARCHAR,
    date DATE,
    ext_id VARCHAR,
    origin VARCHAR,
    run_id INTEGER,
    added_at TIMESTAMP DEFAULT current_timestamp,
    PRIMARY KEY (doc_id, locator)
);

CREATE TABLE IF NOT EXISTS doc_minhash (
    doc_id VARCHAR PRIMARY KEY,
    sig BLOB NOT NULL                -- MinHash hash values, little-endian uint32
);

CREATE TABLE IF NOT EXISTS actors (
    doc_id VARCHAR NOT NULL,
    id VARCHAR NOT NULL,             -- a1, a2, ... within the document
    name VARCHAR,
    kind VARCHAR,                    -- PER, ORG, GPE, LOC
    country VARCHAR,                 -- ISO 3166-1 alpha-3
    sector VARCHAR,
    role VARCHAR,
    igo VARCHAR,
    code VARCHAR,                    -- igo, else country, else name (docs/conventions.md)
    n_mentions INTEGER
);

CREATE TABLE IF NOT EXISTS mentions (
    doc_id VARCHAR NOT NULL,
    actor_id VARCHAR NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text VARCHAR
);

CREATE TABLE IF NOT EXISTS quotes (
    doc_id VARCHAR NOT NULL,
    id VARCHAR NOT NULL,             -- q1, q2, ...
    kind VARCHAR,                    -- direct, partial, indirect
    text VARCHAR,
    start INTEGER,
    "end" INTEGER,
    speaker VARCHAR,                 -- actor id in the same document
    speaker_name VARCHAR,
    speaker_code VARCHAR,
    cue_text VARCHAR,
    cue_start INTEGER,
    cue_end INTEGER,
    addressee VARCHAR,
    addressee_name VARCHAR,
    reported_by VARCHAR,
    reported_by_name VARCHAR,
    channel_text VARCHAR,
    channel_start INTEGER,
    channel_end INTEGER,
    date DATE                        -- publication date of the document
);

CREATE TABLE IF NOT EXISTS events (
    doc_id VARCHAR NOT NULL,
    event_id VARCHAR NOT NULL,       -- e1, e2, ... within the document
    pair INTEGER NOT NULL,           -- 0, 1, ...: one row per (source, target) pair
    type VARCHAR,                    -- PLOVER type
    cameo VARCHAR,
    goldstein DOUBLE,
    quad_class INTEGER,              -- 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    date DATE,                       -- event date (day precision; week/month values map to their first day)
    date_raw VARCHAR,                -- the ISO value as extracted: 2021-12-15, 2021-W50, 2022-01
    date_source VARCHAR,             -- text, relative, publication
    modality VARCHAR,
    source_id VARCHAR,               -- actor ids in the same document
    source_name VARCHAR,
    source_code VARCHAR,
    source_country VARCHAR,
    source_sector VARCHAR,
    source_igo VARCHAR,
    source_kind VARCHAR,
    target_id VARCHAR,
    target_name VARCHAR,
    target_code VARCHAR,
    target_country VARCHAR,
    target_sector VARCHAR,
    target_igo VARCHAR,
    target_kind VARCHAR,
    n_sources INTEGER,               -- size of the event's source list
    n_targets INTEGER,
    quote_id VARCHAR,
    location VARCHAR,
    denies VARCHAR,
    trigger_text VARCHAR,
    trigger_start INTEGER,
    trigger_end INTEGER,
    sentence_start INTEGER,
    sentence_end INTEGER
);

CREATE TABLE IF NOT EXISTS ingest_runs (
    run_id INTEGER PRIMARY KEY,
    started_at TIMESTAMP,
    finished_at TIMESTAMP,
    status VARCHAR,                  -- running, done, interrupted (a killed run stays 'running')
    inputs VARCHAR,
    ingested INTEGER,
    already_present INTEGER,
    duplicates INTEGER,
    failed INTEGER
);

CREATE TABLE IF NOT EXISTS ingest_failures (
    run_id INTEGER,
    origin VARCHAR,
    line INTEGER,
    message VARCHAR
);
"""

# Only documents, document_sources and doc_minhash carry keys (they are what idempotence checks).
# The layer tables have none on purpose: their rows are written once, with their document, in the
# document's transaction, so (doc_id, id) is unique by construction; ART indexes would slow inserts
# and bloat the file, and DuckDB's zone maps serve the queries' filters.

TABLES = [
    "documents",
    "document_sources",
    "doc_minhash",
    "actors",
    "mentions",
    "quotes",
    "events",
    "ingest_runs",
    "ingest_failures",
]

DEFAULT_DB = "cronaca.duckdb"


class StoreError(RuntimeError):
    """The database cannot be used (wrong file, newer schema, locked by another process)."""


def connect(path: str | Path = DEFAULT_DB, read_only: bool = False) -> Any:
    """Open (and, unless read-only, create/upgrade) a store. Returns a duckdb connection."""
    import duckdb

    p = Path(path)
    if read_only and not p.exists():
        raise StoreError(f"{p}: no such database; create it with `cronaca ingest ... --db {p}`")
    try:
        con = duckdb.connect(str(p), read_only=read_only)
    except duckdb.IOException as exc:
        raise StoreError(f"{p}: cannot open the database ({str(exc).splitlines()[0]})") from None
    except duckdb.Error as exc:
        raise StoreError(f"{p}: not a usable DuckDB database ({str(exc).splitlines()[0]})") from None
    if read_only:
        _check_version(con, p)
        return con
    con.execute(DDL)
    # fetchall, not fetchone: a half-read result keeps the connection busy for the next query
    rows = con.execute("SELECT value FROM store_meta WHERE key = 'schema_version'").fetchall()
    row = rows[0] if rows else None
    if row is None:
        con.execute("INSERT INTO store_meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
    else:
        _check_version(con, p)
    return con


def _check_version(con: Any, p: Path) -> None:
    try:
        rows = con.execute("SELECT value FROM store_meta WHERE key = 'schema_version'").fetchall()
        row = rows[0] if rows else None
    except Exception:  # noqa: BLE001 - any catalog error means: not our store
        raise StoreError(f"{p}: not a cronaca store (no store_meta table)") from None
    if row and int(row[0]) > SCHEMA_VERSION:
        raise StoreError(f"{p}: schema version {row[0]} is newer than this cronaca ({SCHEMA_VERSION})")
