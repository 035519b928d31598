"""Integrity and fact checks for the dictionary of well-known people (lang/common/people.yaml)."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from babel.core import get_global

PEOPLE = Path(__file__).resolve().parents[1] / "src" / "cronaca" / "lang" / "common" / "people.yaml"

# Sector codes from docs/conventions.md.
SECTORS = {
    "GOV", "MIL", "LEG", "JUD", "PTY", "OPP", "REB", "IGO", "NGO", "MED", "BUS", "CVL",
    "REL", "EDU", "HLH", "POL", "SPY", "LAB", "ELI",
}
ROLE_KEYS = {"role", "sector", "from", "to", "igo"}
PERSON_KEYS = {"name", "country", "aliases", "short", "gender", "roles", "out_of_office"}
# CLDR still lists a few withdrawn alpha-3 codes as aliases of current territories.
DEPRECATED_ALPHA3 = {"BUR", "DDR", "TMP", "ZAR", "YMD", "YUG", "SUN", "CSK", "SCG", "NTZ", "DHY", "HVO", "RHO"}
# Surnames far too common to be resolved without context; they must never be `short` forms.
AMBIGUOUS_SURNAMES = {
    "Johnson", "Kim", "Li", "Lee", "Wang", "Zhang", "Rossi", "Sánchez", "Sanchez", "Costa", "Scott",
    "Brown", "Smith", "Khan", "Singh", "Sharif", "Aoun", "Hariri", "Castro", "Fernández", "Rice",
    "Clinton", "Bush", "Kennedy", "Miller", "Gandhi", "Abbas", "Sinwar", "Kaczyński", "Kirchner",
    "Le Pen", "Letta", "Conte", "May", "Martin", "Michel", "Mohammed", "Ali", "Hussein", "Park",
    "Powell", "Hague", "Colonna", "Raimondo", "Bondi", "Anwar", "Panetta", "Klitschko", "Harris", "Sullivan",
}


@cache
def people() -> list[dict[str, Any]]:
    with PEOPLE.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    assert isinstance(data, list)
    return data


@cache
def valid_alpha3() -> frozenset[str]:
    """ISO 3166-1 alpha-3 codes, derived from CLDR's alpha-3 -> alpha-2 territory aliases in babel."""
    aliases = get_global("territory_aliases")
    current = get_global("territory_languages")  # keyed by the current alpha-2 territories
    return frozenset(
        code
        for code, targets in aliases.items()
        if re.fullmatch(r"[A-Z]{3}", code) and len(targets) == 1 and targets[0] in current
    ) - DEPRECATED_ALPHA3


def by_name(name: str) -> dict[str, Any]:
    for person in people():
        if person["name"] == name:
            return person
    raise KeyError(name)


def roles_on(name: str, day: dt.date) -> list[dict[str, Any]]:
    """Roles held on `day` (from inclusive, to exclusive; to=None means still in office)."""
    return [
        r for r in by_name(name)["roles"]
        if r["from"] <= day and (r["to"] is None or day < r["to"])
    ]


def role_names_on(name: str, day: dt.date) -> set[str]:
    return {r["role"] for r in roles_on(name, day)}


def sector_on(name: str, day: dt.date) -> str | None:
    held = roles_on(name, day)
    return held[0]["sector"] if held else by_name(name).get("out_of_office")


def test_size_and_unique_names() -> None:
    data = people()
    assert len(data) >= 300
    names = [p["name"] for p in data]
    assert len(names) == len(set(names)), "duplicate canonical names"


def test_person_shape() -> None:
    for p in people():
        assert set(p) <= PERSON_KEYS, p["name"]
        assert isinstance(p["name"], str) and p["name"].strip() == p["name"]
        assert p["gender"] in {"m", "f"}, p["name"]
        assert isinstance(p["aliases"], list) and p["aliases"], p["name"]
        assert all(isinstance(a, str) and a.strip() == a and a for a in p["aliases"]), p["name"]
        assert isinstance(p.get("short") or [], list), p["name"]
        assert p.get("out_of_office") in SECTORS | {None}, p["name"]
        assert p["roles"], f"{p['name']} has no roles"


def test_countries_are_iso_alpha3() -> None:
    codes = valid_alpha3()
    assert {"RUS", "ITA", "USA", "PSE", "TWN", "VAT"} <= codes
    assert "XKX" not in codes and "BUR" not in codes
    bad = sorted({(p["name"], p["country"]) for p in people() if p["country"] not in codes})
    assert not bad, bad


def test_roles_are_well_formed() -> None:
    for p in people():
        for r in p["roles"]:
            where = f"{p['name']}: {r}"
            assert set(r) <= ROLE_KEYS and {"role", "sector", "from", "to"} <= set(r), where
            assert isinstance(r["role"], str) and r["role"] == r["role"].strip() and r["role"], where
            assert r["role"][0].islower(), where
            assert r["sector"] in SECTORS, where
            # safe_load turns ISO dates into datetime.date; anything else means a typo in the file.
            assert type(r["from"]) is dt.date, where
            assert r["to"] is None or type(r["to"]) is dt.date, where
            if r["to"] is not None:
                assert r["from"] <= r["to"], where
            if "igo" in r:
                assert re.fullmatch(r"[A-Z]{2,8}", r["igo"]) and r["sector"] == "IGO", where


def test_no_alias_shared_by_two_people() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for p in people():
        for alias in p["aliases"]:
            owners[alias.casefold()].add(p["name"])
    shared = {a: n for a, n in owners.items() if len(n) > 1}
    assert not shared, shared


def test_short_forms_are_safe() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for p in people():
        lowered = [a.casefold() for a in p["aliases"]]
        for short in p.get("short") or []:
            assert isinstance(short, str) and short.strip() == short and short, p["name"]
            assert short not in AMBIGUOUS_SURNAMES, (p["name"], short)
            # Multi-word short forms must be the tail of one of the person's full names.
            if " " in short:
                assert any(a.endswith(" " + short.casefold()) for a in lowered), (p["name"], short)
            owners[short].add(p["name"])
    shared = {s: n for s, n in owners.items() if len(n) > 1}
    assert not shared, shared


@pytest.mark.parametrize(
    ("name", "day", "role", "held"),
    [
        ("Boris Johnson", "2021-12-15", "prime minister", True),
        ("Boris Johnson", "2023-01-01", "prime minister", False),
        ("Mario Draghi", "2021-12-15", "prime minister", True),
        ("Mario Draghi", "2023-01-01", "prime minister", False),
        ("Giorgia Meloni", "2023-01-01", "prime minister", True),
        ("Giorgia Meloni", "2021-12-15", "prime minister", False),
        ("Sergio Mattarella", "2021-12-15", "president", True),
        ("Luigi Di Maio", "2021-12-15", "foreign minister", True),
        ("Lorenzo Guerini", "2021-12-15", "defence minister", True),
        ("Vladimir Putin", "2021-12-15", "president", True),
        ("Vladimir Putin", "2010-01-01", "prime minister", True),
        ("Vladimir Putin", "2010-01-01", "president", False),
        ("Sergey Lavrov", "2021-12-15", "foreign minister", True),
        ("Sergei Shoigu", "2021-12-15", "defence minister", True),
        ("Sergei Shoigu", "2024-06-01", "defence minister", False),
        ("Andrei Belousov", "2024-06-01", "defence minister", True),
        ("Dmitry Peskov", "2021-12-15", "spokesperson of the Kremlin", True),
        ("Volodymyr Zelensky", "2021-12-15", "president", True),
        ("Dmytro Kuleba", "2021-12-15", "foreign minister", True),
        ("Oleksii Reznikov", "2021-12-15", "defence minister", True),
        ("Joe Biden", "2021-12-15", "president", True),
        ("Donald Trump", "2021-12-15", "president", False),
        ("Donald Trump", "2025-06-01", "president", True),
        ("Antony Blinken", "2021-12-15", "secretary of state", True),
        ("Marco Rubio", "2025-06-01", "secretary of state", True),
        ("Karen Donfried", "2021-12-15", "assistant secretary of state", True),
        ("Olaf Scholz", "2021-12-15", "chancellor", True),
        ("Angela Merkel", "2021-12-15", "chancellor", False),
        ("Xi Jinping", "2021-12-15", "president", True),
        ("Wang Yi", "2023-03-01", "foreign minister", False),
    ],
)
def test_roles_on_known_dates(name: str, day: str, role: str, held: bool) -> None:
    assert (role in role_names_on(name, dt.date.fromisoformat(day))) is held


def test_sectors_and_igo_on_known_dates() -> None:
    day = dt.date(2021, 12, 15)
    nato = [r for r in roles_on("Jens Stoltenberg", day) if r.get("igo") == "NATO"]
    assert nato and nato[0]["role"] == "secretary general"
    assert not [r for r in roles_on("Jens Stoltenberg", dt.date(2025, 1, 1)) if r.get("igo")]
    assert [r for r in roles_on("Mark Rutte", dt.date(2025, 1, 1)) if r.get("igo") == "NATO"]
    assert sector_on("Valerii Zaluzhnyi", day) == "MIL"
    assert sector_on("Giorgia Meloni", day) == "OPP"
    assert sector_on("Giorgia Meloni", dt.date(2023, 1, 1)) == "GOV"
    assert sector_on("Matteo Renzi", dt.date(2023, 1, 1)) == "OPP"
    assert sector_on("Boris Johnson", dt.date(2023, 1, 1)) == "ELI"
    assert sector_on("Pope Francis", day) == "REL" and by_name("Pope Francis")["country"] == "VAT"


def test_transliteration_variants_resolve_to_one_person() -> None:
    index: dict[str, str] = {}
    for p in people():
        for form in [*p["aliases"], *(p.get("short") or [])]:
            index[form] = p["name"]
    assert index["Dmitrij Peskov"] == index["Dmitri Peskov"] == "Dmitry Peskov"
    assert index["Sergej Lavrov"] == index["Sergei Lavrov"] == "Sergey Lavrov"
    assert index["Zelenskyy"] == index["Zelenskij"] == index["Zelensky"] == "Volodymyr Zelensky"
    assert index["Erdoğan"] == index["Erdogan"] == "Recep Tayyip Erdoğan"
    assert index["Jurij Ushakov"] == "Yuri Ushakov"
    assert index["Abu Mazen"] == "Mahmoud Abbas"
