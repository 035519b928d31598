"""Session 5c: actors of the blind articles' event sides (offices only one country has, bodies a national actor
presses or commands, IGO missions and peacekeepers, apposed names the dictionary half knows).

Sentences written by us in the style of wire copy; each test checks what the actors stage gives."""

from __future__ import annotations

from cronaca.model import DocumentMeta
from cronaca.pipeline import Pipeline


def _run(text: str, lang: str, title: str = ""):
    return Pipeline().run(text, meta=DocumentMeta(id="t", lang=lang, date="2025-09-18", title=title))


def _actor(doc, mention: str):
    for a in doc.actors:
        if any(m.text == mention for m in a.mentions):
            return a
    return None


KOREA_EN = (
    "North Korea fired a ballistic missile into the sea on Monday, Japan said. Pyongyang called the launch a routine "
    "test. North Korea has fired nine missiles this year, and North Korea's state media praised the launch. "
    "The United States condemned the test. \"Those who help Pyongyang evade sanctions will pay,\" Treasury "
    "Secretary Ellen Park said in a statement."
)


def test_office_only_one_country_has_gives_that_country() -> None:
    a = _actor(_run(KOREA_EN, "en"), "Ellen Park")
    assert a is not None and a.country == "USA"


def test_office_title_needs_its_country_named() -> None:
    # a Secretary of State in a story that never names the United States keeps the story's country
    text = ("Kenya's parliament approved the budget on Tuesday. Kenya's president signed it. Kenyan unions protested "
            "in Nairobi. Secretary of State Amos Wekesa said Kenya would not borrow more.")
    a = _actor(_run(text, "en"), "Amos Wekesa")
    assert a is not None and a.country != "USA"


def test_civil_body_presses_its_own_government() -> None:
    text = ("La Cina ha annunciato dazi sulla carne di maiale europea. Pechino ha accusato Bruxelles di "
            "protezionismo e la Cina minaccia nuove misure. Il ministero del Commercio cinese ha parlato di «risposta "
            "proporzionata». In Italia la Coldiretti ha chiesto al governo di difendere gli allevatori italiani.")
    a = _actor(_run(text, "it"), "governo")
    assert a is not None and a.country == "ITA" and a.sector == "GOV"


def test_capital_puts_its_own_army_on_alert() -> None:
    text = ("Il Kosovo ha accusato la Serbia dell'attacco al valico. Pristina ha chiuso il confine e il Kosovo ha "
            "chiesto aiuto alla Nato, mentre la Serbia nega. Poche ore dopo Belgrado ha posto l'esercito in stato "
            "di allerta.")
    a = _actor(_run(text, "it"), "esercito")
    assert a is not None and a.country == "SRB" and a.sector == "MIL"


def test_diplomats_placed_by_a_city_are_not_the_home_country() -> None:
    text = ("The resolution censuring Iran passed easily, diplomats in Vienna said. Iran rejected it and Iran's "
            "envoy called it political. Tehran threatened to curb inspections. Defence Minister Avi Shapira "
            "accused Iran of lying.")
    a = _actor(_run(text, "en"), "Avi Shapira")
    assert a is not None and a.country != "AUT"


def test_kfor_acts_for_nato() -> None:
    doc = _run("La Kfor ha rafforzato i pattugliamenti lungo il confine tra Kosovo e Serbia.", "it")
    a = _actor(doc, "Kfor")
    assert a is not None and a.igo == "NATO"


def test_bare_peacekeepers_are_the_un_but_a_contingent_is_national() -> None:
    text = ("Israele ha colpito vicino alle basi dell'Unifil e ha ferito due caschi blu. I caschi blu italiani "
            "sono rimasti nelle loro postazioni.")
    doc = _run(text, "it")
    assert _actor(doc, "caschi blu").igo == "UN"
    national = _actor(doc, "caschi blu italiani")
    assert national is not None and national.country == "ITA" and national.igo is None


def test_forces_and_producers_with_a_demonym() -> None:
    text = ("Il portavoce del Cremlino ha negato che le forze russe abbiano colpito la centrale. Secondo la "
            "Commissione, i produttori cinesi hanno ricevuto sussidi.")
    doc = _run(text, "it")
    forces = _actor(doc, "forze russe")
    assert forces is not None and forces.country == "RUS" and forces.sector == "MIL"
    makers = _actor(doc, "produttori cinesi")
    assert makers is not None and makers.country == "CHN" and makers.sector == "BUS"


def test_hyphenated_given_name_in_apposition() -> None:
    doc = _run("Il presidente taiwanese, Chen Kuo-hua, ha condannato le esercitazioni cinesi.", "it")
    a = _actor(doc, "Chen Kuo-hua")
    assert a is not None and a.country == "TWN" and a.sector == "GOV"


def test_accented_given_name_is_a_person() -> None:
    doc = _run("La leader dell'opposizione, María Fernanda Lozada, ha respinto i risultati del voto.", "it")
    a = _actor(doc, "María Fernanda Lozada")
    assert a is not None and a.kind == "PER" and a.sector == "OPP"


def test_igo_coordinator_and_chairperson_act_for_their_body() -> None:
    it = _run("Lo ha detto il coordinatore dell'Onu per le emergenze umanitarie, Henrik Aaltonen, "
              "chiedendo corridoi sicuri.", "it")
    assert _actor(it, "Henrik Aaltonen").igo == "UN"
    en = _run("The chairperson of the African Union Commission, Moussa Diallo, said he was deeply concerned.", "en")
    a = _actor(en, "Moussa Diallo")
    assert a is not None and a.igo == "AU" and a.country is None


def test_director_general_is_no_military_rank() -> None:
    doc = _run("The agency's director general, Helena Marsh, told reporters that inspectors had been blocked.", "en")
    a = _actor(doc, "Helena Marsh")
    assert a is not None and a.sector != "MIL"
