"""Sides the clause leaves open. `_coded_sides` drops actors with no code; `_implied_sides`
gives an event with only one side the counterpart of that side in the events around it (same
sentence, the sentence before, the article's dyad); a refusal with no party named is aimed at the
source's adversary (`_refusal_targets`).
"""

from __future__ import annotations

from functools import cache

from cronaca import lang as langpacks
from cronaca.events.codes import _DYAD_MIN, _pair_code, _same_side
from cronaca.events.context import Draft, _Ctx, _uniq


@cache
def _coded_sectors(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """Sectors whose organizations with no country are sources all the same, coded by their name
    (`roles.coded_sectors`: international NGOs, "Human Rights Watch", "Reporter senza frontiere"),
    and the types of event they may be the source of (`roles.coded_sector_types`)."""
    roles = langpacks.load_yaml(lang, "triggers").get("roles") or {}
    sectors = frozenset(str(w) for w in roles.get("coded_sectors") or [])
    return sectors, frozenset(str(w) for w in roles.get("coded_sector_types") or [])


@cache
def _unnamed_types(lang: str) -> frozenset[str]:
    """Symmetric types that, with no party named at all, are between the article's two sides
    (`discourse.yaml` `unnamed_dyad_types`: truces and fights, not meetings or agreements, which
    on dev are more often internal or another pair's); one of the two sides alone ("Addis Ababa
    signed a truce", "the Houthis exchanged prisoners") is completed with the other, as a meeting
    of `roles.dyad_sym_types` is."""
    return frozenset(str(t) for t in langpacks.entry(lang, "discourse", "unnamed_dyad_types") or [])


def _coded_sides(ctx: _Ctx, drafts: list[Draft]) -> None:
    """An actor with neither country nor organization code ("the government" the actors stage could
    not place, a surname it could not link) says nothing about who did what to whom between
    polities, and more often stands for a misread side than for the real one: it is dropped from the
    sides, so that an implied side (below) or nothing takes its place."""
    coded = {a.id for a in ctx.doc.actors if a.igo or a.country or (a.key or "").startswith("group:")}
    # ... but an organization of `coded_sectors` is a source all the same ("Reporter senza frontiere
    # ha condannato il fermo"); not a target, which an implied side would then pair with whoever is
    # near (measured on the dev gold: a request "alla Croce Rossa" gave the Red Cross a charge)
    named, types = _coded_sectors(ctx.doc.meta.lang or "it")
    sources = coded | {a.id for a in ctx.doc.actors if a.sector in named and a.kind == "ORG"}
    for d in drafts:
        if d.source:
            d.source = [a for a in d.source if a in (sources if d.m.trig.type in types else coded)]
        if d.target:
            d.target = [a for a in d.target if a in coded]
            # a target the clause names but the article cannot code ("ha chiesto agli alleati
            # occidentali") is no gap for an implied side to fill (measured: P 0.685 -> 0.693)
            d.own_side = d.own_side or not d.target


def _implied_sides(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A side the clause leaves implied ("sono stati lanciati 81 missili", "Israele risponderà") is
    the counterpart of the known side in the events around it: first an event of the same sentence
    that has the known side on one end, then one of the sentence before, then the document's most
    frequent counterpart of that side (news stories run along one dyad). Only for the types listed
    in `roles.implied_types`; symmetric events and one-sided kinds keep what the clause says."""
    types = ctx.lex.implied
    material = ctx.lex.material
    unnamed = _unnamed_types(ctx.doc.meta.lang or "it")
    if not types:
        return
    if not any(
        ((d.m.trig.type in ctx.lex.dyad_sym or d.m.trig.type in unnamed) and len(d.source) == 1)
        or (d.m.trig.sym and d.m.trig.type in unnamed and not d.source and not d.target)
        or d.parties
        or (d.judged is not None and not d.target)
        or (bool(d.source) != bool(d.target) and d.m.trig.type in types and not d.m.trig.sym)
        for d in drafts
    ):
        return  # nothing to fill
    full = [d for d in drafts if d.source and d.target and not d.m.trig.sym]
    by_sent: dict[int, list[Draft]] = {}
    for d in full:
        by_sent.setdefault(d.sent, []).append(d)
    pairs: dict[str, dict[str, int]] = {}  # code -> counterpart code -> count
    first: dict[str, str] = {}  # code -> an actor id with that code
    for d in full:
        for a in d.source:
            for b in d.target:
                if _same_side(ctx, a, [b]):
                    continue
                ca, cb = _pair_code(ctx, a), _pair_code(ctx, b)
                first.setdefault(ca, a)
                first.setdefault(cb, b)
                pairs.setdefault(ca, {})[cb] = pairs.setdefault(ca, {}).get(cb, 0) + 1
                pairs.setdefault(cb, {})[ca] = pairs.setdefault(cb, {}).get(ca, 0) + 1

    def counterpart(known: list[str], sent: int, kind: str = "", avoid: Draft | None = None) -> list[str]:
        codes = {_pair_code(ctx, a) for a in known}

        def ours(ids: list[str]) -> bool:
            return any(_same_side(ctx, a, known) for a in ids)
        for pool in (by_sent.get(sent, []), by_sent.get(sent - 1, [])):
            if material:
                pool = [e for e in pool if (e.m.trig.type in material) == (kind in material)]
            for e in reversed(pool):
                if e is avoid:
                    continue
                if ours(e.source) and not ours(e.target):
                    return e.target[:1]
                if ours(e.target) and not ours(e.source):
                    return e.source[:1]
        best: tuple[int, str] | None = None
        for c in codes:
            for other, n in pairs.get(c, {}).items():
                if other not in codes and not ours([first[other]]) and (best is None or n > best[0]):
                    best = (n, other)
        return [first[best[1]]] if best is not None and best[0] >= _DYAD_MIN else []

    dyad: list[str] = []  # the article's most frequent pair of opposite sides
    top = 0
    for ca, others in pairs.items():
        for cb, n in others.items():
            if n > top:
                top, dyad = n, [first[ca], first[cb]]
    # judgements last: the event they judge may get its doer here first
    for d in sorted(drafts, key=lambda d: d.judged is not None):
        trig = d.m.trig
        if d.judged is not None and not d.target and not d.own_side:
            d.target = [a for a in d.judged.source if not _same_side(ctx, a, d.source)][:1]
        if (
            trig.sym
            and (trig.type in ctx.lex.dyad_sym or trig.type in unnamed)
            and len(d.source) == 1
            and top >= _DYAD_MIN
            and any(_same_side(ctx, d.source[0], [x]) for x in dyad)
        ):
            d.source = _uniq(d.source + [x for x in dyad if not _same_side(ctx, x, d.source)])
            d.target = list(d.source)
            continue
        if (
            trig.sym
            and not d.source
            and not d.target
            and trig.type in unnamed
            and top >= _DYAD_MIN
        ):
            # "a six-week truce collapsed", "the neighbours fought a war": a truce or a fight that
            # names neither party is one between the article's two sides
            d.source = list(dyad)
            d.target = list(dyad)
            continue
        if d.parties and trig.sym and len(d.source) < 2 and top >= _DYAD_MIN:
            d.source = _uniq(d.source + dyad)
            d.target = list(d.source)
            continue
        if d.parties and not d.target and d.source and not trig.sym:
            # "Guterres ha chiesto alle parti", "urged both sides": the two sides of the article's
            # conflict, which a third party (the requester) is not one of
            outside = _outside_dyad(ctx, full, d.source)
            if outside:
                d.target = outside
                continue
        if d.parties and not d.target and d.source and top >= _DYAD_MIN:
            d.target = [a for a in dyad if not _same_side(ctx, a, d.source)]
            continue
        if trig.sym or trig.one_sided or trig.type not in types:
            continue
        if d.source and not d.target and not d.own_side:
            # "defended the court and accused the opposition of ...": blame after support is not
            # aimed at whom the support was (blame then a demand often is: "accused X ... and demanded")
            e = d.inherit
            avoid = e if e is not None and (e.m.trig.quad or 0) <= 2 < (trig.quad or 0) else None
            d.target = counterpart(d.source, d.sent, trig.type, avoid)
        elif d.target and not d.source and trig.type not in ctx.lex.implied_target_only:
            d.source = counterpart(d.target, d.sent, trig.type)


def _outside_dyad(ctx: _Ctx, full: list[Draft], source: list[str]) -> list[str]:
    """The two opposite sides of the article's conflict with neither on the source's side: the pair
    coded most often in hostile events (PLOVER quad classes 3-4: accusations, threats, attacks), else
    in any event. "The parties" a mediator or the UN speaks to."""
    for hostile in (True, False):
        counts: dict[tuple[str, str], int] = {}
        first: dict[str, str] = {}
        for d in full:
            if hostile and (d.m.trig.quad or 0) < 3:
                continue
            for a in d.source:
                for b in d.target:
                    if _same_side(ctx, a, [b]) or _same_side(ctx, a, source) or _same_side(ctx, b, source):
                        continue
                    ca, cb = sorted((_pair_code(ctx, a), _pair_code(ctx, b)))
                    first.setdefault(_pair_code(ctx, a), a)
                    first.setdefault(_pair_code(ctx, b), b)
                    counts[(ca, cb)] = counts.get((ca, cb), 0) + 1
        if counts:
            ca, cb = max(counts, key=lambda k: counts[k])
            return [first[ca], first[cb]]
    return []


def _refusal_targets(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A refusal with no party named ("we will not back down", "Taiwan would not be intimidated")
    is aimed at the source's adversary in the article, the side coded most often against it in
    hostile events, not at whoever the nearby events name; none found, no event."""
    full = [d for d in drafts if d.source and d.target and not d.m.trig.sym]
    for d in drafts:
        if d.refusal and d.source and not d.target and not d.own_side:
            d.target = _sentence_adversary(ctx, full, d) or _adversary(ctx, full, d.source)
            d.own_side = not d.target


def _sentence_adversary(ctx: _Ctx, full: list[Draft], d: Draft) -> list[str]:
    """The party the refuser's own hostile act named earlier in the same sentence ("accused the
    ruling party of rigging the vote and said it would not recognise the result"): the sentence
    says whom it refuses before the article's usual adversary does."""
    for e in reversed(full):
        if e.sent != d.sent or e.m.ta >= d.m.ta or (e.m.trig.quad or 0) < 3:
            continue
        if not all(_same_side(ctx, a, d.source) for a in e.source):
            continue
        other = [b for b in e.target if not _same_side(ctx, b, d.source)]
        if other:
            return other
    return []


def _adversary(ctx: _Ctx, full: list[Draft], source: list[str]) -> list[str]:
    """The side the article codes most often against the source's side in hostile events
    (PLOVER quad classes 3-4), either way round; none when there is none."""
    counts: dict[str, int] = {}
    first: dict[str, str] = {}
    for d in full:
        if (d.m.trig.quad or 0) < 3:
            continue
        for a, b in [(a, b) for a in d.source for b in d.target] + [(b, a) for a in d.source for b in d.target]:
            if _same_side(ctx, a, source) and not _same_side(ctx, b, source):
                c = _pair_code(ctx, b)
                first.setdefault(c, b)
                counts[c] = counts.get(c, 0) + 1
    if not counts:
        return []
    return [first[max(counts, key=lambda c: counts[c])]]
