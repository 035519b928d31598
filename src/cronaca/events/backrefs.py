"""Sides named away from the trigger (Italian batch three, branch ev-batch3-it).

Three constructions whose side the clause rules do not reach:

- `_apposed_passives`: a participle trigger in apposition after a name, with its agent after it
  ("L'Iran, accusato da Washington di fornire armi ...", "Kiev, sostenuta dall'Occidente, ...") is
  a passive: the agent is the doer, the name before the comma the target (the clause rules took the
  name as the doer and searched for a target further on).
- `_rejected_requests`: "ha escluso un riconteggio" after "l'opposizione ha chiesto il riconteggio":
  a rejection with no party whose object noun is what an earlier request of the article asked for is
  aimed at whoever asked it (a few sentences back, across paragraphs: a reply often opens one).
- `_opposition_claims`: "L'opposizione ha denunciato brogli e ha chiesto il riconteggio": a charge
  or demand of the opposition with no party named is aimed at its country's government (the
  article's first government actor of that country), like a domestic protest.
- `_owned_claims`: "ha respinto le critiche di Parigi", "respinge le accuse dell'Osce": a rejection
  whose object is a claim noun with "di X" after it is aimed at X.
- `_gatherings`: "centinaia di manifestanti si sono radunati ...": a verb of gathering is a protest
  only when its doer is named as protesters (data: `lang/<l>/domestic.yaml` `gathering`).
- (a rejection of charges by name with no party, "ha respinto le accuse", is aimed at the last
  accuser of the rejecter's side by `authors_index._referenced_authors`, the one lookup for every
  referenced act.)
- `_capital_addressees`: "ha chiesto a Roma di garantire ...": a city after the preposition of the
  one asked, with a complement after it, is its government asked (a metonym), not a place.
- `_mutual_groups`: "il ritiro delle truppe di entrambi i Paesi", "i due eserciti si sono
  scontrati": a deed done by a counted pair of parties with no target is done by each to the other,
  not to a third party named around it (the mediator of the truce).
- `_apposed_officials`: "La presidente della Commissione elettorale, Nurgul Sadykova, ha respinto
  ...": a person with no code, named after a title of a coded body and a comma, acts for that body.

Data: `lang/<l>/discourse.yaml` (`apposed_titles`, `request_reach`, `opposition_claims`,
`claim_nouns`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from cronaca import lang as langpacks
from cronaca.events.codes import _government_of, _same_side
from cronaca.events.context import _PUNCT, Draft, Unit, _Ctx
from cronaca.events.lexicons import discourse_data


@cache
def _data(lang: str) -> tuple[frozenset[str], int]:
    """(title nouns that open an apposed official's phrase, how many sentences back a rejected
    request may lie)."""
    raw = discourse_data(lang)
    titles = frozenset(str(w).lower() for w in raw.get("apposed_titles") or [])
    return titles, int(raw.get("request_reach") or 0)


@cache
def _opposition(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """(event types, doer sectors) of `opposition_claims`."""
    raw = discourse_data(lang).get("opposition_claims") or {}
    return frozenset(raw.get("types") or []), frozenset(raw.get("sectors") or [])


@cache
def _appealing(lang: str) -> frozenset[str]:
    """Doer sectors of `opposition_appeals`."""
    return frozenset(str(w) for w in discourse_data(lang).get("opposition_appeals") or [])


@cache
def _claim_words(lang: str) -> frozenset[str]:
    """Nouns naming someone's words or charges (`claim_nouns` and `charge_nouns`)."""
    raw = discourse_data(lang)
    return frozenset(str(w).lower() for key in ("claim_nouns", "charge_nouns") for w in raw.get(key) or [])


@cache
def _gathering(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(verbs, protester nouns, protesting sectors) of domestic.yaml `gathering`."""
    try:
        raw = (langpacks.load_yaml(lang, "domestic") or {}).get("gathering") or {}
    except langpacks.DataError:
        return frozenset(), frozenset(), frozenset()
    return (
        frozenset(raw.get("verbs") or []),
        frozenset(str(w).lower() for w in raw.get("doers") or []),
        frozenset(raw.get("sectors") or []),
    )


def _gatherings(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """Drop a gathering verb's protest unless one of its doers is named as protesters or is of a
    protesting sector."""
    verbs, doers, sectors = _gathering(ctx.doc.meta.lang or "it")
    if not verbs:
        return drafts
    out = []
    for d in drafts:
        k = d.m.ta
        if d.m.trig.type == "PROTEST" and (ctx.toks[k].lemma in verbs or ctx.lows[k] in verbs):
            acts = [ctx.actors[a] for a in d.source if a in ctx.actors]
            named = any(w in doers for a in acts for m in a.mentions for w in m.text.lower().split())
            if not named and not any(a.sector in sectors for a in acts):
                continue
        out.append(d)
    return out


def _opposition_claims(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A charge or demand of the opposition with no party named: at its country's government."""
    types, sectors = _opposition(ctx.doc.meta.lang or "it")
    if not types:
        return
    for d in drafts:
        if d.target or not d.source or d.own_side or d.m.trig.type not in types:
            continue
        doers = [ctx.actors.get(a) for a in d.source]
        if any(a is None or a.igo or not a.country or a.sector not in sectors for a in doers):
            continue
        noun = d.m.trig.noun or (d.m.ta > 0 and ctx.lows[d.m.ta - 1] in ctx.lex.prep)  # "stato d'accusa"
        if noun and not _in_phrase(ctx, d, set(d.source)):
            continue  # a noun the opposition only talks about ("definisce ... la messa in stato d'accusa")
        countries = {a.country for a in doers if a is not None}
        if len(countries) == 1:
            d.target = _government_of(ctx, countries.pop())


def _opposition_appeals(ctx: _Ctx, drafts: list[Draft]) -> None:
    """An open appeal of the opposition ("L'opposizione ha chiesto nuove elezioni", "The opposition
    demanded early elections"): no one is named after the verb, but the opposition asks its own
    government, as `_opposition_claims` reads its other demands. It runs late, after the implied
    sides, so that the filled pair does not become evidence of the article's dyad (it moved fights
    between police and students onto the opposition when it ran with `_opposition_claims`)."""
    sectors = _appealing(ctx.doc.meta.lang or "it")
    if not sectors:
        return
    for d in drafts:
        if not d.open_appeal or d.target or not d.source or d.m.trig.type != "REQUEST":
            continue
        doers = [ctx.actors.get(a) for a in d.source]
        if any(a is None or a.igo or not a.country or a.sector not in sectors for a in doers):
            continue
        countries = {a.country for a in doers if a is not None}
        target = _government_of(ctx, countries.pop()) if len(countries) == 1 else []
        if target:
            d.target = target
            d.open_appeal = d.own_side = False


def _in_phrase(ctx: _Ctx, d: Draft, actors: set[str]) -> bool:
    """Is one of `actors` named in the noun trigger's own phrase, after it and before a clause break
    ("le critiche dell'opposizione", "le critiche ... da parte dell'opposizione")?"""
    hi = min(ctx.doc.sents[d.sent].tok_end, d.m.tb + 8)
    for k in range(d.m.tb, hi):
        w = ctx.lows[k]
        if w in ctx.lex.clause or (w in _PUNCT and w != ","):
            break
        u = ctx.unit_at[k]
        if u is not None and u.actor in actors:
            return True
    return False


def _owned_claims(ctx: _Ctx, drafts: list[Draft]) -> None:
    """"ha respinto le critiche di Parigi": a rejected claim noun's owner is the target."""
    claims = _claim_words(ctx.doc.meta.lang or "it")
    if not claims:
        return
    lex = ctx.lex
    n = len(ctx.lows)
    for d in drafts:
        if d.m.trig.type != "REJECT" or d.m.trig.noun or d.refusal or not d.source:
            continue
        k = _object_word(ctx, d)
        if k < 0 or ctx.lows[k] not in claims or k + 1 >= n:
            continue
        j = k + 1
        if ctx.lows[j] not in lex.prep or lex.prep[ctx.lows[j]] != "of":
            continue
        j += 1
        if j < n and ctx.lows[j] in lex.det:
            j += 1
        u = ctx.unit_at[j] if j < n else None
        if u is None or ctx.toks[u.ts].sent != d.sent or _same_side(ctx, u.actor, d.source):
            continue
        d.target = [u.actor]


def _unit_before(ctx: _Ctx, k: int) -> Unit | None:
    """The unit ending right before token k (k - 1 is its last token)."""
    return ctx.unit_at[k - 1] if k - 1 >= 0 else None


def _apposed_passives(ctx: _Ctx, drafts: list[Draft]) -> None:
    """"X, <participle> da Y ...": Y does the act to X. The agent may be a title with its name
    apposed ("accusati dal ministro degli Esteri, Julio Serrano, di ..."); X may close a list
    ("i diplomatici di Argentina, Cile e Uruguay, accusati ...": all three are the target). With no
    agent, an accusation hung on its object ("sanzioni contro quindici funzionari, accusati di
    aver ...") is made by the party that acted on X in the clause before: the source of the nearest
    draft before it in the sentence."""
    lex = ctx.lex
    n = len(ctx.lows)
    for i, d in enumerate(drafts):
        m = d.m
        if m.trig.noun or m.trig.sym or m.tb - m.ta != 1 or m.ta < 2:
            continue
        w = ctx.lows[m.ta]
        if not w.endswith(lex.participle) or ctx.lows[m.ta - 1] != ",":
            continue
        x = _unit_before(ctx, m.ta - 1)
        if x is None or ctx.toks[x.ts].sent != d.sent:
            continue
        k = m.tb
        if k >= n:
            continue
        if lex.prep.get(ctx.lows[k]) != "agent":
            if m.trig.type == "ACCUSE" and lex.prep.get(ctx.lows[k]) == "of":
                _unagented_charge(ctx, drafts[:i], d, x)
            continue
        k += 1
        if k + 1 < n and ctx.lows[k] in lex.agent_long:
            k += 2  # "da parte di X"
        y = ctx.unit_at[k] if k < n else None
        if y is None:
            y = _apposed_agent(ctx, k, ctx.doc.sents[d.sent].tok_end)
        if y is None or y.actor == x.actor or _same_side(ctx, y.actor, [x.actor]):
            continue
        d.source = [y.actor]
        d.target = _listed(ctx, x)
        d.subject = [y.actor]


def _apposed_agent(ctx: _Ctx, k: int, hi: int) -> Unit | None:
    """"dal ministro degli Esteri, Julio Serrano, ...", "dal presidente Nicolás Maduro": the name
    after a title that follows "da" (a few lowercase words and "di" phrases, perhaps a comma)."""
    lex = ctx.lex
    for j in range(k, min(hi, k + 7)):
        w = ctx.lows[j]
        if w == ",":
            return ctx.unit_at[j + 1] if j + 1 < hi else None
        if ctx.unit_at[j] is not None:
            return ctx.unit_at[j]  # "dal presidente Nicolás Maduro": the name right after the title
        if w in lex.clause or w in _PUNCT or j in ctx.trigger_tok:
            return None
    return None


def _listed(ctx: _Ctx, x: Unit) -> list[str]:
    """`x` and the parties listed right before it ("Argentina, Cile e Uruguay")."""
    out = [x.actor]
    k = x.ts
    while k - 2 >= 0 and ctx.lows[k - 1] in ctx.lex.conj and ctx.unit_at[k - 2] is not None:
        u = ctx.unit_at[k - 2]
        if u is None or u.actor in out:
            break
        out.insert(0, u.actor)
        k = u.ts
    return out


def _unagented_charge(ctx: _Ctx, before: list[Draft], d: Draft, x: Unit) -> None:
    """"..., X, accusati di aver ...": the charge is made by who acted on X just before."""
    for e in reversed(before):
        if e.sent != d.sent:
            return
        if e.source and not _same_side(ctx, x.actor, e.source):
            d.source = list(e.source)
            d.subject = list(e.source)
            d.target = [a for a in _listed(ctx, x) if not _same_side(ctx, a, e.source)]
            return


def _object_word(ctx: _Ctx, d: Draft) -> int:
    """The first content word after a verb trigger: its object's head ("ha escluso un riconteggio")."""
    lex = ctx.lex
    hi = ctx.doc.sents[d.sent].tok_end
    for k in range(d.m.tb, min(hi, d.m.tb + 4)):
        w = ctx.lows[k]
        if w in lex.det or w in lex.aux:
            continue
        if w in _PUNCT or w in lex.clause or ctx.unit_at[k] is not None or w in lex.prep:
            return -1
        return k
    return -1


@cache
def _ruling_out(lang: str) -> frozenset[str]:
    return frozenset(discourse_data(lang).get("ruling_out") or [])


def _rejected_requests(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A rejection with no party whose object names what an earlier request asked for: aimed at the
    requester. A verb of ruling out (`ruling_out`: "ha escluso un aumento delle tasse") whose object
    names nothing asked and no party is no event: it tells a possibility, not a reply."""
    lang = ctx.doc.meta.lang or "it"
    _, reach = _data(lang)
    if not reach:
        return
    ruling = _ruling_out(lang)
    lex = ctx.lex
    unanswered: set[int] = set()
    for i, d in enumerate(drafts):
        if d.m.trig.type != "REJECT" or d.m.trig.noun or d.target or not d.source or d.refusal:
            continue
        k = _object_word(ctx, d)
        if k < 0:
            continue
        key = (ctx.lows[k], ctx.toks[k].lemma)
        for e in reversed(drafts[:i]):
            if e.m.trig.type != "REQUEST" or not e.source or e.sent < d.sent - reach or e.sent > d.sent:
                continue
            if any(_same_side(ctx, a, d.source) for a in e.source):
                continue
            hi = ctx.doc.sents[e.sent].tok_end
            asked = False
            for j in range(e.m.tb, min(hi, e.m.tb + 6)):
                w = ctx.lows[j]
                if w in _PUNCT or w in lex.clause:
                    break
                if w in key or ctx.toks[j].lemma in key:
                    asked = True
                    break
            if asked:
                d.target = list(e.source)
                break
        if not d.target and ctx.toks[d.m.ta].lemma in ruling:
            unanswered.add(id(d))
    if unanswered:
        drafts[:] = [d for d in drafts if id(d) not in unanswered]


def _coded(ctx: _Ctx, a: str) -> bool:
    act = ctx.actors.get(a)
    return act is not None and bool(act.igo or act.country)


def _capital_addressees(ctx: _Ctx, drafts: list[Draft]) -> None:
    """"chiedere a <city> di/che ...": the city's country is the one asked."""
    lex = ctx.lex
    n = len(ctx.lows)
    for d in drafts:
        if d.m.trig.type != "REQUEST" or d.m.trig.noun or d.target or not d.source:
            continue
        k = d.m.tb
        if k + 2 >= n or lex.prep.get(ctx.lows[k]) != "target":
            continue
        u = ctx.unit_at[k + 1]
        if u is None or u.ts != k + 1 or u.kind != "LOC" or u.te >= n:
            continue
        a = ctx.actors.get(u.actor)
        if a is None or not a.country or _same_side(ctx, u.actor, d.source):
            continue
        if ctx.lows[u.te] in lex.comp_inf or ctx.lows[u.te] in lex.comp_that:
            d.target = [u.actor]


def _mutual_groups(
    ctx: _Ctx, drafts: list[Draft], found: dict[str, tuple[int, int]], expand: Callable[..., None]
) -> None:
    """Expand counted groups (`expand`: parties._expand_groups); a deed whose doer was a group of
    two with no target named is then aimed at each other."""
    material = ctx.lex.material
    pairs = [
        d
        for d in drafts
        if d.m.trig.type in material
        and any(a in found and found[a][0] == 2 for a in d.source)
        and not _named_after(ctx, d)
    ]
    expand(ctx, drafts, found)
    for d in pairs:
        if len(d.source) == 2 and not any(a in found for a in d.source):
            d.target = list(d.source)


def _named_after(ctx: _Ctx, d: Draft) -> bool:
    """Does the trigger's own phrase name one of its targets ("gli attacchi di entrambi contro X")?
    A target found elsewhere (the clause's subject, a mediator) gives way to the pair itself."""
    if not d.target:
        return False
    hi = min(ctx.doc.sents[d.sent].tok_end, d.m.tb + 10)
    for k in range(d.m.tb, hi):
        w = ctx.lows[k]
        if w in _PUNCT or w in ctx.lex.clause:
            break
        u = ctx.unit_at[k]
        if u is not None and u.actor in d.target:
            return True
    return False


def _apposed_officials(ctx: _Ctx, drafts: list[Draft]) -> None:
    """"<title> di <coded body>, <uncoded person>, <verb>": the person's side is the body."""
    titles, _ = _data(ctx.doc.meta.lang or "it")
    if not titles:
        return
    cache_: dict[tuple[str, int], str | None] = {}
    for d in drafts:
        for side in (d.source, d.target):
            for idx, a in enumerate(side):
                act = ctx.actors.get(a)
                if act is None or act.kind != "PER" or act.igo or act.country:
                    continue
                # only where the apposition stands in the event's own sentence: a side carried over
                # from an earlier sentence was a guess already
                key = (a, d.sent)
                if key not in cache_:
                    cache_[key] = _body_for(ctx, a, titles, d.sent)
                body = cache_[key]
                if body is not None and body not in side:
                    side[idx] = body


def _body_for(ctx: _Ctx, actor: str, titles: frozenset[str], sent: int) -> str | None:
    """The coded body whose title phrase stands before a mention of `actor` and a comma in sentence
    `sent`."""
    s = ctx.doc.sents[sent]
    for k0 in range(s.tok_start, s.tok_end):
        u = ctx.unit_at[k0]
        if u is None or u.ts != k0 or u.actor != actor or u.ts < 3 or ctx.lows[u.ts - 1] != ",":
            continue
        body = None
        for k in range(u.ts - 2, max(-1, u.ts - 10), -1):
            if ctx.toks[k].sent != sent:
                break
            w = ctx.lows[k]
            v = ctx.unit_at[k]
            if v is not None:
                a = ctx.actors.get(v.actor)
                # an organization only: "il sindaco di Brindisi" is no city's voice in its events
                if a is not None and a.kind == "ORG" and (a.igo or a.country):
                    body = v.actor
                continue
            if w in titles:
                if body is not None:
                    return body
                break
            if w in _PUNCT or w in ctx.lex.clause or k in ctx.verb_tok:
                break
    return None
