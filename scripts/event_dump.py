"""Dump every event the pipeline finds on unseen Italian news, one line each, to diff two versions.

Rules tuned on our gold can spray events on text nobody annotated. Run this before and after a
change and read the diff: new lines are new events to judge by eye, gone lines are lost ones.

    PYTHONPATH=src python scripts/event_dump.py --articles 300 > /tmp/after.tsv
    diff /tmp/before.tsv /tmp/after.tsv | less

The corpus is ~250-word windows of consecutive KIND sentences (real Italian Wikinews) read from
../shared; the script exits with a message when ../shared is absent. Nothing is written to the repo.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))  # the KIND loader shared with the benchmarks

from kindtext import KIND, kind_windows  # noqa: E402


def windows(n_articles: int, words: int = 250) -> list[str]:
    return ["\n".join(sents) for sents in kind_windows(n_articles, words)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=300)
    args = ap.parse_args()
    if not KIND.exists():
        sys.exit(f"no KIND data at {KIND}: this script needs ../shared")
    from cronaca.model import DocumentMeta
    from cronaca.pipeline import Pipeline

    nlp = Pipeline()
    for i, text in enumerate(windows(args.articles)):
        doc = nlp.run(text, DocumentMeta(id=f"kind-{i}", lang="it", date="2010-06-15"))
        names = {a.id: (a.igo or ((a.country or "") + (a.sector or "")) or a.name) for a in doc.actors}
        for e in doc.events:
            src = ",".join(names.get(x, x) for x in e.source) or "-"
            tgt = ",".join(names.get(x, x) for x in e.target) or "-"
            sent = doc.text[e.sentence.start : e.sentence.end].replace("\n", " ")
            trig = doc.text[e.trigger.start : e.trigger.end]
            print(f"{i}\t{e.type}\t{src}\t{tgt}\t{trig}\t{e.modality}\t{sent[:160]}")


if __name__ == "__main__":
    main()
