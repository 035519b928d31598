"""Talks told with their mediators ("After talks mediated by Kazakhstan's foreign minister, the two
sides signed a ceasefire", "i negoziati di Gedda, mediati da Arabia Saudita e Stati Uniti"): the
agent of the mediation participle is the talks' only party the clause names, so the talks noun had
one participant (or the two mediators only) and the parties the mediators stand between were lost.
Tenth session (branch differ10, "same type, sides differ"): the talks are between the sides the
mediation is aimed at (the participle's targets once `_implied_sides` has read them: the article's
two sides); the mediation participle itself stays the mediators' act towards those sides, so the
mediators are not counted twice. (Tried: the mediators among the talks' parties too, as one Italian
dev file codes it: fresh blind sets +2 right, +16 wrong.)

Data: `{en,it}/discourse.yaml` `mediation_participles` (the participle forms, read right after the
talks noun, past `mediation_skip` words).
"""

from __future__ import annotations

from functools import cache

from cronaca import lang as langpacks
from cronaca.events.context import Draft, _Ctx


@cache
def _participles(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """(mediation participle forms, words that may stand between the noun and the participle)."""
    forms = frozenset(str(w).lower() for w in langpacks.entry(lang, "discourse", "mediation_participles") or [])
    skip = frozenset(str(w).lower() for w in langpacks.entry(lang, "discourse", "mediation_skip") or [])
    return forms, skip


def _mediated_talks(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A symmetric talks noun followed by a mediation participle whose draft has both sides: its
    parties are the sides the mediators stand between (module docstring)."""
    forms, skip = _participles(ctx.doc.meta.lang or "it")
    if not forms or forms.isdisjoint(ctx.low_set):
        return
    by_start = {d.m.ta: d for d in drafts}
    for d in drafts:
        if not d.m.trig.noun or not d.m.trig.sym or d.m.trig.type != "CONSULT":
            continue
        hi = ctx.doc.sents[d.sent].tok_end
        k = d.m.tb
        while k < hi and ctx.lows[k] in skip:
            k += 1
        if k >= hi or ctx.lows[k] not in forms:
            continue
        mediation = by_start.get(k)
        if mediation is None or not mediation.source or not mediation.target:
            continue
        s = ctx.doc.sents[d.sent]
        named = {u.actor for j in range(s.tok_start, s.tok_end) if (u := ctx.unit_at[j]) is not None}
        if not all(a in named for a in mediation.target):
            continue  # sides guessed from the article, not told with the talks: no second guess
        d.source = list(dict.fromkeys(mediation.target))
        d.target = list(d.source)
