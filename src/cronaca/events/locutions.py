"""Adverbial locutions inside a verb group: "Minsk ha a sua volta accusato la Polonia", "Teheran ha
ancora una volta respinto le accuse", "ha nel frattempo chiesto". Several words stand between the
auxiliary and the participle as a one-word adverb does ("ha poi accusato"); without them the
participle read as an adjective with no auxiliary, and the clause lost both its subject and its
object. `subjects._verb_group_start` steps over one with `_locution_before`.

Data: `lang/<l>/verbgroup.yaml` `locutions` (a language without the file has the rule off).
"""

from __future__ import annotations

from functools import cache

from cronaca import lang as langpacks
from cronaca.events.context import _Ctx


@cache
def _locutions(lang: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Last word -> the locutions ending with it, longest first (one dict lookup per token)."""
    if not langpacks.has_data(lang, "verbgroup"):
        return {}
    out: dict[str, list[tuple[str, ...]]] = {}
    for words in (langpacks.load_yaml(lang, "verbgroup") or {}).get("locutions") or []:
        seq = tuple(str(w).lower() for w in words)
        if seq:
            out.setdefault(seq[-1], []).append(seq)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def _locution_before(ctx: _Ctx, k: int, lo: int) -> int:
    """How many tokens a locution ending right before token `k` spans (0: none), not reaching below
    `lo` and over no actor mention."""
    if k - 1 < lo:
        return 0
    cands = _locutions(ctx.doc.meta.lang or "it").get(ctx.lows[k - 1])
    if not cands:
        return 0
    for seq in cands:
        n = len(seq)
        a = k - n
        if a >= lo and tuple(ctx.lows[a:k]) == seq and all(ctx.unit_at[j] is None for j in range(a, k)):
            return n
    return 0
