"""Actor codes of event sides (session 9, second round): who owns a body named with another country's possessive
or demonym (our own sentences; the people are invented)."""

from __future__ import annotations

import actorkit
from actorkit import by_name
from cronaca.model import Document


def run(text: str, lang: str = "it", date: str = "2024-05-14") -> Document:
    return actorkit.run(text, lang, date)


# --- a possessive country owns the body named after it ---

def test_possessive_country_owns_ministry() -> None:
    doc = run("Canada expelled two diplomats on Monday. Canadian officials said the decision was final. "
              "Ottawa said it had evidence. India's Ministry of External Affairs rejected the allegations "
              "and accused Ottawa of harbouring extremists.", "en")
    assert by_name(doc, "Ministry of External Affairs").country == "IND"


# --- a national body the dictionary knows for one country, with another country's demonym ---

def test_foreign_demonym_makes_namesake_body_and_its_spokesman() -> None:
    doc = run("Philippine National Security Council spokesman Ramon Dizon said the vessels had rammed the boat.",
              "en")
    body = [a for a in doc.actors if a.name.startswith("National Security Council")]
    assert body and body[0].country == "PHL"
    assert by_name(doc, "Ramon Dizon").country == "PHL"


def test_same_country_demonym_keeps_dictionary_body() -> None:
    doc = run("The American National Security Council said the talks would resume.", "en")
    assert not any(a.country not in (None, "USA") for a in doc.actors if "Security Council" in a.name)
