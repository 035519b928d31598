"""Feelings and their cause: "the EU said it was appalled by the attack on the town", "si è detto
preoccupato per gli attacchi". A feeling trigger (a verb trigger with `about:` words, ACCUSE 110) names
its cause after one of those words; a deed noun there is the cause, and its doer is whoever the
article or the noun phrase names, never the one who feels it. Without this the noun takes the clause's
subject as its doer ("ASSAULT EU -> Palestine" for the EU's concern about a raid).
"""

from __future__ import annotations

from cronaca.events.codes import _same_side
from cronaca.events.context import Draft, _Ctx
from cronaca.events.phrases import _past_modifiers


def _feeling_causes(ctx: _Ctx, drafts: list[Draft]) -> None:
    feelings = [d for d in drafts if d.m.trig.about and not d.m.trig.noun and d.source]
    if not feelings:
        return  # (most documents: no dict of nouns to build)
    nouns = {d.m.ta: d for d in drafts if d.m.trig.noun}
    for d in feelings:
        trig = d.m.trig
        if trig.noun or not trig.about or not d.source:
            continue
        hi = ctx.doc.sents[d.sent].tok_end
        k = d.m.tb
        if k >= hi or ctx.lows[k] not in trig.about:
            continue
        # articles, quotes and modifiers before the cause ("by the 'barbaric' killings")
        e = nouns.get(_past_modifiers(ctx, k + 1, hi, nouns, strict=False))
        if e is None:
            continue
        # the cause took the feeler as its doer (the clause subject): it has none of its own
        if e.source and all(_same_side(ctx, a, d.source) for a in e.source):
            e.source = []
        doers = [a for a in e.source if not _same_side(ctx, a, d.source)]
        if doers:
            d.target = doers[:1]
        d.judged = e
