"""Groups of people named by a common noun: "tre attivisti", "centinaia di manifestanti", "gli studenti",
"coloni israeliani", "hundreds of demonstrators", "two journalists", "the junta", "security forces".

Events about them need a side (docs/conventions.md, "Code of an actor in an event"): a union against its
government, police against protesters, the army against rebels. The nouns are data (`groups.yaml`, `people:`),
indexed by their first token key, so the pass is one dict lookup per token.

Decisions:
- The mention is the noun phrase without its article: a number or a quantity noun heads the phrase and is part of
  it ("centinaia di manifestanti", "at least 12 protesters", "tre attivisti"), so that a quantified group is the
  subject of its verb rather than the complement of "di"/"of"; a demonym after (Italian) or before (English) the
  noun belongs to it ("attivisti turchi", "Israeli settlers").
- Country: the group's own demonym, "di/of + country", a place right after it ("manifestanti a Buenos Aires");
  then the country of a same-labelled actor the article already placed ("le truppe russe ... le truppe"); then the
  story's country (context.story_country, passed in by the actors stage); with neither, for civilian groups and the
  police, the one country its sentence names. A group with no country is coded by its name (key "group:"), except
  state forces (`national`: troops, police, the junta), which are no actor without a country.
- Not actors: a group after a possessive ("i suoi soldati": the owner is the actor), journalists addressed by a
  statement ("ha detto ai giornalisti", "told reporters"), an armed group's fighters named with their group ("i
  ribelli dell'M23": the group is the actor), a group named with its backer ("miliziani filo-iraniani",
  "rebels backed by Rwanda": the backer is not its country), and adjective uses ("obiettivi militari": `det` nouns
  need an article, a number or a quantity; "military officials": `head` nouns must end the noun phrase).
- Heads the institutions pass already reads (English "protesters", "police", "rebels"; Italian "polizia") keep
  their actor: this pass adds the quantity to the mention and the country (or the "group:" key) they lack.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from itertools import compress

from cronaca import lang as langpacks
from cronaca.actors.lexicon import Lexicon, lexicon
from cronaca.model import Actor, Document, Mention, Span

GROUP_KEY = "group:"
# sectors whose group takes the one country its sentence names when the story has none (people gathered or acting
# where the article places them); not armed groups, whose sentence often names the place they attack
_LOCAL_SECTORS = {"CVL", "MED", "EDU", "LAB", "OPP", "POL"}
_NATIONAL_ORG_SECTORS = {"GOV", "LEG", "MIL", "JUD", "POL", "SPY"}
_SETTING_MIN = 3  # mentions of a setting's country in the article for it to place the groups of its sentence


@dataclass(frozen=True, slots=True)
class Noun:
    label: str  # English label: "Protesters"
    sector: str | None
    national: bool = False  # a state force: no actor without a country
    quantity: bool = False  # "persone", "people": a group only with a number or a quantity
    det: bool = False  # also an adjective: a group only after an article, a number or a quantity
    head: bool = False  # also a modifier: a group only at the end of its noun phrase
    own: bool = False  # victims, people moved or held: an actor only with a country of its own
    subject: bool = False  # "migliaia di persone hanno manifestato": only as the subject of the verb after it
    act: bool = False  # also the act ("l'opposizione alla riforma"): not before `not_after` words
    foreign: bool = False  # "forze straniere", "foreign powers": from outside the story's country, coded by name
    # placed only by a country of its own (demonym, "di X", "linked to X"), never by the story's: hackers, a
    # contingent, peacekeepers are mostly from elsewhere than the country the story is about
    nostory: bool = False
    coup: bool = False  # "la giunta": the junta only in an article about a coup (else a local government)
    back: bool = False  # "the union", "il sindacato": the body of `refer_back`'s sector named before it
    sing: bool = False  # a singular body ("la giunta", "the union"): only after a `sing_before` article
    # "entrambi gli alleati", "the two allies": a count or "both" names the parties listed before, which the events
    # stage reads (groups.yaml `nouns`); no group of its own after one of `listed_before`
    listed: bool = False
    plural: bool = False  # "autorità" is also singular ("l'autorità che gestisce il dominio"): not after `singular_before`
    # "la coalizione", "the coalition": the military coalition only in an article about a war (`war_words`: bombing,
    # raids, troops); elsewhere a coalition of parties, which the organization passes name
    war: bool = False
    # "i sostenitori della Cgil": followers of an organization named after them are that organization's side (its
    # mention does the work); of a person ("i sostenitori di Nasheed") they stay a group
    member: bool = False
    # "un giornalista britannico", "a French aid worker": one person named by a noun (with `own`, by their demonym),
    # an actor of kind PER; its label is singular, so it is not merged with a plural group of the same country
    person: bool = False


@dataclass(slots=True)
class People:
    nouns: dict[str, list[tuple[tuple[str, ...], Noun]]] = field(default_factory=dict)
    labels: set[str] = field(default_factory=set)
    quantity: set[str] = field(default_factory=set)
    numbers: set[str] = field(default_factory=set)
    vague: set[str] = field(default_factory=set)  # "alcuni", "several": quantify, but are determiners
    approx: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)  # last token -> phrases
    possessives: set[str] = field(default_factory=set)
    audience_before: set[str] = field(default_factory=set)
    audience: set[str] = field(default_factory=set)
    backer_prefixes: set[str] = field(default_factory=set)
    fused_prefixes: tuple[str, ...] = ()
    backed: set[str] = field(default_factory=set)
    backer_by: set[str] = field(default_factory=set)  # the agent word after `backed` ("by", "dal")
    not_before: set[str] = field(default_factory=set)
    det_before: set[str] = field(default_factory=set)
    head_after: set[str] = field(default_factory=set)
    role_before: set[str] = field(default_factory=set)  # "il leader dell'opposizione": a role, not the group
    not_after: set[str] = field(default_factory=set)  # "l'opposizione alla riforma": the act of opposing
    verbs_after: set[str] = field(default_factory=set)
    verb_endings: tuple[str, ...] = ()
    ethnic: dict[str, str] = field(default_factory=dict)  # "curdi", "kurdish" -> "Kurdish": a name, no country
    linked: set[str] = field(default_factory=set)  # "hackers linked to Russia": the country the group works for
    link_preps: set[str] = field(default_factory=set)
    coup_words: frozenset[str] = frozenset()  # words that make an article about a coup
    # the parliamentary camps ("maggioranza", "opposizione"): coordinated with each other they are both groups with no
    # article ("lo scontro tra maggioranza e opposizione"); `camp_links` joins them
    camps: frozenset[str] = frozenset()
    war_words: frozenset[str] = frozenset()  # words that make an article about a war (`war` nouns)
    camp_links: frozenset[str] = frozenset()
    refer_back: dict[str, str] = field(default_factory=dict)  # label -> sector of the named body it refers to
    sing_before: set[str] = field(default_factory=set)
    listed_before: set[str] = field(default_factory=set)  # "due", "both": a `listed` noun then refers back
    # label -> the institution label whose actor of the same country a group joins ("the authorities" after "the
    # Serbian government" are that government, one actor: the gold names them as one)
    join: dict[str, str] = field(default_factory=dict)
    # "accused the opposition of trying": "of" + a gerund is what the group is accused of, not the act of opposing
    of_gerund: set[str] = field(default_factory=set)
    singular_before: set[str] = field(default_factory=set)  # "l'", "un'": a `plural` noun after them is one body


def _keys(text: str, tokenizer) -> tuple[str, ...]:
    return tuple(t.text.lower().replace("’", "'") for t in tokenizer(text))


@cache
def people(lang: str) -> People:
    """The `people:` data of groups.yaml, tokenized once."""
    out = People()
    if not langpacks.has_data(lang, "groups"):
        return out
    data = (langpacks.load_yaml(lang, "groups") or {}).get("people") or {}
    tok = langpacks.nlp(lang).tokenizer
    for phrase, spec in (data.get("nouns") or {}).items():
        label, sector, *flags = spec
        noun = Noun(str(label), str(sector) if sector else None, "national" in flags, "quantity" in flags,
                    "det" in flags, "head" in flags, "own" in flags, "subject" in flags, "act" in flags,
                    "foreign" in flags, "nostory" in flags, "coup" in flags, "back" in flags,
                    "sing" in flags, "listed" in flags, "plural" in flags, "war" in flags,
                    "member" in flags, "person" in flags)
        keys = _keys(str(phrase), tok)
        out.nouns.setdefault(keys[0], []).append((keys, noun))
        out.labels.add(noun.label)
    for bucket in out.nouns.values():
        bucket.sort(key=lambda x: -len(x[0]))
    out.quantity = {str(w).lower() for w in data.get("quantity") or []}
    out.numbers = {str(w).lower() for w in data.get("numbers") or []}
    for phrase in data.get("approx") or []:
        keys = _keys(str(phrase), tok)
        out.approx.setdefault(keys[-1], []).append(keys)
    out.verb_endings = tuple(str(w).lower() for w in data.get("verb_endings") or [])
    out.ethnic = {str(k).lower(): str(v) for k, v in (data.get("ethnic") or {}).items()}
    for name in ("role_before", "not_after", "vague", "possessives", "audience_before", "backed", "not_before", "det_before", "head_after", "verbs_after"):
        setattr(out, name, {str(w).lower() for w in data.get(name) or []})
    out.audience = {str(w) for w in data.get("audience") or []}
    out.backer_prefixes = {str(w).lower() for w in data.get("backer_prefixes") or []}
    out.backer_by = {str(w).lower() for w in data.get("backer_by") or []}
    out.fused_prefixes = tuple(str(w).lower() for w in data.get("fused_prefixes") or [])
    out.linked = {str(w).lower() for w in data.get("linked") or []}
    out.link_preps = {str(w).lower() for w in data.get("link_preps") or []}
    out.coup_words = frozenset(str(w).lower() for w in data.get("coup_words") or [])
    out.camps = frozenset(str(w).lower() for w in data.get("camps") or [])
    out.war_words = frozenset(str(w).lower() for w in data.get("war_words") or [])
    out.camp_links = frozenset(str(w).lower() for w in data.get("camp_links") or [])
    out.refer_back = {str(k): str(v) for k, v in (data.get("refer_back") or {}).items()}
    out.sing_before = {str(w).lower() for w in data.get("sing_before") or []}
    out.listed_before = {str(w).lower() for w in data.get("listed_before") or []}
    out.join = {str(k): str(v) for k, v in (data.get("join") or {}).items()}
    out.of_gerund = {str(w).lower() for w in data.get("of_gerund") or []}
    out.singular_before = {str(w).lower().replace("’", "'") for w in data.get("singular_before") or []}
    return out


def _number(text: str) -> bool:
    """"12", "2.500", "1,200": a cardinal written in digits."""
    return text[:1].isdigit() and all(c.isdigit() or c in ".," for c in text)


@dataclass(slots=True)
class _Ctx:
    doc: Document
    lex: Lexicon
    pp: People
    lows: list[str]
    at: dict[int, Mention]  # first token -> mention
    cover: list[Mention | None]  # token -> the mention covering it
    actors: dict[str, Actor]  # id -> actor
    story: str | None
    sent_countries: dict[int, set[str]] | None = None
    coup: bool | None = None  # the article names a coup (pp.coup_words), computed on first need
    war: bool | None = None  # the article names acts of war (pp.war_words), computed on first need
    settings: dict[int, str] | None = None  # sentence -> country of the place it opens with ("In Bishkek, ...")


def find_people_groups(doc: Document, story: str | None, keys: list[str] | None = None) -> None:
    """Add the groups of people of `groups.yaml` (`people:`) as actors and mentions; complete the ones the
    institutions pass made (quantity, country). `keys`: each token's lower form with typographic apostrophes
    folded, when the caller (find_actors) has it already."""
    lang = doc.meta.lang or "it"
    pp = people(lang)
    toks = doc.tokens
    if not pp.nouns or not toks:
        return
    lows = keys if keys is not None else [t.lower.replace("’", "'") if "’" in t.lower else t.lower for t in toks]
    _possessed_forces(doc, lows, lang)
    if pp.nouns.keys().isdisjoint(doc.key_set()):
        return  # no noun of a group of people in the document (the set of its words: no pass over them)
    hits = list(compress(range(len(lows)), map(pp.nouns.__contains__, lows)))  # one C pass
    if not hits:
        return
    cover: list[Mention | None] = [None] * len(toks)
    at: dict[int, Mention] = {}
    for m in doc.mentions:
        if 0 <= m.tok_start < m.tok_end:
            at.setdefault(m.tok_start, m)
            for k in range(m.tok_start, m.tok_end):
                cover[k] = m
    ctx = _Ctx(doc, lexicon(lang), pp, lows, at, cover, {a.id: a for a in doc.actors}, story)
    sent_first = {s.tok_start for s in doc.sents}
    last = -1
    for i in hits:
        if i <= last:
            continue
        match = _noun_at(ctx, i)
        if match is None:
            continue
        j, noun = match
        if toks[i].text[:1].isupper() and i not in sent_first and not toks[i].text.isupper():
            continue  # inside a name: "Medici Senza Frontiere", "Partito dei Lavoratori"
        owned = cover[i]
        if any(cover[k] is not None and cover[k] is not owned for k in range(i, j)):
            continue
        if owned is not None:
            last = max(last, _adopt(ctx, owned, i, j, noun))
        else:
            last = max(last, _new(ctx, i, j, noun))
    _place_bodies(ctx)


@cache
def _possessed_data(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """groups.yaml `possessed`: force nouns ("forze", "forces"), the words linking them to their owner ("di", "of"),
    and the loyalty words before the owner ("fedeli", "loyal")."""
    data = (langpacks.load_yaml(lang, "groups") or {}).get("possessed") or {} if langpacks.has_data(lang, "groups") \
        else {}
    return (frozenset(str(x) for x in data.get("nouns") or []), frozenset(str(x) for x in data.get("links") or []),
            frozenset(str(x) for x in data.get("loyal") or []))


def _possessed_forces(doc: Document, lows: list[str], lang: str) -> None:
    """"le forze del generale Haftar", "Haftar's forces", "militias loyal to Dbeibah", "the forces of the junta": a
    force named by its owner, a person or an organization, is that owner's side. The noun becomes one more mention of
    the owner, so that an act on "le forze" has the owner's code (the gold writes "group", "militia" as mentions of
    the armed group). Not after a possessive pronoun ("le sue forze": no owner named) nor with a country owner ("le
    forze russe", "Russia's forces": the country's military, read by the institutions pass)."""
    nouns, links, loyal = _possessed_data(lang)
    if not nouns:
        return
    if nouns.isdisjoint(doc.key_set()):
        return  # (most documents: no force noun; `lows` are these words, folded alike)
    toks = doc.tokens
    n = len(toks)
    hits = list(compress(range(n), map(nouns.__contains__, lows)))
    owner_at: dict[int, Mention] = {}
    covered: set[int] = set()
    for m in doc.mentions:
        if 0 <= m.tok_start < m.tok_end:
            owner_at.setdefault(m.tok_start, m)
            covered.update(range(m.tok_start, m.tok_end))
    actors = {a.id: a for a in doc.actors}
    for i in hits:
        if i in covered:
            continue
        owner = None
        if lang == "en" and i >= 2 and lows[i - 1] in ("'s", "’s"):
            owner = next((m for m in doc.mentions if m.tok_end == i - 1), None)  # "Haftar's forces"
        else:
            k = i + 1
            if k < n and lows[k] in loyal:
                k += 1  # "militias loyal to X", "milizie fedeli a X"
            if k < n and lows[k] in links:
                k += 1
                if k < n and lows[k] in ("the",):
                    k += 1
                for _ in range(2):  # "del generale Khalifa Haftar": a title before the owner's name
                    if k < n and k not in owner_at and toks[k].text.isalpha() and toks[k].text.islower():
                        k += 1
                owner = owner_at.get(k)
        if owner is None or owner.actor is None:
            continue
        a = actors.get(owner.actor)
        if a is None or a.kind not in ("PER", "ORG") or not (a.country or a.igo) or not owner.text[:1].isupper() \
                or (a.key or "").startswith(("inst:", GROUP_KEY)):
            continue  # a name, not a body named by a common noun ("le forze di polizia" are the police)
        start, end = toks[i].start, toks[i].end
        bisect.insort(a.mentions, Span(start, end, doc.text[start:end]), key=lambda x: x.start)
        mention = Mention(start, end, doc.text[start:end], "ORG", i, i + 1, a.id, "people")
        mention.attrs["description"] = True  # a description, not a name (benchmarks/ner_kind.py skips these)
        bisect.insort(doc.mentions, mention, key=lambda x: x.start)
        covered.add(i)


def _place_bodies(ctx: _Ctx) -> None:
    """Bare bodies the institutions pass left with no country ("la polizia", "i sindacati", "the rebels") whose
    first mention this pass did not adopt: the context's country, as for a new group."""
    for actor in ctx.doc.actors:
        k = actor.key or ""
        if actor.country or actor.igo or not k.startswith("inst:") or ":" in k[5:]:
            continue
        if actor.sector not in _LOCAL_SECTORS and actor.sector != "REB":
            continue
        m = next((m for m in ctx.doc.mentions if m.actor == actor.id and m.tok_start >= 0), None)
        if m is None or _backed(ctx, m.tok_start, m.tok_end):
            continue
        label = k[5:]
        country = _context_country(ctx, Noun(label, actor.sector), m.tok_start)
        if country:
            actor.key = f"inst:{label}:{country}"
            actor.name = f"{label} of {ctx.lex.country_names.get(country, country)}"
            actor.country = country


def _backed(ctx: _Ctx, a: int, b: int) -> bool:
    """"Separatists backed by Russia", "Russian-backed rebels", "milizie filo-iraniane", "filorussi": a backer next
    to the group, which is not the group's country."""
    lows, pp, n = ctx.lows, ctx.pp, len(ctx.lows)
    if b < n:
        w = lows[b]
        # "rebels backed by Rwanda", not "senators backed the plan" nor "miliziani armati hanno ...": the
        # participle after the group needs its agent
        if w in pp.backed and b + 1 < n and lows[b + 1] in pp.backer_by:
            return True
        if w in pp.backer_prefixes and b + 1 < n and lows[b + 1] == "-":
            return True
        if pp.fused_prefixes and w.startswith(pp.fused_prefixes) and len(w) > 6:
            return True  # "filorussi", "filoiraniani"
    return a > 0 and lows[a - 1] in pp.backed  # "Russian-backed rebels"


def _noun_at(ctx: _Ctx, i: int) -> tuple[int, Noun] | None:
    lows = ctx.lows
    for keys, noun in ctx.pp.nouns[lows[i]]:
        j = i + len(keys)
        if tuple(lows[i:j]) == keys:
            return j, noun
    return None


def _left(ctx: _Ctx, i: int) -> tuple[int, bool, str | None, bool | None]:
    """Start of the group's phrase left of its noun at `i`: (start, quantified, demonym country, crowd), crowd
    None when the group is blocked (a possessive or a backer before it), True after a quantity noun.
    English demonym ("Israeli settlers"), a quantity ("centinaia di", "hundreds of", "un gruppo di"), a number
    ("tre", "12"), an approximation before them ("almeno", "at least")."""
    lows, pp, lex, toks = ctx.lows, ctx.pp, ctx.lex, ctx.doc.tokens
    a, k = i, i - 1
    country = None
    if (k >= 0 and lex.lang == "en" and lows[k] in lex.demonyms and toks[k].text[:1].isupper()
            and ctx.cover[k] is None):
        country, a, k = lex.demonyms[lows[k]], k, k - 1
    elif (k >= 1 and lex.lang == "en" and lows[k - 1] in lex.demonym_pairs and lows[k] in lex.demonym_pairs[lows[k - 1]]
          and ctx.cover[k] is None and ctx.cover[k - 1] is None):
        country, a, k = lex.demonym_pairs[lows[k - 1]][lows[k]], k - 1, k - 2  # "Sierra Leonean exiles"
    elif k >= 0 and lex.lang == "en" and lows[k] in pp.ethnic and ctx.cover[k] is None:
        a, k = k, k - 1  # "Kurdish militants": named with their people (see _new)
    if k >= 0 and (lows[k] in pp.possessives or lows[k] in pp.backed):
        return a, False, country, None  # "i suoi soldati", "Rwandan-backed rebels"
    if country and k >= 1 and lows[k] == "-" and lows[k - 1] in pp.backer_prefixes:
        return a, False, country, None  # "pro-Russian separatists"
    quantified = False
    crowd = False
    while k >= 1 and lows[k] in lex.of and lows[k - 1] in pp.quantity:
        a, k, crowd = k - 1, k - 2, True  # "centinaia di migliaia di persone", "tens of thousands of"
    quantified = crowd
    if k >= 0 and (lows[k] in pp.numbers or _number(toks[k].text)) and ctx.cover[k] is None:
        a, k, quantified = k, k - 1, True
    if quantified and k >= 0:
        for phrase in pp.approx.get(lows[k], ()):
            s = k - len(phrase) + 1
            if s >= 0 and tuple(lows[s : k + 1]) == phrase:
                a = s
                break
    return a, quantified, country, crowd


def _new(ctx: _Ctx, i: int, j: int, noun: Noun) -> int:
    """A group the other passes did not read: check its context, place it, make it an actor."""
    lows, pp, lex, toks = ctx.lows, ctx.pp, ctx.lex, ctx.doc.tokens
    n = len(toks)
    if noun.coup and not _coup(ctx) and not any((x.key or "").startswith(f"{GROUP_KEY}{noun.label}:")
                                                for x in ctx.doc.actors):
        return j  # "la giunta" in a local story: the city's or region's government (not after "la giunta militare")
    if noun.war and not _war(ctx):
        return j  # "la coalizione" in a political story: the parties' coalition, not a side in a war
    if noun.back and _before_name(ctx, j):
        return j  # "il sindacato dei medici Anaao", "the union Unite": a descriptor of the name after it
    a, quantified, country, crowd = _left(ctx, i)
    modifier = _country_modifier(ctx, i) if noun.own and country is None and a == i else None
    if modifier is not None:  # "a US journalist", "two UK citizens": the country name is their demonym
        a, quantified, _country, crowd = _left(ctx, i - 1)
        country = ctx.actors[modifier.actor or ""].country
    if crowd is None:
        return j
    if noun.quantity and not crowd:
        return j  # "le persone", "441 persone": a count, no group
    if noun.plural and i > 0 and lows[i - 1].replace("’", "'") in pp.singular_before:
        return j  # "l'autorità portuale", "dell'autorità": one agency, not the state's authorities
    if noun.listed and any(0 <= i - d < n and (lows[i - d] in pp.listed_before or lows[i - d] in pp.numbers
                                               or _number(lows[i - d])) for d in (1, 2)):
        return j  # "entrambi gli alleati", "the two allies", "eleven allies": parties named before, or a count
    k = a - 1
    if k >= 0 and lows[k] in pp.vague:
        quantified, k = True, k - 1  # "alcuni giornalisti", "several journalists": a determiner, not in the mention
    modified = j < n and lex.lang != "en" and lows[j] in pp.ethnic  # not a demonym: "obiettivi militari russi"
    modified = modified or (lex.lang == "en" and country is not None)  # "Italian families": a demonym before
    camp = _paired_camp(ctx, i, j)
    if noun.sing and not (k >= 0 and lows[k] in pp.sing_before) and not country and not camp:
        return j  # "la giunta", "the union"; not "una giunta", "a union", "customs union"
    if noun.det and not quantified and not modified and not camp and not (k >= 0 and lows[k] in pp.det_before):
        return j  # "obiettivi militari", "gruppi ribelli": an adjective ("militanti curdi" is a noun)
    if noun.det and k >= 1 and lows[k] in pp.det_before and lows[k - 1] in pp.role_before:
        return j  # "il leader dell'opposizione": a person's role, the person is the actor
    if noun.head and j < n and toks[j].text[:1].isalpha() and lows[j] not in pp.head_after \
            and not lows[j].endswith("ed"):
        return j  # "military officials", "junta leader"
    if j < n and (lows[j] in pp.not_before or (noun.act and lows[j] in pp.not_after and not (
            lows[j] in pp.of_gerund and j + 1 < n and lows[j + 1].endswith("ing")))):
        return j  # "student union", "workers' party", "l'opposizione alla riforma"
    if j + 1 < n and lows[i] in pp.quantity and lows[j] in lex.of and lows[j + 1] in pp.nouns:
        return j  # "una folla di manifestanti", "a crowd of protesters": the quantity of the group after it
    if noun.label in pp.audience and k >= 0:
        w = lows[k - 1] if lows[k] in lex.articles and k >= 1 else lows[k]
        if w in pp.audience_before or lows[k] in pp.audience_before:
            return j  # "ha detto ai giornalisti", "told reporters": the audience of a statement
    if noun.subject and not (j < n and (lows[j] in pp.verbs_after or lows[j].endswith(pp.verb_endings or ("\0",)))):
        return j  # "ha ucciso 300 persone": a count, not a party
    end = j
    ethnic = pp.ethnic.get(lows[i - 1]) if lex.lang == "en" and a < i else None
    if end < n and lex.lang != "en" and lows[end] in lex.demonyms and ctx.cover[end] is None:
        country = country or lex.demonyms[lows[end]]  # "attivisti turchi", "coloni israeliani"
        end += 1
    elif end < n and lex.lang != "en" and lows[end] in pp.ethnic and ctx.cover[end] is None:
        ethnic = pp.ethnic[lows[end]]  # "militanti curdi"
        end += 1
    if _backed(ctx, a, end):
        return end  # "miliziani filo-iraniani", "ribelli sostenuti dal Ruanda"
    owner = _owner_after(ctx, end)
    if owner is not None:
        oa = ctx.actors.get(owner.actor or "")
        if oa is not None and oa.kind not in ("GPE", "LOC") and noun.sector == "REB":
            return end  # "i ribelli dell'M23", "militants of Hamas": the armed group is the actor
        if oa is not None and oa.kind == "ORG" and noun.member:
            return end  # "i sostenitori della Cgil": the union is the side
        if oa is not None and oa.country and lows[end] in lex.of:
            country = country or oa.country  # "i giornalisti della Bbc", "gli studenti di Hong Kong"
        elif oa is not None and oa.country and oa.kind in ("GPE", "LOC") and not noun.own:
            country = country or oa.country  # "manifestanti a Buenos Aires", "protesters in Tbilisi"
    if noun.nostory:
        country = country or _linked_country(ctx, end)
    if noun.back and not country:
        body = _named_body(ctx, ctx.pp.refer_back.get(noun.label), a)
        if body is not None:  # "the union" after "the CGT said": that union, not a second LAB actor
            _mention(ctx, body, a, end)
            return end
    if ethnic or noun.foreign:
        country = None
    elif not noun.own and not noun.nostory:
        country = country or _context_country(ctx, noun, i)
    if country is None and noun.sector == "REB" and not ethnic:
        group = _named_armed_group(ctx)
        if group is not None:  # "i ribelli" in a story about the Houthis: that group, not a second actor
            _mention(ctx, group, a, end)
            return end
    if country is None and (noun.national or (noun.own and not ethnic)):
        return end
    if noun.person and _describes_name(ctx, a, end):
        return end  # "Andrzej Poczobut, a Polish journalist", "il giornalista polacco Andrzej Poczobut": the named person
    if modifier is not None and country is not None:
        _drop_mention(ctx, modifier)
    _add(ctx, a, end, noun, country, ethnic)
    return end


def _describes_name(ctx: _Ctx, a: int, end: int) -> bool:
    """One person's description [a, end) next to a name: before it ("il giornalista polacco Andrzej Poczobut") or
    in apposition after it ("Andrzej Poczobut, a Polish journalist"); the name is the actor, not a second person."""
    toks, lows = ctx.doc.tokens, ctx.lows
    if end < len(toks) and toks[end].text[:1].isupper() and toks[end].text[:1].isalpha():
        return True
    k = a - 1
    if k >= 0 and lows[k] in ctx.lex.articles:
        k -= 1
    if k < 1 or lows[k] != ",":
        return False
    m = ctx.cover[k - 1]
    return m is not None and m.kind == "PER"


def _country_modifier(ctx: _Ctx, i: int) -> Mention | None:
    """English: a one-token country mention right before the noun at `i` ("a US journalist", "a Saudi blogger") is
    the noun's demonym, not the polity as a party (only for `own` nouns, which take no other country)."""
    if ctx.lex.lang != "en" or i < 1:
        return None
    m = ctx.cover[i - 1]
    if m is None or m.tok_start != i - 1 or m.tok_end != i or not m.text[:1].isupper():
        return None
    actor = ctx.actors.get(m.actor or "")
    if actor is None or actor.kind != "GPE" or actor.sector is not None or not actor.country or actor.igo:
        return None
    return m


def _drop_mention(ctx: _Ctx, m: Mention) -> None:
    """Take mention `m` out of the document and its actor; an actor left with no mention goes too."""
    doc = ctx.doc
    actor = ctx.actors.get(m.actor or "")
    if m in doc.mentions:
        doc.mentions.remove(m)
    if actor is not None:
        actor.mentions = [x for x in actor.mentions if not (x.start == m.start and x.end == m.end)]
        if not actor.mentions:  # the ids stay a1..aN: the passes after this one number new actors by count
            doc.actors.remove(actor)
            new_id = {x.id: f"a{k + 1}" for k, x in enumerate(doc.actors)}
            for x in doc.actors:
                x.id = new_id[x.id]
            for x in doc.mentions:
                if x.actor in new_id:
                    x.actor = new_id[x.actor]
            ctx.actors.clear()
            ctx.actors.update((x.id, x) for x in doc.actors)
    for k in range(m.tok_start, m.tok_end):
        ctx.cover[k] = None
    if ctx.at.get(m.tok_start) is m:
        del ctx.at[m.tok_start]


def _paired_camp(ctx: _Ctx, i: int, j: int) -> bool:
    """A camp noun coordinated with another one with no article ("tra maggioranza e opposizione", "consenso di
    maggioranza e opposizione"): the two parliamentary sides, each a group (real-news gold codes them GOV and OPP)."""
    lows, camps, links = ctx.lows, ctx.pp.camps, ctx.pp.camp_links
    if lows[i] not in camps or j != i + 1:
        return False
    after = j + 1 < len(lows) and lows[j] in links and lows[j + 1] in camps and lows[j + 1] != lows[i]
    before = i >= 2 and lows[i - 1] in links and lows[i - 2] in camps and lows[i - 2] != lows[i]
    return after or before


def _named_armed_group(ctx: _Ctx) -> Actor | None:
    """The one armed group the dictionary knows that the article names ("Houthis", "Hamas"), or None when it
    names none or several (then "the rebels" may be any of them)."""
    found = [x for x in ctx.doc.actors if x.kind == "ORG" and x.sector == "REB" and x.key
             and not x.key.startswith(("inst:", GROUP_KEY))]
    return found[0] if len(found) == 1 else None


def _coup(ctx: _Ctx) -> bool:
    """Whether the article names a coup ("golpe", "golpisti", "coup", "putsch"): one set test over its words."""
    if ctx.coup is None:
        ctx.coup = not ctx.pp.coup_words.isdisjoint(ctx.lows)
    return ctx.coup


def _war(ctx: _Ctx) -> bool:
    """Whether the article names acts of war ("bombardamenti", "raid", "airstrikes"): one set test over its words."""
    if ctx.war is None:
        ctx.war = not ctx.pp.war_words.isdisjoint(ctx.lows)
    return ctx.war


def _before_name(ctx: _Ctx, j: int) -> bool:
    """A capitalized word or a mention right after the noun, or after "of/dei" and one lower-case word ("il sindacato
    Fiom", "il sindacato dei medici Anaao"): the noun describes that name."""
    toks, lows, n = ctx.doc.tokens, ctx.lows, len(ctx.lows)
    for k in (j, j + 2):
        if k < n and (k in ctx.at or (toks[k].text[:1].isupper() and k not in _sent_firsts(ctx))):
            return k == j or lows[j] in ctx.lex.of or lows[j] in ctx.pp.det_before
    return False


def _sent_firsts(ctx: _Ctx) -> set[int]:
    return {s.tok_start for s in ctx.doc.sents}


def _linked_country(ctx: _Ctx, end: int) -> str | None:
    """"hackers linked to Russia", "hacker legati alla Cina", "hackers linked to the Chinese state": the country
    named (a country or capital, or a demonym) within three words after "linked to"."""
    lows, pp, n = ctx.lows, ctx.pp, len(ctx.lows)
    if end + 1 >= n or lows[end] not in pp.linked or lows[end + 1] not in pp.link_preps:
        return None
    for k in range(end + 2, min(end + 5, n)):
        m = ctx.at.get(k)
        if m is not None:
            a = ctx.actors.get(m.actor or "")
            return a.country if a is not None and a.kind == "GPE" else None
        d = ctx.lex.demonyms.get(lows[k])
        if d:
            return d
    return None


def _named_body(ctx: _Ctx, sector: str | None, a: int) -> Actor | None:
    """The organization of `sector` named by name (a dictionary body, a capitalized name) that a definite noun at
    token `a` refers back to: "the union" after "the CGT said" is the CGT; the nearest such mention before it, else
    the only one in the article; None when it names none."""
    if sector is None:
        return None
    found = {x.id: x for x in ctx.doc.actors if x.kind == "ORG" and x.sector == sector and x.key
             and not x.key.startswith(("inst:", GROUP_KEY, "role:"))}
    if not found:
        return None
    start = ctx.doc.tokens[a].start
    before = [m for m in ctx.doc.mentions if m.actor in found and m.end <= start]
    if before:
        return found[max(before, key=lambda m: m.end).actor or ""]
    if len({x.igo or x.id for x in found.values()}) == 1:
        return next(iter(found.values()))  # "the UN" and "the Security Council" are one igo: one body
    return None


def _owner_after(ctx: _Ctx, end: int) -> Mention | None:
    """The mention after "di/of" or a place preposition (and an article) right after the group."""
    lows, lex, n = ctx.lows, ctx.lex, len(ctx.lows)
    if end >= n or not (lows[end] in lex.of or lows[end] in lex.place_preps):
        return None
    k = end + 1
    if k < n and lows[k] in lex.articles and k not in ctx.at:
        k += 1
    return ctx.at.get(k)


def _context_country(ctx: _Ctx, noun: Noun, i: int) -> str | None:
    """A group with no country of its own: the country of a same-labelled actor the article placed, the story's
    country, the country of the place its sentence opens with ("In Bishkek, ..."), or (civilians, police) the one
    country its sentence names."""
    owners = {a.country for a in ctx.doc.actors
              if a.country and a.key and a.key.partition(":")[2].split(":")[0] == noun.label
              and a.key.startswith(("inst:", GROUP_KEY))}
    if len(owners) == 1:
        return next(iter(owners))
    if owners:
        return None
    setting = _settings(ctx).get(ctx.doc.tokens[i].sent)
    if setting is not None and noun.sector in _LOCAL_SECTORS | _NATIONAL_ORG_SECTORS:
        # "In Bishkek, several opposition lawmakers accused ...", "In Tel Aviv, tens of thousands of people rallied":
        # the setting of the sentence or of its paragraph, over the story's country
        return setting
    if ctx.story:
        return ctx.story
    if noun.sector in _LOCAL_SECTORS:
        found = _sentence_countries(ctx).get(ctx.doc.tokens[i].sent, set())
        if len(found) == 1:
            return next(iter(found))
    return None


def _settings(ctx: _Ctx) -> dict[int, str]:
    """Sentences that open with their setting: a place preposition, a city or country of known country, a comma
    ("In Bishkek, ...", "A Kiev, ..."); see context.sentence_setting."""
    if ctx.settings is None:
        toks, lows, n = ctx.doc.tokens, ctx.lows, len(ctx.doc.tokens)
        out: dict[int, str] = {}
        for m in ctx.doc.mentions:
            a = ctx.actors.get(m.actor or "")
            k = m.tok_start
            if (a is None or a.kind not in ("GPE", "LOC") or not a.country or k < 1 or m.tok_end >= n
                    or lows[m.tok_end] != "," or lows[k - 1] not in ctx.lex.place_preps):
                continue
            if k == 1 or toks[k - 2].sent != toks[k - 1].sent:
                out.setdefault(toks[k].sent, a.country)
        # over the story's country, a setting in a country the article barely names is a venue ("In Geneva, the UN High
        # Commissioner urged the authorities"): the bodies there are the story's, not the host's
        if ctx.story:  # (with no story's country, any setting places its sentence, as before)
            named = Counter(x.country for x in ctx.doc.actors if x.country for _m in x.mentions)
            out = {s: c for s, c in out.items() if c == ctx.story or named[c] >= _SETTING_MIN}
        if out:  # the rest of the paragraph, up to a sentence naming another country
            doc, named = ctx.doc, _sentence_countries(ctx)
            for s, country in list(out.items()):
                t = s + 1
                while (t < len(doc.sents) and t not in out and not (named.get(t, set()) - {country})
                       and "\n" not in doc.text[doc.sents[t - 1].end:doc.sents[t].start]):
                    out[t] = country
                    t += 1
        ctx.settings = out
    return ctx.settings


def _sentence_countries(ctx: _Ctx) -> dict[int, set[str]]:
    """Countries each sentence names: countries and places, national bodies, demonyms."""
    if ctx.sent_countries is None:
        toks, lex = ctx.doc.tokens, ctx.lex
        out: dict[int, set[str]] = {}
        for m in ctx.doc.mentions:
            a = ctx.actors.get(m.actor or "")
            if a is None or not a.country or m.tok_start < 0 or (a.key or "").startswith(GROUP_KEY):
                continue
            if a.kind in ("GPE", "LOC") or (a.kind == "ORG" and a.sector in _NATIONAL_ORG_SECTORS):
                out.setdefault(toks[m.tok_start].sent, set()).add(a.country)
        for k, w in enumerate(ctx.lows):
            d = lex.demonyms.get(w)
            if d and (lex.lang != "en" or toks[k].text[:1].isupper()):
                out.setdefault(toks[k].sent, set()).add(d)
        ctx.sent_countries = out
    return ctx.sent_countries


def _add(ctx: _Ctx, a: int, b: int, noun: Noun, country: str | None, ethnic: str | None = None) -> None:
    doc = ctx.doc
    label = f"{ethnic} {noun.label.lower()}" if ethnic else noun.label
    inst_key = f"inst:{label}:{country}"
    akey = f"{GROUP_KEY}{label}:{country}" if country else f"{GROUP_KEY}{label}"
    keys = {inst_key, akey}
    if country and label in ctx.pp.join:
        keys.add(f"inst:{ctx.pp.join[label]}:{country}")  # "the authorities": the government named as such
    actor = next((x for x in doc.actors if x.key in keys), None)
    if actor is None and country and noun.sector == "MIL" and not ethnic and not noun.own:
        # "the Nigerian army ... soldiers ... troops": one military of a country among the groups named by a noun;
        # a unit named with its own demonym ("Nigerien special forces", "Filipino marines") stays its own actor
        actor = next((x for x in doc.actors if x.country == country and x.sector == "MIL" and x.kind == "ORG"
                      and (x.key or "").startswith(("inst:", GROUP_KEY)) and not x.igo), None)
    if actor is None:
        name = f"{label} of {ctx.lex.country_names.get(country, country)}" if country else label[:1].lower() + label[1:]
        if ethnic:
            name = label  # "Kurdish militants"
        actor = Actor(id=f"a{len(doc.actors) + 1}", name=name, kind="PER" if noun.person else "ORG", country=country,
                      sector=noun.sector,
                      key=akey)
        doc.actors.append(actor)
        ctx.actors[actor.id] = actor
    m = _mention(ctx, actor, a, b)
    if label in ctx.pp.join and actor.key not in (inst_key, akey):
        m.attrs["description"] = True  # "the authorities" joined to a government: a description, not a name


def _mention(ctx: _Ctx, actor: Actor, a: int, b: int) -> Mention:
    """Tokens [a, b) as one more mention of `actor`."""
    doc, toks = ctx.doc, ctx.doc.tokens
    start, end = toks[a].start, toks[b - 1].end
    text = doc.text[start:end]
    bisect.insort(actor.mentions, Span(start, end, text), key=lambda s: s.start)
    mention = Mention(start, end, text, "ORG", a, b, actor.id, "people")
    bisect.insort(doc.mentions, mention, key=lambda m: m.start)
    ctx.at.setdefault(a, mention)
    for k in range(a, b):
        ctx.cover[k] = mention
    ctx.sent_countries = None  # a new placed group is no evidence, but keep the cache honest
    return mention


def _adopt(ctx: _Ctx, m: Mention, i: int, j: int, noun: Noun) -> int:
    """A group the institutions pass made ("hundreds of demonstrators", "la polizia"): the mention takes its
    quantity; with no country, the actor takes the context's, or a "group:" key (coded by its name)."""
    actor = ctx.actors.get(m.actor or "")
    # the mention starts at the noun, or at the demonym or two-word demonym before it ("15 Saudi soldiers")
    if actor is None or not (actor.key or "").startswith("inst:") or not 0 <= i - m.tok_start <= 2:
        return m.tok_end
    label = actor.key[5:].split(":")[0]
    if label not in ctx.pp.labels:
        return m.tok_end
    first = m.tok_start
    a, quantified, _country, crowd = _left(ctx, first)
    if crowd is None:
        return m.tok_end
    if quantified and a < first and all(ctx.cover[k] is None for k in range(a, first)):
        _extend(ctx, actor, m, a)
    if actor.country:
        return m.tok_end
    end = m.tok_end
    if _backed(ctx, m.tok_start, end):
        return end  # "Separatists backed by Russia": the backer is not their country
    owner = _owner_after(ctx, end)
    country = None
    if owner is not None:
        oa = ctx.actors.get(owner.actor or "")
        if oa is not None and oa.country and oa.kind in ("GPE", "LOC"):
            country = oa.country
    country = country or _context_country(ctx, Noun(label, actor.sector, noun.national), i)
    if country:
        actor.key = f"inst:{label}:{country}"
        actor.name = f"{label} of {ctx.lex.country_names.get(country, country)}"
        actor.country = country
    elif not noun.national and actor.sector not in _NATIONAL_ORG_SECTORS:
        actor.key = f"{GROUP_KEY}{label}"  # coded by its name, as the groups this pass makes
        actor.name = label.lower()
    return end


def _extend(ctx: _Ctx, actor: Actor, m: Mention, a: int) -> None:
    """Move the start of mention `m` (and of its actor's span) left to token `a`."""
    doc = ctx.doc
    start = doc.tokens[a].start
    for s in actor.mentions:
        if s.start == m.start and s.end == m.end:
            s.start, s.text = start, doc.text[start : s.end]
            break
    doc.mentions.remove(m)
    m.start, m.tok_start, m.text = start, a, doc.text[start : m.end]
    bisect.insort(doc.mentions, m, key=lambda x: x.start)
    for k in range(a, m.tok_end):
        ctx.cover[k] = m
    ctx.at[a] = m


__all__ = ["GROUP_KEY", "find_people_groups", "people"]
