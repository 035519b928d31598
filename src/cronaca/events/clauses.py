"""Clause shapes that move a side (branch ev-newdev-en; words in `triggers.yaml` `roles:`).

- `_contact_relatives`: "expelled two diplomats it accused of spying": a subject pronoun between
  a name and a verb opens a relative clause with no "that"; the name is the verb's object, the
  pronoun stands for the main clause's subject.
- `_subordinate_subjects`: "after Paris backed Morocco's plan": the name right after a subordinating
  conjunction (which the role words read as a preposition) is the clause's subject.
- `_expelled_from`: "nationals expelled from France": the country after "from" expelled them.
- `_party_request_contents`: "urged both sides to release all detainees": what a request to "the
  parties" asks is its content, as for a request to a named party (roles._requested_content, which
  runs before "both sides" is filled).
- `_recalled_envoys`: "Spain's ambassador to Russia was recalled": the envoy's country recalls it
  from the country after "to".
- `_march_targets`: "marched on parliament": where a crowd marched is not whom it protests; a
  legislature, a court or a place there leaves the target to the domestic-protest rule (its
  government).
Each step only fills or corrects sides of drafts `_roles` built; languages without the words skip it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from cronaca import lang as langpacks
from cronaca.events.codes import _government_of
from cronaca.events.context import Draft, Unit, _Ctx
from cronaca.events.phrases import _has_break, _has_link


@dataclass(frozen=True, slots=True)
class _Clauses:
    pronouns: frozenset[str] = frozenset()
    links: frozenset[str] = frozenset()
    subordinators: frozenset[str] = frozenset()
    march_verbs: frozenset[str] = frozenset()
    march_preps: frozenset[str] = frozenset()
    place_sectors: frozenset[str] = frozenset()
    from_doer: frozenset[str] = frozenset()  # "expelled from France": the place after "from" did it
    from_preps: frozenset[str] = frozenset()
    conceding: frozenset[str] = frozenset()  # types owners._concession_targets reads after "after"
    envoys: frozenset[str] = frozenset()  # roles of envoys ("ambassador")
    envoy_links: frozenset[str] = frozenset()  # "ambassador to Russia"
    ands: frozenset[str] = frozenset()  # "X and two companies it accuses": the conjunction
    unnamed_types: frozenset[str] = frozenset()  # types whose contact-relative object may be no actor
    not_heads: frozenset[str] = frozenset()  # "what he called": no noun before the pronoun


@cache
def _clauses(lang: str) -> _Clauses:
    if not langpacks.has_data(lang, "triggers"):
        return _Clauses()
    roles = (langpacks.load_yaml(lang, "triggers") or {}).get("roles") or {}

    def fs(k: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in roles.get(k) or [])

    return _Clauses(
        pronouns=fs("subject_pronouns"),
        links=fs("relative_links"),
        subordinators=fs("subordinators"),
        march_verbs=fs("march_verbs"),
        march_preps=fs("march_preps"),
        place_sectors=frozenset(str(w) for w in roles.get("march_place_sectors") or []),
        from_doer=fs("from_doer_verbs"),
        from_preps=fs("from_doer_preps"),
        conceding=frozenset(str(w) for w in roles.get("concession_types") or []),
        envoys=fs("envoy_roles"),
        envoy_links=fs("envoy_links"),
        ands=fs("relative_ands"),
        unnamed_types=frozenset(str(w) for w in roles.get("relative_unnamed_types") or []),
        not_heads=fs("relative_not_heads"),
    )


def _passive(ctx: _Ctx, d: Draft) -> bool:
    vg = d.vg[1] if d.vg[1] >= 0 else d.m.ta
    return any(ctx.lows[k] in ctx.lex.passive for k in range(vg, d.m.ta))


def _contact_relatives(ctx: _Ctx, drafts: list[Draft]) -> None:
    c = _clauses(ctx.doc.meta.lang or "it")
    if not c.pronouns:
        return
    for i, d in enumerate(drafts):
        if d.m.trig.noun or d.m.trig.sym or _passive(ctx, d):
            continue
        lo = ctx.doc.sents[d.sent].tok_start
        k = (d.vg[1] if d.vg[1] >= 0 else d.m.ta) - 1
        if k - 1 < lo or ctx.lows[k] not in c.pronouns:
            continue
        j = k - 1
        if ctx.lows[j] in c.links:  # "the diplomats that it accused"
            j -= 1
        u: Unit | None = ctx.unit_at[j] if j >= lo else None
        end = j + 1
        if u is None and j >= lo and j not in ctx.trigger_tok and _common_noun(ctx, j, c.not_heads):
            u = _coordinated_unit(ctx, j, lo, c.ands)  # "18 Belarusian officials and two companies it accuses"
            end = u.te if u is not None else end
            if u is None and d.m.trig.type in c.unnamed_types and not _named_after(ctx, d):
                # "two trading companies and a Russian national it accused of ...": the accused are
                # named, but by no actor; the main clause's doer accuses, and no other party is the
                # accused (a fallback or an implied side reversed the pair)
                head = _head(drafts, i, d.sent, j)
                if head is not None:
                    d.source = list(head.source)
                    d.target = []
                    d.own_side = d.uncoded = True
                continue
        if u is None or u.te != end or u.kind == "DEM":
            continue
        # the pronoun's antecedent: the doer of the last event before the name in this sentence
        head = _head(drafts, i, d.sent, u.ts)
        if head is None or u.actor in head.source:
            continue
        d.source = list(head.source)
        d.target = [u.actor]


def _head(drafts: list[Draft], i: int, sent: int, before: int) -> Draft | None:
    """The doer's event: the last event with a source before token `before` in this sentence."""
    return next((e for e in reversed(drafts[:i]) if e.sent == sent and e.m.tb <= before and e.source), None)


def _common_noun(ctx: _Ctx, k: int, not_heads: frozenset[str]) -> bool:
    """A lower-case word that is no function word: the head of a noun phrase ("companies"), not a
    question word ("what he called")."""
    w = ctx.toks[k].text
    lex = ctx.lex
    return (
        w.isalpha()
        and w.islower()
        and w not in not_heads
        and w not in lex.prep
        and w not in lex.clause
        and w not in lex.det
    )


def _named_after(ctx: _Ctx, d: Draft) -> bool:
    """Does the draft's target stand after its trigger ("attacks it blamed on Russian intelligence")?"""
    return any(
        u is not None and u.actor in d.target and u.ts >= d.m.tb
        for u in ctx.unit_at[d.m.tb : ctx.doc.sents[d.sent].tok_end]
    )


def _coordinated_unit(ctx: _Ctx, k: int, lo: int, ands: frozenset[str]) -> Unit | None:
    """The actor ending the first conjunct of a coordinated noun phrase that ends on token k ("18
    Belarusian officials and two state-owned companies"): back over the second conjunct's words, at
    most six, to "and", then the unit right before it."""
    lex = ctx.lex
    for j in range(k - 1, max(lo, k - 7), -1):
        w = ctx.lows[j]
        if w in ands:
            u = ctx.unit_at[j - 1] if j - 1 >= lo else None
            return u if u is not None and u.te == j and u.kind != "DEM" else None
        if ctx.unit_at[j] is not None or w in lex.prep or w in lex.clause or j in ctx.trigger_tok:
            return None
        if not (w.isalnum() or w == "-"):
            return None
    return None


def _subordinate_subjects(ctx: _Ctx, drafts: list[Draft]) -> None:
    c = _clauses(ctx.doc.meta.lang or "it")
    if not c.subordinators:
        return
    for d in drafts:
        if d.m.trig.noun or d.m.trig.sym or d.m.trig.type in c.conceding or _passive(ctx, d):
            continue  # (a concession after "after" has its own rule: owners._concession_targets)
        lo = ctx.doc.sents[d.sent].tok_start
        vg = d.vg[1] if d.vg[1] >= 0 else d.m.ta
        u = ctx.unit_at[vg - 1] if vg - 1 >= lo else None
        if u is None or u.kind == "DEM":
            continue
        p = u.ts - 1
        while p >= lo and ctx.lows[p] in ctx.lex.det:
            p -= 1  # "hours before the United States imposed ...": the article is no clause of its own
        if p < lo or ctx.lows[p] not in c.subordinators:
            continue
        # the name stands right before the verb: it wins over a subject carried from the sentences
        # before ("Relations worsened after Paris backed ...": not the last sentence's topic)
        d.source = [u.actor]
        d.target = [a for a in d.target if a != u.actor]


def _expelled_from(ctx: _Ctx, drafts: list[Draft]) -> None:
    """ "nationals expelled from France", "were deported from Spain": with no agent, the country
    after "from" is the one that expelled them, not the target of an act by the clause's subject."""
    c = _clauses(ctx.doc.meta.lang or "it")
    if not c.from_doer:
        return
    for d in drafts:
        t = ctx.toks[d.m.ta]
        if d.m.trig.noun or (t.lemma not in c.from_doer and ctx.lows[d.m.ta] not in c.from_doer):
            continue
        if not ctx.lows[d.m.ta].endswith(ctx.lex.participle):
            continue
        u = _unit_after(ctx, d, c.from_preps)
        if u is None or u.kind == "DEM":
            continue
        # a participle after a noun or after a passive auxiliary: the one expelled is not named
        # as a party here, the expeller is
        before = ctx.lows[d.m.ta - 1] if d.m.ta - 1 >= ctx.doc.sents[d.sent].tok_start else ""
        if not (
            _passive(ctx, d)
            or (before.isalpha() and before not in ctx.lex.aux and ctx.unit_at[d.m.ta - 1] is None)
        ):
            continue
        d.source = [u.actor]
        d.target = [a for a in d.target if a != u.actor]


def _unit_after(ctx: _Ctx, d: Draft, preps: frozenset[str]) -> Unit | None:
    """The party right after the trigger and one of `preps` ("expelled from France", "marched on
    parliament"), articles skipped; None when the trigger is not followed so."""
    k = d.m.tb
    hi = ctx.doc.sents[d.sent].tok_end
    if k >= hi or ctx.lows[k] not in preps:
        return None
    k += 1
    while k < hi and (ctx.lows[k] in ctx.lex.det or ctx.lows[k] in preps):
        k += 1  # (a second preposition of the list: "fino al Congresso")
    return ctx.unit_at[k] if k < hi else None


def _march_targets(ctx: _Ctx, drafts: list[Draft]) -> None:
    c = _clauses(ctx.doc.meta.lang or "it")
    if not c.march_verbs:
        return
    for d in drafts:
        if d.m.trig.type != "PROTEST" or d.m.trig.noun or len(d.target) != 1:
            continue
        if ctx.toks[d.m.ta].lemma not in c.march_verbs and ctx.lows[d.m.ta] not in c.march_verbs:
            continue
        u = _unit_after(ctx, d, c.march_preps)
        a = ctx.actors.get(u.actor) if u is not None else None
        if a is None or u.actor != d.target[0] or a.igo:
            continue
        if a.sector in c.place_sectors or a.kind == "LOC":
            # the domestic-protest rule aims it at the government when the doer is known; else the
            # government of the place's country
            d.target = _government_of(ctx, a.country) if a.country else []


def _open_requests(drafts: list[Draft]) -> dict[int, tuple[str, ...]]:
    """The request verbs and their addressees when roles._complements read their content."""
    return {id(d): tuple(d.target) for d in drafts if d.m.trig.type == "REQUEST" and not d.m.trig.noun}


def _party_request_contents(
    ctx: _Ctx, drafts: list[Draft], before: dict[int, tuple[str, ...]]
) -> list[Draft]:
    out: list[Draft] = []
    head: Draft | None = None
    for d in drafts:
        if head is not None and (
            head.sent != d.sent or _has_break(ctx, head.m.tb, d.m.ta) or not _has_link(ctx, head.m.tb, d.m.ta)
        ):
            head = None
        if (
            head is not None
            and not d.m.trig.noun
            and d.m.ta - 1 >= 0
            and ctx.lows[d.m.ta - 1] in ctx.lex.comp_inf
            and (not d.source or set(d.source) <= set(head.target) or set(d.source) <= set(head.source))
        ):
            head = None
            continue  # the asked parties' act is the request's content, not an event
        out.append(d)
        # a request whose addressee was filled after roles._complements ("both sides", the dyad)
        if id(d) in before and d.target:
            head = d
        else:
            head = None
    return out


def _recalled_envoys(ctx: _Ctx, drafts: list[Draft]) -> None:
    c = _clauses(ctx.doc.meta.lang or "it")
    if not c.envoys:
        return
    for d in drafts:
        if d.m.trig.type != "SANCTION" or d.m.trig.noun or not _passive(ctx, d):
            continue
        lo = ctx.doc.sents[d.sent].tok_start
        vg = d.vg[1] if d.vg[1] >= 0 else d.m.ta
        host = ctx.unit_at[vg - 1] if vg - 1 >= lo else None
        if host is None or host.ts - 2 < lo or ctx.lows[host.ts - 1] not in c.envoy_links:
            continue
        envoy = ctx.unit_at[host.ts - 2]
        a = ctx.actors.get(envoy.actor) if envoy is not None else None
        if a is None or not a.country or (a.role or "").lower() not in c.envoys:
            continue
        h = ctx.actors.get(host.actor)
        if h is None or h.country == a.country:
            continue
        d.source = [envoy.actor]
        d.target = [host.actor]
