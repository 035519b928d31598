"""Sides that are several parties at once (`lang/<l>/groups.yaml`): "i sei leader", "both
countries" stand for parties listed before; "le parti" / "both sides" and a fight with no sides named
are the two sides of the article's conflict; what someone is thanked for is the thanked ones' own
deed; witnesses of a signing; "a vicenda" / "each other"; a meeting of a group names its own
participants.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from functools import cache

from cronaca import lang as langpacks
from cronaca.events.codes import _DYAD_MIN, _code, _pair_code, _same_side
from cronaca.events.context import _GROUP, _PUNCT, Draft, Unit, _Ctx, _positions, _uniq
from cronaca.events.lexicons import Groups, groups
from cronaca.events.roles import _country_actor, _right_units


@cache
def _by_country(lang: str) -> bool:
    """Is a dyad between two countries counted by country (`discourse.yaml` `dyad_by_country`)?"""
    if not langpacks.has_data(lang, "discourse"):
        return False
    return bool((langpacks.load_yaml(lang, "discourse") or {}).get("dyad_by_country"))


def _dyad_key(ctx: _Ctx, a: str, b: str) -> tuple[str, str]:
    """The key a pair is counted under for the article's dyad. With `dyad_by_country`, two actors
    of different countries count under their countries: "Israel" -> "Hamas" (PSE, REB) and Israel ->
    Gaza's civilians are one conflict, not three pairs of which none reaches _DYAD_MIN."""
    x, y = _pair_code(ctx, a), _pair_code(ctx, b)
    if _by_country(ctx.doc.meta.lang or "it"):
        p, q = ctx.actors.get(a), ctx.actors.get(b)
        if p is not None and q is not None and not p.igo and not q.igo and p.country and q.country and p.country != q.country:
            x, y = p.country, q.country
    return (x, y) if x < y else (y, x)


def _group_units(ctx: _Ctx, g: Groups) -> dict[str, tuple[int, int]]:
    """Units for plural nouns that count the parties they name ("i sei leader", "the two countries",
    "entrambi i Paesi", "both governments"): a placeholder actor id -> (how many, first token)."""
    found: dict[str, tuple[int, int]] = {}
    if not g.nouns:
        return found
    lows, toks = ctx.lows, ctx.toks
    for k in _positions(lows, g.nouns.intersection(ctx.low_set)):
        if ctx.unit_at[k] is not None or k == 0:
            continue
        sent = toks[k].sent
        j = k - 1
        # up to two modifiers between the count and the noun ("the two Gulf states", "both
        # nuclear-armed neighbours", a hyphen and its two words): plain words of no actor, no
        # article, preposition or number
        for _ in range(3):
            w = lows[j]
            if j < 1 or w in g.numbers or w in g.pair or w in g.definite or ctx.unit_at[j] is not None:
                break
            if not (w.isalpha() or w == "-") or w in ctx.lex.prep or w in ctx.lex.det or w in ctx.lex.conj:
                break
            j -= 1
        if j < k - 1 and not (lows[j] in g.numbers or lows[j] in g.pair):
            j = k - 1  # no count before the modifiers: the noun's own word before it
        w = lows[j]
        n, ts = 0, -1
        if w in g.numbers or (w.isdecimal() and 2 <= int(w) <= 50):
            # a count is a reference back only when definite: "i sei leader", not "sei leader"
            if j >= 1 and lows[j - 1] in g.definite and toks[j - 1].sent == sent:
                n, ts = g.numbers.get(w) or int(w), j
        else:
            if w in g.definite:
                j -= 1
            if j >= 0 and lows[j] in g.pair and toks[j].sent == sent:
                n, ts = 2, j
        if n < 2 or any(ctx.unit_at[x] is not None for x in range(ts, k)):
            continue
        gid = f"{_GROUP}{ts}"
        text = ctx.doc.text[toks[ts].start : toks[k].end]
        ctx.unit_at[ts : k + 1] = [Unit(ts, k + 1, gid, text, "GRP")] * (k + 1 - ts)
        found[gid] = (n, ts)
    return found


def _text_lists(ctx: _Ctx, n: int) -> list[tuple[int, list[str]]]:
    """Coordinated names in the text before token `n` ("Francia, Italia e Spagna", "i leader di
    Italia, Francia ... e Canada"): (first token, actor ids), one id per event code."""
    lex = ctx.lex
    out: list[tuple[int, list[str]]] = []
    run: list[str] = []
    start = -1
    k = 0
    while k < n:
        u = ctx.unit_at[k]
        if u is None:
            w = ctx.lows[k]
            if not (w in lex.conj or w in lex.det) and run:
                if len(run) >= 2:
                    out.append((start, run))
                run = []
            k += 1
            continue
        if u.kind not in ("GRP", "DEM", "LOC"):
            if not run:
                start = u.ts
            if _code(ctx, u.actor) not in {_code(ctx, a) for a in run}:
                run.append(u.actor)
        elif run:
            if len(run) >= 2:
                out.append((start, run))
            run = []
        k = u.te
    if len(run) >= 2:
        out.append((start, run))
    return out


def _event_lists(ctx: _Ctx, d: Draft) -> list[list[str]]:
    """The lists of parties an event names: its participants when symmetric, a coordinated side,
    or its two sides."""
    ids = d.source + d.target
    if any(a.startswith(_GROUP) for a in ids):
        return []
    if d.m.trig.sym:
        return [_uniq(ids)]
    out = [side for side in (d.source, d.target) if len(side) >= 2]
    if len(d.source) == 1 and len(d.target) == 1:
        out.append([d.source[0], d.target[0]])
    return out


def _between_pairs(ctx: _Ctx) -> list[tuple[int, list[str]]]:
    """Two opposite sides named by "tra X e Y" / "between X and Y": (token, [X, Y])."""
    words = {w for w, c in ctx.lex.prep.items() if c == "between"}
    out: list[tuple[int, list[str]]] = []
    for k in _positions(ctx.lows, words.intersection(ctx.low_set)):
        hi = ctx.doc.sents[ctx.toks[k].sent].tok_end
        pair: list[str] = []
        for u, gcat in _right_units(ctx, k, hi, stop_at_trigger=False)[:4]:
            if gcat != "between" or u.kind in ("GRP", "LOC") or u.actor.startswith(_GROUP):
                break
            a = _country_actor(ctx, u.actor)
            if a is not None and not _same_side(ctx, a, pair):
                pair.append(a)
        if len(pair) >= 2:
            out.append((k, pair[:2]))
    return out


def _conflict_pair(
    ctx: _Ctx, drafts: list[Draft], tok: int, between: list[tuple[int, list[str]]], strong: bool = False
) -> list[str]:
    """The two sides of the conflict an article is about, as seen from token `tok`: a pair named by
    "tra X e Y" in the same sentence, else the article's dyad (coded at least _DYAD_MIN times), else
    the nearest such pair before; unless `strong`, else the pair of the article's most frequent
    conflict deed (`groups.conflict_types`), else its most frequent pair of any kind."""
    si = ctx.toks[tok].sent
    for k, pair in between:
        if ctx.toks[k].sent == si:
            return pair
    counts: dict[tuple[str, str], int] = {}
    first: dict[tuple[str, str], list[str]] = {}
    deeds: dict[tuple[str, str], int] = {}
    conflict = groups(ctx.doc.meta.lang or "it").conflict
    for d in drafts:
        if d.m.trig.sym or not d.source or not d.target:
            continue
        for a in d.source:
            for b in d.target:
                if a.startswith(_GROUP) or b.startswith(_GROUP) or _same_side(ctx, a, [b]):
                    continue
                key = _dyad_key(ctx, a, b)
                counts[key] = counts.get(key, 0) + 1
                first.setdefault(key, [a, b])
                if d.m.trig.type in conflict:
                    deeds[key] = deeds.get(key, 0) + 1
    if counts:
        key = max(counts, key=lambda x: counts[x])  # the first of the most frequent
        if counts[key] >= _DYAD_MIN:
            return first[key]
    before = [pair for k, pair in between if k < tok]
    if before:
        return before[-1]
    if strong or not counts:
        return []
    if deeds:
        return first[max(deeds, key=lambda x: deeds[x])]
    return first[key]  # the most frequent pair of any kind


class _StrongPairs:
    """The conflict's two sides as seen from a token (`_conflict_pair`, strong), with the article's
    "between X and Y" pairs looked for once, at the first question: most articles ask none."""

    def __init__(self, ctx: _Ctx, drafts: list[Draft]) -> None:
        self.ctx, self.drafts = ctx, drafts
        self.between: list[tuple[int, list[str]]] | None = None

    def at(self, tok: int) -> list[str]:
        if self.between is None:
            self.between = _between_pairs(self.ctx)
        return _conflict_pair(self.ctx, self.drafts, tok, self.between, strong=True)


def _dyad(ctx: _Ctx, drafts: list[Draft]) -> bool:
    """Has the article a dyad (a pair of opposite sides coded at least _DYAD_MIN times)?"""
    counts: dict[tuple[str, str], int] = {}
    for d in drafts:
        if d.m.trig.sym or not d.source or not d.target:
            continue
        for a in d.source:
            for b in d.target:
                if not _same_side(ctx, a, [b]):
                    key = _dyad_key(ctx, a, b)
                    counts[key] = counts.get(key, 0) + 1
                    if counts[key] >= _DYAD_MIN:
                        return True
    return False


def _expand_groups(ctx: _Ctx, drafts: list[Draft], found: dict[str, tuple[int, int]]) -> None:
    """A counted group names the last list before it with that many parties (names coordinated in
    the text, or the participants of an event); two with none listed are the conflict's sides."""
    lists = _text_lists(ctx, max(ts for _n, ts in found.values()))
    lists += [(d.m.ta, side) for d in drafts for side in _event_lists(ctx, d)]
    lists.sort(key=lambda x: x[0])
    members: dict[str, list[str]] = {}
    between: list[tuple[int, list[str]]] | None = None
    toks = ctx.toks
    # who addresses each group: "the envoy thanked Oman ... and urged both delegations to ...": the
    # one who urges is not one of the two urged, so no list that holds him is the group
    askers: dict[str, set[str]] = {}
    for d in drafts:
        if not d.m.trig.sym:
            for a in d.target:
                if a.startswith(_GROUP):
                    askers.setdefault(a, set()).update(d.source)
    for gid, (n, ts) in sorted(found.items(), key=lambda x: x[1][1]):
        own = askers.get(gid, set())
        best = [
            (k, ids)
            for k, ids in lists
            if k < ts and len({_code(ctx, a) for a in ids}) == n and not (own and own.intersection(ids))
        ]
        if n == 2 and ctx.lows[ctx.unit_at[ts].te - 1] in ctx.lex.parties:  # type: ignore[union-attr]
            # "both sides", "entrambe le parti": the sides of the conflict first
            between = _between_pairs(ctx) if between is None else between
            pair = _conflict_pair(ctx, drafts, ts, between, strong=True)
            if pair:
                members[gid] = pair
                continue
        # a list in the sentence or the one before; for two, else the conflict's sides (the
        # article's dyad: "the two presidents"); else an older list
        if best and toks[best[-1][0]].sent >= toks[ts].sent - 1:
            members[gid] = best[-1][1]
            bisect.insort(lists, (ts, members[gid]), key=lambda x: x[0])
            continue
        if best and n == 2:
            # two named together most often before ("the two presidents" after Xi warned Biden),
            # the latest of them on a tie
            seen: dict[frozenset[str], int] = {}
            for _k, ids in best:
                key = frozenset(_pair_code(ctx, a) for a in ids)
                seen[key] = seen.get(key, 0) + 1
            top = max(seen.values())
            members[gid] = next(ids for _k, ids in reversed(best) if seen[frozenset(_pair_code(ctx, a) for a in ids)] == top)
            bisect.insort(lists, (ts, members[gid]), key=lambda x: x[0])
            continue
        if best:
            members[gid] = best[-1][1]
        elif n == 2:
            between = _between_pairs(ctx) if between is None else between
            members[gid] = _conflict_pair(ctx, drafts, ts, between, strong=True)
        if members.get(gid):
            # an earlier group counts as a list of its own ("the two leaders ... the two presidents")
            bisect.insort(lists, (ts, members[gid]), key=lambda x: x[0])

    def expand(ids: list[str]) -> list[str]:
        return _uniq([m for a in ids for m in (members.get(a, []) if a.startswith(_GROUP) else [a])])

    for d in drafts:
        if not any(a.startswith(_GROUP) for a in d.source + d.target):
            continue
        d.source = expand(d.source)
        if d.m.trig.sym:
            d.source = expand(d.source + d.target)
            d.target = list(d.source)
        else:
            d.target = [a for a in expand(d.target) if a not in d.source and not _same_side(ctx, a, d.source)]
        if d.subject is not None:
            d.subject = expand(d.subject)


def _parties(ctx: _Ctx, drafts: list[Draft]) -> list[tuple[Draft, list[str]]]:
    """"Le parti", "both sides" (`roles.parties`), and a fight with no sides named ("Fighting broke
    out in April"), are the two sides of the conflict: a pair named "tra X e Y" / "between X and Y" in
    the sentence, else the article's dyad, else the nearest such pair before; for "the parties",
    else the sides of the article's most frequent conflict deed. "Le parti sociali" are not.
    Decided before the implied sides (which then leave these events alone) and applied after them
    (`_apply_parties`), so that they do not count towards the article's dyad."""
    g = groups(ctx.doc.meta.lang or "it")
    between: list[tuple[int, list[str]]] | None = None
    pending: list[tuple[Draft, list[str]]] = []
    top: bool | None = None  # computed once, when needed
    for d in drafts:
        trig = d.m.trig
        fight = trig.sym and trig.noun and trig.type in g.conflict and len(d.source) < 2 and not _governed(ctx, d)
        if not (d.parties or fight):
            continue
        hi = ctx.doc.sents[d.sent].tok_end
        after = ctx.lows[d.m.ta : min(hi, d.m.tb + 6)]
        if d.parties and g.not_parties and any(
            w in ctx.lex.parties and i + 1 < len(after) and after[i + 1] in g.not_parties for i, w in enumerate(after)
        ):
            d.parties = False  # "ha chiesto alle parti sociali di ..."
            continue
        if between is None:
            between = _between_pairs(ctx)
        here = any(ctx.toks[k].sent == d.sent for k, _ in between)
        if top is None:
            top = _dyad(ctx, drafts)
        if d.parties and top and not here:
            continue  # the article's dyad: _implied_sides
        # the weakest clue (the sides of the article's most frequent conflict deed) only for words
        # that name the parties ("ha chiesto alle parti"), not for a mediation, a fight or a meeting
        # with none named ("both chambers ... pass the deal")
        pair = _conflict_pair(ctx, drafts, d.m.ta, between, strong=fight or trig.between or trig.sym)
        if not pair:
            continue
        if trig.sym:
            if d.source and not any(_same_side(ctx, a, pair) for a in d.source):
                continue  # a fight of someone else's
        elif not (d.parties and not d.target and d.source):
            continue
        d.parties, d.own_side = False, True  # no implied side: the pair, after them
        pending.append((d, pair))
    return pending


def _governed(ctx: _Ctx, d: Draft) -> bool:
    """Is the noun governed by a preposition ("a pause in the fighting", "nei combattimenti"), past
    its articles and two modifiers? Then it is a topic, not a fight the text reports."""
    lo = ctx.doc.sents[d.sent].tok_start
    k = d.m.ta - 1
    skipped = 0
    while k >= lo and (ctx.lows[k] in ctx.lex.det or (skipped < 2 and ctx.lows[k].isalpha() and ctx.lows[k] not in ctx.lex.prep)):
        skipped += ctx.lows[k] not in ctx.lex.det
        k -= 1
    return k >= lo and ctx.lows[k] in ctx.lex.prep


def _apply_parties(ctx: _Ctx, pending: list[tuple[Draft, list[str]]]) -> None:
    for d, pair in pending:
        if d.m.trig.sym:
            d.source = _uniq(d.source + [a for a in pair if not _same_side(ctx, a, d.source)])
            d.target = list(d.source)
        else:
            d.target = [a for a in pair if not _same_side(ctx, a, d.source)]


def _witnesses(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A signing "alla presenza di X e Y" / "in the presence of X": the witnesses (guarantors) are
    parties to it with each signatory; when the signatories sign "due documenti distinti" / "separate
    agreements", they agree with the witnesses only, not with each other (two directed events)."""
    g = groups(ctx.doc.meta.lang or "it")
    if not g.presence:
        return
    lex = ctx.lex
    out: list[Draft] = []
    for d in drafts:
        out.append(d)
        if not (d.m.trig.sym and d.m.trig.type == "AGREE" and d.source):
            continue
        s = ctx.doc.sents[d.sent]
        k = next((x for x in range(s.tok_start, s.tok_end) if ctx.lows[x] in g.presence), -1)
        if k < 0:
            continue
        witnesses: list[str] = []
        j = k + 1
        while j < s.tok_end and ctx.lows[j] not in _PUNCT and ctx.lows[j] not in lex.clause and j not in ctx.trigger_tok:
            u = ctx.unit_at[j]
            if u is not None:
                a = _country_actor(ctx, u.actor)
                w = ctx.actors.get(a or "")
                if w is not None and (w.country or w.igo) and u.kind not in ("LOC", "DEM") and not _same_side(ctx, a, witnesses):
                    witnesses.append(a)
                j = u.te
                continue
            j += 1
        signatories = [a for a in d.source if not _same_side(ctx, a, witnesses)]
        if not witnesses or not signatories:
            continue
        hi = min(s.tok_end, d.m.tb + 6)
        if g.separate.isdisjoint(ctx.lows[d.m.ta : hi]) or len(signatories) < 2:
            d.source = _uniq(signatories + witnesses)
            d.target = list(d.source)
            continue
        # separate texts: signatories -> witnesses, and back
        d.m = replace(d.m, trig=replace(d.m.trig, sym=False))
        d.source, d.target = signatories, witnesses
        out.append(replace(d, source=list(witnesses), target=list(signatories)))
    drafts[:] = out


def _reciprocal(ctx: _Ctx, drafts: list[Draft]) -> None:
    """"Russia e Ucraina si accusano a vicenda", "Israel and Hamas accused each other": with no target
    of their own, the coordinated doers are each other's targets."""
    g = groups(ctx.doc.meta.lang or "it")
    if not g.reciprocal:
        return
    for d in drafts:
        if d.m.trig.sym or d.target or len(d.source) < 2:
            continue
        hi = ctx.doc.sents[d.sent].tok_end
        after = ctx.lows[d.m.tb : min(hi, d.m.tb + 8)]
        if any(tuple(after[i : i + len(p)]) == p for p in g.reciprocal for i in range(len(after))):
            d.target = list(d.source)
            d.own_side = True


def _group_meetings(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A meeting "dei leader" / "of the ministers" names its own participants, a group the text does
    not list ("ha presieduto una videoconferenza dei leader"): it is no reference back to the last
    meeting (`_anaphora`)."""
    g = groups(ctx.doc.meta.lang or "it")
    if not g.nouns:
        return
    lex = ctx.lex
    for d in drafts:
        if not (d.m.trig.sym and d.m.trig.noun and d.definite and len(d.source) < 2):
            continue
        k = d.m.tb
        hi = ctx.doc.sents[d.sent].tok_end
        if k < hi and lex.prep.get(ctx.lows[k]) == "of":
            k += 1
            while k < hi and ctx.lows[k] in lex.det:
                k += 1
            if k < hi and ctx.lows[k] in g.nouns and ctx.unit_at[k] is None:
                d.definite = False


def _thanks(ctx: _Ctx, drafts: list[Draft]) -> list[tuple[Draft, list[str], list[str] | None]]:
    """What someone is thanked for is the thanked ones' own deed ("ha ringraziato Stati Uniti, Regno
    Unito e Francia per aver contribuito ad abbattere i droni", "thanked Qatar for its mediation"):
    a deed done for the thanker is aid to the thanker (not an attack on whoever the deed hit); a
    mediation is theirs, between the conflict's sides. The thanks and the deed are one exchange:
    the deed's sides are set after the implied sides (`_apply_thanks`), so that the pair does not
    count twice towards the article's dyad."""
    g = groups(ctx.doc.meta.lang or "it")
    pending: list[tuple[Draft, list[str], list[str] | None]] = []
    if not g.thanks:
        return pending
    lex = ctx.lex
    for i, d in enumerate(drafts):
        if d.m.trig.noun or not d.target or not d.source:
            continue
        if ctx.toks[d.m.ta].lemma not in g.thanks and ctx.lows[d.m.ta] not in g.thanks:
            continue
        hi = ctx.doc.sents[d.sent].tok_end
        # "per" / "for" after the thanked ones, in the same clause (commas of the list allowed)
        k = d.m.tb
        while k < hi and ctx.lows[k] not in g.thanks_for and ctx.lows[k] not in lex.clause and ctx.lows[k] not in (".", ";", ":"):
            k += 1
        if k >= hi or ctx.lows[k] not in g.thanks_for:
            continue
        e = next((x for x in drafts[i + 1 :] if x.sent == d.sent and x.m.ta > k), None)
        if e is None or e.m.ta - k > 6 or any(ctx.lows[x] in _PUNCT or ctx.lows[x] in lex.clause for x in range(k, e.m.ta)):
            continue
        thanked = list(d.target)
        if e.m.trig.sym:
            continue
        if e.m.trig.between:
            target: list[str] | None = None  # the conflict's sides, found at the end
        elif e.m.trig.type in lex.material and g.aid is not None:
            # aid already given to a named third party ("thanked the United States for the military
            # aid to Ukraine") keeps its recipient; any other deed done for the thanker is aid to it
            own = [a for a in e.target if a not in thanked and a not in d.source]
            keep = e.m.trig.type == g.aid.type and own
            e.m.trig = replace(g.aid, noun=e.m.trig.noun)
            target = own if keep else [a for a in d.source if a not in thanked]
        else:
            target = [a for a in (e.target or d.source) if a not in thanked]
        e.source, e.target, e.own_side = [], [], True
        pending.append((e, thanked, target))
    return pending


def _apply_thanks(ctx: _Ctx, drafts: list[Draft], pending: list[tuple[Draft, list[str], list[str] | None]]) -> None:
    between: list[tuple[int, list[str]]] | None = None
    for e, source, target in pending:
        if target is None:  # a mediation: between the conflict's sides
            between = _between_pairs(ctx) if between is None else between
            target = [a for a in _conflict_pair(ctx, drafts, e.m.ta, between) if not _same_side(ctx, a, source)]
        e.source, e.target = source, target
