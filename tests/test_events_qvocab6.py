"""Events, session six (branch qvocab6): quoted threats and refusals that had no trigger. A price to
pay, forces ready to respond and a promised response of force are threats; a negated yielding verb
("non arretrerà", "non si farà ricattare") is a REJECT with modality intent. Sentences written for
these tests.
"""

from __future__ import annotations

import pytest

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import of_type, triples

PUB = "2025-05-14"


def run(text: str, lang: str) -> Document:
    return extract(text, lang=lang, date=PUB)


@pytest.mark.parametrize(
    "text,lang,want",
    [
        (
            "«La Bielorussia ne pagherà il prezzo», ha scritto la presidente della Commissione europea "
            "Ursula von der Leyen.",
            "it",
            ("THREATEN", "EU", "BLR"),
        ),
        (
            "«Le forze russe sono pronte a rispondere all'Ucraina», ha detto il ministro della Difesa russo.",
            "it",
            ("THREATEN", "RUS", "UKR"),
        ),
        (
            "\"Our troops are ready to respond to Azerbaijan,\" the Armenian defence minister said.",
            "en",
            ("THREATEN", "ARM", "AZE"),
        ),
    ],
)
def test_quoted_threats(text: str, lang: str, want: tuple[str, str, str]) -> None:
    assert want in triples(run(text, lang))


@pytest.mark.parametrize(
    "text,want",
    [
        (
            "Il ministro degli Esteri iraniano ha detto che «l'Iran non arretrerà» davanti agli Stati Uniti.",
            ("REJECT", "IRN", "USA"),
        ),
        ("Vučić ha assicurato che la Serbia «non si farà ricattare» dall'Ue.", ("REJECT", "SRB", "EU")),
    ],
)
def test_negated_yielding_is_refusal(text: str, want: tuple[str, str, str]) -> None:
    doc = run(text, "it")
    assert want in triples(doc)
    assert all(e.modality == "intent" for e in of_type(doc, "REJECT"))


@pytest.mark.parametrize(
    "text",
    [
        # not negated: no refusal
        "Il ministro degli Esteri iraniano ha detto che l'Iran arretrerà davanti agli Stati Uniti.",
        # answering questions is no armed response
        "Il ministro della Difesa risponderà alle domande dei deputati sull'Ucraina la prossima settimana.",
    ],
)
def test_no_event_without_guard(text: str) -> None:
    doc = run(text, "it")
    assert not of_type(doc, "REJECT")
    assert not of_type(doc, "ASSAULT")
    assert not of_type(doc, "THREATEN")
