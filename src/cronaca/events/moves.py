"""A judgement of "the move": "The United States imposed sanctions on three Iranian oil firms.
Israel welcomed the move." The object is a generic noun for an act ("the move", "the decision",
"the step") with no owner of its own, so the judgement had no target and its draft was dropped
(drop10en: SUPPORT drafts with a source and no target were the second most frequent English drop on
dev). The act meant is the one just told: `_judged_moves` aims the judgement at the doer of the last
deed drafted before it, in its own sentence or the one before in the same paragraph, when that doer
is on another side than the judge. Words (charges, refusals, praise) are reactions, not the move
judged, and are stepped over.

Data: `lang/<l>/discourse.yaml` `judged_moves` (`nouns`, `types`: the judging types, `skip_types`:
acts stepped over). A language without the key has the rule off.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from cronaca.events.codes import _same_side
from cronaca.events.context import Draft, _Ctx
from cronaca.events.discourse import _reachable
from cronaca.events.lexicons import discourse_data


@dataclass(frozen=True, slots=True)
class _Moves:
    nouns: frozenset[str]  # generic act nouns ("move", "decision")
    types: frozenset[str]  # judging types (SUPPORT, ACCUSE, REJECT)
    skip: frozenset[str]  # types of drafts that are no move (words, meetings)


@cache
def _moves(lang: str) -> _Moves | None:
    raw = discourse_data(lang).get("judged_moves")
    if not raw:
        return None
    return _Moves(
        frozenset(str(w).lower() for w in raw.get("nouns") or []),
        frozenset(str(t) for t in raw.get("types") or []),
        frozenset(str(t) for t in raw.get("skip_types") or []),
    )


def _move_object(ctx: _Ctx, d: Draft, nouns: frozenset[str]) -> bool:
    """Is the trigger's direct object "the/this/that <move noun>" with nothing that owns it after
    it ("the move", "this decision", not "the decision of the court" nor "the move by X")?"""
    s = ctx.doc.sents[d.sent]
    k = d.m.tb
    if k >= s.tok_end or ctx.lows[k] not in ("the", "this", "that"):
        return False
    k += 1
    if k >= s.tok_end or ctx.lows[k] not in nouns or ctx.unit_at[k] is not None:
        return False
    nxt = k + 1
    if nxt < s.tok_end and (ctx.unit_at[nxt] is not None or ctx.lex.prep.get(ctx.lows[nxt]) in ("of", "agent")):
        return False
    return True


def _judged_moves(ctx: _Ctx, drafts: list[Draft]) -> None:
    """Aim a judgement of "the move" at the doer of the deed told just before it (module doc)."""
    data = _moves(ctx.doc.meta.lang or "it")
    if data is None:
        return
    for i, d in enumerate(drafts):
        if d.target or not d.source or d.m.trig.noun or d.m.trig.type not in data.types:
            continue
        if not _move_object(ctx, d, data.nouns):
            continue
        reach = _reachable(ctx, d.sent)
        for e in reversed(drafts[:i]):
            if e.sent not in reach:
                if e.sent < min(reach):
                    break
                continue
            if e.m.trig.type in data.skip or not e.source or e.modality not in ("asserted", "reported"):
                continue
            if any(_same_side(ctx, a, d.source) for a in e.source):
                break  # the judge's own side acted last: its own move, or a reply to another
            d.target = list(e.source)
            break
