"""Session 7c, seventeenth actors round: codes for the named bodies and the bare offices we find uncoded.

Sentences written by us in the style of wire copy; each test checks what the actors stage gives."""

from __future__ import annotations

from actorkit import run, with_mention

# ------------------------------------------------------------------ named bodies news names without their country


def test_en_russian_military_intelligence_by_acronym() -> None:
    doc = run("Prosecutors in Warsaw said the saboteurs had been recruited online by officers of the GRU, who paid "
              "them in cryptocurrency for each rail junction they damaged.", "en")
    a = with_mention(doc, "GRU")
    assert a is not None and a.country == "RUS" and a.sector == "SPY"


def test_en_drug_enforcement_administration_is_a_us_police_body() -> None:
    doc = run("Mexico handed over 17 suspects wanted by the Drug Enforcement Administration, which has accused the "
              "cartel of smuggling fentanyl across the border.", "en")
    a = with_mention(doc, "Drug Enforcement Administration")
    assert a is not None and a.country == "USA" and a.sector == "POL"


def test_it_ukrainian_grid_operator() -> None:
    doc = run("Secondo Ukrenergo, l'operatore della rete elettrica, i missili hanno colpito tre sottostazioni nella "
              "regione di Leopoli e centinaia di migliaia di famiglie sono rimaste senza corrente.", "it")
    a = with_mention(doc, "Ukrenergo")
    assert a is not None and a.country == "UKR" and a.sector == "BUS"


def test_en_chinese_platform_as_a_channel() -> None:
    doc = run("In a post on its WeChat account, the embassy said the detained fishermen had been treated "
              "\"in a humiliating manner\".", "en")
    a = with_mention(doc, "WeChat")
    assert a is not None and a.country == "CHN" and a.sector == "MED"


# ------------------------------------------------------------------ an Italian paper's bare offices in a tie with Italy

TIE_IT = ("Italia e Cina ai ferri corti sul caso degli hacker. Secondo Roma, un gruppo legato a Pechino ha sottratto "
          "documenti a tre ministeri italiani; la Cina respinge le accuse e parla di «calunnie». "
          "L'Italia ha convocato l'ambasciatore e il governo ha chiesto di fermare ogni attività ostile. "
          "Pechino ha risposto che l'Italia «politicizza» la sicurezza informatica. Il ministro degli Esteri, "
          "Giulia Ranieri, ha detto che il governo valuterà nuove misure. Intanto i soldati cinesi hanno concluso "
          "un'esercitazione a Hainan.")


def test_it_bare_government_is_italys_in_a_tie_with_italy() -> None:
    doc = run(TIE_IT, "it")
    gov = with_mention(doc, "governo")
    assert gov is not None and gov.country == "ITA" and gov.sector == "GOV"
    minister = with_mention(doc, "Giulia Ranieri")
    assert minister is not None and minister.country == "ITA"


def test_it_tie_with_italy_leaves_other_bodies_alone() -> None:
    """Only executive offices follow the home country in a tie: soldiers named with a demonym keep it."""
    doc = run(TIE_IT, "it")
    soldiers = with_mention(doc, "soldati cinesi")
    assert soldiers is None or soldiers.country != "ITA"


# ------------------------------------------------------------------ "the agency's director general, X"


def test_en_possessive_agency_names_back_the_igo() -> None:
    doc = run("The International Atomic Energy Agency said on Monday that its inspectors had been refused access to "
              "two sites. Iran's foreign ministry called the report biased. The agency's director general, Helena "
              "Varga, told reporters that the board would meet again in June.", "en")
    p = with_mention(doc, "Helena Varga")
    assert p is not None and p.igo == "IAEA" and p.country is None


def test_en_possessive_agency_after_a_national_agency_is_not_the_igo() -> None:
    """The nearest body named is a national agency: "the agency's" is that one, so the IGO named earlier is no owner."""
    doc = run("The International Atomic Energy Agency has criticised the plan. On Tuesday the FBI opened an inquiry, "
              "and the agency's director general, Paul Hendry, said arrests were likely.", "en")
    p = with_mention(doc, "Paul Hendry")
    assert p is None or p.igo != "IAEA"
