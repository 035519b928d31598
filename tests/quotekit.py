"""Shared helpers of the speaker tests: run the whole pipeline, find a quotation by a fragment of
its text, and its speaker's actor.

Imported by the test modules (pytest puts tests/ on the path): `from quotekit import find, run, who`.
"""

from __future__ import annotations

from cronaca.model import Actor, Document, Quote
from cronaca.pipeline import extract


def run(text: str, lang: str = "it") -> Document:
    return extract(text, lang=lang, date="2024-05-06")


def find(doc: Document, fragment: str) -> Quote:
    for q in doc.quotes:
        if fragment in q.text:
            return q
    raise AssertionError(f"no quote with {fragment!r}: {[q.text for q in doc.quotes]}")


def who(doc: Document, fragment: str) -> Actor | None:
    q = find(doc, fragment)
    return doc.actor(q.speaker) if q.speaker else None
