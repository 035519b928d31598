"""The held-out English gold (tests/gold-heldout/en) loads with the gold loader and keeps its shape.

These articles are never used to tune rules: this test only checks that every file loads, that each
surface string points at its own characters, and that the set still covers what the brief asked for
(articles of 250-520 words, every quote kind, every modality, a denial). It never runs the pipeline.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cronaca.evaluate import gold_counts, load_gold, load_gold_dir

TESTS = Path(__file__).resolve().parent
HELDOUT = TESTS / "gold-heldout" / "en"
FILES = sorted(HELDOUT.glob("*.yaml"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_heldout_file_loads_and_offsets_point_at_their_strings(path: Path) -> None:
    d = load_gold(path)
    assert d.lang == "en"
    assert not d.warnings, d.warnings
    words = len(d.text.split())
    assert 250 <= words <= 520, (d.id, words)  # 007-010: full wire copy (fifth session)
    t = d.text
    for a in d.actors:
        assert a.mentions, a.name
        for m in a.mentions:
            assert t[m.start : m.end] == m.text
    for x in d.dates:
        assert t[x.span.start : x.span.end] == x.span.text
    for q in d.quotes:
        assert t[q.span.start : q.span.end] == q.span.text
        if q.cue:
            assert t[q.cue.start : q.cue.end] == q.cue.text
    for e in d.events:
        assert t[e.trigger.start : e.trigger.end] == e.trigger.text
        # a denial points back at an earlier event of the same article
        if e.denies:
            assert 1 <= e.denies <= len(d.events)


def test_heldout_set_covers_the_brief() -> None:
    docs = load_gold_dir(HELDOUT)
    assert len(docs) >= 6
    c = gold_counts(docs)["en"]
    assert set(c["quotes"]) == {"direct", "partial", "indirect"}
    modalities = {e.modality for d in docs for e in d.events}
    assert {"asserted", "reported", "hypothetical", "intent", "negated"} <= modalities
    assert any(e.denies for d in docs for e in d.events)
    # interactions between countries or organizations, not only domestic ones
    assert sum(len(d.events) for d in docs) >= 60


def test_heldout_ids_are_new() -> None:
    heldout = {d.id for d in load_gold_dir(HELDOUT)}
    dev = {d.id for d in load_gold_dir(TESTS / "gold")}
    assert len(heldout) == len(FILES)
    assert not heldout & dev
