"""Things that hit, not parties that attack (English session six; data: `lang/<l>/reactions.yaml`
`impacts`).

"The ban hit Japanese fishing communities hard", "Russia's sanctions hit Ukrainian farmers", "the
cyclone was the strongest to hit central Mozambique": a verb of striking whose subject is a measure,
a storm or a crisis tells an impact, not an attack. The roles find no party as the subject and
carry one over from the sentences before (the spokeswoman who spoke of the ban), so an ASSAULT was
told between two parties that never fought. `_impact_subjects` drops a verbal ASSAULT draft of a
listed verb when, walking left from its verb group within the clause, a listed subject noun comes
before any party's name ("Russian missiles hit Kyiv" keeps its attack).
"""

from __future__ import annotations

from functools import cache

from cronaca import lang as langpacks
from cronaca.events.context import Draft, _Ctx


@cache
def _impact_data(lang: str) -> tuple[frozenset[str], frozenset[str], int]:
    """(verb lemmas, subject nouns that tell an impact, the most words walked left)."""
    raw = langpacks.entry(lang, "reactions", "impacts") or {}
    return (
        frozenset(str(w).lower() for w in raw.get("verbs") or []),
        frozenset(str(w).lower() for w in raw.get("subjects") or []),
        int(raw.get("reach", 8)),
    )


def _impact_subjects(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    verbs, subjects, reach = _impact_data(ctx.doc.meta.lang or "it")
    if not verbs:
        return drafts
    lex, lows = ctx.lex, ctx.lows
    drop: set[int] = set()
    for d in drafts:
        if d.m.trig.noun or d.m.trig.type != "ASSAULT":
            continue
        if ctx.toks[d.m.ta].lemma not in verbs and lows[d.m.ta] not in verbs:
            continue
        lo = ctx.doc.sents[d.sent].tok_start
        k = d.m.ta - 1
        steps = 0
        while k >= lo and steps < reach:
            w = lows[k]
            if w in subjects:
                drop.add(id(d))
                break
            if w in lex.relative and k > lo and lows[k - 1] in subjects:
                # "l'ondata di gelo che ha colpito la Polonia", "the storm which hit": the antecedent
                # of the relative pronoun is the verb's subject (realprec7)
                drop.add(id(d))
                break
            if ctx.unit_at[k] is not None or w in lex.clause or w in (",", ";", ":") or k in ctx.verb_tok:
                break
            k -= 1
            steps += 1
    if not drop:
        return drafts
    return [d for d in drafts if id(d) not in drop]
