"""Events, Italian triggers (branch trigit10): the agency desk's wordings that the lexicon missed in
some of their forms (reflexive verbs and irregular participles the lemma table sends elsewhere,
support-verb arrests, blacklists), and a passive whose subject is the word a trigger needs. All
sentences are written for these tests (never taken from an article).
"""

from __future__ import annotations

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import triples

PUB = "2025-12-02"


def run(text: str) -> Document:
    return extract(text, lang="it", date=PUB)


# ------------------------------------------------------------ reflexive verbs and participles


def test_an_apology_in_the_perfect_tense():
    # "scusato" goes to "scusare" in the lemma table, never to the listed "scusarsi"
    doc = run("Il premier giapponese si è scusato con la Corea del Sud per le parole del suo ministro.")
    assert ("SUPPORT", "JPN", "KOR") in triples(doc)


def test_an_excuse_is_no_apology():
    doc = run("Il governo giapponese ha respinto la richiesta di Seul con la scusa della sicurezza.")
    assert not any(e.type == "SUPPORT" and e.cameo == "055" for e in doc.events)


def test_a_pardon_granted_in_the_perfect_tense():
    # "concesso" is its own lemma: the "concedere la grazia" entry never saw it
    doc = run("Il presidente bielorusso ha concesso la grazia al giornalista bielorusso Roman Protasevich.")
    assert ("RETREAT", "BLRGOV", "BLRMED") in triples(doc, sector=True)


# ------------------------------------------------------------ arrests with a support verb


def test_taken_into_custody_reaches_its_object():
    doc = run("I carabinieri hanno tratto in arresto due cittadini albanesi al porto di Bari.")
    assert ("COERCE", "ITA", "ALB") in triples(doc)


def test_handcuffed_by_the_police():
    doc = run("La polizia francese ha messo in manette due attivisti tedeschi davanti alla centrale.")
    assert ("COERCE", "FRA", "DEU") in triples(doc)


# ------------------------------------------------------------ blacklists and razing


def test_a_blacklist_is_a_sanction_and_its_removal_an_easing():
    doc = run("Washington ha inserito nella lista nera il colosso cinese Huawei.")
    assert ("SANCTION", "USA", "CHN") in triples(doc)
    doc = run("Gli Stati Uniti hanno tolto la Corea del Nord dalla lista nera dei Paesi ostili.")
    assert ("RETREAT", "USA", "PRK") in triples(doc)


def test_names_on_a_blacklist_are_no_act():
    doc = run("Nella lista nera figurano anche due banche russe e una società cinese.")
    assert not [e for e in doc.events if e.type == "SANCTION"]


def test_razed_to_the_ground():
    doc = run("L'esercito israeliano ha raso al suolo un villaggio nel sud del Libano.")
    assert ("ASSAULT", "ISR", "LBN") in triples(doc)


def test_funds_cut_to_an_agency():
    doc = run("Gli Stati Uniti hanno tagliato i fondi all'Unrwa dopo le accuse di Israele.")
    assert any(e.type == "SANCTION" and e.cameo == "162" for e in doc.events)


# ------------------------------------------------------------ passive subjects and `needs`


def test_a_crowd_dispersed_in_the_passive():
    # "disperdere" needs a crowd word after it; in the passive the crowd is the subject, before
    doc = run("La folla è stata dispersa dalla polizia francese con i gas lacrimogeni.")
    assert any(e.type == "ASSAULT" and e.trigger.text.startswith("dispersa") for e in doc.events)


def test_scattered_data_stay_no_dispersal():
    doc = run("I dati sono stati dispersi in rete tra i siti del ministero francese.")
    assert not [e for e in doc.events if e.type == "ASSAULT"]


# ------------------------------------------------------------ refusals in the present and perfect


def test_not_giving_in_told_in_the_perfect_is_a_refusal():
    doc = run("Il governo greco non si è piegato alle richieste della Turchia sulle isole.")
    assert ("REJECT", "GRC", "TUR") in triples(doc)


def test_bending_resistance_is_no_refusal():
    # a refusal verb counts only negated
    doc = run("Il governo turco ha piegato la resistenza dei sindacati con la precettazione.")
    assert not [e for e in doc.events if e.type == "REJECT"]


# ------------------------------------------------------------ plurals of singular-only nouns


def test_plural_vetoes_keep_their_author():
    # "veto" was listed by its form only, so the plural never matched
    doc = run("I veti posti dalla Turchia contro la Svezia sono caduti dopo mesi di trattative.")
    assert ("REJECT", "TUR", "SWE") in triples(doc)
