"""An armed group or an organization named right before a deed noun is the deed's doer (English):
"RSF drone strikes on Abu Shouk killed at least 15 displaced civilians", "Houthi missile attacks on
shipping", "a Hamas attack".

`roles` takes a noun's doer from a demonym or a possessive before it ("Russian strikes", "Russia's
strikes") and from "of/by X" after it; a name used as a modifier was read as neither, and the
implied sides gave the deed the counterpart of its target in the events around (session eight,
tgt8: "RSF drone strikes" became the United Arab Emirates' strikes). A country before the noun is
left alone unless it is an armed body ("Russia sanctions" are sanctions on Russia); places never
count.

Data: `lang/<l>/premodifiers.yaml` (`types`, `kinds`, `sectors`, `reach`); Italian has none.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from cronaca import lang as langpacks
from cronaca.events.codes import _same_side
from cronaca.events.context import Draft, _Ctx


@dataclass(frozen=True, slots=True)
class _Data:
    types: frozenset[str]
    kinds: frozenset[str]
    sectors: frozenset[str]
    reach: int


@cache
def _data(lang: str) -> _Data | None:
    if not langpacks.has_data(lang, "premodifiers"):
        return None
    raw = langpacks.load_yaml(lang, "premodifiers") or {}

    def fs(key: str) -> frozenset[str]:
        return frozenset(str(w) for w in raw.get(key) or [])

    return _Data(fs("types"), fs("kinds"), fs("sectors"), int(raw.get("reach") or 0))


def _premodifier_doers(ctx: _Ctx, drafts: list[Draft]) -> None:
    """Give a deed noun with no doer the group named right before it (module docstring)."""
    data = _data(ctx.doc.meta.lang or "it")
    if data is None or not data.types:
        return
    lex = ctx.lex
    for d in drafts:
        trig = d.m.trig
        if not trig.noun or trig.sym or d.source or trig.type not in data.types:
            continue
        lo = ctx.doc.sents[d.sent].tok_start
        k = d.m.ta - 1
        words = 0
        while (
            k >= lo
            and words < data.reach
            and ctx.unit_at[k] is None
            and ctx.lows[k].isalpha()
            and not ctx.toks[k].is_title
            and ctx.lows[k] not in lex.det
            and ctx.lows[k] not in lex.prep
            and ctx.lows[k] not in lex.conj
            and ctx.lows[k] not in lex.clause
            and ctx.lows[k] not in lex.aux
            and k not in ctx.trigger_tok
        ):
            k -= 1
            words += 1
        u = ctx.unit_at[k] if k >= lo else None
        if u is None or u.te != k + 1:
            continue
        a = ctx.actors.get(u.actor)
        if a is None or a.kind == "LOC":
            continue
        if a.kind not in data.kinds and a.sector not in data.sectors:
            continue
        if ctx.gov(u, lo) is not None or (u.ts > lo and ctx.lows[u.ts - 1] in lex.possessive):
            continue  # "attacks on Hamas positions", a name governed by a preposition is no doer
        if d.target and _same_side(ctx, u.actor, d.target):
            continue
        d.source = [u.actor]
