"""Actors stage, third round: the home country of a bare "il governo", collective names, unions, armed groups,
"Europa" acting as the EU, national councils. News-style sentences we wrote ourselves."""

from __future__ import annotations

from cronaca.actors import find_actors
from cronaca.analyze import analyze
from cronaca.model import Actor, Document, DocumentMeta


def run(text: str, lang: str = "it", date: str = "2023-05-10") -> Document:
    doc = Document(text=text, meta=DocumentMeta(id="t", lang=lang, date=date))
    analyze(doc)
    find_actors(doc)
    for m in doc.mentions:
        assert doc.text[m.start:m.end] == m.text
    return doc


def actor_of(doc: Document, text: str, nth: int = 0) -> Actor:
    ms = [m for m in doc.mentions if m.text == text]
    assert len(ms) > nth, f"{text!r} not among {[m.text for m in doc.mentions]}"
    return next(a for a in doc.actors if a.id == ms[nth].actor)


def test_bare_government_takes_the_only_country_whose_leaders_are_named() -> None:
    doc = run("Rishi Sunak ha difeso la riforma. Il governo ha annunciato nuove misure per gli ospedali.")
    assert actor_of(doc, "governo").country == "GBR"
    doc = run("Downing Street said the government would publish the bill next week.", "en")
    assert actor_of(doc, "government").country == "GBR"


def test_bare_government_stays_open_with_two_countries_leaders() -> None:
    doc = run("Rishi Sunak ha incontrato Emmanuel Macron a Parigi. Il governo ha smentito le indiscrezioni.")
    assert actor_of(doc, "governo").country is None
    doc = run("The government denied the reports. Sunak and Macron met in Paris.", "en")
    assert actor_of(doc, "government").country is None


def test_collective_names_of_groups_of_states() -> None:
    doc = run("A Bruxelles i Ventisette hanno approvato le sanzioni. Il vertice dei Sette si terrà in Giappone. "
              "I 27 feriti sono stati portati in ospedale.")
    assert actor_of(doc, "Ventisette").igo == "EU"
    assert actor_of(doc, "Sette").igo == "G7"
    assert "27" not in [m.text for m in doc.mentions]  # a count of people, not the Union
    doc = run("The 27 agreed on a new package. The 27 victims were named on Friday.", "en")
    assert [m.text for m in doc.mentions if m.text == "27"] == ["27"]
    assert actor_of(doc, "27").name == "European Union"


def test_unions_are_a_national_labour_actor() -> None:
    doc = run("Il ministro del Lavoro ha incontrato Cgil, Cisl e Uil. I sindacati francesi hanno proclamato uno "
              "sciopero, ma i sindacati hanno poi aperto al dialogo.")
    cgil, cisl = actor_of(doc, "Cgil"), actor_of(doc, "Cisl")
    assert cgil is not cisl and cgil.sector == cisl.sector == "LAB" and cisl.country == "ITA"
    unions = actor_of(doc, "sindacati")
    assert unions is actor_of(doc, "sindacati francesi") and unions.country == "FRA" and unions.sector == "LAB"
    doc = run("Health Secretary Steve Barclay met union leaders on Monday, but the Royal College of Nursing said "
              "the talks had failed. Unite and the GMB said the unions would strike.", "en")
    assert actor_of(doc, "union leaders") is actor_of(doc, "unions")
    assert actor_of(doc, "union leaders").sector == "LAB"
    assert actor_of(doc, "Royal College of Nursing").country == "GBR"
    assert actor_of(doc, "GMB").sector == "LAB"


def test_magistrates_association_and_european_commissioner() -> None:
    doc = run("L'Anm ha criticato la riforma. Il commissario europeo Paolo Gentiloni ha risposto ai giornalisti. "
              "La commissaria europea Ylva Johansson era a Lampedusa.")
    anm = actor_of(doc, "Anm")
    assert (anm.country, anm.sector) == ("ITA", "JUD")
    johansson = actor_of(doc, "Ylva Johansson")
    assert (johansson.igo, johansson.sector, johansson.country) == ("EU", "IGO", None)


def test_sudan_armed_groups() -> None:
    doc = run("Fighting between the Sudanese army and the Rapid Support Forces spread to Darfur. The RSF denied "
              "that the army had retaken the bridge.", "en")
    rsf = actor_of(doc, "RSF")
    assert rsf is actor_of(doc, "Rapid Support Forces") and (rsf.country, rsf.sector) == ("SDN", "REB")
    army = actor_of(doc, "army")
    assert army is actor_of(doc, "Sudanese army") and (army.country, army.sector) == ("SDN", "MIL")


def test_europe_acting_is_the_union_and_a_national_security_council() -> None:
    doc = run("L'Europa chiede a Mosca di fermarsi. In Europa fa freddo, e il gas per conto dell'Europa arriva "
              "dall'Algeria.")
    eu = [next(a for a in doc.actors if a.id == m.actor) for m in doc.mentions if m.text == "Europa"]
    assert [a.igo for a in eu] == ["EU", None, None]
    doc = run("Europe has imposed new sanctions, while prices rose across Europe.", "en")
    assert [m.kind for m in doc.mentions if m.text == "Europe"] == ["ORG", "LOC"]


def test_security_council_with_a_demonym_is_national() -> None:
    doc = run("Il Consiglio di sicurezza russo si è riunito al Cremlino, mentre il Consiglio di sicurezza "
              "dell'Onu ha rinviato il voto.")
    rus = actor_of(doc, "Consiglio di sicurezza russo")
    assert (rus.country, rus.igo) == ("RUS", None)
    assert actor_of(doc, "Consiglio di sicurezza dell'Onu").igo == "UN"
    doc = run("The Russian Security Council met on Friday; the Security Council in New York did not.", "en")
    assert actor_of(doc, "Russian Security Council").country == "RUS"
    assert actor_of(doc, "Security Council").igo == "UN"


def test_an_office_in_a_body_takes_its_country_and_sector() -> None:
    doc = run("Nurses will strike again, the Royal College of Nursing said. Its general secretary, Pat Cullen, told "
              "reporters that talks had failed.", "en")
    cullen = actor_of(doc, "Pat Cullen")
    assert (cullen.country, cullen.sector) == ("GBR", "LAB")
    doc = run("Pat Cullen, general secretary of the Royal College of Nursing, said talks had failed.", "en")
    assert (actor_of(doc, "Pat Cullen").country, actor_of(doc, "Pat Cullen").sector) == ("GBR", "LAB")
    doc = run("Il leader della Uil Pierpaolo Bombardieri ha invitato il governo a riaprire il confronto.")
    bombardieri = actor_of(doc, "Pierpaolo Bombardieri")
    assert (bombardieri.country, bombardieri.sector) == ("ITA", "LAB")


def test_an_unnamed_countrys_minister_takes_the_home_country_only_when_clear() -> None:
    doc = run("Rishi Sunak defended the bill. Health Secretary Steve Barclay met nurses on Monday.", "en")
    assert actor_of(doc, "Steve Barclay").country == "GBR"
    doc = run("Rishi Sunak met Emmanuel Macron. Health Secretary Steve Barclay met nurses on Monday.", "en")
    assert actor_of(doc, "Steve Barclay").country is None


def test_dateline_gives_the_home_country() -> None:
    doc = run("ROMA – Il governo ha approvato il decreto sulle bollette dopo una lunga riunione.")
    assert actor_of(doc, "governo").country == "ITA"
    doc = run("PARIS, March 23 – The government said the reform would go ahead.", "en")
    assert actor_of(doc, "government").country == "FRA"


def test_affiliation_after_a_name_or_before_a_role() -> None:
    doc = run("Laurent Berger of the moderate CFDT said the unions would attend. Sophie Binet, the new leader of the "
              "CGT union, told reporters the reform must go.", "en")
    for name in ("Laurent Berger", "Sophie Binet"):
        person = actor_of(doc, name)
        assert (person.country, person.sector) == ("FRA", "LAB"), name
    doc = run("CGT leader Sophie Binet called for a new strike.", "en")
    assert actor_of(doc, "Sophie Binet").sector == "LAB"


def test_institution_opening_a_role_is_an_actor() -> None:
    doc = run("Chinese Foreign Ministry spokesman Wang Wenbin dismissed the criticism.", "en")
    ministry = actor_of(doc, "Chinese Foreign Ministry")
    assert (ministry.country, ministry.sector) == ("CHN", "GOV")
    assert actor_of(doc, "Wang Wenbin").country == "CHN"
    doc = run("Foreign Ministry spokesman John Smith declined to comment.", "en")
    assert "Foreign Ministry" not in [m.text for m in doc.mentions]  # whose ministry is not said


def test_bare_parliament_and_treasury_are_the_home_countrys() -> None:
    doc = run("Rishi Sunak said the bill would be introduced in Parliament next week, and the Treasury would "
              "publish its costs.", "en")
    assert actor_of(doc, "Parliament").country == "GBR"
    assert (actor_of(doc, "Treasury").country, actor_of(doc, "Treasury").sector) == ("GBR", "GOV")


def test_striking_groups_are_national_actors() -> None:
    doc = run("Rishi Sunak said nurses and ambulance workers would get a pay review, as protesters gathered "
              "outside Downing Street.", "en")
    nurses = actor_of(doc, "nurses")
    assert (nurses.country, nurses.sector) == ("GBR", "LAB")
    assert actor_of(doc, "ambulance workers").sector == "LAB"
    assert actor_of(doc, "protesters").sector == "CVL"


def test_government_with_a_seat_of_power_as_evidence() -> None:
    doc = run("Secondo Palazzo Chigi, la manovra tutela i redditi più bassi. Il governo ha però rinviato il voto.")
    gov = actor_of(doc, "governo")
    assert (gov.country, gov.sector) == ("ITA", "GOV")
    doc = run("Secondo Palazzo Chigi la manovra è giusta, ma l'Eliseo frena. Il governo ha rinviato il voto.")
    assert actor_of(doc, "governo").country is None  # two countries' seats of power: unclear


def test_an_organizations_possessive_gives_the_role_its_country() -> None:
    doc = run("The Liberal Democrats' leader, Ed Davey, called on the government to act. The CGT's leader, "
              "Sophie Binet, said the strike would go on.", "en")
    davey = actor_of(doc, "Ed Davey")
    assert davey.country == "GBR" and davey.sector == actor_of(doc, "Liberal Democrats").sector
    binet = actor_of(doc, "Sophie Binet")
    assert (binet.country, binet.sector) == ("FRA", "LAB")
