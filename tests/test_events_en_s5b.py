"""English events, session 5b (branch r-en5), on sentences written for these tests: the general
causes read on the blind articles en/032-039. A party before a descriptive apposition is the doer;
an official's title "of X" acts for X; the article's dyad is counted by country, so "the two sides"
are the conflict's parties even when one of them is coded with several sectors; a meeting keeps one
participant per side; a warning coordinated after an accusation goes on addressing the accused; the
doers of an absolute clause "with X blaming Y". Negative paragraphs: none of them may give the event.
"""

from __future__ import annotations

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import of_type, triples

PUB = "2026-04-15"


def run(text: str) -> Document:
    return extract(text, lang="en", date=PUB)


def _show(doc: Document) -> list:
    return [(e.type, e.trigger.text, e.source, e.target) for e in doc.events]


# ------------------------------------------------ "X, <description>, verb": X is the doer


def test_party_before_possessive_apposition_is_the_doer():
    doc = run("Russia, Belarus's main backer, urged Lithuania to reopen the border crossing.")
    assert ("REQUEST", "RUS", "LTU") in triples(doc), _show(doc)
    assert not any(t[1] == "BLR" for t in triples(doc)), _show(doc)


def test_party_before_article_apposition_is_the_doer():
    doc = run("Greece, a founding member of the alliance, accused Turkey of violating its airspace.")
    assert ("ACCUSE", "GRC", "TUR") in triples(doc), _show(doc)


def test_apposition_negatives():
    # a name in apposition is the same actor, a relative clause is read by the subject rule, and a
    # sentence whose head is no party keeps the subject it had
    doc = run(
        "Poland's foreign minister, Adam Kowal, urged Germany to send more air defence systems. "
        "Norway, which chairs the group, did not comment. "
        "The statement, a rebuke to Hungary, was read out in Brussels."
    )
    pairs = triples(doc)
    assert ("REQUEST", "POL", "DEU") in pairs, _show(doc)
    assert not any(t[1] == "NOR" for t in pairs), _show(doc)
    assert not of_type(doc, "ACCUSE"), _show(doc)


# ------------------------------------------------ "The chairperson of X, Name, urged ...": for X


def test_official_title_of_a_body_acts_for_it():
    doc = run(
        "The chairperson of the African Union Commission, Moussa Keita, urged Sudan to allow aid "
        "convoys into Darfur."
    )
    assert ("REQUEST", "AU", "SDN") in triples(doc), _show(doc)


# ------------------------------------------------ "urged the two sides": the conflict by country


def test_two_sides_are_the_conflict_parties_whatever_their_sectors():
    # Hamas (rebels) and Gaza's residents (civilians) are both Palestinian: one side of one conflict
    doc = run(
        "Israeli aircraft struck Hamas positions in Gaza overnight. "
        "Gaza residents accused Israel of targeting their homes. "
        "Hamas fired rockets at Israeli towns on Tuesday. "
        "Qatar urged the two sides to agree to a pause."
    )
    pairs = triples(doc)
    assert ("REQUEST", "QAT", "ISR") in pairs, _show(doc)
    assert ("REQUEST", "QAT", "PSE") in pairs, _show(doc)


def test_neighbours_named_by_a_third_party():
    doc = run(
        "Indian and Pakistani troops exchanged fire across the border on Sunday. "
        "India accused Pakistan of shelling a village. Pakistan accused India of firing first. "
        "Japan called on the two neighbours to exercise restraint."
    )
    pairs = triples(doc)
    assert ("REQUEST", "JPN", "IND") in pairs, _show(doc)
    assert ("REQUEST", "JPN", "PAK") in pairs, _show(doc)


# ------------------------------------------------ a meeting: one participant per side


def test_meeting_in_a_capital_keeps_one_participant_per_country():
    doc = run(
        "The US envoy, Mark Fields, arrived in Cairo on Sunday to meet Egypt's foreign minister, "
        "Samir Adel."
    )
    meets = of_type(doc, "CONSULT")
    assert meets, _show(doc)
    codes = [doc.actor(a).country for a in meets[0].source]
    assert codes.count("EGY") == 1, _show(doc)
    assert ("CONSULT", "USA", "EGY") in triples(doc), _show(doc)


# ------------------------------------------------ "accused X of ... and warned that it would ..."


def test_warning_coordinated_after_an_accusation_is_aimed_at_the_accused():
    doc = run(
        "The Chinese foreign ministry accused Japan of interfering in its internal affairs and warned "
        'that it would "draw conclusions".'
    )
    assert ("ACCUSE", "CHN", "JPN") in triples(doc), _show(doc)
    assert ("THREATEN", "CHN", "JPN") in triples(doc), _show(doc)


def test_warning_of_a_risk_after_an_accusation_is_no_threat():
    # the complement's doer is the economy, not the warner: no threat, whatever came before
    doc = run(
        "Germany accused China of dumping steel and warned that the economy would suffer for years."
    )
    assert ("ACCUSE", "DEU", "CHN") in triples(doc), _show(doc)
    assert not of_type(doc, "THREATEN"), _show(doc)


# ------------------------------------------------ ", with X blaming Y": X is the doer


def test_absolute_clause_names_the_doers():
    doc = run("The talks in Doha broke up on Friday, with Ethiopia blaming Egypt for the deadlock.")
    assert ("ACCUSE", "ETH", "EGY") in triples(doc), _show(doc)
    assert ("ACCUSE", "EGY", "ETH") not in triples(doc), _show(doc)


def test_absolute_clause_each_other():
    doc = run("Negotiations collapsed on Monday, with Serbia and Kosovo blaming each other for the failure.")
    pairs = triples(doc)
    assert ("ACCUSE", "SRB", "XKX") in pairs or ("ACCUSE", "SRB", "Kosovo") in pairs, _show(doc)


def test_with_after_a_verb_is_a_partner_not_an_absolute_clause():
    # "met with Turkey, accusing it of ...": Greece accuses, Turkey is the partner of the meeting
    doc = run("Greece met with Turkey on Monday, accusing it of stalling the talks.")
    assert ("ACCUSE", "TUR", "GRC") not in triples(doc), _show(doc)


# ------------------------------------------------ "fought a war"


def test_fought_a_war_is_an_assault_between_the_parties():
    doc = run("Armenia and Azerbaijan fought a border war in 2020.")
    pairs = triples(doc)
    assert ("ASSAULT", "ARM", "AZE") in pairs and ("ASSAULT", "AZE", "ARM") in pairs, _show(doc)


def test_fought_corruption_is_no_assault():
    doc = run("Nigeria's president said he had fought corruption for a decade and would fight it still.")
    assert not of_type(doc, "ASSAULT"), _show(doc)


# ------------------------------------------------ "filed a complaint with <forum> against X"


def test_complaint_with_a_forum_is_aimed_at_the_party_against():
    doc = run("India filed a complaint with the World Trade Organization on Monday against Turkey's new duties on its rice.")
    pairs = triples(doc)
    assert ("ACCUSE", "IND", "TUR") in pairs, _show(doc)
    assert ("ACCUSE", "IND", "WTO") not in pairs, _show(doc)


def test_protest_with_a_government_stays_aimed_at_it():
    # no "against": the party after "with" is the one protested to, and at
    doc = run("Seoul lodged a strong protest with Tokyo through diplomatic channels on Friday.")
    assert ("ACCUSE", "KOR", "JPN") in triples(doc), _show(doc)


# ------------------------------------------------ "talks between X and Y, mediated by Z"


def test_mediator_of_talks_is_a_party():
    doc = run("Talks between Kyiv and Moscow, brokered by Turkey, resumed in Istanbul on Monday.")
    pairs = triples(doc)
    assert ("CONSULT", "TUR", "UKR") in pairs and ("CONSULT", "RUS", "TUR") in pairs, _show(doc)


def test_participle_of_another_noun_is_no_mediator_of_the_talks():
    doc = run("The talks between Serbia and Kosovo stalled, and a deal brokered by Norway looked distant.")
    talks = [e for e in of_type(doc, "CONSULT") if e.trigger.text == "talks"]
    assert talks, _show(doc)
    assert all(doc.actor(a).country != "NOR" for a in talks[0].source), _show(doc)


# ------------------------------------------------ "at the request of A, B and C, X ..."


def test_request_of_a_list_names_every_member_and_the_clause_subject():
    doc = run("At the request of Britain, France and Germany, the IAEA board held an emergency session.")
    pairs = triples(doc)
    for c in ("GBR", "FRA", "DEU"):
        assert ("REQUEST", c, "IAEA") in pairs, _show(doc)
    assert ("REQUEST", "GBR", "FRA") not in pairs, _show(doc)


def test_request_of_one_party_keeps_the_clause_subject_out_of_the_list():
    doc = run("At the request of Ukraine, the UN Security Council convened an emergency meeting on Tuesday.")
    pairs = triples(doc)
    assert ("REQUEST", "UKR", "UN") in pairs, _show(doc)
    assert not any(t[0] == "REQUEST" and t[1] == "UN" for t in pairs), _show(doc)


# ------------------------------------------------ "dragging out the talks": the talks told before


def test_talks_as_object_of_a_non_meeting_verb_tell_the_meeting_again():
    doc = run(
        "The US envoy, John Miles, arrived in Doha on Monday to meet Qatar's prime minister, Ali Thani, "
        "and Egypt's foreign minister, Omar Said. Hamas said Israel was deliberately dragging out the talks."
    )
    assert [e.trigger.text for e in of_type(doc, "CONSULT")] == ["meet"], _show(doc)


def test_hosted_talks_after_a_meeting_stay_a_meeting():
    # a verb that opens a meeting: the second sentence may tell a new one; the rule leaves it alone
    doc = run(
        "The US envoy, John Miles, met Qatar's prime minister, Ali Thani, in Doha on Monday. "
        "On Friday the two men held the talks again in Cairo."
    )
    assert of_type(doc, "CONSULT"), _show(doc)
