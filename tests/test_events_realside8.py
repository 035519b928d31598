"""Sides of acts that real reports tell without naming them in the act's own clause (realside8):
crowd control told as a bare noun after a protest or a clash (events/crowds.py), and a symmetric
noun that names its own parties inside another clause (events/between.py). Every sentence is our
own, written in the style of the reports where these constructions were counted.
"""

from __future__ import annotations

from cronaca.pipeline import extract
from eventkit import of_type, triples


def _it(text: str):
    return extract(text, lang="it", date="2024-05-06")


def test_arrests_after_a_clash_are_the_police_on_the_crowd():
    doc = _it("Sabato sera a Tbilisi violenti scontri tra manifestanti e polizia, con oltre cento arresti.")
    assert ("COERCE", "GEOPOL", "GEOCVL") in triples(doc, sector=True)


def test_arrests_in_the_sentence_after_a_protest():
    doc = _it(
        "Migliaia di studenti hanno protestato ieri a Belgrado contro il governo serbo. "
        "Numerosi gli arresti nella notte."
    )
    arrests = of_type(doc, "COERCE")
    assert len(arrests) == 1
    assert ("COERCE", "SRBGOV", "SRBEDU") in triples(doc, sector=True)


def test_repression_noun_aimed_at_the_protesters():
    doc = _it(
        "Centinaia di lavoratori hanno manifestato davanti al ministero a Minsk contro il governo bielorusso. "
        "La protesta è stata soffocata da una dura repressione."
    )
    assert any(t[0] in ("ASSAULT", "COERCE") and t[1] == "BLRGOV" and t[2] == "BLRLAB" for t in triples(doc, sector=True))


def test_an_arrest_that_names_its_own_party_is_not_the_crowds():
    # "l'arresto di Ahmadi": someone's own arrest, not the state's answer to the march
    doc = _it(
        "Migliaia di studenti hanno protestato ieri a Teheran contro il governo iraniano. "
        "L'arresto di Reza Ahmadi ha sorpreso i suoi colleghi."
    )
    assert not [t for t in triples(doc, sector=True) if t[0] == "COERCE" and t[2] == "IRNEDU"]


def test_arrests_with_no_protest_before_stay_open():
    doc = _it(
        "Il governo serbo ha approvato ieri la nuova legge sui media. "
        "Numerosi gli arresti nella notte."
    )
    assert not of_type(doc, "COERCE")


def test_clash_inside_a_relative_clause_is_between_its_own_parties():
    doc = _it(
        "La legge è stata voluta dal partito di governo, Sogno Georgiano, dopo le proteste di marzo, "
        "che hanno visto scontri tra manifestanti e polizia davanti al parlamento."
    )
    pairs = {(s, t) for ty, s, t in triples(doc, sector=True) if ty == "ASSAULT"}
    assert ("GEOCVL", "GEOPOL") in pairs and ("GEOPOL", "GEOCVL") in pairs
    assert not [p for p in pairs if "GEOPTY" in p]


def test_bare_italian_judgement_is_aimed_at_the_doer_of_the_act_before():
    doc = _it(
        "La polizia birmana ha arrestato ieri tre giornalisti giapponesi. "
        "Il governo giapponese ha espresso preoccupazione."
    )
    assert ("ACCUSE", "JPN", "MMR") in triples(doc)


def test_bare_italian_judgement_with_a_definite_pointer():
    doc = _it(
        "Israele ha bombardato nella notte un quartiere di Beirut. "
        "La Francia ha espresso la sua profonda preoccupazione per l'accaduto."
    )
    assert ("ACCUSE", "FRA", "ISR") in triples(doc)


def test_bare_italian_judgement_with_no_hostile_act_before_stays_open():
    doc = _it("Il governo italiano ha approvato il decreto sulle pensioni. La Cgil ha espresso preoccupazione.")
    assert not of_type(doc, "ACCUSE")


def test_the_one_called_is_the_partner_of_a_phone_call():
    doc = _it("Il premier indiano Narendra Modi ha telefonato ieri sera al presidente francese Emmanuel Macron.")
    assert ("CONSULT", "IND", "FRA") in triples(doc) and ("CONSULT", "FRA", "IND") in triples(doc)


def test_a_call_placed_to_a_city_has_no_partner():
    doc = _it("Il premier indiano Narendra Modi ha telefonato ieri a Parigi.")
    assert not of_type(doc, "CONSULT")


def test_talks_resumed_keep_their_partner():
    # "tornare" is a verb of protest only in "tornare in piazza": back at the table it has a partner
    doc = _it("Il governo israeliano è tornato al tavolo dei negoziati con Hamas al Cairo.")
    assert ("CONSULT", "ISR", "PSE") in triples(doc)


def test_back_in_the_streets_is_still_a_protest_against_the_government():
    doc = _it("Migliaia di studenti sono tornati in piazza a Belgrado contro il governo serbo.")
    assert ("PROTEST", "SRBEDU", "SRBGOV") in triples(doc, sector=True)


def test_relative_clause_on_a_reaction_is_the_owners_act():
    doc = _it("Immediata la replica di Ankara, che in una nota ha respinto le critiche di Bruxelles.")
    assert ("REJECT", "TUR", "EU") in triples(doc)


def test_relative_clause_on_a_reaction_replaces_the_carried_topic():
    doc = _it(
        "Il governo turco ha fatto arrestare il sindaco di Istanbul. "
        "Dura la condanna dell'Unione europea, che ha accusato la Turchia di colpire l'opposizione."
    )
    assert ("ACCUSE", "EU", "TUR") in triples(doc)
    assert not [t for t in triples(doc) if t[0] == "ACCUSE" and t[1] == "TUR"]


def test_relative_clause_on_a_title_stays_the_heads():
    # "il presidente della Francia, che ...": the president's clause, not a reaction's owner
    doc = _it("Il presidente della Francia, che ha incontrato ieri il cancelliere tedesco, ha parlato di Europa.")
    assert ("CONSULT", "FRA", "DEU") in triples(doc)


def test_arrest_abroad_is_done_by_the_state_where_it_happened():
    doc = _it("Lo scrittore turco Kemal Aydin è stato arrestato ieri in Germania.")
    assert ("COERCE", "DEU", "TUR") in triples(doc)


def test_passive_judgement_of_a_thing_falls_on_its_owner():
    doc = _it("La decisione del governo italiano è stata duramente criticata da parte della Commissione europea.")
    assert ("ACCUSE", "EU", "ITA") in triples(doc)


def test_passive_with_a_named_party_as_subject_is_unchanged():
    doc = _it("Il governo italiano è stato criticato dalla Commissione europea.")
    assert ("ACCUSE", "EU", "ITA") in triples(doc)
    assert not [t for t in triples(doc) if t[1] == "ITA"]
