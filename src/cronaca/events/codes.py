"""How an actor is coded in an event, and when two actors are one side (docs/conventions.md).

`_code` is the actor's full code (igo, else country + sector, else name); `_pair_code` the code a
dyad is counted under (the state's sectors fold into their country); `_same_side` says whether two
actors are one side: the same organization, or the same country unless one of them has a sector
outside the state (`roles.state_sectors`). `_DYAD_MIN` is how often a pair must be coded before it
is the article's dyad.
"""

from __future__ import annotations

from cronaca.events.context import Draft, _Ctx

# how often a pair must have been coded before it counts as the article's dyad (2 took in too many
# passing pairs on the gold set: F1 0.555 vs 0.559 with 3)
_DYAD_MIN = 3


def _code(ctx: _Ctx, actor_id: str) -> str:
    """The actor's full event code: igo, else country + sector ("GBRGOV"), else name."""
    a = ctx.actors.get(actor_id)
    if a is None:
        return actor_id
    return a.igo or (a.country + (a.sector or "") if a.country else a.name)


def _pair_code(ctx: _Ctx, actor_id: str) -> str:
    """The code a dyad is counted under: the state's sectors fold into their country."""
    a = ctx.actors.get(actor_id)
    if a is None:
        return actor_id
    if a.igo or not a.country:
        return a.igo or a.name
    return a.country + _domestic_side(ctx, a.sector)


def _government_of(ctx: _Ctx, country: str) -> list[str]:
    """The article's first government actor of `country` (no IGO), as a one-id list, or []: the
    target of a domestic protest, a policy judged or a demand with no named author."""
    return next(([a.id] for a in ctx.doc.actors if a.country == country and a.sector == "GOV" and not a.igo), [])


def _domestic_side(ctx: _Ctx, sector: str | None) -> str:
    return "" if not sector or sector in ctx.lex.state_sectors else sector


def _same_side(ctx: _Ctx, actor_id: str, others: list[str]) -> bool:
    """Is the actor on the same side as one of `others`? The same organization; or the same country
    unless one is a sector outside the state (`roles.state_sectors`): Italy, its government and its
    army are one side, the British government and British unions two (GBRGOV -> GBRLAB)."""
    for o in others:
        if o == actor_id:
            return True
        key = (actor_id, o)
        hit = ctx.same.get(key)
        if hit is None:
            hit = ctx.same[key] = _one_side(ctx, actor_id, o)
        if hit:
            return True
    return False


def _one_side(ctx: _Ctx, actor_id: str, other: str) -> bool:
    a = ctx.actors.get(actor_id)
    b = ctx.actors.get(other)
    if a is None or b is None:
        return False
    if a.igo or b.igo:
        return a.igo == b.igo
    if a.country and b.country:
        return a.country == b.country and _domestic_side(ctx, a.sector) == _domestic_side(ctx, b.sector)
    return a.name == b.name


def _untargeted_judgement(ctx: _Ctx, d: Draft) -> bool:
    """Is `d` a verbal, non-symmetric judgement (`roles.object_event_types`: SUPPORT, ACCUSE,
    REJECT) with a source and no target yet? Its target is then read from what it judges (the
    rules of owners, rulings, welcomed, recalled)."""
    trig = d.m.trig
    return not (trig.noun or trig.sym) and trig.type in ctx.lex.object_event and bool(d.source) and not d.target
