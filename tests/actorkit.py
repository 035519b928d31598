"""Shared helpers of the actors tests: run the stages up to actors, find an actor by a mention.

Imported by the test modules (pytest puts tests/ on the path): `from actorkit import run, with_mention`.
"""

from __future__ import annotations

from cronaca.actors import find_actors
from cronaca.analyze import analyze
from cronaca.model import Actor, Document, DocumentMeta


def run(text: str, lang: str = "it", date: str = "2024-05-06", title: str | None = None) -> Document:
    """analyze + actors on `text`; every mention is checked against its offsets."""
    doc = Document(text=text, meta=DocumentMeta(id="t", lang=lang, date=date, title=title))
    analyze(doc)
    find_actors(doc)
    for a in doc.actors:
        for m in a.mentions:
            assert doc.text[m.start : m.end] == m.text
    return doc


def with_mention(doc: Document, text: str) -> Actor | None:
    """The actor one of whose mentions reads `text`, if any."""
    return next((a for a in doc.actors if any(m.text == text for m in a.mentions)), None)


def actor_at(doc: Document, mention: str, after: str = "") -> Actor | None:
    """The actor of the first mention `mention` found after the text `after`."""
    start = doc.text.index(after) if after else 0
    for a in doc.actors:
        if any(m.text == mention and m.start >= start for m in a.mentions):
            return a
    return None


def by_name(doc: Document, name: str) -> Actor:
    """The actor named `name`; fails the test, listing the names, when there is none."""
    found = [a for a in doc.actors if a.name == name]
    assert found, f"{name!r} not among {[a.name for a in doc.actors]}"
    return found[0]
