"""Lead's fixes of the fourth session: a title with "Stato" in it is no auxiliary, and a legislature
warned of a condition is an audience, not a party threatened."""

from __future__ import annotations

from cronaca.model import Document, DocumentMeta
from cronaca.pipeline import Pipeline
from eventkit import triples


def run(text: str, lang: str = "it") -> Document:
    doc = Document(text=text, meta=DocumentMeta(id="t", lang=lang, date="2025-10-19"))
    Pipeline()(doc)
    return doc


def test_head_of_state_title_is_the_subject_not_a_passive():
    doc = run(
        "Il presidente ucraino Volodymyr Zelensky ha parlato ieri sera in televisione. "
        "Il capo dello Stato ha poi chiesto alla Germania di accelerare le consegne di munizioni."
    )
    assert ("REQUEST", "UKR", "DEU") in triples(doc)


def test_warning_lawmakers_of_a_condition_is_no_threat():
    doc = run(
        "President Joe Biden met congressional leaders on Monday. The treasury secretary warned lawmakers "
        "that the government would run out of cash if Congress did not raise the limit.",
        lang="en",
    )
    assert not [e for e in doc.events if e.type == "THREATEN"]
