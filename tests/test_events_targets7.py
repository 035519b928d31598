"""Events, session seven (branch tgt7): targets. An accusation's or a request's own object is its
target; when that object is a party the article has no actor for ("the Speaker", "i senatori
moderati", "ai partner"), a country named inside the charge or inside what is asked is no target
(`events/addressees.py`, `lang/<l>/addressees.yaml`), and no fallback fills the gap. Sentences
written for these tests.
"""

from __future__ import annotations

import pytest

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import of_type, triples

PUB = "2025-03-12"


def run(text: str, lang: str) -> Document:
    return extract(text, lang=lang, date=PUB)


@pytest.mark.parametrize(
    "text,lang,content",
    [
        (
            "The Canadian prime minister accused the Speaker of holding Ukraine's reconstruction fund "
            "hostage to party politics.",
            "en",
            "UKR",
        ),
        (
            "La premier danese ha invitato i senatori moderati a «non abbandonare la Groenlandia» "
            "durante il voto di giovedì.",
            "it",
            "GRL",
        ),
        (
            "Il governo belga chiederà ai partner di inserire la Bielorussia nella lista nera.",
            "it",
            "BLR",
        ),
    ],
)
def test_a_country_inside_the_content_is_no_target(text, lang, content):
    got = triples(run(text, lang))
    assert not any(t == content for _typ, _s, t in got), got


def test_an_object_that_is_a_party_keeps_its_place():
    # the object is an actor: the charge's own party after "of" changes nothing
    got = triples(run("Poland accused Belarus of pushing migrants towards Lithuania.", "en"))
    assert ("ACCUSE", "POL", "BLR") in got
    assert ("ACCUSE", "POL", "LTU") not in got


def test_a_request_to_a_named_party_is_kept():
    got = triples(run("La Francia ha chiesto alla Germania di sostenere le sanzioni contro l'Iran.", "it"))
    assert ("REQUEST", "FRA", "DEU") in got


def test_no_fallback_fills_an_uncoded_object():
    # "the Speaker" has no actor: the next party named (Ukraine, in the charge) is not put back by
    # a fallback for a missing target
    doc = run(
        "The Canadian prime minister accused the Speaker of holding Ukraine's reconstruction fund "
        "hostage to party politics.",
        "en",
    )
    assert ("ACCUSE", "CAN", "UKR") not in triples(doc)
    assert not [e for e in of_type(doc, "ACCUSE") if e.target]


@pytest.mark.parametrize(
    "text,lang",
    [
        (
            "La Lituania ha definito lo schieramento delle truppe bielorusse al confine «una minaccia "
            "diretta alla sicurezza della regione».",
            "it",
        ),
        (
            "Lithuania condemned the deployment of Belarusian troops near the border as a direct threat "
            "to the region.",
            "en",
        ),
    ],
)
def test_a_deployment_is_done_by_the_troops_after_of(text, lang):
    doc = run(text, lang)
    got = triples(doc)
    # the troops deploy; the judgement is aimed at their country, never at the judge
    assert not any(typ == "MOBILIZE" and tgt == "BLR" for typ, _src, tgt in got), got
    assert ("ACCUSE", "LTU", "BLR") in got
