"""Events, session ten (branch denials10): the target of a denial, a refusal or a judgement.

- a speech-act verb coordinated after a reported "that" clause ("told parliament that the police
  had acted with restraint and blamed the opposition ...") is the speaker's act, also when the
  quotes stage ran the reported clause on over it and the verb cues no quotation of its own: "had
  acted ... and blamed" read as one verb group made the clause's subject the accuser, and a denial
  of the charge then answered that subject (`events/speechacts_en.py` `_uncued`;
  `lang/en/second_acts.yaml` `reporter_uncued_types`);
- a refusal with no party named ("said it would not recognise the result", "non riconoscerà il
  risultato") is aimed at the party that the refuser's own hostile act named earlier in the same
  sentence ("accused the ruling party of rigging the election"), before the article's usual
  adversary (`events/sides.py` `_sentence_adversary`).

Sentences written for these tests.
"""

from __future__ import annotations

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import pairs

PUB = "2025-06-12"


def run(text: str, lang: str) -> Document:
    return extract(text, lang=lang, date=PUB)


# ------------------------------------------------- the accuser after a reported clause, and the denial

BLAMED_EN = (
    "British Home Secretary Jane Cole told parliament on Tuesday that the police had acted with "
    "restraint during the protests and blamed the opposition Labour Party for turning the marches "
    "into riots. The Labour Party denied the charge."
)


def test_coordinated_blame_after_reported_clause_is_the_speakers() -> None:
    doc = run(BLAMED_EN, "en")
    accuse = pairs(doc, "ACCUSE")
    assert ("GBRGOV", "GBROPP") in accuse
    assert ("GBRPOL", "GBROPP") not in accuse


def test_denial_answers_the_minister_not_the_police() -> None:
    doc = run(BLAMED_EN, "en")
    reject = pairs(doc, "REJECT")
    assert ("GBROPP", "GBRGOV") in reject
    assert ("GBROPP", "GBRPOL") not in reject


def test_the_reported_subjects_own_verb_keeps_its_subject() -> None:
    # "arrested" is no speech act: the police, named in the reported clause, did it
    doc = run(
        "British Home Secretary Jane Cole said that the police had fired tear gas and "
        "arrested dozens of Labour Party supporters in Manchester.",
        "en",
    )
    assert not any(s == "GBRGOV" for s, _ in pairs(doc, "ARREST") | pairs(doc, "COERCE"))


# ------------------------------------------------- a refusal aimed at whom the same sentence accused

REFUSAL_EN = (
    "Georgian police detained dozens of opposition supporters in Tbilisi on Monday. Riot police also "
    "dispersed an opposition rally with water cannon on Tuesday. The Georgian opposition accused the "
    "ruling Georgian Dream party of rigging the election and said it would not recognise the result."
)
REFUSAL_IT = (
    "La polizia georgiana ha arrestato lunedì a Tbilisi decine di sostenitori dell'opposizione. "
    "Martedì gli agenti hanno disperso con gli idranti un corteo dell'opposizione. L'opposizione "
    "georgiana ha accusato il partito di governo Sogno georgiano di aver truccato le elezioni e ha "
    "detto che non riconoscerà il risultato."
)


def test_refusal_aimed_at_the_party_accused_in_its_sentence_en() -> None:
    reject = pairs(run(REFUSAL_EN, "en"), "REJECT")
    assert ("GEOOPP", "GEOPTY") in reject
    assert ("GEOOPP", "GEOPOL") not in reject  # the police were the article's adversary, not this one's


def test_refusal_aimed_at_the_party_accused_in_its_sentence_it() -> None:
    reject = pairs(run(REFUSAL_IT, "it"), "REJECT")
    assert ("GEOOPP", "GEOPTY") in reject
    assert ("GEOOPP", "GEOPOL") not in reject


def test_refusal_alone_keeps_the_articles_adversary() -> None:
    # no hostile act of the refuser in the sentence: the article's adversary, as before
    doc = run(
        "Georgian police detained dozens of opposition supporters in Tbilisi on Monday. Riot police "
        "also dispersed an opposition rally with water cannon on Tuesday. The Georgian opposition "
        "said it would not back down.",
        "en",
    )
    assert ("GEOOPP", "GEOPOL") in pairs(doc, "REJECT")
