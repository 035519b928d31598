"""Drafts that used to be dropped for a missing side in written news (drop9): a counter-measure
told sentences after the act it answers (events/retorts.py), a condemnation of a deed noun told
after the judge's own side's deed (events/judged_deeds.py), and help with no recipient named
(events/aidstory.py). Every sentence is our own, written in the style of the articles where these
constructions were counted.
"""

from __future__ import annotations

from cronaca.pipeline import extract
from eventkit import of_type, triples


def _it(text: str):
    return extract(text, lang="it", date="2024-05-06")


def _en(text: str):
    return extract(text, lang="en", date="2024-05-06")


# -- retorts.py


def test_recalled_envoy_in_a_later_paragraph_answers_the_expulsion():
    doc = _en(
        "The United States expelled two Chinese diplomats on Monday, accusing them of spying.\n\n"
        "Officials in Washington said the two had left the country. "
        "Both had worked at the consulate in Houston since 2021.\n\n"
        "Beijing recalled its ambassador for consultations."
    )
    assert ("SANCTION", "CHN", "USA") in triples(doc)


def test_a_denial_gets_no_far_target():
    # measured on dev: denials aimed at the last party acting against the denier were 0 right of 3
    doc = _it(
        "Gli Stati Uniti hanno accusato la Siria di aver usato armi chimiche contro i civili. "
        "Gli ispettori dell'Onu sono arrivati a Damasco. La missione dovrebbe durare due settimane. "
        "Il gruppo è guidato da un chimico svedese. Il governo siriano ha negato per cinque giorni "
        "l'autorizzazione a recarsi sul posto."
    )
    assert not of_type(doc, "REJECT")


def test_recalled_ambassador_answers_the_expulsion_told_sentences_before():
    doc = _it(
        "Il governo venezuelano ha espulso ieri tre diplomatici argentini, accusandoli di ingerenza negli affari interni. "
        "I tre dovranno lasciare Caracas entro 72 ore. "
        "L'opposizione venezuelana ha denunciato nuovi arresti nella capitale. "
        "Buenos Aires ha richiamato il proprio ambasciatore per consultazioni."
    )
    assert ("SANCTION", "ARG", "VEN") in triples(doc)


# -- judged_deeds.py


def test_condemned_attack_after_our_own_interception_is_the_attackers():
    doc = _it(
        "I ribelli Houthi hanno attaccato ieri con tre droni una nave mercantile nel Mar Rosso. "
        "La fregata italiana Virginio Fasan ha colpito poco dopo le 14 una motovedetta degli Houthi. "
        "La premier Giorgia Meloni ha condannato con fermezza l'attacco."
    )
    accuse = [t for t in triples(doc) if t[0] == "ACCUSE"]
    assert accuse == [("ACCUSE", "ITA", "YEM")]


# -- aidstory.py


def test_offered_help_goes_to_the_story_country():
    doc = _en(
        "Gunmen kidnapped four foreign engineers in western Niger on Monday. "
        "Niger's government said the army had launched a search near the border with Mali. "
        "The European Union offered to help with the search."
    )
    assert ("AID", "EU", "NER") in triples(doc)


def test_no_help_for_the_donors_adversary():
    # the story's country is the one Washington just sanctioned: the plane is no aid to it
    doc = _en(
        "North Korea fired a ballistic missile into the sea off its east coast on Tuesday, North Korea's state media said. "
        "Pyongyang called the launch a routine test. "
        "The United States imposed new sanctions on North Korea. "
        "Washington said it was sending a military transport plane with medical teams."
    )
    assert ("SANCTION", "USA", "PRK") in triples(doc)
    assert not [t for t in triples(doc) if t[0] == "AID"]
