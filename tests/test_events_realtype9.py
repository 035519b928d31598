"""Wordings of real Italian news that fired no trigger (realtype9, KIND dev windows 031-040): appeals in
the plural, pressure and insistence by a party, treaties concluded, means put at a party's disposal,
a confidence vote taken away, demonstrations, boycotted meetings, buildings stormed. Every sentence
is our own.
"""

from __future__ import annotations

from cronaca.pipeline import extract
from eventkit import of_type, triples


def _it(text: str):
    return extract(text, lang="it", date="2024-05-06")


def test_plural_appeals_are_a_request_by_their_owner():
    doc = _it("Gli appelli delle Nazioni Unite a Israele sono rimasti senza risposta per settimane.")
    assert ("REQUEST", "UN", "ISR") in triples(doc)


def test_pressure_of_one_country_on_another_is_a_request():
    doc = _it("Le pressioni degli Stati Uniti sulla Turchia hanno sbloccato l'adesione della Svezia.")
    assert ("REQUEST", "USA", "TUR") in triples(doc)


def test_means_put_at_an_ally_s_disposal_are_aid():
    doc = _it("La Francia ha messo a disposizione dell'Ucraina dieci milioni di euro per la ricostruzione.")
    assert ("AID", "FRA", "UKR") in triples(doc)


def test_a_treaty_concluded_by_two_parties_is_an_agreement():
    doc = _it("Il governo libico e il governo italiano hanno stipulato un trattato sui flussi migratori.")
    assert ("AGREE", "LBY", "ITA") in triples(doc)


def test_stipulare_after_di_signs_nothing():
    doc = _it("Il governo libico ha rifiutato di stipulare il trattato proposto dal governo italiano.")
    assert not of_type(doc, "AGREE")


def test_taking_confidence_away_from_the_premier_is_a_refusal():
    doc = _it("Il Partito democratico ha sfiduciato il premier Enrico Letta dopo mesi di tensioni.")
    refusals = [e for e in of_type(doc, "REJECT") if e.trigger.text == "sfiduciato"]
    assert refusals
    assert [doc.actor(a).name for a in refusals[0].target] == ["Enrico Letta"]


def test_a_boycotted_meeting_is_a_protest_by_the_party_staying_away():
    doc = _it("Il Movimento 5 Stelle ha disertato l'incontro con il presidente Sergio Mattarella.")
    protests = [e for e in of_type(doc, "PROTEST") if e.trigger.text == "disertato"]
    assert protests
    assert [doc.actor(a).name for a in protests[0].source] == ["Movimento 5 Stelle"]


def test_storming_a_parliament_is_an_assault_on_it():
    doc = _it("Un gruppo di miliziani armati ha fatto irruzione nel parlamento tunisino durante la seduta.")
    storms = [e for e in of_type(doc, "ASSAULT") if e.trigger.text == "fatto irruzione"]
    assert storms
    assert {doc.actor(a).sector for a in storms[0].target} == {"LEG"}


def test_bursting_into_a_debate_is_no_assault():
    doc = _it("Il ministro Alfano irrompe nel dibattito sulle unioni civili con una circolare ai prefetti.")
    assert not of_type(doc, "ASSAULT")


def test_demonstrations_are_a_protest_but_a_demonstration_of_proof_is_not():
    doc = _it("Le dimostrazioni degli studenti iraniani contro il governo sono durate tre giorni.")
    assert [e for e in of_type(doc, "PROTEST") if e.trigger.text == "dimostrazioni"]
    doc = _it("A dimostrazione della sua buona fede, il governo iraniano ha liberato due giornalisti.")
    assert not of_type(doc, "PROTEST")
