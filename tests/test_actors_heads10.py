"""Session 10: a bare capitalized head ("il Consiglio", "the Fund") names back the body the article named before.

Sentences written by us in the style of wire copy; each test checks what the actors stage gives."""

from __future__ import annotations

from actorkit import actor_at, run


def test_it_bare_council_is_the_security_council_named_before() -> None:
    doc = run("Il Consiglio di sicurezza dell'Onu si è riunito ieri sera a New York su richiesta della Francia. "
              "Dopo tre ore di discussione il Consiglio ha approvato una risoluzione sul cessate il fuoco in Sudan.")
    council = actor_at(doc, "Consiglio", after="discussione")
    assert council is not None and council.name == "UN Security Council"
    assert all(a.name != "Italian Council of Ministers" for a in doc.actors)


def test_it_bare_council_keeps_the_national_default_with_no_body_named() -> None:
    # no council named before: the dictionary's Italian Council of Ministers stands
    doc = run("Il governo ha approvato il decreto sulle pensioni. Il Consiglio si riunirà di nuovo giovedì a Roma.")
    council = actor_at(doc, "Consiglio")
    assert council is not None and council.name == "Italian Council of Ministers"


def test_it_most_recent_body_with_that_head_wins() -> None:
    doc = run("Il Consiglio europeo ha discusso di migranti per tutta la notte a Bruxelles. Nel pomeriggio il "
              "Consiglio di sicurezza dell'Onu aveva condannato l'attacco al porto di Odessa. Secondo i diplomatici, "
              "il Consiglio tornerà a riunirsi la prossima settimana.")
    council = actor_at(doc, "Consiglio", after="diplomatici")
    assert council is not None and council.name == "UN Security Council"


def test_it_head_inside_a_longer_name_is_left_alone() -> None:
    doc = run("Il Consiglio di sicurezza dell'Onu ha votato la risoluzione. Il Consiglio di pace e sicurezza "
              "dell'Unione africana ha sospeso il Niger.")
    # the second council is the African Union's, whatever the earlier passes make of it: not the UN's
    council = actor_at(doc, "Consiglio", after="votato")
    assert council is None or council.name != "UN Security Council"


def test_it_role_complement_is_not_named_back() -> None:
    # "la presidente del Consiglio" is Italy's premier, not the European Council named before
    doc = run("Il Consiglio europeo si è chiuso all'alba. La presidente del Consiglio ha detto ai giornalisti che "
              "l'accordo sui migranti è un passo avanti.")
    assert all(m.text != "Consiglio" for a in doc.actors if a.name == "European Council" for m in a.mentions)


def test_en_bare_fund_is_the_imf_named_before() -> None:
    doc = run("The International Monetary Fund cut its growth forecast for Kenya on Tuesday. The Fund said higher "
              "borrowing costs would weigh on investment next year.", "en")
    fund = actor_at(doc, "Fund", after="Tuesday")
    assert fund is not None and fund.name == "International Monetary Fund"


def test_en_bare_assembly_is_the_national_assembly_named_before() -> None:
    doc = run("South Korea's National Assembly voted on Wednesday to lift martial law. Police blocked the gates "
              "before dawn, but lawmakers climbed the fences and the Assembly met shortly after midnight.", "en")
    assembly = actor_at(doc, "Assembly", after="fences")
    assert assembly is not None and assembly.name == actor_at(doc, "National Assembly").name


def test_it_leader_of_the_movement_names_back_the_party() -> None:
    doc = run("La polizia ha arrestato due esponenti del Movimento Democratico Albanese, il principale partito di "
              "opposizione. «È una persecuzione», ha detto il leader del Movimento, Ilir Dervishaj, davanti al "
              "tribunale di Tirana.")
    movement = actor_at(doc, "Movimento", after="persecuzione")
    assert movement is not None and movement is actor_at(doc, "Movimento Democratico Albanese")
