"""Purpose clauses: "per chiedere ..." after the act it serves (Italian session five).

"Migliaia di persone sono scese in piazza per chiedere le dimissioni del governo", "La Farnesina ha
convocato l'ambasciatore cinese per chiedere chiarimenti", "ha telefonato al premier per chiedergli
...": the infinitive after a purpose word (`purposes.yaml` `links`) has no subject of its own; its
doer is the doer of the act before it in the sentence, never that act's object (the clause rules
read "l'ambasciatore ... per chiedere" as the ambassador asking). Whom the request addresses: a
party after the verb itself ("per chiedere a Pechino di ..."), else the other side of the act it
serves (the protest's target, the summoned envoy, the government visited), filled by the steps before.
A request coordinated after another purpose infinitive ("per esprimere la protesta e chiedere")
shares the purpose.
"""

from __future__ import annotations

from functools import cache

from cronaca import lang as langpacks
from cronaca.events.codes import _same_side
from cronaca.events.context import Draft, _Ctx

_STOPS = frozenset({";", ":"})  # a new clause: the act before no longer frames the infinitive


@cache
def _purpose_data(lang: str) -> tuple[frozenset[str], frozenset[str], int]:
    """(purpose words, the types whose infinitive they govern, how many words back the link may stand)."""
    if not langpacks.has_data(lang, "purposes"):
        return frozenset(), frozenset(), 0
    raw = langpacks.load_yaml(lang, "purposes")
    return (
        frozenset(str(w).lower() for w in raw.get("links") or []),
        frozenset(str(t) for t in raw.get("types") or []),
        int(raw.get("reach") or 0),
    )


def _purpose_link(ctx: _Ctx, d: Draft, links: frozenset[str], reach: int) -> int:
    """The token of the purpose word before the request's verb ("per chiedere"; "per esprimere la
    protesta e chiedere"), or -1. Only an infinitive: "per chiedere", not "per cui ha chiesto"."""
    lex = ctx.lex
    ta = d.m.ta
    if not ctx.lows[ta].endswith(lex.infinitive):
        return -1
    lo = ctx.doc.sents[d.sent].tok_start
    if ta - 1 >= lo and ctx.lows[ta - 1] in links:
        return ta - 1
    # "per esprimere la «ferma protesta» del governo e chiedere": a coordinated infinitive
    if ta - 1 >= lo and ctx.lows[ta - 1] in lex.conj:
        for j in range(ta - 2, max(lo, ta - reach) - 1, -1):
            w = ctx.lows[j]
            if w in (".", ";", ":") or w in lex.clause:
                return -1
            if w in links and j + 1 < ta and ctx.lows[j + 1].endswith(lex.infinitive):
                return j
    return -1


def _own_addressee(ctx: _Ctx, d: Draft, source: list[str]) -> list[str]:
    """A party right after the verb, governed by a target preposition ("chiedere a Pechino di")."""
    lo = ctx.doc.sents[d.sent].tok_start
    hi = ctx.doc.sents[d.sent].tok_end
    j = d.m.tb
    if j < hi and ctx.lex.prep.get(ctx.lows[j]) == "target":
        k = j + 1
        while k < hi and ctx.lows[k] in ctx.lex.det:
            k += 1
        u = ctx.unit_at[k] if k < hi else None
        if u is not None and ctx.gov(u, lo) == "target" and not _same_side(ctx, u.actor, source):
            return [u.actor]
    return []


def _purpose_requests(ctx: _Ctx, drafts: list[Draft]) -> None:
    links, types, reach = _purpose_data(ctx.doc.meta.lang or "it")
    if not links:
        return
    for i, d in enumerate(drafts):
        if d.m.trig.type not in types or d.m.trig.noun:
            continue
        p = _purpose_link(ctx, d, links, reach)
        if p < 0:
            continue
        # the act the purpose serves: the last draft before the link in the sentence, with a doer
        served = None
        for e in reversed(drafts[:i]):
            if e.sent != d.sent:
                break
            if e.m.tb <= p and e.source and not any(ctx.lows[k] in _STOPS for k in range(e.m.tb, p)):
                served = e
                break
        if served is None:
            continue
        source = list(served.source)
        target = _own_addressee(ctx, d, source) or [
            a for a in served.target if a not in served.source and not _same_side(ctx, a, source)
        ]
        d.source = source
        d.subject = source
        if target:
            d.target = target
        elif any(_same_side(ctx, a, source) for a in d.target):
            d.target = []
