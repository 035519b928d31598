"""Throughput of `cronaca extract` on one core, against spaCy's blank tokenizer in the same run.

    python benchmarks/throughput.py [--repeat 20] [--lang it|en|all]

Corpus: the gold articles we wrote (tests/gold/**.yaml) plus the user's seed article when ../shared
is present, repeated. Prints articles/s and words/s for: spaCy blank tokenizer alone, tokenizer +
lookup lemmas, the full cronaca pipeline; and the ratios the performance target is stated in.
Memory: peak RSS before and after, to show it stays flat over the run.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

REPO = Path(__file__).resolve().parents[1]
SEED_DIR = REPO.parent / "shared" / "seed"


def corpus(lang: str) -> list[tuple[str, str, str | None]]:
    import yaml

    docs: list[tuple[str, str, str | None]] = []
    for p in sorted((REPO / "tests" / "gold").rglob("*.yaml")):
        g = yaml.safe_load(p.read_text(encoding="utf-8"))
        if lang in ("all", g.get("lang")):
            docs.append((g["text"], g["lang"], str(g.get("date")) if g.get("date") else None))
    if SEED_DIR.exists() and lang in ("all", "it"):
        for p in sorted(SEED_DIR.glob("*.txt")):
            docs.append((p.read_text(encoding="utf-8"), "it", "2021-12-15"))
    if not docs:
        sys.exit("no articles found: tests/gold is empty and ../shared/seed is absent")
    return docs


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timeit(fn, docs, repeat: int) -> float:
    t0 = time.perf_counter()
    for _ in range(repeat):
        for d in docs:
            fn(d)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--lang", default="all", choices=["all", "it", "en"])
    args = ap.parse_args()

    from cronaca import lang as packs
    from cronaca.model import Document, DocumentMeta
    from cronaca.pipeline import Pipeline

    docs = corpus(args.lang)
    n_docs = len(docs) * args.repeat
    words = sum(len(t.split()) for t, _, _ in docs) * args.repeat
    print(f"corpus: {len(docs)} articles x {args.repeat} = {n_docs} articles, {words} words "
          f"({words / n_docs:.0f} words/article)")

    tokenizers = {lg: packs.nlp(lg).tokenizer for lg in {d[1] for d in docs}}
    lemmas = {lg: packs.lemma_table(lg) for lg in tokenizers}
    pipe = Pipeline()
    # warm-up: loads every lexicon once, outside the timed loops
    for text, lg, date in docs:
        pipe(Document(text, DocumentMeta(id="w", lang=lg, date=date)))

    def tok(d):
        tokenizers[d[1]](d[0])

    def tok_lemma(d):
        table = lemmas[d[1]]
        for t in tokenizers[d[1]](d[0]):
            table.get(t.lower_, t.lower_)

    def full(d):
        pipe(Document(d[0], DocumentMeta(id="b", lang=d[1], date=d[2])))

    rss0 = rss_mb()
    results = {}
    for name, fn in [("spacy blank tokenizer", tok), ("tokenizer + lookup lemmas", tok_lemma), ("cronaca extract", full)]:
        secs = timeit(fn, docs, args.repeat)
        results[name] = n_docs / secs
        print(f"{name:28s} {n_docs / secs:8.1f} articles/s {words / secs:10.0f} words/s")
    c = results["cronaca extract"]
    print(f"ratio cronaca / blank tokenizer:         {c / results['spacy blank tokenizer']:.2f}")
    print(f"ratio cronaca / tokenizer+lemmas:        {c / results['tokenizer + lookup lemmas']:.2f}")
    # CPU time per stage: robust to other load on the machine, and says where the time goes.
    per_stage = dict.fromkeys([name for name, _ in pipe.stages], 0.0)
    for _ in range(args.repeat):
        for text, lg, date in docs:
            doc = Document(text, DocumentMeta(id="s", lang=lg, date=date))
            for name, stage in pipe.stages:
                t0 = time.process_time()
                stage(doc)
                per_stage[name] += time.process_time() - t0
    total = sum(per_stage.values())
    print("CPU time per 250-word article, by stage:")
    for name, secs in per_stage.items():
        print(f"  {name:10s} {secs * 1000 / (words / 250):.3f} ms")
    ms_250 = total * 1000 / (words / 250)
    print(f"  total      {ms_250:.3f} ms -> {1000 / ms_250:.0f} articles/s of 250 words (CPU time, one core)")
    print(f"peak RSS: {rss0:.0f} MB after warm-up, {rss_mb():.0f} MB at the end")


if __name__ == "__main__":
    main()
