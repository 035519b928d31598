"""Actors round thirteen: named people with no known role in one-country stories, new titles, new bodies."""

from __future__ import annotations

from actorkit import run, with_mention

# A story about Peru only: the activist has no role the lexicon knows, but she is one of Peru's people.
PERU = (
    "Migliaia di persone hanno manifestato ieri a Lima contro il governo del Perù. La polizia peruviana ha "
    "disperso il corteo davanti al Congresso. Il Perù attraversa la crisi politica più grave da anni e il "
    "governo peruviano ha proclamato lo stato di emergenza. «Non ci fermeremo finché non ci ascolteranno», ha "
    "detto Rosa Quispe, che ha organizzato la marcia."
)


def test_named_person_without_role_takes_the_story_country() -> None:
    doc = run(PERU)
    a = with_mention(doc, "Rosa Quispe")
    assert a is not None and a.kind == "PER"
    assert a.country == "PER"


# Two countries named as often as each other: the person's country cannot be told from the story.
TWO = (
    "Il Perù e il Cile hanno firmato ieri a Lima un accordo sui confini marittimi. Il governo peruviano e il "
    "governo cileno lo negoziavano da anni; il Cile lo ha già ratificato e il Perù lo farà entro l'estate. "
    "«È una giornata storica», ha detto Rosa Quispe, che ha seguito i negoziati."
)


def test_no_story_country_in_a_two_country_story() -> None:
    a = with_mention(run(TWO), "Rosa Quispe")
    assert a is not None and a.country is None


def test_lone_capitalised_word_gets_no_country() -> None:
    # a one-word "name" is as likely a misread common word or place as a person
    doc = run(PERU + " Quispe ha poi lasciato la piazza.")
    for a in doc.actors:
        if a.kind == "PER" and a.name == "Quispe":
            assert a.country in (None, "PER")  # the surname may resolve to the full name, never elsewhere


def test_us_representative_title_is_a_lawmaker() -> None:
    text = (
        "The House passed the spending bill on Thursday after weeks of talks in Washington. Representative "
        "Dana Whitfield of Ohio said the bill would cut the deficit. The White House welcomed the vote."
    )
    a = with_mention(run(text, lang="en"), "Dana Whitfield")
    assert a is not None
    assert (a.country, a.sector) == ("USA", "LEG")


def test_opposition_candidate_is_opposition() -> None:
    text = (
        "In Colombia la campagna elettorale si chiude tra le polemiche. Il candidato dell'opposizione Andrés "
        "Peralta ha accusato il governo colombiano di usare i fondi pubblici per la campagna. Bogotà ha respinto "
        "le accuse e la Colombia voterà domenica."
    )
    a = with_mention(run(text), "Andrés Peralta")
    assert a is not None
    assert (a.country, a.sector) == ("COL", "OPP")


def test_tplf_full_name_is_one_rebel_body() -> None:
    text = (
        "Fighting resumed in northern Ethiopia as the Tigray People's Liberation Front accused federal troops of "
        "shelling villages near Mekelle."
    )
    a = with_mention(run(text, lang="en"), "Tigray People's Liberation Front")
    assert a is not None
    assert (a.kind, a.country, a.sector) == ("ORG", "ETH", "REB")


def test_italian_shipowners_and_venezuelan_guard() -> None:
    doc = run("Confitarma ha chiesto al governo più navi di scorta nel Mar Rosso.")
    a = with_mention(doc, "Confitarma")
    assert a is not None and (a.kind, a.country, a.sector) == ("ORG", "ITA", "BUS")
    doc = run("A Caracas la Guardia nazionale bolivariana ha disperso i manifestanti con i lacrimogeni.")
    g = with_mention(doc, "Guardia nazionale bolivariana")
    assert g is not None and (g.country, g.sector) == ("VEN", "MIL")


def test_darfur_camp_is_a_place_not_a_person() -> None:
    text = "Drone strikes on Abu Shouk killed at least 15 displaced people in North Darfur, Sudan, on Monday."
    a = with_mention(run(text, lang="en"), "Abu Shouk")
    assert a is not None and (a.kind, a.country) == ("LOC", "SDN")
