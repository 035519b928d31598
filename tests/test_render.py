"""The terminal view: events read as "date  SOURCE —TYPE→ TARGET  (modality)  trigger" with CAMEO-style codes."""

from __future__ import annotations

import io

from rich.console import Console

from cronaca.pipeline import extract
from cronaca.render import print_document


def view(text: str, lang: str, date: str) -> str:
    buf = io.StringIO()
    print_document(extract(text, lang=lang, date=date), Console(file=buf, width=200, color_system=None))
    return buf.getvalue()


def test_an_igo_side_shows_its_own_code_and_a_state_side_country_and_sector():
    out = view(
        "Il ministro degli Esteri russo Sergei Lavrov ha accusato la Nato di alimentare le tensioni in Europa.",
        "it",
        "2024-03-13",
    )
    line = next(ln for ln in out.splitlines() if "ACCUSE" in ln)
    assert "NATO" in line and "---" not in line
    assert "RUSGOV —ACCUSE→ NATO" in line


def test_english_view_lists_the_event_with_date_and_modality():
    out = view("Germany accused Russia of spreading disinformation on Tuesday.", "en", "2024-03-13")
    line = next(ln for ln in out.splitlines() if "ACCUSE" in ln)
    assert "DEU" in line and "RUS" in line and "(asserted)" in line
