"""Sides of the commonest speech-act verbs (session 5): a finite verb coordinated after a request is
the requester's own act; an object the article cannot name as a party bounds the target search
before its "of/to/di/a" complement; a counted group ("entrambe le delegazioni") is never a list
that holds the one who addresses it. Sentences are our own, news style, through the whole pipeline."""

from __future__ import annotations

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import triples

PUB = "2024-05-06"


def run(text: str, lang: str) -> Document:
    return extract(text, lang=lang, date=PUB)


def test_finite_verb_after_request_is_the_requesters_act_it() -> None:
    doc = run("Il governo tedesco ha invitato la Serbia a ritirare le truppe e ha avvertito Belgrado.", "it")
    found = triples(doc)
    assert ("REQUEST", "DEU", "SRB") in found
    # "ha avvertito" shares the subject of "ha invitato": not what Serbia is asked to do
    assert ("THREATEN", "DEU", "SRB") in found, found


def test_infinitive_after_request_stays_its_content_it() -> None:
    doc = run("Il governo tedesco ha invitato la Serbia a ritirare le truppe dal confine.", "it")
    assert not [e for e in doc.events if e.type == "THREATEN"]
    assert ("REQUEST", "DEU", "SRB") in triples(doc)


def test_uncoded_addressee_bounds_the_request_en() -> None:
    doc = run("The European Commission urged platforms to remove false claims about the election in Moldova.", "en")
    # Moldova is inside what is asked of the platforms, not the one asked
    assert not any(t[0] == "REQUEST" and t[2] == "MDA" for t in triples(doc)), triples(doc)


def test_uncoded_addressee_bounds_the_request_it() -> None:
    doc = run("Il premier ungherese ha invitato gli imprenditori a investire in Cina.", "it")
    assert not any(t[0] == "REQUEST" and t[2] == "CHN" for t in triples(doc)), triples(doc)


def test_named_object_keeps_its_target_en() -> None:
    doc = run("The German chancellor accused Russia of sabotaging the talks.", "en")
    assert ("ACCUSE", "DEU", "RUS") in triples(doc)


def test_indefinite_object_is_no_addressee_en() -> None:
    doc = run("The French foreign minister accused China of a campaign to intimidate Taiwan.", "en")
    # "of a campaign" is no verb: the accused is China, the object right after the verb
    assert ("ACCUSE", "FRA", "CHN") in triples(doc)


def test_group_is_not_the_list_of_its_addresser_it() -> None:
    doc = run(
        "Israele e Hamas si sono scambiati ieri cinquanta prigionieri a Doha. L'inviato speciale "
        "dell'Onu ha ringraziato il Qatar per la mediazione e ha invitato entrambe le delegazioni a "
        "tornare al tavolo il mese prossimo.",
        "it",
    )
    found = {t for t in triples(doc) if t[0] == "REQUEST"}
    # the two delegations are not the envoy and Qatar, the pair his thanks named, but the two
    # sides of the exchange
    assert not any(t[2] == "QAT" for t in found), found
    assert ("REQUEST", "UN", "ISR") in found, found
