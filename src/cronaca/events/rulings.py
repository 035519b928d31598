"""Court decisions judged after the fact: "the union welcomed the ruling", "the EU condemned the
verdict", "ha criticato la sentenza". A judgement (SUPPORT, ACCUSE, REJECT: `roles.object_event_types`)
with a source and no target, whose direct object is a definite court-decision noun with no owner
after it, is aimed at the court that decided: the last actor of a judicial sector named before it in
the article (a judge, a named court). `owners._document_authors` runs first: a decision whose doer
was told as an event before keeps that doer. The nouns and sectors are data (`court_decisions` in the
language's discourse.yaml).
"""

from __future__ import annotations

from functools import cache

from cronaca.events.codes import _same_side, _untargeted_judgement
from cronaca.events.context import _QUOTE_MARKS, Draft, _Ctx
from cronaca.events.lexicons import discourse_data
from cronaca.events.phrases import _after_article


@cache
def court_decisions(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """(decision nouns, sectors of who decides) of `court_decisions` in discourse.yaml."""
    data = discourse_data(lang).get("court_decisions") or {}
    return (frozenset(str(w).lower() for w in data.get("nouns") or []),
            frozenset(str(s) for s in data.get("sectors") or []))


def _court_object(ctx: _Ctx, d: Draft, nouns: frozenset[str]) -> bool:
    """Is the trigger's object an article, at most two modifiers, then one of `nouns`, with no
    "of X" after it ("the ruling of the Supreme Court" names its own court)?"""
    lex = ctx.lex
    hi = ctx.doc.sents[d.sent].tok_end
    k = _after_article(ctx, d)
    if k < 0:
        return False
    for _ in range(3):
        if k >= hi:
            return False
        w = ctx.lows[k]
        if w in nouns:
            return k + 1 >= hi or lex.prep.get(ctx.lows[k + 1]) != "of"
        if ctx.unit_at[k] is not None or not (w.isalpha() or w in _QUOTE_MARKS) or k in ctx.trigger_tok:
            return False
        k += 1
    return False


def _court_rulings(ctx: _Ctx, drafts: list[Draft]) -> None:
    nouns, sectors = court_decisions(ctx.doc.meta.lang or "it")
    if not nouns:
        return
    for d in drafts:
        if not _untargeted_judgement(ctx, d) or not _court_object(ctx, d, nouns):
            continue
        for k in range(d.m.ta - 1, -1, -1):
            u = ctx.unit_at[k]
            if u is None:
                continue
            a = ctx.actors.get(u.actor)
            if a is not None and a.sector in sectors and not _same_side(ctx, u.actor, d.source):
                d.target = [u.actor]
                break
