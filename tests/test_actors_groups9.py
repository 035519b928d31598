"""Session 9 (groups9): groups that real news names as event sides and the actors stage used to miss.

"la popolazione", "i sostenitori", "gli organizzatori", "i negozianti", "gli attentatori", "il commando", "la comunità
internazionale", "i familiari delle vittime", a bare "televisione di Stato" (groups.yaml `people`, actors_context.yaml
`story_heads`). Sentences written by us in the style of wire copy."""

from __future__ import annotations

from actorkit import with_mention
from cronaca.model import DocumentMeta
from cronaca.pipeline import Pipeline
from eventkit import code, pairs


def _run(text: str, lang: str = "it"):
    return Pipeline().run(text, meta=DocumentMeta(id="t", lang=lang, date="2025-03-12"))


BOLIVIA = (
    "Crisi politica in Bolivia. Il presidente boliviano Luis Arce ha denunciato un tentativo di golpe a La Paz. "
    "I militari ribelli hanno occupato la sede della televisione di Stato e invitato la popolazione a restare in casa. "
    "Migliaia di sostenitori del presidente sono scesi in piazza, e gli organizzatori hanno chiesto al governo di "
    "resistere."
)


def test_population_and_state_television_take_the_story_country() -> None:
    doc = _run(BOLIVIA)
    pop = with_mention(doc, "popolazione")
    tv = with_mention(doc, "televisione di Stato")
    assert pop is not None and (pop.country, pop.sector) == ("BOL", "CVL")
    assert tv is not None and (tv.country, tv.sector) == ("BOL", "MED")


def test_population_is_the_target_of_the_appeal() -> None:
    doc = _run(BOLIVIA)
    assert any(t == "BOLCVL" for _s, t in pairs(doc, "REQUEST"))


def test_supporters_are_the_opposition_and_organizers_civil_society() -> None:
    doc = _run(BOLIVIA)
    sup = with_mention(doc, "Migliaia di sostenitori")
    org = with_mention(doc, "organizzatori")
    assert sup is not None and sup.sector == "OPP" and sup.country == "BOL"
    assert org is not None and (org.country, org.sector) == ("BOL", "CVL")


def test_population_with_a_demonym_takes_that_country() -> None:
    doc = _run("Il ministro degli Esteri italiano ha espresso vicinanza alla popolazione tunisina dopo l'attacco.")
    pop = with_mention(doc, "popolazione tunisina")
    assert pop is not None and pop.country == "TUN"


def test_population_in_a_statistic_after_an_indefinite_article_is_no_actor() -> None:
    doc = _run("Il Paese ha una popolazione di dieci milioni di abitanti, secondo l'istituto di statistica.")
    assert with_mention(doc, "popolazione") is None


def test_bare_people_needs_a_country_of_its_own() -> None:
    doc = _run("Il premier spagnolo Pedro Sánchez ha parlato a lungo del popolo durante il comizio a Madrid.")
    assert with_mention(doc, "popolo") is None
    doc = _run("Il premier spagnolo Pedro Sánchez ha espresso solidarietà al popolo cileno dopo il terremoto.")
    a = with_mention(doc, "popolo cileno")
    assert a is not None and a.country == "CHL"


def test_victims_relatives_are_the_story_country_civilians() -> None:
    doc = _run(
        "Il governo peruviano ha annunciato nuove ricerche a Lima dopo il naufragio del traghetto. "
        "I familiari delle vittime hanno chiesto al governo peruviano di recuperare i corpi."
    )
    a = with_mention(doc, "familiari delle vittime")
    assert a is not None and (a.country, a.sector) == ("PER", "CVL")


def test_commando_is_coded_by_name_and_attackers_are_the_story_armed_side() -> None:
    doc = _run(
        "Attacco a Nairobi: il governo keniano ha condannato l'assalto. Un commando ha aperto il fuoco contro un "
        "centro commerciale di Nairobi e gli attentatori hanno preso in ostaggio decine di clienti."
    )
    com = with_mention(doc, "commando")
    att = with_mention(doc, "attentatori")
    assert com is not None and com.country is None and code(doc, com.id, True).lower() == "armed men"
    assert att is not None and (att.country, att.sector) == ("KEN", "REB")


def test_international_community_is_coded_by_name() -> None:
    doc = _run("Il governo birmano ha respinto le critiche della comunità internazionale sulla repressione.")
    a = with_mention(doc, "comunità internazionale")
    assert a is not None and a.country is None and code(doc, a.id, True).lower() == "international community"


def test_english_supporters_and_state_television() -> None:
    doc = _run(
        "Police in Dhaka arrested dozens of supporters of the former prime minister on Sunday, Bangladeshi officials "
        "said. The Bangladeshi government ordered state television to stop broadcasting the rally.",
        "en",
    )
    sup = with_mention(doc, "dozens of supporters")
    tv = with_mention(doc, "state television")
    assert sup is not None and (sup.country, sup.sector) == ("BGD", "OPP")
    assert tv is not None and (tv.country, tv.sector) == ("BGD", "MED")
    assert ("BGDPOL", "BGDOPP") in pairs(doc, "COERCE")


def test_coordinated_camps_with_no_article_are_both_groups() -> None:
    doc = _run(
        "Roma. Il governo Meloni ha presentato la riforma della giustizia al Senato italiano. Si accende lo scontro tra maggioranza e "
        "opposizione sul testo, approvato con il consenso di opposizione e maggioranza in commissione."
    )
    maj = with_mention(doc, "maggioranza")
    opp = with_mention(doc, "opposizione")
    assert maj is not None and (maj.country, maj.sector) == ("ITA", "GOV")
    assert opp is not None and (opp.country, opp.sector) == ("ITA", "OPP")
    assert len(maj.mentions) == 2 and len(opp.mentions) == 2


def test_a_lone_bare_majority_is_no_group() -> None:
    doc = _run("Roma. Il governo ha presentato la riforma. Il testo è passato con una maggioranza di 200 voti.")
    assert with_mention(doc, "maggioranza") is None


def test_the_coalition_of_a_war_is_coded_by_name() -> None:
    doc = _run(
        "Damasco. I raid aerei della coalizione hanno colpito le postazioni dei jihadisti vicino a Raqqa. "
        "La Turchia ha messo a disposizione della coalizione la base di Incirlik."
    )
    a = with_mention(doc, "coalizione")
    assert a is not None and a.country is None and code(doc, a.id, True).lower() == "coalition"
    assert ("TUR", "coalition") in {(s, t.lower()) for s, t in pairs(doc, "AID")}


def test_a_coalition_of_parties_in_a_political_story_is_no_war_side() -> None:
    doc = _run(
        "Roma. Il governo Meloni ha presentato la manovra al Senato italiano. La coalizione ha votato compatta e ha "
        "respinto gli emendamenti dell'opposizione."
    )
    a = with_mention(doc, "coalizione")
    assert a is None or code(doc, a.id, True).lower() != "coalition"


def test_english_coalition_airstrikes() -> None:
    doc = _run(
        "Coalition airstrikes hit Houthi positions near Hodeidah on Monday, Yemeni officials said. The coalition "
        "said its jets had struck weapons depots. Iran accused the coalition of killing civilians.",
        "en",
    )
    assert ("IRN", "coalition") in {(s, t.lower()) for s, t in pairs(doc, "ACCUSE")}


def test_english_gangs_are_the_story_armed_side() -> None:
    doc = _run(
        "Haitian police said gangs attacked a police station in Port-au-Prince on Sunday. Haiti's prime minister "
        "said the Haitian government would not negotiate with the gangs.",
        "en",
    )
    a = with_mention(doc, "gangs")
    assert a is not None and (a.country, a.sector) == ("HTI", "REB")


def test_supporters_of_an_organization_are_no_group_of_their_own() -> None:
    doc = _run("La polizia ha fermato decine di sostenitori della Cgil davanti al ministero del Lavoro a Roma.")
    assert not any(a.name.startswith("Supporters") for a in doc.actors)
    doc = _run("Caracas. La polizia venezuelana ha arrestato decine di sostenitori di Edmundo González a Caracas.")
    a = with_mention(doc, "decine di sostenitori")
    assert a is not None and (a.country, a.sector) == ("VEN", "OPP")
