"""What someone is accused of: "accused Croatia of funding the protesters", "accused the government
of surrendering land to Tajikistan", "ha accusato la Serbia di aver «armato e addestrato» il commando",
"ha accusato «servizi stranieri» di finanziare e coordinare le proteste".

The verbs after an accusation's opener ("of", "di") (and those linked to them by "by", "and", "e",
"di" or a comma) whose lemma is in domestic.yaml `charge_deeds` are deeds of the accused (the
accusation's target). A verb counts only in a verb form of `charge_forms`: a bare form (an English
gerund, an Italian infinitive "di armare") or, after an auxiliary ("of having armed", "di aver
armato"), a participle. The deed is aimed at the first party named after the verb in its clause, else
at the party the charge's first verb governs ("blackmailing Budapest by freezing ..." -> Budapest),
else, for the types of `charge_forms.accuser_types` (an attack told by whom it hit: "Mosca ha
accusato Kiev di aver bombardato la centrale"), at the accuser. They are the accuser's claim: the
modality step reads them as reported. Verbs that the general trigger tables drafted already are left
to them; these words are triggers only here, where they cannot be nouns or have another sense.

An attack attributed to a party ("L'Italia ha attribuito alla Cina l'attacco informatico",
`charge_forms.attributions`) is that party's deed against the attributor: the clause's shape had
made the attributor its doer, and the sides are turned.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from cronaca import lang as langpacks
from cronaca.events.context import _PUNCT, _QUOTE_MARKS, Draft, Match, _Ctx
from cronaca.events.lexicons import Trigger, coded_trigger


@dataclass(frozen=True, slots=True)
class _Charges:
    deeds: dict[str, Trigger]  # lemma or form -> the deed's trigger
    openers: frozenset[str]  # the word that opens what is charged ("of", "di")
    links: frozenset[str]  # words linking one charged verb to the next
    aux: frozenset[str]  # auxiliaries before a participle ("having", "aver")
    bare: tuple[str, ...]  # endings of a verb form that needs no auxiliary
    participle: tuple[str, ...]  # endings of a participle, valid after an auxiliary
    accuser_types: frozenset[str]  # deeds aimed at the accuser when no party is named
    protest_nouns: frozenset[str]  # a protest as the deed's object ("di finanziare le proteste")


_NONE = _Charges({}, frozenset(), frozenset(), frozenset(), (), (), frozenset(), frozenset())


@cache
def _charges(lang: str) -> _Charges:
    if not langpacks.has_data(lang, "domestic"):
        return _NONE
    data = langpacks.load_yaml(lang, "domestic") or {}
    out: dict[str, Trigger] = {}
    for lemma, (ptype, code) in (data.get("charge_deeds") or {}).items():
        code = str(code)
        out[str(lemma).lower()] = coded_trigger(str(ptype), code)
    forms = data.get("charge_forms") or {}

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in forms.get(key) or [])

    return _Charges(
        deeds=out,
        openers=words("openers"),
        links=frozenset(str(w).lower() for w in data.get("charge_links") or []),
        aux=words("aux"),
        bare=tuple(str(w) for w in forms.get("bare") or []),
        participle=tuple(str(w) for w in forms.get("participle") or []),
        accuser_types=frozenset(str(w) for w in forms.get("accuser_types") or []),
        protest_nouns=words("protest_nouns"),
    )


def _verb_at(ch: _Charges, lows: list[str], k: int, end: int, aux: bool) -> tuple[int, bool] | None:
    """The charged verb that starts at k (past quote marks and an auxiliary), and whether an
    auxiliary governs it (it then governs the verbs coordinated after it: "aver armato e addestrato")."""
    while k < end and lows[k] in _QUOTE_MARKS:
        k += 1
    if k < end and lows[k] in ch.aux:
        aux = True
        k += 1
        while k < end and lows[k] in _QUOTE_MARKS:
            k += 1
    if k >= end:
        return None
    w = lows[k]
    if w.endswith(ch.bare) or (aux and w.endswith(ch.participle)):
        return k, aux
    return None


def _charged_deeds(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    lang = ctx.doc.meta.lang or "it"
    ch = _charges(lang)
    if not ch.deeds or not ch.openers:
        return drafts
    lows, toks = ctx.lows, ctx.toks
    taken = {d.m.ta for d in drafts if not d.m.trig.refusal}
    # verbs of other events: a noun ("le proteste") may be the charged deed's object
    starts = {d.m.ta for d in drafts if not d.m.trig.noun}
    new: list[Draft] = []
    drop: set[int] = set()
    for d in drafts:
        if d.m.trig.type != "ACCUSE" or d.m.trig.noun or not d.target:
            continue
        sent = toks[d.m.ta].sent
        end = ctx.doc.sents[sent].tok_end
        # the opener after the accused ("accused Croatia of", "ha accusato la Serbia di"), a few words on
        k = d.m.tb
        while k < min(end, d.m.tb + 8) and lows[k] not in ch.openers and lows[k] not in _PUNCT:
            k += 1
        if k >= end or lows[k] not in ch.openers:
            continue
        first_obj: str | None = None
        aux = False
        while k < end and lows[k] in ch.links:
            at = _verb_at(ch, lows, k + 1, end, aux)
            if at is None:
                break
            g, aux = at
            # the clause of the verb: up to the next punctuation, or a link word that opens another
            # charged verb ("di aver rifornito di armi il battaglione": that "di" opens none)
            e, told = g + 1, False
            while e < end and lows[e] not in _PUNCT:
                if lows[e] in ch.links and _verb_at(ch, lows, e + 1, end, aux) is not None:
                    break
                if e in starts:
                    # another event's trigger ("... e ha chiesto agli alleati di fornire"): the
                    # charge ended before it, and what follows is that event's content
                    told = True
                    break
                e += 1
            obj = next(
                (
                    u.actor
                    for u in (ctx.unit_at[x] for x in range(g + 1, e))
                    if u is not None and u.kind not in ("LOC",) and u.actor not in d.target
                ),
                None,
            )
            if first_obj is None:
                first_obj = obj
            trig = ch.deeds.get(toks[g].lemma) or ch.deeds.get(lows[g])
            tgt = obj or (first_obj if lows[k] == "by" else None)
            protest = None
            if tgt is None and trig is not None:
                protest = next((x for x in range(g + 1, e) if lows[x] in ch.protest_nouns), None)
            if protest is not None:
                # "accused foreign forces of funding the protests": aimed at who protests (the doers
                # of the last protest told before), and the noun restates those protests: no
                # protest of the accused
                told_before = [
                    p for p in drafts if p.m.trig.type == "PROTEST" and p.m.ta < g and p.source
                    and not set(p.source) & set(d.target)
                ]
                if told_before:
                    tgt = told_before[-1].source[0]
                    drop |= {id(p) for p in drafts if p.m.ta == protest and p.m.trig.type == "PROTEST"}
            if tgt is None and trig is not None and trig.type in ch.accuser_types:
                tgt = next((s for s in d.source if s not in d.target), None)
            if trig is not None and g not in taken and tgt is not None:
                new.append(
                    Draft(
                        m=Match(trig, g, g + 1, [g]),
                        sent=d.sent,
                        source=list(d.target),
                        target=[tgt],
                        clause=(g, e),
                        quote=ctx.quote_at(toks[g].start),
                    )
                )
                if new[-1].quote is None:
                    # no indirect speech read there: the accuser's words all the same
                    new[-1].attributed = list(d.source)
            if told:
                break
            k = e
    _attributed_deeds(ctx, drafts, lang)
    if not new:
        return drafts
    kept = [d for d in drafts if id(d) not in drop]
    return sorted(kept + new, key=lambda d: d.m.ta)


@cache
def _attribution_verbs(lang: str) -> frozenset[str]:
    if not langpacks.has_data(lang, "domestic"):
        return frozenset()
    data = langpacks.load_yaml(lang, "domestic") or {}
    return frozenset(str(w).lower() for w in (data.get("charge_forms") or {}).get("attributions") or [])


def _attributed_deeds(ctx: _Ctx, drafts: list[Draft], lang: str) -> None:
    """"L'Italia ha attribuito alla Cina l'attacco informatico": the deed is the party it is
    attributed to, done to the attributor; the clause's shape made the attributor its doer."""
    verbs = _attribution_verbs(lang)
    if not verbs:
        return
    toks = ctx.toks
    for d in drafts:
        if d.m.trig.type not in ("ASSAULT", "COERCE") or not d.source or not d.target:
            continue
        sent = toks[d.m.ta].sent
        v = next(
            (
                x
                for x in range(d.m.ta - 1, max(-1, d.m.ta - 7), -1)
                if toks[x].sent == sent and toks[x].lemma in verbs
            ),
            None,
        )
        if v is None:
            continue
        # the doer drafted is the verb's subject (named before it), the target the party after it
        src_before = all(
            u is None or u.actor not in d.source for u in ctx.unit_at[v : d.m.tb]
        )
        tgt_after = any(u is not None and u.actor in d.target for u in ctx.unit_at[v : d.m.ta])
        if src_before and tgt_after:
            # the deed told again in the sentence ("l'attacco che ha colpito ...") took the same
            # misread sides: turned with it, so the two fold into one event
            was = (d.source, d.target)
            for o in drafts:
                if o.m.trig.type == d.m.trig.type and toks[o.m.ta].sent == sent and (o.source, o.target) == was:
                    o.source, o.target = list(was[1]), list(was[0])
