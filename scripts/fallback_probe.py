"""How precise would each fallback for a missing side be? Counts only, no text, so it may run on any
gold folder (the held-out set included, by the lead).

For every draft that `emit._keep` would drop because one side is missing, each strategy of
`cronaca.events.fallbacks` proposes a side; the proposal is a hit when one of the filled draft's
(type, source, target) pairs matches a gold tuple of its sentence (the evaluator's `code_matches`)
that no emitted event already matches. Prints, per language: for each strategy, for each
(type, side, strategy) cell, by distance in sentences and inside/outside quotations, how many drafts
a strategy fills and how many of them hit; then what the configured rules (fallbacks.yaml) filled.

    PYTHONPATH=src python scripts/fallback_probe.py tests/gold
    PYTHONPATH=src python scripts/fallback_probe.py tests/gold --lang en --min 5
"""

from __future__ import annotations

import argparse
from collections import defaultdict

from cronaca.evaluate import _sentence_index, _sentence_starts, actor_key, code_matches, load_gold_dir
from cronaca.events import fallbacks, stage
from cronaca.model import Document, DocumentMeta
from cronaca.pipeline import Pipeline

_SEEN: list = []  # (ctx, [(draft, side, candidates)]) of the document being read


def _instrument() -> None:
    """Record the candidates of every gap before the configured rules fill some of them."""
    real = stage._fallbacks

    def rec(ctx, drafts):
        _SEEN.append((ctx, fallbacks.candidates(ctx, drafts)))
        real(ctx, drafts)

    stage._fallbacks = rec


def _sector_class(ctx, known: list[str]) -> str:
    """The known side as a kind of polity: a state (government, military, a country), an IGO, or
    another body (party, court, police, NGO, media, business, people)."""
    a = ctx.actors.get(known[0]) if known else None
    if a is None:
        return "none"
    if a.igo:
        return "igo"
    if a.country and a.sector in (None, "GOV", "MIL"):
        return "state"
    return "other"


def _bucket(dist: int) -> str:
    return "0" if dist <= 0 else "1" if dist == 1 else "2-3" if dist <= 3 else "4+"


def _where(ctx, d, kinds, open_gold, t, s, kn, by_id) -> str:
    """Where the gold target of a ceiling draft is mentioned: in the sentence before or after the
    trigger, in the sentence before, earlier, or nowhere (counts only)."""
    wanted = [
        gt[2]
        for gt in open_gold
        if gt[0] == t and gt[3] == s and any(code_matches(gt[1], kinds.get(gt[1] or ""), k) for k in kn)
    ]
    best = "not a mention"
    order = ["same sentence, before", "same sentence, after", "sentence before", "earlier", "later", "not a mention"]
    for m in ctx.doc.mentions:
        a = by_id.get(m.actor) if m.actor else None
        if a is None or not any(code_matches(w, kinds.get(w or ""), actor_key(a)) for w in wanted):
            continue
        k = ctx.tok_at(m.start)
        ms = ctx.toks[k].sent
        if ms == d.sent:
            w = "same sentence, before" if k < d.m.ta else "same sentence, after"
        elif ms == d.sent - 1:
            w = "sentence before"
        elif ms < d.sent:
            w = "earlier"
        else:
            w = "later"
        if order.index(w) < order.index(best):
            best = w
    return best


def _score(g, doc: Document, ctx, found: list, add, gaps: dict) -> None:
    """Count, for one gold document, what each strategy fills and how often it hits."""
    starts = _sentence_starts(doc)
    kinds = g.code_kinds
    by_id = {a.id: a for a in doc.actors}

    def key(a: str):
        return actor_key(by_id.get(a))

    gold_t = []  # (type, src, tgt, sent)
    for ge in g.events:
        s = _sentence_index(starts, ge.trigger.start)
        for src in list(ge.source) or [None]:
            for tgt in list(ge.target) or [None]:
                if src is None or src != tgt:
                    gold_t.append((ge.type, src, tgt, s))

    def pairs_of(etype: str, source: list[str], target: list[str], s: int):
        return [(etype, key(a), key(b), s) for a in source or [None] for b in target or [None] if a != b]

    def matches(gt, pt) -> bool:
        return (
            gt[0] == pt[0]
            and gt[3] == pt[3]
            and code_matches(gt[1], kinds.get(gt[1] or ""), pt[1])
            and code_matches(gt[2], kinds.get(gt[2] or ""), pt[2])
        )

    # events the configured rules made are left out: what is measured is the gap they fill
    made = {(d.m.trig.type, ctx.toks[d.m.ta].start) for d, _side, _c in found if d.fallback}
    emitted = []
    for e in doc.events:
        if (e.type, e.trigger.start) in made:
            continue
        emitted += pairs_of(e.type, e.source, e.target, _sentence_index(starts, e.trigger.start))
    open_gold = [gt for gt in gold_t if not any(matches(gt, pt) for pt in emitted)]
    for d, side, cands in found:
        s = _sentence_index(starts, ctx.toks[d.m.ta].start)
        t = d.m.trig.type
        known = d.target if side == "source" else d.source
        gaps[(g.lang, side)] += 1
        gaps[("all", side)] += 1

        def hit(ids: list[str], side=side, known=known, t=t, s=s) -> bool:
            if side == "target":
                src, tgt = known, ids
            elif side == "source":
                src, tgt = ids, known
            else:
                src = tgt = list(dict.fromkeys(known + ids))
            return any(matches(gt, pt) for pt in pairs_of(t, src, tgt, s) for gt in open_gold)

        # the ceiling: an open gold tuple of this type in the sentence whose known side is ours
        kn = [key(a) for a in known]
        ceiling = any(
            gt[0] == t
            and gt[3] == s
            and any(code_matches(gt[2 if side == "source" else 1], kinds.get(gt[2 if side == "source" else 1] or ""), k) for k in kn)
            for gt in open_gold
        )
        add(g.lang, ("ceiling", side, "known side right"), ceiling)
        if ceiling and side == "target":
            add(g.lang, ("where", t, _where(ctx, d, kinds, open_gold, t, s, kn, by_id)), True)
        add(g.lang, ("ceiling", t, side), ceiling)
        add(g.lang, ("any", side, "some strategy hits"), any(hit(ids) for ids, _ in cands.values()))
        quoted = "quoted" if d.quote is not None else "plain"
        hits = {}
        for strat, (ids, dist) in cands.items():
            h = hit(ids)
            hits[strat] = (h, ids)
            add(g.lang, ("strategy", strat), h)
            add(g.lang, ("cell", t, side, strat), h)
            foreign = "foreign" if fallbacks.foreign(ctx, known, ids) else "domestic"
            add(g.lang, ("cellx", t, side, strat, foreign, d.m.trig.cameo[:3]), h)
            add(g.lang, ("cellv", t, side, strat, "noun" if d.m.trig.noun else "verb", _sector_class(ctx, known)), h)
            add(g.lang, ("dist", strat, _bucket(dist)), h)
            add(g.lang, ("quote", strat, quoted), h)
            add(g.lang, ("side", strat, side), h)
        names = sorted(hits)
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                ca = {key(x) for x in hits[a][1]}
                if ca == {key(x) for x in hits[b][1]}:
                    add(g.lang, ("agree", f"{a}+{b}"), hits[a][0])
        if d.fallback:
            filled = d.target if side == "target" else d.source
            ids = [x for x in filled if x not in known] if side == "partner" else filled
            add(g.lang, ("applied", d.fallback, t, side), hit(ids))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("--lang")
    ap.add_argument("--min", type=int, default=3, help="print (type, side, strategy) cells filled at least this often")
    args = ap.parse_args()
    _instrument()
    pipe = Pipeline()
    # key -> [filled, hits], per language and "all"
    tab: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
    gaps: dict[tuple, int] = defaultdict(int)

    def add(lang: str, key: tuple, hit: bool) -> None:
        for lg in (lang, "all"):
            cell = tab[(lg, *key)]
            cell[0] += 1
            cell[1] += hit

    for g in load_gold_dir(args.gold, args.lang):
        doc = Document(text=g.text, meta=DocumentMeta(id=g.id, lang=g.lang, date=g.date, title=g.title))
        _SEEN.clear()
        pipe(doc)
        if not _SEEN:
            continue
        ctx, found = _SEEN[-1]
        _score(g, doc, ctx, found, add, gaps)
    langs = ["it", "en", "all"] if not args.lang else [args.lang]

    def show(title: str, kind: str, min_n: int = 1) -> None:
        rows = sorted({k[2:] for k in tab if k[1] == kind})
        print(f"\n{title}")
        print("  " + " " * 44 + "".join(f"{lg:>16s}" for lg in langs))
        for r in rows:
            cells = [tab.get((lg, kind, *r), [0, 0]) for lg in langs]
            if max(c[0] for c in cells) < min_n:
                continue
            txt = "".join(f"{c[1]:4d}/{c[0]:<4d} {c[1] / c[0] if c[0] else 0:5.2f} " for c in cells)
            print(f"  {' '.join(r):44s}{txt}")

    print("drafts with one side missing (hits/filled precision per language):")
    for lg in langs:
        print(f"  {lg}: " + ", ".join(f"{sd} {gaps.get((lg, sd), 0)}" for sd in fallbacks.SIDES))
    show("Ceiling: an open gold tuple of the type whose known side matches (hits = such drafts):", "ceiling")
    show("Where the gold target of a ceiling draft is mentioned (counts only):", "where")
    show("Some strategy hits:", "any")
    show("By strategy:", "strategy")
    show("By strategy and missing side:", "side")
    show("By strategy and distance (sentences back):", "dist")
    show("By strategy, inside a quotation or not:", "quote")
    show("Two strategies proposing the same side:", "agree")
    show(f"By (type, side, strategy), cells filled >= {args.min} times in some column:", "cell", args.min)
    show(f"By (type, side, strategy, foreign, CAMEO), filled >= {args.min}:", "cellx", args.min)
    show(f"By (type, side, strategy, noun/verb, known side's kind), filled >= {args.min}:", "cellv", args.min)
    show("Filled by the configured rules (fallbacks.yaml):", "applied")


if __name__ == "__main__":
    main()
