"""Bare institution words every country shares ("Congress", "the Senate", "il Senato") are no evidence of
whose story it is: in a story about one foreign country they are that country's bodies, not the US's or
Italy's by dictionary default. Texts are our own."""

from __future__ import annotations

from cronaca.model import Document, DocumentMeta
from cronaca.pipeline import Pipeline

_PIPE = Pipeline()


def _actors(text: str, lang: str) -> dict[str, tuple[str | None, str | None]]:
    doc = Document(text=text, meta=DocumentMeta(id="t", lang=lang, date="2025-06-03"))
    _PIPE(doc)
    return {m.text: (a.country, a.sector) for a in doc.actors for m in a.mentions}


EN_FOREIGN = (
    "Chile's unions staged a nationwide strike on Monday against a pension overhaul that the government "
    "sent to Congress last month.\n"
    "Thousands marched in Santiago, and police detained dozens of protesters near the presidential palace.\n"
    "The Senate is due to vote on the bill next week, and opposition senators said Congress would reject it. "
    "Chile's labour minister said the government would not withdraw the reform."
)


def test_bare_congress_in_a_foreign_story_is_that_countrys() -> None:
    got = _actors(EN_FOREIGN, "en")
    assert got["Congress"] == ("CHL", "LEG")
    assert got["government"][0] == "CHL"
    assert got["Senate"][0] == "CHL"


def test_bare_congress_in_an_american_story_stays_the_us_congress() -> None:
    text = (
        "President Donald Trump urged Congress on Tuesday to pass the spending bill before the deadline. "
        "The Senate approved the measure, but Congress remains divided. "
        "Democrats in Washington said the United States could not afford another shutdown."
    )
    assert _actors(text, "en")["Congress"] == ("USA", "LEG")


def test_italian_senate_default_holds_in_an_italian_story() -> None:
    text = (
        "Il governo Meloni ha presentato al Senato la riforma della giustizia. Giorgia Meloni ha detto che il "
        "testo arriverà in aula entro l'estate. Il Senato dovrebbe votarlo a luglio."
    )
    assert _actors(text, "it")["Senato"][0] == "ITA"


def test_il_senato_in_a_story_about_another_country_is_its_senate() -> None:
    text = (
        "Migliaia di persone hanno manifestato a Santiago del Cile contro la riforma delle pensioni. Il "
        "governo cileno ha inviato il testo al Senato la settimana scorsa.\n"
        "In Cile i sindacati hanno annunciato un nuovo sciopero, mentre a Valparaíso il Senato discute il "
        "progetto. Secondo la stampa cilena, il voto è atteso entro giugno."
    )
    assert _actors(text, "it")["Senato"][0] == "CHL"
