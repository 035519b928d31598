"""Articles/s of the whole pipeline (analyze, actors, time, quotes, events) on one core.

    python benchmarks/pipeline_speed.py [--repeat 200] [--no-seed]
    python benchmarks/pipeline_speed.py --gold tests/gold [--repeat 20] [--profile]

--gold: per-stage CPU time (time.process_time) over the texts of the gold directory, in ms per 250
words, each stage warmed up; --profile adds a cProfile of the events stage alone.

Corpus: the user's seed article (../shared/seed, read in place; skipped when absent) plus two
~250-word news articles written here, one Italian and one English, each repeated. Also reports the
share of time spent in the events stage. One process, one thread; every stage is warmed up (lexicons
and lemma tables loaded) before timing.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "000_a4a39e94d316f04d.txt"

# Our own articles (invented events, about 250 words each).
IT_SAMPLE = (
    "Il ministro degli Esteri francese ha incontrato martedì a Berlino il suo omologo tedesco, una "
    "settimana dopo che i leader dell'Unione europea avevano approvato un nuovo pacchetto di sanzioni "
    "contro la Russia. Secondo fonti diplomatiche, i due hanno discusso del sostegno militare "
    "all'Ucraina e della possibilità di inviare nuovi sistemi di difesa aerea entro la fine del mese.\n"
    "«Non lasceremo sola Kiev», ha detto il ministro francese ai giornalisti, aggiungendo che Parigi è "
    "disposta a cooperare con Berlino per accelerare le consegne. Il Cremlino ha accusato la Francia di "
    "prolungare il conflitto, cosa che l'Eliseo nega.\n"
    "Mosca ha intanto schierato altre truppe al confine con la Finlandia, mentre la Nato ha avviato "
    "un'esercitazione nel Baltico. Il portavoce del Cremlino Dmitry Peskov ha detto che la Russia "
    "potrebbe rispondere con misure tecniche e militari. La Cina ha invitato tutte le parti alla "
    "moderazione e ha proposto colloqui tra Russia e Ucraina con la mediazione delle Nazioni Unite.\n"
    "A Roma, migliaia di persone hanno manifestato davanti al Parlamento contro l'aumento delle spese "
    "militari. La polizia ha arrestato dieci attivisti che avevano bloccato una strada. Il governo "
    "italiano ha respinto le critiche dell'opposizione e ha ribadito il suo appoggio all'Ucraina.\n"
)
EN_SAMPLE = (
    "France's foreign minister met his German counterpart in Berlin on Tuesday, a week after European "
    "Union leaders approved a new package of sanctions against Russia. According to diplomats, the two "
    "discussed military aid to Ukraine and the possibility of sending new air defence systems by the "
    "end of the month.\n"
    "\"We will not leave Kyiv alone,\" the French minister told reporters, adding that Paris was ready "
    "to cooperate with Berlin to speed up deliveries. The Kremlin accused France of prolonging the "
    "conflict, a charge the Elysee denies.\n"
    "Moscow has meanwhile deployed more troops to the border with Finland, while NATO began an exercise "
    "in the Baltic. Kremlin spokesman Dmitry Peskov said Russia could respond with military measures. "
    "China urged all sides to show restraint and proposed talks between Russia and Ukraine mediated by "
    "the United Nations.\n"
    "In Rome, thousands of people protested outside parliament against higher military spending. Police "
    "arrested ten activists who had blocked a road. The Italian government rejected the opposition's "
    "criticism and reaffirmed its support for Ukraine.\n"
)


def corpus(use_seed: bool) -> list[tuple[str, str, str]]:
    docs = [(IT_SAMPLE, "it", "2024-03-13"), (EN_SAMPLE, "en", "2024-03-13")]
    if use_seed and SEED.exists():
        docs.append((SEED.read_text(encoding="utf-8"), "it", "2021-12-15"))
    return docs


def gold_timing(directory: str, repeat: int, profile: bool) -> None:
    """CPU ms per 250 words of each stage over the gold texts (earlier stages run untimed)."""
    import cProfile
    import pstats

    import yaml

    from cronaca.model import Document, DocumentMeta
    from cronaca.pipeline import Pipeline

    pipe = Pipeline()
    docs = []
    for path in sorted(Path(directory).rglob("*.yaml")):
        g = yaml.safe_load(path.read_text(encoding="utf-8"))
        docs.append((g["text"], g["lang"], str(g.get("date") or "")))
    words = sum(len(t.split()) for t, _, _ in docs) * repeat
    stage_time = {name: 0.0 for name, _ in pipe.stages}
    prof = cProfile.Profile() if profile else None
    for warm in (True, False):
        for _ in range(1 if warm else repeat):
            for text, lang, date in docs:
                doc = Document(text=text, meta=DocumentMeta(id="x", lang=lang, date=date or None))
                for name, stage in pipe.stages:
                    if prof is not None and name == "events" and not warm:
                        prof.enable()
                    s = time.process_time()
                    stage(doc)
                    if not warm:
                        stage_time[name] += time.process_time() - s
                    if prof is not None and name == "events" and not warm:
                        prof.disable()
    print(f"gold: {len(docs)} texts, {words // (repeat * len(docs))} words on average, x{repeat}")
    for name, t in stage_time.items():
        print(f"  {name:8s} {1000 * t * 250 / words:6.3f} ms per 250 words")
    if prof is not None:
        pstats.Stats(prof).sort_stats("tottime").print_stats(25)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=200)
    ap.add_argument("--no-seed", action="store_true", help="leave the seed article out")
    ap.add_argument("--gold", help="time each stage over the texts of this gold directory")
    ap.add_argument("--profile", action="store_true", help="with --gold: cProfile the events stage")
    args = ap.parse_args()
    if args.gold:
        gold_timing(args.gold, args.repeat, args.profile)
        return

    from cronaca.model import Document, DocumentMeta
    from cronaca.pipeline import Pipeline

    pipe = Pipeline()
    docs = corpus(not args.no_seed)
    for text, lang, date in docs:  # warm-up: load every table once
        pipe(Document(text=text, meta=DocumentMeta(id="warm", lang=lang, date=date)))
    stage_time = {name: 0.0 for name, _ in pipe.stages}
    words = 0
    n = 0
    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for text, lang, date in docs:
            doc = Document(text=text, meta=DocumentMeta(id="x", lang=lang, date=date))
            for name, stage in pipe.stages:
                s = time.perf_counter()
                stage(doc)
                stage_time[name] += time.perf_counter() - s
            words += len(text.split())
            n += 1
    total = time.perf_counter() - t0
    print(f"corpus: {len(docs)} articles ({'with' if len(docs) == 3 else 'without'} the seed), "
          f"{words // n} words on average, x{args.repeat}")
    print(f"whole pipeline: {n / total:.0f} articles/s, {words / total:.0f} words/s on one core")
    for name, t in stage_time.items():
        print(f"  {name:8s} {1000 * t / n:6.2f} ms/article  ({100 * t / total:4.1f}%)")


if __name__ == "__main__":
    main()
