"""Quoted characterizations, ninth session (events/characterized.py, lang/<l>/characterized.yaml):
a speaker's quotation that calls an act or its doer something blameworthy with a copula and no
event verb is ACCUSE (CAMEO 111) from the speaker to the judged act's doer. Every sentence is our
own, written in the style of news; through the whole pipeline, no mocks.
"""

from __future__ import annotations

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import code

PUB = "2024-05-06"


def run(text: str, lang: str) -> Document:
    return extract(text, lang=lang, date=PUB)


def charges(doc: Document) -> set[tuple[str, str, str]]:
    """(source code, target code, modality) of every ACCUSE with CAMEO 111."""
    return {
        (code(doc, s), code(doc, t), e.modality)
        for e in doc.events
        if e.type == "ACCUSE" and e.cameo == "111"
        for s in e.source
        for t in e.target
    }


def test_italian_copular_quote_blames_the_doer_of_the_act_told_before() -> None:
    doc = run(
        "Il governo serbo ha espulso due diplomatici croati martedì. «È una provocazione inaccettabile», "
        "ha dichiarato il ministro degli Esteri croato, Gordan Grlić Radman.",
        "it",
    )
    assert ("HRV", "SRB", "reported") in charges(doc)


def test_italian_quoted_noun_of_an_unmatched_act() -> None:
    # «repressione» drafted alone has no target: the characterization aims it at the police
    doc = run(
        "La polizia turca ha arrestato decine di studenti davanti all'università di Istanbul. "
        "«Questa è repressione, nient'altro», ha detto il leader del Chp, Özgür Özel.",
        "it",
    )
    sided = {(code(doc, s, True), code(doc, t, True)) for e in doc.events if e.type == "ACCUSE" for s in e.source for t in e.target}
    assert ("TUROPP", "TURPOL") in sided


def test_italian_negated_characterization_blames_nobody() -> None:
    doc = run(
        "Il governo serbo ha espulso due diplomatici croati martedì. «Non è una provocazione, ma una "
        "risposta misurata», ha dichiarato il ministro degli Esteri croato, Gordan Grlić Radman.",
        "it",
    )
    assert not charges(doc)


def test_italian_praise_of_the_own_act_is_no_charge() -> None:
    doc = run(
        "Il governo serbo ha espulso due diplomatici croati martedì. «È una decisione legittima e "
        "ponderata», ha detto il ministro degli Esteri serbo, Marko Djuric.",
        "it",
    )
    assert not charges(doc)


def test_english_demonstrative_act_noun_points_back_to_its_doer() -> None:
    doc = run(
        "The United States imposed new tariffs on Mexican steel on Monday. \"These tariffs are pure "
        "protectionism,\" Mexico's economy minister Marcelo Ebrard told reporters.",
        "en",
    )
    assert ("MEX", "USA", "reported") in charges(doc)


def test_english_quoted_predicate_after_an_outside_copula() -> None:
    doc = run(
        "Russia expelled two Latvian diplomats on Tuesday. Latvian Foreign Minister Baiba Braze said "
        'the expulsions were "unjustified and absurd".',
        "en",
    )
    assert ("LVA", "RUS", "reported") in charges(doc)


def test_english_speaker_defending_its_own_side_accuses_nobody() -> None:
    doc = run(
        "Russia expelled two Latvian diplomats on Tuesday. \"This is the answer to an unacceptable "
        "campaign against our embassy,\" said Russian foreign ministry spokeswoman Maria Zakharova.",
        "en",
    )
    assert not any(s == "RUS" for s, _, _ in charges(doc))


def test_english_negated_characterization() -> None:
    doc = run(
        "Russia expelled two Latvian diplomats on Tuesday. \"It is not a provocation,\" Latvian "
        "Foreign Minister Baiba Braze said.",
        "en",
    )
    assert not charges(doc)


def test_english_blaming_verb_in_a_quotation_accuses_its_subject() -> None:
    doc = run(
        "\"Moscow has sabotaged every attempt at a ceasefire,\" Ukraine's foreign minister told the "
        "General Assembly on Tuesday.",
        "en",
    )
    assert ("UKR", "RUS", "reported") in charges(doc)


def test_english_negated_blaming_verb_accuses_nobody() -> None:
    doc = run(
        "\"Hungary did not betray Europe, it defended its farmers,\" Viktor Orban's spokesman Zoltan "
        "Kovacs said.",
        "en",
    )
    assert not charges(doc)


def test_italian_blaming_verb_in_a_partial_quotation() -> None:
    # the subject stands between the speech verb and the quoted verb; "di Kiev" names its owner
    doc = run(
        "Secondo il ministro degli Esteri russo Sergej Lavrov, sono le autorità di Kiev ad aver "
        "«sabotato» il negoziato sul grano.",
        "it",
    )
    assert ("RUS", "UKR", "reported") in charges(doc)


def test_italian_bare_label_as_the_whole_statement() -> None:
    doc = run(
        "La polizia bielorussa ha arrestato tre giornalisti lituani al confine. «Inaccettabile», ha "
        "commentato il ministro degli Esteri lituano, Kestutis Budrys.",
        "it",
    )
    assert ("LTU", "BLR", "reported") in charges(doc)


def test_english_bare_label_with_a_negator_is_no_charge() -> None:
    doc = run(
        "Belarusian police detained three Lithuanian journalists at the border on Monday. \"Not "
        "unacceptable, given the law,\" Lithuanian Foreign Minister Kestutis Budrys wrote on X.",
        "en",
    )
    assert not charges(doc)
