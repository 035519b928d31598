"""The synthetic corpus generator: deterministic, with exact copies, near-duplicate reprints and
broken lines where asked."""

from __future__ import annotations

import json
from collections import Counter

from cronaca import synth
from cronaca.store.dedup import THRESHOLD, signature, similarity


def test_deterministic_and_varied():
    a = synth.generate(200, seed=4)
    assert a == synth.generate(200, seed=4)
    assert a != synth.generate(200, seed=5)
    langs = Counter(r["lang"] for r in a)
    assert langs["it"] > 60 and langs["en"] > 40
    words = [len(r["text"].split()) for r in a]
    assert 150 < sum(words) / len(words) < 320
    assert len({r["url"] for r in a}) == len(a)  # every record has its own url
    it = next(r["text"] for r in a if r["lang"] == "it")
    assert " a la " not in it and " di il " not in it  # articulated prepositions are contracted


def test_copies_and_reprints():
    recs = synth.generate(300, seed=2, duplicates=0.05, reprints=0.08)
    by_text = Counter(r["text"] for r in recs)
    copies = sum(n - 1 for n in by_text.values())
    assert 5 <= copies <= 30
    reprints = [r for r in recs if "/reprint/" in r["url"]]
    assert len(reprints) >= 10
    originals = {r["title"]: r for r in recs if "/reprint/" not in r["url"] and "/copy/" not in r["url"]}
    close = 0
    for r in reprints:
        base = originals.get(r["title"])
        if base is not None and base["text"] != r["text"]:
            close += similarity(signature(base["text"]), signature(r["text"])) >= THRESHOLD
    assert close >= len(reprints) // 2


def test_broken_lines(tmp_path):
    recs = synth.generate(20, seed=1)
    f = synth.write_jsonl(tmp_path / "c.jsonl.gz", recs, broken=3, seed=1)
    import gzip

    lines = gzip.open(f, "rt", encoding="utf-8").read().splitlines()
    assert len(lines) == 23
    good = 0
    for line in lines:
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            continue
        good += isinstance(rec, dict) and bool(rec.get("text"))
    assert good == 20
    assert synth.main(["--n", "5", "--out", str(tmp_path / "m.jsonl")]) == 0
    assert len((tmp_path / "m.jsonl").read_text(encoding="utf-8").splitlines()) == 5
