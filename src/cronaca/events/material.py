"""Material and noun events (`Deeds`): pledges of aid, the deed one is thanked or blamed for
(`_reasons`), the sides a deed noun's own phrase gives (`_deed_nouns`, `_announcer`), triggers that
mention an act without telling one (`_mentions_only`), and domestic protests aimed at their own
government.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from cronaca import lang as langpacks
from cronaca.events.codes import _government_of, _same_side
from cronaca.events.context import _PUNCT, _QUOTE_MARKS, Draft, Match, _Ctx, _uniq
from cronaca.events.lexicons import deeds, plover
from cronaca.events.phrases import _has_break
from cronaca.events.roles import _country_actor, _nearest_country, _right_units
from cronaca.events.subjects import _subject


def _pledges(ctx: _Ctx, drafts: list[Draft], matches: list[Match]) -> None:
    """A promise that describes an aid noun ("deliveries of tanks promised to Ukraine", "le forniture
    di armi promesse a Kiev") is a pledge of that aid: AID, not an agreement (roles.pledge_types)."""
    dd = deeds(ctx.doc.meta.lang or "it")
    if not dd.pledge:
        return
    aid = {k for m in matches if m.trig.noun and m.trig.type in ctx.lex.recipient for k in m.toks}
    if not aid:
        return
    types, cameo = plover()
    for d in drafts:
        trig = d.m.trig
        if trig.noun or trig.sym or trig.type not in dd.pledge or not ctx.lows[d.m.ta].endswith(ctx.lex.participle):
            continue
        if d.vg[1] < d.m.ta and set(ctx.lows[d.vg[1] : d.m.ta]) & ctx.lex.perfect:
            continue  # "Germany has promised tanks": a verb with its own tense, not a description
        lo = ctx.doc.sents[d.sent].tok_start
        if any(k in aid for k in range(max(lo, d.m.ta - 5), d.m.ta)):
            code = dd.pledge_cameo or str(types["AID"]["cameo"])
            kind = str(cameo[code][2])  # the PLOVER type of the pledge's code (AID)
            d.m.trig = replace(
                trig, type=kind, cameo=code, goldstein=float(cameo[code][1]), quad=int(types[kind]["quad_class"])
            )


def _reasons(ctx: _Ctx, drafts: list[Draft]) -> None:
    """"ha ringraziato Qatar, Egitto e Stati Uniti per la mediazione", "criticised Israel for the
    raids": the event noun after "per/for" is the deed of whom the verb thanks or blames (its
    target), not of the clause's subject."""
    dd = deeds(ctx.doc.meta.lang or "it")
    if not dd.for_preps:
        return
    lex = ctx.lex
    verbs = [d for d in drafts if not d.m.trig.noun and d.m.trig.type in dd.for_types and d.target]
    if not verbs:
        return
    for d in drafts:
        if not d.m.trig.noun:
            continue
        k = d.m.ta - 1
        lo = ctx.doc.sents[d.sent].tok_start
        while k >= lo and ctx.lows[k] in lex.det:
            k -= 1
        if k < lo or ctx.lows[k] not in dd.for_preps:
            continue
        head = next((v for v in reversed(verbs) if v.sent == d.sent and v.m.tb <= k and not _has_break(ctx, v.m.tb, k)), None)
        if head is None or (d.source and not set(d.source) & set(head.source)):
            continue
        d.source = list(head.target)
        d.target = [a for a in d.target if a not in d.source and not _same_side(ctx, a, d.source)]
        if d.m.trig.sym:
            d.target = list(d.source)


def _retaliation(ctx: _Ctx, d: Draft, nouns: frozenset[str]) -> bool:
    """Is the draft a retaliation: a retaliation noun ("contromisure"), or measures "of" one right
    after the trigger ("adotterà misure di risposta", "misure di ritorsione")?"""
    if d.m.trig.noun and ctx.lows[d.m.ta] in nouns:
        return True
    k = d.m.tb
    return (
        k + 1 < len(ctx.lows)
        and ctx.lex.prep.get(ctx.lows[k]) == "of"
        and ctx.lows[k + 1] in nouns
        and ctx.toks[k + 1].sent == d.sent
    )


def _deed_nouns(ctx: _Ctx, drafts: list[Draft]) -> None:
    """Sides of a deed noun (`roles.material_types`) that its own phrase gives:
    - "contro le nostre infrastrutture" in a quotation: the speaker's side is the target, and the
      speaker is not the doer ("È il quindicesimo attacco contro le nostre città", said by Kyiv);
    - a place after "contro/on/against" is the target's country ("a ground assault on Rafah");
    - the owner of an announcing noun before it is the doer ("l'annuncio di Mosca di un parziale
      ritiro", "Moscow's announcement of a withdrawal")."""
    dd = deeds(ctx.doc.meta.lang or "it")
    lex = ctx.lex
    for d in drafts:
        trig = d.m.trig
        if not d.target and d.source and _retaliation(ctx, d, dd.retaliation):
            # "la Commissione prepara contromisure": against whoever sanctioned the doer's side
            for e in reversed(drafts[: drafts.index(d)]):
                if e.m.trig.type == trig.type and e.source and any(_same_side(ctx, t, d.source) for t in e.target):
                    d.target = [a for a in e.source if not _same_side(ctx, a, d.source)][:1]
                    break
        if not trig.noun or trig.sym or trig.type not in lex.material:
            continue
        s = ctx.doc.sents[d.sent]
        k = d.m.tb
        while (
            k < s.tok_end
            and k - d.m.tb < 5
            and ctx.lows[k] not in dd.place_target
            and ctx.unit_at[k] is None
            and k not in ctx.trigger_tok
            and ctx.lows[k] not in _PUNCT
            and ctx.lows[k] not in _QUOTE_MARKS
            and ctx.lows[k] not in lex.clause
        ):
            k += 1  # modifiers after the noun: "attacco massiccio contro", "attacco in una settimana contro"
        if k < s.tok_end and ctx.lows[k] in dd.place_target:
            j = k + 1
            while j < s.tok_end and ctx.lows[j] in lex.det and ctx.lows[j] not in dd.ours:
                j += 1
            speaker = d.quote.speaker if d.quote is not None else None
            if j < s.tok_end and ctx.lows[j] in dd.ours and speaker:
                d.target = [speaker]
                d.source = [a for a in d.source if not _same_side(ctx, a, [speaker])]
                continue
            place = ctx.place_at.get(j)
            if place is not None:  # named right after the noun: surer than the nearest country
                found = _country_actor(ctx, place.actor)
                if found and not _same_side(ctx, found, d.source):
                    d.target = [found]
        owner = _announcer(ctx, d, s.tok_start) if dd.announce else None
        if owner is not None:
            # the announcer is surer than a subject found through the phrase around the noun
            d.source = [owner]
            d.target = [a for a in d.target if not _same_side(ctx, a, d.source)]
            if not d.target and trig.near:
                d.target = _nearest_country(ctx, d.m, s.tok_start, s.tok_end, d.source)


def _announcer(ctx: _Ctx, d: Draft, lo: int) -> str | None:
    """"l'annuncio di Mosca di un parziale ritiro": the actor owning the announcing noun before the
    deed noun's "di" phrase; "Moscow's announcement of a withdrawal": the possessor."""
    lex = ctx.lex
    dd = deeds(ctx.doc.meta.lang or "it")
    k = d.m.ta - 1
    skipped = 0
    while k >= lo and (ctx.lows[k] in lex.det or (ctx.lows[k].isalpha() and ctx.unit_at[k] is None and skipped < 2 and lex.prep.get(ctx.lows[k]) is None)):
        skipped += ctx.lows[k] not in lex.det
        k -= 1
    if k < lo or lex.prep.get(ctx.lows[k]) != "of":
        return None
    u = ctx.unit_at[k - 1] if k - 1 >= lo else None
    if u is not None and u.ts - 1 >= lo and lex.prep.get(ctx.lows[u.ts - 1]) == "of":
        head = u.ts - 2  # "annuncio di Mosca di ..."
        while head >= lo and ctx.lows[head] in lex.det:
            head -= 1
        if head >= lo and (ctx.toks[head].lemma in dd.announce or ctx.lows[head] in dd.announce):
            return u.actor
    if k - 1 >= lo and (ctx.toks[k - 1].lemma in dd.announce or ctx.lows[k - 1] in dd.announce):
        p = k - 2  # "Moscow's announcement of ..."
        if p - 1 >= lo and ctx.lows[p] in lex.possessive and ctx.unit_at[p - 1] is not None:
            return ctx.unit_at[p - 1].actor  # type: ignore[union-attr]
    return None


def _mentions_only(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """Triggers that mention an act without telling one:
    - a deed noun after "l'inizio di" / "the start of" is a time reference ("il più grande scambio
      dall'inizio dell'invasione", "since the start of the war"), and a strike or protest after
      "il diritto di" / "the right to" is a right, not an act;
    - a negated deed in the complement of a concession is what was conceded ("Mosca aveva accettato
      di non colpire i porti"): no negated attack, and the concession is aimed at its target;
    - receiving with no person received ("i militari riceveranno assistenza") is no meeting;
    - shooting down drones or missiles (`intercept:`) is air defence, no attack (a deed thanked
      for has become aid before this)."""
    dd = deeds(ctx.doc.meta.lang or "it")
    lex = ctx.lex
    drop: set[int] = set()
    for i, d in enumerate(drafts):
        trig = d.m.trig
        lo = ctx.doc.sents[d.sent].tok_start
        hi = ctx.doc.sents[d.sent].tok_end
        if trig.intercept and any(
            ctx.lows[j] in trig.intercept or ctx.toks[j].lemma in trig.intercept
            for j in range(max(lo, d.m.ta - 8), min(hi, d.m.tb + 12))
            if j != d.m.ta
        ):
            drop.add(id(d))  # "shot down 52 drones", "34 dei quali sono stati abbattuti": air defence
            continue
        if trig.noun and (trig.type in lex.material or trig.one_sided) and dd.anchors:
            k = d.m.ta - 1
            while k >= lo and ctx.lows[k] in lex.det:
                k -= 1
            if k - 1 >= lo and (lex.prep.get(ctx.lows[k]) == "of" or ctx.lows[k] in lex.comp_inf) and (
                ctx.toks[k - 1].lemma in dd.anchors or ctx.lows[k - 1] in dd.anchors
            ):
                drop.add(id(d))
                continue
        if trig.partner_kinds and not trig.noun:
            group = set(ctx.lows[d.vg[1] : d.m.ta]) if d.vg[1] >= 0 else set()
            if not group & lex.passive and not any(
                u.kind in trig.partner_kinds for u, _ in _right_units(ctx, d.m.tb, hi, stop_at_trigger=False)
            ):
                drop.add(id(d))
                continue
        if trig.type in dd.conceding and not trig.noun:
            for e in drafts[i + 1 :]:
                if e.sent != d.sent:
                    break
                if (
                    e.m.trig.type in lex.material
                    and not e.m.trig.noun
                    and e.modality == "negated"
                    and _negated_infinitive(ctx, d.m.tb, e.m.ta)
                    and not _has_break(ctx, d.m.tb, e.m.ta)
                    and (not e.source or _same_side(ctx, e.source[0], d.source))
                ):
                    if not d.target:
                        d.target = [a for a in e.target if not _same_side(ctx, a, d.source)]
                    drop.add(id(e))
                    break
    return [d for d in drafts if id(d) not in drop] if drop else drafts


def _negated_infinitive(ctx: _Ctx, a: int, b: int) -> bool:
    """Does "di non" / "not to" (an infinitive link and a negation, in either order) lead from token a
    to the verb at b ("accettato di non colpire", "agreed not to strike")?"""
    lex = ctx.lex
    k = b - 1
    seen_neg = seen_link = False
    while k >= a and (ctx.lows[k] in lex.negation or ctx.lows[k] in lex.comp_inf or ctx.lows[k] in lex.aux):
        seen_neg = seen_neg or ctx.lows[k] in lex.negation
        seen_link = seen_link or ctx.lows[k] in lex.comp_inf
        k -= 1
    return seen_neg and seen_link


def _domestic_protests(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A strike or a protest by a domestic group (unions, the opposition, magistrates) with no
    target named is aimed at its own country's government ("nurses would walk out again", "il
    comitato valuterà forme di protesta"): the article's government actor of that country."""
    dd = deeds(ctx.doc.meta.lang or "it")
    types = dd.domestic_protest
    if not types:
        return
    for d in drafts:
        if d.target or not d.source or d.m.trig.type not in types:
            continue
        doers = [ctx.actors.get(a) for a in d.source]
        countries = {a.country for a in doers if a is not None}
        if len(countries) != 1 or any(
            a is None or a.igo or not a.country or a.sector not in dd.protest_sectors for a in doers
        ):
            continue
        country = countries.pop()
        gov = _government_of(ctx, country)
        if gov:
            d.target = gov


@dataclass(frozen=True, slots=True)
class _Domestic:
    """Words and types of lang/<l>/domestic.yaml (see there)."""

    state_types: frozenset[str] = frozenset()
    state_sectors: tuple[str, ...] = ()
    state_cameos: frozenset[str] = frozenset()  # codes of other types done by the state (crowd control)
    owner_types: frozenset[str] = frozenset()
    owner_preps: frozenset[str] = frozenset()
    threat_types: frozenset[str] = frozenset()
    content_links: frozenset[str] = frozenset()
    # the threatened deed is kept as an event of its own (hypothetical), as conventions.md annotates
    # hypothesized events (`threat_content_kept`); the threat still takes its target
    content_kept: bool = False
    intransitive: frozenset[str] = frozenset()  # lemmas of verbs of protest with no direct object
    intransitive_types: frozenset[str] = frozenset()  # the event types they have no object in (PROTEST)
    place_words: frozenset[str] = frozenset()  # "davanti al Parlamento": where they protest, not whom
    members: frozenset[str] = frozenset()  # "miliziani di Hamas": the group acts through them
    deed_preps: frozenset[str] = frozenset()  # "uccisi in un attacco di X": the deed noun names the doer
    verbal_verbs: frozenset[str] = frozenset()  # "attaccare": with words when a politician does it
    verbal_cameo: str = ""
    armed_sectors: frozenset[str] = frozenset()
    civilian_sectors: frozenset[str] = frozenset()
    weapons: frozenset[str] = frozenset()


@cache
def _domestic(lang: str) -> _Domestic:
    if not langpacks.has_data(lang, "domestic"):
        return _Domestic()
    data = langpacks.load_yaml(lang, "domestic") or {}

    def fs(k: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(k) or [])

    def types(k: str) -> frozenset[str]:
        return frozenset(str(w) for w in data.get(k) or [])

    return _Domestic(
        state_types=types("state_deed_types"),
        state_sectors=tuple(str(w) for w in data.get("state_doer_sectors") or []),
        state_cameos=types("state_deed_cameos"),
        owner_types=types("owner_types"),
        owner_preps=fs("owner_preps"),
        threat_types=types("threat_types"),
        content_links=fs("content_links"),
        content_kept=bool(data.get("threat_content_kept")),
        intransitive=fs("intransitive_verbs"),
        intransitive_types=types("intransitive_types"),
        place_words=fs("place_words"),
        members=fs("member_nouns"),
        deed_preps=fs("deed_preps"),
        verbal_verbs=fs("verbal_attack_verbs"),
        verbal_cameo=str(data.get("verbal_attack_cameo") or ""),
        armed_sectors=types("armed_sectors"),
        civilian_sectors=types("civilian_sectors"),
        weapons=fs("weapon_words"),
    )


def _inner_objects(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A multi-word verb trigger whose object stands between its words ("ha condannato Alexei Navalny
    a 19 anni", "sentenced Navalny to life"): the roles look right of the last word, so the object
    inside the span is the target when the clause gave none."""
    for d in drafts:
        m = d.m
        if d.target or m.trig.noun or m.trig.sym or len(m.toks) < 2 or m.toks[-1] - m.toks[0] < 2:
            continue
        lo = ctx.doc.sents[d.sent].tok_start
        k = m.toks[0] + 1
        while k < m.toks[-1]:
            u = ctx.unit_at[k]
            if u is not None:
                if u.kind not in ("LOC", "DEM") and u.actor not in d.source and ctx.gov(u, lo) is None:
                    d.target = [u.actor]
                break
            k += 1


def _intransitive(ctx: _Ctx, drafts: list[Draft]) -> None:
    """Verbs of protest have no direct object (`intransitive_verbs`):
    - after "sono" ("sono scesi in piazza", "sono sfilati") the participle looks passive, so the
      roles made the subject a target and a "da X" further on (of another participle: "per lo
      sciopero proclamato da Cgil e Uil") the doer: the subject is the doer;
    - a bare name after the verb is its subject, put after it as Italian does ("da Vicenza
      protesta l'opposizione", "hanno scioperato ieri i sindacati"), not its object.
    The target is then the party named after "contro/a" ("contro il governo")."""
    dm = _domestic(ctx.doc.meta.lang or "it")
    if not dm.intransitive:
        return
    lex = ctx.lex
    for d in drafts:
        m = d.m
        if m.trig.noun or d.vg[1] < 0 or (ctx.toks[m.ta].lemma not in dm.intransitive and ctx.lows[m.ta] not in dm.intransitive):
            continue
        if dm.intransitive_types and m.trig.type not in dm.intransitive_types:
            continue  # "è tornato al tavolo con Hamas": talks resumed with a partner, no protest
        hi = ctx.doc.sents[d.sent].tok_end
        right = _right_units(ctx, m.tb, hi)
        if set(ctx.lows[d.vg[1] : m.ta]) & lex.passive:
            subj = _subject(ctx, d.vg[1], d.vg[0], d)
            d.source = _uniq([u.actor for u in subj])
        if not d.source:
            d.source = [u.actor for u, g in right if g is None and u.kind not in ("LOC", "DEM")][:1]
        d.target = [
            u.actor
            for u, g in right
            if g == "target" and u.actor not in d.source and not set(ctx.lows[max(m.tb, u.ts - 3) : u.ts]) & dm.place_words
        ][:1]


def _counted_subjects(ctx: _Ctx, drafts: list[Draft]) -> None:
    """"Migliaia di manifestanti sono scesi in piazza", "Thousands of protesters marched", "Decine di
    attivisti sono stati arrestati": a quantity before "di/of" counts the subject, which the roles
    skipped as governed by "di/of". So do members of a group ("Miliziani di Hamas hanno ucciso ...",
    `member_nouns`): the group acts. It is the doer, or the target of a passive."""
    dd = deeds(ctx.doc.meta.lang or "it")
    dm = _domestic(ctx.doc.meta.lang or "it")
    lex = ctx.lex
    if not dd.quantities and not dm.members:
        return
    for d in drafts:
        m = d.m
        vg = d.vg[1]
        if m.trig.noun or vg <= 0 or d.source:
            continue
        lo = ctx.doc.sents[d.sent].tok_start
        u = ctx.unit_at[vg - 1]
        if u is None or u.te != vg or u.kind in ("LOC", "DEM"):
            continue
        k = u.ts - 1
        while k > lo and ctx.lows[k] in lex.det:
            k -= 1
        if k <= lo or lex.prep.get(ctx.lows[k]) != "of":
            continue
        head = ctx.lows[k - 1]
        if head not in dd.quantities and head not in dm.members and ctx.toks[k - 1].lemma not in dm.members:
            continue
        passive = bool(set(ctx.lows[vg : m.ta]) & lex.passive) and ctx.lows[m.ta].endswith(lex.participle)
        if passive and ctx.toks[m.ta].lemma not in _domestic(ctx.doc.meta.lang or "it").intransitive:
            if not d.target:
                d.target = [u.actor]
        else:
            d.source = [u.actor]
            d.target = [a for a in d.target if a != u.actor]


def _threat_contents(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """"ha minacciato di colpire la Corea del Sud", "threatened to strike South Korea", "la minaccia
    di Trump di imporre dazi alla Cina", "threatened Sweden with blocking its membership": the deed
    after "di/to/with" is what is threatened, the threat's content (no act of its own, as a
    request's); with no target of its own, the threat is aimed at the deed's target."""
    dm = _domestic(ctx.doc.meta.lang or "it")
    if not dm.threat_types:
        return drafts
    lex = ctx.lex
    drop: set[int] = set()
    for i, d in enumerate(drafts):
        if d.m.trig.type not in dm.threat_types or id(d) in drop:
            continue
        for e in drafts[i + 1 :]:
            if e.sent != d.sent or e.m.ta - d.m.tb > 8:
                break
            # only links, auxiliaries, articles and the names of the parties between the two
            gap = [k for k in range(d.m.tb, e.m.ta) if ctx.unit_at[k] is None]
            words = {ctx.lows[k] for k in gap}
            if (
                e.m.trig.noun
                or e.m.trig.type not in lex.material
                or not words & dm.content_links
                or any(w not in dm.content_links and w not in lex.aux and w not in lex.negation and w not in lex.det for w in words)
            ):
                break
            parties = set(d.source) | set(d.target)
            if e.source and not set(e.source) & parties:
                break  # a doer of its own: "threatened that Russia would strike"
            if not d.target:
                d.target = [a for a in e.target if not _same_side(ctx, a, d.source)]
            # kept only when the threatener is its doer: "ha minacciato la Svezia di bloccare ..." reads
            # Sweden as the doer, and that deed stays the threat's content
            if not dm.content_kept or not e.source or not set(e.source) <= set(d.source):
                drop.add(id(e))
            break
    return [d for d in drafts if id(d) not in drop] if drop else drafts


def _conditional_targets(ctx: _Ctx, drafts: list[Draft]) -> None:
    """"L'Iran minaccia di chiudere lo stretto se gli Stati Uniti attaccheranno", "Russia would
    respond if NATO sent troops to Ukraine": a threat is aimed at the party whose act is its
    condition (the subject after "se/if", `modality.threat_if`), not at a country named nearby.
    Kept: a party named between the threat and its condition, on another side than the threatener
    ("ha minacciato la Svezia se ...")."""
    dm = _domestic(ctx.doc.meta.lang or "it")
    lex = ctx.lex
    if not dm.threat_types or not lex.threat_if:
        return
    for d in drafts:
        if d.m.trig.type not in dm.threat_types or not d.source:
            continue
        s = ctx.doc.sents[d.sent]
        k = d.m.tb
        while k < min(s.tok_end, d.m.tb + 15) and ctx.lows[k] not in lex.threat_if and ctx.lows[k] not in (";", ":"):
            k += 1
        if k >= s.tok_end or ctx.lows[k] not in lex.threat_if:
            continue
        named = {
            ctx.unit_at[j].actor  # type: ignore[union-attr]
            for j in range(d.m.tb, k)
            if ctx.unit_at[j] is not None
            and ctx.unit_at[j].kind not in ("LOC", "DEM")  # type: ignore[union-attr]
            and not _content_subject(ctx, ctx.unit_at[j].ts)  # type: ignore[union-attr]
        }
        if any(not _same_side(ctx, a, d.source) for a in named):
            continue
        j = k + 1
        while j < s.tok_end and ctx.lows[j] in lex.det:
            j += 1
        u = ctx.unit_at[j] if j < s.tok_end else None
        if u is None or u.kind in ("LOC", "DEM"):
            continue
        found = _country_actor(ctx, u.actor) if u.kind == "GPE" else u.actor
        if found and not _same_side(ctx, found, d.source):
            d.target = [found]


def _content_subject(ctx: _Ctx, ts: int) -> bool:
    """Does the unit starting at `ts` open a "that" clause ("warned that government forces were
    ready ...")? The subject of what a threat announces, not a party threatened."""
    k = ts - 1
    while k >= 0 and ctx.lows[k] in ctx.lex.det and ctx.lows[k] not in ctx.lex.comp_that:
        k -= 1
    return k >= 0 and ctx.lows[k] in ctx.lex.comp_that


def _owner_targets(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A deed or protest aimed at a thing its owner names ("attacco contro la sede del partito X",
    "hanno manifestato contro la riforma delle pensioni del governo francese", "protests against
    the reforms of the government of X"): with no target in the clause, the owner after "di/of"."""
    dm = _domestic(ctx.doc.meta.lang or "it")
    if not dm.owner_types:
        return
    lex = ctx.lex
    for d in drafts:
        m = d.m
        if d.target or m.trig.sym or m.trig.type not in dm.owner_types:
            continue
        hi = ctx.doc.sents[d.sent].tok_end
        k = m.tb
        while k < min(hi, m.tb + 4) and ctx.lows[k] not in dm.owner_preps:
            if ctx.unit_at[k] is not None or ctx.lows[k] in lex.clause or ctx.lows[k] in _PUNCT or k in ctx.trigger_tok:
                break
            k += 1
        if k >= hi or ctx.lows[k] not in dm.owner_preps:
            continue
        j = k + 1
        after_of = False
        while j < min(hi, k + 10):
            u = ctx.unit_at[j]
            w = ctx.lows[j]
            if u is not None:
                if after_of and u.kind not in ("LOC", "DEM") and not _same_side(ctx, u.actor, d.source):
                    d.target = [_country_actor(ctx, u.actor) or u.actor] if u.kind == "GPE" else [u.actor]
                break
            if lex.prep.get(w) == "of":
                after_of = True
            elif w in lex.det or (w.isalpha() and lex.prep.get(w) is None and w not in lex.clause and j not in ctx.trigger_tok):
                pass
            else:
                break
            j += 1


def _state_doers(ctx: _Ctx, drafts: list[Draft]) -> None:
    """An arrest, a ban or a dispersal with no doer named ("tre attivisti sono stati arrestati",
    "were detained", "l'arresto di due giornalisti") is done by the state where it happens: the
    article's police of that country, else its government (`state_doer_sectors`). The country is
    the place named in the clause ("detenuta in Francia"), else the target's. The target must be
    the deed's own party, not one named in a phrase of another trigger ("sono state arrestate tre
    persone collegate all'attacco a Twitter": Twitter was attacked, not arrested)."""
    dm = _domestic(ctx.doc.meta.lang or "it")
    if not dm.state_types and not dm.state_cameos:
        return
    for d in drafts:
        if d.source or not d.target or (d.m.trig.type not in dm.state_types and d.m.trig.cameo not in dm.state_cameos):
            continue
        a = ctx.actors.get(d.target[0])
        if a is None or a.igo or not a.country or not _own_party(ctx, d, a.id):
            continue
        country = a.country
        if d.location:
            s = ctx.doc.sents[d.sent]
            place = next(
                (ctx.actors.get(u.actor) for k in range(s.tok_start, s.tok_end) if (u := ctx.unit_at[k]) is not None and u.ts == k and u.text == d.location),
                None,
            )
            if place is not None and place.country:
                country = place.country
        doer = None
        for sector in dm.state_sectors:
            doer = next((b.id for b in ctx.doc.actors if b.country == country and b.sector == sector and not b.igo), None)
            if doer is not None:
                break
        if doer is not None and not _same_side(ctx, doer, d.target):
            d.source = [doer]


def _own_party(ctx: _Ctx, d: Draft, actor: str) -> bool:
    """Is `actor` named in the deed's own clause as its party: before the trigger (a passive
    subject), or after it with no other trigger between and no preposition but "di/of" governing it?"""
    s = ctx.doc.sents[d.sent]
    for k in range(s.tok_start, s.tok_end):
        u = ctx.unit_at[k]
        if u is None or u.ts != k or u.actor != actor:
            continue
        if k < d.m.ta:
            return True
        if k >= d.m.tb and not any(j in ctx.trigger_tok for j in range(d.m.tb, k)) and ctx.gov(u, d.m.tb) in (None, "of"):
            return True
    return False


def _folded_partials(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """One protest told twice in a sentence ("Migliaia di lavoratori sono scesi in piazza ... per lo
    sciopero proclamato da Cgil e Uil"): a one-sided draft missing a side is folded into another of
    its type in the sentence that has both sides and the same known one."""
    full: dict[tuple[int, str], list[Draft]] = {}
    for d in drafts:
        if d.source and d.target:
            full.setdefault((d.sent, d.m.trig.type), []).append(d)
    if not full:
        return drafts
    drop: set[int] = set()
    for d in drafts:
        if not d.m.trig.one_sided or (d.source and d.target) or not (d.source or d.target):
            continue
        for e in full.get((d.sent, d.m.trig.type), []):
            known, other = (d.source, e.source) if d.source else (d.target, e.target)
            if all(_same_side(ctx, a, other) for a in known):
                drop.add(id(d))
                break
    return [d for d in drafts if id(d) not in drop] if drop else drafts


def _verbal_attacks(ctx: _Ctx, drafts: list[Draft]) -> None:
    """"Berlusconi ha attaccato la magistratura", "Di Battista ha attaccato Salvini", "il Pd attacca
    il governo": a person or a civilian body that attacks someone attacks with words, as news says
    of politicians: ACCUSE (`verbal_cameo`), not ASSAULT. Armed doers (`armed_sectors`), countries
    and governments as bodies keep the attack, and so does a weapon word near the verb."""
    dm = _domestic(ctx.doc.meta.lang or "it")
    if not dm.verbal_verbs or not dm.verbal_cameo:
        return
    types, cameo = plover()
    code = dm.verbal_cameo
    kind = str(cameo[code][2])
    for d in drafts:
        m = d.m
        if m.trig.noun or not d.source or (ctx.toks[m.ta].lemma not in dm.verbal_verbs and ctx.lows[m.ta] not in dm.verbal_verbs):
            continue
        doers = [ctx.actors.get(a) for a in d.source]
        if any(a is None or a.sector in dm.armed_sectors or (a.kind != "PER" and a.sector not in dm.civilian_sectors) for a in doers):
            continue
        if any(a.sector in ctx.lex.state_sectors for a in doers if a is not None) and any(
            not _same_side(ctx, t, d.source) and (b := ctx.actors.get(t)) is not None and b.country not in {a.country for a in doers if a is not None}
            for t in d.target
        ):
            continue  # a head of government attacking another country: "Putin ha attaccato l'Ucraina"
        s = ctx.doc.sents[d.sent]
        if any(ctx.lows[k] in dm.weapons or ctx.toks[k].lemma in dm.weapons for k in range(max(s.tok_start, m.ta - 8), min(s.tok_end, m.tb + 8))):
            continue
        m.trig = replace(m.trig, type=kind, cameo=code, goldstein=float(cameo[code][1]), quad=int(types[kind]["quad_class"]), near=False)


def _deed_agents(ctx: _Ctx, drafts: list[Draft], matches: list[Match]) -> list[Draft]:
    """"Tre soldati sono stati uccisi in un attacco di Hezbollah", "were killed in an attack by
    Hamas": a passive deed with no agent, followed by a deed noun of its type after `deed_preps`,
    is done by the noun's "di/da/by X", and the noun is the same act told again (its "di X" is
    no target here)."""
    dm = _domestic(ctx.doc.meta.lang or "it")
    if not dm.deed_preps:
        return drafts
    lex = ctx.lex
    nouns = {m.ta: m for m in matches if m.trig.noun}  # the noun may have no draft of its own
    drafted = {d.m.ta: d for d in drafts if d.m.trig.noun}
    drop: set[int] = set()
    for d in drafts:
        m = d.m
        if m.trig.noun or d.source or m.trig.type not in lex.material or d.vg[1] < 0:
            continue
        if not (set(ctx.lows[d.vg[1] : m.ta]) & lex.passive):
            continue
        hi = ctx.doc.sents[d.sent].tok_end
        k = m.tb
        while k < min(hi, m.tb + 3) and ctx.lows[k] not in dm.deed_preps:
            k += 1
        if k >= hi or ctx.lows[k] not in dm.deed_preps:
            continue
        k += 1
        while k < hi and ctx.lows[k] in lex.det:
            k += 1
        e = nouns.get(k)
        if e is not None and e.trig.type != m.trig.type:
            continue
        if e is None and (k >= hi or ctx.lows[k] not in lex.reach_forms or any(x.ta == k for x in matches)):
            continue  # no trigger word, or one of another type; a noun of the verb's own type close
            # after it was folded into the verb's match (match.py), so it has no match of its own
        j = e.tb if e is not None else k + 1
        end = min(hi, j + 3)
        while j < end and ctx.unit_at[j] is None and ctx.lows[j].isalpha() and lex.prep.get(ctx.lows[j]) is None:
            j += 1  # "in un attacco aereo di ..."
        if j >= hi or lex.prep.get(ctx.lows[j]) not in ("of", "agent"):
            continue
        j += 1
        while j < hi and (ctx.lows[j] in lex.det or ctx.lows[j] in lex.agent_long or lex.prep.get(ctx.lows[j]) == "of"):
            j += 1  # "da parte di"
        u = ctx.unit_at[j] if j < hi else None
        if u is None or u.kind in ("LOC", "DEM") or _same_side(ctx, u.actor, d.target):
            continue
        d.source = [u.actor]
        if k in drafted:
            drop.add(id(drafted[k]))
    return [d for d in drafts if id(d) not in drop] if drop else drafts


@dataclass(frozen=True, slots=True)
class _Victims:
    """`victims:` of lang/<l>/domestic.yaml (see there)."""

    types: frozenset[str] = frozenset()
    nouns: frozenset[str] = frozenset()
    sectors: tuple[str, ...] = ()
    protest_first: frozenset[str] = frozenset()  # types aimed first at the last protest's doers


@cache
def _victims(lang: str) -> _Victims:
    data = langpacks.entry(lang, "domestic", "victims") or {}
    return _Victims(
        types=frozenset(str(w) for w in data.get("types") or []),
        nouns=frozenset(str(w).lower() for w in data.get("nouns") or []),
        sectors=tuple(str(w) for w in data.get("sectors") or []),
        protest_first=frozenset(str(w) for w in data.get("protest_first") or []),
    )


def _counted(ctx: _Ctx, k: int, hi: int, nouns: frozenset[str]) -> int:
    """The end of a counted phrase of unnamed people opening at token k ("at least 42 people",
    "una ventina di persone", "oltre 300 persone", "Dozens of women and children"), or -1: counts,
    approximations and "di/of/and" before a person noun, nothing named in it, and at least one word
    before the noun (a bare "persone" is no object of the clause)."""
    for j in range(k, min(hi, k + 6)):
        w = ctx.lows[j]
        if ctx.unit_at[j] is not None or j in ctx.trigger_tok:
            return -1
        if w in nouns:
            return j + 1 if j > k else -1
        if not (w.isdigit() or w.isalpha()) or w in ctx.lex.clause:
            return -1
    return -1


def _victim_phrase(ctx: _Ctx, d: Draft, nouns: frozenset[str]) -> bool:
    """Are the deed's victims unnamed counted people: the object or passive subject after the verb
    ("arrested 23 people", "sono state rapite oltre 300 persone"), or the subject right before its
    verb group ("Eleven people were detained", "almeno 180 persone sono state arrestate")?"""
    s = ctx.doc.sents[d.sent]
    k = d.m.tb
    while k < s.tok_end and ctx.lows[k] in ctx.lex.det:
        k += 1
    if _counted(ctx, k, s.tok_end, nouns) > 0:
        return True
    vg = d.vg[1] if d.vg[1] >= 0 else d.m.ta
    passive = bool(set(ctx.lows[vg : d.m.ta]) & ctx.lex.passive)
    if not passive or vg < 1 or ctx.lows[vg - 1] not in nouns:
        return False
    lo = max(s.tok_start, vg - 7)
    return any(_counted(ctx, j, vg, nouns) == vg for j in range(lo, vg - 1))


def _story_country(ctx: _Ctx, avoid: str | None) -> str | None:
    """The country the article names most often (every mention counts), other than `avoid`."""
    seen: dict[str, int] = {}
    k = 0
    n = len(ctx.unit_at)
    while k < n:
        u = ctx.unit_at[k]
        if u is None:
            k += 1
            continue
        a = ctx.actors.get(u.actor)
        if a is not None and a.country and not a.igo and a.country != avoid:
            seen[a.country] = seen.get(a.country, 0) + 1
        k = max(u.te, k + 1)
    return max(seen, key=lambda c: seen[c]) if seen else None


def _counted_victims(ctx: _Ctx, drafts: list[Draft]) -> None:
    """An arrest or a killing of unnamed people counted with no party named ("Eleven people were
    detained", "killed at least 42 people", "una ventina di persone sono state arrestate") is done
    to the civilians of the country where it happens (`victims:`): for an arrest, first the doers of
    the last protest told (the protesters), else the article's civilians of that country. The
    country is the place named in the clause, else the doer's own for a domestic deed (police,
    rebels), else the country the story names most (another than a foreign state doer's). An arrest
    with no doer is then the police's of that country, else its government's (`state_doer_sectors`)."""
    vv = _victims(ctx.doc.meta.lang or "it")
    if not vv.types or not vv.nouns:
        return
    dm = _domestic(ctx.doc.meta.lang or "it")
    for i, d in enumerate(drafts):
        if d.m.trig.sym or d.m.trig.type not in vv.types:
            continue
        if (
            d.target
            and not d.source
            and d.m.trig.type in dm.state_types
            and all((a := ctx.actors.get(t)) is not None and a.sector in dm.state_sectors for t in d.target)
            and _victim_phrase(ctx, d, vv.nouns)
        ):
            # "Police said 23 people had been detained": the police read as the passive's party are
            # the arresters, the counted people the arrested
            d.source, d.target = d.target, []
        if d.target or not _victim_phrase(ctx, d, vv.nouns):
            continue
        doer = ctx.actors.get(d.source[0]) if len(d.source) == 1 else None
        if d.source and (doer is None or doer.igo or not doer.country):
            continue
        country: str | None = None
        if d.location:
            s = ctx.doc.sents[d.sent]
            place = next(
                (ctx.actors.get(u.actor) for k in range(s.tok_start, s.tok_end) if (u := ctx.unit_at[k]) is not None and u.ts == k and u.text == d.location),
                None,
            )
            country = place.country if place is not None else None
        foreign = doer is not None and doer.sector in ctx.lex.state_sectors and d.m.trig.type not in vv.protest_first
        if country is None:
            if doer is not None and not foreign:
                country = doer.country
            else:
                country = _story_country(ctx, doer.country if doer is not None else None)
        if country is None:
            continue
        victims: list[str] = []
        if d.m.trig.type in vv.protest_first:
            # the crowd the state last acted on in that country ("fired tear gas at demonstrators
            # ... Eleven people were detained"), with its doer when none is named; else the last
            # protest's doers
            for x in reversed(drafts[:i]):
                if (
                    (x.m.trig.type in dm.state_types or x.m.trig.cameo in dm.state_cameos)
                    and x.source
                    and x.target
                    and all(_civil_of(ctx, t, country) for t in x.target)
                    and all((a := ctx.actors.get(s)) is not None and a.country == country and a.sector in ctx.lex.state_sectors for s in x.source)
                ):
                    victims = list(x.target)
                    if not d.source:
                        d.source = list(x.source)
                    break
            for x in reversed(drafts[:i]) if not victims else ():
                if x.m.trig.type == "PROTEST" and x.source and all(_civil_of(ctx, s, country) for s in x.source):
                    victims = list(x.source)
                    break
        if not victims:
            for sector in vv.sectors:
                victims = [b.id for b in ctx.doc.actors if b.country == country and b.sector == sector and not b.igo][:1]
                if victims:
                    break
        if not victims and foreign and doer is not None and doer.country != country:
            victims = [b.id for b in ctx.doc.actors if b.country == country and b.kind == "GPE" and not b.sector][:1]
        victims = [a for a in victims if not _same_side(ctx, a, d.source)]
        if not victims:
            continue
        d.target = victims
        d.own_side = False
        if not d.source and d.m.trig.type not in dm.state_types:
            # "Dozens of women and children were abducted": by the doer of the last such deed
            # against that country's people told before (the attack the story is about)
            for x in reversed(drafts[:i]):
                if x.m.trig.type == d.m.trig.type and x.source and x.target and all(
                    (a := ctx.actors.get(t)) is not None and a.country == country for t in x.target
                ) and not _same_side(ctx, x.source[0], victims):
                    d.source = list(x.source)
                    break
        if not d.source and d.m.trig.type in dm.state_types:
            for sector in dm.state_sectors:
                found = next((b.id for b in ctx.doc.actors if b.country == country and b.sector == sector and not b.igo), None)
                if found is not None:
                    d.source = [found]
                    break


def _civil_of(ctx: _Ctx, actor_id: str, country: str) -> bool:
    """Is the actor a body of `country` outside the state (protesters, unions, the opposition)?"""
    a = ctx.actors.get(actor_id)
    return a is not None and a.country == country and not a.igo and a.sector not in ctx.lex.state_sectors


@dataclass(frozen=True, slots=True)
class _Money:
    """`money:` of lang/<l>/domestic.yaml (see there)."""

    types: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()
    cameo: str = ""
    reach: int = 0
    aid: str = ""  # the recipient type whose missing target is the story's country


@cache
def _money(lang: str) -> _Money:
    data = langpacks.entry(lang, "domestic", "money") or {}
    return _Money(
        types=frozenset(str(w) for w in data.get("promise_types") or []),
        words=frozenset(str(w).lower() for w in data.get("words") or []),
        cameo=str(data.get("cameo") or ""),
        reach=int(data.get("reach") or 0),
        aid=str(data.get("aid_type") or ""),
    )


def _money_pledges(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A promise of a sum ("pledged $300 million in grants", "ha promesso 50 milioni di euro") is a
    pledge of economic aid (`money.cameo`), not an agreement: a currency word in the promise's own
    clause, within `money.reach` words."""
    mo = _money(ctx.doc.meta.lang or "it")
    if not mo.types or not mo.words or not mo.cameo:
        return
    types, cameo = plover()
    kind = str(cameo[mo.cameo][2])
    for d in drafts:
        trig = d.m.trig
        if trig.noun or trig.sym or trig.type not in mo.types:
            continue
        hi = min(ctx.doc.sents[d.sent].tok_end, d.m.tb + mo.reach)
        k = d.m.tb
        while k < hi and ctx.lows[k] not in mo.words and ctx.lows[k] not in ctx.lex.clause and ctx.lows[k] not in (",", ";", ":"):
            k += 1
        if k < hi and ctx.lows[k] in mo.words:
            d.m.trig = replace(trig, type=kind, cameo=mo.cameo, goldstein=float(cameo[mo.cameo][1]), quad=int(types[kind]["quad_class"]))


def _aid_recipients(ctx: _Ctx, drafts: list[Draft]) -> None:
    """Aid with a donor and no recipient named, told with a sum or an aid word (`money.words`:
    "Foreign governments have pledged more than $60 million in aid", "Anche l'Italia ha stanziato un
    pacchetto di aiuti") goes to the country the story is about: the one it names most, when that
    is not the donor's own."""
    mo = _money(ctx.doc.meta.lang or "it")
    if not mo.aid:
        return
    story: str | None = None
    for d in drafts:
        if d.target or not d.source or d.m.trig.type != mo.aid or d.m.trig.sym or d.own_side:
            continue
        hi = min(ctx.doc.sents[d.sent].tok_end, d.m.ta + mo.reach)
        if not any(ctx.lows[k] in mo.words for k in range(d.m.ta, hi)):
            continue  # "help set up a mechanism", "helping a group": no sum or aid named
        if story is None:
            story = _story_country(ctx, None) or ""
        if not story:
            return
        donors = [ctx.actors.get(a) for a in d.source]
        if any(a is None or (a.country == story and not a.igo) for a in donors):
            continue  # a government's own funds for its people: not aid between polities
        found = next((b.id for b in ctx.doc.actors if b.country == story and b.kind == "GPE" and not b.sector and not b.igo), None)
        if found is None:
            found = next((b.id for b in ctx.doc.actors if b.country == story and not b.igo), None)
        if found is not None and not _same_side(ctx, found, d.source):
            d.target = [found]


# how many words after a deed verb its object phrase may run ("attacked a British oil tanker")
_OBJECT_REACH = 7


def _object_demonyms(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A deed verb whose object is a thing or people named by a demonym ("attacked a British
    tanker", "opened fire on Indian positions", "ha arrestato un giornalista ucraino", "killed two
    Palestinian teenagers") with no target named is aimed at that country (`object_demonym_types`).
    The phrase ends at a clause break, a punctuation mark, another trigger or a named party."""
    types = _object_types(ctx.doc.meta.lang or "it")
    if not types:
        return
    lex = ctx.lex
    for d in drafts:
        m = d.m
        if d.target or not d.source or m.trig.noun or m.trig.sym or m.trig.type not in types:
            continue
        s = ctx.doc.sents[d.sent]
        hi = min(s.tok_end, m.tb + _OBJECT_REACH)
        k = m.tb
        while k < hi:
            u = ctx.unit_at[k]
            w = ctx.lows[k]
            if u is not None:
                if u.kind == "DEM" and not _same_side(ctx, u.actor, d.source):
                    d.target = [u.actor]
                    d.own_side = False
                break
            if w in lex.clause or w in _PUNCT or w in _QUOTE_MARKS or (k in ctx.trigger_tok and k >= m.tb):
                break
            k += 1


@cache
def _object_types(lang: str) -> frozenset[str]:
    return frozenset(str(w) for w in langpacks.entry(lang, "domestic", "object_demonym_types") or [])


# how far before a deed verb its doer may be a force of nature ("Cyclone Idai in 2019, which killed")
_NATURE_REACH = 8


def _natural_causes(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """A killing or a strike done by a force of nature ("the cyclone, which killed 140 people", "the
    strongest storm to hit Mozambique", "il terremoto che ha ucciso 300 persone") is no attack: a
    disaster noun (`disaster_nouns`) before the verb in its sentence with no party named between."""
    nouns = _disasters(ctx.doc.meta.lang or "it")
    if not nouns:
        return drafts
    drop: set[int] = set()
    for d in drafts:
        if d.m.trig.type != "ASSAULT" or d.m.trig.noun:
            continue
        lo = max(ctx.doc.sents[d.sent].tok_start, d.m.ta - _NATURE_REACH)
        for k in range(d.m.ta - 1, lo - 1, -1):
            u = ctx.unit_at[k]
            if u is not None and u.kind not in ("LOC", "DEM"):
                break
            if ctx.lows[k] in nouns or ctx.toks[k].lemma in nouns:
                drop.add(id(d))
                break
    return [d for d in drafts if id(d) not in drop] if drop else drafts


@cache
def _disasters(lang: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in langpacks.entry(lang, "domestic", "disaster_nouns") or [])
