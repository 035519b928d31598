"""Session 6, round d: a national body named in the role phrase apposed to a person gives them its country
(and its sector when their role gave none), over the story's country; a body named in what follows does not."""
from __future__ import annotations

import pytest

from cronaca.model import Document, DocumentMeta
from cronaca.pipeline import Pipeline

_RU_IT = "Il Cremlino ha respinto le accuse di Mosca contro Kiev. Mosca ha detto che la Russia non tratta. "
_RU_EN = "Russia said on Monday that Moscow would not negotiate, and the Kremlin rejected the Russian accusations. "


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def _person(pipe: Pipeline, text: str, lang: str, name: str) -> tuple[str | None, str | None]:
    doc = Document(text=text, meta=DocumentMeta(id="s6d", lang=lang, date="2024-05-06", title=""))
    pipe(doc)
    found = [a for a in doc.actors if a.name == name]
    assert found, [a.name for a in doc.actors]
    return found[0].country, found[0].sector


def test_apposed_body_gives_country_it(pipe: Pipeline) -> None:
    text = _RU_IT + ("Dmytro Lubinets, commissario per i diritti umani del Parlamento ucraino, ha accusato la Russia "
                     "di torturare i prigionieri.")
    assert _person(pipe, text, "it", "Dmytro Lubinets") == ("UKR", "GOV")


def test_apposed_body_gives_country_en(pipe: Pipeline) -> None:
    text = _RU_EN + "Olena Marchenko, a spokeswoman for the Ukrainian Foreign Ministry, accused Russia of lying."
    assert _person(pipe, text, "en", "Olena Marchenko")[0] == "UKR"


def test_body_after_the_verb_is_not_the_persons(pipe: Pipeline) -> None:
    text = _RU_EN + "Olena Marchenko, 54, accused the Ukrainian Foreign Ministry of lying."
    assert _person(pipe, text, "en", "Olena Marchenko")[0] != "UKR"


def test_relative_clause_of_action_is_not_a_role(pipe: Pipeline) -> None:
    text = ("La Russia ha detto che Mosca non tratta e il Cremlino ha respinto le accuse russe. Olena Marchenko, "
            "che ha chiesto al governo ucraino di trattare, è stata arrestata.")
    assert _person(pipe, text, "it", "Olena Marchenko")[0] != "UKR"
