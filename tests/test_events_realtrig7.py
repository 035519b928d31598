"""Events, session seven (branch realtrig7): Italian triggers and their senses on plain news prose.
Words real news uses for visits, brawls, woundings and congratulations that no trigger matched, and
the guards that keep other senses of trigger words out ("la tragedia che ha colpito", "il comunicato
rilasciato", "ha manifestato la sua delusione", "un incontro di calcio"). Sentences written for these
tests.
"""

from __future__ import annotations

import pytest

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import coded_events

PUB = "2025-05-14"


def run(text: str) -> Document:
    return extract(text, lang="it", date=PUB)


events = coded_events


def types(doc: Document) -> set[str]:
    return {e.type for e in doc.events}


@pytest.mark.parametrize(
    "text,expected",
    [
        # a form of "recarsi" the lemma table sends to another verb
        (
            "Il presidente francese Emmanuel Macron e il suo ministro degli Esteri si recano oggi a Mosca.",
            ("CONSULT", "042", ("FRAGOV", "FRAGOV"), ("RUS",)),
        ),
        (
            "A Tbilisi sono scoppiati violenti tafferugli tra i manifestanti e la polizia georgiana.",
            ("ASSAULT", "193", ("GEOCVL", "GEOPOL"), ("GEOCVL", "GEOPOL")),
        ),
        (
            "La polizia keniota ha ferito tre manifestanti durante il corteo di Nairobi.",
            ("ASSAULT", "190", ("KENPOL",), ("KENCVL",)),
        ),
        (
            "Gli agenti della polizia egiziana hanno percosso due giornalisti al Cairo.",
            ("ASSAULT", "182", ("EGYPOL",), ("EGYMED",)),
        ),
        (
            "I ribelli hanno fucilato due soldati nigeriani catturati.",
            ("ASSAULT", "186", ("rebels",), ("NGAMIL",)),
        ),
        (
            "Le felicitazioni del governo indiano al presidente dello Sri Lanka sono arrivate in serata.",
            ("SUPPORT", "051", ("INDGOV",), ("LKAGOV",)),
        ),
    ],
)
def test_new_trigger_words(text: str, expected: tuple) -> None:
    assert expected in events(run(text))


@pytest.mark.parametrize(
    "text,absent",
    [
        # what a disaster hits is no attack
        (
            "Papa Francesco ha parlato della tragedia che ha colpito la Sardegna, chiedendo di pregare per le vittime.",
            "ASSAULT",
        ),
        # a statement released frees no one
        (
            "Stando al comunicato rilasciato da Palazzo Chigi, Meloni ha inviato le congratulazioni a Biden.",
            "RETREAT",
        ),
        # a feeling shown is no demonstration
        (
            "Il leader di Sinistra Italiana ha manifestato la sua delusione nei confronti del presidente della Repubblica.",
            "PROTEST",
        ),
        # offering oneself as a candidate asks nothing of anyone
        (
            "Nel girone B la Russia supera 4-0 la Slovacchia e si propone come candidata alle semifinali insieme al Canada.",
            "REQUEST",
        ),
        # "rivolte" after "essere" is the participle of rivolgere, not riots
        ("Le minacce di morte sono state rivolte anche al ministro della Giustizia tunisino.", "PROTEST"),
        # a football match is no meeting
        (
            "Si è svolto ieri sera a Parigi l'incontro di calcio tra le nazionali di Francia e Germania.",
            "CONSULT",
        ),
        # statements handed to the police are no aid
        (
            "Secondo le dichiarazioni fornite alla polizia austriaca dal ministro ungherese, l'auto era ferma.",
            "AID",
        ),
    ],
)
def test_other_senses_fire_nothing(text: str, absent: str) -> None:
    assert absent not in types(run(text))


@pytest.mark.parametrize(
    "text,expected",
    [
        # the guards leave the event sense alone
        (
            "Le forze russe hanno colpito Kharkiv nella notte, ha detto il governo ucraino.",
            ("ASSAULT", "190", ("RUSMIL",), ("UKR",)),
        ),
        (
            "Il Cremlino ha rilasciato due cittadini americani detenuti.",
            ("RETREAT", "084", ("RUSGOV",), ("USACVL",)),
        ),
        (
            "Migliaia di studenti hanno manifestato contro il governo serbo a Belgrado.",
            ("PROTEST", "141", ("SRBEDU",), ("SRBGOV",)),
        ),
        ("La Russia continuerà a fornire armi ai ribelli siriani.", ("AID", "072", ("RUS",), ("SYRREB",))),
        (
            "Il ministero degli Esteri polacco ha convocato l'ambasciatore russo.",
            ("ACCUSE", "114", ("POLGOV",), ("RUSGOV",)),
        ),
    ],
)
def test_event_senses_kept(text: str, expected: tuple) -> None:
    assert expected in events(run(text))


def test_convening_a_meeting_summons_no_envoy() -> None:
    doc = run("Il premier francese ha convocato per lunedì una riunione con l'ambasciatore tedesco.")
    assert "ACCUSE" not in types(doc)


def test_a_suspect_is_not_an_investigator() -> None:
    doc = run("Una missione dell'Onu si recherà in Libia per indagare sulla situazione delle carceri.")
    assert "ACCUSE" not in types(doc)
    assert ("CONSULT", "042", ("UN",), ("LBY",)) in events(doc)


def test_counter_demonstration_is_a_protest() -> None:
    doc = run(
        "I centri sociali hanno organizzato una contromanifestazione contro il governo ungherese a Budapest."
    )
    assert ("PROTEST", "141", (), ("HUNGOV",)) in events(doc)


def test_a_prize_received_is_no_audience() -> None:
    got = run("Il presidente Sergio Mattarella ha ricevuto il premio dal premier francese al Quirinale.")
    assert "CONSULT" not in types(got)
    # the guest received stays a meeting
    assert "CONSULT" in types(
        run("Il presidente Sergio Mattarella ha ricevuto il premier francese al Quirinale.")
    )
