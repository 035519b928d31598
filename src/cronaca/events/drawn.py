"""Reactions drawn from others (English session six; data: `lang/<l>/reactions.yaml` `drawn`).

"North Korea test-fired a missile on Wednesday, ..., drawing swift protests from Japan and South
Korea", "the launch drew condemnation from Tokyo", "the decision sparked criticism from Kenya":
the reaction is a noun after a verb of bringing on (draw, spark, prompt, provoke) and its doers
follow "from". `roles._roles` reads such a noun as one-sided (a protest) or takes the clause's
subject as its doer, so the reaction is dropped or turned against the wrong side. `_drawn_reactions`
gives the noun the parties after "from" as its source and, as its target, the one whose act drew
it: the doer of the first verb act of the sentence for a gerund after a comma ("..., drawing"),
else the subject before the verb ("Tokyo's move drew ..."), else the doer of an act noun standing
right before the verb ("the launch drew ..."). A protest by a state then becomes an official
complaint in `speech._official_protests`, as the gold codes it (ACCUSE 114).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from cronaca import lang as langpacks
from cronaca.events.codes import _same_side
from cronaca.events.context import Draft, _Ctx
from cronaca.events.subjects import _subject


@dataclass(frozen=True, slots=True)
class _Drawn:
    verbs: frozenset[str]  # lemmas and forms of the verbs of bringing on
    preps: frozenset[str]  # the word before the reaction's doers ("from")
    types: frozenset[str]  # the reaction nouns' event types
    gap: int  # the most modifiers between the verb and the noun ("a swift and angry")


@cache
def _drawn_data(lang: str) -> _Drawn | None:
    raw = langpacks.entry(lang, "reactions", "drawn") or {}
    if not raw.get("verbs"):
        return None

    def fs(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in raw.get(key) or [])

    return _Drawn(fs("verbs"), fs("preps"), frozenset(str(t) for t in raw.get("types") or []), int(raw.get("gap", 3)))


def _from_parties(ctx: _Ctx, j: int, hi: int, data: _Drawn) -> list[str]:
    """The parties named right after "from" at token `j`: one name or a list joined by commas/"and"."""
    lex, lows = ctx.lex, ctx.lows
    out: list[str] = []
    k = j + 1
    while k < hi:
        u = ctx.unit_at[k]
        if u is not None:
            if u.actor is not None and u.actor not in out:
                out.append(u.actor)
            k = u.te
            continue
        if lows[k] in lex.det or (lows[k] in lex.conj and out):
            k += 1
            continue
        break
    return out


def _drawing_verb(ctx: _Ctx, d: Draft, lo: int, data: _Drawn) -> int:
    """The token of the verb of bringing on before the noun, past an article and a few modifiers; -1."""
    lex, lows = ctx.lex, ctx.lows
    k = d.m.ta - 1
    skipped = 0
    while k >= lo and skipped <= data.gap:
        w = lows[k]
        if w in data.verbs or ctx.toks[k].lemma in data.verbs:
            return k
        if (
            w in lex.det
            or w in ("and", "-")
            or (w.isalpha() and w not in lex.prep and w not in lex.clause and ctx.unit_at[k] is None
                and k not in ctx.trigger_tok and not ctx.toks[k].is_title)
        ):
            k -= 1
            skipped += 1
            continue
        return -1
    return -1


def _drawer(ctx: _Ctx, d: Draft, v: int, lo: int, drafts: list[Draft]) -> list[str]:
    """Whose act drew the reaction: for "..., drawing" the doer of the sentence's first verb act (else
    its first free name), else the subject before the verb, else the doer of an act noun right before
    it ("the launch drew ...")."""
    lows = ctx.lows
    if v - 1 >= lo and lows[v - 1] == ",":
        first = next(
            (e for e in drafts if e.sent == d.sent and not e.m.trig.noun and e.m.ta < v and e.source and e is not d),
            None,
        )
        if first is not None:
            return list(first.source)
        for k in range(lo, v):
            u = ctx.unit_at[k]
            if u is not None and u.actor is not None and ctx.gov(u, lo) is None:
                return [u.actor]
        return []
    subj = [u.actor for u in _subject(ctx, v, lo, d) if u.actor is not None]
    if subj:
        return subj
    noun = next((e for e in drafts if e.sent == d.sent and e.m.trig.noun and e.m.tb == v and e.source), None)
    return list(noun.source) if noun is not None else []


def _drawn_reactions(ctx: _Ctx, drafts: list[Draft]) -> None:
    data = _drawn_data(ctx.doc.meta.lang or "it")
    if data is None:
        return
    lows = ctx.lows
    for d in drafts:
        if not d.m.trig.noun or d.m.trig.type not in data.types:
            continue
        s = ctx.doc.sents[d.sent]
        j = d.m.tb
        if j >= s.tok_end or lows[j] not in data.preps:
            continue
        v = _drawing_verb(ctx, d, s.tok_start, data)
        if v < 0:
            continue
        src = _from_parties(ctx, j, s.tok_end, data)
        if not src:
            continue
        tgt = [a for a in _drawer(ctx, d, v, s.tok_start, drafts) if not _same_side(ctx, a, src)]
        if not tgt:
            continue
        d.source = src
        d.subject = list(src)
        d.target = tgt
