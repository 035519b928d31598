"""Events, session nine (branch trigen10): English wire-desk verbs and nouns the lexicon still lacked
(triggers_cameo.yaml, "trigen10" block) and a blockade verb retyped by its object like "block"
(events/blocked.py, reactions.yaml `blocked.verbs`). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import of_type, triples

PUB = "2025-10-14"


def run(text: str) -> Document:
    return extract(text, lang="en", date=PUB)


@pytest.mark.parametrize(
    "text,expected",
    [
        # pressed a party for something: a request aimed at that party
        (
            "Vietnam pressed China on Thursday for the release of fishermen held near the Paracel islands.",
            ("REQUEST", "VNM", "CHN"),
        ),
        # participation frozen in a bloc: ties reduced
        (
            "Mali froze its participation in ECOWAS on Tuesday after a row over sanctions.",
            ("SANCTION", "MLI", "ECOWAS"),
        ),
        # consular work suspended in another country
        (
            "Burkina Faso suspended consular services in Abidjan on Friday, citing security concerns.",
            ("SANCTION", "BFA", "CIV"),
        ),
        # property seized by armed forces
        (
            "Venezuelan troops impounded a Guyanese fishing boat near the Essequibo river on Monday.",
            ("COERCE", "VEN", "GUY"),
        ),
        # troops massed by one country along another's border
        (
            "Ethiopia amassed troops along its border with Eritrea last week, diplomats in Nairobi said.",
            ("MOBILIZE", "ETH", "ERI"),
        ),
        # ties mended go both ways
        (
            "Egypt and Turkey agreed to mend ties on Wednesday after a decade of rivalry.",
            ("SUPPORT", "EGY", "TUR"),
        ),
        (
            "Egypt and Turkey agreed to mend ties on Wednesday after a decade of rivalry.",
            ("SUPPORT", "TUR", "EGY"),
        ),
        # a state suspended by a bloc
        (
            "The African Union suspended Gabon on Thursday after soldiers seized power in Libreville.",
            ("SANCTION", "AU", "GAB"),
        ),
        # restrictions relaxed for another country's goods
        (
            "South Korea relaxed restrictions on Japanese fish imports on Monday after talks with Tokyo.",
            ("CONCEDE", "KOR", "JPN"),
        ),
    ],
)
def test_trigen10_entries(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(run(text))


def test_a_crowd_blockading_a_road_protests_and_a_navy_blockading_a_port_coerces() -> None:
    doc = run("Chilean farmers blockaded the main highway into Santiago on Monday over diesel prices.")
    assert of_type(doc, "PROTEST") and not of_type(doc, "COERCE")
    doc = run("Israel blockaded the port of Hodeidah on Sunday, the Houthis said.")
    assert of_type(doc, "COERCE") and not of_type(doc, "PROTEST")


def test_pressing_ahead_and_a_press_conference_ask_nothing() -> None:
    doc = run("Mexico pressed ahead with plans for a new refinery despite objections from Washington.")
    assert not of_type(doc, "REQUEST")
    doc = run("The Chilean minister told a press conference for foreign media that Bolivia had been consulted.")
    assert not of_type(doc, "REQUEST")


def test_funds_need_an_actor_as_object() -> None:
    doc = run("Funding cuts have forced Kenya to close clinics, the health ministry said.")
    assert not of_type(doc, "AID")
    doc = run("Washington says Tehran funds Hezbollah and the Houthis.")
    assert [t for t in triples(doc) if t[0] == "AID" and t[1] == "IRN"]


def test_floods_overrunning_a_river_attack_nobody() -> None:
    doc = run("Floodwaters overran the banks of the Niger river in Mali on Sunday, forcing thousands to flee.")
    assert not of_type(doc, "ASSAULT")


def test_an_envoy_called_in_is_a_protest_and_a_call_in_to_a_show_is_not() -> None:
    doc = run("Lithuania called in the Belarusian envoy on Monday over balloons that crossed the border.")
    assert ("ACCUSE", "LTU", "BLR") in triples(doc)
    doc = run("The Lithuanian minister called in to a radio show on Monday to defend the budget.")
    assert not of_type(doc, "ACCUSE")


def test_pushed_for_asks_and_pushed_ahead_does_not() -> None:
    doc = run("Pakistan pushed China on Friday for faster payments on the power projects of the corridor.")
    assert ("REQUEST", "PAK", "CHN") in triples(doc)
    doc = run("Ghana pushed ahead with plans for a new port despite a call for a review from Togo.")
    assert not [e for e in of_type(doc, "REQUEST") if e.trigger.text.startswith("pushed")]
