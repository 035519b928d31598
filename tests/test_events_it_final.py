"""Events, Italian final batch (branch ev-it-final): general constructions behind the misses on the
newer development articles, on sentences written for these tests (never taken from an article).
"""

from __future__ import annotations

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import triples

PUB = "2025-12-02"


def run(text: str) -> Document:
    return extract(text, lang="it", date=PUB)


# ------------------------------------------------------------ "..., tra cui X": the named members


def test_arrest_targets_named_after_tra_cui():
    doc = run("La polizia turca ha arrestato ieri a Istanbul dodici persone, tra cui tre giornalisti.")
    assert ("COERCE", "TURPOL", "TURMED") in triples(doc, sector=True)


def test_arrest_targets_after_tra_i_quali_with_words_before_the_name():
    doc = run("La polizia egiziana ha fermato trenta persone, fra le quali due esponenti dell'opposizione.")
    assert ("COERCE", "EGYPOL", "EGYOPP") in triples(doc, sector=True)


def test_tra_cui_after_a_verb_of_no_event_adds_nothing():
    doc = run("Il ministro turco ha elencato ieri dodici priorità, tra cui la sicurezza dei giornalisti.")
    assert not [t for t in triples(doc, sector=True) if t[2] == "TURMED"]
