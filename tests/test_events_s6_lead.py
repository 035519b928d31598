"""Sixth-session fixes by the lead: a verb that a conjunction and an auxiliary start anew after a
noun trigger of the same type is a second act, not a repetition of the noun."""

from __future__ import annotations

from cronaca.model import Document, DocumentMeta
from cronaca.pipeline import Pipeline
from eventkit import triples

_PIPE = Pipeline()


def _run(text: str, lang: str) -> Document:
    doc = Document(text=text, meta=DocumentMeta(id="t", lang=lang, date="2025-03-06"))
    return _PIPE(doc)


def test_rejected_charges_then_a_charge_of_ones_own() -> None:
    doc = _run(
        "Il governo di Belgrado ha respinto le critiche e ha accusato la Croazia di alimentare "
        "le tensioni lungo il confine.",
        "it",
    )
    assert ("ACCUSE", "SRB", "HRV") in triples(doc)
