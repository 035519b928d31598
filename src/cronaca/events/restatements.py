"""One act told once (docs/conventions.md): a definite symmetric noun with fewer than two
participants refers back to the last event of its type (`_anaphora`); a definite noun between the same
sides as an earlier event is not emitted again (`_restatements`).
"""

from __future__ import annotations

from cronaca.events.codes import _pair_code, _same_side
from cronaca.events.context import _PUNCT, _QUOTE_MARKS, Draft, _Ctx
from cronaca.events.lexicons import deeds
from cronaca.events.phrases import _definite


def _anaphora(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A definite symmetric noun with fewer than two participants ("dopo la chiamata", "all'inizio
    della chiamata") refers back to the last event of its type: it takes its participants, and its
    date when it has none of its own. Only for the types listed in `roles.anaphoric_types` (meetings
    and calls are talked about again; "l'intesa prevede ..." describes an agreement, it is no new one)."""
    for i, d in enumerate(drafts):
        trig = d.m.trig
        if trig.noun and d.definite and not trig.sym and not d.source and trig.type in ctx.lex.anaphoric_nouns:
            # "Trump ha annunciato nuovi dazi ... Meloni ha definito i dazi ...": the same tariffs
            for e in reversed(drafts[:i]):
                if (
                    e.m.trig.type == trig.type
                    and e.source
                    and e.target
                    and not e.m.trig.apart  # a retaliation is not the measures it answers
                    and ctx.lows[e.m.ta] not in deeds(ctx.doc.meta.lang or "it").retaliation
                    # "said Pretoria would impose matching duties ... criticised the tariffs": the
                    # measures in force, not those denied, supposed or promised in a quote
                    and e.modality not in ("hypothetical", "negated")
                    and not (e.modality == "intent" and e.quote is not None)
                ):
                    d.source = list(e.source)
                    d.target = d.target or list(e.target)
                    break
            continue
        # "una videoconferenza dei leader" is a new one: only a definite article refers back
        if trig.type not in ctx.lex.anaphoric or not (trig.sym and trig.noun and d.definite and _definite(ctx, d)):
            continue
        if len(d.source) >= 2:
            continue
        for e in reversed(drafts[:i]):
            if e.m.trig.type == d.m.trig.type and len(e.source) >= 2:
                d.source = list(e.source)
                d.target = list(e.target)
                if d.date_source == "publication":
                    d.date, d.date_source = e.date, e.date_source
                break


def _restatements(ctx: _Ctx, drafts: list[Draft], partial: set[int]) -> list[Draft]:
    """One act is told once, at its first statement (docs/conventions.md): a definite noun ("during
    the call", "la telefonata", "the sanctions were illegitimate") between the same sides as an
    event of its type in an earlier sentence, with no other date of its own, tells that act again.
    It still served above (a judgement of "i dazi" is aimed at who imposed them); it is not
    emitted. A noun whose side was only implied (in `partial`: "ha condannato l'attacco iraniano")
    is the same act as an earlier one of its type by the same doer. A host receiving a visitor in
    the sentence of the visit is the visit told twice."""
    dd = deeds(ctx.doc.meta.lang or "it")
    if not dd.restated and not dd.hosting:
        return drafts
    seen: dict[tuple[str, frozenset[str], frozenset[str]], Draft] = {}
    doers: dict[tuple[str, frozenset[str]], Draft] = {}
    visits: dict[tuple[int, frozenset[str]], Draft] = {}
    out: list[Draft] = []
    codes: dict[str, str] = {}

    def pc(ids: list[str]) -> frozenset[str]:
        for a in ids:
            if a not in codes:
                codes[a] = _pair_code(ctx, a)
        return frozenset(codes[a] for a in ids)

    for d in drafts:
        trig = d.m.trig
        if (
            (not (d.source and d.target) and id(d) not in partial and trig.cameo not in dd.hosting)
            or (trig.type not in dd.restated and trig.type not in ctx.lex.material and trig.cameo not in dd.hosting)
        ):
            out.append(d)  # nothing to compare: a type never told again, or sides missing
            continue
        if not trig.sym and d.source and d.target and d.target != d.source:
            # a side filled from another event (anaphora) may land on the doer's own side; a mutual
            # act ("each side blamed the other", events/mutual.py) keeps its two sides
            d.target = [a for a in d.target if not _same_side(ctx, a, d.source)]
        sides = (trig.type, pc(d.source), pc(d.target))
        both = frozenset(sides[1] | sides[2])
        if trig.cameo in dd.hosting and trig.sym and (d.sent, both) in visits:
            continue  # "la visita di Draghi ad Algeri, ricevuto da Tebboune": one visit
        if trig.cameo == "042" and d.source and d.target:
            visits[(d.sent, both)] = d
        e = seen.get(sides)
        if (
            e is not None
            and e.sent == d.sent
            and trig.type in ctx.lex.material
            and (trig.cameo == e.m.trig.cameo or trig.type not in dd.by_cameo)
            and not trig.sym
            and not e.m.trig.sym
            and not any(x.denies is d for x in drafts)
        ):
            continue  # "drone attacks on Kyiv ..., killing ...": one attack, Kyiv or Ukraine
        if e is not None and e.sent == d.sent and trig.sym and e.m.trig.sym and trig.noun:
            # "ha incontrato Napolitano con un colloquio di mezz'ora": one meeting, whatever sector
            # each participant was coded with
            continue
        if e is None and id(d) in partial and d.source and not trig.sym:
            e = doers.get((trig.type, sides[1]))
        if (
            e is not None
            and trig.noun
            and trig.type in dd.restated
            # a meeting noun is told again in an adverbial phrase ("during the call", "dopo
            # l'incontro"); as an object ("ha presieduto la videoconferenza") it may be a new one
            and (not trig.sym or not _verb_object(ctx, d))
            and e.sent < d.sent
            and _definite(ctx, d)
            and not (d.date_source == "text" and d.date != e.date)
            # "se i bombardamenti continueranno": a hypothetical or planned sequel is an act of its own
            and not (d.modality != e.modality and d.modality in ("hypothetical", "intent", "negated"))
            # the same act claimed by another source is told again, in that source's words
            # (docs/conventions.md): "'it is the third attack on our plants', Zelensky said"
            # (a meeting or call told by someone is no rival claim of it)
            and not (
                d.attributed
                and not trig.sym
                and not set(d.attributed) & set(e.attributed)
                # a party to the act (Kyiv on the strike, Moscow on its own), not an onlooker's estimate
                and any(_same_side(ctx, a, e.source + e.target) for a in d.attributed)
            )
        ):
            continue
        if d.source and d.target:
            seen.setdefault(sides, d)
            doers.setdefault((trig.type, sides[1]), d)
            if len(sides[1]) > 1 and not trig.sym:
                # "i bombardamenti da parte di Francia, Regno Unito e Stati Uniti ... È stata la
                # Francia ad iniziare i bombardamenti": one of the doers names the same act again
                for c in sides[1]:
                    seen.setdefault((trig.type, frozenset({c}), sides[2]), d)
                    doers.setdefault((trig.type, frozenset({c})), d)
        out.append(d)
    return out


def _verb_object(ctx: _Ctx, d: Draft) -> bool:
    """Is the noun the object of a verb other than a speech act ("ha presieduto la videoconferenza":
    maybe a new meeting; not "described the call as candid")? Not in an adverbial phrase ("durante la telefonata", "during the two-hour
    call") nor as the subject of reported speech ("Kirby said the call was candid")."""
    lex = ctx.lex
    lo = ctx.doc.sents[d.sent].tok_start
    k = d.m.ta - 1
    while k >= lo and k > d.m.ta - 5 and (
        ctx.lows[k] in lex.det or ctx.lows[k] in ("-", "–") or (ctx.lows[k].isalnum() and not ctx.toks[k].is_title and ctx.lows[k] not in lex.prep and k not in ctx.verb_tok and ctx.lows[k] not in lex.aux and ctx.lows[k] not in lex.clause and not ctx.lows[k].endswith(lex.participle))
    ):
        k -= 1  # articles, adjectives, "two-hour"
    if k < lo:
        return False
    w = ctx.lows[k]
    if w in lex.prep or w in lex.clause or w in lex.conj or w in _PUNCT or w in _QUOTE_MARKS:
        return False
    # a speech act or judgement about it ("described the call as direct") tells it again
    lemma = ctx.toks[k].lemma
    return not (k in ctx.verb_tok or lemma in lex.speech or w in lex.speech or lemma in lex.by_key or w in lex.by_key)
