"""Words and senses of real Italian news that fired no event, or the wrong one (realtype8): wars and
armed conflicts between two named sides, coups and forced resignations, ignored appeals, court
challenges, uprisings, complaints and ousters (English), and the noun "negozio" (a shop) that the
lemma table sends to negoziare. Every sentence is our own.
"""

from __future__ import annotations

from cronaca.pipeline import extract
from eventkit import of_type, triples


def _it(text: str):
    return extract(text, lang="it", date="2024-05-06")


def test_war_between_two_named_countries_is_an_assault_both_ways():
    doc = _it("La guerra tra Etiopia ed Eritrea ha causato decine di migliaia di vittime.")
    got = triples(doc)
    assert ("ASSAULT", "ETH", "ERI") in got
    assert ("ASSAULT", "ERI", "ETH") in got


def test_war_with_no_sides_named_is_no_event():
    doc = _it("Il presidente francese ha ricordato a Parigi i caduti della seconda guerra mondiale.")
    assert not of_type(doc, "ASSAULT")


def test_armed_conflict_between_two_countries():
    doc = _it("Dopo il conflitto armato tra Armenia e Azerbaigian, il confine resta chiuso.")
    assert ("ASSAULT", "ARM", "AZE") in triples(doc)


def test_coup_by_the_army_against_the_president():
    doc = _it("L'esercito egiziano ha guidato il colpo di stato contro il presidente Mohamed Morsi.")
    coups = [e for e in of_type(doc, "COERCE") if e.trigger.text.startswith("colpo")]
    assert coups
    assert {doc.actor(a).sector for a in coups[0].source} == {"MIL"}
    assert [doc.actor(a).name for a in coups[0].target] == ["Mohamed Morsi"]


def test_golpe_of_the_military_against_the_president():
    doc = _it("Il golpe dei militari nigerini contro il presidente Mohamed Bazoum ha isolato Niamey.")
    assert [e for e in of_type(doc, "COERCE") if e.trigger.text == "golpe"]


def test_ignoring_an_appeal_is_a_refusal():
    doc = _it("Il governo israeliano ha ignorato gli appelli delle Nazioni Unite per una tregua.")
    assert ("REJECT", "ISR", "UN") in triples(doc)


def test_ignoring_an_ordinary_object_is_no_refusal():
    doc = _it(
        "Il governo israeliano ha ignorato il maltempo e ha confermato la cerimonia con le Nazioni Unite."
    )
    assert not of_type(doc, "REJECT")


def test_court_challenge_of_a_government_decree():
    doc = _it("La Cgil impugnerà il decreto del governo italiano sugli scioperi.")
    assert ("ACCUSE", "ITALAB", "ITAGOV") in triples(doc, sector=True)


def test_uprising_of_rebels_is_theirs():
    doc = _it("L'insurrezione dei ribelli houthi contro il governo yemenita continua da mesi.")
    events = of_type(doc, "PROTEST")
    assert events
    names = {doc.actor(a).name for e in events for a in e.source}
    assert any("Houthi" in n for n in names)


def test_a_shop_is_no_negotiation():
    doc = _it(
        "Il negozio di alimentari di un cittadino cinese a Prato è stato chiuso dalla polizia italiana."
    )
    assert not of_type(doc, "CONSULT")


def test_praise_by_the_verb_esaltare():
    doc = _it("Il presidente francese Emmanuel Macron ha esaltato il ruolo della Germania in Europa.")
    assert ("SUPPORT", "FRA", "DEU") in triples(doc)


def _en(text: str):
    return extract(text, lang="en", date="2024-05-06")


def test_complaint_over_tariffs_aims_at_their_author_not_the_venue():
    doc = _en(
        "Turkey lodged a complaint with the World Trade Organization on Wednesday over new European Union tariffs."
    )
    assert ("ACCUSE", "TUR", "EU") in triples(doc)
    assert ("ACCUSE", "TUR", "WTO") not in triples(doc)


def test_army_ousted_the_president():
    doc = _en("Niger's army ousted President Mohamed Bazoum in July.")
    assert [e for e in of_type(doc, "COERCE") if e.trigger.text == "ousted"]


def test_the_ousted_president_is_no_new_ouster():
    doc = _en("The ousted president Mohamed Bazoum met the French ambassador in Niamey.")
    assert not [e for e in of_type(doc, "COERCE") if e.trigger.text == "ousted"]


def test_ignoring_un_appeals_is_a_refusal():
    doc = _en("The Israeli government ignored the appeals of the United Nations for a ceasefire.")
    assert ("REJECT", "ISR", "UN") in triples(doc)
