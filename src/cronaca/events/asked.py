"""Acts asked for: the content of a request is no act yet (both languages, session six).

"called on Brussels to reopen negotiations", "urged the government to negotiate", "ha esortato i due
governi a riprendere i negoziati", "ha chiesto consultazioni formali con Pechino": the gold codes the
request and nothing else; the talks asked for have not taken place, and nobody has announced them.
A draft of one of the types in `asked.yaml` `types` whose trigger follows a request trigger (REQUEST)
in the same clause, within `reach` words and with no clause break between, is dropped.

Not dropped: an invitation to a place ("ha invitato Tebboune a Roma per un vertice" is a planned
visit, CONSULT with intent), and a content after a new clause (": «Siamo pronti a discutere»",
"e si è detto pronto a facilitare un incontro": the speaker's own offer).
Measured on dev (session six): of the CONSULT and RETREAT drafts dropped, none had its type in the gold
sentence (events pairs predicted 1238 -> 1223, true positives unchanged at 881).
"""

from __future__ import annotations

from functools import cache

from cronaca import lang as langpacks
from cronaca.events.context import _PUNCT, Draft, _Ctx


@cache
def _asked_data(lang: str) -> tuple[frozenset[str], int, frozenset[str], frozenset[str]]:
    """(types dropped as a request's content, reach in words, words that break the clause or tell
    a time ("before the summit"), request lemmas whose place complement makes a visit: "invitare")."""
    if not langpacks.has_data(lang, "asked"):
        return frozenset(), 0, frozenset(), frozenset()
    raw = langpacks.load_yaml(lang, "asked") or {}
    return (
        frozenset(str(t) for t in raw.get("types") or []),
        int(raw.get("reach") or 0),
        frozenset(str(w).lower() for w in (raw.get("breaks") or []) + (raw.get("time_words") or [])),
        frozenset(str(w).lower() for w in raw.get("visit_verbs") or []),
    )


def _asked_acts(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    types, reach, breaks, visits = _asked_data(ctx.doc.meta.lang or "it")
    if not types:
        return drafts
    requests = [d for d in drafts if d.m.trig.type == "REQUEST"]
    if not requests:
        return drafts
    lex, lows, toks = ctx.lex, ctx.lows, ctx.toks
    drop: set[int] = set()
    for d in drafts:
        if d.m.trig.type not in types:
            continue
        for r in requests:
            if r.sent != d.sent or not (r.m.tb <= d.m.ta <= r.m.tb + reach):
                continue
            between = range(r.m.tb, d.m.ta)
            if any(
                lows[j] in lex.clause or lows[j] in breaks or lows[j] in _PUNCT
                for j in between
            ):
                continue  # a new clause (the speaker's own offer, another act) or a time: "before the summit"
            if any(
                lows[j] in lex.conj and j + 1 < d.m.ta and lows[j + 1] in lex.aux and lows[j + 1] not in lex.prep
                for j in between
            ):
                continue  # "... e ha proposto un vertice": a finite verb of its own
            if toks[r.m.ta].lemma in visits and any(
                ctx.unit_at[j] is not None and ctx.unit_at[j].kind == "LOC" for j in between
            ):
                continue  # "ha invitato Tebboune a Roma per un vertice": a planned visit
            drop.add(id(d))
            break
    return [d for d in drafts if id(d) not in drop] if drop else drafts
