"""Counter-measures told far from what they answer (data: `lang/<l>/retorts.yaml`).

Written news tells a party's answer to an adversary often paragraphs after the adversary's act,
with no object of its own: "Buenos Aires ha richiamato il proprio ambasciatore per consultazioni",
"Beijing recalled its ambassador", "Pechino ha promesso contromisure". `discourse._replies` reads
such an answer only in the paragraph of the act it answers (and only verbal ones), so the draft was
dropped for a missing target (ninth session: of the about 340 drafts of dev dropped for a side
with a gold event of their type, about 14 were answers of this kind: denials, warnings,
counter-measures).

- `_far_retorts`: a draft of `types` with a source and no target, not a refusal, an open appeal or
  a draft whose object was dropped as uncoded (one whose clause named only the source's own side is
  taken), takes as target the doer of the most recent hostile act (quad class >= `min_quad`) aimed
  at its source's side, within `reach` sentences before it: the party it answers. The doer must be
  coded and on another side. A retort whose speaker its own sentence does not name answers only an
  act of its own paragraph. A trigger made of a generic measure word (`generic`: "misure",
  "measures") is left to the rules that read a retaliation word. No such act, no change.

Measured and left off in the data (dev events tp/pred added): THREATEN across paragraphs (+2/+5 on
top of SANCTION) contradicts `test_events_discourse`'s "a reaction needs a cue across a paragraph"
("Washington ha imposto dazi.\n\nPechino minaccia ritorsioni." is no threat at Washington);
denials (`denials`, trigger marked `deny`: 0 right of 3 added). `withheld`: a denial of a permission
("ha negato l'autorizzazione") answers no one, read only when `denials` is on.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from cronaca import lang as langpacks
from cronaca.events.codes import _same_side
from cronaca.events.context import Draft, _Ctx


@dataclass(frozen=True, slots=True)
class _Retorts:
    types: frozenset[str] = frozenset()  # PLOVER types of an answer with no target (THREATEN, SANCTION)
    denials: bool = False  # also a trigger marked `deny` (REJECT of a claim)
    reach: int = 0  # sentences back the answered act may lie
    min_quad: int = 3  # an answer answers a conflictual act (verbal 3, material 4)
    generic: frozenset[str] = frozenset()  # trigger words that say no retaliation by themselves ("misure")
    withheld: frozenset[str] = frozenset()  # a denial of these is a permission withheld, no answer
    withheld_reach: int = 0  # words after the denial verb where such a noun may stand


@cache
def _retorts(lang: str) -> _Retorts:
    if not langpacks.has_data(lang, "retorts"):
        return _Retorts()
    raw = (langpacks.load_yaml(lang, "retorts") or {}).get("far_retorts") or {}
    return _Retorts(
        frozenset(str(t) for t in raw.get("types") or []),
        bool(raw.get("denials")),
        int(raw.get("reach") or 0),
        int(raw.get("min_quad") or 3),
        frozenset(str(w).lower() for w in raw.get("generic") or []),
        frozenset(str(w).lower() for w in raw.get("withheld") or []),
        int(raw.get("withheld_reach") or 0),
    )


def _coded(ctx: _Ctx, a: str) -> bool:
    act = ctx.actors.get(a)
    return act is not None and bool(act.igo or act.country)


def _named_in(ctx: _Ctx, d: Draft) -> bool:
    """Is one of `d`'s sources named in `d`'s own sentence?"""
    s = ctx.doc.sents[d.sent]
    return any(u is not None and u.actor in d.source for u in ctx.unit_at[s.tok_start : s.tok_end])


def _answered_doer(ctx: _Ctx, drafts: list[Draft], d: Draft, cfg: _Retorts) -> list[str]:
    """The doer of the last hostile act before `d` aimed at its source's side, or []."""
    best: Draft | None = None
    text, sents = ctx.doc.text, ctx.doc.sents
    # a retort whose speaker is only a pronoun or a dropped subject ("It threatened to retaliate")
    # goes on its paragraph's story: it answers an act of that paragraph; one that names its speaker
    # may answer an act told paragraphs before
    named = _named_in(ctx, d)
    for e in drafts:
        if e.m.ta >= d.m.ta or e.sent < d.sent - cfg.reach or (best is not None and e.m.ta <= best.m.ta):
            continue
        if e.m.trig.sym or e.m.trig.deny or not e.source or not e.target:
            continue
        if (e.m.trig.quad or 0) < cfg.min_quad:
            continue
        if not any(_same_side(ctx, t, d.source) for t in e.target):
            continue
        if not named and "\n" in text[sents[e.sent].end : sents[d.sent].start]:
            continue
        if any(_coded(ctx, a) and not _same_side(ctx, a, d.source) for a in e.source):
            best = e
    if best is None:
        return []
    return [a for a in best.source if _coded(ctx, a) and not _same_side(ctx, a, d.source)][:1]


def _withholds(ctx: _Ctx, d: Draft, cfg: _Retorts) -> bool:
    """Does denial `d` withhold a permission ("ha negato l'autorizzazione a recarsi sul posto",
    "denied access") rather than deny a claim? Then it answers no one."""
    hi = min(ctx.doc.sents[d.sent].tok_end, d.m.tb + cfg.withheld_reach)
    return any(ctx.lows[k] in cfg.withheld for k in range(d.m.tb, hi))


def _far_retorts(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A threat or a denial with no target is aimed at whoever last acted against its source's side
    within `reach` sentences (see the module docstring)."""
    cfg = _retorts(ctx.doc.meta.lang or "it")
    if not cfg.reach:
        return
    for d in drafts:
        trig = d.m.trig
        if d.target or not d.source or trig.sym or trig.one_sided:
            continue
        # (a party of the speaker's own side named in the clause, "warned that Tehran would respond",
        # is the one who would answer, not the one answered: `own_side` does not stop it)
        if d.refusal or d.open_appeal or d.parties or d.uncoded:
            continue
        if trig.type not in cfg.types and not (cfg.denials and trig.deny):
            continue
        if trig.deny and _withholds(ctx, d, cfg):
            continue
        if any(ctx.lows[k] in cfg.generic for k in range(d.m.ta, d.m.tb)):
            continue  # "adotterà misure di sostegno all'economia": measures that answer no one (sides.py reads a retaliation word)
        doer = _answered_doer(ctx, drafts, d, cfg)
        if doer:
            d.target = doer
