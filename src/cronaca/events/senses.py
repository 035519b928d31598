"""A trigger verb whose object tells another sense (English session six; data: `lang/<l>/reactions.yaml`
`other_senses`).

"The defence ministry released a statement accusing Kyiv ...", "the army released a video of the
strike", "when Tokyo began releasing treated radioactive water": "release" is a de-escalation
(RETREAT 084) only when what is released is people. The lemma table merges the senses, and news
releases statements far more often than prisoners, so every such sentence told a release to
whichever side the roles found. `_other_senses` drops a draft of a single-word trigger whose object
head noun (right after the verb or the noun's "of", past articles, numbers, modifiers and names) is
listed for the trigger's lemma; the verb stays a verb for the clause rules (its tokens keep their
place in `ctx.verb_tok`), only its event goes. A few fixed phrases right after the verb do the same
("an official who asked not to be named" is no request).
"""

from __future__ import annotations

from functools import cache

from cronaca import lang as langpacks
from cronaca.events.context import Draft, _Ctx
from cronaca.events.phrases import _object_noun


@cache
def _sense_data(lang: str) -> tuple[dict[str, frozenset[str]], int]:
    """(trigger lemma -> object nouns of its other senses, the most words before the head)."""
    raw = langpacks.entry(lang, "reactions", "other_senses") or {}
    nouns = {str(k).lower(): frozenset(str(w).lower() for w in v or []) for k, v in (raw.get("objects") or {}).items()}
    return nouns, int(raw.get("gap", 4))


@cache
def _phrase_data(lang: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Trigger lemma -> the word sequences right after it that tell another sense ("asked not to be named")."""
    raw = langpacks.entry(lang, "reactions", "other_senses") or {}
    return {
        str(k).lower(): tuple(tuple(str(w).lower() for w in seq) for seq in v or [])
        for k, v in (raw.get("phrases") or {}).items()
    }


def _head_noun(ctx: _Ctx, k: int, hi: int, gap: int, nouns: frozenset[str]) -> bool:
    """Is one of `nouns` the head of the object starting at token `k` (a listed word met before a
    preposition, a clause word or a conjunction, within `gap` words)?"""
    return _object_noun(ctx, k, hi, gap, nouns) is not None


def _other_senses(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    senses, gap = _sense_data(ctx.doc.meta.lang or "it")
    phrases = _phrase_data(ctx.doc.meta.lang or "it")
    if not senses and not phrases:
        return drafts
    lows = ctx.lows
    drop: set[int] = set()
    for d in drafts:
        if len(d.m.toks) != 1:
            continue  # a multi-word trigger names its own object ("release prisoners")
        seqs = phrases.get(ctx.toks[d.m.ta].lemma) or phrases.get(lows[d.m.ta])
        if seqs and any(tuple(lows[d.m.tb : d.m.tb + len(q)]) == q for q in seqs):
            drop.add(id(d))  # "who asked not to be named": a source's anonymity, no request
            continue
        nouns = senses.get(ctx.toks[d.m.ta].lemma) or senses.get(lows[d.m.ta])
        if not nouns:
            continue
        hi = ctx.doc.sents[d.sent].tok_end
        k = d.m.tb
        if d.m.trig.noun:
            if k >= hi or _lex_of(ctx, k) != "of":
                continue  # "the release" alone, or "the release by X": no object told
            k += 1
        if _head_noun(ctx, k, hi, gap, nouns):
            drop.add(id(d))
    if not drop:
        return drafts
    return [d for d in drafts if id(d) not in drop]


def _lex_of(ctx: _Ctx, k: int) -> str | None:
    """The role category of the preposition at token `k` (None: no preposition)."""
    return ctx.lex.prep.get(ctx.lows[k])
