"""English events, session six (branch r-en6), on sentences written for these tests: reactions drawn
from others (`events/drawn.py`), a deed noun telling its verb's manner (`events/manner.py`), the
subject after "before/after" past an article (`events/clauses.py`), blocking a thing
(`events/blocked.py`), restrictive relative clauses (`events/restrictive.py`), other senses of a
trigger verb (`events/senses.py`) and things that hit (`events/impacts.py`). Each positive test has
a negative twin where the construction is absent and the event must stay as before.
"""

from __future__ import annotations

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import of_type, triples

PUB = "2026-03-04"


def run(text: str) -> Document:
    return extract(text, lang="en", date=PUB)


def show(doc: Document) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text) for e in doc.events]


# ------------------------------------------------ "..., drawing protests from Japan and South Korea"


def test_reaction_drawn_from_two_states_is_theirs_against_the_launcher():
    doc = run(
        "North Korea fired a ballistic missile into the sea on Tuesday, drawing sharp protests "
        "from Japan and South Korea."
    )
    got = triples(doc)
    assert ("ACCUSE", "JPN", "PRK") in got, show(doc)
    assert ("ACCUSE", "KOR", "PRK") in got, show(doc)
    assert not any(t[1] == "PRK" and t[0] == "ACCUSE" for t in got), got


def test_reaction_drawn_by_a_finite_verb_is_aimed_at_its_subject():
    doc = run("Turkey's decision drew condemnation from Greece on Thursday.")
    assert ("ACCUSE", "GRC", "TUR") in triples(doc), show(doc)


def test_reaction_with_no_from_party_is_left_alone():
    # no "from X": the noun keeps whatever the other rules read, and no side is invented for it
    doc = run("North Korea fired a ballistic missile into the sea on Tuesday, drawing sharp protests.")
    assert not any(t[0] == "ACCUSE" and t[2] == "PRK" for t in triples(doc)), show(doc)


# ------------------------------------------------------ "struck X in a series of raids": one act


def test_manner_noun_after_same_type_verb_is_no_second_attack():
    doc = run("Israel, whose air force struck Iranian air-defence sites in a series of raids last year, warned Iran again.")
    assaults = of_type(doc, "ASSAULT")
    assert [e.trigger.text for e in assaults] == ["struck"], show(doc)
    assert ("ASSAULT", "IRN", "ISR") not in triples(doc)


def test_deed_noun_not_after_a_preposition_of_manner_stays():
    doc = run("Israel struck Iranian air-defence sites on Monday. The raids drew a warning from Tehran.")
    assert any(e.trigger.text == "struck" for e in of_type(doc, "ASSAULT")), show(doc)


# ------------------------------------------------------- "hours before the United States imposed"


def test_subordinate_subject_after_an_article():
    doc = run(
        "Russian forces shelled Kharkiv on Thursday, hours before the United States imposed new "
        "sanctions on Russia."
    )
    got = triples(doc)
    assert ("SANCTION", "USA", "RUS") in got, show(doc)
    assert ("SANCTION", "RUS", "USA") not in got


# ------------------------------------------------------------- "blocked highways", "blocked a bid"


def test_crowd_blocking_crossings_protests_not_rejects():
    # (roads, highways and convoys no longer match "block" at all: triggers.yaml `unless`)
    doc = run(
        "Polish police fined dozens of Polish farmers who had blocked border crossings with Ukraine, "
        "and the Polish government promised talks."
    )
    assert not of_type(doc, "REJECT"), show(doc)
    protests = of_type(doc, "PROTEST")
    assert protests and protests[0].trigger.text == "blocked", show(doc)


def test_army_blocking_a_route_coerces():
    doc = run("The Sudanese army blocked the UN mission's route to El Fasher on Thursday.")
    assert not of_type(doc, "REJECT"), show(doc)
    assert [e.trigger.text for e in of_type(doc, "COERCE")] == ["blocked"], show(doc)


def test_blocking_a_decision_is_still_a_rejection():
    doc = run("Hungary blocked the European Union's new sanctions package against Russia on Monday.")
    assert ("REJECT", "HUN", "EU") in triples(doc), show(doc)


def test_blocked_aid_deliveries_is_no_rejection():
    doc = run("Hamas said Israel had violated the truce by blocking aid deliveries to Gaza.")
    assert not of_type(doc, "REJECT"), show(doc)


# ------------------------------------------------- "students who had blocked": the antecedent acts


def test_restrictive_relative_takes_its_antecedent_as_subject():
    # the antecedent is governed by "at": the walk to the main subject would give the police
    doc = run(
        "Georgian police fired tear gas at Georgian opposition activists who had accused the Georgian "
        "government of fraud."
    )
    got = triples(doc, sector=True)
    assert ("ACCUSE", "GEOOPP", "GEOGOV") in got, (got, show(doc))
    assert not any(t[0] == "ACCUSE" and t[1] == "GEOPOL" for t in got), got


def test_passive_restrictive_relative_is_left_to_the_passive():
    doc = run("Kenyan police freed two British journalists who had been detained by Kenyan police in Nairobi.")
    assert not any(t[0] == "COERCE" and t[1] == "GBR" for t in triples(doc)), show(doc)


# ------------------------------------------------------------- "released a statement": no release


def test_released_water_is_no_release_of_captives():
    doc = run(
        "Beijing imposed a ban on Japanese seafood in August 2023 when Tokyo began releasing treated "
        "radioactive water from the Fukushima plant."
    )
    assert not of_type(doc, "RETREAT"), show(doc)
    assert ("SANCTION", "CHN", "JPN") in triples(doc), show(doc)


def test_official_who_asked_not_to_be_named_makes_no_request():
    doc = run(
        "Brazil filed a complaint against US tariffs on Thursday. A senior Brazilian official, who asked "
        "not to be named, said the White House was open to talks."
    )
    assert not of_type(doc, "REQUEST"), show(doc)
    assert ("ACCUSE", "BRA", "USA") in triples(doc), show(doc)


def test_released_prisoners_is_still_a_release():
    doc = run("Russia released twenty Ukrainian prisoners of war on Sunday.")
    assert of_type(doc, "RETREAT"), show(doc)


# ---------------------------------------------------------------- "the ban hit": an impact


def test_measure_that_hits_is_no_attack():
    doc = run(
        "Chinese foreign ministry spokeswoman Lin Yuhan said on Monday that Japan must stop the "
        "discharges. The ban hit Japanese fishing communities hard."
    )
    assert not of_type(doc, "ASSAULT"), show(doc)


def test_forces_that_hit_are_an_attack():
    doc = run("Russian forces hit the Ukrainian city of Kharkiv on Tuesday.")
    assert ("ASSAULT", "RUS", "UKR") in triples(doc), show(doc)


# ------------------------------------------------- "an investigation into the killings": no new deed


def test_inquiry_topic_is_not_the_callers_deed():
    doc = run(
        "Bangladeshi police fired on student protesters in Dhaka on Thursday. In Geneva, the UN High "
        "Commissioner for Human Rights called for an independent investigation into the killings."
    )
    assert not any(e.type == "ASSAULT" and e.trigger.text == "killings" for e in doc.events), show(doc)
    assert not any(t[0] == "ASSAULT" and t[1] == "UN" for t in triples(doc)), triples(doc)
