"""Events, session seven (branch lex7): trigger coverage. Wire words for each PLOVER type that no
trigger matched before (triggers_cameo.yaml, "lex7" entries), the hyphenated words the tokenizer
splits ("build - up", "sit - in", "test - fired"), and the guards that keep the ambiguous ones out
of ordinary prose. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import coded_events

PUB = "2025-05-14"


def run(text: str, lang: str) -> Document:
    return extract(text, lang=lang, date=PUB)


events = coded_events


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        # ASSAULT
        (
            "L'esercito russo ha bersagliato Odessa con decine di droni, ha denunciato il governo ucraino.",
            "it",
            ("ASSAULT", "190", ("RUSMIL",), ("UKR",)),
        ),
        (
            "Al confine tra i due Paesi, uno scontro a fuoco tra soldati indiani e soldati pakistani è durato tre ore.",
            "it",
            ("ASSAULT", "193", ("INDMIL", "PAKMIL"), ("INDMIL", "PAKMIL")),
        ),
        # session 10 (kind10): property set on fire is CAMEO 171, damage to property (COERCE), as the real-news gold codes it
        (
            "I manifestanti hanno dato alle fiamme un'auto della polizia georgiana.",
            "it",
            ("COERCE", "171", ("GEOCVL",), ("GEOPOL",)),
        ),
        (
            "Indian troops and Pakistani troops exchanged fire across the Line of Control.",
            "en",
            ("ASSAULT", "193", ("INDMIL", "PAKMIL"), ("INDMIL", "PAKMIL")),
        ),
        (
            "A Chinese coast guard vessel rammed a Philippine navy ship near Second Thomas Shoal.",
            "en",
            ("ASSAULT", "190", ("CHNMIL",), ("PHLMIL",)),
        ),
        (
            "Boko Haram fighters overran a Nigerian army base in Borno.",
            "en",
            ("ASSAULT", "190", ("NGAREB",), ("NGAMIL",)),
        ),
        ("Protesters set fire to a Georgian police station.", "en", ("ASSAULT", "180", ("GEOCVL",), ("GEOPOL",))),
        # MOBILIZE
        ("La Cina ha inviato navi da guerra vicino a Taiwan.", "it", ("MOBILIZE", "154", ("CHN",), ("TWN",))),
        (
            "La Corea del Nord ha testato un nuovo missile balistico, ha reso noto il governo sudcoreano.",
            "it",
            ("MOBILIZE", "150", ("PRK",), ()),
        ),
        ("North Korea test-fired a ballistic missile on Monday.", "en", ("MOBILIZE", "150", ("PRK",), ())),
        ("China sent warships near Taiwan.", "en", ("MOBILIZE", "154", ("CHN",), ("TWN",))),
        # AID
        (
            "L'addestramento di soldati ucraini da parte della Francia è iniziato in Polonia.",
            "it",
            ("AID", "072", ("FRA",), ("UKRMIL",)),
        ),
        (
            "La Germania ha concesso asilo politico al dissidente russo Ivan Petrov.",
            "it",
            ("AID", "075", ("DEU",), ("RUSOPP",)),
        ),
        ("Germany delivered tanks to Ukraine in March.", "en", ("AID", "072", ("DEU",), ("UKR",))),
        ("France trained Ukrainian soldiers last year.", "en", ("AID", "072", ("FRA",), ("UKRMIL",))),
        # SANCTION
        (
            "L'Unione europea ha deciso il congelamento dei beni della banca centrale russa.",
            "it",
            ("SANCTION", "163", ("EU",), ("RUSGOV",)),
        ),
        (
            "La Russia ha declassato le relazioni diplomatiche con la Lituania.",
            "it",
            ("SANCTION", "161", ("RUS",), ("LTU",)),
        ),
        ("Russia halted gas deliveries to Germany.", "en", ("SANCTION", "162", ("RUS",), ("DEU",))),
        ("Russia closed Poland's consulate in Kaliningrad.", "en", ("SANCTION", "161", ("RUS",), ("POL",))),
        # COERCE
        (
            "La marina iraniana ha abbordato una petroliera greca nel Golfo.",
            "it",
            ("COERCE", "171", ("IRNMIL",), ("GRCBUS",)),
        ),
        (
            "La Russia ha processato il giornalista americano Evan Gershkovich.",
            "it",
            ("COERCE", "173", ("RUS",), ("USAMED",)),
        ),
        (
            "A Moscow court sentenced the American journalist Evan Gershkovich to 16 years.",
            "en",
            ("COERCE", "173", ("RUSGOV",), ("USAMED",)),
        ),
        ("Iranian commandos boarded a Greek tanker in the Gulf.", "en", ("COERCE", "171", ("IRNMIL",), ("GRCBUS",))),
        # RETREAT
        (
            "La Bielorussia ha graziato il giornalista polacco Andrzej Poczobut.",
            "it",
            ("RETREAT", "084", ("BLR",), ("POLMED",)),
        ),
        (
            "Belarus has pardoned Andrzej Poczobut, a Polish journalist.",
            "en",
            ("RETREAT", "084", ("BLR",), ("POLMED",)),
        ),
        # CONCEDE
        (
            "L'Egitto ha riaperto il valico di Rafah agli aiuti per Gaza.",
            "it",
            ("CONCEDE", "086", ("EGY",), ("PSE",)),
        ),
        (
            "La Serbia ha acconsentito alla richiesta dell'Unione europea.",
            "it",
            ("CONCEDE", "080", ("SRB",), ("EU",)),
        ),
        (
            "The Italian government caved to the unions' demands on Monday.",
            "en",
            ("CONCEDE", "080", ("ITAGOV",), ("ITALAB",)),
        ),
        ("Egypt reopened the Rafah crossing for aid to Gaza.", "en", ("CONCEDE", "086", ("EGY",), ("PSE",))),
        # ACCUSE
        (
            "La Commissione europea ha aperto una procedura di infrazione contro l'Italia.",
            "it",
            ("ACCUSE", "115", ("EU",), ("ITA",)),
        ),
        (
            "The European Commission opened infringement proceedings against Italy.",
            "en",
            ("ACCUSE", "115", ("EU",), ("ITA",)),
        ),
        # THREATEN
        (
            "La Russia ha agitato lo spettro della guerra nucleare contro la Nato.",
            "it",
            ("THREATEN", "130", ("RUS",), ("NATO",)),
        ),
        (
            "China cautioned the United States that it would respond to any arms sales to Taiwan.",
            "en",
            ("THREATEN", "130", ("CHN",), ("USA",)),
        ),
        # PROTEST (the hyphenated noun, three tokens)
        (
            "Gli studenti georgiani hanno organizzato un sit-in davanti al Parlamento contro il governo.",
            "it",
            ("PROTEST", "141", ("GEOEDU",), ()),
        ),
        (
            "Georgian students staged a sit-in outside parliament against the government.",
            "en",
            ("PROTEST", "141", ("GEOEDU",), ()),
        ),
        # CONSULT
        (
            "EU leaders huddled with Zelensky in Brussels on Thursday.",
            "en",
            ("CONSULT", "040", ("EU", "UKRGOV"), ("EU", "UKRGOV")),
        ),
    ],
)
def test_new_wire_words_make_their_event(text, lang, expected):
    assert expected in events(run(text, lang))


@pytest.mark.parametrize(
    "text,lang,etype",
    [
        # "grazie" (thanks) shares the lemma of graziare: no release
        ("Il governo libico ha detto grazie alla Turchia per il sostegno.", "it", "RETREAT"),
        # the noun "processo" (a trial) shares the lemma of processare: no arrest
        ("Il processo al ministro tunisino riprenderà a Roma a giugno.", "it", "COERCE"),
        # "bersagli" (targets) is the noun of bersagliare
        ("«I nostri soldati non sono bersagli», ha detto il ministro italiano della Difesa.", "it", "ASSAULT"),
        # a reform sunk is politics, a speech delivered is words, a roof caved in is no concession
        ("Il Senato italiano ha affondato la riforma del governo.", "it", "ASSAULT"),
        ("Biden delivered a speech to the Polish parliament.", "en", "AID"),
        ("The roof of the Ukrainian embassy caved in after the storm.", "en", "CONCEDE"),
        # "the build-up to the election" names no troops
        ("Russia and Ukraine traded barbs in the build-up to the election.", "en", "MOBILIZE"),
        # a bill rammed through parliament is no assault
        ("The Hungarian government rammed the bill through parliament against the opposition.", "en", "ASSAULT"),
    ],
)
def test_guarded_words_stay_silent_in_their_other_sense(text, lang, etype):
    assert not [e for e in run(text, lang).events if e.type == etype]
