"""Envoys summoned in the passive with no agent (review9it).

"L'ambasciatore dell'Ue a Teheran è stato convocato in serata", "L'ambasciatore italiano a Mosca è
stato convocato al ministero degli Esteri russo", "L'ambasciatore russo a Roma è stato convocato alla
Farnesina": the summons (ACCUSE, a diplomatic protest) names its target, the envoy's state, but no
doer, so `emit._keep` dropped it (a fresh article's reaction to EU sanctions was lost this way). The
summoner is the office the envoy was called to ("al ministero degli Esteri russo", "alla
Farnesina"), else the host state: the place after "a" in the envoy's own phrase ("a Teheran").

`_summoned`: a verbal draft with a target and no source, whose trigger is a passive summoning
participle (`it/discourse.yaml` `summoned.participles`) after a passive auxiliary, takes as source
the first coded party after a preposition (`summoned.preps`) in the verb's clause, else the coded
place after such a preposition before the verb group; never one on the target's side.
"""

from __future__ import annotations

from functools import cache

from cronaca.events.codes import _same_side
from cronaca.events.context import _PUNCT, Draft, _Ctx
from cronaca.events.lexicons import discourse_data

_AFTER = 6  # tokens after the participle where the office it was called to may stand


@cache
def _data(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """(summoning participles, prepositions before the office or the host place)."""
    raw = discourse_data(lang).get("summoned") or {}
    return (frozenset(str(w).lower() for w in raw.get("participles") or []),
            frozenset(str(w).lower() for w in raw.get("preps") or []))


def _coded(ctx: _Ctx, actor: str) -> bool:
    a = ctx.actors.get(actor)
    return a is not None and bool(a.country or a.igo)


def _summoned(ctx: _Ctx, drafts: list[Draft]) -> None:
    parts, preps = _data(ctx.doc.meta.lang or "it")
    if not parts:
        return
    lows, lex = ctx.lows, ctx.lex
    for d in drafts:
        trig = d.m.trig
        if d.source or not d.target or trig.noun or lows[d.m.ta] not in parts:
            continue
        lo = ctx.doc.sents[d.sent].tok_start
        hi = ctx.doc.sents[d.sent].tok_end
        start = d.vg[1] if d.vg[1] >= 0 else d.m.ta
        if lex.passive.isdisjoint(lows[max(lo, start) : d.m.ta]):
            continue  # not a passive: "ha convocato" finds its subject elsewhere
        found: str | None = None
        # the office it was called to: "convocato al ministero degli Esteri russo / alla Farnesina"
        k = d.m.tb
        while k < min(hi, d.m.tb + _AFTER):
            u = ctx.unit_at[k]
            if u is not None:
                if (lows[u.ts - 1] in preps and _coded(ctx, u.actor)
                        and not _same_side(ctx, u.actor, d.target)):
                    found = u.actor
                break
            if lows[k] in _PUNCT:
                break  # the clause ends
            k += 1
        if found is None:
            # the host state in the envoy's phrase: "L'ambasciatore dell'Ue a Teheran"
            for k in range(lo + 1, start):
                u = ctx.unit_at[k]
                if (u is not None and u.ts == k and lows[k - 1] in preps
                        and _coded(ctx, u.actor) and not _same_side(ctx, u.actor, d.target)):
                    found = u.actor
        if found is not None:
            d.source = [found]
