"""The owner of a judged object is the target: "La Turchia ha bloccato la richiesta di adesione della
Svezia alla Nato" (Sweden's request, not NATO), "ha respinto la proposta di tregua di Hamas",
"ha appoggiato il piano di pace della Francia". A REJECT, SUPPORT or ACCUSE verb whose object head
is a noun of something someone proposes or asks (discourse.yaml `owned_objects`), perhaps followed
by one complement of its own ("di adesione", "di pace"), then "di X": X is the target. It replaces
a target named only further on in the same phrase ("alla Nato" belongs to the request), never one
named before the object. Charges and claims ("le critiche di Parigi") are `backrefs._owned_claims`'.

Data: `lang/<l>/discourse.yaml` `owned_objects`. A language without it has the rule off.
"""

from __future__ import annotations

from functools import cache

from cronaca import lang as langpacks
from cronaca.events.codes import _same_side
from cronaca.events.context import _PUNCT, _QUOTE_MARKS, Draft, _Ctx

_TYPES = frozenset({"REJECT", "SUPPORT", "ACCUSE"})


@cache
def _owned(lang: str) -> frozenset[str]:
    return frozenset(langpacks.words(lang, "discourse", "owned_objects"))


def _head(ctx: _Ctx, d: Draft, nouns: frozenset[str], hi: int) -> int:
    """The owned noun heading the verb's object: the trigger's own last word ("bloccato la
    richiesta"), else the first content word after it, articles skipped; -1 if none."""
    if d.m.tb - d.m.ta > 1 and ctx.lows[d.m.tb - 1] in nouns:
        return d.m.tb - 1
    for k in range(d.m.tb, min(hi, d.m.tb + 4)):
        w = ctx.lows[k]
        if w in ctx.lex.det:
            continue
        return k if w in nouns and ctx.unit_at[k] is None else -1
    return -1


def _object_owners(ctx: _Ctx, drafts: list[Draft]) -> None:
    nouns = _owned(ctx.doc.meta.lang or "it")
    if not nouns:
        return
    lex = ctx.lex
    for d in drafts:
        if d.m.trig.type not in _TYPES or d.m.trig.noun or d.refusal or not d.source:
            continue
        hi = ctx.doc.sents[d.sent].tok_end
        k = _head(ctx, d, nouns, hi)
        if k < 0:
            continue
        j = k + 1
        owner = None
        for _ in range(2):  # "della Svezia", or "di adesione della Svezia"
            if j >= hi or lex.prep.get(ctx.lows[j]) != "of":
                break
            j += 1
            while j < hi and ctx.lows[j] in lex.det:
                j += 1
            if j >= hi:
                break
            u = ctx.unit_at[j]
            if u is not None:
                if u.kind not in ("LOC",) and not u.actor.startswith("@"):
                    owner = u
                break
            w = ctx.lows[j]
            if not w.isalpha() or w in _PUNCT or w in _QUOTE_MARKS or j in ctx.trigger_tok or w in lex.clause:
                break
            j += 1  # one complement noun of the object's own: "di adesione", "di pace"
        if owner is None or _same_side(ctx, owner.actor, d.source):
            continue
        s = ctx.doc.sents[d.sent]
        earlier = {
            ctx.unit_at[x].actor  # type: ignore[union-attr]
            for x in range(s.tok_start, k)
            if ctx.unit_at[x] is not None
        }
        if d.target and set(d.target) & earlier:
            continue  # a party named before the object ("ha respinto a Parigi la proposta ...")
        d.target = [owner.actor]
