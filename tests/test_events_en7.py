"""English constructions read on the fresh blind articles of session 7 (branch r-en7), on sentences
written for these tests.

- `events/openings.py`: a definite event noun opening a later sentence ("The fighting erupted on
  Tuesday ...") tells again the act the lead told; it is no new event. A supposed act before it
  ("could impose duties") is no statement of the act, and an opener with no act of its type told
  before is kept.
"""

from __future__ import annotations

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import of_type

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
