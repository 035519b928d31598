"""Actors stage on news unlike our dev set (session 4): group nouns of coups, exiles, hackers, contingents; a region's
leaders as its bloc; bare roles referring back; a country's diplomats at the UN; two-word English demonyms.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from cronaca.model import Actor, Document, DocumentMeta
from cronaca.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def _run(pipe: Pipeline, text: str, lang: str) -> Document:
    return pipe.run(text, DocumentMeta(id="t", lang=lang, date="2024-05-06"))


def _by_mention(doc: Document, text: str) -> Actor | None:
    for a in doc.actors:
        if any(m.text == text for m in a.mentions):
            return a
    return None


_COUP_IT = (
    "Un gruppo di soldati ha preso il controllo della televisione di Stato in Sierra Leone domenica, annunciando la "
    "destituzione del presidente Julius Maada Bio. Gli ufficiali hanno sospeso la Costituzione.\n"
    "Il governo di Freetown ha dichiarato che il tentativo di golpe è fallito. Il ministro dell'Informazione Chernor "
    "Bah ha detto che i soldati fedeli hanno arrestato i golpisti. Il ministro ha accusato i militari golpisti di voler "
    "gettare il Paese nel caos.\n"
    "La giunta ha respinto le accuse. I capi di Stato dell'Africa occidentale hanno condannato il tentativo e l'Ecowas "
    "ha minacciato sanzioni. Gli esuli sierraleonesi a Londra hanno accolto con favore la notizia. Il sindacato degli "
    "insegnanti ha proclamato uno sciopero in Sierra Leone."
)

_COUP_EN = (
    "Soldiers seized the state broadcaster in Sierra Leone on Sunday and announced that President Julius Maada Bio "
    "had been removed. Army officers said the constitution was suspended.\n"
    "The government in Freetown said the coup attempt had failed. Information Minister Chernor Bah said loyal troops "
    "had arrested the coup leaders. The minister accused the mutineers of trying to plunge Sierra Leone into chaos.\n"
    "The junta denied the claim. West African leaders condemned the attempt, and the Economic Community of West "
    "African States threatened sanctions. Sierra Leonean exiles in London welcomed the news. The union called a "
    "strike in Sierra Leone."
)


@pytest.mark.parametrize("text,lang,mentions", [
    (_COUP_IT, "it", ["gruppo di soldati", "golpisti", "militari golpisti"]),
    (_COUP_EN, "en", ["Soldiers", "coup leaders", "mutineers"]),
])
def test_coup_soldiers_are_the_story_military(pipe: Pipeline, text: str, lang: str, mentions: list[str]) -> None:
    doc = _run(pipe, text, lang)
    for m in mentions:
        a = _by_mention(doc, m)
        assert a is not None, m
        assert (a.country, a.sector) == ("SLE", "MIL"), (m, a)
    # one military actor for the story's country: soldiers, coup leaders and the army are one side
    assert len({_by_mention(doc, m).id for m in mentions}) == 1


@pytest.mark.parametrize("text,lang,junta,exiles,union", [
    (_COUP_IT, "it", "giunta", "esuli sierraleonesi", "sindacato"),
    (_COUP_EN, "en", "junta", "Sierra Leonean exiles", "union"),
])
def test_junta_exiles_union(pipe: Pipeline, text: str, lang: str, junta: str, exiles: str, union: str) -> None:
    doc = _run(pipe, text, lang)
    j = _by_mention(doc, junta)
    assert j is not None and (j.country, j.sector) == ("SLE", "GOV")
    e = _by_mention(doc, exiles)
    assert e is not None and (e.country, e.sector) == ("SLE", "OPP")
    u = _by_mention(doc, union)
    assert u is not None and (u.country, u.sector) == ("SLE", "LAB")


@pytest.mark.parametrize("text,lang,phrase", [
    (_COUP_IT, "it", "capi di Stato dell'Africa occidentale"),
    (_COUP_EN, "en", "West African leaders"),
])
def test_regional_leaders_are_the_bloc_named(pipe: Pipeline, text: str, lang: str, phrase: str) -> None:
    a = _by_mention(_run(pipe, text, lang), phrase)
    assert a is not None and a.igo == "ECOWAS"


def test_regional_leaders_without_bloc_are_a_group(pipe: Pipeline) -> None:
    doc = _run(pipe, "West African leaders condemned the coup in Niger and demanded the release of the president.",
               "en")
    a = _by_mention(doc, "West African leaders")
    assert a is not None and a.igo is None and a.country is None


@pytest.mark.parametrize("text,lang,role", [
    (_COUP_IT, "it", "ministro"),
    (_COUP_EN, "en", "minister"),
])
def test_bare_role_refers_to_the_holder_named_before(pipe: Pipeline, text: str, lang: str, role: str) -> None:
    doc = _run(pipe, text, lang)
    bah = next(a for a in doc.actors if a.name == "Chernor Bah")
    assert any(m.text == role for m in bah.mentions)


def test_bare_role_without_holder_makes_nothing(pipe: Pipeline) -> None:
    doc = _run(pipe, "Le proteste sono continuate a Nairobi. Il ministro ha annunciato nuove misure.", "it")
    assert _by_mention(doc, "ministro") is None


def test_giunta_is_local_government_outside_a_coup(pipe: Pipeline) -> None:
    doc = _run(pipe, "A Bologna la giunta ha approvato il bilancio del Comune dopo un lungo dibattito in aula.", "it")
    a = _by_mention(doc, "giunta")
    assert a is None or "Junta" not in a.name


@pytest.mark.parametrize("text,lang,name,country", [
    ("China's UN envoy, Zhou Minghao, said the council should wait for the regional talks.", "en", "Zhou Minghao",
     "CHN"),
    ("Britain's deputy UN ambassador, James Kariuki, said London would abstain in the vote.", "en",
     "James Kariuki", "GBR"),
    ("Il rappresentante permanente cinese all'Onu, Zhou Minghao, ha chiesto moderazione a entrambe le parti.", "it",
     "Zhou Minghao", "CHN"),
])
def test_national_envoy_at_the_un(pipe: Pipeline, text: str, lang: str, name: str, country: str) -> None:
    a = next(a for a in _run(pipe, text, lang).actors if a.name == name)
    assert (a.country, a.sector, a.igo) == (country, "GOV", None)


def test_un_envoy_stays_the_un(pipe: Pipeline) -> None:
    doc = _run(pipe, "The UN envoy for Yemen, Hans Grundberg, said the talks in Muscat had made progress.", "en")
    a = next(a for a in doc.actors if "Grundberg" in a.name)
    assert a.igo == "UN"


@pytest.mark.parametrize("text,lang,mention,country", [
    ("Il ministero degli Esteri di Kinshasa ha convocato l'incaricato d'affari francese dopo le dichiarazioni.", "it",
     "incaricato d'affari", "FRA"),
    ("Kenya's foreign ministry summoned the French charge d'affaires over the remarks.", "en", "charge d'affaires",
     "FRA"),
])
def test_charge_d_affaires(pipe: Pipeline, text: str, lang: str, mention: str, country: str) -> None:
    a = _by_mention(_run(pipe, text, lang), mention)
    assert a is not None and (a.kind, a.country, a.sector) == ("PER", country, "GOV")


def test_two_word_demonym(pipe: Pipeline) -> None:
    doc = _run(pipe, "South Africa imposed new duties. The South African president said his country would not "
                     "yield to pressure from Washington.", "en")
    a = _by_mention(doc, "president")
    assert a is not None and (a.country, a.sector) == ("ZAF", "GOV")


@pytest.mark.parametrize("text,lang,mention,country", [
    ("Hackers linked to Russia attacked the signalling system of the Polish railways on Friday.", "en", "Hackers",
     "RUS"),
    ("Un gruppo di hacker legati alla Cina ha colpito i server del ministero degli Esteri ceco.", "it",
     "gruppo di hacker", "CHN"),
    ("The Rwandan contingent retook the port of Mocimboa da Praia from the insurgents.", "en", "Rwandan contingent",
     "RWA"),
])
def test_groups_placed_by_their_own_country(pipe: Pipeline, text: str, lang: str, mention: str, country: str) -> None:
    a = _by_mention(_run(pipe, text, lang), mention)
    assert a is not None and a.country == country


def test_hackers_without_country_are_not_the_story_country(pipe: Pipeline) -> None:
    text = ("Poland's digital affairs minister said hackers had attacked the Polish railways. Polish police arrested "
            "two suspects in Warsaw, and the Polish government called an emergency meeting in Poland.")
    a = _by_mention(_run(pipe, text, "en"), "hackers")
    assert a is not None and a.country is None


def test_union_refers_to_the_union_named_before(pipe: Pipeline) -> None:
    text = ("La Cgil ha proclamato uno sciopero generale contro la manovra del governo italiano. Il sindacato ha "
            "annunciato una manifestazione a Roma.")
    doc = _run(pipe, text, "it")
    cgil = _by_mention(doc, "Cgil")
    assert cgil is not None and _by_mention(doc, "sindacato") is cgil


def test_union_as_descriptor_before_a_name_is_no_group(pipe: Pipeline) -> None:
    doc = _run(pipe, "Il ricorso è stato presentato dal sindacato dei medici Anaao Assomed contro il decreto.", "it")
    assert _by_mention(doc, "sindacato") is None


@pytest.mark.parametrize("text,lang,mention,country", [
    ("Azerbaijan accused Armenia of shelling its positions near the border on Monday. Armenia denied the claim and "
     "said Azerbaijani troops had fired first. The foreign ministry summoned the Armenian ambassador in Baku.", "en",
     "foreign ministry", "AZE"),
    ("L'Azerbaigian ha accusato l'Armenia di aver bombardato le sue postazioni al confine. L'Armenia ha respinto "
     "le accuse. Il ministero degli Esteri ha convocato l'ambasciatore armeno.", "it", "ministero degli Esteri", "AZE"),
])
def test_foreign_ministry_summoning_a_foreign_diplomat(pipe: Pipeline, text: str, lang: str, mention: str,
                                                       country: str) -> None:
    a = _by_mention(_run(pipe, text, lang), mention)
    assert a is not None and (a.country, a.sector) == (country, "GOV")


_SERBIA = ("Tens of thousands of Serbians marched in Belgrade on Saturday against the election results. The Serbian "
           "opposition accused the ruling party of fraud and Serbia's electoral commission rejected the complaints. "
           "The president dismissed the protests as a foreign-funded attempt to topple the government of Serbia.")


def test_bare_head_of_state_in_a_one_country_story_is_its_president(pipe: Pipeline) -> None:
    a = _by_mention(_run(pipe, _SERBIA, "en"), "president")
    assert a is not None and (a.kind, a.country, a.sector) == ("PER", "SRB", "GOV")


def test_bare_president_is_ambiguous_when_a_foreign_president_is_named(pipe: Pipeline) -> None:
    text = ("La presidente della Bce Christine Lagarde ha annunciato un rialzo dei tassi a Francoforte. Il governo "
            "italiano ha accolto la decisione e il ministero dell'Economia italiano ha parlato di scelta attesa. "
            "Il Tesoro italiano ha confermato le aste. Secondo la presidente, l'inflazione resta alta in Italia.")
    a = _by_mention(_run(pipe, text, "it"), "presidente")
    assert a is None or a.country != "ITA"


@pytest.mark.parametrize("text,lang,mention,country", [
    ("Yemeni government forces clashed with the Houthis near Marib on Sunday.", "en", "Yemeni government forces", "YEM"),
    ("The Saudi-led coalition carried out air strikes on the port of Hodeidah.", "en", "Saudi-led coalition", "SAU"),
    ("La coalizione a guida saudita ha bombardato il porto di Hodeidah.", "it", "coalizione a guida saudita", "SAU"),
])
def test_government_forces_and_led_coalitions_are_military(pipe: Pipeline, text: str, lang: str, mention: str,
                                                           country: str) -> None:
    a = _by_mention(_run(pipe, text, lang), mention)
    assert a is not None and (a.country, a.sector) == (country, "MIL")


@pytest.mark.parametrize("text,lang,role", [
    ("The president of Mozambique said the talks with the rebels had failed.", "en", "president"),
    ("Il presidente del Mozambico ha detto che i colloqui con i ribelli sono falliti.", "it", "presidente"),
])
def test_role_of_a_named_country_is_its_official(pipe: Pipeline, text: str, lang: str, role: str) -> None:
    doc = _run(pipe, text, lang)
    a = _by_mention(doc, role)
    assert a is not None and (a.kind, a.country) == ("PER", "MOZ")
    assert any(x.kind == "GPE" and x.country == "MOZ" for x in doc.actors)  # the country stays its own actor


def test_ministry_closing_a_role_phrase_is_an_actor(pipe: Pipeline) -> None:
    doc = _run(pipe, "La portavoce del ministero degli Esteri russo, Yelena Gromova, ha respinto le accuse di Chisinau.",
               "it")
    a = _by_mention(doc, "ministero degli Esteri russo")
    assert a is not None and (a.kind, a.country, a.sector) == ("ORG", "RUS", "GOV")
    assert next(x for x in doc.actors if x.name == "Yelena Gromova").country == "RUS"


def test_title_closing_a_role_phrase_is_no_body(pipe: Pipeline) -> None:
    doc = _run(pipe, "Il capo della diplomazia cinese Wang Yi ha incontrato il segretario di Stato americano a Roma.",
               "it")
    assert _by_mention(doc, "diplomazia cinese") is None and _by_mention(doc, "Stato americano") is None
