"""analyze() gives spaCy's tokens without calling spaCy on plain words (_Chunker): the tokens must be
exactly those of spaCy's tokenizer run on each whole line, whatever the chunks look like."""

import random

import pytest

from cronaca import lang as langpacks
from cronaca.analyze import _LOWER, _MARKS, _NUMBER, _SHAPED, _Chunker, _lines, _shaped_entry, analyze
from cronaca.model import Document, DocumentMeta

LANGS = list(langpacks.SUPPORTED)

TEXTS = {
    "it": [
        "Il ministro degli Esteri, Luigi Rossi, ha incontrato l'omologo tedesco dell’Ue a Bruxelles.",
        "«Non è accettabile», ha detto al Tg1 (Rai) il sottosegretario; poi: «ne riparleremo».",
        "L'accordo del 2019 (art. 5) vale 1.200.000 euro, cioè il 3,5% del bilancio: e-mail e/o fax.",
        "Nel IV sec. a.C. la città... era già nota!? Sì: l’ha scritto Tacito.",
        "Il post del deputato finiva così: «ci vediamo domani :) », con un'altra faccina ;-) e un XD.",
        "Emoticon staccate dal testo: ) :)=o e poi -( =(3 e ancora ( ;)o_) fine.",
        "Spazi\u00a0non separabili,\tuna tabulazione  e due spazi; poi 18.30 e 5km a sud-est.",
        "Ha scritto su X: \"Basta!\" — e la Farnesina ha risposto con un comunicato.",
    ],
    "en": [
        "The U.S. Secretary of State met his Chinese counterpart on Monday, officials said.",
        "\"We don't seek conflict,\" he told reporters at 9 a.m. local time; \"we can't\" accept it.",
        "Officials said the talks would resume in mid-2024 (after the summit) — maybe.",
        "She wrote :-) and then ) :)=o before the post was deleted, the BBC's reporter said.",
        "Cannot, gonna and dont are split by the tokenizer's special cases, as is it's.",
    ],
}


def spacy_tokens(text: str, lang: str) -> list[tuple[int, int, bool]]:
    """spaCy's tokenizer on each line: the reference analyze() must reproduce."""
    tok = langpacks.nlp(lang).tokenizer
    out = []
    for offset, line in _lines(text):
        out += [(offset + t.idx, offset + t.idx + len(t), bool(t.whitespace_)) for t in tok(line) if not t.is_space]
    return out


def analyzed(text: str, lang: str) -> list[tuple[int, int, bool]]:
    doc = Document(text=text, meta=DocumentMeta(id="t", lang=lang))
    analyze(doc)
    for t in doc.tokens:
        assert text[t.start : t.end] == t.text
    return [(t.start, t.end, t.space_after) for t in doc.tokens]


@pytest.mark.parametrize("lang", LANGS)
def test_tokens_are_spacys_on_news_sentences(lang: str) -> None:
    for text in TEXTS[lang]:
        assert analyzed(text, lang) == spacy_tokens(text, lang), text
    whole = "\n".join(TEXTS[lang]) + "\n"
    assert analyzed(whole, lang) == spacy_tokens(whole, lang)


@pytest.mark.parametrize("lang", LANGS)
def test_tokens_are_spacys_on_random_punctuation(lang: str) -> None:
    # Runs of emoticon characters and spaces: special cases that straddle two chunks (": )")
    # are where tokenizing chunk by chunk could differ from spaCy.
    rng = random.Random(11)
    alphabet = list(":-()8D';=o^_.x<3a") + [" ", " ", "  ", "\t"]
    for _ in range(1500):
        text = "Nota " + "".join(rng.choice(alphabet) for _ in range(rng.randint(2, 12))) + " fine."
        assert analyzed(text, lang) == spacy_tokens(text, lang), repr(text)


@pytest.mark.parametrize("lang", LANGS)
def test_straddling_special_case_is_seen(lang: str) -> None:
    # spaCy joins ":" and ")" of ") :)=o" across the space; tokenized alone, ":)" would be one token
    text = "Il testo ) :)=o finisce qui."
    tok = langpacks.nlp(lang).tokenizer
    alone = [t.text for t in tok(":)=o")]
    together = [t.text for t in tok(") :)=o")][1:]
    assert alone != together  # the case exists in this spaCy version: the test below means something
    assert analyzed(text, lang) == spacy_tokens(text, lang)


@pytest.mark.parametrize("lang", LANGS)
def test_letters_alone_are_never_split(lang: str) -> None:
    # The chunker's shortcut: a letters-only chunk that is not a special case is one token. No
    # prefix, suffix or infix rule may match letters alone, for any letter of Unicode.
    tok = langpacks.nlp(lang).tokenizer
    letters = [chr(c) for c in range(0x110000) if chr(c).isalpha()]
    for c in letters:
        assert not tok.find_prefix(c + "a"), c
        assert not tok.find_suffix("a" + c), c
    for probe in ("".join(letters), "a".join(letters), "A".join(letters)):
        assert not tok.find_infix(probe)
    # and real words, through the tokenizer itself
    words = [w for w in langpacks.lemma_table(lang) if w.isalpha() and w not in tok.rules][:3000]
    for w in words:
        assert len(tok(w)) == 1, w


@pytest.mark.parametrize("lang", LANGS)
def test_a_closing_mark_after_letters_is_its_own_token(lang: str) -> None:
    # The chunker's second shortcut: letters + one of _MARKS is two tokens (the period only after
    # one of _LOWER), for letters of every script; the real tokenizer is the judge.
    tok = langpacks.nlp(lang).tokenizer
    letters = [chr(c) for c in range(0x110000) if chr(c).isalpha()]
    sample = [c for c in letters if ord(c) < 0x530] + letters[::97]
    for mark in _MARKS:
        ends = _LOWER if mark == "." else sample
        for c in ends:
            word = "ab" + c
            assert [t.text for t in tok(word + mark)] == [word, mark], (word, mark)
    words = [w for w in langpacks.lemma_table(lang) if w.isalpha()][:1500]
    for w in words:
        text = f"{w}, {w}; {w}: {w}! {w}? ({w}) «{w}» {w}. {w.capitalize()}. {w.upper()}."
        assert analyzed(text, lang) == spacy_tokens(text, lang), w


@pytest.mark.parametrize("lang", LANGS)
def test_numbers_and_a_closing_mark_are_split_as_spacy_does(lang: str) -> None:
    # The number shortcut (_NUMBER): ASCII digits, perhaps one "." "," ":" between digits, then at
    # most one closing mark, split without spaCy; the real tokenizer judges every mark, the period
    # included, and the sentences of a news brief full of figures.
    tok = langpacks.nlp(lang).tokenizer
    rng = random.Random(7)
    numbers = [str(i) for i in range(1000)] + ["007", "0,5", "2010", "1945", "18.30", "9:45", "3,5", "100.000"]
    numbers += [f"{rng.randint(0, 99999)}{rng.choice('.,:')}{rng.choice(['0', '05', '30', '125', '5000'])}" for _ in range(300)]
    for num in numbers:
        for mark in ["", *_MARKS]:
            chunk = num + mark
            assert _NUMBER(chunk) is not None, chunk
            if chunk in tok.rules or num in tok.rules or mark in tok.rules:
                continue  # a special case ("8)", an emoticon): the shortcut leaves it to spaCy
            assert [t.text for t in tok(chunk)] == [num, *([mark] if mark else [])], chunk
    assert _NUMBER("1.000.000") is None and _NUMBER("٣") is None and _NUMBER("5km") is None
    text = ("Alle 18.30 del 12 marzo 2024 i feriti erano 37, i dispersi 5; il bilancio (2,5 milioni) sale al 3,5%. "
            "Il treno delle 9:45? Partito alle 10. Nel 1945: «fine» a quota 100.000, poi 7) e 8!")
    assert analyzed(text, lang) == spacy_tokens(text, lang)


def test_cache_bound_keeps_tokens_right() -> None:
    # A tiny cache is emptied (and the bare tokenizer renewed) on almost every article: the tokens
    # must not change, and the cache never holds more than one article's chunks past its bound.
    chunker = _Chunker("it", max_cache=8)
    for text in TEXTS["it"] * 2:
        chunker.learn(text)
        assert len(chunker.cache) <= max(8, len(set(text.split())))
        for chunk in text.split():
            assert chunk.isalpha() or chunk in chunker.cache
        cols: tuple[list, list, list, list] = ([], [], [], [])
        chunker.tokenize(text, 0, len(text), *cols)
        assert list(zip(cols[1], cols[2], cols[3], strict=True)) == spacy_tokens(text, "it"), text


def test_cache_emptied_between_learn_and_tokenize() -> None:
    # In a threaded server another request's learn() can empty the shared cache between this
    # article's learn() and tokenize(): the chunks must be learned again, not taken for words.
    chunker = _Chunker("it")
    for text in TEXTS["it"]:
        chunker.learn(text)
        chunker.cache.clear()
        cols: tuple[list, list, list, list] = ([], [], [], [])
        chunker.tokenize(text, 0, len(text), *cols)
        assert list(zip(cols[1], cols[2], cols[3], strict=True)) == spacy_tokens(text, "it"), text


def test_marked_and_elided_words_are_split_as_spacy_does() -> None:
    # The chunker's third shortcut (Italian): an opening mark, an elided word and its apostrophe,
    # a word, up to two closing marks, split without calling spaCy (_SHAPED). Every Latin-1 letter
    # next to each mark and on either side of the apostrophe; the real tokenizer judges.
    tok = langpacks.nlp("it").tokenizer
    latin = [chr(c) for c in range(0x41, 0x100) if chr(c).isalpha()]
    openers = ["", "«", "(", '"', "“", "‘", "["]
    chunks = []
    for q in "'’":
        for c in latin:
            chunks += [f"d{c}{q}ab", f"{c}{q}ab", f"ab{q}{c}", f"ab{q}{c}b", f"{c}ab{q}b{c}"]
            chunks += [f"l{q}ab{c}{mark}" for mark in _MARKS]
        chunks += [f"l{q}s", f"l{q}S", f"l{q}s,", f"po{q}ab", f"E{q}ab", f"L{q}art.", f"(l{q}art.", f"«l{q}s»"]
    for o in openers[1:]:
        chunks += [f"{o}{c}ab" for c in latin] + [f"{o}ab{c}" for c in latin] + [f"{o}l'ab{c}»," for c in latin]
    for m1 in _MARKS:
        for m2 in _MARKS:
            for o in openers:
                chunks += [f"{o}ab{c}{m1}{m2}" for c in latin]
    chunks += ["dell'Ue.", "dell'UE.", "all'art.", "l'8", "l'«Ue»", "nell'ottobre»", "all'e-mail", "(ERA),"]
    chunks += ["«XD", "(e", "(o)", "(a),", "«etc.»", "(art.", "(ecc.)", "“po’", ":)", "(A.", "«US».", "(l'S)"]
    chunker = _Chunker("it")
    shortcut = 0
    for chunk in chunks:
        chunker.learn(chunk)
        m = _SHAPED(chunk)
        shortcut += m is not None and _shaped_entry(m, chunker.rules, chunker.left_edges, chunker.right_edges) is not None
        texts: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        spaces: list[bool] = []
        chunker.tokenize(chunk, 0, len(chunk), texts, starts, ends, spaces)
        assert texts == [t.text for t in tok(chunk)], chunk
    assert shortcut > len(chunks) // 2  # the shortcut was taken, not only spaCy
