"""English event constructions added for stories unlike the first dev articles (ev-batch3-en):
refusals of recognition, a denial coordinated with an accusation, "each side blamed the other",
bans on another polity's goods, vetoes lifted, terrorist designations, armed interventions and
disparaging dismissals. Every sentence is our own; negatives are agency-style sentences that must
not gain an event of these kinds.
"""

from __future__ import annotations

import pytest

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import of_type, triples

PUB = "2025-09-17"  # a Wednesday


def run(text: str) -> Document:
    return extract(text, lang="en", date=PUB)


# ------------------------------------------------------------------------------- refusals


def test_negated_recognition_is_a_refusal_with_intent():
    doc = run("Ecuador's government said it would not recognise the new junta in Peru.")
    rej = of_type(doc, "REJECT")
    assert rej and rej[0].modality == "intent"
    assert ("REJECT", "ECU", "PER") in triples(doc)
    assert not of_type(doc, "SUPPORT")


def test_recognition_not_negated_stays_support():
    doc = run("Spain formally recognised Palestine as a state on Tuesday.")
    assert ("SUPPORT", "ESP", "PSE") in triples(doc)
    assert not of_type(doc, "REJECT")


# ------------------------------------------------------------- accusation, then a denial


def test_denial_coordinated_with_an_accusation_is_the_accusers():
    doc = run("Armenia accused Azerbaijan of shelling border villages and denied that its troops had opened fire.")
    t = triples(doc)
    assert ("ACCUSE", "ARM", "AZE") in t
    assert ("REJECT", "ARM", "AZE") in t
    assert ("REJECT", "AZE", "ARM") not in t


def test_charge_denied_in_a_relative_clause_is_the_accused():
    doc = run("Kenya accused Uganda of arming the rebels, a charge Kampala denied.")
    t = triples(doc)
    assert ("ACCUSE", "KEN", "UGA") in t
    assert ("REJECT", "UGA", "KEN") in t


def test_gerunds_coordinated_inside_the_charge_stay_the_accused():
    # "and attacking" is part of the charge, not the accuser's second act
    doc = run("Armenia accused Azerbaijan of shelling villages and attacking civilians.")
    assert ("ACCUSE", "ARM", "AZE") in triples(doc)
    assert not [e for e in doc.events if e.type == "ASSAULT" and doc.actor(e.source[0]).country == "ARM"]


# ------------------------------------------------------------------- each side, the other


def test_each_side_blamed_the_other_is_mutual_between_the_named_pair():
    doc = run("Fighting broke out between Armenia and Azerbaijan on Monday. Each side blamed the other for the violence.")
    t = triples(doc)
    assert ("ACCUSE", "ARM", "AZE") in t and ("ACCUSE", "AZE", "ARM") in t


def test_each_side_without_the_other_is_no_mutual_charge():
    doc = run("Fighting broke out between Armenia and Azerbaijan on Monday. Each side reported heavy losses.")
    assert not of_type(doc, "ACCUSE")


# ------------------------------------------------------------------------------- lexicon


def test_ban_on_another_countrys_goods_is_a_sanction():
    doc = run("Russia warned of retaliation. The European Union imposed a ban on Russian gas imports on Friday.")
    assert ("SANCTION", "EU", "RUS") in triples(doc)
    assert not of_type(doc, "COERCE")
    doc = run("China's customs agency banned Japanese seafood on Thursday, and Japan protested.")
    assert ("SANCTION", "CHN", "JPN") in triples(doc)


def test_ban_on_ones_own_rally_stays_a_coercion():
    doc = run("Georgian police banned an opposition rally in Tbilisi on Friday, the interior ministry said.")
    assert not of_type(doc, "SANCTION")


def test_lifted_veto_is_a_concession():
    doc = run("Jordan lifted its veto on Syria's return to the Arab League on Monday.")
    assert ("CONCEDE", "JOR", "SYR") in triples(doc)
    assert not of_type(doc, "REJECT")


def test_terrorist_designation_is_a_sanction():
    doc = run("The United States on Monday designated Yemen's Houthi rebels as a terrorist organisation.")
    sanctions = of_type(doc, "SANCTION")
    assert sanctions and doc.actor(sanctions[0].source[0]).country == "USA"
    assert doc.actor(sanctions[0].target[0]).country == "YEM"


def test_intervened_against_is_an_attack():
    doc = run("Saudi Arabia intervened against Yemen's Houthi rebels in 2015.")
    assert ("ASSAULT", "SAU", "YEM") in triples(doc)


def test_dismissing_protesters_as_criminals_is_an_accusation():
    doc = run("The Nigerian government dismissed the protesters as criminals.")
    assert ("ACCUSE", "NGAGOV", "NGACVL") in triples(doc, sector=True)
    assert not of_type(doc, "REJECT")


def test_dismissing_a_plan_as_unrealistic_stays_a_rejection():
    doc = run("The Kremlin dismissed Ukraine's peace plan as unrealistic.")
    assert ("REJECT", "RUS", "UKR") in triples(doc)
    assert not of_type(doc, "ACCUSE")


def test_blaming_word_in_a_condemnation():
    doc = run('The Kremlin condemned the EU decision as "theft" and warned Brussels of consequences.')
    assert ("ACCUSE", "RUS", "EU") in triples(doc)


# ------------------------------------------------------------------------------ negatives

NEGATIVES = [
    # recognise in a positive or unrelated sense
    "The ministry said it recognised the concerns of farmers about the new rules.",
    "Analysts said the bank would not recognise the losses until next year.",
    # each / the other with no conflict in sight
    "Each country will host one round of the tournament, the organisers said.",
    "The two companies said each side would keep its brand after the merger.",
    # bans at home
    "The city council banned cars from the old town on Sundays.",
    "Police banned a march by farmers in the capital, citing security concerns.",
    "France banned smoking on beaches from July, the health ministry said.",
    # vetoes kept, not lifted
    "The president vetoed the budget bill on Tuesday, sending it back to parliament.",
    "Lawmakers said they would try to override the governor's veto next week.",
    # designation in other senses
    "The government designated the old harbour as a heritage site in 2019.",
    "The club designated its captain as the spokesman for the team.",
    # intervene without an adversary
    "The central bank intervened to support the currency on Monday.",
    "The referee intervened after players argued on the pitch.",
    # dismiss in other senses
    "The court dismissed the case against the company on Friday.",
    "The coach was dismissed after a string of defeats.",
    "The minister dismissed the reports as speculation.",
    # coordination that is not an accusation
    "The ministry said it had reviewed the rules and denied any wrongdoing by staff.",
    "Officials described the meeting as constructive and said talks would continue.",
    # words that now blame, in a neutral frame
    "The police said the theft of copper cables had disrupted train services.",
    "A report on bullying in schools was published by the education ministry on Monday.",
    "Each side of the bridge will be closed for repairs in October.",
    "The museum lifted its ban on photography last year.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_agency_negatives_gain_no_event(text: str):
    doc = run(text)
    kinds = {"REJECT", "ACCUSE", "SANCTION", "CONCEDE", "ASSAULT"}
    assert not [e for e in doc.events if e.type in kinds], [(e.type, e.trigger.text) for e in doc.events]


# ------------------------------------------------------------------ mutual de-escalation

STORY = (
    "Armenia accused Azerbaijan of shelling three border villages on Monday. "
    "Azerbaijan accused Armenia of firing on its positions and warned Armenia of a response. "
    "Armenia and Azerbaijan agreed on Wednesday to pull back troops from the border."
)


def test_both_sides_pulling_back_is_a_withdrawal_towards_each_other():
    doc = run(STORY)
    t = triples(doc)
    assert ("RETREAT", "ARM", "AZE") in t and ("RETREAT", "AZE", "ARM") in t


def test_two_allies_withdrawing_is_no_mutual_withdrawal():
    doc = run(STORY + " The United States and Britain withdrew their diplomats on Thursday.")
    t = triples(doc)
    assert ("RETREAT", "USA", "GBR") not in t and ("RETREAT", "GBR", "USA") not in t


def test_welcoming_a_truce_is_aimed_at_both_parties():
    doc = run("Russia welcomed the truce between Armenia and Azerbaijan.")
    t = triples(doc)
    assert ("SUPPORT", "RUS", "ARM") in t and ("SUPPORT", "RUS", "AZE") in t


def test_talks_mediated_by_a_third_party_are_its_mediation_between_the_sides():
    doc = run(
        "Fighting broke out between Armenia and Azerbaijan on Monday. After talks mediated by "
        "Kazakhstan's foreign minister in Astana, the two sides signed a ceasefire late on Wednesday."
    )
    t = triples(doc)
    assert ("CONSULT", "KAZ", "ARM") in t and ("CONSULT", "KAZ", "AZE") in t
    assert ("RETREAT", "ARM", "AZE") in t

