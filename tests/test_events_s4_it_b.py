"""Events, Italian session four (branch ev-it-b): sides recalled from what a judgement is about, the
gerund that says whom a rejection answers, a welcomed truce told paragraphs before, and the subject
of a relative clause, on sentences written for these tests (never taken from an article).
"""

from __future__ import annotations

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import triples

PUB = "2025-03-14"


def run(text: str) -> Document:
    return extract(text, lang="it", date=PUB)


# ------------------------------------------------------------ acts judged by name


def test_request_judged_by_name_is_aimed_at_who_asked():
    doc = run(
        "Il governo serbo ha chiesto all'Unione europea di sospendere i fondi destinati a Zagabria.\n"
        "Il premier croato ha definito la richiesta «una provocazione»."
    )
    assert ("ACCUSE", "HRV", "SRB") in triples(doc)


def test_request_judged_by_name_with_its_owner_named():
    doc = run("Il ministro degli Esteri armeno ha respinto la proposta dell'Azerbaigian sul corridoio.")
    assert ("REJECT", "ARM", "AZE") in triples(doc)


def test_judged_request_never_aimed_at_the_judges_own_side():
    doc = run(
        "Il ministro degli Esteri greco ha chiesto più fondi per i controlli alle frontiere.\n"
        "Il governo greco ha definito la richiesta «ragionevole»."
    )
    assert not any(t[0] in ("ACCUSE", "SUPPORT") for t in triples(doc))


def test_judged_request_too_far_back_is_left_alone():
    doc = run(
        "La Turchia ha chiesto alla Svezia l'estradizione di dieci attivisti.\n"
        "Il vertice si è aperto in un clima teso.\n"
        "Le delegazioni si sono riunite a porte chiuse.\n"
        "I lavori sono proseguiti fino a sera.\n"
        "Il ministro svedese ha definito la richiesta «inaccettabile»."
    )
    assert ("ACCUSE", "SWE", "TUR") not in triples(doc)


# ------------------------------------------------------------ a rejection answered by a gerund charge


def test_rejection_followed_by_a_gerund_charge_is_aimed_at_the_accused():
    doc = run("Il governo ungherese ha respinto le critiche, accusando la Commissione europea di ingerenza.")
    got = triples(doc)
    assert ("REJECT", "HUN", "EU") in got
    assert ("ACCUSE", "HUN", "EU") in got


def test_humanitarian_organisations_are_a_side():
    doc = run("Il ministro libico ha respinto le critiche, accusando le organizzazioni umanitarie di favorire i trafficanti.")
    got = triples(doc)
    assert ("ACCUSE", "lby", "ngos") in {(t[0], t[1].lower(), t[2].lower()) for t in got}


def test_rejection_of_a_named_critic_keeps_the_critic():
    doc = run(
        "La Commissione europea ha accusato Budapest di violare lo Stato di diritto.\n"
        "Il governo ungherese ha respinto le critiche, accusando le ong di ingerenza."
    )
    got = triples(doc)
    assert ("REJECT", "HUN", "EU") in got
    assert not any(t[0] == "REJECT" and t[2].lower() == "ngos" for t in got)


def test_gerund_of_another_kind_does_not_give_the_rejection_a_target():
    doc = run("Il governo ungherese ha respinto le critiche, ricordando il voto del Parlamento europeo.")
    assert not any(t[0] == "REJECT" for t in triples(doc))


# ------------------------------------------------------------ a settlement welcomed later


def test_truce_welcomed_paragraphs_later_is_aimed_at_its_parties():
    doc = run(
        "Armenia e Azerbaigian hanno accettato ieri un cessate il fuoco lungo il confine.\n"
        "La notte è trascorsa senza incidenti.\n"
        "Le scuole della zona hanno riaperto.\n"
        "Nei villaggi la situazione resta tesa.\n"
        "Il segretario generale dell'Onu ha accolto con favore l'intesa."
    )
    got = triples(doc)
    assert ("SUPPORT", "UN", "ARM") in got
    assert ("SUPPORT", "UN", "AZE") in got


def test_welcomed_agreement_with_no_settlement_before_has_no_target():
    doc = run(
        "La Francia ha annunciato nuovi investimenti in Senegal.\n"
        "Il segretario generale dell'Onu ha accolto con favore l'intesa."
    )
    assert not any(t[0] == "SUPPORT" and t[1] == "UN" for t in triples(doc))


# ------------------------------------------------------------ relative clauses


def test_relative_clause_after_a_governed_party_takes_it_as_subject():
    doc = run("Alcuni dimostranti hanno lanciato pietre contro la polizia turca, che ha arrestato venti attivisti.")
    got = triples(doc, sector=True)
    assert ("COERCE", "TURPOL", "TURCVL") in got
    assert not any(t[0] == "COERCE" and t[1] == "TURCVL" for t in got)


def test_relative_clause_after_a_direct_object_is_unchanged():
    doc = run(
        "Il ministro degli Esteri russo ha incontrato a Pechino il collega cinese Wang Yi, che ha accusato "
        "gli Stati Uniti di alimentare le tensioni."
    )
    assert ("ACCUSE", "CHN", "USA") in triples(doc)


# ------------------------------------------------------------ coordinated subjects


def test_coordinated_subject_noun_and_name_of_the_houthis():
    doc = run("Il governo yemenita e i ribelli Houthi hanno concluso ieri uno scambio di prigionieri a Ginevra.")
    got = triples(doc, sector=True)
    assert ("RETREAT", "YEMGOV", "YEMREB") in got
    assert ("RETREAT", "YEMREB", "YEMGOV") in got


# ------------------------------------------------------------ charges told as the source of the news


def test_charge_told_as_the_source_of_the_news_is_aimed_at_the_doer():
    doc = run("Secondo quanto denunciato da Amnesty International, la polizia egiziana ha arrestato decine di attivisti.")
    got = triples(doc)
    assert ("ACCUSE", "Amnesty International", "EGY") in got
    assert not any(t[0] == "ACCUSE" and t[1] == "EGY" for t in got)


def test_charge_verb_with_its_own_object_is_left_alone():
    doc = run(
        "Come ogni anno, Human Rights Watch ha denunciato la polizia egiziana per le torture nelle carceri."
    )
    got = triples(doc)
    assert ("ACCUSE", "Human Rights Watch", "EGY") in got


# ------------------------------------------------------------ deeds an agreement provides for


def test_deed_provided_by_an_agreement_is_done_by_the_other_party():
    doc = run(
        "Francia e Marocco hanno firmato ieri a Rabat un accordo di difesa, che prevede la consegna di "
        "dodici elicotteri all'esercito marocchino."
    )
    got = triples(doc)
    assert ("AID", "FRA", "MAR") in got
    assert ("AID", "MAR", "FRA") not in got


def test_deed_provided_by_a_plan_far_from_the_agreement_takes_no_party_from_it():
    doc = run(
        "Francia e Marocco hanno firmato ieri un accordo di difesa.\n"
        "La cerimonia si è svolta a Rabat alla presenza dei due ministri.\n"
        "Nel frattempo un piano dell'Unione africana prevede la consegna di aiuti all'esercito del Mali."
    )
    assert not any(t[0] == "AID" and t[1] in ("FRA", "MAR") for t in triples(doc))
