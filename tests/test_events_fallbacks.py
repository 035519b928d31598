"""Measured fallbacks for a missing side (cronaca.events.fallbacks, lang/common/fallbacks.yaml).

The drafts are read through a wrapper around the stage's `_fallbacks` step that records them and
then runs the real step, so the tests see what the step filled and how (the `fallback` mark)."""

from __future__ import annotations

import pytest

from cronaca.evaluate import PLOVER
from cronaca.events import fallbacks, stage
from cronaca.model import Document, DocumentMeta
from cronaca.pipeline import Pipeline

_PIPE = Pipeline()


def _run(monkeypatch: pytest.MonkeyPatch, text: str, lang: str):
    """The document, and the (draft, missing side, candidates) seen by the step before it ran."""
    seen: list = []
    real = stage._fallbacks

    def rec(ctx, drafts):
        seen.append(fallbacks.candidates(ctx, drafts))
        real(ctx, drafts)

    monkeypatch.setattr(stage, "_fallbacks", rec)
    doc = Document(text=text, meta=DocumentMeta(id="t", lang=lang, date="2024-05-06"))
    _PIPE(doc)
    return doc, seen[-1] if seen else []


def _name(doc: Document, ids: list[str]) -> set[str]:
    return {a.name for a in doc.actors if a.id in ids}


def test_rules_are_valid_and_measured_cells_only() -> None:
    for lang in ("it", "en"):
        for r in fallbacks.rules(lang):
            assert r.type in PLOVER
            assert r.side in fallbacks.SIDES and r.strategy in fallbacks.STRATEGIES


def test_english_criticism_of_a_launch_told_before_is_aimed_at_its_doer(monkeypatch) -> None:
    text = (
        "North Korea fired two ballistic missiles into the sea on Sunday, the South Korean military said. "
        "Japan strongly criticised the launch, calling it a threat to regional peace."
    )
    doc, found = _run(monkeypatch, text, "en")
    filled = [d for d, side, _ in found if d.fallback and d.m.trig.type == "ACCUSE"]
    assert filled, "the criticism had no target of its own: the step should fill it"
    assert all(d.fallback in fallbacks.STRATEGIES for d in filled)
    acc = [e for e in doc.events if e.type == "ACCUSE" and e.trigger.text == "criticised"]
    assert acc and _name(doc, acc[0].source) == {"Japan"}
    assert _name(doc, acc[0].target) == {"North Korea"}


def test_italian_gaps_get_candidates_but_no_rule_fills_them(monkeypatch) -> None:
    # measured: the Italian ACCUSE drafts left without a target are mostly no accusation on unseen
    # news, so no Italian cell is listed; the strategies still propose a side (for the probe)
    text = (
        "La Corea del Nord ha lanciato due missili balistici in mare domenica, ha riferito l'esercito "
        "sudcoreano. Il Giappone ha criticato duramente il lancio, definendolo una minaccia per la pace."
    )
    doc, found = _run(monkeypatch, text, "it")
    crit = [(d, c) for d, side, c in found if d.m.trig.type == "ACCUSE" and side == "target"]
    assert crit
    d, cands = crit[0]
    assert _name(doc, cands["prev_subject"][0]) == {"North Korea"}
    if not any(r.type == "ACCUSE" for r in fallbacks.rules("it")):
        assert not d.fallback and not d.target
        assert not [e for e in doc.events if e.type == "ACCUSE"]


def test_a_reply_proposes_the_last_doer_against_the_speaker(monkeypatch) -> None:
    text = (
        "The Chinese coast guard blocked a Philippine supply boat near the shoal on Tuesday. "
        "Manila condemned the move in a statement, citing international law."
    )
    doc, found = _run(monkeypatch, text, "en")
    acc = [e for e in doc.events if e.type == "ACCUSE"]
    assert acc and _name(doc, acc[0].source) == {"Manila"}
    # the AID misread of "supply" finds no rule (no AID cell), so it stays out
    assert not [e for e in doc.events if e.type == "AID"]
    assert all(not d.fallback for d, _s, _c in found if d.m.trig.type != "ACCUSE")


def test_two_polities(monkeypatch) -> None:
    text = "Japan strongly criticised China on Monday. Beijing rejected the remarks."
    doc, _found = _run(monkeypatch, text, "en")
    ids = {a.name: a.id for a in doc.actors}
    from cronaca.events.context import _Ctx
    from cronaca.events.lexicons import lexicon

    ctx = _Ctx(doc, lexicon("en"))
    assert fallbacks.foreign(ctx, [ids["Japan"]], [ids["China"]])
    assert not fallbacks.foreign(ctx, [ids["China"]], [ids["Beijing"]])
