"""Session 10 (actors10en): English actors whose absence or wrong code made events lose a side.

A bare "Congo" and CLDR's "&"/"St." country names as news spells them (scripts/gen_countries.py); a country, an
alias and a body word as one organization ("Nigeria Labour Congress", not the British Labour Party and a
congress); labour words naming a union (actors_context.yaml `member_sectors`); titles before a name (roles.yaml:
Justice, Commodore, Major General, opposition politician); groups (groups.yaml `people`: relatives of captives,
jihadist fighters, a federal judge, a state's vessels and warplanes). Sentences written by us in wire style."""

from __future__ import annotations

from actorkit import run, with_mention


def _code(doc, mention: str) -> tuple[str | None, str | None]:
    a = with_mention(doc, mention)
    assert a is not None, f"no actor for {mention!r}: {[x.name for x in doc.actors]}"
    return a.country, a.sector


def test_bare_congo_is_the_drc_and_republic_of_congo_is_not() -> None:
    doc = run("Congo accused Rwanda on Monday of sending troops across the border near Goma.", lang="en")
    assert _code(doc, "Congo") == ("COD", None)
    doc = run("The Republic of Congo signed an oil deal with Angola on Friday.", lang="en")
    assert _code(doc, "Republic of Congo") == ("COG", None)


def test_ampersand_and_saint_country_names_are_spelled_out() -> None:
    doc = run("Bosnia and Herzegovina recalled its ambassador, and Saint Lucia protested to Trinidad and Tobago.",
              lang="en")
    assert _code(doc, "Bosnia and Herzegovina") == ("BIH", None)
    assert _code(doc, "Saint Lucia") == ("LCA", None)
    assert _code(doc, "Trinidad and Tobago") == ("TTO", None)


def test_country_labour_congress_is_one_union_of_that_country() -> None:
    doc = run("The Nigeria Labour Congress called a two-day general strike against the fuel price rise in Abuja.",
              lang="en")
    assert _code(doc, "Nigeria Labour Congress") == ("NGA", "LAB")
    assert not any(a.sector == "LEG" or a.country == "GBR" for a in doc.actors)


def test_labour_federation_named_after_a_country_is_a_union() -> None:
    doc = run("The Kenya Labour Federation threatened a strike over the new housing levy.", lang="en")
    assert _code(doc, "Kenya Labour Federation") == ("KEN", "LAB")


def test_titles_before_a_name_give_the_office() -> None:
    text = ("Kenya's High Court on Friday halted the deployment of police officers to Haiti. President William Ruto "
            "said Kenya would appeal. The petition was filed by opposition politician Ekuru Aukot, who accused the "
            "government of renting out Kenyan officers. Justice Chacha Mwita said the interior ministry had acted "
            "unlawfully, and Major General Joseph Keter said the army would comply.")
    doc = run(text, lang="en")
    assert _code(doc, "Ekuru Aukot") == ("KEN", "OPP")
    assert _code(doc, "Chacha Mwita") == ("KEN", "JUD")
    assert _code(doc, "Joseph Keter") == ("KEN", "MIL")


def test_commodore_is_military() -> None:
    text = ("The Philippine coast guard said Chinese ships fired water cannon at its patrol boat near the shoal. "
            "Its spokesman, Commodore Jay Tarriela, accused the Chinese crew of reckless manoeuvres.")
    doc = run(text, lang="en")
    assert _code(doc, "Jay Tarriela")[1] == "MIL"
    assert _code(doc, "Chinese crew") == ("CHN", "MIL")


def test_vessels_and_warplanes_with_a_flag_are_that_state_military() -> None:
    doc = run("Pakistani warplanes struck villages in eastern Afghanistan, and Chinese vessels blocked a supply boat.",
              lang="en")
    assert _code(doc, "Pakistani warplanes") == ("PAK", "MIL")
    assert _code(doc, "Chinese vessels") == ("CHN", "MIL")


def test_bare_vessels_are_no_actor() -> None:
    doc = run("Rescue teams said two vessels sank off the coast of Crete on Sunday.", lang="en")
    assert with_mention(doc, "vessels") is None


def test_relatives_of_captives_are_the_story_civilians() -> None:
    text = ("Israel's security cabinet met on Sunday to discuss the proposal. Israeli Prime Minister Benjamin "
            "Netanyahu said Israel would not end the war. In Jerusalem, relatives of captives accused the "
            "government of abandoning them, and Israeli police detained six protesters.")
    doc = run(text, lang="en")
    assert _code(doc, "relatives of captives") == ("ISR", "CVL")


def test_jihadist_fighters_are_the_story_armed_side() -> None:
    text = ("Jihadist fighters stormed a village in Nigeria's Borno state on Saturday, the Nigerian army said. "
            "Nigerian President Bola Tinubu ordered troops to pursue the attackers, and Nigeria's police said "
            "patrols were reinforced.")
    doc = run(text, lang="en")
    assert _code(doc, "Jihadist fighters") == ("NGA", "REB")


def test_a_federal_judge_is_the_story_judiciary() -> None:
    text = ("A federal judge in Texas on Tuesday blocked the White House plan to cut funding for public broadcasters. "
            "President Joe Biden's successor had signed the order in March, and the US Justice Department said it "
            "would appeal.")
    doc = run(text, lang="en", date="2025-06-10")
    assert _code(doc, "federal judge") == ("USA", "JUD")


def test_places_named_with_a_province_or_state_take_its_country() -> None:
    text = ("Afghanistan's Taliban government said Pakistani jets bombed villages in Paktika province on Tuesday. "
            "Afghan officials said the strikes in Paktika killed civilians, and Kabul summoned Pakistan's envoy.")
    doc = run(text, lang="en", date="2025-03-04")
    assert _code(doc, "Paktika")[0] == "AFG"
    text = ("Mexican President Claudia Sheinbaum said Mexico would not allow foreign troops in the state of Sinaloa, "
            "and the Mexican army arrested two men in Sinaloa on Monday.")
    doc = run(text, lang="en", date="2025-03-04")
    assert _code(doc, "Sinaloa")[0] == "MEX"


def test_a_place_with_no_unit_keeps_no_country() -> None:
    doc = run("Mexican President Claudia Sheinbaum spoke to reporters in Culiacancito on Friday.", lang="en")
    a = with_mention(doc, "Culiacancito")
    assert a is None or a.country is None
