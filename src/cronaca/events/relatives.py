"""Relative clauses whose head noun is the object of the trigger, and what they tell of its sides.

- `_claim_relatives`: "He accused X of ..., a charge Y denied" / "an allegation that Y rejected":
  the name between the claim noun (modality.yaml `claims`) and the rejecting verb is its subject
  (a mention, or a definite description of discourse.yaml `definite_subjects`, "a charge the
  Commission denied", standing for the last actor of its sectors named in the sentence or the one
  before). Runs before the subject fillers, which then leave the side alone.
- `_claim_relative_modality`: such a rejection is the reporter's statement, not part of the charge
  it answers: asserted, and no part of the charge's indirect speech.
"""

from __future__ import annotations

from cronaca.events.context import Draft, _Ctx
from cronaca.events.discourse import _reachable, _units, _words


def _relative_subject(ctx: _Ctx, d: Draft) -> str | None:
    """The actor subject of a rejection told in a relative clause on a claim noun in apposition, or
    None when the trigger is not in one."""
    lex = ctx.lex
    trig = d.m.trig
    if not lex.claims or trig.noun or trig.type != "REJECT":
        return None
    if d.quote is not None and d.quote.kind == "direct":
        return None
    lows, unit_at, toks = ctx.lows, ctx.unit_at, ctx.toks
    k = d.m.ta - 1
    while k >= 0 and lows[k] in lex.aux:  # "a charge Zagreb has denied"
        k -= 1
    if k < 2:
        return None
    u = unit_at[k]
    actor: str | None = None
    if u is not None and u.te == k + 1 and u.kind not in ("LOC", "DEM"):
        actor, j = u.actor, u.ts - 1
    else:
        dw = _words(ctx)
        sectors = dw.definite_subjects.get(lows[k]) if dw is not None and u is None else None
        if not sectors or lows[k - 1] not in lex.det:
            return None
        j = k - 1
    while j >= 0 and lows[j] in lex.det:  # "a charge the Commission denied"
        j -= 1
    if j >= 0 and lows[j] in lex.relative:  # "an allegation which Moscow rejected"
        j -= 1
    if j < 1 or lows[j] not in lex.claims or toks[j].sent != toks[d.m.ta].sent:
        return None
    # the claim noun is in apposition to the clause before it: ", a charge", ", allegations"
    i = j - 1
    while i >= 0 and lows[i] in lex.det:
        i -= 1
    if i < 0 or lows[i] != ",":
        return None
    if actor is not None:
        return actor
    # the definite description: the last actor named before the claim noun whose name ends in its
    # head ("the Commission": "European Commission"), else the last one of its sectors
    sents = ctx.doc.sents
    before = []
    for sj in _reachable(ctx, d.sent):
        t = sents[sj]
        before += reversed(_units(ctx, t.tok_start, j if sj == d.sent else t.tok_end))
    named = [ctx.actors[v.actor] for v in before if v.actor in ctx.actors]
    named = [a for a in named if a.kind not in ("PER", "LOC")]
    head = lows[k]
    for a in named:
        if a.name.lower().rsplit(" ", 1)[-1] == head:
            return a.id
    for a in named:
        if ("IGO" in sectors and a.igo) or (a.country and a.sector in sectors and not a.igo):
            return a.id
    return None


def _claim_relatives(ctx: _Ctx, drafts: list[Draft]) -> None:
    for d in drafts:
        actor = _relative_subject(ctx, d)
        if actor is None:
            continue
        d.source = [actor]
        d.subject = [actor]
        d.inherit = None
        d.target = [a for a in d.target if a != actor]


def _claim_relative_modality(ctx: _Ctx, drafts: list[Draft]) -> None:
    for d in drafts:
        if d.source and _relative_subject(ctx, d) == d.source[0]:
            # the quotes stage may read the apposition as the end of the charge's indirect speech
            d.quote = None
            d.attributed = []
            if d.modality == "reported":
                d.modality = "asserted"
