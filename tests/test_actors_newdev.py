"""Actor constructions met on stories unlike the older development set (branch actors-newdev): a role and an apposed
name whose given name we do not list, the body a role is held in, sentence-case names up to their acronym, a role
word opening an organization's name, armed groups and foreign groups, places named after a country, the headline's
country. Sentences written by us, Italian and English; each construction with a use that must stay as it was."""

from __future__ import annotations

from actorkit import run, with_mention

# ------------------------------------------------------------------ a role, a comma, a name we cannot tell by its given name

def test_it_apposed_name_with_unlisted_given_name_takes_the_role() -> None:
    doc = run("Il Mali ha chiuso il confine con il Niger. Il Mali accusa Niamey. Il ministro della Difesa, "
              "Boubacar Keïta, ha respinto le accuse del Niger.")
    a = with_mention(doc, "Boubacar Keïta")
    assert a is not None and a.kind == "PER"
    assert a.sector == "MIL"


def test_en_apposed_name_with_unlisted_given_name_takes_the_role() -> None:
    doc = run("Ghana's parliament met on Monday. The interior minister, Kwaku Asante, said Ghana would close "
              "the border.", lang="en")
    a = with_mention(doc, "Kwaku Asante")
    assert a is not None and a.sector == "GOV"


def test_it_name_after_role_and_comma_opening_a_clause_is_no_apposition() -> None:
    # "Secondo il ministro, Mario Rossi avrebbe mentito": the name is the subject of the clause, not the minister
    doc = run("Secondo il ministro, Guido Ferrandi avrebbe mentito ai giudici.")
    a = with_mention(doc, "Guido Ferrandi")
    assert a is not None and a.role is None


# ------------------------------------------------------------------ the body a role is held in

def test_it_union_leader_takes_the_sector_of_the_union_named_by_its_acronym() -> None:
    doc = run("Il Cile si è fermato per lo sciopero indetto dalla Confederazione unitaria dei lavoratori (Cut) contro la "
              "riforma delle pensioni. Il segretario generale della Cut, Teodoro Valdivia, ha chiesto al governo "
              "cileno di ritirare il testo.")
    union = with_mention(doc, "Cut")
    assert union is not None and union.kind == "ORG"
    assert any(m.text == "Confederazione unitaria dei lavoratori" for m in union.mentions)  # the name up to "(Cut)"
    leader = with_mention(doc, "Teodoro Valdivia")
    assert leader is not None and leader.sector == union.sector


def test_it_sentence_case_name_and_acronym_become_one_organization() -> None:
    doc = run("Lo sciopero è stato proclamato dalla Federazione nazionale dei lavoratori (Fnl) contro il governo.")
    a = with_mention(doc, "Fnl")
    assert a is not None and a.kind == "ORG" and a.sector == "LAB"
    assert any(m.text == "Federazione nazionale dei lavoratori" for m in a.mentions)


def test_it_descriptor_with_complement_names_an_organization() -> None:
    doc = run("Il ricorso è stato presentato dal sindacato degli infermieri Nursind Sanità contro la delibera. "
              "Il segretario del Nursind, Pietro Mancuso, ha parlato di una vittoria.")
    union = with_mention(doc, "Nursind Sanità")
    assert union is not None and union.kind == "ORG" and union.sector == "LAB"
    assert with_mention(doc, "Nursind") is union  # its short name later in the article
    leader = with_mention(doc, "Pietro Mancuso")
    assert leader is not None and leader.kind == "PER" and leader.sector == "LAB"


def test_it_party_officer_with_a_portfolio_takes_the_party_sector() -> None:
    # the Democratic Party was in opposition in 2024 (organizations.yaml): its officers are OPP, not PTY
    doc = run("La responsabile scuola del Pd, Chiara Bonfanti, ha criticato la riforma del governo.")
    a = with_mention(doc, "Chiara Bonfanti")
    assert a is not None and a.country == "ITA" and a.sector == "OPP"


# ------------------------------------------------------------------ a role word opening a name

def test_en_role_word_opening_an_organization_name_is_part_of_it() -> None:
    doc = run("Leaders of the General Federation of Workers said the strike would go on.", lang="en")
    a = with_mention(doc, "General Federation of Workers")
    assert a is not None and a.kind == "ORG" and a.sector == "LAB"
    assert not any(x.kind == "PER" for x in doc.actors)


def test_en_role_word_before_a_person_stays_a_role() -> None:
    doc = run("General Mark Milley told the Senate Armed Services Committee the army was ready.", lang="en")
    a = with_mention(doc, "Mark Milley")
    assert a is not None and a.kind == "PER"


# ------------------------------------------------------------------ armed groups, codes, foreign groups

def test_it_stateless_armed_group_takes_the_story_country() -> None:
    doc = run("Il Burkina Faso ha dichiarato tre giorni di lutto. L'esercito burkinabè ha risposto all'attacco "
              "del Jnim nel nord del Burkina Faso, dove il governo burkinabè ha inviato rinforzi.")
    a = with_mention(doc, "Jnim")
    assert a is not None and a.sector == "REB" and a.country == "BFA"


def test_en_code_of_letters_and_digits_is_no_person() -> None:
    doc = run("The F16 crashed near the base. Officials said K9 units searched the area.", lang="en")
    assert not any(a.kind == "PER" for a in doc.actors)


def test_it_foreign_forces_never_take_the_story_country() -> None:
    doc = run("La polizia georgiana ha fermato venti manifestanti a Tbilisi. Il premier georgiano ha accusato "
              "forze straniere di finanziare le proteste in Georgia.")
    a = with_mention(doc, "forze straniere")
    assert a is not None and a.country is None
    protesters = with_mention(doc, "venti manifestanti")
    assert protesters is not None and protesters.country == "GEO"  # a domestic group still does


def test_it_plural_oppositions_are_the_opposition() -> None:
    doc = run("Il governo serbo ha approvato la legge a Belgrado. Le opposizioni chiedono al governo serbo di "
              "ritirarla, ma la Serbia tira dritto.")
    a = with_mention(doc, "opposizioni")
    assert a is not None and a.sector == "OPP" and a.country == "SRB"


def test_en_opposition_senators_and_business_groups_are_groups() -> None:
    doc = run("Chile's government sent the bill to the Chilean Senate. Opposition senators said they would vote "
              "against it, while business groups in Chile welcomed it.", lang="en")
    opp = with_mention(doc, "Opposition senators")
    biz = with_mention(doc, "business groups")
    assert opp is not None and opp.sector == "OPP"
    assert biz is not None and biz.sector == "BUS"


# ------------------------------------------------------------------ places named after a country, the headline

def test_en_lake_named_after_a_country_is_a_place() -> None:
    doc = run("Fishermen on Lake Victoria said the water had risen. Kenya closed its ports.", lang="en")
    lake = with_mention(doc, "Lake Victoria")
    assert lake is not None and lake.kind == "LOC"
    doc = run("Troops crossed into Chad on Monday.", lang="en")
    chad = with_mention(doc, "Chad")
    assert chad is not None and chad.country == "TCD"  # the country alone stays the country


def test_it_headline_country_decides_the_story() -> None:
    text = ("Il ministro del Lavoro, Julián Ferrando, ha definito lo sciopero un'azione politica. "
            "La Cgt ha annunciato nuove proteste.")
    with_title = run(text, title="Argentina, sciopero generale contro la riforma del lavoro")
    a = with_mention(with_title, "Julián Ferrando")
    assert a is not None and a.country == "ARG"
    without = run(text)
    b = with_mention(without, "Julián Ferrando")
    assert b is not None and b.country is None  # no country named anywhere: none guessed
