"""A charge told as the manner of a measure: "L'Iran ha arrestato tre cittadini francesi con l'accusa
di spionaggio", "Mosca ha espulso due diplomatici con le accuse di ...". The charge is the measure
taker's: whoever arrests, expels or sanctions on a charge accuses the one it acts on; English tells
the same adjunct with "on" / "over" ("police arrested three activists on charges of spying", "detained
two tourists over allegations of ..."), where the noun may have no determiner (`bare`) (the gold codes
"ha arrestato ..., accusati di" and "sanctions on ... it accused of" as ACCUSE from the measure's doer
to its object; docs/conventions.md). The noun "accusa" after "con" took as its source the party named
just before it (the arrested) and as its target, by `discourse._replies`, whoever acted on them: the
accusation reversed (itframes9).

An ACCUSE noun trigger right after an opener and a determiner (`discourse.yaml` `charge_adjuncts`
`openers`: "con l'", "con le") and followed by what it charges (`links`: "di", "d'", "dell'") takes
both sides from the nearest earlier event of its sentence of a measure type (`types`: an arrest, an
expulsion, a sanction, a killing) that has both; with none ("è stato arrestato con l'accusa di
omicidio": no arrester named) the charge is nobody's in the text and no event.

The apposed participle ("..., accusati di rivolta") is read by `backrefs._unagented_charge`, which
gives it the sides of the act before it in the sentence. With no such act ("Oltre cento dimostranti
sono sotto processo a Teheran, accusati di rivolta contro il governo") the roles took the clause's
subject, the accused, as the accuser and the charge's content as its target; no accuser is named,
so it is no event either. Any act before it with a doer counts there, as in `_unagented_charge`
("hanno manifestato contro X, accusato di ...": the protesters' charge).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from cronaca.events.codes import _same_side
from cronaca.events.context import Draft, _Ctx
from cronaca.events.lexicons import discourse_data


@dataclass(frozen=True, slots=True)
class _Adjuncts:
    openers: frozenset[str] = frozenset()
    links: frozenset[str] = frozenset()
    types: frozenset[str] = frozenset()
    bare: bool = False  # the noun may follow the opener with no determiner ("on charges of")


@cache
def _adjuncts(lang: str) -> _Adjuncts:
    raw = discourse_data(lang).get("charge_adjuncts") or {}
    if not raw:
        return _Adjuncts()
    return _Adjuncts(
        frozenset(str(w).lower() for w in raw.get("openers") or []),
        frozenset(str(w).lower() for w in raw.get("links") or []),
        frozenset(str(t) for t in raw.get("types") or []),
        bool(raw.get("bare")),
    )


def _is_adjunct(ctx: _Ctx, d: Draft, cfg: _Adjuncts) -> bool:
    """"con l'accusa di", "con le accuse di", "on charges of", "over allegations that": opener,
    determiners (none needed where `bare`), the noun, a link to the charge."""
    if d.m.trig.type != "ACCUSE" or not d.m.trig.noun:
        return False
    s = ctx.doc.sents[d.sent]
    if d.m.tb >= s.tok_end or ctx.lows[d.m.tb] not in cfg.links:
        return False
    k = d.m.ta - 1
    while k > s.tok_start and ctx.lows[k] in ctx.lex.det:
        k -= 1
    return (k < d.m.ta - 1 or cfg.bare) and ctx.lows[k] in cfg.openers


def _is_apposed_charge(ctx: _Ctx, d: Draft, cfg: _Adjuncts) -> bool:
    """", accusati di ...": a one-word participle after a comma, its charge right after (no "da")."""
    m = d.m
    if m.trig.type != "ACCUSE" or m.trig.noun or m.tb - m.ta != 1 or m.ta < 1:
        return False
    if ctx.lows[m.ta - 1] != "," or not ctx.lows[m.ta].endswith(ctx.lex.participle):
        return False
    return m.tb < ctx.doc.sents[d.sent].tok_end and ctx.lows[m.tb] in cfg.links


def _charge_adjuncts(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """Give a charge told as a measure's manner the measure's sides; drop it when no measure before
    it in its sentence names both (module docstring)."""
    cfg = _adjuncts(ctx.doc.meta.lang or "it")
    if not cfg.openers or cfg.links.isdisjoint(ctx.low_set):
        return drafts  # both frames need a link word ("di") right after the charge (most documents have one)
    dropped: set[int] = set()
    for d in drafts:
        if d.m.trig.type != "ACCUSE":
            continue  # (both frames are charges: no two calls per draft of another type)
        apposed = _is_apposed_charge(ctx, d, cfg)
        if not apposed and not _is_adjunct(ctx, d, cfg):
            continue
        measure: Draft | None = None
        for e in drafts:
            if e is d or e.sent != d.sent or e.m.ta >= d.m.ta or e.m.trig.sym:
                continue
            if not e.source:
                continue
            # the apposed participle is aimed by `_unagented_charge` at the act before it whatever
            # its type ("hanno manifestato contro X, accusato di ..."); a "con l'accusa" adjunct only
            # follows a measure that names both sides
            if not apposed and (e.m.trig.type not in cfg.types or not e.target):
                continue
            if measure is None or e.m.ta > measure.m.ta:
                measure = e
        if measure is None:
            dropped.add(id(d))
            continue
        if apposed:
            continue  # `backrefs._unagented_charge` gave it the act's sides and its own target
        target = [a for a in measure.target if not _same_side(ctx, a, measure.source)]
        if not target:
            dropped.add(id(d))
            continue
        d.source = list(measure.source)
        d.subject = list(measure.source)
        d.target = target
        d.own_side = False
    return [d for d in drafts if id(d) not in dropped] if dropped else drafts
