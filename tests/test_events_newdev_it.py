"""Italian events of domestic crises, courts and diplomatic rows (branch ev-newdev-it): crowd
dispersal as force, lawsuits filed before a court, court rulings against a government's act,
releases asked for, bans between two polities, calls to protest, parliamentary questions, foretold
consequences, international NGOs as sources; and the look-alikes that must stay what they are.
Every sentence is our own, written in the style of news; through the whole pipeline, no mocks.
"""

from __future__ import annotations

import pytest

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import triples

PUB = "2024-05-06"


def run(text: str) -> Document:
    return extract(text, lang="it", date=PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a court named as a lawsuit's addressee is its venue: the party after "contro" is the target
        (
            "Il governo italiano ha annunciato che presenterà appello al Consiglio di Stato contro la Cgil.",
            ("ACCUSE", "ITAGOV", "ITALAB"),
        ),
        # a court striking down or halting a government's act rejects it
        ("La Corte suprema ha sospeso il decreto del governo brasiliano sulle armi.", ("REJECT", "BRAJUD", "BRAGOV")),
        (
            "La Corte costituzionale ha dichiarato illegittimo il decreto del governo italiano sull'autonomia.",
            ("REJECT", "ITAJUD", "ITAGOV"),
        ),
        # calling a protest is a protest against the government, not summoning an envoy
        (
            "La Cgil ha convocato una manifestazione nazionale contro il governo italiano per sabato.",
            ("PROTEST", "ITALAB", "ITAGOV"),
        ),
        # a parliamentary question asks the minister for an answer
        ("Il M5S ha presentato un'interrogazione al ministro della Salute Orazio Schillaci.", ("REQUEST", "ITAOPP", "ITAGOV")),
        # ruling out any retreat refuses the other side's demands
        (
            "Il governo italiano ha escluso qualsiasi passo indietro davanti alle richieste della Cgil.",
            ("REJECT", "ITAGOV", "ITALAB"),
        ),
        # a fate foretold in a quotation: the speaker threatens the subject
        ("«Kiev ne pagherà le conseguenze», ha detto il portavoce del Cremlino Dmitry Peskov.", ("THREATEN", "RUSGOV", "UKRGOV")),
        # taken away by the police: an arrest
        ("Il giornalista turco Can Dündar è stato portato via dalla polizia turca.", ("COERCE", "TURPOL", "TURMED")),
        # a third-person subjunctive demand in a quotation ("rispetti", not the noun "rispetto")
        ("«Israele rispetti il diritto internazionale», ha detto il presidente turco Recep Tayyip Erdogan.", ("REQUEST", "TURGOV", "ISR")),
        # a ban on another polity's people or goods is a sanction
        ("La Russia ha vietato l'ingresso ai giornalisti della Bbc britannica.", ("SANCTION", "RUS", "GBRMED")),
        # an international NGO with no country is a source, coded by its name
        (
            "Human Rights Watch ha condannato l'arresto del giornalista Can Dündar da parte della polizia turca.",
            ("ACCUSE", "Human Rights Watch", "TURPOL"),
        ),
    ],
)
def test_finds(text: str, expected: tuple[str, str, str]) -> None:
    doc = run(text)
    assert expected in triples(doc, sector=True), [(e.type, e.trigger.text) for e in doc.events]


def test_lawsuit_court_is_no_target() -> None:
    doc = run("Il governo italiano ha annunciato che presenterà appello al Consiglio di Stato contro la Cgil.")
    got = triples(doc, sector=True)
    assert not any(t == "ITAJUD" for _, _, t in got), got
    assert not any(ty == "REQUEST" for ty, _, _ in got), got  # no appeal to a party


def test_appeal_to_a_party_stays_a_request() -> None:
    assert ("REQUEST", "TUR", "NATO") in triples(run("Il governo turco ha lanciato un appello alla Nato."))


def test_summoning_an_envoy_stays_a_protest_note() -> None:
    doc = run("La Farnesina ha convocato l'ambasciatore russo Alexei Paramonov.")
    assert ("ACCUSE", "ITAGOV", "RUSGOV") in triples(doc, sector=True)
    assert not any(e.type == "PROTEST" for e in doc.events)


@pytest.mark.parametrize(
    "text",
    [
        "La polizia italiana ha caricato il presidio della Cgil davanti al ministero del Lavoro.",
        "La polizia italiana ha disperso il corteo della Cgil con i lacrimogeni.",
    ],
)
def test_police_charge_is_force(text: str) -> None:
    # CAMEO 175 ("violent repression"): force used on the protesters, as PLOVER files it
    got = triples(run(text), sector=True)
    assert ("ASSAULT", "ITAPOL", "ITALAB") in got, got
    assert ("COERCE", "ITAPOL", "ITALAB") not in got, got


def test_arrest_stays_coercion() -> None:
    doc = run("La polizia turca ha arrestato il giornalista turco Can Dündar davanti al tribunale di Istanbul.")
    assert ("COERCE", "TURPOL", "TURMED") in triples(doc, sector=True)


@pytest.mark.parametrize(
    "text",
    [
        # loading, not charging
        "Il governo ha caricato nuove tasse sui cittadini italiani.",
        # carried off by thieves: no parties
        "I ladri hanno portato via 20.000 euro dalla banca di Milano.",
        # a council gathering for a feast, not a protest
        "Il consiglio comunale si è radunato in piazza per la festa del patrono.",
        # a government suspending its own decree: one side only
        "Il governo brasiliano ha sospeso il decreto sulle armi.",
    ],
)
def test_look_alikes(text: str) -> None:
    doc = run(text)
    assert not doc.events, [(e.type, e.trigger.text) for e in doc.events]


def test_release_asked_is_aimed_at_the_detainer() -> None:
    doc = run(
        "La polizia russa ha arrestato il leader dell'opposizione Alexei Navalny. "
        "L'Unione europea ha chiesto il rilascio immediato di Navalny."
    )
    got = triples(doc, sector=True)
    assert ("REQUEST", "EU", "RUSPOL") in got, got
    assert ("REQUEST", "EU", "RUSOPP") not in got, got  # not the detainee
    assert not any(e.type == "RETREAT" for e in doc.events)  # asked for, not done


def test_release_asked_of_a_named_party() -> None:
    doc = run(
        "La polizia russa ha arrestato Alexei Navalny. Il governo tedesco ha chiesto alla Russia il rilascio di Navalny."
    )
    assert ("REQUEST", "DEU", "RUS") in triples(doc)


def test_release_told_stays_a_release() -> None:
    doc = run("Israele ha rilasciato 30 prigionieri palestinesi. Hamas ha liberato tre ostaggi israeliani.")
    assert ("RETREAT", "PSE", "ISR") in triples(doc)


def test_ban_at_home_stays_coercion() -> None:
    doc = run("Il governo italiano ha vietato i raduni dei sostenitori della Cgil.")
    got = triples(doc, sector=True)
    assert ("COERCE", "ITAGOV", "ITALAB") in got, got
    assert not any(ty == "SANCTION" for ty, _, _ in got), got


def test_ngo_is_no_target_of_a_request() -> None:
    # the NGO asked is coded by name only as a source: the request keeps no uncoded target
    doc = run(
        "La polizia russa ha arrestato Alexei Navalny. Amnesty International ha condannato il fermo di Navalny "
        "e ha chiesto al Comitato internazionale della Croce Rossa di visitarlo."
    )
    got = triples(doc)
    assert ("ACCUSE", "Amnesty International", "RUS") in got, got
    assert not any(t == "Red Cross" or s == "Red Cross" for _, s, t in got), got


def test_ngo_named_near_a_raid_is_no_attacker() -> None:
    doc = run("Un raid dell'aviazione siriana ha colpito l'ospedale di Aleppo gestito da Medici senza frontiere.")
    assert not any(
        e.type == "ASSAULT" and any((doc.actor(s).country is None and doc.actor(s).igo is None) for s in e.source)
        for e in doc.events
    )


def test_ruling_on_an_act_with_no_author_is_aimed_at_the_government() -> None:
    doc = run(
        "Il governo italiano ha approvato la legge sui concorsi. La Corte costituzionale ha dichiarato "
        "illegittima, con una sentenza depositata ieri, la norma sulle assunzioni."
    )
    assert ("REJECT", "ITAJUD", "ITAGOV") in triples(doc, sector=True)


def test_awaited_ruling_is_no_ruling() -> None:
    # a noun of rejection some parties hope for: no court act, no government target
    doc = run(
        "Il governo italiano ha difeso la legge elettorale. Il giudice costituzionale Mario Rossi ha parlato "
        "delle attese dei partiti per una bocciatura del referendum sulla legge."
    )
    assert not any(e.type == "REJECT" for e in doc.events), [(e.type, e.trigger.text) for e in doc.events]


def test_parliamentary_question_with_no_addressee_asks_the_government() -> None:
    doc = run("Il governo italiano ha approvato il decreto. Il M5S ha presentato un'interrogazione urgente.")
    assert ("REQUEST", "ITAOPP", "ITAGOV") in triples(doc, sector=True)


def test_date_between_verb_and_protest_noun() -> None:
    # "ha annunciato per mercoledì prossimo un presidio": the date does not cut the noun from its verb
    doc = run(
        "Il governo italiano ha approvato il decreto. "
        "La Cgil ha annunciato per mercoledì prossimo un presidio davanti al ministero della Salute."
    )
    assert ("PROTEST", "ITALAB", "ITAGOV") in triples(doc, sector=True)


def test_dispersal_with_no_doer_named_is_the_state() -> None:
    # an unknown force disperses a crowd: the police of the crowd's country, as for an arrest
    doc = run(
        "Migliaia di persone hanno protestato a Washington contro il governo americano. "
        "La Guardia Nazionale ha disperso la folla con gas e manganelli."
    )
    got = triples(doc, sector=True)
    assert any(ty == "ASSAULT" and t == "USACVL" for ty, _, t in got), got


def test_dispersal_of_a_protest_noun_hits_the_protesters() -> None:
    doc = run(
        "Migliaia di studenti hanno manifestato davanti al Parlamento contro il governo iraniano. "
        "Dopo la mezzanotte la polizia iraniana ha disperso il presidio con gli idranti."
    )
    got = triples(doc, sector=True)
    assert ("ASSAULT", "IRNPOL", "IRNEDU") in got, got


def test_gathering_in_a_square_is_no_protest() -> None:
    doc = run("Centinaia di fedeli si sono radunati in piazza San Pietro per ascoltare il Papa.")
    assert not any(e.type == "PROTEST" for e in doc.events)
