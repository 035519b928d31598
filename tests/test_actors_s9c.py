"""Actor codes of event sides (session 9, third round): a party's sector follows its spells in opposition
(`organizations.yaml` `opposition:`), read against the article date (our own sentences)."""

from __future__ import annotations

import actorkit
from actorkit import by_name
from cronaca.model import Document


def run(text: str, lang: str, date: str) -> Document:
    return actorkit.run(text, lang, date)


TEXT_EN = "PTI accused the election commission of rigging the count in Punjab and called for protests in Lahore."
TEXT_IT = "Il Pti ha accusato la commissione elettorale di aver truccato lo spoglio nel Punjab."


def test_party_in_opposition_after_losing_power_is_opp() -> None:
    assert by_name(run(TEXT_EN, "en", "2024-02-12"), "PTI").sector == "OPP"
    assert by_name(run(TEXT_IT, "it", "2024-02-12"), "PTI").sector == "OPP"


def test_same_party_while_governing_stays_pty() -> None:
    assert by_name(run(TEXT_EN, "en", "2020-06-03"), "PTI").sector == "PTY"
