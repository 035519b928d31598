"""Groups of people named by a common noun (actors/people.py): activists, protesters, journalists, rebels, state
forces. Sentences written by us, Italian and English; positives and the uses that are no actor."""

from __future__ import annotations

from actorkit import run, with_mention
from cronaca.model import Actor, DocumentMeta
from cronaca.pipeline import Pipeline
from eventkit import triples


def code(a: Actor) -> tuple[str | None, str | None]:
    return a.country, a.sector


# ------------------------------------------------------------------------------------------------ Italian


IT_TURKEY = ("Il governo turco ha vietato ogni corteo ad Ankara. Il presidente turco Recep Tayyip Erdogan ha "
             "difeso il divieto. Ieri decine di studenti si sono radunati davanti all'università di Istanbul. "
             "La polizia ha fermato tre attivisti e alcuni giornalisti. Le forze di sicurezza hanno sgomberato la "
             "piazza, mentre i sindacati hanno annunciato uno sciopero.")


def test_it_groups_in_a_one_country_story_take_its_country() -> None:
    doc = run(IT_TURKEY)
    assert code(with_mention(doc, "decine di studenti")) == ("TUR", "EDU")
    assert code(with_mention(doc, "tre attivisti")) == ("TUR", "CVL")
    assert code(with_mention(doc, "giornalisti")) == ("TUR", "MED")
    assert code(with_mention(doc, "forze di sicurezza")) == ("TUR", "MIL")


def test_it_quantity_heads_the_mention_and_the_article_stays_out() -> None:
    doc = run("Centinaia di manifestanti hanno bloccato il ponte. I manifestanti chiedono nuove elezioni.")
    a = with_mention(doc, "Centinaia di manifestanti")
    assert a is not None and a.sector == "CVL"
    assert with_mention(doc, "manifestanti") is a  # one group, its mentions merged
    assert all(not m.text.lower().startswith("i ") for m in a.mentions)


def test_it_demonym_gives_the_group_its_country() -> None:
    doc = run("Coloni israeliani hanno dato fuoco a un uliveto vicino a Nablus.")
    assert code(with_mention(doc, "Coloni israeliani")) == ("ISR", "CVL")


def test_it_sentence_place_places_police_and_its_targets() -> None:
    doc = Pipeline().run("La polizia ha arrestato tre attivisti a Istanbul.",
                         DocumentMeta(id="t", lang="it", date="2024-05-06"))
    assert code(with_mention(doc, "tre attivisti")) == ("TUR", "CVL")
    assert ("COERCE", "TURPOL", "TURCVL") in triples(doc, sector=True)


def test_it_crowd_of_people_is_a_group_only_as_a_subject() -> None:
    doc = run("Migliaia di persone hanno manifestato a Buenos Aires contro il governo.")
    assert code(with_mention(doc, "Migliaia di persone")) == ("ARG", "CVL")
    doc = run("Le alluvioni hanno costretto migliaia di persone a lasciare le case a Valencia.")
    assert with_mention(doc, "migliaia di persone") is None


def test_it_no_country_group_is_coded_by_its_name() -> None:
    doc = run("I miliziani hanno rapito due giornalisti stranieri.")
    a = with_mention(doc, "miliziani")
    assert a is not None and a.country is None and a.key.startswith("group:") and a.sector == "REB"
    b = with_mention(doc, "militanti curdi") or None
    assert b is None  # not in this sentence
    doc = run("Ankara accusa Stoccolma di proteggere militanti curdi.")
    kurds = with_mention(doc, "militanti curdi")
    assert kurds is not None and kurds.country is None and kurds.name == "Kurdish militants"


def test_it_not_groups() -> None:
    # adjectives, possessives, the audience of a statement, an armed group's fighters named with the group
    doc = run("Il ministro ha detto ai giornalisti che i suoi soldati resteranno e che gli obiettivi militari "
              "colpiti erano legittimi. I ribelli dell'M23 hanno preso Goma; i miliziani filo-iraniani tacciono.")
    assert with_mention(doc, "giornalisti") is None
    assert with_mention(doc, "soldati") is None
    assert with_mention(doc, "militari") is None
    assert with_mention(doc, "ribelli") is None
    assert with_mention(doc, "miliziani") is None


def test_it_victims_need_a_country_of_their_own() -> None:
    # the story's country is often the other side's: "i prigionieri" in a story about Russia are not Russian
    doc = run("La Russia ha respinto le accuse di Kiev. Mosca nega di torturare i prigionieri. Il Cremlino ha "
              "parlato di propaganda russa contro la Russia.")
    assert with_mention(doc, "prigionieri") is None
    doc = run("Israele rilascerà centinaia di detenuti palestinesi.")
    assert code(with_mention(doc, "centinaia di detenuti palestinesi")) == ("PSE", "CVL")


def test_it_bare_forces_need_a_country() -> None:
    doc = run("Le forze di sicurezza hanno sgomberato la piazza.")
    assert with_mention(doc, "forze di sicurezza") is None


# ------------------------------------------------------------------------------------------------ English


EN_GEORGIA = ("Georgia's parliament passed the law on Tuesday. The Georgian government defended it in Tbilisi. "
              "Prime Minister Irakli Kobakhidze said the protests were paid for abroad. Hundreds of demonstrators "
              "gathered outside parliament, and police detained two journalists and several opposition supporters. "
              "Security forces used water cannon as students chanted.")


def test_en_groups_in_a_one_country_story_take_its_country() -> None:
    doc = run(EN_GEORGIA, "en")
    assert code(with_mention(doc, "Hundreds of demonstrators")) == ("GEO", "CVL")
    assert code(with_mention(doc, "two journalists")) == ("GEO", "MED")
    assert code(with_mention(doc, "opposition supporters")) == ("GEO", "OPP")
    assert code(with_mention(doc, "students")) == ("GEO", "EDU")
    assert code(with_mention(doc, "police")) == ("GEO", "POL")


def test_en_demonym_and_ethnic_modifiers() -> None:
    doc = run("Israeli settlers attacked a village near Ramallah, and Kurdish activists marched in Berlin.", "en")
    assert code(with_mention(doc, "Israeli settlers")) == ("ISR", "CVL")
    kurds = with_mention(doc, "Kurdish activists")
    assert kurds is not None and kurds.country is None and kurds.name == "Kurdish activists"


def test_en_junta_and_military_as_nouns_only() -> None:
    text = ("Niger's junta expelled the French ambassador. The junta said Niamey would decide alone. "
            "Niger's military officials met in Niamey, and the military closed the border with Benin.")
    doc = run(text, "en")
    assert code(with_mention(doc, "junta")) == ("NER", "GOV")
    assert code(with_mention(doc, "military")) == ("NER", "MIL")
    assert all(m.text != "military officials" for a in doc.actors for m in a.mentions)


def test_en_not_groups() -> None:
    doc = run("The minister told reporters that the student union and pro-Russian militants were not welcome.", "en")
    assert with_mention(doc, "reporters") is None
    assert with_mention(doc, "student") is None
    assert with_mention(doc, "militants") is None
    doc = run("The floods killed 300 people and forced thousands of people from their homes.", "en")
    assert with_mention(doc, "300 people") is None and with_mention(doc, "thousands of people") is None


def test_en_quantity_joins_the_institution_mention() -> None:
    doc = run("Thousands of protesters marched in Tbilisi.", "en")
    a = with_mention(doc, "Thousands of protesters")
    assert a is not None and a.country == "GEO"


def test_rebels_and_army_of_a_one_country_story_are_sides_of_its_war() -> None:
    nlp = Pipeline()
    it = ("Nuovi scontri nell'est del Congo. Il presidente congolese Felix Tshisekedi ha accusato il Ruanda di "
          "sostenere i guerriglieri. I ribelli hanno attaccato una base dell'esercito vicino a Goma.")
    en = ("Fighting flared again in eastern Congo on Monday. Congolese President Felix Tshisekedi accused Rwanda of "
          "arming the insurgents. The rebels attacked an army base near Goma.")
    for text, lang in ((it, "it"), (en, "en")):
        doc = nlp.run(text, DocumentMeta(id="t", lang=lang, date="2024-05-06"))
        assert ("ASSAULT", "CODREB", "CODMIL") in triples(doc, sector=True), lang


def test_the_opposition_as_a_body_not_as_an_act_or_a_role() -> None:
    it = ("Proteste in Serbia. Il presidente serbo Aleksandar Vucic ha respinto le accuse a Belgrado. L'opposizione "
          "ha chiesto nuove elezioni. La sua opposizione alla riforma è nota. Il leader dell'opposizione ha parlato.")
    doc = run(it)
    opp = [a for a in doc.actors if a.sector == "OPP"]
    assert len(opp) == 1 and opp[0].country == "SRB"
    assert [m.text for m in opp[0].mentions] == ["opposizione"]  # the first sentence's body only
    en = ("Protests in Serbia. Serbian President Aleksandar Vucic rejected the claims in Belgrade. The opposition "
          "boycotted the vote. Their opposition to the law is well known. The opposition leader spoke to the crowd.")
    doc = run(en, "en")
    opp = [a for a in doc.actors if a.sector == "OPP"]
    assert len(opp) == 1 and opp[0].country == "SRB" and len(opp[0].mentions) == 1
