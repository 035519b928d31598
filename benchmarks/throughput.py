"""Throughput of `cronaca extract` on one core, against spaCy's blank tokenizer in the same run.

    python benchmarks/throughput.py [--corpus kind|gold] [--articles 600] [--repeat 1]

Corpora:
- `kind` (default when ../shared is present): real Italian Wikinews text from
  ../shared/data/kind-wn-train, consecutive sentences joined into ~250-word articles. Every article
  is processed once: this is the figure for a stream of articles the process has never seen.
- `gold`: our own annotated articles (tests/gold), repeated `--repeat` times. Repeated texts hit
  spaCy's tokenizer cache, so this is the optimistic, warm-cache figure.

Each contender gets its own freshly built spaCy tokenizer, so no row profits from the cache another
row filled. Prints articles/s and words/s for: spaCy blank tokenizer alone, tokenizer + lookup
lemmas, the full cronaca pipeline; the ratios the performance target is stated in; CPU time per
stage; peak RSS before and after the run (memory stays flat).
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

from kindtext import KIND, kind_windows

os.environ.setdefault("OMP_NUM_THREADS", "1")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

Doc = tuple[str, str, str | None]  # text, lang, date


def gold_corpus() -> list[Doc]:
    import yaml

    docs: list[Doc] = []
    for p in sorted((REPO / "tests" / "gold").rglob("*.yaml")):
        g = yaml.safe_load(p.read_text(encoding="utf-8"))
        docs.append((g["text"], g["lang"], str(g.get("date")) if g.get("date") else None))
    return docs


def kind_corpus(n_articles: int, words_per_article: int = 250) -> list[Doc]:
    return [(" ".join(sents), "it", "2010-06-15") for sents in kind_windows(n_articles, words_per_article)]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", choices=["kind", "gold"], default="kind" if KIND.exists() else "gold")
    ap.add_argument("--articles", type=int, default=600, help="kind: number of ~250-word articles")
    ap.add_argument("--repeat", type=int, default=1, help="times the corpus is run (gold: use 10+)")
    args = ap.parse_args()

    import spacy

    from cronaca import lang as packs
    from cronaca.model import Document, DocumentMeta
    from cronaca.pipeline import Pipeline

    if args.corpus == "kind":
        if not KIND.exists():
            sys.exit(f"{KIND} is absent: use --corpus gold")
        docs = kind_corpus(args.articles)
    else:
        docs = gold_corpus()
    if not docs:
        sys.exit("no articles found")
    n_docs = len(docs) * args.repeat
    words = sum(len(t.split()) for t, _, _ in docs) * args.repeat
    print(f"corpus {args.corpus}: {len(docs)} articles x {args.repeat} = {n_docs} articles, {words} words "
          f"({words / n_docs:.0f} words/article)")

    langs = sorted({d[1] for d in docs})
    lemmas = {lg: packs.lemma_table(lg) for lg in langs}

    def fresh_tokenizers():
        return {lg: spacy.blank(lg).tokenizer for lg in langs}

    # The pipeline warms up on our gold texts (lexicons load once), not on the measured corpus.
    pipe = Pipeline()
    for text, lg, date in gold_corpus():
        pipe(Document(text, DocumentMeta(id="w", lang=lg, date=date)))
    rss0 = rss_mb()

    def run(fn) -> tuple[float, float]:
        """(CPU seconds, wall seconds) for one pass. CPU time (process_time) is the figure to
        compare: on a shared machine the wall clock also counts the time other processes held the core."""
        t0, c0 = time.perf_counter(), time.process_time()
        for _ in range(args.repeat):
            for d in docs:
                fn(d)
        return time.process_time() - c0, time.perf_counter() - t0

    tok_a = fresh_tokenizers()
    tok_b = fresh_tokenizers()

    def tok(d: Doc) -> None:
        tok_a[d[1]](d[0])

    def tok_lemma(d: Doc) -> None:
        table = lemmas[d[1]]
        for t in tok_b[d[1]](d[0]):
            table.get(t.lower_, t.lower_)

    per_stage = dict.fromkeys([name for name, _ in pipe.stages], 0.0)

    def full(d: Doc) -> None:
        doc = Document(d[0], DocumentMeta(id="b", lang=d[1], date=d[2]))
        for name, stage in pipe.stages:
            t0 = time.process_time()
            stage(doc)
            per_stage[name] += time.process_time() - t0

    # The measured corpus has not been seen by the pipeline's tokenizer (warm-up was on gold); when
    # the corpus is gold, every row has had the same chances to cache.
    results = {}
    print(f"{'':28s} {'CPU time (one core)':>31s}   {'wall clock':>10s}")
    for name, fn in [("spacy blank tokenizer", tok), ("tokenizer + lookup lemmas", tok_lemma), ("cronaca extract", full)]:
        cpu, wall = run(fn)
        results[name] = n_docs / cpu
        print(f"{name:28s} {n_docs / cpu:8.1f} articles/s {words / cpu:10.0f} words/s   {n_docs / wall:8.1f} articles/s")
    c = results["cronaca extract"]
    print(f"ratio cronaca / blank tokenizer (CPU):   {c / results['spacy blank tokenizer']:.2f}")
    print(f"ratio cronaca / tokenizer+lemmas (CPU):  {c / results['tokenizer + lookup lemmas']:.2f}")
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    total = sum(per_stage.values())
    print("CPU time per 250-word article, by stage:")
    for name, secs in per_stage.items():
        print(f"  {name:10s} {secs * 1000 / (words / 250):.3f} ms")
    ms_250 = total * 1000 / (words / 250)
    print(f"  total      {ms_250:.3f} ms -> {1000 / ms_250:.0f} articles/s of 250 words (CPU time, one core)")
    print(f"peak RSS: {rss0:.0f} MB after warm-up, {rss_mb():.0f} MB at the end")


if __name__ == "__main__":
    main()
