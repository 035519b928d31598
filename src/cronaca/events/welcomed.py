"""Agreements judged after the fact: "L'Ue ha accolto con favore l'intesa" after a sentence telling
who agreed ("Marocco e Mauritania hanno firmato un accordo") is aimed at the parties to it, both of
them, not at nobody. A judgement (SUPPORT, REJECT, ACCUSE) with no target whose object, a few words
on, is a definite agreement noun ("l'intesa", "the deal") takes as targets the participants of the
last AGREE event told up to `reach` sentences before (or earlier in its own sentence), leaving out
the judge's own side. The nouns are data (`welcomed_agreements` in the language's discourse.yaml).
"""

from __future__ import annotations

from functools import cache

from cronaca.events.codes import _same_side, _untargeted_judgement
from cronaca.events.context import Draft, _Ctx, _uniq
from cronaca.events.lexicons import discourse_data


@cache
def judged_noun_types(lang: str) -> frozenset[str]:
    return frozenset(str(t) for t in discourse_data(lang).get("judged_noun_types") or [])


@cache
def agreement_nouns(lang: str) -> tuple[frozenset[str], int]:
    data = discourse_data(lang).get("welcomed_agreements") or {}
    return frozenset(str(w).lower() for w in data.get("nouns") or []), int(data.get("reach") or 0)


def _welcomed_agreements(ctx: _Ctx, drafts: list[Draft]) -> None:
    nouns, reach = agreement_nouns(ctx.doc.meta.lang or "it")
    if not nouns:
        return
    for d in drafts:
        if not _untargeted_judgement(ctx, d) or not _agreement_object(ctx, d, nouns):
            continue
        for e in reversed(drafts):
            if e.m.trig.type != "AGREE" or e.sent < d.sent - reach or (e.sent == d.sent and e.m.ta >= d.m.ta):
                continue
            if e.sent > d.sent:
                continue
            parties = [a for a in _uniq(e.source + e.target) if not _same_side(ctx, a, d.source)]
            if len(parties) >= 1 and e.source:
                d.target = parties
                break
        if not d.target:
            d.target = _settled_earlier(ctx, d, drafts)


def _settled_earlier(ctx: _Ctx, d: Draft, drafts: list[Draft]) -> list[str]:
    """With no agreement told nearby, the article's last settlement before the judgement (a
    symmetric AGREE or RETREAT, "hanno accettato un cessate il fuoco") between two parties other
    than the judge: "l'intesa" welcomed paragraphs later is that one (`settlement_types`)."""
    types = settlement_types(ctx.doc.meta.lang or "it")
    for e in reversed(drafts):
        if e.sent >= d.sent or not e.m.trig.sym or e.m.trig.type not in types:
            continue
        parties = [a for a in _uniq(e.source + e.target) if not _same_side(ctx, a, d.source)]
        if len(parties) >= 2:
            return parties
    return []


@cache
def settlement_types(lang: str) -> frozenset[str]:
    data = discourse_data(lang).get("welcomed_agreements") or {}
    return frozenset(str(t) for t in data.get("settlement_types") or [])


def _agreement_object(ctx: _Ctx, d: Draft, nouns: frozenset[str]) -> bool:
    """Is the object of `d` (an article then an agreement noun, within four words after the trigger,
    before any punctuation) one of `nouns`, with no "tra"/"di" phrase naming its parties after it?"""
    hi = min(ctx.doc.sents[d.sent].tok_end, d.m.tb + 5)
    for k in range(d.m.tb, hi):
        w = ctx.lows[k]
        if w in nouns:
            if k == 0 or ctx.lows[k - 1] not in ctx.lex.det:
                return False
            nxt = ctx.lows[k + 1] if k + 1 < len(ctx.lows) else ""
            return ctx.lex.prep.get(nxt) not in ("between", "of", "partner")
        if ctx.unit_at[k] is not None or (len(w) == 1 and not w.isalnum()):
            return False
    return False


def _judged_nouns(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """An event noun that is the object of a judgement ("La Polonia ha appoggiato la richiesta
    francese", "ha respinto la proposta russa") is an act of its owner told again, never one aimed
    at the judge: the judge is who reacts to it, not its addressee. Such a noun whose every target
    is on the judge's side loses those targets; left with none it is no new event (the act itself
    is told where it happened). Only for the noun types in `judged_noun_types` (discourse.yaml): a
sanction noun judged ("ha definito i dazi un errore") is told again on purpose (restatements)."""
    lex = ctx.lex
    types = judged_noun_types(ctx.doc.meta.lang or "it")
    if not lex.object_event or not types:
        return drafts
    judges: dict[int, Draft] = {}
    for d in drafts:
        if not d.m.trig.noun and d.m.trig.type in lex.object_event and d.source:
            for k in range(d.m.tb, min(d.m.tb + 3, len(ctx.lows))):
                judges.setdefault(k, d)
    if not judges:
        return drafts
    out: list[Draft] = []
    for e in drafts:
        j = judges.get(e.m.ta) if e.m.trig.noun and not e.m.trig.sym and e.m.trig.type in types else None
        if j is not None and j is not e and j.sent == e.sent and e.target and e.source:
            between = ctx.lows[j.m.tb : e.m.ta]
            if all(w in lex.det for w in between) and all(_same_side(ctx, t, j.source) for t in e.target):
                continue  # "ha appoggiato la richiesta francese": France asked no Poland
        out.append(e)
    return out
