"""Context rules that let actors generalize to stories about countries the dictionaries know little about.

1. The story's country: the country that clearly dominates the article's evidence (country and capital names,
   demonyms, dictionary people, national bodies): at least `_MIN_EVIDENCE` pieces and more than any other
   country, or the only country named, named at least `_SOLE_EVIDENCE` times. (Until the fifth session it
   needed twice as many as any other; a plurality gave the same dev events F1, 0.593, and more on the
   blind sets: held-out 0.361 -> 0.389.) Bare words every
   country's body shares ("Congress", "il Senato": `home_namesakes`) and one-word union or party names that
   recur across countries ("CGT", "Labour") are not evidence. It gives a country to what has none of its own:
   - people found in the text with a domestic role and no country ("il ministro dell'Economia Luis Ortiz",
     "the justice minister") and bare national institutions ("il governo", "the Senate") that no rule placed;
   - a generic national institution the dictionary would give Italy or the US by default ("il Senato", "la
     Procura", "Congress") when the story is about another country and that one is not otherwise named;
   - a dictionary union or party named by its acronym alone whose country the article never names otherwise
     ("la CGT" in a story about Argentina is Argentina's CGT, not France's).
2. Organization patterns: "il partito X" / "the X party" take the descriptor's sector; an unknown capitalized
   organization takes the country of a demonym or country inside its name ("Sogno Georgiano", "US Southern
   Command") and the sector of its keyword; "Commissione dell'Unione africana" is the African Union's (igo AU);
   an acronym in parentheses after a name is one more mention of it ("... del Lavoro (CGT)").
3. Places: a capitalized name no other rule claimed that is a world city (cities.py) is a place of its country,
   not a person ("Abéché", "El Fasher").

Measured figures are in the package docstring of cronaca.actors.
"""

from __future__ import annotations

import bisect
from collections import Counter
from functools import cache
from itertools import compress, islice
from typing import TYPE_CHECKING

from cronaca.actors.cities import lookup as city_lookup
from cronaca.actors.lexicon import Entry, Lexicon, key

if TYPE_CHECKING:  # the Cand class lives in the package module, which imports this one
    from cronaca.actors import Cand
    from cronaca.model import Token

_MIN_EVIDENCE = 3
_SOLE_EVIDENCE = 2  # mentions enough when no other country is named at all
_NATIONAL_ORG_SECTORS = {"GOV", "LEG", "MIL", "JUD", "POL", "SPY", "PTY", "OPP", "LAB"}
_BIG_CITY = 1_000_000  # inhabitants: a lone city name this large needs no place preposition
_BORROWED_SECTORS = {"LAB", "PTY"}  # bodies whose acronyms recur in many countries (CGT, PT, PRI, UNM...)
# national bodies that say whose story it is: also the armed groups of one country (the RSF, the Houthis, Hamas)
STORY_ORG_SECTORS = _NATIONAL_ORG_SECTORS | {"REB"}


def evidence(cands: list[Cand], demonym: list[str | None], keys: list[str], lex: Lexicon) -> Counter[str]:
    """Countries named in the article, one count per mention: countries, capitals and cities, demonyms,
    dictionary people and national bodies (not media or companies: a foreign agency reports on any country).
    A bare word that many countries' bodies share ("Congress", "il Senato") or a one-word union or party name
    that recurs across countries ("CGT", "Labour") says nothing about whose story it is."""
    count: Counter[str] = Counter()
    for c in cands:
        e = c.entry
        if e is None or c.ref is not None or not e.country or namesake(c, keys, lex):
            continue
        if c.b - c.a == 1 and e.kind == "ORG" and e.sector in _BORROWED_SECTORS:
            continue
        if e.kind in ("GPE", "LOC") or e.kind == "PER" or (e.kind == "ORG" and e.sector in STORY_ORG_SECTORS):
            count[e.country] += 1
    count.update(filter(None, demonym))  # (C-level loop over the tokens)
    return count


def place_evidence(toks: list[Token], keys: list[str], caps: list[bool], taken: list[bool], lex: Lexicon) -> Counter[str]:
    """The places where things happen: a capitalized name no dictionary claimed, after a place preposition ("in El
    Fasher", "a Misurata"), that is a world city (cities.py) counts for its country. Without it a story told from its
    towns ("shelling in El Fasher", "attacks around Port-au-Prince") loses to the country named in one paragraph on
    a foreign reaction ("US sanctions")."""
    count: Counter[str] = Counter()
    if not lex.world_cities:
        return count
    n = len(toks)
    # the capitalized tokens only, picked in C (most tokens are lowercase)
    for i in compress(range(1, n), islice(caps, 1, None)):
        if taken[i] or taken[i - 1] or keys[i - 1] not in lex.place_preps:
            continue
        j = i
        while j < n and j < i + 3 and caps[j] and not taken[j] and toks[j].text.isalpha():
            j += 1
        for b in range(j, i, -1):
            text = "".join(t.text + " " if t.space_after else t.text for t in toks[i:b - 1]) + toks[b - 1].text
            city = city_lookup(text)
            if city is not None:
                count[city.country] += 1
                break
    return count


def namesake(c: Cand, keys: list[str], lex: Lexicon) -> bool:
    """A national body named by a bare word that every country's body shares ("Congress", "il Senato",
    `home_namesakes` in actors_context.yaml): the dictionary's default country is a guess, not evidence."""
    return c.b - c.a == 1 and keys[c.a] in lex.home_namesakes


def story_country(count: Counter[str]) -> str | None:
    """The country the story is mostly about, or None when two countries tie or evidence is thin."""
    top = count.most_common(2)
    if len(top) == 1 and top[0][1] >= _SOLE_EVIDENCE:
        return top[0][0]  # the only country the article names, named twice: "Chile's unions ... Chile's minister"
    if not top or top[0][1] < _MIN_EVIDENCE:
        return None
    if len(top) > 1 and top[0][1] <= top[1][1]:
        return None
    return top[0][0]


@cache
def _home(lang: str) -> str | None:
    from cronaca.lang import load_yaml

    return (load_yaml(lang, "actors_context") or {}).get("home_country") or None


_SETTING_TIE_MIN = 2  # places (a headline's count twice) for a tied country to be the story's setting


def setting_tie(story: str | None, count: Counter[str], cands: list[Cand], keys: list[str], lex: Lexicon,
                places: Counter[str]) -> str | None:
    """Two countries named equally often ("Chinese premier signs deals in Kenya": China 8, Kenya 8): the story is
    the one where things happen, the country whose places follow a place preposition ("in Nairobi", "in Kenya",
    and the world cities `places` counted) more often. A visitor's country is named as who comes, the host's as
    where: the host's bare bodies ("the government", "Interior Minister X", "the opposition") are the story's."""
    if story is not None:
        return story
    top = count.most_common(3)
    if len(top) < 2 or top[0][1] < _MIN_EVIDENCE or top[0][1] != top[1][1] or (len(top) == 3 and top[2][1] == top[0][1]):
        return story  # (a close race, not a tie, is the headline's: the setting there cost dev events 0.6086 -> 0.6061)
    tied = {top[0][0], top[1][0]}
    strong = lex.setting_preps
    where: Counter[str] = Counter({k: v for k, v in places.items() if k in tied})
    for c in cands:
        e = c.entry
        if e is None or e.kind not in ("GPE", "LOC") or e.country not in tied or c.a == 0 or keys[c.a - 1] not in strong:
            continue
        where[e.country] += 1
    ranked = where.most_common(2)
    if not ranked or ranked[0][1] < _SETTING_TIE_MIN or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return story  # one "in Yerevan" late in a sentence is where a witness stood, not the story's setting
    return ranked[0][0]


def home_story(story: str | None, count: Counter[str], lang: str) -> str | None:
    """The press of a language writes about its own country's bodies without naming the country ("il governo", "il
    ministro degli Esteri, X," in an Italian paper are Italy's): in a story about two countries one of which is the
    language's home country (actors_context.yaml `home_country`), named at least three times and at least 0.6 times as
    often as the most named (a close race), bare national offices are the home country's, not the other one's. (Named
    twice and half as often, it moved a Belarus story's police and opposition to Italy in the KIND dump.)"""
    home = _home(lang)
    if home is None or story is None or story == home:
        return story
    top = count.most_common(1)[0][1] if count else 0
    if count[home] >= _MIN_EVIDENCE and count[home] >= _CLOSE * top:
        return home
    return story


def home_tie(story: str | None, count: Counter[str], lang: str) -> str | None:
    """The paper's home country when it ties for the most named with another and so no story was found (Italy 15,
    China 15 in a Chinese cyber attack on Italy; Italy 8, Nigeria 8 in a kidnapping of Italian engineers)."""
    home = _home(lang)
    if home is None or story is not None or count[home] < _MIN_EVIDENCE:
        return None
    top = count.most_common(2)
    return home if len(top) == 2 and top[0][1] == top[1][1] == count[home] else None


def home_tie_offices(cands: list[Cand], home: str, count: Counter[str], lex: Lexicon, keys: list[str],
                     toks: list[Token], inst_default: set[str]) -> None:
    """In such a tie the Italian press names its own government and ministers bare ("il governo non cederà al
    ricatto", "il ministro degli Esteri ha lanciato un appello") and the other country's with a demonym ("il
    presidente nigeriano"): bare executive offices (sector GOV) are the home country's. Only GOV: the home country for
    every bare body (home_story in a tie) also made the other country's soldiers Italian (dev: Nigeria story, events
    predicted 2 -> 7, 1 right)."""
    gov = [c for c in cands if c.ref is None and c.attrs.get("sector") == "GOV" and not c.attrs.get("country")
           and not c.attrs.get("igo") and c.entry is None]
    if gov:
        apply_story(gov, home, count, lex, keys, toks, inst_default)


_SETTING_MIN = 3  # evidence for a setting's country (sentence_setting) for it to place the bodies of its paragraph
_CLOSE = 0.6  # a runner-up named at least this share of the top country's count: a story about two countries


def close_race(count: Counter[str]) -> bool:
    """Whether the most named country leads a second one only narrowly, or ties with it (France 17, Algeria 16)."""
    top = count.most_common(2)
    return len(top) == 2 and top[0][1] >= _MIN_EVIDENCE and top[1][1] >= _CLOSE * top[0][1]


def title_lead(story: str | None, count: Counter[str], first: str | None) -> str | None:
    """In a close race between two countries ("France expels 12 Algerian diplomats; Algiers vows to respond": France
    16, Algeria 17), the country the headline names first, its subject, is the one the story is about."""
    if first is None or story is None or not close_race(count):
        return story
    top = count.most_common(2)
    return first if first in (top[0][0], top[1][0]) else story


def homonyms(cands: list[Cand], count: Counter[str], lex: Lexicon, toks: list[Token]) -> None:
    """An acronym two dictionary bodies share ("RSF": Sudan's Rapid Support Forces, Reporters Without Borders) is
    the one whose country the article names; with neither named, the international one (no country)."""
    if not lex.homonyms:
        return
    for c in cands:
        if c.entry is None or c.b - c.a != 1:
            continue
        options = lex.homonyms.get(toks[c.a].text)
        if not options or c.entry not in options:
            continue
        named = [e for e in options if e.country and count[e.country] > _own(e, cands)]
        stateless = [e for e in options if not e.country]
        pick = named[0] if named else (stateless[0] if stateless else c.entry)
        if pick is not c.entry:
            c.entry, c.key, c.name, c.kind = pick, pick.key, pick.name, pick.kind


def surname_over_place(cands: list[Cand], surnames: dict[str, Cand], keys: list[str]) -> None:
    """"Marta Colombo ... Colombo ha aggiunto": a lone capital or city name that is the surname of a person named
    in full earlier is that person (the world gazetteer knows many names that are also surnames)."""
    for c in cands:
        e = c.entry
        if e is None or c.source != "dict" or c.b - c.a != 1 or keys[c.a] not in surnames:
            continue
        if not (e.kind == "LOC" or (e.kind == "GPE" and e.metonym)):
            continue  # countries stay countries ("Georgia")
        full = surnames[keys[c.a]]
        if full.a < c.a and e.key.startswith(("cap:", "loc:")) and not e.key.startswith("gpe:"):
            c.ref, c.kind, c.source, c.entry, c.key, c.name = full, "PER", "coref", None, "", ""


def _own(e: Entry, cands: list[Cand]) -> int:
    """How much of the evidence for e's country e itself gave (see evidence())."""
    if e.kind != "ORG" or e.sector not in STORY_ORG_SECTORS:
        return 0
    return sum(1 for x in cands if x.entry is e and x.ref is None)


def local_places(cands: list[Cand], story: str | None, toks: list[Token]) -> None:
    """A dictionary city of another country that shares its name with a city of the story's country is the local
    one ("Valencia" in a story about Venezuela)."""
    if story is None:
        return
    for c in cands:
        e = c.entry
        if e is None or e.kind != "LOC" or not e.country or e.country == story or c.ref is not None:
            continue
        text = "".join(t.text + " " if t.space_after else t.text for t in toks[c.a:c.b - 1]) + toks[c.b - 1].text
        city = city_lookup(text, story)
        if city is not None and city.country == story:
            c.entry = Entry(key=f"loc:{city.name}:{story}", name=city.name, kind="LOC", country=story)
            c.key, c.name = c.entry.key, city.name


def borrow_bodies(cands: list[Cand], count: Counter[str], story: str | None, toks: list[Token]) -> None:
    """A union or party of another country named only by its acronym, in a story about one country that never
    names the dictionary body's country otherwise, is that country's homonym ("la CGT" in Buenos Aires)."""
    if story is None:
        return
    own: Counter[str] = Counter()
    for c in cands:
        e = c.entry
        if e is not None and c.ref is None and e.kind == "ORG" and e.country and e.sector in _BORROWED_SECTORS:
            own[e.key] += 1
    for c in cands:
        e = c.entry
        if (e is None or e.kind != "ORG" or not e.country or e.country == story or e.sector not in _BORROWED_SECTORS
                or e.seat or c.b - c.a != 1 or not toks[c.a].text.isupper()):
            continue
        if count[e.country] > own[e.key]:
            continue  # the body's own country is named: it is that body
        name = toks[c.a].text
        c.entry = Entry(key=f"org:{name}:{story}", name=name, kind="ORG", country=story, sector=e.sector)
        c.key, c.name = c.entry.key, name


def longer_names(cands: list[Cand], toks: list[Token], keys: list[str], lex: Lexicon, taken: list[bool],
                 cand_at: dict[int, Cand], cand_end: dict[int, Cand], extend) -> None:
    """"Partito Repubblicano del Popolo": a dictionary body's alias that opens with an organization word and goes
    on with "di" and a capitalized common word is a longer name of another body (not the US Republicans)."""
    n = len(toks)
    for c in list(cands):
        e = c.entry
        if (e is None or e.kind != "ORG" or c.b - c.a < 2 or keys[c.a] not in lex.org_keywords or c.b + 1 >= n
                or keys[c.b] not in lex.of or not toks[c.b + 1].text[:1].isupper() or taken[c.b + 1]
                or keys[c.b + 1] not in lex.common_words or keys[c.b + 1] in lex.caps_stop):
            continue
        j = max(extend(c.b + 1), c.b + 2)
        cands.remove(c)
        cand_at.pop(c.a, None)
        cand_end.pop(c.b, None)
        new = type(c)(c.a, j, "ORG", "caps", key="org:" + " ".join(keys[c.a:j]))
        new.attrs.update(org_attrs(c.a, j, toks, keys, lex, [None] * n, cand_at))
        cands.append(new)
        cand_at[c.a] = new
        cand_end[j] = new
        for m in range(c.a, j):
            taken[m] = True


def demonym_before_role(a: int, toks: list[Token], demonym: list[str | None],
                        lex: Lexicon | None = None) -> tuple[str | None, int]:
    """"the Turkish justice minister": a demonym up to two lower-case words before a role (English order)."""
    for p in (a - 2, a - 3):
        if p < 0 or not demonym[p]:
            continue
        if all(toks[m].text[:1].islower() and toks[m].text[:1].isalpha() for m in range(p + 1, a)):
            if lex is None or p == 0:
                return demonym[p], p
            return demonym[p], demonym_start(p, [toks[p - 1].lower, toks[p].lower], lex, 1)
    return None, a


def demonym_start(p: int, keys: list[str], lex: Lexicon, at: int | None = None) -> int:
    """First token of the demonym ending at token `p`: "South African" is marked on its last word only (find_actors,
    pass 1), so that the story's evidence counts it once. `at` is p's index in `keys` when `keys` is a slice."""
    q = p if at is None else at
    if q > 0 and keys[q - 1] in lex.demonym_pairs and keys[q] in lex.demonym_pairs[keys[q - 1]]:
        return p - 1
    return p


@cache
def _envoy_roles(lang: str) -> frozenset[str]:
    from cronaca.lang import load_yaml  # the lang package is light; imported here to keep module import order

    return frozenset(str(r) for r in (load_yaml(lang, "actors_context") or {}).get("national_envoy_roles") or [])


def national_envoy(a: int, role: str, org: Cand, toks: list[Token], keys: list[str], demonym: list[str | None],
                   cand_end: dict[int, Cand], lex: Lexicon) -> tuple[str, int] | None:
    """"China's UN envoy", "Britain's deputy UN ambassador", "the Chinese UN ambassador": a diplomat role right after
    an IGO (`org`, ending at the role's start `a`) whose phrase opens with a country (a possessive or a demonym) is
    that country's diplomat at the IGO, not the IGO's own envoy ("the UN envoy for Yemen"). Returns the country and
    where the phrase starts, or None."""
    if role not in _envoy_roles(lex.lang):
        return None
    p = org.a
    for _ in range(2):  # "deputy", "permanent" between the country and the IGO
        if p > 0 and toks[p - 1].text[:1].islower() and toks[p - 1].text.isalpha() and keys[p - 1] not in lex.articles:
            p -= 1
    if p > 0 and demonym[p - 1]:
        return demonym[p - 1], p - 1
    if p > 1 and keys[p - 1] in ("'s", "’s"):
        c = cand_end.get(p - 1)
        if c is not None and c.kind == "GPE" and c.entry is not None and c.entry.country:
            return c.entry.country, c.a
    return None


@cache
def _host_data(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    from cronaca.lang import load_yaml

    data = load_yaml(lang, "actors_context") or {}
    return (frozenset(key(str(h)) for h in data.get("host_heads") or []),
            frozenset(str(r) for r in data.get("host_guest_roles") or []))


def host_country(a: int, b: int, head: str, roles: list[tuple[int, int, str, str | None]], toks: list[Token],
                 keys: list[str], demonym: list[str | None], cand_end: dict[int, Cand], count: Counter[str],
                 lex: Lexicon) -> str | None:
    """"The foreign ministry summoned the US charge d'affaires", "il ministero degli Esteri ha convocato
    l'ambasciatore russo": in a story about two countries, a bare foreign ministry (actors_context.yaml `host_heads`)
    acting on a foreign diplomat later in its sentence is the other country's (the one that summons him).
    Returns that country, or None."""
    heads, guests = _host_data(lex.lang)
    if head not in heads:
        return None
    top = count.most_common(3)
    if len(top) < 2 or (len(top) == 3 and top[2][1] * 2 > top[1][1]):
        return None  # not clearly a story about two countries
    pair = {top[0][0], top[1][0]}
    sent = toks[a].sent
    for ra, rb, role, _sector in roles:
        if ra < b or toks[ra].sent != sent or role not in guests:
            continue
        guest = None
        if lex.lang != "en" and rb < len(toks) and demonym[rb]:
            guest = demonym[rb]  # "l'ambasciatore russo"
        elif ra > 0 and demonym[ra - 1]:
            guest = demonym[ra - 1]  # "the Russian ambassador"
        elif ra in cand_end and cand_end[ra].kind == "GPE" and cand_end[ra].entry is not None:
            guest = cand_end[ra].entry.country  # "the US charge d'affaires"
        elif ra > 1 and keys[ra - 1] in ("'s", "’s") and (ra - 1) in cand_end and cand_end[ra - 1].kind == "GPE" \
                and cand_end[ra - 1].entry is not None:
            guest = cand_end[ra - 1].entry.country  # "summoned India's deputy high commissioner"
        if guest in pair:
            return next(iter(pair - {guest}))
        return None
    # "il ministero degli Esteri ha chiesto alla Grecia": the polity a ministry addresses is not its own
    n = len(toks)
    j = b
    while j < n and toks[j].sent == sent:
        j += 1
        c = cand_end.get(j)
        if c is not None and c.kind == "GPE" and c.entry is not None and c.a > b and \
                (keys[c.a - 1] in lex.dative or keys[c.a - 1] in lex.opposed) and c.entry.country in pair:
            return next(iter(pair - {c.entry.country}))
    return None


@cache
def _tail_labels(lang: str) -> frozenset[str]:
    from cronaca.lang import load_yaml

    return frozenset(str(x) for x in (load_yaml(lang, "actors_context") or {}).get("role_tail_bodies") or [])


def role_tail_institution(a: int, b: int, info: tuple | None, toks: list[Token], keys: list[str], lex: Lexicon,
                          demonym: list[str | None], cands: list[Cand], match) -> None:
    """"La portavoce del ministero degli Esteri russo, Yelena Gromova,": an institution closing an Italian role phrase,
    with the demonym after it, is an actor of that country too (as "Kremlin" in "Kremlin spokesman"), when a name
    follows the phrase (a bare "il portavoce del ministero degli Esteri russo" stays the unnamed official)."""
    if b >= len(toks) or not demonym[b] or info is None or info[2] != demonym[b]:
        return
    k = b + 1
    if not (k < len(toks) and (toks[k].text[:1].isupper() or (keys[k] == "," and k + 1 < len(toks)
                                                                and toks[k + 1].text[:1].isupper()))):
        return
    for m in range(a + 1, b):
        p = match(lex.institutions, keys, toks, m)
        if p is not None and m + len(p.toks) == b:
            label, sector, _head = p.value
            if label not in _tail_labels(lex.lang):
                return  # "capo della diplomazia cinese", "segretario di Stato americano": a title, not a body
            country = demonym[b]
            # the package's class, imported late: the package imports this module
            from cronaca.actors import Cand as _Cand

            cands.append(_Cand(m, b + 1, "ORG", "inst", key=f"inst:{label}:{country}",
                               name=f"{label} of {lex.country_names.get(country, country)}",
                               attrs={"country": country, "sector": sector}))
            return


def owner_capital(b: int, keys: list[str], lex: Lexicon, cand_at: dict[int, Cand]) -> str | None:
    """"the government in Caracas", "the regime in Damascus": the capital's (or country's) country."""
    if b + 1 >= len(keys) or keys[b] not in lex.owner_preps:
        return None
    c = cand_at.get(b + 1)
    if c is None or c.entry is None or c.kind != "GPE" or not c.entry.country:
        return None
    return c.entry.country


def org_attrs(a: int, b: int, toks: list[Token], keys: list[str], lex: Lexicon, demonym: list[str | None],
              cand_at: dict[int, Cand]) -> dict[str, str]:
    """Country and sector of an unknown organization name [a, b) from its own words and the word before it:
    "il partito Sogno Georgiano" (PTY, GEO), "Confederazione Generale del Lavoro" (LAB), "US Southern Command"
    (USA, MIL: pass 4a' reads the country), "Partito Repubblicano del Popolo" (PTY)."""
    attrs: dict[str, str] = {}
    for p in range(a - 1, max(a - 5, -1), -1):  # "il sindacato degli insegnanti KNUT": the descriptor's sector
        if not toks[p].text[:1].islower() or not toks[p].text[:1].isalpha():
            break
        if keys[p] in lex.descriptor_sectors:
            attrs["sector"] = lex.descriptor_sectors[keys[p]]
            break
    if ("sector" not in attrs and b + 1 < len(keys) and keys[b] in lex.descriptor_sectors
            and toks[b].text[:1].islower() and a > 0 and keys[a - 1] in lex.articles):
        attrs["sector"] = lex.descriptor_sectors[keys[b]]  # "the PASTEF party", "the CGT union"
    for m in (a, b - 1):
        if "sector" not in attrs and keys[m] in lex.keyword_sectors:
            attrs["sector"] = lex.keyword_sectors[keys[m]]
    m = a
    while m < b:
        c = cand_at.get(m)
        if (demonym[m] or keys[m] in lex.demonyms) and not (m > a and keys[m - 1] in lex.demonym_blockers):
            attrs.setdefault("country", demonym[m] or lex.demonyms[keys[m]])
        elif c is not None and c.entry is not None and c.kind == "GPE" and c.entry.country and not c.entry.metonym:
            attrs.setdefault("country", c.entry.country)
            m = c.b
            continue
        m += 1
    if "country" not in attrs:
        owner = possessive_country(a, keys, cand_at)
        if owner is not None:
            attrs["country"] = owner
    return attrs


def possessive_country(a: int, keys: list[str], cand_at: dict[int, Cand]) -> str | None:
    """"India's Ministry of External Affairs": the country of a possessive polity right before a body name [a, ...)
    owns the body; without it, the story's country (often the other side of a two-country story) fills it later.
    Scans back at most four tokens for the polity's start (a dict lookup each)."""
    if a < 2 or keys[a - 1] not in ("'s", "’s"):
        return None
    for p in range(a - 2, max(a - 6, -1), -1):
        c = cand_at.get(p)
        if c is not None:
            if c.b == a - 1 and c.kind == "GPE" and c.entry is not None and c.entry.country:
                return c.entry.country
            return None
    return None


def descriptor_phrase(a: int, toks: list[Token], keys: list[str], lex: Lexicon) -> bool:
    """"il sindacato dei medici Anaao Assomed", "the union of hospital doctors X": a descriptor noun with its own
    lower-case complement ("di/of" + up to two words) right before a name: the name is that kind of body."""
    seen_of = False
    for p in range(a - 1, max(a - 5, 0), -1):
        t = toks[p].text
        if not t[:1].isalpha() or not t[:1].islower():
            return False
        if keys[p] in lex.descriptor_sectors:
            return seen_of
        if keys[p] in lex.of:
            seen_of = True
    return False


def apposed_descriptor(a: int, b: int, toks: list[Token], keys: list[str], lex: Lexicon) -> dict[str, str] | None:
    """"the ruling party, Georgian Dream, ...", "il partito di governo, Sogno Georgiano,": a name set off by commas
    right after a descriptor noun (up to three words back: "party", "partito di governo") names that body."""
    n = len(toks)
    if (a < 3 or keys[a - 1] != "," or not (b >= n or keys[b] in (",", ".", ";", ")", "("))
            or keys[a] in lex.first_names):
        return None
    for p in range(a - 2, max(a - 5, 0), -1):
        k = keys[p]
        if k in lex.descriptor_sectors and toks[p].text[:1].islower():
            # the descriptor heads its own phrase ("the ruling party,", "il partito di governo,"), not a
            # complement ("un volto della televisione, Pippo Baudo": a person)
            q = p - 1
            while q > 0 and toks[q].text[:1].islower() and keys[q] not in lex.articles and keys[q] not in lex.of:
                q -= 1
            return {"sector": lex.descriptor_sectors[k]} if keys[q] in lex.articles else None
        if not toks[p].text[:1].islower():
            return None
    return None


def demonym_first(a: int, b: int, toks: list[Token], keys: list[str], lex: Lexicon,
                  role_after: dict) -> dict[str, str] | None:
    """English "Georgian Dream", "Russian Railways", "Turkish Airlines": a capitalized demonym then capitalized
    common words is an organization of that country (a person's name never opens with a demonym)."""
    if not lex.demonym_first or b - a < 2 or a in role_after or keys[a] not in lex.demonyms:
        return None
    if any(keys[m] in lex.first_names or keys[m] not in lex.common_words for m in range(a + 1, b)):
        return None
    attrs = {"country": lex.demonyms[keys[a]]}
    if keys[b - 1] in lex.keyword_sectors:
        attrs["sector"] = lex.keyword_sectors[keys[b - 1]]
    return attrs


def igo_body(inner: Cand) -> dict[str, str]:
    """"Commissione dell'Unione africana", "Consiglio della Lega araba": a body of an IGO acts for it."""
    e = inner.entry
    if e is not None and e.igo:
        return {"igo": e.igo, "sector": "IGO"}
    if e is not None and e.kind == "GPE" and e.country:
        # "Banca di Grecia"; a capital too ("Università di Belgrado", "Tribunale di Ankara"): the seat's country
        return {"country": e.country}
    return {}


def city_place(a: int, b: int, toks: list[Token], keys: list[str], lex: Lexicon, role_after: dict,
               story: str | None = None) -> Entry | None:
    """A capitalized run no rule claimed that names a world city: a place (a capital is in the gazetteer)."""
    if not lex.world_cities or a in role_after or keys[a] in lex.first_names or b - a > 4:
        return None
    if b - a == 1:
        city = city_lookup(toks[a].text, story)
    else:  # the name as written: "El Fasher", "Saint-Louis"
        city = city_lookup("".join(t.text + " " if t.space_after else t.text for t in toks[a:b - 1]) + toks[b - 1].text,
                           story)
    if city is None:
        return None
    if b - a == 1 and city.population < _BIG_CITY and not (a > 0 and (keys[a - 1] in lex.place_preps
                                                                              or keys[a - 1] in lex.loc_cues_before)):
        return None  # a lone name is as often a surname ("Rodriguez"): a place preposition or a big city
    return Entry(key=f"loc:{city.name}", name=city.name, kind="LOC", country=city.country)


def place_countries(cands: list[Cand], toks: list[Token], story: str | None = None) -> None:
    """A place read from its syntax ("in Dakar and Thies": coordination, a place preposition) that is a world
    city takes the city's country."""
    for c in cands:
        if c.kind == "LOC" and c.source == "caps" and c.entry is None and "country" not in c.attrs and c.b - c.a <= 3:
            city = city_lookup("".join(t.text + " " if t.space_after else t.text for t in toks[c.a:c.b - 1])
                               + toks[c.b - 1].text, story)
            if city is not None:
                c.attrs["country"] = city.country


def region_countries(cands: list[Cand], toks: list[Token], keys: list[str], lex: Lexicon,
                     demonym: list[str | None], story: str | None) -> None:
    """"Khost province", "the state of Sinaloa", "the eastern Afghan provinces of Khost, Paktika and Kunar": a place
    no gazetteer knows, named anywhere in the article with a subnational unit, is in the country of the demonym
    before the unit, else in the story's country (a side of an attack or a deployment there is coded by it).
    Only places another rule read: a name the unit introduces and no rule read ("the Delmas district") is not made
    a place here (tried: actors up, but a district where a deed happened became a side, events fell)."""
    if not lex.region_words or lex.region_words.isdisjoint(keys):
        return  # no unit word in the article (most): no pass over the tokens
    n = len(keys)
    named: dict[str, str] = {}  # place key -> country

    def run_end(j: int) -> int:  # the capitalized run from j
        while j < n and toks[j].text[:1].isupper() and keys[j] not in lex.caps_stop and not demonym[j]:
            j += 1
        return j

    for i in range(n):
        if keys[i] not in lex.region_words or not toks[i].text[:1].islower():
            continue
        country = (demonym[i - 1] if i > 0 else None) or story
        if not country:
            continue
        if i > 0 and toks[i - 1].text[:1].isupper() and not demonym[i - 1] and keys[i - 1] not in lex.caps_stop:
            j = i - 1
            while j > 0 and toks[j - 1].text[:1].isupper() and keys[j - 1] not in lex.caps_stop:
                j -= 1
            named.setdefault(" ".join(keys[j:i]), country)  # "Khost province"
        j = i + 1
        if j < n and keys[j] in lex.of:  # "the state of Sinaloa", "provinces of Khost, Paktika and Kunar"
            j += 1
            while j < n:
                e = run_end(j)
                if e == j:
                    break
                named.setdefault(" ".join(keys[j:e]), country)
                if e + 1 < n and (keys[e] == "," or keys[e] in lex.conj):
                    j = e + 1
                else:
                    break
    if not named:
        return
    for c in cands:
        if c.kind == "LOC" and c.source == "caps" and c.entry is None and "country" not in c.attrs:
            country = named.get(" ".join(keys[c.a:c.b]))
            if country:
                c.attrs["country"] = country


def national_namesakes(cands: list[Cand], keys: list[str], lex: Lexicon, cand_at: dict[int, Cand]) -> None:
    """"il Consiglio di sicurezza nazionale dell'Armenia", "the Security Council of Armenia": an international
    body's name followed by (national and) "of" a country is that country's namesake body, not the IGO's."""
    n = len(keys)
    for c in cands:
        e = c.entry
        if e is None or not e.igo or c.source != "dict" or c.ref is not None or e.name not in lex.namesakes:
            continue
        k = c.b
        if k < n and keys[k] in lex.national_words:
            k += 1
        if not (k + 1 < n and keys[k] in lex.of):
            continue
        g = cand_at.get(k + 1)
        if g is None or g.kind != "GPE" or g.entry is None or not g.entry.country or g.entry.metonym:
            continue
        country = g.entry.country
        label = e.name.removeprefix(f"{e.igo} ")
        c.b = k if k > c.b else c.b  # "Consiglio di sicurezza nazionale": the adjective is part of the name
        c.entry, c.source = None, "inst"
        c.key = f"inst:{label}:{country}"
        c.name = f"{label} of {lex.country_names.get(country, country)}"
        c.attrs.update(country=country, sector="GOV")


def foreign_namesakes(cands: list[Cand], toks: list[Token], demonym: list[str | None], lex: Lexicon,
                      cand_at: dict[int, Cand], cand_end: dict[int, Cand]) -> None:
    """"Philippine National Security Council", "il Consiglio di sicurezza nazionale filippino": a national body the
    dictionary knows for one country, with another country's demonym right before it (English) or after it
    (Italian), is that country's namesake body, with the entry's sector; the role phrase after it ("... spokesman
    Jonathan Malaya") then takes that country too. International bodies are _acting_body's case."""
    n = len(toks)
    for c in cands:
        e = c.entry
        if (e is None or e.igo or not e.country or e.kind != "ORG" or e.person is not None or c.source != "dict"
                or c.ref is not None):
            continue
        if lex.lang == "en":
            country = demonym[c.a - 1] if c.a > 0 else None
        else:
            country = demonym[c.b] if c.b < n else None
        if not country or country == e.country:
            continue
        if cand_at.get(c.a) is c:
            del cand_at[c.a]
        if cand_end.get(c.b) is c:
            del cand_end[c.b]
        if lex.lang == "en":
            c.a -= 1  # the mention takes the demonym, as "the Russian Security Council" does
        else:
            c.b += 1
        cand_at[c.a] = cand_end[c.b] = c
        c.key = f"inst:{e.name}:{country}"
        c.name = f"{e.name} of {lex.country_names.get(country, country)}"
        c.entry, c.source = None, "inst"
        c.attrs.update(country=country, sector=e.sector) if e.sector else c.attrs.update(country=country)


def _needs_country(c: Cand, lex: Lexicon) -> bool:
    return (c.kind == "PER" and c.entry is None and c.ref is None and not c.attrs.get("country")
            and not c.attrs.get("igo") and c.attrs.get("sector") in lex.domestic_sectors) or _bare_place(c)


def _bare_place(c: Cand) -> bool:
    """A place no dictionary or city table knows ("Tillaberi", "Zvečan", "Minas Gerais"): news names the towns and
    provinces of the country the story is about, so the sentence's country or the story's is its own."""
    return (c.kind == "LOC" and c.source == "caps" and c.entry is None and c.ref is None
            and not c.attrs.get("country") and not c.attrs.get("igo"))


def local_country(cands: list[Cand], demonym: list[str | None], lex: Lexicon, toks: list[Token],
                  keys: list[str], subject_only: bool = False, text: str = "", prior: bool = True) -> None:
    """In a story about two countries, an official with a domestic role and no country takes the country that
    dominates their sentence and the one before ("Il governo di Baku ha respinto le accuse. Il portavoce del
    ministero degli Esteri X ha detto..."): at least two pieces of evidence and none for another country."""
    todo = [c for c in cands if _needs_country(c, lex)]
    if not todo:
        return
    by_sent: dict[int, list[tuple[int, str]]] = {}  # sentence -> (token, country) in text order
    for c in cands:
        e = c.entry
        country = None
        if c.ref is None and e is not None and e.country and (
                e.kind in ("GPE", "LOC", "PER") or (e.kind == "ORG" and e.sector in _NATIONAL_ORG_SECTORS)):
            country = e.country
        elif c.ref is None and e is None and c.source == "inst" and c.attrs.get("country"):
            country = c.attrs["country"]
        if country:
            by_sent.setdefault(toks[c.a].sent, []).append((c.a, country))
    for i, d in enumerate(demonym):
        if d:
            by_sent.setdefault(toks[i].sent, []).append((i, d))
    for c in todo:
        person = c.kind == "PER"
        if person and any(k in lex.dative for k in keys[max(c.a - 3, 0):c.a]):
            continue  # "chiedere al ministro X": the evidence before the name is the asker's, not X's
        s = toks[c.a].sent
        # the sentence before and an official's own sentence up to the name: what follows the name is mostly what
        # they say, about the other side ("X said ... the Chinese coast guard ... demanded that China withdraw");
        # a place takes its whole sentence
        window = Counter(k for _, k in by_sent.get(s - 1, ()))
        window.update(k for i, k in by_sent.get(s, ()) if i < c.a or not person)
        top = window.most_common(2)
        if top and top[0][1] >= 2 and len(top) == 1 and not subject_only:
            c.attrs["country"] = top[0][0]
        elif prior and person and not any(i < c.a for i, _ in by_sent.get(s, ())):
            prior = _prior_subject(s, cands, toks, keys, lex, text)
            if prior is not None and not _acted_on(prior, c, by_sent.get(s, ()), toks, keys, lex):
                c.attrs["country"] = prior


def _prior_subject(s: int, cands: list[Cand], toks: list[Token], keys: list[str], lex: Lexicon,
                   text: str = "") -> str | None:
    """The polity that opens sentence s - 1 as its subject ("Eritrea rejected the charge within hours.", "Iran, which
    borders Syunik, voiced alarm", "Tajikistan's defence ministry accused ..."): an official named next with no
    country of their own speaks for it ("Information Minister X wrote on X that ..."); news names the other side's
    reply so, one sentence for the act, the next for its spokesman."""
    from cronaca.actors import _subject  # the shared subject test

    if s == 0:
        return None
    first = next((c for c in cands if toks[c.a].sent == s - 1), None)
    if first is None or first.ref is not None:
        return None
    opens = next((i for i in range(first.b, len(toks)) if toks[i].sent == s), None)
    if opens is None or "\n" in text[toks[first.a].end:toks[opens].start]:
        return None  # a new paragraph is a new scene, not the reply named just before
    a = first.a - 1 if first.a > 0 and keys[first.a - 1] in lex.articles else first.a  # "The Taliban administration"
    if a > 0 and toks[a - 1].sent == s - 1:
        return None  # the sentence does not open with it
    e = first.entry
    if e is not None and e.country and e.person is None and (
            e.kind in ("GPE", "LOC") or (e.kind == "ORG" and e.sector in STORY_ORG_SECTORS)):
        country = e.country  # "Eritrea rejected", "The Taliban administration denied"
    elif e is None and first.source == "inst" and first.attrs.get("country"):
        country = first.attrs["country"]  # "The Tajik defence ministry accused"
    else:
        return None
    n = len(toks)
    b = first.b
    if b + 1 < n and keys[b] in ("'s", "’s"):  # "Tajikistan's defence ministry accused": the owned body is the subject
        owned = next((o for o in cands if o.a > b and toks[o.a].sent == s - 1), None)
        if owned is None or owned.a > b + 4:
            return None
        return country if _subject(owned.a, owned.b, toks, keys, lex) else None
    if b + 2 < n and keys[b] == "," and keys[b + 1] in _relatives(lex.lang):
        close = next((j for j in range(b + 2, min(b + 12, n)) if keys[j] == "," and toks[j].sent == s - 1), None)
        if close is None:
            return None
        b = close  # "Iran, which borders Syunik, voiced alarm": the verb after the relative clause
        return country if _subject(first.a, b + 1, toks, keys, lex) else None
    if _subject(first.a, b, toks, keys, lex):
        return country
    # "The Taliban administration denied", "Pakistan's army said": one head noun between the name and its verb
    head = b + 1 < n and toks[b].text.isalpha() and toks[b].text.islower() and keys[b] not in lex.of
    return country if head and _subject(first.a, b + 1, toks, keys, lex) else None


def igo_owned_bodies(cands: list[Cand], keys: list[str], lex: Lexicon) -> None:
    """"The Board of Governors of the International Atomic Energy Agency", "il Consiglio dei governatori dell'Aiea": an
    unknown body named with "of" and an international organization right after it is that organization's organ, and
    acts for it (igo, sector IGO), as "Commissione dell'Unione africana" does in pass 4."""
    at = {c.a: c for c in cands if c.ref is None}
    n = len(keys)
    for c in cands:
        if (c.kind != "ORG" or c.entry is not None or c.ref is not None or c.source != "caps" or c.attrs.get("country")
                or c.attrs.get("igo") or c.b + 1 >= n or keys[c.b] not in lex.of):
            continue
        j = c.b + 1
        if keys[j] in lex.articles and j + 1 < n:
            j += 1
        o = at.get(j)
        if o is not None and o.entry is not None and o.entry.igo and not o.entry.country and o.entry.kind == "ORG":
            c.attrs.update(igo=o.entry.igo, sector="IGO")


@cache
def _apposed_descriptors(lang: str) -> dict[tuple[str, ...], str]:
    """actors_context.yaml `apposed_descriptors`: descriptor phrase (as token keys) -> sector."""
    from cronaca.lang import load_yaml

    data = (load_yaml(lang, "actors_context") or {}).get("apposed_descriptors") or {}
    return {tuple(key(str(k)).split()): str(v) for k, v in data.items()}


_DESCRIPTOR_WORDS = 5  # lower-case words after the article that may hold the descriptor ("an ethnic armed group")


def trailing_descriptor(cands: list[Cand], story: str | None, toks: list[Token], keys: list[str], lex: Lexicon) -> None:
    """"the Arakan Army, an ethnic armed group, seized ...", "Tehreek-e-Taliban Pakistan (TTP), an Islamist insurgent
    group": an unknown organization with no sector, then a comma, an article and a descriptor phrase, is that kind of
    body; an armed group so described is of the story's country (the insurgents of the country the story is about)."""
    table = _apposed_descriptors(lex.lang)
    if not table:
        return
    n = len(keys)
    for c in cands:
        if c.kind != "ORG" or c.entry is not None or c.ref is not None or c.attrs.get("sector") or c.attrs.get("igo"):
            continue
        j = c.b
        if j + 2 < n and keys[j] == "(" and keys[j + 2] == ")":
            j += 3  # "(TTP)"
        if j + 2 >= n or keys[j] != "," or keys[j + 1] not in lex.articles:
            continue
        run = []
        m = j + 2
        while m < n and len(run) < _DESCRIPTOR_WORDS and toks[m].text.isalpha() and toks[m].text.islower():
            run.append(keys[m])
            m += 1
        sector = None
        for size in (3, 2, 1):
            for p in range(len(run) - size + 1):
                sector = table.get(tuple(run[p:p + size]))
                if sector:
                    break
            if sector:
                break
        if sector is None:
            continue
        c.attrs["sector"] = sector
        if sector == "REB" and story and not c.attrs.get("country"):
            c.attrs["country"] = story


def _acted_on(country: str, c: Cand, own: list[tuple[int, str]] | tuple, toks: list[Token], keys: list[str],
              lex: Lexicon) -> bool:
    """The official's own sentence names `country` right after a verb ("... Daniel Fortier, che ha accusato Pechino"):
    they act on it, so they are not its official."""
    from cronaca.actors import _is_verb  # the shared verb test

    for i, k in own:
        if k != country or i < c.b:
            continue
        j = i - 1
        if j >= 0 and keys[j] in lex.articles:
            j -= 1
        if j >= c.b and (_is_verb(toks[j], keys[j], lex) or keys[j - 1] in lex.auxiliaries):  # "ha accusato"
            return True
    return False


@cache
def _relatives(lang: str) -> frozenset[str]:
    """actors_context.yaml `relative_pronouns`: words opening a relative clause set off by commas."""
    from cronaca.lang import load_yaml

    return frozenset(str(x) for x in (load_yaml(lang, "actors_context") or {}).get("relative_pronouns") or [])


@cache
def _national_titles(lang: str) -> dict[str, str]:
    """actors_context.yaml `national_titles`: canonical role -> the one country that has that office."""
    from cronaca.lang import load_yaml

    data = load_yaml(lang, "actors_context") or {}
    return {str(k): str(v) for k, v in (data.get("national_titles") or {}).items()}


def national_titles(cands: list[Cand], count: Counter[str], lex: Lexicon) -> None:
    """"Treasury Secretary Ellen Park", "il portavoce del dipartimento di Stato, X": an office only one country
    has names that country's official, whatever the story is about (a US secretary in a North Korea story). Only
    when the article names that country at all, so that a British "Secretary of State" in a story that never
    names the US stays with the story's country."""
    titles = _national_titles(lex.lang)
    if not titles:
        return
    for c in cands:
        if _needs_country(c, lex):
            country = titles.get(str(c.attrs.get("role") or ""))
            if country and count[country] > 0:
                c.attrs["country"] = country


@cache
def _national_bodies(lang: str) -> dict[tuple[str, ...], str]:
    """actors_context.yaml `national_bodies`: body name (token keys) -> the one country whose body it is."""
    from cronaca.lang import load_yaml

    data = (load_yaml(lang, "actors_context") or {}).get("national_bodies") or {}
    return {tuple(key(str(k)).split()): str(v) for k, v in data.items()}


def national_bodies(cands: list[Cand], count: Counter[str], lex: Lexicon, keys: list[str]) -> None:
    """"The Justice Department called the transfer unprecedented" in a story about Mexico: a body named so in only
    one country is that country's, when the article names it at all (national_titles does the same for offices)."""
    table = _national_bodies(lex.lang)
    if not table:
        return
    for c in cands:
        if c.kind == "ORG" and c.entry is None and c.ref is None and not c.attrs.get("country"):
            country = table.get(tuple(keys[c.a:c.b]))
            if country and count[country] > 0:
                c.attrs["country"] = country


_OWN_BODY_WINDOW = 12  # tokens back from a bare body to the actor that presses or commands it
_CIVIL_SECTORS = {"BUS", "LAB", "OPP", "PTY", "CVL", "NGO", "EDU", "HLH", "REL"}  # bodies that press their own state
_FORCE_SECTORS = {"MIL", "POL"}


def own_bodies(cands: list[Cand], count: Counter[str], lex: Lexicon, toks: list[Token]) -> None:
    """"Coldiretti ha chiesto al governo", "the Brazilian Coffee Exporters Association urged the government",
    "Belgrado ha posto l'esercito in allerta": a bare national body right after an actor of its own sentence is that
    actor's own when the actor is a civil body of a country (a union, a party, a trade body presses its own
    government) or a government putting its forces to work (a government commands its own army and police), rather
    than the story's. A government acting on a bare government ("Washington ha criticato il governo") decides
    nothing: it is mostly a foreign one. The actor's country must be named in the article otherwise (a multinational
    company the dictionary places elsewhere is no evidence)."""
    bare = [c for c in cands if c.source == "inst" and c.entry is None and c.ref is None and c.key.startswith("inst:")
            and not c.attrs.get("igo")
            and ((":" not in c.key[5:] and not c.attrs.get("country")) or c.attrs.get("home_default"))]
    if not bare:
        return
    by_end = sorted((c for c in cands if c.ref is None and c.kind != "LOC"), key=lambda c: c.b)
    ends = [c.b for c in by_end]
    for c in bare:
        sector = c.attrs.get("sector")
        k = bisect.bisect_right(ends, c.a) - 1
        if k < 0:
            continue
        p = by_end[k]
        if toks[p.a].sent != toks[c.a].sent or c.a - p.b > _OWN_BODY_WINDOW:
            continue
        e = p.entry
        country = (e.country if e is not None else None) or p.attrs.get("country")
        psector = p.attrs.get("sector") or (e.sector if e is not None else None)
        if psector is None and e is not None and e.metonym:
            psector = "GOV"  # "Belgrado ha posto l'esercito in allerta": a capital standing for its government
        elif psector is None and e is None and p.kind == "ORG":
            psector = "CVL"  # "the Brazilian Coffee Exporters Association": a national body found in the text
        if not country or count[country] < 2 or (e is not None and e.igo) or p.attrs.get("igo"):
            continue
        if psector in _CIVIL_SECTORS or (psector == "GOV" and sector in _FORCE_SECTORS):
            label = c.key[5:].partition(":")[0]
            c.key = f"inst:{label}:{country}"
            c.name = f"{label} of {lex.country_names.get(country, country)}"
            c.attrs["country"] = country


_APPOSED_WINDOW = 10  # tokens of an apposed role phrase after a name's comma
_APPOSED_SECTORS = _NATIONAL_ORG_SECTORS | {"HLH", "EDU", "NGO", "BUS", "MED", "REL"}  # a body's staff share its sector
# the phrase ends where the clause goes on ("X, ha invitato le autorità serbe", "BYD e Saic, oltre alle vetture")
_APPOSED_TAIL = {"ha", "hanno", "è", "sono", "era", "aveva", "avrebbe", "oltre", "has", "have", "had", "is", "was",
                 "said", "says", "told", "as", "while", "mentre"}
_APPOSED_WHO = {"che", "who", "which", "cui"}
_APPOSED_LEAD = {"guida", "dirige", "presiede", "coordina", "rappresenta", "leads", "heads", "chairs", "runs",
                 "represents"}
_APPOSED_STOP = {",", ".", ";", ":", "(", ")", "\"", "«", "»", "“", "”"}


def apposed_body(cands: list[Cand], lex: Lexicon, toks: list[Token]) -> None:
    """"Dmytro Lubinets, commissario per i diritti umani del Parlamento ucraino, ha ...", "Jane Doe, a spokeswoman
    for the Labour Party, said": a national body named in the role phrase apposed to a discovered person is the
    person's own, so it gives them its country over the story's (in a story about Russia, the Ukrainian ombudsman is
    Ukrainian), and its sector when their role gave none. Only the phrase between the name's comma and the next
    punctuation: a body named later in the sentence is what the person acts on ("X, 54, accused the Senate")."""
    bodies: dict[int, Cand] = {}
    for c in cands:
        if c.ref is not None or c.kind != "ORG":
            continue
        e = c.entry
        if c.attrs.get("igo") or (e is not None and e.igo):
            continue
        country = c.attrs.get("country") or (e.country if e is not None else None)
        if c.kind == "ORG" and country:
            bodies.setdefault(c.a, c)
    if not bodies:
        return
    n = len(toks)
    for c in cands:
        if (c.kind != "PER" or c.entry is not None or c.ref is not None or c.attrs.get("country")
                or c.attrs.get("igo") or c.b >= n or toks[c.b].text != ","):
            continue
        sent = toks[c.a].sent
        for j in range(c.b + 1, min(n, c.b + 1 + _APPOSED_WINDOW)):
            t = toks[j]
            if t.sent != sent or t.text in _APPOSED_STOP or t.lower in _APPOSED_TAIL:
                break
            if t.lower in _APPOSED_WHO:
                if j + 1 < n and toks[j + 1].lower in _APPOSED_LEAD:
                    continue  # "X, who leads the ...": a role said with a verb
                break  # "X, che ha chiesto al governo": what they did, not who they are
            body = bodies.get(j)
            if body is None:
                continue
            e = body.entry
            c.attrs["country"] = body.attrs.get("country") or (e.country if e is not None else None)
            sector = body.attrs.get("sector") or (e.sector if e is not None else None)
            if not c.attrs.get("sector") and sector in _APPOSED_SECTORS:
                c.attrs["sector"] = sector
            break


def _bare_local(c: Cand, story: str, count: Counter[str], lex: Lexicon, toks: list[Token], igo_sents: set[int]) -> bool:
    """A named person with no role the lexicon knows ("Marcela Ibarra, who leads the bloc in the Senate", "Nusrat
    Jahan, a 21-year-old economics student", "Representative Chip Roy of Texas") is, in news about one country, one of
    its people: with no country they lost every event and actor they took part in (dev 92: 30 more right countries).
    Not in a story about two countries (Taiwan's "Lai" in a story about China), not in a foreign story that also names
    the paper's home country (an Italian aid worker in Sudan), not a lone surname (a capitalised word read as a name:
    "Violence", "Borno") and not in a sentence that names an international body (its spokeswoman, named only there)."""
    if c.attrs.get("country") or c.attrs.get("igo") or c.attrs.get("sector") or c.b - c.a < 2:
        return False
    if toks[c.a].sent in igo_sents or close_race(count):
        return False
    home = _home(lex.lang)
    return home is None or home == story or not count[home]


def apply_story(cands: list[Cand], story: str | None, count: Counter[str], lex: Lexicon, keys: list[str],
                toks: list[Token], inst_default: set[str]) -> None:
    """Give the story's country to discovered people with a domestic role and to bare national institutions,
    and move a generic institution the dictionary gives Italy (or another default) to the story's country when
    that default country is not otherwise named."""
    if story is None:
        return
    # sentences naming an international body: a person named only there may be its official
    igo_sents = {toks[c.a].sent for c in cands if c.attrs.get("igo") or (c.entry is not None and c.entry.igo)}
    for c in cands:
        if c.ref is not None:
            continue
        if c.kind == "PER" and c.entry is None:
            if (not c.attrs.get("country") and not c.attrs.get("igo")
                    and c.attrs.get("sector") in lex.domestic_sectors):
                if _acts_on(c, story, cands, keys, toks, lex):
                    other = _runner_up(count, story)
                    if other:  # "Defence Minister X accused Iran" in an Iran story: the other side's minister
                        c.attrs["country"] = other
                    continue
                c.attrs["country"] = story
            elif _bare_local(c, story, count, lex, toks, igo_sents):
                c.attrs["country"] = story
        elif (c.kind == "ORG" and c.source == "caps" and c.entry is None and not c.attrs.get("country")
              and not c.attrs.get("igo") and c.attrs.get("sector") in lex.domestic_sectors):
            c.attrs["country"] = story  # "il partito X", "... Workers' Union": a national body of the story
        elif (c.entry is not None and c.entry.kind == "ORG" and c.entry.sector == "REB" and not c.entry.country
              and not c.entry.igo and c.entry.person is None):
            c.attrs["country"] = story  # "JNIM" in a story about Burkina Faso: the insurgents of that country
        elif c.source == "inst" and c.entry is None and c.key.startswith("inst:") and not c.attrs.get("country"):
            label = c.key[5:]
            if ":" not in label and c.attrs.get("sector") != "REB":  # rebels backed by a state are not its own
                c.key = f"inst:{label}:{story}"
                c.name = f"{label} of {lex.country_names.get(story, story)}"
                c.attrs["country"] = story
        elif (c.entry is not None and c.entry.country and c.entry.country != story and count[c.entry.country] == 0
              and ((c.source == "inst" and c.entry.key in inst_default)
                   or (c.source == "dict" and c.entry.kind == "ORG" and namesake(c, keys, lex)))):
            # "il Senato" (Italy's by default), "Congress" (the US's): the story country's own body
            e = c.entry
            label = _label(c, lex, keys, toks) or e.name
            c.entry = None
            c.key = f"inst:{label}:{story}"
            c.name = f"{label} of {lex.country_names.get(story, story)}"
            c.attrs.update(country=story, sector=e.sector)


_ACTS_ON_GAP = 3  # tokens between an official's name and the polity their verb acts on ("has accused", "accused the")


def _acts_on(c: Cand, story: str, cands: list[Cand], keys: list[str], toks: list[Token], lex: Lexicon) -> bool:
    """"Defence Minister Avi Shapira accused Iran of ...", "il portavoce X ha invitato Niamey a ...": the official's
    own verb, right after the name, acts on the story's country (its name or capital), so the official is not of it."""
    from cronaca.actors import _is_verb  # the shared verb test

    n = len(toks)
    j = c.b
    verb = False
    while j < n and j < c.b + _ACTS_ON_GAP and toks[j].sent == toks[c.a].sent:
        if keys[j] in lex.auxiliaries or keys[j] in lex.articles:
            j += 1
            continue
        if not verb and _is_verb(toks[j], keys[j], lex) and lex.lemmas.get(keys[j], keys[j]) not in lex.speech_lemmas:
            verb = True
            j += 1
            continue
        break
    if not verb or j >= n:
        return False
    o = next((o for o in cands if o.a == j and o.ref is None), None)
    return (o is not None and o.kind == "GPE" and o.entry is not None and o.entry.country == story
            and (o.b >= n or keys[o.b] not in ("'s", "’s")))  # not "accused Iran's envoy"


def _runner_up(count: Counter[str], story: str) -> str | None:
    """The second country of a story about two: named at least `_MIN_EVIDENCE` times and more than any third."""
    top = [(k, v) for k, v in count.most_common(3) if k != story]
    if not top or top[0][1] < _MIN_EVIDENCE or (len(top) > 1 and top[1][1] >= top[0][1]):
        return None
    return top[0][0]


def _label(c: Cand, lex: Lexicon, keys: list[str], toks: list[Token]) -> str | None:
    from cronaca.actors import _match  # the shared matcher

    p = _match(lex.institutions, keys, toks, c.a)
    return p.value[0] if p is not None else None


def _lower_tail(i: int, ends: dict[int, Cand], toks: list[Token], keys: list[str], lex: Lexicon | None,
                cands: list[Cand]) -> None:
    """"la Confederazione generale del lavoro (Cgt)": an Italian name in sentence case goes on in lower case
    up to its acronym in parentheses. Up to four lower-case words with a "di" among them between an unknown
    organization and "(" belong to its name; the name's last word may give its sector ("lavoro": LAB)."""
    if lex is None:
        return
    q = i  # walk back over lower-case words to the end of an organization
    while q > i - 4 and q > 1 and q not in ends and toks[q - 1].text.isalpha() and toks[q - 1].text.islower():
        q -= 1
    org = ends.get(q) if q < i else None
    if (org is None and q < i and q > 0 and keys[q - 1] in lex.org_keywords and toks[q - 1].text[:1].isupper()
            and not any(c.a <= q - 1 < c.b for c in cands)):
        # "la Confederazione unitaria dei lavoratori (Cut)": a capitalized organization word alone was no name
        from cronaca.actors import Cand

        for c in [c for c in cands if q <= c.a < i]:
            cands.remove(c)  # "lavoratori" inside the name is no group of its own
        org = Cand(q - 1, q, "ORG", "caps", key="org:" + keys[q - 1])
        cands.append(org)
        ends[q] = org
    if (org is None or org.entry is not None or org.ref is not None or org.source != "caps"
            or not any(keys[m] in lex.of for m in range(q, i))):
        return
    del ends[org.b]
    org.b = i
    org.key = "org:" + " ".join(keys[org.a:i])
    if "sector" not in org.attrs and keys[i - 1] in lex.keyword_sectors:
        org.attrs["sector"] = lex.keyword_sectors[keys[i - 1]]
    ends[i] = org


def paren_acronyms(cands: list[Cand], toks: list[Token], keys: list[str], lex: Lexicon | None = None) -> None:
    """"la Confederazione Generale del Lavoro (CGT)", "the Republican People's Party (CHP)": an acronym in
    parentheses right after an organization names the same actor, and so do its later bare uses. When the
    acronym is a dictionary body and the long name is not, the long name joins the dictionary actor."""
    n = len(toks)
    if "(" not in keys:
        return
    opens = []
    i = keys.index("(")
    while i >= 0:  # (list.index: a C-level scan, no Python loop over every token)
        opens.append(i)
        i = keys.index("(", i + 1) if "(" in keys[i + 1:] else -1
    ends = {c.b: c for c in cands if c.kind == "ORG"}
    starts = {c.a: c for c in cands}
    for i in opens:
        if i < 1 or i + 2 >= n or keys[i + 2] != ")":
            continue
        if i not in ends:
            _lower_tail(i, ends, toks, keys, lex, cands)
        org = ends.get(i) or _igo_mission(i, cands, toks, keys, lex)
        if org is None:
            continue
        text = toks[i + 1].text
        # "(CGT)", and the Italian title-case acronym "(Cgt)", "(Anm)" right after a name
        if not (2 <= len(text) <= 8 and text[:1].isupper()
                and (sum(ch.isupper() for ch in text) >= 2 or (len(text) <= 6 and text.isalpha()))):
            continue
        inner = starts.get(i + 1)
        if inner is not None and inner.b != i + 2:
            continue
        if inner is not None and inner.entry is not None and inner.source == "dict":
            if org.entry is None and org.ref is None:  # the long name is one more mention of the known body
                org.ref, org.source = inner, "coref"
            continue
        if org.ref is not None:
            org = org.ref
        for c in cands:  # the acronym here and later, as the caps pass read it
            if c.b - c.a == 1 and c.source == "caps" and toks[c.a].text == text and c.a > org.a:
                c.ref, c.kind, c.source = org, org.kind, "coref"
        if inner is None:
            cands.append(Cand_(i + 1, i + 2, org))
            _later_acronyms(text, i + 3, org, cands, toks)


def _igo_mission(i: int, cands: list[Cand], toks: list[Token], keys: list[str], lex: Lexicon | None) -> Cand | None:
    """"la missione delle Nazioni Unite in Libia (Unsmil)", "the mission of the United Nations in Libya (UNSMIL)": a lower-case
    body noun, "of" an IGO, maybe a place, then an acronym in parentheses: the acronym is a body of that IGO, which it
    acts for (docs/conventions.md: UN missions are `igo: UN`). Returns the IGO's candidate, or None."""
    if lex is None:
        return None
    k = i
    place = next((c for c in cands if c.b == k and c.kind in ("GPE", "LOC")), None)
    if place is not None and place.a > 0 and keys[place.a - 1] in lex.place_preps:
        k = place.a - 1  # "in Libia"
    igo = next((c for c in cands if c.b == k and c.kind == "ORG" and c.entry is not None and c.entry.igo), None)
    if igo is None:
        return None
    q = igo.a - 1
    if q >= 1 and keys[q] in lex.of and toks[q - 1].text.isalpha() and toks[q - 1].text.islower():
        return igo  # "la missione delle Nazioni Unite (in Libia)"
    return None


def initials_acronyms(cands: list[Cand], toks: list[Token], count: Counter[str]) -> None:
    """"the opposition Bangladesh Nationalist Party ... The BNP denied": an acronym made of the initials of an
    organization the article named in full earlier is that organization, over a dictionary homonym whose country
    the article never names (BNP Paribas, France's, in a story about Bangladesh)."""
    full: dict[str, Cand] = {}
    for c in sorted(cands, key=lambda c: c.a):
        if c.kind != "ORG" or c.ref is not None or c.b - c.a < 2:
            continue
        caps = [t.text for t in toks[c.a:c.b] if t.text[:1].isupper() and t.text.isalpha()]
        if len(caps) >= 2 and len(caps) == sum(1 for t in toks[c.a:c.b] if t.text.isalpha() and len(t.text) > 3):
            full.setdefault("".join(w[0] for w in caps), c)
    if not full:
        return
    for c in cands:
        if c.b - c.a != 1 or c.ref is not None:
            continue
        org = full.get(toks[c.a].text)
        if org is None or org.a >= c.a:
            continue
        e = c.entry
        if e is not None and (not e.country or count[e.country] > 0 or e is org.entry):
            continue  # a known body whose own country is named ("NATO", "the ANC" in South Africa) stays itself
        c.ref, c.kind, c.source, c.entry, c.key, c.name = org, org.kind, "coref", None, "", ""


def _later_acronyms(text: str, start: int, org: Cand, cands: list[Cand], toks: list[Token]) -> None:
    """"le Forze di supporto rapido (Rsf) ... Le Rsf hanno respinto", "l'Esercito nazionale libico (Lna) ... L'Lna ha
    aggiunto": an acronym the article defines is that body wherever it recurs, also where no pass read a name (after
    an elided or capitalized article, at a sentence start); left alone, later stages took it for an unknown person."""
    covered = {k for c in cands for k in range(c.a, c.b)}
    for k in range(start, len(toks)):
        if toks[k].text == text and k not in covered:
            cands.append(Cand_(k, k + 1, org))


def org_short_names(cands: list[Cand], keys: list[str]) -> None:
    """"il sindacato Anaao Assomed ... il segretario dell'Anaao": a lone capitalized word that opens an unknown
    organization's longer name, later in the article, is a short mention of it (also when the caps pass
    guessed a person from it)."""
    first: dict[str, Cand] = {}
    for c in sorted(cands, key=lambda c: c.a):
        if c.source != "caps" or c.ref is not None:
            continue
        if c.kind == "ORG" and c.b - c.a >= 2 and c.entry is None:
            first.setdefault(keys[c.a], c)
        elif (c.b - c.a == 1 and keys[c.a] in first and first[keys[c.a]].a < c.a
              and (c.kind == "ORG" or c.attrs.get("confidence") == "low")):
            c.ref, c.kind, c.source = first[keys[c.a]], "ORG", "coref"


def Cand_(a: int, b: int, org: Cand) -> Cand:  # noqa: N802 - a constructor for the package's Cand
    from cronaca.actors import Cand

    return Cand(a, b, org.kind, "coref", ref=org)


__all__ = ["apply_story", "borrow_bodies", "city_place", "demonym_before_role", "evidence", "igo_body",
           "key", "org_attrs", "owner_capital", "paren_acronyms", "possessive_country", "story_country", "foreign_namesakes"]


def sentence_setting(cands: list[Cand], lex: Lexicon, keys: list[str], toks: list[Token],
                     paragraphs: list[int] | None = None, demonym: list[str | None] | None = None,
                     count: Counter[str] | None = None) -> None:
    """A sentence that opens with its setting ("In Bishkek, several opposition lawmakers accused the government",
    "A Kiev, il ministro degli Esteri ...") places the officials and bare national bodies in it that no other rule
    placed: a place preposition, a city or country of known country, a comma. With `paragraphs` (the paragraph of each
    sentence), the setting also holds for the rest of its paragraph, up to a sentence naming another country: "In Tel
    Aviv, thousands rallied ... Police used water cannon to disperse demonstrators" in a story about Gaza talks."""
    n = len(toks)
    setting: dict[int, str] = {}  # sentence -> country of its opening place
    for c in cands:
        e = c.entry
        if (c.ref is None and e is not None and e.kind in ("GPE", "LOC") and e.country and c.a == 1 and c.b < n
                and keys[c.b] == "," and keys[0] in lex.place_preps) or (
                c.ref is None and e is not None and e.kind in ("GPE", "LOC") and e.country and c.a > 1 and c.b < n
                and keys[c.b] == "," and keys[c.a - 1] in lex.place_preps and toks[c.a - 1].sent != toks[c.a - 2].sent):
            setting[toks[c.a].sent] = e.country
    if count is not None:  # "In Geneva, the UN High Commissioner urged the authorities": a venue, not a setting
        setting = {s: c for s, c in setting.items() if count[c] >= _SETTING_MIN}
    if not setting:
        return
    if paragraphs is not None:
        setting = _paragraph_scope(setting, cands, demonym or [], toks, paragraphs)
    for c in cands:
        country = setting.get(toks[c.a].sent)
        guess = c.attrs.get("home_default")  # the home-country guess of a bare body (_same_body) yields to a setting
        if country is None or c.ref is not None or c.entry is not None or (c.attrs.get("country") and not guess) \
                or c.attrs.get("igo"):
            continue
        if c.attrs.get("sector") not in lex.domestic_sectors and not (c.source == "inst" and c.attrs.get("sector") == "CVL"):
            continue  # (a crowd named by a noun is where the setting puts it: "demonstrators")
        if c.kind == "PER":
            c.attrs["country"] = country  # "In Kyiv, Foreign Minister X thanked the leaders"
        elif c.source == "inst" and c.key.startswith("inst:") and (guess or ":" not in c.key[5:]):
            label = c.key[5:].partition(":")[0]
            c.key = f"inst:{label}:{country}"
            c.name = f"{label} of {lex.country_names.get(country, country)}"
            c.attrs["country"] = country


def _paragraph_scope(setting: dict[int, str], cands: list[Cand], demonym: list[str | None], toks: list[Token],
                     paragraphs: list[int]) -> dict[int, str]:
    """The sentences a setting holds for: its own, then the next ones of its paragraph until one names a country
    other than the setting's (a place, a polity, a national body, a demonym)."""
    named: dict[int, set[str]] = {}
    for c in cands:
        e = c.entry
        if c.ref is None and e is not None and e.country and (e.kind in ("GPE", "LOC") or e.kind == "ORG"):
            named.setdefault(toks[c.a].sent, set()).add(e.country)
    for i, d in enumerate(demonym):
        if d:
            named.setdefault(toks[i].sent, set()).add(d)
    out = dict(setting)
    for s, country in setting.items():
        t = s + 1
        while t < len(paragraphs) and paragraphs[t] == paragraphs[s] and t not in setting \
                and not (named.get(t, set()) - {country}):
            out[t] = country
            t += 1
    return out


@cache
def _anaphoric_bodies(lang: str) -> dict[str, str]:
    """actors_context.yaml `anaphoric_bodies`: a bare body noun after a role's "of" -> the kind of body it refers to."""
    from cronaca.lang import load_yaml

    return {key(str(k)): str(v) for k, v in ((load_yaml(lang, "actors_context") or {}).get("anaphoric_bodies") or {}).items()}


def anaphoric_body(b: int, k: int, keys: list[str], lex: Lexicon) -> str | None:
    """"il portavoce del ministero, Pavel X", "il portavoce militare del movimento, X", "a spokesman for the group, X":
    a role whose complement (tokens b..k) is a bare body noun after "of" names a body the article named before.
    Returns the kind of that body ("ministry", "group"), or None."""
    bodies = _anaphoric_bodies(lex.lang)
    if not bodies:
        return None
    n = len(keys)
    for m in range(b, min(k, n - 1) + 1):
        if keys[m] in lex.of or keys[m] in ("for", "per"):
            j = m + 1
            if j < n and keys[j] in lex.articles:
                j += 1
            if j < n and keys[j] in bodies and (j + 1 >= n or keys[j + 1] in (",", ".") or j + 1 == k):
                return bodies[keys[j]]
    return None


def anaphoric_owner(c: Cand, kind: str, role_start: int, cands: list[Cand], toks: list[Token]) -> None:
    """The person of such a role takes the country of the nearest body of that kind named before the role: a ministry (an institution or dictionary body with "Ministry" in its name) or an
    armed group, party or movement (whose sector the person then takes: "the Houthis' military spokesman" is REB); a
    mission or agency (kind "igo") is the international organization named last, which the person acts for."""
    best: Cand | None = None
    if kind == "igo":  # "il portavoce della missione, X": the international mission or agency named last acts
        for o in cands:
            e = o.entry
            igo = (e.igo if e is not None and e.kind == "ORG" else None) or o.attrs.get("igo")
            if o.b <= role_start and o.ref is None and o.kind == "ORG" and igo and (best is None or o.a > best.a):
                best = o
        if best is not None:  # through the person, who then has no nationality (conventions.md)
            c.attrs["igo"] = (best.entry.igo if best.entry is not None else None) or best.attrs["igo"]
            c.attrs["sector"] = "IGO"
            c.attrs.pop("country", None)
        return
    for o in cands:
        if o.b > role_start or o.ref is not None:
            continue
        e = o.entry
        country = (e.country if e is not None else None) or o.attrs.get("country")
        name = e.name if e is not None else (o.name or o.key)
        sector = (e.sector if e is not None else None) or o.attrs.get("sector")
        if not country or (e is not None and e.igo) or o.attrs.get("igo"):
            continue
        if kind == "ministry" and o.kind == "ORG" and "Ministry" in name:
            pass
        elif kind == "government" and o.kind == "ORG" and name.startswith("Government"):
            pass  # "Il governo beninese ha respinto le accuse ... il portavoce dell'esecutivo, X"
        elif kind == "group" and o.kind == "ORG" and sector in ("REB", "PTY", "OPP"):
            pass
        else:
            continue
        if best is None or o.a > best.a:
            best = o
    if best is None:
        return
    e = best.entry
    c.attrs["country"] = (e.country if e is not None else None) or best.attrs.get("country")
    sector = (e.sector if e is not None else None) or best.attrs.get("sector")
    if kind == "group" and sector:
        c.attrs["sector"] = sector


@cache
def _igo_possessive_nouns(lang: str) -> frozenset[str]:
    from cronaca.lang import load_yaml

    data = load_yaml(lang, "actors_context") or {}
    return frozenset(key(str(x)) for x in data.get("igo_possessive_nouns") or [])


def igo_possessive(p: int, keys: list[str], cand_end: dict[int, Cand], lang: str) -> Cand | None:
    """"the agency's director general, X", "the bloc's top diplomat": a possessive common noun (`p` is the clitic)
    naming back an international organization. The owner is the nearest organization the dictionary knows before it,
    only when that one is an IGO: a national agency named last is not "the agency" of an IGO named earlier."""
    if p < 2 or keys[p - 1] not in _igo_possessive_nouns(lang) or keys[p - 2] != "the":
        return None
    for q in range(p - 2, 0, -1):  # the whole text before: the IAEA is named in full once, in the lead
        c = cand_end.get(q)
        if c is None or c.kind != "ORG" or c.entry is None or c.ref is not None:
            continue
        return c if c.entry.igo else None
    return None


@cache
def _igo_bare(lang: str) -> tuple[dict[str, str], dict[str, str], frozenset[str], frozenset[str], frozenset[str]]:
    """actors_context.yaml: `igo_bare_bodies` (a word -> the IGO body it names alone when the article names its
    IGO), `igo_office_roles` (role -> IGO whose member it is with a capitalized portfolio), `igo_office_not_portfolios`
    (portfolio words of national commissioners), `igo_bare_next_stop` (words after the bare word that make it part
    of another body's name), `igo_office_preps` (words between the role and its portfolio: "al", "for")."""
    from cronaca.lang import load_yaml

    data = load_yaml(lang, "actors_context") or {}
    return ({key(str(k)): str(v) for k, v in (data.get("igo_bare_bodies") or {}).items()},
            {str(k): str(v) for k, v in (data.get("igo_office_roles") or {}).items()},
            frozenset(key(str(x)) for x in data.get("igo_office_not_portfolios") or []),
            frozenset(key(str(x)) for x in data.get("igo_bare_next_stop") or []),
            frozenset(key(str(x)) for x in data.get("igo_office_preps") or []))


def _entry_named(lex: Lexicon, name: str) -> Entry | None:
    for bucket in lex.gazetteer.values():
        for p in bucket:
            if isinstance(p.value, Entry) and p.value.name == name:
                return p.value
    return None


def named_igos(cands: list[Cand]) -> set[str]:
    """The IGOs the article names (a body, a seat such as Bruxelles, a collective such as "i Ventisette")."""
    return {c.entry.igo for c in cands if c.entry is not None and c.ref is None and c.entry.igo}


def igo_bare_bodies(cands: list[Cand], toks: list[Token], keys: list[str], caps: list[bool], taken: list[bool],
                    cand_at: dict[int, Cand], cand_end: dict[int, Cand], lex: Lexicon, kset: set[str]) -> None:
    """"A Commission spokeswoman", "la presidente della Commissione": a capitalized "Commission" alone, in an article
    that names the EU (or Brussels), is the European Commission, not the story's national body. Not inside a longer
    capitalized name ("Electoral Commission", "Commissione di garanzia"), nor at a sentence's start before a name."""
    bodies, _roles, _not, stop, _preps = _igo_bare(lex.lang)
    words = [w for w in bodies if w in kset]  # (a set lookup per body word, no loop over the tokens)
    if not words:
        return
    igos = named_igos(cands)
    if not igos:
        return
    n = len(toks)
    at = sorted(i for w in words for i, k in enumerate(keys) if k == w)
    for i in at:
        k = keys[i]
        name = bodies[k]
        if not caps[i] or taken[i]:
            continue
        if i > 0 and caps[i - 1] and toks[i - 1].sent == toks[i].sent and keys[i - 1] not in lex.articles:
            continue  # "Electoral Commission", "European Commission" (already a dictionary name)
        if i + 1 < n and ((keys[i + 1] in lex.of and not _of_clause(i + 2, toks, keys)) or keys[i + 1] in stop or (
                caps[i + 1] and toks[i + 1].sent == toks[i].sent and keys[i + 1] not in lex.roles)):
            continue  # "Commissione di garanzia", "Commission for Human Rights", "Alleanza Verdi": another name
            # (a role after it is no name: "Commission President Ursula von der Leyen")
        e = _cached_entry(lex, name)
        if e is None or e.igo not in igos:
            continue
        c = type(cands[0])(i, i + 1, e.kind, "dict", key=e.key, name=e.name, entry=e)
        cands.append(c)
        cand_at[i] = c
        cand_end[i + 1] = c
        taken[i] = True


def _of_clause(k: int, toks: list[Token], keys: list[str]) -> bool:
    """"chiedendo alla Commissione di «tornare al tavolo»", "ha chiesto alla Commissione di ritirare": "di" opening a
    clause (a quote or an infinitive), not the rest of a name ("Commissione di garanzia")."""
    return k < len(toks) and (toks[k].text in ("«", "“", '"') or (
        toks[k].text.islower() and keys[k].endswith(("are", "ere", "ire")) and len(keys[k]) > 4))


_ENTRY_BY_NAME: dict[tuple[str, str], Entry | None] = {}


def _cached_entry(lex: Lexicon, name: str) -> Entry | None:
    k = (lex.lang, name)
    if k not in _ENTRY_BY_NAME:
        _ENTRY_BY_NAME[k] = _entry_named(lex, name)
    return _ENTRY_BY_NAME[k]


def igo_office(a: int, b: int, role: str, toks: list[Token], keys: list[str], caps: list[bool], cands: list[Cand],
               lex: Lexicon) -> str | None:
    """"Trade Commissioner Tomas Lindqvist", "il commissario al Commercio": a commissioner with a capitalized
    portfolio and no country, in an article that names the EU, is a member of the European Commission (its igo).
    A national portfolio ("Police Commissioner") is not."""
    _bodies, roles, not_portfolios, _stop, preps = _igo_bare(lex.lang)
    igo = roles.get(role)
    if igo is None:
        return None
    n = len(toks)
    if a > 0 and caps[a - 1] and toks[a - 1].sent == toks[a].sent and keys[a - 1] not in lex.articles:
        portfolio = a - 1  # "Trade Commissioner"
    elif b + 1 < n and keys[b] in preps and caps[b + 1]:
        portfolio = b + 1  # "il commissario al Commercio"
    elif b + 2 < n and keys[b] in preps and keys[b + 1] in lex.articles and caps[b + 2]:
        portfolio = b + 2
    else:
        return None
    if keys[portfolio] in not_portfolios or igo not in named_igos(cands):
        return None
    return igo


_BRANCH_SECTORS = {"LAB"}  # bodies whose federations carry the confederation's name ("Fp Cgil", "Uiltrasporti")
_BRANCH_PREFIX = (3, 4, 5)  # letters of a confederation's acronym opening one word ("Uil|trasporti", "Fiom")


@cache
def _branch_heads(lang: str) -> dict[str, Entry]:
    """One-word dictionary aliases of unions written as acronyms ("Cgil", "CISL", "UIL") -> their entry."""
    from cronaca.actors.lexicon import lexicon

    out: dict[str, Entry] = {}
    for k, pats in lexicon(lang).gazetteer.items():
        for p in pats:
            e, surface = p.value, p.surface[0] if p.surface else ""
            if (len(p.toks) == 1 and isinstance(e, Entry) and e.kind == "ORG" and e.country
                    and e.sector in _BRANCH_SECTORS and 3 <= len(k) <= 5 and surface[:2].isalpha() and surface[:1].isupper()):
                out.setdefault(k, e)
    return out


def union_branches(cands: list[Cand], keys: list[str], toks: list[Token], lex: Lexicon) -> None:
    """"il segretario della Fp Cgil", "la Uiltrasporti", "Filt-Cgil": a capitalized organization no dictionary knows
    whose name carries a union confederation's acronym, as a word or opening one word, is one of its federations: the
    confederation's country and sector (LAB), not a body of no country coded by its name."""
    heads = _branch_heads(lex.lang)
    if not heads:
        return
    for c in cands:
        if c.kind != "ORG" or c.entry is not None or c.ref is not None or c.source != "caps" or c.attrs.get("country"):
            continue
        found: Entry | None = None
        for i in range(c.a, c.b):
            for part in keys[i].split("-"):
                found = heads.get(part)
                if found is None and c.b - c.a == 1 and part.isalpha() and toks[i].text[:1].isupper():
                    found = next((heads[part[:n]] for n in _BRANCH_PREFIX
                                  if len(part) > n + 2 and part[:n] in heads and toks[i].text[n:].islower()), None)
                if found is not None:
                    break
            if found is not None:
                break
        if found is not None:
            c.attrs["country"] = found.country
            c.attrs["sector"] = found.sector

