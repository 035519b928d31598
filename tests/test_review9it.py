"""Session 9 (review9it): fresh Italian agency-style articles written before any run, and the general
causes their misses showed. Plural ministers named by their portfolio act for the body after them
(`it/discourse.yaml` `portfolio_titles`, `portfolios`; events/titles.py); a noun-or-verb trigger after
an apposed relative "che" is the relative's verb (`verbal_after`; events/match.py); tenure adjectives
between a title and a name, and an election's challenger (`it/roles.yaml`). Sentences written by us."""

from __future__ import annotations

from actorkit import with_mention
from cronaca.model import DocumentMeta
from cronaca.pipeline import Pipeline
from eventkit import pairs


def _run(text: str):
    return Pipeline().run(text, meta=DocumentMeta(id="t", lang="it", date="2024-05-06"))


def test_eu_foreign_ministers_impose_sanctions_for_the_union() -> None:
    doc = _run("BRUXELLES - I ministri degli Esteri dell'Unione europea hanno approvato oggi un nuovo pacchetto "
               "di sanzioni contro l'Iran per la fornitura di droni all'esercito russo.")
    assert ("EU", "IRN") in pairs(doc, "SANCTION")


def test_nato_defence_ministers_condemn_for_the_alliance() -> None:
    doc = _run("I ministri della Difesa della Nato hanno condannato le manovre russe al confine con la Lettonia.")
    assert {s for s, _ in pairs(doc, "ACCUSE")} == {"NATO"}


def test_ministers_without_a_portfolio_phrase_stay_unresolved() -> None:
    # "i ministri" alone names no body: the sanction keeps no source from the phrase
    doc = _run("I ministri hanno discusso a lungo delle sanzioni contro la Bielorussia.")
    assert not any(s == "EU" for s, _ in pairs(doc, "SANCTION"))


def test_apposed_relative_che_accusa_is_the_verb() -> None:
    doc = _run("Lo ha reso noto l'esercito thailandese, che accusa le truppe di Phnom Penh di aver aperto il fuoco "
               "contro una pattuglia.")
    codes = pairs(doc, "ACCUSE")
    assert codes and all(s.startswith("THA") and t.startswith("KHM") for s, t in codes)


def test_outgoing_president_keeps_his_title() -> None:
    doc = _run("Il presidente uscente Filipe Nyusi ha respinto le critiche degli osservatori.")
    a = with_mention(doc, "Filipe Nyusi")
    assert a is not None and a.sector == "GOV"


def test_election_challenger_is_the_opposition() -> None:
    doc = _run("MAPUTO - La commissione elettorale del Mozambico ha proclamato la vittoria del Frelimo. "
               "Il principale sfidante, Venâncio Mondlane, ha denunciato brogli massicci.")
    a = with_mention(doc, "Venâncio Mondlane")
    assert a is not None and a.sector == "OPP" and a.country == "MOZ"


def test_passive_summons_is_by_the_host_state() -> None:
    doc = _run("Iran e Ue ai ferri corti sulle sanzioni. L'ambasciatore dell'Ue a Teheran è stato convocato in serata.")
    assert ("IRN", "EU") in pairs(doc, "ACCUSE")


def test_passive_summons_is_by_the_office_named() -> None:
    doc = _run("L'ambasciatore russo a Roma è stato convocato alla Farnesina dopo l'attacco informatico.")
    assert {s[:3] for s, _ in pairs(doc, "ACCUSE")} == {"ITA"}


def test_a_council_convened_is_no_summons() -> None:
    doc = _run("Il consiglio comunale è stato convocato a Milano per lunedì.")
    assert not pairs(doc, "ACCUSE")


def test_a_diplomatic_protest_rejected_is_aimed_at_who_protested() -> None:
    doc = _run("Il governo giapponese ha presentato una protesta formale all'ambasciata cinese. "
               "Pechino ha respinto la protesta.")
    assert {(s[:3], t[:3]) for s, t in pairs(doc, "REJECT")} == {("CHN", "JPN")}


def test_accusations_called_ridiculous_are_rejected() -> None:
    doc = _run("Il premier albanese Edi Rama ha accusato Belgrado di orchestrare le violenze. "
               "Il presidente serbo Aleksandar Vučić ha definito le accuse «ridicole».")
    assert {(s[:3], t[:3]) for s, t in pairs(doc, "REJECT")} == {("SRB", "ALB")}
    assert not any(s.startswith("SRB") for s, _ in pairs(doc, "ACCUSE"))
