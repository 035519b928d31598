"""Reprints: the same wire story in several outlets, found by MinHash over word shingles and LSH.

Exact copies (same text) are one document already (content hash); this module groups texts that are
NEAR copies: a reprint with another headline, a byline, a paragraph cut or added. Each stored document
gets a `cluster_id`: the id of the first stored document of its story. The signature of every document
is kept in `doc_minhash`, so the index is rebuilt when a later (or resumed) ingest opens the store.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import numpy as np

NUM_PERM = 128
SHINGLE = 4  # words per shingle: long enough that unrelated articles share few, short enough for edits
THRESHOLD = 0.5  # estimated Jaccard similarity of shingle sets above which two texts are one story
SEED = 1

_WORD = re.compile(r"\w+", re.UNICODE)


@cache
def _scheme_kw() -> dict[str, str]:
    """datasketch 2 wants the hashing scheme named when values are passed in; 1.x has no such argument."""
    import inspect

    from datasketch import MinHash

    return {"scheme": "affine32"} if "scheme" in inspect.signature(MinHash.__init__).parameters else {}


@cache
def _permutations() -> Any:
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=SEED).permutations


def _lean(values: np.ndarray) -> Any:
    from datasketch import LeanMinHash, MinHash

    # pass the cached permutations: building them is the costly part of a MinHash object
    return LeanMinHash(MinHash(seed=SEED, hashvalues=values, permutations=_permutations(), **_scheme_kw()))


def shingles(text: str, size: int = SHINGLE) -> list[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return [" ".join(words).encode("utf-8")] if words else []
    return [" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)]


def signature(text: str) -> bytes | None:
    """MinHash signature of a text as bytes (NUM_PERM little-endian uint32), None for an empty text."""
    from datasketch import MinHash

    sh = shingles(text)
    if not sh:
        return None
    # crc32 instead of datasketch's default sha1: 30x cheaper per shingle, and 32 bits are plenty to
    # tell a few hundred shingles apart (the permutations do the rest)
    m = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=zlib.crc32, permutations=_permutations(), **_scheme_kw())
    m.update_batch(sh)
    # datasketch keeps values below 2**32 (max_hash), so uint32 loses nothing and halves the size.
    return m.hashvalues.astype("<u4").tobytes()


def _values(sig: bytes) -> np.ndarray:
    return np.frombuffer(sig, dtype="<u4").astype(np.uint64)


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    va, vb = np.frombuffer(a, dtype="<u4"), np.frombuffer(b, dtype="<u4")
    return float(np.count_nonzero(va == vb)) / len(va)


@dataclass
class ReprintIndex:
    """An LSH index over stored signatures that assigns each new document to a story cluster."""

    threshold: float = THRESHOLD
    _lsh: Any = None
    _sigs: dict[str, bytes] = field(default_factory=dict)
    _cluster: dict[str, str] = field(default_factory=dict)
    _order: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        from datasketch import MinHashLSH

        self._lsh = MinHashLSH(threshold=self.threshold, num_perm=NUM_PERM)

    def __len__(self) -> int:
        return len(self._sigs)

    def load(self, rows: Iterable[tuple[str, bytes, str]]) -> None:
        """Rows of (doc_id, signature, cluster_id) in ingestion order."""
        for doc_id, sig, cluster in rows:
            self.add(doc_id, bytes(sig), cluster)

    def assign(self, doc_id: str, sig: bytes | None) -> str:
        """The cluster a new document belongs to: the best match's cluster, else its own id."""
        if sig is None or not self._sigs:
            return doc_id
        cands = self._lsh.query(_lean(_values(sig)))
        best: tuple[float, int, str] | None = None
        for cand in cands:
            if cand == doc_id:
                continue
            sim = similarity(sig, self._sigs[cand])
            if sim < self.threshold:
                continue
            key = (-sim, self._order[cand], cand)  # most similar, then the earliest stored
            if best is None or key < best:
                best = key
        return self._cluster[best[2]] if best else doc_id

    def remove(self, doc_id: str) -> None:
        """Forget a document (its transaction was rolled back)."""
        if doc_id in self._sigs:
            self._lsh.remove(doc_id)
            del self._sigs[doc_id], self._cluster[doc_id], self._order[doc_id]

    def add(self, doc_id: str, sig: bytes | None, cluster: str) -> None:
        """Record a document (assigned to `cluster`) so that later documents can match it."""
        if sig is None or doc_id in self._sigs:
            return
        self._lsh.insert(doc_id, _lean(_values(sig)))
        self._sigs[doc_id] = sig
        self._cluster[doc_id] = cluster
        self._order[doc_id] = len(self._order)
