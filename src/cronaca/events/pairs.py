"""A de-escalation whose subject is the pair itself: "Under the deal, both will withdraw their forces and
exchange prisoners", "the two will pull back troops". A deed of `mutual_types` (discourse.yaml: RETREAT)
with no side named, whose verb group follows a pair word (`roles.pair_words`: both, two) right after a
clause opening (the sentence start, a comma, an article), is done by the conflict's two sides towards
each other (`parties._conflict_pair`, strong: a "between X and Y" pair in the sentence or the article's
dyad). Verbs coordinated with it share these sides.
"""

from __future__ import annotations

from cronaca.events.context import Draft, _Ctx
from cronaca.events.mutual import _mutual
from cronaca.events.parties import _StrongPairs


def _pair_subjects(ctx: _Ctx, drafts: list[Draft]) -> None:
    mu = _mutual(ctx.doc.meta.lang or "it")
    lex = ctx.lex
    if not mu.mutual_types or not lex.pair_words:
        return
    pairs = _StrongPairs(ctx, drafts)
    done: dict[int, list[str]] = {}
    for d in drafts:
        if d.m.trig.type not in mu.mutual_types or d.source or d.target or d.m.trig.noun:
            continue
        if d.inherit is not None:
            pair = done.get(id(d.inherit))
            if pair:
                d.source, d.target, d.own_side = list(pair), list(pair), True
                done[id(d)] = pair
            continue
        lo = ctx.doc.sents[d.sent].tok_start
        k = (d.vg[1] if d.vg[1] >= 0 else d.m.ta) - 1
        if k < lo or ctx.lows[k] not in lex.pair_words:
            continue
        if k - 1 >= lo and ctx.lows[k - 1] != "," and ctx.lows[k - 1] not in lex.det:
            continue  # "agreed with both": an object, not the subject
        pair = pairs.at(d.m.ta)
        if len(pair) < 2:
            continue
        d.source, d.target, d.own_side = list(pair), list(pair), True
        done[id(d)] = pair
