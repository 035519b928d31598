"""The per-document context every step reads, and the records the steps pass along.

- `Unit`: an actor reference over tokens (a mention, a demonym standing for its country, or a
  counted group's placeholder, whose actor id starts with `_GROUP`).
- `Match`: a trigger matched on tokens; `Draft`: an event being built, turned into an `Event` by
  `emit`.
- `_Ctx`: the document's tokens and lowercase forms, the unit on each token, places, quotations,
  timexes, and `gov()`: the role category of the preposition governing a unit.
- Punctuation classes and small helpers over token lists (`_positions`, `_uniq`).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property
from itertools import compress
from operator import attrgetter

from cronaca.events.lexicons import Lexicon, Trigger, deeds
from cronaca.model import Document, Quote, Token

_PUNCT = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "—", "–", "-", "…"})


_QUOTE_MARKS = frozenset({"«", "»", "“", "”", '"', "„", "‘", "’", "'"})


_OPENING_QUOTES = frozenset({"«", "“", '"', "„"})


# token offsets for bisect's `key`: bisecting the tokens themselves costs a few C calls, where
# building lists of offsets cost a Python pass over every token
_START = attrgetter("start")
_END = attrgetter("end")


_GROUP = "@"  # prefix of a group's placeholder actor id, expanded to its members after the roles


@dataclass(slots=True)
class Unit:
    """An actor reference over tokens [ts, te): a mention, or a demonym standing for its country."""

    ts: int
    te: int
    actor: str
    text: str
    kind: str = ""


@dataclass(slots=True)
class Match:
    trig: Trigger
    ta: int  # first token
    tb: int  # one past the last matched token
    toks: list[int]  # the matched tokens


@dataclass(slots=True)
class Draft:
    """An event being built; turned into an Event at the end."""

    m: Match
    sent: int
    source: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    modality: str = "asserted"
    quote: Quote | None = None
    attributed: list[str] = field(default_factory=list)  # who reports it (quote speaker, speech verb)
    date: str | None = None
    date_source: str = "publication"
    location: str | None = None
    denies: Draft | None = None
    interlocutor: list[str] = field(default_factory=list)
    definite: bool = False
    clause: tuple[int, int] = (0, 0)  # tokens of the trigger's clause
    inherit: Draft | None = None  # an earlier verb whose subject this one shares
    # the clause's own doer before a symmetric event adds its partners: what a coordinated verb
    # inherits ("Crosetto ha sentito Gallant e ha definito ..." -> Crosetto, not Gallant)
    subject: list[str] | None = None
    adjectival: bool = False  # a participle used as an adjective ("separatists backed by Russia")
    parties: bool = False  # the clause names "the parties" / "both sides": the article's dyad
    judged: Draft | None = None  # the event this judgement's direct object names
    own_side: bool = False  # the clause named a target on the source's own side or one with no code
    frame: int = -1  # first token of the speech clause that governs it ("ha detto martedì che ...")
    vg: tuple[int, int] = (-1, -1)  # (lower bound, first token of the verb group) found by _roles
    open_appeal: bool = False  # a request to no one in particular ("ha invitato tutti a ..."): no target
    refusal: bool = False  # a negated yielding verb turned REJECT ("we will not back down")
    fallback: str = ""  # the fallbacks.py strategy that filled a missing side ("" = none)
    uncoded: bool = False  # its object is a party with no actor, the parties after it the content's (addressees.py)


class _Ctx:
    """Indexes of one document: units by token, quotes, timexes."""

    def __init__(self, doc: Document, lex: Lexicon) -> None:
        self.doc = doc
        self.lex = lex
        self.toks: list[Token] = doc.tokens
        n = len(self.toks)
        # lowercase forms with typographic apostrophes folded, for the word lists ("all’" = "all'")
        # (a copy of the column `analyze` built, cheaper than a pass over the tokens; a copy so
        # that no step can change the shared column)
        self.lows: list[str] = doc.lowers().copy()
        if "’" in doc.text:
            self.lows = [w.replace("’", "'") if "’" in w else w for w in self.lows]
        # one pass over the tokens (each pass over a few hundred words costs ~10 µs) finds three word
        # sets, each kept in token order: the clause breaks (punctuation, clause words: where a clause
        # starts and ends is a bisection, not a walk over its tokens), the demonyms (below) and the
        # forms that can start a trigger (`reach_at`, read by `match._match`). The union of the three
        # word sets is built once per lexicon (not cut to the document's words per document), and
        # the hits are sorted into the three lists in C (`compress` over membership tests)
        lows = self.lows
        brk, wanted = _hit_words(lex)
        hits = _positions(lows, wanted)
        hit_words = list(map(lows.__getitem__, hits))
        self.breaks: list[int] = list(compress(hits, map(brk.__contains__, hit_words)))
        self.reach_at: list[int] = list(compress(hits, map(lex.reach_forms.__contains__, hit_words)))
        dem_at = list(compress(hits, map(lex.demonyms.__contains__, hit_words)))
        self.unit_at: list[Unit | None] = [None] * n
        actors = self.actors = {a.id: a for a in doc.actors}
        mentions = []
        for m in doc.mentions:
            if not m.actor or m.actor not in actors:
                continue
            ts, te = m.tok_start, m.tok_end
            if ts < 0 or te <= ts:
                ts = bisect.bisect_left(self.toks, m.start + 1, key=_END)
                te = bisect.bisect_left(self.toks, m.end, key=_START)
            if ts >= te or ts >= n:
                continue
            mentions.append(Unit(ts, te, m.actor, m.text, actors[m.actor].kind))
        # longer mentions first, so a country inside a longer name does not split it. A place (LOC)
        # is a side of an event only as a bare subject or object (a metonym: "Mosca avrebbe
        # impiegato ..."); after a preposition it is the event's location.
        self.place_at: dict[int, Unit] = {}
        for u in sorted(mentions, key=lambda u: u.ts - u.te):
            if u.kind == "LOC":
                self.place_at[u.ts] = u
            if self.unit_at[u.ts : u.te].count(None) == u.te - u.ts:
                self.unit_at[u.ts : u.te] = [u] * (u.te - u.ts)
        # a demonym after a noun ("truppe russe", "il leader russo") stands for its country's actor
        by_country: dict[str, str] = {}
        for a in doc.actors:
            if a.country and not a.igo and (a.country not in by_country or (a.kind == "GPE" and not a.sector)):
                if a.country not in by_country or a.kind == "GPE":
                    by_country[a.country] = a.id
        dem = lex.demonyms
        for i in dem_at:
            t = self.toks[i]
            if self.unit_at[i] is not None:
                continue
            code = dem.get(t.lower)
            if not code or code not in by_country:
                continue
            nxt = self.toks[i + 1] if i + 1 < n else None
            if nxt is not None and nxt.sent == t.sent and (self.unit_at[i + 1] is not None or nxt.is_title):
                continue  # "il presidente cinese Xi Jinping": the demonym belongs to the name
            prev = self.unit_at[i - 1] if i else None
            if prev is not None and prev.te == i and prev.kind in ("PER", "ORG"):
                continue  # "il premier italiano" (an unnamed official's mention): the demonym is the role's
            self.unit_at[i] = Unit(i, i + 1, by_country[code], t.text, "DEM")
        self.quotes = sorted(doc.quotes, key=lambda q: (q.start, -q.end))
        self.timexes = sorted(doc.timexes, key=lambda x: x.start)
        self.timex_tok: set[int] = set()
        for x in self.timexes:
            a = bisect.bisect_left(self.toks, x.start + 1, key=_END)
            b = bisect.bisect_left(self.toks, x.end, key=_START)
            self.timex_tok.update(range(a, b))
        self.trigger_tok: set[int] = set()
        self.verb_draft: dict[int, Draft] = {}  # token -> the draft of the verb trigger on it
        self.verb_tok: set[int] = set()  # tokens of verb triggers
        self.same: dict[tuple[str, str], bool] = {}  # (actor, actor) -> one side (_same_side)

    # -- helpers over tokens
    def quote_at(self, char: int) -> Quote | None:
        best = None
        for q in self.quotes:  # sorted by start
            if q.start > char:
                break
            if char < q.end and (best is None or q.end - q.start < best.end - best.start):
                best = q
        return best

    def tok_at(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.toks, char, key=_START) - 1)

    @cached_property
    def low_set(self) -> set[str]:
        """The document's lowercase forms, built once (in C): a step whose trigger words are all
        absent returns at once on one `isdisjoint`, and a word list is cut to the document's words
        with no pass over the tokens per step."""
        return self.doc.key_set()  # (= set(self.lows): the same folding; built once by the actors stage)

    @cached_property
    def lemma_set(self) -> set[str]:
        """The document's lemmas, built once (in C) on first use: with `low_set`, a step whose words
        must be a token's form or lemma checks once per document that any of them occurs at all."""
        return set(self.doc.lemmas())

    @cached_property
    def starts(self) -> list[int]:
        """Token start offsets (the bisections above read the tokens through `_START` instead)."""
        return [t.start for t in self.toks]

    def _owner_agent(self, k: int, lo: int) -> bool:
        """Is token `k` the "of" of an agent phrase "by <force noun> of" (`roles.agent_heads`)?"""
        lex = self.lex
        return (
            k - 2 >= lo
            and lex.prep.get(self.lows[k]) == "of"
            and self.lows[k - 1] in lex.agent_heads
            and lex.prep.get(self.lows[k - 2]) == "agent"
        )

    def gov(self, u: Unit, lo: int) -> str | None:
        """The role category of the preposition governing unit `u` (None: no preposition, a subject or
        direct object). Walks left over the noun phrase the mention heads ("all'assistente del
        segretario di Stato americano Karen Donfried" -> target), stopping at `lo`."""
        lex = self.lex
        k = u.ts - 1
        if k >= lo and u.te - u.ts > 1 and self._counted_opening(u, k):
            return None  # "By evening thousands of protesters marched": a counted group opens its phrase
        steps = 0
        while k >= lo and steps < 7:
            w = self.lows[k]
            cat = lex.prep.get(w)
            if cat is not None:
                if cat == "of" and steps > 0 and k > lo:  # inside the noun phrase: "segretario di Stato"
                    # (at `lo` the "di" is the first word after an event noun: "la proposta del
                    # presidente russo Vladimir Putin" is Putin's proposal)
                    k -= 1
                    steps += 1
                    continue
                if u.kind == "DEM" and steps > 0 and _noun_modifier_prep(self, k, lo):
                    k -= 1  # "missili da crociera russi": the demonym agrees with "missili"
                    steps += 1
                    continue
                if cat == "of" and k - 1 >= lo and self.lows[k - 1] in lex.agent_long:
                    return "agent"  # da parte di X
                if self._owner_agent(k, lo):
                    # "kidnapped by fighters of al-Shabaab": a force named by its owner is the owner
                    # (docs/conventions.md), so the owner is the agent
                    return "agent"
                if cat in ("target", "place") and steps > 0 and self._portfolio(k, u.ts, lo):
                    k -= 1  # "il commissario europeo all'Economia Paolo Gentiloni": a title's portfolio
                    steps += 1
                    continue
                if cat == "of" and k - 3 >= lo and k - 1 not in self.trigger_tok and self.lows[k - 2] in lex.det:
                    outer = lex.prep.get(self.lows[k - 3])
                    if outer in ("partner", "between"):
                        return outer  # "con i leader di Italia, Francia ...": the leaders' countries
                return cat
            v = self.unit_at[k]
            if v is not None and v.ts - 1 >= lo and lex.prep.get(self.lows[v.ts - 1]) == "of":
                k = v.ts - 1  # a name inside the noun phrase: "segretario di Stato", "capo del Cremlino"
                steps += 1
                continue
            if w in lex.det:
                if k - 1 >= lo:
                    if self._owner_agent(k - 1, lo):
                        return "agent"  # "by members of the Arakan Army"
                    return lex.prep.get(self.lows[k - 1]) if self.lows[k - 1] not in lex.agent_long else None
                return None
            if steps == 0 and w == "(" and k - 1 >= lo and self._bracketed(u, k):
                # "all'Organizzazione mondiale del commercio (Wto)", "against the Rapid Support
                # Forces (RSF)": an acronym in brackets after a name is that name again, governed by
                # the same preposition, no subject or direct object of its own; after "di/of" it
                # stays free ("leaders of the General Confederation of Labour (CGT) demanded": the
                # owner of an unnamed head acts through it)
                outer = self.gov(self.unit_at[k - 1], lo)  # type: ignore[arg-type]
                return outer if outer != "of" else None
            if (
                k in self.timex_tok  # "dall'inizio dell'anno Mosca": a date ends the noun phrase
                or w in _PUNCT
                or w in _QUOTE_MARKS
                or w in lex.clause
                or (w in lex.aux and not self.toks[k].is_title)
                or w in lex.conj
                or k in self.trigger_tok
                or self.unit_at[k] is not None
            ):
                return None
            k -= 1
            steps += 1
        return None

    def _bracketed(self, u: Unit, k: int) -> bool:
        """Is `u` alone in brackets (its "(" at `k`) right after another mention that is no demonym?"""
        prev = self.unit_at[k - 1]
        return (
            prev is not None
            and prev.kind != "DEM"
            and u.te < len(self.lows)
            and self.lows[u.te] == ")"
        )

    def _counted_opening(self, u: Unit, k: int) -> bool:
        """Does the mention open with a number or a quantity word ("thousands of protesters", "12
        soldiers") right after a plain word that no preposition or article governs it through (a
        time noun: "By evening thousands ...")? Such a word cannot head a phrase with the count."""
        first = self.lows[u.ts]
        if not (first.isdigit() or first in deeds(self.doc.meta.lang or "it").quantities):
            return False
        w = self.lows[k]
        lex = self.lex
        return (w.isalpha() and w not in lex.prep and w not in lex.det and w not in lex.conj
                and k not in self.trigger_tok and self.unit_at[k] is None)

    def _portfolio(self, k: int, ts: int, lo: int) -> bool:
        """Is the preposition at `k` the start of a title's portfolio before a name at `ts`: capitalized
        words only between them ("all'Economia", "al Tesoro"), a role title (roles.yaml) before it,
        perhaps with one adjective ("commissario europeo")?"""
        titles = self.lex.titles
        if not titles or ts - k > 3 or not all(self.toks[j].is_title for j in range(k + 1, ts)):
            return False
        return (k - 1 >= lo and self.lows[k - 1] in titles) or (
            k - 2 >= lo and self.lows[k - 2] in titles and self.lows[k - 1].isalpha() and not self.toks[k - 1].is_title
        )


def _noun_modifier_prep(ctx: _Ctx, k: int, lo: int) -> bool:
    """Is the preposition at `k` a bare "da"/"di" joining two common nouns inside one noun phrase
    ("missili da crociera russi", "navi da guerra russe")? Then a demonym after it modifies the
    head noun, and the preposition does not govern it: a passive agent ("colpito da missili
    russi") follows a participle, and an agent with an article ("dalle forze") is no bare noun."""
    if k - 1 < lo or k + 1 >= len(ctx.lows) or ctx.lows[k] not in deeds(ctx.doc.meta.lang or "it").np_preps:
        return False
    before, after = ctx.lows[k - 1], ctx.lows[k + 1]
    lex = ctx.lex
    return (
        before.isalpha()
        and after.isalpha()
        and not ctx.toks[k - 1].is_title
        and k - 1 not in ctx.trigger_tok
        and ctx.unit_at[k - 1] is None
        and ctx.unit_at[k + 1] is None
        and before not in lex.aux
        and before not in lex.det
        and before not in lex.prep
        and before not in lex.conj
        and before not in lex.clause
        and after not in lex.det
        and not before.endswith(lex.participle)
    )


_BREAK_WORDS: dict[int, tuple[Lexicon, frozenset[str]]] = {}


def _break_words(lex: Lexicon) -> frozenset[str]:
    """_PUNCT | lex.clause, built once per lexicon (keyed by identity; the lexicon is kept alive
    with it, so the id is never reused) rather than once per document."""
    hit = _BREAK_WORDS.get(id(lex))
    if hit is None or hit[0] is not lex:
        hit = _BREAK_WORDS[id(lex)] = (lex, _PUNCT | frozenset(lex.clause))
    return hit[1]


_HIT_WORDS: dict[int, tuple[Lexicon, frozenset[str], frozenset[str]]] = {}


def _hit_words(lex: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """The clause breaks (`_break_words`) and the words `_Ctx` finds in its one pass (clause breaks,
    demonyms, forms that can start a trigger), built once per lexicon (keyed by identity, the
    lexicon kept alive with it, as in `_break_words`)."""
    hit = _HIT_WORDS.get(id(lex))
    if hit is None or hit[0] is not lex:
        brk = _break_words(lex)
        hit = _HIT_WORDS[id(lex)] = (lex, brk, brk | frozenset(lex.demonyms) | frozenset(lex.reach_forms))
    return hit[1], hit[2]


def _positions(words: list[str], wanted: set[str] | frozenset[str]) -> list[int]:
    """Sorted indexes of the items of `words` in `wanted`, in C: a list.index scan per wanted word
    for a few of them, else one pass of membership tests (`compress`): no bytecode per token."""
    if len(wanted) > 3:
        return list(compress(range(len(words)), map(wanted.__contains__, words)))
    out: list[int] = []
    for w in wanted:
        i = -1
        try:
            while True:
                i = words.index(w, i + 1)
                out.append(i)
        except ValueError:
            pass
    out.sort()
    return out


def _uniq(ids: list[str]) -> list[str]:
    if len(ids) < 2:
        return list(ids)  # (most sides have one actor: no dict to build)
    return list(dict.fromkeys(ids))
