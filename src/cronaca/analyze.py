"""Analysis stage: tokens, sentences and lemmas over the loaded text.

spaCy's blank tokenizer gives tokens with exact character offsets (it splits elisions such as
l'Ucraina and l’Ucraina, and every quotation mark). Lemmas come from spaCy's lookup tables
(spacy-lookups-data). Sentences are split here rather than by spaCy's sentencizer because news text
needs two extra rules: a line break always ends a sentence (headlines, paragraphs without a final
period), and a closing quotation mark after the final period belongs to the sentence it closes.
"""

from __future__ import annotations

from functools import cache

from spacy.attrs import IDX, IS_SPACE, LENGTH, SPACY

from cronaca import lang as langpacks
from cronaca.model import Document, Sentence, Token

_FINAL = {".", "!", "?", "…", "...", "!?", "?!"}
_CLOSERS = {"»", "”", '"', "’", "'", ")", "]"}


def analyze(doc: Document) -> None:
    lang = doc.meta.lang or "it"
    tokenizer = langpacks.nlp(lang).tokenizer
    lemmas = langpacks.lemma_table(lang)
    text = doc.text
    n_text = len(text)
    # First pass: plain columns (text, offsets, trailing space) for the non-space tokens, and the
    # token indices where a line break starts a new sentence. Token objects are built only once the
    # sentence of each token is known, so no token is written twice.
    texts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    spaces: list[bool] = []
    breaks: list[int] = []
    break_before = False  # the next real token starts a new sentence
    # The tokenizer runs line by line. spaCy splits on whitespace before anything else, so a line's
    # tokens are the same as in the whole text; but its chunk cache is switched off for the rest of
    # a call once a special case matched, and "\n" is one: called on the whole article, every chunk
    # after the first line break is re-split with the affix regexes on every call.
    for offset, line in _lines(text):
        if offset:
            break_before = True  # a line break came before this line
        if not line:
            continue
        sdoc = tokenizer(line)
        if not len(sdoc):
            continue
        # One bulk export of the offsets: reading spaCy Token attributes one by one costs more
        # than the tokenizer itself.
        rows = sdoc.to_array([IDX, LENGTH, SPACY, IS_SPACE]).tolist()
        for idx, length, space_after, is_space in rows:
            idx += offset
            end = idx + length
            if is_space:
                if "\n" in text[idx:end]:
                    break_before = True
                continue
            if break_before:
                if texts:
                    breaks.append(len(texts))
                break_before = False
            texts.append(text[idx:end])
            starts.append(idx)
            ends.append(end)
            spaces.append(bool(space_after))
            if space_after and end < n_text and text[end] == "\n":
                break_before = True
    n = len(texts)
    if n == 0:
        doc.tokens = []
        doc.sents = []
        return
    lowers = [t.lower() for t in texts]
    get_lemma = lemmas.get
    lemma_col = list(map(get_lemma, lowers, lowers))
    # second pass: split after final punctuation (+ closers) when the next token can open a sentence
    ordered = _split(texts, starts, ends, lowers, breaks, _abbreviations(lang))
    sents: list[Sentence] = []
    sent_col: list[int] = []
    for si, a in enumerate(ordered):
        b = ordered[si + 1] if si + 1 < len(ordered) else n
        sents.append(Sentence(i=si, start=starts[a], end=ends[b - 1], tok_start=a, tok_end=b))
        sent_col.extend([si] * (b - a))
    doc.tokens = list(map(Token, range(n), texts, starts, ends, lowers, lemma_col, sent_col, spaces))
    doc.sents = sents


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) for each line of `text`, without the "\\n" that ends it."""
    out: list[tuple[int, str]] = []
    start = 0
    end = text.find("\n")
    while end >= 0:
        out.append((start, text[start:end]))
        start = end + 1
        end = text.find("\n", start)
    out.append((start, text[start:]))
    return out


@cache
def _abbreviations(lang: str) -> frozenset[str]:
    if not langpacks.has_data(lang, "analysis"):
        return frozenset()
    return frozenset(str(w).lower() for w in langpacks.load_yaml(lang, "analysis").get("abbreviations", []))


def _split(
    texts: list[str],
    starts: list[int],
    ends: list[int],
    lowers: list[str],
    breaks: list[int],
    abbreviations: frozenset[str],
) -> list[int]:
    """Sorted first-token indices of the sentences: line breaks (from the first pass) plus
    punctuation boundaries."""
    n = len(texts)
    first = {0, *breaks}
    # Closers and final marks are disjoint sets, so each final mark can be looked at on its own
    # (the closers after it are never final marks themselves).
    for k in [k for k, t in enumerate(texts) if t in _FINAL]:
        if (
            texts[k] == "."
            and k > 0
            and ends[k - 1] == starts[k]
            and lowers[k - 1] in abbreviations
            and k + 1 < n
            and texts[k + 1][:1] not in "«“\"‘"
        ):
            continue
        j = k + 1
        while j < n and texts[j] in _CLOSERS and starts[j] == ends[j - 1]:
            j += 1
        if j < n and _can_open(texts[j]) and starts[j] > ends[j - 1]:
            first.add(j)
    return sorted(first)


def _can_open(text: str) -> bool:
    c = text[:1]
    return c.isupper() or c.isdigit() or c in "«“\"‘'(—-"
