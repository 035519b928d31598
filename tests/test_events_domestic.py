"""Domestic and material events (events/material.py, lang/<l>/domestic.yaml): prison sentences,
arrests with no doer named, protests that take "essere", counted subjects, protests against a
government's policy, threats whose infinitive names the deed; and words that only look like them.
Every sentence is our own, written in the style of news; through the whole pipeline, no mocks.
"""

from __future__ import annotations

import pytest

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import triples

PUB = "2024-05-06"


def run(text: str, lang: str) -> Document:
    return extract(text, lang=lang, date=PUB)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a prison sentence is the court's coercion, not a condemnation (ACCUSE)
        ("it", "Un tribunale russo ha condannato Alexei Navalny a 19 anni di carcere.", ("COERCE", "RUSJUD", "RUSOPP")),
        ("en", "Russia's Supreme Court sentenced Alexei Navalny to 19 years in prison.", ("COERCE", "RUSJUD", "RUSOPP")),
        # an arrest with no doer named: the state where it happens
        (
            "it",
            "Il leader dell'opposizione Alexei Navalny è stato arrestato ieri a Mosca, ha detto il ministero dell'Interno russo.",
            ("COERCE", "RUSGOV", "RUSOPP"),
        ),
        (
            "en",
            "Opposition leader Alexei Navalny was detained in Moscow on Monday, the Russian interior ministry said.",
            ("COERCE", "RUSGOV", "RUSOPP"),
        ),
        # ... the country of the place named, not the nationality of the one arrested
        ("it", "Alexei Navalny è stato arrestato in Georgia, ha detto il governo georgiano.", ("COERCE", "GEOGOV", "RUSOPP")),
        # protest verbs with "essere" are no passive; the target is what they protest against
        ("it", "I sindacati francesi sono scesi in piazza contro il governo di Emmanuel Macron.", ("PROTEST", "FRALAB", "FRAGOV")),
        (
            "it",
            "I sindacati francesi hanno scioperato contro la riforma delle pensioni del governo francese.",
            ("PROTEST", "FRALAB", "FRAGOV"),
        ),
        (
            "en",
            "British unions protested against the pension reform of the British government.",
            ("PROTEST", "GBRLAB", "GBRGOV"),
        ),
        # "thousands of protesters": the counted noun is the subject
        (
            "en",
            "Thousands of protesters took to the streets of Tbilisi against the Georgian government.",
            ("PROTEST", "GEOCVL", "GEOGOV"),
        ),
        # a threat whose infinitive names the deed is aimed at the deed's target
        ("it", "La Corea del Nord ha minacciato di colpire la Corea del Sud.", ("THREATEN", "PRK", "KOR")),
        ("en", "The Georgian government threatened to arrest Mikheil Saakashvili.", ("THREATEN", "GEOGOV", "GEOOPP")),
    ],
)
def test_domestic_events(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    doc = run(text, lang)
    assert expected in triples(doc, sector=True), [(e.type, e.trigger.text) for e in doc.events]


def test_sentence_is_not_a_condemnation() -> None:
    doc = run("Un tribunale russo ha condannato Alexei Navalny a 19 anni di carcere.", "it")
    assert not [e for e in doc.events if e.type == "ACCUSE"]


def test_threatened_deed_is_the_threat_content() -> None:
    # types8: in Italian the deed threatened is also kept, hypothetical (it/domestic.yaml
    # `threat_content_kept`, as the Italian gold annotates it); English keeps the threat only
    doc = run("La Corea del Nord ha minacciato di colpire la Corea del Sud.", "it")
    assert [e.type for e in doc.events] == ["THREATEN", "ASSAULT"]
    doc = run("North Korea threatened to strike South Korea.", "en")
    assert [e.type for e in doc.events] == ["THREATEN"]


def test_arrest_target_is_its_own_party() -> None:
    # the government named inside the phrase of another deed was attacked, not the one arresting
    doc = run("Sono state arrestate tre persone collegate all'attacco contro la sede del governo francese.", "it")
    assert not [e for e in doc.events if e.type == "COERCE"]


def test_one_protest_told_twice() -> None:
    # "scesi in piazza" with no named doer is the strike of the same sentence, not a second protest
    doc = run(
        "Migliaia di lavoratori sono scesi in piazza a Roma per lo sciopero proclamato dalla Cgil contro il governo Meloni.",
        "it",
    )
    protests = [e for e in doc.events if e.type == "PROTEST"]
    assert len(protests) == 1 and protests[0].source, [(e.trigger.text, e.source) for e in protests]


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        ("it", "Il Parlamento europeo ha censurato il ministro ungherese.", "COERCE"),  # a reprimand
        ("it", "Il governo francese ha fatto marcia indietro sulla riforma delle pensioni.", "PROTEST"),
        ("en", "Stocks rallied on Monday after the decision of the Federal Reserve.", "PROTEST"),
        ("it", "La crisi ha colpito i mercati europei e il governo italiano.", "COERCE"),
    ],
)
def test_look_alikes(lang: str, text: str, etype: str) -> None:
    doc = run(text, lang)
    assert not [e for e in doc.events if e.type == etype], [(e.type, e.trigger.text) for e in doc.events]


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        # a politician attacks with words
        ("it", "Matteo Salvini ha attaccato la Cgil durante il comizio di Milano.", "ACCUSE"),
        # an army attacks with arms
        ("it", "L'esercito israeliano ha attaccato Hamas nella Striscia di Gaza.", "ASSAULT"),
    ],
)
def test_verbal_attacks(lang: str, text: str, etype: str) -> None:
    doc = run(text, lang)
    assert [e.type for e in doc.events if e.trigger.text.startswith("attacc")] == [etype], [
        (e.type, e.trigger.text) for e in doc.events
    ]


def test_subject_after_a_protest_verb() -> None:
    # Italian puts the subject after the verb: the unions strike, they are not struck against
    doc = run("Sono scesi in piazza ieri i sindacati francesi contro il governo di Emmanuel Macron.", "it")
    assert ("PROTEST", "FRALAB", "FRAGOV") in triples(doc, sector=True)
    assert not [e for e in doc.events if e.type == "PROTEST" and not e.source]


def test_protest_in_front_of_a_seat_of_power() -> None:
    # "davanti all'Eliseo" says where, not against whom: the unions' protest is aimed at their
    # government by the domestic rule, and the seat of power is no doer of an official complaint
    doc = run("I sindacati francesi hanno protestato ieri davanti all'Eliseo.", "it")
    assert not [e for e in doc.events if e.type == "ACCUSE"], [(e.type, e.trigger.text) for e in doc.events]
    assert ("PROTEST", "FRALAB", "FRAGOV") in triples(doc, sector=True)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the threatened deed's target, for a noun too
        ("it", "La minaccia di Donald Trump di imporre dazi alla Cina preoccupa i mercati.", ("THREATEN", "USA", "CHN")),
        # the party whose act is the condition, not the country named nearby
        ("it", "L'Iran minaccia di chiudere lo stretto di Hormuz se gli Stati Uniti attaccheranno.", ("THREATEN", "IRN", "USA")),
        ("en", "The Kremlin warned that Russia would respond if NATO sent troops to Ukraine.", ("THREATEN", "RUS", "NATO")),
    ],
)
def test_threat_targets(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    doc = run(text, lang)
    assert expected in triples(doc), [(e.type, e.trigger.text) for e in doc.events]


def test_threatened_party_keeps_the_threat_and_the_deed_is_its_content() -> None:
    doc = run("Il presidente turco Recep Tayyip Erdogan ha minacciato la Svezia di bloccare l'ingresso nella Nato.", "it")
    assert ("THREATEN", "TUR", "SWE") in triples(doc)
    assert not [e for e in doc.events if e.type == "COERCE"]  # Sweden blocks nothing


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the deed noun after a passive names its doer
        ("it", "Tre soldati israeliani sono stati uccisi in un attacco di Hezbollah.", ("ASSAULT", "LBN", "ISR")),
        ("en", "Three Israeli soldiers were killed in an attack by Hezbollah.", ("ASSAULT", "LBN", "ISR")),
        # members of a group act for it
        ("it", "Miliziani di Hamas hanno ucciso tre soldati israeliani.", ("ASSAULT", "PSE", "ISR")),
    ],
)
def test_deed_doers(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    doc = run(text, lang)
    assert expected in triples(doc), [(e.type, e.trigger.text) for e in doc.events]


def test_deed_noun_of_another_type_names_no_doer() -> None:
    doc = run("Tre soldati israeliani sono stati uccisi in un incontro di Hezbollah.", "it")
    assert not [e for e in doc.events if e.type == "ASSAULT" and e.source]


def test_head_of_government_attacking_another_country_is_no_verbal_attack() -> None:
    doc = run("Vladimir Putin ha attaccato l'Ucraina.", "it")
    assert ("ASSAULT", "RUS", "UKR") in triples(doc)
