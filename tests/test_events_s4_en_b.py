"""English event constructions of session 4 (ev-en-b): what a party is accused of ("accused X of
funding Y"), a rejection told in a relative clause on a claim noun ("..., a charge Moscow denied"),
a finite verb after a charge's gerund ("accused ... of surrendering ... and demanded"), a judged
definite event noun told before ("called the veto ...", "welcomed the truce"), the owner of a judged
noun ("rejected a Saudi proposal"), a definite subject with no party of the target's side ("The
foreign ministry summoned the German ambassador"). Every sentence is our own; the negatives are ten
short news paragraphs on which these rules must add nothing.
"""

from __future__ import annotations

import pytest

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import of_type, triples

PUB = "2025-10-15"  # a Wednesday


def run(text: str) -> Document:
    return extract(text, lang="en", date=PUB)


# ------------------------------------------------------------------ what someone is accused of


def test_funding_charged_is_aid_by_the_accused_as_a_claim():
    doc = run("Serbia's interior minister accused Croatia of funding the protesters.")
    aid = of_type(doc, "AID")
    assert [e.trigger.text for e in aid] == ["funding"]
    assert doc.actor(aid[0].source[0]).country == "HRV"
    assert aid[0].modality == "reported"
    assert ("ACCUSE", "SRB", "HRV") in triples(doc)


def test_means_of_a_charge_after_by_hits_the_party_of_the_charge():
    doc = run(
        "Poland's prime minister accused the European Commission of blackmailing Warsaw by freezing its recovery funds."
    )
    assert ("SANCTION", "EU", "POL") in triples(doc)
    assert not of_type(doc, "AID")


def test_surrender_charged_is_a_concession_and_the_next_verb_keeps_the_accusers_subject():
    doc = run(
        "In Yerevan, several opposition lawmakers accused the Armenian government of surrendering "
        "villages to Azerbaijan and demanded the prime minister's resignation."
    )
    t = triples(doc, sector=True)
    assert ("CONCEDE", "ARMGOV", "AZE") in t
    assert ("REQUEST", "ARMOPP", "ARMGOV") in t
    assert ("REQUEST", "ARMGOV", "ARMOPP") not in t


def test_a_gerund_not_in_the_charge_list_is_no_event():
    doc = run("Mexico's president accused the opposition of lying about the budget.")
    assert {e.type for e in doc.events} <= {"ACCUSE"}


# ------------------------------------------------------------- a charge denied in a relative


@pytest.mark.parametrize(
    "text, denier, accuser",
    [
        (
            "Moldova's president accused Russia of bankrolling the protests, a charge Moscow denied.",
            "RUS",
            "MDA",
        ),
        (
            "Lithuania accused Belarus of arming smugglers on the border, an allegation that Minsk rejected.",
            "BLR",
            "LTU",
        ),
        (
            "Hungary's prime minister accused the European Commission of punishing Budapest, a charge the Commission denied.",
            "EU",
            "HUN",
        ),
    ],
)
def test_denial_in_a_relative_on_the_claim_is_the_deniers_and_asserted(text, denier, accuser):
    doc = run(text)
    rej = of_type(doc, "REJECT")
    assert len(rej) == 1
    assert ("REJECT", denier, accuser) in triples(doc)
    assert rej[0].modality == "asserted"
    assert rej[0].quote is None


def test_claim_noun_not_in_apposition_keeps_the_clause_subject():
    doc = run("Moscow denied the charge that Moldova made on Monday.")
    rej = of_type(doc, "REJECT")
    assert all(doc.actor(e.source[0]).country == "RUS" for e in rej)


# ------------------------------------------------------------- judged definite nouns told before


def test_veto_called_names_is_aimed_at_who_vetoed_and_is_no_new_veto():
    doc = run(
        "Austria blocked the entry of Romania into the Schengen area on Thursday. "
        'Romania\'s foreign minister called the veto "a gift to smugglers".'
    )
    t = triples(doc)
    assert ("ACCUSE", "ROU", "AUT") in t
    assert [e.trigger.text for e in of_type(doc, "REJECT")] == ["blocked"]


def test_truce_welcomed_is_aimed_at_both_parties_and_told_once():
    doc = run(
        "Armenia and Azerbaijan agreed to a ceasefire on Tuesday after two days of clashes. France welcomed the truce."
    )
    t = triples(doc)
    assert {("SUPPORT", "FRA", "ARM"), ("SUPPORT", "FRA", "AZE")} <= t
    assert [e.trigger.text for e in of_type(doc, "RETREAT")] == ["ceasefire"]


# ------------------------------------------------------------------ owners of judged nouns


def test_rejected_proposal_is_aimed_at_its_owner():
    doc = run(
        "Saudi Arabia sent a delegation to Muscat on Sunday. "
        "The Houthis rejected a Saudi proposal to reopen the airport in Sanaa."
    )
    assert ("REJECT", "YEM", "SAU") in triples(doc)


def test_definite_subject_after_a_speech_verb():
    doc = run(
        "Houthi rebels attacked two ships in the Red Sea on Sunday. Saudi Arabia offered talks in Riyadh. "
        "A Houthi negotiator said the group had rejected a Saudi proposal."
    )
    rej = of_type(doc, "REJECT")
    assert rej and all(doc.actor(e.source[0]).sector == "REB" for e in rej)
    assert ("REJECT", "YEM", "SAU") in triples(doc)


# ------------------------------------------------------------- definite subjects and their sides


def test_foreign_ministry_summoning_an_envoy_is_not_the_envoys_country():
    doc = run(
        "South Africa's trade minister called the new tariffs economic bullying and said Pretoria would respond "
        "unless Washington returned to talks. The foreign ministry summoned the US charge d'affaires on Friday."
    )
    summons = [e for e in doc.events if e.trigger.text == "summoned"]
    assert summons
    assert doc.actor(summons[0].source[0]).country == "ZAF"
    assert doc.actor(summons[0].target[0]).country == "USA"


def test_prisoner_exchange_with_a_long_number():
    doc = run("Russia and Ukraine exchanged more than 300 prisoners of war on Saturday.")
    assert {("RETREAT", "RUS", "UKR"), ("RETREAT", "UKR", "RUS")} <= triples(doc)


def test_exchange_of_views_is_no_release():
    doc = run(
        "The two foreign ministers of India and Bangladesh exchanged views on water sharing in New Delhi."
    )
    assert not of_type(doc, "RETREAT")


def test_subject_of_a_warning_that_clause_is_no_threatened_party():
    doc = run(
        "Somalia's information minister accused al-Shabaab of using the talks to rearm and warned that "
        "government forces were ready for every option if the militants resumed their attacks."
    )
    t = triples(doc, sector=True)
    assert ("THREATEN", "SOMGOV", "SOMREB") in t


# ------------------------------------------------------------------------------- negatives

NEGATIVES = [
    "The European Union announced new funding for schools in Moldova on Monday. The commission said the money "
    "would go to rural districts. Moldova's education minister thanked Brussels for the support.",
    "Kenya's central bank left interest rates unchanged on Tuesday as the shilling held steady against the dollar. "
    "The exchange rate has been stable since March, the bank's governor told reporters.",
    "Chile's president called the meeting with Argentina's foreign minister \"constructive\" and said the two "
    "countries would exchange views on lithium mining next month.",
    "Brazil's supreme court charged a former minister with corruption on Thursday. The minister is accused of "
    "taking bribes from a construction company.",
    "The Japanese government approved a plan to fund new nuclear reactors. Critics accused the plan of ignoring "
    "the lessons of Fukushima, a charge the industry ministry did not address.",
    "Farmers in Ireland protested outside parliament in Dublin against new rules on fertiliser. The agriculture "
    "minister said she would meet the farmers' union next week.",
    "Norway and Sweden agreed on Wednesday to build a new railway link between Oslo and Stockholm. Finland "
    "welcomed the plan and said it could join the project later.",
    "A court in Cairo sentenced a journalist to three years in prison for spreading false news. Rights groups "
    "said the charge was politically motivated.",
    "Mexico's president accused the opposition of lying about the budget and said the government would publish "
    "all the figures. The opposition leader called the claim absurd.",
    "India and Bangladesh held talks on water sharing in New Delhi on Friday. The two sides exchanged documents "
    "on the Teesta river and agreed to meet again in December.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_news_paragraphs_gain_no_charge_release_or_funding_event(text):
    doc = run(text)
    # none of these paragraphs tells an aid, a release, a concession or a sanction between parties
    assert not [e for e in doc.events if e.type in ("AID", "RETREAT", "CONCEDE", "SANCTION")]
    # and no judgement of a meeting, a plan or a claim becomes a charge against a party
    assert not [e for e in doc.events if e.type == "ACCUSE" and e.trigger.text == "called"]
