"""Actors stage on real-text shapes (KIND is the yardstick, these sentences are our own): organization names on a
head noun, people and places the dictionaries do not know."""

from __future__ import annotations

from cronaca.actors import find_actors
from cronaca.analyze import analyze
from cronaca.model import Actor, Document, DocumentMeta


def run(text: str, lang: str = "it", date: str = "2023-05-10") -> Document:
    doc = Document(text=text, meta=DocumentMeta(id="t", lang=lang, date=date))
    analyze(doc)
    find_actors(doc)
    for m in doc.mentions:
        assert doc.text[m.start:m.end] == m.text
    return doc


def spans(doc: Document) -> dict[str, str]:
    return {m.text: m.kind for m in doc.mentions}


def actor_of(doc: Document, text: str) -> Actor:
    m = next((m for m in doc.mentions if m.text == text), None)
    assert m is not None, f"{text!r} not among {[m.text for m in doc.mentions]}"
    return next(a for a in doc.actors if a.id == m.actor)


def test_ministry_names_with_complements() -> None:
    doc = run("Il sottosegretario ha inviato una lettera al Ministero della Transizione Digitale.")
    assert spans(doc).get("Ministero della Transizione Digitale") == "ORG"
    doc = run("L'ispettore del Ministero delle Politiche Agricole e dei Servizi Forestali Paolo Verri si è dimesso.")
    found = spans(doc)
    assert found.get("Ministero delle Politiche Agricole e dei Servizi Forestali") == "ORG"
    assert found.get("Paolo Verri") == "PER"  # the person after the body is not part of its name
    doc = run("Un funzionario del Ministero del bilancio ha firmato il decreto.")
    assert spans(doc).get("Ministero del bilancio") == "ORG"


def test_head_with_qualifying_adjectives_and_purpose() -> None:
    doc = run("Ieri la Commissione parlamentare di vigilanza ha ascoltato il direttore.")
    assert "Commissione parlamentare" in spans(doc)
    doc = run("Il ricorso è stato respinto dal Tribunale supremo elettorale nella notte.")
    assert spans(doc).get("Tribunale supremo elettorale") == "ORG"
    doc = run("La decisione spetta ora al Comitato per la Sicurezza Alimentare, che si riunirà lunedì.")
    assert spans(doc).get("Comitato per la Sicurezza Alimentare") == "ORG"


def test_demonym_closes_the_name_and_gives_the_country() -> None:
    doc = run("Gli hacker hanno violato il sito del Ministero delle finanze cileno.")
    assert spans(doc).get("Ministero delle finanze cileno") == "ORG"
    assert actor_of(doc, "Ministero delle finanze cileno").country == "CHL"


def test_seat_of_a_court_stays_a_place_and_a_dictionary_body_stays_whole() -> None:
    doc = run("Il Tribunale di Bergamo ha respinto l'istanza della difesa.")
    found = spans(doc)
    assert found.get("Tribunale") == "ORG" and found.get("Bergamo") == "LOC"
    doc = run("La Commissione europea ha proposto nuove regole. La Commissione ha poi precisato i tempi.")
    names = {a.name for a in doc.actors if a.kind == "ORG"}
    assert names == {"European Commission"}  # the bare head is the body named in full before


def test_bare_capitalized_head_mid_sentence_but_not_opening_a_sentence() -> None:
    doc = run("Il portavoce ha spiegato che il Ministero valuterà il caso entro venerdì.")
    assert spans(doc).get("Ministero") == "ORG"
    doc = run("Ministero e sindacati non hanno trovato un accordo.")
    assert "Ministero" not in spans(doc)


def test_english_head_names() -> None:
    doc = run("The Ministry of Digital Affairs said the Office for Budget Responsibility was consulted.", "en")
    found = spans(doc)
    assert found.get("Ministry of Digital Affairs") == "ORG"
    assert found.get("Office for Budget Responsibility") == "ORG"


def test_person_after_an_occupation_noun() -> None:
    doc = run("Al terzo giro il pilota spagnolo Arnau Ferrandis è caduto alla curva.")
    assert spans(doc).get("Arnau Ferrandis") == "PER"
    assert actor_of(doc, "Arnau Ferrandis").country == "ESP"
    doc = run("Nel secondo tempo è entrato l'attaccante Okonkwo, autore del gol.")
    assert spans(doc).get("Okonkwo") == "PER"


def test_speaker_after_the_speech_verb() -> None:
    doc = run("«I lavori finiranno entro l'estate», ha dichiarato Brambillaschi.")
    assert spans(doc).get("Brambillaschi") == "PER"
    doc = run("«Siamo pronti», ha detto Roma.")  # a known place stays a place
    assert spans(doc).get("Roma") != "PER"


def test_a_first_name_inside_a_capitalized_run_starts_a_person() -> None:
    doc = run("La lettera è stata inviata al Sovrintendente Luca Ferrandelli dal sindaco.")
    assert spans(doc).get("Luca Ferrandelli") == "PER"
    doc = run("Ha parlato il presidente della Vibonese Marco Santelli, appena rientrato.")
    assert spans(doc).get("Marco Santelli") == "PER"
    doc = run("Il corteo è arrivato alla Fondazione Giorgio Cini nel pomeriggio.")
    assert spans(doc).get("Fondazione Giorgio Cini") == "ORG"  # a body named after a person stays whole


def test_a_home_city_after_an_article_is_its_club() -> None:
    doc = run("Domenica il Livorno ha battuto la Roma per tre a uno davanti ai suoi tifosi.")
    found = spans(doc)
    assert found.get("Livorno") == "ORG" and found.get("Roma") == "ORG"
    doc = run("Il vertice si terrà a Roma, poi la delegazione partirà per il Cairo.")
    assert spans(doc).get("Roma") in ("LOC", "GPE")
    doc = run("La nave è entrata nel porto alla Spezia all'alba.")
    assert spans(doc).get("Spezia") != "ORG"


def test_the_body_a_leader_heads() -> None:
    doc = run("Ieri il presidente della Vibonese ha annunciato il ritiro dal campionato.")
    assert spans(doc).get("Vibonese") == "ORG"
    doc = run("Il leader dei Riformatori Liberali ha lasciato l'aula prima del voto.")
    assert spans(doc).get("Riformatori Liberali") == "ORG"
    doc = run("Il ministro dei Trasporti ha parlato di una coincidenza.")  # a portfolio, not a body
    assert "Trasporti" not in spans(doc)


def test_buildings_and_sites_are_places() -> None:
    doc = run("Il ferito è stato portato all'Ospedale San Gerardo in elicottero.")
    assert spans(doc).get("Ospedale San Gerardo") == "LOC"
    doc = run("La valanga si è staccata poco sopra il Passo del Tonale nella notte.")
    assert spans(doc).get("Passo del Tonale") == "LOC"


def test_lower_case_place_words_before_a_name() -> None:
    doc = run("La lite è scoppiata davanti al bar Aurora, nel quartiere San Donato, poco dopo mezzanotte.")
    found = spans(doc)
    assert found.get("bar Aurora") == "LOC"
    assert found.get("quartiere San Donato") == "LOC"
    doc = run("Il paziente è stato trasferito all'ospedale di Bergamo in serata.")
    assert spans(doc).get("Bergamo") == "LOC"  # "di" + a city: the city is the place


def test_camel_case_words_are_organizations_not_surnames() -> None:
    doc = run("Il sito TrovaVoli ha annunciato un accordo con la compagnia.")
    assert spans(doc).get("TrovaVoli") == "ORG"
    doc = run("Secondo l'attore Leonardo DiCaprio il film uscirà a maggio.")
    assert spans(doc).get("Leonardo DiCaprio") == "PER"
    doc = run("The deal was announced by CargoLink on Monday, analysts said.", "en")
    assert spans(doc).get("CargoLink") == "ORG"
    doc = run("Gas deliveries through the BlueLine pipeline would not be affected.", "en")
    assert "BlueLine" not in spans(doc)  # a modifier of a common noun: a product, not an actor


def test_a_head_inside_a_role_phrase_still_names_the_body() -> None:
    doc = run("Il segretario del Partito Riformista Lucano, Mario Santelli, ha lasciato l'incarico.")
    assert spans(doc).get("Partito Riformista Lucano") == "ORG"
    assert spans(doc).get("Mario Santelli") == "PER"
