"""English speech acts that carry a second event (branch ev-en5, `events/speechacts_en.py`,
`lang/en/second_acts.yaml`), on sentences written for these tests: a warning that announces the
warner's own act is a threat aimed at the party it falls on; a speech-act verb coordinated after a
reported clause is the reporter's act. Negative paragraphs: warnings of a risk, neutral or positive
labels, concern about no one, crowds of no actor: none of them may give the event.
"""

from __future__ import annotations

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import of_type, triples

PUB = "2026-03-04"


def run(text: str) -> Document:
    return extract(text, lang="en", date=PUB)


# ------------------------------------------------ "warned that it would ...": the warner's own act


def test_warning_of_own_retaliation_is_a_threat_at_the_condition_party():
    doc = run(
        "Mexico filed a complaint against new Canadian duties on Monday and warned that it would "
        "raise tariffs on Canadian lumber if Ottawa did not withdraw the measures."
    )
    assert ("THREATEN", "MEX", "CAN") in triples(doc), [(e.type, e.trigger.text) for e in doc.events]


def test_warning_after_a_demand_is_aimed_at_the_party_asked():
    doc = run(
        "Vietnam's foreign ministry spokeswoman, Tran Thu Lan, accused the Chinese coast guard of ramming a "
        "fishing boat. She urged Beijing to respect the agreement and warned that Vietnam would defend its waters."
    )
    assert ("REQUEST", "VNM", "CHN") in triples(doc)
    assert ("THREATEN", "VNM", "CHN") in triples(doc), [(e.type, e.trigger.text) for e in doc.events]


def test_gerund_warning_of_own_expulsions():
    doc = run(
        "Russia's foreign ministry said the closure would not go unanswered, warning that Moscow "
        "would expel Polish diplomats in return."
    )
    threats = of_type(doc, "THREATEN")
    assert threats and threats[0].trigger.text == "warning"
    assert ("THREATEN", "RUS", "POL") in triples(doc)


def test_warning_that_another_party_would_act_is_no_own_threat():
    # the complement's doer is Iran, not the warner: a risk reported, no threat by Israel
    doc = run("Israel's army warned that Iran would resume enrichment within weeks.")
    assert not of_type(doc, "THREATEN"), [(e.type, e.trigger.text) for e in doc.events]


# ------------------------------------------- "X said Y ... but urged Z": the reporter's act


def test_request_after_a_reported_clause_is_the_reporters():
    doc = run(
        "The British embassy said London respected Ghana's right to choose its lenders but urged "
        "Accra to publish the terms of the loan."
    )
    assert ("REQUEST", "GBR", "GHA") in triples(doc), [(e.type, e.trigger.text) for e in doc.events]


# ------------------------------------------------------------------------ negative paragraphs

NEGATIVES = [
    # warnings of a risk or of the warner's own plans with no party: no threat
    "The central bank warned that it would raise interest rates again if inflation stayed high.",
    "The health ministry warned that it would be unable to pay nurses' salaries in March.",
    "Economists warned that the economy would shrink by two percent next year.",
    "The carmaker warned that it would cut 2,000 jobs in its German plants.",
    "Doctors warned that the heatwave would put elderly people at risk across southern Spain.",
]


def test_negative_warnings_give_no_threat():
    for text in NEGATIVES:
        doc = run(text)
        assert not of_type(doc, "THREATEN"), (text, [(e.type, e.trigger.text) for e in doc.events])
