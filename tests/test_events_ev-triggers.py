"""Material and noun events (ASSAULT, SANCTION, PROTEST, meetings and visits as nouns) on news-style
sentences of our own, through the whole pipeline (no mocks). Each test names the mechanism it checks
(docs/events.md, "Material and noun events")."""

from __future__ import annotations

import pytest

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import code, of_type, triples

PUB = "2024-03-13"


def run(text: str, lang: str) -> Document:
    return extract(text, lang=lang, date=PUB)


# ------------------------------------------------------------- demonyms inside a noun phrase


def test_demonym_after_a_noun_modifier_names_the_doer():
    # "missili da crociera russi": the bare "da" joins two nouns, it is no passive agent
    doc = run(
        "Tre missili da crociera russi hanno colpito nella notte la città di Leopoli, nell'Ucraina "
        "occidentale. Mosca non ha commentato.",
        "it",
    )
    assert ("ASSAULT", "RUS", "UKR") in triples(doc)


def test_passive_agent_with_a_demonym_is_still_the_doer():
    doc = run("L'Ucraina è stata colpita da missili russi per la terza notte consecutiva. Mosca tace.", "it")
    assert ("ASSAULT", "RUS", "UKR") in triples(doc)


# ------------------------------------------------------------- stopping someone else's deed


def test_event_a_party_is_asked_to_stop_is_not_its_own():
    doc = run(
        "«Ho chiesto alla Turchia di usare la sua influenza per fermare l'aggressione contro l'Ucraina», "
        "ha detto il ministro degli Esteri Antonio Tajani.",
        "it",
    )
    found = triples(doc)
    assert ("REQUEST", "ITA", "TUR") in found
    assert not any(t == "ASSAULT" and s in ("TUR", "ITA") for t, s, _ in found)


# ------------------------------------------------------------- intercepting is defence


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Polish air defences shot down three Russian drones over the border on Sunday. Moscow was silent.", "en"),
        ("La contraerea israeliana ha abbattuto decine di droni iraniani nella notte. Teheran tace.", "it"),
        ("Altri due missili russi sono stati abbattuti dalla contraerea ucraina. Mosca e Kiev tacciono.", "it"),
    ],
)
def test_shooting_down_drones_or_missiles_is_no_assault(text, lang):
    doc = run(text, lang)
    assert not of_type(doc, "ASSAULT")


def test_shooting_down_an_aircraft_stays_an_assault():
    doc = run("Russian forces shot down a Ukrainian helicopter near Bakhmut.", "en")
    assert ("ASSAULT", "RUS", "UKR") in triples(doc)


# ------------------------------------------------------------- retaliation to sanctions


@pytest.mark.parametrize(
    "text,lang,responder,imposer",
    [
        ("La Cina si prepara a rispondere ai dazi imposti dagli Stati Uniti.", "it", "CHN", "USA"),
        ("Canada will respond to the tariffs announced by the United States.", "en", "CAN", "USA"),
    ],
)
def test_responding_to_tariffs_is_a_sanction_against_who_imposed_them(text, lang, responder, imposer):
    doc = run(text, lang)
    found = triples(doc)
    assert ("SANCTION", responder, imposer) in found  # the retaliation
    assert ("SANCTION", imposer, responder) in found  # the tariffs themselves, an event apart
    assert not of_type(doc, "THREATEN")


def test_getting_ready_to_retaliate_is_intent():
    doc = run("L'Unione europea si prepara a rispondere ai dazi annunciati dal presidente Donald Trump.", "it")
    retaliation = [e for e in of_type(doc, "SANCTION") if e.trigger.text == "rispondere"]
    assert retaliation and retaliation[0].modality == "intent"


# ------------------------------------------------------------- one act told once


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Xi Jinping and Joe Biden held a phone call on Tuesday. During the call, Xi warned Biden over Taiwan.", "en"),
        (
            "Giorgia Meloni ha avuto lunedì una telefonata con Emmanuel Macron. Durante la telefonata "
            "Meloni ha chiesto alla Francia di sostenere il piano.",
            "it",
        ),
    ],
)
def test_a_definite_call_already_reported_is_not_a_second_call(text, lang):
    doc = run(text, lang)
    assert len(of_type(doc, "CONSULT")) == 1


def test_a_new_call_with_other_people_is_kept():
    doc = run(
        "Xi Jinping and Joe Biden held a phone call on Tuesday. On Friday, Emmanuel Macron held a call "
        "with Olaf Scholz.",
        "en",
    )
    assert len(of_type(doc, "CONSULT")) == 2


def test_being_received_during_a_visit_is_the_same_visit():
    doc = run(
        "Il premier Mario Draghi è arrivato in visita ad Algeri, dove è stato ricevuto dal presidente "
        "algerino Abdelmadjid Tebboune.",
        "it",
    )
    consult = of_type(doc, "CONSULT")
    assert len(consult) == 1 and consult[0].trigger.text == "visita"


# ------------------------------------------------------------- domestic protests


def test_a_union_strike_with_no_target_is_aimed_at_its_government():
    doc = run(
        "The Royal College of Nursing said nurses in England would walk out again in March. "
        "The British government has refused to reopen talks.",
        "en",
    )
    assert ("PROTEST", "GBRLAB", "GBRGOV") in triples(doc, sector=True)


def test_a_company_strike_is_not_aimed_at_the_government():
    # the doer is a business: a strike at a company is no protest against the government
    doc = run(
        "I dipendenti della compagnia aerea Ita Airways hanno proclamato uno sciopero di 24 ore. "
        "Il governo italiano segue la vertenza.",
        "it",
    )
    assert not any(t == "PROTEST" and tg.endswith("GOV") for t, _, tg in triples(doc, sector=True))


# ------------------------------------------------------------- coordinated predicates


def test_second_predicate_takes_the_first_predicates_subject_not_its_object():
    # "... had monitored 12 Russian warships and had scrambled fighter jets": Japan scrambled
    doc = run(
        "The Japanese defence ministry said it had monitored 12 Russian warships and had scrambled "
        "fighter jets in response. Moscow did not comment.",
        "en",
    )
    mob = of_type(doc, "MOBILIZE")
    assert mob and all(code(doc, a) == "JPN" for e in mob for a in e.source)


# ------------------------------------------------------------- sides inside a deed noun's phrase


def test_our_infrastructure_in_a_quote_makes_the_speaker_the_target():
    doc = run(
        "La Russia ha lanciato missili contro Kiev nella notte. «È il terzo attacco in una settimana "
        "contro le nostre centrali elettriche», ha detto il presidente ucraino Volodymyr Zelensky.",
        "it",
    )
    attacks = [e for e in of_type(doc, "ASSAULT") if e.trigger.text == "attacco"]
    assert attacks, [(e.type, e.trigger.text) for e in doc.events]
    assert all(code(doc, a) == "UKR" for e in attacks for a in e.target)
    assert all(code(doc, a) == "RUS" for e in attacks for a in e.source)


def test_a_place_after_on_is_the_target_of_an_assault_noun():
    doc = run("Israel has bombed Gaza for months. Egypt warned that a ground assault on Rafah would be a disaster.", "en")
    assaults = [e for e in of_type(doc, "ASSAULT") if e.trigger.text == "assault"]
    assert assaults and ("ASSAULT", "PSE", "ISR") not in triples(doc)


def test_the_announcer_of_a_withdrawal_is_its_doer():
    doc = run(
        "Il governo finlandese ha accolto con cautela l'annuncio di Mosca di un ritiro delle truppe "
        "dal confine con la Finlandia.",
        "it",
    )
    assert ("RETREAT", "RUS", "FIN") in triples(doc)


def test_an_indefinite_call_is_a_new_call_not_the_last_one():
    doc = run(
        "Joe Biden e Benjamin Netanyahu hanno avuto una telefonata domenica. La presidente del Consiglio "
        "Giorgia Meloni ha presieduto ieri una videoconferenza dei ministri.",
        "it",
    )
    assert len(of_type(doc, "CONSULT")) == 1


# ------------------------------------------------------------- aid


def test_troops_rotated_through_an_ally_are_aid():
    doc = run("The Pentagon said it would keep rotating troops through Romania.", "en")
    assert ("AID", "USA", "ROU") in triples(doc)
    assert not of_type(doc, "MOBILIZE")


def test_where_supplied_weapons_are_used_is_not_the_recipient():
    doc = run("Tehran has denied supplying missiles for use in Yemen.", "en")
    assert ("AID", "IRN", "YEM") not in triples(doc)


def test_police_sent_abroad_are_aid_with_intent():
    doc = run("Il ministro Antonio Tajani ha detto che l'Italia è pronta a inviare carabinieri in Libia.", "it")
    aid = of_type(doc, "AID")
    assert ("AID", "ITA", "LBY") in triples(doc) and aid[0].modality == "intent"


# ------------------------------------------------------------- mentions that tell no act


def test_start_of_a_war_is_a_time_reference_not_an_attack():
    doc = run(
        "Mosca e Kiev hanno effettuato ieri il più grande scambio di prigionieri dall'inizio "
        "dell'invasione, con la mediazione della Turchia.",
        "it",
    )
    assert not of_type(doc, "ASSAULT")


def test_receiving_aid_is_no_meeting():
    doc = run(
        "Il ministero della Difesa russo ha confermato lo scambio con l'Ucraina, precisando che i soldati "
        "liberati riceveranno tutta l'assistenza medica necessaria.",
        "it",
    )
    assert not [e for e in of_type(doc, "CONSULT") if e.trigger.text == "riceveranno"]


def test_receiving_a_leader_is_a_meeting():
    doc = run("Il presidente turco Recep Tayyip Erdoğan ha ricevuto ad Ankara il cancelliere tedesco Olaf Scholz.", "it")
    assert ("CONSULT", "TUR", "DEU") in triples(doc)


def test_agreeing_not_to_strike_is_a_concession_not_a_negated_attack():
    doc = run(
        "La Russia ha accettato di non attaccare le navi ucraine nel Mar Nero, come chiedeva l'Ucraina.",
        "it",
    )
    assert ("CONCEDE", "RUS", "UKR") in triples(doc)
    assert not of_type(doc, "ASSAULT")


def test_one_attack_told_twice_in_a_sentence_is_one_event():
    doc = run(
        "Russia launched a wave of drone attacks on Kyiv overnight, killing three people in Ukraine's capital.",
        "en",
    )
    assert len(of_type(doc, "ASSAULT")) == 1


def test_convening_two_sides_is_directed_at_them():
    doc = run(
        "Turkey and Sweden remain at odds over the bid. Turkey accused Sweden of harbouring militants, and "
        "Sweden rejected the charge. Turkey blocked the talks again. NATO Secretary-General Jens "
        "Stoltenberg said he would convene officials from both countries next week.",
        "en",
    )
    consult = of_type(doc, "CONSULT")
    assert consult and all(code(doc, a) == "NATO" for e in consult for a in e.source)


def test_the_deed_one_is_blamed_or_thanked_for_is_the_targets():
    doc = run("Il ministro degli Esteri turco ha criticato Israele per i raid su Gaza.", "it")
    assert ("ASSAULT", "ISR", "PSE") in triples(doc)
    doc = run("The Polish president thanked the United States for the military aid to Ukraine.", "en")
    assert ("AID", "USA", "UKR") in triples(doc)


def test_the_right_to_strike_is_no_strike():
    doc = run(
        "«Nessuno può toglierci il diritto di sciopero», ha detto il segretario della Cgil Maurizio Landini. "
        "Il governo italiano tace.",
        "it",
    )
    assert not of_type(doc, "PROTEST")


def test_detainees_are_people_and_two_kinds_of_retreat_stay_two():
    doc = run(
        "Israele rilascerà centinaia di detenuti palestinesi e ritirerà le sue truppe da Gaza, ha detto Hamas.",
        "it",
    )
    assert not of_type(doc, "COERCE")
    assert sorted(e.trigger.text for e in of_type(doc, "RETREAT")) == ["rilascerà", "ritirerà"]


def test_free_as_an_adjective_is_no_release():
    doc = run("«Continueremo a lottare finché ogni ucraino non sarà libero», ha detto Volodymyr Zelensky. La Russia tace.", "it")
    assert not of_type(doc, "RETREAT")


def test_a_newsroom_spoken_to_is_no_party_to_a_meeting():
    doc = run(
        "«L'Italia parla con tutti», ha dichiarato il ministro degli Esteri Antonio Tajani al Tg1.",
        "it",
    )
    assert not of_type(doc, "CONSULT")


def test_countermeasures_answer_whoever_sanctioned_the_doer():
    doc = run(
        "Il presidente Donald Trump ha imposto dazi del 20% sulle importazioni dall'Unione europea. "
        "La Commissione europea sta preparando un pacchetto di contromisure sull'acciaio.",
        "it",
    )
    counter = [e for e in of_type(doc, "SANCTION") if e.trigger.text == "contromisure"]
    assert counter and {code(doc, a) for a in counter[0].target} == {"USA"}
    assert {code(doc, a) for a in counter[0].source} == {"EU"}


def test_vowing_to_destroy_a_named_enemy_is_an_assault():
    doc = run("«Entreremo a Gaza per distruggere Hamas», ha dichiarato il ministro della Difesa israeliano Yoav Gallant.", "it")
    assert ("ASSAULT", "ISR", "PSE") in triples(doc)
    doc = run("The new rules would destroy the trust of investors, the minister said.", "en")
    assert not of_type(doc, "ASSAULT")


def test_aid_described_as_promised_is_a_pledge_of_aid():
    doc = run(
        "Poland's president urged Germany to speed up deliveries of the tanks promised to Ukraine.",
        "en",
    )
    assert ("AID", "DEU", "UKR") in triples(doc)
    assert ("AGREE", "DEU", "UKR") not in triples(doc)


def test_a_promise_with_its_own_tense_stays_an_agreement():
    doc = run("Germany has promised Ukraine a new round of talks on security guarantees.", "en")
    assert not of_type(doc, "AID")


def test_sitting_down_at_the_table_is_negotiating():
    doc = run(
        "Il segretario della Cgil Maurizio Landini ha invitato il governo italiano a riaprire il confronto: "
        "«Siamo pronti a sederci al tavolo anche domani».",
        "it",
    )
    assert ("CONSULT", "ITALAB", "ITAGOV") in triples(doc, sector=True)


def test_units_returning_to_their_bases_retreat():
    doc = run(
        "Il ministero della Difesa russo ha detto che le unità schierate in Crimea stanno rientrando "
        "nelle loro basi. L'Ucraina resta scettica.",
        "it",
    )
    assert ("RETREAT", "RUS", "UKR") in triples(doc)
    doc = run("Il presidente è rientrato a Roma ieri sera. L'Ucraina resta scettica.", "it")
    assert not of_type(doc, "RETREAT")


def test_deeds_a_quotation_watches_are_not_the_speakers():
    doc = run(
        'China staged large-scale drills around Taiwan on Friday. "We are monitoring these drills '
        'closely," a State Department spokesman, Matthew Miller, said.',
        "en",
    )
    assert not any(s == "USA" for t, s, _ in triples(doc) if t == "MOBILIZE")
