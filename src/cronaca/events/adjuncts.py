"""Adjuncts that are no party: a time of day after a preposition ("Nel pomeriggio decine di migliaia
di manifestanti hanno sfilato", "In serata la polizia ha disperso ..."). The time stage annotates no
time of day, so nothing ends the noun phrase there, and `context._Ctx.gov` read the name after it as
governed by "nel" (a place): the clause lost its subject. Marked here as the events stage's time
tokens (`_Ctx.timex_tok`), which end a noun phrase like a date.

Data: `lang/<l>/modality.yaml` `time_of_day`. A language without it has the rule off.
"""

from __future__ import annotations

from functools import cache

from cronaca import lang as langpacks
from cronaca.events.context import _Ctx, _positions


@cache
def _times(lang: str) -> frozenset[str]:
    return frozenset(langpacks.words(lang, "modality", "time_of_day"))


def _time_of_day(ctx: _Ctx) -> None:
    times = _times(ctx.doc.meta.lang or "it")
    # (the document's word set is shared by the steps after): the time words it holds, usually
    # none or one, are found by a scan per word, not a membership test per token
    here = times.intersection(ctx.low_set) if times else None
    if not here:
        return
    for k in _positions(ctx.lows, here):
        if k > 0 and ctx.lows[k - 1] in ctx.lex.prep or (k > 1 and ctx.lows[k - 1] in ctx.lex.det and ctx.lows[k - 2] in ctx.lex.prep):
            ctx.timex_tok.add(k)  # "nel pomeriggio", "in serata", "durante la notte"
