"""Sides that real news leaves unnamed (events/unnamed.py): a passive deed opening its sentence,
arrests with no police named, a headline over its lead, judgements of an act told before in the
passive or after "per". Every sentence is our own, written in the style of the real reports where
these constructions were counted.
"""

from __future__ import annotations

from cronaca.pipeline import extract
from eventkit import triples


def _it(text: str):
    return extract(text, lang="it", date="2024-05-06")


def test_passive_opening_takes_previous_party_and_the_state_where_it_happened():
    doc = _it(
        "Lo scrittore turco Kemal Aydin è arrivato martedì in Grecia per un festival. "
        "È stato arrestato ieri mattina ad Atene."
    )
    assert ("COERCE", "GRC", "TUR") in triples(doc)


def test_passive_opening_with_agent_keeps_the_agent():
    doc = _it(
        "Tre attivisti turchi sono arrivati martedì in Grecia per un festival. "
        "Sono stati arrestati ieri mattina ad Atene dalla polizia greca."
    )
    assert ("COERCE", "GRCPOL", "TURCVL") in triples(doc, sector=True)


def test_passive_opening_number_must_agree():
    # "arrestato" is one person: the plural group before is not who was arrested
    doc = _it(
        "Centinaia di manifestanti hanno sfilato ieri per le strade di Atene. "
        "È stato arrestato in serata vicino al Parlamento."
    )
    assert not [e for e in doc.events if e.type == "COERCE"]


def test_arrest_ordered_by_prosecutors_is_theirs():
    doc = _it("Il leader dell'opposizione Ahmed Salem è stato arrestato ieri al Cairo su disposizione della procura egiziana.")
    assert ("COERCE", "EGYJUD", "EGYOPP") in triples(doc, sector=True)


def test_arrest_in_a_named_country_with_no_police_named():
    doc = _it("Il giornalista bielorusso Pavel Sokal è stato arrestato a Minsk, in Bielorussia, con l'accusa di propaganda.")
    assert ("COERCE", "BLR", "BLRMED") in triples(doc, sector=True)


def test_active_deed_with_unnamed_doer_gets_no_state_doer():
    # the subject did it, even when it is no actor of ours: no judiciary or polity put in its place
    doc = _it("Alcuni uomini armati hanno sequestrato ieri a Tripoli, in Libia, il console egiziano.")
    assert not [e for e in doc.events if e.type == "COERCE" and any(doc.actor(s).name == "Libya" for s in e.source)]


def test_headline_takes_the_sides_of_its_lead():
    doc = _it(
        "Nuove sanzioni contro Mosca\n"
        "L'Unione europea ha approvato ieri nuove sanzioni contro la Russia per la guerra in Ucraina.\n"
    )
    first_line = doc.text.index("\n")
    heads = [e for e in doc.events if e.type == "SANCTION" and e.trigger.start < first_line]
    assert heads and {doc.actor(s).igo for s in heads[0].source} == {"EU"}


def test_headline_with_another_doer_in_the_lead_is_left_alone():
    # the lead's sanctions are another side's: the headline's own side disagrees, nothing is copied
    doc = _it(
        "Sanzioni della Cina\n"
        "Gli Stati Uniti hanno approvato ieri nuove sanzioni contro l'Iran per il programma nucleare.\n"
    )
    first_line = doc.text.index("\n")
    assert not [e for e in doc.events if e.trigger.start < first_line]


def test_passive_judgement_of_an_attack_told_before():
    doc = _it("La Russia ha bombardato ieri la città di Kharkiv. L'attacco è stato condannato dall'Unione Europea.")
    assert ("ACCUSE", "EU", "RUS") in triples(doc)


def test_passive_judgement_of_arrests_told_before():
    doc = _it(
        "La polizia iraniana ha arrestato sedici attivisti a Teheran. "
        "Gli arresti sono stati criticati duramente da Amnesty International."
    )
    assert ("ACCUSE", "Amnesty International", "IRN") in triples(doc)


def test_judgement_with_its_cause_after_per():
    doc = _it("La Russia ha bombardato ieri la città di Kharkiv. La Francia ha espresso indignazione per l'attacco.")
    assert ("ACCUSE", "FRA", "RUS") in triples(doc)


def test_judgement_per_an_act_with_its_own_owner_is_not_looked_up():
    # "gli attacchi della coalizione": the owner is named there, not the last attacker told before
    doc = _it(
        "La Russia ha bombardato ieri la città di Kharkiv. "
        "La Cina ha espresso rammarico per gli attacchi della coalizione in Siria."
    )
    assert ("ACCUSE", "CHN", "RUS") not in triples(doc)


def test_document_subject_speaks_for_its_author():
    doc = _it("Un rapporto dell'Onu accusa il governo siriano di aver usato armi chimiche contro i civili.")
    assert ("ACCUSE", "UN", "SYR") in triples(doc)


def test_document_after_the_verb_is_no_subject():
    # "il governo ... ha respinto il rapporto dell'Onu": the government rejects, the Onu is the owner
    doc = _it("Il governo siriano ha respinto il rapporto dell'Onu sulle armi chimiche.")
    assert ("REJECT", "UN", "SYR") not in triples(doc)


def test_members_named_by_their_group_speak_for_it_in_a_mentre_clause():
    # the main clause lends its subject (the government) to the verb after "mentre": the phrase
    # "i deputati dell'opposizione" right before the verb group is that clause's own subject
    doc = _it(
        "Il governo iraniano ha confermato ieri i risultati delle elezioni, mentre i deputati "
        "dell'opposizione hanno duramente condannato la decisione del governo."
    )
    assert ("ACCUSE", "IRNOPP", "IRNGOV") in triples(doc, sector=True)
    assert ("ACCUSE", "IRNGOV", "IRNOPP") not in triples(doc, sector=True)
