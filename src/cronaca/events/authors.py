"""Event nouns whose doer is a participle's agent: "lo sciopero generale, proclamato dalla Cgt",
"il ricorso presentato a dicembre dal sindacato", "l'attacco rivendicato dall'Isis", "le sanzioni
imposte dall'Ue". A noun trigger with no source, followed within its clause by a participle of
authorship (domestic.yaml `authored_by`: proclaimed, filed, claimed, imposed ...; never one of
suppression or judgement: "la manifestazione dispersa dalla polizia", "il ricorso accolto dai
giudici" name someone who acted on it) and "da X" right after it (at most a few words between,
"presentato a dicembre dal ..."), takes X as its source.

Data: `lang/<l>/domestic.yaml` `authored_by` (lemmas or forms of the participles). A language
without it has the rule off.
"""

from __future__ import annotations

from functools import cache

from cronaca import lang as langpacks
from cronaca.events.codes import _same_side
from cronaca.events.context import _PUNCT, _QUOTE_MARKS, Draft, Unit, _Ctx

_REACH = 9  # words between the noun and its participle ("sciopero generale in poco più di un anno, proclamato")
_GAP = 3  # words between the participle and "da X" ("presentato a dicembre dal sindacato")


@cache
def _participles(lang: str) -> frozenset[str]:
    """The listed participles with their feminine and plural forms (-o -> -a, -i, -e)."""
    out: set[str] = set()
    # (English lists its participles in discourse.yaml, read by the sides rules too)
    words = list(langpacks.words(lang, "domestic", "authored_by")) + list(langpacks.words(lang, "discourse", "authored_by"))
    for w in words:
        out.add(w)
        if w.endswith("o"):
            out.update(w[:-1] + e for e in "aie")
    return frozenset(out)


def _authored_nouns(ctx: _Ctx, drafts: list[Draft]) -> None:
    if not _participles(ctx.doc.meta.lang or "it"):
        return
    for d in drafts:
        if not d.m.trig.noun or d.source:
            continue
        u = _participle_agent(ctx, d.m.tb, ctx.doc.sents[d.sent].tok_end)
        if u is None:
            continue
        if d.target and _same_side(ctx, u.actor, d.target):
            continue
        d.source = [u.actor]


def _participle_agent(ctx: _Ctx, tb: int, hi: int) -> Unit | None:
    """The agent of a participle of authorship that follows a noun ending at token `tb` in its
    clause ("esercitazione ..., lanciata da Pechino"), or None. Also read by `roles._roles`, so
    that the clause's subject does not stand in for a doer the noun's own phrase names."""
    parts = _participles(ctx.doc.meta.lang or "it")
    if not parts:
        return None
    lex = ctx.lex
    p = -1
    for k in range(tb, min(hi, tb + _REACH)):
        w = ctx.lows[k]
        if w in parts:
            p = k
            break
        if (
            ctx.unit_at[k] is not None
            or k in ctx.trigger_tok
            or w in lex.clause
            or w in lex.perfect  # a verb group of its own: "lo sciopero ha bloccato ..."
            or w in lex.passive
            or w in _QUOTE_MARKS
            or (w in _PUNCT and w != ",")
        ):
            break  # another party, event or clause stands between: the participle is not the noun's
    if p < 0:
        return None
    j = p + 1
    while j < min(hi, p + 1 + _GAP) and lex.prep.get(ctx.lows[j]) != "agent":
        if ctx.unit_at[j] is not None or ctx.lows[j] in _PUNCT or j in ctx.trigger_tok:
            break
        j += 1
    if j >= hi or lex.prep.get(ctx.lows[j]) != "agent":
        return None
    j += 1
    while j < hi and (ctx.lows[j] in lex.det or ctx.lows[j] in lex.agent_long or lex.prep.get(ctx.lows[j]) == "of"):
        j += 1  # "da parte del"
    u = ctx.unit_at[j] if j < hi else None
    if u is None or u.kind in ("LOC", "DEM") or u.actor.startswith("@"):
        return None
    return u


def _threatened_nouns(ctx: _Ctx, drafts: list[Draft]) -> None:
    """"Il sindacato minaccia uno sciopero nazionale", "Mosca minaccia ritorsioni": an event noun that
    is the direct object of a threat verb (articles and adjectives only between them) is the
    threatener's own act, with the threatener as its doer; its other side is read as for any other
    noun (a domestic strike is aimed at the government), and it is hypothetical. Threatened verbs ("ha minacciato di
    colpire") are the threat's content, and `material._threat_contents` folds them into it."""
    lex = ctx.lex
    for i, d in enumerate(drafts):
        if d.m.trig.type != "THREATEN" or d.m.trig.noun or not d.source:
            continue
        for e in drafts[i + 1 :]:
            if e.sent != d.sent or e.m.ta - d.m.tb > 4:
                break
            if not e.m.trig.noun or e.source:
                break
            gap = range(d.m.tb, e.m.ta)
            if any(ctx.unit_at[k] is not None or not ctx.lows[k].isalpha() or lex.prep.get(ctx.lows[k]) for k in gap):
                break  # "minaccia di ...", "minaccia la Cina con ...": no direct object noun
            e.source = list(d.source)
            e.target = [a for a in e.target if not _same_side(ctx, a, e.source)]
            if e.modality != "negated":
                e.modality = "hypothetical"  # threatened, not done (runs after `modality._modality`)
            break
