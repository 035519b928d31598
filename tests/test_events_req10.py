"""Requests and charges whose side was left empty or swapped (session 10, branch req10): an open
appeal of the opposition is aimed at its own government (events/backrefs.py `_opposition_appeals`);
a contact relative after a coordinated object ("X and two firms it accuses of") is the main doer's
charge (events/clauses.py `_contact_relatives`).
Every sentence is our own, written in the style of the reports where these constructions were
counted.
"""

from __future__ import annotations

from cronaca.pipeline import extract
from eventkit import triples


def test_opposition_open_demand_is_aimed_at_its_government_en():
    doc = extract(
        "The Portuguese government of Luís Montenegro lost a confidence vote on Tuesday. "
        "The Portuguese opposition demanded early elections within two months.",
        lang="en",
        date="2024-05-06",
    )
    assert ("REQUEST", "PRTOPP", "PRTGOV") in triples(doc, sector=True)


def test_opposition_open_demand_is_aimed_at_its_government_it():
    doc = extract(
        "Il governo portoghese di Luís Montenegro è stato sfiduciato martedì dal Parlamento. "
        "L'opposizione portoghese ha chiesto nuove elezioni entro due mesi.",
        lang="it",
        date="2024-05-06",
    )
    assert ("REQUEST", "PRTOPP", "PRTGOV") in triples(doc, sector=True)


def test_open_demand_of_a_ministry_stays_open():
    # the government itself asking for something names no one: no target is guessed for it
    doc = extract(
        "Il governo portoghese di Luís Montenegro ha chiesto nuove regole sui bilanci.",
        lang="it",
        date="2024-05-06",
    )
    assert not [e for e in doc.events if e.type == "REQUEST" and e.target]


def test_contact_relative_after_a_coordinated_object_keeps_the_sanctioner_as_accuser():
    # "X and two companies it accuses of ...": the first conjunct names the accused, "it" the sanctioner
    doc = extract(
        "The European Union imposed sanctions on Monday on 12 Iranian officials and three shipping "
        "firms it accuses of supplying drones to Russia.",
        lang="en",
        date="2024-05-06",
    )
    charges = [t for t in triples(doc) if t[0] == "ACCUSE"]
    assert charges == [("ACCUSE", "EU", "IRN")]


def test_deed_noun_before_the_pronoun_keeps_the_accused_after_on():
    # "attacks it blamed on X": the charge names its accused after the verb; the deed noun before
    # "it" is what is charged, not the accused
    doc = extract(
        "Lithuania closed the Russian consulate in Klaipeda after a series of sabotage attacks it "
        "blamed on Russian military intelligence.",
        lang="en",
        date="2024-05-06",
    )
    assert ("ACCUSE", "LTU", "RUSMIL") in triples(doc, sector=True)
