"""A verb coordinated after a quoted complement clause is the reporter's: "il ministero ha affermato
che le guardie polacche «picchiano i migranti» e ha chiesto all'Onu di aprire un'indagine". The
quoted verb's subject (the guards) is the accused, not who asked: the clause that "che" opens closes
with the quotation, so the verb after it shares the subject of the speech verb before "che".
`subjects._subject` asks `_reported_clause` before it lets a verb inherit a trigger's subject.
"""

from __future__ import annotations

from cronaca.events.context import Draft, _Ctx

_REACH = 12  # how far before the quotation the "che" may stand (its subject and a few words)


def _reported_clause(ctx: _Ctx, prior: Draft, d: Draft, lo: int) -> int:
    """The token right before the "che" that opens the quoted complement holding `prior`, when `d`
    follows that quotation outside it; -1 otherwise (the two verbs then share their subject)."""
    q = prior.quote
    if q is None or q.kind == "indirect" or d.quote is q:
        return -1
    toks = ctx.toks
    if q.end > toks[d.m.ta].start or (d.quote is not None and d.quote.start <= q.start):
        return -1
    qtok = ctx.tok_at(q.start)
    for k in range(qtok - 1, max(lo, qtok - _REACH) - 1, -1):
        if ctx.lows[k] in ctx.lex.comp_that:
            return k - 1
        if ctx.lows[k] in (";", ":", ".") or k in ctx.verb_tok:
            return -1
    return -1
