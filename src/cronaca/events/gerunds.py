"""The subject of a gerund after a comma (Italian session five b; data: `lang/<l>/venues.yaml`
`gerund_subjects`).

"..., ma la leader dell'opposizione, María Fernanda Lozada, ha respinto i risultati definendoli
«una frode»", "mentre il governo di Caracas ha respinto l'offerta, definendola «un'ingerenza»": a
gerund shares the subject of the finite verb it hangs on. `roles._roles` reads that subject as the
sentence's first free name, which is right for a one-clause sentence and wrong as soon as the
gerund follows the second clause ("X ha proclamato ..., ma Y ha respinto ..., definendoli"), or a
quotation opens the sentence («Il Sudan è ...», ha detto Aaltonen, chiedendo ...: not Sudan).

`_gerund_subjects` gives a verbal gerund trigger after a comma the source of the nearest verbal
trigger before it in its clause (no clause word, speech verb, quotation mark or other verb trigger
between them), else, when its source was read inside a direct quotation that opens the sentence,
that quotation's speaker. A target on the new source's side is dropped; a gerund with its object
glued on ("definendola", "accusandoli") with no target left points back to the first verb's
object, the one the pronoun stands for ("ha respinto l'offerta [di Brasile e Colombia],
definendola ...").
"""

from __future__ import annotations

from functools import cache

from cronaca import lang as langpacks
from cronaca.events.codes import _same_side
from cronaca.events.context import Draft, _Ctx
from cronaca.events.roles import _right_units

_QUOTE_MARKS = frozenset({"«", "»", '"', "“", "”"})


@cache
def _gerund_data(lang: str) -> tuple[bool, int]:
    """(whether the language uses the rule, the most words between the first verb and the gerund)."""
    if not langpacks.has_data(lang, "venues"):
        return False, 0
    raw = (langpacks.load_yaml(lang, "venues") or {}).get("gerund_subjects") or {}
    return bool(raw.get("enabled")), int(raw.get("reach", 15))


def _gerund_subjects(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A gerund after a comma takes the subject of the verb trigger it follows in its clause, or
    the speaker of the quotation that opens its sentence."""
    on, reach = _gerund_data(ctx.doc.meta.lang or "it")
    if not on or not ctx.lex.gerund:
        return
    lex, lows, toks = ctx.lex, ctx.lows, ctx.toks
    if not any(d.m.ta >= 1 and (lows[d.m.ta - 1] == "," or lows[d.m.ta] in lex.enclitic) for d in drafts):
        return  # no trigger right after a comma nor a glued gerund: none to read (most documents; no sort)
    verbal = sorted((d for d in drafts if not d.m.trig.noun), key=lambda d: d.m.ta)
    for i, d in enumerate(verbal):
        ta = d.m.ta
        glued = lows[ta] in lex.enclitic  # "definendola", "accusandoli"
        # (a gerund with its object glued on needs no comma: "ha respinto i risultati definendoli")
        if ta < 1 or not (glued or (lows[ta - 1] == "," and lows[ta].endswith(lex.gerund))):
            continue
        s = ctx.doc.sents[d.sent]
        if any(q.start <= toks[ta].start < q.end for q in ctx.quotes):
            continue  # a gerund inside a quotation is the quoted speaker's business
        head = _head_verb(ctx, verbal[:i], d, s.tok_start, reach)
        new: list[str] = []
        if head is not None:
            new = list(head.source)
        else:
            new = _opening_speaker(ctx, d, s.start, s.tok_start)
        if not new or new == d.source:
            continue
        d.source = new
        d.subject = new
        d.target = [a for a in d.target if not _same_side(ctx, a, new)]
        if not d.target and d.own_side:
            # the roles dropped the object as the old source's own side ("«Il Sudan ...», ha detto
            # Aaltonen, chiedendo all'esercito sudanese ..."): read it again for the new source
            for u, g in _right_units(ctx, d.m.tb, s.tok_end):
                if g in (None, "target"):
                    if not _same_side(ctx, u.actor, new):
                        d.target = [u.actor]
                        d.own_side = False
                    break


def _gerund_objects(ctx: _Ctx, drafts: list[Draft]) -> None:
    """Late pass, once the first verb's target is read: a gerund with its object glued on
    ("..., ha respinto l'offerta, definendola «...»") points back to the first verb's object, the
    one the pronoun stands for; a party other steps read for it elsewhere in the sentence gives way."""
    on, reach = _gerund_data(ctx.doc.meta.lang or "it")
    if not on or not ctx.lex.gerund:
        return
    lows = ctx.lows
    if not any(d.m.ta >= 1 and lows[d.m.ta - 1] == "," and lows[d.m.ta] in ctx.lex.enclitic for d in drafts):
        return  # no glued gerund after a comma (most documents): no sort
    verbal = sorted((d for d in drafts if not d.m.trig.noun), key=lambda d: d.m.ta)
    for i, d in enumerate(verbal):
        ta = d.m.ta
        if ta < 1 or lows[ta - 1] != "," or lows[ta] not in ctx.lex.enclitic or not d.source:
            continue
        head = _head_verb(ctx, verbal[:i], d, ctx.doc.sents[d.sent].tok_start, reach)
        if head is None or head.source != d.source:
            continue
        tgt = [a for a in head.target if not _same_side(ctx, a, d.source)]
        if tgt:
            d.target = tgt


def _head_verb(ctx: _Ctx, before: list[Draft], d: Draft, lo: int, reach: int) -> Draft | None:
    """The nearest verbal draft before `d` in its sentence with a source, with nothing between them
    that opens another clause."""
    lex, lows = ctx.lex, ctx.lows
    for e in reversed(before):
        if e.sent != d.sent or e.m.ta < lo:
            return None
        if e.m.ta > lo and lows[e.m.ta - 1] in lex.det:
            continue  # a participle used as a noun ("ha respinto l'offerta"): not the verb
        if d.m.ta - e.m.tb > reach:
            return None
        if any(
            lows[k] in lex.clause or lows[k] in _QUOTE_MARKS or ctx.toks[k].lemma in lex.speech
            for k in range(e.m.tb, d.m.ta)
        ):
            return None
        if any(
            k in ctx.verb_tok and k not in e.m.toks and not (k > lo and lows[k - 1] in lex.det)
            for k in range(e.m.tb, d.m.ta)
        ):
            return None  # another verb between: another clause
        if e.m.trig.sym:
            return None  # "ha ricevuto X, chiedendo ...": both are sources there; coordination.py reads it
        return e if e.source else None
    return None


def _opening_speaker(ctx: _Ctx, d: Draft, start: int, lo: int) -> list[str]:
    """The speaker of a direct quotation that opens the sentence and closes before the gerund, when
    every mention of the gerund's source before it lies inside that quotation."""
    ta = d.m.ta
    tstart = ctx.toks[ta].start
    q = next(
        (
            q
            for q in ctx.quotes
            if q.speaker is not None
            and q.kind == "direct"
            and start <= q.start <= ctx.toks[lo].end
            and q.end <= tstart
        ),
        None,
    )
    if q is None or [q.speaker] == d.source:
        return []
    inside = all(
        q.start <= ctx.toks[k].start < q.end
        for k in range(lo, ta)
        if ctx.unit_at[k] is not None and ctx.unit_at[k].actor in d.source  # type: ignore[union-attr]
    )
    return [q.speaker] if inside or not d.source else []
