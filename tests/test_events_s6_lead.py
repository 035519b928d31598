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


def test_a_demand_told_without_its_author_gets_no_guessed_source() -> None:
    # the counterpart of the target in the story (Ukraine) is not who urged: nobody is named
    doc = _run(
        "Russian forces shelled Kharkiv on Monday, and Russia accused Ukraine of provocations. "
        "Russia was urged on Tuesday to withdraw its troops.",
        "en",
    )
    assert ("ACCUSE", "RUS", "UKR") in triples(doc)
    assert not [e for e in doc.events if e.type == "REQUEST"]


def test_a_missing_target_is_still_the_counterpart() -> None:
    # the other direction stays: a deployment told with its author only is aimed at the story's other side
    doc = _run(
        "Russian forces shelled Kharkiv on Monday. On Tuesday Russia deployed more troops, the governor said.",
        "en",
    )
    assert ("MOBILIZE", "RUS", "UKR") in triples(doc)
