"""Shared helpers of the events tests: an event's sides as CAMEO-style codes.

Imported by the test modules (pytest puts tests/ on the path): `from eventkit import code, coded_events, of_type, triples`.
"""

from __future__ import annotations

from cronaca.model import Document


def code(doc: Document, actor_id: str, sector: bool = False) -> str:
    """The actor's igo, else its country (with the sector when `sector`), else its name."""
    a = doc.actor(actor_id)
    assert a is not None, actor_id
    if a.igo:
        return a.igo
    if a.country:
        return a.country + ((a.sector or "") if sector else "")
    return a.name


def triples(doc: Document, sector: bool = False) -> set[tuple[str, str, str]]:
    """(type, source code, target code) for every source x target pair whose codes differ."""
    out = set()
    for e in doc.events:
        for s in e.source:
            for t in e.target:
                if code(doc, s, sector) != code(doc, t, sector):
                    out.add((e.type, code(doc, s, sector), code(doc, t, sector)))
    return out


def pairs(doc: Document, etype: str, sector: bool = True) -> set[tuple[str, str]]:
    """(source code, target code) for every source x target pair of the events of type `etype`."""
    return {
        (code(doc, s, sector), code(doc, t, sector))
        for e in doc.events
        if e.type == etype
        for s in e.source
        for t in e.target
    }


def of_type(doc: Document, etype: str) -> list:
    """The document's events of PLOVER type `etype`, in order."""
    return [e for e in doc.events if e.type == etype]


def typed(doc: Document, etype: str) -> list[tuple[list[str], list[str], str]]:
    """(source codes, target codes, trigger text) of each event of PLOVER type `etype`, in order; a
    code is the actor's igo, else its country, else its name."""
    by = {a.id: a for a in doc.actors}

    def codes(ids: list[str]) -> list[str]:
        return [by[x].igo or by[x].country or by[x].name for x in ids]

    return [(codes(e.source), codes(e.target), e.trigger.text) for e in doc.events if e.type == etype]


def coded_events(doc: Document) -> set[tuple[str, str, tuple[str, ...], tuple[str, ...]]]:
    """(type, CAMEO code, source codes, target codes) of every event, codes with their sector."""
    return {
        (
            e.type,
            e.cameo or "",
            tuple(sorted(code(doc, s, True) for s in e.source)),
            tuple(sorted(code(doc, t, True) for t in e.target)),
        )
        for e in doc.events
    }
