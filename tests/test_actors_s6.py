"""Session 6: what decides event sides on unseen articles (the blind it-046..049 / en-040..043 and the sixteen of
session 5): the story's country read from where things happen and from the armed groups acting in it, acronyms the
article defines, settings that open a paragraph.

Sentences written by us in the style of wire copy; each test checks what the actors stage gives."""

from __future__ import annotations

from actorkit import actor_at, run

# A war story told from its towns, with one paragraph on a foreign reaction: still the war's country.
SIEGE_EN = (
    "The Rapid Support Forces tightened their siege of the city on Thursday, shelling a market in Nyala and "
    "blocking aid convoys on the road to Geneina, residents said. The RSF denied targeting civilians in Nyala.\n"
    "Washington imposed sanctions on two RSF commanders, and the US Treasury said more measures were being "
    "prepared. American officials said the United States would keep up the pressure. A US envoy is due in the "
    "region next week.\n"
    "Police in Nyala said the civilians killed on Thursday included four children."
)


def test_story_of_a_war_told_from_its_towns_stays_there() -> None:
    doc = run(SIEGE_EN, "en", title="RSF shells market as US imposes new sanctions")
    civilians = actor_at(doc, "civilians", "Police in Nyala")
    assert civilians is not None
    assert civilians.country == "SDN"


# An acronym the article defines in parentheses is that body wherever it recurs, also after an elided article.
ACRONYM_IT = (
    "Il governo ha accusato l'Esercito nazionale libico (Lna) di aver armato le milizie della capitale. "
    "Da Bengasi, un portavoce ha respinto le accuse. L'Lna, ha aggiunto, non vuole una nuova guerra. "
    "Le Lna controllano ancora il sud."
)


def test_defined_acronym_after_an_elided_article_is_the_body() -> None:
    doc = run(ACRONYM_IT, "it")
    body = actor_at(doc, "Lna", "L'Lna")
    assert body is not None
    assert body.name == "Esercito nazionale libico"
    assert body.kind == "ORG"
    assert body.country == "LBY"
    later = [m for m in body.mentions if m.text == "Lna"]
    assert len(later) == 3


# A demonym in the descriptor before a name gives the person a country, whatever the noun.
DESCRIPTOR_EN = (
    "Kenyan police officer Joseph Mwangi, who leads the mission, appealed on Monday for more equipment. "
    "Bulgarian presidential candidate Rumyana Petrova accused her rival of taking money from abroad."
)
DESCRIPTOR_IT = "La studentessa bengalese Farida Akter ha accusato la polizia di aver sparato sulla folla."


def test_demonym_descriptor_before_a_name_gives_its_country() -> None:
    doc = run(DESCRIPTOR_EN, "en")
    assert actor_at(doc, "Joseph Mwangi").country == "KEN"
    assert actor_at(doc, "Rumyana Petrova").country == "BGR"
    doc = run(DESCRIPTOR_IT, "it")
    assert actor_at(doc, "Farida Akter").country == "BGD"


def test_descriptor_with_a_preposition_gives_no_country() -> None:
    doc = run("Russian warships sailed past the island of Jan Koster on Sunday.", "en")
    person = actor_at(doc, "Jan Koster")
    assert person is None or person.country is None


# A paragraph that opens with its setting places its bare bodies and crowds, over the story's country.
SETTING_EN = (
    "Talks on a ceasefire in Gaza stalled on Tuesday, with Hamas and Israel blaming each other. Hamas said Israel "
    "was dragging out the talks. Qatari and Egyptian mediators met Hamas officials in Cairo. Gaza residents said "
    "strikes had hit Rafah overnight.\n"
    "In Tel Aviv, tens of thousands of people rallied on Saturday, demanding that the government accept a deal. "
    "Police used water cannon to disperse demonstrators who blocked a highway.\n"
    "In Geneva, a UN official urged the authorities to allow aid into Gaza."
)


def test_paragraph_setting_places_bodies_and_crowds() -> None:
    doc = run(SETTING_EN, "en", title="Gaza truce talks stall as Hamas and Israel trade blame")
    assert actor_at(doc, "government", "In Tel Aviv").country == "ISR"
    assert actor_at(doc, "Police", "In Tel Aviv").country == "ISR"
    assert actor_at(doc, "demonstrators", "In Tel Aviv").country == "ISR"


def test_venue_barely_named_is_no_setting() -> None:
    doc = run(SETTING_EN, "en", title="Gaza truce talks stall as Hamas and Israel trade blame")
    authorities = actor_at(doc, "authorities", "In Geneva")
    assert authorities is None or authorities.country != "CHE"


# Armed units named by their own name are military bodies of the story's country.
UNITS_IT = (
    "Almeno venti persone sono morte negli scontri a Tripoli tra la Brigata Nasr e il Battaglione al-Hadba. "
    "Il governo libico ha chiesto una tregua. La Libia è divisa dal 2014. A Tripoli la tensione resta alta."
)


def test_brigade_and_battalion_are_military_units_of_the_story() -> None:
    doc = run(UNITS_IT, "it")
    for name in ("Brigata Nasr", "Battaglione al-Hadba"):
        unit = actor_at(doc, name)
        assert unit is not None and unit.kind == "ORG"
        assert (unit.country, unit.sector) == ("LBY", "MIL")


# "il portavoce del ministero, X": the ministry named just before; "del movimento": the armed group named before.
ANAPHOR_IT = (
    "La Polonia ha chiuso due valichi con la Bielorussia. Il ministero degli Esteri bielorusso ha protestato "
    "contro la decisione. Il portavoce del ministero, Anton Belov, ha definito la chiusura una provocazione. "
    "Varsavia ha respinto le accuse."
)
ANAPHOR_GROUP_IT = (
    "Gli Houthi hanno lanciato due droni contro una nave italiana nel Mar Rosso. La Marina ha abbattuto i droni. "
    "In un video, il portavoce militare del movimento, Yahya Qassem, ha rivendicato l'attacco. L'Italia ha "
    "condannato l'attacco."
)


def test_role_of_a_bare_ministry_takes_the_ministry_named_before() -> None:
    doc = run(ANAPHOR_IT, "it", title="Polonia chiude i valichi, Minsk protesta")
    assert actor_at(doc, "Anton Belov").country == "BLR"


def test_role_of_a_bare_movement_takes_the_armed_group_named_before() -> None:
    doc = run(ANAPHOR_GROUP_IT, "it")
    person = actor_at(doc, "Yahya Qassem")
    assert (person.country, person.sector) == ("YEM", "REB")


# An acronym made of the initials of an organization named earlier is that organization, not a foreign homonym.
INITIALS_EN = (
    "Bangladesh's home minister blamed the opposition Bangladesh Nationalist Party for the violence in Dhaka. "
    "The BNP denied the charge and demanded the minister's resignation. Bangladesh has been under curfew since Friday."
)


def test_acronym_of_an_organization_named_in_full_is_that_organization() -> None:
    doc = run(INITIALS_EN, "en")
    party = actor_at(doc, "BNP")
    assert party is not None
    assert party.country == "BGD"
    assert any(m.text == "Bangladesh Nationalist Party" for m in party.mentions)


# A force named by its owner (a person or an organization) is that owner's side.
POSSESSED_EN = (
    "The government in Tripoli accused Khalifa Haftar's forces of shelling the airport. Militias loyal to Abdul "
    "Hamid Dbeibah repelled the attack. Russia's forces attacked Kharkiv."
)
POSSESSED_IT = "Il governo ha accusato le forze del generale Khalifa Haftar di aver bombardato l'aeroporto."


def test_possessed_forces_are_a_mention_of_their_owner() -> None:
    doc = run(POSSESSED_EN, "en")
    haftar = actor_at(doc, "Khalifa Haftar")
    assert any(m.text == "forces" for m in haftar.mentions)
    assert any(m.text == "Militias" for m in actor_at(doc, "Abdul Hamid Dbeibah").mentions)
    russian = actor_at(doc, "forces", "Russia's forces")
    assert russian is not haftar and russian.country == "RUS"
    doc = run(POSSESSED_IT, "it")
    assert actor_at(doc, "forze") is actor_at(doc, "Khalifa Haftar")


def test_israel_defense_forces_by_its_names() -> None:
    doc = run("Tsahal ha colpito obiettivi di Hezbollah nel sud del Libano.", "it")
    idf = actor_at(doc, "Tsahal")
    assert idf is not None and (idf.country, idf.sector) == ("ISR", "MIL")


def test_acronym_of_an_igo_mission_acts_for_the_igo() -> None:
    doc = run("La missione delle Nazioni Unite in Sud Sudan (Unmiss) ha condannato gli attacchi. L'Unmiss ha chiesto "
              "una tregua alle parti.", "it")
    mission = actor_at(doc, "Unmiss", "L'Unmiss")
    assert mission is not None and mission.igo == "UN"


def test_pristina_is_kosovo_government_only_capitalized() -> None:
    doc = run("Belgrado ha accusato Pristina di provocazioni. La valle è tornata alla sua pristina calma.", "it")
    capital = actor_at(doc, "Pristina")
    assert capital is not None and (capital.country, capital.kind) == ("XKX", "GPE")
    assert actor_at(doc, "pristina") is None


def test_bare_commission_before_an_of_clause_is_the_european_commission() -> None:
    doc = run("La Commissione europea ha imposto dazi sulle auto cinesi. Il governo tedesco ha chiesto alla "
              "Commissione di «tornare subito al tavolo». La Commissione di garanzia ha taciuto.", "it")
    ec = actor_at(doc, "Commissione", "alla Commissione")
    assert ec is not None and ec.igo == "EU"
    other = actor_at(doc, "Commissione", "La Commissione di garanzia")
    assert other is None or other.igo != "EU"
