"""Analysis stage: tokens, sentences and lemmas over the loaded text.

spaCy's blank tokenizer gives tokens with exact character offsets (it splits elisions such as
l'Ucraina and l’Ucraina, and every quotation mark); `_Chunker` gives the same tokens at a fraction
of its cost on unseen text, by calling it only for the chunks that are not plain words. Lemmas come from spaCy's lookup tables
(spacy-lookups-data). Sentences are split here rather than by spaCy's sentencizer because news text
needs two extra rules: a line break always ends a sentence (headlines, paragraphs without a final
period), and a closing quotation mark after the final period belongs to the sentence it closes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from itertools import compress, filterfalse

from spacy.attrs import IDX, LENGTH, ORTH, SPACY
from spacy.tokenizer import Tokenizer
from spacy.vocab import Vocab

from cronaca import lang as langpacks
from cronaca.model import Document, Sentence, Token

_FINAL = {".", "!", "?", "…", "...", "!?", "?!"}
_CLOSERS = {"»", "”", '"', "’", "'", ")", "]"}


def analyze(doc: Document) -> None:
    lang = doc.meta.lang or "it"
    chunker = _chunker(lang)
    lemmas = langpacks.lemma_table(lang)
    text = doc.text
    # First pass: plain columns (text, offsets, trailing space) for the non-space tokens, and the
    # token indices where a line break starts a new sentence. Token objects are built only once the
    # sentence of each token is known, so no token is written twice.
    texts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    spaces: list[bool] = []
    breaks: list[int] = []
    chunker.learn(text)
    for offset, line in _lines(text):
        if not line or line.isspace():
            continue
        first = len(texts)
        chunker.tokenize(text, offset, offset + len(line), texts, starts, ends, spaces)
        if first and len(texts) > first:
            breaks.append(first)  # a line break always starts a new sentence
    n = len(texts)
    if n == 0:
        doc.tokens = []
        doc.sents = []
        return
    lowers = list(map(str.lower, texts))  # (in C: no bytecode per token)
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
    # the columns later stages scan (Document.lowers, .starts), from the lists built here
    doc.__dict__["_lowers"] = (doc.tokens, lowers)
    doc.__dict__["_starts"] = (doc.tokens, starts)
    doc.__dict__["_lemmas"] = (doc.tokens, lemma_col)
    doc.__dict__["_texts"] = (doc.tokens, texts)
    doc.sents = sents


# Chunks are what spaCy's tokenizer splits on whitespace (str.isspace, as \s here) before anything else.
_SPACES = re.compile(r"(\s+)")
# Keeps chunks apart when they are tokenized together: a word in no special case of any language.
_SEPARATOR = " cronacasep "
# Closing marks that spaCy's suffix rules split from any word before them, the period only after
# one of _LOWER (checked by tests/test_analyze_chunks.py).
_MARKS = frozenset(",;:!?)»\"”.")
_LOWER = frozenset("abcdefghijklmnopqrstuvwxyzàáèéìíòóùú")
# A word with an opening mark before it and up to two closing marks after it, the word perhaps
# elided ("«freddi»,", "(l'indumento", "dell'Ascolto\",", "l'Ucraina"): nearly all the chunks that
# would go through spaCy on Italian news. spaCy splits each mark off (prefix and suffix rules) and
# the elision after its apostrophe (an infix rule), and no other affix rule matches: the letters
# are those of Latin-1, where every rule was checked against the real tokenizer, for each mark and
# each pair of closing marks (tests/test_analyze_chunks.py).
_LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff"
_SHAPED = re.compile(
    f"([«(\"“‘\\[]?)([{_LATIN}]+['’])?([{_LATIN}]+)([,;:!?)»\"”.]?)([,;:!?)»\"”.]?)"
).fullmatch
# A number (ASCII digits, perhaps one "." "," or ":" between digits: "2010", "18.30", "3,5") and
# at most one closing mark: the chunks that went to spaCy most often on unseen news (a third of
# them on KIND windows). spaCy keeps the number one token in both languages and splits the mark
# off, the period included (checked against the real tokenizer for every mark, by
# tests/test_analyze_chunks.py).
_NUMBER = re.compile(r"([0-9]+(?:[.,:][0-9]+)?)([,;:!?)»\"”.]?)").fullmatch
# Pairs of closing marks spaCy does not split in two after a word (emoticons, an ellipsis).
_JOINED_MARKS = frozenset({";)", ":)", "):", ".."})


def _shaped_entry(
    m: re.Match[str], rules: frozenset[str], left: frozenset[str], right: frozenset[str]
) -> tuple[tuple[tuple[int, int], ...], bool, bool] | int | None:
    """The cache entry (see _Chunker.__init__) of a chunk matched by _SHAPED, or None when spaCy
    must decide: a special case among its token sequences, the "'s" suffix, a period that is no
    suffix after that letter, a pair of marks that stays one token."""
    opener, head, word, mark1, mark2 = m.groups()
    if head is not None and word in ("s", "S"):
        return None
    if mark1 == "." and word[-1] not in _LOWER:
        return None
    if mark2 and mark1 + mark2 in _JOINED_MARKS:
        return None
    toks = [t for t in (opener, head, word, mark1, mark2) if t]
    # the strings spaCy's affix loop and its special-case matcher look up: every run of tokens
    for i in range(len(toks)):
        run = ""
        for t in toks[i:]:
            run += t
            if run in rules:
                return None
    pieces: list[tuple[int, int]] = []
    pos = 0
    for t in toks:
        pieces.append((pos, pos + len(t)))
        pos += len(t)
    first = toks[0] in right
    last = toks[-1] in left
    if len(pieces) == 2:
        return pieces[1][0] << 2 | first << 1 | last
    return tuple(pieces), first, last


# Chunks remembered per language; the cache is emptied when it grows past this (memory stays flat).
_CACHE_MAX = 200_000


class _Chunker:
    """spaCy's tokenizer, applied one whitespace-separated chunk at a time.

    spaCy splits a text on whitespace first and then tokenizes each chunk on its own (prefixes,
    suffixes, infixes, special cases), so the tokens of a text are the concatenation of the tokens
    of its chunks. On text it has never seen, most of spaCy's time goes to creating a vocabulary
    entry for each new word and to running the affix regexes on it. Here:
    - a chunk made of letters only, that is not a special case, is one token: no affix rule of our
      languages matches letters alone (tests/test_analyze_chunks.py checks every letter of Unicode
      against each language's rules), so spaCy is not called for it; nor for a word followed by
      one closing mark (_MARKS), which spaCy's suffix rules always split in two;
    - the other chunks of an article that are not in the cache yet are tokenized by a bare copy of
      spaCy's tokenizer in one call, kept apart by a separator word, and the result is remembered.
    The one thing spaCy does across chunks is its special-case matcher, which runs over the tokens
    of the whole call and can see a multi-token special case (an emoticon such as ":-)" written as
    ": -)") straddle two chunks. A chunk whose first or last token could take part in such a match
    is marked, and where two marked edges meet, the chunks go through spaCy together.
    """

    def __init__(self, lang: str, max_cache: int = _CACHE_MAX) -> None:
        self.max_cache = max_cache
        self.spacy_tokenizer = langpacks.nlp(lang).tokenizer
        self.tokenizer = _bare_copy(self.spacy_tokenizer)
        self.rules = frozenset(self.spacy_tokenizer.rules)
        self.left_edges, self.right_edges = _straddle_edges(self.spacy_tokenizer)
        # Marks and elisions around a word are split without spaCy in Italian (see _SHAPED).
        self.shaped = lang == "it"
        # The letters-only chunks that need more than the one-token shortcut: special cases and
        # words at the edge of a straddling special case (one lookup instead of three per word).
        self.special_words = frozenset(
            w for w in self.rules | self.left_edges | self.right_edges if w.isalpha()
        )
        sep = _SEPARATOR.strip()
        if sep in self.rules or sep in self.left_edges or sep in self.right_edges:
            raise RuntimeError(f"the chunk separator {sep!r} is part of a tokenizer special case")
        # chunk that is not letters only -> (where its second token starts, or 0 when it is one
        # token) << 2 | its first token may continue a straddling special case << 1 | its last may
        # begin one. Chunks of three tokens or more: (relative (start, end) of each token, first
        # edge, last edge). Ints rather than tuples: no containers for the garbage collector to
        # count (tuples here made it run often enough to cost 0.1 ms per 250 words).
        self.cache: dict[str, tuple[tuple[tuple[int, int], ...], bool, bool] | int] = {}

    def learn(self, text: str) -> None:
        """Put every chunk of `text` that is not letters only in the cache, through one spaCy call
        for the whole text (one Doc, not one per chunk: spaCy's fixed cost per call is paid once)."""
        cache = self.cache
        # Letters-only chunks are not stored: they are one token, and the few tuples per new word
        # made the garbage collector run its full collections more often (they walk every lexicon).
        # They are dropped before the cache is probed (in C): they are most chunks, and the probes
        # of a large cache miss the CPU caches. The few letters-only special cases ("XD", "Im") are
        # learned by tokenize() the first time it meets one.
        chunks = set(filterfalse(str.isalpha, text.split()))
        new = chunks.difference(cache)
        if not new:
            return
        if len(cache) + len(new) > self.max_cache:
            cache.clear()
            new = chunks
            # the copy's vocabulary holds every word it has seen: start a fresh one as well
            self.tokenizer = _bare_copy(self.spacy_tokenizer)
        self._learn_chunks(new)

    def _learn_chunks(self, new: Iterable[str]) -> None:
        """Put the chunks `new` in the cache (see learn)."""
        cache = self.cache
        rules = self.rules
        left = self.left_edges
        right = self.right_edges
        shaped = self.shaped
        # Letters-only chunks are not stored: they are one token, and the few tuples per new word
        # made the garbage collector run its full collections more often (they walk every lexicon).
        hard: list[str] = []
        for c in new:
            # A word and one closing mark ("intanto,", "decisione."): half of the new chunks. The
            # mark is a suffix whatever letters come before (the period: after a lowercase letter),
            # and no special case is involved when neither the chunk nor its two parts is one.
            core = c[:-1]
            mark = c[-1:]
            if (
                mark in _MARKS
                and core.isalpha()
                and (mark != "." or core[-1] in _LOWER)
                and c not in rules
                and core not in rules
                and mark not in rules
            ):
                cache[c] = len(core) << 2 | (core in right) << 1 | (mark in left)
                continue
            m = _NUMBER(c)
            if m is not None:
                num, mark = m.groups()
                if c not in rules and num not in rules and mark not in rules:
                    # one token (0), or two: the mark starts after the number (see __init__)
                    cache[c] = (len(num) if mark else 0) << 2 | (num in right) << 1 | ((mark or num) in left)
                    continue
            if shaped:
                m = _SHAPED(c)
                if m is not None:
                    entry = _shaped_entry(m, rules, left, right)
                    if entry is not None:
                        cache[c] = entry
                        continue
            hard.append(c)
        if not hard:
            return
        # The chunks are tokenized as one string, kept apart by a word that no special case
        # contains, so the special-case matcher cannot join two of them.
        joined = _SEPARATOR.join(hard)
        rows = self.tokenizer(joined).to_array([IDX, LENGTH]).tolist()
        r = 0
        pos = 0
        for chunk in hard:
            end = pos + len(chunk)
            while rows[r][0] < pos:
                r += 1  # the separator
            pieces: list[tuple[int, int]] = []
            while r < len(rows) and rows[r][0] < end:
                idx, length = rows[r]
                pieces.append((idx - pos, idx - pos + length))
                r += 1
            first = chunk[pieces[0][0] : pieces[0][1]] in right
            last = chunk[pieces[-1][0] : pieces[-1][1]] in left
            if len(pieces) <= 2:  # one token, or two: an int (see __init__)
                cache[chunk] = (pieces[1][0] if len(pieces) == 2 else 0) << 2 | first << 1 | last
            else:
                cache[chunk] = (tuple(pieces), first, last)
            pos = end + len(_SEPARATOR)

    def tokenize(
        self,
        text: str,
        pos: int,
        endpos: int,
        texts: list[str],
        starts: list[int],
        ends: list[int],
        spaces: list[bool],
    ) -> None:
        """Append the non-space tokens of text[pos:endpos] (one line) to the columns."""
        get = self.cache.get
        rules = self.rules
        special = self.special_words
        left = self.left_edges
        right = self.right_edges
        prev_edge = False
        prev_end = pos
        # A run: chunks joined by boundaries where a special case could straddle them. A run of
        # two chunks or more is tokenized again by spaCy as one string.
        run_start = pos
        run_tok = len(texts)
        joined = False
        # Chunks and the whitespace after each: [chunk, space, chunk, ..., chunk], with "" at either
        # end when the line starts or ends with whitespace. Splitting (rather than finditer) makes
        # plain strings only: match objects are garbage-collected containers, and one per word
        # made the collector run a third more often.
        parts = _SPACES.split(text[pos:endpos])
        parts.append("")  # the space after the last chunk
        start = pos
        pairs = iter(parts)
        for chunk, space in zip(pairs, pairs, strict=True):  # (an even count: chunk, space)
            if not chunk:
                start += len(space)
                continue
            end = start + len(chunk)
            if chunk.isalpha() and chunk not in special:
                # letters only (see learn), no special case, no straddling edge: one token, and a
                # run that a special case might straddle ends here. Such a chunk is never in the
                # cache, which is not probed (a probe of a large cache misses the CPU caches).
                if joined:
                    self._retokenize(text, run_start, prev_end, run_tok, texts, starts, ends, spaces)
                    joined = False
                prev_edge = False
                prev_end = end
                texts.append(chunk)
                starts.append(start)
                ends.append(end)
                spaces.append(space[:1] == " ")
                start = end + len(space)
                continue
            entry = get(chunk)
            if entry is None and (not chunk.isalpha() or chunk in rules):
                # a letters-only special case met for the first time, or a chunk learn() put in
                # the cache that another thread's learn() has emptied since
                self._learn_chunks((chunk,))
                entry = get(chunk)
            if entry is None:  # letters only (see learn)
                pieces = None
                first_edge = chunk in right
                last_edge = chunk in left
            elif entry.__class__ is int:  # one token (0) or two (where the second starts)
                pieces = entry >> 2 or None
                first_edge = entry & 2
                last_edge = entry & 1
            else:
                pieces, first_edge, last_edge = entry
            if prev_edge and first_edge:
                joined = True
            else:
                if joined:
                    self._retokenize(text, run_start, prev_end, run_tok, texts, starts, ends, spaces)
                    joined = False
                run_start = start
                run_tok = len(texts)
            prev_edge = last_edge
            prev_end = end
            if pieces is None:
                texts.append(chunk)
                starts.append(start)
                ends.append(end)
            elif pieces.__class__ is int:
                texts.append(chunk[:pieces])
                texts.append(chunk[pieces:])
                starts.append(start)
                starts.append(start + pieces)
                ends.append(start + pieces)
                ends.append(end)
                spaces.append(False)
            else:
                for a, b in pieces:
                    texts.append(chunk[a:b])
                    starts.append(start + a)
                    ends.append(start + b)
                    spaces.append(False)
                spaces.pop()
            # spaCy marks a token followed by one plain space; a chunk's inner tokens never are
            spaces.append(space[:1] == " ")
            start = end + len(space)
        if joined:
            self._retokenize(text, run_start, prev_end, run_tok, texts, starts, ends, spaces)

    def _retokenize(
        self,
        text: str,
        start: int,
        end: int,
        first: int,
        texts: list[str],
        starts: list[int],
        ends: list[int],
        spaces: list[bool],
    ) -> None:
        """Replace the tokens from index `first` on by spaCy's tokens of text[start:end]."""
        del texts[first:], starts[first:], ends[first:], spaces[first:]
        sdoc = self.tokenizer(text[start:end])
        # One bulk export of the offsets: reading spaCy Token attributes one by one costs more
        # than the tokenizer itself.
        for idx, length, space_after in sdoc.to_array([IDX, LENGTH, SPACY]).tolist():
            idx += start
            if text[idx].isspace():
                continue  # whitespace tokens are all whitespace (the bare vocabulary has no IS_SPACE)
            texts.append(text[idx : idx + length])
            starts.append(idx)
            ends.append(idx + length)
            spaces.append(bool(space_after))
        spaces[-1] = text.startswith(" ", end)


@cache
def _chunker(lang: str) -> _Chunker:
    return _Chunker(lang)


def _bare_copy(tokenizer: Tokenizer, special_cases: bool = True) -> Tokenizer:
    """The same tokenizer (rules, affixes, special cases) on a vocabulary of its own that computes
    no lexical attributes. spaCy creates a vocabulary entry for every new token and, by default,
    runs a dozen Python functions on it (shape, like_num, like_url, ...); that was most of the
    tokenizer's time on unseen text, and we read only offsets. Without `special_cases`: the affix
    rules alone."""
    return Tokenizer(
        Vocab(),
        rules=tokenizer.rules if special_cases else None,
        prefix_search=tokenizer.prefix_search,
        suffix_search=tokenizer.suffix_search,
        infix_finditer=tokenizer.infix_finditer,
        token_match=tokenizer.token_match,
        url_match=tokenizer.url_match,
        faster_heuristics=tokenizer.faster_heuristics,
    )


def _straddle_edges(tokenizer) -> tuple[frozenset[str], frozenset[str]]:
    """(tokens that can end, tokens that can start) the part of a multi-token special case that lies
    in one chunk when the special case straddles two chunks.

    spaCy's special-case matcher looks for each special case as the token sequence its affix rules
    cut it into; a match straddling a chunk boundary ends the left chunk with a token that is not
    the last of that sequence, and starts the right chunk with one that is not the first. When a
    special case has been applied at a chunk's edge, the edge token we see is the special case's
    own first (last) token, not the affix token the matcher saw: those are added too.
    """
    plain = _bare_copy(tokenizer, special_cases=False)
    left: set[str] = set()
    right: set[str] = set()
    applied: list[tuple[list[str], list[str]]] = []  # (affix tokens, special-case tokens)
    for string, substrings in tokenizer.rules.items():
        orths = [str(sub[ORTH]) for sub in substrings]
        for seq in ([t.text for t in plain(string)], [t.text for t in tokenizer(string)]):
            left.update(seq[:-1])
            right.update(seq[1:])
            applied.append((seq, orths))
    extra_left = {orths[-1] for seq, orths in applied if seq[-1] in left}
    extra_right = {orths[0] for seq, orths in applied if seq[0] in right}
    left |= extra_left
    right |= extra_right
    return frozenset(left), frozenset(right)


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
    for k in list(compress(range(n), map(_FINAL.__contains__, texts))):  # one C pass
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
