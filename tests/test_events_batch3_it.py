"""Events, Italian batch three (branch ev-batch3-it): sides named away from the trigger and a few
trigger words, on sentences written for these tests (never taken from an article).
"""

from __future__ import annotations

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import triples

PUB = "2025-12-02"


def run(text: str) -> Document:
    return extract(text, lang="it", date=PUB)


# ------------------------------------------------------------ apposed passive participles


def test_apposed_participle_with_agent_is_a_passive():
    doc = run("Il Venezuela, accusato da Washington di proteggere i trafficanti, ha respinto ogni addebito.")
    got = triples(doc)
    assert ("ACCUSE", "USA", "VEN") in got
    assert ("ACCUSE", "VEN", "USA") not in got


# ------------------------------------------------------------ rejections of earlier claims


def test_ruling_out_what_the_opposition_asked_for():
    doc = run(
        "L'opposizione georgiana ha chiesto nuove elezioni entro la primavera.\n"
        "Il governo georgiano ha escluso ieri nuove elezioni."
    )
    assert ("REJECT", "GEOGOV", "GEOOPP") in triples(doc, sector=True)


def test_ruling_out_something_nobody_asked_for_is_no_event():
    doc = run(
        "L'opposizione georgiana ha chiesto nuove elezioni entro la primavera.\n"
        "Il governo georgiano ha escluso ieri un aumento delle tasse."
    )
    assert not [e for e in doc.events if e.type == "REJECT"]


def test_ruling_out_that_something_happens_is_speech():
    doc = run("Il governo georgiano ha escluso che l'opposizione possa vincere le elezioni.")
    assert not [e for e in doc.events if e.type == "REJECT"]


def test_rejected_criticism_names_its_author():
    doc = run("Il governo serbo ha respinto le critiche dell'Osce sulla legge elettorale.")
    assert ("REJECT", "SRB", "OSCE") in triples(doc)


def test_charges_rejected_sentences_later_go_back_to_the_accuser():
    doc = run(
        "L'opposizione armena ha accusato il governo armeno di brogli nelle elezioni di domenica.\n"
        "Il voto si è svolto in un clima teso.\n"
        "Secondo gli osservatori, l'affluenza è stata bassa.\n"
        "Il governo armeno ha respinto le accuse."
    )
    assert ("REJECT", "ARMGOV", "ARMOPP") in triples(doc, sector=True)


# ------------------------------------------------------------ domestic claims and protests


def test_opposition_charge_with_no_party_is_aimed_at_its_government():
    doc = run(
        "L'opposizione armena ha denunciato brogli e ha chiesto il riconteggio dei voti.\n"
        "Il governo armeno ha convocato una riunione straordinaria."
    )
    got = triples(doc, sector=True)
    assert ("ACCUSE", "ARMOPP", "ARMGOV") in got
    assert ("REQUEST", "ARMOPP", "ARMGOV") in got


def test_protesters_gathering_is_a_protest():
    doc = run(
        "Il governo serbo ha approvato la riforma.\n"
        "Ieri sera centinaia di manifestanti si sono radunati davanti al Parlamento di Belgrado."
    )
    assert [e for e in doc.events if e.type == "PROTEST"]


def test_fans_gathering_is_no_protest():
    doc = run(
        "Il governo serbo ha approvato la riforma.\n"
        "Ieri sera centinaia di tifosi si sono radunati davanti allo stadio di Belgrado."
    )
    assert not [e for e in doc.events if e.type == "PROTEST"]


# ------------------------------------------------------------ addressees and pairs


def test_capital_asked_to_act_is_its_country():
    doc = run("L'Unhcr ha chiesto a Roma di garantire che nessun migrante venga riportato in Libia.")
    assert ("REQUEST", "UN", "ITA") in triples(doc)


def test_deed_of_both_countries_is_aimed_at_each_other_not_the_mediator():
    doc = run(
        "Etiopia ed Eritrea hanno accettato ieri un cessate il fuoco dopo tre giorni di combattimenti.\n"
        "L'intesa, mediata dal Qatar, prevede la smobilitazione delle truppe di entrambi i Paesi lungo il confine."
    )
    got = triples(doc)
    assert not any(t[0] == "RETREAT" and "QAT" in t[1:] for t in got)


def test_apposed_official_acts_for_the_body_in_the_title():
    doc = run(
        "La presidente della Commissione elettorale georgiana, Ana Beridze, ha respinto le critiche dell'Osce."
    )
    assert ("REJECT", "GEOGOV", "OSCE") in triples(doc, sector=True)


# ------------------------------------------------------------ trigger words


def test_the_press_is_no_mediation():
    doc = run("Il governo turco ha imposto nuove restrizioni ai media indipendenti durante la campagna elettorale.")
    assert not [e for e in doc.events if e.type == "CONSULT"]


def test_preparing_an_offensive_is_a_build_up():
    doc = run("Secondo Kiev, la Russia starebbe preparando una nuova offensiva contro l'Ucraina.")
    got = triples(doc)
    assert ("MOBILIZE", "RUS", "UKR") in got
    assert ("ASSAULT", "RUS", "UKR") not in got


def test_objects_thrown_at_the_police_are_an_assault():
    doc = run("Durante il corteo a Belgrado alcuni studenti hanno lanciato sassi e bottiglie contro la polizia serba.")
    assert any(e.type == "ASSAULT" for e in doc.events)


def test_turning_to_a_court_is_a_lawsuit():
    doc = run(
        "Il governo spagnolo ha minacciato di ricorrere alla Corte di giustizia dell'Ue contro la decisione "
        "della Commissione europea."
    )
    assert ("ACCUSE", "ESP", "EU") in triples(doc)
