"""Session six, second acts and mistyped acts: talks asked for are no talks, a road blocked is no
veto, an anonymous source asked for nothing, a proposal is no request."""

from __future__ import annotations

from cronaca.pipeline import extract
from eventkit import of_type, triples


def run(text: str, lang: str = "it"):
    return extract(text, lang=lang, date="2024-05-06")


def test_talks_asked_for_are_no_talks_it() -> None:
    doc = run("Il ministro degli Esteri francese ha esortato Mosca e Kiev a riprendere i negoziati.")
    assert ("REQUEST", "FRA", "RUS") in triples(doc)
    assert not of_type(doc, "CONSULT")


def test_talks_asked_for_are_no_talks_en() -> None:
    doc = run("Germany called on Beijing to reopen negotiations on the trade dispute.", "en")
    assert ("REQUEST", "DEU", "CHN") in triples(doc)
    assert not of_type(doc, "CONSULT")


def test_talks_after_a_new_clause_are_kept() -> None:
    # the meeting is told as a fact of its own, after the request's clause
    doc = run(
        "Il premier giapponese ha chiesto alla Cina di fermare le esercitazioni; "
        "i due ministri degli Esteri hanno avuto un colloquio a Pechino.",
    )
    assert of_type(doc, "REQUEST")
    assert of_type(doc, "CONSULT")


def test_road_blocked_is_no_veto() -> None:
    doc = run("Hundreds of Serbian farmers blocked the main highway to Belgrade on Monday.", "en")
    assert not of_type(doc, "REJECT")


def test_resolution_blocked_is_a_veto() -> None:
    doc = run("Russia blocked a United Nations resolution on Syria on Monday.", "en")
    assert ("REJECT", "RUS", "UN") in triples(doc)


def test_anonymous_source_asked_for_nothing() -> None:
    doc = run(
        "A Turkish official, who asked not to be named, said Ankara would send more troops to Syria.", "en"
    )
    assert not of_type(doc, "REQUEST")


def test_proposal_is_no_request() -> None:
    # proposed to no one: the gold codes what is proposed, never the proposal as a request
    doc = run("La Commissione europea ha proposto di estendere il partenariato con la Tunisia all'Egitto.")
    assert not of_type(doc, "REQUEST")


def test_fraud_label_blames_despite_a_praising_lemma() -> None:
    # "storiche" lemmatizes to a praising word; the fraud decides
    doc = run(
        "La leader dell'opposizione venezuelana ha respinto i risultati del governo di Caracas, "
        "definendoli «una frode di dimensioni storiche»."
    )
    assert not of_type(doc, "SUPPORT")


def test_negated_quality_in_a_label_blames() -> None:
    doc = run('The US State Department called the Venezuelan government\'s vote "neither free nor fair".', "en")
    assert of_type(doc, "ACCUSE")


def test_wrongdoing_voiced_by_a_speaker_is_an_accusation() -> None:
    doc = run(
        'Chinese foreign ministry spokeswoman Mao Ning said on Monday that Manila had "illegally intruded" '
        "into Chinese waters.",
        "en",
    )
    assert ("ACCUSE", "CHN", "PHL") in triples(doc)


def test_wrongdoing_told_by_no_one_is_no_accusation() -> None:
    doc = run("Manila has intruded into Chinese waters near the shoal.", "en")
    assert not of_type(doc, "ACCUSE")


def test_proposal_to_an_addressee_is_a_request() -> None:
    doc = run("Il ministro degli Esteri russo ha proposto alla Polonia di aprire un negoziato sul confine.")
    assert ("REQUEST", "RUS", "POL") in triples(doc)


def test_summit_named_as_a_time_is_no_content() -> None:
    doc = run(
        "Poland urged the European Union to adopt new sanctions on Russia before the summit in Brussels next month.",
        "en",
    )
    assert of_type(doc, "CONSULT")
