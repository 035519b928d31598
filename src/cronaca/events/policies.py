"""A policy judged through a pronoun: "The reform would make it easier to dismiss workers. Business
groups have welcomed it." A judgement (SUPPORT, ACCUSE, REJECT: `roles.object_event_types`) whose whole
object is a thing pronoun ("it", "them": discourse.yaml `object_pronouns.group`, ending the clause)
points back to the previous sentence's subject; when that subject is a policy noun
(`roles.policy_nouns`: the bill, the reform) it is judged like the noun itself
(`speech._policy_authors`): aimed at the government of the judge's country, when the judge is a side
outside the state (a union, business, the opposition). Same paragraph only.
"""

from __future__ import annotations

from functools import cache

from cronaca.events.codes import _domestic_side, _government_of
from cronaca.events.context import _PUNCT, Draft, _Ctx
from cronaca.events.discourse import _words, discourse


@cache
def _thing_pronouns(lang: str) -> frozenset[str]:
    """The object pronouns that may stand for a thing ("it", "them": discourse.yaml, kind group)."""
    dw = discourse(lang)
    return frozenset(p for p, kind in dw.object_pronouns.items() if kind == "group") if dw else frozenset()


def _policy_pronouns(ctx: _Ctx, drafts: list[Draft]) -> None:
    lex = ctx.lex
    nouns = lex.policy_nouns
    dw = _words(ctx)
    if not nouns or dw is None or not lex.object_event:
        return
    pronouns = _thing_pronouns(ctx.doc.meta.lang or "it")
    if not pronouns:
        return
    sents = ctx.doc.sents
    for d in drafts:
        trig = d.m.trig
        if d.target or not d.source or trig.noun or trig.type not in lex.object_event or d.sent == 0:
            continue
        k = d.m.tb
        hi = sents[d.sent].tok_end
        if k >= hi or ctx.lows[k] not in pronouns or (k + 1 < hi and ctx.lows[k + 1] not in _PUNCT):
            continue
        prev = sents[d.sent - 1]
        if "\n" in ctx.doc.text[prev.end : sents[d.sent].start]:
            continue  # a new paragraph
        j = prev.tok_start
        while j < prev.tok_end and ctx.lows[j] in lex.det:
            j += 1
        if j == prev.tok_start or j >= prev.tok_end or (ctx.toks[j].lemma not in nouns and ctx.lows[j] not in nouns):
            continue
        judge = ctx.actors.get(d.source[0])
        if judge is None or not judge.country or _domestic_side(ctx, judge.sector) == "":
            continue
        d.target = _government_of(ctx, judge.country)


def _policy_conditions(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A threat whose condition is a policy going ahead ("The union has threatened a national day of
    action if the rules are reinstated", "warned of strikes if the bill passes") is aimed at the
    government that makes the policy: the article's government of the threatener's country, when the
    threatener is a side outside the state. The condition is a `threat_if` word (modality.yaml) then
    an article and a policy noun (`roles.policy_nouns`), in the trigger's sentence after it."""
    lex = ctx.lex
    nouns = lex.policy_nouns
    if not nouns or not lex.threat_if:
        return
    for d in drafts:
        if d.m.trig.type != "THREATEN" or d.target or not d.source:
            continue
        hi = ctx.doc.sents[d.sent].tok_end
        k = next((j for j in range(d.m.tb, min(hi, d.m.tb + 12)) if ctx.lows[j] in lex.threat_if), -1)
        if k < 0 or k + 2 >= hi or ctx.lows[k + 1] not in lex.det:
            continue
        if ctx.toks[k + 2].lemma not in nouns and ctx.lows[k + 2] not in nouns:
            continue
        judge = ctx.actors.get(d.source[0])
        if judge is None or not judge.country or _domestic_side(ctx, judge.sector) == "":
            continue
        d.target = _government_of(ctx, judge.country)
