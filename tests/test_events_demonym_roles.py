"""A demonym right after an unnamed official's mention belongs to the role ("il premier italiano"), so
the official, not the bare country, is the event's side."""

from __future__ import annotations

from cronaca.model import Document, DocumentMeta
from cronaca.pipeline import Pipeline
from eventkit import triples


def run(text: str, lang: str = "it") -> Document:
    doc = Document(text=text, meta=DocumentMeta(id="t", lang=lang, date="2025-10-19"))
    Pipeline()(doc)
    return doc


def test_role_with_demonym_meets_as_the_official():
    doc = run(
        "Il premier italiano ha incontrato il presidente francese a Roma. "
        "L'Italia e la Francia hanno poi firmato un accordo sull'energia."
    )
    meet = next(e for e in doc.events if e.trigger.text == "incontrato")
    names = {doc.actor(a).name for a in meet.source}
    assert names == {"Prime Minister of Italy", "President of France"}
    assert ("CONSULT", "ITAGOV", "FRAGOV") in triples(doc, sector=True)


def test_demonym_after_a_plain_noun_still_stands_for_its_country():
    doc = run("La Russia ha ammassato truppe al confine. Le truppe russe hanno attaccato l'Ucraina all'alba.")
    assert ("ASSAULT", "RUS", "UKR") in triples(doc)
