"""Organization names built on a head noun: "Ministero delle Infrastrutture e dei Trasporti", "Commissione
parlamentare antimafia", "Tribunale supremo elettorale", "Congregazione per la Dottrina della Fede", "Partito
Comunista portoghese", "Ministry of Defence".

A capitalized head (actors_context.yaml `org_names.heads`) opens the name; the name goes on through
- adjectives that qualify bodies (`org_names.adjectives`: "parlamentare", "supremo", "nazionale"),
- "di/del/della ..." + a capitalized name, or a known country/place ("della Federazione Russa"),
- "per (la/il ...)" + a capitalized name ("per la Dottrina della Fede"),
- "e" + "di/dei/delle" + a capitalized word, once a complement is there ("... e dei Trasporti"),
- a lower-case noun after "di" for heads whose complement is often lower case ("Ministero del tesoro":
  `org_names.lower_complement`),
- a final demonym (Italian: "Ministero delle finanze libanese"), which also gives the country.
A name never runs into a dictionary organization ("Consiglio di Sicurezza dell'ONU": the UN stays its own).
A bare capitalized head mid-sentence ("la Commissione ha deciso") is a mention when it is in `org_names.bare`.

Everything is dict lookups on the token keys, at most a dozen steps per head.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from cronaca import lang as langpacks
from cronaca.actors.cities import lookup as city_lookup
from cronaca.actors.lexicon import key
from cronaca.model import Token

_MAX_STEPS = 12


@dataclass(slots=True)
class OrgNames:
    heads: set[str] = field(default_factory=set)
    adjectives: set[str] = field(default_factory=set)
    lower_complement: set[str] = field(default_factory=set)
    bare: set[str] = field(default_factory=set)
    purpose: set[str] = field(default_factory=set)  # "per", "for": "Congregazione per la Dottrina della Fede"
    conj: set[str] = field(default_factory=set)  # "e", "and": "Infrastrutture e dei Trasporti"
    articles_after_purpose: set[str] = field(default_factory=set)  # "la", "the" after "per"/"for"
    club_articles: set[str] = field(default_factory=set)  # "il", "della": a home city with an article is its club
    club_country: str | None = None  # the country whose cities name their football clubs ("la Roma", "il Napoli")
    article_cities: set[str] = field(default_factory=set)  # cities written with an article ("la Spezia")
    place_heads: set[str] = field(default_factory=set)  # "Ospedale San Raffaele", "Passo del Tonale": places
    place_triggers: set[str] = field(default_factory=set)  # "l'ospedale Celio", "il quartiere Santo Stefano"
    # capitalized first words of a place named after a known place ("Lake Chad", "Gulf of Guinea"), besides
    # words.yaml's cap_place_heads
    cap_place_heads: set[str] = field(default_factory=set)
    body_roles: set[str] = field(default_factory=set)  # "il leader dei Verdi": the capitalized name after is a body
    # generic offices ("presidente", "spokesman") whose holder takes the sector of the body they lead, not the
    # role's default GOV: "il presidente dell'Anm" is JUD, "the spokesman for Amnesty" NGO
    office_roles: set[str] = field(default_factory=set)


@cache
def org_names(lang: str) -> OrgNames:
    data = (langpacks.load_yaml(lang, "actors_context") or {}).get("org_names") or {}
    on = OrgNames()
    for name in ("heads", "adjectives", "lower_complement", "bare", "purpose", "conj", "articles_after_purpose",
                 "club_articles", "article_cities", "body_roles", "place_heads", "place_triggers", "office_roles", "cap_place_heads"):
        getattr(on, name).update(key(str(w)) for w in data.get(name) or [])
    on.club_country = data.get("club_country")
    return on


def city_club(a: int, b: int, toks: list[Token], keys: list[str], on: OrgNames, name: str | None) -> bool:
    """A city of the club country after a definite article is its football club: "la Roma ha vinto", "la partita
    contro il Napoli", "l'allenatore del Livorno" (Italian writes a city without an article). Elided articles
    ("dell'Aquila") and cities whose name has one ("la Spezia") are left alone."""
    if a == 0 or on.club_country is None or keys[a - 1] not in on.club_articles or keys[a] in on.article_cities:
        return False
    city = city_lookup(name or " ".join(t.text for t in toks[a:b]))  # (the dictionary's English name: "Naples")
    return city is not None and city.country == on.club_country


def name_end(b: int, head: int, toks: list[Token], keys: list[str], caps: list[bool], taken: list[bool],
             of: set[str], caps_stop: set[str], demonym: list[str | None], cand_at: dict,
             extend: Callable[[int], int], on: OrgNames, lang: str, first_names: set[str]) -> tuple[int, str | None]:
    """End of the organization name whose head ends at b (the head token is `head`), and the country a final
    demonym gives it."""
    n = len(toks)
    j = b
    complement = False
    lower_ok = keys[head] in on.lower_complement
    for _ in range(_MAX_STEPS):
        if j >= n:
            break
        k = keys[j]
        if k in on.adjectives and j not in cand_at:  # (a role word may have taken it: "parlamentare")
            j += 1
            continue
        if demonym[j] and lang != "en" and not caps[j]:
            return j + 1, demonym[j]  # "Partito Comunista portoghese": the name ends with its nationality
        stop = j
        if k in on.conj and complement and j + 2 < n and keys[j + 1] in of and caps[j + 2]:
            j += 1  # "Ministero delle Infrastrutture e dei Trasporti"
            k = keys[j]
        if (k in of or k in on.purpose) and j + 1 < n:
            m = j + 1
            if k in on.purpose and m + 1 < n and keys[m] in on.articles_after_purpose:
                m += 1
            c = cand_at.get(m)
            if c is not None:
                if c.kind not in ("GPE", "LOC") or c.entry is None or k in on.purpose or complement:
                    break  # "Consiglio di Sicurezza dell'ONU": another organization's name
                j = c.b  # "Repubblica di Macedonia", "Università di Copenaghen"; not "Ministero degli Esteri dell'India"
                complement = True
                continue
            if caps[m] and not taken[m] and keys[m] not in caps_stop:
                e = extend(m)
                for p in range(m + 1, e - 1):
                    if keys[p] in first_names:
                        e = p  # "... e dei Trasporti Ercole Incalza": a person's name follows the body's
                        break
                if e > m:
                    j = e
                    complement = True
                    continue
            if (lower_ok and not complement and k in of and not caps[m] and not taken[m]
                    and toks[m].text[:1].isalpha() and keys[m] not in caps_stop and m + 1 <= n):
                j = m + 1  # "Ministero del tesoro", "tribunale dei minori"
                complement = True
                continue
        j = stop
        break
    return j, None


_NAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "Le", "La", "Lo", "Van", "Von", "Du", "Fitz", "O'", "D'", "O’", "D’")


def camel_case(text: str) -> bool:
    """"AstraZeneca", "WikiLeaks", "HuffPost": a lower-case letter then a capital inside one word (brands, sites,
    companies); not surnames built on a particle ("McDonald", "DiCaprio", "LeBlanc", "O'Brien") nor acronyms with a
    lower-case letter ("PdL", "KRRiT": the caps rules read those)."""
    if len(text) < 5 or not text[0].isupper() or text.startswith(_NAME_PREFIXES):
        return False
    if text[1:].islower():
        return False  # (most names: no capital after the first letter, so no inner one; one C call)
    letters = [c for c in text if c.isalpha()]
    if sum(c.isupper() for c in letters) * 2 > len(letters):
        return False  # mostly capitals: an acronym
    return any(text[k - 1].islower() and text[k].isupper() for k in range(2, len(text)))
