"""Event nouns that name an act as the background or the frame of another statement, without
telling it: "positions held before the fighting", "talks with the group since a truce in 2022",
"was reviewing its cooperation with Tbilisi", "despite repeated warnings", "pochi minuti prima degli
attacchi", "la sospensione dei programmi di cooperazione", "un memorandum sulla cooperazione
energetica".

Counted on the dev sets (tests/gold, b24, dnew9, fresh9en/it, kdev30; tenth session): such nouns made
wrong events far more often than right ones (a time adjunct or a frame word before the noun: 0 right
of 19 emitted tuples). A story tells its act with a verb or a light verb ("signed an agreement",
"hanno avviato la cooperazione"); the same noun governed by a time preposition ("before", "since",
"prima di"), by a verb that keeps an existing relation under review ("reviewing", "monitor"), or by a
noun that names a programme or a document about it ("programmi di", "memorandum sulla") refers to an
act told elsewhere or to none. "after" / "dopo" are not listed: "after two days of talks",
"dopo tre giorni di combattimenti" are annotated (the talks and the fighting are told there).

The governing word is the first token before the noun that is not a determiner, a possessive, a
demonym ("the Russian attack") or a listed modifier ("repeated", "any"). Data: `lang/<l>/mentioned.yaml` (`heads`: one word, or two
words for a compound head such as "prima del"; `skip`: modifiers stepped over; `untold`: noun forms
that tell no act wherever they stand: a proposal is the content of a talk or a request the gold codes
by its verb, or not at all: as a noun event it was 0 right of 4 on dev and 1 of 6 on KIND news). Runs on noun
triggers only, at the end of the stage: earlier steps still see the noun as an act to point back to.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from cronaca import lang as langpacks
from cronaca.events.context import Draft, _Ctx

_HYPHENS = frozenset({"-", "‐", "‑"})


@dataclass(frozen=True)
class _Heads:
    single: frozenset[str]  # one-word heads ("before", "since", "reviewing")
    pairs: frozenset[tuple[str, str]]  # two-word heads ("prima", "del")
    skip: frozenset[str]  # modifiers between the head and the noun ("repeated", "any")
    untold: frozenset[str]  # noun forms that never tell an act by themselves ("proposta", "proposal")
    of_heads: frozenset[str]  # nouns that frame an act after "di/of" ("l'anniversario della strage")
    time: frozenset[str]  # time adjunct heads: a planned act after them is still told ("before")


@cache
def _heads(lang: str) -> _Heads:
    single: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for h in langpacks.words(lang, "mentioned", "heads"):
        parts = str(h).lower().split()
        if len(parts) == 1:
            single.add(parts[0])
        elif len(parts) == 2:
            pairs.add((parts[0], parts[1]))
    return _Heads(
        frozenset(single),
        frozenset(pairs),
        frozenset(str(w).lower() for w in langpacks.words(lang, "mentioned", "skip")),
        frozenset(langpacks.words(lang, "mentioned", "untold")),
        frozenset(langpacks.words(lang, "mentioned", "of_heads")),
        frozenset(langpacks.words(lang, "mentioned", "time_heads")),
    )


def _demonym(ctx: _Ctx, k: int) -> bool:
    """Is token k a demonym before the noun ("the Russian attack", "gli attacchi israeliani")?"""
    u = ctx.unit_at[k]
    return u is not None and u.kind == "DEM"


def _framed(ctx: _Ctx, d: Draft, h: _Heads) -> str:
    """The listed head word that governs the noun (after determiners and listed modifiers), or "".
    A trigger read as a verb ("attack", "strike") counts when a determiner stands before it: "the
    anniversary of the Russian attack" uses it as a noun."""
    lo = ctx.doc.sents[d.sent].tok_start
    k = d.m.ta - 1
    article = False
    while k >= lo and (ctx.lows[k] in ctx.lex.det or ctx.lows[k] in h.skip or _demonym(ctx, k)):
        article = article or ctx.lows[k] in ctx.lex.det
        k -= 1
    if k < lo or not (d.m.trig.noun or article):
        return ""
    w = ctx.lows[k]
    if w in h.single or ctx.toks[k].lemma in h.single:
        return w
    if k - 1 < lo:
        return ""
    if (ctx.lows[k - 1], w) in h.pairs:
        return ctx.lows[k - 1]
    # "l'anniversario della strage", "the anniversary of the attack": a frame noun, then "di/of"
    if ctx.lex.prep.get(w) == "of" and (ctx.lows[k - 1] in h.of_heads or ctx.toks[k - 1].lemma in h.of_heads):
        return ctx.lows[k - 1]
    return ""


def _compound_modifier(ctx: _Ctx, d: Draft) -> bool:
    """Is the trigger the second half of a hyphenated adjective ("the Saudi-backed government", "the
    worst-hit districts")? Such a compound describes its noun; the gold codes none of them (dev: 0
    right of 4 tuples). A hyphenated trigger of its own ("cease-fire") starts before the hyphen."""
    k = d.m.ta - 1
    if k < 1 or ctx.toks[k].text not in _HYPHENS or ctx.toks[k].sent != ctx.toks[d.m.ta].sent:
        return False
    return not ctx.toks[k - 1].space_after and not ctx.toks[k].space_after


def _planned(ctx: _Ctx, d: Draft) -> bool:
    """Is the act dated after the publication day ("before the summit in Brussels next month")? A
    planned act named as a time reference is still a plan told (tests/test_events_dates.py)."""
    pub = ctx.doc.meta.date or ""
    if not d.date or not pub or "W" in d.date:
        return False
    return d.date > pub[: len(d.date)]


def _dropped_frame(ctx: _Ctx, d: Draft, h: _Heads) -> bool:
    """A framed noun, unless a time adjunct names a planned act ("before the summit next month")."""
    head = _framed(ctx, d, h)
    return bool(head) and not (head in h.time and _planned(ctx, d))


def _mentioned_acts(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    h = _heads(ctx.doc.meta.lang or "it")
    return [
        d
        for d in drafts
        if not (
            (d.m.trig.noun and ctx.lows[d.m.ta] in h.untold)
            or _dropped_frame(ctx, d, h)
            or _compound_modifier(ctx, d)
        )
    ]
