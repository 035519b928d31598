"""Verbal events and their sides: charges and demands voiced about a subject (`_voiced`,
`_voiced_policy`), refusals (a negated yielding verb is a REJECT), threats predicated by a copula,
open appeals (a request to no one named), denials linked to the claim they reject, claims named as
what a rejection rejects, official protests (a state's protest is a complaint, ACCUSE), and the
government that authored a judged policy.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from cronaca import lang as langpacks
from cronaca.events.codes import _domestic_side, _government_of, _same_side
from cronaca.events.context import _PUNCT, _QUOTE_MARKS, Draft, _Ctx
from cronaca.events.subjects import _verb_group_start


def _voiced(ctx: _Ctx, d: Draft) -> None:
    """A charge or demand voiced about its subject: the speaker is the source, the subject the
    target. Unattributed, or about no party of its own, it is no event (no implied side either)."""
    speaker = d.attributed[:1]
    about = [a for a in d.source if a not in speaker and not _same_side(ctx, a, speaker)] if speaker else []
    # "the warring parties must heed ...", "le parti devono ...": the article's two sides
    lo = ctx.doc.sents[d.sent].tok_start
    d.parties = bool(speaker) and not about and not ctx.lex.parties.isdisjoint(ctx.lows[max(lo, d.m.ta - 4) : d.m.ta])
    if speaker and not about and not d.parties and d.quote is not None and d.quote.addressee:
        # "'those who play with fire will perish by it', Xi told Biden": aimed at the addressee
        if not _same_side(ctx, d.quote.addressee, speaker):
            about = [d.quote.addressee]
    d.source = speaker if (about or d.parties) else []
    d.target = about
    d.own_side = not about and not d.parties


def _voiced_policy(ctx: _Ctx, d: Draft) -> None:
    """A demand voiced about a policy with no author named ("«The reform must be withdrawn»", "«il
    decreto deve essere ritirato»", said by a union) is aimed at the government of the speaker's
    country (`roles.policy_nouns`), when the speaker is not the state itself."""
    lex = ctx.lex
    if d.target or d.parties or not d.attributed or not lex.policy_nouns:
        return
    lo = ctx.doc.sents[d.sent].tok_start
    k = d.m.ta - 1
    while k >= lo and (ctx.lows[k] in lex.aux or ctx.lows[k] in _QUOTE_MARKS):
        k -= 1
    if k < lo or (ctx.lows[k] not in lex.policy_nouns and ctx.toks[k].lemma not in lex.policy_nouns):
        return
    speaker = ctx.actors.get(d.attributed[0])
    if speaker is None or not speaker.country or _domestic_side(ctx, speaker.sector) == "":
        return
    gov = _government_of(ctx, speaker.country)
    if gov:
        d.source = [speaker.id]
        d.target = gov
        d.own_side = False


def _refusals(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A negated yielding verb is a refusal (docs/conventions.md): "non accetteremo mai quote imposte
    da Bruxelles", "we will not back down", "will not let Brussels ..." -> REJECT, with modality
    `intent` when it is a commitment (future or "will/would"), else `asserted` ("did not accept").
    A `refusal` verb not negated is no event. What a request asks for ("ha invitato a non cedere",
    "urged them not to give in") is the request's content, not a refusal: left as it is."""
    lex = ctx.lex
    if not lex.refuse:
        return
    drop: list[Draft] = []
    for d in drafts:
        twin = lex.refuse.get(d.m.trig)
        if twin is None:
            continue
        lo = ctx.doc.sents[d.sent].tok_start
        vg = d.vg[1] if d.vg[0] == lo else _verb_group_start(ctx, d.m, lo)
        group = ctx.lows[vg : d.m.ta]
        k = vg - 1
        while k >= lo and ctx.lows[k] in _QUOTE_MARKS:
            k -= 1
        infinitive = (k >= lo and ctx.lows[k] in lex.comp_inf) or not lex.comp_inf.isdisjoint(group)
        # "non accettiamo che i nostri militari ...": a state of affairs deplored, not a party refused
        clause = d.m.tb < len(ctx.lows) and ctx.lows[d.m.tb] in lex.comp_that
        if d.modality != "negated" or infinitive or clause:
            if d.m.trig.refusal:
                drop.append(d)
            continue
        if d.m.trig.sym and not twin.sym and len(d.source) >= 2:
            _refusal_sides(ctx, d)
        d.m = replace(d.m, trig=twin)
        d.refusal = True
        low = ctx.lows[d.m.ta]
        future = not lex.commitment.isdisjoint(group) or (bool(lex.future_endings) and low.endswith(lex.future_endings))
        # a commitment is `intent`; a present refusal keeps where it was said ("Israele non si fida")
        d.modality = "intent" if future else ("reported" if d.quote is not None or d.attributed else "asserted")
    if drop:
        drafts[:] = [d for d in drafts if d not in drop]


def _refusal_sides(ctx: _Ctx, d: Draft) -> None:
    """A symmetric verb refused ("the Kremlin would not negotiate with Kyiv"): the participant named
    last before the trigger in the sentence (its subject) refuses the others, not each other. With
    no participant named before the trigger in the sentence (a pronoun subject), the first one is kept."""
    s = ctx.doc.sents[d.sent]
    at = ctx.toks[d.m.ta].start
    parts = list(dict.fromkeys(d.source))
    before: dict[str, int] = {}
    for a in ctx.doc.actors:
        if a.id in parts:
            starts = [m.start for m in a.mentions if s.start <= m.start < at]
            if starts:
                before[a.id] = max(starts)
    subj = max(before, key=before.__getitem__) if before else parts[0]
    d.source = [subj]
    d.target = [a for a in parts if a != subj]


def _copular_threats(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A threat noun predicated of something ("NATO's expansion was a direct threat", "la presenza
    delle truppe è una minaccia"), or a verb of threat with no party as object ("the programme
    threatened peace and security"), is no threat made: the speaker calls its owner a threat, an
    ACCUSE from the speaker (quote or speech verb) to that owner. An attack predicated on no party
    ("«This is an attack on the right to strike»") is the speaker's charge too, its target left to
    the events around. Unattributed, they stay as they are."""
    lex = ctx.lex
    if not lex.copula or not lex.characterize:
        return
    for d in drafts:
        twin = lex.characterize.get(d.m.trig)
        if twin is None or not d.attributed:
            continue
        lo = ctx.doc.sents[d.sent].tok_start
        k = d.m.ta - 1
        skipped = 0
        while k >= lo and skipped < 4 and (
            ctx.lows[k] in lex.det or ctx.lows[k] in _QUOTE_MARKS or (ctx.lows[k].isalpha() and ctx.lows[k] not in lex.copula and ctx.unit_at[k] is None and k not in ctx.trigger_tok and ctx.lows[k] not in lex.prep)
        ):
            k -= 1
            skipped += 1
        if d.m.trig.type == "ASSAULT":
            # "«This is an attack on the right to strike»": an attack on no party is a charge
            # (a source that is only the quote's speaker is no doer named: "«This is an attack ...», said X")
            named = [a for a in d.source if a not in d.attributed]
            if k < lo or ctx.lows[k] not in lex.copula or named or not _abstract_object(ctx, d.m.tb, after_prep=True):
                continue
            d.m = replace(d.m, trig=twin)
            d.source = d.attributed[:1]
            d.target = []
            d.own_side = False
            continue
        if not d.m.trig.noun:
            # "Pyongyang's weapons programme threatened «peace and security»": a verb of threat whose
            # object is no party (nor "to/di + verb") describes a danger; the speaker blames its doer
            if not _abstract_object(ctx, d.m.tb, after_prep=False):
                continue
        elif k < lo or ctx.lows[k] not in lex.copula:
            continue
        speaker = d.attributed[:1]
        owner = [a for a in d.source if not _same_side(ctx, a, speaker)]
        d.m = replace(d.m, trig=twin)
        d.source = speaker
        d.target = owner[:1]
        d.own_side = not owner


def _abstract_object(ctx: _Ctx, k: int, after_prep: bool) -> bool:
    """Is what follows token k (an object, or with `after_prep` the object of a target preposition:
    "an attack on the right to strike") a common noun with no party in the next words?"""
    lex = ctx.lex
    n = len(ctx.toks)
    if after_prep:
        if k >= n or lex.prep.get(ctx.lows[k]) != "target":
            return False
        k += 1
    elif lex.adverb:
        j = k
        while j < n and ctx.lows[j] in _QUOTE_MARKS:
            j += 1
        if j < n and len(ctx.lows[j]) > 4 and ctx.lows[j].endswith(lex.adverb):
            return False  # 'would respond "firmly and in kind" if ...': a manner adverb, no object
    while k < n and (ctx.lows[k] in lex.det or ctx.lows[k] in _QUOTE_MARKS):
        k += 1
    if k >= n or not ctx.lows[k].isalpha() or ctx.toks[k].is_title:
        return False
    w = ctx.lows[k]
    if w in lex.comp_inf or w in lex.comp_that or w in lex.prep or w in lex.aux or w in lex.clause:
        return False
    sent = ctx.toks[k].sent
    # up to the next preposition: "the security of Europe" is still no party
    for j in range(k, min(n, k + 4)):
        if ctx.toks[j].sent != sent or (j > k and ctx.lows[j] in lex.prep):
            break
        if ctx.unit_at[j] is not None or j in ctx.trigger_tok:
            return False
    return True


def _open_appeals(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A request addressed to no one named ("ha invitato tutti a «toni più sereni»", "ha sollecitato
    l'ingresso degli aiuti", "called for calm") is an appeal with no target: no party stands after the
    verb in its clause, nor a common-noun addressee (`roles.addressees`: "pressed allies to ...").
    It is kept with its source alone, and no implied side is guessed for it. Asking for the end of a
    hostile deed ("ha chiesto la fine degli attacchi") is aimed at its doer: not an open appeal."""
    lex = ctx.lex
    for d in drafts:
        trig = d.m.trig
        if trig.noun or trig.sym or trig.voiced or trig.type != "REQUEST" or d.target or d.own_side or d.parties:
            continue
        if d.quote is not None or d.inherit is not None or not d.source:
            continue  # inside a quotation or sharing a subject: the clause is too short to tell
        if not lex.reflexive.isdisjoint(ctx.lows[d.vg[1] : d.m.ta]):
            continue  # "si è chiesto" (wondered), "si propone": no request
        s = ctx.doc.sents[d.sent]
        k = d.m.tb
        if k < s.tok_end and ctx.lows[k] in lex.comp_that:
            k += 1  # "ha auspicato che Roma si opponga": the one asked is the subject of the wish
        open_ = True
        while k < s.tok_end and ctx.lows[k] not in lex.clause and ctx.lows[k] not in (".", ";", ":", "?", "!"):
            w = ctx.lows[k]
            if (
                ctx.unit_at[k] is not None
                or w in lex.addressees
                or ctx.toks[k].lemma in lex.addressees
                or (k in ctx.trigger_tok and k not in ctx.verb_tok and _hostile(ctx, k))
            ):
                open_ = False
                break
            k += 1
        if open_:
            d.open_appeal = True
            d.own_side = True  # no implied target either


def _hostile(ctx: _Ctx, k: int) -> bool:
    """Is the noun trigger on token k a hostile deed (material conflict, PLOVER quad class 4)?"""
    for trig in ctx.lex.by_form.get(ctx.lows[k], []) + ctx.lex.by_key.get(ctx.lows[k], []) + ctx.lex.by_key.get(
        ctx.toks[k].lemma, []
    ):
        if trig.noun and trig.quad == 4:
            return True
    return False


def _denials(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A denial rejects the claim before it: the last accusation in its sentence or the one before,
    else the last event there. The target is whoever made the claim (the accuser, or the speaker the
    claim is attributed to); an explicit object keeps its place."""
    for i, d in enumerate(drafts):
        # a rejection with no object of its own ("richiesta che il Palazzo di Vetro ha respinto")
        # rejects the claim or request before it, like a denial
        if not d.m.trig.deny and not (d.m.trig.type == "REJECT" and not d.target):
            continue
        if d.refusal:
            continue  # "we will not back down" refuses an adversary (_implied_sides), no earlier claim
        earlier = [
            e for e in drafts[:i] if e.sent in (d.sent, d.sent - 1) and not e.m.trig.deny and e.source
        ]
        same = [e for e in earlier if e.sent == d.sent]
        prev = [e for e in earlier if e.sent != d.sent]
        denied = None
        wanted = ("ACCUSE",) if d.m.trig.deny else ("REQUEST", "ACCUSE")
        for pool in (same, prev):
            acc = [e for e in pool if e.m.trig.type in wanted]
            if acc:
                denied = acc[-1]
            elif pool:
                denied = pool[-1]
            if denied is not None:
                break
        if denied is None:
            continue
        d.denies = denied
        if d.target:
            continue
        if denied.m.trig.type in ("ACCUSE", "REQUEST"):
            claimant = denied.source
        else:
            claimant = denied.attributed or denied.source
        d.target = [a for a in claimant if a not in d.source and not _same_side(ctx, a, d.source)]
        if not d.target:
            # the claim came from someone else: the last other side named before
            for e in reversed(earlier):
                other = [a for a in e.source + e.target if not _same_side(ctx, a, d.source)]
                if other:
                    d.target = other[:1]
                    break


def _rejected_claims(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A claim, demand or threat named as the object of a rejection ("ha respinto come propaganda le
    accuse ucraine", "denied the allegations", "calling the accusations lies") is what is rejected,
    an earlier speech act talked about again, not a new one."""
    lex = ctx.lex
    spoken = ("ACCUSE", "REQUEST", "THREATEN")
    gone: set[int] = set()
    for d in drafts:
        if d.m.trig.noun or d.m.trig.type != "REJECT":
            continue
        for e in drafts:
            if (
                # (a verb trigger after an article or a possessive is a noun: "rejected their calls for")
                (e.m.trig.noun or (e.m.ta > 0 and ctx.lows[e.m.ta - 1] in lex.det))
                and e.sent == d.sent
                and e.m.trig.type in spoken
                and 0 <= e.m.ta - d.m.tb <= 6
                and not any(ctx.lows[k] in _PUNCT or ctx.lows[k] in lex.clause for k in range(d.m.tb, e.m.ta))
            ):
                gone.add(id(e))
    if not gone:
        return
    drafts[:] = [d for d in drafts if id(d) not in gone]
    for d in drafts:
        if d.denies is not None and id(d.denies) in gone:
            d.denies = None


def _official_protests(ctx: _Ctx, drafts: list[Draft]) -> None:
    """States do not march or strike: a protest whose doer is the state itself (a country, its
    government, army or police) is an official complaint to its addressee ("Tokyo lodged a protest
    with Pyongyang" -> ACCUSE 114); with no addressee it is a misread doer ("the law ... during
    strikes", "the minister ... the marches") and no event."""
    if not ctx.lex.official:
        return
    places = _street_places(ctx.doc.meta.lang or "it")
    for d in drafts:
        twin = ctx.lex.official.get(d.m.trig)
        if twin is None or not d.source:
            continue
        if d.m.tb < len(ctx.lows) and ctx.lows[d.m.tb] in places:
            # "protested outside the US consulate", "hanno protestato davanti all'ambasciata": a
            # protest held at a place is a demonstration, whoever the doer was read as
            continue
        state = all(
            (a := ctx.actors.get(x)) is not None
            and not a.igo
            and bool(a.country)
            and _domestic_side(ctx, a.sector) == ""
            for x in d.source
        )
        if not state:
            continue
        if d.target:
            d.m.trig = twin
        else:
            d.source = []
            d.own_side = True


@cache
def _street_places(lang: str) -> frozenset[str]:
    """Prepositions of place right after a protest verb that make it a demonstration held there
    (second_acts.yaml `street_protest`), never an official complaint."""
    return frozenset(w.lower() for w in langpacks.words(lang, "second_acts", "street_protest"))


def _policy_authors(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A judgement of a policy with no author named ("Zingaretti ha definito il provvedimento una
    vergogna", "called the bill a disgrace") is aimed at the government that made it: the article's
    government actor of the judge's country, when the judge is not the state itself."""
    nouns = ctx.lex.policy_nouns
    if not nouns:
        return
    for d in drafts:
        if d.target or not d.source or d.m.trig.noun or d.m.trig.type not in ctx.lex.object_event:
            continue
        k = d.m.tb
        hi = ctx.doc.sents[d.sent].tok_end
        while k < hi and ctx.lows[k] in ctx.lex.det:
            k += 1
        if k >= hi or ctx.toks[k].lemma not in nouns and ctx.lows[k] not in nouns:
            continue
        judge = ctx.actors.get(d.source[0])
        if judge is None or not judge.country or _domestic_side(ctx, judge.sector) == "":
            continue
        gov = _government_of(ctx, judge.country)
        if gov:
            d.target = gov
