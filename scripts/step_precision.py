"""Which steps of the events stage make the right events and which make the wrong ones, on a gold folder.

The events stage (`cronaca.events.stage.find_events`) runs ~120 steps over drafts; each may create
a draft, set its sides or its type, or drop it. A wrong event on blind text is the work of some
step, and a step tuned on one dev sentence can be wrong far more often than right elsewhere. This
script wraps every step that `find_events` calls (it rebinds the names in `cronaca.events.stage`;
the stage itself is not edited), keeps for each draft

- `made`: the step that created it (for a draft built by `_roles` from a trigger match, the step
  that produced the match: `_match`, `_warning_matches`, `_quoted_labels`, ...),
- `src` / `tgt` / `type`: the step that last changed its source, its target, its type,
- `last`: the step that last changed any of the three (else `made`),

then aligns the emitted events with the gold exactly as `cronaca.evaluate.score_document` does
((type, source, target, sentence) tuples, one-to-one) and prints per step: emitted tuples it made
or touched last, how many matched gold (right) or nothing (wrong), and their precision. It also
prints what each step cost: gold tuples the live drafts covered before the step and no longer
after it (`lost`: dropped, or changed away from a right answer) and those it won (`gain`).

    PYTHONPATH=src python scripts/step_precision.py tests/gold
    PYTHONPATH=src python scripts/step_precision.py tests/gold --lang it --min 3
    PYTHONPATH=src python scripts/step_precision.py tests/gold --step _fallbacks   # its events

Counts are tuples, as the events score counts them (an event with two targets is two tuples).
`--step NAME` prints that step's emitted tuples, right and wrong, with their sentence: read only on
folders you may read (never the held-out set).
"""

from __future__ import annotations

import argparse
import ast
import inspect
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from cronaca.evaluate import (
    ActorKey,
    GoldDoc,
    _gold_country,
    _key_country,
    _max_matching,
    _sentence_index,
    _sentence_starts,
    actor_key,
    code_matches,
    event_options,
    event_tuples,
    key_code,
    load_gold_dir,
    score_document,
)
from cronaca.events import stage
from cronaca.events.context import Draft, Match
from cronaca.model import Document, DocumentMeta

# a group placeholder ("@...") is no actor yet: it must match neither an actor nor an empty side
_PLACEHOLDER: ActorKey = ("@", None, None, "@group")
_ROLES = "_roles"
_KEEP = "_keep"
_EMIT = "_emit"
_INLINE = "(inline)"  # a change made by find_events' own code between two steps


@dataclass
class Prov:
    """Who made a draft and who last set each of its parts."""

    made: str
    src: str = ""
    tgt: str = ""
    type: str = ""
    last: str = ""


@dataclass
class Emitted:
    """One emitted (type, source, target, sentence) tuple and the draft's provenance."""

    doc: str
    tup: tuple
    prov: Prov
    trigger: str
    sentence: str
    right: bool = False
    right_country: bool = False


@dataclass
class Totals:
    """Per-step counts over a folder."""

    emitted: list[Emitted] = field(default_factory=list)
    lost: Counter[str] = field(default_factory=Counter)  # gold tuples covered before the step, not after
    gain: Counter[str] = field(default_factory=Counter)
    drops: Counter[str] = field(default_factory=Counter)  # drafts the step removed
    drops_right: Counter[str] = field(default_factory=Counter)  # ... that covered a gold tuple
    spoiled: Counter[str] = field(default_factory=Counter)  # drafts right before the step, wrong after
    tp: int = 0  # events matched, as score_document counts them (a check on the alignment here)
    tp_eval: int = 0


def _replacing_steps() -> set[str]:
    """Steps whose result `find_events` takes as the new draft list (`drafts = step(...)`), read
    from its source so a new step is covered without a list kept by hand."""
    tree = ast.parse(inspect.getsource(stage.find_events))
    out: set[str] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Assign) or not isinstance(node.value, ast.Call):
            continue
        fn = node.value.func
        if not isinstance(fn, ast.Name):
            continue
        for t in node.targets:
            first = t.elts[0] if isinstance(t, ast.Tuple) and t.elts else t
            if isinstance(first, ast.Name) and first.id == "drafts":
                out.add(fn.id)
    return out


def _called_steps() -> list[str]:
    """The module-level names `find_events` calls."""
    tree = ast.parse(inspect.getsource(stage.find_events))
    names = {n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
    return sorted(n for n in names if n.startswith("_") and callable(getattr(stage, n, None)))


def _drafts_in(x: Any) -> list[Draft] | None:
    """`x` as a list of drafts, when it is one (an empty list counts)."""
    if isinstance(x, list) and all(isinstance(d, Draft) for d in x):
        return x
    return None


class Tracer:
    """Provenance of the drafts of one document, and what each step won or lost against its gold."""

    def __init__(
        self,
        doc: Document,
        gold: GoldDoc | None,
        totals: Totals,
        replacing: set[str],
        off: frozenset[str] = frozenset(),
    ) -> None:
        self.off = off  # steps switched off (--ablate): not run, their draft list passed on
        self.doc = doc
        self.totals = totals
        self.replacing = replacing
        self.prov: dict[int, Prov] = {}
        self.keep: dict[int, Draft] = {}  # every draft seen, kept alive so its id is not reused
        self.state: dict[int, tuple] = {}
        self.live: list[Draft] = []
        self.main: list[Draft] | None = None
        self.match_origin: dict[int, str] = {}
        self.matches: list[Match] = []  # kept alive, as above
        self.refused: list[Draft] = []
        self.emitted: list[tuple[Draft, Any]] = []
        self.by_id = {a.id: a for a in doc.actors}
        self.starts = _sentence_starts(doc)
        self.gold_t: list[tuple] = []
        self.kinds: dict[str, str] = {}
        self._cov: dict[tuple, frozenset[int]] = {}
        if gold is not None:
            self.kinds = gold.code_kinds
            for g in gold.events:
                sent = _sentence_index(self.starts, g.trigger.start)
                self.gold_t += event_tuples(g.type, list(g.source), list(g.target), sent)

    # ---- state and coverage of one draft
    def _key(self, actor: str) -> ActorKey | None:
        a = self.by_id.get(actor)
        if a is None:
            return _PLACEHOLDER if actor else None
        return actor_key(a)

    def _state(self, d: Draft) -> tuple:
        sent = _sentence_index(self.starts, self.doc.tokens[d.m.ta].start)
        return (d.m.trig.type, tuple(d.source), tuple(d.target), sent)

    def cover(self, st: tuple) -> frozenset[int]:
        """The gold tuples a draft in state `st` would match."""
        got = self._cov.get(st)
        if got is None:
            etype, src, tgt, sent = st
            pred = event_tuples(
                etype, [self._key(a) for a in src], [self._key(a) for a in tgt], sent, code=key_code
            )
            kinds = self.kinds
            got = frozenset(
                gi
                for gi, g in enumerate(self.gold_t)
                if g[0] == etype
                and g[3] == sent
                and any(
                    code_matches(g[1], kinds.get(g[1] or ""), p[1])
                    and code_matches(g[2], kinds.get(g[2] or ""), p[2])
                    for p in pred
                )
            )
            self._cov[st] = got
        return got

    def _union(self, drafts: Iterable[Draft], states: dict[int, tuple]) -> set[int]:
        out: set[int] = set()
        for d in drafts:
            st = states.get(id(d))
            if st is not None:
                out |= self.cover(st)
        return out

    # ---- registering drafts
    def _register(self, d: Draft, step: str, gone: list[Draft]) -> None:
        """A draft first seen after `step`: a copy of a draft the step removed (same trigger) keeps
        that draft's provenance; anything else was made by the step."""
        old = next((o for o in gone if o.m.ta == d.m.ta and o.m.tb == d.m.tb), None)
        if old is not None:
            p = self.prov[id(old)]
            self.prov[id(d)] = Prov(p.made, p.src, p.tgt, p.type, p.last)
            self.state[id(d)] = self.state[id(old)]  # its changes are compared below
        else:
            self.prov[id(d)] = Prov(made=step, src=step, tgt=step, type=step, last=step)
            self.state[id(d)] = (d.m.trig.type, (), (), self._state(d)[3])
        self.keep[id(d)] = d

    # ---- one step
    def call(self, name: str, fn: Callable[..., Any], args: tuple, kwargs: dict) -> Any:
        if name == _KEEP:
            ok = fn(*args, **kwargs)
            if not ok:
                self.refused.append(args[0])
            return ok
        if self.refused:  # "[d for d in drafts if _keep(d)]" ran before this step: its own transition
            gone = {id(d) for d in self.refused}
            self.refused = []
            self._transition(_KEEP, [d for d in self.live if id(d) not in gone], [])
        self._transition(_INLINE, self.live, [])  # anything find_events changed itself
        result = _passthrough(name, args, self.replacing) if name in self.off else fn(*args, **kwargs)
        if name == _EMIT:
            drafts = args[2]
            self.emitted = list(zip(drafts, self.doc.events, strict=True))
            return result
        if isinstance(result, list) and result and all(isinstance(m, Match) for m in result):
            for m in result:
                if id(m) not in self.match_origin:
                    self.match_origin[id(m)] = name
                    self.matches.append(m)
            return result
        if name == _ROLES:
            if isinstance(result, Draft):
                m = args[1]
                origin = self.match_origin.get(id(m), "?")
                self.prov[id(result)] = Prov(origin, _ROLES, _ROLES, origin, _ROLES)
                self.keep[id(result)] = result
                self.state[id(result)] = (result.m.trig.type, (), (), self._state(result)[3])
                self._transition(_ROLES, [*self.live, result], [])
            return result
        new_live = self._new_live(name, args, result)
        extra = [d for x in (*args, result) for d in (_drafts_in(x) or ([x] if isinstance(x, Draft) else []))]
        self._transition(name, new_live, extra)
        return result

    def _new_live(self, name: str, args: tuple, result: Any) -> list[Draft]:
        if name in self.replacing:
            out = result[0] if isinstance(result, tuple) else result
            got = _drafts_in(out)
            if got is not None:
                self.main = got
                return list(got)
        for a in args:
            got = _drafts_in(a)
            if got is None:
                continue
            if got is self.main or {id(d) for d in self.live} <= {id(d) for d in got}:
                self.main = got  # the draft list, or a new one holding it ("sorted(drafts + charges)")
                return list(got)
            break
        got = _drafts_in(result)
        if got and not any(id(d) in self.prov for d in got):
            return [*self.live, *got]  # new drafts find_events merges into the list ("charges")
        return list(self.live)

    def _transition(self, step: str, new_live: list[Draft], extra: list[Draft]) -> None:
        """Compare the drafts before and after `step`; credit changes, drops, gains and losses."""
        t = self.totals
        old_states = dict(self.state)
        old_live = self.live
        new_ids = {id(d) for d in new_live}
        gone = [d for d in old_live if id(d) not in new_ids]
        for d in [*new_live, *extra]:
            if id(d) not in self.prov:
                self._register(d, step, gone)
        touched = {id(d): d for d in [*old_live, *new_live, *extra]}
        for i, d in touched.items():
            st = self._state(d)
            before = self.state.get(i)
            if before == st:
                continue
            p = self.prov[i]
            if before is not None:
                if before[0] != st[0]:
                    p.type = step
                if before[1] != st[1]:
                    p.src = step
                if before[2] != st[2]:
                    p.tgt = step
                p.last = step
                if i in old_states and self.cover(before) and not self.cover(st):
                    t.spoiled[step] += 1
            self.state[i] = st
        for d in gone:
            t.drops[step] += 1
            if self.cover(old_states[id(d)]):
                t.drops_right[step] += 1
        if self.gold_t:
            before_cov = self._union(old_live, old_states)
            after_cov = self._union(new_live, self.state)
            t.lost[step] += len(before_cov - after_cov)
            t.gain[step] += len(after_cov - before_cov)
        self.live = list(new_live)

    # ---- the emitted events against the gold
    def score(self, gold: GoldDoc) -> None:
        """Align the emitted events with the gold as score_document does, and credit each tuple."""
        doc, t = self.doc, self.totals
        drafts = {id(e): d for d, e in self.emitted}
        pred_t: list[tuple] = []
        for e in doc.events:
            sent = _sentence_index(self.starts, e.trigger.start)
            src = [actor_key(self.by_id.get(x)) for x in e.source]
            tgt = [actor_key(self.by_id.get(x)) for x in e.target]
            for tup in event_tuples(e.type, src, tgt, sent, code=key_code):
                pred_t.append((*tup, e))
        kinds = self.kinds
        gold_ev: list[tuple] = []
        for g in gold.events:
            sent = _sentence_index(self.starts, g.trigger.start)
            for tup in event_tuples(g.type, list(g.source), list(g.target), sent):
                gold_ev.append((*tup, g))
        used = set(_max_matching(len(gold_ev), event_options(gold_ev, pred_t, kinds)).values())
        t.tp += len(used)
        # the issue's measure, type + countries: a multiset intersection, given out in text order
        gc = Counter((g[0], _gold_country(g[1], kinds), _gold_country(g[2], kinds), g[3]) for g in gold_ev)
        for pi, pt in enumerate(pred_t):
            e = pt[4]
            d = drafts.get(id(e))
            prov = self.prov.get(id(d), Prov("?")) if d is not None else Prov("?")
            ck = (pt[0], _key_country(pt[1]), _key_country(pt[2]), pt[3])
            rc = gc[ck] > 0
            if rc:
                gc[ck] -= 1
            s = doc.sents[pt[3]] if doc.sents else None
            t.emitted.append(
                Emitted(
                    doc=gold.id,
                    tup=(pt[0], key_code(pt[1]), key_code(pt[2]), pt[3]),
                    prov=prov,
                    trigger=e.trigger.text,
                    sentence=doc.text[s.start : s.end] if s is not None else "",
                    right=pi in used,
                    right_country=rc,
                )
            )


_TRACER: Tracer | None = None
_ORIGINAL: dict[str, Callable[..., Any]] = {}  # the steps as the stage module had them


def install() -> None:
    """Rebind every step `find_events` calls to a wrapper that reports to the current tracer.
    Idempotent; outside `trace()` the wrappers only pass the call on."""
    if getattr(stage, "_step_precision_installed", False):
        return
    for name in [*_called_steps(), _KEEP]:
        fn = _ORIGINAL[name] = getattr(stage, name)

        def wrapper(*args: Any, _n: str = name, _f: Callable[..., Any] = fn, **kwargs: Any) -> Any:
            if _TRACER is None:
                return _f(*args, **kwargs)
            return _TRACER.call(_n, _f, args, kwargs)

        setattr(stage, name, wrapper)
    stage._step_precision_installed = True  # type: ignore[attr-defined]


def _returns(name: str) -> str:
    """The step's declared return type, as written (the modules use `from __future__ import annotations`)."""
    fn = _ORIGINAL.get(name) or getattr(stage, name, None)
    return str(inspect.signature(fn).return_annotation) if callable(fn) else ""


def _passthrough(name: str, args: tuple, replacing: set[str]) -> list[Draft] | None:
    """What a switched-off step gives back: a filter hands on the draft list it was given, a step
    that makes new drafts ("charges") none, a step that edits in place nothing."""
    if name in replacing:
        return next((a for a in args if _drafts_in(a) is not None), None)
    return [] if _returns(name) == "list[Draft]" else None


def ablatable(name: str) -> bool:
    """Can `name` be switched off? Not the trigger matching, the sides of a match (`_roles`), the end
    of the stage, nor a step whose result feeds a later one (a dict, pairs, a tuple)."""
    if name in (_KEEP, _EMIT, _ROLES, "_dedupe", "_match", "_participle_nouns", "sorted"):
        return False
    return _returns(name) in ("None", "list[Draft]")


def trace(golds: list[GoldDoc], off: frozenset[str] = frozenset()) -> Totals:
    """Run the pipeline on each gold article with every step traced (those in `off` switched off);
    the per-step totals."""
    from cronaca.pipeline import Pipeline

    install()
    totals = Totals()
    replacing = _replacing_steps()
    current: list[GoldDoc] = []

    def events(doc: Document) -> None:
        # the tracer starts here: it reads the actors and sentences the stages before filled
        global _TRACER
        tracer = _TRACER = Tracer(doc, current[0], totals, replacing, off)
        try:
            stage.find_events(doc)
        finally:
            _TRACER = None
        tracer.score(current[0])

    pipeline = Pipeline(replace={"events": events})
    for g in golds:
        current[:] = [g]
        doc = Document(text=g.text, meta=DocumentMeta(id=g.id, lang=g.lang, date=g.date, title=g.title))
        pipeline(doc)
        totals.tp_eval += score_document(g, doc).counts["events"].tp
    return totals


def table(totals: Totals) -> list[dict[str, Any]]:
    """One row per step: emitted tuples it made / touched last (right, wrong), which side it set on
    wrong ones, and what it dropped or spoiled along the way."""
    rows: dict[str, dict[str, Any]] = defaultdict(lambda: defaultdict(int))
    for e in totals.emitted:
        p = e.prov
        for col, step in (("made", p.made), ("last", p.last or p.made)):
            r = rows[step]
            r[f"{col}_n"] += 1
            r[f"{col}_right"] += e.right
            r[f"{col}_wrong"] += not e.right
            r[f"{col}_rc"] += e.right_country
        for col, step in (("src", p.src), ("tgt", p.tgt), ("type", p.type)):
            if step:
                rows[step][f"{col}_n"] += 1
                rows[step][f"{col}_wrong"] += not e.right
    for name, c in (
        ("lost", totals.lost),
        ("gain", totals.gain),
        ("drops", totals.drops),
        ("drops_right", totals.drops_right),
        ("spoiled", totals.spoiled),
    ):
        for step, n in c.items():
            rows[step][name] += n
    out = []
    for step, r in rows.items():
        d = {"step": step, **r}
        for col in ("made", "last"):
            n = d.get(f"{col}_n", 0)
            d[f"{col}_p"] = d.get(f"{col}_right", 0) / n if n else None
        out.append(d)
    out.sort(key=lambda d: (-d.get("last_wrong", 0), -d.get("made_wrong", 0), d["step"]))
    return out


def _fmt_p(p: float | None) -> str:
    return "  - " if p is None else f"{p:.2f}"[1:] if p < 1 else "1.00"


def print_table(rows: list[dict[str, Any]], min_n: int = 1) -> None:
    print(
        f"{'step':26} {'made':>4} {'bad':>3} {'P':>4} | {'last':>4} {'ok':>3} {'bad':>3} {'P':>4} {'Pc':>4}"
        f" | {'src':>4} {'bad':>3} | {'tgt':>4} {'bad':>3} | {'lost':>4} {'gain':>4} {'drop':>4} {'dropR':>5} {'spoil':>5}"
    )
    for r in rows:
        g = r.get
        if (
            max(
                g("made_n", 0),
                g("last_n", 0),
                g("src_n", 0),
                g("tgt_n", 0),
                g("lost", 0),
                g("gain", 0),
                g("drops", 0),
            )
            < min_n
        ):
            continue
        ln = g("last_n", 0)
        pc = g("last_rc", 0) / ln if ln else None
        print(
            f"{r['step'][:26]:26} {g('made_n', 0):4d} {g('made_wrong', 0):3d} {_fmt_p(g('made_p'))}"
            f" | {ln:4d} {g('last_right', 0):3d} {g('last_wrong', 0):3d} {_fmt_p(g('last_p'))} {_fmt_p(pc)}"
            f" | {g('src_n', 0):4d} {g('src_wrong', 0):3d} | {g('tgt_n', 0):4d} {g('tgt_wrong', 0):3d}"
            f" | {g('lost', 0):4d} {g('gain', 0):4d} {g('drops', 0):4d} {g('drops_right', 0):5d} {g('spoiled', 0):5d}"
        )


def print_step(totals: Totals, step: str) -> None:
    """The emitted tuples `step` made or set a part of, with their sentences."""
    for e in totals.emitted:
        p = e.prov
        parts = [
            k for k, v in (("made", p.made), ("src", p.src), ("tgt", p.tgt), ("type", p.type)) if v == step
        ]
        if not parts:
            continue
        ok = "RIGHT" if e.right else ("right-country" if e.right_country else "WRONG")
        print(f"{ok:13} {e.doc} {e.tup[0]} {e.tup[1]} -> {e.tup[2]} [{e.trigger}] ({','.join(parts)})")
        print(f"              made={p.made} src={p.src} tgt={p.tgt} type={p.type}")
        print(f"              {e.sentence.strip()[:220]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", help="a gold folder (never the held-out one with --step)")
    ap.add_argument("--lang")
    ap.add_argument("--min", type=int, default=1, help="hide steps with fewer tuples than this")
    ap.add_argument("--step", help="print this step's emitted tuples with their sentences")
    ap.add_argument(
        "--ablate",
        type=int,
        default=0,
        metavar="N",
        help="rerun with each of the N steps with most wrong tuples switched off, one at a time, and print"
        " the change in right/wrong tuples (a step's worth is also in what it removes or hands on)",
    )
    args = ap.parse_args()
    golds = load_gold_dir(args.gold, args.lang)
    totals = trace(golds)
    n = len(totals.emitted)
    right = sum(e.right for e in totals.emitted)
    print(
        f"{len(golds)} articles, {n} emitted tuples, {right} right (P {right / n if n else 0:.2f});"
        f" matched here {totals.tp}, by evaluate {totals.tp_eval}"
    )
    print(
        "made: the step that created the draft (for _roles drafts: the step that made the trigger match);"
        " last: the last step that changed its source, target or type; Pc: precision at country level;"
        " badS/badT/badY: wrong tuples whose source/target/type this step set last; lost/gain: gold"
        " tuples the live drafts covered before/after the step; drop/dropR: drafts removed (that covered gold)"
    )
    if args.step:
        print_step(totals, args.step)
        return
    rows = table(totals)
    print_table(rows, args.min)
    if args.ablate:
        ablate(golds, totals, rows, args.ablate)


def _score(totals: Totals) -> tuple[int, int, int]:
    """(right, emitted, right at country level) tuples."""
    return (
        sum(e.right for e in totals.emitted),
        len(totals.emitted),
        sum(e.right_country for e in totals.emitted),
    )


def ablate(golds: list[GoldDoc], base: Totals, rows: list[dict[str, Any]], n: int) -> None:
    """Switch off, one at a time, the `n` ablatable steps with most wrong tuples (made, last or a side
    set), and print what the folder gains or loses."""
    worst = sorted(
        (r for r in rows if ablatable(r["step"])),
        key=lambda r: -max(r.get("last_wrong", 0), r.get("src_wrong", 0), r.get("tgt_wrong", 0)),
    )[:n]
    r0, p0, c0 = _score(base)
    gold_n = sum(
        len(event_tuples(e.type, list(e.source), list(e.target), 0)) for g in golds for e in g.events
    )

    def f1(r: int, p: int) -> float:
        return 2 * r / (p + gold_n) if p + gold_n else 0.0

    print(
        f"\nablation (one step off at a time; base right {r0} of {p0}, F1 {f1(r0, p0):.3f}, country right {c0}):"
    )
    print(f"{'step off':28} {'d right':>7} {'d wrong':>7} {'d F1':>7} {'d right_c':>9}")
    for r in worst:
        t = trace(golds, frozenset({r["step"]}))
        r1, p1, c1 = _score(t)
        print(
            f"{r['step'][:28]:28} {r1 - r0:+7d} {(p1 - r1) - (p0 - r0):+7d} {f1(r1, p1) - f1(r0, p0):+7.3f} {c1 - c0:+9d}"
        )


if __name__ == "__main__":
    main()
