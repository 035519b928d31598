"""The events the user expects on the seed article (../shared/seed), run through the whole pipeline.

The article is not copied here: the test reads it from the shared folder and skips when it is absent.
Each check names an event by its type, the codes on each side and, where it matters, its date or
modality; the trigger words are not hard-coded.
"""

from __future__ import annotations

import pytest

from cronaca.model import Document, Event
from cronaca.pipeline import extract


def _codes(doc: Document, ids: list[str]) -> set[str]:
    out = set()
    for i in ids:
        a = doc.actor(i)
        if a is not None:
            out.add(a.igo or a.country or a.name)
    return out


def find(doc: Document, etype: str, src: str, tgt: str, **attrs) -> list[Event]:
    hits = []
    for e in doc.events:
        if e.type != etype or src not in _codes(doc, e.source) or tgt not in _codes(doc, e.target):
            continue
        if all(getattr(e, k) == v for k, v in attrs.items()):
            hits.append(e)
    return hits


@pytest.fixture
def doc(seed_text) -> Document:
    return extract(seed_text, lang="it", date="2021-12-15")


def test_video_call_chn_rus_today(doc):
    assert find(doc, "CONSULT", "CHN", "RUS", date="2021-12-15")
    assert find(doc, "CONSULT", "RUS", "CHN", date="2021-12-15")


def test_putin_biden_video_summit_a_week_earlier(doc):
    hits = find(doc, "CONSULT", "RUS", "USA", date="2021-12-08")
    assert hits and hits[0].date_source == "relative"
    assert find(doc, "CONSULT", "USA", "RUS", date="2021-12-08")


def test_troop_build_up(doc):
    assert find(doc, "MOBILIZE", "RUS", "UKR")


def test_support_reported_by_cctv(doc):
    hits = find(doc, "SUPPORT", "RUS", "CHN")
    assert hits and hits[0].modality == "reported" and hits[0].quote is not None


def test_intent_to_cooperate(doc):
    assert find(doc, "COOPERATE", "CHN", "RUS", modality="intent")


def test_hypothetical_invasion_and_kremlin_denial(doc):
    inv = find(doc, "ASSAULT", "RUS", "UKR", modality="hypothetical")
    assert inv and inv[0].date == "2022-01"
    rej = [e for e in find(doc, "REJECT", "RUS", "USA") if e.denies == inv[0].id]
    assert rej


def test_russian_demand_for_security_guarantees(doc):
    # the demand is aimed at NATO's eastward expansion
    assert find(doc, "REQUEST", "RUS", "NATO")


def test_moscow_talks_and_proposals_to_donfried(doc):
    assert find(doc, "REQUEST", "RUS", "USA", date="2021-12-15")
    assert find(doc, "CONSULT", "RUS", "USA", date="2021-12-15")
    assert find(doc, "CONSULT", "USA", "RUS", date="2021-12-15")


def test_donfried_calls_on_russia_to_de_escalate(doc):
    assert find(doc, "REQUEST", "USA", "RUS")


def test_xi_concerns_about_the_united_states(doc):
    assert find(doc, "ACCUSE", "CHN", "USA")


def test_peskov_intent_to_discuss_with_xi(doc):
    assert find(doc, "CONSULT", "RUS", "CHN", modality="intent", date="2021-12-14")


def test_biden_proposes_talks(doc):
    assert find(doc, "REQUEST", "USA", "RUS")


def test_kremlin_accuses_ukraine_and_ukraine_denies(doc):
    acc = find(doc, "ACCUSE", "RUS", "UKR")
    assert acc
    rej = find(doc, "REJECT", "UKR", "RUS")
    assert rej and rej[0].denies == acc[-1].id


def test_every_event_is_checkable_from_its_offsets(doc):
    for e in doc.events:
        assert doc.text[e.trigger.start : e.trigger.end] == e.trigger.text
        assert e.sentence.start <= e.trigger.start < e.sentence.end
        assert e.goldstein is not None and e.quad_class in (1, 2, 3, 4)
