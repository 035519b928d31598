"""A trigger verb whose object tells another sense (English session six; data: `lang/<l>/reactions.yaml`
`other_senses`).

"The defence ministry released a statement accusing Kyiv ...", "the army released a video of the
strike", "when Tokyo began releasing treated radioactive water": "release" is a de-escalation
(RETREAT 084) only when what is released is people. The lemma table merges the senses, and news
releases statements far more often than prisoners, so every such sentence told a release to
whichever side the roles found. `_other_senses` drops a draft of a single-word trigger whose object
head noun (right after the verb or the noun's "of", past articles, numbers, modifiers and names) is
listed for the trigger's lemma; the verb stays a verb for the clause rules (its tokens keep their
place in `ctx.verb_tok`), only its event goes. A few fixed phrases right after the verb do the same
("an official who asked not to be named" is no request).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from cronaca import lang as langpacks
from cronaca.events.context import _QUOTE_MARKS, Draft, Match, _Ctx
from cronaca.events.lexicons import plover
from cronaca.events.phrases import _object_noun


@cache
def _sense_data(lang: str) -> tuple[dict[str, frozenset[str]], int]:
    """(trigger lemma -> object nouns of its other senses, the most words before the head)."""
    raw = langpacks.entry(lang, "reactions", "other_senses") or {}
    nouns = {str(k).lower(): frozenset(str(w).lower() for w in v or []) for k, v in (raw.get("objects") or {}).items()}
    return nouns, int(raw.get("gap", 4))


@cache
def _phrase_data(lang: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Trigger lemma -> the word sequences right after it that tell another sense ("asked not to be named")."""
    raw = langpacks.entry(lang, "reactions", "other_senses") or {}
    return {
        str(k).lower(): tuple(tuple(str(w).lower() for w in seq) for seq in v or [])
        for k, v in (raw.get("phrases") or {}).items()
    }


def _head_noun(ctx: _Ctx, k: int, hi: int, gap: int, nouns: frozenset[str]) -> bool:
    """Is one of `nouns` the head of the object starting at token `k` (a listed word met before a
    preposition, a clause word or a conjunction, within `gap` words)?"""
    return _object_noun(ctx, k, hi, gap, nouns) is not None


@dataclass(frozen=True, slots=True)
class _Aimed:
    """second_acts.yaml `aimed_weapons`: crowd-control codes whose weapon is aimed at someone."""

    cameos: frozenset[str] = frozenset()
    preps: frozenset[str] = frozenset()
    type: str = ""
    reach: int = 0


@cache
def _aimed_data(lang: str) -> _Aimed:
    raw = langpacks.entry(lang, "second_acts", "aimed_weapons") or {}
    if not raw:
        return _Aimed()
    return _Aimed(
        cameos=frozenset(str(c) for c in raw.get("cameos") or []),
        preps=frozenset(str(w).lower() for w in raw.get("preps") or []),
        type=str(raw.get("type") or "").upper(),
        reach=int(raw.get("reach", 0)),
    )


def _aimed_weapons(ctx: _Ctx, drafts: list[Draft]) -> None:
    """"Police fired tear gas and rubber bullets at the demonstrators": a crowd-control weapon
    aimed at people ("at X" after the weapons, before any other trigger or clause word) is force
    used against them, ASSAULT with the same CAMEO code (175, which PLOVER files under ASSAULT);
    "fired tear gas to disperse the crowd" names no one aimed at and stays the coercion it was."""
    data = _aimed_data(ctx.doc.meta.lang or "it")
    if not data.cameos or not data.preps or not data.type:
        return
    types, _ = plover()
    lows, lex = ctx.lows, ctx.lex
    for d in drafts:
        trig = d.m.trig
        if trig.noun or trig.cameo not in data.cameos or trig.type == data.type:
            continue
        hi = min(ctx.doc.sents[d.sent].tok_end, d.m.tb + data.reach)
        for k in range(d.m.tb, hi):
            if lows[k] in data.preps:
                t = replace(trig, type=data.type, quad=int(types[data.type]["quad_class"]))
                d.m = Match(t, d.m.ta, d.m.tb, d.m.toks)
                break
            if lows[k] in lex.clause or k in ctx.trigger_tok:
                break  # "fired tear gas to disperse the crowd at the square": another clause's word


@dataclass(frozen=True, slots=True)
class _Retype:
    """reactions.yaml `other_senses.retype`: a trigger lemma whose object nouns tell another type."""

    type: str
    cameo: str
    nouns: frozenset[str]
    # when set, the noun counts only after one of these words: it belongs to the content, not to the
    # addressee ("ha invitato Niamey a inviare una delegazione", not "ha invitato le delegazioni a ...")
    after: frozenset[str] = frozenset()


@cache
def _retype_data(lang: str) -> tuple[dict[str, _Retype], int]:
    """(trigger lemma or form -> the type its listed objects give, how many words the object may reach)."""
    raw = langpacks.entry(lang, "reactions", "other_senses") or {}
    retype = raw.get("retype") or {}
    out: dict[str, _Retype] = {}
    for spec in retype.get("senses") or []:
        r = _Retype(
            type=str(spec["type"]).upper(),
            cameo=str(spec["cameo"]),
            nouns=frozenset(str(w).lower() for w in spec.get("objects") or []),
            after=frozenset(str(w).lower() for w in spec.get("after") or []),
        )
        for w in spec.get("lemmas") or []:
            out[str(w).lower()] = r
    return out, int(retype.get("reach", 6))


# a sum's currency sign is read past like its digits ("released $5 million": a sum, not captives)
_CURRENCY = frozenset({"$", "€", "£"})


def _retyped_objects(ctx: _Ctx, drafts: list[Draft]) -> None:
    """"Pakistan began expelling hundreds of thousands of Afghan refugees", "nationals expelled from
    France", "ha espulso centinaia di migranti": expelling people is CAMEO 174 (expel or deport
    individuals, COERCE); expelling diplomats, peacekeepers or inspectors stays 166 (SANCTION), as the
    trigger data has it. The object is read past numbers, quantities ("hundreds of thousands of") and
    demonyms, up to a clause word, a mark or another trigger; a participle used as an adjective takes
    the noun right before it. Only single-word triggers: a multi-word one names its own object."""
    senses, reach = _retype_data(ctx.doc.meta.lang or "it")
    if not senses:
        return
    types, cameos = plover()
    lows, lex = ctx.lows, ctx.lex
    for d in drafts:
        if len(d.m.toks) != 1:
            continue
        r = senses.get(ctx.toks[d.m.ta].lemma) or senses.get(lows[d.m.ta])
        if r is None or d.m.trig.type == r.type:
            continue
        lo, hi = ctx.doc.sents[d.sent].tok_start, ctx.doc.sents[d.sent].tok_end
        # "nationals expelled from France"
        hit = not r.after and d.m.ta - 1 >= lo and lows[d.m.ta - 1] in r.nouns
        opened = not r.after
        k = d.m.tb
        while not hit and k < min(hi, d.m.tb + reach):
            w = lows[k]
            if w in r.after:
                opened = True
            elif w in r.nouns and opened:
                hit = True
            elif w in _QUOTE_MARKS:
                pass  # a quoted object: "ha accusato Cotonou di ospitare «basi militari francesi»"
            elif w in lex.clause or (k != d.m.tb and k in ctx.trigger_tok) or not (w.rstrip("'’").isalpha() or w.isdigit() or w in _CURRENCY or w in {",", "."} and k + 1 < hi and lows[k + 1].isdigit()):
                break
            k += 1
        if hit:
            t = replace(
                d.m.trig,
                type=r.type,
                cameo=r.cameo,
                goldstein=float(cameos[r.cameo][1]),
                quad=int(types[r.type]["quad_class"]),
            )
            d.m = Match(t, d.m.ta, d.m.tb, d.m.toks)
            # its object was read as an addressee of the old sense ("appealed against the ruling": no
            # party to request from, `uncoded_objects.py`); the new sense's sides are found anew
            d.uncoded = False


def _other_senses(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    _aimed_weapons(ctx, drafts)
    _retyped_objects(ctx, drafts)
    senses, gap = _sense_data(ctx.doc.meta.lang or "it")
    phrases = _phrase_data(ctx.doc.meta.lang or "it")
    if not senses and not phrases:
        return drafts
    lows = ctx.lows
    drop: set[int] = set()
    for d in drafts:
        if len(d.m.toks) != 1:
            continue  # a multi-word trigger names its own object ("release prisoners")
        seqs = phrases.get(ctx.toks[d.m.ta].lemma) or phrases.get(lows[d.m.ta])
        if seqs and any(tuple(lows[d.m.tb : d.m.tb + len(q)]) == q for q in seqs):
            drop.add(id(d))  # "who asked not to be named": a source's anonymity, no request
            continue
        nouns = senses.get(ctx.toks[d.m.ta].lemma) or senses.get(lows[d.m.ta])
        if not nouns:
            continue
        hi = ctx.doc.sents[d.sent].tok_end
        k = d.m.tb
        if d.m.trig.noun:
            if k >= hi or _lex_of(ctx, k) != "of":
                continue  # "the release" alone, or "the release by X": no object told
            k += 1
        if _head_noun(ctx, k, hi, gap, nouns):
            drop.add(id(d))
    if not drop:
        return drafts
    return [d for d in drafts if id(d) not in drop]


def _lex_of(ctx: _Ctx, k: int) -> str | None:
    """The role category of the preposition at token `k` (None: no preposition)."""
    return ctx.lex.prep.get(ctx.lows[k])
