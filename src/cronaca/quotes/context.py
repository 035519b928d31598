"""What every step of the stage shares for one document.

- `_Ctx`: the document, its lexicon, its tokens, and the speaker candidates: every actor mention
  (people win over the mentions nested in them) plus the runs of capitalized words no mention
  covers (names the actors stage did not resolve), indexed by token (`cand_at`);
- `_Cue`: a reporting cue ("ha detto", "according to", "si legge") and, once resolved, its speaker,
  addressee, channel and indirect content;
- `_Pending`: a quotation found in the text, before its speaker is known;
- `_Who`: a speaker or source, an actor id or (without one yet) the text it was read from.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from itertools import compress
from operator import itemgetter

from cronaca.model import Document, Span, Token
from cronaca.quotes.cue_lexicon import Lexicon, _not_name
from cronaca.quotes.marks import _QUOTE_CHARS


@dataclass(slots=True)
class _Cand:
    """A speaker/addressee candidate: a mention (or, without one, a run of capitalized words)."""

    a: int
    b: int  # token range [a, b)
    kind: str
    actor: str | None


# a place in subject position of a speech verb is a metonym ("Pechino ha promesso"): last but one
_RANK = {"PER": 0, "ORG": 1, "GPE": 1, "UNK": 2, "LOC": 3}


@dataclass(slots=True)
class _Who:
    actor: str | None
    span: Span | None
    kind: str | None = None  # for a speaker with no actor yet: the kind of actor it names
    country: str | None = None
    sector: str | None = None
    # an anonymous source ("a senior US official"): the quotation's speaker stays null (gold-format),
    # but the voice is kept so that later "he said" and continuations are not someone else's
    anonymous: bool = False

    def key(self) -> str | None:
        if self.actor:
            return self.actor
        return self.span.text if self.span else None


@dataclass(slots=True)
class _Cue:
    i: int  # the verb token (for a phrase: its first word)
    a: int  # first token of the cue span (auxiliary included)
    b: int  # one past the cue span
    lemma: str
    sent: int
    according: bool = False
    gerund: bool = False
    quoted: bool = False  # inside a quotation's content
    joint: bool = False  # its subject is a coordination of named speakers: no single speaker
    post: bool = False  # its content comes before it (", ha detto X")
    subj_end: int = -1  # the subject is searched backwards from here (default: a)
    content: tuple[int, int] | None = None  # token range of an indirect content
    active: bool = False
    synthetic: bool = False  # a colon standing for a cue: "X ha lanciato un appello: «...»"
    anaphoric: bool = False  # "Lo ha detto X": its statement is the sentence (or quotation) before
    as_clause: bool = False  # "Come ha spiegato X, content": inverted subject, content after the comma
    resolved: bool = False
    antecedent: int = -1  # "X, secondo cui ...": the candidate (index) that speaks
    # a participle with its agent ("accusato da X di ..."): where its content starts, and whether it
    # stands in an apposition (its content ends at the next comma)
    content_from: int = -1
    apposed: bool = False
    speaker: _Who | None = None
    addressee: str | None = None
    channel: Span | None = None


@dataclass(slots=True)
class _Pending:
    """A quotation found in the text, before its speaker is known."""

    kind: str
    start: int  # char offsets of the content
    end: int
    tok_a: int
    tok_b: int
    cue: _Cue | None
    sent: int
    continuation: bool = False
    reported_by: _Who | None = None
    speaker: _Who | None = None
    channel: Span | None = None
    inherit: _Cue | None = None  # a continuation quotation takes the previous quotation's cue


class _Ctx:
    def __init__(self, doc: Document, lex: Lexicon) -> None:
        self.doc = doc
        self.lex = lex
        self.toks: list[Token] = doc.tokens
        self.starts = doc.starts()  # (read-only)
        self.cands: list[_Cand] = []
        self.cand_at: list[int] = [-1] * len(doc.tokens)  # token -> index of the candidate covering it
        self.described: set[int] = set()  # starts of role-phrase mentions ("the Prime Minister"): not a topic
        self._build_candidates()
        self.cues_by_sent: dict[int, list[_Cue]] = {}
        # token where a date expression starts -> one past its last token: "said on Tuesday it would",
        # "ha annunciato martedì che": a date between a cue and its content is stepped over
        self.timex_end: dict[int, int] = {}
        for tx in doc.timexes:
            a, b = self.tok_at(tx.start), self.tok_at(tx.end)
            if a < b:
                self.timex_end[a] = b
        self.person_roles: dict[str, frozenset[str]] = {}  # actor -> role nouns it was introduced with
        # people named by a resolved mention, in text order: antecedents of "il vicepremier"
        self.people = sorted((c.a, c.actor) for c in self.cands if c.kind == "PER" and c.actor)
        self.people_starts = [a for a, _ in self.people]
        # the first person named in each sentence: the likely topic a later "he"/"lui" refers to
        self.first_person: dict[int, _Cand] = {}
        for c in self.cands:
            # a role phrase that names no one ("the Prime Minister" inside the opposition leader's quote) does not
            # make its person the sentence's topic: only a name does (actors stage, _unnamed_officials)
            if c.kind == "PER" and c.actor and (c.a not in self.described or self._opens_sentence(c)):
                s = self.toks[c.a].sent
                if s not in self.first_person or c.a < self.first_person[s].a:
                    self.first_person[s] = c

    def _opens_sentence(self, c: _Cand) -> bool:
        """A role phrase that is its sentence's subject ("Algeria's foreign minister went further"): no
        other candidate and no quotation mark before it in the sentence, so it is a topic a later "he"
        refers to, unlike a role named inside someone's quotation."""
        s0 = self.doc.sents[self.toks[c.a].sent].tok_start
        for k in range(s0, c.a):
            t = self.toks[k]
            if t.text in _QUOTE_CHARS or (self.cand_at[k] >= 0 and self.cands[self.cand_at[k]].kind == "PER"):
                return False
        return c.a - s0 <= 4

    def tok_at(self, char: int) -> int:
        """Index of the first token starting at or after `char`."""
        return bisect_left(self.starts, char)

    def _build_candidates(self) -> None:
        toks = self.toks
        cand_at, cands = self.cand_at, self.cands
        n = len(toks)
        ms = sorted(self.doc.mentions, key=lambda m: (m.start, -(m.end - m.start)))
        for m in ms:
            a = m.tok_start if m.tok_start >= 0 else self.tok_at(m.start)
            b = m.tok_end if m.tok_end >= 0 else self.tok_at(m.end)
            if b <= a or a >= n:
                continue
            c = _Cand(a, b, m.kind, m.actor)
            if m.attrs.get("description"):
                self.described.add(a)
            idx = len(cands)
            per = m.kind == "PER"
            for k in range(a, b):
                prev = cand_at[k]
                # nested mentions: the person wins, else the longest (first seen)
                if prev < 0 or (per and cands[prev].kind != "PER"):
                    cand_at[k] = idx
            cands.append(c)
        # runs of capitalized words no mention covers: names the actors stage did not resolve.
        # Only capitalized tokens can open a run; a run's own tokens are skipped by the cand_at
        # test once it is recorded, so visiting the openers in order is the same left-to-right scan.
        lex = self.lex
        sent_first = {s.tok_start for s in self.doc.sents}
        # (the capitalized tokens from the text column in C: t.text[:1].isupper(), no pass over the Token objects)
        for k in list(compress(range(n), map(str.isupper, map(_HEAD, self.doc.texts())))):
            t = toks[k]
            if cand_at[k] < 0 and _is_name_word(t, lex, k in sent_first):
                j = k + 1
                while j < n and cand_at[j] < 0 and toks[j].sent == t.sent and _is_name_word(toks[j], lex, False):
                    j += 1
                idx = len(cands)
                cands.append(_Cand(k, j, "UNK", None))
                for x in range(k, j):
                    cand_at[x] = idx

    def span(self, a: int, b: int) -> Span:
        return self.doc.span(self.toks[a].start, self.toks[b - 1].end)

    def sent_bounds(self, s: int) -> tuple[int, int]:
        sent = self.doc.sents[s]
        return sent.tok_start, sent.tok_end


_HEAD = itemgetter(slice(0, 1))  # a string's first character ("" for "")


def _is_name_word(t: Token, lex: Lexicon, sentence_initial: bool) -> bool:
    w = t.text
    # (a first letter settles the any() at once: no generator for nearly every word)
    if not w[:1].isupper() or not (w[0].isalpha() or any(c.isalpha() for c in w)):
        return False
    if t.lower in _not_name(lex) or t.lower in lex.cue_forms:
        return False
    if t.lower in lex.common_words and (sentence_initial or t.lower in lex.time_words or len(w) < 3):
        return False
    return True
