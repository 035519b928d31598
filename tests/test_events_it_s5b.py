"""Italian events of session five b, through the whole pipeline (no mocks), on sentences of our own:
own-side venues before the object (`events/venues.py`) and the subject and object of a gerund after
a comma (`events/gerunds.py`).
"""

from __future__ import annotations

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import typed as events

PUB = "2024-05-06"


def run(text: str) -> Document:
    return extract(text, lang="it", date=PUB)




# ------------------------------------------------------------------------------ venues


def test_summons_with_the_ministry_as_venue_keeps_the_envoy_as_target():
    doc = run("Il governo ha convocato ieri alla Farnesina l'ambasciatore russo.")
    assert (["ITA"], ["RUS"], "convocato") in events(doc, "ACCUSE")


def test_summons_with_no_venue_is_unchanged():
    doc = run("Il governo italiano ha convocato l'ambasciatore russo.")
    assert (["ITA"], ["RUS"], "convocato") in events(doc, "ACCUSE")


def test_an_addressee_of_another_side_is_no_venue():
    # "al governo tedesco" is the addressee, not a place of the act: the request stays aimed at it
    doc = run("Il ministro degli Esteri Antonio Tajani ha chiesto al governo tedesco di rivedere la decisione.")
    got = events(doc, "REQUEST")
    assert got and got[0][1] == ["DEU"]


# ------------------------------------------------------------------------------ gerunds


def test_gerund_label_takes_the_second_clause_subject_and_the_pronoun_object():
    doc = run(
        "Brasile e Colombia hanno offerto una mediazione. La leader dell'opposizione, María Corina Machado, "
        "ha accolto con favore la proposta, mentre il governo di Caracas ha respinto l'offerta, "
        "definendola «un'ingerenza inaccettabile»."
    )
    got = events(doc, "ACCUSE")
    assert (["VEN"], ["COL"], "definendola") in got or (["VEN"], ["BRA"], "definendola") in got
    assert not [e for e in got if e[2] == "definendola" and e[1] == ["VEN"]]


def test_gerund_after_an_opening_quotation_is_the_speaker_s_act():
    doc = run(
        "«Il Sudan è la più grave crisi umanitaria del pianeta», ha detto il coordinatore dell'Onu, "
        "Henrik Aaltonen, chiedendo all'esercito sudanese di garantire corridoi sicuri."
    )
    got = [e for e in events(doc, "REQUEST") if e[2] == "chiedendo"]
    assert got and got[0][0] == ["UN"]


# ------------------------------------------------------------------------------ apposed passives


def test_apposed_charge_with_a_titled_agent_and_a_listed_object():
    doc = run(
        "Il governo venezuelano ha ordinato l'espulsione dei diplomatici di Argentina, Cile e Uruguay, "
        "accusati dal presidente Nicolás Maduro di aver fomentato le proteste."
    )
    got = [e for e in events(doc, "ACCUSE") if e[2] == "accusati"]
    assert got and got[0][0] == ["VEN"]
    assert set(got[0][1]) == {"ARG", "CHL", "URY"}


def test_apposed_charge_with_no_agent_is_made_by_who_acted_on_the_object():
    doc = run(
        "Gli Stati Uniti hanno imposto sanzioni contro il ministro della Difesa venezuelano, Vladimir Padrino, "
        "accusato di aver represso le proteste."
    )
    got = [e for e in events(doc, "ACCUSE") if e[2] == "accusato"]
    assert got and got[0][0] == ["USA"] and got[0][1] == ["VEN"]


# ------------------------------------------------------------------------------ guards


def test_lowering_prices_is_no_attack():
    doc = run("Secondo Bruxelles, i sussidi di Pechino abbattono artificialmente i prezzi delle auto cinesi in Europa.")
    assert not events(doc, "ASSAULT")


# ------------------------------------------------------------------------------ talk outcomes


def test_agreement_reached_by_talks_is_between_the_talks_parties():
    doc = run(
        "Si è aperto ieri a Ginevra un nuovo round di colloqui tra le delegazioni di Armenia e Azerbaigian, "
        "che si è concluso in serata con un'intesa sul tracciato del confine."
    )
    got = events(doc, "AGREE")
    assert got and set(got[0][0]) == {"ARM", "AZE"}


def test_a_lone_agreement_keeps_needing_two_parties():
    doc = run("L'Armenia spera in un'intesa sul tracciato del confine entro l'estate.")
    assert not events(doc, "AGREE")
