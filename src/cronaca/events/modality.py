"""Modality of each event (docs/conventions.md): negated, hypothetical, intent, reported or
asserted, the first that applies in this order, from the cues of `modality.yaml` in the trigger's
verb group and clause, the quotation it lies in, and the speech verb that governs it. `_modality`
also sets the draft's clause (`Draft.clause`, read by `dates`), the speech clause that frames it
(`Draft.frame`) and who reports it (`Draft.attributed`: the quote's speaker or the speech verb's
subject).
"""

from __future__ import annotations

from bisect import bisect_left

from cronaca.events.context import Draft, _Ctx
from cronaca.events.subjects import _subject, _verb_group_start


def _clause_start(ctx: _Ctx, i: int, lo: int) -> int:
    # the last clause break (punctuation or clause word) before token i, if not before lo
    breaks = ctx.breaks
    j = bisect_left(breaks, i) - 1
    return breaks[j] if j >= 0 and breaks[j] >= lo else lo


def _modality(ctx: _Ctx, d: Draft) -> None:
    lex = ctx.lex
    m = d.m
    s = ctx.doc.sents[d.sent]
    lo = s.tok_start
    cs = _clause_start(ctx, m.ta, lo)
    wset = set(ctx.lows[cs : m.ta])
    vg = d.vg[1] if d.vg[0] == lo else _verb_group_start(ctx, m, lo)
    group = set(ctx.lows[vg : m.ta])
    speech_subj: list[str] = []
    # indirect speech: "X ha detto (agli alleati) che ..." / "X ha affermato di ..."
    ce = m.tb  # the first clause break from the trigger's end on, or the sentence's end
    if ce < s.tok_end:
        j = bisect_left(ctx.breaks, ce)
        ce = min(ctx.breaks[j], s.tok_end) if j < len(ctx.breaks) else s.tok_end
    d.clause = (cs, ce)
    k = cs
    if k >= lo and (ctx.lows[k] in lex.comp_that or ctx.lows[k] in lex.comp_inf):
        for j in range(k - 1, max(lo - 1, k - 7), -1):
            t = ctx.toks[j]
            if t.lemma in lex.speech or t.lower in lex.speech:
                dd = Draft(m=d.m, sent=d.sent)
                vstart = _verb_group_start_tok(ctx, j, lo)
                speech_subj = [u.actor for u in _subject(ctx, vstart, lo, dd)]
                d.frame = _clause_start(ctx, vstart, lo)
                break
    # a speech verb shortly before: "Stoltenberg said he would convene ..."
    said = bool(lex.future_in_past & wset) and any(
        ctx.toks[j].lemma in lex.speech or ctx.lows[j] in lex.speech for j in range(max(lo, m.ta - 8), m.ta)
    )
    neg = (group if not m.trig.noun else wset) & lex.negation
    if neg:
        d.modality = "negated"
    elif wset & lex.hypothetical and not (said and (wset & lex.hypothetical) <= lex.future_in_past):
        d.modality = "hypothetical"
    elif said and wset & lex.future_in_past:
        # "Stoltenberg said he would convene ...": a reported plan, not a hypothesis
        d.modality = "intent"
    elif wset & lex.intent:
        d.modality = "intent"
    elif (
        d.quote is not None
        or speech_subj
        or not lex.reported.isdisjoint(ctx.lows[lo : m.ta])
        or not lex.reported.isdisjoint(group)
    ):
        d.modality = "reported"
    if d.quote is not None and d.quote.speaker:
        d.attributed = [d.quote.speaker]
    elif speech_subj:
        d.attributed = speech_subj


def _verb_group_start_tok(ctx: _Ctx, j: int, lo: int) -> int:
    k = j
    while k - 1 >= lo and ctx.lows[k - 1] in ctx.lex.aux:
        k -= 1
    return k
