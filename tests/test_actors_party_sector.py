"""A party is OPP during its spells in opposition (organizations.yaml `opposition:`), PTY otherwise, so a
domestic event "ITAOPP -> ITAGOV" gets its source code. Texts are our own."""

from __future__ import annotations

import pytest

from cronaca.model import Document, DocumentMeta
from cronaca.pipeline import Pipeline

_PIPE = Pipeline()


def _sector(text: str, lang: str, date: str, mention: str) -> str | None:
    doc = Document(text=text, meta=DocumentMeta(id="t", lang=lang, date=date))
    _PIPE(doc)
    return next(a.sector for a in doc.actors for m in a.mentions if m.text == mention)


@pytest.mark.parametrize(
    ("date", "sector"),
    [("2024-03-05", "OPP"), ("2020-06-10", "PTY"), ("2019-01-15", "OPP"), ("2015-04-01", "PTY")],
)
def test_pd_in_and_out_of_government(date: str, sector: str) -> None:
    text = "Il Pd ha presentato una mozione contro il decreto sulle concessioni balneari."
    assert _sector(text, "it", date, "Pd") == sector


def test_fdi_before_and_after_the_2022_election() -> None:
    text = "Fratelli d'Italia ha chiesto le dimissioni del ministro."
    assert _sector(text, "it", "2021-05-04", "Fratelli d'Italia") == "OPP"
    assert _sector(text, "it", "2023-05-04", "Fratelli d'Italia") == "PTY"


def test_labour_after_the_2024_election() -> None:
    text = "Labour accused the Conservatives of wrecking the economy."
    assert _sector(text, "en", "2023-02-01", "Labour") == "OPP"
    assert _sector(text, "en", "2025-02-01", "Labour") == "PTY"
    assert _sector(text, "en", "2025-02-01", "Conservatives") == "OPP"
