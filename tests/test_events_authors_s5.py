"""Events, session five (branch authors5): the author of a referenced act. A judgement whose object
names an earlier act ("dismissed the accusations", "ha condannato gli arresti", "welcomed the
release") is aimed at whoever did that act, found in the document's index of acts
(`events/authors_index.py`), not at the last party named. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import triples

PUB = "2025-05-14"


def run(text: str, lang: str) -> Document:
    return extract(text, lang=lang, date=PUB)


# ------------------------------------------------------------ charges rejected by name


@pytest.mark.parametrize(
    "text,lang",
    [
        (
            "Russia accused Moldova of persecuting Russian speakers. The European Union voiced support for "
            "the Moldovan government. Moldova's foreign ministry rejected the accusations.",
            "en",
        ),
        (
            "La Russia ha accusato la Moldavia di perseguitare i cittadini russofoni. L'Unione europea ha "
            "espresso sostegno al governo moldavo. Il governo moldavo ha respinto «con forza» le accuse.",
            "it",
        ),
    ],
)
def test_rejected_charges_go_to_the_accuser_not_to_the_party_between(text, lang):
    got = triples(run(text, lang))
    assert ("REJECT", "MDA", "RUS") in got
    assert ("REJECT", "MDA", "EU") not in got


def test_dismissed_charges_skip_a_sanction_asked_of_a_third_party():
    doc = run(
        "Poland accused Russian military intelligence of sabotaging its railway network. The European Union "
        "said it would consider new sanctions against Moscow.\n"
        "Russia's foreign ministry dismissed the accusations as a provocation.",
        "en",
    )
    got = triples(doc)
    assert ("REJECT", "RUS", "POL") in got
    assert ("REJECT", "RUS", "EU") not in got
    reject = next(e for e in doc.events if e.type == "REJECT")
    accuse = next(e for e in doc.events if e.type == "ACCUSE")
    assert reject.denies == accuse.id  # the denial is linked to the charge it answers


# ------------------------------------------------------------ deeds judged by name


@pytest.mark.parametrize(
    "text,lang",
    [
        (
            "Belarusian police detained three opposition journalists in Minsk on Monday. Germany summoned the "
            "Belarusian ambassador. The European Union condemned the arrests.",
            "en",
        ),
        (
            "La polizia bielorussa ha arrestato ieri a Minsk tre giornalisti dell'opposizione. Il governo tedesco "
            "ha chiesto spiegazioni all'ambasciatore. L'Unione europea ha condannato con fermezza gli arresti.",
            "it",
        ),
    ],
)
def test_condemned_arrests_are_aimed_at_who_arrested(text, lang):
    assert ("ACCUSE", "EU", "BLR") in triples(run(text, lang))


@pytest.mark.parametrize(
    "text,lang",
    [
        (
            "Iran freed two French citizens on Friday after months of talks. Qatar had mediated. "
            "The European Union welcomed the release.",
            "en",
        ),
        (
            "L'Iran ha liberato venerdì due cittadini francesi dopo mesi di trattative. Il Qatar aveva mediato. "
            "L'Unione europea ha accolto con favore la liberazione.",
            "it",
        ),
    ],
)
def test_welcomed_release_is_aimed_at_who_released(text, lang):
    got = triples(run(text, lang))
    assert ("SUPPORT", "EU", "IRN") in got
    assert ("SUPPORT", "EU", "QAT") not in got


def test_criticised_bombing_is_aimed_at_the_attacker_told_by_a_verb():
    got = triples(
        run("NATO aircraft struck targets near Tripoli on Sunday. The Arab League criticised the bombing.", "en")
    )
    assert ("ACCUSE", "ARL", "NATO") in got


def test_a_deed_named_in_a_prepositional_phrase_has_no_author():
    # "regret over the bombings": Russia is no bomber, so the later criticism has no author to aim at
    got = triples(
        run("Russia expressed regret over the bombings in the north. The Arab League criticised the bombing.", "en")
    )
    assert not any(t[0] == "ACCUSE" and t[2] == "RUS" for t in got)


def test_a_planned_deed_is_not_the_one_judged():
    # the tariffs criticised are those imposed, not the ones China only threatens
    got = triples(
        run(
            "The United States imposed new tariffs on Chinese steel on Monday. China said it would impose "
            "duties on American soybeans. The European Union criticised the tariffs.",
            "en",
        )
    )
    assert ("ACCUSE", "EU", "USA") in got
    assert ("ACCUSE", "EU", "CHN") not in got
