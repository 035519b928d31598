"""The subject of a restrictive relative clause (English session six; data: `lang/<l>/reactions.yaml`
`restrictive_relatives`).

"Police fired tear gas at thousands of students who had blocked highways", "demonstrators who
blocked a main highway", "the militias that attacked the convoy": the relative word right before
the verb group is its subject and stands for the party right before it. `subjects._subject` walks
left past the relative word and, skipping the antecedent because a preposition governs it ("at
thousands of students"), takes the main clause's subject (the police blocked the highways).
`_restrictive_subjects` gives a verbal draft whose verb group opens right after such a word, itself
right after a party's mention, that party as its source. A relative after a comma is the existing
rule's (`subjects._subject`); a passive relative ("students who were arrested") is left to the
passive roles.
"""

from __future__ import annotations

from functools import cache

from cronaca import lang as langpacks
from cronaca.events.context import Draft, _Ctx


@cache
def _restrictive_words(lang: str) -> frozenset[str]:
    if not langpacks.has_data(lang, "reactions"):
        return frozenset()
    raw = langpacks.load_yaml(lang, "reactions") or {}
    return frozenset(str(w).lower() for w in raw.get("restrictive_relatives") or [])


def _head_word(ctx: _Ctx, k: int) -> bool:
    """A plain lowercase word that may head the noun phrase a mention modifies ("activists")."""
    w = ctx.lows[k]
    lex = ctx.lex
    return (
        w.isalpha() and not ctx.toks[k].is_title and k not in ctx.trigger_tok
        and w not in lex.det and w not in lex.prep and w not in lex.conj and w not in lex.aux and w not in lex.clause
    )


def _restrictive_subjects(ctx: _Ctx, drafts: list[Draft]) -> None:
    words = _restrictive_words(ctx.doc.meta.lang or "it")
    if not words:
        return
    lex, lows = ctx.lex, ctx.lows
    for d in drafts:
        if d.m.trig.noun or d.adjectival:
            continue
        lo = ctx.doc.sents[d.sent].tok_start
        vg = d.vg[1] if d.vg[1] >= 0 else d.m.ta
        k = vg - 1
        if k - 1 < lo or lows[k] not in words:
            continue
        if any(lows[j] in lex.passive for j in range(vg, d.m.ta)) and lows[d.m.ta].endswith(lex.participle):
            continue  # "students who were arrested": the antecedent is the one acted on
        u = ctx.unit_at[k - 1]
        if u is None and k - 2 >= lo and _head_word(ctx, k - 1):
            u = ctx.unit_at[k - 2]  # "Georgian opposition activists who ...": the mention, then its head noun
            if u is not None and u.te != k - 1:
                u = None
        elif u is not None and u.te != k:
            u = None
        if u is None or u.kind == "DEM" or u.actor is None:
            continue
        if d.source == [u.actor]:
            continue
        d.source = [u.actor]
        d.subject = [u.actor]
        d.inherit = None
        d.target = [a for a in d.target if a != u.actor]
