"""Requests whose content is to stop someone's deed, said with a noun ("hanno chiesto la fine
immediata degli attacchi contro la missione", "called for an end to the shelling"): the deed is the
request's topic, done by someone else than the requester, and whoever does it is the one asked.
"""

from __future__ import annotations

from functools import cache

from cronaca import lang as langpacks
from cronaca.events.codes import _same_side
from cronaca.events.context import Draft, _Ctx
from cronaca.events.lexicons import deeds
from cronaca.events.phrases import _has_break, _stopped

# how far after the request verb its object noun may open ("ha chiesto in una dichiarazione
# congiunta la fine ..."): a clause break stops the search before this
_REACH = 12


def _asked_stops(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A request with no one asked, whose object is a stop noun over a deed noun ("la fine degli
    attacchi", stop words in `roles.stop_verbs`), is aimed at the deed's doer. The clause gave
    the deed the requester as subject; its doer is the doer of the last earlier deed of its type
    by another side (the attacks already reported), else none."""
    for i, d in enumerate(drafts):
        if d.m.trig.type != "REQUEST" or d.m.trig.noun or not d.source or d.target:
            continue
        if d.quote is not None:
            continue  # "«the warring parties must stop the fighting»": the parties are asked (parties.py)
        for e in drafts[i + 1 :]:
            if e.sent != d.sent or e.m.ta - d.m.tb > _REACH or _has_break(ctx, d.m.tb, e.m.ta):
                break
            if not e.m.trig.noun or e.m.trig.type not in ctx.lex.material:
                continue
            if not (_stopped(ctx, e) or _stop_noun(ctx, e)):
                continue
            own = [a for a in e.source if not _same_side(ctx, a, d.source)]
            doer = own or _last_doer(ctx, drafts, e, d.source)
            e.source = list(doer)
            e.target = [a for a in e.target if a not in doer]
            if doer:
                d.target = list(doer)
            break


def _last_doer(ctx: _Ctx, drafts: list[Draft], e: Draft, requester: list[str]) -> list[str]:
    """The doer of the last deed of e's type before it, not on the requester's side; one told as
    a fact (asserted) over one only claimed ("Netanyahu ha accusato Hezbollah di lanciare razzi")."""
    best: list[str] = []
    told: list[str] = []
    for x in drafts:
        if x.m.ta >= e.m.ta:
            break
        if x.m.trig.type == e.m.trig.type and x.source and not any(_same_side(ctx, a, requester) for a in x.source):
            best = x.source
            if x.modality == "asserted":
                told = x.source
    return told or best


def _stop_noun(ctx: _Ctx, e: Draft) -> bool:
    """Is the deed noun the "di/of" modifier of a stop noun ("la fine immediata degli attacchi",
    "an end to the shelling" is the verb path)? Articles, then the preposition, then at most two
    adjectives, then the stop word (checked as written too: the lemma table sends "fine" to "fino")."""
    stop = deeds(ctx.doc.meta.lang or "it").stop
    lex = ctx.lex
    lo = ctx.doc.sents[e.sent].tok_start
    k = e.m.ta - 1
    while k >= lo and ctx.lows[k] in lex.det and lex.prep.get(ctx.lows[k]) != "of":
        k -= 1
    if k < lo or lex.prep.get(ctx.lows[k]) != "of":
        return False
    k -= 1
    for _ in range(3):
        if k < lo:
            return False
        w = ctx.lows[k]
        if w in stop or ctx.toks[k].lemma in stop:
            return True
        if not w.isalpha() or ctx.toks[k].is_title or w in lex.prep or w in lex.det or ctx.unit_at[k] is not None:
            return False
        k -= 1  # an adjective: "la fine immediata degli attacchi"
    return False


@cache
def _clitics(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """Object clitics and the types whose target they stand for (`roles.object_clitics`,
    `roles.clitic_target_types` in triggers.yaml); none for a language that lists none."""
    roles = langpacks.load_yaml(lang, "triggers").get("roles") or {}
    words = frozenset(str(w).lower() for w in roles.get("object_clitics") or [])
    types = frozenset(str(t) for t in roles.get("clitic_target_types") or [])
    return words, types


def _clitic_targets(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A request or accusation whose addressee is an object clitic in its verb group ("Scholz lo
    ha accusato di tradire l'Unione", "Gli ha chiesto di inviare ...") is aimed at the clitic's
    referent, not at a party named in the complement: the subject of the sentence before, or when
    that is the source itself, the last party named before the verb on another side."""
    words, types = _clitics(ctx.doc.meta.lang or "it")
    if not words:
        return
    sents = ctx.doc.sents
    for d in drafts:
        if ctx.lows[d.m.ta] in ctx.lex.enclitic and d.source and not d.m.trig.sym:
            _enclitic_target(ctx, d)
            continue
        if d.m.trig.noun or d.m.trig.type not in types or not d.source or d.quote is not None:
            continue
        lo = d.vg[1]
        # the clitic before an auxiliary ("lo ha", "gli aveva", "l'ha"): a sentence opening "La
        # denuncia ..." is an article and a noun the lemma table reads as a verb
        if lo < 0 or not any(
            ctx.lows[k] in words and ctx.lows[k + 1] in ctx.lex.aux for k in range(lo, d.m.ta - 1)
        ):
            continue
        ref: str | None = None
        if d.sent > 0:
            prev = sents[d.sent - 1]
            for k in range(prev.tok_start, prev.tok_end):
                u = ctx.unit_at[k]
                if u is not None and u.ts == k and ctx.gov(u, prev.tok_start) is None:
                    ref = u.actor  # the previous sentence's subject: its first ungoverned party
                    break
        if ref is None or _same_side(ctx, ref, d.source):
            ref = None
            start = sents[d.sent - 1].tok_start if d.sent > 0 else sents[d.sent].tok_start
            for k in range(lo - 1, start - 1, -1):
                u = ctx.unit_at[k]
                if u is not None and u.ts == k and u.actor in ctx.actors and not _same_side(ctx, u.actor, d.source):
                    ref = u.actor
                    break
        if ref is not None:
            d.target = [ref]


def _enclitic_target(ctx: _Ctx, d: Draft) -> None:
    """A gerund with its object pronoun glued on ("..., accusandolo di", "chiedendogli di") is aimed
    at whom the pronoun stands for: the last party named before it in the sentence on another side
    than the source (the main clause's object: "Macron ha ricevuto Putin, accusandolo ..."), else
    the sentence before's subject."""
    s = ctx.doc.sents[d.sent]
    ref: str | None = None
    for k in range(d.m.ta - 1, s.tok_start - 1, -1):
        u = ctx.unit_at[k]
        if u is not None and u.ts == k and u.actor in ctx.actors and not _same_side(ctx, u.actor, d.source):
            ref = u.actor
            break
    if ref is None and d.sent > 0:
        prev = ctx.doc.sents[d.sent - 1]
        for k in range(prev.tok_start, prev.tok_end):
            u = ctx.unit_at[k]
            if u is not None and u.ts == k and ctx.gov(u, prev.tok_start) is None:
                if u.actor in ctx.actors and not _same_side(ctx, u.actor, d.source):
                    ref = u.actor
                break
    if ref is not None:
        d.target = [ref]


def _that_addressees(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A demand whose object is a "che" clause ("ha chiesto che la Russia ritiri le truppe") is
    aimed at that clause's subject: the clause word stops the object search, so the request had
    no target and was dropped. Only a party right after "che" (an article between) is taken, and
    only one on another side than the source."""
    lex = ctx.lex
    n = len(ctx.lows)
    for d in drafts:
        if d.target or not d.source or d.m.trig.noun or d.m.trig.type != "REQUEST":
            continue
        k = d.m.tb
        if k >= n or ctx.lows[k] not in lex.comp_that:
            continue
        k += 1
        while k < n and ctx.lows[k] in lex.det:
            k += 1
        if k >= n or ctx.toks[k].sent != ctx.toks[d.m.ta].sent:
            continue
        u = ctx.unit_at[k]
        if u is None or u.ts != k or u.kind == "DEM" or u.actor not in ctx.actors:
            continue
        if not _same_side(ctx, u.actor, d.source):
            d.target = [u.actor]
