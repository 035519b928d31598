"""Warnings to a briefed audience: "The finance minister warned lawmakers that the economy could
shrink". A warning addressed to a party is a threat to it (`match._announces_threat`), but a legislature
told of a risk is being briefed, not threatened: an addressee of a `briefed_sectors` sector
(modality.yaml) does not make the warning a threat by itself; a consequence word or a condition still
does ("warned lawmakers they would face prosecution").
"""

from __future__ import annotations

from functools import cache

from cronaca import lang as langpacks
from cronaca.events.context import _Ctx


@cache
def briefed_sectors(lang: str) -> frozenset[str]:
    if not langpacks.has_data(lang, "modality"):
        return frozenset()
    return frozenset(str(s) for s in (langpacks.load_yaml(lang, "modality") or {}).get("briefed_sectors") or [])


def _briefed(ctx: _Ctx, actor_id: str) -> bool:
    """Is the actor an audience a warning briefs rather than threatens?"""
    sectors = briefed_sectors(ctx.doc.meta.lang or "it")
    a = ctx.actors.get(actor_id) if sectors else None
    return a is not None and a.sector in sectors
