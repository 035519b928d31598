"""A reported clause with a subject of its own that names no actor: "The opposition said officers had
beaten several demonstrators", "the union said managers had threatened staff". `subjects._subject`
walks left past the speech verb to the speaker, who then reads as the doer. When a common noun stands
right before the verb group and the speech verb (modality.yaml `speech`) right before that noun and
its modifiers, the clause's doer is that noun, not the speaker: the source is left empty (a state deed
then takes the state's police or government, `material._state_doers`). Only for speakers outside the
state (the opposition, unions, NGOs, international bodies): a government or army that says "soldiers
had killed ..." speaks of its own forces. Verbs coordinated with such a verb share its empty subject.
"""

from __future__ import annotations

from cronaca.events.codes import _domestic_side
from cronaca.events.context import Draft, _Ctx
from cronaca.events.discourse import _words
from cronaca.events.subjects import _common_subject


def _unnamed_complement_subjects(ctx: _Ctx, drafts: list[Draft]) -> None:
    lex = ctx.lex
    if not lex.speech:
        return
    lows, toks = ctx.lows, ctx.toks
    dw = _words(ctx)
    cleared: set[int] = set()
    for d in drafts:
        if d.m.trig.noun or not d.source or d.adjectival:
            continue
        if d.inherit is not None:
            if id(d.inherit) in cleared and set(d.source) <= set(d.inherit.subject or d.source):
                d.source = []
                d.subject = []
                cleared.add(id(d))
            continue
        lo = ctx.doc.sents[d.sent].tok_start
        vg = d.vg[1] if d.vg[1] >= 0 else d.m.ta
        if not _common_subject(ctx, vg, lo) or not lex.passive.isdisjoint(lows[vg : d.m.ta]):
            continue
        if vg < d.m.ta and (lows[vg] not in lex.aux or lows[vg] in lex.comp_inf):
            continue  # a finite verb group only: "stood ready to support" has no noun subject
        if dw is not None and lows[vg - 1] in dw.definite_subjects:
            continue  # "said the group had rejected ...": a definite description of a party (discourse.py)
        # back over the noun's modifiers, numbers and article ("several riot officers")
        j = vg - 2
        steps = 0
        while j >= lo and steps < 3:
            w = lows[j]
            if toks[j].lemma in lex.speech or not (w in lex.det or w.isdigit() or (
                w.isalpha() and not toks[j].is_title and ctx.unit_at[j] is None and w not in lex.aux
                and w not in lex.pronouns
                and w not in lex.prep and w not in lex.clause and w not in lex.conj
            )):
                break
            j -= 1
            steps += 1
        if j < lo or toks[j].lemma not in lex.speech:
            continue
        speakers = [ctx.actors.get(a) for a in d.source]
        if not all(a is not None and (a.igo or _domestic_side(ctx, a.sector)) for a in speakers):
            continue
        d.source = []
        d.subject = []
        cleared.add(id(d))
