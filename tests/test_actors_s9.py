"""Actor codes of event sides (session 9): the sector and country an official, a body or a movement gets, on
Italian and English sentences we wrote ourselves (the people are invented)."""

from __future__ import annotations

import pytest

import actorkit
from actorkit import by_name
from cronaca.model import Document


def run(text: str, lang: str = "it", date: str = "2024-05-14") -> Document:
    return actorkit.run(text, lang, date)


# --- a police chief is the police, not the government or nobody ---

@pytest.mark.parametrize("text, lang, name", [
    ("I militari hanno arrestato anche il capo della polizia, Ibrahim Sesay, che si era rifiutato di obbedire.",
     "it", "Ibrahim Sesay"),
    ("Il direttore della polizia kosovara, Arben Krasniqi, ha incontrato il comandante della missione.",
     "it", "Arben Krasniqi"),
    ("Police chief Daniel Otieno said the gunmen had fled towards the border.", "en", "Daniel Otieno"),
    ("The mission's commander, Kenyan police officer Peter Mwangi, appealed for more equipment.", "en", "Peter Mwangi"),
])
def test_police_officials_are_pol(text: str, lang: str, name: str) -> None:
    assert by_name(run(text, lang), name).sector == "POL"


# --- a generic office takes the sector of the institution it is held in ---

@pytest.mark.parametrize("text, lang, name, sector", [
    ("Army spokesman Khalid Osman accused the paramilitaries of shelling the market.", "en", "Khalid Osman", "MIL"),
    ("Il portavoce dell'esercito sudanese, Khalid Osman, ha accusato i paramilitari.", "it", "Khalid Osman", "MIL"),
    ("Il portavoce della polizia, Marco Neri, ha detto che due agenti sono rimasti feriti.", "it", "Marco Neri", "POL"),
    # the government's spokesman stays GOV
    ("Government spokesman Ali Rahimi said the talks had failed.", "en", "Ali Rahimi", "GOV"),
])
def test_office_takes_institution_sector(text: str, lang: str, name: str, sector: str) -> None:
    assert by_name(run(text, lang), name).sector == sector


# --- a parliamentary group leader speaks for the party named with the office ---

def test_capogruppo_of_a_party_is_the_party() -> None:
    doc = run("Dalla maggioranza, il capogruppo di Forza Italia alla Camera, Paolo Rinaldi, ha difeso il decreto.")
    person = by_name(doc, "Paolo Rinaldi")
    assert (person.country, person.sector) == ("ITA", "PTY")


def test_capogruppo_without_a_party_stays_legislature() -> None:
    doc = run("Il capogruppo alla Camera Paolo Rinaldi ha difeso il decreto.")
    assert by_name(doc, "Paolo Rinaldi").sector == "LEG"


# --- a participle between role and complement does not cut the role off its name ---

def test_participle_in_role_phrase() -> None:
    doc = run("La decisione aveva indotto il sottosegretario competente alle Finanze, Carlo Benvenuti, a disporre "
              "la rimozione del generale.")
    assert by_name(doc, "Carlo Benvenuti").sector == "GOV"


# --- an opening setting overrides the home-country guess for a bare office ---

def test_setting_beats_home_guess() -> None:
    doc = run("The Kremlin condemned the decision. In Kyiv, Foreign Minister Olena Hrytsenko thanked the leaders "
              "for their unity.", "en")
    person = by_name(doc, "Olena Hrytsenko")
    assert (person.country, person.sector) == ("UKR", "GOV")


# --- whom a body gathers says its sector, over its keyword ---

@pytest.mark.parametrize("text, name", [
    ("The Turkish Exporters Assembly urged the government to respond.", "Turkish Exporters Assembly"),
    ("The Brazilian Coffee Exporters Association urged the government to negotiate.",
     "Brazilian Coffee Exporters Association"),
])
def test_member_nouns_make_business_bodies(text: str, name: str) -> None:
    assert by_name(run(text, "en"), name).sector == "BUS"


# --- dated sectors: the Taliban in power are a government; the Palestinian Authority is one ---

@pytest.mark.parametrize("date, sector", [("2024-05-14", "GOV"), ("2010-03-01", "REB")])
def test_taliban_sector_by_date(date: str, sector: str) -> None:
    doc = run("The Taliban rejected the demands of Pakistan.", "en", date)
    assert by_name(doc, "Taliban").sector == sector


def test_palestinian_authority_is_a_government() -> None:
    doc = run("L'Autorità Nazionale Palestinese ha chiesto una riunione delle Nazioni Unite.")
    pa = by_name(doc, "Palestinian Authority")
    assert (pa.country, pa.sector) == ("PSE", "GOV")


# --- a bare family name links to a full name with a hyphenated given name ---

@pytest.mark.parametrize("text, lang, full", [
    ("Il presidente taiwanese Chen Wei-ming ha parlato ieri. «Non ci faremo intimidire», ha detto Chen.", "it",
     "Chen Wei-ming"),
    ("Opposition leader Park Ji-hoon was detained on Tuesday. Park said the decree was illegal.", "en", "Park Ji-hoon"),
])
def test_family_name_of_hyphenated_name(text: str, lang: str, full: str) -> None:
    doc = run(text, lang)
    person = by_name(doc, full)
    assert len(person.mentions) == 2
    assert not [a for a in doc.actors if a.name in ("Chen", "Park")]
