"""Actors stage on news-style paragraphs we wrote ourselves, Italian and English, and on the seed."""

from __future__ import annotations

from pathlib import Path

import pytest

from cronaca.actors import find_actors
from cronaca.actors.lexicon import lexicon, person_role
from cronaca.analyze import analyze
from cronaca.lang import has_data
from cronaca.model import Actor, Document, DocumentMeta

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seed" / "000_a4a39e94d316f04d.txt"


def run(text: str, lang: str = "it", date: str | None = None) -> Document:
    doc = Document(text=text, meta=DocumentMeta(id="t", lang=lang, date=date))
    analyze(doc)
    find_actors(doc)
    return doc


def by_name(doc: Document, name: str) -> Actor:
    found = [a for a in doc.actors if a.name == name]
    assert found, f"{name!r} not among {[a.name for a in doc.actors]}"
    return found[0]


def mention_texts(actor: Actor) -> list[str]:
    return [m.text for m in actor.mentions]


def check_offsets(doc: Document) -> None:
    for a in doc.actors:
        for m in a.mentions:
            assert doc.text[m.start:m.end] == m.text
    spans = sorted((m.start, m.end) for m in doc.mentions)
    for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
        assert end <= start, "mentions must not overlap"
    assert {(m.start, m.end) for a in doc.actors for m in a.mentions} == set(spans)
    ids = [a.id for a in doc.actors]
    assert ids == [f"a{i + 1}" for i in range(len(ids))]
    firsts = [min(m.start for m in a.mentions) for a in doc.actors]
    assert firsts == sorted(firsts), "ids must follow the order of first mention"


IT_DIPLOMACY = (
    "Il ministro degli Esteri turco Kemal Arslan ha incontrato ieri ad Ankara la portavoce del ministero "
    "degli Esteri cinese Lin Xiaomei. Secondo l’agenzia Anadolu, i due hanno discusso della guerra a Gaza.\n"
    "Arslan ha detto che la Turchia è pronta a mediare. Il governo turco e la Commissione europea "
    "hanno chiesto una tregua, mentre il generale israeliano Yoav Ben-Ami ha respinto ogni pausa.\n"
    "Marta Colombo, ambasciatrice italiana in Egitto, ha riferito alla Farnesina che il Cairo "
    "vuole un vertice. Colombo ha aggiunto che Bruxelles sosterrà il piano.\n"
    "Natale si avvicina e il Governo discuterà la manovra giovedì a Palazzo Chigi."
)


def test_italian_roles_appositions_and_surnames() -> None:
    doc = run(IT_DIPLOMACY, date="2024-01-10")
    check_offsets(doc)
    arslan = by_name(doc, "Kemal Arslan")
    assert (arslan.kind, arslan.country, arslan.sector, arslan.role) == ("PER", "TUR", "GOV", "foreign minister")
    assert mention_texts(arslan) == ["Kemal Arslan", "Arslan"]
    lin = by_name(doc, "Lin Xiaomei")
    assert (lin.country, lin.role) == ("CHN", "foreign ministry spokesperson")
    benami = by_name(doc, "Yoav Ben-Ami")
    assert (benami.country, benami.sector) == ("ISR", "MIL")
    colombo = by_name(doc, "Marta Colombo")  # apposition after the name
    assert (colombo.country, colombo.role) == ("ITA", "ambassador")
    assert mention_texts(colombo) == ["Marta Colombo", "Colombo"]
    gov = by_name(doc, "Government of Turkey")
    assert (gov.kind, gov.country, gov.sector) == ("ORG", "TUR", "GOV")
    assert by_name(doc, "European Commission").igo == "EU"
    assert by_name(doc, "Anadolu").sector == "MED"
    assert by_name(doc, "Farnesina").country == "ITA"
    assert by_name(doc, "Turkey").kind == "GPE"
    # "ad Ankara" is a place; "Bruxelles sosterrà" stands for the EU
    assert by_name(doc, "Ankara").kind == "LOC"
    brussels = by_name(doc, "Brussels")
    assert (brussels.kind, brussels.igo) == ("GPE", "EU")
    names = {a.name for a in doc.actors}
    for ordinary in ("Secondo", "Natale", "Il", "Il Governo", "Colombo ha"):
        assert ordinary not in names


IT_DOMESTIC = (
    "La procura di Milano ha aperto un’indagine. Il sindaco Paola Ferraris ha convocato la giunta, "
    "mentre i carabinieri hanno arrestato due persone a Rozzano.\n"
    "Durante la conferenza stampa il questore ha ringraziato la polizia. Ferraris ha parlato con il "
    "presidente della Regione Lombardia."
)


def test_country_name_right_after_a_role() -> None:
    doc = run("Il segretario di Stato Usa Antony Rinaldi ha sentito il premier britannico Tom Kerr.")
    check_offsets(doc)
    assert (by_name(doc, "Antony Rinaldi").country, by_name(doc, "Antony Rinaldi").role) == ("USA", "secretary of state")
    assert by_name(doc, "Tom Kerr").country == "GBR"
    assert by_name(doc, "United States").mentions[0].text == "Usa"


def test_dateline_capital_is_a_place() -> None:
    doc = run("ROMA – Il governo ha approvato il decreto. Roma chiede a Parigi di collaborare.")
    rome = by_name(doc, "Rome")
    assert [m.text for m in rome.mentions] == ["ROMA", "Roma"]
    assert [m.kind for m in doc.mentions if m.actor == rome.id] == ["LOC", "GPE"]
    assert rome.kind == "GPE"  # it also stands for the government once
    assert by_name(doc, "Paris").kind == "LOC"


def test_italian_domestic_news() -> None:
    doc = run(IT_DOMESTIC)
    check_offsets(doc)
    ferraris = by_name(doc, "Paola Ferraris")
    assert ferraris.role == "mayor"
    assert "Ferraris" in mention_texts(ferraris)
    assert by_name(doc, "Carabinieri").sector == "POL"
    rozzano = by_name(doc, "Rozzano")  # unknown town after a place preposition
    assert rozzano.kind == "LOC"
    assert by_name(doc, "Milan").kind == "LOC"
    names = {a.name for a in doc.actors}
    assert "Durante" not in names


EN_TEXT = (
    "Russian Deputy Foreign Minister Sergei Lavrentyev said on Monday that Moscow would not accept new "
    "sanctions. Kremlin spokesman Andrei Volkov told reporters that the Russian government had not "
    "received the proposal.\n"
    "Jane Whitmore, the British ambassador to Poland, met Polish officials in Warsaw. Whitmore said "
    "London and the European Union were ready to help. The White House and NATO declined to comment, "
    "according to Reuters."
)


def test_english_roles_and_institutions() -> None:
    doc = run(EN_TEXT, lang="en")
    check_offsets(doc)
    lav = by_name(doc, "Sergei Lavrentyev")
    assert (lav.country, lav.sector, lav.role) == ("RUS", "GOV", "deputy foreign minister")
    volkov = by_name(doc, "Andrei Volkov")
    assert (volkov.country, volkov.role) == ("RUS", "spokesperson")
    jane = by_name(doc, "Jane Whitmore")
    assert (jane.country, jane.role) == ("GBR", "ambassador")
    assert mention_texts(jane) == ["Jane Whitmore", "Whitmore"]
    gov = by_name(doc, "Government of Russia")
    assert gov.mentions[0].text == "Russian government"
    moscow = by_name(doc, "Moscow")
    assert (moscow.kind, moscow.country, moscow.sector) == ("GPE", "RUS", "GOV")
    assert by_name(doc, "Warsaw").kind == "LOC"
    assert by_name(doc, "White House").country == "USA"
    assert by_name(doc, "NATO").igo == "NATO"
    assert by_name(doc, "Reuters").sector == "MED"
    assert "Russian" not in {a.name for a in doc.actors}  # demonyms are not actors


def test_demonym_forms_and_countries_data() -> None:
    lex = lexicon("it")
    for form, code in [("russo", "RUS"), ("russa", "RUS"), ("russi", "RUS"), ("russe", "RUS"), ("cinesi", "CHN"),
                       ("statunitense", "USA"), ("americane", "USA"), ("britannici", "GBR"), ("ucraina", "UKR")]:
        assert lex.demonyms[form] == code
    assert len(lex.country_names) > 240
    assert lexicon("en").demonyms["chinese"] == "CHN"


def test_person_role_follows_the_article_date() -> None:
    person = {"name": "X", "out_of_office": "ELI", "roles": [
        {"role": "foreign minister", "sector": "GOV", "from": "2010-01-01", "to": "2015-12-31"},
        {"role": "president", "sector": "GOV", "from": "2016-01-01", "to": None}]}
    assert person_role(person, "2012-05-01")[0] == "foreign minister"
    assert person_role(person, "2020-05-01")[0] == "president"
    assert person_role(person, "2005-05-01") == (None, "ELI", None)
    assert person_role(person, None)[0] == "president"


def test_empty_and_lowercase_text() -> None:
    assert run("").actors == []
    doc = run("il dialogo ad alto livello è arrivato una settimana dopo.")
    assert doc.actors == []


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seed not available")
@pytest.mark.skipif(not has_data("common", "people"), reason="people.yaml (the people dictionary) not there yet")
def test_seed_article() -> None:
    doc = run(SEED.read_text(encoding="utf-8"), date="2021-12-15")
    check_offsets(doc)
    expect = {
        "Xi Jinping": ("PER", "CHN", "GOV"), "Vladimir Putin": ("PER", "RUS", "GOV"),
        "Yuri Ushakov": ("PER", "RUS", "GOV"), "Joe Biden": ("PER", "USA", "GOV"),
        "Emmanuel Macron": ("PER", "FRA", None), "Boris Johnson": ("PER", "GBR", None),
        "Karen Donfried": ("PER", "USA", None), "Sergei Ryabkov": ("PER", "RUS", None),
        "Dmitry Kozak": ("PER", "RUS", None), "Dmitry Peskov": ("PER", "RUS", None),
        "Kremlin": ("ORG", "RUS", "GOV"), "CCTV": ("ORG", "CHN", "MED"),
        "Ukraine": ("GPE", "UKR", None), "China": ("GPE", "CHN", None), "Russia": ("GPE", "RUS", None),
        "United States": ("GPE", "USA", None), "Australia": ("GPE", "AUS", None),
        "United Kingdom": ("GPE", "GBR", None),
    }
    for name, (kind, country, sector) in expect.items():
        a = by_name(doc, name)
        assert (a.kind, a.country) == (kind, country), name
        if sector:
            assert a.sector == sector, name
    nato = by_name(doc, "NATO")
    assert nato.igo == "NATO"
    assert "Organizzazione del Trattato del Nord Atlantico" in mention_texts(nato)
    assert by_name(doc, "AUKUS").igo == "AUKUS"
    for full, short in [("Xi Jinping", "Xi"), ("Vladimir Putin", "Putin"), ("Karen Donfried", "Donfried")]:
        assert short in mention_texts(by_name(doc, full))
    names = {a.name for a in doc.actors}
    for bad in ("Xi", "Putin", "Donfried", "Il dialogo", "Durante", "Chiamando Putin", "Chiamando", "Occidente"):
        assert bad not in names
    assert len(by_name(doc, "Vladimir Putin").mentions) >= 8


def test_english_title_case_headline_is_no_name_evidence() -> None:
    doc = run("Senator Warns Moscow Over Troop Build-Up Near Border\n"
              "Senator Laura Kingsley told reporters on Tuesday that Moscow was testing NATO. "
              "Kingsley said the Senate would vote next week.", lang="en")
    check_offsets(doc)
    names = {a.name for a in doc.actors}
    assert not names & {"Warns", "Warns Moscow", "Troop Build-Up", "Over Troop", "Near Border"}
    laura = by_name(doc, "Laura Kingsley")
    crowded = run("Karen Whitfield, Oleg Dravin and Tomas Lind met Priya Natarajan in Oslo.", lang="en")
    assert {"Karen Whitfield", "Oleg Dravin", "Tomas Lind", "Priya Natarajan"} <= {a.name for a in crowded.actors}
    assert (laura.sector, laura.role) == ("LEG", "senator")
    assert mention_texts(laura) == ["Laura Kingsley", "Kingsley"]


def test_italian_organizations_from_keywords_and_name_guard() -> None:
    doc = run("Il consiglio di amministrazione della Banca di Roma ha approvato il bilancio. "
              "Alla Scala di Milano si è ricordato Giuseppe Verdi, mentre il presidente del Senato "
              "ha incontrato i vertici della Fondazione Cariplo e dell’Istituto Superiore di Sanità.")
    check_offsets(doc)
    names = {a.name: a for a in doc.actors}
    assert names["Banca di Roma"].kind == "ORG"
    assert names["Giuseppe Verdi"].kind == "PER"
    assert names["Fondazione Cariplo"].kind == "ORG"
    assert names["Istituto Superiore di Sanità"].kind == "ORG"
    assert (names["Italian Senate"].sector, names["Italian Senate"].country) == ("LEG", "ITA")
    assert "Rome" not in names  # inside the bank's name, not a mention of the city


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("it", "Il ministero degli Esteri cinese e le forze armate ucraine hanno risposto; l'esercito russo avanza.",
     [("Foreign Ministry of China", "CHN", "GOV", "ministero degli Esteri cinese"),
      ("Armed Forces of Ukraine", "UKR", "MIL", "forze armate ucraine"),
      ("Army of Russia", "RUS", "MIL", "esercito russo")]),
    ("it", "Il governo di Mosca tace, mentre le truppe bielorusse restano al confine.",
     [("Government of Russia", "RUS", "GOV", "governo"), ("Troops of Belarus", "BLR", "MIL", "truppe bielorusse")]),
    ("en", "Russia's foreign ministry said Chinese troops and the Ukrainian army had not met.",
     [("Foreign Ministry of Russia", "RUS", "GOV", "foreign ministry"), ("Troops of China", "CHN", "MIL", "Chinese troops"),
      ("Army of Ukraine", "UKR", "MIL", "Ukrainian army")]),
])
def test_institutions_with_a_country(lang: str, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    doc = run(text, lang=lang)
    check_offsets(doc)
    for name, country, sector, mention in expected:
        a = by_name(doc, name)
        assert (a.kind, a.country, a.sector) == ("ORG", country, sector)
        assert mention_texts(a) == [mention]


def test_descriptors_before_names() -> None:
    doc = run("Lo ha riferito l'agenzia di stampa russa Interfax, citata dall'agenzia di stampa Nova. "
              "Il governo Caldarelli cadde nel 2011.")
    check_offsets(doc)
    names = {a.name: a for a in doc.actors}
    assert names["Interfax"].country == "RUS"
    assert (names["Nova"].kind, names["Nova"].sector) == ("ORG", "MED")  # not a person: the descriptor says so
    assert names["Caldarelli"].kind == "PER"  # "governo <surname>": the government's leader
    assert names["Government"].mentions[0].text == "governo"
    assert not any(a.name.startswith("News Agency") for a in doc.actors)


def _agentive(doc: Document) -> dict[str, bool]:
    return {m.text: bool(m.attrs.get("agentive")) for m in doc.mentions}


def test_agentive_subject_of_a_verb_italian() -> None:
    doc = run(
        "La Francia ha chiesto nuove sanzioni, mentre in Germania il dibattito resta aperto. "
        "Secondo il Giappone la crisi durerà mesi; la Spagna non si è ancora espressa. "
        "Il Portogallo è stato colpito da un'ondata di caldo."
    )
    ag = _agentive(doc)
    assert ag["Francia"] and ag["Giappone"] and ag["Spagna"]
    assert not ag["Germania"]  # after a preposition: a place
    assert not ag["Portogallo"]  # a passive copula describes the place


def test_agentive_english_and_on_behalf_of() -> None:
    doc = run(
        "Russia has imposed new tariffs on grain. Talks in Brazil ended without a deal, and the envoy spoke "
        "on behalf of Canada.", lang="en",
    )
    ag = _agentive(doc)
    assert ag["Russia"] and ag["Canada"]
    assert not ag["Brazil"]


def test_italian_national_institutions_take_their_country() -> None:
    doc = run("Il presidente del Consiglio ha riferito alla Camera dopo che la Procura di Palermo aveva aperto "
              "un fascicolo; il Senato americano ha chiesto chiarimenti e la Consulta si pronuncerà a marzo.")
    check_offsets(doc)
    names = {a.name: a for a in doc.actors}
    council = names["Italian Council of Ministers"]
    assert (council.country, council.sector, mention_texts(council)) == ("ITA", "GOV", ["Consiglio"])
    assert names["Italian Chamber of Deputies"].sector == "LEG"
    # the office is the organization (named in full), its seat a place of its own
    prosecutors = names["Procura di Palermo"]
    assert (prosecutors.country, prosecutors.sector, mention_texts(prosecutors)) == ("ITA", "JUD", ["Procura"])
    assert names["Palermo"].kind == "LOC"
    assert names["US Senate"].country == "USA"  # another country named: not the Italian Senate
    assert names["Constitutional Court (Italy)"].sector == "JUD"


def test_companies_parties_clubs_and_media_are_organizations() -> None:
    doc = run("Dopo la sconfitta con l'Atalanta, la dirigenza ha incontrato i vertici di Vodafone e Generali; "
              "Scelta Civica e la Camorra sono finite nei titoli di Canale 5, mentre Twitter ha sospeso l'account.")
    check_offsets(doc)
    kinds = {m.text: m.kind for m in doc.mentions}
    for name in ("Atalanta", "Vodafone", "Generali", "Scelta Civica", "Camorra", "Canale 5", "Twitter"):
        assert kinds.get(name) == "ORG", (name, kinds)


def test_lone_surnames_from_verbs_relations_and_coordination() -> None:
    doc = run("Durante la conferenza stampa di ieri, Marchettoni rientra in gruppo dopo la caduta. "
              "Il padre di Zuliani ha parlato ai cronisti, mentre Caprotti e Vezzali restano in gara; "
              "in serata Letta ha dichiarato di voler attendere. L'Etna riprende a eruttare.")
    check_offsets(doc)
    kinds = {m.text: m.kind for m in doc.mentions}
    for name in ("Marchettoni", "Zuliani", "Caprotti", "Vezzali", "Letta"):
        assert kinds.get(name) == "PER", (name, kinds)
    assert kinds.get("Etna") != "PER"  # an article before: no person in news prose


def test_english_adjectives_and_plurals_are_no_people() -> None:
    doc = run("Officials accused Stockholm of harbouring Kurdish militants, while European ports stayed open "
              "and Hargreaves said talks would resume.", lang="en")
    kinds = {m.text: m.kind for m in doc.mentions}
    assert "Kurdish" not in kinds and "European" not in kinds
    assert kinds.get("Hargreaves") == "PER"


def test_office_and_seat_with_an_unknown_town() -> None:
    doc = run("Il Tribunale di Castelvetrano ha respinto il ricorso e la Corte d'appello di Torino decide domani.")
    check_offsets(doc)
    kinds = {m.text: m.kind for m in doc.mentions}
    assert kinds.get("Tribunale") == "ORG" and kinds.get("Castelvetrano") == "LOC"
    assert kinds.get("Corte d'appello") == "ORG" and kinds.get("Torino") == "LOC"


def test_a_work_and_its_author_are_split_at_the_first_name() -> None:
    doc = run("Ieri sera alla Fenice è andato in scena il Nabucco di Giuseppe Verdi.\n"
              "Morte di Gianmarco Trentin, lutto cittadino a Bassano.")
    check_offsets(doc)
    kinds = {m.text: m.kind for m in doc.mentions}
    assert kinds.get("Giuseppe Verdi") == "PER"
    assert kinds.get("Gianmarco Trentin") == "PER"


def test_known_places_inside_longer_names() -> None:
    doc = run("I bus di Roma TPL sono fermi, la Malaysia Airlines ha cancellato i voli e il treno per "
              "Roma Termini viaggia in ritardo; la nave ha attraversato il Golfo del Messico e poi il Lago di Ginevra.")
    check_offsets(doc)
    kinds = {m.text: m.kind for m in doc.mentions}
    assert kinds.get("Roma TPL") == "ORG" and kinds.get("Malaysia Airlines") == "ORG"
    assert kinds.get("Roma Termini") == "LOC"
    assert kinds.get("Golfo del Messico") == "LOC" and kinds.get("Lago di Ginevra") == "LOC"
    assert "Roma" not in kinds and "Messico" not in kinds


def test_acronyms_taxes_codes_and_province_codes() -> None:
    doc = run("Secondo la CGIA l'aumento dell'IRPEF pesa sulle famiglie; la rete DVB-T2 arriverà a Nocera "
              "Inferiore (SA) entro l'anno, ha annunciato la FNSI.")
    check_offsets(doc)
    kinds = {m.text: m.kind for m in doc.mentions}
    assert kinds.get("CGIA") == "ORG" and kinds.get("FNSI") == "ORG"
    assert "IRPEF" not in kinds and "DVB-T2" not in kinds


def test_a_polity_addressed_is_a_recipient() -> None:
    doc = run("Il ministro ha chiesto alla Tunisia di fermare le partenze, poi è volato in Algeria.")
    attrs = {m.text: m.attrs for m in doc.mentions}
    assert attrs["Tunisia"].get("recipient") and not attrs["Tunisia"].get("agentive")
    assert not attrs["Algeria"].get("recipient")


def test_a_seat_of_power_after_a_place_preposition_is_the_building() -> None:
    doc = run("Il premier è salito al Quirinale in mattinata; in serata il Quirinale ha diffuso una nota.")
    check_offsets(doc)
    kinds = [m.kind for m in doc.mentions if m.text == "Quirinale"]
    assert kinds == ["LOC", "ORG"]
    assert len({m.actor for m in doc.mentions if m.text == "Quirinale"}) == 1  # one actor, the institution


def test_hyphen_and_org_word_at_the_end_of_a_name() -> None:
    doc = run("Secondo i media, Kim Jong-nam era arrivato con un volo della Adam Air partito da Giacarta.")
    check_offsets(doc)
    kinds = {m.text: m.kind for m in doc.mentions}
    assert kinds.get("Kim Jong-nam") == "PER"
    assert kinds.get("Adam Air") == "ORG"


def test_organization_keywords_inside_longer_names() -> None:
    doc = run("L'Istituto Nazionale di Geofisica ha registrato la scossa, mentre il Tribunale del Riesame ha deciso "
              "e la Juventus Football Club ha pagato la multa.")
    check_offsets(doc)
    kinds = {m.text: m.kind for m in doc.mentions}
    assert kinds.get("Istituto Nazionale di Geofisica") == "ORG"
    assert "Riesame" not in kinds  # a common word after the office is no seat
    juve = [a for a in doc.actors if "Juventus Football Club" in mention_texts(a)]
    assert juve and juve[0].name == "Juventus"


def test_storms_ships_and_works_are_no_actors() -> None:
    doc = run("L'uragano Ortensio ha colpito la costa, mentre la nave Marzocco è rimasta in porto e il film "
              "Tramontana uscirà a maggio. Intanto Pellizzari ha detto che la situazione migliora.")
    texts = {m.text for m in doc.mentions}
    assert not texts & {"Ortensio", "Marzocco", "Tramontana"}
    assert "Pellizzari" in texts


def test_a_name_after_an_organization_noun_is_an_organization() -> None:
    doc = run("Il direttore della società Ferrovalle ha incontrato i sindacati; la band Cartavetro suonerà a Bari.")
    kinds = {m.text: m.kind for m in doc.mentions}
    assert kinds.get("Ferrovalle") == "ORG" and kinds.get("Cartavetro") == "ORG"
