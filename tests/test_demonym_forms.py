"""Italian demonym forms after c/g: the feminine plural keeps the hard sound (turche, tedesche) and
the masculine plural is listed both ways (greci, turchi), so "le autorità turche" finds Turkey."""

from __future__ import annotations

import pytest

from cronaca import lang as langpacks
from cronaca.model import Document, DocumentMeta
from cronaca.pipeline import Pipeline


@pytest.mark.parametrize(
    ("form", "code"),
    [("turche", "TUR"), ("turchi", "TUR"), ("tedeschi", "DEU"), ("tedesche", "DEU"), ("greci", "GRC"),
     ("polacchi", "POL"), ("austriache", "AUT"), ("russe", "RUS"), ("cinesi", "CHN")],
)
def test_plural_forms_are_listed(form: str, code: str) -> None:
    assert langpacks.load_yaml("it", "demonyms")[form] == code


@pytest.mark.parametrize("wrong", ["turce", "tedesce", "austriace"])
def test_soft_feminine_plurals_are_not_generated(wrong: str) -> None:
    assert wrong not in langpacks.load_yaml("it", "demonyms")


def test_plural_demonym_gives_a_group_its_country() -> None:
    text = "Le autorità turche hanno fermato due giornalisti all'aeroporto di Ankara."
    doc = Document(text=text, meta=DocumentMeta(id="t", lang="it", date="2025-03-04"))
    Pipeline()(doc)
    assert any(a.country == "TUR" and a.sector == "GOV" for a in doc.actors)
