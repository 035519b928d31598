"""Lead's fixes of the fourth session: a title with "Stato" in it is no auxiliary; a legislature warned
of a condition is an audience, not a party threatened; a demonym right after an unnamed official's
mention belongs to the role ("il premier italiano"), so the official, not the bare country, is the side."""

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
