"""Measures whose reading depends on who stands on each side (data: lang/<l>/domestic.yaml):
- a lawsuit is filed before a court: a court named as its addressee ("presenterà appello al
  Consiglio di Stato") is where, not whom it is against (`_court_venues`);
- a release asked for ("ha chiesto il rilascio immediato dei detenuti") is the request's content,
  not a release, and the request is aimed at whoever holds the detainees (`_asked_releases`);
- a court's ruling against an act with no author named ("ha sospeso il decreto del ministero",
  "ha dichiarato illegittima la norma") is aimed at the government of the court's country, and so is
  a parliamentary question with no addressee (`_government_acts`);
- dispersing or charging a crowd or a protest ("la polizia ha disperso il presidio") is aimed at
  the protesters of the last protest told (`_crowd_targets`);
- a ban of another polity's goods or people ("Mosca aveva vietato l'importazione di vino dalla
  Moldova") is a sanction, not a restriction on one's own people (`_foreign_measures`; conventions:
  COERCE for a government's own people, SANCTION against another polity).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache

from cronaca import lang as langpacks
from cronaca.events.codes import _government_of, _same_side
from cronaca.events.context import Draft, _Ctx
from cronaca.events.lexicons import plover
from cronaca.events.phrases import _has_break

# how far after a request its release noun may stand ("ha chiesto in una nota il rilascio immediato")
_REACH = 10


@dataclass(frozen=True, slots=True)
class _Measures:
    lawsuits: frozenset[str] = frozenset()  # CAMEO codes of lawsuits
    venues: frozenset[str] = frozenset()  # sectors of courts: a lawsuit's venue
    against: frozenset[str] = frozenset()  # "contro X": the party a lawsuit is against
    releases: frozenset[str] = frozenset()  # CAMEO codes of releasing detainees
    detentions: frozenset[str] = frozenset()  # types of the deed a release undoes (arrests)
    crowd_cameos: frozenset[str] = frozenset()  # CAMEO codes of crowd control
    crowds: frozenset[str] = frozenset()  # nouns of a crowd or a protest as the object of crowd control
    addressed: frozenset[str] = frozenset()  # nouns always addressed to the government (interrogazione)
    # CAMEO -> (type, CAMEO) of the same measure between two polities
    foreign: dict[str, tuple[str, str]] = field(default_factory=dict)


@cache
def _measures(lang: str) -> _Measures:
    if not langpacks.has_data(lang, "domestic"):
        return _Measures()
    data = langpacks.load_yaml(lang, "domestic") or {}

    def fs(k: str) -> frozenset[str]:
        return frozenset(str(w) for w in data.get(k) or [])

    foreign = {str(k): (str(v[0]), str(v[1])) for k, v in (data.get("foreign_measures") or {}).items()}
    types, cameo = plover()
    for kind, code in foreign.values():
        if kind not in types or code not in cameo:
            raise langpacks.DataError(f"{lang} domestic.yaml foreign_measures: unknown type or CAMEO {kind} {code}")
    return _Measures(
        lawsuits=fs("lawsuit_cameos"),
        venues=fs("venue_sectors"),
        against=frozenset(w.lower() for w in fs("lawsuit_against")),
        releases=fs("release_cameos"),
        detentions=fs("detention_types"),
        foreign=foreign,
        addressed=frozenset(w.lower() for w in fs("government_addressed")),
        crowd_cameos=fs("crowd_cameos"),
        crowds=frozenset(w.lower() for w in fs("crowd_nouns")),
    )


def _court_venues(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A lawsuit's target that is a court is its venue: the party after "contro" in the clause
    takes its place, else the target is left open (an implied side may fill it)."""
    ms = _measures(ctx.doc.meta.lang or "it")
    if not ms.lawsuits or not ms.venues:
        return
    for d in drafts:
        if d.m.trig.cameo not in ms.lawsuits or not d.target:
            continue
        courts = [a for a in d.target if (x := ctx.actors.get(a)) is not None and x.sector in ms.venues]
        if not courts:
            continue
        rest = [a for a in d.target if a not in courts]
        if not rest:
            s = ctx.doc.sents[d.sent]
            for k in range(d.m.tb, s.tok_end - 1):
                if ctx.lows[k] not in ms.against:
                    continue
                j = k + 1
                while j < s.tok_end and ctx.lows[j] in ctx.lex.det:
                    j += 1
                u = ctx.unit_at[j] if j < s.tok_end else None
                if u is not None and u.ts == j and u.actor in ctx.actors and not _same_side(ctx, u.actor, d.source):
                    rest = [u.actor]
                break
        d.target = rest
        d.own_side = False  # open: not a target named on the source's side


# how far after a ruling its act may be named ("ha dichiarato illegittima, con una sentenza
# depositata mercoledì, la norma ...")
_ACT_REACH = 12


def _government_acts(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A court's REJECT verb with no target whose object is a policy act (`roles.policy_nouns`: in the
    trigger, "ha sospeso il decreto", or after it) is aimed at its country's government; a noun of
    `government_addressed` (a parliamentary question) from a party outside the state, with no
    addressee, is aimed at the government of the party's country."""
    ms = _measures(ctx.doc.meta.lang or "it")
    nouns = ctx.lex.policy_nouns
    for d in drafts:
        if d.target or len(d.source) != 1:
            continue
        a = ctx.actors.get(d.source[0])
        if a is None or not a.country or a.igo:
            continue
        if d.m.trig.type == "REJECT" and a.sector in ms.venues and nouns and not d.m.trig.noun:
            # (a verb: a ruling told; "le attese per una bocciatura del referendum" is no ruling)
            hi = min(ctx.doc.sents[d.sent].tok_end, d.m.tb + _ACT_REACH)
            if not any(ctx.lows[k] in nouns or ctx.toks[k].lemma in nouns for k in range(d.m.ta + 1, hi)):
                continue
        elif not (ctx.lows[d.m.ta] in ms.addressed and a.sector not in ctx.lex.state_sectors):
            continue
        gov = _government_of(ctx, a.country)
        if gov:
            d.target = gov
            d.own_side = False


def _crowd_targets(ctx: _Ctx, drafts: list[Draft]) -> None:
    """Crowd control with no target whose object is a crowd or protest noun with no owner ("ha
    disperso il presidio con idranti", "ha caricato la folla") is aimed at the doer of the last
    protest told before it (the protesters), not at a side implied from the story's dyad."""
    ms = _measures(ctx.doc.meta.lang or "it")
    if not ms.crowd_cameos or not ms.crowds:
        return
    for i, d in enumerate(drafts):
        if d.target or not d.source or d.m.trig.cameo not in ms.crowd_cameos:
            continue
        hi = ctx.doc.sents[d.sent].tok_end
        k = d.m.tb
        while k < hi and ctx.lows[k] in ctx.lex.det:
            k += 1
        if k >= hi or ctx.lows[k] not in ms.crowds:
            continue
        for x in reversed(drafts[:i]):
            if x.m.trig.type == "PROTEST" and x.source and not any(_same_side(ctx, a, d.source) for a in x.source):
                d.target = list(x.source)
                d.own_side = False
                break


def _asked_releases(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """A release noun right after a request ("ha chiesto il rilascio di Navalny", "la richiesta di
    rilascio su cauzione") is what is asked, not a release: it is dropped, and the request, when it
    was aimed at the detainee (or at no one), is aimed at the doer of the last detention before it
    by another side (told as a fact over one only claimed), the one who can release; for the police
    or another state body, the government of its country when the story names one."""
    ms = _measures(ctx.doc.meta.lang or "it")
    if not ms.releases or not ms.detentions:
        return drafts
    content: set[int] = set()
    for i, d in enumerate(drafts):
        if d.m.trig.type != "REQUEST":
            continue
        for e in drafts[i + 1 :]:
            if e.sent != d.sent or e.m.ta - d.m.tb > _REACH or _has_break(ctx, d.m.tb, e.m.ta):
                break
            if not e.m.trig.noun:
                continue
            if e.m.trig.cameo not in ms.releases:
                break  # the request's object is another noun
            content.add(id(e))
            if not d.source or (d.target and not set(d.target) <= set(e.target)):
                break  # "ha chiesto a Mosca il rilascio di X": the party asked is named
            d.target = _detainer(ctx, drafts, e, d.source, ms)
            d.own_side = False
            break
    if not content:
        return drafts
    return [d for d in drafts if id(d) not in content]


def _detainer(ctx: _Ctx, drafts: list[Draft], e: Draft, requester: list[str], ms: _Measures) -> list[str]:
    best: list[str] = []
    told: list[str] = []
    for x in drafts:
        if x.m.ta >= e.m.ta:
            break
        if x.m.trig.type in ms.detentions and x.source and not any(_same_side(ctx, a, requester) for a in x.source):
            best = x.source
            if x.modality == "asserted":
                told = x.source
    doers = list(told or best)
    # the state holds them: its government when the story names one ("migliaia di manifestanti per
    # chiedere la liberazione dei tre", arrested by the police -> the government)
    a = ctx.actors.get(doers[0]) if len(doers) == 1 else None
    if a is not None and a.country and not a.igo and a.sector in ctx.lex.state_sectors:
        return _government_of(ctx, a.country) or doers
    return doers


def _foreign_measures(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A measure of `foreign_measures` (a ban) whose every source and target belong to different
    polities (two countries, or an organization and a country) is the sanction code it maps to."""
    ms = _measures(ctx.doc.meta.lang or "it")
    if not ms.foreign:
        return
    types, cameo = plover()
    for d in drafts:
        to = ms.foreign.get(d.m.trig.cameo)
        if to is None or not d.source or not d.target:
            continue
        if any(_same_side(ctx, t, d.source) or not _polity(ctx, t) for t in d.target):
            continue
        if not all(_polity(ctx, s) for s in d.source) or not _foreign(ctx, d.source, d.target):
            continue
        kind, code = to
        d.m = replace(
            d.m,
            trig=replace(d.m.trig, type=kind, cameo=code, goldstein=float(cameo[code][1]), quad=int(types[kind]["quad_class"])),
        )


def _polity(ctx: _Ctx, actor_id: str) -> bool:
    a = ctx.actors.get(actor_id)
    return a is not None and bool(a.igo or a.country)


def _foreign(ctx: _Ctx, sources: list[str], targets: list[str]) -> bool:
    """No pair of one country (an organization differs from every country)."""
    for s in sources:
        a = ctx.actors[s]
        for t in targets:
            b = ctx.actors[t]
            if not (a.igo or b.igo) and a.country == b.country:
                return False
    return True
