"""A definite event noun that opens a sentence as its topic tells again an act the article has told:
"The fighting erupted on Monday near the village of ...", "The war has killed tens of thousands",
"Under the agreement, the two sides will ...", "The tariffs, announced last week, ...".

A news story states its act in the lead and comes back to it with a definite noun at the head of a
later sentence, to add its start, its toll or its terms; the gold annotates the act once, at its first
statement (docs/conventions.md). `restatements._restatements` needs the same sides and no date of the
noun's own, and these openers have neither ("The fighting began last Wednesday": the start date;
"the two sides" read again from the sentence). So: a noun trigger right after a sentence-opening
definite article (up to `reach` lower-case modifiers between them), or after a fronted preposition and
the article ("Under the agreement,"), is dropped when an earlier sentence holds a draft of its type
with both sides.

Kept: a noun inside a quotation (a speaker's own words may be a charge of their own), and the same act
claimed by one of its parties (a rival claim is annotated again, in that source's sentence).
Data: `lang/<l>/discourse.yaml` `restated_openers` (a language without it is left alone).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from cronaca import lang as langpacks
from cronaca.events.codes import _same_side
from cronaca.events.context import Draft, _Ctx


@dataclass(frozen=True)
class _Openers:
    articles: frozenset[str]  # definite articles that open the topic ("the")
    preps: frozenset[str]  # fronted prepositions before the article ("under", "during")
    reach: int  # lower-case modifiers allowed between the article and the noun ("the six-week war")


@cache
def _openers(lang: str) -> _Openers:
    node = langpacks.entry(lang, "discourse", "restated_openers") or {}
    return _Openers(
        articles=frozenset(langpacks.words(lang, "discourse", "restated_openers", "articles")),
        preps=frozenset(langpacks.words(lang, "discourse", "restated_openers", "preps")),
        reach=int(node.get("reach", 0)) if isinstance(node, dict) else 0,
    )


def _opens_sentence(ctx: _Ctx, d: Draft, op: _Openers) -> bool:
    """Is the noun the head of the sentence's opening definite phrase ("The fighting began",
    "Under the agreement, ...")?"""
    k = ctx.doc.sents[d.sent].tok_start
    fronted = ctx.lows[k] in op.preps
    if fronted:
        k += 1
    if ctx.lows[k] not in op.articles:
        return False
    k += 1
    if not k <= d.m.ta <= k + op.reach:
        return False
    for j in range(k, d.m.ta):
        # only plain modifiers ("six-week", "renewed"): a name or a verb means another phrase shape
        if not ctx.toks[j].text.replace("-", "").isalpha() or not ctx.toks[j].text.islower() or j in ctx.verb_tok:
            return False
    end = d.m.tb
    # a fronted phrase ends at its comma ("Under the agreement, ..."): anything else is another shape
    return not fronted or (end < len(ctx.lows) and ctx.lows[end] == ",")


def _restated_openers(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    op = _openers(ctx.doc.meta.lang or "it")
    if not op.articles:
        return drafts
    out: list[Draft] = []
    for d in drafts:
        if not d.m.trig.noun or d.sent == 0 or d.quote is not None or not _opens_sentence(ctx, d, op):
            out.append(d)
            continue
        # an act told with both its sides ("new US tariffs" with no doer is no statement of the act:
        # "The tariffs, announced by the Commerce Department, ..." is then its first statement)
        # ("could impose reciprocal duties": a supposed or promised act is not the one in force)
        told = [
            e
            for e in drafts
            if e.sent < d.sent
            and e.m.trig.type == d.m.trig.type
            and e.source
            and e.target
            and e.modality in ("asserted", "reported")
        ]
        # the same act claimed by one of its parties is told again (docs/conventions.md)
        rival = d.attributed and any(
            _same_side(ctx, a, e.source + e.target) for e in told for a in d.attributed
        )
        if told and not rival:
            continue
        out.append(d)
    return out
