"""analyze() runs spaCy's tokenizer line by line (for its chunk cache): the tokens must be the ones
the tokenizer gives on the whole text, and every line break must still end a sentence."""

import pytest

from cronaca import lang as langpacks
from cronaca.analyze import analyze
from cronaca.model import Document, DocumentMeta

TEXTS = {
    "it": (
        "Roma, 3 mar. - Il ministro degli Esteri ha incontrato ieri l’omologo francese.  \n"
        "«Non lasceremo sola Kiev», ha detto ai giornalisti.\r\n\r\n"
        "\tSecondo fonti del governo, l'incontro è durato due ore :) e si è chiuso alle 18.30\n"
        "\n  Il Cremlino ha accusato Parigi di prolungare il conflitto. "
    ),
    "en": (
        "WASHINGTON (AP) — The U.S. Secretary of State met his Chinese counterpart on Monday.\n"
        "\"We don't seek conflict,\" he told reporters at 9 a.m. local time.\n\n\n"
        "Officials said the talks would resume in mid-2024 , after the summit.\n"
    ),
}


@pytest.mark.parametrize("lang", ["it", "en"])
def test_tokens_match_whole_text_tokenizer(lang: str) -> None:
    text = TEXTS[lang]
    doc = Document(text=text, meta=DocumentMeta(id="t", lang=lang))
    analyze(doc)
    whole = langpacks.nlp(lang).tokenizer(text)
    expected = [(t.idx, t.idx + len(t), bool(t.whitespace_)) for t in whole if not t.is_space]
    assert [(t.start, t.end, t.space_after) for t in doc.tokens] == expected


@pytest.mark.parametrize("lang", ["it", "en"])
def test_every_line_break_ends_a_sentence(lang: str) -> None:
    text = TEXTS[lang]
    doc = Document(text=text, meta=DocumentMeta(id="t", lang=lang))
    analyze(doc)
    for a, b in zip(doc.tokens, doc.tokens[1:], strict=False):
        if "\n" in text[a.end : b.start]:
            assert b.sent == a.sent + 1, (a.text, b.text)
    # sentences tile the tokens in order
    assert [s.tok_start for s in doc.sents][1:] == [s.tok_end for s in doc.sents][:-1]
    assert doc.sents[-1].tok_end == len(doc.tokens)
