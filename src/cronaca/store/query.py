"""Queries over a store, as functions returning rows (lists of dicts); the CLI and the REST API call
these same functions (signatures documented in docs/store.md).

Actor matching (`actor`, `target`, dyad sides): a value matches an event side when it equals the side's
code (igo, else country, else name), its country or its igo code (case-insensitive), or its name
(case-insensitive). So `RUS` matches Russia, the Kremlin and Putin; `NATO` matches NATO.

Story events (analytics): the events of the reprints of one story are counted once. A story event is
one (cluster_id, PLOVER type, date, source code, target code); `num_mentions` is the number of stored
documents that report it, `num_articles` the number of published copies (document sources),
`num_sources` the number of distinct outlets (GDELT's NumMentions/NumArticles/NumSources).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

PLOVER_TYPES = [
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]
QUAD_NAMES = {1: "verbal_coop", 2: "material_coop", 3: "verbal_conflict", 4: "material_conflict"}
PERIODS = {"day": "%Y-%m-%d", "week": "%G-W%V", "month": "%Y-%m", "year": "%Y"}


class QueryError(ValueError):
    """Bad query arguments; the message is meant for the user."""


def _date(value: str | dt.date | None, name: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise QueryError(f"{name} {value!r} is not a date; use YYYY-MM-DD") from None


def date_range(column: str, since: object, until: object, where: list[str], params: list[Any],
               names: tuple[str, str] = ("--since", "--until")) -> None:
    """Add `column >= since` / `column <= until` conditions (validated ISO dates) to a WHERE list."""
    s, u = _date(since, names[0]), _date(until, names[1])  # type: ignore[arg-type]
    if s:
        where.append(f"{column} >= ?")
        params.append(s)
    if u:
        where.append(f"{column} <= ?")
        params.append(u)


def _side(prefix: str, value: str, params: list[Any]) -> str:
    params.extend([value, value, value, value])
    return (
        f"(upper({prefix}_code) = upper(?) OR upper({prefix}_country) = upper(?) "
        f"OR upper({prefix}_igo) = upper(?) OR lower({prefix}_name) = lower(?))"
    )


def _types(value: str | list[str] | None) -> list[str]:
    if not value:
        return []
    items = value if isinstance(value, list) else value.split(",")
    out = [t.strip().upper() for t in items if t.strip()]
    bad = [t for t in out if t not in PLOVER_TYPES]
    if bad:
        raise QueryError(f"unknown event type(s) {', '.join(bad)}; PLOVER types: {', '.join(PLOVER_TYPES)}")
    return out


def _rows(cur: Any) -> list[dict[str, Any]]:
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def _event_filters(
    actor: str | None, target: str | None, type: str | list[str] | None,  # noqa: A002
    since: str | dt.date | None, until: str | dt.date | None, modality: str | None, params: list[Any],
) -> str:
    where = ["TRUE"]
    if actor:
        where.append(_side("e.source", actor, params))
    if target:
        where.append(_side("e.target", target, params))
    types = _types(type)
    if types:
        where.append(f"e.type IN ({', '.join('?' for _ in types)})")
        params.extend(types)
    date_range("e.date", since, until, where, params)
    if modality:
        where.append("e.modality = ?")
        params.append(modality)
    return " AND ".join(where)


def events(
    con: Any,
    actor: str | None = None,
    target: str | None = None,
    type: str | list[str] | None = None,  # noqa: A002 - the user's word
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    modality: str | None = None,
    doc_id: str | None = None,
    limit: int | None = 100,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Event rows (one per source-target pair) with their document's url, title, source and story."""
    params: list[Any] = []
    where = _event_filters(actor, target, type, since, until, modality, params)
    if doc_id:
        where += " AND e.doc_id = ?"
        params.append(doc_id)
    sql = f"""
        SELECT e.date, e.type, e.cameo, e.goldstein, e.quad_class, e.modality,
               e.source_code, e.source_name, e.target_code, e.target_name,
               e.trigger_text, e.doc_id, e.event_id, e.pair, e.source_id, e.target_id,
               e.source_country, e.source_sector, e.target_country, e.target_sector,
               e.quote_id, e.trigger_start, e.trigger_end, e.sentence_start, e.sentence_end,
               d.cluster_id, d.url, d.title, d.source AS outlet
        FROM events e JOIN documents d ON d.id = e.doc_id
        WHERE {where}
        ORDER BY e.date NULLS LAST, e.doc_id, e.trigger_start, e.event_id, e.pair
    """
    sql += _limit(limit, offset, params)
    return _rows(con.execute(sql, params))


def _limit(limit: int | None, offset: int, params: list[Any]) -> str:
    out = ""
    if limit is not None:
        out += " LIMIT ?"
        params.append(int(limit))
    if offset:
        out += " OFFSET ?"
        params.append(int(offset))
    return out


def quotes(
    con: Any,
    speaker: str | None = None,
    contains: str | None = None,
    kind: str | None = None,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    doc_id: str | None = None,
    limit: int | None = 100,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Quotations, by speaker (name, case-insensitive substring, or exact code), text, kind, date."""
    params: list[Any] = []
    where = ["TRUE"]
    if speaker:
        where.append("(q.speaker_name ILIKE ? OR upper(q.speaker_code) = upper(?))")
        params += [f"%{speaker}%", speaker]
    if contains:
        where.append("q.text ILIKE ?")
        params.append(f"%{contains}%")
    if kind:
        where.append("q.kind = ?")
        params.append(kind)
    date_range("q.date", since, until, where, params)
    if doc_id:
        where.append("q.doc_id = ?")
        params.append(doc_id)
    sql = f"""
        SELECT q.date, q.speaker_name AS speaker, q.kind, q.text, q.cue_text AS cue,
               q.doc_id, q.id AS quote_id, q.start, q."end", q.speaker AS speaker_id, q.speaker_code,
               q.addressee_name AS addressee, q.reported_by_name AS reported_by,
               q.channel_text AS channel, d.url, d.title, d.source AS outlet
        FROM quotes q JOIN documents d ON d.id = q.doc_id
        WHERE {' AND '.join(where)}
        ORDER BY q.date NULLS LAST, q.doc_id, q.start
    """
    sql += _limit(limit, offset, params)
    return _rows(con.execute(sql, params))


def actors(
    con: Any,
    top: int | None = 20,
    kind: str | None = None,
    country: str | None = None,
) -> list[dict[str, Any]]:
    """Actors across documents, grouped by (name, kind, country, sector, igo), most documents first;
    with mentions and the events they are source or target of."""
    params: list[Any] = []
    where = ["TRUE"]
    if kind:
        where.append("upper(a.kind) = upper(?)")
        params.append(kind)
    if country:
        where.append("upper(a.country) = upper(?)")
        params.append(country)
    sql = f"""
        WITH ev AS (
            SELECT doc_id, source_id AS actor_id, count(DISTINCT event_id) AS n_src, 0 AS n_tgt
            FROM events WHERE source_id IS NOT NULL GROUP BY ALL
            UNION ALL
            SELECT doc_id, target_id, 0, count(DISTINCT event_id)
            FROM events WHERE target_id IS NOT NULL GROUP BY ALL
        ), per_actor AS (
            SELECT doc_id, actor_id, sum(n_src) AS n_src, sum(n_tgt) AS n_tgt FROM ev GROUP BY ALL
        )
        SELECT a.name, a.kind, a.country, a.sector, a.igo, a.code,
               count(DISTINCT a.doc_id) AS documents, sum(a.n_mentions)::BIGINT AS mentions,
               coalesce(sum(p.n_src), 0)::BIGINT AS events_as_source,
               coalesce(sum(p.n_tgt), 0)::BIGINT AS events_as_target
        FROM actors a LEFT JOIN per_actor p ON p.doc_id = a.doc_id AND p.actor_id = a.id
        WHERE {' AND '.join(where)}
        GROUP BY a.name, a.kind, a.country, a.sector, a.igo, a.code
        ORDER BY documents DESC, mentions DESC, a.name
    """
    if top is not None:
        sql += " LIMIT ?"
        params.append(int(top))
    return _rows(con.execute(sql, params))


# Every attribute of a story event is taken from its first mention (lowest doc id, then event id and
# pair), so that the result does not depend on scan order (mode() and any_value() would).
_FIRST = "e.doc_id || '|' || e.event_id || '|' || e.pair::VARCHAR"
STORY_EVENTS_SQL = """
    SELECT d.cluster_id, e.type, e.date, e.source_code, e.target_code,
           arg_min(e.source_name, @F) AS source_name,
           arg_min(e.target_name, @F) AS target_name,
           arg_min(e.source_country, @F) AS source_country,
           arg_min(e.source_sector, @F) AS source_sector,
           arg_min(e.source_igo, @F) AS source_igo,
           arg_min(e.target_country, @F) AS target_country,
           arg_min(e.target_sector, @F) AS target_sector,
           arg_min(e.target_igo, @F) AS target_igo,
           arg_min(e.cameo, @F) AS cameo, round(avg(e.goldstein), 3) AS goldstein,
           arg_min(e.quad_class, @F) AS quad_class,
           arg_min(e.modality, @F) AS modality, arg_min(e.location, @F) AS location,
           min(e.doc_id) AS doc_id, arg_min(e.event_id, @F) AS event_id,
           count(DISTINCT e.doc_id) AS num_mentions,
           count(DISTINCT s.doc_id || '|' || s.locator) AS num_articles,
           count(DISTINCT coalesce(s.source, s.url, s.locator)) AS num_sources,
           min(d.ingested_at) AS date_added
    FROM events e
    JOIN documents d ON d.id = e.doc_id
    JOIN document_sources s ON s.doc_id = e.doc_id
    WHERE {where}
    GROUP BY d.cluster_id, e.type, e.date, e.source_code, e.target_code
""".replace("@F", _FIRST)


def story_events(con: Any, where: str = "TRUE", params: list[Any] | None = None) -> list[dict[str, Any]]:
    """Events counted once per story (reprint cluster), with num_mentions/num_articles/num_sources."""
    sql = STORY_EVENTS_SQL.format(where=where) + " ORDER BY date NULLS LAST, cluster_id, type, source_code, target_code"
    return _rows(con.execute(sql, params or []))


def dyad(
    con: Any,
    a: str,
    b: str,
    by: str = "week",
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    directed: bool = False,
) -> list[dict[str, Any]]:
    """Per period: story events between `a` and `b` (both directions unless `directed`, then a -> b),
    counts per quad class and per PLOVER type, Goldstein sum, and mentions/articles/sources summed."""
    if by not in PERIODS:
        raise QueryError(f"--by {by!r}: use one of {', '.join(PERIODS)}")
    params: list[Any] = []
    ab = f"({_side('e.source', a, params)} AND {_side('e.target', b, params)})"
    if not directed:
        ba = f"({_side('e.source', b, params)} AND {_side('e.target', a, params)})"
        cond = f"({ab} OR {ba})"
    else:
        cond = ab
    where = [cond, "e.date IS NOT NULL"]
    date_range("e.date", since, until, where, params)
    story = STORY_EVENTS_SQL.format(where=" AND ".join(where))
    type_cols = ", ".join(f"count_if(type = '{t}') AS \"{t}\"" for t in PLOVER_TYPES)
    quad_cols = ", ".join(f"count_if(quad_class = {q}) AS {n}" for q, n in QUAD_NAMES.items())
    sql = f"""
        WITH story AS ({story})
        SELECT strftime(date, '{PERIODS[by]}') AS period, count(*) AS events, {quad_cols},
               coalesce(sum(goldstein), 0) AS goldstein, sum(num_mentions)::BIGINT AS num_mentions,
               sum(num_articles)::BIGINT AS num_articles, sum(num_sources)::BIGINT AS num_sources,
               {type_cols}
        FROM story GROUP BY period ORDER BY period
    """
    rows = _rows(con.execute(sql, params))
    # keep only the PLOVER types that occur, so the table stays readable
    used = [t for t in PLOVER_TYPES if any(r[t] for r in rows)]
    for r in rows:
        for t in PLOVER_TYPES:
            if t not in used:
                del r[t]
        r["goldstein"] = round(float(r["goldstein"]), 3)
    return rows


def summary(con: Any) -> dict[str, Any]:
    """Counts of the main tables, for status lines and the API."""
    out = {}
    for t in ("documents", "document_sources", "actors", "quotes", "events"):
        out[t] = con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0]
    out["stories"] = con.execute("SELECT count(DISTINCT cluster_id) FROM documents").fetchall()[0][0]
    out["event_mentions"] = con.execute("SELECT count(*) FROM (SELECT DISTINCT doc_id, event_id FROM events)").fetchall()[0][0]
    return out
