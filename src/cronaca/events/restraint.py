"""Appeals for restraint are addressed to the conflict's two sides (review9en, session 9).

"Russia, which has bases in both countries, urged restraint", "the UN called for calm": wire copy
tells the appeal with no addressee, and `speech._open_appeals` kept it as an open appeal, emitted
with no target; the analyst codes it at the two sides of the article's conflict, which the request
names only by what it asks of them. A REQUEST draft with a source and no target whose object, read
right after the trigger past a few function words (`lang/<l>/restraint.yaml` `appeals`), is a word
of restraint gets, as target, the article's pair of opposite sides that the requester is not one of
(`sides._outside_dyad`, the same pair "urged both sides" gets).

Italian (itframes9): "ha invitato alla moderazione", "ha chiesto moderazione", "ha esortato alla
calma", and the noun "ha lanciato un appello alla calma" (`lang/it/restraint.yaml`). Italian news
tells the appeal as a noun with a light verb as often as with a verb, so a language may let noun
triggers in (`nouns: true`); English keeps verbs only. `roles` marks "invitato alla moderazione" as
addressed to an unnamed party (an "a" + common noun after a request verb); a restraint word is no
party, so such a draft is aimed at the pair too.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from cronaca import lang as langpacks
from cronaca.events.context import Draft, _Ctx
from cronaca.events.sides import _outside_dyad


@dataclass(frozen=True, slots=True)
class _Appeals:
    types: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()
    skip: frozenset[str] = frozenset()
    reach: int = 0
    nouns: bool = False  # noun triggers too ("appello alla calma"); verbs only when false


@cache
def _appeals(lang: str) -> _Appeals:
    raw = langpacks.entry(lang, "restraint", "appeals") if langpacks.has_data(lang, "restraint") else None
    if not raw:
        return _Appeals()
    return _Appeals(
        frozenset(str(t) for t in raw.get("types") or []),
        frozenset(str(w).lower() for w in raw.get("words") or []),
        frozenset(str(w).lower() for w in raw.get("skip") or []),
        int(raw.get("reach") or 0),
        bool(raw.get("nouns")),
    )


def _asks_restraint(ctx: _Ctx, d: Draft, cfg: _Appeals) -> bool:
    """Is the first content word after the trigger (past `skip`, within `reach`) a restraint word?
    A hyphenated word is several tokens: "de-escalation" is matched on its joined form."""
    hi = ctx.doc.sents[d.sent].tok_end
    if any(ctx.lows[j] in cfg.words for j in range(d.m.ta + 1, d.m.tb)):
        # a trigger of several words that holds the word itself ("ha chiesto negoziati" is one
        # match, [chiedere, negoziati]): what is asked is inside the trigger
        return not _addressed_after(ctx, d.m.tb, hi, cfg)
    k = d.m.tb
    end = min(hi, d.m.tb + cfg.reach)
    while k < end:
        w = ctx.lows[k]
        if w in cfg.words:
            return not _addressed_after(ctx, k + 1, hi, cfg)
        if k + 2 < hi and ctx.lows[k + 1] == "-" and (w + "-" + ctx.lows[k + 2]) in cfg.words:
            return not _addressed_after(ctx, k + 3, hi, cfg)
        if w not in cfg.skip:
            return False
        k += 1
    return False


def _addressed_after(ctx: _Ctx, k: int, hi: int, cfg: _Appeals) -> bool:
    """Does a party or a common-noun addressee follow the restraint word in its clause ("ha invitato
    alla calma i cittadini", "urged calm among supporters")? Then the appeal names whom it asks, and
    they are not the conflict's two sides."""
    lex = ctx.lex
    end = min(hi, k + cfg.reach)
    while k < end:
        w = ctx.lows[k]
        if w in lex.clause or w in (".", ";", ":", "?", "!", ","):
            return False
        if ctx.unit_at[k] is not None or w in lex.addressees or ctx.toks[k].lemma in lex.addressees:
            return True
        k += 1
    return False


def _restraint_appeals(ctx: _Ctx, drafts: list[Draft]) -> None:
    """Aim an appeal for restraint with no addressee at the conflict's two sides (module docstring)."""
    cfg = _appeals(ctx.doc.meta.lang or "it")
    if not cfg.types:
        return
    full: list[Draft] | None = None
    for d in drafts:
        if d.target or not d.source or d.m.trig.type not in cfg.types or (d.m.trig.noun and not cfg.nouns):
            continue
        if not _asks_restraint(ctx, d, cfg):
            continue
        if full is None:
            full = [e for e in drafts if e.source and e.target and not e.m.trig.sym]
        pair = _outside_dyad(ctx, full, d.source)
        if pair:
            d.target = pair
            d.open_appeal = False
            d.own_side = False  # "invitato alla moderazione": the restraint word was read as a party
