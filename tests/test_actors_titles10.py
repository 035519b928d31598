"""Italian officials named again by a bare title after an articulated preposition ("l'ottimismo del premier",
"le critiche al ministro"): a mention of the holder named before, like "il premier" (session 10, real news: the
side of "l'avversario del premier" was lost). Our own sentences."""

from __future__ import annotations

import actorkit
from cronaca.model import Actor, Document


def run(text: str, date: str = "2024-05-10") -> Document:
    return actorkit.run(text, "it", date)


def holder_of(doc: Document, text: str, nth: int = 0) -> Actor | None:
    """The actor whose mentions include the nth occurrence of `text` in the document."""
    at, start = -1, -1
    for _ in range(nth + 1):
        start = doc.text.index(text, start + 1)
        at = start
    for a in doc.actors:
        if any(m.start == at and m.text == text for m in a.mentions):
            return a
    return None


def test_title_after_articulated_preposition_is_the_named_premier() -> None:
    doc = run("Il premier Marco Bellandi ha ottenuto la fiducia al Senato con 170 voti. I partiti della maggioranza "
              "hanno festeggiato in serata. Il Movimento 5 Stelle resta il più duro avversario del premier.")
    a = holder_of(doc, "premier", 1)
    assert a is not None and a.name == "Marco Bellandi"


def test_title_after_preposition_reaches_the_person_named_by_surname() -> None:
    # the title refers to "Presidente Ferraris", itself the surname of the full name given first
    doc = run("Il presidente della Repubblica Anna Ferraris ha ricevuto i capigruppo. Le opposizioni hanno poi "
              "criticato la Presidente Ferraris. Il leader di Azione ha espresso delusione nei confronti del Capo "
              "dello Stato.")
    a = holder_of(doc, "Capo dello Stato")
    assert a is not None and a.name == "Anna Ferraris"


def test_title_with_complement_keeps_its_own_office() -> None:
    # "dal presidente della Repubblica" is Italy's head of state, not the foreign president named just before
    doc = run("Il presidente del Cile, Andrés Fuentes Rojas, è arrivato ieri a Roma per una visita di Stato. "
              "Al Quirinale è stato ricevuto dal presidente della Repubblica, che ha ricordato i legami tra i due Paesi.")
    a = holder_of(doc, "presidente", 1)
    assert a is None or a.name != "Andrés Fuentes Rojas"


def test_bare_president_is_not_the_speaker_of_parliament() -> None:
    doc = run("I militari hanno deposto il presidente Samuel Kargbo e sciolto il governo. Il presidente del "
              "Parlamento, Aminata Sesay, è stato arrestato nella notte. La polizia ha disperso un corteo di "
              "sostenitori del presidente deposto.")
    a = holder_of(doc, "presidente", 2)
    assert a is None or a.name != "Aminata Sesay"


def test_guardasigilli_named_again_is_the_justice_minister() -> None:
    doc = run("Il Guardasigilli Piero Valsecchi ha presentato la riforma del processo penale. Le Camere penali hanno "
              "proclamato tre giorni di astensione. Il Guardasigilli ha poi convocato i sindacati degli avvocati.")
    a = holder_of(doc, "Guardasigilli", 1)
    assert a is not None and a.name == "Piero Valsecchi" and a.sector == "GOV"


def test_titolare_of_a_portfolio_is_the_minister_of_that_office() -> None:
    doc = run("Il ministro della Difesa Carla Orsenigo ha visitato la base di Sigonella. Il titolare della Difesa ha "
              "poi annunciato l'invio di due fregate nel Mar Rosso.")
    a = holder_of(doc, "titolare della Difesa")
    assert a is not None and a.name == "Carla Orsenigo"


def test_questore_of_a_city_is_the_story_country_police() -> None:
    doc = run("Scontri a Bologna tra ultras e agenti: la Digos ha identificato venti tifosi. Il questore di Bologna ha "
              "vietato la trasferta ai tifosi della squadra ospite, e il ministro dell'Interno ha approvato la scelta.")
    a = holder_of(doc, "questore")
    assert a is not None and a.country == "ITA" and a.sector == "POL"


def test_ex_before_the_dictionary_office_makes_the_holder_an_elite() -> None:
    # dated inside the dictionary's term: the text's "ex" says he has already left the office
    doc = run("La nomina arriva dopo le dimissioni dell'ex Governatore Antonio Fazio, indagato per abuso d'ufficio.",
              date="2005-06-01")
    a = holder_of(doc, "Antonio Fazio")
    assert a is not None and a.sector == "ELI"


def test_governor_in_office_keeps_his_sector() -> None:
    doc = run("Il Governatore Antonio Fazio ha difeso la Banca d'Italia davanti al Parlamento.", date="2005-06-01")
    a = holder_of(doc, "Antonio Fazio")
    assert a is not None and a.sector == "GOV"
