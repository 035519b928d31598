"""Italian drafts that lost a side (session 10, drop10it): a bare body accused by a state, a manner
phrase between a judging verb and the act it judges. Sentences written by us; the people are invented."""

from __future__ import annotations

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import pairs


def run(text: str, lang: str = "it", date: str = "2024-05-14") -> Document:
    return extract(text, lang=lang, date=date)


# --- a bare body outside the state, accused by the state: its own country's ---

def test_state_accuses_bare_opposition() -> None:
    doc = run(
        "MAPUTO - Il leader dell'opposizione mozambicana Armando Cuna ha denunciato brogli nel voto di domenica. "
        "Il presidente mozambicano Joaquim Tembe ha respinto le critiche e ha accusato l'opposizione di voler "
        "«trascinare il Paese nel caos»."
    )
    assert ("MOZGOV", "MOZOPP") in pairs(doc, "ACCUSE")


def test_state_accuses_bare_judges_with_quoted_charge() -> None:
    doc = run(
        "ISLAMABAD - La Corte suprema pachistana ha annullato ieri la condanna dell'ex premier Tariq Mahmood. "
        "Il ministro pachistano dell'Informazione Salman Qureshi ha accusato i giudici di «fare politica»."
    )
    assert ("PAKGOV", "PAKJUD") in pairs(doc, "ACCUSE")


def test_bare_body_with_owner_is_not_read_as_own() -> None:
    # "l'opposizione venezuelana" names its own country: not the Brazilian speaker's
    doc = run(
        "Il presidente brasiliano Paulo Ferraz ha accusato l'opposizione venezuelana di voler boicottare il dialogo."
    )
    assert ("BRAGOV", "BRAOPP") not in pairs(doc, "ACCUSE")


# --- "ha condannato «con la massima fermezza» l'attacco": the manner phrase is stepped over ---

def test_condemned_with_manner_phrase_aims_at_attacker() -> None:
    doc = run(
        "L'esercito russo ha bombardato ieri la città ucraina di Kharkiv. "
        "Il segretario generale dell'Onu ha condannato «con la massima fermezza» l'attacco."
    )
    assert ("UN", "RUS") in pairs(doc, "ACCUSE", sector=False)


def test_manner_phrase_keeps_owner_adjective() -> None:
    # "l'attacco iraniano": the adjective names the attacker; the last attacker told (Israel) is not taken
    doc = run(
        "Sabato l'Iran ha lanciato droni e missili contro Israele. "
        "Ieri Israele ha colpito una base aerea iraniana a Isfahan. "
        "I leader del G7 hanno condannato «con la massima fermezza» l'attacco iraniano di sabato."
    )
    got = pairs(doc, "ACCUSE", sector=False)
    assert ("G7", "IRN") in got and ("G7", "ISR") not in got, got


# --- ", il quale ha chiesto ...": the party before the comma is the relative clause's subject ---

def test_il_quale_after_passive_agent_is_subject() -> None:
    doc = run(
        "Il piano è stato illustrato ai sindacati dal ministro del Lavoro francese Paul Girard, "
        "il quale ha chiesto alla Germania di sostenere la riforma."
    )
    assert ("FRA", "DEU") in pairs(doc, "REQUEST", sector=False)


def test_la_quale_needs_the_comma_and_article() -> None:
    # "sulla quale" is no subject: the clause keeps its own subject
    doc = run(
        "La Francia ha presentato una risoluzione, sulla quale la Russia ha posto il veto."
    )
    assert ("FRA", "RUS") not in pairs(doc, "REJECT", sector=False)


# --- "i Paesi donatori": a group coded by its name, a side of requests and thanks ---

def test_donor_countries_are_a_named_side() -> None:
    doc = run(
        "Il coordinatore dell'Onu per le emergenze ha chiesto ai Paesi donatori 300 milioni di dollari per "
        "soccorrere gli sfollati."
    )
    assert ("UN", "donor countries") in pairs(doc, "REQUEST", sector=False)
