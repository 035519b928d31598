"""Sides recalled from what a judgement is about (Italian session four, branch ev-it-b).

A judgement ("ha definito la richiesta «un ricatto»", "ha respinto le critiche, accusando ...")
often names no party: its object is an act told before, or the gerund after it says whom it
answers. Two constructions:

- `_judged_acts`: a judgement (ACCUSE, REJECT, SUPPORT) with no target whose object is a definite
  noun naming an earlier act ("la richiesta", "la proposta", "le minacce") is aimed at that act's
  owner: "di X" right after the noun, else the source of the last event of the noun's types told in
  its sentence or up to `reach` sentences before, never the judge's own side. The nouns are data
  (`judged_acts` in the language's discourse.yaml).
- `_gerund_charges`: "X ha respinto le critiche, accusando Y di ...": a rejection with no target
  (after the uncoded sides are dropped: a claim linked to an uncoded critic) followed in its sentence by a gerund charge
  (", accusando Y") answers Y, the one it accuses.
"""

from __future__ import annotations

from functools import cache

from cronaca.events.codes import _same_side, _untargeted_judgement
from cronaca.events.context import _PUNCT, Draft, _Ctx
from cronaca.events.lexicons import discourse_data
from cronaca.events.phrases import _after_article
from cronaca.events.subjects import _gerund_adjunct


@cache
def _judged_data(lang: str) -> tuple[dict[str, frozenset[str]], int]:
    """(noun -> the event types it names, how many sentences back the act may lie)."""
    raw = discourse_data(lang).get("judged_acts") or {}
    nouns = {str(w).lower(): frozenset(str(t) for t in ts) for w, ts in (raw.get("nouns") or {}).items()}
    return nouns, int(raw.get("reach") or 0)


def _object_noun(ctx: _Ctx, d: Draft) -> int:
    """The head of a definite object right after a verb trigger (article, then the noun), or -1.
    A possessive or another word between the article and the noun ("la sua richiesta", "la nuova
    proposta") leaves it: the act is told as someone's, or is a new one."""
    k = _after_article(ctx, d)
    if k < 0 or k >= ctx.doc.sents[d.sent].tok_end or ctx.unit_at[k] is not None or ctx.lows[k] in _PUNCT:
        return -1
    return k


def _judged_acts(ctx: _Ctx, drafts: list[Draft]) -> None:
    nouns, reach = _judged_data(ctx.doc.meta.lang or "it")
    lex = ctx.lex
    if not nouns:
        return
    n = len(ctx.lows)
    for i, d in enumerate(drafts):
        if not _untargeted_judgement(ctx, d) or d.refusal:
            continue
        k = _object_noun(ctx, d)
        types = nouns.get(ctx.lows[k]) if k >= 0 else None
        if not types:
            continue
        j = k + 1
        if j < n and lex.prep.get(ctx.lows[j]) == "of":
            # "la richiesta di Hamas": the owner is named; a party there is the target, anything
            # else ("la richiesta di un cessate il fuoco") names the content, not the owner
            j += 1
            if j < n and ctx.lows[j] in lex.det:
                j += 1
            u = ctx.unit_at[j] if j < n else None
            if u is not None and ctx.toks[u.ts].sent == d.sent and not _same_side(ctx, u.actor, d.source):
                d.target = [u.actor]
            continue
        for e in reversed(drafts[:i]):
            if e.sent < d.sent - reach:
                break
            if e is d or e.m.trig.type not in types or not e.source or e.m.trig.noun and e.sent == d.sent:
                continue
            doers = [a for a in e.source if not _same_side(ctx, a, d.source)]
            if doers and not any(_same_side(ctx, a, d.source) for a in e.source):
                d.target = doers
                break


def _gerund_charges(ctx: _Ctx, drafts: list[Draft]) -> None:
    lo_of = ctx.doc.sents
    for i, d in enumerate(drafts):
        if d.m.trig.type != "REJECT" or d.m.trig.noun or d.target or not d.source or d.refusal:
            continue
        lo = lo_of[d.sent].tok_start
        for e in drafts[i + 1 :]:
            if e.sent != d.sent:
                break
            if e.m.trig.type != "ACCUSE" or e.m.trig.noun or not e.target or not _gerund_adjunct(ctx, e.m, lo):
                continue
            if set(e.source) & set(d.source) and not any(_same_side(ctx, a, d.source) for a in e.target):
                d.target = list(e.target)
            break


@cache
def _charge_openers(lang: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in discourse_data(lang).get("charge_openers") or [])


def _reported_charges(ctx: _Ctx, drafts: list[Draft]) -> None:
    """"Secondo quanto denunciato da X, la polizia ha arrestato ...", "Come denunciato da X, ...": a
    charge verb after an opener word (`charge_openers`) with its agent "da X" is X's charge against
    the doer of the deed the sentence tells after it, not an act of that doer."""
    openers = _charge_openers(ctx.doc.meta.lang or "it")
    if not openers:
        return
    lex = ctx.lex
    n = len(ctx.lows)
    for i, d in enumerate(drafts):
        m = d.m
        if m.trig.type != "ACCUSE" or m.trig.noun or m.ta == 0 or ctx.lows[m.ta - 1] not in openers:
            continue
        k = m.tb
        if k >= n or lex.prep.get(ctx.lows[k]) != "agent":
            continue
        k += 1
        if k < n and ctx.lows[k] in lex.det:
            k += 1
        x = ctx.unit_at[k] if k < n else None
        if x is None or ctx.toks[x.ts].sent != d.sent:
            continue
        d.source = [x.actor]
        d.subject = [x.actor]
        d.target = []
        for e in drafts[i + 1 :]:
            if e.sent != d.sent:
                break
            if e.m.trig.type in lex.material and e.source:
                d.target = [a for a in e.source if not _same_side(ctx, a, d.source)]
                break


@cache
def _provides(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """(verbs by which an agreement provides for a deed, the agreement's event types)."""
    raw = discourse_data(lang).get("provided_deeds") or {}
    return frozenset(str(w) for w in raw.get("verbs") or []), frozenset(str(t) for t in raw.get("types") or [])


def _provided_deeds(ctx: _Ctx, drafts: list[Draft]) -> None:
    """"Italia e Libia hanno firmato un memorandum, che prevede la consegna di sei motovedette alla
    guardia costiera libica": a deed noun that an agreement provides for (`provided_deeds.verbs`
    right before its phrase) is done by the agreement's parties; a missing side is the parties not on
    the other side's (the giver, when the recipient is named). The agreement is the last event of
    `provided_deeds.types` with two parties, in the sentence before the verb or the one before."""
    verbs, types = _provides(ctx.doc.meta.lang or "it")
    if not verbs:
        return
    lex = ctx.lex
    for i, d in enumerate(drafts):
        m = d.m
        if not m.trig.noun or m.trig.sym or m.trig.type not in lex.material or (d.source and d.target):
            continue
        k = m.ta - 1
        while k >= 0 and ctx.lows[k] in lex.det:
            k -= 1
        if k < 0 or ctx.toks[k].lemma not in verbs and ctx.lows[k] not in verbs:
            continue
        for e in reversed(drafts[:i]):
            if e.sent < d.sent - 1:
                break
            if e.m.trig.type not in types or not e.m.trig.sym or e.m.ta >= k:
                continue
            parties = _uniq_list(e.source + e.target)
            if len(parties) < 2:
                continue
            if d.target and not d.source:
                d.source = [a for a in parties if not _same_side(ctx, a, d.target)]
            elif d.source and not d.target:
                d.target = [a for a in parties if not _same_side(ctx, a, d.source)]
            break


def _uniq_list(xs: list[str]) -> list[str]:
    return list(dict.fromkeys(xs))
