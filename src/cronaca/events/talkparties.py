"""The parties of talks carry to what the talks reach (Italian session five b; data:
`lang/<l>/venues.yaml` `talk_outcomes`).

"Si è aperto un nuovo round di colloqui tra le delegazioni di Ucraina e Russia, che si è concluso
con un'intesa per lo scambio di 300 prigionieri": the agreement and the exchange are the talks'
outcome, between the same two parties. The roles read the outcome nouns from their own phrase and
find one participant (the last name of the list before them), so a symmetric event with one
participant is dropped. `_talk_outcomes` gives a symmetric draft of a listed type with exactly one
participant the participants of an earlier symmetric draft of its sentence with two or more of
them, when that one participant is among them.
"""

from __future__ import annotations

from functools import cache

from cronaca import lang as langpacks
from cronaca.events.context import Draft, _Ctx


@cache
def _outcome_types(lang: str) -> frozenset[str]:
    if not langpacks.has_data(lang, "venues"):
        return frozenset()
    raw = (langpacks.load_yaml(lang, "venues") or {}).get("talk_outcomes") or {}
    return frozenset(str(t) for t in raw.get("types") or [])


def _talk_outcomes(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A one-participant symmetric draft after talks between several parties in its sentence, one
    of them its participant: the talks' parties."""
    types = _outcome_types(ctx.doc.meta.lang or "it")
    if not types:
        return
    talks: dict[int, Draft] = {}  # sentence -> the last symmetric draft with several participants
    for d in sorted(drafts, key=lambda e: e.m.ta):
        if not d.m.trig.sym:
            continue
        parts = set(d.source) | set(d.target)
        if len(parts) >= 2:
            talks[d.sent] = d
            continue
        t = talks.get(d.sent)
        if t is None or d.m.trig.type not in types or len(parts) != 1:
            continue
        if not parts <= set(t.source) | set(t.target):
            continue
        d.source = list(t.source)
        d.target = list(t.target)
