"""Events, session eight (branch types8): right sentence, wrong type. A trigger whose object or
qualifier tells another PLOVER type (`events/senses.py` `_retyped_objects`, data
`lang/<l>/reactions.yaml` `other_senses.retype`; multi-word entries in `triggers_cameo.yaml`):
expelling people is coercion, expelling diplomats a sanction; appealing a ruling is a complaint
against the court; an invitation to send a delegation and an offer to mediate are proposed talks; a
harsh "attack" on someone is words. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import of_type, triples

PUB = "2025-03-12"


def run(text: str, lang: str) -> Document:
    return extract(text, lang=lang, date=PUB)


def types_at(doc: Document, word: str) -> set[str]:
    return {e.type for e in doc.events if word in e.trigger.text.lower()}


# ------------------------------------------------------------ expelling people vs diplomats


@pytest.mark.parametrize(
    "text,lang,word",
    [
        ("Turkey began expelling thousands of Syrian refugees last month, officials in Damascus said.", "en", "expel"),
        ("La Tunisia ha espulso centinaia di migranti subsahariani verso il confine con la Libia.", "it", "espulso"),
    ],
)
def test_expelling_people_is_coercion(text, lang, word):
    doc = run(text, lang)
    assert "COERCE" in types_at(doc, word)
    assert "SANCTION" not in types_at(doc, word)


@pytest.mark.parametrize(
    "text,lang,word",
    [
        ("Estonia expelled two Russian diplomats on Monday over an alleged sabotage plot.", "en", "expel"),
        ("La Lettonia ha espulso ieri tre diplomatici russi accusati di spionaggio.", "it", "espulso"),
    ],
)
def test_expelling_diplomats_stays_a_sanction(text, lang, word):
    doc = run(text, lang)
    assert "SANCTION" in types_at(doc, word)
    assert "COERCE" not in types_at(doc, word)


# ------------------------------------------------------------ appealing a ruling


def test_appealing_a_ruling_is_a_complaint_against_the_court():
    doc = run(
        "A court in Nairobi struck down the housing levy on Monday. The Kenyan government has appealed "
        "against the ruling, and the Supreme Court of Kenya will hear the case next week.",
        "en",
    )
    assert "ACCUSE" in types_at(doc, "appeal")
    assert "REQUEST" not in types_at(doc, "appeal")


def test_appealing_to_donors_stays_a_request():
    doc = run("The World Food Programme appealed to donors for 300 million dollars to feed Sudan.", "en")
    assert "ACCUSE" not in types_at(doc, "appeal")


# ------------------------------------------------------------ invitations and mediation offers


def test_an_invitation_to_send_a_delegation_is_a_proposed_meeting():
    doc = run(
        "L'Unione africana ha convocato un vertice straordinario ad Addis Abeba e ha invitato Khartoum a "
        "inviare una propria delegazione.",
        "it",
    )
    assert types_at(doc, "invitato") == {"CONSULT"}


def test_an_invitation_addressed_to_delegations_stays_a_request():
    doc = run(
        "L'inviato dell'Onu ha invitato entrambe le delegazioni a riprendere il dialogo già la prossima settimana.",
        "it",
    )
    assert "CONSULT" not in types_at(doc, "invitato")


@pytest.mark.parametrize(
    "text,lang",
    [
        (
            "Il Qatar ha offerto una mediazione tra il governo del Sudan e le Rsf, ha detto il ministero degli Esteri.",
            "it",
        ),
        ("Turkey offered to mediate between Russia and Ukraine, the Turkish foreign ministry said.", "en"),
    ],
)
def test_an_offer_to_mediate_is_consult_not_agree(text, lang):
    doc = run(text, lang)
    assert of_type(doc, "CONSULT")
    assert not of_type(doc, "AGREE")


# ------------------------------------------------------------ attacks that are words


def test_a_harsh_attack_on_a_person_is_an_accusation():
    doc = run(
        "Il leader della Lega, Matteo Salvini, ha sferrato ieri un duro attacco al presidente francese "
        "Emmanuel Macron sulla politica migratoria.",
        "it",
    )
    assert "ASSAULT" not in {t for t, _, _ in triples(doc)}
    assert types_at(doc, "attacco") <= {"ACCUSE"}


# ------------------------------------------------------------ a second verb after a quotation


def test_a_party_inside_a_quotation_is_not_the_subject_of_the_next_verb():
    doc = run(
        "Il Canada ha presentato ieri un ricorso all'Organizzazione mondiale del commercio contro i dazi imposti "
        "dalla Cina sui semi di colza canadesi. Un portavoce del ministero del Commercio cinese ha definito il "
        "ricorso «un tentativo di nascondere il protezionismo canadese» e ha avvertito che la Cina adotterà «tutte "
        "le misure necessarie».",
        "it",
    )
    threats = {t for t in triples(doc) if t[0] == "THREATEN"}
    assert ("THREATEN", "CHN", "CAN") in threats
    assert not any(s == "CAN" for _, s, _ in threats)


# ------------------------------------------------------------ the deed threatened (Italian)


def test_an_italian_threatened_deed_is_kept_beside_the_threat():
    doc = run(
        "Gli Houthi hanno minacciato di colpire di nuovo le raffinerie dell'Arabia Saudita.",
        "it",
    )
    got = triples(doc)
    assert ("THREATEN", "YEM", "SAU") in got
    assert ("ASSAULT", "YEM", "SAU") in got


def test_an_english_threatened_deed_stays_the_threats_content():
    doc = run("The Houthi rebels threatened to strike Saudi refineries again, a spokesman said.", "en")
    got = triples(doc)
    assert ("THREATEN", "YEM", "SAU") in got
    assert ("ASSAULT", "YEM", "SAU") not in got
