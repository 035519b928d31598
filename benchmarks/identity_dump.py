"""Dump the pipeline's whole output (tokens, sentences, mentions, actors, dates, quotes, events) as
JSON Lines, to check that a speed change leaves the output byte-identical:

    PYTHONPATH=src python benchmarks/identity_dump.py > /tmp/before.jsonl
    ... change ...
    PYTHONPATH=src python benchmarks/identity_dump.py > /tmp/after.jsonl
    cmp /tmp/before.jsonl /tmp/after.jsonl

Corpus: our gold articles (tests/gold, Italian and English), the seed article and `--articles`
~250-word windows of unseen KIND text, all from ../shared when present (skipped otherwise). The
KIND windows are run in two layouts (sentences joined by newlines, as scripts/event_dump.py does,
and by spaces, as benchmarks/throughput.py does). Nothing is written to the repo.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kindtext import KIND, kind_windows

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed"


def corpus(n_articles: int) -> list[tuple[str, str, str | None]]:
    import yaml

    docs: list[tuple[str, str, str | None]] = []
    for p in sorted((REPO / "tests" / "gold").rglob("*.yaml")):
        g = yaml.safe_load(p.read_text(encoding="utf-8"))
        docs.append((g["text"], g["lang"], str(g.get("date")) if g.get("date") else None))
    if SEED.exists():
        for p in sorted(SEED.glob("*.txt")):
            docs.append((p.read_text(encoding="utf-8"), "it", "2024-05-06"))
    if KIND.exists():
        for i, sents in enumerate(kind_windows(n_articles)):
            sep = "\n" if i % 2 == 0 else " "  # the layouts of scripts/event_dump.py, benchmarks/throughput.py
            docs.append((sep.join(sents), "it", "2010-06-15"))
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=1500, help="KIND windows")
    args = ap.parse_args()
    from cronaca.model import DocumentMeta
    from cronaca.pipeline import Pipeline

    nlp = Pipeline()
    out = sys.stdout
    for i, (text, lang, date) in enumerate(corpus(args.articles)):
        doc = nlp.run(text, DocumentMeta(id=f"d{i}", lang=lang, date=date))
        rec = doc.to_dict()
        rec["tokens"] = [(t.start, t.end, t.lemma, t.sent, t.space_after) for t in doc.tokens]
        rec["sents"] = [(s.start, s.end, s.tok_start, s.tok_end) for s in doc.sents]
        rec["mentions"] = [(m.start, m.end, m.kind, m.tok_start, m.tok_end, m.actor) for m in doc.mentions]
        out.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
