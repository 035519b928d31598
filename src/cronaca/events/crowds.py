"""Crowd control told with no party (data: `lang/<l>/domestic.yaml`, key `crowd_control`).

Real reports of a protest or a clash often close with the state's answer and name nobody:
"scontri tra manifestanti e polizia, con 400 arresti", "Le proteste sono state soffocate con
numerosi arresti", "clashes between police and students. Dozens of arrests were reported". The
clause gives the arrest (or the curfew, the repression) no side, so `emit._keep` dropped it;
`material._counted_victims` reads counted people ("trenta persone sono state arrestate") and
`unnamed._passive_topics` a passive that opens its sentence, but a bare deed noun was left open.

- `_crowd_control`: a state deed noun (`types`, or `cameos` of another type: repression, dispersal)
  with no target, not inside a quotation and with no "di X" naming its own party, after a protest or
  a clash told earlier in its sentence or in the sentence before (same paragraph) is aimed at that
  protest's crowd: the doers of the protest whose sector is a crowd's (`crowd_sectors`: protesters,
  students, workers, the opposition). It is done by the state party of the clash when the clash
  names one ("tra manifestanti e polizia"), else by the police or government of the crowd's country
  (`state_doer_sectors`), else it stays dropped. A deed noun with a doer of its own keeps it when
  that doer is the state of the crowd's country.

No protest or clash just before, no change: an arrest in a story with no crowd is someone else's
(a suspect, a politician) and is left to the rules that read its clause.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from cronaca import lang as langpacks
from cronaca.events.codes import _same_side
from cronaca.events.context import Draft, _Ctx
from cronaca.events.discourse import _para_start
from cronaca.events.material import _domestic


@dataclass(frozen=True, slots=True)
class _Crowd:
    types: frozenset[str] = frozenset()  # PLOVER types of the state's deed (COERCE)
    cameos: frozenset[str] = frozenset()  # CAMEO codes of other types that are crowd control (175)
    crowd_sectors: tuple[str, ...] = ()  # sectors of a crowd, in order of preference
    reach: int = 0  # sentences back where the protest may be told (0: its own sentence only)


@cache
def _crowd(lang: str) -> _Crowd:
    if not langpacks.has_data(lang, "domestic"):
        return _Crowd()
    data = (langpacks.load_yaml(lang, "domestic") or {}).get("crowd_control") or {}
    return _Crowd(
        types=frozenset(str(w) for w in data.get("types") or []),
        cameos=frozenset(str(w) for w in data.get("cameos") or []),
        crowd_sectors=tuple(str(w) for w in data.get("crowd_sectors") or []),
        reach=int(data.get("reach") or 0),
    )


def _own_party_named(ctx: _Ctx, d: Draft) -> bool:
    """Does the noun name its own party right after it ("l'arresto di Navalny", "l'arresto del
    giornalista")? A "di" followed by a mention or a determiner: that arrest is someone's own."""
    k = d.m.tb
    hi = ctx.doc.sents[d.sent].tok_end
    if k >= hi or ctx.lex.prep.get(ctx.lows[k]) != "of":
        return False
    j = k + 1
    return j < hi and (ctx.unit_at[j] is not None or ctx.lows[j] in ctx.lex.det or ctx.toks[j].text[:1].isupper())


def _crowd_of(ctx: _Ctx, x: Draft, sectors: tuple[str, ...]) -> tuple[str | None, str | None]:
    """The crowd of a protest or a clash draft and, for a clash, the state party in it."""
    state = ctx.lex.state_sectors
    crowd = None
    for sector in sectors:
        crowd = next((a for a in x.source if (b := ctx.actors.get(a)) is not None and b.sector == sector and b.country), None)
        if crowd is not None:
            break
    if crowd is None:
        return None, None
    country = ctx.actors[crowd].country
    # (a protest's target is whom it opposes, never the one who answers it: only a clash, told
    # with both parties as its sides, names the state that acted)
    doer = None
    if x.m.trig.sym:
        doer = next(
            (a for a in x.source if (b := ctx.actors.get(a)) is not None and b.country == country and b.sector in state and not b.igo),
            None,
        )
    return crowd, doer


def _crowd_control(ctx: _Ctx, drafts: list[Draft]) -> None:
    lang = ctx.doc.meta.lang or "it"
    cfg = _crowd(lang)
    if not (cfg.types or cfg.cameos) or not cfg.crowd_sectors:
        return
    dm = _domestic(lang)
    state = ctx.lex.state_sectors
    for d in drafts:
        trig = d.m.trig
        if d.target or trig.sym or not trig.noun or d.quote is not None:
            continue
        if trig.type not in cfg.types and trig.cameo not in cfg.cameos:
            continue
        if _own_party_named(ctx, d):
            continue
        if d.source and not all((b := ctx.actors.get(a)) is not None and b.sector in state for a in d.source):
            continue  # a doer outside the state: not crowd control
        lo = d.sent
        while lo > d.sent - cfg.reach and lo > 0 and not _para_start(ctx, lo):
            lo -= 1
        told = [
            x
            for x in drafts
            if lo <= x.sent <= d.sent
            and x.m.ta < d.m.ta
            and x.source
            and (x.m.trig.type == "PROTEST" or (x.m.trig.sym and x.m.trig.type == "ASSAULT"))
        ]
        for x in reversed(told):
            crowd, doer = _crowd_of(ctx, x, cfg.crowd_sectors)
            if crowd is None:
                continue
            country = ctx.actors[crowd].country
            if d.source:
                if not all(ctx.actors[a].country == country for a in d.source):
                    break  # another country's state: not this crowd's
            else:
                if doer is None:
                    for sector in dm.state_sectors:
                        doer = next((b.id for b in ctx.doc.actors if b.country == country and b.sector == sector and not b.igo), None)
                        if doer is not None:
                            break
                if doer is None or _same_side(ctx, doer, [crowd]):
                    break
                d.source = [doer]
            d.target = [crowd]
            break
