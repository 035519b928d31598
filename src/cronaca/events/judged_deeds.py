"""A judged deed whose author the judge's own side hides (ninth session).

"La premier ha condannato «con la massima fermezza» l'attacco", "called the attack
'unacceptable'": `authors_index._referenced_authors` aims such a judgement at the author of the last
deed of the noun's kind, but when that last deed is the judge's own side's ("la fregata ha
intercettato i droni", told between the Houthi attack and the condemnation) it leaves the
judgement with no target, on purpose: early in the stage a target would steer the implied sides of
the whole article. Here, just before `emit._keep` drops it, a hostile judgement (`types`) still
without a target looks past its own side's deeds to the last deed of the kind done by another side
within the noun's reach, and is aimed at that deed's doer. Nothing else changes, so no later step
reads the new target.
"""

from __future__ import annotations

from cronaca.events.authors_index import (
    _FACTS,
    _NEAR,
    _Act,
    _acts,
    _object_noun,
    _other_doers,
    _own_doer,
    _refs,
)
from cronaca.events.context import Draft, _Ctx

_TYPES = frozenset({"ACCUSE"})  # judgements that condemn: a deed of our own side is not what they judge


def _other_author(ctx: _Ctx, acts: list[_Act], d: Draft, kinds: frozenset[str], far: int) -> list[str]:
    """The coded doers, on another side than `d`'s source, of the last deed of `kinds` told as a fact
    before `d` within `far` sentences (skipping the judge's own side's deeds)."""
    for a in reversed(acts):
        if a.pos >= d.m.ta or a.draft is d:
            continue
        if a.sent < d.sent - far:
            break
        if not (a.types & kinds) or a.draft is None or a.draft.m.trig.deny:
            continue
        if a.draft.modality not in _FACTS or not _own_doer(ctx, a.draft):
            continue
        doers = _other_doers(ctx, a, d)
        if doers:
            return doers if a.draft.m.trig.sym else doers[:1]
    return []


def _judged_other_deeds(ctx: _Ctx, drafts: list[Draft]) -> None:
    """Aim a condemnation still without a target at the last deed of its object noun's kind done by
    another side than the judge's (see the module docstring)."""
    refs = _refs(ctx.doc.meta.lang or "it")
    if not refs.nouns:
        return
    acts: list[_Act] | None = None
    nouns: dict[int, Draft] | None = None
    for d in drafts:
        trig = d.m.trig
        if d.target or not d.source or trig.noun or trig.sym or trig.type not in _TYPES or d.refusal:
            continue
        if nouns is None:
            nouns = {r.m.ta: r for r in drafts if r.m.trig.noun}
        k = _object_noun(ctx, d, refs, nouns)
        if k < 0:
            continue
        w = ctx.lows[k]
        kinds = refs.nouns.get(w) or frozenset((nouns[k].m.trig.type,))
        if kinds & refs.addressed:
            continue  # words (charges, demands) are read by `authors_index` only
        if acts is None:
            acts = _acts(ctx, drafts, refs)
        doers = _other_author(ctx, acts, d, kinds, refs.reach.get(w, _NEAR))
        if doers:
            d.target = doers
