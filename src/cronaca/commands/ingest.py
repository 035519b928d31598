"""`cronaca ingest`: folders, JSON Lines, RSS/Atom and WARC files into a DuckDB store."""

from __future__ import annotations

import argparse
import json
import os
import sys

HELP = """examples:
  cronaca ingest corpus/ --db news.duckdb              # .txt/.html files, recursively
  cronaca ingest dump.jsonl.gz feed.rss crawl.warc.gz --db news.duckdb
  cronaca ingest corpus/ --workers 4 --lang it --date 2021-12-15
  python -m cronaca.synth --n 1000 --out synth.jsonl && cronaca ingest synth.jsonl --db test.duckdb

Idempotent and resumable: a text already stored (same sha256) is not extracted again; the same text
under another url becomes a second source of the same document. If an ingest is interrupted (even
kill -9), run the same command again: it skips what was stored and finishes the job.

summary: ingested (new documents), already present (same text, same url/file), duplicates (same text,
new url), failed (with file, line and reason; also kept in the table ingest_failures).
exit status: 0 when nothing failed, 1 when some records were skipped, 2 on a usage or database error.
"""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "ingest",
        help="ingest articles into a DuckDB store (extraction on all cores)",
        description="Extract and store articles from folders, JSON Lines, RSS/Atom feeds and WARC crawls.",
        epilog=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("inputs", nargs="*", metavar="PATH", help="file or folder (.txt, .html, .jsonl[.gz], .rss, .atom, .xml, .warc[.gz])")
    p.add_argument("--db", default="cronaca.duckdb", help="database file (default: cronaca.duckdb)")
    p.add_argument("--parquet", metavar="DIR", help="load the output of `cronaca spark --out DIR` instead of PATHs")
    p.add_argument("--workers", type=int, default=None, help=f"extraction processes (default: all cores, {os.cpu_count()})")
    p.add_argument("--lang", help="language of inputs that do not say (it, en); detected when absent")
    p.add_argument("--date", help="publication date YYYY-MM-DD for inputs that do not say")
    p.add_argument("--max-bytes", type=int, default=None, help="largest accepted article, in bytes (default 20 MB)")
    p.add_argument("--chunk-size", type=int, default=32, help="documents per worker task (default 32)")
    p.add_argument("--commit-every", type=int, default=128, metavar="N",
                   help="documents per write transaction (default 128); a kill loses at most these, redone on resume")
    p.add_argument("--disable", action="append", default=[], metavar="STAGE", help="skip a pipeline stage (actors, time, quotes, events); repeatable")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--log-every", type=int, default=1000, metavar="N",
                   help="without a terminal, print a progress line every N records (default 1000)")
    p.add_argument("--json", action="store_true", help="print the summary as JSON on stdout")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.parquet or not args.inputs:
        from cronaca.store.parquet_load import run_cli  # a Spark output (docs/scale.md)

        return run_cli(args)
    from cronaca.commands.common import UsageError, check_date_lang, usage_error
    from cronaca.load import DEFAULT_MAX_BYTES
    from cronaca.model import DocumentMeta
    from cronaca.store.ingest import Counts, estimate_total, ingest
    from cronaca.store.schema import StoreError, connect

    try:
        lang, _date = check_date_lang(args)
    except UsageError as exc:
        return usage_error(exc)
    if args.workers is not None and args.workers < 1:
        print("cronaca: --workers must be at least 1", file=sys.stderr)
        return 2
    try:
        con = connect(args.db)
    except StoreError as exc:
        print(f"cronaca: {exc}", file=sys.stderr)
        return 2
    defaults = DocumentMeta(id="", lang=lang, date=args.date)
    show = not args.quiet and sys.stderr.isatty()
    progress = None
    task = None
    if show:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        progress = Progress(
            TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            TextColumn("{task.fields[status]}"), console=Console(stderr=True), transient=False,
        )
        progress.start()
        task = progress.add_task("ingest", total=estimate_total(args.inputs), status="")

    last_logged = [0]

    def on_progress(c: Counts) -> None:
        if progress is None and not args.quiet and args.log_every > 0:
            done = c.ingested + c.already_present + c.duplicates + c.failed
            if done // args.log_every > last_logged[0] // args.log_every:
                last_logged[0] = done
                print(f"ingest: {done} done: new {c.ingested}, present {c.already_present}, "
                      f"dup {c.duplicates}, failed {c.failed}", file=sys.stderr, flush=True)
        if progress is not None:
            done = c.ingested + c.already_present + c.duplicates + c.failed
            rate = c.ingested / max(1e-9, _elapsed())
            progress.update(task, completed=done, status=(
                f"new {c.ingested}  present {c.already_present}  dup {c.duplicates}  "
                f"failed {c.failed}  {rate:.0f} docs/s"))

    import time

    t0 = time.perf_counter()

    def _elapsed() -> float:
        return time.perf_counter() - t0

    try:
        counts = ingest(
            args.inputs, con, workers=args.workers, defaults=defaults,
            max_bytes=args.max_bytes or DEFAULT_MAX_BYTES, chunk_size=max(1, args.chunk_size),
            commit_every=max(1, args.commit_every),
            on_progress=on_progress, disable=args.disable,
        )
    finally:
        if progress is not None:
            progress.stop()
    con.close()
    if args.json:
        out = counts.as_dict()
        out["failures"] = [{"origin": f.origin, "line": f.line, "message": f.message} for f in counts.failures]
        print(json.dumps(out, ensure_ascii=False))
    else:
        rate = counts.ingested / counts.seconds if counts.seconds else 0.0
        print(
            f"{args.db}: ingested {counts.ingested}, already present {counts.already_present}, "
            f"duplicates {counts.duplicates}, failed {counts.failed} "
            f"({counts.seconds:.1f} s, {rate:.1f} new documents/s)",
            file=sys.stderr,
        )
        for f in counts.failures[:50]:
            print(f"  failed: {f}", file=sys.stderr)
        if len(counts.failures) > 50:
            print(f"  ... and {len(counts.failures) - 50} more (table ingest_failures)", file=sys.stderr)
    return 1 if counts.failed else 0
