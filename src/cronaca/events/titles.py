"""Sides named by a title rather than a name.

- `_official_of`: "Un portavoce dell'esercito ha accusato ...", "L'Alto rappresentante dell'Ue ha
  condannato ...": a subject phrase made of a determiner, an official's title (discourse.yaml
  `apposed_titles`, perhaps after one adjective) and "di X" acts for X; `subjects._subject` asks it
  about a mention governed by "di" before it gives up and carries the topic of the sentences before
  over (which named someone else).
  Plural ministers named by their portfolio ("I ministri degli Esteri dell'Unione europea hanno
  approvato ...", "i ministri della Difesa della Nato") act for the body after the second "di": the
  portfolio ("degli Esteri") is stepped over (discourse.yaml `portfolio_titles`, `portfolios`;
  review9it: a fresh article's EU sanctions lost their source, and with it every reaction to them).
- `_definite_titles`: "Il premier ha poi accusato ...", "ha detto il ministro, che ha accusato ...",
  "ha invitato il ministro a ...": a definite title with no name of its own, as the subject or the
  direct object of a verbal trigger (PLOVER quad classes 1 and 3), stands for the last person named
  before it whose role (the actors stage's, in English) the title names (discourse.yaml
  `definite_titles`).

Data: `lang/<l>/discourse.yaml`. A language without these keys has the rules off.
"""

from __future__ import annotations

from functools import cache

from cronaca.events.codes import _same_side
from cronaca.events.context import _PUNCT, _QUOTE_MARKS, Draft, Unit, _Ctx
from cronaca.events.lexicons import discourse_data


@cache
def _titles(lang: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in discourse_data(lang).get("apposed_titles") or [])


@cache
def _definite(lang: str) -> dict[str, tuple[str, ...]]:
    """Title noun -> the English role words (as the actors stage writes `Actor.role`) it can name."""
    raw = discourse_data(lang).get("definite_titles") or {}
    return {str(k).lower(): tuple(str(x).lower() for x in v or []) for k, v in raw.items()}


@cache
def _portfolios(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """(plural minister titles, portfolio words) from discourse.yaml."""
    d = discourse_data(lang)
    return (frozenset(str(w).lower() for w in d.get("portfolio_titles") or []),
            frozenset(str(w).lower() for w in d.get("portfolios") or []))


def _official_of(ctx: _Ctx, u: Unit, lo: int) -> bool:
    """Is unit `u` the "di X" of a subject phrase [determiner] [adjective] title di X that opens its
    clause ("Un portavoce dell'esercito", "L'Alto rappresentante dell'Ue per la politica estera")?"""
    k = u.ts - 1
    if k - 2 < lo or ctx.lex.prep.get(ctx.lows[k]) != "of":
        return False
    lang = ctx.doc.meta.lang or "it"
    if ctx.lows[k - 1] not in _titles(lang):
        ministers, portfolios = _portfolios(lang)
        # "ministri degli Esteri dell'Ue": step over the portfolio to the title before it
        if not (k - 4 >= lo and ctx.lows[k - 1] in portfolios and ctx.unit_at[k - 1] is None
                and ctx.lex.prep.get(ctx.lows[k - 2]) == "of" and ctx.lows[k - 3] in ministers):
            return False
        k -= 2
    j = k - 2
    if ctx.lows[j] not in ctx.lex.det:  # one adjective between ("Alto rappresentante", "nuovo leader")
        if not ctx.lows[j].isalpha() or ctx.unit_at[j] is not None or j - 1 < lo:
            return False
        j -= 1
        if ctx.lows[j] not in ctx.lex.det:
            return False
    return j == lo or ctx.lows[j - 1] in _PUNCT or ctx.lows[j - 1] in _QUOTE_MARKS or j - 1 < lo


def _title_at(ctx: _Ctx, k: int, lo: int, hi: int, titles: dict[str, tuple[str, ...]]) -> str | None:
    """The title at token `k` when a determiner stands right before it and no name or "di X"
    follows it (the bare "il ministro", not "il ministro degli Esteri X")."""
    if k - 1 < lo or k >= hi:
        return None
    w = ctx.lows[k]
    if w not in titles or ctx.unit_at[k] is not None or ctx.lows[k - 1] not in ctx.lex.det:
        return None
    if k + 1 < hi and (ctx.unit_at[k + 1] is not None or ctx.lex.prep.get(ctx.lows[k + 1]) == "of" or ctx.toks[k + 1].is_title):
        return None
    return w


def _referent(ctx: _Ctx, roles: tuple[str, ...], before: int, exclude: list[str]) -> str | None:
    """The person named last before token `before` whose role contains one of `roles`, within the
    four sentences before (a title points back to someone the reader has just met)."""
    si = ctx.toks[before].sent
    lo = ctx.doc.sents[max(0, si - 4)].tok_start
    for k in range(before - 1, lo - 1, -1):
        u = ctx.unit_at[k]
        if u is None or u.ts != k or u.actor in exclude:
            continue
        a = ctx.actors.get(u.actor)
        if a is None or a.kind != "PER" or not (a.country or a.igo):
            continue
        role = (a.role or "").lower()
        if any(r in role for r in roles if r[0] != "!") and not any(r[1:] in role for r in roles if r[0] == "!"):
            return u.actor
    return None


def _definite_titles(ctx: _Ctx, drafts: list[Draft]) -> None:
    """Fill an empty source or target of a verb trigger named by a bare definite title (module doc)."""
    titles = _definite(ctx.doc.meta.lang or "it")
    if not titles:
        return
    lex = ctx.lex
    for d in drafts:
        if d.m.trig.noun or d.adjectival or d.m.trig.sym or (d.source and d.target):
            continue
        if d.m.trig.quad not in (1, 3):
            continue  # officials speak: a material act with a title for a side ("un complotto per
            # uccidere il Presidente") has its doer elsewhere, and the rule would complete a misread
        s = ctx.doc.sents[d.sent]
        lo, hi = s.tok_start, s.tok_end
        start = d.vg[1] if d.vg[1] >= 0 else d.m.ta
        if not d.source and lex.passive.isdisjoint(ctx.lows[start : d.m.ta]):
            k = start - 1
            relative = k - 1 >= lo and ctx.lows[k] in lex.relative and ctx.lows[k - 1] == ","
            if relative:
                k -= 2  # ", che ha accusato": the relative's antecedent before the comma
            w = _title_at(ctx, k, lo, hi, titles)
            # the phrase opens its clause (or is the antecedent of the relative): else it may be an
            # object ("ha incontrato il ministro e ha ...")
            opens = k - 2 < lo or ctx.lows[k - 2] in _PUNCT or ctx.lows[k - 2] in _QUOTE_MARKS
            if w is not None and (relative or opens):
                ref = _referent(ctx, titles[w], k, d.target)
                if ref is not None:
                    d.source = [ref]
                    d.subject = [ref]
        if d.source and not d.target:
            k = d.m.tb
            w = _title_at(ctx, k + 1, lo, hi, titles)
            if w is not None:
                ref = _referent(ctx, titles[w], k + 1, d.source)
                if ref is not None and not _same_side(ctx, ref, d.source):
                    d.target = [ref]
