"""Quoted characterizations: a speaker's quoted words that call an act or its doer something
blameworthy, with no event verb ("«È un atto di arroganza senza precedenti», ha dichiarato il
segretario della Uil", '"This is bullying dressed up as foreign policy," said Senator X', "said the
expulsions were 'unjustified and absurd'").

News reports much criticism this way, and the gold codes it as ACCUSE (CAMEO 111) from the speaker
to whoever did what is judged (conventions.md, "Criticism in a characterization"). No trigger reads
it: the blaming word is a noun or adjective after a copula, seldom in the trigger tables, and the
one judged is seldom named in the quotation.

`_quoted_characterizations` adds a draft only when the frame is clear:
- a quotation with a known speaker (the quotes stage's `speaker`);
- inside it, or right before its opening mark, a copula (`copula`) followed within `reach` words by
  a blaming word of `characterized.yaml` `words`, with no negator before the copula or the word
  ("non è una provocazione" blames nobody) and no clause break between;
- a target: the coded party that is the copula's subject inside the quotation ("Pyongyang's conduct
  is reckless"), else the doer of the nearest hostile act drafted before the quotation in its
  sentence or the `look_back` sentences before (`act_types`), when that doer is not on the
  speaker's side (a speaker defending its own side's act is no accuser).
A second frame needs no copula: a blaming verb of `verbs` in the quotation (by lemma: "sabotare",
"manipulate") whose subject is a coded party that no preposition but "di/of" governs, within
`subject_reach` words before it ("«sono le autorità di Kiev ad aver sabotato le trattative»";
in a partial quotation the subject stands before the opening mark), is ACCUSE speaker -> subject.

It runs once the other steps have filled the sides, so the judged act's doer is known; a charge the
sentence already carries from the speaker's side to that party, or a charge already inside the
quotation, is not added again. Indirect speech is left out: on dev the frame there fired on an
appeal ("urged both sides to silence the guns").
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cache

from cronaca import lang as langpacks
from cronaca.events.codes import _same_side
from cronaca.events.context import _PUNCT, _QUOTE_MARKS, _START, Draft, Match, _Ctx
from cronaca.events.lexicons import Trigger, coded_trigger
from cronaca.model import Quote


@dataclass(frozen=True, slots=True)
class _Data:
    words: frozenset[str] = frozenset()  # blaming nouns and adjectives ("farsa", "bullying")
    copula: frozenset[str] = frozenset()
    negators: frozenset[str] = frozenset()
    persons: frozenset[str] = frozenset()  # first/second person subjects: "we are ...", the speaker's own
    reach: int = 0
    look_back: int = 0
    act_types: frozenset[str] = frozenset()
    judge_types: frozenset[str] = frozenset()  # the speaker's charges already told in the sentence
    verbs: frozenset[str] = frozenset()  # blaming verbs, by lemma ("sabotare", "silence")
    subject_reach: int = 0
    bare_words: int = 0  # the longest direct quotation read as a bare label
    charge: Trigger | None = None


@cache
def _data(lang: str) -> _Data:
    if not langpacks.has_data(lang, "characterized"):
        return _Data()
    raw = langpacks.load_yaml(lang, "characterized") or {}

    def fs(k: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in raw.get(k) or [])

    charge = coded_trigger("ACCUSE", "111", noun=True)
    return _Data(
        words=fs("words"),
        copula=fs("copula"),
        negators=fs("negators"),
        persons=fs("persons"),
        reach=int(raw.get("reach") or 0),
        look_back=int(raw.get("look_back") or 0),
        act_types=frozenset(str(w) for w in raw.get("act_types") or []),
        judge_types=frozenset(str(w) for w in raw.get("judge_types") or []),
        verbs=fs("verbs"),
        subject_reach=int(raw.get("subject_reach") or 0),
        bare_words=int(raw.get("bare_words") or 0),
        charge=charge,
    )


def _frame(ctx: _Ctx, q: Quote, qa: int, qb: int, data: _Data) -> tuple[int, int] | None:
    """(copula, blaming word) token positions of a characterization in the quotation's tokens
    [qa, qb), the copula possibly the word right before the opening mark ("were 'illegal'")."""
    lows = ctx.lows
    lo = ctx.doc.sents[ctx.toks[qa].sent].tok_start
    cops = [c for c in range(qa, qb) if lows[c] in data.copula]
    k = qa - 1
    while k >= lo and lows[k] in _QUOTE_MARKS:
        k -= 1
    if k >= lo and k < qa - 1 and lows[k] in data.copula:
        cops.insert(0, k)  # the copula outside, the predicate quoted
    for c in cops:
        if c - 1 >= lo and lows[c - 1] in data.persons:
            continue  # "we are ...": the speaker's own side
        if any(lows[k] in data.negators for k in range(max(lo, c - 2), c)):
            continue  # "is not a provocation", "non ha commesso": no blame
        for j in range(c + 1, min(qb, c + 1 + data.reach)):
            w = lows[j]
            if w in _QUOTE_MARKS:
                continue
            if w in _PUNCT or w in ctx.lex.clause or w in data.copula:
                break
            if w in data.negators:
                break  # "is a decision, not a provocation"
            if w in data.words or ctx.toks[j].lemma in data.words:
                return c, j
    if q.kind == "direct" and not cops and qb - qa <= data.bare_words:
        # a bare label as the whole statement («Irresponsabili», ha commentato il ministro): no
        # subject, the judged act is the one told before
        for j in range(qa, qb):
            if lows[j] in data.negators:
                return None
            if lows[j] in data.words or ctx.toks[j].lemma in data.words:
                return -1, j
    return None


def _subject(
    ctx: _Ctx, drafts: list[Draft], c: int, lo: int, speaker: str, data: _Data
) -> tuple[bool, str | None]:
    """What the copula at `c` is said of, read back from it to token `lo` over its clause (quote
    marks skipped, at most `reach` words): (found, target). An act noun ("the sanctions were
    'illegitimate'", "these tariffs are ...") gives its doer, the doer of the act of its type told
    before when the noun has none; nothing when that doer is unknown or the speaker's side. A coded
    party ("Pyongyang's conduct is ...") is the target itself; (False, None) when neither stands there."""
    lows = ctx.lows
    acts = {k: d for d in drafts if d.m.trig.type in data.act_types for k in d.m.toks}
    steps = 0
    for k in range(c - 1, lo - 1, -1):
        w = lows[k]
        if w in _QUOTE_MARKS:
            continue
        if w in _PUNCT or w in ctx.lex.clause or steps >= data.reach:
            break
        steps += 1
        d = acts.get(k)
        if d is None and k in ctx.trigger_tok:
            # an act noun dropped as pointing back ("these tariffs"): the act of its type told before
            types = {tr.type for tr in ctx.lex.by_form.get(w, ())} & data.act_types
            d = _told_before(k, ctx.toks[k].sent, drafts, data, types)
            if d is None:
                return True, None
        elif d is not None and not d.source:
            # "said the expulsions were 'unjustified'": the noun tells again an act told before
            d = _told_before(k, d.sent, drafts, data, {d.m.trig.type})
            if d is None:
                return True, None
        if d is not None:
            doers = [a for a in d.source if not _same_side(ctx, a, [speaker])]
            return True, doers[0] if doers and len(doers) == len(d.source) else None
        u = ctx.unit_at[k]
        if u is not None:
            return True, None if _same_side(ctx, u.actor, [speaker]) else u.actor
    return False, None


def _told_before(k: int, sent: int, drafts: list[Draft], data: _Data, types: set[str]) -> Draft | None:
    """The nearest act of one of `types` with a doer drafted before token `k`, within `look_back`
    sentences of `sent`; None when there is none (then nothing is read)."""
    best: Draft | None = None
    for e in drafts:
        if e.m.trig.type not in types or not e.source or e.m.ta >= k or e.sent < sent - data.look_back:
            continue
        if best is None or e.m.ta > best.m.ta:
            best = e
    return best


def _blamed_subject(ctx: _Ctx, q: Quote, qa: int, qb: int, data: _Data) -> tuple[int, str] | None:
    """(verb, subject) of a blaming verb in the quotation whose subject is a coded party: "«sono le
    autorità di Kiev ad aver sabotato le trattative»", 'said the boat had "trespassed"' (a partial
    quotation: its subject stands between the speech verb and the opening mark). The subject is the
    nearest mention before the verb in its clause that no preposition governs; no negator near."""
    lows, toks = ctx.lows, ctx.toks
    sent = toks[qa].sent
    lo = ctx.doc.sents[sent].tok_start
    if q.cue is not None and q.cue.end <= q.start:
        lo = max(lo, ctx.tok_at(q.cue.end - 1) + 1)
    for v in range(qa, qb):
        if toks[v].lemma not in data.verbs and lows[v] not in data.verbs:
            continue
        if v - 1 >= lo and lows[v - 1] in ctx.lex.det:
            continue  # a noun ("the silence", "il furto"), not the verb
        if any(lows[k] in data.negators for k in range(max(lo, v - 3), v)):
            return None
        start = lo if v == qa or all(lows[k] in _QUOTE_MARKS for k in range(qa, v)) else qa
        steps = 0
        for k in range(v - 1, start - 1, -1):
            w = lows[k]
            if w in _QUOTE_MARKS:
                continue
            if w in _PUNCT or w in ctx.lex.clause or steps >= data.subject_reach or w in data.persons:
                break
            steps += 1
            u = ctx.unit_at[k]
            if u is not None:
                # "le autorità di Kiev": a party after "di/of" names the subject's owner
                if ctx.gov(u, start) not in (None, "of") or u.kind == "LOC":
                    break
                return v, u.actor
        return None
    return None


def _judged_doer(ctx: _Ctx, drafts: list[Draft], q_tok: int, sent: int, speaker: str, data: _Data) -> str | None:
    """The doer of the nearest hostile act drafted before the quotation (same sentence, or the
    `look_back` sentences before); None when that doer is the speaker's side or unknown."""
    best: Draft | None = None
    for d in drafts:
        if d.m.trig.type not in data.act_types or not d.source:
            continue
        if d.sent > sent or d.sent < sent - data.look_back:
            continue
        if d.sent == sent and d.m.ta >= q_tok:
            continue
        if best is None or d.m.ta > best.m.ta:
            best = d
    if best is None:
        return None
    doers = [a for a in best.source if not _same_side(ctx, a, [speaker])]
    if len(doers) != len(best.source):
        return None  # the speaker's side did it: a defence, not a charge
    return doers[0]


def _quoted_characterizations(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    lang = ctx.doc.meta.lang or "it"
    data = _data(lang)
    if not data.words or not ctx.quotes:
        return drafts
    if data.words.isdisjoint(ctx.low_set) and data.words.isdisjoint(ctx.lemma_set) and data.verbs.isdisjoint(ctx.lemma_set):
        return drafts  # no blaming word in the document (most documents): one set test each
    toks = ctx.toks
    added: list[Draft] = []
    seen: set[int] = set()
    for q in ctx.quotes:
        if not q.speaker or q.kind == "indirect":
            continue
        qa = ctx.tok_at(q.start)
        if qa < len(toks) and toks[qa].end <= q.start:
            qa += 1
        # the first token at or after the quotation's end: a bisection, no walk over its words
        qb = max(qa, bisect.bisect_left(toks, q.end, lo=min(qa, len(toks)), key=_START))
        if qb <= qa or qa in seen:
            continue
        seen.add(qa)
        if any(e.m.trig.type in data.judge_types and qa <= e.m.ta < qb for e in drafts):
            continue  # the quotation already holds a charge of its own ("is a brutal crackdown")
        found = _frame(ctx, q, qa, qb, data)
        if found is None:
            blamed = _blamed_subject(ctx, q, qa, qb, data) if data.verbs else None
            if blamed is None:
                continue
            j, target = blamed
            d = _charge(ctx, drafts, q, j, target, data)
            if d is not None:
                added.append(d)
            continue
        c, j = found
        if any(j in e.m.toks and e.source and e.target for e in drafts):
            continue  # the blaming word is an event of its own ("is an insult"): read there
        sent = toks[j].sent
        # the subject lies inside the quotation with its copula, else between the speech verb and
        # the copula ("said the expulsions were 'unjustified'")
        lo = qa if c >= qa else ctx.doc.sents[sent].tok_start
        if 0 <= c < qa and q.cue is not None and q.cue.end <= toks[c].start:
            lo = ctx.tok_at(q.cue.end - 1) + 1
        named, target = _subject(ctx, drafts, c, lo, q.speaker, data) if c >= 0 else (False, None)
        if not named:
            target = _judged_doer(ctx, drafts, qa, sent, q.speaker, data)
        if target is None:
            continue
        d = _charge(ctx, drafts, q, j, target, data)
        if d is not None:
            added.append(d)
    if not added:
        return drafts
    return sorted(drafts + added, key=lambda d: d.m.ta)


def _charge(ctx: _Ctx, drafts: list[Draft], q: Quote, j: int, target: str, data: _Data) -> Draft | None:
    """The speaker's ACCUSE at `target`, anchored at token `j`; None when the target is the speaker's
    side, or the sentence already tells the speaker's charge against that party."""
    speaker = q.speaker
    if not speaker or _same_side(ctx, target, [speaker]):
        return None
    sent = ctx.toks[j].sent
    if any(j in e.m.toks and e.source and e.target for e in drafts):
        return None  # the word is an event of its own ("is an insult"): read there
    if any(
        e.sent == sent
        and e.m.trig.type in data.judge_types
        and any(_same_side(ctx, a, [speaker]) for a in e.source)
        and any(_same_side(ctx, t, [target]) for t in e.target)
        for e in drafts
    ):
        return None  # the sentence already tells the speaker's charge against that party
    d = Draft(m=Match(data.charge, j, j + 1, [j]), sent=sent, source=[speaker], target=[target])  # type: ignore[arg-type]
    d.quote = q
    d.attributed = [speaker]
    d.modality = "reported"
    return d
