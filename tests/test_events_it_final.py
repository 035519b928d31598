"""Events, Italian final batch (branch ev-it-final): general constructions behind the misses on the
newer development articles, on sentences written for these tests (never taken from an article).
"""

from __future__ import annotations

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import triples

PUB = "2025-12-02"


def run(text: str) -> Document:
    return extract(text, lang="it", date=PUB)


# ------------------------------------------------------------ "..., tra cui X": the named members


def test_arrest_targets_named_after_tra_cui():
    doc = run("La polizia turca ha arrestato ieri a Istanbul dodici persone, tra cui tre giornalisti.")
    assert ("COERCE", "TURPOL", "TURMED") in triples(doc, sector=True)


def test_arrest_targets_after_tra_i_quali_with_words_before_the_name():
    doc = run("La polizia egiziana ha fermato trenta persone, fra le quali due esponenti dell'opposizione.")
    assert ("COERCE", "EGYPOL", "EGYOPP") in triples(doc, sector=True)


def test_tra_cui_after_a_verb_of_no_event_adds_nothing():
    doc = run("Il ministro turco ha elencato ieri dodici priorità, tra cui la sicurezza dei giornalisti.")
    assert not [t for t in triples(doc, sector=True) if t[2] == "TURMED"]


# ------------------------------------------------------------ funding and deliveries (AID)


def test_funding_a_party_is_aid():
    doc = run("L'Arabia Saudita continuerà a finanziare il governo libanese.")
    assert ("AID", "SAU", "LBNGOV") in triples(doc, sector=True)


def test_delivery_of_equipment_to_a_party_is_aid():
    doc = run("La Germania ha annunciato la consegna di quattro elicotteri all'esercito ucraino.")
    assert ("AID", "DEU", "UKRMIL") in triples(doc, sector=True)


def test_delivering_a_letter_is_no_aid():
    doc = run("Il presidente francese ha consegnato al premier israeliano una lettera del governo.")
    assert not [e for e in doc.events if e.type == "AID"]


# ------------------------------------------------------------ hosted talks


def test_host_and_guests_all_meet():
    doc = run("Il Qatar ha ospitato ieri a Doha i ministri degli Esteri di Armenia e Azerbaigian.")
    got = triples(doc)
    for a, b in [("QAT", "ARM"), ("QAT", "AZE"), ("ARM", "AZE"), ("AZE", "QAT")]:
        assert ("CONSULT", a, b) in got


def test_talks_noun_hosted_by_a_third_party():
    doc = run("I colloqui tra Armenia e Azerbaigian, ospitati dal Kazakistan, sono durati due giorni.")
    got = triples(doc)
    assert ("CONSULT", "KAZ", "ARM") in got and ("CONSULT", "ARM", "KAZ") in got
    assert ("CONSULT", "ARM", "AZE") in got


def test_offering_to_host_a_meeting_between_two_leaves_them_apart():
    doc = run("Il presidente turco si è detto disposto a ospitare un incontro tra Putin e Zelensky.")
    got = triples(doc)
    assert ("CONSULT", "RUS", "UKR") not in got
    assert ("CONSULT", "TUR", "RUS") in got


def test_funding_a_campaign_against_a_candidate_is_no_aid_to_him():
    doc = run("Diverse imprese brasiliane hanno finanziato la campagna contro il candidato del Partito dei lavoratori.")
    assert not [e for e in doc.events if e.type == "AID"]


# ------------------------------------------------------------ negated recognition is a refusal


def test_not_recognising_independence_is_reject():
    doc = run("La Serbia non riconosce l'indipendenza del Kosovo.")
    got = triples(doc)
    assert ("REJECT", "SRB", "XKX") in got
    assert ("SUPPORT", "SRB", "XKX") not in got


def test_recognising_a_state_stays_support():
    doc = run("La Spagna ha riconosciuto ieri lo Stato di Palestina.")
    assert not [e for e in doc.events if e.type == "REJECT"]


def test_opposition_not_recognising_the_result_rejects_its_government():
    doc = run(
        "Il governo venezuelano ha proclamato la vittoria del presidente uscente.\n"
        "L'opposizione venezuelana non riconoscerà il risultato delle elezioni."
    )
    assert ("REJECT", "VENOPP", "VENGOV") in triples(doc, sector=True)


# ------------------------------------------------------------ quoted first person: the speaker acts


def test_quoted_we_will_protest_again_is_the_speakers_protest():
    doc = run(
        "Il governo francese ha presentato la riforma delle pensioni.\n"
        "«Se il Parlamento approverà la riforma, torneremo in piazza», ha detto il segretario dei sindacati francesi."
    )
    got = triples(doc, sector=True)
    assert ("PROTEST", "FRALAB", "FRAGOV") in got
    assert not [t for t in got if t[0] == "PROTEST" and t[1] == "FRALEG"]


def test_third_person_verb_in_a_quote_keeps_its_own_subject():
    doc = run("«La polizia turca ha arrestato tre giornalisti», ha detto il segretario dei sindacati francesi.")
    got = triples(doc, sector=True)
    assert [t for t in got if t[:2] == ("COERCE", "TURPOL")]
    assert not [t for t in got if t[0] == "COERCE" and t[1] == "FRALAB"]


# ------------------------------------------------------------ an agreement welcomed later


def test_welcoming_the_deal_is_support_for_its_parties():
    doc = run(
        "Il Marocco e la Mauritania hanno firmato ieri un accordo sulla pesca.\n"
        "L'Unione europea ha accolto con favore l'intesa."
    )
    got = triples(doc)
    assert ("SUPPORT", "EU", "MAR") in got and ("SUPPORT", "EU", "MRT") in got


def test_welcoming_with_no_agreement_told_before_adds_no_target():
    doc = run(
        "Il Marocco e la Mauritania hanno discusso ieri di pesca.\n"
        "L'Unione europea ha accolto con favore l'intesa."
    )
    assert not [t for t in triples(doc) if t[0] == "SUPPORT"]


# ------------------------------------------------------------ vetoes; a request supported by a third party


def test_vetoing_with_the_participle_posto():
    doc = run("La Francia ha posto il veto alla decisione dell'Unione europea.")
    assert ("REJECT", "FRA", "EU") in triples(doc)


def test_supporting_the_french_request_is_no_request_to_the_supporter():
    doc = run(
        "La Francia ha chiesto alla Commissione europea di rinviare il voto.\n"
        "La Polonia ha appoggiato la richiesta francese."
    )
    got = triples(doc)
    assert ("SUPPORT", "POL", "FRA") in got
    assert ("REQUEST", "FRA", "POL") not in got
    assert ("REQUEST", "FRA", "EU") in got
