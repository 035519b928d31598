"""Aggregate counts of why events are missed or wrong, over a gold folder; prints no text.

The held-out set must stay blind, yet we want to know which *kind* of error dominates there:
a missing trigger, a wrong type, or wrong sides. This prints only counts, so it can be read on the
held-out set without reading any sentence.

    PYTHONPATH=src python scripts/event_diag.py tests/gold-heldout
    PYTHONPATH=src python scripts/event_diag.py tests/gold --lang it
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from cronaca.evaluate import (
    _sentence_index,
    _sentence_starts,
    actor_key,
    code_matches,
    load_gold_dir,
)
from cronaca.model import Document, DocumentMeta
from cronaca.pipeline import Pipeline


def side_cat(gcode, kind, pkey) -> str:
    if gcode is None and pkey is None:
        return "ok"
    if code_matches(gcode, kind, pkey):
        return "ok"
    if gcode is None:
        return "gold-empty"
    if pkey is None:
        return "pred-empty"
    if kind == "sector" and pkey[1] == gcode[:3] and not pkey[0]:
        return "same country, other sector"
    return "differ"


_DROPPED: list = []  # drafts that `_keep` refused, in the document being read
_MATCHED: list = []  # every trigger match of the document being read
_REMOVED: list = []  # (step, draft) for drafts another step dropped, in the document being read


def _instrument() -> None:
    """Record the trigger matches and the drafts dropped for missing sides, so a missed event can be
    told apart: no trigger at all, or a trigger whose sides were not found."""
    from cronaca.events import stage

    keep, match = stage._keep, stage._match

    def keep_rec(d):
        ok = keep(d)
        if not ok:
            _DROPPED.append(d)
        return ok

    def match_rec(ctx):
        out = match(ctx)
        _MATCHED.extend(out)
        return out

    stage._keep, stage._match = keep_rec, match_rec
    # Every other step that takes the draft list may drop drafts too ("a quoted label with no
    # target", "a request ruled out"): record which step dropped each, so such drops are not
    # counted as missing triggers.
    from cronaca.events.context import Draft

    def wrap(name, fn):
        def rec(*args, **kw):
            before = next((a for a in args if isinstance(a, list) and a and isinstance(a[0], Draft)), None)
            out = fn(*args, **kw)
            if before is not None:
                after = out[0] if isinstance(out, tuple) else out
                if isinstance(after, list):
                    kept = {id(d.m) for d in after if isinstance(d, Draft)}
                    _REMOVED.extend((name, d) for d in before if id(d.m) not in kept)
            return out

        return rec

    # the steps whose result replaces the draft list ("drafts = _step(ctx, drafts)") are the filters
    src = Path(stage.__file__).read_text(encoding="utf-8")
    filters = set(re.findall(r"^\s+drafts(?:, \w+)? = (_\w+)\(ctx, drafts", src, re.M))
    for name, fn in list(vars(stage).items()):
        if name in filters:
            setattr(stage, name, wrap(name, fn))


def _removed_by(etype: str, sent: int, starts: list[int], toks: list) -> list[str]:
    """The filter steps that removed a draft of this type in this sentence."""
    return [
        n
        for n, d in _REMOVED
        if d.m.trig.type == etype and _sentence_index(starts, toks[d.m.ta].start) == sent
    ]


def _print_counts(rows: list[tuple[str, int]]) -> None:
    for k, v in rows:
        print(f"  {v:4d}  {k}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("--lang")
    args = ap.parse_args()
    _instrument()
    pipe = Pipeline()
    miss: Counter[str] = Counter()
    extra: Counter[str] = Counter()
    sides: Counter[str] = Counter()
    actor_in_doc: Counter[str] = Counter()
    by_type_found: Counter[str] = Counter()
    by_type_all: Counter[str] = Counter()
    removers: Counter[str] = Counter()  # the step that removed a same-type draft of a missed event
    confusion: Counter[str] = Counter()  # gold type -> predicted types, where only other types came out
    n_gold = n_pred = 0
    for g in load_gold_dir(args.gold, args.lang):
        doc = Document(text=g.text, meta=DocumentMeta(id=g.id, lang=g.lang, date=g.date, title=g.title))
        _DROPPED.clear()
        _MATCHED.clear()
        _REMOVED.clear()
        pipe(doc)
        toks = doc.tokens
        starts = _sentence_starts(doc)
        kinds = g.code_kinds
        by_id = {a.id: a for a in doc.actors}
        preds = []
        for e in doc.events:
            s = _sentence_index(starts, e.trigger.start)
            src = [actor_key(by_id.get(x)) for x in e.source] or [None]
            tgt = [actor_key(by_id.get(x)) for x in e.target] or [None]
            preds.append((e.type, s, src, tgt))
        n_pred += len(preds)
        doc_keys = [actor_key(a) for a in doc.actors]

        for ge in g.events:
            n_gold += 1
            by_type_all[ge.type] += 1
            s = _sentence_index(starts, ge.trigger.start)
            gs = list(ge.source) or [None]
            gt = list(ge.target) or [None]
            insent = [p for p in preds if p[1] == s]
            same = [p for p in insent if p[0] == ge.type]
            if not insent:
                dropped = [d for d in _DROPPED if _sentence_index(starts, toks[d.m.ta].start) == s]
                if any(d.m.trig.type == ge.type for d in dropped):
                    miss["no event in sentence: same-type trigger dropped for sides"] += 1
                elif removed := _removed_by(ge.type, s, starts, toks):
                    miss["no event in sentence: same-type draft removed by a step"] += 1
                    removers[removed[0]] += 1
                elif dropped:
                    miss["no event in sentence: other-type trigger dropped"] += 1
                elif any(_sentence_index(starts, toks[m.ta].start) == s for m in _MATCHED):
                    miss["no event in sentence: a trigger matched, no draft"] += 1
                else:
                    miss["no event in sentence: no trigger matched"] += 1
                continue
            if not same:
                dropped = [d for d in _DROPPED if _sentence_index(starts, toks[d.m.ta].start) == s]
                if any(d.m.trig.type == ge.type for d in dropped):
                    miss["other type only: a same-type trigger dropped for sides"] += 1
                elif removed := _removed_by(ge.type, s, starts, toks):
                    miss["other type only: a same-type draft removed by a step"] += 1
                    removers[removed[0]] += 1
                else:
                    miss["other type only: no same-type draft"] += 1
                confusion[f"{ge.type} -> {'/'.join(sorted({p[0] for p in insent}))}"] += 1
                continue
            best = None
            for p in same:
                scat = min(
                    (side_cat(a, kinds.get(a or ""), b) for a in gs for b in p[2]),
                    key=lambda c: c != "ok",
                )
                tcat = min(
                    (side_cat(a, kinds.get(a or ""), b) for a in gt for b in p[3]),
                    key=lambda c: c != "ok",
                )
                rev = any(code_matches(a, kinds.get(a or ""), b) for a in gs for b in p[3] if a) and any(
                    code_matches(a, kinds.get(a or ""), b) for a in gt for b in p[2] if a
                )
                cand = (scat, tcat, rev)
                if best is None or (cand[0] == "ok") + (cand[1] == "ok") > (best[0] == "ok") + (
                    best[1] == "ok"
                ):
                    best = cand
            scat, tcat, rev = best
            if scat == "ok" and tcat == "ok":
                miss["found (same type, sides match)"] += 1
                by_type_found[ge.type] += 1
                continue
            if rev:
                miss["same type, sides reversed"] += 1
                continue
            miss["same type, sides differ"] += 1
            sides[f"source {scat} / target {tcat}"] += 1
            for side, cat, codes in (("source", scat, gs), ("target", tcat, gt)):
                if cat in ("pred-empty", "differ", "same country, other sector"):
                    present = any(
                        code_matches(a, kinds.get(a or ""), k) for a in codes if a for k in doc_keys
                    )
                    actor_in_doc[
                        f"{side}: gold side {'is' if present else 'is NOT'} an actor of the doc"
                    ] += 1
        for p in preds:
            s = p[1]
            gin = [ge for ge in g.events if _sentence_index(starts, ge.trigger.start) == s]
            if not gin:
                extra["no gold event in sentence"] += 1
            elif not [ge for ge in gin if ge.type == p[0]]:
                extra["gold has other types only"] += 1
            else:
                extra["gold has same type in sentence"] += 1
    print(f"gold events {n_gold}, predicted events {n_pred}")
    print("\nGold events, by what the prediction has in their sentence:")
    _print_counts(miss.most_common())
    print("\nSame type, sides differ:")
    _print_counts(sides.most_common())
    _print_counts(sorted(actor_in_doc.items()))
    print("\nSteps that removed a same-type draft of a missed gold event:")
    _print_counts(removers.most_common(15))
    print("\nOther type only (gold type -> predicted types in its sentence), top 25:")
    _print_counts(confusion.most_common(25))
    print("\nPredicted events, by what the gold has in their sentence:")
    _print_counts(extra.most_common())
    print("\nRecall by type (found with sides / gold):")
    for t, n in by_type_all.most_common():
        print(f"  {t:10s} {by_type_found[t]:3d}/{n:3d}")


if __name__ == "__main__":
    main()
