"""Sectors of people who hold an office in a body, and unnamed state actors ("le autorità turche", "Iranian
officials"), on Italian and English sentences we wrote ourselves (the people are invented)."""

from __future__ import annotations

import pytest

from cronaca import extract
from cronaca.actors import find_actors
from cronaca.analyze import analyze
from cronaca.model import Actor, Document, DocumentMeta


def run(text: str, lang: str = "it") -> Document:
    doc = Document(text=text, meta=DocumentMeta(id="t", lang=lang, date="2024-05-14"))
    analyze(doc)
    find_actors(doc)
    return doc


def by_name(doc: Document, name: str) -> Actor:
    found = [a for a in doc.actors if a.name == name]
    assert found, f"{name!r} not among {[a.name for a in doc.actors]}"
    return found[0]


def with_mention(doc: Document, text: str) -> Actor:
    found = [a for a in doc.actors if any(doc.text[m.start:m.end] == text for m in a.mentions)]
    assert found, f"no actor with mention {text!r} among {[a.name for a in doc.actors]}"
    return found[0]


# --- an office held in a body takes the body's sector, not the default GOV of "presidente" ---

@pytest.mark.parametrize("text, name, country, sector", [
    ("Il presidente dell'Anm Marco Ferretti ha definito la riforma un attacco all'autonomia dei giudici.",
     "Marco Ferretti", "ITA", "JUD"),
    ("Il vicepresidente del Csm Luca Marchetti ha invitato le forze politiche a evitare toni da campagna elettorale.",
     "Luca Marchetti", "ITA", "JUD"),
    ("Marco Ferretti, presidente dell'Anm, ha annunciato che i magistrati valuteranno una giornata di sciopero.",
     "Marco Ferretti", "ITA", "JUD"),
    ("Il portavoce della Cgil Davide Rinaldi ha confermato lo sciopero dei trasporti di venerdì.",
     "Davide Rinaldi", "ITA", "LAB"),
    ("Il presidente di Confindustria Andrea Valli ha chiesto al governo di tagliare il costo del lavoro.",
     "Andrea Valli", "ITA", "BUS"),
])
def test_it_office_takes_body_sector(text: str, name: str, country: str, sector: str) -> None:
    a = by_name(run(text), name)
    assert (a.country, a.sector) == (country, sector)


def test_it_office_in_ngo() -> None:
    a = by_name(run("Il portavoce di Amnesty International Paolo Gentile ha condannato gli arresti di Istanbul."),
                "Paolo Gentile")
    assert a.sector == "NGO"


def test_it_office_without_body_keeps_role_sector() -> None:
    # no body after the role: "presidente" with a demonym is still the head of a state
    a = by_name(run("Il presidente georgiano Levan Beridze ha firmato il decreto sulle elezioni anticipate."),
                "Levan Beridze")
    assert (a.country, a.sector) == ("GEO", "GOV")


def test_it_office_in_igo_body() -> None:
    a = by_name(run("La presidente della Commissione europea Carla Mancini ha telefonato al premier polacco."),
                "Carla Mancini")
    assert a.igo == "EU" and a.country is None


@pytest.mark.parametrize("text, name, sector", [
    ("Amnesty International spokesman Thomas Reed condemned the arrests of the journalists.", "Thomas Reed", "NGO"),
    ("The president of the Trades Union Congress, Helen Marsh, said the strike would go ahead.", "Helen Marsh",
     "LAB"),
])
def test_en_office_takes_body_sector(text: str, name: str, sector: str) -> None:
    assert by_name(run(text, "en"), name).sector == sector


def test_en_national_security_council_is_not_the_un() -> None:
    doc = run("National Security Council spokesman Brian Holt said the call had been frank.", "en")
    a = by_name(doc, "Brian Holt")
    assert a.igo is None and a.sector == "GOV"
    assert by_name(doc, "National Security Council").country == "USA"


# --- "the X authorities", "funzionari russi": the state of X as an actor ---

@pytest.mark.parametrize("text, mention, country, sector", [
    ("Le autorità turche hanno fermato tre reporter all'aeroporto di Ankara.", "autorità turche", "TUR", "GOV"),
    ("Funzionari russi hanno negato qualsiasi coinvolgimento nel sabotaggio del gasdotto.", "Funzionari russi",
     "RUS", "GOV"),
    ("Ieri le autorità tedesche hanno espulso due diplomatici.", "autorità tedesche", "DEU", "GOV"),
    ("La polizia georgiana ha sgomberato il presidio davanti al parlamento.", "polizia georgiana", "GEO", "POL"),
    ("L'esercito sudanese ha ripreso il controllo del ponte sul Nilo.", "esercito sudanese", "SDN", "MIL"),
])
def test_it_state_groups(text: str, mention: str, country: str, sector: str) -> None:
    a = with_mention(run(text), mention)
    assert (a.country, a.sector, a.kind) == (country, sector, "ORG")


@pytest.mark.parametrize("text, mention, country", [
    ("The Georgian authorities detained dozens of demonstrators overnight.", "Georgian authorities", "GEO"),
    ("Iranian officials dismissed the report as Western propaganda.", "Iranian officials", "IRN"),
])
def test_en_state_groups(text: str, mention: str, country: str) -> None:
    a = with_mention(run(text, "en"), mention)
    assert (a.country, a.sector) == (country, "GOV")


def test_authorities_without_country_are_no_actor() -> None:
    doc = run("Secondo le autorità regionali, le scuole resteranno chiuse fino a lunedì.")
    assert not any("autorità" in doc.text[m.start:m.end] for a in doc.actors for m in a.mentions)


def test_capitalized_name_opened_by_authority_word_stays_a_name() -> None:
    doc = run("L'Autorità Nazionale Palestinese ha respinto il piano.")
    assert not any(a.name.startswith("Authorities") for a in doc.actors)


def test_authorities_are_an_event_side() -> None:
    out = extract("Le autorità iraniane hanno accusato Washington di sostenere le proteste.", lang="it",
                  date="2024-05-14")
    d = out if isinstance(out, dict) else out.to_dict()
    actors = {a["id"]: a for a in d["actors"]}
    sides = [(actors[s]["country"], actors[s]["sector"]) for e in d["events"] if e["type"] == "ACCUSE"
             for s in e["source"]]
    assert ("IRN", "GOV") in sides
