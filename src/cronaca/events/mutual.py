"""Sides read from the shape of the whole clause rather than one mention (ev-batch3-en):
- `_foreign_bans`: a ban (a COERCE of a `foreign_bans.cameos` code) whose every target is another
  polity or organization than its doer ("a ban on Russian gas", "China banned Japanese seafood") is a
  measure against that polity: SANCTION (docs/conventions.md), not a coercion of one's own people;
- `_each_other`: "Each side blamed the other": a subject that names one of two parties in turn
  (`each_side`) and an object that names the other (`the_other`) make the act mutual between the
  conflict's two sides (the pair named in the sentence, else the article's dyad);
- `_mutual_deeds`: a de-escalation done by both sides of the conflict together with no party named
  ("Kyrgyzstan and Tajikistan agreed to pull back troops") is each one's towards the other.
Data: `lang/<l>/domestic.yaml` (`foreign_bans`) and `lang/<l>/discourse.yaml` (`each_side`,
`the_other`, `mutual_types`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from cronaca import lang as langpacks
from cronaca.events.codes import _same_side
from cronaca.events.context import Draft, _Ctx
from cronaca.events.lexicons import Trigger, plover
from cronaca.events.parties import _StrongPairs


@dataclass(frozen=True, slots=True)
class _Mutual:
    ban_cameos: frozenset[str] = frozenset()
    ban_cameo: str = ""
    ban_type: str = ""
    each_side: tuple[tuple[str, ...], ...] = ()
    the_other: tuple[tuple[str, ...], ...] = ()
    mutual_types: frozenset[str] = frozenset()


def _seqs(raw: object) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(str(w).lower() for w in s) for s in (raw or []) if s)  # type: ignore[union-attr]


@cache
def _mutual(lang: str) -> _Mutual:
    dom = langpacks.load_yaml(lang, "domestic") if langpacks.has_data(lang, "domestic") else {}
    disc = langpacks.load_yaml(lang, "discourse") if langpacks.has_data(lang, "discourse") else {}
    bans = (dom or {}).get("foreign_bans") or {}
    code = str(bans.get("cameo") or "")
    ptype = str(bans.get("type") or "")
    types, cameos = plover()
    if code and (code not in cameos or ptype not in types):
        raise langpacks.DataError(f"{lang}/domestic.yaml foreign_bans: unknown type or CAMEO code {ptype!r} {code!r}")
    return _Mutual(
        ban_cameos=frozenset(str(c) for c in bans.get("cameos") or []),
        ban_cameo=code,
        ban_type=ptype,
        each_side=_seqs((disc or {}).get("each_side")),
        the_other=_seqs((disc or {}).get("the_other")),
        mutual_types=frozenset(str(t) for t in (disc or {}).get("mutual_types") or []),
    )


@cache
def _as_sanction(trig: Trigger, ptype: str, code: str) -> Trigger:
    """The ban as a measure against another polity: the data's type wins over the PLOVER table's
    (which files CAMEO 163 under COERCE, docs/events.md)."""
    types, cameo = plover()
    return replace(trig, type=ptype, cameo=code, goldstein=float(cameo[code][1]), quad=int(types[ptype]["quad_class"]))


def _foreign(ctx: _Ctx, doer: str, other: str) -> bool:
    """Is `other` a polity or organization other than the doer's own?"""
    a, b = ctx.actors.get(doer), ctx.actors.get(other)
    if a is None or b is None or not (b.igo or b.country):
        return False
    if a.igo or b.igo:
        return a.igo != b.igo
    return bool(a.country) and a.country != b.country


def _foreign_bans(ctx: _Ctx, drafts: list[Draft]) -> None:
    mu = _mutual(ctx.doc.meta.lang or "it")
    if not mu.ban_cameos or not mu.ban_cameo:
        return
    for d in drafts:
        trig = d.m.trig
        if trig.type != "COERCE" or trig.cameo not in mu.ban_cameos or not d.source or not d.target:
            continue
        if all(_foreign(ctx, s, t) for s in d.source for t in d.target):
            d.m = replace(d.m, trig=_as_sanction(trig, mu.ban_type, mu.ban_cameo))


def _ends_with(lows: list[str], end: int, lo: int, seqs: tuple[tuple[str, ...], ...]) -> bool:
    return any(end - len(s) >= lo and tuple(lows[end - len(s) : end]) == s for s in seqs)


def _starts_with(lows: list[str], start: int, hi: int, seqs: tuple[tuple[str, ...], ...]) -> bool:
    return any(start + len(s) <= hi and tuple(lows[start : start + len(s)]) == s for s in seqs)


def _each_other(ctx: _Ctx, drafts: list[Draft]) -> None:
    mu = _mutual(ctx.doc.meta.lang or "it")
    if not mu.each_side or not mu.the_other:
        return
    pairs = _StrongPairs(ctx, drafts)
    for d in drafts:
        if d.source or d.target or d.m.trig.sym or d.m.trig.noun or d.quote is not None:
            continue
        s = ctx.doc.sents[d.sent]
        vg = d.vg[1] if d.vg[1] >= s.tok_start else d.m.ta
        if not _ends_with(ctx.lows, vg, s.tok_start, mu.each_side):
            continue
        if not _starts_with(ctx.lows, d.m.tb, s.tok_end, mu.the_other):
            continue
        pair = pairs.at(d.m.ta)
        if len(pair) < 2:
            continue
        d.source, d.target, d.own_side = list(pair), list(pair), True


def _mutual_deeds(ctx: _Ctx, drafts: list[Draft]) -> None:
    mu = _mutual(ctx.doc.meta.lang or "it")
    if not mu.mutual_types:
        return
    pairs = _StrongPairs(ctx, drafts)
    for d in drafts:
        if d.m.trig.type not in mu.mutual_types or d.m.trig.sym or d.target or len(d.source) < 2:
            continue
        pair = pairs.at(d.m.ta)
        if len(pair) < 2:
            continue
        # both sides among the doers, and no doer outside them ("the US and Britain withdrew their
        # diplomats" is no withdrawal from each other)
        sides = [[a for a in d.source if _same_side(ctx, a, [p])] for p in pair]
        if all(sides) and all(_same_side(ctx, a, pair) for a in d.source):
            d.target, d.own_side = list(d.source), True
