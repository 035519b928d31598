"""Events round two, Italian: patterns of Italian news language, on sentences written for these
tests (never taken from an article): what a request asks for is its content, not an act of its own.
"""

from __future__ import annotations

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import triples

PUB = "2025-03-18"


def run(text: str) -> Document:
    return extract(text, lang="it", date=PUB)


def types(doc: Document) -> list[str]:
    return [e.type for e in doc.events]


# -------------------------------------------------------------- a request's content


def test_infinitive_asked_of_someone_is_the_requests_content():
    doc = run(
        "Il presidente ucraino Volodymyr Zelensky ha chiesto alla Germania di inviare nuovi sistemi "
        "di difesa aerea entro l'estate."
    )
    assert ("REQUEST", "UKR", "DEU") in triples(doc)
    # the sending is what Kyiv asks for, not an aid delivery by Germany
    assert "AID" not in types(doc)


def test_withdrawal_asked_of_a_leader_is_no_retreat():
    doc = run("Il premier israeliano Benjamin Netanyahu ha chiesto a Guterres di ritirare i caschi blu dal Libano.")
    assert ("REQUEST", "ISR", "UN") in triples(doc)
    assert "RETREAT" not in types(doc)


def test_charged_deed_is_still_done_by_the_accused():
    # an accusation's infinitive is the charge: kept, with the accused as its doer
    doc = run(
        "Il ministro degli Esteri ucraino Dmytro Kuleba ha accusato la Russia di bombardare i porti "
        "dell'Ucraina."
    )
    assert ("ACCUSE", "UKR", "RUS") in triples(doc)
    assert ("ASSAULT", "RUS", "UKR") in triples(doc)


# -------------------------------------------------------------- asking for an end to a deed


def test_asking_for_the_end_of_attacks_targets_the_attacker():
    doc = run(
        "Nella notte l'esercito russo ha bombardato la centrale di Zaporizhzhia. "
        "Germania e Polonia hanno chiesto in un comunicato congiunto la fine immediata dei bombardamenti."
    )
    t = triples(doc)
    assert ("REQUEST", "DEU", "RUS") in t and ("REQUEST", "POL", "RUS") in t
    # the requesters do not bomb anyone
    assert not any(s in ("DEU", "POL") for (ty, s, _) in t if ty == "ASSAULT")


def test_the_attacker_told_as_fact_wins_over_one_only_claimed():
    doc = run(
        "Le forze israeliane hanno colpito ieri una postazione dei caschi blu nel sud del Libano. "
        "Il governo israeliano ha accusato Hezbollah di lanciare razzi dalla zona. "
        "Irlanda e Spagna hanno chiesto la cessazione degli attacchi contro i contingenti europei."
    )
    t = triples(doc)
    assert ("REQUEST", "IRL", "ISR") in t
    assert ("REQUEST", "IRL", "LBN") not in t


def test_a_request_with_someone_asked_keeps_its_target():
    doc = run(
        "L'aviazione russa ha bombardato Kharkiv. "
        "Il governo francese ha chiesto alla Turchia la fine dei bombardamenti."
    )
    assert ("REQUEST", "FRA", "TUR") in triples(doc)


# -------------------------------------------------------------- clitic addressees


def test_accusing_clitic_points_to_the_previous_subject_not_the_complement():
    doc = run(
        "Il premier ungherese Viktor Orbán ha incontrato il presidente russo Vladimir Putin a Mosca. "
        "Il cancelliere tedesco Olaf Scholz lo ha accusato di tradire l'Unione europea."
    )
    t = triples(doc)
    assert ("ACCUSE", "DEU", "HUN") in t
    assert ("ACCUSE", "DEU", "EU") not in t


def test_dative_clitic_after_a_call_is_the_other_party():
    # the previous subject is the requester himself: the clitic stands for the one he called
    doc = run(
        "Il presidente ucraino Volodymyr Zelensky ha telefonato al cancelliere tedesco Olaf Scholz. "
        "Gli ha chiesto di inviare altri sistemi di difesa aerea."
    )
    assert ("REQUEST", "UKR", "DEU") in triples(doc)


def test_sentence_opening_article_is_no_clitic():
    # "La denuncia" opens a noun phrase, with no auxiliary after "La": no addressee from it
    doc = run(
        "Il sindacato dei magistrati ha criticato il ministro della Giustizia. "
        "La denuncia riguarda i ritardi nei tribunali."
    )
    assert not any(e.type == "ACCUSE" and len(e.target) and e.trigger.text == "denuncia" for e in doc.events)
