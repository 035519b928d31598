"""Output: `_dedupe` folds a second event of the same type between the same sides in one
sentence, `_keep` drops events with a side missing (unless one-sided), `_emit` turns the drafts into
`Event`s in text order with ids `e1, e2, ...`, CAMEO code, Goldstein weight and quad class.
"""

from __future__ import annotations

from cronaca.events.codes import _code
from cronaca.events.context import Draft, _Ctx
from cronaca.events.lexicons import deeds, plover
from cronaca.model import Document, Event, Span


def _dedupe(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """One sentence rarely tells the same thing twice: a second trigger of the same type between the
    same sides ("drone attacks on Kyiv ..., killing ...") is folded into the first."""
    seen: set[tuple] = set()
    out: list[Draft] = []
    for d in drafts:
        key = (
            d.sent,
            d.m.trig.type,
            # two deeds of one type but different kinds are two acts ("rilascerà i detenuti e
            # ritirerà le truppe": release 084, withdrawal 087)
            d.m.trig.cameo if d.m.trig.type in deeds(ctx.doc.meta.lang or "it").by_cameo else "",
            # a coordinated verb of another kind is a second act ("summoned the ambassador and
            # accused Brussels of ...": 114 and 112)
            d.m.trig.cameo if _second_act(ctx, d) else "",
            frozenset(_code(ctx, a) for a in d.source),
            frozenset(_code(ctx, a) for a in d.target),
        )
        if key in seen and not any(e.denies is d for e in drafts):
            continue
        seen.add(key)
        out.append(d)
    return out


def _second_act(ctx: _Ctx, d: Draft) -> bool:
    """Is `d` a finite verb coordinated with an earlier verb of another CAMEO code ("summoned ... and
    accused", "ha convocato ... e ha accusato")? Not an infinitive that completes it ("ready to meet
    ... to discuss", "accusato di attaccare")."""
    e = d.inherit
    if e is None or d.m.trig.noun or e.m.trig.noun or e.m.trig.cameo == d.m.trig.cameo:
        return False
    k = d.m.ta - 1
    while k > e.m.tb and ctx.lows[k] in ctx.lex.aux and ctx.lows[k] not in ctx.lex.prep:
        k -= 1  # "and has accused", "e ha accusato"
    return k >= e.m.tb and ctx.lows[k] in ctx.lex.conj


def _keep(d: Draft) -> bool:
    """Symmetric events need two participants; others a source and a target, except the one-sided
    kinds (a protest, a strike). An event with a side missing is more often a misread than a fact."""
    if d.m.trig.sym:
        return len(d.source) >= 2
    if d.m.trig.one_sided:
        return bool(d.source or d.target)
    if d.open_appeal:
        return bool(d.source)
    return bool(d.source and d.target)


def _emit(doc: Document, ctx: _Ctx, drafts: list[Draft]) -> None:
    _, cameo = plover()
    toks = ctx.toks
    drafts.sort(key=lambda d: toks[d.m.ta].start)
    ids = {id(d): f"e{i}" for i, d in enumerate(drafts, 1)}
    for d in drafts:
        s = doc.sents[d.sent]
        a, b = toks[d.m.ta].start, toks[d.m.tb - 1].end
        trig = d.m.trig
        doc.events.append(
            Event(
                id=ids[id(d)],
                type=trig.type,
                cameo=trig.cameo,
                goldstein=float(cameo[trig.cameo][1]),
                source=d.source,
                target=d.target,
                trigger=Span(a, b, doc.text[a:b]),
                sentence=Span(s.start, s.end, doc.text[s.start : s.end]),
                date=d.date,
                date_source=d.date_source,
                modality=d.modality,
                quote=d.quote.id if d.quote is not None else None,
                location=d.location,
                denies=ids.get(id(d.denies)) if d.denies is not None else None,
                quad_class=trig.quad,
            )
        )
