"""Session 8, actors that real news needs: groups, former officials and holders named after a body.

Sentences written by us in the style of wire copy; each test checks what the actors stage gives."""

from __future__ import annotations

from actorkit import run, with_mention


def test_it_former_commander_is_an_elite_person() -> None:
    # "ex" before the role: out of office, an elite; the first name after "della polizia" opens a person
    doc = run("L'ex comandante della polizia municipale Giorgio Sarti ha accusato il sindaco di aver coperto gli "
              "abusi edilizi nel quartiere di Borgo Panigale.", "it")
    a = with_mention(doc, "Giorgio Sarti")
    assert a is not None and a.kind == "PER" and a.sector == "ELI"


def test_it_serving_commander_keeps_the_office_sector() -> None:
    doc = run("Il comandante Giorgio Sarti ha guidato l'operazione dei militari nel porto di Taranto.", "it")
    a = with_mention(doc, "Giorgio Sarti")
    assert a is not None and a.sector != "ELI"


def test_en_former_minister_is_an_elite() -> None:
    doc = run("Former defence minister Alan Pryce accused the government of hiding the cost of the new frigates.",
              "en")
    a = with_mention(doc, "Alan Pryce")
    assert a is not None and a.sector == "ELI"


def test_it_head_of_police_named_after_the_body_is_a_person() -> None:
    doc = run("Il capo della polizia Marco Ferri ha denunciato le minacce ricevute dagli agenti durante lo sgombero.",
              "it")
    a = with_mention(doc, "Marco Ferri")
    assert a is not None and a.kind == "PER"


def test_it_military_contingent_with_its_demonym() -> None:
    doc = run("Il contingente militare italiano ha respinto un attacco dei talebani contro la base di Shindand.",
              "it")
    a = with_mention(doc, "contingente militare italiano")
    assert a is not None and a.country == "ITA" and a.sector == "MIL"


def test_it_pirates_take_their_demonym() -> None:
    doc = run("I pirati somali hanno liberato un mercantile greco dopo il pagamento di un riscatto.", "it")
    a = with_mention(doc, "pirati somali")
    assert a is not None and a.country == "SOM"


def test_it_faithful_are_a_religious_group() -> None:
    doc = run("I fedeli hanno contestato il vescovo durante la messa nella cattedrale di Trapani.", "it")
    a = with_mention(doc, "fedeli")
    assert a is not None and a.sector == "REL"


def test_it_faithful_as_adjective_is_no_group() -> None:
    doc = run("Le truppe fedeli al governo hanno ripreso il controllo dell'aeroporto di Tripoli.", "it")
    assert with_mention(doc, "fedeli") is None
