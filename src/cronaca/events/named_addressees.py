"""A request's addressee named by a common noun the actors stage does not code (Italian, session
seven): "ha invitato i senatori moderati a «non svendere i diritti dei lavoratori»", "ha esortato gli
altri partner europei a «non limitarsi alle parole»", "chiederà ai partner di inserire il gruppo
nella lista". The one asked stands right after the verb, before the "a/di + infinitive" link; the
parties after the link belong to what is asked (the workers, the group), never to whom. Without a
code for the addressee, the roles found the first coded party of the content instead, or the implied
sides the article's usual counterpart (measured on the dev gold: 5 such requests in 5 articles, all
five aimed at a wrong party: the workers, Russia, an electoral commission, a foreign envoy, hackers).

`_uncoded_addressees` drops the target of such a request and marks the side as named (`own_side`),
so that no implied side fills it: an event the output cannot code is left out rather than aimed at
a party the sentence does not address. A party named in the slot ("ha invitato il presidente Macron
a ...") keeps the request as the roles read it.

Data: `lang/<l>/discourse.yaml` `named_addressees` (types, verbs' links, datives, quantifiers,
infinitive endings, clitics glued to an infinitive, reach); a language without it has the rule off.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from cronaca import lang as langpacks
from cronaca.events.context import _QUOTE_MARKS, Draft, _Ctx


@dataclass(frozen=True)
class _Slot:
    types: frozenset[str]
    links: frozenset[str]
    datives: frozenset[str]
    quantifiers: frozenset[str]
    endings: tuple[str, ...]
    clitics: tuple[str, ...]
    negations: frozenset[str]
    object_verbs: frozenset[str]
    reach: int


@cache
def _slot_data(lang: str) -> _Slot | None:
    raw = langpacks.entry(lang, "discourse", "named_addressees")
    if not raw:
        return None

    def fs(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in raw.get(key) or [])

    return _Slot(
        types=frozenset(str(t).upper() for t in raw.get("types") or []),
        links=fs("links"),
        datives=fs("datives"),
        quantifiers=fs("quantifiers"),
        endings=tuple(str(w).lower() for w in raw.get("infinitive_endings") or []),
        # longest first, so that "glielo" is stripped before "lo"
        clitics=tuple(sorted((str(w).lower() for w in raw.get("clitics") or []), key=len, reverse=True)),
        negations=fs("negations"),
        object_verbs=fs("object_verbs"),
        reach=int(raw.get("reach") or 0),
    )


def _infinitive(w: str, slot: _Slot) -> bool:
    """An infinitive, bare or with a glued clitic ("limitarsi", "inserirlo"): the clitic is stripped
    and the rest must end like an infinitive, or like one that lost its final -e ("limitar")."""
    if not w.isalpha():
        return False
    if w.endswith(slot.endings):
        return True
    for cl in slot.clitics:
        if w.endswith(cl) and len(w) > len(cl) + 3:
            stem = w[: -len(cl)]
            return stem.endswith(slot.endings) or stem.endswith(tuple(e[:-1] for e in slot.endings))
    return False


def _content_word(ctx: _Ctx, k: int) -> bool:
    """A plain lowercase word of a common-noun phrase: no party, no trigger, no grammar word."""
    w, lex = ctx.lows[k], ctx.lex
    return (
        w.isalpha()
        and not ctx.toks[k].is_title
        and ctx.unit_at[k] is None
        and k not in ctx.trigger_tok
        and w not in lex.det
        and w not in lex.prep
        and w not in lex.conj
        and w not in lex.clause
        and w not in lex.aux
    )


def _uncoded_slot(ctx: _Ctx, d: Draft, slot: _Slot) -> bool:
    """Does a common-noun addressee with no code stand between the verb and an "a/di + infinitive"
    link ("ha invitato i senatori moderati a «non svendere ...»")?"""
    s = ctx.doc.sents[d.sent]
    hi = min(s.tok_end, d.m.tb + slot.reach + 3)
    k = d.m.tb
    if k >= s.tok_end:
        return False
    if ctx.toks[d.m.ta].lemma not in slot.object_verbs and ctx.lows[k] not in slot.datives:
        # "chiedere" asks something of someone: its direct object is the thing asked ("chiedendogli
        # la disponibilità a subentrare"), the one asked stands after a dative ("ai partner di ...")
        return False
    nouns = 0
    while k < hi:
        w = ctx.lows[k]
        if ctx.unit_at[k] is not None:
            return False  # a party in the slot: the roles read it
        if w in slot.links and nouns:
            j = k + 1
            while j < s.tok_end and (ctx.lows[j] in _QUOTE_MARKS or ctx.lows[j] in slot.negations):
                j += 1
            return j < s.tok_end and _infinitive(ctx.lows[j], slot)
        if w in slot.datives or w in slot.quantifiers or w in ctx.lex.det:
            if nouns:
                return False  # "i cittadini alle urne": another phrase begins
            k += 1
            continue
        if not _content_word(ctx, k) or nouns >= slot.reach:
            return False
        nouns += 1
        k += 1
    return False


def _uncoded_addressees(ctx: _Ctx, drafts: list[Draft]) -> None:
    slot = _slot_data(ctx.doc.meta.lang or "it")
    if slot is None:
        return
    for d in drafts:
        trig = d.m.trig
        if trig.type not in slot.types or trig.noun or trig.sym or d.parties or not d.source:
            continue
        if _uncoded_slot(ctx, d, slot):
            d.target = []
            d.own_side = True  # the addressee is named: no implied side stands in for it
