"""The subject of a relative clause hung on a reaction noun's owner (data: `lang/<l>/discourse.yaml`,
key `reaction_heads`).

Italian news opens a reaction with a verbless phrase and tells the act in a relative clause:
"Immediata la replica di Ankara, che ha respinto le critiche di Bruxelles", "Dura la condanna
dell'Unione europea, che ha chiesto il rilascio del sindaco", "Netta la posizione del Quirinale,
che ha invitato ...". `subjects._subject` reads a relative pronoun after a comma as the party
right before the comma, but not when "di" governs it ("il presidente della Francia, che ..." is
the president's clause, not France's), so these acts had no doer. After a noun of reaction or
statement (`reaction_heads`), the "di X" is who reacted and the relative clause tells what X did:
`_reaction_owners` gives a verb draft whose verb group follows ", che" (or "il quale", "la
quale"; `relative_subjects`) with at most `_GAP` words and no party between the owner as its
source; the clause names no subject of its own, so a source the roles found there was a topic
carried over from the sentences before. A target the roles then dropped as the wrong subject's own
side is the party right after the verb.
"""

from __future__ import annotations

from functools import cache

from cronaca.events.codes import _same_side
from cronaca.events.context import Draft, _Ctx
from cronaca.events.lexicons import discourse_data

_GAP = 3  # words between the pronoun and the verb group ("che in una nota ha respinto")


@cache
def _heads(lang: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in discourse_data(lang).get("reaction_heads") or [])


@cache
def _pronouns(lang: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in discourse_data(lang).get("relative_subjects") or [])


def _reaction_owners(ctx: _Ctx, drafts: list[Draft]) -> None:
    lang = ctx.doc.meta.lang or "it"
    heads = _heads(lang)
    if not heads:
        return
    pronouns = _pronouns(lang) | {"quale", "quali"}
    lows, lex = ctx.lows, ctx.lex
    for d in drafts:
        if d.m.trig.noun or d.m.trig.sym or d.quote is not None:
            continue
        lo = ctx.doc.sents[d.sent].tok_start
        start = d.vg[1] if d.vg[1] >= 0 else d.m.ta
        # the pronoun, at most _GAP plain words before the verb group
        k = start - 1
        while k >= lo and start - k <= _GAP + 1 and lows[k] not in pronouns:
            if ctx.unit_at[k] is not None or lows[k] in (",", ";", ":", ".") or k in ctx.trigger_tok:
                k = lo - 1
                break
            k -= 1
        if k < lo or lows[k] not in pronouns:
            continue
        if lows[k] in ("quale", "quali"):
            k -= 1  # "il quale", "la quale": the article before it
            if k < lo or lows[k] not in lex.det:
                continue
        if k - 1 < lo or lows[k - 1] != ",":
            continue
        u = ctx.unit_at[k - 2] if k - 2 >= lo else None
        if u is None or u.kind == "DEM":
            continue
        a = ctx.actors.get(u.actor)
        if a is None or not (a.igo or a.country):
            continue
        # "la replica di Ankara": the owner after "di" (an article glued or apart), right after the head
        j = u.ts - 1
        while j >= lo and lows[j] in lex.det:
            j -= 1
        if j - 1 < lo or lex.prep.get(lows[j]) != "of" or lows[j - 1] not in heads:
            continue
        if u.actor in d.target or d.source == [u.actor]:
            continue
        # (a source the roles found is a topic carried over from the sentences before: the clause
        # between the pronoun and the verb names no party)
        d.source = [u.actor]
        d.subject = [u.actor]
        if not d.target:
            _direct_object(ctx, d)


def _direct_object(ctx: _Ctx, d: Draft) -> None:
    """The party right after the verb (past a determiner), ungoverned, of another side: the target
    the roles dropped when they read the wrong subject ("..., che ha accusato la Turchia di ...":
    Turkey, which the Turkish government carried over as subject had made its own side)."""
    hi = ctx.doc.sents[d.sent].tok_end
    k = d.m.tb
    while k < hi and ctx.lows[k] in ctx.lex.det:
        k += 1
    u = ctx.unit_at[k] if k < hi else None
    if u is None or u.ts != k or u.kind == "DEM" or u.actor in d.source:
        return
    a = ctx.actors.get(u.actor)
    if a is None or not (a.igo or a.country) or _same_side(ctx, u.actor, d.source):
        return
    d.target = [u.actor]
