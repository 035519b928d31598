"""Deeds inside accusations, sixth session (events/charges.py, lang/<l>/domestic.yaml `charge_deeds`,
`charge_links`, `charge_forms`): what the accused is charged with is the accused's deed, reported,
in Italian infinitives and participles after an auxiliary as in English gerunds. Every sentence is
our own, written in the style of news; through the whole pipeline, no mocks.
"""

from __future__ import annotations

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import code

PUB = "2024-05-06"


def run(text: str, lang: str) -> Document:
    return extract(text, lang=lang, date=PUB)


def told(doc: Document, trigger: str) -> list[tuple[str, set[str], set[str], str]]:
    """Type, sides (bare codes) and modality of every event whose trigger starts with `trigger`."""
    return [
        (e.type, {code(doc, a) for a in e.source}, {code(doc, a) for a in e.target}, e.modality)
        for e in doc.events
        if e.trigger.text.startswith(trigger)
    ]


def test_italian_infinitive_charge_is_the_accused_deed() -> None:
    doc = run("Israele ha accusato il Qatar di finanziare Hamas attraverso una rete di società.", "it")
    deeds = told(doc, "finanziare")
    assert len(deeds) == 1
    assert deeds[0][0] == "AID" and deeds[0][1] == {"QAT"} and deeds[0][3] == "reported"


def test_italian_participle_after_aver_in_quotes() -> None:
    doc = run("Il ministero della Difesa turco ha accusato Atene di aver «speronato deliberatamente» la motovedetta.", "it")
    # the boat is no party: the ramming is aimed at the accuser, as it says it was hit
    assert told(doc, "speronato") == [("ASSAULT", {"GRC"}, {"TUR"}, "reported")]


def test_italian_coordinated_participles_share_the_auxiliary() -> None:
    doc = run("Il ministro degli Esteri ucraino ha accusato l'Iran di aver armato e addestrato le truppe russe.", "it")
    aid = [e for e in doc.events if e.type == "AID"]
    assert aid and {code(doc, a) for a in aid[0].source} == {"IRN"}
    assert {code(doc, a) for a in aid[0].target} == {"RUS"}


def test_funding_protests_is_aimed_at_the_protesters_it() -> None:
    doc = run(
        "Migliaia di manifestanti sono scesi in piazza a Tbilisi contro il governo. "
        "Il premier georgiano ha poi accusato «forze straniere» di finanziare le proteste e ha minacciato di chiudere le ong.",
        "it",
    )
    assert told(doc, "finanziare") == [("AID", {"foreign forces"}, {"GEO"}, "reported")]
    # the protests named as the object are those told before, no protest of the accused
    assert not [e for e in doc.events if e.type == "PROTEST" and e.trigger.text == "proteste"]


def test_charge_ends_at_another_event_verb() -> None:
    doc = run(
        "Il presidente Zelensky ha accusato Mosca di aver sabotato il negoziato e ha chiesto agli alleati "
        "occidentali di fornire a Kiev nuovi sistemi di difesa aerea.",
        "it",
    )
    # "fornire" is what Kyiv asks its allies for, not a charge against Moscow
    assert not [e for e in doc.events if e.type == "AID" and "RUS" in {code(doc, a) for a in e.source}]


def test_english_supplying_with_is_aid_of_the_accused() -> None:
    doc = run("Sudan's army accused the United Arab Emirates of supplying the RSF with drones and ammunition.", "en")
    deeds = told(doc, "supplying")
    assert len(deeds) == 1
    assert deeds[0][0] == "AID" and deeds[0][1] == {"ARE"} and deeds[0][2] == {"SDN"} and deeds[0][3] == "reported"


def test_noun_after_di_is_no_charged_verb() -> None:
    # "armi" has the lemma of "armare" but is a noun here: no second AID from it
    doc = run("Il governo ha accusato la Bielorussia di armi e droni inviati ai separatisti.", "it")
    assert not [e for e in doc.events if e.type == "AID" and e.trigger.text == "armi"]


def test_attack_attributed_to_a_country_is_its_deed() -> None:
    doc = run(
        "L'Olanda ha attribuito ufficialmente alla Russia l'attacco informatico che ha paralizzato "
        "il porto di Rotterdam.",
        "it",
    )
    assault = [e for e in doc.events if e.type == "ASSAULT"]
    assert assault
    assert {code(doc, a) for a in assault[0].source} == {"RUS"}
    assert {code(doc, a) for a in assault[0].target} == {"NLD"}
