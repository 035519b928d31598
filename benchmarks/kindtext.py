"""Unseen Italian news for the scripts and benchmarks: ~250-word windows of consecutive KIND
sentences (real Italian Wikinews, dhfbk) read from ../shared next to the repository. One loader for
scripts/event_dump.py (precision check by eye), benchmarks/throughput.py (speed) and
benchmarks/identity_dump.py (byte-identical output), so that all three read the same windows.
Nothing of KIND is copied into the repository.
"""

from __future__ import annotations

import json
from pathlib import Path

KIND = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "kind-wn-train" / "sentences.jsonl"


def kind_windows(n_windows: int, words: int = 250) -> list[list[str]]:
    """The first `n_windows` runs of consecutive KIND sentences of at least `words` words each (a
    last shorter run is dropped); the caller joins them (newlines or spaces). KIND must exist."""
    out: list[list[str]] = []
    buf: list[str] = []
    n = 0
    with KIND.open(encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line)["text"]
            buf.append(text)
            n += len(text.split())
            if n >= words:
                out.append(buf)
                buf, n = [], 0
                if len(out) >= n_windows:
                    break
    return out
