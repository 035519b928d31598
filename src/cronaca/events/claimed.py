"""A deed its doer claims ("Mosca ha rivendicato il raid", "Hamas ha rivendicato l'attacco") is the
doer's own account of its act (Italian, session seven). docs/conventions.md: the same act claimed by
another source is annotated again, in that source's sentence; a claim of responsibility is such a
telling, by the party that did it. `restatements._restatements` keeps a definite noun that a party to
the act reports (`Draft.attributed`); the claiming verb is no speech verb, so nothing recorded who
reports it and the claimed raid was dropped as the attack told before. `_claimed_deeds` records the
claimer (the noun's source, the verb's subject) as the one who reports it.

Data: `lang/<l>/discourse.yaml` `claimed_deeds` (`verbs`: lemmas or forms of the claiming verb;
`types`: deed types it can claim; `gap`: words between the verb and the noun: articles, adjectives,
quotation marks). A language without it has the rule off.
"""

from __future__ import annotations

from functools import cache

from cronaca import lang as langpacks
from cronaca.events.context import _QUOTE_MARKS, Draft, _Ctx


@cache
def _claim_data(lang: str) -> tuple[frozenset[str], frozenset[str], int]:
    """(claiming verbs, deed types, most words between the verb and the noun)."""
    raw = langpacks.entry(lang, "discourse", "claimed_deeds")
    if not raw:
        return frozenset(), frozenset(), 0
    return (
        frozenset(str(w).lower() for w in raw.get("verbs") or []),
        frozenset(str(t).upper() for t in raw.get("types") or []),
        int(raw.get("gap") or 0),
    )


def _claimed_deeds(ctx: _Ctx, drafts: list[Draft]) -> None:
    verbs, types, gap = _claim_data(ctx.doc.meta.lang or "it")
    if not verbs:
        return
    lex = ctx.lex
    for d in drafts:
        trig = d.m.trig
        if not trig.noun or trig.type not in types or not d.source or d.attributed:
            continue
        lo = ctx.doc.sents[d.sent].tok_start
        k = d.m.ta - 1
        # back over the noun's articles, adjectives and an opening quotation mark ("il raid",
        # "«colpi di precisione»"), never over a party or another trigger
        while k >= lo and d.m.ta - k <= gap + 1:
            w = ctx.lows[k]
            if ctx.toks[k].lemma in verbs or w in verbs:
                d.attributed = list(d.source)  # the doer reports its own deed
                break
            if ctx.unit_at[k] is not None or k in ctx.trigger_tok or not (w in lex.det or w in _QUOTE_MARKS or w.isalpha()):
                break
            k -= 1
