"""Measures against a strike (Italian, session seven): "ha firmato l'ordinanza di precettazione che
riduce a quattro ore lo sciopero ... proclamato dai sindacati", "dopo l'ordinanza di precettazione
firmata martedì dal ministro". A strike ban (docs/conventions.md: a `precettazione` is COERCE, the
government against the strikers) names its target through the strike it limits; the clause seldom
says it: the noun hangs off a document noun ("l'ordinanza di"), the strike and its callers stand in
a relative clause, a participle or the sentence before. Measured on the dev gold: of the three
`precettazione` events (it-008, it-040, it-051), two were dropped for a missing side.

`_strike_bans` fills, for a COERCE draft told as done (asserted or reported) whose trigger is a
listed strike measure:
- a missing target, when the source is the government, with the callers of a strike told in its sentence or the two before (the
  source of a PROTEST draft not on the measure's side), else the article's party of a listed
  sector (unions: LAB) of the source's country, the first one named;
- a missing source with the nearest party of a listed sector (GOV) named before it in its sentence
  ("Il ministro ..., Matteo Salvini, ha firmato l'ordinanza di precettazione").

Data: `lang/<l>/domestic.yaml` `strike_measures` (`words`: lemmas or forms of the measure;
`target_sectors`, `source_sectors`); a language without it has the rule off.
"""

from __future__ import annotations

from functools import cache

from cronaca import lang as langpacks
from cronaca.events.codes import _same_side
from cronaca.events.context import Draft, _Ctx

_THREAT_REACH = 6  # words from a threat verb to the measure it threatens ("minacciato di ricorrere alla")


@cache
def _ban_data(lang: str) -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """(measure words, target sectors in order of preference, source sectors)."""
    raw = langpacks.entry(lang, "domestic", "strike_measures")
    if not raw:
        return frozenset(), (), frozenset()
    return (
        frozenset(str(w).lower() for w in raw.get("words") or []),
        tuple(str(w).upper() for w in raw.get("target_sectors") or []),
        frozenset(str(w).upper() for w in raw.get("source_sectors") or []),
    )


def _strike_bans(ctx: _Ctx, drafts: list[Draft]) -> None:
    words, target_sectors, source_sectors = _ban_data(ctx.doc.meta.lang or "it")
    if not words:
        return
    for d in drafts:
        if d.m.trig.type != "COERCE" or (d.source and d.target):
            continue
        if d.modality not in ("asserted", "reported"):
            continue  # a measure feared or planned is no act
        if any(x.m.trig.type == "THREATEN" and x.sent == d.sent and 0 < d.m.ta - x.m.ta <= _THREAT_REACH for x in drafts):
            continue  # "ha minacciato di ricorrere alla precettazione": the threat's content, no act
        k = d.m.ta
        if ctx.toks[k].lemma not in words and ctx.lows[k] not in words:
            continue
        if not d.source and source_sectors:
            lo = ctx.doc.sents[d.sent].tok_start
            for j in range(k - 1, lo - 1, -1):
                u = ctx.unit_at[j]
                a = ctx.actors.get(u.actor) if u is not None else None
                if a is not None and a.sector in source_sectors and a.country and not a.igo:
                    d.source = [a.id]
                    break
        if d.target or not d.source:
            continue
        src = ctx.actors.get(d.source[0])
        if src is None or src.sector not in source_sectors:
            continue  # a strike ban is the government's: another doer is a misread side
        # the callers of a strike told near it: the strike this measure limits
        for x in reversed(drafts):
            if (
                x.m.trig.type == "PROTEST"
                and d.sent - 2 <= x.sent <= d.sent
                and x.source
                and not any(_same_side(ctx, a, d.source) for a in x.source)
            ):
                d.target = list(x.source)
                break
        if d.target:
            continue
        country = src.country
        for sector in target_sectors:
            hit = next((a.id for a in ctx.doc.actors if a.sector == sector and a.country == country and not a.igo), None)
            if hit is not None:
                d.target = [hit]
                break
