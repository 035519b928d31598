"""Second acts in one sentence: sides a coordinated predicate shares with its neighbour.

A sentence often tells two acts of one subject ("condemned and sanctioned Russia", "summoned the
Iranian ambassador and expelled two diplomats"). The subject is already shared (`subjects._subject`
sets `Draft.inherit`); what is lost is the other side:

- `_shared_objects`: two verbs joined with no object between them share the object of the second
  ("condemned and sanctioned Russia": Russia is condemned too);
- `_staff_objects`: the second act's object is the other state's staff with no nationality ("and
  expelled two diplomats", "announced the expulsion of three embassy staff"): the state named as the
  target of the act before it, by the same source;
- `_pronoun_needs`: a data guard that needs its object's word ("dispersed" needs protesters) is met
  by an object pronoun whose referent stands before the verb ("marched ... before police dispersed
  them").

Data: `lang/<l>/discourse.yaml` `coordination:` (`staff_objects`, `staff_types`) and
`object_pronouns`. Every rule fills an EMPTY target only.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from cronaca import lang as langpacks
from cronaca.events.codes import _code, _same_side
from cronaca.events.context import _PUNCT, Draft, _Ctx


@dataclass(frozen=True)
class _Coord:
    staff: frozenset[str]  # staff nouns of a state ("diplomats", "envoys"): no party of their own
    staff_types: frozenset[str]  # PLOVER types whose object may be such staff
    judge_types: frozenset[str]  # judgements of a deed aimed at the party the next act addresses
    pronouns: frozenset[str]  # object pronouns ("them", "him")
    followers: frozenset[str]  # words that may follow an object pronoun ("them with", "him on")
    strict: frozenset[str]  # pronouns more often a thing ("it"): an object only before these
    strict_followers: frozenset[str]


@cache
def _coord(lang: str) -> _Coord:
    try:
        data = langpacks.load_yaml(lang, "discourse") or {}
    except langpacks.DataError:
        data = {}
    co = data.get("coordination") or {}
    pro = data.get("object_pronouns") or {}
    return _Coord(
        staff=frozenset(str(w).lower() for w in co.get("staff_objects") or []),
        staff_types=frozenset(str(w) for w in co.get("staff_types") or []),
        judge_types=frozenset(str(w) for w in co.get("judge_types") or []),
        pronouns=frozenset(str(w).lower() for kind in pro.values() for w in kind or []),
        followers=frozenset(str(w).lower() for w in data.get("object_followers") or []),
        strict=frozenset(str(w).lower() for w in data.get("strict_object_pronouns") or []),
        strict_followers=frozenset(str(w).lower() for w in data.get("strict_object_followers") or []),
    )


def _pronoun_needs(ctx: _Ctx, k: int, lo: int, i: int, needs: frozenset[str]) -> bool:
    """Is token `k` (right after a trigger at `i`) an object pronoun, with one of the `needs` words
    before the trigger in its sentence (from token `lo`)? "before police dispersed them": the
    pronoun stands for the protesters named before."""
    co = _coord(ctx.doc.meta.lang or "it")
    if k + 1 >= len(ctx.lows) or ctx.lows[k] not in co.pronouns or ctx.lows[k + 1] not in co.followers:
        return False  # "them with tear gas", not "her government"
    toks = ctx.toks
    return any(ctx.lows[j] in needs or toks[j].lemma in needs for j in range(lo, i))


def _between_only_links(ctx: _Ctx, a: int, b: int) -> bool:
    """Only conjunctions, commas and adverbs between tokens `a` and `b` (exclusive of b): no object
    of the first verb stands there. An auxiliary opens a predicate of its own ("voterà contro e ha
    invitato i senatori"): the object is shared when the auxiliary is not repeated."""
    lex = ctx.lex
    for j in range(a, b):
        w = ctx.lows[j]
        if w in lex.conj or w == ",":
            continue
        if lex.adverb and w.endswith(lex.adverb):
            continue
        return False
    return b > a


def _shared_objects(ctx: _Ctx, drafts: list[Draft]) -> None:
    """"condemned and sanctioned Russia", "ha condannato e sanzionato la Russia": a verb with no
    object of its own, joined to the next verb of the same subject, shares that verb's object."""
    for d in drafts:
        e = d.inherit
        if e is None or e.target or not d.target or e.m.trig.noun or d.m.trig.noun:
            continue
        if e.m.trig.sym or e.m.trig.one_sided or e.sent != d.sent:
            continue
        if ctx.lows[e.m.tb - 1] in ctx.lex.prep:
            continue  # "voterà contro e ...": the first verb's object slot is its preposition's
        if not _between_only_links(ctx, e.m.tb, d.m.ta):
            continue
        if not any(ctx.lows[j] in ctx.lex.conj for j in range(e.m.tb, d.m.ta)):
            continue
        tgt = [a for a in d.target if not _same_side(ctx, a, e.source)]
        if tgt and e.source:
            e.target = tgt


def _staff_objects(ctx: _Ctx, drafts: list[Draft]) -> None:
    """"summoned the Iranian ambassador and expelled two diplomats": the second act's object is staff
    with no nationality; they belong to the state the same source acted against just before in the
    sentence."""
    co = _coord(ctx.doc.meta.lang or "it")
    if not co.staff:
        return
    n = len(ctx.lows)
    for i, d in enumerate(drafts):
        if d.target or not d.source or d.m.trig.type not in co.staff_types or d.m.trig.sym:
            continue
        # the object: the words after the trigger up to the clause's end
        staff = False
        for j in range(d.m.tb, min(n, d.m.tb + 6)):
            w = ctx.lows[j]
            if w in _PUNCT or w in ctx.lex.clause or ctx.unit_at[j] is not None:
                break
            if w in co.staff:
                staff = True
                break
        if not staff:
            continue
        src = {_code(ctx, a) for a in d.source}
        for e in reversed(drafts[:i]):
            if e.sent != d.sent or e.m.ta >= d.m.ta:
                continue
            if e.target and {_code(ctx, a) for a in e.source} == src and not e.m.trig.sym:
                tgt = [a for a in e.target if not _same_side(ctx, a, d.source)]
                if tgt:
                    d.target = tgt
                break


def _pronoun_referents(ctx: _Ctx, drafts: list[Draft]) -> None:
    """"marched on parliament before police dispersed them": a trigger whose guard needs a word of
    its object ("dispersed" needs protesters) and whose object is a pronoun aims at the party that
    word names before it in the sentence, not at the last party named (the parliament)."""
    co = _coord(ctx.doc.meta.lang or "it")
    n = len(ctx.lows)
    for d in drafts:
        needs = d.m.trig.needs
        if d.target or not needs or d.m.tb >= n or ctx.lows[d.m.tb] not in co.pronouns:
            continue
        lo = ctx.doc.sents[d.sent].tok_start
        for j in range(d.m.ta - 1, lo - 1, -1):
            u = ctx.unit_at[j]
            # a party named by the word ("students"); "marched" names the act, no party
            if u is not None and (ctx.lows[j] in needs or ctx.toks[j].lemma in needs):
                # no side check: the police and the protesters they disperse are one country's
                if u.actor not in d.source:
                    d.target = [u.actor]
                break


def _judged_then_addressed(ctx: _Ctx, drafts: list[Draft]) -> None:
    """"welcomed the ceasefire and urged Israel and Hamas to respect it", "condemned the visit and
    announced sanctions against Taiwan": a judgement of a deed noun whose doers the clause does not
    name, followed by a coordinated act of the same subject aimed at a party: the judged deed is that
    party's. Only for the judging types of `coordination.judge_types`, when nothing else filled it."""
    co = _coord(ctx.doc.meta.lang or "it")
    if not co.judge_types:
        return
    lex = ctx.lex
    for d in drafts:
        e = d.inherit
        if e is None or e.target or not e.source or not d.target or e.sent != d.sent:
            continue
        if e.m.trig.noun or e.m.trig.type not in co.judge_types or d.m.trig.sym or e.adjectival:
            continue
        if e.m.tb < len(ctx.lows) and ctx.lows[e.m.tb] in lex.prep:
            continue  # "troops backed by air strikes had repelled ...": a participle, no judgement
        # the first verb's object: a deed noun with no party named, up to the conjunction
        deed = False
        for j in range(e.m.tb, d.m.ta):
            w = ctx.lows[j]
            if w in lex.conj or w in _PUNCT or ctx.unit_at[j] is not None:
                break
            if j in ctx.trigger_tok and j not in ctx.verb_tok:
                deed = True
        else:
            continue  # no conjunction before the second verb
        if not deed or ctx.lows[j] not in lex.conj:
            continue
        tgt = [a for a in d.target if not _same_side(ctx, a, e.source)]
        if tgt:
            e.target = tgt


def _shared_pronoun_objects(ctx: _Ctx, drafts: list[Draft]) -> None:
    """"detained the Ukrainian consul and later expelled him", "freed two hostages and handed them
    to ...": an object pronoun right after the second of two coordinated verbs of one subject stands
    for the first verb's object, before any party named earlier (`discourse._object_pronouns`)."""
    co = _coord(ctx.doc.meta.lang or "it")
    if not co.pronouns:
        return
    n = len(ctx.lows)
    for d in drafts:
        e = d.inherit
        if e is None or d.target or not d.source or d.m.trig.noun or d.m.trig.sym or d.m.tb + 1 >= n:
            continue
        if e.sent != d.sent or not e.target or e.m.trig.sym or e.m.trig.noun:
            continue
        if ctx.lows[d.m.tb] not in co.pronouns or ctx.lows[d.m.tb + 1] not in co.followers:
            continue
        if ctx.lows[d.m.tb] in co.strict and ctx.lows[d.m.tb + 1] not in co.strict_followers:
            continue  # "denied it.": a thing, no party
        tgt = [a for a in e.target if not _same_side(ctx, a, d.source)]
        if tgt:
            d.target = tgt
