"""Speed of the time stage: articles/s of analyze + find_timexes, and of find_timexes alone.

    python benchmarks/timex_speed.py [--repeat 500] [--rounds 5] [--sample]

Corpus: the user's seed article (../shared/seed) when present, else a sample article written here.
One process; the best round is reported (the machine may be shared); the first document is run once before timing so that lexicons are loaded.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from cronaca.analyze import analyze
from cronaca.model import Document, DocumentMeta
from cronaca.timex import find_timexes

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "000_a4a39e94d316f04d.txt"

# Our own sample, for machines without the seed article (about 150 words).
SAMPLE = (
    "Il ministro degli Esteri ha incontrato mercoledì a Roma il suo omologo tedesco, una settimana "
    "dopo il vertice di Bruxelles. Martedì il portavoce aveva detto che i colloqui sarebbero ripresi "
    "il mese prossimo.\n"
    "Secondo fonti diplomatiche, il 3 gennaio si terrà una nuova riunione a Ginevra. L'anno scorso "
    "le trattative si erano interrotte dopo tre giorni, e nel 2015 un accordo simile era fallito.\n"
    "Ieri sera migliaia di persone hanno manifestato davanti al Parlamento. La settimana scorsa "
    "la polizia aveva fermato dieci attivisti, mentre due mesi fa il governo aveva promesso una "
    "riforma entro la fine dell'anno. Nel fine settimana sono previste altre proteste, e a metà "
    "gennaio i sindacati decideranno se proclamare uno sciopero generale.\n"
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=500)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--sample", action="store_true", help="use the built-in sample even if the seed exists")
    args = ap.parse_args()
    if SEED.exists() and not args.sample:
        text, source = SEED.read_text(encoding="utf-8"), "seed article"
    else:
        text, source = SAMPLE, "built-in sample"
    words = len(text.split())

    def make() -> Document:
        return Document(text=text, meta=DocumentMeta(id="b", lang="it", date="2021-12-15"))

    warm = make()
    analyze(warm)
    find_timexes(warm)

    # CPU time, best of several rounds: on a shared machine this is the closest to one free core.
    best_both = best_timex = float("inf")
    n = max(1, args.repeat // args.rounds)
    for _ in range(args.rounds):
        t0 = time.process_time()
        docs = []
        for _ in range(n):
            d = make()
            analyze(d)
            docs.append(d)
        t_analyze = time.process_time() - t0
        t0 = time.process_time()
        for d in docs:
            find_timexes(d)
        t_timex = time.process_time() - t0
        best_both = min(best_both, t_analyze + t_timex)
        best_timex = min(best_timex, t_timex)

    print(f"corpus: {source}, {words} words, {len(warm.timexes)} timexes; best of {args.rounds} rounds x {n}")
    print(f"analyze + timex: {n / best_both:8.1f} articles/s")
    print(f"timex alone:     {n / best_timex:8.1f} articles/s ({1000 * best_timex / n:.3f} ms/article)")

if __name__ == "__main__":
    main()
