"""The condition of a deterrent: "Israel would strike Hodeidah again if the Houthis fired on ships",
"If there is another attack from across the border, we will respond with full force", "he warned that
he would raise them further if Mexico retaliated".

A warning or a commitment names the other side's hostile act only as the case in which the speaker
would act; that act is supposed, not told, and the gold does not annotate it (on dev, four such
assaults and retaliations out of five were not events). So an assault or a threat whose trigger lies
inside an "if"/"unless" clause is dropped when the rest of its sentence holds the deterrent: a
future or conditional modal ("would strike", "will respond") or a warning verb. The warning itself,
outside the condition, is untouched.

Data: `lang/<l>/discourse.yaml` `deterrent_conditions` (a language without it is left alone).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from cronaca import lang as langpacks
from cronaca.events.context import _PUNCT, _QUOTE_MARKS, Draft, _Ctx


@dataclass(frozen=True, slots=True)
class _Deterrent:
    openers: frozenset[str]  # words that open a condition ("if", "unless")
    types: frozenset[str]  # the hostile acts a deterrent names as its condition
    modals: frozenset[str]  # the main clause's commitment ("would", "will")
    cues: frozenset[str]  # lemmas of warning verbs ("warn", "threaten")


@cache
def _deterrent(lang: str) -> _Deterrent | None:
    def w(key: str) -> frozenset[str]:
        return frozenset(langpacks.words(lang, "discourse", "deterrent_conditions", key))

    data = _Deterrent(w("openers"), frozenset(t.upper() for t in w("types")), w("modals"), w("cues"))
    return data if data.openers and data.types else None


def _condition_span(ctx: _Ctx, d: Draft, data: _Deterrent) -> tuple[int, int] | None:
    """The tokens of the "if" clause holding the trigger (opener to the clause's comma or the sentence
    end), or None when no opener stands before the trigger in its clause."""
    s = ctx.doc.sents[d.sent]
    k = d.m.ta - 1
    while k >= s.tok_start:
        w = ctx.lows[k]
        if w in data.openers:
            break
        if w in _PUNCT or w in _QUOTE_MARKS:
            return None
        k -= 1
    else:
        return None
    end = d.m.tb
    while end < s.tok_end and ctx.lows[end] not in _PUNCT and ctx.lows[end] not in _QUOTE_MARKS:
        end += 1
    return k, end


def _deterrent_conditions(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    data = _deterrent(ctx.doc.meta.lang or "it")
    if data is None:
        return drafts
    out: list[Draft] = []
    for d in drafts:
        span = _condition_span(ctx, d, data) if d.m.trig.type in data.types else None
        if span is not None:
            s = ctx.doc.sents[d.sent]
            outside = [k for k in range(s.tok_start, s.tok_end) if not span[0] <= k < span[1]]
            if any(ctx.lows[k] in data.modals or ctx.toks[k].lemma in data.cues for k in outside):
                continue  # the case the speaker would act in, not an act told
        out.append(d)
    return out
