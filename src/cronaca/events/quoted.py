"""Events inside quotations: a bare body the speaker names is the speaker's own country's body.

"Israel's defence minister said the army would strike Iran", "«L'esercito risponderà»,
ha detto il ministro ucraino": the actors stage reads the bare noun ("army", "esercito") alone and
gives it the article's main country (in a story about Iran, "Army of Iran": the strike became Iran's
own) or no country at all (then `_coded_sides` drops it and the event with it). Inside a quotation
the owner is known: a speaker of a country who names "the army" or "the government" bare speaks of
its own state's (a foreign body would carry its demonym or owner: "the Russian army", "il governo di
Kiev", which are other mentions). `_quoted_own_bodies` runs before the roles and points such a unit,
in the events stage only (the document's actors are left as the actors stage made them), at the
document's actor of the speaker's country with the body's sector, else, for a state speaker and a
state body, at the speaker itself: a side across two countries is scored by country alone, so the
speaker's code is right whenever the other side is foreign.

Data: `lang/common/quoted.yaml` `own_body_sectors` (the sectors moved), `lang/<l>/quoted.yaml`
`bare_bodies` (the bare nouns, as whole lowercase mentions).
"""

from __future__ import annotations

import bisect
from functools import cache

from cronaca import lang as langpacks
from cronaca.events.context import _START, Unit, _Ctx
from cronaca.model import Actor


@cache
def _own_body_sectors() -> frozenset[str]:
    if not langpacks.has_data("common", "quoted"):
        return frozenset()
    return frozenset(str(s).upper() for s in langpacks.load_yaml("common", "quoted").get("own_body_sectors") or [])


@cache
def _bare_bodies(lang: str) -> frozenset[str]:
    return frozenset(langpacks.words(lang, "quoted", "bare_bodies"))


def _own_body(ctx: _Ctx, body: Actor, speaker: Actor) -> str | None:
    """The speaker's country's actor of the body's sector, or the speaker itself (both of the state)."""
    same = [
        a
        for a in ctx.doc.actors
        if a.country == speaker.country and a.sector == body.sector and not a.igo and a.id != body.id
    ]
    if same:
        # a body before a person who leads it; then the one the article names most
        return max(same, key=lambda a: (a.kind != "PER", len(a.mentions))).id
    state = ctx.lex.state_sectors
    if speaker.sector in state and body.sector in state:
        return speaker.id
    return None


def _owned(ctx: _Ctx, u: Unit) -> bool:
    """The noun names its owner after all: "il governo di Caracas", "the army of Niger", "the
    government in Kyiv" (a "di/of/in" phrase or a name right after it), "Kyiv's government"."""
    lows, lex = ctx.lows, ctx.lex
    if u.te < len(lows) and (ctx.unit_at[u.te] is not None or lex.prep.get(lows[u.te]) in ("of", "place")):
        return True
    return u.ts > 0 and lows[u.ts - 1] in ("'s", "’s")


def _quoted_own_bodies(ctx: _Ctx) -> None:
    sectors = _own_body_sectors()
    bare = _bare_bodies(ctx.doc.meta.lang or "it")
    if not sectors or not bare:
        return
    actors, toks = ctx.actors, ctx.toks
    for q in ctx.quotes:
        speaker = actors.get(q.speaker) if q.speaker else None
        if speaker is None or not speaker.country or speaker.igo:
            continue
        k = bisect.bisect_left(toks, q.start, key=_START)
        seen: set[int] = set()
        while k < len(toks) and toks[k].start < q.end:
            u: Unit | None = ctx.unit_at[k]
            k += 1
            if u is None or id(u) in seen or u.kind == "DEM" or u.text.lower() not in bare:
                continue
            seen.add(id(u))
            if _owned(ctx, u):
                continue
            a = actors.get(u.actor)
            if a is None or a.igo or a.sector not in sectors or a.country == speaker.country:
                continue
            found = _own_body(ctx, a, speaker)
            if found is not None:
                u.actor = found
