"""Sides of event nouns told in nominal style, as real news tells them (session eight, read on the
KIND dev windows): the noun phrase names one side or none, and the clause around it names the other.

- `_arrived_nouns`: "Dalle forze di opposizione arrivano duri attacchi al governo", "Critiche sono
  arrivate anche dalla cancelliera": a noun that is the subject of a verb of arriving comes from the
  party after "da" (`arrival_verbs`).
- `_expressed_nouns`: "Soddisfazione è stata espressa dal governo francese": a noun before a passive
  participle of a verb of expressing has that participle's agent as its source (`expressed_verbs`).
- `_received_nouns`: "Putin ha ignorato le preoccupazioni del Consiglio d'Europa", "ha ottenuto il
  sostegno della Lega": the subject of a verb of receiving is the target of the act the noun names
  (`recipient_verbs`, `recipient_types`); "ha ricevuto le congratulazioni di X" is no meeting.
- `_noun_causes`: "ha espresso la sua condanna per l'attacco russo", "preoccupazione per gli attacchi
  della Nato": the deed a judgement noun is about is not the judge's own, whatever clause subject it
  took; the judgement is aimed at the deed's own doer (`judgement_types`, `cause_words`).

Data: `lang/<l>/nounsides.yaml`; a language without the file has none of these steps.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from cronaca import lang as langpacks
from cronaca.events.codes import _code, _same_side
from cronaca.events.context import Draft, Match, Unit, _Ctx, _positions, _uniq
from cronaca.events.lexicons import Trigger, coded_trigger, plover
from cronaca.events.material import _domestic
from cronaca.events.phrases import _past_modifiers
from cronaca.events.subjects import _sentence_subject, _subject, _subject_after_comma


@dataclass(frozen=True)
class _Frame:
    """A support-verb frame (`frames` in nounsides.yaml): the verbs that make the noun an act, the
    trigger it becomes, and whether the verb's subject is its source or its target."""

    verbs: frozenset[str]
    link: frozenset[str]
    trig: Trigger
    subject_is_source: bool
    giver_sector: str  # with no giver named, the article's actor of this sector in the recipient's country


@dataclass(frozen=True)
class _Data:
    arrival: frozenset[str]
    arrival_reach: int
    arrival_preps: frozenset[str]
    expressed: frozenset[str]
    expressed_reach: int
    recipient: frozenset[str]
    recipient_types: frozenset[str]
    obtained_types: frozenset[str]
    received_meetings: frozenset[str]
    judgement_types: frozenset[str]
    cause_words: frozenset[str]
    verbal_nouns: frozenset[str]
    origin_nouns: frozenset[str]
    frames: dict[str, list[_Frame]]  # noun form -> its frames


def _words(raw: dict, key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in raw.get(key) or [])


@cache
def _data(lang: str) -> _Data | None:
    if not langpacks.has_data(lang, "nounsides"):
        return None
    raw = langpacks.load_yaml(lang, "nounsides") or {}
    return _Data(
        _words(raw, "arrival_verbs"),
        int(raw.get("arrival_reach") or 0),
        _words(raw, "arrival_preps"),
        _words(raw, "expressed_verbs"),
        int(raw.get("expressed_reach") or 0),
        _words(raw, "recipient_verbs"),
        frozenset(str(t) for t in raw.get("recipient_types") or []),
        frozenset(str(t) for t in raw.get("obtained_types") or []),
        _words(raw, "received_meetings"),
        frozenset(str(t) for t in raw.get("judgement_types") or []),
        _words(raw, "cause_words"),
        _words(raw, "verbal_attack_nouns"),
        _words(raw, "origin_nouns"),
        _frames(raw.get("frames") or []),
    )


def _frames(raw: list) -> dict[str, list[_Frame]]:
    out: dict[str, list[_Frame]] = {}
    for f in raw:
        code = str(f["cameo"])
        trig = coded_trigger(str(f["type"]), code, noun=True, of=str(f.get("of") or "") or None)
        frame = _Frame(
            _words(f, "verbs"), _words(f, "link"), trig, str(f.get("subject")) != "target", str(f.get("giver_sector") or "")
        )
        for n in _words(f, "nouns"):
            out.setdefault(n, []).append(frame)
    return out


_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


def _one_per_code(ctx: _Ctx, ids: list[str]) -> list[str]:
    """One actor per code ("al governo di Giorgia Meloni": the government and Meloni are one side
    as the sides are counted)."""
    seen: set[str] = set()
    out = []
    for a in ids:
        c = _code(ctx, a)
        if c not in seen:
            seen.add(c)
            out.append(a)
    return out


def _lemma_in(ctx: _Ctx, k: int, words: frozenset[str]) -> bool:
    return ctx.toks[k].lemma in words or ctx.lows[k] in words


def _is_break(ctx: _Ctx, k: int) -> bool:
    w = ctx.lows[k]
    return w in ctx.lex.clause or w in (".", ";", ":", "!", "?")


def _governor(ctx: _Ctx, d: Draft, lo: int, verbs: frozenset[str]) -> int:
    """The word that governs the noun phrase of `d`: left past articles and at most three plain
    modifiers ("arrivano duri attacchi", "ha ottenuto il pieno sostegno"), never past one of `verbs`;
    -1 at the sentence start."""
    lex = ctx.lex
    k = d.m.ta - 1
    skipped = 0
    while k >= lo:
        w = ctx.lows[k]
        if w in lex.det:
            k -= 1
            continue
        if (
            skipped < 3
            and w.isalpha()
            and not ctx.toks[k].is_title
            and w not in lex.prep
            and w not in lex.aux
            and w not in lex.clause
            and w not in lex.conj
            and k not in ctx.trigger_tok
            and ctx.unit_at[k] is None
            and ctx.toks[k].lemma not in lex.light
            and not _lemma_in(ctx, k, verbs)
        ):
            k -= 1
            skipped += 1
            continue
        return k
    return -1


def _agents_from(ctx: _Ctx, u: Unit, hi: int) -> list[str]:
    """The party `u` after "da" and the parties coordinated with it ("dal Pd e dal M5S")."""
    out = [u.actor]
    k = u.te
    lex = ctx.lex
    while k < hi:
        j = k
        while j < hi and (ctx.lows[j] in lex.conj or ctx.lows[j] in lex.det or lex.prep.get(ctx.lows[j]) == "agent"):
            j += 1
        v = ctx.unit_at[j] if j < hi else None
        if j == k or v is None or v.ts != j or not any(ctx.lows[x] in lex.conj for x in range(k, j)):
            break
        if _code(ctx, v.actor) not in {_code(ctx, a) for a in out}:
            out.append(v.actor)  # (one doer per code, as the sides are counted: "da SEL, NCD e FI")
        if any(ctx.lows[x] in lex.conj and ctx.lows[x].isalpha() for x in range(k, j)):
            break  # "X, Y e Z": the list ends with the name after "e"
        k = v.te
    return out


def _from_party(ctx: _Ctx, u: Unit, lo: int, preps: frozenset[str]) -> bool:
    """Is `u` governed by "da" (the agent category) or by one of `preps` ("came from X")?"""
    if ctx.gov(u, lo) == "agent":
        return True
    k = u.ts - 1
    while k >= lo and ctx.lows[k] in ctx.lex.det:
        k -= 1
    return k >= lo and ctx.lows[k] in preps


def _noun_between(ctx: _Ctx, a: int, b: int, own: Draft) -> bool:
    """Does an event noun other than `own` stand in tokens [a, b)?"""
    return any(k in ctx.trigger_tok and k not in ctx.verb_tok and k not in own.m.toks for k in range(a, b))


def _arrived_nouns(ctx: _Ctx, drafts: list[Draft]) -> None:
    data = _data(ctx.doc.meta.lang or "it")
    if data is None or not data.arrival:
        return
    lex = ctx.lex
    for d in drafts:
        trig = d.m.trig
        if not trig.noun or trig.sym or d.quote is not None:
            continue
        s = ctx.doc.sents[d.sent]
        lo, hi = s.tok_start, s.tok_end
        g = _governor(ctx, d, lo, data.arrival)
        if g >= 0 and ctx.lows[g] in lex.prep:
            continue  # "si possa arrivare a scontri": governed, no subject of the verb
        # the verb: before the noun ("arrivano duri attacchi") or after it ("Critiche sono arrivate")
        verb = -1
        for k in list(range(d.m.ta - 1, max(lo, d.m.ta - 1 - data.arrival_reach), -1)) + list(
            range(d.m.tb, min(hi, d.m.tb + data.arrival_reach))
        ):
            if _is_break(ctx, k):
                if k < d.m.ta:
                    continue
                break
            if _lemma_in(ctx, k, data.arrival) and k not in ctx.trigger_tok:
                nxt = k + 1
                while nxt < hi and ctx.lows[nxt] in lex.aux:
                    nxt += 1
                if nxt < hi and ctx.lows[nxt].endswith(lex.participle) and lex.prep.get(ctx.lows[nxt]) is None and not _lemma_in(ctx, nxt, data.arrival):
                    continue  # "viene condannato da X": a passive auxiliary
                if nxt < hi and ctx.lows[nxt] == "meno":
                    continue  # "è venuto meno il sostegno": the support ended
                verb = k
                break
        if verb < 0:
            continue
        a, b = min(verb, d.m.ta), max(verb + 1, d.m.tb)
        if any(_is_break(ctx, k) for k in range(a, b)):
            continue
        best: Unit | None = None
        # the party after "da": left of the pair ("Dal M5S, arriva ...") or right of it
        k = a - 1
        while k >= lo and not _is_break(ctx, k) and a - k <= 8:
            u = ctx.unit_at[k]
            if u is not None and _from_party(ctx, u, lo, data.arrival_preps):
                if not _noun_between(ctx, u.te, a, d):
                    best = u
                break
            k -= 1
        if best is None:
            k = b
            while k < hi and not _is_break(ctx, k) and k - b <= 8:
                u = ctx.unit_at[k]
                if u is not None and u.ts == k:
                    if _from_party(ctx, u, lo, data.arrival_preps) and not _noun_between(ctx, b, u.ts, d):
                        best = u
                        break
                    k = u.te
                    continue
                k += 1
        if best is None:
            continue
        src = _agents_from(ctx, best, hi)
        d.target = [x for x in d.target if x not in src]  # (the roles may read "from X" as a target)
        of = _of_unit(ctx, d, hi)
        k = d.m.tb + 1
        while k < hi and ctx.lows[k] in ctx.lex.det:
            k += 1
        if of is None and d.m.tb < hi and ctx.lex.prep.get(ctx.lows[d.m.tb]) == "of" and k in ctx.trigger_tok:
            # "Condemnation of the attack on Kyiv came from ...": what the noun is about is a deed,
            # whose own phrase names its victim, not this noun's target
            d.target = []
        if of is not None and of.actor in d.source and of.actor not in src:
            if d.target:
                continue  # "l'attacco di Grillo a Napolitano": the party after "di" is the doer
            # "Strong criticism of the government came from Brussels": the party after "of" is what
            # the noun is about, its target, once the party it came from is named
            d.target = [of.actor]
        elif of is not None and of.actor in d.target and (a := ctx.actors.get(of.actor)) is not None and a.kind == "PER":
            # "Dal M5S arriva l'attacco di Beppe Grillo a Napolitano": the person after "di" is the
            # doer the "da" party speaks through, no target
            d.target = [x for x in d.target if x != of.actor]
            src = [of.actor]
        src = [x for x in src if x not in d.target]
        if not src:
            continue
        d.source = _uniq(src)
        d.subject = d.source


def _of_unit(ctx: _Ctx, d: Draft, hi: int) -> Unit | None:
    """The party right after the noun's "di" ("l'attacco di Grillo"), if any."""
    k = d.m.tb
    if k >= hi or ctx.lex.prep.get(ctx.lows[k]) != "of":
        return None
    k += 1
    while k < hi and ctx.lows[k] in ctx.lex.det:
        k += 1
    u = ctx.unit_at[k] if k < hi else None
    return u if u is not None and u.ts == k else None


def _expressed_nouns(ctx: _Ctx, drafts: list[Draft]) -> None:
    data = _data(ctx.doc.meta.lang or "it")
    if data is None or not data.expressed:
        return
    lex = ctx.lex
    by_tok = {k: e for e in drafts if e.m.trig.noun for k in e.m.toks}
    for d in drafts:
        trig = d.m.trig
        if not trig.noun or trig.sym or d.source or d.quote is not None:
            continue
        hi = ctx.doc.sents[d.sent].tok_end
        lo = ctx.doc.sents[d.sent].tok_start
        p = -1
        for k in range(d.m.tb, min(hi, d.m.tb + data.expressed_reach)):
            if _is_break(ctx, k):
                break
            if (
                _lemma_in(ctx, k, data.expressed)
                and ctx.lows[k].endswith(lex.participle)
                and k - 1 >= d.m.tb
                and ctx.lows[k - 1] in lex.passive
            ):
                p = k
                break
        if p < 0:
            continue
        agent = None
        for k in range(p + 1, min(hi, p + 4)):
            u = ctx.unit_at[k]
            if u is not None:
                if u.ts == k and ctx.gov(u, lo) == "agent":
                    agent = u
                break
        if agent is None:
            continue
        src = [a for a in _agents_from(ctx, agent, hi) if a not in d.target]
        if not src:
            continue
        d.source = _uniq(src)
        d.subject = d.source
        # "Gioia per la liberazione è stata espressa da X": the deed between is not X's
        for k in range(d.m.tb, p):
            e = by_tok.get(k)
            if e is not None and e is not d and set(e.source) <= set(src):
                e.source = []


def _received_nouns(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    data = _data(ctx.doc.meta.lang or "it")
    if data is None or not data.recipient:
        return drafts
    lex = ctx.lex
    drop: set[int] = set()
    for d in drafts:
        trig = d.m.trig
        if not trig.noun or trig.sym or trig.type not in data.recipient_types or d.quote is not None:
            continue
        s = ctx.doc.sents[d.sent]
        lo = s.tok_start
        v = _governor(ctx, d, lo, data.recipient)
        if v < 0 or not _lemma_in(ctx, v, data.recipient):
            continue
        vg = v
        while vg - 1 >= lo and ctx.lows[vg - 1] in lex.aux:
            vg -= 1
        if lex.gerund and ctx.lows[v].endswith(lex.gerund):
            units = _sentence_subject(ctx, s.i)  # "..., ignorando le preoccupazioni di X": the main subject
            subj = [u.actor for u in units]
        else:
            probe = Draft(m=d.m, sent=d.sent)
            subj = [u.actor for u in _subject(ctx, vg, lo, probe)]
            if not subj and probe.inherit is not None:
                subj = list(probe.inherit.subject if probe.inherit.subject is not None else probe.inherit.source)
        if not subj:
            continue
        own = [a for a in d.source if a not in subj]
        if not own and d.source:
            # the subject was taken as the noun's doer: the party after "di", read as its target, is
            # the doer ("ha ignorato le preoccupazioni del Consiglio d'Europa")
            own = [a for a in d.target if a not in subj]
            if not own:
                continue
        elif d.target and not d.source and (of := _of_unit(ctx, d, s.tok_end)) is not None and of.actor in d.target:
            own = [of.actor]  # "ha ricevuto le critiche del Consiglio d'Europa": the party after "di" criticizes
        elif d.target and trig.type not in data.obtained_types:
            continue  # (a yielding act is the recipient's, whatever target the roles guessed:
            # "Niamey ha ottenuto il ritiro delle truppe francesi")
        targets = [a for a in subj if not _same_side(ctx, a, own)]
        if not targets:
            continue
        d.source = own
        d.target = _uniq(targets)
        # "ha ricevuto le congratulazioni di X": no meeting with X
        for c in drafts:
            if (
                c.m.trig.type == "CONSULT"
                and c.m.ta == v
                and _lemma_in(ctx, v, data.received_meetings)
            ):
                drop.add(id(c))
    return [d for d in drafts if id(d) not in drop] if drop else drafts


def _noun_causes(ctx: _Ctx, drafts: list[Draft]) -> None:
    data = _data(ctx.doc.meta.lang or "it")
    if data is None or not data.judgement_types:
        return
    nouns: dict[int, Draft] | None = None
    material = ctx.lex.material
    for j in drafts:
        trig = j.m.trig
        if not trig.noun or trig.type not in data.judgement_types or not j.source:
            continue
        hi = ctx.doc.sents[j.sent].tok_end
        k = j.m.tb
        # at most two modifiers after the noun ("la condanna unanime per ...")
        while k < hi and k - j.m.tb < 2 and ctx.lows[k] not in data.cause_words and ctx.lows[k].isalpha() and ctx.unit_at[k] is None and k not in ctx.trigger_tok:
            k += 1
        if k >= hi or not (ctx.lows[k] in data.cause_words or ctx.lows[k] in trig.about):
            continue
        if nouns is None:
            nouns = {e.m.ta: e for e in drafts if e.m.trig.noun}
        c = k + 1
        u = ctx.unit_at[c] if c < hi else None
        if u is not None and u.ts == c and u.te < hi and ctx.lows[u.te] in _POSSESSIVE:
            c = u.te + 1  # "concern over Russia's attacks": the possessor names the doer
        e = nouns.get(_past_modifiers(ctx, c, hi, nouns, strict=False))
        if e is None or e is j or e.m.trig.type not in material:
            continue
        if e.source and all(_same_side(ctx, a, j.source) for a in e.source):
            e.source = []  # the deed took the judge, the clause subject, as its doer
            e.subject = []
        doers = [a for a in e.source if not _same_side(ctx, a, j.source)]
        if doers and (not j.target or set(j.target) <= set(e.target)):
            # (a target the judgement took inside the deed's phrase is the deed's victim: "concern
            # over Russia's attacks on Kyiv" is aimed at Russia)
            j.target = doers
        if j.judged is None:
            j.judged = e


def _verbal_nouns(ctx: _Ctx, drafts: list[Draft]) -> None:
    """"Dal Pd arrivano duri attacchi al governo", "l'attacco di Grillo a Napolitano": a politician's
    or a civilian body's attack on a person or a non-armed body is words, as `_verbal_attacks` reads
    the verb: ACCUSE with the domestic data's `verbal_attack_cameo` (`verbal_attack_nouns`)."""
    data = _data(ctx.doc.meta.lang or "it")
    if data is None or not data.verbal_nouns:
        return
    dm = _domestic(ctx.doc.meta.lang or "it")
    if not dm.verbal_cameo:
        return
    for d in drafts:
        m = d.m
        if not m.trig.noun or m.trig.type != "ASSAULT" or not d.source or not d.target:
            continue
        if not _lemma_in(ctx, m.ta, data.verbal_nouns):
            continue
        doers = [ctx.actors.get(a) for a in d.source]
        if any(a is None or a.sector in dm.armed_sectors or (a.kind != "PER" and a.sector not in dm.civilian_sectors) for a in doers):
            continue
        aimed = [ctx.actors.get(a) for a in d.target]
        if any(b is None or b.kind in ("GPE", "LOC") or b.sector in dm.armed_sectors for b in aimed):
            continue  # "l'attacco dei manifestanti alla polizia", "attacchi all'Ucraina": force
        if {b.country for b in aimed if b is not None} - {a.country for a in doers if a is not None}:
            continue  # across borders an attack is read as force, as for the verb
        s = ctx.doc.sents[d.sent]
        if any(
            ctx.lows[k] in dm.weapons or ctx.toks[k].lemma in dm.weapons
            for k in range(max(s.tok_start, m.ta - 8), min(s.tok_end, m.tb + 8))
        ):
            continue
        types, cameo = plover()
        code = dm.verbal_cameo
        kind = str(cameo[code][2])
        m.trig = replace(
            m.trig, type=kind, cameo=code, goldstein=float(cameo[code][1]), quad=int(types[kind]["quad_class"]), near=False
        )


def _origin_nouns(ctx: _Ctx, drafts: list[Draft]) -> None:
    """"La Francia ha ordinato il ritiro delle truppe dal Mali": after a noun of leaving, a bare "da"
    names the place left, no agent ("da parte di" stays the agent); it is the target, and the doer is
    the subject of the verb that governs the noun (`origin_nouns`)."""
    data = _data(ctx.doc.meta.lang or "it")
    if data is None or not data.origin_nouns:
        return
    lex = ctx.lex
    for d in drafts:
        if not d.m.trig.noun or not d.source or not _lemma_in(ctx, d.m.ta, data.origin_nouns):
            continue
        s = ctx.doc.sents[d.sent]
        lo, hi = s.tok_start, s.tok_end
        left: list[str] = []
        for k in range(d.m.tb, min(hi, d.m.tb + 8)):
            if _is_break(ctx, k):
                break
            u = ctx.unit_at[k]
            if u is None or u.ts != k or u.actor not in d.source:
                continue
            j = k - 1
            while j >= d.m.tb and ctx.lows[j] in lex.det:
                j -= 1
            if j >= d.m.tb and lex.prep.get(ctx.lows[j]) == "agent" and ctx.lows[j] not in ("by",):
                left.append(u.actor)  # "dal Mali": the bare "da"; "da parte di" is governed by "di"
        if not left:
            continue
        d.source = [a for a in d.source if a not in left]
        if not d.source:
            v = _governor(ctx, d, lo, frozenset())
            if v >= 0 and ctx.lows[v] not in lex.prep:
                vg = v
                while vg - 1 >= lo and ctx.lows[vg - 1] in lex.aux:
                    vg -= 1
                probe = Draft(m=d.m, sent=d.sent)
                d.source = [u.actor for u in _subject(ctx, vg, lo, probe) if u.actor not in left]
        d.target = _uniq([a for a in left if not _same_side(ctx, a, d.source)] + [a for a in d.target if a not in left])
        d.subject = d.source


_FRAMED: dict[int, _Frame] = {}  # id(trigger) -> its frame, for the frame triggers built above


def _frame_matches(ctx: _Ctx, matches: list[Match]) -> list[Match]:
    """Frame nouns governed by one of their verbs become noun matches of the frame's trigger
    ("ha votato la fiducia al governo"); one set lookup of the document's words first."""
    data = _data(ctx.doc.meta.lang or "it")
    if data is None or not data.frames:
        return matches
    hits = _positions(ctx.lows, data.frames.keys() & ctx.low_set)
    if not hits:
        return matches
    used = {k for m in matches for k in m.toks}
    added: list[Match] = []
    lex = ctx.lex
    for k in hits:
        if k in used:
            continue
        lo = ctx.doc.sents[ctx.toks[k].sent].tok_start
        for frame in data.frames[ctx.lows[k]]:
            j = k - 1
            if frame.link:
                if j < lo or ctx.lows[j] not in frame.link:
                    continue
                j -= 1
            skipped = 0
            while j >= lo and (ctx.lows[j] in lex.det or (skipped < 2 and ctx.lows[j].isalpha() and ctx.lows[j] not in lex.prep and not _lemma_in(ctx, j, frame.verbs) and ctx.unit_at[j] is None and ctx.lows[j] not in lex.aux)):
                skipped += ctx.lows[j] not in lex.det
                j -= 1
            if (j < lo or not _lemma_in(ctx, j, frame.verbs)) and not (
                frame.subject_is_source and _passive_after(ctx, k, frame.verbs)
            ):
                continue
            _FRAMED[id(frame.trig)] = frame
            added.append(Match(frame.trig, k, k + 1, [k]))
            break
    if not added:
        return matches
    return sorted(matches + added, key=lambda m: m.ta)


def _passive_after(ctx: _Ctx, k: int, verbs: frozenset[str]) -> bool:
    """Real news tells the frame in the passive, noun first: "Soddisfazione è stata espressa da X",
    "Rammarico è stato manifestato dal governo". The noun is followed, within its sentence, by one
    or two passive auxiliaries and a participle of a frame verb; the agent after it is the source
    (`_expressed_nouns`)."""
    lex = ctx.lex
    hi = ctx.doc.sents[ctx.toks[k].sent].tok_end
    j = k + 1
    while j < hi and j <= k + 3 and (ctx.lows[j] in lex.passive or ctx.lows[j] in lex.aux):
        j += 1
    return j > k + 1 and j < hi and _lemma_in(ctx, j, verbs) and ctx.lows[j].endswith(lex.participle)


def _frame_sides(ctx: _Ctx, drafts: list[Draft]) -> None:
    """The sides of a frame noun: the subject of its verb is the source, or the target ("il governo
    ha incassato la fiducia del Senato": the Senate supports the government)."""
    data = _data(ctx.doc.meta.lang or "it")
    if data is None or not data.frames:
        return
    lex = ctx.lex
    for d in drafts:
        frame = _FRAMED.get(id(d.m.trig))
        if frame is None or frame.trig is not d.m.trig:
            continue
        s = ctx.doc.sents[d.sent]
        lo = s.tok_start
        v = d.m.ta - 1
        while v >= lo and not _lemma_in(ctx, v, frame.verbs):
            v -= 1
        vg = v
        while vg - 1 >= lo and ctx.lows[vg - 1] in lex.aux:
            vg -= 1
        probe = Draft(m=d.m, sent=d.sent)
        subj = [u.actor for u in _subject(ctx, vg, lo, probe)] if v >= lo else []
        if not subj and probe.inherit is not None:
            subj = list(probe.inherit.subject if probe.inherit.subject is not None else probe.inherit.source)
        if not subj and v >= lo and ctx.lex.fronted and any(ctx.lows[k] in ctx.lex.fronted for k in range(max(lo, vg - 4), vg)):
            # "Già in mattinata, prima di aver incassato la fiducia al Senato, il premier ...": the
            # main subject, after the comma
            subj = [u.actor for u in _subject_after_comma(ctx, d.m.tb, s.tok_end)]
        subj = _one_per_code(ctx, subj)
        if frame.subject_is_source:
            if subj and not d.source:
                d.source = subj
            d.target = _one_per_code(ctx, [a for a in d.target if a not in d.source])
        elif subj:
            # the party after "di" or "a" grants the act: "la fiducia della Camera", "al Senato"
            givers = _uniq([a for a in d.source + d.target if a not in subj])
            if not givers and frame.giver_sector:
                givers = _givers(ctx, frame.giver_sector, subj)
            d.source = givers
            d.target = [a for a in subj if not _same_side(ctx, a, givers)] if givers else subj
        d.subject = d.source


def _givers(ctx: _Ctx, sector: str, subj: list[str]) -> list[str]:
    """"Berlusconi ottiene la fiducia": no chamber named in the clause; the first actor of `sector`
    (the legislature) of the recipient's country that the article names."""
    countries = {a.country for x in subj if (a := ctx.actors.get(x)) is not None and a.country}
    if len(countries) != 1:
        return []
    for a in ctx.doc.actors:
        if a.sector == sector and a.country in countries and a.id not in subj:
            return [a.id]
    return []
