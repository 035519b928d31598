"""A deed named as what an inquiry looks into (English session six; data: `lang/<l>/reactions.yaml`
`inquiries`).

"The UN High Commissioner called for an independent investigation into the killings", "Kenya
opened an inquiry into the attack on the convoy": the deed is the inquiry's topic, told before
or still unattributed, and the one who asks for the inquiry is never its doer. `roles._roles` reads
a noun in an adverbial phrase with the clause's subject as its doer, so the caller became the
killer. `_inquiry_topics` drops a definite deed noun ("the", "these") right after "into"/"of" that
follows an inquiry noun (past a few modifiers): an act told again is annotated once, where it is
first told (docs/conventions.md); an indefinite one ("an inquiry into a new attack") is left alone.
"""

from __future__ import annotations

from functools import cache

from cronaca import lang as langpacks
from cronaca.events.context import Draft, _Ctx


@cache
def _inquiry_data(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str], int]:
    """(inquiry nouns, prepositions after them, definite determiners, the most modifiers between)."""
    raw = langpacks.entry(lang, "reactions", "inquiries") or {}

    def fs(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in raw.get(key) or [])

    return fs("nouns"), fs("preps"), fs("definite"), int(raw.get("gap", 3))


def _inquiry_topics(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    nouns, preps, definite, gap = _inquiry_data(ctx.doc.meta.lang or "it")
    if not nouns:
        return drafts
    lows = ctx.lows
    material = ctx.lex.material
    drop: set[int] = set()
    for d in drafts:
        if d.m.trig.type not in material:
            continue  # (a verb trigger after an article is a noun too: "the killings" has the lemma "kill")
        lo = ctx.doc.sents[d.sent].tok_start
        k = d.m.ta - 1
        # the deed's own modifiers ("the Russian attack", "the night-time killings")
        skipped = 0
        while k >= lo and skipped < gap and lows[k] not in definite and lows[k] not in preps:
            k -= 1
            skipped += 1
        if k < lo or lows[k] not in definite:
            continue
        k -= 1
        if k < lo or lows[k] not in preps:
            continue
        j = k - 1
        skipped = 0
        while j >= lo and skipped < gap and lows[j] not in nouns and (lows[j].isalpha() or lows[j] in (",", "-")):
            j -= 1
            skipped += 1
        if j >= lo and lows[j] in nouns:
            drop.add(id(d))
    if not drop:
        return drafts
    return [d for d in drafts if id(d) not in drop]
