"""English speech acts that carry a second event (data: `lang/en/second_acts.yaml`; a language
without the file has these steps off).

- `_own_threats`: a warning whose complement announces the warner's own act ("Turkey warned that
  it would impose duties on European cars if Brussels did not scrap the measures", "..., warning
  that Russia would expel Polish diplomats") is a THREATEN, whatever words the act uses: the
  speaker commits its side to a consequence. The trigger table's warning is a threat only when a
  consequence word or an addressee follows (`match._announces_threat`); this reads the shape of the
  complement instead: a subject on the warner's side (a pronoun, a possessive phrase, a name of its
  side), a future modal, an action verb. A fate ("would face", "would be unable") is no threat.
- `_reporter_acts`: a speech-act verb coordinated after a reported clause ("Wang said Taiwan was
  ... and warned that ...", "the embassy said Washington respected Kenya's right ... but urged
  Nairobi ...") is the reporter's act: the quotes stage made the verb the cue of a quotation of the
  same speaker; a name inside the earlier quotation is no subject of the verb.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from cronaca import lang as langpacks
from cronaca.events.codes import _same_side
from cronaca.events.context import _PUNCT, _QUOTE_MARKS, Draft, Match, _Ctx
from cronaca.events.lexicons import Trigger
from cronaca.events.roles import _right_units, _roles


@dataclass(frozen=True, slots=True)
class _Data:
    cues: frozenset[str]
    links: frozenset[str]
    modals: frozenset[str]
    between: frozenset[str]
    pronouns: frozenset[str]
    possessives: frozenset[str]
    not_acts: frozenset[str]
    gerunds: frozenset[str]
    reporter_links: frozenset[str]
    reporter_adverbs: frozenset[str]
    uncued_types: frozenset[str]
    bare_judgements: frozenset[str]
    bare_objects: frozenset[str]
    label_verbs: frozenset[str]
    label_neutral: frozenset[str]
    label_reach: int
    app_openers: frozenset[str] = frozenset()
    app_possessive: frozenset[str] = frozenset()
    app_reach: int = 0
    one_per_side: bool = False
    restated_types: frozenset[str] = frozenset()
    new_meeting_verbs: frozenset[str] = frozenset()
    med_types: frozenset[str] = frozenset()
    med_participles: frozenset[str] = frozenset()
    med_agent: frozenset[str] = frozenset()
    med_reach: int = 0
    forum_types: frozenset[str] = frozenset()
    forum_preps: frozenset[str] = frozenset()
    forum_against: frozenset[str] = frozenset()
    forum_reach: int = 0
    forum_party_reach: int = 0
    abs_openers: frozenset[str] = frozenset()
    abs_ending: str = ""
    shared_types: frozenset[str] = frozenset()
    shared_first: frozenset[str] = frozenset()
    shared_links: frozenset[str] = frozenset()


@cache
def _data(lang: str) -> _Data:
    def w(*path: str) -> frozenset[str]:
        return frozenset(langpacks.words(lang, "second_acts", *path))

    return _Data(
        cues=w("own_threat", "cues"),
        links=w("own_threat", "links"),
        modals=w("own_threat", "modals"),
        between=w("own_threat", "between"),
        pronouns=w("own_threat", "pronouns"),
        possessives=w("own_threat", "possessives"),
        not_acts=w("own_threat", "not_acts"),
        gerunds=w("own_threat", "gerunds"),
        reporter_links=w("reporter_links"),
        reporter_adverbs=w("reporter_adverbs"),
        uncued_types=frozenset(t.upper() for t in w("reporter_uncued_types")),
        bare_judgements=w("bare_judgements"),
        bare_objects=w("bare_objects"),
        label_verbs=w("quoted_labels", "verbs"),
        label_neutral=w("quoted_labels", "neutral"),
        label_reach=int((langpacks.load_yaml(lang, "second_acts") or {}).get("quoted_labels", {}).get("reach", 0))
        if langpacks.has_data(lang, "second_acts")
        else 0,
        app_openers=w("apposition", "openers"),
        app_possessive=w("apposition", "possessive"),
        app_reach=int((langpacks.load_yaml(lang, "second_acts") or {}).get("apposition", {}).get("reach", 0))
        if langpacks.has_data(lang, "second_acts")
        else 0,
        shared_types=frozenset(t.upper() for t in langpacks.words(lang, "second_acts", "shared_addressee", "types")),
        shared_first=frozenset(t.upper() for t in langpacks.words(lang, "second_acts", "shared_addressee", "first_types")),
        shared_links=w("shared_addressee", "links"),
        abs_openers=w("absolute", "openers"),
        abs_ending=str((langpacks.load_yaml(lang, "second_acts") or {}).get("absolute", {}).get("gerund_ending") or "")
        if langpacks.has_data(lang, "second_acts")
        else "",
        forum_types=frozenset(t.upper() for t in langpacks.words(lang, "second_acts", "forum_complaints", "types")),
        forum_preps=w("forum_complaints", "forum_preps"),
        forum_against=w("forum_complaints", "against"),
        forum_reach=int((langpacks.load_yaml(lang, "second_acts") or {}).get("forum_complaints", {}).get("reach", 0))
        if langpacks.has_data(lang, "second_acts")
        else 0,
        forum_party_reach=int(
            (langpacks.load_yaml(lang, "second_acts") or {}).get("forum_complaints", {}).get("party_reach", 0)
        )
        if langpacks.has_data(lang, "second_acts")
        else 0,
        med_types=frozenset(t.upper() for t in langpacks.words(lang, "second_acts", "mediators", "types")),
        med_participles=w("mediators", "participles"),
        med_agent=w("mediators", "agent"),
        med_reach=int((langpacks.load_yaml(lang, "second_acts") or {}).get("mediators", {}).get("reach", 0))
        if langpacks.has_data(lang, "second_acts")
        else 0,
        restated_types=frozenset(t.upper() for t in langpacks.words(lang, "second_acts", "restated_objects", "types")),
        new_meeting_verbs=w("restated_objects", "new_meeting_verbs"),
        one_per_side=bool((langpacks.load_yaml(lang, "second_acts") or {}).get("one_per_side"))
        if langpacks.has_data(lang, "second_acts")
        else False,
    )


def _warn_trigger(ctx: _Ctx, cues: frozenset[str]) -> Trigger | None:
    """The trigger table's verb entry for a warning (THREATEN), to build a match on the cue."""
    for cue in sorted(cues):
        for trig in ctx.lex.by_key.get(cue, []):
            if not trig.noun and not trig.words and trig.type == "THREATEN":
                return trig
    return None


def _own_subject(ctx: _Ctx, k: int, hi: int, data: _Data) -> tuple[int, str | None, bool] | None:
    """The complement's subject at token `k`: (token after it, its actor or None, is it a pronoun or
    possessive phrase). None when the complement opens with no subject we can read."""
    w = ctx.lows[k]
    if w in data.pronouns:
        return k + 1, None, True
    if w in data.possessives:
        # "her party", "its armed forces": a short phrase of common nouns
        j = k + 1
        while j < min(hi, k + 4) and ctx.lows[j].isalpha() and ctx.unit_at[j] is None:
            if ctx.lows[j] in data.modals:
                break
            j += 1
        return (j, None, True) if j > k + 1 else None
    while k < hi and ctx.lows[k] in ctx.lex.det:
        k += 1
    u = ctx.unit_at[k] if k < hi else None
    if u is None or u.ts != k or u.kind in ("DEM", "LOC"):
        return None
    return u.te, u.actor, False


def _act_follows(ctx: _Ctx, k: int, hi: int, data: _Data) -> bool:
    """A future modal at `k`, then (past negations and adverbs) a verb that names an act."""
    if k >= hi or ctx.lows[k] not in data.modals:
        return False
    k += 1
    # a quotation may open on the verb: 'warned that it would "draw conclusions"'
    while k < hi and (ctx.lows[k] in data.between or ctx.lows[k] in _QUOTE_MARKS):
        k += 1
    if k >= hi or not ctx.lows[k].isalpha() or ctx.unit_at[k] is not None:
        return False
    t = ctx.toks[k]
    return ctx.lows[k] not in data.not_acts and t.lemma not in data.not_acts


def _own_threats(ctx: _Ctx, drafts: list[Draft]) -> tuple[list[Draft], list[tuple[Draft, str | None]]]:
    """Warnings that announce the warner's own act: THREATEN drafts (see the module docstring).
    Their target is the first party of another side named in the complement (the act's object, the
    party after "if"), else left to the steps after (threat contents, conditions, implied sides).
    A warner not known yet ("She urged Manila ... and warned that China would ...": a pronoun, a
    shared subject) is checked by `_own_threat_sides` once the pronouns are read; the drafts to check
    come back with the complement's actor (None for a pronoun subject)."""
    data = _data(ctx.doc.meta.lang or "it")
    pending: list[tuple[Draft, str | None]] = []
    if not data.cues:
        return drafts, pending
    toks, lows = ctx.toks, ctx.lows
    trig: Trigger | None = None
    by_start = {d.m.ta: d for d in drafts}
    added: list[Draft] = []
    replaced: set[int] = set()
    for i, t in enumerate(toks):
        if t.lemma not in data.cues and lows[i] not in data.cues:
            continue
        old = by_start.get(i)
        if old is not None and not (old.m.trig.noun and lows[i] in data.gerunds and not (old.source and old.target)):
            continue  # already a threat of the trigger table (or another event)
        if i in ctx.trigger_tok and old is None:
            continue
        s = ctx.doc.sents[t.sent]
        hi = s.tok_end
        k = i + 1
        if k < hi and lows[k] in data.links:
            k += 1
        if k >= hi:
            continue
        subj = _own_subject(ctx, k, hi, data)
        if subj is None:
            continue
        after, actor, pronoun = subj
        if not _act_follows(ctx, after, hi, data):
            continue
        if trig is None:
            trig = _warn_trigger(ctx, data.cues)
            if trig is None:
                return drafts, pending
        d = _roles(ctx, Match(trig, i, i + 1, [i]))
        if d is None:
            continue
        if not pronoun and actor is None:
            continue
        if d.source and actor is not None and not _same_side(ctx, actor, d.source):
            continue  # "warned that Russia would strike": another party's act, a risk told
        pending.append((d, actor))
        # the target: a party of another side in the complement (its object, its condition)
        d.target = [a for a in d.target if not _same_side(ctx, a, d.source)]
        if not d.target:
            for u, _g in _right_units(ctx, after, hi, stop_at_trigger=False, places=False):
                if u.kind == "LOC" or u.actor is None or _same_side(ctx, u.actor, d.source):
                    continue
                d.target = [u.actor]
                break
        if old is not None:
            replaced.add(id(old))
        ctx.trigger_tok.add(i)
        ctx.verb_tok.add(i)
        ctx.verb_draft[i] = d
        added.append(d)
    if not added:
        return drafts, pending
    out = [d for d in drafts if id(d) not in replaced] + added
    out.sort(key=lambda d: d.m.ta)
    return out, pending


def _own_threat_sides(ctx: _Ctx, drafts: list[Draft], pending: list[tuple[Draft, str | None]]) -> list[Draft]:
    """The warnings `_own_threats` added, once pronoun and shared subjects are read (run after
    `roles._complements`): dropped when the warner is still unknown or the complement's subject is
    on another side; a target on the warner's own side is none. A warning with a "that" clause of
    its own is no request's content ("urged Manila to stop ... and warned that China would ..."):
    one that `_complements` took for the request's infinitive is put back."""
    present = {id(d) for d in drafts}
    back: list[Draft] = []
    drop: set[int] = set()
    for d, actor in pending:
        if not d.source and d.inherit is not None:
            d.source = list(d.inherit.subject or d.inherit.source)
        if not d.source or (actor is not None and not _same_side(ctx, actor, d.source)):
            drop.add(id(d))
            continue
        d.target = [a for a in d.target if not _same_side(ctx, a, d.source)]
        if not d.target and d.inherit is not None and not d.inherit.m.trig.sym:
            # "urged Manila to stop ... and warned that China would ...": the consequence falls on
            # the party the coordinated speech act addressed (the implied sides avoid it after a
            # request, which is right for blame, not for a warning)
            d.target = [a for a in d.inherit.target if not _same_side(ctx, a, d.source)][:1]
        # with no party named in the sentence, no side is implied from the events around: "the
        # central bank warned that it would raise rates" threatens no one (a condition named after
        # "if" may still give one, `material._conditional_targets`)
        d.own_side = not d.target
        if id(d) not in present:
            back.append(d)
    if not (drop or back):
        return drafts
    out = [d for d in drafts if id(d) not in drop] + back
    out.sort(key=lambda d: d.m.ta)
    return out


def _reporter_acts(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A speech-act verb right after "and/but" that closes a reported clause, and is itself the cue
    of a quotation of the same speaker, is the speaker's act: the source is the quotation's speaker,
    the target the first party of another side after the verb (see the module docstring)."""
    data = _data(ctx.doc.meta.lang or "it")
    if not data.reporter_links or not ctx.quotes:
        return
    lows = ctx.lows
    for d in drafts:
        if d.m.trig.noun:
            continue
        ta = d.m.ta
        inside = d.quote is not None and d.quote.start <= ctx.toks[ta].start < d.quote.end
        cue = next((q for q in ctx.quotes if q.cue is not None and q.cue.start == ctx.toks[ta].start), None)
        if cue is not None and (cue.speaker is None or inside):
            continue  # inside a quotation: the speaker's words, not the reporter's verb
        if cue is None:
            if d.m.trig.type not in data.uncued_types:
                continue
            if inside:
                if d.quote.kind == "indirect":
                    _uncued(ctx, d, data)
                continue
            # past the end of the reported clause (the quotes stage ends it before "and blamed"):
            # the speaker's act when the subject was read inside that clause or its addressee slot
        s = ctx.doc.sents[d.sent]
        k = ta - 1
        while k >= s.tok_start and lows[k] in data.reporter_adverbs:
            k -= 1
        if k < s.tok_start or lows[k] not in data.reporter_links:
            continue
        k -= 1
        while k >= s.tok_start and (lows[k] in _QUOTE_MARKS or lows[k] == ","):
            k -= 1
        if k < s.tok_start:
            continue
        end = ctx.toks[k].end
        # the quotation the link closes: reported by the same speaker, ending right there
        prior = next(
            (
                q
                for q in ctx.quotes
                if q is not cue
                and q.speaker is not None
                and (cue is None or q.speaker == cue.speaker)
                and q.end in (end, end + 1)
                and q.start < end
            ),
            None,
        )
        if prior is None or prior.cue is None or prior.speaker is None:
            continue
        speaker = prior.speaker
        if any(_same_side(ctx, a, [speaker]) for a in d.source):
            continue  # (a subject of the speaker's side is kept: "Berlin wanted ..., and offered")
        if ctx.tok_at(prior.cue.start) in ctx.trigger_tok:
            continue  # "urged X to ... and called on Y": coordinated trigger verbs share their subject already
        if cue is None and not _subject_inside(ctx, d, min(prior.start, prior.cue.end), prior.end):
            # a verb that cues no quotation of its own ("said the police had acted with restraint
            # and blamed the opposition"): moved only when its subject was read inside the reported
            # clause, where a past participle after "had ... and" looked like the clause's own verb
            continue
        if cue is None:
            # the verbs that shared the misread subject take the speaker with the act ("and blamed X
            # and warned Y"), except the speaker's own words ("blamed X for ... 'an attempt to
            # topple ...'"): whose act a quoted label names is not the listener's, nor the speaker's
            for e in drafts:
                if e.inherit is d and e.source == d.source:
                    quoted = e.quote is not None and e.quote.start <= ctx.toks[e.m.ta].start < e.quote.end
                    e.source, e.subject, e.inherit = ([], [], None) if quoted else ([speaker], [speaker], None)
        d.source = [speaker]
        d.subject = [speaker]
        d.inherit = None
        if d.target and not any(_same_side(ctx, a, d.source) for a in d.target):
            continue
        hi = s.tok_end
        d.target = []
        for u, g in _right_units(ctx, d.m.tb, hi):
            if g not in (None, "target") or u.kind in ("LOC", "DEM") or u.actor is None:
                continue
            if not _same_side(ctx, u.actor, d.source):
                d.target = [u.actor]
            break


def _uncued(ctx: _Ctx, d: Draft, data: _Data) -> None:
    """A speech-act verb after "and" inside an indirect quotation that opened with a clause of its
    own ("told parliament that the police had acted with restraint and blamed the opposition ..."):
    the quotes stage ran the reported clause on over the coordinated verb, and "had acted ... and
    blamed" reads as one verb group whose subject is the reported clause's. When that subject was
    named inside the quotation before the link, the verb is the speaker's act."""
    q = d.quote
    if q is None or q.speaker is None or q.cue is None or q.cue.start >= q.start:
        return
    lows = ctx.lows
    s = ctx.doc.sents[d.sent]
    k = d.m.ta - 1
    while k >= s.tok_start and lows[k] in data.reporter_adverbs:
        k -= 1
    if k < s.tok_start or lows[k] not in data.reporter_links or ctx.toks[k].start <= q.start:
        return
    if q.speaker in d.source:
        return
    # (no side test here: "the police had acted ... and blamed" has a subject of the speaker's own
    # state, whose sector still decides the event's code)
    if not _subject_inside(ctx, d, q.start, ctx.toks[k].start):
        return
    d.source = [q.speaker]
    d.subject = [q.speaker]
    d.inherit = None


def _subject_inside(ctx: _Ctx, d: Draft, start: int, end: int) -> bool:
    """Is every source of the draft named inside the character span [start, end) (a reported
    clause), and nowhere between the span and the trigger?"""
    if not d.source:
        return False
    a = ctx.tok_at(start)
    b = d.m.ta
    inside: set[str] = set()
    for k in range(a, b):
        u = ctx.unit_at[k]
        if u is None or u.actor is None:
            continue
        if ctx.toks[k].start >= end:
            return False  # a party named after the clause: the verb may be its own
        inside.add(u.actor)
    return all(x in inside for x in d.source)


# a reflexive object names the doer itself ("a group calling itself the 'Council'"): a name, no label
_REFLEXIVE = frozenset({"itself", "himself", "herself", "themselves", "ourselves"})
# phrasal senses of "call": a demand or a summons, not a label
_PARTICLES = frozenset({"on", "for", "off", "up", "in", "out", "back", "upon", "into"})


def _quoted_labels(ctx: _Ctx, matches: list[Match]) -> list[Match]:
    """A labelling verb whose label is a quotation with no praising or neutral word ("called the
    offer 'an attempt to buy our silence'") blames its object: the verb's evaluative entry of the
    trigger table, as if a blaming word had followed (`match._match` keeps it only with one). Not a
    name ("calling itself the 'National Council'", "what it called 'Operation Dawn'"), not "called
    on/for", not "so-called"."""
    data = _data(ctx.doc.meta.lang or "it")
    if not data.label_verbs or not data.label_reach:
        return matches
    toks, lows, lex = ctx.toks, ctx.lows, ctx.lex
    n = len(toks)
    taken = {k for m in matches for k in m.toks}
    added: list[Match] = []
    for i, t in enumerate(toks):
        if t.lemma not in data.label_verbs or i in taken or ctx.unit_at[i] is not None:
            continue
        if i + 1 >= n or lows[i + 1] in _PARTICLES or lows[i + 1] in _REFLEXIVE:
            continue
        if i >= 1 and lows[i - 1] in ("-", "so"):
            continue  # "so-called"
        trig = next((tr for tr in lex.by_key.get(t.lemma, []) if tr.evaluative and not tr.words), None)
        if trig is None:
            continue
        q = -1
        for j in range(i + 1, min(n, i + 2 + data.label_reach)):
            if toks[j].sent != t.sent:
                break
            w = lows[j]
            if w in _QUOTE_MARKS and j + 1 < n and toks[j].end == toks[j + 1].start and toks[j + 1].sent == t.sent:
                q = j
                break
            if w in _PUNCT or w in lex.clause or w in _REFLEXIVE or (j > i + 1 and w in lex.conj):
                break
        if q < 0 or toks[q + 1].is_title and ctx.unit_at[q + 1] is None and lows[q + 1] not in lex.det:
            continue  # a name in quotation marks ("'Operation Dawn'")
        label: set[str] = set()
        for j in range(q + 1, min(n, q + 14)):
            if lows[j] in _QUOTE_MARKS or toks[j].sent != t.sent:
                break
            label.add(lows[j])
            label.add(toks[j].lemma)
        if not label or label & lex.positive or label & data.label_neutral:
            continue
        obj = {lows[j] for j in range(i + 1, q)} | {toks[j].lemma for j in range(i + 1, q)}
        if label & lex.falsity and obj & lex.claims and trig in lex.refute:
            trig = lex.refute[trig]  # "calling the charges 'pure fiction'": a claim rejected
        added.append(Match(trig, i, i + 1, [i]))
    if not added:
        return matches
    return sorted(matches + added, key=lambda m: m.ta)


def _bare_judgements(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A judgement with no object of its own ("Japan and Australia expressed concern.") is aimed at
    the doer of the hostile act told in the sentence right before, when that act has both
    its sides and the judge is on neither; after another judge's blame ("The State Department
    condemned the Chinese action."), at the one blamed (run after the implied sides: only what they
    left open)."""
    data = _data(ctx.doc.meta.lang or "it")
    if not data.bare_judgements:
        return
    lows = ctx.lows
    for d in drafts:
        if d.target or not d.source or d.m.trig.type != "ACCUSE" or lows[d.m.ta] not in data.bare_judgements:
            continue
        s = ctx.doc.sents[d.sent]
        k = d.m.tb
        while k < s.tok_end and lows[k] not in _PUNCT:
            if ctx.unit_at[k] is not None or k in ctx.trigger_tok or lows[k] not in data.bare_objects:
                break
            k += 1
        else:
            k = s.tok_end
        if k < s.tok_end and lows[k] not in _PUNCT:
            continue  # an object of its own: another step reads it
        if d.sent == 0:
            continue
        # (across a paragraph break too: news gives each reaction its paragraph, "In Washington, the
        # State Department condemned ... / Japan and Australia expressed concern.")
        told = [
            e
            for e in drafts
            if e.sent == d.sent - 1
            and e.source
            and e.target
            and (e.m.trig.quad or 0) >= 3
            and not e.m.trig.sym
            # an act told as done, not one feared or planned ("if Philippine forces came under attack")
            and e.modality in ("asserted", "reported")
            and not any(_same_side(ctx, a, d.source) for a in e.source + e.target)
        ]
        if told:
            e = told[-1]
            # another judge's blame ("the State Department condemned the Chinese action") is the
            # same reaction: aimed where it was; a deed or a threat, at its doer
            d.target = [e.target[0] if e.m.trig.type == "ACCUSE" else e.source[0]]


# speech acts whose second verb, sharing the first one's subject, is aimed where the first was
# ("demanded the release of Konteh and threatened the junta", "summoned ... and demanded that ...")
_SPEECH_TYPES = frozenset({"REQUEST", "THREATEN", "ACCUSE", "REJECT"})


def _late_shared_subjects(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A verb coordinated with an earlier one shares its subject (`subjects._subject` sets
    `inherit`); when the first verb's doer was found only late (a side implied, a definite subject
    read from the sentences before), the second verb is still empty. A speech act (a protest, a
    deed may be another doer's: "the marches", "March") takes that doer now, and
    a target: the first party of another side after it ("and demanded that Beijing ..."), else,
    for a speech act after a speech act, the first verb's target."""
    if not _data(ctx.doc.meta.lang or "it").reporter_links:
        return  # (a language without the data file: off)
    lex = ctx.lex
    for d in drafts:
        e = d.inherit
        if d.source or e is None or not e.source or d.m.trig.type not in _SPEECH_TYPES or d.m.trig.noun:
            continue
        d.source = list(e.subject or e.source)
        if d.target:
            d.target = [a for a in d.target if not _same_side(ctx, a, d.source)]
        if d.target:
            continue
        s = ctx.doc.sents[d.sent]
        k = d.m.tb
        if k < s.tok_end and ctx.lows[k] in lex.comp_that:
            k += 1  # "demanded that Beijing stop ...": the party asked is the clause's subject
        for u, g in _right_units(ctx, k, s.tok_end):
            if g not in (None, "target") or u.kind in ("LOC", "DEM") or u.actor is None:
                continue
            if not _same_side(ctx, u.actor, d.source):
                d.target = [u.actor]
            break
        if not d.target and d.m.trig.type in _SPEECH_TYPES and e.m.trig.type in _SPEECH_TYPES:
            d.target = [a for a in e.target if not _same_side(ctx, a, d.source)][:1]


@dataclass(frozen=True, slots=True)
class _Options:
    vows: frozenset[str]
    responses: frozenset[str]
    ruled_out: frozenset[str]
    kept_deeds: frozenset[str]
    punitive: frozenset[str] = frozenset()
    punitive_reach: int = 0


@cache
def _options(lang: str) -> _Options:
    def w(key: str) -> frozenset[str]:
        return frozenset(langpacks.words(lang, "second_acts", key))

    reach = langpacks.entry(lang, "second_acts", "punitive_reach")
    return _Options(
        w("vows"),
        w("responses"),
        w("ruled_out"),
        frozenset(x.upper() for x in w("kept_deeds")),
        w("punitive"),
        int(reach) if reach else 0,
    )


def _punished_doers(ctx: _Ctx, drafts: list[Draft], d: Draft, op: _Options) -> list[str] | None:
    """"promised that those responsible would be hunted down": a vow whose "that" clause announces
    punishment (second_acts.yaml `punitive`, within `punitive_reach` words) is a threat to the doers
    of the last deed (`kept_deeds`) told against the vower's side; None when it is no such vow."""
    lows, toks = ctx.lows, ctx.toks
    hi = ctx.doc.sents[d.sent].tok_end
    k = d.m.tb
    if k >= hi or lows[k] not in ctx.lex.comp_that:
        return None
    if not any(
        lows[j] in op.punitive or toks[j].lemma in op.punitive for j in range(k + 1, min(hi, k + 1 + op.punitive_reach))
    ):
        return None
    own = [a for a in d.target if not _same_side(ctx, a, d.source)]
    if own:
        return own
    for e in drafts:
        # "ha accusato i jihadisti di ... e ha promesso che nessun attacco resterà impunito": the party
        # the vower has just blamed in the same sentence
        if e is not d and e.sent == d.sent and e.m.ta < d.m.ta and e.m.trig.type == "ACCUSE" and e.source:
            if all(_same_side(ctx, a, d.source) for a in e.source):
                blamed = [a for a in e.target if not _same_side(ctx, a, d.source)]
                if blamed:
                    return blamed
    countries = {a.country for x in d.source if (a := ctx.actors.get(x)) is not None and a.country}
    for e in sorted(drafts, key=lambda x: x.m.ta, reverse=True):
        if e.m.ta >= d.m.ta or e.m.trig.type not in op.kept_deeds:
            continue
        doers = [a for a in e.source if not _same_side(ctx, a, d.source)][:1]
        # its victims are the vower's side or country, or not yet named (sides are filled later)
        if doers and (
            not e.target
            or any(
                _same_side(ctx, a, d.source) or (b := ctx.actors.get(a)) is not None and b.country in countries
                for a in e.target
            )
        ):
            return doers
    return []


def _threat_trigger(ctx: _Ctx) -> Trigger | None:
    """The trigger table's plain THREATEN verb ("threaten", second_acts.yaml `threat_verb` in
    another language: "minacciare"), whose code a kept option takes."""
    verb = str(langpacks.entry(ctx.doc.meta.lang or "it", "second_acts", "threat_verb") or "threaten")
    for trig in ctx.lex.by_key.get(verb, []):
        if not trig.noun and not trig.words and trig.type == "THREATEN":
            return trig
    return None


def _option_deeds(ctx: _Ctx, drafts: list[Draft]) -> dict[int, Draft]:
    """Before `roles._complements` drops the deed noun after a vow or a refusal as its topic: the
    deed each vow to answer ("vowed to respond to the Israeli strike") or each "rule out" draft
    ("did not rule out strikes against Ukraine") names, by the draft's id, for `_kept_options`."""
    op = _options(ctx.doc.meta.lang or "it")
    out: dict[int, Draft] = {}
    if not op.vows and not op.ruled_out:
        return out
    toks = ctx.toks
    for i, d in enumerate(drafts):
        lemma = toks[d.m.ta].lemma
        if d.m.trig.noun or (lemma not in op.vows and lemma not in op.ruled_out):
            continue
        for e in drafts[i + 1 : i + 4]:
            if e.sent != d.sent or e.m.ta >= d.m.tb + 8:
                break
            if e.m.trig.noun and (lemma in op.vows or e.m.trig.type in op.kept_deeds):
                out[id(d)] = e
                break
    return out


def _kept_options(ctx: _Ctx, drafts: list[Draft], deeds: dict[int, Draft]) -> None:
    """Threats told as a vow to answer ("Iran vowed to respond to the Israeli strike": aimed at the
    doer of the deed answered, or the party named after the answer verb) or as a hostile option
    not ruled out ("the Kremlin did not rule out strikes against Ukraine": aimed at the deed's
    target). The vow (AGREE) or the negated refusal (REJECT) becomes the THREATEN; with no party
    found it is left as it was. The deeds come from `_option_deeds` (run before the complements drop
    them)."""
    op = _options(ctx.doc.meta.lang or "it")
    if not op.vows and not op.ruled_out:
        return
    lows, toks = ctx.lows, ctx.toks
    threat: Trigger | None = None
    for d in drafts:
        t = d.m.trig
        s = ctx.doc.sents[d.sent]
        hi = s.tok_end
        target: list[str] = []
        punished = (
            _punished_doers(ctx, drafts, d, op)
            if op.punitive and t.type == "AGREE" and not t.noun and toks[d.m.ta].lemma in op.vows and d.source
            else None
        )
        if punished is not None:
            target = punished
            modality = "intent"
        elif t.type == "AGREE" and not t.noun and toks[d.m.ta].lemma in op.vows and d.source:
            k = d.m.tb
            if not (k + 1 < hi and lows[k] in ctx.lex.comp_inf and toks[k + 1].lemma in op.responses):
                continue
            after = k + 2
            for u, g in _right_units(ctx, after, hi, stop_at_trigger=False):
                if g in ("target", "partner", None) and u.kind not in ("LOC", "DEM") and u.actor is not None:
                    if not _same_side(ctx, u.actor, d.source):
                        target = [u.actor]
                    break
            if not target:
                # "to respond to the Israeli strike": the doer of the deed answered
                deed = deeds.get(id(d))
                if deed is not None:
                    target = [a for a in deed.source if not _same_side(ctx, a, d.source)][:1]
            modality = "intent"
        elif (
            t.type == "REJECT"
            and len(d.m.toks) > 1
            and toks[d.m.ta].lemma in op.ruled_out
            and d.modality == "negated"
            and d.source
        ):
            deed = deeds.get(id(d))
            if deed is None:
                continue
            target = [a for a in deed.target if not _same_side(ctx, a, d.source)][:1]
            modality = "reported" if d.quote is not None else "asserted"
        else:
            continue
        if not target:
            continue
        if threat is None:
            threat = _threat_trigger(ctx)
            if threat is None:
                return
        d.m = Match(threat, d.m.ta, d.m.tb, d.m.toks)
        d.target = target
        d.modality = modality


def _quoted_gerund_subjects(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A gerund after a comma takes the main clause's subject (`roles._roles` reads it as the
    sentence's first free name). When the sentence opens with a quotation ('"Our army does not
    strike civilians," Peskov told reporters, calling the accusations "lies"'), that first name is
    the quotation's, not the clause's: the gerund is the speaker's act. Its target, if on the
    speaker's side, is read again after the verb."""
    data = _data(ctx.doc.meta.lang or "it")
    if not data.reporter_links or not ctx.quotes or not ctx.lex.gerund:
        return
    lows, toks = ctx.lows, ctx.toks
    for d in drafts:
        ta = d.m.ta
        if d.m.trig.noun or ta < 1 or lows[ta - 1] != "," or not lows[ta].endswith(ctx.lex.gerund):
            continue
        start = toks[ta].start
        if any(q.start <= start < q.end for q in ctx.quotes):
            continue
        s = ctx.doc.sents[d.sent]
        # the quotation that opens the sentence, closed before the gerund, with a speaker
        opening = next(
            (
                q
                for q in ctx.quotes
                if q.speaker is not None
                and q.kind == "direct"
                and s.start <= q.start <= toks[s.tok_start].end
                and q.end <= start
            ),
            None,
        )
        if opening is None or d.source == [opening.speaker]:
            continue
        # the source was read inside the quotation: every mention of it in the sentence lies there
        inside = all(
            opening.start <= toks[k].start < opening.end
            for k in range(s.tok_start, ta)
            if ctx.unit_at[k] is not None and ctx.unit_at[k].actor in d.source  # type: ignore[union-attr]
        )
        if d.source and not inside:
            continue
        d.source = [opening.speaker]
        d.subject = [opening.speaker]
        if d.target and not any(_same_side(ctx, a, d.source) for a in d.target):
            continue
        d.target = []
        for u, g in _right_units(ctx, d.m.tb, s.tok_end):
            if g not in (None, "target") or u.actor is None or u.kind == "LOC":
                continue
            if not _same_side(ctx, u.actor, d.source):
                d.target = [u.actor]
            break


def _apposed_subjects(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A party at the head of the sentence followed by a descriptive apposition ("China, Pakistan's
    closest ally, called on the two neighbours ...", "Turkey, a NATO member, urged ...") is the
    verb's doer: the subject rule took the party nearest the verb, inside the apposition. Only an
    apposition that opens with an article or a party's possessive and closes with the comma right
    before the verb group: a name in apposition ("The envoy, Zhang Wei, urged") is the same actor
    and a relative clause ("Iran, which borders ...") is read by the subject rule already."""
    data = _data(ctx.doc.meta.lang or "it")
    if not data.app_reach:
        return
    lows, sents = ctx.lows, ctx.doc.sents
    for d in drafts:
        if d.m.trig.noun or len(d.source) != 1:
            continue
        v = d.vg[1] if d.vg[1] >= 0 else d.m.ta
        lo = sents[d.sent].tok_start
        head = ctx.unit_at[lo]
        if head is None or head.ts != lo or head.te >= v or lows[head.te] != "," or v - 1 <= head.te:
            continue
        c2 = v - 1  # the comma that closes the apposition
        if lows[c2] != "," or c2 - head.te - 1 > data.app_reach or c2 - head.te < 3:
            continue
        a0 = head.te + 1
        first = ctx.unit_at[a0]
        opens = lows[a0] in data.app_openers or (
            first is not None and first.ts == a0 and first.te < c2 and lows[first.te] in data.app_possessive
        )
        if not opens or any(lows[k] in _PUNCT for k in range(a0, c2)):
            continue
        inside = {ctx.unit_at[k].actor for k in range(a0, c2) if ctx.unit_at[k] is not None}  # type: ignore[union-attr]
        if d.source[0] not in inside or head.actor in inside or not head.actor:
            continue
        d.source = [head.actor]
        d.target = [a for a in d.target if a != head.actor and not _same_side(ctx, a, d.source)]
        if d.subject is not None:
            d.subject = [head.actor]


def _one_per_side(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A symmetric event keeps one participant per side (second_acts.yaml `one_per_side`): a
    country and its government or intelligence service named in one meeting ("arrived in Cairo to
    meet Egypt's intelligence chief") are one party, not two that met each other. Of two on one side
    the one with a sector stays (its code is the more precise); the order of the others is kept."""
    if not _data(ctx.doc.meta.lang or "it").one_per_side:
        return
    for d in drafts:
        if not d.m.trig.sym or len(d.source) < 3:
            continue
        kept: list[str] = []
        for a in d.source:
            j = next((i for i, b in enumerate(kept) if _same_side(ctx, a, [b])), -1)
            if j < 0:
                kept.append(a)
                continue
            old, new = ctx.actors.get(kept[j]), ctx.actors.get(a)
            if old is not None and new is not None and not old.sector and new.sector:
                kept[j] = a
        if len(kept) < len(d.source):
            d.source = kept
            d.target = list(kept)


def _shared_addressees(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A warning or demand coordinated after a speech act of the same side that named its addressee
    ("The ministry accused Washington of ... and warned that it would draw conclusions") is aimed at
    that addressee when its own clause named none: the second verb goes on addressing the first's
    target (second_acts.yaml `shared_addressee`). Run before the implied sides, which would give
    the article's other party instead."""
    data = _data(ctx.doc.meta.lang or "it")
    if not data.shared_types:
        return
    lows = ctx.lows
    last: dict[int, Draft] = {}  # sentence -> its last addressed speech verb with both sides
    for d in sorted(drafts, key=lambda x: x.m.ta):
        trig = d.m.trig
        if trig.noun or trig.sym:
            continue
        e = last.get(d.sent)
        if trig.type in data.shared_types and d.source and not d.target and e is not None:
            k = d.m.ta - 1
            while k > e.m.tb and lows[k] in ctx.lex.aux:
                k -= 1  # "and has warned"
            if lows[k] in data.shared_links and _same_side(ctx, d.source[0], e.source):
                d.target = [a for a in e.target if not _same_side(ctx, a, d.source)]
        if trig.type in data.shared_first and d.source and d.target and d.quote is None:
            last[d.sent] = d


def _absolute_subjects(ctx: _Ctx, drafts: list[Draft]) -> None:
    """An absolute clause "with X and Y blaming each other", ", with Kyiv accusing Moscow of ...":
    the parties between the opener and the gerund trigger are its doers (second_acts.yaml
    `absolute`); the subject rule read them as partners of "with" or found none. Only when nothing
    but parties and their links stands between the two words."""
    data = _data(ctx.doc.meta.lang or "it")
    if not data.abs_openers or not data.abs_ending:
        return
    lows = ctx.lows
    for d in drafts:
        if d.m.trig.noun or not lows[d.m.ta].endswith(data.abs_ending):
            continue
        lo = ctx.doc.sents[d.sent].tok_start
        k = d.m.ta - 1
        doers: list[str] = []
        while k >= lo:
            u = ctx.unit_at[k]
            if u is not None and u.actor:
                if u.actor not in doers:
                    doers.insert(0, u.actor)
                k = u.ts - 1
                continue
            if lows[k] in ctx.lex.conj or lows[k] in ctx.lex.det:
                k -= 1
                continue
            break
        if k < lo or lows[k] not in data.abs_openers or not doers or k + 1 == d.m.ta:
            continue
        if k > lo and lows[k - 1] != ",":
            continue  # "met with Israel, accusing ...": a partner, not an absolute clause
        d.source = doers
        d.target = [a for a in d.target if a not in doers and not _same_side(ctx, a, doers)]
        if d.subject is not None:
            d.subject = list(doers)


def _forum_complaints(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A complaint lodged with a forum against a party ("Brazil filed a complaint with the WTO on
    Thursday against new US tariffs") is aimed at the party after "against" (or "over"), not at the
    forum the "with" names (second_acts.yaml `forum_complaints`). Only when the target is the one
    forum unit right after the preposition, and the party is named within a few words of "against";
    a clause word or another trigger ends the search."""
    data = _data(ctx.doc.meta.lang or "it")
    if not data.forum_types or not data.forum_reach:
        return
    lows = ctx.lows
    for d in drafts:
        if d.m.trig.type not in data.forum_types or len(d.target) != 1 or not d.source:
            continue
        hi = ctx.doc.sents[d.sent].tok_end
        k = d.m.tb
        forum = None
        while k < min(hi, d.m.tb + 3):
            u = ctx.unit_at[k]
            if u is not None:
                forum = u if u.actor == d.target[0] else None
                break
            k += 1
        if forum is None:
            continue
        j = forum.ts - 1
        while j >= d.m.tb and lows[j] in ctx.lex.det:
            j -= 1
        if j < d.m.tb or lows[j] not in data.forum_preps:
            continue
        party = None
        for k in range(forum.te, min(hi, forum.te + data.forum_reach)):
            w = lows[k]
            if w in ctx.lex.clause or k in ctx.trigger_tok:
                break
            if w not in data.forum_against:
                continue
            for x in range(k + 1, min(hi, k + 1 + data.forum_party_reach)):
                v = ctx.unit_at[x]
                if v is not None:
                    if v.actor and v.kind != "LOC" and not _same_side(ctx, v.actor, d.source):
                        party = v.actor
                    break
                if not lows[x].isalpha():
                    break
            break
        if party is not None:
            d.target = [party]


def _mediators(ctx: _Ctx, drafts: list[Draft]) -> None:
    """Talks "between Tehran and Washington, mediated by Oman": the mediator is a party to the
    talks, with each side (second_acts.yaml `mediators`). Only for a symmetric noun that has its
    participants already, and a participle followed by "by" and a party within reach of it, before
    any clause word."""
    data = _data(ctx.doc.meta.lang or "it")
    if not data.med_types or not data.med_reach:
        return
    lows = ctx.lows
    for d in drafts:
        trig = d.m.trig
        if not (trig.sym and trig.noun) or trig.type not in data.med_types or len(d.source) < 2:
            continue
        hi = ctx.doc.sents[d.sent].tok_end
        for k in range(d.m.tb, min(hi - 2, d.m.tb + data.med_reach)):
            if lows[k] in ctx.lex.clause and lows[k] != ",":
                break
            if lows[k] not in data.med_participles or lows[k + 1] not in data.med_agent or lows[k - 1] != ",":
                continue  # only an apposed participle: "talks between X and Y, mediated by Z"
            j = k + 2
            while j < hi and lows[j] in ctx.lex.det:
                j += 1
            u = ctx.unit_at[j] if j < hi else None
            if u is not None and u.actor and u.kind != "LOC" and not _same_side(ctx, u.actor, d.source):
                d.source = d.source + [u.actor]
                d.target = list(d.source)
            break


def _of_lists(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A noun whose doer comes after "of" names every member of a coordinated list there: "At the
    request of the United States, Japan and South Korea, the Security Council met": the three ask,
    the Council is asked (the role rule took the list's second member for the target). Only a list
    of parties joined by commas and "and" right after "of"; the target is then the first party after
    the list's closing comma when the noun had none of its own left. English only (`_Data.app_reach`
    set with second_acts.yaml)."""
    data = _data(ctx.doc.meta.lang or "it")
    if not data.app_reach:
        return
    lows = ctx.lows
    for d in drafts:
        trig = d.m.trig
        if not trig.noun or trig.sym or trig.of != "source" or not d.source:
            continue
        hi = ctx.doc.sents[d.sent].tok_end
        k = d.m.tb
        if k >= hi or ctx.lex.prep.get(lows[k]) != "of":
            continue
        k += 1
        # members with the link before each ("," or a word such as "and") and where each ends; a
        # list closes with a word link ("A, B and C"): members after its last one are the clause's
        # ("At the request of France, the European Union ...": France only)
        members: list[str] = []
        ends: list[int] = []
        worded: list[bool] = []
        link = ""
        while k < hi:
            while k < hi and lows[k] in ctx.lex.det:
                k += 1
            u = ctx.unit_at[k] if k < hi else None
            if u is None or not u.actor or u.kind in ("LOC", "DEM"):
                break
            members.append(u.actor)
            ends.append(u.te)
            worded.append(link not in ("", ","))
            k = u.te
            if k < hi and lows[k] == "," and k + 1 < hi and lows[k + 1] in ctx.lex.conj and lows[k + 1] != ",":
                link, k = lows[k + 1], k + 2  # Oxford comma: ", and"
            elif k < hi and lows[k] in ctx.lex.conj:
                link, k = lows[k], k + 1
            else:
                break
        last = max((i for i, w in enumerate(worded) if w), default=-1)
        if last < 1:
            continue
        members, last_end = _uniq_ids(members[: last + 1]), ends[last]
        if len(members) < 2 or d.source[0] not in members:
            continue
        d.source = members
        d.target = [a for a in d.target if a not in members]
        if not d.target and last_end < hi and lows[last_end] == ",":
            j = last_end + 1
            while j < hi and lows[j] in ctx.lex.det:
                j += 1
            v = ctx.unit_at[j] if j < hi else None
            if v is not None and v.actor and v.kind not in ("LOC", "DEM") and v.actor not in members:
                d.target = [v.actor]


def _uniq_ids(ids: list[str]) -> list[str]:
    out: list[str] = []
    for a in ids:
        if a not in out:
            out.append(a)
    return out


def _restated_objects(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """"Israel was dragging out the talks": a definite meeting noun, object of a verb that opens no
    meeting, with the very participants of a meeting told in an earlier sentence (anaphora gave
    them), tells that meeting again: it is dropped (second_acts.yaml `restated_objects`; the shared
    rule keeps any verb's object as a possible new meeting, "chaired the videoconference")."""
    data = _data(ctx.doc.meta.lang or "it")
    if not data.restated_types:
        return drafts
    from cronaca.events.phrases import _definite

    lows = ctx.lows
    seen: dict[tuple[str, frozenset[str]], int] = {}
    out: list[Draft] = []
    for d in drafts:
        trig = d.m.trig
        if not (trig.sym and trig.type in data.restated_types and len(d.source) >= 2):
            out.append(d)
            continue
        key = (trig.type, frozenset(d.source))
        first = seen.setdefault(key, d.sent)  # a meeting told by a verb ("to meet X") or a noun
        if trig.noun and first < d.sent and _definite(ctx, d):
            lo = ctx.doc.sents[d.sent].tok_start
            k = d.m.ta - 1
            while k >= lo and (lows[k] in ctx.lex.det or lows[k] in ("out", "up", "off")):
                k -= 1  # "dragging out the talks", "broke off the talks"
            t = ctx.toks[k] if k >= lo else None
            if t is not None and t.lemma not in data.new_meeting_verbs and lows[k] not in data.new_meeting_verbs and (
                lows[k].endswith(("ing", "ed")) or k in ctx.verb_tok
            ):
                continue
        out.append(d)
    return out
