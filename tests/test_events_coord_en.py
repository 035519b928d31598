"""Second acts in one English sentence (events/coordination.py): two verbs sharing an object, a
state's staff with no nationality after a first act against that state, a dispersal told through a
pronoun, two coordinated verbs of one type no longer folded at matching, a judged deed aimed at the
party the next act addresses. Sentences written for these tests."""

from __future__ import annotations

from cronaca.model import Document, DocumentMeta
from cronaca.pipeline import Pipeline
from eventkit import of_type, triples


def run(text: str) -> Document:
    doc = Document(text=text, meta=DocumentMeta(id="t", lang="en", date="2025-03-12"))
    Pipeline()(doc)
    return doc


def test_two_verbs_share_the_object():
    doc = run("The European Union condemned and sanctioned Russia over the poisoning of the activist.")
    got = triples(doc)
    assert ("ACCUSE", "EU", "RUS") in got
    assert ("SANCTION", "EU", "RUS") in got


def test_repeated_auxiliary_keeps_its_own_object():
    # the first verb has a prepositional object; the second names another party: nothing is shared
    doc = run("Canada has protested against the ruling and has urged Beijing to free the detained tourists.")
    assert ("REQUEST", "CAN", "CHN") in triples(doc)
    assert not [e for e in of_type(doc, "PROTEST") if e.target]


def test_expelled_diplomats_belong_to_the_state_summoned():
    doc = run("Latvia summoned the Belarusian ambassador on Tuesday and expelled three diplomats.")
    got = triples(doc)
    assert ("ACCUSE", "LVA", "BLR") in got
    assert ("SANCTION", "LVA", "BLR") in got


def test_expulsion_noun_after_a_summons():
    doc = run(
        "Lithuania summoned the Chinese charge d'affaires and announced the expulsion of two diplomats."
    )
    assert ("SANCTION", "LTU", "CHN") in triples(doc)


def test_dispersed_them_aims_at_the_protesters():
    doc = run(
        "Hundreds of Georgian students rallied outside parliament in Tbilisi until police dispersed them with water cannon."
    )
    coerce = of_type(doc, "COERCE")
    assert coerce, "the dispersal is read through the pronoun"
    targets = {doc.actor(t).name for e in coerce for t in e.target}
    assert targets and not any("arliament" in n for n in targets)


def test_coordinated_verbs_of_one_type_are_not_folded_at_matching():
    doc = run("Britain imposed sanctions on Iran and froze the assets of Syria's central bank.")
    got = triples(doc)
    assert ("SANCTION", "GBR", "IRN") in got
    assert ("SANCTION", "GBR", "SYR") in got


def test_welcomed_truce_aimed_at_the_parties_urged():
    doc = run(
        "The French foreign ministry welcomed the truce and urged Armenia and Azerbaijan to respect it."
    )
    got = triples(doc)
    assert ("SUPPORT", "FRA", "ARM") in got and ("SUPPORT", "FRA", "AZE") in got
    assert ("REQUEST", "FRA", "ARM") in got


def test_condemned_visit_then_sanctions_against_the_host():
    doc = run("China condemned the visit and announced sanctions against Taiwan's ruling party.")
    assert ("ACCUSE", "CHN", "TWN") in triples(doc)


def test_judged_deed_with_its_doer_named_keeps_it():
    # the condemned launch names its doer: the next act's addressee is no target of the condemnation
    doc = run("Japan condemned North Korea's missile launch and urged China to restrain Pyongyang.")
    got = triples(doc)
    assert ("ACCUSE", "JPN", "PRK") in got
    assert ("ACCUSE", "JPN", "CHN") not in got


def test_defended_a_body_then_accused_another():
    doc = run(
        "Polish Prime Minister Donald Tusk defended the Supreme Court and accused the European Commission of meddling."
    )
    got = triples(doc)
    assert [e for e in of_type(doc, "SUPPORT") if e.trigger.text == "defended"]
    assert ("ACCUSE", "POL", "EU") in got


def test_defending_a_city_is_no_support():
    doc = run("Ukrainian troops defended the city of Kharkiv for three weeks.")
    assert not of_type(doc, "SUPPORT")


def test_threatened_duties_after_measures_in_force():
    doc = run(
        "Washington imposed new tariffs on Brazilian steel on Monday. Brazil's trade minister said "
        'Brasilia "would impose matching duties on American goods". The European Union criticised the tariffs.'
    )
    got = triples(doc)
    assert ("SANCTION", "BRA", "USA") in got
    assert ("ACCUSE", "EU", "USA") in got
    assert ("ACCUSE", "EU", "BRA") not in got


def test_object_pronoun_of_the_second_verb_is_the_first_object():
    doc = run(
        "Belarusian police detained the Lithuanian consul in Grodno and later expelled him from the country."
    )
    assert ("SANCTION", "BLR", "LTU") in triples(doc)
