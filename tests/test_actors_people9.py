"""Unnamed people and companies named by a noun and their demonym (branch people9): "un giornalista britannico",
"due turisti tedeschi", "three French citizens", "a Chinese mining firm". Each is an actor of the demonym's country
(groups.yaml `people.nouns`, flag `own`); one person is kind PER (flag `person`). Without a demonym they stay no
actor. Sentences written by us, Italian and English."""

from __future__ import annotations

import pytest

from actorkit import run, with_mention
from cronaca import extract


@pytest.mark.parametrize(("lang", "text", "mention", "country", "sector", "kind"), [
    ("it", "Un giornalista britannico è stato espulso ieri dalle autorità russe.", "giornalista britannico",
     "GBR", "MED", "PER"),
    ("it", "Due turisti tedeschi sono stati fermati dalla polizia egiziana a Hurghada.", "Due turisti tedeschi",
     "DEU", "CVL", "ORG"),
    ("it", "Un operatore umanitario francese è stato rapito nel nord del Niger.", "operatore umanitario francese",
     "FRA", "NGO", "PER"),
    ("it", "La compagnia petrolifera statale libica ha sospeso le esportazioni dal porto di Es Sider.",
     "compagnia petrolifera statale libica", "LBY", "BUS", "ORG"),
    ("it", "Cinque pescatori tunisini sono stati soccorsi al largo di Lampedusa.", "Cinque pescatori tunisini",
     "TUN", "CVL", "ORG"),
    ("en", "A British journalist was expelled by the Russian authorities on Tuesday.", "British journalist",
     "GBR", "MED", "PER"),
    ("en", "Three French citizens were kidnapped in northern Mali last week.", "Three French citizens",
     "FRA", "CVL", "ORG"),
    ("en", "A Chinese mining firm signed a deal with the Zambian government.", "Chinese mining firm",
     "CHN", "BUS", "ORG"),
    ("en", "A French aid worker was freed by his captors in Niger.", "French aid worker", "FRA", "NGO", "PER"),
])
def test_noun_with_demonym_is_an_actor_of_that_country(lang: str, text: str, mention: str, country: str,
                                                      sector: str, kind: str) -> None:
    a = with_mention(run(text, lang=lang), mention)
    assert a is not None
    assert (a.country, a.sector, a.kind) == (country, sector, kind)


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("it", "Il giornalista ha raccontato la protesta davanti al tribunale.", "giornalista"),
    ("it", "Un turista è stato ferito durante la rapina.", "turista"),
    ("en", "The citizens of the town were asked to stay indoors.", "citizens"),
    ("en", "A company announced it would close the plant in March.", "company"),
])
def test_noun_without_demonym_stays_no_actor(lang: str, text: str, word: str) -> None:
    doc = run(text, lang=lang)
    assert not any(word in m.text.lower() for a in doc.actors for m in a.mentions)


def test_air_force_adjective_is_not_a_soldier() -> None:
    # "militare" is also an adjective ("l'aeronautica militare ucraina"): no soldier actor from it
    doc = run("L'aeronautica militare ucraina ha abbattuto due droni nella notte.")
    assert not any(m.text.startswith("militare") for a in doc.actors for m in a.mentions)


def test_event_with_unnamed_victim_keeps_its_side() -> None:
    doc = extract("Cinque pescatori tunisini sono stati arrestati dalla guardia costiera italiana.", lang="it",
                  date="2024-05-06")
    acts = {a.id: a for a in doc.actors}
    coerce = [e for e in doc.events if e.type == "COERCE"]
    assert coerce
    assert any(acts[t].country == "TUN" for e in coerce for t in e.target if t in acts)


def test_en_country_name_before_the_noun_is_its_demonym() -> None:
    # "US" and "Saudi" are country names the gazetteer reads; before a person noun they are the person's country,
    # not the polity as a second party
    doc = run("Iran said on Monday that a US journalist was detained in Tehran.", lang="en")
    a = with_mention(doc, "US journalist")
    assert a is not None and (a.country, a.sector, a.kind) == ("USA", "MED", "PER")
    assert with_mention(doc, "US") is None
    assert [x.id for x in doc.actors] == [f"a{k + 1}" for k in range(len(doc.actors))]
    doc = run("A Saudi blogger was sentenced to ten years in prison.", lang="en")
    a = with_mention(doc, "Saudi blogger")
    assert a is not None and a.country == "SAU"


def test_en_country_name_stays_the_polity_when_named_again() -> None:
    doc = run("A UK citizen was detained in Iran. The UK summoned the Iranian ambassador.", lang="en")
    citizen = with_mention(doc, "UK citizen")
    assert citizen is not None and citizen.country == "GBR"
    uk = with_mention(doc, "UK")
    assert uk is not None and uk.kind == "GPE"


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("en", "Belarus has pardoned Andrzej Poczobut, a Polish journalist.", "Andrzej Poczobut"),
    ("it", "La Bielorussia ha graziato il giornalista polacco Andrzej Poczobut.", "Andrzej Poczobut"),
    ("it", "È stato liberato Marco Rossi, cooperante italiano rapito in Niger a marzo.", "Marco Rossi"),
])
def test_description_of_a_named_person_is_no_second_actor(lang: str, text: str, name: str) -> None:
    doc = run(text, lang=lang)
    assert with_mention(doc, name) is not None
    assert not any(a.kind == "PER" and a.name != name and (a.key or "").startswith("group:") for a in doc.actors)
