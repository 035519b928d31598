"""Weapons fired at someone: "Police fired tear gas, rubber bullets and live rounds at thousands of
students", "a Chinese coast guard vessel fired water cannon at a Philippine supply boat".

The firing verb takes its weapon as object and names its target only after "at", past a list of
weapons; `_roles` looks for the target right after the trigger and finds none, so the draft is dropped
or left to a guess. Fired at a party, the act is an assault (the gold codes it ASSAULT whatever the
weapon); fired "to disperse the crowd" with no target it stays the repression the trigger table
says (COERCE). `_fired_at` gives a firing draft with no target the party after "at" (an actor, or a
demonym standing for its country: "at a Philippine supply boat" is aimed at the Philippines), and
retypes a repression so aimed to an assault. A craft right before the verb fires for the party named
before it ("a Chinese coast guard vessel fired": the coast guard).

Data: `lang/<l>/domestic.yaml` `fired_at` (a language without it is left alone).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from cronaca import lang as langpacks
from cronaca.events.codes import _same_side
from cronaca.events.context import _PUNCT, _QUOTE_MARKS, Draft, _Ctx


@dataclass(frozen=True, slots=True)
class _FiredAt:
    verbs: frozenset[str]  # lemmas of the firing verbs ("fire")
    preps: frozenset[str]  # the preposition before the target ("at")
    reach: int  # words of the weapon phrase between the trigger and the preposition
    target_reach: int  # words after the preposition before the target ("a group of demonstrators")
    cameo: str  # the CAMEO code of an aimed repression retyped to an assault
    vehicles: frozenset[str]  # craft that fire for their owner ("a Chinese coast guard vessel fired")


@cache
def _fired_data(lang: str) -> _FiredAt | None:
    raw = langpacks.entry(lang, "domestic", "fired_at") or {}
    if not raw.get("verbs"):
        return None
    return _FiredAt(
        verbs=frozenset(str(w) for w in raw["verbs"]),
        preps=frozenset(str(w) for w in raw.get("preps") or []),
        reach=int(raw.get("reach", 8)),
        target_reach=int(raw.get("target_reach", 5)),
        cameo=str(raw.get("cameo", "190")),
        vehicles=frozenset(str(w) for w in raw.get("vehicles") or []),
    )


def _aimed_at(ctx: _Ctx, d: Draft, data: _FiredAt) -> str | None:
    """The party after "at" that ends the weapon phrase, or None when the phrase ends first (a
    clause break, a full stop, another verb or a named party as the object)."""
    lex = ctx.lex
    end = ctx.doc.sents[d.sent].tok_end
    k = d.m.tb
    hi = min(end, d.m.tb + data.reach + 1)
    while k < hi:
        w = ctx.lows[k]
        if w in data.preps:
            break
        # the weapon list may hold commas and "and"; anything that opens another clause ends it
        if ctx.unit_at[k] is not None or k in ctx.verb_tok or w in lex.clause or w in _QUOTE_MARKS:
            return None
        if w in _PUNCT and w != ",":
            return None
        k += 1
    else:
        return None
    for j in range(k + 1, min(end, k + 1 + data.target_reach)):
        u = ctx.unit_at[j]
        if u is not None:
            return u.actor
        if ctx.lows[j] in _PUNCT or ctx.lows[j] in lex.clause or j in ctx.verb_tok:
            return None
    return None


def _vehicle_owner(ctx: _Ctx, d: Draft, data: _FiredAt) -> str | None:
    """The party named right before a craft that is the verb's subject ("a Chinese coast guard vessel
    fired", "Russian warplanes fired"): the craft fires for it."""
    k = d.m.ta - 1
    lo = ctx.doc.sents[d.sent].tok_start
    if k - 1 < lo or ctx.lows[k] not in data.vehicles:
        return None
    u = ctx.unit_at[k - 1]
    return u.actor if u is not None else None


def _fired_at(ctx: _Ctx, drafts: list[Draft]) -> None:
    data = _fired_data(ctx.doc.meta.lang or "it")
    if data is None:
        return
    for d in drafts:
        trig = d.m.trig
        if trig.noun or trig.type not in ("ASSAULT", "COERCE"):
            continue
        if ctx.toks[d.m.ta].lemma not in data.verbs:
            continue
        # the craft's owner is the doer, over a subject read past the craft ("The Philippines
        # protested after a Chinese coast guard vessel fired water cannon at ...")
        owner = _vehicle_owner(ctx, d, data)
        if owner is not None and owner not in d.target:
            d.source = [owner]
            # a target read from the old subject's side ("The Philippines protested with China
            # after ...") is the owner's own: look for the party fired at instead
            d.target = [a for a in d.target if not _same_side(ctx, a, d.source)]
        if d.target:
            continue
        target = _aimed_at(ctx, d, data)
        if target is None or (d.source and _same_side(ctx, target, d.source)):
            continue
        d.target = [target]
        if trig.type == "COERCE":
            # "fired tear gas at the students": aimed at a party, the repression is an assault
            d.m = replace(d.m, trig=replace(trig, type="ASSAULT", cameo=data.cameo))
