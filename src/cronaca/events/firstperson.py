"""A first-person plural verb inside a quotation is the speaker's own act: "«Se il Senato approverà
la legge, torneremo in piazza», ha detto la Cgt" -> the Cgt protests. The subject search reads the
nearest party to the left ("il Senato", the subject of the "se" clause) as the doer; a verb in the
first person plural cannot have that third party as its subject, so the quote's speaker (the "we")
takes its place. The endings are data (`first_plural_endings` in the language's modality.yaml).

A first-person object inside a quotation is the speaker's side, as the target: "«They are shooting
at us», said a student", "«attacchi contro le nostre infrastrutture», ha detto il ministro ucraino",
"«ci ha convocati»". The roles read no unit there ("us", "our country" are no actor mentions), so
such a draft had no target and was dropped, or took the story's implied pair. The words are data
(`first_objects`, `first_clitics`, `first_subjects`, `first_object_reach` in the language's
quoted.yaml).
"""

from __future__ import annotations

from functools import cache

from cronaca import lang as langpacks
from cronaca.events.codes import _same_side
from cronaca.events.context import Draft, _Ctx
from cronaca.events.sides import _adversary


@cache
def first_plural_endings(lang: str) -> tuple[str, ...]:
    return tuple(langpacks.words(lang, "modality", "first_plural_endings"))


def _quoted_first_person(ctx: _Ctx, drafts: list[Draft]) -> None:
    endings = first_plural_endings(ctx.doc.meta.lang or "it")
    if not endings:
        return
    for d in drafts:
        q = d.quote
        if q is None or not q.speaker or d.m.trig.noun or d.m.trig.voiced or q.speaker in d.source:
            continue
        if not ctx.lows[d.m.ta].endswith(endings):
            continue
        d.source = [q.speaker]
        d.target = [t for t in d.target if t != q.speaker]


@cache
def _first_words(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], int]:
    if not langpacks.has_data(lang, "quoted"):
        return frozenset(), frozenset(), frozenset(), frozenset(), 0
    raw = langpacks.load_yaml(lang, "quoted")
    return (
        frozenset(raw.get("first_objects") or []),
        frozenset(raw.get("first_clitics") or []),
        frozenset(raw.get("first_subjects") or []),
        frozenset(raw.get("first_object_stops") or []),
        int(raw.get("first_object_reach") or 0),
    )


def _first_object_at(ctx: _Ctx, d: Draft, objects: frozenset[str], stops: frozenset[str], reach: int) -> bool:
    """A first-person object word in the few tokens after the trigger, inside the quotation, before
    any punctuation or another trigger verb. The token as written: "US" (the country) is no "us"."""
    q = d.quote
    assert q is not None
    toks = ctx.toks
    first = max(d.m.toks) + 1
    for k in range(first, min(first + reach, len(toks))):
        t = toks[k]
        if t.start >= q.end or not t.text[:1].isalnum() or k in ctx.verb_tok:
            return False
        if ctx.lows[k] in stops:
            return False  # a comparison, no object: «ha precettato più di noi», "more than us"
        if t.text in objects:
            return True
    return False


def _first_clitic_at(ctx: _Ctx, d: Draft, clitics: frozenset[str]) -> bool:
    """A first-person clitic right before the verb group: «ci hanno attaccato», «ci attaccano»."""
    if not clitics:
        return False
    k = min(d.m.toks) - 1
    if k >= 0 and ctx.lows[k] in ctx.lex.aux:
        k -= 1
    return k >= 0 and ctx.toks[k].start >= d.quote.start and ctx.toks[k].text in clitics  # type: ignore[union-attr]


def _quoted_first_objects(ctx: _Ctx, drafts: list[Draft]) -> None:
    lang = ctx.doc.meta.lang or "it"
    objects, clitics, subjects, stops, reach = _first_words(lang)
    if not objects or not reach:
        return
    endings = first_plural_endings(lang)
    for d in drafts:
        q = d.quote
        if q is None or not q.speaker or q.speaker not in ctx.actors:
            continue
        # the speaker read as the doer of a deed done to "us" («Chi ha sparato ai nostri agenti»,
        # "They are shooting at us"): the speaker is the one acted on, and its doer is not known here
        moved = d.source == [q.speaker]
        if d.target and not moved:
            continue
        # the speaker's own act on its own side ("we will defend our borders") is no act on it
        if d.source and not moved and _same_side(ctx, q.speaker, d.source):
            continue
        if endings and ctx.lows[d.m.ta].endswith(endings):
            continue
        if (not d.source or moved) and _first_subject_before(ctx, d, subjects):
            continue
        if _first_object_at(ctx, d, objects, stops, reach) or _first_clitic_at(ctx, d, clitics):
            if moved:
                d.source = []
            d.target = [q.speaker]

def _first_subject_before(ctx: _Ctx, d: Draft, subjects: frozenset[str]) -> bool:
    """A first-person subject between the quotation's start and the trigger ("we will ...")."""
    q = d.quote
    assert q is not None
    k = min(d.m.toks) - 1
    while k >= 0 and ctx.toks[k].start >= q.start:
        if ctx.lows[k] in subjects:
            return True
        k -= 1
    return False


def _quoted_refusals(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A refusal the speaker voices for its own side («We will not negotiate with a gun to our
    heads», said the union leader) answers the side's adversary, whoever the clause happens to
    name: the nearest party is often the speaker's own crowd or a bystander ("Protesters of
    Argentina"). Uses the article's adversary of the source (`sides._adversary`: the side coded most
    often against it in hostile events); a refusal of someone else's ("the court rejected ...") keeps
    its target. Runs before `sides._refusal_targets`, which fills refusals with no target at all."""
    full = [d for d in drafts if d.source and d.target and not d.m.trig.sym]
    for d in drafts:
        q = d.quote
        if not d.refusal or q is None or not q.speaker or not d.source or not d.target:
            continue
        if not _same_side(ctx, q.speaker, d.source):
            continue
        adv = _adversary(ctx, [x for x in full if x is not d], d.source)
        if adv and not _same_side(ctx, adv[0], d.target):
            d.target = adv
