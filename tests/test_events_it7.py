"""Italian events, session 7 (branch r-it7): constructions of fresh Italian stories (the blind
articles it/050-053 and the Italian half of the 24 before them). Sentences of our own, whole pipeline.
"""

from __future__ import annotations

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import of_type, triples, typed

PUB = "2024-05-08"  # a Wednesday


def run(text: str) -> Document:
    return extract(text, lang="it", date=PUB)


# ------------------------------------------------------------------ a source's anonymity


def test_source_asking_not_to_be_named_makes_no_request():
    doc = run(
        "Un funzionario egiziano, che ha chiesto di non essere citato, ha detto che il Cairo ha "
        "accusato Israele di aver bloccato i camion degli aiuti al valico."
    )
    assert of_type(doc, "REQUEST") == []
    assert ("ACCUSE", "EGY", "ISR") in triples(doc)


def test_source_asking_for_anonymity_makes_no_request():
    doc = run("Un alto ufficiale del ministero della Difesa turco ha chiesto l'anonimato.")
    assert of_type(doc, "REQUEST") == []


def test_a_real_request_with_di_stays():
    doc = run("La Francia ha chiesto alla Russia di ritirare le truppe dal confine con l'Ucraina.")
    assert ("REQUEST", "FRA", "RUS") in triples(doc)


# ------------------------------------------------------------------ an addressee with no code


def test_uncoded_addressee_is_not_replaced_by_a_party_of_the_content():
    doc = run(
        "Il governo argentino ha presentato al Senato la riforma del lavoro. La capogruppo "
        "dell'opposizione, Marcela Quiroga, ha invitato i senatori moderati a «non svendere i diritti "
        "dei lavoratori»."
    )
    # the workers are what the request is about, not whom it addresses
    assert not any(t[0] == "REQUEST" and t[2] == "ARGLAB" for t in triples(doc, sector=True))


def test_uncoded_addressee_gets_no_implied_counterpart():
    doc = run(
        "La Russia ha colpito nella notte l'Ucraina con decine di missili. Il ministro della Difesa "
        "tedesco, Boris Pistorius, ha definito l'attacco «un crimine di guerra» e ha esortato gli altri "
        "partner europei a «non limitarsi alle parole»."
    )
    # Russia is the story's counterpart, not the addressee of Germany's appeal
    assert not any(t[0] == "REQUEST" and t[2] == "RUS" for t in triples(doc))
    assert ("ASSAULT", "RUS", "UKR") in triples(doc)


def test_named_addressee_before_the_link_stays():
    doc = run("Il ministro Antonio Tajani ha invitato il presidente Vladimir Putin a ritirare le truppe.")
    assert ("REQUEST", "ITA", "RUS") in triples(doc)


def test_dative_common_noun_addressee_before_di():
    doc = run(
        "Il governo italiano ha denunciato un attacco informatico. Secondo fonti diplomatiche, Roma "
        "chiederà ai partner di inserire il gruppo di hacker cinesi nella lista delle sanzioni europee."
    )
    assert not any(t[0] == "REQUEST" and t[2] == "CHN" for t in triples(doc))


# ------------------------------------------------------------------ a claimed deed


def test_claimed_raid_is_the_claimers_own_account():
    doc = run(
        "La Russia ha lanciato nella notte un massiccio attacco aereo contro la rete energetica "
        "dell'Ucraina. Mosca ha rivendicato il raid, presentandolo come un'operazione militare."
    )
    assaults = typed(doc, "ASSAULT")
    assert any(t[2] == "raid" and "RUS" in t[0] and "UKR" in t[1] for t in assaults)


def test_attack_told_again_without_a_claim_stays_folded():
    doc = run(
        "La Russia ha lanciato nella notte un massiccio attacco aereo contro la rete energetica "
        "dell'Ucraina. Il raid ha lasciato al buio mezzo milione di famiglie."
    )
    assert [t for t in typed(doc, "ASSAULT") if t[2] == "raid"] == []


# ------------------------------------------------------------------ a strike ban


def test_strike_ban_in_a_document_noun_is_the_ministers_against_the_unions():
    doc = run(
        "Il ministro dei Trasporti, Matteo Salvini, ha firmato ieri sera l'ordinanza di precettazione "
        "che riduce a quattro ore lo sciopero nazionale dei treni proclamato per venerdì dai sindacati "
        "di base."
    )
    assert ("COERCE", "ITAGOV", "ITALAB") in triples(doc, sector=True)


def test_strike_ban_signed_by_the_minister_targets_the_strikers():
    doc = run(
        "La Cgil e la Uil hanno proclamato per venerdì uno sciopero generale contro la manovra. Nei "
        "trasporti l'astensione è stata ridotta a quattro ore dopo l'ordinanza di precettazione "
        "firmata martedì dal ministro delle Infrastrutture Matteo Salvini."
    )
    assert ("COERCE", "ITAGOV", "ITALAB") in triples(doc, sector=True)


def test_threatened_strike_ban_is_no_coercion():
    doc = run(
        "La Cgil ha proclamato uno sciopero generale per il 29 novembre. Il ministro delle "
        "Infrastrutture, Matteo Salvini, ha minacciato di ricorrere alla precettazione se lo sciopero "
        "dovesse paralizzare treni e aerei."
    )
    assert of_type(doc, "COERCE") == []


# ------------------------------------------------------------------ small countries' demonyms and seats


def test_beninese_government_is_benins_in_a_niger_story():
    doc = run(
        "Il Niger tiene chiusa la frontiera con il Benin. Il primo ministro nigerino ha accusato "
        "Cotonou di addestrare terroristi. Il governo beninese ha respinto le accuse."
    )
    govs = [a for a in doc.actors if a.sector == "GOV" and a.kind != "PER"]
    assert any(a.country == "BEN" for a in govs)
    assert ("ACCUSE", "NER", "BEN") in triples(doc)
    assert ("REJECT", "BEN", "NER") in triples(doc)
