"""Events, session seven (branch types7): the sense of a speech or protest verb read from the
words right after it. A protest held at a place ("protested outside the US consulate") is a
demonstration even when its doer is read as the country, while a state's protest to another state
stays an official complaint (ACCUSE 114); dismissing someone's complaint "as" something rejects it
(REJECT), while dismissing a party's act as something disparages it (ACCUSE). Sentences written
for these tests.
"""

from __future__ import annotations

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import of_type, triples

PUB = "2024-05-06"

STEEL = (
    "Brazil filed a complaint with the World Trade Organization on Monday over new US tariffs on "
    "steel. Several hundred Brazilian steelworkers protested outside the US consulate in São Paulo "
    "on Wednesday, holding banners against the levy. A US State Department spokesperson dismissed "
    'the complaint as "a distraction".'
)


def run(text: str, lang: str) -> Document:
    return extract(text, lang=lang, date=PUB)


def test_protest_at_a_place_is_a_demonstration() -> None:
    doc = run(STEEL, "en")
    protests = [e for e in doc.events if e.trigger.text == "protested"]
    assert [e.type for e in protests] == ["PROTEST"]
    assert ("PROTEST", "BRA", "USA") in triples(doc)


def test_dismissed_complaint_is_a_rejection() -> None:
    doc = run(STEEL, "en")
    dismissals = [e for e in doc.events if e.trigger.text.startswith("dismissed")]
    assert [e.type for e in dismissals] == ["REJECT"]
    assert ("REJECT", "USA", "BRA") in triples(doc)
    # the complaint itself is still Brazil's charge against the United States
    assert ("ACCUSE", "BRA", "USA") in triples(doc)


def test_state_protest_to_a_state_stays_official() -> None:
    doc = run(
        "Japan protested to China on Friday after a Chinese coast guard ship entered its waters "
        "near the Senkaku islands.",
        "en",
    )
    assert ("ACCUSE", "JPN", "CHN") in triples(doc)
    assert not of_type(doc, "PROTEST")


def test_dismissing_a_protest_as_a_plot_stays_a_charge() -> None:
    doc = run(
        "Thousands of students marched on parliament in Belgrade on Sunday. President Aleksandar "
        "Vucic dismissed the protests as a plot financed from abroad.",
        "en",
    )
    dismissals = [e for e in doc.events if e.trigger.text.startswith("dismissed")]
    assert [e.type for e in dismissals] == ["ACCUSE"]


TBILISI = (
    "Thousands of Georgian students rallied outside parliament in Tbilisi on Saturday against the "
    "foreign agents law. "
)


def test_weapons_aimed_at_protesters_are_force() -> None:
    doc = run(TBILISI + "Police fired tear gas and rubber bullets at the protesters late in the evening.", "en")
    fired = [e for e in doc.events if e.trigger.text.startswith("fired")]
    assert [e.type for e in fired] == ["ASSAULT"]
    assert fired[0].cameo == "175"
    assert ("ASSAULT", "GEOPOL", "GEOCVL") in triples(doc, sector=True)


def test_weapons_aimed_then_counted_arrests_keep_the_crowd() -> None:
    doc = run(
        TBILISI
        + "Police fired tear gas and rubber bullets at the protesters late in the evening. Seven "
        "people were detained, the interior ministry said.",
        "en",
    )
    assert ("COERCE", "GEOPOL", "GEOCVL") in triples(doc, sector=True)


def test_tear_gas_to_disperse_is_no_assault() -> None:
    doc = run(TBILISI + "Police fired tear gas to disperse the crowd late in the evening.", "en")
    assert not of_type(doc, "ASSAULT")


def test_stones_thrown_at_police_are_an_assault() -> None:
    doc = run(
        TBILISI + "The interior ministry said protesters had thrown stones and bottles at police officers.",
        "en",
    )
    assert ("ASSAULT", "GEOCVL", "GEOPOL") in triples(doc, sector=True)


def test_weight_thrown_behind_is_no_assault() -> None:
    doc = run(
        "The Georgian parliament adopted the law on Tuesday, and the ruling party threw its weight "
        "behind the prime minister.",
        "en",
    )
    assert not of_type(doc, "ASSAULT")


MIREBALAIS = (
    "Gunmen from the 400 Mawozo gang attacked a police station in the Haitian town of Mirebalais on "
    "Monday, killing three officers. Haitian Prime Minister Garry Conille condemned the attack and "
)


def test_vow_of_punishment_is_a_threat_to_the_attackers() -> None:
    doc = run(MIREBALAIS + "promised that those responsible would be hunted down.", "en")
    threats = [e for e in doc.events if e.type == "THREATEN"]
    assert [e.trigger.text for e in threats] == ["promised"]
    assert threats[0].modality == "intent"
    assert ("THREATEN", "HTIGOV", "HTIREB") in triples(doc, sector=True)


def test_vow_of_help_is_no_threat() -> None:
    doc = run(MIREBALAIS + "promised that the families of the officers would receive support.", "en")
    assert not of_type(doc, "THREATEN")


def test_italian_vow_of_punishment_is_a_threat() -> None:
    doc = run(
        "Lunedì i miliziani di Boko Haram hanno attaccato una caserma dell'esercito nigeriano a "
        "Maiduguri, uccidendo tre soldati. Il presidente nigeriano Bola Tinubu ha condannato "
        "l'attacco e ha promesso che i responsabili saranno puniti.",
        "it",
    )
    assert ("THREATEN", "NGAGOV", "NGAREB") in triples(doc, sector=True)
    # the promise is the threat, not also an agreement
    assert not of_type(doc, "AGREE")
