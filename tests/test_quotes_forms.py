"""Quotations in forms real articles use and our gold may lack: post-posed attributions with an
addressee or a channel ("..., a Hamas official told AFP."), "Lo ha detto X" after the statement,
"si legge in una nota di X", a pronoun or dropped subject after a sentence that named the speaker,
a post-posed "secondo X" after a cue. Every sentence is written for these tests.
"""

from __future__ import annotations

from cronaca.model import Document, Quote
from cronaca.pipeline import extract


def run(text: str, lang: str = "it") -> Document:
    return extract(text, lang=lang, date="2024-03-13")


def name(doc: Document, actor_id: str | None) -> str | None:
    a = doc.actor(actor_id)
    return a.name if a is not None else None


def find(doc: Document, fragment: str) -> Quote:
    for q in doc.quotes:
        if fragment in q.text:
            return q
    raise AssertionError(f"no quote with {fragment!r} in {[q.text for q in doc.quotes]}")


# ------------------------------------------------------------------------ post-posed with a tail


def test_post_posed_cue_followed_by_addressee() -> None:
    doc = run("The truce will hold until Friday, a Hamas official told AFP.", "en")
    q = find(doc, "The truce will hold until Friday")
    assert q.kind == "indirect"
    assert name(doc, q.speaker) == "Hamas"
    assert name(doc, q.addressee) == "AFP"


def test_post_posed_cue_followed_by_channel() -> None:
    doc = run("Budapest will block the aid package, Prime Minister Viktor Orban wrote on Facebook.", "en")
    q = find(doc, "Budapest will block the aid package")
    assert "Orb" in (name(doc, q.speaker) or "")
    assert q.channel is not None and "Facebook" in q.channel.text


def test_post_posed_body_is_not_the_previous_clause_subject() -> None:
    doc = run("The army has pulled out of the village, the ministry said in a statement.", "en")
    q = find(doc, "The army has pulled out of the village")
    assert name(doc, q.speaker) != "Army"


def test_comma_clause_without_a_final_cue_is_no_statement() -> None:
    doc = run("The talks ended on Monday, the ministry said the deal would be signed in May.", "en")
    assert not any(q.text.startswith("The talks ended") for q in doc.quotes)
