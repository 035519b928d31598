"""Legislators named as a group, legislative leadership titles, and a participle after a group that is
its own verb rather than its backer ("senators backed the plan" vs "rebels backed by Rwanda")."""

from __future__ import annotations

from actorkit import run, with_mention

US_LEAD = "President Donald Trump on Monday signed an executive order cutting federal grants to universities. "


def test_lawmakers_are_the_story_countrys_legislature():
    doc = run(US_LEAD + "Democratic lawmakers accused the White House of attacking academic freedom.", lang="en")
    a = with_mention(doc, "lawmakers")
    assert a is not None and (a.country, a.sector) == ("USA", "LEG")


def test_senators_backing_a_plan_are_an_actor():
    doc = run(US_LEAD + "Republican senators backed the order of Trump on Tuesday.", lang="en")
    a = with_mention(doc, "senators")
    assert a is not None and a.sector == "LEG"


def test_group_backed_by_a_foreign_state_takes_no_country_from_it():
    doc = run("Fighting resumed near the lake on Sunday. Hundreds of militants backed by Rwanda seized two villages.",
              lang="en")
    a = with_mention(doc, "Hundreds of militants")
    assert a is None or a.country != "RWA"


def test_armed_men_are_not_a_backed_group():
    # "armati" with no agent after it is an adjective of the group, not a backer
    doc = run("Nel nord del Burkina Faso, decine di militanti armati hanno attaccato un villaggio.")
    a = with_mention(doc, "decine di militanti")
    assert a is not None and a.sector == "REB"


def test_group_backed_by_agent_in_italian_is_still_skipped():
    doc = run("Nel Kivu, i miliziani sostenuti dal Ruanda hanno preso il controllo della città.")
    assert with_mention(doc, "miliziani") is None


def test_senate_majority_leader_is_a_legislative_role():
    doc = run(US_LEAD + "Senate Majority Leader John Thune said the chamber would vote next week.", lang="en")
    a = with_mention(doc, "John Thune")
    assert a is not None and a.sector == "LEG"
    assert with_mention(doc, "Majority") is None
