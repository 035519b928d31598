"""Warnings with no target of their own (branch warn10, `events/warned.py` `_open_warnings`,
`lang/{it,en}/warned.yaml` `open_warnings`), on sentences written for these tests: a warning
coordinated with the speaker's own charge or refusal of the same sentence is aimed at the party that
charge addressed; a warning of a risk, or one beside praise, is aimed at no one.
"""

from __future__ import annotations

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import triples

PUB = "2026-03-04"


def run(text: str, lang: str) -> Document:
    return extract(text, lang=lang, date=PUB)


def show(doc: Document) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text) for e in doc.events]


# ------------------------------------------------ the charge's addressee


def test_warning_after_a_label_on_a_strike_is_aimed_at_the_striker():
    doc = run(
        "Nella notte l'artiglieria turca ha colpito alcune postazioni nel nord della Siria. Uno dei "
        "proiettili è caduto a poche centinaia di metri da un campo profughi. Il governo siriano ha "
        "negato qualsiasi coinvolgimento nel lancio di razzi verso Kilis, definendo il bombardamento "
        "«un'aggressione premeditata», e ha avvertito che «ogni nuova violazione avrà una risposta».",
        "it",
    )
    assert ("THREATEN", "SYR", "TUR") in triples(doc), show(doc)


def test_warning_after_a_charge_is_aimed_at_the_accused():
    doc = run(
        "Il ministro degli Esteri greco ha accusato Ankara di violare lo spazio aereo ellenico e ha "
        "avvertito che «ogni nuova violazione avrà una risposta».",
        "it",
    )
    assert ("THREATEN", "GRC", "TUR") in triples(doc), show(doc)


def test_english_warning_after_a_charge_is_aimed_at_the_accused():
    doc = run(
        "Greece's foreign minister accused Ankara of violating Greek airspace and, speaking at a news "
        "conference in Athens, warned that Greece would defend its borders.",
        "en",
    )
    assert ("THREATEN", "GRC", "TUR") in triples(doc), show(doc)


# ------------------------------------------------ no target to lend


def test_warning_of_a_risk_is_no_threat():
    doc = run("Il governo ha avvertito che la crisi economica potrebbe durare a lungo.", "it")
    assert not any(e.type == "THREATEN" for e in doc.events), show(doc)


def test_praise_lends_no_target_to_a_warning():
    doc = run(
        "Il ministro degli Esteri italiano ha elogiato la Francia per il sostegno ricevuto e ha "
        "avvertito che l'Italia non cederà alle pressioni.",
        "it",
    )
    assert ("THREATEN", "ITA", "FRA") not in triples(doc), show(doc)
    assert ("SUPPORT", "ITA", "FRA") in triples(doc), show(doc)
