"""English constructions read on the fresh blind articles of session 7 (branch r-en7), on sentences
written for these tests.

- `events/openings.py`: a definite event noun opening a later sentence ("The fighting erupted on
  Tuesday ...") tells again the act the lead told; it is no new event. A supposed act before it
  ("could impose duties") is no statement of the act, and an opener with no act of its type told
  before is kept.
- `events/firedat.py`: weapons fired "at" a party are an assault on it, whatever the weapon; fired
  "to disperse" a crowd they stay a repression; a craft ("a Chinese coast guard vessel") fires for
  the party named before it.
- `events/conditions.py`: an assault or threat inside the "if" clause of a deterrent ("would respond
  if Turkish jets attacked ...") is the case the speaker would act in, no event; without a modal or a
  warning around it, an act in an "if" clause is kept.
"""

from __future__ import annotations

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import of_type, triples

PUB = "2026-11-20"


def run(text: str) -> Document:
    return extract(text, lang="en", date=PUB)


def _triggers(doc: Document, etype: str) -> list[str]:
    return [e.trigger.text for e in of_type(doc, etype)]


# ------------------------------------------------ openings.py: "The fighting erupted ..." told again


def test_opening_definite_noun_restates_the_lead_clash():
    doc = run(
        "Ethiopia and Eritrea agreed on Friday to pull back troops from their border after three days "
        "of clashes that killed at least 11 people. The fighting erupted on Tuesday near the town of "
        "Senafe, where the two countries dispute a strip of farmland."
    )
    assert "clashes" in _triggers(doc, "ASSAULT")
    assert "fighting" not in _triggers(doc, "ASSAULT")


def test_opening_noun_after_a_supposed_act_is_the_first_statement():
    # the duties Canada "could impose" are not the tariffs in force: the opener is their first telling
    doc = run(
        "Canada warned on Monday that it could impose retaliatory duties on American steel. The "
        "tariffs, announced by the White House last week, set a 25 percent levy on Canadian aluminium."
    )
    assert "tariffs" in _triggers(doc, "SANCTION")


def test_opening_noun_with_no_act_of_its_type_before_is_kept():
    doc = run(
        "Kyrgyz and Tajik officials met in Bishkek on Thursday to discuss the disputed water point. "
        "The clashes between Kyrgyzstan and Tajikistan on Monday killed nine people, officials said."
    )
    assert "clashes" in _triggers(doc, "ASSAULT")


# ------------------------------------------------ firedat.py: "fired tear gas ... at the students"


def test_weapons_fired_at_students_are_an_assault_on_them():
    doc = run(
        "Police in Bangladesh fired tear gas, rubber bullets and live rounds at thousands of students "
        "in Dhaka on Thursday."
    )
    assert ("ASSAULT", "BGDPOL", "BGDEDU") in triples(doc, sector=True)
    assert not of_type(doc, "COERCE")


def test_tear_gas_fired_to_disperse_stays_a_repression():
    doc = run(
        "Kenyan opposition supporters marched on parliament in Nairobi on Tuesday. Police fired tear gas "
        "to disperse the crowd near the parliament building."
    )
    assert not [t for t in triples(doc) if t[0] == "ASSAULT"]


def test_craft_fires_for_its_owner_at_a_demonym_object():
    doc = run(
        "The Philippines lodged a diplomatic protest with China on Friday after a Chinese coast guard "
        "vessel fired water cannon at a Philippine supply boat near Second Thomas Shoal."
    )
    assert ("ASSAULT", "CHN", "PHL") in triples(doc)
    assert ("ASSAULT", "PHL", "CHN") not in triples(doc)


# ------------------------------------------------ conditions.py: the case a deterrent names


def test_attack_in_the_condition_of_a_warning_is_no_event():
    doc = run(
        "Israel's defence minister warned on Sunday that Israel would strike Hodeidah port again if the "
        "Houthis fired on ships heading to Israeli ports."
    )
    triggers = [e.trigger.text for e in of_type(doc, "ASSAULT")]
    assert "strike" in triggers  # the warner's own act stays
    assert "fired on" not in triggers


def test_condition_before_a_vow_is_no_event():
    doc = run(
        "India's army chief said on Friday that if there is another attack on Indian posts from across "
        "the Line of Control, India will respond with full force against Pakistan."
    )
    assert not of_type(doc, "ASSAULT")


def test_attack_in_an_if_clause_without_a_deterrent_is_kept():
    doc = run("Witnesses said it was unclear if RSF fighters shelled the Zamzam camp on Monday.")
    assert "shelled" in [e.trigger.text for e in of_type(doc, "ASSAULT")]
