"""Events, session nine (branch trigen9): English acts that no trigger of their type matched.
Phrasal and multiword verbs with a clear frame (triggers_cameo.yaml, "trigen9" block), a missile
fired into the sea as a show of force, and "closer" no longer read as the verb "close"
(lang/en/lemmas.yaml). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import code, of_type, triples

PUB = "2025-09-10"


def run(text: str) -> Document:
    return extract(text, lang="en", date=PUB)


@pytest.mark.parametrize(
    "text,expected",
    [
        # sanctions and tariffs slapped on a party
        (
            "The European Union slapped new sanctions on Belarus on Monday over the detention of opposition figures.",
            ("SANCTION", "EU", "BLR"),
        ),
        # accusations traded go both ways
        (
            "Armenia and Azerbaijan traded accusations on Sunday over a shooting on their shared border.",
            ("ACCUSE", "ARM", "AZE"),
        ),
        (
            "Armenia and Azerbaijan traded accusations on Sunday over a shooting on their shared border.",
            ("ACCUSE", "AZE", "ARM"),
        ),
        # fire answered is an attack on the one who fired first
        (
            "Indian forces returned fire after Pakistani troops shelled their positions in Kashmir, the army said.",
            ("ASSAULT", "IND", "PAK"),
        ),
        # an envoy kicked out is an expulsion
        (
            "Burkina Faso's military government kicked out the French ambassador on Friday.",
            ("SANCTION", "BFA", "FRA"),
        ),
        # a deal torn up is rejected
        (
            "Iran threatened on Tuesday to tear up its agreement with the United States on prisoner transfers.",
            ("REJECT", "IRN", "USA"),
        ),
        # newswire verbs: money lent, supplies halted, a company fined, territory retaken
        (
            "The International Monetary Fund lent Pakistan 3 billion dollars on Thursday to shore up its reserves.",
            ("AID", "IMF", "PAK"),
        ),
        (
            "Russia halted oil supplies to Hungary on Monday, the Hungarian foreign minister said.",
            ("SANCTION", "RUS", "HUN"),
        ),
        (
            "The European Commission fined Google 2.4 billion euros for abusing its dominance.",
            ("SANCTION", "EU", "USA"),
        ),
    ],
)
def test_trigen9_entries(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(run(text))


def test_missile_fired_into_the_sea_is_a_show_of_force_not_an_attack() -> None:
    doc = run("North Korea fired a ballistic missile into the sea off its east coast on Saturday, Japan's coast guard said.")
    assert [e.source for e in of_type(doc, "MOBILIZE")], "a missile test is MOBILIZE"
    assert not of_type(doc, "ASSAULT")


def test_firing_halted_by_both_sides_is_a_truce() -> None:
    doc = run("Thailand and Cambodia agreed on Monday to halt all firing along their disputed border.")
    assert ("RETREAT", "THA", "KHM") in triples(doc) and ("RETREAT", "KHM", "THA") in triples(doc)


def test_workers_walking_off_the_job_protest() -> None:
    doc = run("Nurses in New Zealand walked off the job on Tuesday, demanding better pay from the government.")
    assert of_type(doc, "PROTEST")


def test_closer_is_not_a_border_closure() -> None:
    doc = run("Turkey moved tanks closer to the border with Syria on Wednesday, Turkish media reported.")
    assert not of_type(doc, "SANCTION")


def test_rounded_on_accuses_but_an_election_round_does_not() -> None:
    doc = run("French Prime Minister Francois Bayrou rounded on the Socialist Party over its budget demands.")
    assert of_type(doc, "ACCUSE")
    doc = run("Poland's opposition candidate will face President Andrzej Duda in the second round on Sunday.")
    assert not of_type(doc, "ACCUSE")


def test_troops_sent_to_the_border_are_a_build_up_not_aid() -> None:
    doc = run("Guatemala sent 2,000 soldiers to the border on Monday to curb smuggling, the defence ministry said.")
    assert of_type(doc, "MOBILIZE") and not of_type(doc, "AID")
    doc = run("Britain sent troops to Estonia to reinforce NATO's eastern flank.")
    assert ("AID", "GBR", "EST") in triples(doc)


def test_a_party_expected_to_act_is_asked_and_a_forecast_is_not() -> None:
    doc = run("The European Union expected the Georgian authorities to release the detained protesters.")
    assert [e for e in of_type(doc, "REQUEST") if code(doc, e.source[0]) == "EU"]
    doc = run("The summit is expected to take place in Geneva next month, diplomats said.")
    assert not of_type(doc, "REQUEST")


def test_charged_with_a_crime_is_legal_coercion() -> None:
    doc = run("Belarusian prosecutors charged four opposition activists with extremism on Friday.")
    assert ("COERCE", "BLRJUD", "BLROPP") in triples(doc, sector=True)
    doc = run("The governor said the storm charged the air with electricity all night.")
    assert not of_type(doc, "COERCE")
