"""Events, session seven (branch qsrc7): events inside quotations that lost a side.

A first-person object inside a quotation ("fired on us", «contro le nostre centrali») is the
speaker's side, as the target; a refusal the speaker voices for its own side ("We will not
negotiate under threat") answers the side's adversary in the article, not the party named nearest
(`events/firstperson.py`). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import typed

PUB = "2025-05-14"


def run(text: str, lang: str) -> Document:
    return extract(text, lang=lang, date=PUB)


# ------------------------------------------------------------ a first-person object


@pytest.mark.parametrize(
    "text,lang",
    [
        (
            '"Russian troops fired on us from the other bank of the river," Ukrainian army spokesman '
            "Oleksandr Shtupun said on Tuesday.",
            "en",
        ),
        (
            "«La Russia vuole colpire le nostre centrali prima dell'inverno», ha detto il presidente "
            "ucraino Volodymyr Zelensky.",
            "it",
        ),
    ],
)
def test_first_person_object_is_the_speakers_side(text: str, lang: str) -> None:
    doc = run(text, lang)
    assert (["RUS"], ["UKR"]) in [(s, t) for s, t, _ in typed(doc, "ASSAULT")]


@pytest.mark.parametrize(
    "text,lang",
    [
        # a comparison: the minister's own side did it, no act on "us"
        (
            "«Non prendo lezioni da chi, quando governava, ha precettato più di noi», ha detto il ministro "
            "dei Trasporti Matteo Salvini.",
            "it",
        ),
        # the speaker's own act on its own side
        ('"We will defend our villages," Ukrainian army spokesman Oleksandr Shtupun said on Tuesday.', "en"),
    ],
)
def test_no_first_person_target_for_comparisons_or_own_acts(text: str, lang: str) -> None:
    doc = run(text, lang)
    for e in doc.events:
        for q in doc.quotes:
            if q.speaker and q.start <= e.trigger.start < q.end:
                assert q.speaker not in e.target, (e.type, e.trigger.text)


# ------------------------------------------------------------ a quoted refusal


def test_quoted_refusal_answers_the_adversary_not_the_crowd() -> None:
    text = (
        "Chile's government on Monday ordered police to clear the roads blocked by striking truck drivers "
        "and threatened to revoke the licences of those who refuse.\n"
        "The drivers' union CUT accused the government of criminalising the strike. Police fired tear gas "
        "at pickets near Valparaiso and arrested twelve drivers.\n"
        '"We will not negotiate under threat," union leader Carlos Fuentes told the crowd of protesters '
        "outside the port."
    )
    doc = run(text, "en")
    rejects = [(s, t) for s, t, w in typed(doc, "REJECT") if w == "negotiate"]
    assert rejects, typed(doc, "REJECT")
    assert all(t == ["CHL"] for _, t in rejects)
    # the refusal is aimed at the government, not at the protesters the cue names
    e = next(e for e in doc.events if e.type == "REJECT" and e.trigger.text == "negotiate")
    assert [doc.actor(a).sector for a in e.target] == ["GOV"]  # type: ignore[union-attr]


def test_speaker_is_not_the_doer_of_a_deed_done_to_us() -> None:
    # the minister is the one shot at, not the shooter: no Kosovo -> Serbia attack
    doc = run(
        "«Chi ha sparato ai nostri agenti è venuto dalla Serbia», ha detto il ministro dell'Interno kosovaro "
        "Xhelal Sveçla.",
        "it",
    )
    assert not [s for s, _, _ in typed(doc, "ASSAULT") if s == ["XKX"]]
