"""The actors stage's lookups that skip work (speed pass) find what a walk over every token and every
pattern finds: `_positions` (keyword positions from the document's word set) and `_match` (a bucket's
patterns narrowed by their second token)."""

from __future__ import annotations

from cronaca.actors import _match, _positions
from cronaca.actors.lexicon import Pattern, lexicon
from cronaca.analyze import analyze
from cronaca.model import Document, DocumentMeta, Token

SENTENCES = {
    "it": [
        "Il ministro degli Esteri italiano ha incontrato a Roma il segretario generale della Nato, "
        "poi la Procura di Milano ha aperto un fascicolo sul Ministero delle Infrastrutture.",
        "San Marino e la Santa Sede hanno firmato l'accordo; il presidente della Repubblica francese "
        "era a Parigi, mentre il Consiglio europeo si riuniva a Bruxelles.",
        "La polizia di Stato ha fermato tre persone vicino alla Camera dei deputati, ha detto il "
        "portavoce del governo.",
    ],
    "en": [
        "The Prime Minister of the United Kingdom met the UN Secretary-General in New York, and the "
        "Foreign Office said talks with the European Commission would resume.",
        "Police in Port Moresby arrested two men, the Supreme Court of Justice said on Monday.",
    ],
}


def _doc(text: str, lang: str) -> Document:
    doc = Document(text=text, meta=DocumentMeta(id="t", lang=lang, date="2024-05-06"))
    analyze(doc)
    return doc


def _keys(toks: list[Token]) -> list[str]:
    return [t.lower.replace("’", "'") for t in toks]


def _walk(index: dict[str, list[Pattern]], keys: list[str], toks: list[Token], i: int) -> Pattern | None:
    """The plain walk over the whole bucket: the reference for _match."""
    bucket = index.get(keys[i])
    if not bucket:
        return None
    n = len(keys)
    for p in bucket:
        size = len(p.toks)
        if i + size > n or any(keys[i + m] != p.toks[m] for m in range(1, size)):
            continue
        if all((c != 1 or toks[i + m].text[:1].isupper()) and (c != 2 or toks[i + m].text == p.surface[m])
               for m, c in enumerate(p.case)):
            return p
    return None


def test_match_equals_the_walk_over_the_bucket() -> None:
    compared = found = 0
    for lang, sentences in SENTENCES.items():
        lex = lexicon(lang)
        for text in sentences:
            toks = _doc(text, lang).tokens
            keys = _keys(toks)
            for index in (lex.gazetteer, lex.roles, lex.institutions):
                for i in range(len(toks)):
                    want = _walk(index, keys, toks, i)
                    assert _match(index, keys, toks, i) is want, (lang, keys[i:i + 4])
                    compared += 1
                    found += want is not None
    assert found >= 10  # the sentences do name places, offices and bodies
    assert compared > 300


def test_positions_equal_a_scan_of_every_token() -> None:
    lex = lexicon("it")
    toks = _doc(" ".join(SENTENCES["it"]), "it").tokens
    keys = _keys(toks)
    kset = set(keys)
    n = len(keys)
    word_sets = [lex.org_keywords, lex.pass1_keys, set(lex.demonyms), {"di", "il", "la"}, {"nessuna"}, set()]
    for words in word_sets:
        for stop in (n, n - 1, n // 2):
            want = [i for i in range(stop) if keys[i] in words]
            assert _positions(keys, words, stop, kset) == want
    assert _positions(keys, {"di", "della", "del", "dei", "delle"}, n, kset)  # many hits: the compress pass
