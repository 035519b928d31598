"""A body named again by its head noun: "Ghana asked the International Monetary Fund ... The Fund
said ...", "Amnesty accused the council of ignoring ..." after "the UN Security Council".

English news names an organization in full once and then by the last noun of its name, with a
definite article: "the council", "the Fund", "the court", "the commission". Such a phrase has no
actor of its own, so a verbal trigger whose subject or direct object it is lost that side and its
draft was dropped (drop10en: a same-type trigger dropped for a side it names this way, in en-022 and
fresh ones). `_definite_heads` fills an empty source or target from such a phrase with the most
recent organization named before it, within the four sentences before, whose mention ends with that
noun (or whose name has it before "of": "Ministry of Foreign Affairs" -> "the ministry"); further
back, only when the article named one such body and no other.

Unlike `discourse._definite_subjects` (a head noun standing for any actor of a sector), the noun
must repeat the body's own head, so it also reads objects; people are `titles._definite_titles`'s.
Data: `lang/<l>/discourse.yaml` `definite_heads` (`reach`: sentences back; `stop`: heads that
never point back: generic nouns a name may end with). A language without the key has the rule off.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from cronaca.events.codes import _same_side
from cronaca.events.context import _PUNCT, _QUOTE_MARKS, Draft, _Ctx
from cronaca.events.lexicons import discourse_data


@dataclass(frozen=True, slots=True)
class _Heads:
    reach: int  # sentences back the body may be named
    stop: frozenset[str]  # heads that never point back


@cache
def _heads(lang: str) -> _Heads | None:
    raw = discourse_data(lang).get("definite_heads")
    if not raw:
        return None
    return _Heads(int(raw.get("reach") or 4), frozenset(str(w).lower() for w in raw.get("stop") or []))


def _head_at(ctx: _Ctx, k: int, lo: int, hi: int, stop: frozenset[str], charge: bool = False) -> str | None:
    """The noun at token `k` when a definite article stands right before it and nothing of the
    phrase follows it (the bare "the council", not "the council of Europe" nor "the council vote");
    with `charge`, an "of" after it may open what the body is accused of."""
    if k - 1 < lo or k >= hi or ctx.unit_at[k] is not None:
        return None
    w = ctx.lows[k]
    if not w.isalpha() or w in stop or ctx.lows[k - 1] != "the":
        return None
    if k + 1 < hi:
        nxt = ctx.lows[k + 1]
        if ctx.unit_at[k + 1] is not None or ctx.toks[k + 1].is_title:
            return None
        if ctx.lex.prep.get(nxt) == "of":
            # the name goes on ("the council of Europe", "the council of elders"); after a charge
            # verb a lowercase word after "of" is the charge ("accused the council of ignoring ...")
            j = k + 3 if k + 3 < hi and ctx.lows[k + 2] in ctx.lex.det else k + 2
            if not charge or j >= hi or ctx.toks[j].is_title or ctx.unit_at[j] is not None:
                return None
            return w
        if nxt.isalpha() and nxt not in ctx.lex.prep and nxt not in ctx.lex.conj and k + 1 not in ctx.trigger_tok \
                and nxt not in ctx.lex.aux and ctx.toks[k + 1].lemma not in ctx.lex.speech:
            return None  # a compound ("the council vote"): the head is the last noun, not this one
    return w


def _body_heads(ctx: _Ctx, ts: int, te: int) -> tuple[str, ...]:
    """The head nouns a mention over tokens [ts, te) may be named by again: its last word, and the
    word before its first "of" ("Ministry of Foreign Affairs")."""
    out = [ctx.lows[te - 1]]
    for j in range(ts + 1, te):
        if ctx.lex.prep.get(ctx.lows[j]) == "of":
            out.append(ctx.lows[j - 1])
            break
    return tuple(out)


def _referent(ctx: _Ctx, head: str, before: int, reach: int, exclude: list[str]) -> str | None:
    """The organization named last before token `before`, within `reach` sentences, whose mention
    has `head` for its head noun, else the only one the article named before; a person or a place
    is never one."""
    si = ctx.toks[before].sent
    near = ctx.doc.sents[max(0, si - reach)].tok_start
    found: set[str] = set()  # bodies with that head named further back
    for k in range(before - 1, -1, -1):
        u = ctx.unit_at[k]
        if u is None or u.ts != k or u.te - u.ts < 2 or u.actor in exclude:
            continue  # a one-word mention is its own head ("NATO"): "the NATO" is no anaphor
        a = ctx.actors.get(u.actor)
        if a is None or a.kind in ("PER", "LOC") or not (a.country or a.igo):
            continue
        if head in _body_heads(ctx, u.ts, u.te):
            if k >= near:
                return u.actor
            found.add(u.actor)
    # further back, only the one body of the article with that head ("the council" ten sentences
    # after "the United Nations Security Council", with no other council named)
    return next(iter(found)) if len(found) == 1 else None


def _definite_heads(ctx: _Ctx, drafts: list[Draft]) -> None:
    """Fill an empty source or target of a verb trigger named by "the <head noun>" of a body named
    before (module doc)."""
    data = _heads(ctx.doc.meta.lang or "it")
    if data is None:
        return
    lex = ctx.lex
    for d in drafts:
        if d.m.trig.noun or d.adjectival or d.m.trig.sym or (d.source and d.target):
            continue
        s = ctx.doc.sents[d.sent]
        lo, hi = s.tok_start, s.tok_end
        start = d.vg[1] if d.vg[1] >= 0 else d.m.ta
        if not d.source and d.inherit is None and lex.passive.isdisjoint(ctx.lows[start : d.m.ta]):
            k = start - 1
            w = _head_at(ctx, k, lo, hi, data.stop)
            # the phrase opens its clause: else it may be an object ("met the council and ...")
            opens = k - 2 < lo or ctx.lows[k - 2] in _PUNCT or ctx.lows[k - 2] in _QUOTE_MARKS
            if w is not None and opens:
                ref = _referent(ctx, w, k, data.reach, d.target)
                if ref is not None and not _same_side(ctx, ref, d.target):
                    d.source = [ref]
                    d.subject = [ref]
        if d.source and not d.target:
            k = d.m.tb + 1
            w = _head_at(ctx, k, lo, hi, data.stop, d.m.trig.type == "ACCUSE")
            if w is not None:
                ref = _referent(ctx, w, k, data.reach, d.source)
                if ref is not None and not _same_side(ctx, ref, d.source):
                    d.target = [ref]
