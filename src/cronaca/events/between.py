"""A symmetric noun that names its own parties ("scontri tra manifestanti e polizia", "clashes
between police and students", "colloqui tra Roma e Parigi") is between those parties only.

`roles._roles` gives a symmetric trigger the clause's subject as well as the parties after it; for
a verb that is right ("Meloni ha incontrato Macron": both meet), but a noun told inside another
clause keeps its own parties: "Il provvedimento è stato proposto da Russia Unita, in seguito alle
proteste ..., che hanno visto scontri tra manifestanti e polizia": the party that proposed the law
did not clash. `_own_parties`: when two or more parties after a symmetric noun are governed by a
preposition of `between` ("tra", "fra", "between", `roles.yaml`) and the first of them follows the
noun within `reach` words, those parties are the event's sides, both ways.
"""

from __future__ import annotations

from cronaca.events.context import Draft, _Ctx

_REACH = 3  # words between the noun and "tra": "scontri violenti tra", "clashes on Sunday between"


def _own_parties(ctx: _Ctx, drafts: list[Draft]) -> None:
    lex = ctx.lex
    for d in drafts:
        trig = d.m.trig
        if not trig.sym or not trig.noun or len(d.source) < 3:
            continue  # two parties or fewer: nothing added beyond the noun's own
        s = ctx.doc.sents[d.sent]
        k = d.m.tb
        limit = min(s.tok_end, k + _REACH + 1)
        while k < limit and lex.prep.get(ctx.lows[k]) != "between":
            if k in ctx.trigger_tok or ctx.unit_at[k] is not None:
                break
            k += 1
        if k >= limit or lex.prep.get(ctx.lows[k]) != "between":
            continue
        own: list[str] = []
        j = k + 1
        while j < s.tok_end:
            u = ctx.unit_at[j]
            if u is not None and u.ts == j:
                if u.actor not in d.source or (not own and ctx.gov(u, k) != "between"):
                    break
                if u.actor not in own:
                    own.append(u.actor)
                j = u.te
                # the next party follows after "e", "and", a comma or a determiner only
                while j < s.tok_end and ctx.unit_at[j] is None and (ctx.lows[j] in lex.conj or ctx.lows[j] == "," or ctx.lows[j] in lex.det):
                    j += 1
                if j >= s.tok_end or ctx.unit_at[j] is None:
                    break
                continue
            if own or ctx.lows[j] in (";", ".", ":") or j in ctx.trigger_tok:
                break
            j += 1
        if len(own) < 2:
            continue
        d.source = list(own)
        d.target = list(own)
