"""The `cronaca` command line: one entry point, one module per sub-command in cronaca.commands.

Each command module defines `register(subparsers)` which adds its parser and sets `func`. Modules are
imported only when listed here, and heavy libraries only inside `func`, so `--help` stays fast.
"""

from __future__ import annotations

import argparse
import sys
from importlib import import_module

from cronaca import __version__

COMMANDS = [
    "extract",
    "evaluate",
    "ingest",
    "query",  # events, quotes, actors, dyad
    "export",
    "spark",
    "serve",
]

EPILOG = """examples:
  cronaca extract article.txt --date 2021-12-15
  cronaca extract article.html --json
  cronaca extract articles.jsonl --json > out.jsonl
  cronaca evaluate tests/gold
  cronaca ingest corpus/ --db news.duckdb
  cronaca events --db news.duckdb --actor RUS --target UKR --since 2021-12-01
  cronaca serve --db news.duckdb
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cronaca",
        description="Turn news articles into event data: actors, quotations and events with their evidence.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"cronaca {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = import_module(f"cronaca.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"cronaca.commands.{name}":
                continue  # command not built yet
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("cronaca: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
