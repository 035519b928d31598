"""Material events of the sixth session (events/material.py, lang/<l>/domestic.yaml): unnamed people
counted as the victims of an arrest or a killing, promises of a sum as aid and aid with no recipient
named, forces of nature that kill (no attack), deed objects named by a demonym, and the verb
"boycotted". Every sentence is our own, written in the style of news; through the whole pipeline,
no mocks.
"""

from __future__ import annotations

from cronaca.model import Document, Event
from cronaca.pipeline import extract
from eventkit import code

PUB = "2024-05-06"


def run(text: str, lang: str) -> Document:
    return extract(text, lang=lang, date=PUB)


def sides(doc: Document, e: Event) -> tuple[str, set[str], set[str]]:
    return e.type, {code(doc, a, True) for a in e.source}, {code(doc, a, True) for a in e.target}


def told(doc: Document, trigger: str) -> list[tuple[str, set[str], set[str]]]:
    """The type and sector-qualified sides of every event whose trigger starts with `trigger`."""
    return [sides(doc, e) for e in doc.events if e.trigger.text.startswith(trigger)]


def test_counted_arrests_after_a_dispersal_are_the_crowd_en() -> None:
    doc = run(
        "Thousands of teachers marched through Lima on Tuesday against the Peruvian government. "
        "Riot police fired tear gas at the protesters near Congress. Nineteen people were detained.",
        "en",
    )
    assert told(doc, "detained") == [("COERCE", {"PERPOL"}, {"PERCVL"})]


def test_counted_arrests_go_to_the_protesters_it() -> None:
    doc = run(
        "Decine di migliaia di lavoratori sono scesi in piazza ieri a Santiago contro la riforma delle "
        "pensioni del governo cileno. La polizia cilena ha disperso il corteo con gli idranti. Una "
        "quarantina di persone sono state arrestate.",
        "it",
    )
    assert told(doc, "arrestate") == [("COERCE", {"CHLPOL"}, {"CHLLAB"})]


def test_promised_sum_is_economic_aid_to_the_story_country_en() -> None:
    doc = run(
        "The earthquake devastated western Nepal on Friday. Japan pledged $10 million in emergency grants, "
        "the Nepalese government said.",
        "en",
    )
    assert [(e.type, e.cameo) for e in doc.events if e.trigger.text.startswith("pledged")] == [("AID", "071")]
    assert told(doc, "pledged")[0][1] == {"JPN"}


def test_promised_sum_with_no_recipient_goes_to_the_story_country_it() -> None:
    doc = run(
        "Il ciclone ha devastato le coste del Bangladesh. La Germania ha promesso 20 milioni di euro, "
        "ha detto il governo di Dacca.",
        "it",
    )
    assert told(doc, "promesso") == [("AID", {"DEU"}, {"BGD"})]


def test_promise_with_no_sum_stays_an_agreement() -> None:
    doc = run("Japan pledged to hold new talks with Nepal on the border dispute next month.", "en")
    assert all(e.type != "AID" for e in doc.events)


def test_boycotted_is_a_protest_at_the_government() -> None:
    doc = run("Kenya's opposition leaders boycotted the president's address to parliament in Nairobi.", "en")
    assert told(doc, "boycotted") == [("PROTEST", {"KENOPP"}, {"KENGOV"})]


def test_a_cyclone_that_killed_is_no_attack() -> None:
    doc = run(
        "Mozambican soldiers shot dead 12 protesters in Beira on Monday, a rights group said. "
        "Cyclone Freddy, which killed at least 140 people, hit Mozambique in March.",
        "en",
    )
    assert [e.type for e in doc.events if e.trigger.text.startswith("shot")] == ["ASSAULT"]
    assert not told(doc, "killed")
    assert not told(doc, "hit")


def test_rallied_outside_a_ministry_is_a_protest() -> None:
    doc = run(
        "In Lima, thousands of Peruvian teachers rallied on Sunday outside the education ministry, "
        "demanding that the government raise their pay.",
        "en",
    )
    assert [e.type for e in doc.events if e.trigger.text == "rallied"] == ["PROTEST"]


def test_stocks_that_rallied_are_no_protest() -> None:
    doc = run("Peruvian stocks rallied behind the central bank's rate cut on Monday.", "en")
    assert all(e.type != "PROTEST" for e in doc.events)


def test_gathered_is_a_protest_only_for_protesters() -> None:
    crowd = run("In Yerevan, several hundred Armenian protesters gathered in Republic Square against the government.", "en")
    assert [e.type for e in crowd.events if e.trigger.text.startswith("gathered")] == ["PROTEST"]
    guests = run("Armenian and Azerbaijani diplomats gathered in Geneva on Monday for a new round of talks.", "en")
    assert all(e.type != "PROTEST" for e in guests.events)


def test_missile_launches_are_a_show_of_force_with_no_target() -> None:
    doc = run("North Korea has carried out a dozen missile launches this year, South Korean officials said.", "en")
    assert told(doc, "missile launches") == [("MOBILIZE", {"PRK"}, set())]
