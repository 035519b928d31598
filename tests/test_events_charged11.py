"""Charges told as the manner of an English measure, eleventh session (events/charged.py, en
`discourse.yaml` `charge_adjuncts`): "arrested X on charges of ...", "expelled X over allegations
that ..." is the measure taker's ACCUSE of X, as "ha arrestato X con l'accusa di ..." in Italian;
with no measure taker named, no ACCUSE; "on suspicion of" is the arrest alone, as the gold codes it.
Every sentence is our own, written in the style of news; through the whole pipeline, no mocks.
"""

from __future__ import annotations

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import code

PUB = "2024-05-06"


def run(text: str) -> Document:
    return extract(text, lang="en", date=PUB)


def typed(doc: Document, kind: str) -> list[tuple[set[str], set[str]]]:
    """Sides (bare codes) of every event of one type."""
    return [
        ({code(doc, a) for a in e.source}, {code(doc, a) for a in e.target}) for e in doc.events if e.type == kind
    ]


def test_arrest_on_charges_is_the_arrester_accusing_the_arrested() -> None:
    doc = run("Belarusian police arrested two Lithuanian journalists on charges of smuggling drones across the border.")
    assert len(typed(doc, "COERCE")) == 1
    accuse = typed(doc, "ACCUSE")
    assert len(accuse) == 1
    src, tgt = accuse[0]
    assert any(c.startswith("BLR") for c in src) and any(c.startswith("LTU") for c in tgt)


def test_expulsion_over_allegations_keeps_the_expeller_as_accuser() -> None:
    # before: the noun took the expelled as its source and the expeller as its target (reversed)
    doc = run("Hungary expelled three Ukrainian diplomats over allegations that they had recruited informants.")
    assert typed(doc, "SANCTION")
    assert typed(doc, "ACCUSE") == [({"HUN"}, {"UKR"})]


def test_no_arrester_named_is_no_charge() -> None:
    doc = run("A Dutch aid worker was detained in Caracas on charges of terrorism last week.")
    assert typed(doc, "ACCUSE") == []


def test_on_suspicion_is_the_arrest_alone() -> None:
    doc = run("Serbian police arrested four Albanian activists on suspicion of planning an attack on a checkpoint.")
    assert len(typed(doc, "COERCE")) == 1
    assert typed(doc, "ACCUSE") == []


def test_italian_charge_with_no_article_keeps_the_arrester_as_accuser() -> None:
    # "con accuse di" (no article): before, the noun's own roles aimed the charge at the police
    doc = extract("La polizia greca ha fermato cinque attivisti turchi con accuse di terrorismo.", lang="it", date=PUB)
    assert len(typed(doc, "COERCE")) == 1
    assert typed(doc, "ACCUSE") == [({"GRC"}, {"TUR"})]
