"""Bodies named by a bare definite noun as a speech act's object (Italian session five).

"La leader dell'opposizione ha accusato il governo di aver perso tempo", "il partito ha accusato
l'esecutivo di ...", "hanno chiesto all'esecutivo di ...", "ha esortato la giunta a ...": the noun
names a body the article has named before in full ("il governo pakistano", "la giunta militare del
Myanmar"), and the actors stage leaves the bare noun without an actor (or with one of no country), so the draft has no target
and is dropped. `_definite_bodies` sets the target of a verbal trigger (`bodies.yaml`
`types`) whose object, right after the verb group (past a few adverbs: `skip`), is such a noun
(`bodies`) with no modifier naming its owner ("il governo tedesco", "il governo di Kiev" are
actors, or owners told by other steps): the article's actor of one of the noun's sectors, of the
source's country when the source is a domestic non-state party (an opposition accusing its
government), else the one mentioned most; never one on the source's side. The noun stands right
after the verb, so it is the object: a party the clause rules took from the complement instead ("ha
accusato l'esecutivo di aver ignorato i sindacati" -> the unions) gives way.

Tenth session (both languages; `en/bodies.yaml`): the actors stage codes a bare "the government",
"il governo" with the story's country, which in a story about two countries is often the other
one ("The Brazilian Coffee Exporters Association ... urged the government to negotiate an
exemption" in an article about US tariffs: not Washington). When the source is a domestic
non-state party, a bare body noun the actors stage placed in another country than the source's
is read as above: the source's own country's body, when the article has one.
"""

from __future__ import annotations

from functools import cache

from cronaca import lang as langpacks
from cronaca.events.codes import _same_side
from cronaca.events.context import _QUOTE_MARKS, Draft, Unit, _Ctx


@cache
def _body_data(
    lang: str,
) -> tuple[dict[tuple[str, ...], tuple[frozenset[str], tuple[str, ...]]], frozenset[str], frozenset[str], frozenset[str]]:
    """(noun words -> (sectors, name words), adverbs to skip, event types, truncated infinitives)."""
    if not langpacks.has_data(lang, "bodies"):
        return {}, frozenset(), frozenset(), frozenset()
    raw = langpacks.load_yaml(lang, "bodies")
    bodies = {
        tuple(str(k).lower().split()): (
            frozenset(str(s) for s in v.get("sectors") or []),
            tuple(str(w).lower() for w in v.get("names") or []),
        )
        for k, v in (raw.get("bodies") or {}).items()
    }
    return (
        bodies,
        frozenset(str(w).lower() for w in raw.get("skip") or []),
        frozenset(str(t) for t in raw.get("types") or []),
        frozenset(str(w).lower() for w in raw.get("infinitives") or []),
    )


@cache
def _charge_endings(lang: str) -> tuple[str, ...]:
    """Endings of the verb form that opens a charge after "di/of" (`bodies.yaml` `charge_endings`:
    English "of ignoring"; Italian reads its infinitives from the modality data)."""
    if not langpacks.has_data(lang, "bodies"):
        return ()
    return tuple(str(w).lower() for w in langpacks.load_yaml(lang, "bodies").get("charge_endings") or [])


@cache
def _owner_words(lang: str) -> frozenset[str]:
    """Possessive determiners that make the noun someone's own body (`bodies.yaml` `owners`)."""
    if not langpacks.has_data(lang, "bodies"):
        return frozenset()
    return frozenset(str(w).lower() for w in langpacks.load_yaml(lang, "bodies").get("owners") or [])


def _body_at(
    ctx: _Ctx,
    d: Draft,
    bodies: dict[tuple[str, ...], tuple[frozenset[str], tuple[str, ...]]],
    skip: frozenset[str],
    verbs: frozenset[str],
    home: frozenset[str] = frozenset(),
) -> tuple[frozenset[str], tuple[str, ...]] | None:
    """The sectors of a bare body noun right after the verb (its article or "a" + article first).
    With `home` (the countries of a domestic non-state source), a noun the actors stage coded with
    another country is bare all the same."""
    lex, lows = ctx.lex, ctx.lows
    endings = lex.infinitive + _charge_endings(ctx.doc.meta.lang or "it")
    hi = ctx.doc.sents[d.sent].tok_end
    k = d.m.tb
    while k < hi and (lows[k] in skip or lows[k].endswith(lex.adverb)):
        k += 1
    if k >= hi or not (lows[k] in lex.det or lex.prep.get(lows[k]) == "target"):
        return None
    if lows[k] in _owner_words(ctx.doc.meta.lang or "it"):
        return None  # "accused her government of lying": someone's own body, named back by a possessive
    if lex.prep.get(lows[k]) == "target" and lows[k] in ("a", "ad"):
        k += 1  # "a la" is rare; "alla", "all'" are one token
        if k < hi and lows[k] in lex.det:
            k += 1
    else:
        k += 1
    for words, body in bodies.items():
        e = k + len(words)
        if e > hi or tuple(lows[k:e]) != words:
            continue
        if not all(_uncoded(ctx, ctx.unit_at[j]) or _elsewhere(ctx, ctx.unit_at[j], k, e, home) for j in range(k, e)):
            continue
        # a modifier naming the owner: an adjective of nationality is a unit; "di/del X" names it
        if e < hi and ctx.unit_at[e] is not None:
            return None
        if e < hi and lex.prep.get(lows[e]) == "of":
            j = e + 1  # "il governo di Kiev", "il governo del Paese": not "l'esecutivo di aver ignorato"
            while j < hi and (lows[j] in lex.det or lows[j] in _QUOTE_MARKS):
                j += 1  # "l'opposizione di «incendiare ...»": a quoted charge, no owner
            if j < hi and (ctx.unit_at[j] is not None or not (lows[j].endswith(endings) or lows[j] in verbs)):
                return None
        return body
    return None


def _elsewhere(ctx: _Ctx, u: Unit | None, k: int, e: int, home: frozenset[str]) -> bool:
    """A unit that is exactly the bare noun (no demonym or owner inside it) for an actor of a
    country other than the source's: the story country the actors stage gave it, not the source's."""
    if u is None or not home or u.ts != k or u.te != e:
        return False
    a = ctx.actors.get(u.actor)
    return a is not None and bool(a.country) and a.country not in home and not a.igo


def _uncoded(ctx: _Ctx, u: Unit | None) -> bool:
    """No unit, or one for an actor with neither a country nor an igo ("Government", as the actors
    stage names a bare "il governo" it cannot place): no side until it is resolved here."""
    if u is None:
        return True
    a = ctx.actors.get(u.actor)
    return a is not None and not a.country and not a.igo


def _definite_bodies(ctx: _Ctx, drafts: list[Draft]) -> None:
    bodies, skip, types, verbs = _body_data(ctx.doc.meta.lang or "it")
    if not bodies:
        return
    for d in drafts:
        if not d.source or d.m.trig.noun or d.m.trig.sym or d.m.trig.type not in types:
            continue
        src = [ctx.actors[a] for a in d.source if a in ctx.actors]
        domestic = frozenset(s.country for s in src if s.country and s.sector and s.sector not in ctx.lex.state_sectors)
        found = _body_at(ctx, d, bodies, skip, verbs, domestic)
        if found is None:
            continue
        sectors, names = found
        cands = [
            a
            for a in ctx.actors.values()
            if a.sector in sectors and not _same_side(ctx, a.id, d.source)
        ]
        if not cands:
            continue
        home = {s.country for s in src if s.country and s.sector not in ctx.lex.state_sectors}
        # a state's charge against a body outside the state ("il presidente ha accusato l'opposizione",
        # "il ministro ha accusato i giudici"): its own country's (tenth session: fresh articles named
        # the body in full as a person or a court, never by the bare noun's word)
        own = {s.country for s in src if s.country and s.sector in ctx.lex.state_sectors}
        # a domestic party's charge: its own country's body; else the body the article named in full
        pick = (
            [a for a in cands if a.country in home]
            or [a for a in cands if a.country in own and a.sector not in ctx.lex.state_sectors]
            or [a for a in cands if any(w in a.name.lower() for w in names)]
        )
        if not pick:
            continue
        # a body before a person who leads it; then the one the article names most
        best = max(pick, key=lambda a: (a.kind != "PER", len(a.mentions)))
        d.target = [best.id]
