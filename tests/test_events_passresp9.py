"""Events, session eight (branch passresp9): passives of reply and judgement verbs with an irregular
participle. "respinto", "accolto", "raggiunto" end in none of the regular participle endings, so
`roles._roles` read "è stato respinto dalla Russia" as active and put the agent on the wrong side
(or as the target). The `passive_participle` endings (triggers.yaml, roles) fix the passive test on
a directed verb trigger; English adds the whole word "hit", whose ending no regular rule covers.
`passives._passive_owners` also finds the owner of a compound thing ("il piano di pace dell'Ucraina").
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import typed

PUB = "2025-05-14"


def run(text: str, lang: str) -> Document:
    return extract(text, lang=lang, date=PUB)


@pytest.mark.parametrize(
    "text,lang,etype,source,target",
    [
        # Italian first: the agent after "da" acts, the subject's owner is acted on
        ("Il piano della Francia è stato respinto dalla Russia ieri sera.", "it", "REJECT", "RUS", "FRA"),
        ("La proposta della Francia è stata respinta da Mosca nel pomeriggio.", "it", "REJECT", "RUS", "FRA"),
        ("I migranti siriani sono stati respinti dalla Grecia al confine.", "it", "REJECT", "GRC", "SYR"),
        ("La richiesta della Serbia è stata accolta con favore dalla Germania.", "it", "SUPPORT", "DEU", "SRB"),
        ("L'offerta dell'Iran è stata rifiutata dagli Stati Uniti.", "it", "REJECT", "USA", "IRN"),
        # the subject is a compound thing, "noun di noun" before its owner (passives._passive_owners)
        ("Il piano di tregua della Francia è stato respinto dalla Russia.", "it", "REJECT", "RUS", "FRA"),
        ("La richiesta di adesione della Serbia è stata bocciata dalla Germania.", "it", "REJECT", "DEU", "SRB"),
        ("Il governo polacco è stato criticato dalla Commissione europea.", "it", "ACCUSE", "EU", "POL"),
        # English: regular participles were read already; "hit" was not
        ("Kharkiv was hit by Russia again overnight.", "en", "ASSAULT", "RUS", "UKR"),
        ("Ukraine's ceasefire plan was rejected by Russia on Monday.", "en", "REJECT", "RUS", "UKR"),
        ("Serbia's request was welcomed by Germany.", "en", "SUPPORT", "DEU", "SRB"),
    ],
)
def test_passive_agent_is_the_source(text: str, lang: str, etype: str, source: str, target: str) -> None:
    got = typed(run(text, lang), etype)
    assert any(source in s and target in t for s, t, _ in got), got
    assert not any(target in s and source in t for s, t, _ in got), got  # never reversed


@pytest.mark.parametrize(
    "text,lang,etype,source,target",
    [
        # the active voice keeps its subject as the source
        ("La Russia ha respinto il piano di tregua della Francia.", "it", "REJECT", "RUS", "FRA"),
        ("La Grecia ha respinto i migranti siriani al confine.", "it", "REJECT", "GRC", "SYR"),
        # a phrase trigger opening with an adjective of a participle's ending stays active
        (
            "Il ministro della Difesa ucraino ha avvertito che le forze di Kiev sono pronte a rispondere alla Russia.",
            "it",
            "THREATEN",
            "UKR",
            "RUS",
        ),
        # "was to/about to hit": an infinitive after "was" is no passive
        ("Russia was about to hit Ukraine again, the officials said.", "en", "ASSAULT", "RUS", "UKR"),
    ],
)
def test_active_keeps_its_subject(text: str, lang: str, etype: str, source: str, target: str) -> None:
    got = typed(run(text, lang), etype)
    assert any(source in s and target in t for s, t, _ in got), got
