"""Events, session eight (branch realnoun8): event nouns told in nominal style, as real news tells
them, and the sides the clause around them names: coordinated agents after "da parte di", a noun
that "arrives" from a party, a noun "expressed" by a party in the passive, the subject of a verb of
receiving as the target, and the deed a judgement noun is about, which is not the judge's own.
Sentences written for these tests.
"""

from __future__ import annotations

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import of_type, triples

PUB = "2024-05-06"


def run(text: str, lang: str = "it") -> Document:
    return extract(text, lang=lang, date=PUB)


def test_coordinated_agents_all_bomb() -> None:
    doc = run("Dopo il bombardamento della Libia da parte di Francia, Regno Unito e Stati Uniti, la Russia ha taciuto.")
    got = triples(doc)
    assert {("ASSAULT", "FRA", "LBY"), ("ASSAULT", "GBR", "LBY"), ("ASSAULT", "USA", "LBY")} <= got
    assert not any(t[1] == "RUS" for t in got)  # the list ends at "e Stati Uniti"


def test_agent_of_another_noun_is_not_the_judge() -> None:
    doc = run("Il governo tedesco ha espresso preoccupazione per gli arresti compiuti dalla polizia turca.")
    assert ("ACCUSE", "DEUGOV", "TURPOL") in triples(doc, sector=True)


def test_arrived_attacks_are_words_from_the_opposition() -> None:
    doc = run("Dalle forze di opposizione del Pd arrivano duri attacchi al governo Meloni.")
    assert ("ACCUSE", "ITAOPP", "ITAGOV") in triples(doc, sector=True)
    assert not of_type(doc, "ASSAULT")


def test_arrived_criticism_after_the_noun() -> None:
    doc = run("Critiche sono arrivate anche dal governo tedesco nei confronti di Pechino.")
    assert ("ACCUSE", "DEU", "CHN") in triples(doc)


def test_passive_auxiliary_venire_is_no_arrival() -> None:
    # "viene condannato da": a passive, the condemnation's agent is no arrival's party
    doc = run("L'attacco alla sede del Pd viene condannato dal governo Meloni.")
    assert not any(e.type == "ACCUSE" and e.trigger.text == "attacco" for e in doc.events)


def test_recipient_subject_is_the_target_of_the_criticism() -> None:
    doc = run("Putin ha ricevuto le critiche del Consiglio d'Europa.")
    got = triples(doc)
    assert ("ACCUSE", "COE", "RUS") in got
    assert ("ACCUSE", "RUS", "COE") not in got


def test_received_congratulations_are_support_not_a_meeting() -> None:
    doc = run("Il presidente Joe Biden ha ricevuto le congratulazioni del presidente Emmanuel Macron.")
    assert ("SUPPORT", "FRA", "USA") in triples(doc)
    assert not of_type(doc, "CONSULT")


def test_obtained_support_goes_to_the_subject() -> None:
    doc = run("Il governo Meloni ha ottenuto il sostegno della Lega.")
    assert ("SUPPORT", "ITAPTY", "ITAGOV") in triples(doc, sector=True)


def test_cause_of_a_judgement_is_not_the_judges_deed() -> None:
    doc = run("La Russia ha espresso la sua preoccupazione per gli attacchi della Nato.")
    got = triples(doc)
    assert ("ACCUSE", "RUS", "NATO") in got
    assert ("ASSAULT", "RUS", "NATO") not in got


def test_expressed_solidarity_passive_agent() -> None:
    doc = run("Solidarietà alla Francia è stata espressa dal presidente Sergio Mattarella.")
    assert ("SUPPORT", "ITA", "FRA") in triples(doc)


def test_verbal_attack_noun_across_borders_stays_force() -> None:
    doc = run("L'attacco di Hamas a Israele ha ucciso centinaia di civili.")
    assert any(e.type == "ASSAULT" for e in doc.events)
    assert not of_type(doc, "ACCUSE")


def test_english_coordinated_agents() -> None:
    doc = run("The bombing of Libya by France, Britain and the United States drew protests.", "en")
    got = triples(doc)
    assert {("ASSAULT", "FRA", "LBY"), ("ASSAULT", "GBR", "LBY"), ("ASSAULT", "USA", "LBY")} <= got


def test_english_criticism_came_from() -> None:
    doc = run("Strong criticism of the Italian government came from the European Commission.", "en")
    got = triples(doc)
    assert ("ACCUSE", "EU", "ITA") in got
    assert ("ACCUSE", "ITA", "EU") not in got


def test_english_received_congratulations() -> None:
    doc = run("Biden received the congratulations of French President Emmanuel Macron.", "en")
    assert ("SUPPORT", "FRA", "USA") in triples(doc)
    assert not of_type(doc, "CONSULT")


def test_italian_criticism_of_a_person_from_a_party() -> None:
    # "l'attacco di Schlein a Meloni" arriving from the Pd: Meloni is the target, never Schlein
    doc = run("Dal Pd arriva l'attacco di Elly Schlein a Giorgia Meloni.")
    got = triples(doc, sector=True)
    assert ("ACCUSE", "ITAOPP", "ITAGOV") in got
    assert not any(t[2] == "ITAOPP" for t in got)


def test_obtained_withdrawal_is_towards_the_recipient() -> None:
    doc = run("Il Niger, che dopo il colpo di Stato ha ottenuto il ritiro delle truppe francesi, si è avvicinato a Mosca.")
    got = triples(doc)
    assert ("RETREAT", "FRA", "NER") in got
    assert ("RETREAT", "FRA", "RUS") not in got


def test_withdrawal_from_a_place_is_no_agent() -> None:
    doc = run("La Francia ha ordinato il ritiro delle truppe dal Mali.")
    got = triples(doc)
    assert ("RETREAT", "FRA", "MLI") in got
    assert ("RETREAT", "MLI", "FRA") not in got


def test_frame_voted_confidence() -> None:
    doc = run("Il Senato italiano ha votato la fiducia al governo di Giorgia Meloni.")
    assert ("SUPPORT", "ITALEG", "ITAGOV") in triples(doc, sector=True)


def test_frame_obtained_confidence_from_the_chamber() -> None:
    doc = run("Giorgia Meloni ha incassato la fiducia del Senato italiano.")
    got = triples(doc, sector=True)
    assert ("SUPPORT", "ITALEG", "ITAGOV") in got
    assert ("SUPPORT", "ITAGOV", "ITALEG") not in got


def test_frame_needs_its_verb() -> None:
    # "fiducia" as a feeling is no vote of confidence
    doc = run("Il Senato italiano ha fiducia nel futuro del governo di Giorgia Meloni.")
    assert not of_type(doc, "SUPPORT")


def test_frame_put_at_disposal_is_aid() -> None:
    doc = run("Il governo italiano ha messo a disposizione della Francia le proprie basi.")
    assert ("AID", "ITA", "FRA") in triples(doc)


def test_frame_expressed_regret_over_attacks() -> None:
    doc = run("Cina, Russia e India hanno espresso il loro rammarico per gli attacchi della Nato.")
    got = triples(doc)
    assert {("ACCUSE", "CHN", "NATO"), ("ACCUSE", "RUS", "NATO"), ("ACCUSE", "IND", "NATO")} <= got
    assert not any(t[0] == "ASSAULT" and t[1] in ("CHN", "RUS", "IND") for t in got)


def test_english_concern_over_possessed_attacks() -> None:
    doc = run("Germany expressed concern over Russia's attacks on Kyiv.", "en")
    got = triples(doc)
    assert ("ACCUSE", "DEU", "RUS") in got
    assert ("ACCUSE", "DEU", "UKR") not in got


def test_italian_condemnation_of_demonym_bombing() -> None:
    doc = run("Israele ha colpito Gaza. La Germania ha espresso la sua condanna per i bombardamenti israeliani su Gaza.")
    got = triples(doc)
    assert ("ACCUSE", "DEU", "ISR") in got
    assert ("ACCUSE", "DEU", "PSE") not in got


def test_one_of_the_coordinated_doers_tells_the_act_again() -> None:
    doc = run(
        "Ieri sono iniziati i bombardamenti della Libia da parte di Francia, Regno Unito e Stati Uniti. "
        "È stata la Francia ad iniziare i bombardamenti intorno a Bengasi."
    )
    assaults = of_type(doc, "ASSAULT")
    assert len(assaults) == 1
    assert ("ASSAULT", "GBR", "LBY") in triples(doc)


def test_obtained_confidence_from_the_named_parliament() -> None:
    doc = run("Il Senato italiano si è riunito ieri. Giorgia Meloni ottiene la fiducia.")
    assert ("SUPPORT", "ITALEG", "ITAGOV") in triples(doc, sector=True)


def test_fronted_clause_gives_the_recipient() -> None:
    doc = run(
        "Il Senato italiano si è riunito ieri. Già in mattinata, prima di aver incassato la fiducia al "
        "Senato, la premier Giorgia Meloni si era mostrata fiduciosa."
    )
    assert ("SUPPORT", "ITALEG", "ITAGOV") in triples(doc, sector=True)
