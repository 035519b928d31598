"""Sides that are groups, lists and plurals (docs/events.md, "Groups"), on sentences of our own,
through the whole pipeline (no mocks): counted plurals that name parties listed before, "both sides"
and fights with no sides named as the conflict's two sides, what someone is thanked for, and a
convener's meeting aimed at those convened.
"""

from __future__ import annotations

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import triples

PUB = "2024-05-02"


def run(text: str, lang: str) -> Document:
    return extract(text, lang=lang, date=PUB)


# -- counted plurals: "i tre leader", "both countries"


def test_counted_leaders_are_the_list_before_it() -> None:
    doc = run(
        "Il presidente francese Emmanuel Macron ha avuto ieri una telefonata con i leader di Spagna e "
        "Portogallo. I tre leader hanno ribadito il sostegno all'Ucraina.",
        "it",
    )
    got = triples(doc)
    assert {("SUPPORT", "FRA", "UKR"), ("SUPPORT", "ESP", "UKR"), ("SUPPORT", "PRT", "UKR")} <= got


def test_count_that_matches_no_list_names_nobody() -> None:
    # four leaders, but the call had three participants: no side is guessed
    doc = run(
        "Il presidente francese Emmanuel Macron ha avuto ieri una telefonata con i leader di Spagna e "
        "Portogallo. I quattro leader hanno ribadito il sostegno all'Ucraina.",
        "it",
    )
    assert not [t for t in triples(doc) if t[0] == "SUPPORT"]


def test_both_countries_after_a_quarrel_are_its_two_parties_and_the_convener_meets_them() -> None:
    doc = run(
        "Turkey accused Greece of violating its airspace on Monday. Athens rejected the charge. NATO "
        "Secretary-General Jens Stoltenberg said he would convene officials from both countries next week.",
        "en",
    )
    got = {t for t in triples(doc) if t[0] == "CONSULT"}
    assert got == {("CONSULT", "NATO", "TUR"), ("CONSULT", "NATO", "GRC")}  # not TUR <-> GRC, not -> NATO


def test_two_allies_are_the_pair_named_together() -> None:
    doc = run(
        "Polonia e Ungheria hanno respinto il piano della Commissione europea. La premier Giorgia Meloni ha "
        "cercato una mediazione con i due alleati.",
        "it",
    )
    got = triples(doc)
    assert ("CONSULT", "ITA", "POL") in got and ("CONSULT", "ITA", "HUN") in got


# -- "both sides", "le parti", fighting: the conflict's two sides


def test_both_sides_are_the_pair_the_sentence_names_between() -> None:
    doc = run(
        "The UN secretary-general urged both sides to lay down their arms, warning that the war between "
        "the Sudanese army and the Rapid Support Forces could spread.",
        "en",
    )
    sides = {(s, t) for ty, s, t in triples(doc) if ty == "REQUEST"}
    assert sides == {("UN", "SDN")} or len([e for e in doc.events if e.type == "REQUEST"][0].target) == 2
    req = [e for e in doc.events if e.type == "REQUEST"][0]
    assert {doc.actor(a).sector for a in req.target} == {"MIL", "REB"}  # type: ignore[union-attr]


def test_fighting_with_no_sides_named_is_the_conflict_named_before_but_not_a_pause_in_it() -> None:
    doc = run(
        "The war between the Sudanese army and the Rapid Support Forces has displaced millions. "
        "Fighting broke out again in the capital on Tuesday.",
        "en",
    )
    fight = [e for e in doc.events if e.type == "ASSAULT" and e.trigger.text == "Fighting"]
    assert fight and {doc.actor(a).sector for a in fight[0].source} == {"MIL", "REB"}  # type: ignore[union-attr]
    doc = run(
        "The war between the Sudanese army and the Rapid Support Forces has displaced millions. "
        "Mediators proposed a pause in the fighting.",
        "en",
    )
    assert not [e for e in doc.events if e.trigger.text == "fighting"]


def test_le_parti_are_the_sides_of_the_only_attack_in_the_article() -> None:
    doc = run(
        "L'Iran ha lanciato nella notte un attacco con droni contro Israele. Il segretario generale "
        "dell'Onu António Guterres ha chiesto alle parti la massima moderazione.",
        "it",
    )
    assert {("REQUEST", "UN", "IRN"), ("REQUEST", "UN", "ISR")} <= triples(doc)


def test_le_parti_sociali_are_not_the_sides_of_a_conflict() -> None:
    doc = run(
        "L'Iran ha lanciato nella notte un attacco con droni contro Israele. Il governo italiano ha "
        "chiesto alle parti sociali di firmare il contratto.",
        "it",
    )
    assert not [t for t in triples(doc) if t[0] == "REQUEST"]


# -- thanks: the deed thanked for is the thanked ones' own, done for the thanker


def test_thanked_for_shooting_down_drones_is_aid_to_the_thanker_not_an_attack() -> None:
    doc = run(
        "Il premier israeliano Benjamin Netanyahu ha ringraziato Stati Uniti e Regno Unito per aver "
        "contribuito ad abbattere i droni iraniani.",
        "it",
    )
    got = triples(doc)
    assert {("AID", "USA", "ISR"), ("AID", "GBR", "ISR")} <= got
    assert not [t for t in got if t[0] == "ASSAULT"]
    assert ("SUPPORT", "ISR", "USA") in got


def test_thanked_for_help_en() -> None:
    doc = run(
        "Ukrainian President Volodymyr Zelensky thanked Poland and Germany for helping to shoot down "
        "the Russian missiles.",
        "en",
    )
    got = triples(doc)
    assert {("AID", "POL", "UKR"), ("AID", "DEU", "UKR")} <= got
    assert not [t for t in got if t[0] == "ASSAULT" and t[1] in ("POL", "DEU")]


def test_thanked_for_a_mediation_is_their_mediation_between_the_conflict_sides() -> None:
    doc = run(
        "Israele e Hamas hanno raggiunto un accordo per una tregua a Gaza. Hamas ha accusato Israele di "
        "ritardare il rilascio dei detenuti. Il premier spagnolo Pedro Sánchez ha ringraziato Qatar ed "
        "Egitto per la mediazione.",
        "it",
    )
    got = {t for t in triples(doc) if t[0] == "CONSULT"}
    assert {("CONSULT", "QAT", "ISR"), ("CONSULT", "QAT", "PSE"), ("CONSULT", "EGY", "ISR")} <= got
    assert not [t for t in got if t[1] == "ESP"]


# -- groups with no country of their own (groups.yaml `actors:`): actors coded by their name


def test_western_allies_are_an_actor_and_the_addressee_of_a_request() -> None:
    doc = run(
        "Il presidente ucraino Volodymyr Zelensky ha chiesto agli alleati occidentali di inviare altri "
        "sistemi di difesa aerea.",
        "it",
    )
    allies = [a for a in doc.actors if a.name == "Western allies"]
    assert allies and allies[0].country is None and allies[0].igo is None
    assert ("REQUEST", "UKR", "Western allies") in triples(doc)
    doc = run("Ukraine's foreign minister Dmytro Kuleba urged Western allies to send more air defence systems.", "en")
    assert ("REQUEST", "UKR", "Western allies") in triples(doc)


def test_the_doer_of_attacks_on_a_named_target_and_the_support_for_them() -> None:
    # "di X" before "contro Y" is the attacker; supporting the attacks is supporting the attacker
    doc = run(
        "Il governo israeliano ha accusato l'Iran di sostenere gli attacchi delle milizie filo-iraniane "
        "contro Israele.",
        "it",
    )
    got = triples(doc)
    assert ("ASSAULT", "pro-Iranian militias", "ISR") in got
    assert ("SUPPORT", "IRN", "pro-Iranian militias") in got
    assert ("ACCUSE", "ISR", "IRN") in got


def test_group_phrases_match_whatever_the_case_and_only_listed_ones() -> None:
    doc = run("Il vertice dei Paesi occidentali si è chiuso ieri.", "it")
    assert [a.name for a in doc.actors if a.name == "Western countries"] == ["Western countries"]
    doc = run("Il ministro ha incontrato i rappresentanti delle aziende italiane.", "it")
    assert not [a for a in doc.actors if (a.key or "").startswith("group:")]


# -- coordinated parties that reach an agreement together ("reach" / "raggiungere" govern the noun)


def test_coordinated_parties_reach_an_agreement() -> None:
    doc = run("Germany and France reached a deal on Monday on the new budget rules.", "en")
    assert {("AGREE", "DEU", "FRA"), ("AGREE", "FRA", "DEU")} <= triples(doc)
    doc = run("Italia e Francia raggiungono un'intesa sui migranti.", "it")
    assert {("AGREE", "ITA", "FRA"), ("AGREE", "FRA", "ITA")} <= triples(doc)


# -- signings witnessed by a third party; reciprocal acts


def test_separate_signing_in_the_presence_of_a_guarantor() -> None:
    doc = run(
        "Armenia e Azerbaigian hanno firmato ieri due intese separate alla presenza dell'emiro del Qatar.",
        "it",
    )
    got = {t for t in triples(doc) if t[0] == "AGREE"}
    assert got == {("AGREE", "ARM", "QAT"), ("AGREE", "AZE", "QAT"), ("AGREE", "QAT", "ARM"), ("AGREE", "QAT", "AZE")}
    doc = run(
        "In the presence of Turkish President Recep Tayyip Erdogan, Russia and Ukraine signed two separate "
        "agreements on grain exports.",
        "en",
    )
    got = {t for t in triples(doc) if t[0] == "AGREE"}
    assert ("AGREE", "RUS", "TUR") in got and ("AGREE", "TUR", "UKR") in got
    assert ("AGREE", "RUS", "UKR") not in got


def test_a_joint_signing_witnessed_keeps_the_signatories_together() -> None:
    doc = run(
        "Armenia e Azerbaigian hanno firmato ieri l'accordo di pace alla presenza del presidente americano "
        "Joe Biden.",
        "it",
    )
    got = {t for t in triples(doc) if t[0] == "AGREE"}
    assert {("AGREE", "ARM", "AZE"), ("AGREE", "ARM", "USA"), ("AGREE", "USA", "AZE")} <= got


def test_each_other_makes_the_coordinated_doers_each_others_targets() -> None:
    doc = run("Israel and Hamas accused each other of violating the truce.", "en")
    assert {("ACCUSE", "ISR", "PSE"), ("ACCUSE", "PSE", "ISR")} <= triples(doc)
    doc = run("Russia e Ucraina si sono accusate a vicenda di aver violato la tregua.", "it")
    assert {("ACCUSE", "RUS", "UKR"), ("ACCUSE", "UKR", "RUS")} <= triples(doc)


def test_a_meeting_of_the_leaders_is_no_reference_back_to_the_last_call() -> None:
    text = (
        "Il presidente americano Joe Biden ha avuto una telefonata con il premier israeliano Benjamin "
        "Netanyahu. Il cancelliere tedesco Olaf Scholz ha poi presieduto una videoconferenza {}."
    )
    doc = run(text.format("dei leader"), "it")
    assert len([e for e in doc.events if e.type == "CONSULT"]) == 1
    # with no group named, the definite meeting still refers back (docs/events.md, anaphora)
    doc = run(text.format("sulla crisi").replace("una videoconferenza", "la videoconferenza"), "it")
    assert len([e for e in doc.events if e.type == "CONSULT"]) == 2


def test_a_list_goes_on_after_anche_or_including() -> None:
    doc = run("Il ministro degli Esteri Antonio Tajani ha detto che l'Italia parla con tutti, anche con Teheran.", "it")
    assert ("CONSULT", "ITA", "IRN") in triples(doc)
    doc = run("Il ministro degli Esteri Antonio Tajani ha detto che l'Italia parla con tutti, anche se con prudenza.", "it")
    assert not [t for t in triples(doc) if t[0] == "CONSULT"]
