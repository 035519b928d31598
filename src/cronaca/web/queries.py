"""Queries the web app needs that cronaca.store.query does not offer (reported in docs/web.md):
one document back as the output contract, a document list/search, speaker and type counts, the actor
network and the corpus figures. Filters of events and quotes are the store's own (`store.query`)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from cronaca.store.query import QueryError, _rows, _types, date_range, summary


def _iso(v: Any) -> Any:
    return v.isoformat() if isinstance(v, dt.date | dt.datetime) else v


def document(con: Any, doc_id: str) -> dict[str, Any] | None:
    """A stored document as the output contract (document, actors, quotes, events) plus its text and
    sources. The dates layer is not stored, so `dates` is empty."""
    cur = con.execute(
        "SELECT id, ext_id, lang, date, title, url, source, text, cluster_id, n_chars FROM documents WHERE id = ?",
        [doc_id],
    )
    rows = _rows(cur)
    if not rows:
        return None
    d = rows[0]
    mentions: dict[str, list[dict[str, Any]]] = {}
    for m in _rows(con.execute(
        'SELECT actor_id, start, "end", text FROM mentions WHERE doc_id = ? ORDER BY start', [doc_id]
    )):
        mentions.setdefault(m["actor_id"], []).append({"start": m["start"], "end": m["end"], "text": m["text"]})
    actors = [
        {"id": a["id"], "name": a["name"], "kind": a["kind"], "country": a["country"], "sector": a["sector"],
         "role": a["role"], "igo": a["igo"], "code": a["code"], "mentions": mentions.get(a["id"], [])}
        for a in _rows(con.execute(
            "SELECT id, name, kind, country, sector, role, igo, code FROM actors WHERE doc_id = ? "
            "ORDER BY CAST(substr(id, 2) AS INTEGER)", [doc_id]))
    ]

    def span(start: Any, end: Any, text: Any) -> dict[str, Any] | None:
        return None if start is None else {"start": start, "end": end, "text": text}

    quotes = [
        {"id": q["id"], "kind": q["kind"], "text": q["text"], "start": q["start"], "end": q["end"],
         "speaker": q["speaker"], "speaker_name": q["speaker_name"],
         "cue": span(q["cue_start"], q["cue_end"], q["cue_text"]), "addressee": q["addressee"],
         "reported_by": q["reported_by"], "channel": span(q["channel_start"], q["channel_end"], q["channel_text"])}
        for q in _rows(con.execute(
            'SELECT * FROM quotes WHERE doc_id = ? ORDER BY start, CAST(substr(id, 2) AS INTEGER)', [doc_id]))
    ]
    events: dict[str, dict[str, Any]] = {}
    text = d["text"]
    for e in _rows(con.execute(
        "SELECT * FROM events WHERE doc_id = ? ORDER BY CAST(substr(event_id, 2) AS INTEGER), pair", [doc_id]
    )):
        ev = events.get(e["event_id"])
        if ev is None:
            ss, se = e["sentence_start"], e["sentence_end"]
            ev = events[e["event_id"]] = {
                "id": e["event_id"], "type": e["type"], "cameo": e["cameo"], "goldstein": e["goldstein"],
                "quad_class": e["quad_class"], "source": [], "target": [],
                "trigger": span(e["trigger_start"], e["trigger_end"], e["trigger_text"]),
                "sentence": span(ss, se, text[ss:se] if ss is not None else None),
                "date": e["date_raw"], "date_source": e["date_source"], "modality": e["modality"],
                "quote": e["quote_id"], "location": e["location"], "denies": e["denies"],
            }
        for side in ("source", "target"):
            aid = e[f"{side}_id"]
            if aid and aid not in ev[side]:
                ev[side].append(aid)
    sources = [
        {k: _iso(v) for k, v in s.items()}
        for s in _rows(con.execute(
            "SELECT url, source, title, date, origin FROM document_sources WHERE doc_id = ? ORDER BY added_at, locator",
            [doc_id]))
    ]
    return {
        "document": {"id": d["id"], "ext_id": d["ext_id"], "lang": d["lang"], "date": _iso(d["date"]),
                     "title": d["title"], "url": d["url"], "source": d["source"], "cluster_id": d["cluster_id"]},
        "text": text,
        "actors": actors,
        "dates": [],
        "quotes": quotes,
        "events": list(events.values()),
        "sources": sources,
    }


def documents(con: Any, q: str | None = None, since: str | None = None, until: str | None = None,
              limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Documents, newest first; `q` matches the title or the text (case-insensitive substring)."""
    where, params = ["TRUE"], []
    if q:
        where.append("(d.title ILIKE ? OR d.text ILIKE ?)")
        params += [f"%{q}%", f"%{q}%"]
    date_range("d.date", since, until, where, params, ("since", "until"))
    sql = f"""
        SELECT d.id, d.date, d.title, d.source, d.url, d.lang, d.n_chars, d.cluster_id,
               (SELECT count(*) FROM actors a WHERE a.doc_id = d.id) AS actors,
               (SELECT count(*) FROM quotes q WHERE q.doc_id = d.id) AS quotes,
               (SELECT count(DISTINCT event_id) FROM events e WHERE e.doc_id = d.id) AS events
        FROM documents d WHERE {' AND '.join(where)}
        ORDER BY d.date DESC NULLS LAST, d.ingested_at DESC, d.id LIMIT ? OFFSET ?
    """
    return _rows(con.execute(sql, params + [int(limit), int(offset)]))


def speakers(con: Any, limit: int = 30) -> list[dict[str, Any]]:
    """The most quoted speakers: name, code and number of quotations."""
    return _rows(con.execute(
        "SELECT speaker_name AS name, any_value(speaker_code) AS code, count(*) AS quotes FROM quotes "
        "WHERE speaker_name IS NOT NULL GROUP BY speaker_name ORDER BY quotes DESC, name LIMIT ?", [int(limit)]))


def type_counts(con: Any) -> list[dict[str, Any]]:
    """Events (distinct per document) per PLOVER type, with their mean Goldstein score."""
    return _rows(con.execute(
        "SELECT type, count(DISTINCT doc_id || '/' || event_id) AS events, avg(goldstein) AS goldstein "
        "FROM events WHERE type IS NOT NULL GROUP BY type ORDER BY events DESC, type"))


def figures(con: Any) -> dict[str, Any]:
    """Corpus figures for the home page and /api/stats."""
    out = summary(con)
    lo, hi = con.execute("SELECT min(date), max(date) FROM documents").fetchall()[0]
    out["first_date"], out["last_date"] = _iso(lo), _iso(hi)
    out["languages"] = dict(con.execute(
        "SELECT coalesce(lang, '?'), count(*) FROM documents GROUP BY ALL ORDER BY 2 DESC").fetchall())
    return out


def network(con: Any, type: str | None = None, since: str | None = None,  # noqa: A002
            until: str | None = None, min_events: int = 1, max_nodes: int = 80) -> dict[str, Any]:
    """The actor network: actors (by code) as nodes, events between them as directed edges with their
    count, Goldstein sum and cooperation/conflict split. Only the `max_nodes` busiest actors are kept."""
    where, params = ["source_code IS NOT NULL", "target_code IS NOT NULL", "source_code <> target_code"], []
    types = _types(type)
    if types:
        where.append(f"type IN ({', '.join('?' for _ in types)})")
        params += types
    date_range("date", since, until, where, params, ("since", "until"))
    if min_events < 1 or max_nodes < 2:
        raise QueryError("min_events must be >= 1 and max_nodes >= 2")
    edges = _rows(con.execute(f"""
        SELECT source_code AS source, target_code AS target,
               count(DISTINCT doc_id || '/' || event_id) AS events,
               round(coalesce(sum(goldstein), 0), 2) AS goldstein,
               count_if(quad_class IN (1, 2)) AS coop, count_if(quad_class IN (3, 4)) AS conflict,
               any_value(source_name ORDER BY doc_id) AS source_name,
               any_value(target_name ORDER BY doc_id) AS target_name
        FROM events WHERE {' AND '.join(where)}
        GROUP BY source_code, target_code HAVING count(*) >= ? ORDER BY events DESC
    """, params + [int(min_events)]))
    degree: dict[str, int] = {}
    names: dict[str, str] = {}
    for e in edges:
        for side in ("source", "target"):
            degree[e[side]] = degree.get(e[side], 0) + e["events"]
            names.setdefault(e[side], e[f"{side}_name"] or e[side])
    keep = set(sorted(degree, key=lambda k: (-degree[k], k))[:max_nodes])
    nodes = [{"id": k, "label": k, "name": names[k], "events": degree[k]}
             for k in sorted(keep, key=lambda k: (-degree[k], k))]
    edges = [{k: v for k, v in e.items() if k not in ("source_name", "target_name")}
             for e in edges if e["source"] in keep and e["target"] in keep]
    return {"nodes": nodes, "edges": edges}
