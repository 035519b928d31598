"""Events, session nine (branch review9en): fresh English wire copy written before any run.
Appeals for restraint are aimed at the conflict's two sides (events/restraint.py), help told by
"offered / deployed / released" with an aid object is AID (en/reactions.yaml `retype`), help from the
country a relief story names most goes to the recipient of the help told before it (events/aidstory.py),
and a dateline's month abbreviation is no name (en/words.yaml `caps_stop`). Sentences written for
these tests.
"""

from __future__ import annotations

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import of_type, triples

PUB = "2026-11-26"


def run(text: str) -> Document:
    return extract(text, lang="en", date=PUB)


BORDER = (
    "Armenian and Azerbaijani troops exchanged fire near the village of Sotk on Tuesday, killing two soldiers. "
    "Azerbaijani forces shelled an Armenian outpost, Armenia's defence ministry said. "
    "Baku accused Armenian units of attacking its positions first. "
    "France, which has close ties with Yerevan, urged restraint."
)


def test_restraint_appeal_goes_to_both_sides() -> None:
    doc = run(BORDER)
    got = triples(doc)
    assert ("REQUEST", "FRA", "ARM") in got
    assert ("REQUEST", "FRA", "AZE") in got
    # no open appeal with an empty target is left for the same trigger
    assert all(e.target for e in of_type(doc, "REQUEST"))


def test_appeal_for_a_deal_is_not_restraint() -> None:
    doc = run(
        "Armenian and Azerbaijani troops exchanged fire near the village of Sotk on Tuesday. "
        "Baku accused Armenian units of attacking its positions first. "
        "France urged a swift return to the negotiating table in Brussels."
    )
    assert ("REQUEST", "FRA", "ARM") not in triples(doc) or ("REQUEST", "FRA", "AZE") not in triples(doc)


RELIEF = (
    "India and China flew rescue teams and relief supplies to Bhutan on Thursday after floods swept away "
    "dozens of villages. "
    "An Indian Air Force plane landed in Paro with tents and blankets, and New Delhi pledged $8 million "
    "for reconstruction, the Indian embassy said. "
    "The United Nations released $3 million from its emergency fund. "
    "Japan also offered assistance."
)

BHUTAN = (
    "Floods swept away dozens of villages in Bhutan on Thursday, and Bhutan's government appealed for help. "
    "Bhutanese officials said roads to the east of the country had been cut. "
    "The United Nations released $3 million from its emergency fund, and the World Health Organization "
    "deployed medical teams to the worst-hit districts. "
    "Japan also offered assistance on Friday as rain kept falling over Bhutan."
)


def test_help_verbs_with_aid_objects_are_aid() -> None:
    doc = run(BHUTAN)
    got = triples(doc)
    assert ("AID", "UN", "BTN") in got
    assert ("AID", "JPN", "BTN") in got
    assert ("AID", "WHO", "BTN") in got
    # the sum released is no release of captives
    assert not of_type(doc, "RETREAT")


def test_donor_named_most_helps_the_earlier_recipient() -> None:
    assert ("AID", "IND", "BTN") in triples(run(RELIEF))


def test_government_help_at_home_gets_no_foreign_recipient() -> None:
    doc = run(
        "Indian soldiers rescued hundreds of villagers in Assam after the floods, and New Delhi pledged "
        "$8 million for reconstruction. Bhutan's king sent his condolences to India."
    )
    assert not [t for t in triples(doc) if t[0] == "AID" and t[2] == "BTN"]


def test_released_prisoners_stay_a_release() -> None:
    doc = run("The rebels released 40 prisoners on Monday, the government of Chad said.")
    assert of_type(doc, "RETREAT")


def test_dateline_month_is_no_actor() -> None:
    doc = run("QUITO, Nov 26 (Reuters) - Ecuador's army clashed with a drug gang near the Colombian border on Tuesday.")
    assert not [a for a in doc.actors if a.name in ("Nov", "Nov 26")]
    doc = run("LIMA, Sept 3 (AP) - Peru's Congress voted to remove the interior minister.")
    assert not [a for a in doc.actors if a.name.startswith("Sept")]
