"""Own-side venues before the object (Italian session five b; data: `lang/<l>/venues.yaml`).

"Il ministro degli Esteri ha convocato ieri alla Farnesina l'ambasciatore israeliano": the place of
the act, an institution of the source's own side after "a/alla", stands between the verb and its
direct object. `roles._roles` reads the first "a X" after a verb as its addressee, then drops it as
the source's own side (the draft is marked `own_side`), and the direct object after it is never
looked at: the summons is lost. `_own_venues` gives such a draft the first ungoverned party of
another side right after the venue (past at most `gap` plain words) as its target. Only drafts with
a source, no target and an own-side target read by the roles are touched, so a venue followed by
nothing, or by another preposition's party, changes nothing.
"""

from __future__ import annotations

from functools import cache

from cronaca import lang as langpacks
from cronaca.events.codes import _same_side
from cronaca.events.context import Draft, _Ctx


@cache
def _venue_data(lang: str) -> tuple[frozenset[str], frozenset[str], int]:
    """(prepositions of a venue, event types, words allowed between venue and object)."""
    if not langpacks.has_data(lang, "venues"):
        return frozenset(), frozenset(), 0
    raw = langpacks.load_yaml(lang, "venues") or {}
    return (
        frozenset(str(w).lower() for w in raw.get("venue_preps") or []),
        frozenset(str(t) for t in raw.get("types") or []),
        int(raw.get("gap", 3)),
    )


def _own_venues(ctx: _Ctx, drafts: list[Draft]) -> None:
    """An own-side "a X" right after a verb trigger is where the act took place; the ungoverned
    party after it is the target."""
    preps, types, gap = _venue_data(ctx.doc.meta.lang or "it")
    if not preps:
        return
    lex = ctx.lex
    for d in drafts:
        trig = d.m.trig
        if d.target or not d.own_side or not d.source or trig.noun or trig.sym or trig.type not in types:
            continue
        s = ctx.doc.sents[d.sent]
        hi = s.tok_end
        k = d.m.tb
        # the venue: the first party after the verb (past plain words), governed by "a/alla"
        while k < hi and k - d.m.tb <= gap and ctx.unit_at[k] is None and ctx.lows[k].isalpha():
            k += 1
        venue = ctx.unit_at[k] if k < hi else None
        if venue is None or venue.ts < 1 or ctx.lows[venue.ts - 1] not in preps:
            continue
        if not _same_side(ctx, venue.actor, d.source):
            continue  # a party of another side after "a" is the addressee the roles meant
        # the object: an ungoverned party of another side after the venue, past plain words
        j = venue.te
        while j < hi and j - venue.te <= gap and ctx.unit_at[j] is None and (
            ctx.lows[j] in lex.det
            or (
                ctx.lows[j].isalpha()
                and ctx.lows[j] not in lex.prep
                and ctx.lows[j] not in lex.clause
                and ctx.lows[j] not in lex.conj
            )
        ):
            j += 1
        obj = ctx.unit_at[j] if j < hi else None
        if obj is None or ctx.gov(obj, venue.te) is not None or _same_side(ctx, obj.actor, d.source):
            continue
        d.target = [obj.actor]
        d.own_side = False
