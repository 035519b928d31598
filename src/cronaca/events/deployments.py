"""A build-up or a deployment named with its force after "di"/"of" is that force's own move:
"lo schieramento delle truppe polacche", "the deployment of Russian troops" are done by the troops'
country, not aimed at it. `roles` reads "di X" after an event noun as its target unless the trigger
says otherwise (`of: source`, or an attack whose "di X" is an armed body: `discourse.yaml`
`armed_doers`); a mobilization noun's armed owner was read as its victim, and a judgement of it
("ha definito lo schieramento delle truppe polacche «una provocazione»") then found no doer to aim
at. Here the armed party becomes the source and, for a `near: true` trigger, the target is the
nearest other country of the sentence, as `roles` would have chosen with that source.

Data: `lang/common/deployments.yaml` (`types`: the noun triggers' types; `sectors`: the armed
bodies' sectors; `reach`: how many words may stand between the noun and "di/of").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from cronaca import lang as langpacks
from cronaca.events.context import Draft, _Ctx
from cronaca.events.roles import _nearest_country


@dataclass(frozen=True, slots=True)
class _Data:
    types: frozenset[str]
    sectors: frozenset[str]
    reach: int


@cache
def _data() -> _Data:
    raw = langpacks.load_yaml("common", "deployments") if langpacks.has_data("common", "deployments") else {}
    raw = raw or {}
    return _Data(
        types=frozenset(str(w) for w in raw.get("types") or []),
        sectors=frozenset(str(w) for w in raw.get("sectors") or []),
        reach=int(raw.get("reach") or 3),
    )


def _armed_owners(ctx: _Ctx, drafts: list[Draft]) -> None:
    """The armed owner after a mobilization noun is its doer (see the module docstring)."""
    data = _data()
    if not data.types:
        return
    for d in drafts:
        trig = d.m.trig
        if not trig.noun or trig.sym or trig.type not in data.types or d.source or not d.target:
            continue
        s = ctx.doc.sents[d.sent]
        lo, hi = s.tok_start, s.tok_end
        owner = None
        for k in range(d.m.tb, min(hi, d.m.tb + data.reach + 1)):
            u = ctx.unit_at[k]
            if u is None:
                continue
            if u.ts == k and u.actor in d.target and u.kind != "DEM" and ctx.gov(u, d.m.tb) == "of":
                a = ctx.actors.get(u.actor)
                if a is not None and a.sector in data.sectors:
                    owner = u.actor
            break  # only the first party after the noun is its owner
        if owner is None:
            continue
        d.source = [owner]
        d.target = [a for a in d.target if a != owner]
        if not d.target and trig.near:
            d.target = _nearest_country(ctx, d.m, lo, hi, d.source)
