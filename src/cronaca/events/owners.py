"""Sides that news English (and Italian) names only through an owner or an earlier act (round two):

- `_charge_phrases`: a blaming adjective on a deed or claim noun inside a quotation ("Hamas's
  delusional demands", "the 'separatist acts' of its new leader", "le pretese deliranti di Hamas")
  is the speaker's charge against the noun's owner: ACCUSE (CAMEO 111) speaker -> owner.
- `_told_before`: a deed noun after a demonstrative ("these drills", "questi attacchi") points back
  to an act already told (one of its type earlier in the article): no new event; a treaty or deal
  named by its year ("the 1979 peace treaty") is a standing agreement, no act.
- `_concession_targets`: a concession with no party named ("after Hungary dropped its objections")
  yields to the doer of the act it lets through, the nearest event before it in the sentence whose
  doer is on another side.
- `_group_targets`: measures "on commanders", "against officials" with no country named hit the
  country the article is about (the country mentioned most, other than the doer's).

Data: `triggers.yaml` `roles:` (`demonstratives`, `dated_types`, `concession_types`,
`group_target_types`, `target_groups`) and `modality.yaml` `charges:` (`adjectives`, `nouns`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache

from cronaca import lang as langpacks
from cronaca.events.codes import _same_side, _untargeted_judgement
from cronaca.events.context import _PUNCT, _QUOTE_MARKS, Draft, Match, _Ctx, _positions
from cronaca.events.lexicons import Trigger, coded_trigger
from cronaca.events.phrases import _after_article, _word_after


@dataclass(frozen=True, slots=True)
class _Owners:
    demonstratives: frozenset[str] = frozenset()
    dated: frozenset[str] = frozenset()  # types whose noun named by a year is a standing thing
    conceding: frozenset[str] = frozenset()
    subordinators: frozenset[str] = frozenset()  # "after Hungary dropped ...": a conjunction, no preposition
    group_types: frozenset[str] = frozenset()
    groups: frozenset[str] = frozenset()  # unnamed people a measure hits ("commanders", "officials")
    adjectives: frozenset[str] = frozenset()  # blaming adjectives ("delusional", "separatist")
    nouns: frozenset[str] = frozenset()  # deed or claim nouns they blame ("demands", "acts")
    charge: Trigger | None = None
    judged: frozenset[str] = frozenset()  # measures whose victim may call them illegitimate ("the sanctions were illegal")
    refute: Trigger | None = None
    documents: frozenset[str] = frozenset()  # texts someone adopted ("welcomed the resolution")
    modals: frozenset[str] = frozenset()  # a quoted question opened by one asks its subject to act
    ask: Trigger | None = None


@cache
def _owners(lang: str) -> _Owners:
    roles = (langpacks.load_yaml(lang, "triggers") or {}).get("roles") or {}
    charges = (langpacks.load_yaml(lang, "modality") or {}).get("charges") or {}

    def fs(d: dict, k: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in d.get(k) or [])

    trig = coded_trigger("ACCUSE", "111", noun=True)
    refute = coded_trigger("REJECT", "120")
    ask = coded_trigger("REQUEST", "020")
    return _Owners(
        modals=fs(charges, "question_modals"),
        documents=fs(roles, "document_nouns"),
        ask=ask,
        judged=frozenset(str(w) for w in roles.get("judged_measure_types") or []),
        refute=refute,
        demonstratives=fs(roles, "demonstratives"),
        dated=frozenset(str(w) for w in roles.get("dated_types") or []),
        conceding=frozenset(str(w) for w in roles.get("concession_types") or []),
        subordinators=fs(roles, "subordinators"),
        group_types=frozenset(str(w) for w in roles.get("group_target_types") or []),
        groups=fs(roles, "target_groups"),
        adjectives=fs(charges, "adjectives"),
        nouns=fs(charges, "nouns"),
        charge=trig,
    )


def _owner_after(ctx: _Ctx, j: int, hi: int) -> str | None:
    """The actor of an "of X" phrase starting at token `j` ("of its new leader, Lai Ching-te"):
    the first mention within six words, across one comma of apposition; None at a clause break."""
    if j >= hi or ctx.lex.prep.get(ctx.lows[j]) != "of":
        return None
    for k in range(j + 1, min(hi, j + 7)):
        u = ctx.unit_at[k]
        if u is not None:
            return u.actor
        w = ctx.lows[k]
        if w == ",":
            nxt = ctx.unit_at[k + 1] if k + 1 < hi else None
            return nxt.actor if nxt is not None else None
        if w in _PUNCT or w in ctx.lex.clause or k in ctx.trigger_tok:
            return None
    return None


def _owner_before(ctx: _Ctx, k: int, lo: int) -> str | None:
    """The possessor right before token `k` ("Hamas's"): a mention followed by a possessive marker."""
    if k - 1 >= lo and ctx.lows[k] in ctx.lex.possessive:
        u = ctx.unit_at[k - 1]
        return u.actor if u is not None else None
    u = ctx.unit_at[k] if k >= lo else None
    if u is not None and ctx.toks[k].text.endswith(("'s", "’s")):
        return u.actor
    return None


def _charge_phrases(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """New drafts for blaming adjective + deed noun in a quotation, aimed at the noun's owner. Only
    inside a quotation with a speaker (the speaker is the accuser; outside quotes the adjective may
    be the reporter's description)."""
    o = _owners(ctx.doc.meta.lang or "it")
    if not o.adjectives or not o.nouns or not ctx.quotes:
        return []
    # a trigger already on the adjective is another reading; one on the noun ("demands") is the owner's
    # act blamed, taken over by the charge in `_told_before`
    taken = {k for d in drafts for k in d.m.toks}
    out: list[Draft] = []
    lows = ctx.lows
    for i in _positions(lows, o.adjectives & ctx.low_set):  # a few words: no per-token Python loop
        if i in taken:
            continue
        s = ctx.toks[i].sent
        sent = ctx.doc.sents[s]
        lo, hi = sent.tok_start, sent.tok_end
        # adjective + noun (English) or noun + adjective (Italian); a quote mark may stand between
        if i + 1 < hi and lows[i + 1] in o.nouns:
            a, b = i, i + 2
        elif i - 1 >= lo and lows[i - 1] in o.nouns:
            a, b = i - 1, i + 1
        else:
            continue
        q = ctx.quote_at(ctx.toks[a].start)
        if q is None or not q.speaker:
            continue
        # the owner: "X's <adj> <noun>", or "<noun> of X" after the phrase (a closing quote may sit between)
        k = a - 1
        while k >= lo and lows[k] in _QUOTE_MARKS:
            k -= 1
        owner = _owner_before(ctx, k, lo)
        if owner is None:
            j = b
            while j < hi and lows[j] in _QUOTE_MARKS:
                j += 1
            owner = _owner_after(ctx, j, hi)
        if owner is None or owner == q.speaker or _same_side(ctx, owner, [q.speaker]):
            continue
        d = Draft(m=Match(o.charge, a, b, list(range(a, b))), sent=s, source=[q.speaker], target=[owner])
        d.quote = q
        out.append(d)
    return out


def _told_before(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """Drop a noun that only points back: after a demonstrative, when an event of its type was told
    earlier ("we are monitoring these drills"); and a standing agreement named by its year."""
    o = _owners(ctx.doc.meta.lang or "it")
    if not o.demonstratives and not o.dated:
        return drafts
    seen: set[str] = set()
    charged = {k for d in drafts if d.m.trig is o.charge for k in d.m.toks}
    keep: list[Draft] = []
    for d in sorted(drafts, key=lambda d: d.m.ta):
        trig = d.m.trig
        if trig is o.charge and _charged_already(ctx, d, drafts):
            continue
        if trig is not o.charge and d.m.ta in charged:
            continue  # "Hamas's delusional demands": the demand is the owner's, blamed by the speaker
        lo = ctx.doc.sents[d.sent].tok_start
        k = d.m.ta - 1
        while k >= lo and ctx.lows[k] in _QUOTE_MARKS:
            k -= 1
        if trig.noun and k >= lo and ctx.lows[k] in o.demonstratives and trig.type in seen:
            continue
        if trig.noun and trig.type in o.dated and _year_before(ctx, d.m.ta, lo):
            continue
        seen.add(trig.type)
        keep.append(d)
    order = {id(d): n for n, d in enumerate(drafts)}
    keep.sort(key=lambda d: order[id(d)])
    return keep


def _charged_already(ctx: _Ctx, d: Draft, drafts: list[Draft]) -> bool:
    """Does another verbal event of the sentence already go from the speaker's side to the owner's
    ("'North Korea's illegal acts will surely pay a price,' he said": the threat says it)?"""
    for e in drafts:
        if e is d or e.sent != d.sent or e.m.trig.type in ctx.lex.material or not e.source or not e.target:
            continue
        if e.m.ta in d.m.toks:
            continue  # the noun's own reading ("demands"), dropped for the charge
        if any(_same_side(ctx, a, d.source) for a in e.source) and any(_same_side(ctx, a, d.target) for a in e.target):
            return True
    return False


def _year_before(ctx: _Ctx, ta: int, lo: int) -> bool:
    """A year among the (at most three) modifiers before a noun, after its article: "the 1979 peace
    treaty", "the 2015 nuclear deal"."""
    for k in range(ta - 1, max(lo - 1, ta - 4), -1):
        w = ctx.lows[k]
        if len(w) == 4 and w.isdigit() and w[:2] in ("19", "20"):
            return True
        if w in ctx.lex.det or w in _PUNCT or ctx.unit_at[k] is not None:
            return False
    return False


def _concession_targets(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A concession with a doer and no party yields to the doer of the nearest event before it in
    its sentence on another side ("EU ambassadors agreed on sanctions ... after Hungary dropped its
    objections" -> Hungary -> EU)."""
    o = _owners(ctx.doc.meta.lang or "it")
    if not o.conceding:
        return
    for i, d in enumerate(drafts):
        if d.m.trig.type not in o.conceding or d.target or d.m.trig.sym or d.m.trig.noun:
            continue
        # "after Hungary dropped": the name after a subordinating conjunction is the clause's subject
        # (the role words read "after" as a preposition governing it)
        vg = d.vg[1] if d.vg[1] >= 0 else d.m.ta
        u = ctx.unit_at[vg - 1] if vg - 1 >= ctx.doc.sents[d.sent].tok_start else None
        if u is not None and u.ts - 1 >= 0 and ctx.lows[u.ts - 1] in o.subordinators:
            d.source = [u.actor]
        if not d.source:
            continue
        if d.own_side or d.modality != "asserted":
            continue  # the clause named its party (one of the doer's side), or it is a claim ("denied it had given in")
        for e in reversed(drafts[:i]):
            if e.sent != d.sent:
                break
            if e.source and not any(_same_side(ctx, a, d.source) for a in e.source):
                d.target = list(e.source[:1])
                break


def _group_targets(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A measure "on/against <unnamed people>" ("impose sanctions on commanders who block aid") with
    no target hits the country the article is about: the country with most mentions, not the doer's."""
    o = _owners(ctx.doc.meta.lang or "it")
    if not o.group_types or not o.groups:
        return
    counts: Counter[str] | None = None
    for d in drafts:
        if d.m.trig.type not in o.group_types or not d.source or d.target:
            continue
        hi = ctx.doc.sents[d.sent].tok_end
        j = d.m.tb
        if j >= hi or ctx.lex.prep.get(ctx.lows[j]) != "target":
            continue
        hit = False
        for k in range(j + 1, min(hi, j + 4)):
            if ctx.unit_at[k] is not None or ctx.lows[k] in _PUNCT:
                break
            if ctx.lows[k] in o.groups:
                hit = True
                break
        if not hit:
            continue
        if counts is None:
            counts = Counter()
            for a in ctx.doc.actors:
                if a.country and not a.igo:
                    counts[a.country] += len(a.mentions)
        doer = {ctx.actors[a].country for a in d.source if a in ctx.actors}
        best = [c for c, n in counts.most_common() if c not in doer and n >= 2]
        if not best:
            continue
        cands = [a for a in ctx.doc.actors if a.country == best[0] and not a.igo]
        cands.sort(key=lambda a: (a.kind != "GPE" or bool(a.sector), -len(a.mentions)))
        d.target = [cands[0].id]



def _judged_measures(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """A measure against the speaker's side called illegitimate ("Zakharova said the sanctions were
    'illegitimate'", "Pechino ha detto che i dazi sono illegali") is the speaker's rejection of it:
    REJECT speaker -> the measure's doer, anchored at the blaming word; the definite measure noun
    itself tells the measure again and is dropped. Run once the sides are filled."""
    o = _owners(ctx.doc.meta.lang or "it")
    lex = ctx.lex
    if not o.judged or not lex.copula or not lex.negative or o.refute is None:
        return drafts
    out: list[Draft] = []
    for d in drafts:
        out.append(d)
        trig = d.m.trig
        if not (trig.noun and d.definite and trig.type in o.judged and d.source and d.target and d.attributed):
            continue
        speaker = d.attributed[:1]
        if not any(_same_side(ctx, t, speaker) for t in d.target) or any(_same_side(ctx, a, speaker) for a in d.source):
            continue
        hi = ctx.doc.sents[d.sent].tok_end
        j = d.m.tb
        if j >= hi or ctx.lows[j] not in lex.copula:
            continue
        hit = _word_after(ctx, j + 1, min(hi, j + 5), lex.negative)
        if hit < 0:
            continue
        r = Draft(m=Match(o.refute, hit, hit + 1, [hit]), sent=d.sent, source=list(speaker), target=list(d.source))
        r.modality = d.modality
        r.quote = ctx.quote_at(ctx.toks[hit].start) or d.quote
        r.attributed = list(speaker)
        r.date, r.date_source = d.date, d.date_source
        out[-1] = r  # the measure told again by its judge: no new measure
    return out


def _quoted_questions(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """A question in a quotation that asks whether someone will act ("Will he finally sit down and
    negotiate?", "Quando fermerà i bombardamenti?" is not covered: only a modal opener) is a demand on
    that someone: REQUEST speaker -> the subject, anchored at the question's last word. The subject is a
    mention, or a pronoun standing for the party the speaker last aimed an event at (in this sentence
    or the two before: "Starmer accused the government ... 'Will he negotiate?' he asked")."""
    o = _owners(ctx.doc.meta.lang or "it")
    if not o.modals or o.ask is None or not ctx.quotes:
        return drafts
    lows = ctx.lows
    out = drafts
    for s in ctx.doc.sents:
        lo, hi = s.tok_start, s.tok_end
        while lo < hi and lows[lo] in _QUOTE_MARKS:
            lo += 1  # the quotation opens with the question
        if hi - lo < 3 or lows[lo] not in o.modals:
            continue
        end = next((k for k in range(lo + 2, hi) if lows[k] == "?"), -1)
        if end < 0 or not lows[end - 1].isalpha():
            continue
        q = ctx.quote_at(ctx.toks[lo].start)
        if q is None or not q.speaker:
            continue
        speaker = [q.speaker]
        u = ctx.unit_at[lo + 1]
        if u is not None:
            who = [u.actor]
        elif lows[lo + 1] in ctx.lex.pronouns and lows[lo + 1] not in ("i", "we"):
            who = []
            for e in reversed(drafts):
                if e.sent > s.i or e.sent < s.i - 2 or not e.target:
                    continue
                if any(_same_side(ctx, a, speaker) for a in e.source):
                    who = [t for t in e.target if not _same_side(ctx, t, speaker)][:1]
                    if who:
                        break
        else:
            continue
        if not who or any(_same_side(ctx, a, speaker) for a in who):
            continue
        k = end - 1
        r = Draft(m=Match(o.ask, k, k + 1, [k]), sent=s.i, source=speaker, target=who)
        r.modality = "reported"
        r.quote = q
        r.attributed = speaker
        prev = [e for e in drafts if e.sent in (s.i, s.i - 1) and e.date]
        if prev:
            r.date, r.date_source = prev[-1].date, prev[-1].date_source
        out = [*out, r]
        # the cue after the question ("... act?' Poilievre asked") is this request, not an open appeal
        out = [e for e in out if not (e.sent == s.i and e.m.ta > end and e.m.trig.type == "REQUEST" and not e.target)]
    if out is not drafts:
        out.sort(key=lambda d: d.m.ta)
    return out


def _judged_doers(ctx: _Ctx, drafts: list[Draft], open_ids: set[int]) -> None:
    """A judgement of an event noun whose doer was filled only after the roles (a definite measure
    that refers back: "Beijing opposed the listing of Chinese companies" -> whoever did the listing)
    is aimed at that doer, not at a side filled in meanwhile from the claims or events around
    (`open_ids`: judgements left with no target by the roles)."""
    for d in drafts:
        e = d.judged
        if e is None or id(d) not in open_ids or not d.source or not e.source:
            continue
        doers = [a for a in e.source if not _same_side(ctx, a, d.source)]
        if doers:
            d.target = doers[:1]


def _document_authors(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A judgement of a definite document with no author named ("the RSF welcomed the resolution")
    is aimed at the doer of the last event told in a sentence that named such a document before
    ("the Security Council called for a truce ... in a resolution adopted by 14 votes")."""
    o = _owners(ctx.doc.meta.lang or "it")
    lex = ctx.lex
    if not o.documents:
        return
    for d in drafts:
        if not _untargeted_judgement(ctx, d):
            continue
        hi = ctx.doc.sents[d.sent].tok_end
        k = _after_article(ctx, d)
        if k < 0 or k >= hi or ctx.lows[k] not in o.documents or (k + 1 < hi and lex.prep.get(ctx.lows[k + 1]) == "of"):
            continue
        noun = ctx.lows[k]
        for e in reversed(drafts):
            if e.sent >= d.sent or not e.source:
                continue
            s = ctx.doc.sents[e.sent]
            if noun in ctx.lows[s.tok_start : s.tok_end]:
                doers = [a for a in e.source if not _same_side(ctx, a, d.source)]
                if doers:
                    d.target = doers[:1]
                break
