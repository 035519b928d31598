"""`cronaca export`: a store's tables to Parquet, CSV or JSON Lines (and a GDELT-style event table)."""

from __future__ import annotations

import argparse
import sys

HELP = """examples:
  cronaca export --db news.duckdb --table events --out events.parquet
  cronaca export --db news.duckdb --table gdelt --format csv --out gdelt.csv
  cronaca export --db news.duckdb --table quotes --format jsonl --out quotes.jsonl

tables: events (one row per source-target pair), quotes, actors (per document, with mention offsets),
documents (with text and every url), gdelt (GDELT 2.0-style: one row per story event, reprints
counted once, NumMentions/NumSources/NumArticles). Columns: docs/store.md.
The format defaults to the --out suffix (.parquet, .csv, .jsonl/.json).
"""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export",
        help="export a store table to Parquet, CSV or JSON Lines",
        description="Export events, quotes, actors, documents or a GDELT-style event table from a store.",
        epilog=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--db", default="cronaca.duckdb", help="database file (default: cronaca.duckdb)")
    p.add_argument("--table", required=True, choices=["events", "quotes", "actors", "documents", "gdelt"])
    p.add_argument("--format", choices=["parquet", "csv", "jsonl"], help="output format (default: from --out)")
    p.add_argument("--out", required=True, help="output file")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from cronaca.store.export import ExportError, export
    from cronaca.store.schema import StoreError, connect

    fmt = args.format
    if fmt is None:
        name = args.out.lower()
        fmt = next((f for s, f in ((".parquet", "parquet"), (".csv", "csv"), (".jsonl", "jsonl"),
                                    (".json", "jsonl"), (".ndjson", "jsonl")) if name.endswith(s)), None)
        if fmt is None:
            print(f"cronaca: cannot tell the format from {args.out!r}; add --format parquet|csv|jsonl", file=sys.stderr)
            return 2
    try:
        con = connect(args.db, read_only=True)
        n = export(con, args.table, fmt, args.out)
    except (StoreError, ExportError) as exc:
        print(f"cronaca: {exc}", file=sys.stderr)
        return 2
    print(f"{args.out}: {n} rows ({args.table}, {fmt})", file=sys.stderr)
    return 0
