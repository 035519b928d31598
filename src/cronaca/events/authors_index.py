"""The author of a referenced act: "condemned the veto", "dismissed the accusations", "ha respinto
le critiche", "welcomed the release", "ha condannato con fermezza gli arresti". A judgement
(`roles.object_event_types`: ACCUSE, REJECT, SUPPORT) whose direct object is a noun naming an
earlier act, with no owner of its own in the phrase ("the accusations", "their calls", but not
"Warsaw's accusations" or "le critiche di Parigi", read by `judged._possessor_owners` and
`backrefs._owned_claims`), is aimed at the AUTHOR of that act: who accused, who vetoed, who
arrested. That author is usually named sentences before, and is not the last party named (the body
a resolution went to, the bloc a sanction was asked of).

One mechanism for every such noun (it replaced `backrefs._rejected_charges` and
`objects._judged_backrefs`, and `judged._judged_nouns_open` looks its acts up here):
- `_acts`: an index of the document's acts, in text order: the drafts with a source (type, sides,
  sentence) and, where the data allows (`quoted_types`, off), quotations with a speaker as claims;
- `_author`: the most recent act of the kinds the noun names (data: `referenced_acts` in the
  language's discourse.yaml: accusations -> ACCUSE, veto -> REJECT, arrests -> COERCE ...; any
  other event noun names its own type). Words (charges, demands, threats) are by another side than
  the judge's and aimed at the judge's side or at no one named: "Russia dismissed the accusations"
  is Warsaw's charge against Moscow, not the EU asked for sanctions in between. Deeds (a veto, an
  attack, arrests) are the last one told as a fact, by a verb first; one by the judge's own side
  leaves the judgement with no target.
A rejection of a claim found this way is linked to it (`denies`); the judged noun, when the judge's
clause gave it a doer that is not the author, is no new event.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from cronaca.events.codes import _same_side
from cronaca.events.context import _QUOTE_MARKS, Draft, _Ctx
from cronaca.events.lexicons import discourse_data

_NEAR = 2  # sentences back an act aimed elsewhere may lie
_FAR = 12  # sentences back a veto, an attack or a charge aimed at the judge may lie (`reach` in the data)
_FACTS = frozenset({"asserted", "reported"})  # a deed named again was done, not planned or denied


@dataclass(frozen=True, slots=True)
class _Refs:
    nouns: dict[str, frozenset[str]]  # lowercase noun -> the act types it names
    reach: dict[str, int]  # lowercase noun -> sentences back an act aimed at the judge may lie
    quoted: frozenset[str]  # types whose act may be a quotation (a claim said in words)
    owners: frozenset[str]  # possessive pronouns that point back to the author ("their calls")
    preps: frozenset[str]  # words after the noun that name its owner besides "of/by" ("from Ankara")
    addressed: frozenset[str]  # types of words addressed to someone (charges, demands), not deeds
    manner: frozenset[str]  # a preposition opening a manner phrase before the object ("con favore")
    of_target: frozenset[str]  # nouns whose "of X" is the victim, not the owner ("the arrest of X")


@cache
def _refs(lang: str) -> _Refs:
    raw = discourse_data(lang).get("referenced_acts") or {}
    nouns: dict[str, set[str]] = {}
    reach: dict[str, int] = {}
    of_target: set[str] = set()
    for group in raw.get("kinds") or []:
        types = [str(t) for t in group.get("types") or []]
        for w in group.get("nouns") or []:
            w = str(w).lower()
            nouns.setdefault(w, set()).update(types)
            reach[w] = max(reach.get(w, _NEAR), int(group.get("reach") or _NEAR))
            if group.get("of_target"):
                of_target.add(w)
    return _Refs(
        {w: frozenset(t) for w, t in nouns.items()},
        reach,
        frozenset(str(t) for t in raw.get("quoted_types") or []),
        frozenset(str(w).lower() for w in raw.get("owner_pronouns") or []),
        frozenset(str(w).lower() for w in raw.get("owner_preps") or []),
        frozenset(str(t) for t in raw.get("addressed_types") or []),
        frozenset(str(w).lower() for w in raw.get("manner_preps") or []),
        frozenset(of_target),
    )


@dataclass(slots=True)
class _Act:
    pos: int  # first token
    sent: int
    types: frozenset[str]
    source: list[str]
    target: list[str]
    draft: Draft | None


def _acts(ctx: _Ctx, drafts: list[Draft], refs: _Refs) -> list[_Act]:
    """The document's acts in text order: drafts with a source, and quotations with a speaker
    (as claims, of `refs.quoted` types, aimed at the parties they name)."""
    acts = [
        _Act(d.m.ta, d.sent, frozenset((d.m.trig.type,)), d.source, d.target, d)
        for d in drafts
        if d.source and not d.m.trig.sym
    ]
    if refs.quoted:
        for q in ctx.quotes:
            if not q.speaker or q.speaker not in ctx.actors:
                continue
            ta, tb = ctx.tok_at(q.start), ctx.tok_at(max(q.start, q.end - 1)) + 1
            named = list(dict.fromkeys(u.actor for u in ctx.unit_at[ta:tb] if u is not None))
            acts.append(_Act(ta, ctx.toks[ta].sent, refs.quoted, [q.speaker], named, None))
    acts.sort(key=lambda a: a.pos)
    return acts


def _coded(ctx: _Ctx, a: str) -> bool:
    act = ctx.actors.get(a)
    return act is not None and bool(act.igo or act.country)


def _author(ctx: _Ctx, acts: list[_Act], d: Draft, types: frozenset[str], refs: _Refs, far: int) -> _Act | None:
    """The most recent act of `types` before judgement `d` by another side than the judge's.
    Words addressed to someone (`refs.addressed`: charges, demands, threats): a drafted act aimed at
    the judge's side or at no one named, in the sentence or the `_NEAR` before; else one aimed at
    the judge's side or at no one named within `far` sentences (the noun's `reach`); else a
    quotation that names the judge's side (`_NEAR`; off in the data). A charge aimed at a third
    party is not the one rejected. Deeds (a veto, an attack, sanctions), often judged by a third
    party: the last one told as a fact by a verb within `far` sentences, else by a noun whose doer
    is its own (a verb tells the act, a noun often names it again)."""
    words = bool(types & refs.addressed)
    tiers: list[_Act | None] = [None, None, None]  # a deed noun, a charge further back, a quotation
    for a in reversed(acts):
        if a.pos >= d.m.ta or a.draft is d:
            continue
        if a.sent < d.sent - max(far, _NEAR):
            break
        if not (a.types & types) or (a.draft is not None and a.draft.m.trig.deny):
            continue
        near = a.sent >= d.sent - _NEAR
        if not words:
            # the last deed of the kind told as a fact, whoever did it: one by the judge's own side
            # ("backed the sanctions") is aimed at no one of ours
            if a.draft is None or a.draft.modality not in _FACTS:
                continue
            if not _own_doer(ctx, a.draft):
                continue
            if not a.draft.m.trig.noun:
                return a if _other_doers(ctx, a, d) else None
            if tiers[0] is None and _other_doers(ctx, a, d):
                tiers[0] = a
            continue
        if not _other_doers(ctx, a, d):
            continue
        at_judge = any(_same_side(ctx, t, d.source) for t in a.target)
        if a.draft is None:
            tier = 2 if near and at_judge else -1
        elif near and (at_judge or not a.target):
            return a
        else:
            tier = 1 if at_judge or not a.target else -1
        if tier >= 0 and tiers[tier] is None:
            tiers[tier] = a
    return next((a for a in tiers if a is not None), None)


def _other_doers(ctx: _Ctx, a: _Act, d: Draft) -> list[str]:
    """The coded doers of act `a` on another side than judge `d`'s source."""
    return [s for s in a.source if _coded(ctx, s) and not _same_side(ctx, s, d.source)]


def _own_doer(ctx: _Ctx, e: Draft) -> bool:
    """Is a deed's source its own doer? Not when its word sits in a prepositional phrase ("expressed
    regret for the attacks", "il rilascio dei detenuti": the clause's subject is no attacker, no jailer), is the object of a judgement
    ("called the arrests ..."), or names an owner after it that is not its source ("gli attacchi
    della coalizione")."""
    lex = ctx.lex
    k = e.m.ta - 1
    while k >= 0 and (ctx.lows[k] in lex.det or ctx.lows[k] in _QUOTE_MARKS):
        k -= 1
    if k >= 0 and ctx.lows[k] in lex.prep:
        return False
    v = ctx.verb_draft.get(k) if k >= 0 else None
    if v is not None and v.m.trig.type in lex.object_event:
        return False  # "ha definito gli arresti ...": a judged act, whose doer the roles took from the judge
    j = e.m.tb
    if e.m.trig.noun and j + 1 < len(ctx.lows) and lex.prep.get(ctx.lows[j]) in ("of", "agent"):
        u = ctx.unit_at[j + 1]
        if u is None and ctx.lows[j + 1] in lex.det and j + 2 < len(ctx.lows):
            u = ctx.unit_at[j + 2]
        if u is None or u.actor not in e.source:
            return False
    return True


def _object_noun(ctx: _Ctx, d: Draft, refs: _Refs, nouns: dict[int, Draft]) -> int:
    """The token of a referenced-act noun heading the direct object of verb trigger `d`, or -1: past
    adverbs, dates and a manner phrase ("ha respinto «con forza» le accuse", "ha accolto con favore
    la liberazione"), an article or a possessive pronoun, then at most three modifiers ("the
    'barbaric' killings"). A noun whose phrase names its owner ("Warsaw's accusations", "the
    accusations of Rome", "the criticism from Ankara") is not looked up: that owner is read by the
    rules of owners. Besides the nouns of `referenced_acts`, any event noun (a trigger of `nouns`)
    names an act of its own type. For a deed whose "of X" is its victim (`of_target`: "the arrest of X") only
    "by X" names the owner."""
    lex = ctx.lex
    lows = ctx.lows
    hi = ctx.doc.sents[d.sent].tok_end
    k = d.m.tb
    for _ in range(4):  # adverbs, quote marks, a date, "con favore"
        if k >= hi or lows[k] in lex.det or lows[k] in refs.owners:
            break
        w = lows[k]
        if w in refs.manner and k + 1 < hi and lows[k + 1].isalpha() and ctx.unit_at[k + 1] is None:
            k = _manner_end(ctx, k + 1, hi)
        elif w in lex.aux or w in _QUOTE_MARKS or k in ctx.timex_tok:
            k += 1
        else:
            return -1
    if k >= hi or (lows[k] not in lex.det and lows[k] not in refs.owners):
        return -1
    k += 1
    for _ in range(4):
        if k >= hi:
            return -1
        w = lows[k]
        if w in refs.nouns or k in nouns:
            nxt = k + 1
            while nxt < hi and lows[nxt] in _QUOTE_MARKS:
                nxt += 1
            if nxt < hi and ctx.unit_at[nxt] is not None and ctx.unit_at[nxt].kind == "DEM":
                return -1  # "l'attacco iraniano": the adjective names the owner, read by the rules of owners
            owner_preps = ("agent",) if w in refs.of_target else ("of", "agent")
            if nxt + 1 < hi and (lex.prep.get(lows[nxt]) in owner_preps or lows[nxt] in refs.preps):
                if ctx.unit_at[nxt + 1] is not None or lows[nxt + 1] in lex.det:
                    return -1  # "le critiche di Parigi", "the accusations by the opposition"
            return k
        if ctx.unit_at[k] is not None or not (w.isalpha() or w in _QUOTE_MARKS) or k in ctx.verb_tok:
            return -1
        k += 1
    return -1


def _manner_end(ctx: _Ctx, k: int, hi: int) -> int:
    """The token after a manner phrase whose words start at `k`, after its preposition: "con favore",
    and also one with an article and an adjective ("ha condannato «con la massima fermezza»
    l'attacco", "con forte preoccupazione"; tenth session: two dev articles and their kin in real
    news lost the condemned act's doer there). At most three words with no actor, verb or article
    among them after the optional article: the object's own article ends the phrase."""
    lows, det = ctx.lows, ctx.lex.det
    j = k + 1 if lows[k] in det else k
    n = 0
    while j < hi and n < 3 and lows[j].isalpha() and lows[j] not in det and ctx.unit_at[j] is None and j not in ctx.verb_tok:
        j += 1
        n += 1
    return j if n else k + 1


def _aim_at_author(ctx: _Ctx, d: Draft, k: int, acts: list[_Act], nouns: dict[int, Draft], refs: _Refs) -> _Act | None:
    """Aim `d` at the doers of the act the noun at token `k` names ("ha condannato gli arresti": whoever
    arrested): the act's author among `acts`, its doers other than `d`'s own side as the target (all
    of them for a symmetric act). Returns the act, or None when no author or no other doer is found
    (then `d` is left as it was). Shared by the steps that read a judged act's author."""
    w = ctx.lows[k]
    kinds = refs.nouns.get(w) or frozenset((nouns[k].m.trig.type,))
    a = _author(ctx, acts, d, kinds, refs, refs.reach.get(w, _NEAR))
    if a is None:
        return None
    doers = _other_doers(ctx, a, d)
    if not doers:
        return None
    d.target = doers[:1] if a.draft is None or not a.draft.m.trig.sym else doers
    return a


def _referenced_authors(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """Aim each judgement of a referenced act at its author; the act's noun, told again, is no new
    event ("condemned the veto": the veto is China's, told before)."""
    refs = _refs(ctx.doc.meta.lang or "it")
    if not refs.nouns:
        return drafts
    types = ctx.lex.object_event
    acts: list[_Act] | None = None
    nouns: dict[int, Draft] | None = None
    told: set[int] = set()
    for d in drafts:
        trig = d.m.trig
        if trig.noun or trig.sym or trig.type not in types or not d.source or d.refusal:
            continue
        if nouns is None:
            nouns = {r.m.ta: r for r in drafts if r.m.trig.noun}
        k = _object_noun(ctx, d, refs, nouns)
        if k < 0:
            continue
        if acts is None:
            acts = _acts(ctx, drafts, refs)
        a = _aim_at_author(ctx, d, k, acts, nouns, refs)
        if a is None:
            continue
        if trig.type == "REJECT" and a.draft is not None:
            d.denies = a.draft
        e = nouns.get(k)
        # the noun told again with a doer that is not the author (the judge's clause gave it one) is
        # a misread, no new event; one with the author's doer is left to the restatement rules
        if e is not None and e is not a.draft and e.m.trig.type in a.types and not set(e.source) & set(a.source):
            told.add(id(e))
            if d.judged is e:
                d.judged = None
    return [d for d in drafts if id(d) not in told] if told else drafts

