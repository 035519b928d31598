"""Events, session eight (branch lex8): missing trigger words on fresh written stories. Words the
dev gold annotates and no trigger matched, with their news synonyms and their counterpart in the
other language (triggers_cameo.yaml, "lex8" entries), and the guards of the ambiguous ones.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import code, coded_events

PUB = "2025-05-14"


def run(text: str, lang: str) -> Document:
    return extract(text, lang=lang, date=PUB)


events = coded_events


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        # ACCUSE: a lawsuit against a party's act, a complaint lodged (realtype8's entry)
        (
            "La Cgil ha annunciato che impugnerà l'ordinanza del ministro dei Trasporti Matteo Salvini davanti al Tar del Lazio.",
            "it",
            ("ACCUSE", "115", ("ITALAB",), ("ITAGOV",)),
        ),
        (
            "Brazil lodged a complaint with the World Trade Organization over new US tariffs on steel.",
            "en",
            ("ACCUSE", "114", ("BRA",), ("USA",)),
        ),
        # REJECT: no-confidence motions
        (
            "Il Movimento 5 Stelle ha presentato una mozione di sfiducia contro il ministro della Giustizia Carlo Nordio.",
            "it",
            ("REJECT", "120", ("ITAOPP",), ("ITAGOV",)),
        ),
        # CONSULT: being in touch
        (
            "Il ministro degli Esteri Antonio Tajani ha detto di essere in contatto costante con le autorità nigerine.",
            "it",
            ("CONSULT", "040", ("ITAGOV", "NERGOV"), ("ITAGOV", "NERGOV")),
        ),
        (
            '"We are in constant contact with the Nigerien authorities," the Italian foreign minister said.',
            "en",
            ("CONSULT", "040", ("ITAGOV", "NERGOV"), ("ITAGOV", "NERGOV")),
        ),
        # MOBILIZE: a reinforced military presence
        (
            "La Nato ha rafforzato la propria presenza militare lungo il confine con la Bielorussia.",
            "it",
            ("MOBILIZE", "154", ("NATO",), ("BLR",)),
        ),
        # SANCTION: borders closed to a neighbour, cooperation suspended, diplomats expelled
        (
            "Il governo polacco ha chiuso i valichi di frontiera con la Bielorussia.",
            "it",
            ("SANCTION", "163", ("POLGOV",), ("BLR",)),
        ),
        (
            "Pakistan closed the Torkham border crossing with Afghanistan on Friday.",
            "en",
            ("SANCTION", "163", ("PAK",), ("AFG",)),
        ),
        (
            "La Commissione europea ha annunciato la sospensione dei programmi di cooperazione con il Niger.",
            "it",
            ("SANCTION", "160", ("EU",), ("NER",)),
        ),
        (
            "Il Cremlino ha annunciato l'espulsione di quattro diplomatici polacchi, e le espulsioni di altri due diplomatici tedeschi.",
            "it",
            ("SANCTION", "166", ("RUSGOV",), ("DEUGOV",)),
        ),
        # AGREE: a treaty concluded
        (
            "Italia e Libia hanno stipulato un trattato di amicizia.",
            "it",
            ("AGREE", "057", ("ITA", "LBY"), ("ITA", "LBY")),
        ),
        # SANCTION: a member suspended from a body
        (
            "The Economic Community of West African States suspended Sierra Leone from its decision-making bodies.",
            "en",
            ("SANCTION", "160", ("ECOWAS",), ("SLE",)),
        ),
        # ACCUSE: a trade defence investigation against another country's exports
        (
            "The EU launched an anti-dumping probe into steel imports from China.",
            "en",
            ("ACCUSE", "111", ("EU",), ("CHN",)),
        ),
        # SUPPORT: an approval given to another party's plan
        (
            "The European Commission gave the green light to Italy's recovery plan.",
            "en",
            ("SUPPORT", "051", ("EU",), ("ITA",)),
        ),
        # SUPPORT: trust voiced in a party
        (
            "The German government said it had full confidence in French security services.",
            "en",
            ("SUPPORT", "051", ("DEUGOV",), ("FRASPY",)),
        ),
    ],
)
def test_lex8_trigger(text: str, lang: str, expected: tuple) -> None:
    assert expected in events(run(text, lang))


def test_not_stand_idly_by_is_an_asserted_threat() -> None:
    # the negation belongs to the phrase: the threat is asserted, not negated
    doc = run("China will not stand idly by, a Chinese foreign ministry spokesman said of the EU tariffs.", "en")
    threats = [e for e in doc.events if e.type == "THREATEN"]
    assert threats and threats[0].modality != "negated"
    assert {code(doc, t) for t in threats[0].target} == {"EU"}


def test_unpunished_attack_threatens_its_author() -> None:
    # "non resterà impunito" said of a party's act: a threat from the speaker to its author
    doc = run(
        "Un portavoce dell'esercito del Burkina Faso ha accusato i jihadisti di aver attaccato il villaggio "
        "e ha promesso che l'attacco dei jihadisti non resterà impunito.",
        "it",
    )
    assert any(e.type == "THREATEN" and e.cameo == "130" for e in doc.events)


@pytest.mark.parametrize(
    "text,lang",
    [
        # private contacts are no consultation
        ("Il ministro ha detto di essere in contatto con le famiglie dei marinai italiani rapiti.", "it"),
        ("Eritrean exiles in contact with their families said reservists had been called up.", "en"),
    ],
)
def test_family_contacts_are_no_consultation(text: str, lang: str) -> None:
    assert not [e for e in run(text, lang).events if e.type == "CONSULT"]


def test_taking_up_arms_is_no_lawsuit() -> None:
    doc = run("Il governo di Kiev ha detto che i civili hanno impugnato le armi contro le truppe russe.", "it")
    assert not [e for e in doc.events if e.type == "ACCUSE"]


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        # judging verbs with a blaming word after them blame the author of what they judge
        (
            "La Cgil giudica «ingiusta e sbagliata» la riforma delle pensioni del governo Meloni.",
            "it",
            "ACCUSE",
        ),
        (
            "Teheran considera le accuse di Washington un pretesto per militarizzare la regione.",
            "it",
            "ACCUSE",
        ),
        ("Moscow deemed the new European Union sanctions illegal.", "en", "ACCUSE"),
    ],
)
def test_judging_verbs(text: str, lang: str, expected: str) -> None:
    assert expected in {e.type for e in run(text, lang).events}


def test_judging_verb_without_evaluation_is_no_event() -> None:
    doc = run("Il governo italiano considera la Libia un partner nella gestione dei flussi migratori.", "it")
    assert not [e for e in doc.events if e.type == "ACCUSE"]


def test_suspended_from_a_job_is_no_sanction() -> None:
    doc = run("The French interior ministry suspended two police officers from duty after the protest in Paris.", "en")
    assert not [e for e in doc.events if e.type == "SANCTION"]


def test_via_libera_is_no_release() -> None:
    # "dare il via libera" is an approval: its "libera" is no prisoner released
    doc = run("Il Consiglio di sicurezza dell'Onu ha dato il via libera alla missione del Kenya ad Haiti.", "it")
    assert not [e for e in doc.events if e.type == "RETREAT"]
    assert any(e.type == "SUPPORT" for e in doc.events)


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        # disputing an account is a rejection of it
        (
            "Residents disputed the army's account of the raid, local officials in Niger said.",
            "en",
            ("REJECT", "120", ("NERCVL",), ("NERMIL",)),
        ),
        # booing a leader is a protest against the government
        (
            "I manifestanti hanno fischiato il premier Giorgia Meloni all'arrivo a Bologna.",
            "it",
            ("PROTEST", "141", ("ITACVL",), ("ITAGOV",)),
        ),
        (
            "Protesters booed French President Emmanuel Macron during his visit to Marseille.",
            "en",
            ("PROTEST", "141", ("FRACVL",), ("FRAGOV",)),
        ),
    ],
)
def test_lex8_dispute_and_boo(text: str, lang: str, expected: tuple) -> None:
    assert expected in events(run(text, lang))


@pytest.mark.parametrize(
    "text,lang",
    [
        ("China and Japan both claim the disputed islands in the East China Sea.", "en"),
        ("The two armies will withdraw from disputed stretches of the border within six months.", "en"),
        ("L'arbitro ha fischiato un rigore contro la Juventus nel finale della partita.", "it"),
    ],
)
def test_adjectives_and_referees_are_no_events(text: str, lang: str) -> None:
    assert not [e for e in run(text, lang).events if e.type in ("REJECT", "PROTEST")]


def test_insults_are_criticism() -> None:
    doc = run("Erdogan ha insultato il presidente francese Emmanuel Macron.", "it")
    assert any(e.type == "ACCUSE" and e.cameo == "111" for e in doc.events)


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        # money paid out or set aside for another party
        ("The IMF disbursed a 1.2 billion dollar tranche to Egypt.", "en", ("AID", "071", ("IMF",), ("EGY",))),
        (
            "Il Fondo monetario internazionale ha erogato una tranche da 1,2 miliardi di dollari all'Egitto.",
            "it",
            ("AID", "071", ("IMF",), ("EGY",)),
        ),
        # arms sold to another country
        ("Washington ha approvato la vendita di caccia F-16 alla Turchia.", "it", ("AID", "072", ("USAGOV",), ("TUR",))),
        # relations resumed
        (
            "Saudi Arabia and Iran resumed diplomatic relations in March.",
            "en",
            ("SUPPORT", "054", ("IRN", "SAU"), ("IRN", "SAU")),
        ),
        (
            "Arabia Saudita e Iran hanno ripreso le relazioni diplomatiche a marzo.",
            "it",
            ("SUPPORT", "054", ("IRN", "SAU"), ("IRN", "SAU")),
        ),
    ],
)
def test_lex8_aid_and_relations(text: str, lang: str, expected: tuple) -> None:
    assert expected in events(run(text, lang))


def test_a_sale_of_goods_is_no_aid() -> None:
    doc = run("La vendita di auto elettriche cinesi in Italia è cresciuta del 30 per cento.", "it")
    assert not [e for e in doc.events if e.type == "AID"]


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Washington, which keeps about 28,500 troops in South Korea, said it was watching events closely.", "en"),
        ("Gli Stati Uniti mantengono circa 28.500 soldati in Corea del Sud.", "it"),
    ],
)
def test_troops_kept_in_an_ally_are_aid(text: str, lang: str) -> None:
    doc = run(text, lang)
    assert any(e.type == "AID" and e.cameo == "074" and {code(doc, t) for t in e.target} == {"KOR"} for e in doc.events)
