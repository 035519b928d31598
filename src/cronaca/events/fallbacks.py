"""Measured fallbacks for a missing side: a draft that `emit._keep` would drop because its source or
its target is missing gets the side one discourse strategy proposes, but only for the (type, side,
strategy) cells that `scripts/fallback_probe.py` measured precise on the development gold (data:
`lang/common/fallbacks.yaml`, each cell with its dev figures).

Generic fallbacks (the nearest other party, the article's dyad for every directed type) were tried
before and lost F1 (docs/events.md, "Why events are missed"): they fill many drafts at precision
0.15-0.2. A strategy read in a narrow situation (a reply to the last act aimed at the speaker's
side, the other country of a two-country story) can be right far more often; the probe tells which.

Strategies, for a draft whose known side is K (its source when the target is missing, its target
when the source is missing; the one participant of a symmetric event):

- `same_source`: the counterpart of the most recent earlier event in which K's side acted (target
  missing) or was acted upon (source missing);
- `reply`: the doer of the most recent earlier event aimed at K's side (target missing: "Ankara
  rejected all responsibility" after Greece accused Turkey), or the target of the last act of K's
  side (source missing);
- `two_country`: the other country of a story about two countries, when K belongs to one of them;
- `same_type`: the target (the source) of the most recent earlier event of the same type
  (coordinated reactions: "Japan and Australia expressed concern" after "Washington condemned
  China");
- `prev_subject`: the first party of the sentence before that no preposition governs.

A filled draft is marked (`Draft.fallback` = the strategy), so the probe can count what the step
filled; the mark is not part of the output.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache

from cronaca import lang as langpacks
from cronaca.events.codes import _same_side
from cronaca.events.context import Draft, _Ctx, _uniq
from cronaca.events.discourse import discourse
from cronaca.events.emit import _keep

STRATEGIES = (
    "same_source",
    "reply",
    "two_country",
    "same_type",
    "prev_subject",
    "last_party",
    "top_other",
    "next_party",
)
SIDES = ("target", "source", "partner")


@dataclass(frozen=True, slots=True)
class Rule:
    """One measured cell: drafts of `type` missing `side` take `strategy`'s candidate when it lies
    at most `reach` sentences back (-1: any distance)."""

    type: str
    side: str
    strategy: str
    reach: int = -1
    quoted: bool | None = None  # None: either; True: only inside a quotation; False: only outside
    foreign: bool = False  # only a side of another polity than the known side (fallbacks.foreign)
    cameo: tuple[str, ...] = ()  # only triggers of these CAMEO codes (empty: any)


@cache
def rules(lang: str) -> tuple[Rule, ...]:
    """The cells of `lang/common/fallbacks.yaml` that apply to `lang`, in file order (the first
    rule whose strategy has a candidate fills the draft)."""
    if not langpacks.has_data("common", "fallbacks"):
        return ()
    raw = langpacks.load_yaml("common", "fallbacks") or {}
    out: list[Rule] = []
    for i, r in enumerate(raw.get("fallbacks") or [], 1):
        if r.get("strategy") not in STRATEGIES or r.get("side") not in SIDES or not r.get("type"):
            raise langpacks.DataError(f"fallbacks.yaml: entry {i}: needs a type, a side in {SIDES} and a strategy in {STRATEGIES}")
        langs = r.get("langs")
        if langs and lang not in langs:
            continue
        out.append(
            Rule(
                str(r["type"]),
                str(r["side"]),
                str(r["strategy"]),
                int(r.get("reach", -1)),
                r.get("quoted"),
                bool(r.get("foreign", False)),
                tuple(str(c) for c in r.get("cameo") or ()),
            )
        )
    return tuple(out)


def gap(d: Draft) -> str | None:
    """Which side keeps `d` out of the output: "target", "source", "partner" (a symmetric event with
    one participant), or None (kept, or no side known at all)."""
    if _keep(d) or d.judged is not None:
        # a judgement of an event named in its object ("condemned the Iranian attack on Israel"):
        # its target is that act's doer, which judged.py reads or leaves open; no party nearby is it
        return None
    trig = d.m.trig
    if trig.sym:
        return "partner" if len(d.source) == 1 else None
    if trig.one_sided or d.open_appeal:
        return None
    if d.source and not d.target:
        return "target"
    if d.target and not d.source:
        return "source"
    return None


Candidates = dict[str, tuple[list[str], int]]  # strategy -> (actor ids, sentences back)


def candidates(
    ctx: _Ctx, drafts: list[Draft], wanted: set[tuple[str, str]] | None = None
) -> list[tuple[Draft, str, Candidates]]:
    """Every draft with one side missing (of a (type, side) in `wanted`, when given), the side, and
    what each strategy proposes for it."""
    gaps = [
        (d, g)
        for d in drafts
        if (g := gap(d)) is not None
        and (wanted is None or (d.m.trig.type, g) in wanted)
        and not _pronoun_object(ctx, d)
        and not (g == "target" and d.uncoded)  # the object is a party with no actor (addressees.py): none other
    ]
    if not gaps:
        return []
    kept = sorted((e for e in drafts if _keep(e)), key=lambda e: e.m.ta)
    pair = _two_countries(ctx)
    out = []
    for d, side in gaps:
        known = d.target if side == "source" else d.source
        before = [e for e in kept if e.m.ta < d.m.ta and e.sent <= d.sent]
        out.append((d, side, _propose(ctx, d, side, known, before, pair)))
    return out


def _propose(ctx: _Ctx, d: Draft, side: str, known: list[str], before: list[Draft], pair: tuple[str, ...]) -> Candidates:
    def other(ids: list[str]) -> list[str]:
        return [a for a in _uniq(ids) if _coded(ctx, a) and not _same_side(ctx, a, known)][:2]

    def ours(ids: list[str]) -> bool:
        return any(_same_side(ctx, a, known) for a in ids)

    out: Candidates = {}
    # acting side and acted-upon side of the earlier events, as seen from the missing side
    doer_missing = side == "source"
    for e in reversed(before):
        dist = d.sent - e.sent
        if "same_source" not in out:
            if (ours(e.target) and not ours(e.source)) if doer_missing else ours(e.source):
                c = other(e.source if doer_missing else e.target)
                if c:
                    out["same_source"] = (c, dist)
        if "reply" not in out and not e.m.trig.sym:
            if (ours(e.source) and not ours(e.target)) if doer_missing else (ours(e.target) and not ours(e.source)):
                c = other(e.target if doer_missing else e.source)
                if c:
                    out["reply"] = (c, dist)
        if "same_type" not in out and e.m.trig.type == d.m.trig.type:
            c = other(e.source if doer_missing else e.target)
            if c:
                out["same_type"] = (c, dist)
        if len(out) == 3:
            break
    if pair:
        countries = {ctx.actors[a].country for a in known if a in ctx.actors}
        if len(countries) == 1 and not any(ctx.actors[a].igo for a in known if a in ctx.actors):
            (mine,) = countries
            if mine in pair:
                rest = [c for c in pair if c != mine]
                rep = _representative(ctx, rest[0]) if rest else None
                if rep is not None:
                    out["two_country"] = ([rep], 0)
    # the nearest coded party before the trigger (this sentence or earlier), the first after it in
    # the sentence, and the most mentioned one of the article, none on the known side
    k = d.m.ta - 1
    while k >= 0:
        u = ctx.unit_at[k]
        if u is not None and u.kind not in ("LOC", "DEM") and not u.actor.startswith("@"):
            if _coded(ctx, u.actor) and not _same_side(ctx, u.actor, known):
                out["last_party"] = ([u.actor], d.sent - ctx.toks[k].sent)
                break
            k = u.ts
        k -= 1
    s_end = ctx.doc.sents[d.sent].tok_end
    k = d.m.tb
    while k < s_end:
        u = ctx.unit_at[k]
        if u is not None and u.kind not in ("LOC", "DEM") and not u.actor.startswith("@"):
            if _coded(ctx, u.actor) and not _same_side(ctx, u.actor, known):
                out["next_party"] = ([u.actor], 0)
                break
            k = u.te
            continue
        k += 1
    top = _top_other(ctx, known)
    if top is not None:
        out["top_other"] = ([top], 0)
    if d.sent > 0:
        prev = ctx.doc.sents[d.sent - 1]
        lo, hi = prev.tok_start, prev.tok_end
        k = lo
        while k < hi:
            u = ctx.unit_at[k]
            if u is None or u.ts != k or u.kind in ("LOC", "DEM") or u.actor.startswith("@"):
                k += 1
                continue
            if ctx.gov(u, lo) is None and _coded(ctx, u.actor) and not _same_side(ctx, u.actor, known):
                out["prev_subject"] = ([u.actor], 1)
                break
            k = u.te
    return out


def _top_other(ctx: _Ctx, known: list[str]) -> str | None:
    """The most mentioned coded actor of the article on another side than `known`."""
    n: Counter[str] = Counter(m.actor for m in ctx.doc.mentions if m.actor)
    for a, _ in n.most_common():
        if _coded(ctx, a) and not _same_side(ctx, a, known):
            return a
    return None


def foreign(ctx: _Ctx, known: list[str], ids: list[str]) -> bool:
    """Are the proposed side and the known side two polities: different countries, or an
    international organization on one side?"""
    def polity(a: str) -> str | None:
        x = ctx.actors.get(a)
        return None if x is None else (x.igo or x.country)

    mine = {polity(a) for a in known} - {None}
    theirs = {polity(a) for a in ids} - {None}
    return bool(mine and theirs) and mine.isdisjoint(theirs)


def _pronoun_object(ctx: _Ctx, d: Draft) -> bool:
    """Is the object of the trigger a pronoun ("accused him of", "accused her government of") or a
    clitic before it ("lo ha accusato")? discourse.py reads its referent or leaves the side open on
    purpose (a pronoun of the wrong kind, a paragraph between): no other party is the object."""
    dw = discourse(ctx.doc.meta.lang or "it")
    if dw is None:
        return False
    after = ctx.lows[d.m.tb] if d.m.tb < len(ctx.lows) else ""
    if after in dw.object_pronouns:
        return True
    k = d.m.ta - 1
    while k >= 0 and ctx.lows[k] in ctx.lex.aux:
        k -= 1  # "lo ha accusato"
    return k >= 0 and ctx.lows[k] in dw.plain_clitics


def _coded(ctx: _Ctx, actor: str) -> bool:
    a = ctx.actors.get(actor)
    return a is not None and bool(a.igo or a.country)


def _two_countries(ctx: _Ctx) -> tuple[str, ...]:
    """The story's two countries: the two most mentioned, each at least 3 times, and any third one
    at most half as often as the second. () otherwise."""
    n: Counter[str] = Counter()
    for m in ctx.doc.mentions:
        a = ctx.actors.get(m.actor) if m.actor else None
        if a is not None and a.country and not a.igo:
            n[a.country] += 1
    top = n.most_common(3)
    if len(top) < 2 or top[1][1] < 3 or (len(top) == 3 and 2 * top[2][1] > top[1][1]):
        return ()
    return (top[0][0], top[1][0])


def _representative(ctx: _Ctx, country: str) -> str | None:
    """The actor standing for `country`: the country itself (GPE with no sector), else its most
    mentioned actor."""
    n: Counter[str] = Counter(m.actor for m in ctx.doc.mentions if m.actor)
    best = None
    for a in ctx.doc.actors:
        if a.country != country or a.igo:
            continue
        if a.kind == "GPE" and not a.sector:
            return a.id
        if best is None or n[a.id] > n[best]:
            best = a.id
    return best


def _fallbacks(ctx: _Ctx, drafts: list[Draft]) -> None:
    """Fill a missing side by the first measured rule (fallbacks.yaml) that has a candidate."""
    table = rules(ctx.doc.meta.lang or "it")
    if not table:
        return
    for d, side, cands in candidates(ctx, drafts, {(r.type, r.side) for r in table}):
        for r in table:
            if r.type != d.m.trig.type or r.side != side:
                continue
            if r.quoted is not None and r.quoted != (d.quote is not None):
                continue
            if r.cameo and d.m.trig.cameo not in r.cameo:
                continue
            hit = cands.get(r.strategy)
            if hit is None or (r.reach >= 0 and hit[1] > r.reach):
                continue
            known = d.target if side == "source" else d.source
            if r.foreign and not foreign(ctx, known, hit[0]):
                continue
            fill(d, side, hit[0], r.strategy)
            break


def fill(d: Draft, side: str, ids: list[str], strategy: str) -> None:
    """Put `ids` on the missing side of `d` and mark it with the strategy."""
    if side == "target":
        d.target = list(ids)
    elif side == "source":
        d.source = list(ids)
    else:
        d.source = _uniq(d.source + ids)
        d.target = list(d.source)
    d.fallback = strategy
