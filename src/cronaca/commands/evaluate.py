"""`cronaca evaluate`: run the pipeline on the gold articles and print P/R/F1 per layer and language."""

from __future__ import annotations

import argparse
import json
import sys

HELP = """examples:
  cronaca evaluate tests/gold
  cronaca evaluate tests/gold --lang it
  cronaca evaluate tests/gold --layer quotes --verbose     # false positives/negatives per article
  cronaca evaluate tests/gold/en/003_gaza_ceasefire_talks.yaml --verbose     # one article
  cronaca evaluate tests/gold --json > figures.json

Matching rules (docs/gold-format.md): actors by name or a shared mention span, mentions by exact
span, dates by overlapping span then value, quotes by content overlap >= half the shorter span
(attribution: the speaker matched in the actor step), events as (type, source, target, sentence)
tuples with CAMEO-style codes (ISO3 matches any sector of the country, ISO3+SECTOR such as ITAGOV
that sector, IGO codes the igo). P with nothing predicted, and R with nothing in gold, are 0.0.

exit status: 0 on success; 1 when a gold file is invalid (each error is listed) or the pipeline
raised on some article (its layers so far are still scored); 2 on bad arguments.
"""

LAYERS = ("actors", "mentions", "dates", "quotes", "events")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "evaluate",
        help="score the pipeline against gold articles (P/R/F1 per layer)",
        description="Run the pipeline on gold-annotated articles and print precision, recall and F1 per layer and language.",
        epilog=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "gold", metavar="GOLD_DIR", help="folder of gold YAML files (searched recursively), or one file"
    )
    p.add_argument("--lang", help="only articles in this language (it, en)")
    p.add_argument("--layer", choices=LAYERS, action="append", help="only this layer (repeatable)")
    p.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    p.add_argument("--verbose", "-v", action="store_true", help="list false positives/negatives per article")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from cronaca.evaluate import GoldError, evaluate, load_gold_dir, print_report

    if not Path(args.gold).exists():
        print(f"cronaca: {args.gold}: no such file or folder", file=sys.stderr)
        return 2
    try:
        docs = load_gold_dir(args.gold, args.lang)
    except GoldError as exc:
        print(f"cronaca: invalid gold:\n{exc}", file=sys.stderr)
        return 1
    if not docs:
        print(
            f"cronaca: no gold articles under {args.gold}"
            + (f" for --lang {args.lang}" if args.lang else ""),
            file=sys.stderr,
        )
        return 1
    report = evaluate(docs)
    layers = set(args.layer) if args.layer else None
    if args.json:
        out = report.to_dict(layers)
        if args.verbose:
            out["documents"] = [
                {
                    "id": d.id,
                    "lang": d.lang,
                    "errors": [
                        {"layer": la, "kind": k, "what": w}
                        for la, k, w in d.errors
                        if not layers or la in layers
                    ],
                }  # fmt: skip
                for d in report.docs
            ]
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
    else:
        print_report(report, layers, verbose=args.verbose)
    for f in report.failures:
        print(f"cronaca: {f}", file=sys.stderr)
    return 1 if report.failures else 0
