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
    sdoc = tokenizer(text)
    tokens: list[Token] = []
    sents: list[Sentence] = []
    sent_i = 0
    sent_tok_start = 0
    break_before = False  # the next real token starts a new sentence
    # One bulk export of the offsets: reading spaCy Token attributes one by one costs more than
    # the tokenizer itself.
    rows = sdoc.to_array([IDX, LENGTH, SPACY, IS_SPACE]).tolist() if len(sdoc) else []
    get_lemma = lemmas.get
    for idx, length, space_after, is_space in rows:
        end = idx + length
        tok_text = text[idx:end]
        if is_space:
            if "\n" in tok_text:
                break_before = True
            continue
        if break_before and tokens and tokens[-1].sent == sent_i and sent_tok_start < len(tokens):
            sents.append(_sentence(sent_i, tokens, sent_tok_start, len(tokens)))
            sent_i += 1
            sent_tok_start = len(tokens)
        break_before = False
        lower = tok_text.lower()
        tokens.append(Token(len(tokens), tok_text, idx, end, lower, get_lemma(lower, lower), sent_i, bool(space_after)))
        if space_after and end < len(text) and text[end] == "\n":
            break_before = True
    # second pass: split after final punctuation (+ closers) when the next token can open a sentence
    doc.tokens = tokens
    doc.sents = _split(tokens, sents, _abbreviations(lang))


def _sentence(i: int, tokens: list[Token], a: int, b: int) -> Sentence:
    return Sentence(i=i, start=tokens[a].start, end=tokens[b - 1].end, tok_start=a, tok_end=b)


@cache
def _abbreviations(lang: str) -> frozenset[str]:
    if not langpacks.has_data(lang, "analysis"):
        return frozenset()
    return frozenset(str(w).lower() for w in langpacks.load_yaml(lang, "analysis").get("abbreviations", []))


def _split(tokens: list[Token], sents_hint: list[Sentence], abbreviations: frozenset[str]) -> list[Sentence]:
    """Combine line-break boundaries (from the first pass) with punctuation boundaries."""
    n = len(tokens)
    if n == 0:
        return []
    starts = {0}
    for s in sents_hint:
        starts.add(s.tok_start)
    # line breaks found in the first pass show up as a change of `sent` index
    for k in range(1, n):
        if tokens[k].sent != tokens[k - 1].sent:
            starts.add(k)
    k = 0
    while k < n:
        if tokens[k].text in _FINAL:
            if (
                tokens[k].text == "."
                and k > 0
                and tokens[k - 1].end == tokens[k].start
                and tokens[k - 1].lower in abbreviations
                and k + 1 < n
                and tokens[k + 1].text[:1] not in "«“\"‘"
            ):
                k += 1
                continue
            j = k + 1
            while j < n and tokens[j].text in _CLOSERS and tokens[j].start == tokens[j - 1].end:
                j += 1
            if j < n and _can_open(tokens[j]) and tokens[j].start > tokens[j - 1].end:
                starts.add(j)
            k = j
        else:
            k += 1
    ordered = sorted(starts)
    sents: list[Sentence] = []
    for si, a in enumerate(ordered):
        b = ordered[si + 1] if si + 1 < len(ordered) else n
        sents.append(_sentence(si, tokens, a, b))
        for t in tokens[a:b]:
            t.sent = si
    return sents


def _can_open(tok: Token) -> bool:
    c = tok.text[:1]
    return c.isupper() or c.isdigit() or c in "«“\"‘'(—-"
