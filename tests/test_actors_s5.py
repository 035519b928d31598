"""Actors stage, session 5: what the story's country must not override (IGO offices, demonym-qualified bodies, a
close race between two countries), demonym + group noun actors, storm names. Sentences written for these tests."""

from __future__ import annotations

import pytest

from cronaca.model import Actor, Document, DocumentMeta
from cronaca.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def _run(pipe: Pipeline, text: str, lang: str, title: str | None = None) -> Document:
    return pipe.run(text, DocumentMeta(id="t", lang=lang, date="2024-05-06", title=title))


def _by_mention(doc: Document, text: str) -> Actor | None:
    for a in doc.actors:
        if any(m.text == text for m in a.mentions):
            return a
    return None


_STEEL_EN = (
    "Serbia said on Monday it would challenge new European Union duties on its steel exports. Serbian President "
    "Aleksandar Vucic said Belgrade would not accept the measures, and Serbia's trade minister met exporters in "
    "Belgrade. A Commission spokesman, Jonas Berglund, rejected the criticism. Serbian officials will meet Trade "
    "Commissioner Marta Oliveira in Brussels next week. EU officials said the duties were lawful."
)


def test_commission_spokesman_and_commissioner_act_for_the_eu(pipe: Pipeline) -> None:
    doc = _run(pipe, _STEEL_EN, "en")
    for name in ("Jonas Berglund", "Marta Oliveira"):
        person = _by_mention(doc, name)
        assert person is not None and person.igo == "EU" and person.country is None, (name, person)
    commission = _by_mention(doc, "Commission")
    assert commission is not None and commission.igo == "EU"
    officials = _by_mention(doc, "EU officials")
    assert officials is not None and officials.igo == "EU" and officials.country is None


def test_bare_commission_without_the_eu_is_not_the_european_commission(pipe: Pipeline) -> None:
    doc = _run(pipe, "The Commission said on Tuesday that the Kenyan elections had been fair. The Kenyan "
               "government welcomed the report.", "en")
    commission = _by_mention(doc, "Commission")
    assert commission is None or commission.igo != "EU"


_STEEL_IT = (
    "La Serbia contesterà i nuovi dazi dell'Unione europea sull'acciaio. Il presidente serbo Aleksandar Vucic ha "
    "detto che Belgrado non accetterà le misure. «Sono misure proporzionate», ha detto il commissario al Commercio, "
    "Marta Oliveira. Un portavoce della Commissione, Jonas Berglund, ha respinto le critiche serbe."
)


def test_italian_commissioner_and_commission_spokesman_act_for_the_eu(pipe: Pipeline) -> None:
    doc = _run(pipe, _STEEL_IT, "it")
    for name in ("Marta Oliveira", "Jonas Berglund"):
        person = _by_mention(doc, name)
        assert person is not None and person.igo == "EU" and person.country != "SRB", (name, person)


def test_national_police_commissioner_is_not_the_eus(pipe: Pipeline) -> None:
    doc = _run(pipe, "The European Union urged restraint. In Nairobi, Police Commissioner Daniel Otieno said officers "
               "had arrested 40 protesters. Kenya's government defended the police.", "en")
    person = _by_mention(doc, "Daniel Otieno")
    assert person is not None and person.igo is None


def test_qualified_government_keeps_its_country(pipe: Pipeline) -> None:
    doc = _run(pipe, "Mali's military government urged calm on Monday after gunmen seized two Italian engineers near "
               "Gao. The Italian government said it was working for their release. Mali's army searched the area.",
               "en")
    mali = _by_mention(doc, "military government")
    assert mali is not None and mali.country == "MLI" and mali.sector == "GOV"
    italy = _by_mention(doc, "Italian government")
    assert italy is not None and italy.country == "ITA" and italy is not mali


def test_qualified_government_in_italian(pipe: Pipeline) -> None:
    doc = _run(pipe, "Il governo di transizione del Mali ha respinto le accuse. Il governo militare maliano ha chiesto "
               "calma. Il governo italiano lavora per la liberazione dei tecnici.", "it")
    mali = _by_mention(doc, "governo militare maliano")
    assert mali is not None and mali.country == "MLI"
    assert _by_mention(doc, "governo italiano").country == "ITA"


@pytest.mark.parametrize(("text", "mention", "country", "sector"), [
    ("Malian special forces freed the driver in a raid on Sunday.", "Malian special forces", "MLI", "MIL"),
    ("Indonesian marines were resupplied near the reef.", "Indonesian marines", "IDN", "MIL"),
    ("Kidnappers are holding three French engineers in the desert.", "three French engineers", "FRA", "CVL"),
    ("Brazilian mills said the duties would cost them dearly.", "Brazilian mills", "BRA", "BUS"),
])
def test_demonym_group_nouns_en(pipe: Pipeline, text: str, mention: str, country: str, sector: str) -> None:
    actor = _by_mention(_run(pipe, text, "en"), mention)
    assert actor is not None and (actor.country, actor.sector) == (country, sector)


@pytest.mark.parametrize(("text", "mention", "country", "sector"), [
    ("Le forze speciali maliane hanno liberato l'autista domenica.", "forze speciali maliane", "MLI", "MIL"),
    ("Tre tecnici francesi sono stati rapiti nel deserto.", "Tre tecnici francesi", "FRA", "CVL"),
])
def test_demonym_group_nouns_it(pipe: Pipeline, text: str, mention: str, country: str, sector: str) -> None:
    actor = _by_mention(_run(pipe, text, "it"), mention)
    assert actor is not None and (actor.country, actor.sector) == (country, sector)


def test_bare_group_noun_needs_its_own_country(pipe: Pipeline) -> None:
    doc = _run(pipe, "Mali's government said the engineers were safe. Mali's army had surrounded the camp. Mali's "
               "president thanked the soldiers.", "en")
    assert _by_mention(doc, "engineers") is None


def test_special_forces_are_not_merged_into_the_army(pipe: Pipeline) -> None:
    doc = _run(pipe, "Malian special forces stormed the camp. The Malian army said two soldiers were wounded.", "en")
    forces, army = _by_mention(doc, "Malian special forces"), _by_mention(doc, "Malian army")
    assert forces is not None and army is not None and forces is not army


def test_storm_names_are_no_actors(pipe: Pipeline) -> None:
    doc = _run(pipe, "Cyclone Freddy hit Malawi on Sunday, and Typhoon Koinu struck Taiwan a week later.", "en")
    assert _by_mention(doc, "Typhoon Koinu") is None and _by_mention(doc, "Koinu") is None
    assert _by_mention(doc, "Cyclone Freddy") is None and _by_mention(doc, "Freddy") is None


_EXPEL = (
    "Spain expelled five Moroccan diplomats on Tuesday over an espionage case, Spanish officials said. Morocco called "
    "the decision hostile and Rabat summoned Spain's ambassador. Spanish prosecutors say the diplomats spied on "
    "Moroccan dissidents in Spain. Morocco said it would respond, and the press praised Madrid's firmness.\n"
    "\"We will not tolerate foreign agents on our soil,\" Interior Minister Lucia Ferrer told parliament. Spain and "
    "Morocco signed a migration accord last year."
)


def test_close_race_goes_to_the_headline_subject(pipe: Pipeline) -> None:
    doc = _run(pipe, _EXPEL, "en", title="Spain expels five Moroccan diplomats; Rabat vows to respond")
    minister = _by_mention(doc, "Lucia Ferrer")
    assert minister is not None and minister.country == "ESP"


_CYBER_IT = (
    "Un attacco informatico attribuito a un gruppo legato alla Cina ha colpito tre aziende italiane della difesa. "
    "Pechino ha respinto le accuse e la Cina ha chiesto prove. L'Italia ha convocato l'ambasciatore cinese e "
    "Roma chiederà chiarimenti. Il ministro degli Esteri, Paola Ricci, ha parlato di «un attacco grave»."
)


def test_italian_paper_gives_bare_offices_to_italy_in_a_two_country_story(pipe: Pipeline) -> None:
    doc = _run(pipe, _CYBER_IT, "it", title="Attacco hacker alle aziende della difesa")
    minister = _by_mention(doc, "Paola Ricci")
    assert minister is not None and minister.country == "ITA"


def test_office_in_an_igo_body_and_the_alliance(pipe: Pipeline) -> None:
    doc = _run(pipe, "I ministri della Nato si riuniscono a Bruxelles. «Serve moderazione», ha detto una portavoce "
               "dell'Alleanza, Ingrid Moen. Il presidente della Commissione dell'Ecowas, Amadou Sow, ha condannato il "
               "golpe in Guinea. Alleanza Verdi e Sinistra ha criticato il governo italiano.", "it")
    spokeswoman, chair = _by_mention(doc, "Ingrid Moen"), _by_mention(doc, "Amadou Sow")
    assert spokeswoman is not None and spokeswoman.igo == "NATO" and spokeswoman.country is None
    assert chair is not None and chair.igo == "ECOWAS" and chair.country is None
    party = _by_mention(doc, "Alleanza Verdi e Sinistra")
    assert party is None or party.igo != "NATO"
