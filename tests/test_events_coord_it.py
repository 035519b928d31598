"""Two acts in one Italian sentence told with coordinated verbs (events/coordination.py): the second
verb shares the first's subject and, through a shared object, an object pronoun, a meeting or a
counted group of unnamed people, its other side too."""

from __future__ import annotations

from cronaca.model import Document, DocumentMeta
from cronaca.pipeline import Pipeline
from eventkit import of_type, triples


def run(text: str, lang: str = "it") -> Document:
    doc = Document(text=text, meta=DocumentMeta(id="t", lang=lang, date="2025-03-12"))
    Pipeline()(doc)
    return doc


def test_shared_object_of_two_coordinated_verbs():
    doc = run("Il Giappone ha condannato e sanzionato la Corea del Nord per il lancio di un missile balistico.")
    got = triples(doc)
    assert ("ACCUSE", "JPN", "PRK") in got
    assert ("SANCTION", "JPN", "PRK") in got


def test_object_clitic_in_the_second_verb_group_is_the_first_object():
    doc = run("Il governo del Burkina Faso ha accusato l'ambasciatore francese di ingerenza e lo ha espulso.")
    assert ("SANCTION", "BFA", "FRA") in triples(doc)


def test_finite_verb_after_a_charge_is_coordinated_with_the_charge_verb():
    # "e ha espulso" goes with "ha accusato", not with the infinitive "fornire": Moscow expels
    doc = run("Mosca ha accusato Varsavia di fornire droni a Kiev e ha espulso un diplomatico polacco.")
    exp = of_type(doc, "SANCTION")
    assert exp, "the expulsion is read"
    names = {a.id: a for a in doc.actors}
    assert all(names[s].country == "RUS" for e in exp for s in e.source)


def test_signing_after_a_meeting_has_both_participants():
    doc = run("Il premier giapponese ha incontrato il presidente filippino a Manila e ha firmato un patto di difesa.")
    sign = [e for e in of_type(doc, "AGREE") if e.trigger.text.startswith("firmato")]
    assert sign and len(sign[0].source) == 2


def test_request_after_a_meeting_is_made_to_the_guest():
    doc = run("Il presidente ucraino ha ricevuto a Kiev il premier britannico e ha chiesto nuovi aiuti militari.")
    assert ("REQUEST", "UKR", "GBR") in triples(doc)


def test_request_after_a_meeting_keeps_its_own_addressee():
    doc = run("Il presidente ucraino ha ricevuto a Kiev il premier britannico e ha chiesto alla Nato nuovi aiuti.")
    got = triples(doc)
    assert ("REQUEST", "UKR", "NATO") in got
    assert ("REQUEST", "UKR", "GBR") not in got


def test_people_held_after_a_dispersal_are_the_crowd():
    doc = run(
        "La polizia bielorussa ha disperso il corteo dell'opposizione con gli idranti "
        "e ha fermato almeno quaranta persone."
    )
    held = [e for e in of_type(doc, "COERCE") if e.trigger.text.startswith("fermato")]
    assert held and held[0].target


def test_diplomats_expelled_after_a_summons_are_the_envoy_country():
    doc = run("Il governo lituano ha convocato l'ambasciatore bielorusso e ha espulso tre diplomatici.")
    assert ("SANCTION", "LTU", "BLR") in triples(doc)


def test_link_word_before_a_verb_group_keeps_the_main_subject():
    # the object of the first verb ("la Serbia") does not become the subject after "mentre"
    doc = run("L'Unione europea ha criticato la Serbia, mentre ha chiesto al Kosovo di ritirare le unità speciali.")
    got = triples(doc)
    assert any(t[0] == "REQUEST" and t[1] == "EU" for t in got)
    assert not any(t[0] == "REQUEST" and t[1] == "SRB" for t in got)


def test_pronoun_after_a_subordinator_names_the_crowd_before():
    doc = run(
        "Decine di manifestanti hanno occupato la piazza davanti al parlamento georgiano finché la polizia "
        "non li ha dispersi con i lacrimogeni."
    )
    assert [e for e in of_type(doc, "ASSAULT") if e.trigger.text.startswith("dispers")]


def test_people_arrested_in_a_gerund_after_a_dispersal_are_the_crowd():
    doc = run("La polizia turca ha disperso i manifestanti davanti al municipio, arrestando almeno cinquanta persone.")
    held = [e for e in of_type(doc, "COERCE") if e.trigger.text.startswith("arrestando")]
    assert held and held[0].target


def test_request_in_a_gerund_after_a_meeting_is_made_to_the_guest():
    doc = run("Il presidente moldavo ha ricevuto a Chisinau il premier rumeno, chiedendo nuovi aiuti energetici.")
    assert ("REQUEST", "MDA", "ROU") in triples(doc)
