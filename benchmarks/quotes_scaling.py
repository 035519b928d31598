"""Time of the quotes stage against article length (250 to 2,000 sentences): it must grow linearly.

    python benchmarks/quotes_scaling.py

The text is our own news-style paragraph (direct, split, partial and indirect quotations, a title in
quotes, "secondo X") repeated; analysis and actors run once outside the timing, only `find_quotes`
is timed (best of 5).
"""

from __future__ import annotations

import time

from cronaca.model import Document, DocumentMeta
from cronaca.pipeline import Pipeline
from cronaca.quotes import find_quotes

PARAGRAPH = (
    "«Il dialogo resta aperto», ha detto ai giornalisti il ministro degli Esteri Antonio Tajani, "
    "«ma servono garanzie». Il ministro ha spiegato che l'Italia sosterrà i negoziati. "
    "Secondo il Cremlino, Mosca non ha ricevuto proposte. Il cosiddetto “piano di pace” non convince "
    "Kiev, e Volodymyr Zelensky ha definito le offerte russe “una trappola”.\n"
)
SENTENCES_PER_PARAGRAPH = 4


def prepared(n_sentences: int) -> Document:
    doc = Document(text=PARAGRAPH * (n_sentences // SENTENCES_PER_PARAGRAPH), meta=DocumentMeta(id="bench", lang="it"))
    pipe = Pipeline(disable=("time", "quotes", "events"))
    pipe(doc)
    return doc


def main() -> None:
    find_quotes(prepared(40))  # load the lexicon once
    print(f"{'sentences':>9} {'quotes':>7} {'ms':>9} {'ms/100 sent':>12}")
    for n in (250, 500, 1000, 2000):
        doc = prepared(n)
        best = float("inf")
        for _ in range(5):
            t0 = time.perf_counter()
            find_quotes(doc)
            best = min(best, time.perf_counter() - t0)
        print(f"{len(doc.sents):>9} {len(doc.quotes):>7} {best * 1000:>9.1f} {best * 1000 * 100 / len(doc.sents):>12.2f}")


if __name__ == "__main__":
    main()
