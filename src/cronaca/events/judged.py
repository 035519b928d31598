"""Judged event nouns: what an act named again as the object of a judgement refers to.

- `_judged_nouns_open`: "Poland's prime minister called the veto 'a gift to the Kremlin'": the
  clause gives the noun "veto" the subject of "called" as its doer (the roles' default for a noun
  with no "of X"). But a definite event noun that a judging verb (`lex.object_event` types: "called",
  "condemned", "welcomed") takes as its object names someone else's act told before: the judgement
  is aimed at the author of the act named again (`authors_index._author`, the one lookup of the
  document's acts: the last act of its type by another side), and the noun, told again, is no new
  event. With no such act, the noun's sides are emptied and the
  judgement is left to `_judged_doers`.
- `_judged_told_acts`: "Russia welcomed the truce": the parties of a symmetric act told before
  (judges of the types in triggers.yaml `roles.told_act_judges`).
- `_possessor_owners`: "rejected a Saudi proposal": the party right before the judged noun.
"""

from __future__ import annotations

from functools import cache

from cronaca import lang as langpacks
from cronaca.events.authors_index import _FAR, _acts, _author, _other_doers, _refs
from cronaca.events.context import Draft, _Ctx
from cronaca.events.sides import _same_side


def _judged_nouns_open(ctx: _Ctx, drafts: list[Draft], open_judged: set[int]) -> list[Draft]:
    lex = ctx.lex
    refs = _refs(ctx.doc.meta.lang or "it")
    at = {d.m.ta: d for d in drafts}
    told: set[int] = set()
    for d in drafts:
        trig = d.m.trig
        if trig.noun or trig.type not in lex.object_event or not d.source:
            continue
        # the object: a determiner, then the event word (a verb form after an article is its noun:
        # "the veto")
        k = d.m.tb
        if k >= len(ctx.lows) or ctx.lows[k] not in lex.det:
            continue
        e = d.judged or at.get(k + 1)
        if e is None or e.m.ta != k + 1 or e.m.trig.sym or set(e.source) != set(d.source):
            continue
        # the noun's doer came from the judge's clause, not from the noun's own words: it is the
        # doer of the last act of its type told before ("had blocked the decision" ... "the veto")
        e.source, e.target = [], []
        d.judged = e
        d.target = []
        # the author of the act named again: the one lookup of authors_index
        a = _author(ctx, _acts(ctx, drafts, refs), d, frozenset((e.m.trig.type,)), refs, _FAR)
        doers = _other_doers(ctx, a, d) if a is not None else []
        if doers:
            d.target = doers[:1]
            told.add(id(e))  # the act told again: no new event
        if not d.target:
            open_judged.add(id(d))
    return [d for d in drafts if id(d) not in told] if told else drafts


@cache
def _told_act_judges(lang: str) -> frozenset[str]:
    return frozenset(w.upper() for w in langpacks.words(lang, "triggers", "roles", "told_act_judges"))


def _judged_told_acts(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """A judged truce ("Russia welcomed the truce"): a definite symmetric noun (a truce, talks, a deal) that a
    judging verb takes as its object, after an act of its type between two or more parties was told
    earlier in the article, is that act told again: the judgement is aimed at all its parties (on
    the other side of the judge) and the noun is no new event. Runs once the parties are known."""
    lex = ctx.lex
    judges = _told_act_judges(ctx.doc.meta.lang or "it")
    at = {d.m.ta: d for d in drafts if d.m.trig.noun}
    told: set[int] = set()
    for d in drafts:
        trig = d.m.trig
        if trig.noun or trig.sym or trig.type not in judges or not d.source:
            continue
        k = d.m.tb
        if k + 1 >= len(ctx.lows) or ctx.lows[k] not in lex.det:
            continue
        e = at.get(k + 1)
        if e is None or not e.m.trig.sym or not e.definite or e.sent != d.sent:
            continue
        for r in reversed(drafts):
            if r.m.ta >= e.m.ta or r.sent >= d.sent or r.m.trig.type != e.m.trig.type:
                continue
            parties = [a for a in dict.fromkeys(r.source + r.target) if not _same_side(ctx, a, d.source)]
            if len(set(r.source + r.target)) >= 2 and parties:
                d.target = parties
                told.add(id(e))
                break
    return [d for d in drafts if id(d) not in told] if told else drafts


def _possessor_owners(ctx: _Ctx, drafts: list[Draft]) -> None:
    """The owner of a judged noun ("rejected a Saudi proposal", "dismissed Hamas's demands"): the party right before a judged
    event noun (a modifier or a possessor) owns it: the judgement is aimed at it when the roles left it with no target."""
    lex = ctx.lex
    for d in drafts:
        e = d.judged
        if e is None or d.target or not d.source or e.m.trig.sym:
            continue
        k = e.m.ta - 1
        if k >= 0 and ctx.lows[k] in lex.possessive:
            k -= 1
        u = ctx.unit_at[k] if k >= 0 else None
        if u is None or u.te != k + 1 or u.kind == "LOC" or u.actor.startswith("@"):
            continue
        if u.ts < d.m.tb or _same_side(ctx, u.actor, d.source):
            continue
        d.target = [u.actor]  # (the noun keeps its own sides: a judged demand is no new request)
