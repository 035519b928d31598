"""`cronaca events | quotes | actors | dyad`: questions to a store, as a table, CSV or JSON."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

EVENTS_HELP = """examples:
  cronaca events --db news.duckdb --actor RUS --target UKR --type ACCUSE --since 2021-12-01
  cronaca events --actor "Xi Jinping" --format csv > xi.csv
  cronaca events --type ACCUSE,THREATEN --until 2022-01-31 --limit 0 --format json

--actor/--target match an actor code (RUS, NATO), a country (ISO alpha-3) or a name; one row per
source-target pair of an event.
"""
QUOTES_HELP = """examples:
  cronaca quotes --db news.duckdb --speaker "Xi Jinping"
  cronaca quotes --speaker Putin --since 2021-12-01 --format json
  cronaca quotes --contains sanzioni --kind direct
"""
ACTORS_HELP = """examples:
  cronaca actors --db news.duckdb --top 20
  cronaca actors --kind PER --country RUS --format csv
"""
DYAD_HELP = """examples:
  cronaca dyad CHN RUS --db news.duckdb --by week
  cronaca dyad RUS UKR --by month --since 2021-11-01 --format csv
  cronaca dyad USA RUS --directed            # only USA -> RUS

Per period: story events (reprints of one story counted once), counts per quad class (verbal/material
cooperation/conflict) and per PLOVER type, the Goldstein sum, and mentions/articles/sources.
"""

# columns shown by the table format (csv and json give every column)
TABLE_COLUMNS = {
    "events": ["date", "type", "source_name", "source_code", "target_name", "target_code", "trigger_text",
               "modality", "goldstein", "doc_id", "event_id"],
    "quotes": ["date", "speaker", "kind", "text", "cue", "doc_id", "quote_id"],
    "actors": None,
    "dyad": None,
}


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default="cronaca.duckdb", help="database file (default: cronaca.duckdb)")
    p.add_argument("--format", choices=["table", "csv", "json"], default="table", help="output format (default: table)")


def _parser(sub: argparse._SubParsersAction, name: str, help_: str, epilog: str) -> argparse.ArgumentParser:
    p = sub.add_parser(name, help=help_, description=help_[:1].upper() + help_[1:] + ".", epilog=epilog,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    _common(p)
    return p


def register(sub: argparse._SubParsersAction) -> None:
    p = _parser(sub, "events", "list stored events by actor, target, type and date", EVENTS_HELP)
    p.add_argument("--actor", help="source actor: code, country or name")
    p.add_argument("--target", help="target actor: code, country or name")
    p.add_argument("--type", help="PLOVER type(s), comma-separated (ACCUSE,THREATEN)")
    p.add_argument("--modality", choices=["asserted", "reported", "hypothetical", "intent", "negated"])
    p.add_argument("--since", help="first date YYYY-MM-DD")
    p.add_argument("--until", help="last date YYYY-MM-DD")
    p.add_argument("--limit", type=int, default=100, help="at most N rows (default 100; 0 = all)")
    p.set_defaults(func=_run("events"))

    p = _parser(sub, "quotes", "list stored quotations by speaker, text and date", QUOTES_HELP)
    p.add_argument("--speaker", help="speaker name (substring, case-insensitive) or code")
    p.add_argument("--contains", help="text the quotation contains")
    p.add_argument("--kind", choices=["direct", "partial", "indirect"])
    p.add_argument("--since", help="first date YYYY-MM-DD")
    p.add_argument("--until", help="last date YYYY-MM-DD")
    p.add_argument("--limit", type=int, default=100, help="at most N rows (default 100; 0 = all)")
    p.set_defaults(func=_run("quotes"))

    p = _parser(sub, "actors", "list the actors of a store, most documents first", ACTORS_HELP)
    p.add_argument("--top", type=int, default=20, help="at most N actors (default 20; 0 = all)")
    p.add_argument("--kind", choices=["PER", "ORG", "GPE", "LOC"])
    p.add_argument("--country", help="ISO alpha-3 country code")
    p.set_defaults(func=_run("actors"))

    p = _parser(sub, "dyad", "cooperation and conflict between two actors, per period", DYAD_HELP)
    p.add_argument("a", metavar="ACTOR1", help="code, country or name")
    p.add_argument("b", metavar="ACTOR2", help="code, country or name")
    p.add_argument("--by", choices=["day", "week", "month", "year"], default="week", help="period (default week)")
    p.add_argument("--since", help="first date YYYY-MM-DD")
    p.add_argument("--until", help="last date YYYY-MM-DD")
    p.add_argument("--directed", action="store_true", help="only events from ACTOR1 to ACTOR2")
    p.set_defaults(func=_run("dyad"))


def _run(name: str) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        from cronaca.store import query
        from cronaca.store.schema import StoreError, connect

        try:
            con = connect(args.db, read_only=True)
        except StoreError as exc:
            print(f"cronaca: {exc}", file=sys.stderr)
            return 2
        try:
            rows = _call(name, con, args)
        except query.QueryError as exc:
            print(f"cronaca: {exc}", file=sys.stderr)
            return 2
        finally:
            con.close()
        write_rows(rows, args.format, TABLE_COLUMNS[name], title=name)
        return 0

    return run


def _call(name: str, con: Any, args: argparse.Namespace) -> list[dict[str, Any]]:
    from cronaca.store import query

    if name == "events":
        return query.events(con, actor=args.actor, target=args.target, type=args.type, since=args.since,
                            until=args.until, modality=args.modality, limit=args.limit or None)
    if name == "quotes":
        return query.quotes(con, speaker=args.speaker, contains=args.contains, kind=args.kind,
                            since=args.since, until=args.until, limit=args.limit or None)
    if name == "actors":
        return query.actors(con, top=args.top or None, kind=args.kind, country=args.country)
    return query.dyad(con, args.a, args.b, by=args.by, since=args.since, until=args.until, directed=args.directed)


def _plain(v: Any) -> Any:
    if v is None or isinstance(v, str | int | float | bool):
        return v
    return str(v)  # dates, datetimes, decimals


def write_rows(rows: list[dict[str, Any]], fmt: str, columns: list[str] | None = None, title: str = "") -> None:
    """Rows to stdout as a rich table, CSV (every column) or a JSON array (every column)."""
    if fmt == "json":
        import json

        json.dump([{k: _plain(v) for k, v in r.items()} for r in rows], sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        return
    if fmt == "csv":
        import csv

        cols = list(rows[0]) if rows else (columns or [])
        w = csv.writer(sys.stdout)
        w.writerow(cols)
        for r in rows:
            w.writerow(["" if r.get(c) is None else _plain(r.get(c)) for c in cols])
        return
    from rich.console import Console
    from rich.table import Table

    # a pipe or a file gets wide lines rather than folded cells
    console = Console() if sys.stdout.isatty() else Console(width=200)
    if not rows:
        console.print(f"no {title} found")
        return
    cols = columns or list(rows[0])
    t = Table(title=f"{title} ({len(rows)})", show_lines=False)
    for c in cols:
        t.add_column(c, overflow="fold")
    for r in rows:
        t.add_row(*["" if r.get(c) is None else str(_plain(r.get(c))) for c in cols])
    console.print(t)
