"""Sides of acts whose type is right, read on the fresh written stories (session eight, branch tgt8),
on sentences written for these tests.

- `events/uncoded_objects.py`: an accusation or a request whose own object is a group the article
  cannot code ("activist lawyers", "platforms"), with no party in its content, gets no implied side:
  the story's other country is not who was accused. A body of the state ("the opposition") is left
  to the other steps.
- `events/premodifiers.py`: an armed group named right before a deed noun ("RSF drone strikes") is
  the doer, not the counterpart the implied sides would give.
"""

from __future__ import annotations

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import code, of_type, triples

PUB = "2026-11-20"


def run(text: str, lang: str = "en") -> Document:
    return extract(text, lang=lang, date=PUB)


# ------------------------------------------------------- uncoded_objects.py: no implied target


def test_quoted_group_accused_gets_no_foreign_target():
    doc = run(
        "Greece and Turkey traded accusations over the collision. The Greek interior minister accused "
        '"activist lawyers" of blocking the deportations of Turkish nationals.'
    )
    # (the first sentence's "traded accusations" is Greece and Turkey's own mutual ACCUSE, trigen9)
    assert [e.trigger.text for e in of_type(doc, "ACCUSE") if e.trigger.text != "traded accusations"] == []


def test_request_to_uncoded_platforms_names_no_party():
    doc = run(
        "Russia has been accused of meddling in the Bulgarian election. The European Commission said it "
        "was following the campaign closely and urged platforms to remove coordinated disinformation."
    )
    assert of_type(doc, "REQUEST") == []


def test_accused_opposition_is_left_to_the_other_steps():
    # a body of the state is no uncoded group: the accusation stays
    doc = run(
        "Russia and Ukraine blamed each other for the strike. Peskov accused the opposition of "
        "spreading lies."
    )
    assert "accused" in [e.trigger.text for e in of_type(doc, "ACCUSE")]


# ------------------------------------------------------------ premodifiers.py: "RSF drone strikes"


def test_armed_group_before_deed_noun_is_the_doer():
    doc = run(
        "Sudan and the United Arab Emirates have traded charges for months. Last week, RSF drone "
        "strikes on Abu Shouk killed at least 15 displaced civilians."
    )
    strikes = [e for e in of_type(doc, "ASSAULT") if e.trigger.text == "drone strikes"]
    assert strikes
    assert {code(doc, s, sector=True) for s in strikes[0].source} == {"SDNREB"}


def test_country_before_sanctions_is_no_doer():
    # "Russia sanctions" are sanctions on Russia: a country before the noun is left alone
    doc = run("The European Union extended its Russia sanctions for six months on Friday.")
    for e in of_type(doc, "SANCTION"):
        names = {a.id: a.name for a in doc.actors}
        assert "Russia" not in [names[s] for s in e.source]


def test_object_dropped_as_own_side_gets_no_reversed_fallback():
    # the banners' subject is misread as the US, so Washington is dropped as the source's own side:
    # no fallback aims the accusation back at Brazil
    doc = run(
        "Brazil and the United States are at odds over tariffs. Several hundred coffee growers "
        "protested outside the US consulate in São Paulo on Wednesday, holding banners that accused "
        'Washington of "economic blackmail".'
    )
    assert ("ACCUSE", "USA", "BRA") not in triples(doc)


def test_accusation_with_a_named_adversary_is_kept():
    doc = run(
        "Ethiopia and Eritrea have traded charges for weeks. Eritrea's information minister, Tekle "
        "Habte, spoke on state television on Monday. He accused Addis Ababa of looking for a pretext "
        "to seize the port of Assab."
    )
    assert ("ACCUSE", "ERI", "ETH") in triples(doc)
