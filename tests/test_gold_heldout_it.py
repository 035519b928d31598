"""The Italian held-out gold (tests/gold-heldout/it) loads with the gold loader and meets its brief.

The held-out set is never used to tune rules; this test only checks that every file is well formed
(every surface string found, every name declared, offsets pointing at their strings) so the scorer can
run on it, and that the set keeps the size and variety it was written with.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cronaca.evaluate import gold_counts, load_gold, load_gold_dir

HELDOUT = Path(__file__).resolve().parent / "gold-heldout" / "it"
FILES = sorted(HELDOUT.glob("*.yaml"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_heldout_file_loads_and_offsets_point_at_their_strings(path: Path) -> None:
    d = load_gold(path)
    assert d.lang == "it"
    # No --check warnings (an event's quote flag that disagrees with the quote spans, ...).
    assert not d.warnings, d.warnings
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


def test_heldout_set_meets_the_brief() -> None:
    docs = load_gold_dir(HELDOUT)
    assert len(docs) >= 6
    assert len({d.id for d in docs}) == len(docs)
    for d in docs:
        words = len(d.text.split())
        assert 250 <= words <= 520, (d.id, words)  # 007-010: full wire copy (fifth session)
        assert d.events and d.quotes and d.dates, d.id
    c = gold_counts(docs)["it"]
    assert set(c["quotes"]) == {"direct", "partial", "indirect"}
    modalities = {e.modality for d in docs for e in d.events}
    assert {"asserted", "reported", "intent"} <= modalities
