"""Events, session nine (branch differ9): an emitted event with a wrong side. Two constructions
where the clause named the side and the nearest word won over it:

- an acronym in brackets after a name ("all'Organizzazione mondiale del commercio (Omc)", "to the
  World Health Organization (WHO)") is that name again, under the same preposition: it is no subject
  and no direct object of its own (`events/context.py` `_Ctx.gov`);
- a restrictive relative clause after a common noun ("una proposta che chiedeva ...", "a plan that
  would allow ...") has that thing as subject, not the main clause's subject (`events/subjects.py`,
  `discourse.yaml` `restrictive_relatives`); a government's own act ("una legge che vieta") keeps its
  author.

Sentences written for these tests.
"""

from __future__ import annotations

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import triples, typed

PUB = "2025-04-09"


def run(text: str, lang: str) -> Document:
    return extract(text, lang=lang, date=PUB)


# ------------------------------------------------------------ bracketed acronyms


def test_bracketed_acronym_is_not_the_subject_of_the_noun_phrase():
    doc = run(
        "Il Canada ha presentato ieri un ricorso all'Organizzazione mondiale del commercio (Wto) contro i "
        "dazi del 40 per cento imposti dalla Cina sulle auto canadesi.",
        "it",
    )
    sanctions = typed(doc, "SANCTION")
    assert sanctions, doc.events
    # the tariffs hit Canada, the clause's subject; the trade body in brackets is no side of them
    assert all("WTO" not in tgt for _, tgt, _ in sanctions)
    assert ("SANCTION", "CHN", "CAN") in triples(doc)


def test_bracketed_acronym_after_a_target_stays_a_target():
    doc = run(
        "Il governo argentino ha chiesto all'Organizzazione mondiale della sanità (Oms) di inviare una "
        "missione, mentre il Brasile (Bra) ha accusato l'Argentina di nascondere i dati.",
        "it",
    )
    # the acronym shares "all'": the request goes to the WHO, and Argentina stays its source
    assert ("REQUEST", "ARG", "WHO") in triples(doc)
    assert not any(src == ["WHO"] for src, _, _ in typed(doc, "REQUEST"))


# ------------------------------------------------------------ restrictive relatives


def test_relative_clause_of_a_thing_is_not_the_main_subjects_act():
    doc = run(
        "She said that Washington wanted an agreement that would allow a large increase in humanitarian "
        "aid reaching the residents of Gaza.",
        "en",
    )
    # the deal would allow the aid; Washington sends none in this sentence
    assert not typed(doc, "AID"), doc.events


def test_relative_clause_of_a_thing_in_italian():
    doc = run(
        "La Francia e la Germania hanno respinto ieri una proposta che chiedeva alla Polonia di "
        "ritirare le truppe dal confine.",
        "it",
    )
    # the proposal asked Poland; France and Germany rejected it and asked nothing
    assert not any(("REQUEST", src, "POL") in triples(doc) for src in ("FRA", "DEU"))


def test_a_law_that_bans_keeps_its_author():
    doc = run(
        "Il Parlamento ungherese ha approvato ieri una legge che vieta alle ong di ricevere "
        "finanziamenti dall'estero.",
        "it",
    )
    # a government's own act: the relative clause keeps the main subject, the parliament
    bans = typed(doc, "COERCE") + typed(doc, "SANCTION")
    assert any(src == ["HUN"] for src, _, _ in bans), doc.events


def test_complement_clause_keeps_the_speaker():
    doc = run(
        "Il ministro degli Esteri polacco ha detto ieri che chiederà alla Russia di ritirare le truppe.",
        "it",
    )
    # "che" after a verb opens a complement clause: the pro-drop verb is the speaker's
    assert ("REQUEST", "POL", "RUS") in triples(doc)


# ------------------------------------------------------------ a gerund's subject stands before it


def test_gerund_takes_no_subject_from_its_own_object():
    doc = run(
        "Secondo il quesito, gli elettori sono favorevoli all'ingresso nella Nato, accettando l'intesa "
        "tra la Serbia e il Kosovo?",
        "it",
    )
    # the parties after the gerund are what is accepted: neither accepts anything from the other
    assert not typed(doc, "CONCEDE"), doc.events
    assert ("AGREE", "SRB", "XKX") in triples(doc)
