"""Verbal events (ACCUSE, REQUEST, REJECT, THREATEN, verbal SUPPORT) on news-style sentences of our own,
through the whole pipeline (no mocks): refusals, warnings, characterizations, speech around quotes."""

from __future__ import annotations

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import code, triples

PUB = "2024-03-13"


def run(text: str, lang: str) -> Document:
    return extract(text, lang=lang, date=PUB)


def types(doc: Document) -> list[str]:
    return [e.type for e in doc.events]


# ---------------------------------------------------------------------------------- refusals


def test_en_negated_let_is_a_refusal_with_intent():
    doc = run('"We will not let Washington dictate our trade policy," the Chinese foreign minister Wang Yi said.', "en")
    hits = [e for e in doc.events if e.type == "REJECT"]
    assert hits and hits[0].modality == "intent"
    assert ("REJECT", "CHN", "USA") in triples(doc)


def test_en_let_not_negated_is_no_event():
    doc = run("The French government let Germany take the lead in the talks with Russia.", "en")
    assert "REJECT" not in types(doc)


def test_it_negated_yielding_verb_is_reject_not_concede():
    doc = run("«Non cederemo mai alle pressioni di Mosca», ha detto il presidente polacco Andrzej Duda.", "it")
    assert "CONCEDE" not in types(doc)
    hits = [e for e in doc.events if e.type == "REJECT"]
    assert hits and hits[0].modality == "intent"
    assert ("REJECT", "POL", "RUS") in triples(doc)


def test_it_request_not_to_yield_is_no_refusal():
    doc = run("Il ministro degli Esteri francese ha invitato l'Ucraina a non cedere alle richieste della Russia.", "it")
    assert "REJECT" not in types(doc)


def test_it_deploring_a_state_of_affairs_is_no_refusal():
    doc = run("«Non accettiamo che i nostri soldati vengano colpiti», ha detto il ministro spagnolo. La Spagna ha convocato l'ambasciatore di Israele.", "it")
    assert not [e for e in doc.events if e.type == "REJECT"]


# ---------------------------------------------------------------------------------- warnings


def test_en_warning_of_a_risk_is_no_threat():
    doc = run("The German finance minister warned lawmakers that the economy of Germany could shrink next year.", "en")
    assert "THREATEN" not in types(doc)


def test_en_warning_addressed_to_a_party_is_a_threat():
    doc = run("Turkey warned Greece that any new drilling in the disputed waters would be answered.", "en")
    assert ("THREATEN", "TUR", "GRC") in triples(doc)


def test_it_warning_announcing_a_reaction_is_a_threat():
    doc = run(
        "La Corea del Nord ha accusato il Giappone di gravi provocazioni. "
        "Ha poi avvertito che la reazione di Pyongyang sarà durissima.",
        "it",
    )
    assert ("THREATEN", "PRK", "JPN") in triples(doc)


def test_it_warning_about_another_party_is_no_threat():
    doc = run("Il segretario di Stato americano ha avvertito che la Cina potrebbe invadere Taiwan entro pochi anni.", "it")
    assert "THREATEN" not in types(doc)


def test_en_responding_to_a_warning_is_no_new_threat():
    doc = run("Iran warned Israel on Monday of a crushing response. Israel has not replied to the warning.", "en")
    threats = [e for e in doc.events if e.type == "THREATEN"]
    assert all(doc.actor(e.source[0]).country == "IRN" for e in threats)


# ---------------------------------------------------------------------------------- roles


def test_it_title_with_portfolio_before_a_name_is_the_subject():
    doc = run("Il ministro all'Agricoltura Francesco Lollobrigida ha criticato la Francia per i controlli alla frontiera.", "it")
    assert ("ACCUSE", "ITA", "FRA") in triples(doc)


def test_it_adverb_inside_the_verb_group_keeps_the_subject():
    doc = run("Il presidente turco Recep Tayyip Erdogan ha invece minacciato la Grecia di nuove esercitazioni.", "it")
    assert ("THREATEN", "TUR", "GRC") in triples(doc)


def test_it_characterization_as_an_attack_is_an_accusation():
    doc = run("Il premier ungherese Viktor Orbán ha definito la decisione della Commissione europea «un attacco alla sovranità».", "it")
    assert any(e.type == "ACCUSE" for e in doc.events)
    assert "ASSAULT" not in types(doc)


# ---------------------------------------------------------------------------------- claims and appeals


def test_en_calling_claims_lies_is_a_rejection():
    doc = run(
        "The United States accused Iran of arming the rebels. "
        "Iran's foreign ministry spokesman Nasser Kanaani answered on Monday, calling the American allegations \"lies\".",
        "en",
    )
    assert ("REJECT", "IRN", "USA") in triples(doc)
    assert ("ACCUSE", "IRN", "USA") not in triples(doc)


def test_it_rejected_accusations_are_no_new_accusation():
    doc = run(
        "Gli Stati Uniti hanno criticato la Cina per le esercitazioni. "
        "Il portavoce del ministero degli Esteri cinese Wang Wenbin ha respinto come «propaganda» le accuse americane.",
        "it",
    )
    assert ("REJECT", "CHN", "USA") in triples(doc)
    assert not [e for e in doc.events if e.type == "ACCUSE" and doc.actor(e.source[0]).country == "USA" and e.sentence.start > 0]


def test_it_open_appeal_has_no_target():
    doc = run("Il presidente turco Recep Tayyip Erdogan ha sollecitato l'apertura immediata dei valichi per gli aiuti umanitari.", "it")
    hits = [e for e in doc.events if e.type == "REQUEST"]
    assert hits and hits[0].target == []
    assert doc.actor(hits[0].source[0]).country == "TUR"


def test_it_wondering_is_no_request():
    doc = run("Il presidente francese Emmanuel Macron si è chiesto se l'accordo reggerà.", "it")
    assert "REQUEST" not in types(doc)


def test_it_asking_to_end_attacks_is_no_open_appeal():
    doc = run("La Francia ha chiesto la fine immediata dei bombardamenti sulla città.", "it")
    assert not [e for e in doc.events if e.type == "REQUEST" and not e.target]


def test_en_request_to_uncoded_allies_is_no_open_appeal():
    doc = run("The Polish president pressed allies to speed up deliveries of ammunition.", "en")
    assert not [e for e in doc.events if e.type == "REQUEST" and not e.target]


# ---------------------------------------------------------------------------------- characterizations


def test_en_threat_predicated_of_a_party_is_an_accusation():
    doc = run("Chinese foreign ministry spokesman Wang Wenbin said that AUKUS's expansion was \"a serious threat\" to the region.", "en")
    assert ("ACCUSE", "CHN", "AUKUS") in triples(doc)
    assert "THREATEN" not in types(doc)


def test_it_promised_countermeasures_are_a_threat():
    doc = run(
        "Gli Stati Uniti hanno imposto nuovi dazi alla Cina. "
        "Pechino ha promesso «contromisure adeguate» contro Washington.",
        "it",
    )
    assert ("THREATEN", "CHN", "USA") in triples(doc)


def test_it_distrust_is_a_rejection():
    doc = run(
        "Hamas ha accusato Israele di aver violato la tregua. "
        "Il portavoce dell'esercito israeliano ha detto che Israele non si fida di Hamas.",
        "it",
    )
    hits = [e for e in doc.events if e.type == "REJECT"]
    assert hits and hits[0].modality == "reported"


def test_it_vote_against_is_a_rejection():
    doc = run("Il leader del M5S Giuseppe Conte ha detto che il Movimento 5 Stelle voterà contro il governo Meloni.", "it")
    assert any(e.type == "REJECT" for e in doc.events)


def test_it_event_noun_as_classifier_is_no_act_of_the_subject():
    doc = run("La Polonia ha contestato il meccanismo di solidarietà approvato a Lussemburgo.", "it")
    assert "SUPPORT" not in types(doc)


# ---------------------------------------------------------------------------------- voiced demands


def test_en_voiced_demand_on_a_policy_is_aimed_at_the_government():
    doc = run(
        "The French government adopted the decree on Tuesday. "
        '"The decree must be withdrawn," said Sophie Binet, the leader of the CGT union.',
        "en",
    )
    reqs = [e for e in doc.events if e.type == "REQUEST"]
    assert reqs
    assert any(doc.actor(t).sector == "GOV" for e in reqs for t in e.target)


def test_en_reply_that_a_party_had_to_accept_is_a_demand():
    doc = run("Israeli Prime Minister Benjamin Netanyahu replied that Hamas had to accept the Egyptian proposal.", "en")
    assert ("REQUEST", "ISR", "PSE") in triples(doc)


def test_en_threatening_no_party_is_a_charge_by_the_speaker():
    doc = run("NATO Secretary-General Jens Stoltenberg said that Russia's nuclear rhetoric threatened the security of Europe.", "en")
    assert ("ACCUSE", "NATO", "RUS") in triples(doc)
    assert "THREATEN" not in types(doc)


def test_en_threatening_a_party_stays_a_threat():
    doc = run("Russia's foreign ministry spokeswoman Maria Zakharova threatened Finland with countermeasures.", "en")
    assert ("THREATEN", "RUS", "FIN") in triples(doc)


def test_en_attack_on_no_party_in_a_quote_is_no_assault_by_the_speaker():
    doc = run('"This is an attack on democracy," said Ukrainian President Volodymyr Zelensky after Russia banned the opposition party.', "en")
    assert not [e for e in doc.events if e.type == "ASSAULT" and doc.actor(e.source[0]).country == "UKR"]


# ---------------------------------------------------------------------------------- more verbs


def test_en_more_verbal_triggers():
    doc = run("Israeli Prime Minister Benjamin Netanyahu ruled out a ceasefire with Hamas.", "en")
    assert ("REJECT", "ISR", "PSE") in triples(doc)
    doc = run("The French president Emmanuel Macron congratulated Italy on its election.", "en")
    assert ("SUPPORT", "FRA", "ITA") in triples(doc)


def test_it_bocciare_is_a_rejection():
    doc = run("La Commissione europea ha bocciato la manovra del governo italiano.", "it")
    assert ("REJECT", "EU", "ITA") in triples(doc)


# ---------------------------------------------------------------------------------- the parties


def test_it_request_to_the_parties_goes_to_both_sides_of_the_conflict():
    # the UN is coded most often against Azerbaijan, but "the parties" are the two sides at war
    doc = run(
        "L'Azerbaigian ha bombardato i villaggi dell'Armenia. L'Onu ha criticato l'Azerbaigian. "
        "L'Onu ha condannato duramente l'Azerbaigian e ha accusato Baku di crimini. "
        "L'Azerbaigian ha respinto le critiche dell'Onu. "
        "Il segretario generale dell'Onu António Guterres ha chiesto alle parti di fermare i combattimenti.",
        "it",
    )
    last = [e for e in doc.events if e.type == "REQUEST"]
    assert last and {code(doc, t) for t in last[-1].target} == {"ARM", "AZE"}


def test_it_classifier_after_come_is_no_mediation():
    doc = run(
        "La Russia ha attaccato l'Ucraina e l'Ucraina ha accusato la Russia. "
        "Il presidente turco Recep Tayyip Erdogan, noto come uomo di mediazione, ha ricevuto i giornalisti.",
        "it",
    )
    assert not [e for e in doc.events if e.trigger.text == "mediazione"]


def test_en_refusal_with_no_party_named_goes_to_the_adversary():
    doc = run(
        "China launched large-scale drills around Taiwan and accused Taiwan of provocations. "
        "The European Union urged calm. "
        "\"We will not back down,\" Taiwanese President Lai Ching-te said on Friday.",
        "en",
    )
    rej = [e for e in doc.events if e.type == "REJECT"]
    assert rej and {code(doc, t) for e in rej for t in e.target} == {"CHN"}


def test_en_voiced_demand_to_the_warring_parties():
    doc = run(
        "Fighting between the Sudanese army and the Rapid Support Forces killed dozens. "
        "The army accused the Rapid Support Forces of shelling Khartoum. "
        "\"The warring parties must stop the fighting now,\" US Secretary of State Antony Blinken said.",
        "en",
    )
    req = [e for e in doc.events if e.type == "REQUEST"]
    assert req and len(req[0].target) == 2


def test_en_noun_in_a_quote_is_not_the_speakers_act_unless_governed():
    doc = run('"Our plan is worthy of the support of the American people," Russian President Vladimir Putin said after talks with Joe Biden.', "en")
    assert "SUPPORT" not in types(doc)


def test_en_participle_between_article_and_noun_is_an_adjective():
    doc = run("Egypt and Qatar discussed the proposed truce between Israel and Hamas on Monday.", "en")
    assert "REQUEST" not in types(doc)
