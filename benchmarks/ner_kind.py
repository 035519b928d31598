"""PER/ORG/LOC exact-span precision, recall and F1 of the actors stage on KIND (Italian Wikinews).

Data: ../shared/data/kind-wn-train/sentences.jsonl relative to the repository (KIND, dhfbk; text
it.wikinews.org CC BY 2.5, annotations CC BY-NC 4.0). It is a development set, read in place, never copied.
Each sentence runs as one document (lang it, no date) through analyze + find_actors. Our kinds map to
KIND's: PER->PER, ORG->ORG, GPE/LOC->LOC, except that a GPE mention used as an agent
(attrs["agentive"]: "la Francia ha chiesto", "secondo gli Stati Uniti") or addressed as a recipient
(attrs["recipient"]: "ha chiesto alla Tunisia") maps to ORG: KIND's guidelines tag a polity acting as an
organization (its state, government or national team) as ORG. Mentions of common-noun groups (actor keys
starting "group:": "tre attivisti", "gli alleati occidentali", actors/people.py and groups.py) are not named
entities and are left out of the comparison.

    python benchmarks/ner_kind.py [--limit N] [--errors K]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from cronaca.actors import find_actors
from cronaca.actors.groups import GROUP_KEY
from cronaca.analyze import analyze
from cronaca.model import Document, DocumentMeta, Mention

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "kind-wn-train" / "sentences.jsonl"
KIND_OF = {"PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}
TYPES = ("PER", "ORG", "LOC")


def kind_of(m: Mention) -> str:
    if m.kind == "GPE" and (m.attrs.get("agentive") or m.attrs.get("recipient")):
        return "ORG"
    return KIND_OF.get(m.kind, "O")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0, help="only the first N sentences")
    ap.add_argument("--errors", type=int, default=0, help="print the K most frequent false positives/negatives")
    ap.add_argument("--data", type=Path, default=DATA)
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"skipped: {args.data} not found (KIND data lives in ../shared/data/kind-wn-train)")
        return 0
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    fps: Counter[tuple[str, str]] = Counter()
    fns: Counter[tuple[str, str]] = Counter()
    n = 0
    elapsed = 0.0
    with args.data.open(encoding="utf-8") as fh:
        for line in fh:
            if args.limit and n >= args.limit:
                break
            rec = json.loads(line)
            n += 1
            doc = Document(text=rec["text"], meta=DocumentMeta(id=rec["id"], lang="it"))
            t0 = time.perf_counter()
            analyze(doc)
            find_actors(doc)
            elapsed += time.perf_counter() - t0
            gold = {(e["start"], e["end"], e["type"]) for e in rec["entities"]}
            # KIND tags names only: an official named only by role ("il ministro degli Esteri francese":
            # attrs["description"]) and a group named by a common noun ("centinaia di manifestanti": a group:
            # key) are descriptions, not names, so their mentions are not scored
            groups = {a.id for a in doc.actors if (a.key or "").startswith(GROUP_KEY)}
            pred = {(m.start, m.end, kind_of(m)) for m in doc.mentions
                    if not m.attrs.get("description") and m.actor not in groups}
            for s in pred:
                if s[2] not in TYPES:
                    continue
                if s in gold:
                    tp[s[2]] += 1
                else:
                    fp[s[2]] += 1
                    fps[(rec["text"][s[0]:s[1]], s[2])] += 1
            for s in gold - pred:
                fn[s[2]] += 1
                fns[(rec["text"][s[0]:s[1]], s[2])] += 1
    print(f"KIND WN train: {n} sentences, analyze+actors {n / elapsed:.0f} sentences/s")
    print(f"{'type':5} {'P':>6} {'R':>6} {'F1':>6} {'tp':>6} {'fp':>6} {'fn':>6}")
    for t in (*TYPES, "ALL"):
        a = sum(tp.values()) if t == "ALL" else tp[t]
        b = sum(fp.values()) if t == "ALL" else fp[t]
        c = sum(fn.values()) if t == "ALL" else fn[t]
        p = a / (a + b) if a + b else 0.0
        r = a / (a + c) if a + c else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{t:5} {p:6.3f} {r:6.3f} {f:6.3f} {a:6d} {b:6d} {c:6d}")
    if args.errors:
        print("false positives:", fps.most_common(args.errors))
        print("false negatives:", fns.most_common(args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
