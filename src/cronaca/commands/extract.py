"""`cronaca extract`: one article (or a JSON Lines batch) in, actors/dates/quotes/events out."""

from __future__ import annotations

import argparse
import json
import sys

HELP = """examples:
  cronaca extract article.txt --date 2021-12-15
  cronaca extract article.txt --date 2021-12-15 --json
  cronaca extract page.html                 # trafilatura extracts text, title and date
  cronaca extract batch.jsonl --json        # one JSON object per input line, in order
  cat article.txt | cronaca extract - --lang it

exit status: 0 on success; 1 when the single input cannot be read (the message says why);
for a JSON Lines batch, bad lines are skipped and listed at the end, and the status is 1 if any was.
"""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "extract",
        help="extract actors, dates, quotes and events from articles",
        description="Extract actors, dates, quotes and events from an article, a folder or a JSON Lines file.",
        epilog=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="file (.txt, .html, .jsonl[.gz]), folder, or - for stdin")
    p.add_argument("--date", help="publication date YYYY-MM-DD, the anchor for relative dates")
    p.add_argument("--lang", help="language code (it, en); detected when absent")
    p.add_argument("--id", dest="doc_id", help="document id (default: the file name or a content hash)")
    p.add_argument("--json", action="store_true", help="print the JSON contract, one object per document")
    p.add_argument("--max-bytes", type=int, default=None, help="largest accepted article, in bytes (default 20 MB)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from cronaca.commands.common import UsageError, check_date_lang, usage_error
    from cronaca.detect import UnsupportedLanguage, check_language
    from cronaca.lang import DataError
    from cronaca.load import DEFAULT_MAX_BYTES, LoadError, iter_articles
    from cronaca.model import Document, DocumentMeta
    from cronaca.pipeline import Pipeline

    try:
        lang, date = check_date_lang(args)
    except UsageError as exc:
        return usage_error(exc)
    defaults = DocumentMeta(id=args.doc_id or "", lang=lang, date=date)
    pipeline = Pipeline()
    errors: list[LoadError] = []
    done = 0
    single = len(args.inputs) == 1 and not _is_batch(args.inputs[0])
    for source in args.inputs:
        for item in iter_articles(source, defaults, args.max_bytes or DEFAULT_MAX_BYTES):
            if isinstance(item, LoadError):
                errors.append(item)
                if single:
                    print(f"cronaca: {item}", file=sys.stderr)
                continue
            for w in item.warnings:
                print(f"cronaca: warning: {w}", file=sys.stderr)
            if item.meta.lang:
                try:
                    item.meta.lang = check_language(item.meta.lang)
                except UnsupportedLanguage as exc:
                    errors.append(LoadError(item.origin, str(exc)))
                    if single:
                        print(f"cronaca: {item.origin}: {exc}", file=sys.stderr)
                    continue
            doc = Document(text=item.text, meta=item.meta)
            try:
                pipeline(doc)
            except (DataError, ValueError) as exc:
                errors.append(LoadError(item.origin, f"extraction failed: {exc}"))
                continue
            done += 1
            if args.json:
                sys.stdout.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
            else:
                from cronaca.render import print_document

                print_document(doc)
    if errors and not single:
        print(f"cronaca: {done} document(s) extracted, {len(errors)} skipped:", file=sys.stderr)
        for e in errors:
            print(f"  {e}", file=sys.stderr)
    return 1 if errors else 0


def _is_batch(source: str) -> bool:
    from pathlib import Path

    from cronaca.load import is_jsonl

    p = Path(source)
    return p.is_dir() or is_jsonl(p)
