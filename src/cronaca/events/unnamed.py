"""Sides that real news leaves unnamed, read from the story around the clause (data:
`lang/<l>/domestic.yaml`, keys `passive_topic_*` and `state_doer_fallback_sectors`).

Our written articles name both sides of a deed in its clause; real reports often do not:
- `_passive_topics`: a passive deed that opens its sentence with no subject of its own ("Tre
  attivisti sono arrivati a Minsk. Sono stati arrestati poche ore dopo.") was done to the party the
  sentence before is about: its first party not after a preposition whose number agrees with the
  participle ("arrestati": a group; "arrestato": one person or body). Never across a paragraph break
  or a headline, and never inside a quotation.
- `_state_fallbacks`: an arrest with no doer, when the article names neither the police nor the
  government of the country where it happens (`material._state_doers`), is done by that country's
  judiciary when one is named ("arrestato su disposizione della procura"), else by the country
  itself as a polity when the article names it ("arrestato in Germania").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from cronaca import lang as langpacks
from cronaca.events.authors_index import _acts, _aim_at_author, _refs
from cronaca.events.codes import _same_side
from cronaca.events.context import Draft, _Ctx
from cronaca.events.discourse import _para_start
from cronaca.events.material import _domestic, _own_party
from cronaca.model import Actor


@dataclass(frozen=True, slots=True)
class _Unnamed:
    passive_types: frozenset[str] = frozenset()
    openers: frozenset[str] = frozenset()  # words that may stand before the verb group
    plural_endings: tuple[str, ...] = ()
    singular_endings: tuple[str, ...] = ()
    fallback_sectors: tuple[str, ...] = ()
    polity: bool = False
    headline_reach: int = 0
    cause_preps: frozenset[str] = frozenset()
    documents: frozenset[str] = frozenset()
    members: frozenset[str] = frozenset()
    clause_openers: frozenset[str] = frozenset()
    document_types: frozenset[str] = frozenset()


@cache
def _unnamed(lang: str) -> _Unnamed:
    if not langpacks.has_data(lang, "domestic"):
        return _Unnamed()
    data = langpacks.load_yaml(lang, "domestic") or {}

    def words(k: str) -> tuple[str, ...]:
        return tuple(str(w).lower() for w in data.get(k) or [])

    return _Unnamed(
        passive_types=frozenset(str(w) for w in data.get("passive_topic_types") or []),
        openers=frozenset(words("passive_topic_openers")),
        plural_endings=words("passive_plural_endings"),
        singular_endings=words("passive_singular_endings"),
        fallback_sectors=tuple(str(w) for w in data.get("state_doer_fallback_sectors") or []),
        polity=bool(data.get("state_doer_polity")),
        headline_reach=int(data.get("headline_reach") or 0),
        cause_preps=frozenset(words("judged_cause_preps")),
        documents=frozenset(words("document_nouns")),
        members=frozenset(words("member_subject_nouns")),
        clause_openers=frozenset(words("subject_clause_openers")),
        document_types=frozenset(str(w) for w in data.get("document_types") or []),
    )


def _plural_unit(ctx: _Ctx, actor: str, text: str, plural_endings: tuple[str, ...]) -> bool:
    """Is this mention plural? A group actor ("tre attivisti") or a common noun with a plural
    ending; a name, a country, a body in the singular is not."""
    a = ctx.actors.get(actor)
    if a is not None and (a.key or "").startswith("group:"):
        return True
    head = text.split()[-1].lower() if text.split() else ""
    return bool(text[:1].islower() and head.endswith(plural_endings))


def _passive_topics(ctx: _Ctx, drafts: list[Draft]) -> None:
    cfg = _unnamed(ctx.doc.meta.lang or "it")
    if not cfg.passive_types:
        return
    dm = _domestic(ctx.doc.meta.lang or "it")
    sents = ctx.doc.sents
    for d in drafts:
        if d.target or d.m.trig.noun or d.quote is not None or d.m.trig.type not in cfg.passive_types:
            continue
        if _para_start(ctx, d.sent):
            continue
        s = sents[d.sent]
        start = d.vg[1] if d.vg[1] >= 0 else d.m.ta
        if start >= d.m.ta or ctx.lex.passive.isdisjoint(ctx.lows[start : d.m.ta]):
            continue  # not a passive ("sono stati arrestati")
        # the verb group opens the sentence: only adverbs of time or sequence before it, no
        # subject, no relative pronoun ("che sono stati arrestati" tells of someone named there)
        if any(ctx.lows[k] not in cfg.openers for k in range(s.tok_start, start)):
            continue
        part = ctx.lows[d.m.ta]
        if part.endswith(cfg.plural_endings):
            plural = True
        elif part.endswith(cfg.singular_endings):
            plural = False
        else:
            continue
        p = sents[d.sent - 1]
        ref = None
        for k in range(p.tok_start, p.tok_end):
            u = ctx.unit_at[k]
            if u is None or u.ts != k:
                continue
            g = ctx.gov(u, p.tok_start)
            if g == "of":
                break  # "il presidente della Francia": the subject is no party of ours
            if g is not None:
                continue  # "A Minsk, tre attivisti ...": a place or a complement before the subject
            a = ctx.actors.get(u.actor)
            if a is None or not (a.igo or a.country):
                continue
            if _plural_unit(ctx, u.actor, u.text, cfg.plural_endings) == plural:
                ref = u.actor
            break  # only the sentence's first party: its subject, or nothing
        if ref is None or (d.source and _same_side(ctx, ref, d.source)):
            continue
        d.target = [ref]
        if not d.source and d.m.trig.type in dm.state_types:
            # the state where it happened did it (`material._state_doers` reads only the deed's
            # own sentence): the place named in the clause, else the party's country
            country = ctx.actors[ref].country or ""
            place = _place(ctx, d)
            if place is not None and place.country:
                country = place.country
            _state_doer(ctx, d, country, dm.state_sectors + cfg.fallback_sectors, cfg.polity)


def _state_fallbacks(ctx: _Ctx, drafts: list[Draft]) -> None:
    cfg = _unnamed(ctx.doc.meta.lang or "it")
    dm = _domestic(ctx.doc.meta.lang or "it")
    if not (cfg.fallback_sectors or cfg.polity) or not dm.state_types:
        return
    for d in drafts:
        if d.source or not d.target or d.m.trig.type not in dm.state_types or d.quote is not None:
            continue
        if not _doerless(ctx, d):
            continue  # "Filorussi occupano il governo": the subject is the doer, named or not
        a = ctx.actors.get(d.target[0])
        if a is None or a.igo or not a.country or not _own_party(ctx, d, a.id):
            continue
        # the state where it happened, as `material._state_doers` reads it: the place named in the
        # clause ("Il giornalista americano è stato arrestato in Russia": Russia), else the target's
        place = _place(ctx, d)
        country = place.country if place is not None and place.country else a.country
        _state_doer(ctx, d, country, cfg.fallback_sectors, cfg.polity)


def _state_doer(ctx: _Ctx, d: Draft, country: str, sectors: tuple[str, ...], polity: bool) -> None:
    """Give `d` the first of the article's actors of `country` with one of `sectors`, else (with
    `polity`) the country itself as a polity ("gpe:" key), never a city standing for a place."""
    doer = None
    for sector in sectors:
        doer = next((b.id for b in ctx.doc.actors if b.country == country and b.sector == sector and not b.igo), None)
        if doer is not None:
            break
    if doer is None and polity:
        doer = next((b.id for b in ctx.doc.actors if b.country == country and b.kind == "GPE" and not b.sector and (b.key or "").startswith("gpe:")), None)
    if doer is not None and doer not in d.target and not _same_side(ctx, doer, d.target):
        d.source = [doer]


def _doerless(ctx: _Ctx, d: Draft) -> bool:
    """Does the clause leave the doer unsaid by its shape: an event noun ("l'arresto di"), a passive
    ("è stato arrestato"), or a participle opening a headline ("Arrestato X")?"""
    if d.m.trig.noun:
        return True
    start = d.vg[1] if d.vg[1] >= 0 else d.m.ta
    if start < d.m.ta and not ctx.lex.passive.isdisjoint(ctx.lows[start : d.m.ta]):
        return True
    return d.m.ta == ctx.doc.sents[d.sent].tok_start


# a line that ends with none of these is a headline (Wikinews titles, "Arrestato X")
_CLOSING = (".", "!", "?", "…", "»", "”", '"', ";", ":")


def _headline(ctx: _Ctx, si: int) -> bool:
    """Is sentence `si` a headline: a line of its own with no closing punctuation, before a body?"""
    sents, text = ctx.doc.sents, ctx.doc.text
    if si + 1 >= len(sents):
        return False
    s = sents[si]
    if "\n" not in text[s.end : sents[si + 1].start]:
        return False
    if si > 0 and "\n" not in text[sents[si - 1].end : s.start]:
        return False
    return not text[s.start : s.end].rstrip().endswith(_CLOSING)


def _headline_sides(ctx: _Ctx, drafts: list[Draft]) -> None:
    reach = _unnamed(ctx.doc.meta.lang or "it").headline_reach
    if reach <= 0:
        return
    full: dict[int, list[Draft]] = {}
    for e in drafts:
        if e.source and e.target and not e.m.trig.sym:
            full.setdefault(e.sent, []).append(e)
    if not full:
        return
    heads: dict[int, bool] = {}
    for d in drafts:
        if (d.source and d.target) or d.m.trig.sym or d.m.trig.one_sided:
            continue
        if heads.setdefault(d.sent, _headline(ctx, d.sent)) is False:
            continue
        for si in range(d.sent + 1, min(d.sent + 1 + reach, len(ctx.doc.sents))):
            if si > d.sent + 1 and heads.setdefault(si, _headline(ctx, si)):
                break  # the next story's headline
            e = next((e for e in full.get(si, []) if e.m.trig.type == d.m.trig.type), None)
            if e is None:
                continue
            if d.source and not all(_same_side(ctx, a, e.source) for a in d.source):
                break
            if d.target and not all(_same_side(ctx, a, e.target) for a in d.target):
                break
            d.source, d.target = list(e.source), list(e.target)
            break


def _passive_judged(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    refs = _refs(ctx.doc.meta.lang or "it")
    cfg = _unnamed(ctx.doc.meta.lang or "it")
    if not refs.nouns:
        return drafts
    types = ctx.lex.object_event
    nouns: dict[int, Draft] | None = None
    acts = None
    told: set[int] = set()
    for d in drafts:
        trig = d.m.trig
        if trig.noun or trig.sym or trig.type not in types or not d.source or d.target or d.quote is not None:
            continue
        start = d.vg[1] if d.vg[1] >= 0 else d.m.ta
        if start >= d.m.ta or ctx.lex.passive.isdisjoint(ctx.lows[start : d.m.ta]):
            continue
        if nouns is None:
            nouns = {r.m.ta: r for r in drafts if r.m.trig.noun}
        # the subject: openers, an article, the noun, at most two modifiers, then the verb group
        k = ctx.doc.sents[d.sent].tok_start
        while k < start and ctx.lows[k] in cfg.openers:
            k += 1
        if k >= start or ctx.lows[k] not in ctx.lex.det:
            continue
        k += 1
        if k >= start or not (ctx.lows[k] in refs.nouns or k in nouns) or start - k > 3:
            continue
        if any(ctx.unit_at[j] is not None for j in range(k + 1, start)):
            continue  # "L'attacco israeliano è stato condannato": the owner is named, read elsewhere
        if acts is None:
            acts = _acts(ctx, drafts, refs)
        a = _aim_at_author(ctx, d, k, acts, nouns, refs)
        if a is None:
            continue
        if trig.type == "REJECT" and a.draft is not None:
            d.denies = a.draft
        e = nouns.get(k)
        if e is not None and e is not a.draft:
            told.add(id(e))  # the act named again as the subject: no new event
    return [d for d in drafts if id(d) not in told] if told else drafts


def _cause_noun(ctx: _Ctx, d: Draft, preps: frozenset[str], refs_nouns: dict[str, frozenset[str]], nouns: dict[int, Draft]) -> int:
    """The token of a referenced act after a preposition of cause within the judgement's own phrase
    ("preoccupazione per gli arresti", "condanna da parte della Francia per l'attacco"), or -1. A
    noun that names its owner ("gli attacchi della coalizione") is left to the rules of owners."""
    lows, lex = ctx.lows, ctx.lex
    hi = ctx.doc.sents[d.sent].tok_end
    k = d.m.tb
    limit = min(hi, k + 8)
    while k < limit and lows[k] not in preps:
        if k in ctx.trigger_tok or lows[k] in _STOPS:
            return -1  # another act or the clause's end comes first
        k += 1
    if k + 2 >= hi or lows[k] not in preps or lows[k + 1] not in lex.det:
        return -1
    n = k + 2
    if not (lows[n] in refs_nouns or n in nouns):
        return -1
    if n + 2 < hi and lex.prep.get(lows[n + 1]) in ("of", "agent") and (ctx.unit_at[n + 2] is not None or lows[n + 2] in lex.det):
        return -1
    if n + 1 < hi and ctx.unit_at[n + 1] is not None:
        return -1  # "l'attacco israeliano": a doer of its own
    return n


_GERUND = ("ando", "endo")  # Italian gerund endings: "bollando", "chiedendo"
_STOPS = frozenset({",", ";", ":", ".", "che", "e", "ma"})


def _judged_causes(ctx: _Ctx, drafts: list[Draft]) -> None:
    refs = _refs(ctx.doc.meta.lang or "it")
    cfg = _unnamed(ctx.doc.meta.lang or "it")
    if not refs.nouns or not cfg.cause_preps:
        return
    types = ctx.lex.object_event
    nouns: dict[int, Draft] | None = None
    acts = None
    for d in drafts:
        trig = d.m.trig
        if trig.sym or trig.type not in types or not d.source or d.target or d.quote is not None:
            continue
        if nouns is None:
            nouns = {r.m.ta: r for r in drafts if r.m.trig.noun}
        k = _cause_noun(ctx, d, cfg.cause_preps, refs.nouns, nouns)
        if k < 0:
            continue
        if acts is None:
            acts = _acts(ctx, drafts, refs)
        _aim_at_author(ctx, d, k, acts, nouns, refs)


def _place(ctx: _Ctx, d: Draft) -> Actor | None:
    """The actor of the place the roles found for `d` ("ad Atene"), if any."""
    if not d.location:
        return None
    s = ctx.doc.sents[d.sent]
    for k in range(s.tok_start, s.tok_end):
        u = ctx.unit_at[k]
        if u is not None and u.ts == k and u.text == d.location:
            return ctx.actors.get(u.actor)
    return None


def _document_sources(ctx: _Ctx, drafts: list[Draft]) -> None:
    cfg = _unnamed(ctx.doc.meta.lang or "it")
    heads = cfg.documents | cfg.members
    if not heads:
        return
    lows, lex = ctx.lows, ctx.lex
    for d in drafts:
        if d.m.trig.noun or d.m.trig.type not in cfg.document_types or d.quote is not None:
            continue
        start = d.vg[1] if d.vg[1] >= 0 else d.m.ta
        if start < d.m.ta and not lex.passive.isdisjoint(lows[start : d.m.ta]):
            continue  # a passive: the phrase before is what was done, not who spoke
        lo = ctx.doc.sents[d.sent].tok_start
        # the author's mention ends the subject, right before the verb group
        u = ctx.unit_at[start - 1] if start - 1 >= lo else None
        if u is None or u.actor in d.source:
            continue
        k = u.ts - 1
        while k >= lo and lows[k] in lex.det:
            k -= 1
        if k < lo or lex.prep.get(lows[k]) != "of":
            continue
        k -= 1
        mods = 0
        while k >= lo and lows[k] not in heads and mods < 2 and lows[k].isalpha() and ctx.unit_at[k] is None:
            k -= 1  # "un rapporto annuale dell'Onu"
            mods += 1
        if k < lo or lows[k] not in heads:
            continue
        if d.source and lows[k] not in cfg.members:
            continue  # a document fills an empty side only
        k -= 1
        while k >= lo and (lows[k] in lex.det or lows[k] in cfg.openers):
            k -= 1
        if k >= lo and lows[k] not in cfg.clause_openers:
            continue  # the phrase opens the sentence or its clause: it is the subject
        a = ctx.actors.get(u.actor)
        if a is None or not (a.igo or a.country) or u.actor in d.target:
            continue
        old = d.source
        d.source = [u.actor]
        d.subject = [u.actor]
        if old:
            # verbs that shared the lent subject ("..., bollando l'esecutivo") share the new one
            # and so does a gerund that follows it in the sentence with no other act between
            between = [e for e in drafts if e.sent == d.sent and e.m.ta > d.m.ta]
            for e in drafts:
                shared = e.inherit is d or (
                    e in between
                    and lows[e.m.ta].endswith(_GERUND)
                    and not any(x.m.ta < e.m.ta for x in between if x is not e)
                )
                if shared and e.source == old:
                    e.source = [u.actor]
                    e.target = [t for t in e.target if t != u.actor]
