"""A deed noun that tells the manner of its own clause's verb (English session six; data:
`lang/<l>/reactions.yaml` `manner`).

"Israel, whose air force struck Iranian air-defence sites in a series of raids last year, ...",
"the army shelled the town in a night-time assault": the noun after "in"/"with" is the verb's own
act told again, not a second one. `roles._roles` reads the noun's sides from the words around it
("Iranian" before "air-defence sites" became the raids' doer: Iran -> Israel, the reverse of the
strike). `_manner_nouns` drops such a noun when a verb draft of the same type stands before it in
the same clause with both sides read; a verb with a side missing keeps its noun, which may name
the doer ("killed in an attack by Hezbollah" is `material._deed_agents`' case).
"""

from __future__ import annotations

from functools import cache

from cronaca import lang as langpacks
from cronaca.events.context import Draft, _Ctx


@cache
def _manner_data(lang: str) -> tuple[frozenset[str], frozenset[str], int]:
    """(prepositions of manner, words of a measure phrase "a series of", the most words between)."""
    raw = langpacks.entry(lang, "reactions", "manner") or {}
    return (
        frozenset(str(w).lower() for w in raw.get("preps") or []),
        frozenset(str(w).lower() for w in raw.get("measures") or []),
        int(raw.get("gap", 4)),
    )


def _manner_nouns(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    preps, measures, gap = _manner_data(ctx.doc.meta.lang or "it")
    if not preps:
        return drafts
    lex, lows = ctx.lex, ctx.lows
    material = lex.material
    drop: set[int] = set()
    for d in drafts:
        if not d.m.trig.noun or d.m.trig.type not in material:
            continue
        lo = ctx.doc.sents[d.sent].tok_start
        # back over the article, a measure phrase ("a series of", "a wave of") and modifiers
        k = d.m.ta - 1
        skipped = 0
        while k >= lo and skipped <= gap:
            w = lows[k]
            if w in preps:
                break
            if (w in lex.det or w in measures or w == "of" or w == "-" or w.isdigit()
                    or (w.isalpha() and ctx.unit_at[k] is None and k not in ctx.trigger_tok
                        and w not in lex.prep and w not in lex.clause and w not in lex.conj)):
                k -= 1
                skipped += 1
                continue
            k = lo - 1
        if k < lo or lows[k] not in preps:
            continue
        verb = next(
            (
                e
                for e in reversed(drafts)
                if e is not d and e.sent == d.sent and not e.m.trig.noun and e.m.tb <= k
                and e.m.trig.type == d.m.trig.type
            ),
            None,
        )
        if verb is None or not (verb.source and verb.target):
            continue
        if any(lows[j] in lex.clause or lows[j] in (";", ":") for j in range(verb.m.tb, k)):
            continue  # another clause between: "struck X, which ... in raids" is not this verb's manner
        drop.add(id(d))
    if not drop:
        return drafts
    return [d for d in drafts if id(d) not in drop]
