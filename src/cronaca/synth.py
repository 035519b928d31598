"""Synthetic news corpora for tests and benchmarks, from our own templates (Italian and English).

Each article (~250 words) mixes event sentences (accuse, meet, sanction, threaten, support ...),
direct and indirect quotations of known leaders and ministries, dates and filler context. Output is
JSON Lines records {id, url, source, title, date, lang, text}. Deterministic for a given seed.

The corpus also holds what an ingest must cope with: exact duplicates under another URL (a syndicated
copy), near-duplicate reprints (another outlet, a dateline added, a sentence changed) and, on request,
broken lines (invalid JSON, a record without text).

    python -m cronaca.synth --n 10000 --seed 7 --out corpus.jsonl
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# (Italian phrase, English phrase) for actors; kept generic and well known.
STATES = [
    ("la Russia", "Russia"), ("l'Ucraina", "Ukraine"), ("la Cina", "China"), ("gli Stati Uniti", "the United States"),
    ("la Francia", "France"), ("la Germania", "Germany"), ("l'Italia", "Italy"), ("il Regno Unito", "the United Kingdom"),
    ("la Turchia", "Turkey"), ("l'Iran", "Iran"), ("il Giappone", "Japan"), ("la Polonia", "Poland"),
]
INSTITUTIONS = [
    ("il Cremlino", "the Kremlin"), ("la Casa Bianca", "the White House"), ("la Nato", "NATO"),
    ("l'Unione europea", "the European Union"), ("il Pentagono", "the Pentagon"), ("le Nazioni Unite", "the United Nations"),
]
PEOPLE = [
    ("il presidente russo Vladimir Putin", "Russian President Vladimir Putin", "Putin"),
    ("il presidente cinese Xi Jinping", "Chinese President Xi Jinping", "Xi"),
    ("il presidente americano Joe Biden", "US President Joe Biden", "Biden"),
    ("il presidente ucraino Volodymyr Zelensky", "Ukrainian President Volodymyr Zelensky", "Zelensky"),
    ("il ministro degli Esteri russo Sergei Lavrov", "Russian Foreign Minister Sergei Lavrov", "Lavrov"),
    ("il segretario generale della Nato Jens Stoltenberg", "NATO Secretary General Jens Stoltenberg", "Stoltenberg"),
    ("il presidente francese Emmanuel Macron", "French President Emmanuel Macron", "Macron"),
]
OUTLETS = [
    ("Corriere di Prova", "corriere-prova.example"), ("La Gazzetta Sintetica", "gazzetta-sintetica.example"),
    ("Il Quotidiano dei Test", "quotidiano-test.example"), ("Daily Fixture", "dailyfixture.example"),
    ("The Synthetic Herald", "synthetic-herald.example"), ("Agenzia Campione", "agenzia-campione.example"),
]

IT_EVENTS = [
    "{A} ha accusato {B} di aver violato gli accordi sul cessate il fuoco {W}.",
    "{A} ha incontrato {B} {W} per discutere della sicurezza energetica e del commercio.",
    "{A} ha imposto nuove sanzioni contro {B} {W}, colpendo banche e aziende della difesa.",
    "{A} ha minacciato {B} di gravi conseguenze se le truppe non verranno ritirate.",
    "{A} ha espresso pieno sostegno a {B} durante il vertice {W}.",
    "{A} ha respinto la proposta di {B} definendola inaccettabile.",
    "{A} ha chiesto a {B} di riprendere i negoziati il prima possibile.",
    "{A} ha firmato un accordo di cooperazione con {B} {W}.",
    "{A} ha condannato {B} per l'attacco contro le infrastrutture civili.",
    "{A} ha inviato aiuti umanitari a {B} {W}.",
]
EN_EVENTS = [
    "{A} accused {B} of violating the ceasefire agreements {W}.",
    "{A} met {B} {W} to discuss energy security and trade.",
    "{A} imposed new sanctions on {B} {W}, targeting banks and defence companies.",
    "{A} threatened {B} with serious consequences if the troops are not withdrawn.",
    "{A} expressed full support for {B} at the summit {W}.",
    "{A} rejected the proposal made by {B}, calling it unacceptable.",
    "{A} asked {B} to resume negotiations as soon as possible.",
    "{A} signed a cooperation agreement with {B} {W}.",
    "{A} condemned {B} for the attack on civilian infrastructure.",
    "{A} sent humanitarian aid to {B} {W}.",
]
IT_QUOTES = [
    "«Non accetteremo alcuna minaccia alla nostra sicurezza», ha dichiarato {P}.",
    "«Siamo pronti a dialogare, ma servono garanzie concrete», ha detto {P} ai giornalisti.",
    "{P} ha affermato che la situazione al confine resta molto tesa.",
    "Secondo {P}, le trattative potrebbero riprendere entro la fine del mese.",
    "«La nostra posizione non è cambiata», ha ribadito {P} in una conferenza stampa.",
]
EN_QUOTES = [
    "\u201cWe will not accept any threat to our security,\u201d {P} said.",
    "\u201cWe are ready to talk, but we need concrete guarantees,\u201d {P} told reporters.",
    "{P} said that the situation at the border remains very tense.",
    "According to {P}, the talks could resume by the end of the month.",
    "\u201cOur position has not changed,\u201d {P} insisted at a press conference.",
]
IT_WHEN = ["mercoledì", "martedì scorso", "ieri", "lunedì", "la settimana scorsa", "oggi"]
EN_WHEN = ["on Wednesday", "last Tuesday", "yesterday", "on Monday", "last week", "today"]
IT_FILLER = [
    "La notizia è stata riportata dalle principali agenzie internazionali nel corso della giornata.",
    "Gli analisti ritengono che la crisi possa avere conseguenze sui mercati dell'energia in tutta Europa.",
    "Nelle ultime settimane la tensione diplomatica è cresciuta in modo costante tra le capitali coinvolte.",
    "Il portavoce del governo non ha voluto aggiungere altri dettagli sui colloqui in corso.",
    "Diverse organizzazioni umanitarie hanno chiesto corridoi sicuri per la popolazione civile della regione.",
    "I prezzi del gas sono saliti di nuovo dopo l'annuncio, secondo i dati diffusi in serata.",
    "Un nuovo incontro tra le delegazioni è previsto per il mese prossimo in una sede ancora da definire.",
    "Fonti diplomatiche descrivono il clima dei colloqui come franco ma difficile.",
]
EN_FILLER = [
    "The news was reported by the main international agencies during the day.",
    "Analysts believe the crisis could affect energy markets across Europe in the coming months.",
    "In recent weeks diplomatic tension has grown steadily between the capitals involved.",
    "A government spokesman declined to give further details about the ongoing talks.",
    "Several humanitarian organisations called for safe corridors for the civilian population of the region.",
    "Gas prices rose again after the announcement, according to figures released in the evening.",
    "A new meeting between the delegations is expected next month at a venue yet to be decided.",
    "Diplomatic sources described the atmosphere of the talks as frank but difficult.",
]
IT_TITLES = ["Tensione tra {X} e {Y}", "Nuovo scontro diplomatico: {X} contro {Y}", "{X} e {Y}, vertice a distanza"]
EN_TITLES = ["Tension between {X} and {Y}", "New diplomatic clash: {X} against {Y}", "{X} and {Y} hold remote summit"]


# Italian articulated prepositions: "a la Russia" -> "alla Russia", "di il Cremlino" -> "del Cremlino".
_IT_PREP = [
    (" a il ", " al "), (" a la ", " alla "), (" a l'", " all'"), (" a gli ", " agli "), (" a le ", " alle "),
    (" di il ", " del "), (" di la ", " della "), (" di l'", " dell'"), (" di gli ", " degli "),
    (" di le ", " delle "),
]


def _it_fix(s: str) -> str:
    for a, b in _IT_PREP:
        s = s.replace(a, b)
    return s


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _actor(rng: random.Random, lang: str) -> str:
    pool = STATES + INSTITUTIONS
    it, en = rng.choice(pool)
    return it if lang == "it" else en


def _person(rng: random.Random, lang: str) -> str:
    p = rng.choice(PEOPLE)
    return p[0] if lang == "it" else p[1]


def article(rng: random.Random, n: int, start: dt.date, lang: str | None = None) -> dict[str, Any]:
    """One synthetic article record."""
    lang = lang or ("it" if rng.random() < 0.6 else "en")
    events, quotes, when, filler, titles = (
        (IT_EVENTS, IT_QUOTES, IT_WHEN, IT_FILLER, IT_TITLES) if lang == "it"
        else (EN_EVENTS, EN_QUOTES, EN_WHEN, EN_FILLER, EN_TITLES)
    )
    sents: list[str] = []
    for _ in range(rng.randint(14, 18)):
        r = rng.random()
        if r < 0.4:
            a, b = _actor(rng, lang), _actor(rng, lang)
            while b == a:
                b = _actor(rng, lang)
            sent = _cap(rng.choice(events).format(A=a, B=b, W=rng.choice(when)))
            sents.append(_it_fix(sent) if lang == "it" else sent)
        elif r < 0.65:
            sents.append(_cap(rng.choice(quotes).format(P=_person(rng, lang))))
        else:
            sents.append(rng.choice(filler))
    paras = []
    i = 0
    while i < len(sents):
        k = rng.randint(2, 4)
        paras.append(" ".join(sents[i : i + k]))
        i += k
    x, y = rng.sample(STATES, 2)
    xs, ys = (x[0], y[0]) if lang == "it" else (x[1], y[1])
    title = _cap(rng.choice(titles).format(X=_strip_article(xs), Y=_strip_article(ys)))
    outlet, host = rng.choice(OUTLETS)
    date = start + dt.timedelta(days=rng.randint(0, 89))
    return {
        "id": f"syn-{n:06d}",
        "url": f"https://{host}/{date:%Y/%m/%d}/{n:06d}",
        "source": outlet,
        "title": title,
        "date": date.isoformat(),
        "lang": lang,
        "text": "\n\n".join(paras),
    }


def _strip_article(s: str) -> str:
    for art in ("la ", "l'", "il ", "gli ", "le ", "the "):
        if s.lower().startswith(art):
            return s[len(art):]
    return s


def reprint(rng: random.Random, rec: dict[str, Any], n: int) -> dict[str, Any]:
    """A near-duplicate in another outlet: a dateline, one sentence dropped or a filler added."""
    outlet, host = rng.choice([o for o in OUTLETS if o[0] != rec["source"]])
    paras = rec["text"].split("\n\n")
    filler = IT_FILLER if rec["lang"] == "it" else EN_FILLER
    if rng.random() < 0.5 and len(paras) > 3:
        paras.pop(rng.randrange(1, len(paras)))
    else:
        paras.append(rng.choice(filler))
    dateline = rng.choice(["ROMA - ", "MOSCA - ", "BRUXELLES - "] if rec["lang"] == "it" else ["LONDON - ", "WASHINGTON - "])
    text = dateline + "\n\n".join(paras)
    return {**rec, "id": f"syn-{n:06d}", "url": f"https://{host}/reprint/{n:06d}", "source": outlet, "text": text}


def generate(
    n: int,
    seed: int = 0,
    duplicates: float = 0.03,
    reprints: float = 0.05,
    start: dt.date = dt.date(2021, 11, 1),
    lang: str | None = None,
) -> list[dict[str, Any]]:
    """`n` records: originals, exact copies under another URL (`duplicates` share) and near-duplicate
    reprints (`reprints` share)."""
    rng = random.Random(seed)
    out: list[dict[str, Any]] = []
    for i in range(n):
        r = rng.random()
        if out and r < duplicates:
            src = rng.choice(out)
            outlet, host = rng.choice(OUTLETS)
            out.append({**src, "id": f"syn-{i:06d}", "url": f"https://{host}/copy/{i:06d}", "source": outlet})
        elif out and r < duplicates + reprints:
            out.append(reprint(rng, rng.choice(out), i))
        else:
            out.append(article(rng, i, start, lang))
    return out


BROKEN_LINES = [
    '{"id": "broken-1", "text": "Una riga troncata a met',  # invalid JSON
    '{"id": "broken-2", "title": "Senza testo"}',  # no text field
    "[1, 2, 3]",  # not an object
]


def iter_lines(records: list[dict[str, Any]], broken: int = 0, seed: int = 0) -> Iterator[str]:
    """JSON Lines text, with `broken` bad lines inserted at seeded positions."""
    rng = random.Random(seed + 1)
    where = set(rng.sample(range(len(records) + 1), min(broken, len(records) + 1)))
    k = 0
    for i, rec in enumerate(records):
        if i in where:
            yield BROKEN_LINES[k % len(BROKEN_LINES)]
            k += 1
        yield json.dumps(rec, ensure_ascii=False)
    if len(records) in where:
        yield BROKEN_LINES[k % len(BROKEN_LINES)]


def write_jsonl(path: str | Path, records: list[dict[str, Any]], broken: int = 0, seed: int = 0) -> Path:
    path = Path(path)
    opener: Any = open
    if path.suffix == ".gz":
        import gzip

        opener = gzip.open
    with opener(path, "wt", encoding="utf-8") as fh:
        for line in iter_lines(records, broken, seed):
            fh.write(line + "\n")
    return path


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m cronaca.synth", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--n", type=int, default=1000, help="number of records (default 1000)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--duplicates", type=float, default=0.03, help="share of exact copies under another URL")
    p.add_argument("--reprints", type=float, default=0.05, help="share of near-duplicate reprints")
    p.add_argument("--broken", type=int, default=0, help="number of broken lines to insert")
    p.add_argument("--lang", choices=["it", "en"], help="one language only (default: 60%% it, 40%% en)")
    p.add_argument("--out", required=True, help="output .jsonl or .jsonl.gz")
    a = p.parse_args(argv)
    recs = generate(a.n, a.seed, a.duplicates, a.reprints, lang=a.lang)
    write_jsonl(a.out, recs, a.broken, a.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
