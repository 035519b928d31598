"""Exports: events, quotes, actors, documents and a GDELT 2.0-style event table, to Parquet, CSV or
JSON Lines. The column lists (name, DuckDB type) are constants here so that other writers (the Spark
job) produce the same columns; `arrow_schema(table)` gives the matching pyarrow schema.

GDELT mapping (docs/store.md has the full table): one row per story event (reprints counted once,
see cronaca.store.query), GLOBALEVENTID a stable 63-bit hash of (cluster_id, type, date, source code,
target code).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cronaca.store.query import STORY_EVENTS_SQL

Columns = list[tuple[str, str]]  # (name, DuckDB type)

EVENTS_COLUMNS: Columns = [
    ("doc_id", "VARCHAR"), ("event_id", "VARCHAR"), ("pair", "INTEGER"), ("date", "DATE"),
    ("date_raw", "VARCHAR"), ("date_source", "VARCHAR"), ("type", "VARCHAR"), ("cameo", "VARCHAR"),
    ("goldstein", "DOUBLE"), ("quad_class", "INTEGER"), ("modality", "VARCHAR"),
    ("source_id", "VARCHAR"), ("source_name", "VARCHAR"), ("source_code", "VARCHAR"),
    ("source_country", "VARCHAR"), ("source_sector", "VARCHAR"), ("source_igo", "VARCHAR"),
    ("source_kind", "VARCHAR"),
    ("target_id", "VARCHAR"), ("target_name", "VARCHAR"), ("target_code", "VARCHAR"),
    ("target_country", "VARCHAR"), ("target_sector", "VARCHAR"), ("target_igo", "VARCHAR"),
    ("target_kind", "VARCHAR"),
    ("n_sources", "INTEGER"), ("n_targets", "INTEGER"), ("quote_id", "VARCHAR"), ("location", "VARCHAR"),
    ("denies", "VARCHAR"), ("trigger_text", "VARCHAR"), ("trigger_start", "INTEGER"), ("trigger_end", "INTEGER"),
    ("sentence_start", "INTEGER"), ("sentence_end", "INTEGER"),
    ("cluster_id", "VARCHAR"), ("url", "VARCHAR"), ("title", "VARCHAR"), ("outlet", "VARCHAR"),
]

QUOTES_COLUMNS: Columns = [
    ("doc_id", "VARCHAR"), ("id", "VARCHAR"), ("kind", "VARCHAR"), ("text", "VARCHAR"),
    ("start", "INTEGER"), ("end", "INTEGER"), ("speaker", "VARCHAR"), ("speaker_name", "VARCHAR"),
    ("speaker_code", "VARCHAR"), ("cue_text", "VARCHAR"), ("cue_start", "INTEGER"), ("cue_end", "INTEGER"),
    ("addressee", "VARCHAR"), ("addressee_name", "VARCHAR"), ("reported_by", "VARCHAR"),
    ("reported_by_name", "VARCHAR"), ("channel_text", "VARCHAR"), ("channel_start", "INTEGER"),
    ("channel_end", "INTEGER"), ("date", "DATE"), ("url", "VARCHAR"), ("outlet", "VARCHAR"),
]

ACTORS_COLUMNS: Columns = [
    ("doc_id", "VARCHAR"), ("id", "VARCHAR"), ("name", "VARCHAR"), ("kind", "VARCHAR"),
    ("country", "VARCHAR"), ("sector", "VARCHAR"), ("role", "VARCHAR"), ("igo", "VARCHAR"),
    ("code", "VARCHAR"), ("n_mentions", "INTEGER"), ("mentions", "VARCHAR"),  # JSON [[start, end, text], ...]
]

DOCUMENTS_COLUMNS: Columns = [
    ("id", "VARCHAR"), ("hash", "VARCHAR"), ("ext_id", "VARCHAR"), ("url", "VARCHAR"), ("title", "VARCHAR"),
    ("source", "VARCHAR"), ("date", "DATE"), ("lang", "VARCHAR"), ("cluster_id", "VARCHAR"),
    ("n_chars", "INTEGER"), ("urls", "VARCHAR"),  # JSON list of every url/locator of the text
    ("text", "VARCHAR"),
]

# GDELT 2.0 event table columns we can fill, in GDELT's names, then our own additions (lower case).
GDELT_COLUMNS: Columns = [
    ("GLOBALEVENTID", "BIGINT"), ("SQLDATE", "INTEGER"), ("MonthYear", "INTEGER"), ("Year", "INTEGER"),
    ("FractionDate", "DOUBLE"),
    ("Actor1Code", "VARCHAR"), ("Actor1Name", "VARCHAR"), ("Actor1CountryCode", "VARCHAR"),
    ("Actor1KnownGroupCode", "VARCHAR"), ("Actor1Type1Code", "VARCHAR"),
    ("Actor2Code", "VARCHAR"), ("Actor2Name", "VARCHAR"), ("Actor2CountryCode", "VARCHAR"),
    ("Actor2KnownGroupCode", "VARCHAR"), ("Actor2Type1Code", "VARCHAR"),
    ("IsRootEvent", "INTEGER"), ("EventCode", "VARCHAR"), ("EventBaseCode", "VARCHAR"),
    ("EventRootCode", "VARCHAR"), ("QuadClass", "INTEGER"), ("GoldsteinScale", "DOUBLE"),
    ("NumMentions", "INTEGER"), ("NumSources", "INTEGER"), ("NumArticles", "INTEGER"),
    ("AvgTone", "DOUBLE"), ("ActionGeo_FullName", "VARCHAR"), ("DATEADDED", "BIGINT"), ("SOURCEURL", "VARCHAR"),
    ("plover_type", "VARCHAR"), ("modality", "VARCHAR"), ("cluster_id", "VARCHAR"), ("doc_id", "VARCHAR"),
    ("event_id", "VARCHAR"),
]

TABLE_COLUMNS: dict[str, Columns] = {
    "events": EVENTS_COLUMNS,
    "quotes": QUOTES_COLUMNS,
    "actors": ACTORS_COLUMNS,
    "documents": DOCUMENTS_COLUMNS,
    "gdelt": GDELT_COLUMNS,
}
FORMATS = ("parquet", "csv", "jsonl")

_SELECT = {
    "events": "SELECT e.*, d.cluster_id, d.url, d.title, d.source AS outlet "
              "FROM events e JOIN documents d ON d.id = e.doc_id "
              "ORDER BY e.date NULLS LAST, e.doc_id, e.trigger_start, e.event_id, e.pair",
    "quotes": "SELECT q.*, d.url, d.source AS outlet FROM quotes q JOIN documents d ON d.id = q.doc_id "
              "ORDER BY q.date NULLS LAST, q.doc_id, q.start",
    "actors": "SELECT a.*, (SELECT to_json(list([m.start::VARCHAR, m.\"end\"::VARCHAR, m.text] ORDER BY m.start)) "
              "FROM mentions m WHERE m.doc_id = a.doc_id AND m.actor_id = a.id) AS mentions "
              "FROM actors a ORDER BY a.doc_id, a.id",
    "documents": "SELECT d.*, (SELECT to_json(list(s.locator ORDER BY s.added_at, s.locator)) "
                 "FROM document_sources s WHERE s.doc_id = d.id) AS urls "
                 "FROM documents d ORDER BY d.ingested_at, d.id",
}

_GDELT_SELECT = """
WITH story AS ({story})
SELECT
  (hash(cluster_id || '|' || coalesce(type, '') || '|' || coalesce(date::VARCHAR, '') || '|'
        || coalesce(source_code, '') || '|' || coalesce(target_code, '')) >> 1)::BIGINT AS GLOBALEVENTID,
  strftime(date, '%Y%m%d')::INTEGER AS SQLDATE,
  strftime(date, '%Y%m')::INTEGER AS MonthYear,
  year(date)::INTEGER AS Year,
  round(year(date) + (dayofyear(date) - 1) / 365.0, 4) AS FractionDate,
  coalesce(source_igo, coalesce(source_country, '') || coalesce(source_sector, '')) AS Actor1Code,
  source_name AS Actor1Name, source_country AS Actor1CountryCode, source_igo AS Actor1KnownGroupCode,
  source_sector AS Actor1Type1Code,
  coalesce(target_igo, coalesce(target_country, '') || coalesce(target_sector, '')) AS Actor2Code,
  target_name AS Actor2Name, target_country AS Actor2CountryCode, target_igo AS Actor2KnownGroupCode,
  target_sector AS Actor2Type1Code,
  1 AS IsRootEvent,
  cameo AS EventCode, left(cameo, 3) AS EventBaseCode, left(cameo, 2) AS EventRootCode,
  quad_class AS QuadClass, goldstein AS GoldsteinScale,
  num_mentions AS NumMentions, num_sources AS NumSources, num_articles AS NumArticles,
  NULL AS AvgTone, location AS ActionGeo_FullName,
  strftime(date_added, '%Y%m%d%H%M%S')::BIGINT AS DATEADDED,
  (SELECT url FROM documents WHERE id = story.doc_id) AS SOURCEURL,
  type AS plover_type, modality, cluster_id, doc_id, event_id
FROM story
ORDER BY SQLDATE NULLS LAST, cluster_id, plover_type, Actor1Code, Actor2Code
"""


class ExportError(ValueError):
    """Bad export arguments; the message is meant for the user."""


def select_sql(table: str) -> str:
    """The SELECT that produces an export table, with exactly TABLE_COLUMNS[table] in order and type."""
    if table not in TABLE_COLUMNS:
        raise ExportError(f"unknown table {table!r}; choose one of {', '.join(TABLE_COLUMNS)}")
    inner = _GDELT_SELECT.format(story=STORY_EVENTS_SQL.format(where="TRUE")) if table == "gdelt" else _SELECT[table]
    cols = ", ".join(f'CAST(t."{n}" AS {ty}) AS "{n}"' for n, ty in TABLE_COLUMNS[table])
    return f"SELECT {cols} FROM ({inner}) t"


def arrow_schema(table: str) -> Any:
    """The pyarrow schema of an export table (what Parquet files carry)."""
    import pyarrow as pa

    types = {"VARCHAR": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(), "DOUBLE": pa.float64(),
             "DATE": pa.date32()}
    return pa.schema([pa.field(n, types[t]) for n, t in TABLE_COLUMNS[table]])


def to_arrow(con: Any, table: str) -> Any:
    """An export table as a pyarrow Table."""
    rel = con.sql(select_sql(table))
    # duckdb 2 names it to_arrow_table, 1.x arrow(); pyproject allows both majors
    fetch = getattr(rel, "to_arrow_table", None) or rel.arrow
    return fetch().cast(arrow_schema(table))


def export(con: Any, table: str, fmt: str, out: str | Path) -> int:
    """Write an export table to `out` (parquet, csv or jsonl); returns the number of rows."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    out = Path(out)
    if out.parent and not out.parent.exists():
        raise ExportError(f"{out.parent}: no such folder")
    sql = select_sql(table)
    n = con.execute(f"SELECT count(*) FROM ({sql})").fetchall()[0][0]
    options = {"parquet": "FORMAT parquet", "csv": "FORMAT csv, HEADER true", "jsonl": "FORMAT json"}[fmt]
    path = str(out).replace("'", "''")
    con.execute(f"COPY ({sql}) TO '{path}' ({options})")
    return int(n)
