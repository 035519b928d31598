"""Protests told as the means of the clause: "the unions brought the country to a standstill with a
general strike", "farmers marked the anniversary with a rally", "i sindacati hanno risposto con uno
sciopero". A one-sided noun (a strike, a rally) in an adverbial phrase takes no subject in
`roles._roles` (a protest near a clause is rarely its subject's own: "police banned the march over
the protests"); after an instrument preposition it is the subject's own act. Not after a trigger
("clashed with the rally": the rally is the other side's), and only when the noun names no doer of
its own. The prepositions are data (`instrument_preps` in the language's domestic.yaml).
"""

from __future__ import annotations

from functools import cache

from cronaca import lang as langpacks
from cronaca.events.context import Draft, _Ctx
from cronaca.events.subjects import _subject


@cache
def instrument_preps(lang: str) -> frozenset[str]:
    if not langpacks.has_data(lang, "domestic"):
        return frozenset()
    return frozenset(str(w).lower() for w in (langpacks.load_yaml(lang, "domestic") or {}).get("instrument_preps") or [])


def _protest_means(ctx: _Ctx, drafts: list[Draft]) -> None:
    preps = instrument_preps(ctx.doc.meta.lang or "it")
    if not preps:
        return
    lex = ctx.lex
    for d in drafts:
        trig = d.m.trig
        if not trig.noun or not trig.one_sided or d.source or d.quote is not None:
            continue
        lo = ctx.doc.sents[d.sent].tok_start
        # back over the article and up to four modifiers ("a 24-hour general strike")
        k = d.m.ta - 1
        skipped = 0
        while k >= lo and skipped < 5:
            w = ctx.lows[k]
            if w in lex.det or w in ("-", "–") or w.isdigit() or (
                w.isalpha() and w not in lex.prep and ctx.unit_at[k] is None and k not in ctx.trigger_tok
                and not ctx.toks[k].is_title and w not in lex.conj and w not in lex.clause
            ):
                k -= 1
                skipped += 1
                continue
            break
        if k <= lo or ctx.lows[k] not in preps or k - 1 in ctx.trigger_tok:
            continue
        subj = _subject(ctx, k, lo, d)
        d.source = [u.actor for u in subj if u.actor not in d.target]
        d.subject = list(d.source)
