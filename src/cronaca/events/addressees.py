"""An accusation's or a request's own object names who it is aimed at; the parties after its link
("di", "a", "of", "to") and a verb belong to the charge or to what is asked, not to this act:

    "accused the Speaker of holding Ukraine's security hostage"        (not Ukraine)
    "ha invitato i senatori moderati a «non svendere i diritti dei lavoratori»"  (not the workers)
    "chiederà ai partner di inserire il gruppo di hacker nella lista"  (not the hackers)
    "ha accusato Cotonou di ospitare «basi militari francesi ...»"     (not France)

When that object is a noun phrase the actors stage gave no actor (a title, a common noun, an
unknown name), the act has no coded target: the party after the link is dropped, and the draft is
marked `own_side` (a target the clause named but the article cannot code), so that no implied side
replaces it, and `uncoded`, so that no fallback (`fallbacks.py`) does. `roles._uncoded_object`
already bounds plain common-noun objects before the verb's targets are read; this step covers what
it leaves: a capitalized object ("the Speaker", a name the actors stage did not link), an object
after "a/to" ("ai partner di ..."), an elided article ("l'Occidente di voler ..."), and a content
that opens with a quotation mark or a negation ("a «non svendere»"). An adverb is no object
("appealed directly to members of Congress to approve": Congress is the addressee).

The words are data (`lang/<l>/addressees.yaml`): the types whose object is an addressee, the
words that may open the object ("a/to" and their forms), the words between the link and the verb
(quotation marks, "non", "not"), verb forms no ending tells ("voler", "aver"), adverb endings, and
how many words the object may hold.

Measured (session seven, after merging main): dev events F1 0.5950 -> 0.5971, b24 0.5245 -> 0.5268
with deployments.py; the emitted events it removes were all wrong on dev.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from cronaca import lang as langpacks
from cronaca.events.context import _PUNCT, _QUOTE_MARKS, Draft, _Ctx
from cronaca.events.roles import _verb_after_link


@dataclass(frozen=True, slots=True)
class _Data:
    types: frozenset[str]  # event types whose verb takes an addressee then a content
    openers: frozenset[str]  # words that may open the object: "a", "ai", "to" (articles come from the lexicon)
    skip: frozenset[str]  # words between the link and the content's verb: quotation marks, "non"
    verbs: frozenset[str]  # verb forms no infinitive ending tells: "voler", "aver", "far"
    adverbs: tuple[str, ...]  # adverb endings: "appealed directly to members of Congress" has no object
    reach: int  # how many words the object may hold


@cache
def _data(lang: str) -> _Data | None:
    if not langpacks.has_data(lang, "addressees"):
        return None
    raw = langpacks.load_yaml(lang, "addressees") or {}
    return _Data(
        types=frozenset(str(w) for w in raw.get("types") or []),
        openers=frozenset(str(w).lower() for w in raw.get("openers") or []),
        skip=frozenset(str(w).lower() for w in raw.get("skip") or []) | _QUOTE_MARKS,
        verbs=frozenset(str(w).lower() for w in raw.get("verbs") or []),
        adverbs=tuple(str(w).lower() for w in raw.get("adverb_endings") or []),
        reach=int(raw.get("reach") or 5),
    )


def _content_link(ctx: _Ctx, d: Draft, data: _Data, hi: int) -> int:
    """The token of the link after the verb's uncoded object ("accused the Speaker | of holding"),
    or -1 when the object is an actor, when no object comes first, or when no verb follows the
    link. Only the words right after the trigger are read (`data.reach` of them)."""
    lex = ctx.lex
    lows = ctx.lows
    k = d.m.tb
    if k < hi and lows[k] in data.openers:
        k += 1  # "ha chiesto ai partner", "called on the allies"
    words = 0
    while k < hi and words <= data.reach:
        w = lows[k]
        if ctx.unit_at[k] is not None or k in ctx.trigger_tok or k in ctx.timex_tok:
            return -1  # the object is a party (or another act, or a date): roles read it
        if w in lex.comp_inf and words:
            j = k + 1
            while j < hi and lows[j] in data.skip:
                j += 1
            return k if j < hi and (lows[j] in data.verbs or _verb_after_link(ctx, j)) else -1
        if w in lex.det:
            k += 1  # "l'", "the": no word of the object's count
            continue
        if w in _PUNCT or w in lex.clause or w in lex.conj or w in lex.prep or not w.replace("-", "").isalpha():
            return -1
        if not (data.adverbs and w.endswith(data.adverbs)):
            words += 1  # (an adverb is no object: "appealed directly to members of Congress")
        k += 1
    return -1


def _content_parties(ctx: _Ctx, drafts: list[Draft]) -> None:
    """Drop a target named only inside the content of an accusation or a request whose own object
    is a party with no actor (see the module docstring)."""
    data = _data(ctx.doc.meta.lang or "it")
    if data is None or not data.types:
        return
    for d in drafts:
        trig = d.m.trig
        if trig.noun or trig.sym or trig.type not in data.types or not d.target:
            continue
        hi = ctx.doc.sents[d.sent].tok_end
        link = _content_link(ctx, d, data, hi)
        if link < 0:
            continue
        # the target's first mention after the verb: past the link, it is the content's party
        inside = {
            u.actor
            for k in range(link + 1, hi)
            if (u := ctx.unit_at[k]) is not None and u.ts == k and u.actor in d.target
        }
        before = {u.actor for k in range(d.m.tb, link) if (u := ctx.unit_at[k]) is not None}
        gone = [a for a in d.target if a in inside and a not in before]
        if not gone:
            continue
        d.target = [a for a in d.target if a not in gone]
        if not d.target:
            # the object named a party the article cannot code: no implied side, no fallback
            d.own_side = d.uncoded = True
