"""The owner of a passive's subject is its target (realside8).

"La decisione del governo italiano è stata criticata dalla Commissione", "La proposta francese è
stata respinta da Mosca", "Il consolato iraniano a Damasco è stato colpito": the passive's subject
is a thing, not a party, so `roles._roles` finds no target and `emit._keep` drops the act. The
thing belongs to a party named right after it, by "di X" or by a demonym, and the act falls on that
party: criticising a government's decision blames the government, striking Iran's consulate
strikes Iran. This is the passive twin of `objects._object_owners` ("ha bloccato la richiesta di
adesione della Svezia").

`_passive_owners`: a verb draft with no target whose verb group is passive and whose subject phrase
opens the sentence (after `passive_topic_openers`, `domestic.yaml`) as a determiner, a common noun
and its owner (a demonym right after the noun, or "di" + a party), perhaps a few plain words or a
place ("a Damasco") after the owner, is aimed at that owner when it is coded and on another side
than the source. A referenced act as the subject ("L'attacco è stato condannato da X") is read by
`unnamed._passive_judged` later only when no owner is named; its named owner is its author ("La
proposta francese è stata respinta": France's).
"""

from __future__ import annotations

from cronaca.events.codes import _same_side
from cronaca.events.context import Draft, _Ctx
from cronaca.events.unnamed import _unnamed

_AFTER = 2  # plain words between the owner and the verb group ("a Damasco", "di pace")


def _passive_owners(ctx: _Ctx, drafts: list[Draft]) -> None:
    lang = ctx.doc.meta.lang or "it"
    openers = _unnamed(lang).openers
    lows, lex = ctx.lows, ctx.lex
    for d in drafts:
        trig = d.m.trig
        if d.target or trig.noun or trig.sym or d.quote is not None:
            continue
        start = d.vg[1] if d.vg[1] >= 0 else d.m.ta
        if start >= d.m.ta or lex.passive.isdisjoint(lows[start : d.m.ta]):
            continue  # not a passive
        lo = ctx.doc.sents[d.sent].tok_start
        # the owner: the last party before the verb group, at most _AFTER plain words before it
        k = start - 1
        while k >= lo and start - k <= _AFTER + 2:
            v = ctx.unit_at[k]
            if v is None:
                if not lows[k].isalpha():
                    break
                k -= 1
                continue
            if v.kind in ("GPE", "LOC") and v.ts - 1 >= lo and lex.prep.get(lows[v.ts - 1]) == "place":
                k = v.ts - 2  # "Il consolato iraniano a Damasco": where the thing is, not its owner
                continue
            break
        u = ctx.unit_at[k] if k >= lo else None
        if u is None:
            continue
        # the thing it owns: "la decisione del governo" (noun, "di", determiner) or "la proposta
        # francese" (noun, demonym)
        j = u.ts - 1
        if u.kind != "DEM":
            while j >= lo and lows[j] in lex.det:
                j -= 1
            if j < lo or lex.prep.get(lows[j]) != "of":
                continue
            j -= 1
        if j < lo or ctx.unit_at[j] is not None or not lows[j].isalpha():
            continue
        if not ctx.toks[j].text[:1].islower():
            continue  # a name, not a thing
        if (
            j - 2 >= lo
            and lex.prep.get(lows[j - 1]) == "of"  # two nouns, one thing: "piano di pace"
            and ctx.unit_at[j - 2] is None
            and lows[j - 2].isalpha()
            and ctx.toks[j - 2].text[:1].islower()
        ):
            j -= 2  # a compound thing: "il piano di pace dell'Ucraina", "la richiesta di adesione della Serbia"
        j -= 1
        if j < lo or lows[j] not in lex.det:
            continue
        # the subject phrase opens the sentence
        if any(lows[x] not in openers for x in range(lo, j)):
            continue
        a = ctx.actors.get(u.actor)
        if a is None or not (a.igo or a.country) or u.actor in d.source:
            continue
        if d.source and _same_side(ctx, u.actor, d.source):
            continue
        d.target = [u.actor]
