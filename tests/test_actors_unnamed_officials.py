"""Officials named only by role and nationality become person actors (actors stage, pass 5b).

Sentences written by us, in the style of Italian and English foreign-news copy."""

from __future__ import annotations

import pytest

import cronaca
from cronaca.actors import find_actors
from cronaca.analyze import analyze
from cronaca.model import Actor, Document, DocumentMeta


def run(text: str, lang: str = "it", date: str | None = "2024-03-13") -> Document:
    doc = Document(text=text, meta=DocumentMeta(id="t", lang=lang, date=date))
    analyze(doc)
    find_actors(doc)
    return doc


def officials(doc: Document) -> dict[str, Actor]:
    return {doc.text[m.start:m.end]: next(a for a in doc.actors if a.id == m.actor)
            for m in doc.mentions if m.source == "role"}


@pytest.mark.parametrize("lang,text,phrase,country,sector,role", [
    ("it", "Il ministro degli Esteri francese ha convocato ieri sera l'incaricato d'affari a Parigi.",
     "ministro degli Esteri francese", "FRA", "GOV", "foreign minister"),
    ("it", "Nel pomeriggio l'ambasciatore egiziano è stato ricevuto alla Farnesina per un colloquio.",
     "ambasciatore egiziano", "EGY", "GOV", "ambassador"),
    ("it", "Il portavoce del governo tedesco ha respinto le accuse arrivate da Mosca.",
     "portavoce del governo tedesco", "DEU", "GOV", "government spokesperson"),
    ("en", "The French foreign minister said on Monday that talks would resume next week.",
     "French foreign minister", "FRA", "GOV", "foreign minister"),
    ("en", "Officials said the Egyptian ambassador had been called in for an explanation.",
     "Egyptian ambassador", "EGY", "GOV", "ambassador"),
    ("en", "Iran's foreign minister warned that the deal could collapse within days.",
     "foreign minister", "IRN", "GOV", "foreign minister"),
])
def test_role_and_nationality_make_a_person(lang: str, text: str, phrase: str, country: str, sector: str,
                                            role: str) -> None:
    doc = run(text, lang)
    found = officials(doc)
    assert phrase in found, f"{phrase!r} not among {list(found)}"
    a = found[phrase]
    assert (a.kind, a.country, a.sector, a.role) == ("PER", country, sector, role)


def test_named_person_after_the_role_stays_the_person() -> None:
    doc = run("Il ministro degli Esteri francese Jean-Luc Marchand ha convocato l'ambasciatore russo.")
    assert "ministro degli Esteri francese" not in officials(doc)
    person = [a for a in doc.actors if a.kind == "PER" and "Marchand" in a.name]
    assert person and person[0].country == "FRA" and person[0].role == "foreign minister"
    assert "ambasciatore russo" in officials(doc)  # the other official is still one


def test_named_person_in_english_apposition_stays_the_person() -> None:
    doc = run("The German chancellor, Olaf Scholz, rejected the proposal on Thursday.", "en", "2023-05-04")
    assert "German chancellor" not in officials(doc)


def test_indefinite_role_is_no_actor() -> None:
    doc = run("Un ministro francese ha criticato la scelta del governo durante un convegno a Lione.")
    assert officials(doc) == {}


def test_repeated_phrase_is_one_actor_and_the_event_has_both_ends() -> None:
    text = ("Il ministro degli Esteri francese ha convocato l'ambasciatore egiziano. "
            "In serata il ministro degli Esteri francese ha poi incontrato la stampa.")
    doc = run(text)
    minister = [a for a in doc.actors if a.name == "Foreign Minister of France"]
    assert len(minister) == 1 and len(minister[0].mentions) == 2
    out = cronaca.extract(text, lang="it", date="2024-03-13")
    ids = {a.name: a.id for a in out.actors}
    assert any(ids.get("Foreign Minister of France") in e.source and ids.get("Ambassador of Egypt") in e.target
               for e in out.events)


def test_non_official_role_is_no_actor() -> None:
    doc = run("Il centrocampista brasiliano ha firmato ieri un contratto di tre anni con il club torinese.")
    assert officials(doc) == {}


def test_bare_role_after_the_named_holder_is_that_person() -> None:
    doc = run("Il presidente francese Emmanuel Macron ha ricevuto i sindacati. Il presidente francese ha poi "
              "chiesto una tregua.")
    assert officials(doc) == {}
    macron = [a for a in doc.actors if a.name.endswith("Macron")]
    assert macron and any(doc.text[s.start:s.end] == "presidente francese" for s in macron[0].mentions)
