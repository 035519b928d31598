"""The people dictionary path of the actors stage, with a dictionary overlay of invented people.

CRONACA_DATA_PATH overlays are the documented way for users to add their own dictionaries; the test
uses one so it does not depend on the packaged people.yaml.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cronaca import lang as langpacks
from cronaca.actors import find_actors
from cronaca.actors.lexicon import lexicon
from cronaca.analyze import analyze
from cronaca.model import Document, DocumentMeta

PEOPLE = """
- name: Aurelio Fontanesi
  country: ITA
  aliases: [Aurelio Fontanesi, A. Fontanesi]
  short: [Fontanesi]
  gender: M
  roles:
    - {role: foreign minister, sector: GOV, from: 2015-03-01, to: 2019-09-04}
    - {role: prime minister, sector: GOV, from: 2019-09-05, to: null}
  out_of_office: ELI
- name: Ilse Marquardt
  country: DEU
  aliases: [Ilse Marquardt]
  short: [Marquardt]
  gender: F
  roles:
    - {role: secretary general, sector: IGO, igo: NATO, from: 2020-01-01, to: 2023-12-31}
"""


@pytest.fixture()
def overlay(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    (tmp_path / "common").mkdir()
    (tmp_path / "common" / "people.yaml").write_text(PEOPLE, encoding="utf-8")
    monkeypatch.setenv("CRONACA_DATA_PATH", str(tmp_path))
    langpacks.load_yaml.cache_clear()
    lexicon.cache_clear()
    yield
    monkeypatch.delenv("CRONACA_DATA_PATH")
    langpacks.load_yaml.cache_clear()
    lexicon.cache_clear()


def run(text: str, date: str | None, lang: str = "it") -> Document:
    doc = Document(text=text, meta=DocumentMeta(id="t", lang=lang, date=date))
    analyze(doc)
    find_actors(doc)
    return doc


TEXT = ("Il presidente del Consiglio Aurelio Fontanesi ha ricevuto a Roma la segretaria generale della "
        "Nato Ilse Marquardt. Fontanesi ha detto che l’Italia farà la sua parte; Marquardt ha ringraziato.")


def test_dictionary_people_and_date_ranged_roles(overlay: None) -> None:
    doc = run(TEXT, date="2021-06-01")
    people = {a.name: a for a in doc.actors if a.kind == "PER"}
    assert set(people) == {"Aurelio Fontanesi", "Ilse Marquardt"}
    af = people["Aurelio Fontanesi"]
    assert (af.country, af.role, af.sector) == ("ITA", "prime minister", "GOV")
    assert [m.text for m in af.mentions] == ["Aurelio Fontanesi", "Fontanesi"]
    im = people["Ilse Marquardt"]
    # acting for NATO at the date: coded by the igo, no nationality (docs/conventions.md)
    assert (im.country, im.sector, im.igo) == (None, "IGO", "NATO")
    # an earlier date picks the earlier role; a date outside every range means out of office
    assert {a.name: a.role for a in run(TEXT, date="2017-01-10").actors}["Aurelio Fontanesi"] == "foreign minister"
    # out of office at the date; the text gives her no role either
    later = {a.name: a for a in run("Ilse Marquardt ha parlato a Berlino.", date="2025-01-10").actors}
    assert (later["Ilse Marquardt"].role, later["Ilse Marquardt"].sector) == (None, "ELI")
    assert later["Ilse Marquardt"].country == "DEU"  # out of the NATO post: her own country again
    for a in doc.actors:
        for m in a.mentions:
            assert doc.text[m.start:m.end] == m.text


def test_institution_named_after_its_leader(overlay: None) -> None:
    for lang, text in (("it", "L'amministrazione Fontanesi ha risposto."), ("en", "The Fontanesi government responded.")):
        doc = run(text, date="2021-06-01", lang=lang)
        names = {a.name: a for a in doc.actors}
        assert names["Aurelio Fontanesi"].mentions[0].text == "Fontanesi"
        inst = [a for a in doc.actors if a.kind == "ORG"]
        assert len(inst) == 1 and inst[0].country == "ITA" and inst[0].sector == "GOV"
