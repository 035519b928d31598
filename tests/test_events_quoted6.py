"""Events inside quotations, session six (branch evq6; `events/quoted.py`), on sentences written for
these tests: a bare body noun a speaker names inside its own quotation ("the army", "l'esercito",
"the government") is the speaker's country's body, not the body of the country the story is about.
Each positive test has a twin where the noun names its owner and must keep it.
"""

from __future__ import annotations

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import of_type, triples

PUB = "2026-03-04"


def run(text: str, lang: str) -> Document:
    return extract(text, lang=lang, date=PUB)


def test_en_bare_army_in_a_ministers_indirect_quote_is_his_countrys():
    doc = run(
        "Iran launched more than 300 drones at Israel on Saturday, Iranian state media said. "
        "Tehran said the operation was over. Israel's defence minister said the army would strike "
        "Iran if Tehran attacked again.",
        "en",
    )
    assert ("ASSAULT", "ISR", "IRN") in triples(doc)
    strikes = [e for e in of_type(doc, "ASSAULT") if e.trigger.text == "strike"]
    assert strikes and strikes[0].quote is not None
    # the story's country does not strike itself: no Iranian army as the striker
    assert all(doc.actor(s).country == "ISR" for s in strikes[0].source)


def test_it_bare_esercito_in_a_ministers_quote_is_his_countrys():
    doc = run(
        "L'Iran ha lanciato ieri trecento droni contro Israele. Teheran ha detto che l'attacco è "
        "concluso. Il ministro della Difesa israeliano ha detto che l'esercito colpirà l'Iran se "
        "Teheran attaccherà di nuovo.",
        "it",
    )
    hits = [e for e in of_type(doc, "ASSAULT") if e.trigger.text == "colpirà"]
    assert hits, [(e.type, e.trigger.text) for e in doc.events]
    assert [doc.actor(s).country for s in hits[0].source] == ["ISR"]
    assert [doc.actor(t).country for t in hits[0].target] == ["IRN"]


def test_en_bare_government_of_a_foreign_trade_minister_is_his_own():
    doc = run(
        "Brazil filed a complaint at the World Trade Organization against US tariffs on Monday. "
        "\"The government will impose duties on American machinery if Washington does not lift the "
        "tariffs,\" Brazil's trade minister told reporters.",
        "en",
    )
    assert ("SANCTION", "BRA", "USA") in triples(doc)
    assert ("SANCTION", "USA", "USA") not in triples(doc)


def test_it_owned_body_keeps_its_owner():
    # "il governo di Caracas" names its owner: the American speaker does not make it his own
    doc = run(
        "Il rappresentante americano ha avvertito che gli Stati Uniti sono pronti ad adottare "
        "ulteriori misure se il governo di Caracas continuerà a reprimere il dissenso.",
        "it",
    )
    codes = {doc.actor(s).country for e in doc.events for s in e.source + e.target}
    assert "VEN" in codes
    repress = [e for e in doc.events if e.trigger.text == "reprimere"]
    assert all(doc.actor(s).country == "VEN" for e in repress for s in e.source)


def test_en_body_of_the_speakers_own_country_is_unchanged():
    # a Ukrainian minister's "the army" is Ukraine's already: nothing to move
    doc = run(
        "Russian forces shelled Kharkiv overnight, Ukrainian officials said. Ukraine's defence "
        "minister said the army would strike Russian positions near Belgorod.",
        "en",
    )
    for e in of_type(doc, "ASSAULT"):
        if e.trigger.text == "strike":
            assert all(doc.actor(s).country == "UKR" for s in e.source)
