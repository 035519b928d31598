"""Events, Italian triggers and types (branch trigit9): words of gold events that had no same-type
trigger in their sentence, on sentences written for these tests (never taken from an article).
"""

from __future__ import annotations

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import triples

PUB = "2025-12-02"


def run(text: str) -> Document:
    return extract(text, lang="it", date=PUB)


def trigger_texts(doc: Document, type_: str) -> list[str]:
    return [e.trigger.text for e in doc.events if e.type == type_]


# ------------------------------------------------------------ joining a strike


def test_joining_a_strike_is_the_strike():
    doc = run("Il governo Meloni ha varato la manovra. La Uil aderirà allo sciopero generale contro il governo.")
    assert ("PROTEST", "ITALAB", "ITAGOV") in triples(doc, sector=True)
    # the event is anchored on the joining verb, not on the noun alone
    assert any(t.startswith("aderirà") for t in trigger_texts(doc, "PROTEST"))


# ------------------------------------------------------------ military overflights


def test_flying_bombers_over_contested_islands_is_a_show_of_force():
    doc = run("Gli Stati Uniti hanno deciso di sorvolare con due bombardieri le isole contese, irritando la Cina.")
    assert ("MOBILIZE", "USA", "CHN") in triples(doc)


def test_glossing_over_criticism_is_no_overflight():
    doc = run("Il premier spagnolo ha deciso di sorvolare sulle critiche della Francia e della Germania.")
    assert not trigger_texts(doc, "MOBILIZE")


# ------------------------------------------------------------ a label on a strike


def test_a_quoted_label_on_a_strike_is_aimed_at_who_called_it():
    doc = run(
        "La Cgil ha proclamato uno sciopero generale contro la manovra.\n"
        "Il ministro dei Trasporti Matteo Salvini ha definito lo sciopero «un weekend lungo per pochi»."
    )
    assert ("ACCUSE", "ITAGOV", "ITALAB") in triples(doc, sector=True)


def test_a_label_on_a_strike_nobody_called_has_no_target():
    doc = run("Il ministro dei Trasporti Matteo Salvini ha definito lo sciopero «un weekend lungo per pochi».")
    assert not [e for e in doc.events if e.type == "ACCUSE" and e.target]
