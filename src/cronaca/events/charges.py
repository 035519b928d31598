"""What someone is accused of: "accused Croatia of funding the protesters", "accused the government
of surrendering land to Tajikistan", "accused the Commission of blackmailing Budapest by freezing its
funds".

The gerunds after an accusation's "of" (and those linked to them by "by", "and" or a comma) whose
lemma is in domestic.yaml `charge_deeds` are deeds of the accused (the accusation's target), aimed at
the first party named after the gerund in its clause, else at the party the charge's first verb
governs ("blackmailing Budapest by freezing ..." -> Budapest). They are the accuser's claim: the
modality step reads them as reported. Verbs that the general trigger tables hold already are left to
them; these words are triggers only here, where they cannot be nouns or have another sense.
"""

from __future__ import annotations

from functools import cache

from cronaca import lang as langpacks
from cronaca.events.context import _PUNCT, Draft, Match, _Ctx
from cronaca.events.lexicons import Trigger, plover


@cache
def _charge_deeds(lang: str) -> tuple[dict[str, Trigger], frozenset[str]]:
    if not langpacks.has_data(lang, "domestic"):
        return {}, frozenset()
    data = langpacks.load_yaml(lang, "domestic") or {}
    types, cameo = plover()
    out: dict[str, Trigger] = {}
    for lemma, (ptype, code) in (data.get("charge_deeds") or {}).items():
        code = str(code)
        out[str(lemma).lower()] = Trigger(
            type=str(ptype),
            cameo=code,
            words=(),
            goldstein=float(cameo[code][1]),
            quad=int(types[str(ptype)]["quad_class"]),
        )
    links = frozenset(str(w).lower() for w in data.get("charge_links") or [])
    return out, links


def _charged_deeds(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    lang = ctx.doc.meta.lang or "it"
    deeds, links = _charge_deeds(lang)
    if not deeds or not ctx.lex.gerund:
        return drafts
    lex, lows, toks = ctx.lex, ctx.lows, ctx.toks
    taken = {d.m.ta for d in drafts if not d.m.trig.refusal}
    new: list[Draft] = []
    for d in drafts:
        if d.m.trig.type != "ACCUSE" or d.m.trig.noun or not d.target:
            continue
        sent = toks[d.m.ta].sent
        end = ctx.doc.sents[sent].tok_end
        # the "of" after the accused ("accused Croatia of"), a few words on
        k = d.m.tb
        while k < min(end, d.m.tb + 8) and lows[k] != "of" and lows[k] not in _PUNCT:
            k += 1
        if k >= end or lows[k] != "of":
            continue
        first_obj: str | None = None
        while k < end and lows[k] in links:
            g = k + 1
            if g >= end or not lows[g].endswith(lex.gerund):
                break
            # the clause of the gerund: up to the next punctuation or link word
            e = g + 1
            while e < end and lows[e] not in _PUNCT and lows[e] not in links:
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
            trig = deeds.get(toks[g].lemma) or deeds.get(lows[g])
            tgt = obj or (first_obj if lows[k] == "by" else None)
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
            k = e
    if not new:
        return drafts
    return sorted(drafts + new, key=lambda d: d.m.ta)
