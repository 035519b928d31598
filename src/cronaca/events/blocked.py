"""Blocking a thing, not a decision (English session six; data: `lang/<l>/reactions.yaml` `blocked`).

"Block" is a rejection when its object is a decision, a bill, a membership or a resolution
("Turkey blocked Sweden's bid"). With a road, a convoy or a ship as its object it is a deed: a
crowd that blocks a highway protests ("students who had blocked highways and railway lines", PROTEST
144, aimed at its own government by `material._domestic_protests`), an armed or state party that
blocks a convoy or a road coerces ("blocking a World Food Programme convoy", COERCE 191), and a
blocked aid delivery is told as a charge or a cause, which the gold never codes as a rejection.
On the dev gold the rejection read there was wrong six times out of six. `_blocked_things` retypes
or drops such a REJECT draft by its object's head noun and its doer's sector.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from cronaca import lang as langpacks
from cronaca.events.context import Draft, _Ctx
from cronaca.events.phrases import _object_noun


@dataclass(frozen=True, slots=True)
class _Blocked:
    verbs: frozenset[str]  # lemmas of the blocking verbs
    things: frozenset[str]  # object nouns that are places or vehicles
    goods: frozenset[str]  # object nouns that are deliveries: no event at all
    crowds: frozenset[str]  # doer sectors that protest
    armed: frozenset[str]  # doer sectors that coerce (a country with no sector too)
    protest: str  # CAMEO code of a crowd's blockade
    coerce: str  # CAMEO code of an armed party's blockade
    gap: int


@cache
def _blocked_data(lang: str) -> _Blocked | None:
    raw = langpacks.entry(lang, "reactions", "blocked") or {}
    if not raw.get("verbs"):
        return None

    def fs(key: str) -> frozenset[str]:
        return frozenset(str(w) for w in raw.get(key) or [])

    return _Blocked(
        fs("verbs"), fs("things"), fs("goods"), fs("crowds"), fs("armed"),
        str(raw.get("protest_cameo", "144")), str(raw.get("coerce_cameo", "191")), int(raw.get("gap", 5)),
    )


def _object_head(ctx: _Ctx, d: Draft, data: _Blocked) -> str | None:
    """The first listed noun among the few words after the verb (past articles, modifiers and a name:
    "a World Food Programme convoy"), None when a clause or a preposition comes first."""
    return _object_noun(ctx, d.m.tb, ctx.doc.sents[d.sent].tok_end, data.gap, data.things | data.goods)


def _blocked_things(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    data = _blocked_data(ctx.doc.meta.lang or "it")
    if data is None:
        return drafts
    drop: set[int] = set()
    for d in drafts:
        trig = d.m.trig
        # "block" is drafted as a rejection, "blockade" (trigen10) as coercion: both are retyped by object
        if trig.noun or trig.type not in ("REJECT", "COERCE") or ctx.toks[d.m.ta].lemma not in data.verbs:
            continue
        head = _object_head(ctx, d, data)
        if head is None:
            continue
        sectors = {
            (a.sector or "") for x in d.source if (a := ctx.actors.get(x)) is not None and not a.igo
        }
        if head in data.goods or not sectors:
            drop.add(id(d))
        elif sectors <= data.crowds:
            # the protest's target is its government (`_domestic_protests`), not the party the road led to
            d.m = replace(d.m, trig=replace(trig, type="PROTEST", cameo=data.protest, one_sided=True))
            d.target = []
        elif sectors <= data.armed:
            d.m = replace(d.m, trig=replace(trig, type="COERCE", cameo=data.coerce))
        else:
            drop.add(id(d))
    if not drop:
        return drafts
    return [d for d in drafts if id(d) not in drop]
