"""Sides from the discourse: a side the clause leaves open, named in an earlier sentence or clause.

A small memory of the document (who each sentence is about: `_sentence_doer`; which events went from
whom to whom: the drafts) fills an EMPTY side only, from the same sentence or the one before it,
never across a paragraph break (`_para_start`: a blank line, or a line break after a headline). A
side the clause names stays; the exceptions say why: a subject carried over by `subjects._topic`
that a pronoun's kind or the paragraph rules out, and a party in the complement of a clitic verb.
Data: `lang/<l>/discourse.yaml`. Steps, in the order `stage.find_events` runs them:

- `_pronoun_subjects`: a subject pronoun ("He accused ...", "Lui ha chiesto ...") stands for the
  previous sentence's subject only when their kinds agree (he/she: a person; it: an organization or a
  country); a pro-drop subject never crosses a paragraph, nor a line break when it was named two
  sentences back (one paragraph per line: only the next sentence), and after a pro-drop sentence it is that
  sentence's doer, not its object ("Ha accusato la Grecia ... Ha poi minacciato": not Greece);
  "quest'ultimo" / "the latter" is the last party named ("a quest'ultimo": the one asked).
- `_definite_subjects`: "The group accused ...", "Il movimento sciita ha minacciato ...": the last
  actor of a sector the head noun allows.
- `_object_pronouns`: "accused him of", "urged them to": the most recent compatible party before the
  verb, on another side than the source (Italian clitics before an auxiliary:
  `requests._clitic_targets`); `_plain_clitics`: "Il Cremlino lo accusa di ...", "gli chiede di".
- `_claim_speakers`: "La Nato ha respinto le sue affermazioni" after "Lavrov ha detto che ...": a
  rejection of someone's words with no claim event before it is aimed at the speaker quoted.
- `_reply_not_deeds`: "hit back, accusing ..." is a reply, no assault.
- `_replies`: "In risposta, Teheran ha minacciato ...", "Minsk ha replicato accusando ...", and a
  hostile verbal reaction of a hostile event's target in the next sentence: aimed at whoever acted
  against the source's side just before.
- `_dismissed_claims`: "il Cremlino ha replicato che le accuse sono infondate", "said the
  allegations were baseless": the speaker's REJECT of whoever made the claim.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from cronaca import lang as langpacks
from cronaca.events.codes import _same_side
from cronaca.events.context import _PUNCT, _QUOTE_MARKS, Draft, Match, Unit, _Ctx
from cronaca.events.lexicons import lexicon
from cronaca.events.owners import _owners
from cronaca.events.phrases import _word_after
from cronaca.events.roles import _roles

_FINAL = (".", "!", "?", "…", "»", "”", '"', ":", ";")
_INFINITIVE = ("are", "ere", "ire", "rre")  # lemma endings of Italian verbs ("voler" -> "volere")


@dataclass(frozen=True, slots=True)
class Discourse:
    """One language's discourse words (discourse.yaml)."""

    subject_pronouns: dict[str, str]  # lowercase pronoun -> "person" | "group" | "any"
    object_pronouns: dict[str, str]
    object_followers: frozenset[str]
    strict_objects: frozenset[str]  # object pronouns that need a `strict_followers` word after them
    strict_followers: frozenset[str]
    reply_cues: dict[str, tuple[tuple[str, ...], ...]]  # first word -> the sequences it opens
    reply_types: frozenset[str]
    reaction_types: frozenset[str]
    not_deeds: dict[str, tuple[tuple[str, ...], ...]]
    claim_nouns: frozenset[str]
    plain_clitics: frozenset[str]
    plain_clitic_types: frozenset[str]
    latter: dict[str, tuple[tuple[str, ...], ...]]
    definite_subjects: dict[str, frozenset[str]]  # head noun -> the sectors it may stand for


def _by_kind(raw: object) -> dict[str, str]:
    out: dict[str, str] = {}
    for kind, words in (raw or {}).items() if isinstance(raw, dict) else ():
        if kind not in ("person", "group", "any"):
            raise langpacks.DataError(f"discourse.yaml: unknown pronoun kind {kind!r}")
        for w in words or []:
            out[str(w).lower()] = kind
    return out


def _sequences(raw: object) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for seq in raw or []:  # type: ignore[union-attr]
        words = tuple(str(w).lower() for w in (seq if isinstance(seq, list) else [seq]))
        if words:
            out.setdefault(words[0], []).append(words)
    return {k: tuple(v) for k, v in out.items()}


@cache
def discourse(lang: str) -> Discourse | None:
    """The discourse words of `lang`, loaded once; None when the language has none."""
    if not langpacks.has_data(lang, "discourse"):
        return None
    raw = langpacks.load_yaml(lang, "discourse") or {}
    return Discourse(
        subject_pronouns=_by_kind(raw.get("subject_pronouns")),
        object_pronouns=_by_kind(raw.get("object_pronouns")),
        object_followers=frozenset(str(w).lower() for w in raw.get("object_followers") or []),
        strict_objects=frozenset(str(w).lower() for w in raw.get("strict_object_pronouns") or []),
        strict_followers=frozenset(str(w).lower() for w in raw.get("strict_object_followers") or []),
        reply_cues=_sequences(raw.get("reply_cues")),
        reply_types=frozenset(raw.get("reply_types") or []),
        reaction_types=frozenset(raw.get("reaction_types") or []),
        not_deeds=_sequences(raw.get("reply_not_deeds")),
        claim_nouns=frozenset(str(w).lower() for w in raw.get("claim_nouns") or []),
        plain_clitics=frozenset(str(w).lower() for w in raw.get("plain_clitics") or []),
        plain_clitic_types=frozenset(raw.get("plain_clitic_types") or []),
        latter=_sequences(raw.get("latter")),
        definite_subjects={
            str(k).lower(): frozenset(str(x) for x in v or []) for k, v in (raw.get("definite_subjects") or {}).items()
        },
    )


def _words(ctx: _Ctx) -> Discourse | None:
    return discourse(ctx.doc.meta.lang or "it")


@cache
def _claims(lang: str) -> frozenset[str]:
    """Nouns naming someone's words: modality.yaml's evaluation.claims and discourse.yaml's extras."""
    dw = discourse(lang)
    return lexicon(lang).claims | (dw.claim_nouns if dw is not None else frozenset())


# -- the paragraph memory


def _para_start(ctx: _Ctx, si: int) -> bool:
    """Does sentence `si` open a new paragraph? A blank line before it, or a line break after a
    line with no final punctuation (a headline). Gold texts and news windows put one paragraph (or
    one sentence) per line: a single line break after a full stop does not cut the discourse."""
    if si <= 0:
        return True
    prev, cur = ctx.doc.sents[si - 1], ctx.doc.sents[si]
    gap = ctx.doc.text[prev.end : cur.start]
    if "\n" not in gap:
        return False
    if gap.count("\n") >= 2:
        return True
    last = ctx.doc.text[prev.start : prev.end].rstrip()
    return not last.endswith(_FINAL)


def _reachable(ctx: _Ctx, si: int, far: bool = False) -> list[int]:
    """The sentences a side of sentence `si` may come from: itself and the one before, when no
    paragraph break stands between them; with `far`, also the one before that when the three share
    one line (a paragraph: "The EU adopted sanctions. The Kremlin called them illegal. It
    threatened to retaliate.")."""
    if _para_start(ctx, si):
        return [si]
    if far and si >= 2:
        sents, text = ctx.doc.sents, ctx.doc.text
        if "\n" not in text[sents[si - 2].end : sents[si].start]:
            return [si, si - 1, si - 2]
    return [si, si - 1]


def _fits(ctx: _Ctx, actor: str, kind: str) -> bool:
    a = ctx.actors.get(actor)
    if a is None or not (a.igo or a.country):
        return False  # only coded actors: an unplaced name says nothing about the dyad
    if kind == "person":
        return a.kind == "PER"
    if kind == "group":
        return a.kind != "PER"
    return True


def _units(ctx: _Ctx, lo: int, hi: int) -> list[Unit]:
    """The actor units starting in tokens [lo, hi), in text order (placeholders and places left out)."""
    out = []
    for k in range(lo, hi):
        u = ctx.unit_at[k]
        if u is not None and u.ts == k and u.kind not in ("LOC", "DEM") and not u.actor.startswith("@"):
            out.append(u)
    return out


# -- subjects


def _pronoun_before(ctx: _Ctx, d: Draft, lo: int) -> str | None:
    """The subject pronoun opening the trigger's clause ("He later accused", "Lui ha chiesto"), or
    None. At most two adverbs stand between it and the verb group."""
    dw = _words(ctx)
    if dw is None or not dw.subject_pronouns:
        return None
    start = d.vg[1] if d.vg[1] >= 0 else d.m.ta
    for k in range(start - 1, max(lo, start - 3) - 1, -1):
        w = ctx.lows[k]
        if w in dw.subject_pronouns:
            return w
        if ctx.unit_at[k] is not None or w in _PUNCT or w in _QUOTE_MARKS or not w.isalpha() or ctx.toks[k].is_title:
            return None
    return None


def _pronoun_subjects(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A subject carried over from an earlier sentence (a pronoun or a pro-drop verb: see
    `subjects._topic`) stays only inside the paragraph (from two sentences back, only inside one
    line: measured on 1500 KIND windows, one sentence per line, 3 events lost, all 3 wrong: "alcuni
    degli accusati hanno ...", "pretende di raggiungere ..."), and for a pronoun only when its kind fits
    ("He" is a person, "it" an organization or a country); otherwise the previous sentence's first
    subject that fits takes its place, or the side stays empty."""
    dw = _words(ctx)
    if dw is None:
        return
    sents = ctx.doc.sents
    for d in drafts:
        if d.m.trig.noun or d.quote is not None or d.inherit is not None or d.adjectival:
            continue
        s = sents[d.sent]
        start = d.vg[1] if d.vg[1] >= 0 else d.m.ta
        latter = _latter_before(ctx, dw, start, s.tok_start)
        if latter - 1 >= s.tok_start and ctx.lows[latter - 1] in ctx.lex.prep:
            # "A quest'ultimo ha chiesto di ...": no subject; after "a" the one asked
            if ctx.lex.prep[ctx.lows[latter - 1]] == "target" and not d.target:
                if not d.source and not _para_start(ctx, d.sent) and latter - 1 == s.tok_start:
                    # the phrase opens the sentence: the subject is the previous sentence's doer
                    d.source = _sentence_doer(ctx, drafts, d.sent - 1)[:1]
                    d.subject = list(d.source)
                ref = _last_party(ctx, d.sent, latter - 1, d.source) if d.source else None
                if ref is not None and not _same_side(ctx, ref, d.source):
                    d.target = [ref]
            latter = -1
        if latter >= 0 and not ctx.lex.passive.isdisjoint(ctx.lows[start : d.m.ta]):
            latter = -1  # "quest'ultimo è stato accusato": the one acted on
        if latter >= 0 and all(
            ctx.unit_at[k] is None or ctx.unit_at[k].actor not in d.source for k in range(s.tok_start, latter)  # type: ignore[union-attr]
        ):
            # "Quest'ultimo ha respinto ...": the last party named before the phrase (the phrase
            # itself may have been read as a name)
            ref = _last_party(ctx, d.sent, latter, d.target)
            d.source = [ref] if ref is not None else []
            d.subject = list(d.source)
            continue
        if not d.source:
            continue
        src = set(d.source)
        if any(u is not None and u.actor in src for u in ctx.unit_at[s.tok_start : s.tok_end]):
            continue  # the sentence names the source (before the verb, or as a passive agent)
        # where the carried subject was last named
        origin = -1
        for sj in range(d.sent - 1, max(-1, d.sent - 3), -1):
            t = sents[sj]
            if any(ctx.unit_at[k] is not None and ctx.unit_at[k].actor in src for k in range(t.tok_start, t.tok_end)):  # type: ignore[union-attr]
                origin = sj
                break
        if origin < 0:
            continue  # a speaker, a shared subject: not a topic carried over
        if any(_para_start(ctx, sj) for sj in range(origin + 1, d.sent + 1)) or (
            origin < d.sent - 1 and "\n" in ctx.doc.text[sents[origin].end : s.start]
        ):
            d.source = []  # a new paragraph does not inherit the last one's subject
            d.subject = []
            continue
        p = _pronoun_before(ctx, d, s.tok_start)
        doer = _sentence_doer(ctx, drafts, d.sent - 1) if origin == d.sent - 1 else []
        if p is None:
            # pro-drop: the previous sentence's first ungoverned party may be the object of its
            # own pro-drop verb ("Erdogan ha parlato. Ha accusato la Grecia di ... Ha poi
            # minacciato ...": Erdogan, not Greece); then its verb's doer carries over
            objects = {a for e in drafts if e.sent == origin and not e.m.trig.noun for a in e.target}
            if doer and all(a in objects for a in d.source) and not set(doer) & src:
                d.source = [a for a in doer if a not in d.target]
                d.subject = list(d.source)
            continue
        kind = dw.subject_pronouns[p]
        if all(_fits(ctx, a, kind) for a in d.source) and not any(_same_side(ctx, t, d.source) for t in d.target):
            continue  # (a carried subject on its own target's side is no antecedent: "the Russian
            # ambassador. He accused Russia ...")
        # the previous sentence's doer, else its first subject of the right kind, else nothing
        found = [a for a in doer if _fits(ctx, a, kind) and a not in d.target
                 and not any(_same_side(ctx, t, [a]) for t in d.target)][:1]
        prev = sents[d.sent - 1]  # (no paragraph break before this sentence: checked above)
        for u in _units(ctx, prev.tok_start, prev.tok_end) if not found else []:
            if (ctx.gov(u, prev.tok_start) is None and _fits(ctx, u.actor, kind) and u.actor not in d.target
                    and not any(_same_side(ctx, t, [u.actor]) for t in d.target)):
                found = [u.actor]
                break
        d.source = found
        d.subject = list(found)


def _definite_subjects(ctx: _Ctx, drafts: list[Draft]) -> None:
    """"The group accused Israel ...", "Il movimento sciita ha minacciato ...": a definite common-noun
    subject with no actor of its own stands for the most recent actor of a sector its head noun
    allows (discourse.yaml `definite_subjects`), named earlier in the sentence or in the one before
    it in the same paragraph; none found, the side stays empty."""
    dw = _words(ctx)
    if dw is None or not dw.definite_subjects:
        return
    lex = ctx.lex
    sents = ctx.doc.sents
    for d in drafts:
        trig = d.m.trig
        if d.source or trig.noun or d.quote is not None or d.inherit is not None or d.adjectival:
            continue
        s = sents[d.sent]
        start = d.vg[1] if d.vg[1] >= 0 else d.m.ta
        if not lex.passive.isdisjoint(ctx.lows[start : d.m.ta]):
            continue  # "il gruppo è stato accusato": the one acted on
        start = _main_verb_before_gerund(ctx, d, start, s.tok_start)
        # the phrase: a determiner, then at most three lowercase words, one of them the head
        k = start - 1
        sectors: frozenset[str] | None = None
        while k >= s.tok_start and start - k <= 3:
            w = ctx.lows[k]
            if ctx.unit_at[k] is not None or not w.isalpha() or w in lex.prep or w in lex.aux or w in lex.clause:
                break
            if w in lex.det:
                break
            if w in dw.definite_subjects and sectors is None:
                sectors = dw.definite_subjects[w]
            k -= 1
        if sectors is None or k < s.tok_start or ctx.lows[k] not in lex.det:
            continue
        if k - 1 >= s.tok_start and not (
            ctx.lows[k - 1] in (",",)
            or ctx.lows[k - 1] in lex.conj
            or ctx.lows[k - 1] in _QUOTE_MARKS
            # a reported clause with no "that": "said the group had rejected ..."
            or (ctx.toks[k - 1].lemma in lex.speech and d.vg[1] >= 0 and d.vg[1] < d.m.ta)
        ):
            continue  # the phrase opens its clause, else it may be an object or a complement
        ref: str | None = None
        for sj in _reachable(ctx, d.sent, far=True):  # (a quotation may stand between)
            t = sents[sj]
            hi = k if sj == d.sent else t.tok_end
            for u in reversed(_units(ctx, t.tok_start, hi)):
                a = ctx.actors.get(u.actor)
                # not the target's side: "The foreign ministry summoned the US envoy" is not the US's
                if a is None or a.kind in ("PER", "LOC") or _same_side(ctx, u.actor, d.target):
                    continue
                if ("IGO" in sectors and a.igo) or (a.country and a.sector in sectors and not a.igo):
                    ref = u.actor
                    break
            if ref is not None:
                break
        if ref is not None:
            d.source = [ref]
            d.subject = [ref]
            d.target = [a for a in d.target if not _same_side(ctx, a, d.source)]


def _main_verb_before_gerund(ctx: _Ctx, d: Draft, start: int, lo: int) -> int:
    """"Il movimento ha risposto minacciando di ...": a gerund trigger right after a verb group that
    is no trigger shares that verb's subject; the subject phrase stands before its auxiliary."""
    lex = ctx.lex
    k = d.m.ta
    if start != k or not lex.gerund or not ctx.lows[k].endswith(lex.gerund) or k - 2 < lo:
        return start
    if k - 1 in ctx.trigger_tok or not ctx.lows[k - 1].endswith(lex.participle) or ctx.lows[k - 2] not in lex.perfect:
        return start
    return k - 2


def _latter_before(ctx: _Ctx, dw: Discourse, start: int, lo: int) -> int:
    """The first token of a "quest'ultimo" / "the latter" phrase ending right before token `start`
    (the verb group), or -1."""
    if not dw.latter:
        return -1
    for k in range(max(lo, start - 3), start):
        for seq in dw.latter.get(ctx.lows[k], ()):
            if k + len(seq) == start and tuple(ctx.lows[k:start]) == seq:
                return k
    return -1


def _last_party(ctx: _Ctx, si: int, before: int, exclude: list[str]) -> str | None:
    """The last coded party named before token `before`, in its sentence or the one before it in the
    same paragraph."""
    for sj in _reachable(ctx, si):
        t = ctx.doc.sents[sj]
        hi = before if sj == si else t.tok_end
        for u in reversed(_units(ctx, t.tok_start, hi)):
            if _fits(ctx, u.actor, "any") and u.actor not in exclude:
                return u.actor
    return None


def _sentence_doer(ctx: _Ctx, drafts: list[Draft], si: int) -> list[str]:
    """The memory of who sentence `si` is about: the source of its first verb event whose subject
    stands before the verb, or was itself carried over from before (pro-drop); else nothing."""
    if si < 0:
        return []
    s = ctx.doc.sents[si]
    for e in drafts:
        if e.sent != si or e.m.trig.noun or e.adjectival or e.quote is not None or not e.source:
            continue
        src = set(e.source)
        named = [k for k in range(s.tok_start, s.tok_end) if ctx.unit_at[k] is not None and ctx.unit_at[k].actor in src]  # type: ignore[union-attr]
        if not named or named[0] < e.m.ta:
            return list(e.source)
    return []


# -- objects


def _object_pronouns(ctx: _Ctx, drafts: list[Draft]) -> None:
    """"accused him of", "urged them to": a verb's object pronoun stands for the most recent party of
    its kind named before the verb, in its sentence or the one before, on another side than the
    source; none found, the side stays empty."""
    dw = _words(ctx)
    if dw is None or not dw.object_pronouns:
        return
    sents = ctx.doc.sents
    n = len(ctx.lows)
    for d in drafts:
        trig = d.m.trig
        if d.target or trig.noun or trig.sym or not d.source or d.m.tb >= n:
            continue
        kind = dw.object_pronouns.get(ctx.lows[d.m.tb])
        if kind is None:
            continue
        nxt = ctx.lows[d.m.tb + 1] if d.m.tb + 1 < n else "."
        if nxt not in dw.object_followers:
            continue  # "accused her government": a possessive
        if ctx.lows[d.m.tb] in dw.strict_objects and nxt not in dw.strict_followers:
            continue  # "denied it.": the claim, no party
        ref: str | None = None
        for sj in _reachable(ctx, d.sent):
            t = sents[sj]
            hi = d.m.ta if sj == d.sent else t.tok_end
            for u in reversed(_units(ctx, t.tok_start, hi)):
                if _fits(ctx, u.actor, kind) and not _same_side(ctx, u.actor, d.source):
                    ref = u.actor
                    break
            if ref is not None:
                break
        if ref is not None:
            d.target = [ref]
            d.open_appeal = False


def _plain_clitics(ctx: _Ctx, drafts: list[Draft]) -> None:
    """"Il Cremlino lo accusa di ...", "gli chiede di ...": an object clitic right before a plain
    verb (no auxiliary: `requests._clitic_targets` reads those) stands for whom the sentence before
    is about, its doer or first subject, when on another side than the source; else the last party
    named before it on another side. Only when the verb opens a complement ("di", "a", "che")."""
    dw = _words(ctx)
    if dw is None or not dw.plain_clitics:
        return
    lex = ctx.lex
    links = lex.comp_inf | lex.comp_that
    n = len(ctx.lows)
    for i, d in enumerate(drafts):
        trig = d.m.trig
        if trig.sym or trig.type not in dw.plain_clitic_types or d.m.tb >= n:
            continue
        k = d.m.ta - 1
        lo = ctx.doc.sents[d.sent].tok_start
        if k < lo or ctx.lows[k] not in dw.plain_clitics or ctx.lows[d.m.tb] not in links:
            continue
        if k - 1 >= lo and (ctx.lows[k - 1] in lex.prep or ctx.lows[k - 1] in lex.det):
            continue  # "con gli inviti a ...": an article before a noun
        if trig.noun:
            # "lo accusa di voler ...": a clitic, not an article ("l'accusa"), when an infinitive
            # follows the link; the word is the verb
            j = d.m.tb + 1
            if len(d.m.toks) > 1 or j >= n or not ctx.toks[j].lemma.endswith(_INFINITIVE) or ctx.lows[d.m.tb] in lex.comp_that:
                continue
            verb = next(
                (t for t in lex.by_key.get(ctx.toks[d.m.ta].lemma, []) if not t.noun and not t.words and t.type == trig.type),
                None,
            )
            if verb is None:
                continue
            redone = _roles(ctx, Match(verb, d.m.ta, d.m.ta + 1, [d.m.ta]))
            if redone is None:
                continue
            drafts[i] = d = redone
            ctx.verb_tok.add(d.m.ta)
            ctx.verb_draft[d.m.ta] = d
        # the clitic is the one accused or asked; a party named in the complement ("gli chiede di
        # fermare la vendita di armi a Taiwan") is not (as `requests._clitic_targets` reads it)
        d.target = []
        if not d.source:
            continue
        ref: str | None = None
        if not _para_start(ctx, d.sent):
            prev = ctx.doc.sents[d.sent - 1]
            cands = _sentence_doer(ctx, drafts, d.sent - 1) or [
                u.actor for u in _units(ctx, prev.tok_start, prev.tok_end) if ctx.gov(u, prev.tok_start) is None
            ][:1]
            ref = next((a for a in cands if _fits(ctx, a, "any") and not _same_side(ctx, a, d.source)), None)
        if ref is None:
            for sj in _reachable(ctx, d.sent):
                t = ctx.doc.sents[sj]
                hi = k if sj == d.sent else t.tok_end
                ref = next(
                    (u.actor for u in reversed(_units(ctx, t.tok_start, hi)) if _fits(ctx, u.actor, "any") and not _same_side(ctx, u.actor, d.source)),
                    None,
                )
                if ref is not None:
                    break
        if ref is not None:
            d.target = [ref]
            d.open_appeal = False


# -- replies


def _has_seq(ctx: _Ctx, table: dict[str, tuple[tuple[str, ...], ...]], lo: int, hi: int) -> int:
    """The first token in [lo, hi) where one of the word sequences of `table` starts, or -1."""
    lows = ctx.lows
    for k in range(lo, hi):
        for seq in table.get(lows[k], ()):
            if tuple(lows[k : k + len(seq)]) == seq:
                return k
    return -1


def _replies(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A reply ("In risposta, Teheran ha minacciato ritorsioni", "Tokyo hit back, accusing ...") or
    a hostile verbal reaction of an event's target in the next sentence ("Israele ha bombardato Gaza.
    Hamas ha minacciato ritorsioni.") with no target of its own is aimed at whoever acted against
    the source's side just before: the last event of the sentence, or of the one before in the
    same paragraph, whose target is on the source's side and whose doer is not."""
    dw = _words(ctx)
    if dw is None or not (dw.reply_types or dw.reaction_types):
        return
    sents = ctx.doc.sents
    for i, d in enumerate(drafts):
        trig = d.m.trig
        if (
            d.target
            or not d.source
            or trig.sym
            or trig.one_sided
            or d.own_side
            or d.open_appeal
            or d.parties
            or d.refusal
            or trig.type not in dw.reply_types | dw.reaction_types
        ):
            continue
        s = sents[d.sent]
        cue = trig.type in dw.reply_types and _has_seq(ctx, dw.reply_cues, s.tok_start, s.tok_end) >= 0
        if not cue and trig.type not in dw.reaction_types:
            continue
        # a reply cue points back even across a paragraph break ("In risposta, ..." opening one)
        reach = _reachable(ctx, d.sent, far=True)
        if cue and d.sent > 0 and d.sent - 1 not in reach:
            reach.append(d.sent - 1)
        doer: list[str] = []
        for e in reversed(drafts[:i]):
            if e.sent not in reach or e.m.trig.sym or not e.source or not e.target:
                continue
            if not cue and (e.m.trig.quad or 0) < 3:
                continue  # without a cue only a hostile act calls for a reaction
            if any(_same_side(ctx, a, d.source) for a in e.target) and not any(
                _same_side(ctx, a, d.source) for a in e.source
            ):
                doer = [a for a in e.source if not _same_side(ctx, a, d.source)][:1]
                break
        if not doer and cue and d.sent - 1 in reach:
            # a reply to something no trigger told ("La Polonia ha chiuso il confine. Minsk ha
            # replicato minacciando ..."): the subject of the sentence before, on another side
            prev = sents[d.sent - 1]
            first = next((u for u in _units(ctx, prev.tok_start, prev.tok_end) if ctx.gov(u, prev.tok_start) is None), None)
            if first is not None and _fits(ctx, first.actor, "any") and not _same_side(ctx, first.actor, d.source):
                doer = [first.actor]
        if doer:
            d.target = doer


def _reply_not_deeds(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """"Beijing hit back, accusing Washington of ...": a reply phrase read as a deed is no deed when
    a verbal event or a quotation follows it in the sentence."""
    dw = _words(ctx)
    if dw is None or not dw.not_deeds:
        return drafts
    gone: set[int] = set()
    for d in drafts:
        if d.m.trig.noun or _has_seq(ctx, dw.not_deeds, d.m.ta, d.m.ta + 1) < 0:
            continue
        end = ctx.doc.sents[d.sent].end
        start = ctx.toks[d.m.ta].start
        if any(
            e.sent == d.sent and e.m.ta > d.m.ta and (e.m.trig.quad or 0) in (1, 3) for e in drafts
        ) or any(start < q.start < end for q in ctx.quotes):
            gone.add(id(d))
    return [d for d in drafts if id(d) not in gone] if gone else drafts


# -- rejected words


def _claim_speakers(ctx: _Ctx, drafts: list[Draft]) -> None:
    """"Lavrov ha detto che ... La Nato ha respinto le sue affermazioni": a rejection or denial of
    someone's words with no target yet (no claim event before it: `speech._denials`) is aimed at the
    speaker last quoted in its sentence or the one before, when on another side."""
    claims = _claims(ctx.doc.meta.lang or "it")
    if not claims or not ctx.quotes:
        return
    sents = ctx.doc.sents
    for d in drafts:
        trig = d.m.trig
        if d.target or not d.source or trig.noun or d.denies is not None or trig.type != "REJECT" or d.refusal:
            continue
        s = sents[d.sent]
        hi = min(s.tok_end, d.m.tb + 5)
        if not any(ctx.lows[k] in claims for k in range(d.m.tb, hi)):
            continue
        reach = _reachable(ctx, d.sent)
        first = sents[reach[-1]].start
        before = ctx.toks[d.m.ta].start
        speaker = None
        for q in ctx.quotes:
            if first <= q.start < before and q.speaker and not _same_side(ctx, q.speaker, d.source):
                a = ctx.actors.get(q.speaker)
                if a is not None and (a.igo or a.country):
                    speaker = q.speaker  # sorted by start: the last one wins
        if speaker is not None:
            d.target = [speaker]


def _claimant(ctx: _Ctx, drafts: list[Draft], si: int, before: int, speaker: list[str]) -> tuple[list[str], Draft | None]:
    """Who made the claim a speaker rejects at token `before` of sentence `si`: the doer of the last
    accusation, demand or threat aimed at the speaker's side in the sentence or the one before (with
    that event), else the last speaker quoted there on another side."""
    reach = _reachable(ctx, si)
    for e in reversed(drafts):
        if e.sent not in reach or e.m.ta >= before or not e.source or not e.target:
            continue
        if e.m.trig.type in ("ACCUSE", "REQUEST", "THREATEN") and any(_same_side(ctx, a, speaker) for a in e.target):
            doer = [a for a in e.source if not _same_side(ctx, a, speaker)][:1]
            if doer:
                return doer, e
    first = ctx.doc.sents[reach[-1]].start
    end = ctx.toks[before].start
    found: list[str] = []
    for q in ctx.quotes:
        if first <= q.start < end and q.speaker and not _same_side(ctx, q.speaker, speaker):
            a = ctx.actors.get(q.speaker)
            if a is not None and (a.igo or a.country):
                found = [q.speaker]
    return found, None


def _dismissed_claims(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """"Il Cremlino ha replicato che le accuse sono infondate", "the ministry said the allegations
    were baseless": a quotation that opens with a claim noun, a copula and a word of falsity is its
    speaker's rejection of whoever made the claim (REJECT, anchored at the word of falsity, denying
    the claim's event when there is one); a claim noun read as an event there tells it again."""
    lang = ctx.doc.meta.lang or "it"
    claims = _claims(lang)
    lex = ctx.lex
    refute = _owners(lang).refute
    if not claims or not lex.falsity or not lex.copula or refute is None or not ctx.quotes:
        return drafts
    out = drafts
    n = len(ctx.lows)
    for q in ctx.quotes:
        if not q.speaker or q.speaker not in ctx.actors:
            continue
        k = ctx.tok_at(q.start)
        if ctx.toks[k].start < q.start:
            k += 1
        steps = 0
        while k < n and steps < 4 and (ctx.lows[k] in _QUOTE_MARKS or ctx.lows[k] in lex.comp_that or ctx.lows[k] in lex.det):
            k += 1
            steps += 1
        if k >= n or ctx.lows[k] not in claims or ctx.toks[k].start >= q.end:
            continue
        si = ctx.toks[k].sent
        hi = min(ctx.doc.sents[si].tok_end, k + 9)
        cop = next((j for j in range(k + 1, min(hi, k + 4)) if ctx.lows[j] in lex.copula), -1)
        if cop < 0:
            continue
        hit = _word_after(ctx, cop + 1, min(hi, cop + 5), lex.falsity)
        if hit < 0:
            continue
        speaker = [q.speaker]
        if any(e.sent == si and e.m.trig.type == "REJECT" and any(_same_side(ctx, a, speaker) for a in e.source) for e in out):
            continue  # the rejection is told by a verb already
        target, denied = _claimant(ctx, out, si, k, speaker)
        if not target:
            continue
        r = Draft(m=Match(refute, hit, hit + 1, [hit]), sent=si, source=list(speaker), target=target)
        r.quote = ctx.quote_at(ctx.toks[hit].start)
        r.denies = denied
        r.date = ctx.doc.meta.date
        r.date_source = "publication" if r.date else "none"
        # the claim noun told again is no new act
        out = [e for e in out if not (e.m.trig.noun and e.m.ta == k)] + [r]
    return out
