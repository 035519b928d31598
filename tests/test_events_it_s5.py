"""Italian speech acts of session five, through the whole pipeline (no mocks), on sentences of our own:
quoted labels (`events/labels.py`), warnings with a consequence, purpose clauses (`events/purposes.py`).
"""

from __future__ import annotations

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import typed as events

PUB = "2024-05-06"


def run(text: str) -> Document:
    return extract(text, lang="it", date=PUB)




# ------------------------------------------------------------------------------ quoted labels


def test_quoted_label_of_a_body_is_an_accusation():
    doc = run(
        "Il premier ungherese Viktor Orbán ha definito la Commissione europea «una macchina "
        "burocratica al servizio di pochi»."
    )
    assert events(doc, "ACCUSE") == [(["HUN"], ["EU"], "definito")]


def test_praising_label_is_no_accusation():
    doc = run("Il premier ungherese Viktor Orbán ha definito l'incontro con Xi Jinping «franco e costruttivo».")
    assert events(doc, "ACCUSE") == []


def test_label_glued_to_a_gerund_aims_at_whom_the_rejected_criticism_came_from():
    doc = run(
        "Il premier polacco Donald Tusk ha respinto le critiche della Germania, definendole "
        "«una manovra elettorale»."
    )
    assert (["POL"], ["DEU"], "definendole") in events(doc, "ACCUSE")


def test_claims_labelled_unfounded_are_rejected_not_accused():
    doc = run("Il Cremlino ha respinto le accuse dell'Ucraina, definendole «prive di qualsiasi fondamento».")
    assert events(doc, "ACCUSE") == []
    assert events(doc, "REJECT") == [(["RUS"], ["UKR"], "respinto")]


def test_speaking_of_a_quoted_phrase_needs_a_blaming_word():
    doc = run("Il ministro degli Esteri ucraino Dmytro Kuleba ha parlato di «un incontro utile» con la Cina.")
    assert events(doc, "ACCUSE") == []


def test_reflexive_label_is_no_accusation():
    doc = run("Il presidente turco Recep Tayyip Erdoğan si è definito «un uomo di pace» davanti alla Russia.")
    assert events(doc, "ACCUSE") == []


# ---------------------------------------------------------------------------- purpose clauses


def test_request_after_a_summons_is_the_summoner_s():
    doc = run(
        "Il ministero degli Esteri italiano ha convocato l'ambasciatore russo per chiedere "
        "spiegazioni sulle minacce."
    )
    assert events(doc, "REQUEST") == [(["ITA"], ["RUS"], "chiedere")]


def test_request_after_a_street_protest_is_the_protesters():
    doc = run(
        "Migliaia di agricoltori francesi sono scesi in piazza a Parigi per chiedere al governo "
        "di ritirare la riforma."
    )
    protest = events(doc, "PROTEST")
    request = events(doc, "REQUEST")
    assert len(protest) == 1 and len(request) == 1
    assert request[0][0] == protest[0][0] and request[0][1] == ["FRA"]


def test_coordinated_purpose_infinitive_shares_the_purpose():
    doc = run(
        "Il ministero degli Esteri giapponese ha convocato l'ambasciatore cinese per esprimere la "
        "«ferma protesta» di Tokyo e chiedere a Pechino di fermare le incursioni."
    )
    assert (["JPN"], ["CHN"], "chiedere") in events(doc, "REQUEST")


# ------------------------------------------------------------------- warnings with a next move


def test_warning_of_the_speaker_s_own_move_is_a_threat_at_whom_it_falls_on():
    doc = run(
        "Un portavoce del ministero del Commercio cinese ha avvertito che la Cina adotterà «tutte le "
        "misure necessarie» contro il Canada."
    )
    assert events(doc, "THREATEN") == [(["CHN"], ["CAN"], "avvertito")]


def test_warning_that_the_police_will_act_threatens_the_protesters():
    doc = run(
        "Il ministro dell'Interno kirghiso ha avvertito che la polizia non tollererà manifestazioni "
        "dell'opposizione."
    )
    threats = events(doc, "THREATEN")
    assert len(threats) == 1 and threats[0][0] == ["KGZ"] and threats[0][2] == "avvertito"
    by = {a.id: a for a in doc.actors}
    threat = next(e for e in doc.events if e.type == "THREATEN")
    assert [by[x].sector for x in threat.target] == ["OPP"]


def test_warning_of_a_third_party_s_move_reports_a_risk():
    doc = run("Il ministro degli Esteri tedesco ha avvertito che la Russia potrebbe attaccare la Moldova.")
    assert events(doc, "THREATEN") == []


def test_warning_with_no_move_announced_is_no_event():
    doc = run("Il ministro degli Esteri tedesco ha avvertito che la situazione in Moldova resta tesa.")
    assert events(doc, "THREATEN") == []


# ----------------------------------------------------------- bodies named by a bare definite noun


def test_bare_executive_accused_by_the_opposition_is_its_government():
    doc = run(
        "Il governo italiano ha approvato il decreto sulle pensioni. Il Partito democratico ha "
        "accusato l'esecutivo di aver ignorato i sindacati."
    )
    by = {a.id: a for a in doc.actors}
    accuse = [e for e in doc.events if e.type == "ACCUSE"]
    assert len(accuse) == 1
    assert [(by[x].country, by[x].sector) for x in accuse[0].target] == [("ITA", "GOV")]


def test_bare_junta_urged_is_the_junta_named_before():
    doc = run(
        "La giunta militare del Myanmar ha arrestato tre giornalisti. Il segretario generale "
        "dell'Onu ha esortato la giunta a liberarli subito."
    )
    assert events(doc, "REQUEST") == [(["UN"], ["MMR"], "esortato")]


def test_government_with_its_owner_named_is_left_to_the_actors_stage():
    doc = run("Il ministro degli Esteri francese ha accusato il governo di Kiev di ritardare i negoziati.")
    assert all(t == ["UKR"] for _, t, _ in events(doc, "ACCUSE"))


def test_not_ruling_out_a_military_response_is_a_threat():
    doc = run("Il Cremlino non ha escluso una risposta militare contro la Polonia.")
    assert events(doc, "THREATEN") == [(["RUS"], ["POL"], "escluso")]
    assert events(doc, "REJECT") == []


def test_not_ruling_out_a_reshuffle_is_no_threat():
    doc = run("Il governo francese non ha escluso un rimpasto contro la Germania.")
    assert events(doc, "THREATEN") == []
