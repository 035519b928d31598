"""Events, session ten (branch differ10): an emitted event of the right type with a wrong side.

- a bare body noun ("the government", "il governo") that a domestic non-state party accuses or
  urges is that party's own country's body, also when the actors stage placed the bare noun in the
  story's other country (`events/bodies.py` `_elsewhere`; `lang/en/bodies.yaml`, `it/bodies.yaml`);
- a call for talks or a truce with no addressee ("the African Union called for urgent talks", "ha
  chiesto negoziati") is addressed to the two sides of the article's conflict, as a call for
  restraint is (`events/restraint.py`; `{en,it}/restraint.yaml` `appeals.words`), also when the
  trigger holds the word ("chiesto negoziati" is one match);
- a definite plural group noun ("the officials", "le truppe") names back the group actor named
  before with the same head (`actors/sectors.py` `group_anaphors`; `actors_context.yaml`
  `group_anaphors`): the speaker no longer takes the group's acts; "were declared persona non
  grata" is a verb phrase whose passive subject is the one expelled (`triggers_cameo.yaml`);
- talks told with their mediators ("after talks mediated by Qatar", "i negoziati mediati dal
  Qatar") are between the sides the mediation is aimed at when the sentence names them, not among
  the mediators alone (`events/mediated.py`; `discourse.yaml` `mediation_participles`);
- the agency credited in a wire dateline ("BRUSSELS, Nov 26 (Reuters) - ") is no actor and no side
  (`actors/__init__.py` `_dateline_credit`); named again in the story, it stays an actor.

Sentences written for these tests.
"""

from __future__ import annotations

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import pairs

PUB = "2025-06-12"


def run(text: str, lang: str) -> Document:
    return extract(text, lang=lang, date=PUB)


# ------------------------------------------------------------ bare bodies, the source's own country

TARIFFS_EN = (
    "The United States imposed a 50% tariff on Chilean copper on Monday, the latest in a series of "
    "levies Washington has announced against Latin American exporters. The US Treasury said the "
    "measure would protect American smelters, and the White House said the United States would "
    "not negotiate before the end of the year. Chile's foreign ministry called the tariff "
    '"unjustified" and said Santiago would respond. The Chilean Copper Exporters '
    "Association warned that the levy would cost producers a fifth of their exports and urged "
    "the government to seek talks with Washington."
)


def test_a_domestic_business_group_urges_its_own_government_en():
    doc = run(TARIFFS_EN, "en")
    requests = pairs(doc, "REQUEST")
    assert ("CHLBUS", "CHLGOV") in requests, requests
    # the bare "the government" is no longer read as the story's other government
    assert ("CHLBUS", "USAGOV") not in requests, requests


def test_a_body_with_its_country_named_keeps_it_en():
    doc = run(
        "The United States imposed a 50% tariff on Chilean copper on Monday. The Chilean Copper Exporters "
        "Association urged the US government to exempt refined copper.",
        "en",
    )
    requests = pairs(doc, "REQUEST")
    assert requests and all(t.startswith("USA") for _, t in requests), requests


def test_a_domestic_business_group_urges_its_own_government_it():
    doc = run(
        "Gli Stati Uniti hanno imposto lunedì un dazio del 30 per cento sui formaggi europei. "
        "Washington ha annunciato altre misure per luglio e la Casa Bianca ha escluso negoziati con "
        "Bruxelles prima dell'estate. Il ministro dell'Agricoltura Francesco Lollobrigida ha definito "
        "i dazi «un errore». Coldiretti ha denunciato una perdita di mezzo miliardo di euro e ha "
        "esortato il governo ad aprire un tavolo con Washington.",
        "it",
    )
    requests = pairs(doc, "REQUEST")
    assert ("ITABUS", "ITAGOV") in requests, requests
    assert ("ITABUS", "USAGOV") not in requests, requests


# ------------------------------------------------------------ calls for talks with no addressee

BORDER_EN = (
    "Ethiopia accused Eritrea of arming rebels in Tigray. Eritrea rejected the accusation and "
    "accused Addis Ababa of preparing an attack. Ethiopian troops shelled an Eritrean border post on "
    "Tuesday. The African Union called for urgent talks."
)

BORDER_IT = (
    "L'Etiopia ha accusato l'Eritrea di armare i ribelli del Tigray. L'Eritrea ha respinto le accuse "
    "e ha accusato Addis Abeba di preparare un attacco. Le truppe etiopi hanno bombardato ieri una "
    "postazione eritrea vicino al confine. L'Unione africana ha chiesto negoziati urgenti."
)


def test_a_call_for_talks_is_addressed_to_both_sides_en():
    requests = pairs(run(BORDER_EN, "en"), "REQUEST")
    assert {("AU", "ETH"), ("AU", "ERI")} <= requests, requests


def test_a_call_for_talks_is_addressed_to_both_sides_it():
    requests = pairs(run(BORDER_IT, "it"), "REQUEST")
    assert {("AU", "ETH"), ("AU", "ERI")} <= requests, requests


def test_talks_asked_of_a_named_party_keep_it():
    doc = run(BORDER_EN.replace("called for urgent talks.", "called on Eritrea to hold talks."), "en")
    requests = pairs(doc, "REQUEST")
    assert ("AU", "ERI") in requests, requests
    assert ("AU", "ETH") not in requests, requests


# ------------------------------------------------------------ group nouns told again


def test_the_officials_are_the_group_named_before_not_the_speaker_en():
    doc = run(
        "The United States imposed sanctions on Tuesday on three South African officials. In a "
        "statement, the Treasury said the officials had helped channel funds to groups linked to Iran.",
        "en",
    )
    officials = [a for a in doc.actors if a.name == "Officials of South Africa"]
    assert officials and len(officials[0].mentions) == 2, [(a.name, a.mentions) for a in doc.actors]
    assert ("ZAFGOV", "IRN") in pairs(doc, "AID"), pairs(doc, "AID")


def test_the_troops_are_the_troops_named_before_it():
    doc = run(
        "Le truppe russe hanno attraversato il confine lunedì. Secondo Kiev, le truppe hanno "
        "bombardato tre villaggi ucraini.",
        "it",
    )
    assert ("RUSMIL", "UKRGOV") in pairs(doc, "ASSAULT"), pairs(doc, "ASSAULT")


def test_a_group_noun_with_its_own_demonym_is_another_group_en():
    doc = run(
        "Russian troops crossed the border on Monday. The troops Ukraine sent to the border dug in.",
        "en",
    )
    russian = [a for a in doc.actors if a.name == "Troops of Russia"]
    assert russian and len(russian[0].mentions) == 1, [(a.name, a.mentions) for a in doc.actors]


def test_declared_persona_non_grata_in_the_passive_is_done_to_the_diplomats():
    doc = run(
        "Canada expelled six Indian diplomats on Wednesday. Foreign Minister Anita Anand said the "
        "diplomats had been declared persona non grata and given five days to leave.",
        "en",
    )
    assert ("INDGOV", "CAN") not in pairs(doc, "SANCTION"), pairs(doc, "SANCTION")
    assert ("CAN", "INDGOV") in pairs(doc, "SANCTION"), pairs(doc, "SANCTION")


# ------------------------------------------------------------ talks told with their mediators

TRUCE_EN = (
    "Armenia accused Azerbaijan of shelling border villages. Azerbaijan accused Armenia of provoking "
    "the clash. Armenia and Azerbaijan agreed on a truce on Sunday after talks mediated by Qatar in Doha."
)

TRUCE_IT = (
    "L'Armenia ha accusato l'Azerbaigian di aver bombardato villaggi di confine. L'Azerbaigian ha "
    "accusato l'Armenia di aver provocato gli scontri. Armenia e Azerbaigian hanno concordato domenica "
    "una tregua al termine dei negoziati mediati dal Qatar a Doha."
)


def _talks(doc: Document, word: str) -> list:
    return [e for e in doc.events if e.type == "CONSULT" and e.trigger.text == word]


def test_mediated_talks_are_between_the_sides_named_en():
    doc = run(TRUCE_EN, "en")
    talks = _talks(doc, "talks")
    assert talks, doc.events
    names = {doc.actor(a).name for a in talks[0].source}
    assert names == {"Armenia", "Azerbaijan"}, names
    # the mediation stays Qatar's act towards both
    assert {("QAT", "ARM"), ("QAT", "AZE")} <= pairs(doc, "CONSULT"), pairs(doc, "CONSULT")


def test_mediated_talks_are_between_the_sides_named_it():
    doc = run(TRUCE_IT, "it")
    talks = _talks(doc, "negoziati")
    assert talks, doc.events
    assert {doc.actor(a).name for a in talks[0].source} == {"Armenia", "Azerbaijan"}


# ------------------------------------------------------------ wire datelines


def test_the_dateline_credit_is_no_side():
    doc = run(
        "JOHANNESBURG, Nov 26 (Reuters) - Tens of thousands of South African nurses walked off the job "
        "on Wednesday after wage talks with the government collapsed.",
        "en",
    )
    assert all(a.name != "Reuters" for a in doc.actors), [a.name for a in doc.actors]
    assert [a.id for a in doc.actors] == [f"a{i + 1}" for i in range(len(doc.actors))]
    assert all("Reuters" not in doc.actor(x).name for e in doc.events for x in e.source + e.target)


def test_an_agency_named_in_the_story_stays_an_actor():
    doc = run(
        "KINSHASA, Nov 26 (Reuters) - Congo and the M23 rebels agreed to a ceasefire on Wednesday, two "
        "officials told Reuters.",
        "en",
    )
    reuters = [a for a in doc.actors if a.name == "Reuters"]
    assert reuters and len(reuters[0].mentions) == 1, [(a.name, a.mentions) for a in doc.actors]
    assert reuters[0].mentions[0].start > 30
