"""Speakers on the sixth session's blind articles: anonymous sources, joint speakers, and the cases
that followed from counting the attribution errors there by cause.

Every sentence here is written for these tests in the style of news agencies; none comes from an
article. The whole pipeline runs (actors included); a speaker is checked through its actor.
"""

from __future__ import annotations

from quotekit import find, run, who

# --- anonymous sources: speaker null (docs/gold-format.md), never the body their phrase names -------


def test_senior_official_with_a_country_is_anonymous() -> None:
    doc = run(
        "Turkey's foreign minister met his Greek counterpart in Ankara. A senior Turkish military official "
        "said the patrols in the Aegean would continue through the summer.",
        "en",
    )
    assert who(doc, "patrols in the Aegean") is None


def test_official_with_an_aside_is_anonymous_and_so_is_the_verb_after_it() -> None:
    doc = run(
        "A senior Egyptian official, who spoke on condition of anonymity, warned that the crossing would stay "
        "closed and said the talks had stalled.",
        "en",
    )
    assert who(doc, "crossing would stay closed") is None
    assert who(doc, "talks had stalled") is None


def test_inverted_anonymous_diplomat_after_a_quotation() -> None:
    doc = run(
        'Maria Lind, the Swedish foreign minister, arrived in Brussels on Monday. "The sanctions will '
        'be renewed, but not before the summer," a senior European diplomat said.',
        "en",
    )
    assert who(doc, "The sanctions will be renewed") is None


def test_plural_diplomats_are_anonymous() -> None:
    doc = run("The draft was adopted by 21 votes to 4, diplomats in Geneva said.", "en")
    assert who(doc, "The draft was adopted") is None


def test_named_official_is_not_anonymous() -> None:
    doc = run("Hamas official Khalil Barakat told reporters that the group would study the proposal.", "en")
    a = who(doc, "study the proposal")
    assert a is not None and a.name == "Khalil Barakat", a


def test_italian_unnamed_senior_official_is_anonymous() -> None:
    doc = run(
        "La commissaria europea Ingrid Solberg ha visitato Belgrado. Un alto funzionario europeo, che ha chiesto "
        "di restare anonimo, ha definito «inaccettabili» le violenze e ha fatto sapere che Bruxelles chiederà chiarimenti."
    )
    assert who(doc, "inaccettabili") is None
    assert who(doc, "Bruxelles chiederà chiarimenti") is None


def test_italian_military_sources_are_anonymous_but_sources_of_a_body_are_the_body() -> None:
    doc = run("Fonti militari turche hanno assicurato che le operazioni nel nord della Siria proseguiranno.")
    assert who(doc, "operazioni nel nord") is None
    doc = run("Fonti di Palazzo Chigi hanno riferito che il premier non intende rinviare il vertice.")
    a = who(doc, "non intende rinviare")
    assert a is not None and "Chigi" in a.name, a


def test_group_named_by_an_anonymous_official_still_becomes_an_actor() -> None:
    # the quotation has no speaker, but the ministry the phrase names stays an actor for the events
    doc = run("A Moroccan interior ministry official said the border would reopen next week.", "en")
    assert who(doc, "border would reopen") is None
    assert any(a.country == "MAR" for a in doc.actors), [a.name for a in doc.actors]


# --- joint speakers: one quotation has one speaker, a coordination of named actors is null ----------


def test_three_countries_calling_jointly_have_no_single_speaker() -> None:
    doc = run(
        'In a joint statement, Norway, Denmark and Finland called on Moscow to release the crew "without delay", '
        "saying the detention breached maritime law.",
        "en",
    )
    assert who(doc, "release the crew") is None
    assert who(doc, "detention breached maritime law") is None


def test_two_countries_with_a_relative_aside_speak_jointly() -> None:
    doc = run(
        "Estonia and Latvia, which reported similar cyberattacks last month, urged their allies not to let the attacks go unpunished.",
        "en",
    )
    assert who(doc, "go unpunished") is None


def test_italian_ministries_of_two_capitals_and_a_coordinated_verb_are_joint() -> None:
    doc = run(
        "In una nota congiunta, i ministeri degli Esteri di Madrid e Lisbona hanno chiesto alle parti di «tornare "
        "al tavolo» e si sono detti pronti a ospitare «un nuovo round di colloqui»."
    )
    assert find(doc, "tornare al tavolo").speaker is None
    assert find(doc, "un nuovo round di colloqui").speaker is None


def test_italian_accusations_of_two_capitals_with_secondo_cui_are_joint() -> None:
    doc = run(
        "Damasco ha respinto le accuse di Parigi e di Berlino, secondo cui le milizie avrebbero ricevuto armi dall'estero."
    )
    assert who(doc, "le milizie avrebbero ricevuto armi") is None


def test_object_of_a_verb_is_no_joint_subject() -> None:
    # "met Xi and Modi said": Modi speaks alone; the list is not the clause's subject
    doc = run("Putin met Xi and Modi said the talks had been useful.", "en")
    a = who(doc, "talks had been useful")
    assert a is not None and "Modi" in a.name, a


# --- an unnamed spokesperson speaks for the body or person named with it ------------------------


def test_bare_spokesperson_after_a_department_is_the_department() -> None:
    doc = run(
        'Washington urged both sides to resume talks. "Nobody gains from a longer war," a State Department '
        "spokesperson said.",
        "en",
    )
    a = who(doc, "Nobody gains")
    assert a is not None and a.kind == "ORG" and "State Department" in a.name, a


def test_spokesman_for_a_named_person_is_that_person() -> None:
    doc = run(
        "Senate leader Paul Whitcombe blocked the bill on Tuesday. A spokesman for Whitcombe denied that the "
        "senator wanted to kill the reform, saying he would back a smaller package.",
        "en",
    )
    a = who(doc, "wanted to kill the reform")
    assert a is not None and a.name == "Paul Whitcombe", a
    assert who(doc, "back a smaller package") == a


def test_government_spokesman_is_the_government_just_named() -> None:
    doc = run(
        "The Kenyan government imposed a night curfew in Nairobi. Internet access would stay limited "
        '"until calm returns", a government spokesman said.',
        "en",
    )
    a = who(doc, "until calm returns")
    assert a is not None and a.country == "KEN", a


def test_capitalized_stato_is_no_auxiliary_of_the_cue() -> None:
    doc = run("Un portavoce del dipartimento di Stato ha esortato la Cina a «evitare ogni provocazione» nello Stretto.")
    q = find(doc, "evitare ogni provocazione")
    assert q.cue is not None and q.cue.text == "ha esortato", q.cue
    a = doc.actor(q.speaker) if q.speaker else None
    assert a is not None and "State" in a.name, a


# --- a gerund takes the subject of the clause it hangs on ----------------------------------------


def test_gerund_after_a_cue_with_no_content_is_that_cues_subject() -> None:
    doc = run(
        "La commissione elettorale ha proclamato ieri la vittoria del presidente uscente, ma il leader "
        "dell'opposizione, Tomás Ibarra, ha respinto i risultati definendoli «una farsa» e ha rivendicato la "
        "vittoria, sostenendo che i verbali gli attribuiscono la maggioranza dei voti."
    )
    a = who(doc, "una farsa")
    assert a is not None and a.name == "Tomás Ibarra", a
    assert who(doc, "i verbali gli attribuiscono") == a


def test_gerund_after_a_while_clause_is_that_clauses_subject() -> None:
    doc = run(
        "Canberra said it had acted to protect its farmers, while Wellington protested that the duties were "
        "unjustified and took the case to the World Trade Organization, asking Canberra to withdraw them.",
        "en",
    )
    a = who(doc, "withdraw them")
    assert a is not None and a.country == "NZL", a


def test_gerund_after_a_reported_clause_stays_with_the_reporter() -> None:
    doc = run(
        'A rebel negotiator, Omar Haddad, said the movement had rejected the offer of a ceasefire, calling it '
        '"a trap".',
        "en",
    )
    a = who(doc, "a trap")
    assert a is not None and a.name == "Omar Haddad", a


# --- an inverted subject: a hyphenated name, a role phrase with the name in apposition -------------


def test_inverted_hyphenated_name_after_the_quotation() -> None:
    doc = run(
        'Armed men led by Jimmy Lafontant stormed the district overnight. "They fired at the wards as if they '
        'were barracks," said Anne-Sophie Jean-Baptiste, the clinic\'s director.',
        "en",
    )
    a = who(doc, "fired at the wards")
    assert a is not None and a.name == "Anne-Sophie Jean-Baptiste", a


def test_inverted_coordinator_of_an_organization_is_the_person_in_apposition() -> None:
    doc = run(
        "Le agenzie dell'Onu hanno lanciato un appello a Ginevra. «La carestia è ormai alle porte», ha detto il "
        "coordinatore dell'Onu per gli aiuti umanitari, Lars Eklund, chiedendo di aprire subito i valichi."
    )
    a = who(doc, "La carestia è ormai alle porte")
    assert a is not None and a.name == "Lars Eklund", a
    assert who(doc, "aprire subito i valichi") == a


def test_inverted_deputy_minister_with_a_long_role_is_the_person_in_apposition() -> None:
    doc = run(
        "Il governo ha stanziato dieci milioni di euro. «Non lasceremo soli i civili», ha dichiarato la "
        "viceministra degli Esteri con delega alla cooperazione, Giulia Ferraris."
    )
    a = who(doc, "Non lasceremo soli i civili")
    assert a is not None and a.name == "Giulia Ferraris", a


# --- the subject behind a free relative, an apposition with a possessor, a spokesperson's gerund ----


def test_he_in_what_he_called_is_the_clauses_subject_not_the_last_speaker() -> None:
    doc = run(
        '"We were left alone," said Rose Dumas, a nurse at the clinic. Prime Minister Paul Lenoir condemned '
        'what he called "a crime against the nation" and promised that the attackers would be found.',
        "en",
    )
    a = who(doc, "a crime against the nation")
    assert a is not None and a.name == "Paul Lenoir", a
    assert who(doc, "the attackers would be found") == a


def test_it_in_what_it_described_is_the_body_not_the_object() -> None:
    doc = run(
        "Chile's foreign ministry summoned the Peruvian ambassador on Monday to protest against what it "
        'described as "unacceptable" incursions.',
        "en",
    )
    a = who(doc, "unacceptable")
    assert a is not None and a.country == "CHL", a


def test_apposition_with_a_possessor_describes_the_subject_before_it() -> None:
    doc = run(
        'Russia, Serbia\'s closest ally, called on both sides to "show restraint" and said it was ready to mediate.',
        "en",
    )
    a = who(doc, "show restraint")
    assert a is not None and a.country == "RUS", a
    assert who(doc, "ready to mediate") == a


def test_gerund_of_a_bare_spokesperson_is_the_body() -> None:
    doc = run(
        'A State Department spokesperson dismissed the report as "a fabrication", saying the embassy had '
        "followed every rule.",
        "en",
    )
    a = who(doc, "a fabrication")
    assert a is not None and "State Department" in a.name, a


# --- the main clause's subject: a long first segment is a clause, a person after "da" is no subject ---


def test_gerund_after_a_long_clause_is_its_subject_not_the_names_listed_in_it() -> None:
    doc = run(
        "The European Council froze the assets of two militia leaders, Ali Mansour and Khaled Nouri, and banned "
        "them from travel, accusing the two men of attacking aid convoys.",
        "en",
    )
    a = who(doc, "attacking aid convoys")
    assert a is not None and a.kind == "ORG", a


def test_mission_led_by_a_general_speaks_not_the_general() -> None:
    doc = run(
        "La Unifil, la missione dell'Onu in Libano guidata dal generale spagnolo Diego Serrano, ha rafforzato le "
        "pattuglie lungo la Linea blu e ha invitato le parti alla «massima prudenza»."
    )
    a = who(doc, "massima prudenza")
    assert a is not None and a.name != "Diego Serrano", a


# --- cue verbs with no content of their own carry the partial quotations of their object ----------


def test_dismissed_as_carries_its_partial_quotation() -> None:
    doc = run('The embassy dismissed the accusations as "a crude provocation" on Tuesday.', "en")
    q = find(doc, "a crude provocation")
    assert q.cue is not None and q.cue.text == "dismissed", q.cue


def test_rivendicato_and_parlato_di_carry_their_partial_quotations() -> None:
    doc = run(
        "Il ministero della Difesa russo ha rivendicato «colpi di precisione» contro i depositi. "
        "Il ministro Luca Serra ha parlato di «un fatto gravissimo»."
    )
    q = find(doc, "colpi di precisione")
    assert q.cue is not None and q.cue.text == "ha rivendicato", q.cue
    q = find(doc, "un fatto gravissimo")
    assert q.cue is not None and q.cue.text == "ha parlato", q.cue


def test_parlando_is_no_cue_of_its_own() -> None:
    doc = run(
        "Il presidente egiziano Omar Fathi, parlando alla televisione di Stato, ha sollecitato l'apertura "
        "«immediata» dei valichi."
    )
    a = who(doc, "immediata")
    assert a is not None and a.name == "Omar Fathi", a


def test_relative_after_an_apposition_naming_a_place_is_the_person() -> None:
    doc = run(
        '"Food is rotting at the border," said Ines Duarte, the agency\'s country director for Chad, who urged '
        "both armies to let the convoys through.",
        "en",
    )
    a = who(doc, "let the convoys through")
    assert a is not None and a.name == "Ines Duarte", a


def test_official_with_a_where_aside_is_anonymous() -> None:
    doc = run(
        "A senior UN official in Goma, where the provincial government has been based since the fighting began, "
        "said the roads were closed.",
        "en",
    )
    assert who(doc, "the roads were closed") is None


def test_government_spokesman_when_the_government_is_named_only_as_the_government() -> None:
    doc = run(
        "Students marched on the parliament in Dhaka. The government ordered schools closed. The government "
        'blamed the opposition. Mobile data would stay off "until order returns", a government spokesman said.',
        "en",
    )
    a = who(doc, "until order returns")
    assert a is not None and a.sector == "GOV", a
