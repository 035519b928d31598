"""Two acts in one sentence told with coordinated verbs that share their subject. The subject
search (`subjects._subject`) links the second verb to the first (`Draft.inherit`) and gives it the
first's subject; what the second verb lacks is its other side, which the coordination also shares:

- a shared object ("hanno condannato e sanzionato la Russia"): the first verb, with nothing of its
  own before the conjunction, takes the second's target;
- an object pronoun in the second verb group ("ha accusato l'ambasciatore ... e lo ha espulso",
  "ha arrestato decine di manifestanti e li ha trattenuti"): the pronoun stands for the first
  verb's object, never its subject (that would be a reflexive), so the target is the first's;
- a symmetric act after a meeting ("ha incontrato Modi e ha firmato un accordo"): the participants
  of the meeting are the parties to the second act when that names none of its own.

Data: `roles.object_clitics` (triggers.yaml), `roles.conj`, `roles.aux`; `discourse.yaml`
`subject_links` (words after which a verb group with no subject of its own keeps the main clause's
subject: "..., mentre ha esortato la giunta", read by `subjects._subject`).

English second acts (the functions after `_Coord`; data `discourse.yaml` `coordination:` and
`object_pronouns`, `object_followers`): a state's staff with no nationality after a first act on that
state ("summoned the Iranian ambassador and expelled two diplomats": `_staff_objects`); an object
pronoun after the second verb ("detained the consul and later expelled him":
`_shared_pronoun_objects`); a needs guard met through a pronoun ("before police dispersed them":
`_pronoun_needs`, `_pronoun_referents`); a judged deed with no doer named, aimed at the party the next
act addresses ("welcomed the truce and urged A and B to ...": `_judged_then_addressed`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from cronaca import lang as langpacks
from cronaca.events.codes import _code, _same_side
from cronaca.events.context import _PUNCT, Draft, _Ctx


@cache
def subject_links(lang: str) -> frozenset[str]:
    """Clause links that keep the main clause's subject for a verb with none of its own
    (`discourse.yaml` `subject_links`); none for a language that lists none."""
    if not langpacks.has_data(lang, "discourse"):
        return frozenset()
    return frozenset(
        str(w).lower() for w in langpacks.load_yaml(lang, "discourse").get("subject_links") or []
    )


@cache
def _meeting_types(lang: str) -> frozenset[str]:
    """`discourse.yaml` `meeting_addressed`: types of a second verb addressed to a meeting's guest."""
    if not langpacks.has_data(lang, "discourse"):
        return frozenset()
    return frozenset(str(t) for t in langpacks.load_yaml(lang, "discourse").get("meeting_addressed") or [])


@cache
def _object_clitics(lang: str) -> frozenset[str]:
    if not langpacks.has_data(lang, "triggers"):
        return frozenset()
    roles = langpacks.load_yaml(lang, "triggers").get("roles") or {}
    return frozenset(str(w).lower() for w in roles.get("object_clitics") or [])


def _link(ctx: _Ctx, a: int, b: int) -> tuple[int, list[int]] | None:
    """Tokens a..b-1 between two verbs: a conjunction, then only auxiliaries, clitics and adverbs
    ("e", ", e poi ha", "e lo ha"). Returns the conjunction's index and the tokens after it, or None
    when anything else stands between (an object, a complement, a clause)."""
    lex = ctx.lex
    if a >= b or ctx.lows[a] not in lex.conj:
        return None
    k = a + 1
    if ctx.lows[a] == "," and k < b and ctx.lows[k] in lex.conj:
        k += 1  # ", e ha ..."
    rest = list(range(k, b))
    for j in rest:
        w = ctx.lows[j]
        if ctx.unit_at[j] is not None or not (w in lex.aux or (lex.adverb and w.endswith(lex.adverb))):
            return None
    return a, rest


def _coordinated(ctx: _Ctx, drafts: list[Draft]) -> None:
    """Fill the side a coordinated verb shares with the verb before it (see the module's doc)."""
    lang = ctx.doc.meta.lang or "it"
    clitics = _object_clitics(lang)
    for d in drafts:
        p = d.inherit
        if p is None and d.m.trig.type in _meeting_types(lang) and not d.target:
            p = _gerund_prior(ctx, d, drafts)  # "ha ricevuto X, chiedendo ...": the guest is asked
            if p is not None and not p.m.trig.sym:
                p = None
        if p is None or d.m.trig.noun or p.m.trig.noun or p.sent != d.sent or not d.source:
            continue
        if p.m.tb > d.m.ta:
            continue
        if d.m.trig.sym:
            # "ha incontrato Modi e ha firmato un accordo": the meeting's participants sign
            if p.m.trig.sym and len(p.source) >= 2 and len(d.source) < 2 and set(d.source) <= set(p.source):
                d.source = list(p.source)
                d.target = list(p.target)
            continue
        if p.m.trig.sym:
            # "ha ricevuto il premier olandese e ha chiesto nuovi sistemi di difesa": a request made
            # at a meeting with no addressee of its own is made to the guest
            if not d.target and d.m.trig.type in _meeting_types(lang) and set(d.source) <= set(p.source):
                d.target = [a for a in p.source if a not in d.source and not _same_side(ctx, a, d.source)]
            continue
        if not d.target and p.target and clitics:
            # "... e lo ha espulso": the pronoun before the auxiliary is the first verb's object
            j = d.m.ta - 1
            while j > p.m.tb and ctx.lows[j] not in ctx.lex.conj:
                j -= 1
            between = range(j + 1, d.m.ta)
            if (
                j > p.m.tb
                and any(ctx.lows[k] in clitics for k in between)
                and all(ctx.unit_at[k] is None and ctx.lows[k] in ctx.lex.aux for k in between)
            ):
                tgt = [a for a in p.target if not _same_side(ctx, a, d.source)]
                if tgt:
                    d.target = tgt
            continue


def _shared_objects(ctx: _Ctx, drafts: list[Draft]) -> None:
    """ "hanno condannato e sanzionato la Russia", "ha criticato e respinto la proposta russa": a
    first verb with nothing of its own before the conjunction shares the second's direct object.
    Runs after the owners of judged objects are read ("la proposta russa" -> Russia)."""
    for d in drafts:
        p = d.inherit
        if p is None or d.m.trig.noun or p.m.trig.noun or p.sent != d.sent or not d.source:
            continue
        if p.m.trig.sym or d.m.trig.sym or p.target or not d.target or p.m.tb > d.m.ta:
            continue
        if not _link(ctx, p.m.tb, d.vg[1] if d.vg[1] > p.m.tb else d.m.ta):
            continue
        # only a direct object ("e ha invitato i senatori a ... dei lavoratori" shares nothing); an
        # owner right after the object noun counts ("la proposta russa", "la richiesta di Kiev")
        if set(p.source) == set(d.source) and _opens_object(ctx, d):
            p.target = list(d.target)


def _coordinated_crowds(ctx: _Ctx, drafts: list[Draft]) -> None:
    """ "ha disperso il presidio e ha fermato almeno trenta persone", "ha convocato l'ambasciatore e
    ha espulso due diplomatici": unnamed people counted as the object of a second coordinated verb
    belong to the party the first verb acted on (`domestic.yaml` `coordinated_objects`). Runs after
    the crowd's targets are read (`measures._crowd_targets`: a dispersal is aimed at the protesters)."""
    lang = ctx.doc.meta.lang or "it"
    rules = _object_rules(lang)
    if not rules:
        return
    for d in drafts:
        p = d.inherit or _gerund_prior(ctx, d, drafts)
        if p is None or d.target or not d.source or d.m.trig.noun or not p.target:
            continue
        if p.m.trig.sym or p.sent != d.sent or p.m.tb > d.m.ta:
            continue
        for first, second, people in rules:
            if (p.m.trig.cameo in first or p.m.trig.type in first) and (
                d.m.trig.cameo in second or d.m.trig.type in second
            ):
                if _counted_people(ctx, d.m.tb, people):
                    d.target = [a for a in p.target if not _same_side(ctx, a, d.source)]
                break


def _gerund_prior(ctx: _Ctx, d: Draft, drafts: list[Draft]) -> Draft | None:
    """The verb a gerund after a comma goes with ("ha disperso i manifestanti, arrestando ..."): the
    last verb trigger before the comma in the sentence, when both have the same doer."""
    a = d.m.ta
    if not ctx.lex.gerund or a < 1 or ctx.lows[a - 1] != "," or not ctx.lows[a].endswith(ctx.lex.gerund):
        return None
    best: Draft | None = None
    for p in drafts:
        if p is d or p.m.trig.noun or p.sent != d.sent or p.m.tb > a - 1:
            continue
        if best is None or p.m.ta > best.m.ta:
            best = p
    # a meeting's source holds both participants; its clause's own doer is `subject`
    doer = (best.subject if best.subject is not None else best.source) if best is not None else []
    if best is not None and doer and set(doer) == set(d.source):
        return best
    return None


def _subordinate_clitics(ctx: _Ctx, drafts: list[Draft]) -> None:
    """ "Decine di manifestanti hanno occupato la piazza finché la polizia non li ha dispersi": an
    object pronoun in a clause opened by a subordinator (`discourse.yaml` `clitic_subordinators`)
    with a subject of its own stands for the main clause's subject, the doer of the verb before."""
    lang = ctx.doc.meta.lang or "it"
    subs = _subordinators(lang)
    clitics = _object_clitics(lang)
    if not subs or not clitics:
        return
    verbs = sorted((d for d in drafts if not d.m.trig.noun), key=lambda d: d.m.ta)
    for i, d in enumerate(verbs):
        if d.target or not d.source or d.inherit is not None or d.m.trig.sym or i == 0:
            continue
        j = d.m.ta - 1
        while j >= 0 and ctx.lows[j] in ctx.lex.aux and ctx.lows[j] not in clitics:
            j -= 1
        if j < 0 or ctx.lows[j] not in clitics:
            continue
        link = -1
        for k in range(j - 1, max(-1, j - 8), -1):
            w = ctx.lows[k]
            if w in subs:
                link = k
                break
            if w in (",", ";", ":") or ctx.lows[k] in ctx.lex.conj:
                break
        p = verbs[i - 1]
        if link < 0 or p.sent != d.sent or p.m.tb > link or not p.source:
            continue
        tgt = [a for a in p.source if not _same_side(ctx, a, d.source)]
        if tgt:
            d.target = tgt


@cache
def _subordinators(lang: str) -> frozenset[str]:
    if not langpacks.has_data(lang, "discourse"):
        return frozenset()
    return frozenset(
        str(w).lower() for w in langpacks.load_yaml(lang, "discourse").get("clitic_subordinators") or []
    )


def _opens_object(ctx: _Ctx, d: Draft) -> bool:
    """Does a direct object follow the verb trigger: a party, or a determiner and a noun whose
    first party has no preposition or "di" before it ("sanzionato la Russia", "respinto la
    proposta russa"; not "invitato i senatori a ...")?"""
    k = d.m.tb
    if k >= len(ctx.lows) or ctx.toks[k].sent != ctx.toks[d.m.ta].sent:
        return False
    u = ctx.unit_at[k]
    if u is not None:
        return u.actor in d.target
    if ctx.lows[k] not in ctx.lex.det or ctx.lows[k] in ctx.lex.prep:
        return False
    for j in range(k + 1, min(len(ctx.lows), k + 5)):
        v = ctx.unit_at[j]
        if v is not None:
            return v.actor in d.target and ctx.gov(v, k) in (None, "of")
        if ctx.lows[j] in ctx.lex.clause or ctx.lows[j] in (",", ";", ":"):
            return False
    return False


@cache
def _object_rules(lang: str) -> tuple[tuple[frozenset[str], frozenset[str], frozenset[str]], ...]:
    """`domestic.yaml` `coordinated_objects`: for each rule, the types or CAMEO codes of the first
    verb, those of the second, and the person nouns that may be counted as the second's object."""
    if not langpacks.has_data(lang, "domestic"):
        return ()
    out = []
    for r in langpacks.load_yaml(lang, "domestic").get("coordinated_objects") or []:
        out.append(
            (
                frozenset(str(t) for t in r.get("first") or []),
                frozenset(str(t) for t in r.get("second") or []),
                frozenset(str(w).lower() for w in r.get("people") or []),
            )
        )
    return tuple(out)


def _counted_people(ctx: _Ctx, k: int, people: frozenset[str]) -> bool:
    """Does a counted phrase of unnamed people open at token k ("almeno trenta persone", "una
    trentina di manifestanti", "decine di attivisti")? Numbers, approximations and "di" may stand
    before the person noun, nothing else, and no party is named in it."""
    for j in range(k, min(len(ctx.lows), k + 5)):
        w = ctx.lows[j]
        if ctx.unit_at[j] is not None:
            return False
        if w in people:
            return j > k  # a count or a quantity before it: a bare "persone" is no object of the clause
        if not (w.isdigit() or w.isalpha()) or ctx.lows[j] in ctx.lex.clause:
            return False
    return False


@dataclass(frozen=True)
class _Coord:
    staff: frozenset[str]  # staff nouns of a state ("diplomats", "envoys"): no party of their own
    staff_types: frozenset[str]  # PLOVER types whose object may be such staff
    judge_types: frozenset[str]  # judgements of a deed aimed at the party the next act addresses
    pronouns: frozenset[str]  # object pronouns ("them", "him")
    followers: frozenset[str]  # words that may follow an object pronoun ("them with", "him on")
    strict: frozenset[str]  # pronouns more often a thing ("it"): an object only before these
    strict_followers: frozenset[str]


@cache
def _coord(lang: str) -> _Coord:
    try:
        data = langpacks.load_yaml(lang, "discourse") or {}
    except langpacks.DataError:
        data = {}
    co = data.get("coordination") or {}
    pro = data.get("object_pronouns") or {}
    return _Coord(
        staff=frozenset(str(w).lower() for w in co.get("staff_objects") or []),
        staff_types=frozenset(str(w) for w in co.get("staff_types") or []),
        judge_types=frozenset(str(w) for w in co.get("judge_types") or []),
        pronouns=frozenset(str(w).lower() for kind in pro.values() for w in kind or []),
        followers=frozenset(str(w).lower() for w in data.get("object_followers") or []),
        strict=frozenset(str(w).lower() for w in data.get("strict_object_pronouns") or []),
        strict_followers=frozenset(str(w).lower() for w in data.get("strict_object_followers") or []),
    )


def _pronoun_needs(ctx: _Ctx, k: int, lo: int, i: int, needs: frozenset[str]) -> bool:
    """Is token `k` (right after a trigger at `i`) an object pronoun, with one of the `needs` words
    before the trigger in its sentence (from token `lo`)? "before police dispersed them": the
    pronoun stands for the protesters named before."""
    co = _coord(ctx.doc.meta.lang or "it")
    if k + 1 >= len(ctx.lows) or ctx.lows[k] not in co.pronouns or ctx.lows[k + 1] not in co.followers:
        return False  # "them with tear gas", not "her government"
    toks = ctx.toks
    return any(ctx.lows[j] in needs or toks[j].lemma in needs for j in range(lo, i))


def _staff_objects(ctx: _Ctx, drafts: list[Draft]) -> None:
    """"summoned the Iranian ambassador and expelled two diplomats": the second act's object is staff
    with no nationality; they belong to the state the same source acted against just before in the
    sentence."""
    co = _coord(ctx.doc.meta.lang or "it")
    if not co.staff:
        return
    n = len(ctx.lows)
    for i, d in enumerate(drafts):
        if d.target or not d.source or d.m.trig.type not in co.staff_types or d.m.trig.sym:
            continue
        # the object: the words after the trigger up to the clause's end
        staff = False
        for j in range(d.m.tb, min(n, d.m.tb + 6)):
            w = ctx.lows[j]
            if w in _PUNCT or w in ctx.lex.clause or ctx.unit_at[j] is not None:
                break
            if w in co.staff:
                staff = True
                break
        if not staff:
            continue
        src = {_code(ctx, a) for a in d.source}
        for e in reversed(drafts[:i]):
            if e.sent != d.sent or e.m.ta >= d.m.ta:
                continue
            if e.target and {_code(ctx, a) for a in e.source} == src and not e.m.trig.sym:
                tgt = [a for a in e.target if not _same_side(ctx, a, d.source)]
                if tgt:
                    d.target = tgt
                break


def _pronoun_referents(ctx: _Ctx, drafts: list[Draft]) -> None:
    """"marched on parliament before police dispersed them": a trigger whose guard needs a word of
    its object ("dispersed" needs protesters) and whose object is a pronoun aims at the party that
    word names before it in the sentence, not at the last party named (the parliament)."""
    co = _coord(ctx.doc.meta.lang or "it")
    n = len(ctx.lows)
    for d in drafts:
        needs = d.m.trig.needs
        if d.target or not needs or d.m.tb >= n or ctx.lows[d.m.tb] not in co.pronouns:
            continue
        lo = ctx.doc.sents[d.sent].tok_start
        for j in range(d.m.ta - 1, lo - 1, -1):
            u = ctx.unit_at[j]
            # a party named by the word ("students"); "marched" names the act, no party
            if u is not None and (ctx.lows[j] in needs or ctx.toks[j].lemma in needs):
                # no side check: the police and the protesters they disperse are one country's
                if u.actor not in d.source:
                    d.target = [u.actor]
                break


def _judged_then_addressed(ctx: _Ctx, drafts: list[Draft]) -> None:
    """"welcomed the ceasefire and urged Israel and Hamas to respect it", "condemned the visit and
    announced sanctions against Taiwan": a judgement of a deed noun whose doers the clause does not
    name, followed by a coordinated act of the same subject aimed at a party: the judged deed is that
    party's. Only for the judging types of `coordination.judge_types`, when nothing else filled it."""
    co = _coord(ctx.doc.meta.lang or "it")
    if not co.judge_types:
        return
    lex = ctx.lex
    for d in drafts:
        e = d.inherit
        if e is None or e.target or not e.source or not d.target or e.sent != d.sent:
            continue
        if e.m.trig.noun or e.m.trig.type not in co.judge_types or d.m.trig.sym or e.adjectival:
            continue
        if e.m.tb < len(ctx.lows) and ctx.lows[e.m.tb] in lex.prep:
            continue  # "troops backed by air strikes had repelled ...": a participle, no judgement
        # the first verb's object: a deed noun with no party named, up to the conjunction
        deed = False
        for j in range(e.m.tb, d.m.ta):
            w = ctx.lows[j]
            if w in lex.conj or w in _PUNCT or ctx.unit_at[j] is not None:
                break
            if j in ctx.trigger_tok and j not in ctx.verb_tok:
                deed = True
        else:
            continue  # no conjunction before the second verb
        if not deed or ctx.lows[j] not in lex.conj:
            continue
        tgt = [a for a in d.target if not _same_side(ctx, a, e.source)]
        if tgt:
            e.target = tgt


def _shared_pronoun_objects(ctx: _Ctx, drafts: list[Draft]) -> None:
    """"detained the Ukrainian consul and later expelled him", "freed two hostages and handed them
    to ...": an object pronoun right after the second of two coordinated verbs of one subject stands
    for the first verb's object, before any party named earlier (`discourse._object_pronouns`)."""
    co = _coord(ctx.doc.meta.lang or "it")
    if not co.pronouns:
        return
    n = len(ctx.lows)
    for d in drafts:
        e = d.inherit
        if e is None or d.target or not d.source or d.m.trig.noun or d.m.trig.sym or d.m.tb + 1 >= n:
            continue
        if e.sent != d.sent or not e.target or e.m.trig.sym or e.m.trig.noun:
            continue
        if ctx.lows[d.m.tb] not in co.pronouns or ctx.lows[d.m.tb + 1] not in co.followers:
            continue
        if ctx.lows[d.m.tb] in co.strict and ctx.lows[d.m.tb + 1] not in co.strict_followers:
            continue  # "denied it.": a thing, no party
        tgt = [a for a in e.target if not _same_side(ctx, a, d.source)]
        if tgt:
            d.target = tgt
