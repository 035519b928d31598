"""Material and noun events (`Deeds`): pledges of aid, the deed one is thanked or blamed for
(`_reasons`), the sides a deed noun's own phrase gives (`_deed_nouns`, `_announcer`), triggers that
mention an act without telling one (`_mentions_only`), and domestic protests aimed at their own
government.
"""

from __future__ import annotations

from dataclasses import replace

from cronaca.events.codes import _government_of, _same_side
from cronaca.events.context import _PUNCT, _QUOTE_MARKS, Draft, Match, _Ctx
from cronaca.events.lexicons import deeds, plover
from cronaca.events.phrases import _has_break
from cronaca.events.roles import _country_actor, _nearest_country, _right_units


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
        if trig.noun and not d.target and d.source and ctx.lows[d.m.ta] in dd.retaliation:
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
