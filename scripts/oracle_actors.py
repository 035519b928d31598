"""How much of the events error is the actors layer's? Score events with the gold actors put in.

The events stage builds its sides from the actors stage's output (`doc.actors`, `doc.mentions`). This
script runs the pipeline twice on a gold folder: as shipped, and with an actors stage that runs the
real one and then replaces its actors and mentions with the gold file's (same names, kinds, codes and
mention spans). The events scores of the two runs bound what a perfect actors layer would give the
events stage as it stands; the quotes stage, which runs after the actors, sees the gold actors too.

    PYTHONPATH=src python scripts/oracle_actors.py tests/gold
    PYTHONPATH=src python scripts/oracle_actors.py tests/gold-heldout --lang en

Only totals are printed, so it may be run on the held-out set.
"""

from __future__ import annotations

import argparse

from cronaca.actors import find_actors
from cronaca.evaluate import GoldDoc, evaluate, load_gold_dir
from cronaca.model import Actor, Document, Mention, Span
from cronaca.pipeline import Pipeline


def gold_actors_stage(gold: dict[str, GoldDoc]):
    """An actors stage that puts in the gold actors of the document with the same text."""

    def stage(doc: Document) -> None:
        find_actors(doc)  # the layers it fills besides actors and mentions stay as shipped
        g = gold.get(doc.text)
        if g is None:
            return
        actors: list[Actor] = []
        mentions: list[Mention] = []
        for i, a in enumerate(g.actors):
            aid = f"g{i + 1}"
            spans = [Span(m.start, m.end, m.text) for m in a.mentions]
            actors.append(
                Actor(id=aid, name=a.name, kind=a.kind, country=a.country, sector=a.sector, igo=a.igo, mentions=spans)
            )
            mentions += [Mention(m.start, m.end, m.text, a.kind, actor=aid, source="gold") for m in a.mentions]
        doc.actors = actors
        doc.mentions = sorted(mentions, key=lambda m: m.start)

    return stage


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="+", help="gold folders")
    ap.add_argument("--lang", choices=["it", "en"])
    args = ap.parse_args()
    for folder in args.gold:
        docs = load_gold_dir(folder, lang=args.lang)
        by_text = {d.text: d for d in docs}
        for label, pipe in (
            ("shipped", Pipeline()),
            ("gold actors", Pipeline(replace={"actors": gold_actors_stage(by_text)})),
        ):
            c, _acc, n = evaluate(docs, pipe).totals()
            e, ec = c["events"], c["events.country"]
            print(
                f"{folder} ({n} docs) {label:12s} events P {e.p:.3f} R {e.r:.3f} F1 {e.f1:.3f}"
                f" | events.country P {ec.p:.3f} R {ec.r:.3f} F1 {ec.f1:.3f} | actors F1 {c['actors'].f1:.3f}"
            )


if __name__ == "__main__":
    main()
