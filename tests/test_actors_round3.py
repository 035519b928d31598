"""Actors stage, third round: the home country of a bare "il governo", collective names, unions, armed groups,
"Europa" acting as the EU, national councils. News-style sentences we wrote ourselves."""

from __future__ import annotations

from cronaca.actors import find_actors
from cronaca.analyze import analyze
from cronaca.model import Actor, Document, DocumentMeta


def run(text: str, lang: str = "it", date: str = "2023-05-10") -> Document:
    doc = Document(text=text, meta=DocumentMeta(id="t", lang=lang, date=date))
    analyze(doc)
    find_actors(doc)
    for m in doc.mentions:
        assert doc.text[m.start:m.end] == m.text
    return doc


def actor_of(doc: Document, text: str, nth: int = 0) -> Actor:
    ms = [m for m in doc.mentions if m.text == text]
    assert len(ms) > nth, f"{text!r} not among {[m.text for m in doc.mentions]}"
    return next(a for a in doc.actors if a.id == ms[nth].actor)


def test_bare_government_takes_the_only_country_whose_leaders_are_named() -> None:
    doc = run("Rishi Sunak ha difeso la riforma. Il governo ha annunciato nuove misure per gli ospedali.")
    assert actor_of(doc, "governo").country == "GBR"
    doc = run("Downing Street said the government would publish the bill next week.", "en")
    assert actor_of(doc, "government").country == "GBR"


def test_bare_government_stays_open_with_two_countries_leaders() -> None:
    doc = run("Rishi Sunak ha incontrato Emmanuel Macron a Parigi. Il governo ha smentito le indiscrezioni.")
    assert actor_of(doc, "governo").country is None
    doc = run("The government denied the reports. Sunak and Macron met in Paris.", "en")
    assert actor_of(doc, "government").country is None
