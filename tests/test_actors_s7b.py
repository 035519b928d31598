"""Session 7b, sixteenth actors round: the codes of actors we find (country, igo, sector) on fresh stories.

Sentences written by us in the style of wire copy; each test checks what the actors stage gives."""

from __future__ import annotations

from actorkit import run, with_mention

# ------------------------------------------------------------------ people acting for an international organization


def test_en_possessive_igo_before_role_makes_the_person_act_for_it() -> None:
    doc = run('"We stand ready to help with demarcation," the EU\'s foreign policy chief, Marta Lindholm, said on '
              "Friday, adding that the bloc would extend its monitoring mission.", "en")
    p = with_mention(doc, "Marta Lindholm")
    assert p is not None and p.igo == "EU" and p.country is None


def test_en_possessive_igo_in_apposition_after_name() -> None:
    doc = run('"People are starving within sight of food," said Laila Osman, the WFP\'s country director for Sudan, '
              "who urged the warring parties to open the roads.", "en")
    p = with_mention(doc, "Laila Osman")
    assert p is not None and p.igo == "WFP" and p.country is None


def test_it_igo_in_role_complement() -> None:
    doc = run("«Bisogna agire subito», ha detto a Ginevra il coordinatore per le emergenze dell'Onu, Henrik Alvestad, "
              "che ha chiesto ai Paesi donatori 450 milioni di dollari.", "it")
    p = with_mention(doc, "Henrik Alvestad")
    assert p is not None and p.igo == "UN" and p.country is None


def test_it_hyphenated_given_name_apposed_to_igo_spokesperson() -> None:
    doc = run("Da Bruxelles, la portavoce del Servizio europeo per l'azione esterna, Anna-Lena Korhonen, ha chiesto "
              "a Belgrado di garantire il diritto di manifestare.", "it")
    p = with_mention(doc, "Anna-Lena Korhonen")
    assert p is not None and p.igo == "EU"


UNIFIL_IT = ("Due postazioni della missione Onu in Libano (Unifil) sono state colpite nella notte vicino a Naqoura. "
             "Il portavoce della missione, Rodrigo Almeida, ha spiegato che non ci sono feriti. Il comandante della "
             "missione, il generale Aroldo Lázaro, ha fatto sapere che i caschi blu resteranno nelle loro posizioni.")


def test_it_the_mission_named_back_is_the_igo_of_its_officials() -> None:
    doc = run(UNIFIL_IT, "it")
    spokesman = with_mention(doc, "Rodrigo Almeida")
    assert spokesman is not None and spokesman.igo == "UN" and spokesman.country is None
    general = with_mention(doc, "Aroldo Lázaro")  # a rank between the office and the name
    assert general is not None and general.igo == "UN"


# ------------------------------------------------------------------ named bodies no dictionary knows


def test_it_union_federations_take_their_confederation_code() -> None:
    doc = run("«È un attacco al diritto di sciopero», ha dichiarato il segretario generale della Uiltrasporti, Davide "
              "Ruggieri. Anche la Fp Cgil ha annunciato un presidio davanti al ministero.", "it")
    for name in ("Uiltrasporti", "Fp Cgil"):
        a = with_mention(doc, name)
        assert a is not None and (a.country, a.sector) == ("ITA", "LAB"), name


def test_it_body_named_after_a_capital_takes_its_country() -> None:
    doc = run("Gli studenti dell'Università di Belgrado hanno occupato sei facoltà per protesta contro il governo.",
              "it")
    a = with_mention(doc, "Università di Belgrado")
    assert a is not None and a.country == "SRB" and a.sector == "EDU"


def test_en_radio_station_of_a_one_country_story() -> None:
    doc = run("Argentina's unions staged a general strike on Wednesday against President Javier Milei's labour "
              "reform. Argentina's economy minister said the strike would cost millions. \"The unions are defending "
              "their privileges,\" the minister told Radio Mitre. Argentine police kept the roads to Buenos Aires "
              "open.", "en")
    a = with_mention(doc, "Radio Mitre")
    assert a is not None and a.country == "ARG" and a.sector == "MED"


# ------------------------------------------------------------------ officials of a story about two countries

IRAN_EN = (
    "The IAEA board passed a resolution censuring Iran on Thursday. Iran rejected the vote and Tehran said it would "
    "install new centrifuges. Iran's foreign ministry called the resolution political. Iranian officials said Iran "
    "would keep cooperating with inspectors. Israel welcomed the vote, and Israeli officials said Israel was ready to "
    "act alone. Defence Minister Avi Shapira accused Iran of "
    "racing towards a bomb under the cover of talks."
)


def test_en_an_official_who_acts_on_the_story_country_is_the_other_side() -> None:
    doc = run(IRAN_EN, "en")
    p = with_mention(doc, "Avi Shapira")
    assert p is not None and p.country == "ISR"


ETHIOPIA_EN = (
    "Ethiopia has moved troops and artillery towards its northern border, residents said, as Ethiopia's dispute with "
    "Eritrea over access to the Red Sea deepened. Ethiopia says it needs a port. \"The Eritrean regime is arming "
    "groups whose only aim is to destabilise Ethiopia,\" an official in Addis Ababa said. Prime Minister Dawit Bekele "
    "told parliament that Ethiopia did not want war. Ethiopian state media said the troops were on exercises. The "
    "Eritrean government said Eritrea would defend itself, and Asmara accused Ethiopia of preparing an invasion. "
    "Eritrea has mobilised reservists, Eritrean exiles said."
)


def test_en_bare_offices_are_not_given_the_other_country_of_the_story() -> None:
    # a story about two countries named about as often: the only state body named with its country is Eritrea's,
    # the premier named bare is Ethiopia's
    doc = run(ETHIOPIA_EN, "en")
    p = with_mention(doc, "Dawit Bekele")
    assert p is not None and p.country != "ERI"


def test_en_descriptor_set_off_before_the_role_gives_the_country() -> None:
    doc = run("Talks between the two neighbours resumed in Doha on Sunday. The head of the Afghan delegation, acting "
              "defence minister Nasrullah Zadran, wrote on X that Kabul wanted good relations. \"This is an important "
              "step,\" Japan's chief negotiator, Deputy Foreign Minister Kenji Morimoto, told reporters.", "en")
    zadran = with_mention(doc, "Nasrullah Zadran")
    assert zadran is not None and zadran.country == "AFG"
    morimoto = with_mention(doc, "Kenji Morimoto")
    assert morimoto is not None and morimoto.country == "JPN"


def test_it_spokesman_of_the_executive_is_the_government_named_before() -> None:
    doc = run("Il Niger accusa il Benin di ospitare basi straniere e Niamey tiene chiusa la frontiera. Il governo "
              "beninese ha respinto le accuse. «Non c'è nessuna base straniera», ha dichiarato il portavoce "
              "dell'esecutivo, Théophile Agbodjan, che ha invitato Niamey al dialogo.", "it")
    p = with_mention(doc, "Théophile Agbodjan")
    assert p is not None and p.country == "BEN"
