"""A place between a light verb and its event noun: "Meloni ha avuto a Roma un colloquio con
Zelensky", "Le Nazioni Unite hanno lanciato oggi a Ginevra un appello". The walk from the noun back
to the word that governs it stopped at the place name, so the noun lost its light verb and with it
the verb's subject as its source. `roles._roles` steps over the place and its preposition with
`_place_between`, as it steps over a date ("ha annunciato per mercoledì un presidio").
"""

from __future__ import annotations

from cronaca.events.context import _Ctx

_PLACE_KINDS = frozenset({"GPE", "LOC"})
_PLACE_PREPS = frozenset({"place", "target"})  # "a Ginevra", "in Qatar", "nella capitale"


def _place_between(ctx: _Ctx, k: int, lo: int) -> int:
    """When token `k` ends a place ("a Ginevra") governed by a preposition of place, the token right
    before that preposition; -1 otherwise."""
    u = ctx.unit_at[k]
    if u is None:
        # places are indexed by their first token: look a few tokens back for one ending at `k`
        # (a plain loop: a generator costs more than the few lookups it makes)
        place_at = ctx.place_at
        if not place_at:
            return -1
        for j in range(k, max(lo, k - 3) - 1, -1):
            v = place_at.get(j)
            if v is not None and v.te == k + 1:
                u = v
                break
        else:
            return -1
    elif u.kind not in _PLACE_KINDS or u.te != k + 1:
        return -1
    p = u.ts - 1
    if p - 1 < lo or ctx.lex.prep.get(ctx.lows[p]) not in _PLACE_PREPS:
        return -1
    return p - 1
