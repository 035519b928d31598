"""Quotations in forms real articles use and our gold may lack: post-posed attributions with an
addressee or a channel ("..., a Hamas official told AFP."), "Lo ha detto X" after the statement,
"si legge in una nota di X", a pronoun or dropped subject after a sentence that named the speaker,
a post-posed "secondo X" after a cue. Every sentence is written for these tests.
"""

from __future__ import annotations

from cronaca.model import Document, Quote
from cronaca.pipeline import extract


def run(text: str, lang: str = "it") -> Document:
    return extract(text, lang=lang, date="2024-03-13")


def name(doc: Document, actor_id: str | None) -> str | None:
    a = doc.actor(actor_id)
    return a.name if a is not None else None


def find(doc: Document, fragment: str) -> Quote:
    for q in doc.quotes:
        if fragment in q.text:
            return q
    raise AssertionError(f"no quote with {fragment!r} in {[q.text for q in doc.quotes]}")


# ------------------------------------------------------------------------ post-posed with a tail


def test_post_posed_cue_followed_by_addressee() -> None:
    doc = run("The truce will hold until Friday, a Hamas official told AFP.", "en")
    q = find(doc, "The truce will hold until Friday")
    assert q.kind == "indirect"
    # an unnamed official is an anonymous source: speaker null (docs/gold-format.md; sixth session)
    assert q.speaker is None
    assert q.speaker_span is not None and q.speaker_span.text == "a Hamas official"
    assert name(doc, q.addressee) == "AFP"


def test_post_posed_cue_followed_by_channel() -> None:
    doc = run("Budapest will block the aid package, Prime Minister Viktor Orban wrote on Facebook.", "en")
    q = find(doc, "Budapest will block the aid package")
    assert "Orb" in (name(doc, q.speaker) or "")
    assert q.channel is not None and "Facebook" in q.channel.text


def test_post_posed_body_is_not_the_previous_clause_subject() -> None:
    doc = run("The army has pulled out of the village, the ministry said in a statement.", "en")
    q = find(doc, "The army has pulled out of the village")
    assert name(doc, q.speaker) != "Army"


def test_comma_clause_without_a_final_cue_is_no_statement() -> None:
    doc = run("The talks ended on Monday, the ministry said the deal would be signed in May.", "en")
    assert not any(q.text.startswith("The talks ended") for q in doc.quotes)


# ---------------------------------------------------------------------------- "Lo ha detto X"


def test_lo_ha_detto_takes_the_quotation_before() -> None:
    doc = run(
        "Il sindaco Beppe Sala ha incontrato i commercianti. «La città non si ferma. Abbiamo un piano per il "
        "centro». Lo ha detto il presidente della Regione Attilio Fontana."
    )
    q = find(doc, "La città non si ferma")
    assert q.kind == "direct"
    assert name(doc, q.speaker) == "Attilio Fontana"
    assert q.cue is not None and "detto" in q.cue.text


def test_lo_ha_annunciato_takes_the_sentence_before_as_indirect() -> None:
    doc = run(
        "Il governo non aumenterà le accise sui carburanti nel 2025. Lo ha annunciato il ministro "
        "dell'Economia Giancarlo Giorgetti durante il question time."
    )
    q = find(doc, "Il governo non aumenterà le accise")
    assert q.kind == "indirect"
    assert name(doc, q.speaker) == "Giancarlo Giorgetti"


def test_lo_inside_a_quotation_is_no_anaphoric_cue() -> None:
    doc = run(
        "Il presidente Sergio Mattarella ha ricevuto al Quirinale i sindaci. «Lo ha detto anche il Papa», "
        "ha osservato il capo dello Stato."
    )
    q = find(doc, "Lo ha detto anche il Papa")
    assert name(doc, q.speaker) == "Sergio Mattarella"
    assert q.cue is not None and "osservato" in q.cue.text


# --------------------------------------------------------------------------------- "si legge"


def test_si_legge_in_una_nota_di_x() -> None:
    doc = run("«Il governo valuterà la proposta della Commissione», si legge in una nota di Palazzo Chigi.")
    q = find(doc, "Il governo valuterà la proposta")
    assert q.cue is not None and q.cue.text == "si legge"
    assert name(doc, q.speaker) == "Palazzo Chigi"


def test_legge_as_a_noun_is_no_cue() -> None:
    doc = run("La legge di bilancio, ha detto il ministro Giancarlo Giorgetti, sarà approvata entro dicembre.")
    assert all(q.cue is None or "legge" not in q.cue.text for q in doc.quotes)


# ------------------------------------------------------------- pronoun and dropped subject


def test_he_said_after_a_sentence_naming_two_people() -> None:
    doc = run(
        "German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on Monday. He said the two "
        "countries would coordinate their support for Ukraine.",
        "en",
    )
    assert name(doc, find(doc, "the two countries would coordinate").speaker) == "Olaf Scholz"


def test_dropped_subject_after_a_meeting() -> None:
    doc = run(
        "La premier Giorgia Meloni ha incontrato a Roma il cancelliere tedesco Olaf Scholz. Ha detto che i due "
        "Paesi lavoreranno insieme sui migranti."
    )
    assert name(doc, find(doc, "i due Paesi lavoreranno").speaker) == "Giorgia Meloni"


# ------------------------------------------------------- post-posed "secondo X" after a cue


def test_secondo_after_a_post_posed_cue_is_the_source() -> None:
    doc = run("Il piano è inaccettabile, ha affermato il portavoce del Cremlino Dmitry Peskov, secondo l'agenzia Tass.")
    q = find(doc, "Il piano è inaccettabile")
    assert name(doc, q.speaker) == "Dmitry Peskov"
    assert name(doc, q.reported_by) == "TASS"


# ------------------------------------------------- relative clauses and speakers with no mention


def test_relative_clause_between_subject_and_cue_is_skipped() -> None:
    doc = run(
        "La Ong tedesca Sea-Watch, la cui capitana Carola Rackete era stata fermata a Lampedusa, ha accusato il "
        "governo di “criminalizzare la solidarietà”."
    )
    q = find(doc, "criminalizzare la solidarietà")
    assert name(doc, q.speaker) != "Carola Rackete"
    assert q.speaker_span is not None and "Sea-Watch" in q.speaker_span.text


def test_unresolved_speaker_name_becomes_an_actor() -> None:
    doc = run("Il presidente dell'Anm Giuseppe Santalucia ha accusato il governo di voler «indebolire la magistratura».")
    q = find(doc, "indebolire la magistratura")
    speaker = doc.actor(q.speaker)
    assert speaker is not None and speaker.name == "Giuseppe Santalucia" and speaker.kind == "PER"
    assert any(m.text == "Giuseppe Santalucia" for m in speaker.mentions)


def test_unresolved_organization_name_runs_over_of() -> None:
    doc = run("Health officials met union leaders, but the Royal College of Nursing said the talks had failed.", "en")
    speaker = doc.actor(find(doc, "the talks had failed").speaker)
    assert speaker is not None and speaker.name == "Royal College of Nursing"


def test_demonym_before_a_role_noun_is_no_actor() -> None:
    doc = run("Russia launched a large drone attack on Kyiv overnight, Ukrainian officials said.", "en")
    q = find(doc, "Russia launched a large drone attack")
    assert not any(a.name == "Ukrainian" for a in doc.actors)
    assert q.kind == "indirect"


def test_participle_phrase_between_subject_and_cue_is_no_apposition() -> None:
    doc = run("L'agenzia Reuters, citata da Bloomberg, ha riferito che le trattative sono state sospese.")
    q = find(doc, "le trattative sono state sospese")
    assert name(doc, q.speaker) != "Bloomberg"


def test_plural_role_noun_is_a_group_not_the_last_person() -> None:
    doc = run(
        "Il presidente americano Joe Biden ha sentito ieri i leader europei. In una nota congiunta, i sei leader "
        "hanno ribadito il «sostegno all'Ucraina»."
    )
    assert name(doc, find(doc, "sostegno all'Ucraina").speaker) != "Joe Biden"


def test_channel_after_a_dropped_subject_cue_keeps_the_previous_speaker() -> None:
    doc = run(
        "Il segretario della Cgil Maurizio Landini ha annunciato lo sciopero generale. «Non è una manovra per il "
        "lavoro», ha aggiunto in un'intervista al Corriere della Sera."
    )
    assert name(doc, find(doc, "Non è una manovra per il lavoro").speaker) == "Maurizio Landini"


def test_cosi_x_ha_commentato_takes_the_quotation_before() -> None:
    doc = run(
        "L'Ue ha approvato il nuovo pacchetto di aiuti a Kiev. «Siamo pronti a fare la nostra parte». Così il "
        "presidente ucraino Volodymyr Zelensky ha commentato l'accordo."
    )
    assert name(doc, find(doc, "Siamo pronti a fare la nostra parte").speaker) == "Volodymyr Zelensky"


def test_she_told_after_a_paragraph_naming_her() -> None:
    doc = run(
        "Foreign Minister Annalena Baerbock travelled to Kyiv on Monday.\n"
        '"Germany stands by Ukraine for as long as it takes," she told reporters at the station.',
        "en",
    )
    assert name(doc, find(doc, "Germany stands by Ukraine").speaker) == "Annalena Baerbock"


def test_office_of_a_person_speaks_as_a_body() -> None:
    doc = run("Netanyahu's office said in a statement that the delegation would travel to Cairo on Thursday.", "en")
    speaker = doc.actor(find(doc, "the delegation would travel").speaker)
    assert speaker is not None and speaker.kind == "ORG" and "office" in speaker.name
    doc = run("Nella notte l'ufficio del premier Benjamin Netanyahu ha accusato Hamas di aver violato l'intesa.")
    speaker = doc.actor(find(doc, "aver violato l'intesa").speaker)
    assert speaker is not None and speaker.kind == "ORG" and speaker.name.startswith("ufficio")


def test_indefinite_spokesperson_after_a_clause_is_not_the_previous_subject() -> None:
    doc = run(
        "La premier Giorgia Meloni ha invitato la presidente della Commissione a visitare l'isola. La visita è "
        "prevista per domenica, ha confermato un portavoce dell'esecutivo comunitario."
    )
    assert name(doc, find(doc, "La visita è prevista per domenica").speaker) != "Giorgia Meloni"


# ----------------------------------------------------------------- unnamed speakers


def test_unnamed_spokesperson_of_a_foreign_ministry_is_a_group_actor() -> None:
    doc = run("Un portavoce del ministero degli Esteri cinese ha detto che Pechino si oppone a ogni ingerenza.")
    speaker = doc.actor(find(doc, "Pechino si oppone a ogni ingerenza").speaker)
    assert speaker is not None
    assert speaker.country == "CHN" and speaker.sector == "GOV"
    assert not speaker.name.lower().startswith("un ")


def test_anonymous_sources_are_no_actor() -> None:
    doc = run("Sources close to the negotiations said a deal could be reached within days.", "en")
    q = find(doc, "a deal could be reached within days")
    assert q.speaker is None
    assert not any("Sources" in a.name for a in doc.actors)


def test_lo_ha_detto_after_a_colon() -> None:
    doc = run("Mosca non accetterà nuove sanzioni e risponderà con fermezza: lo ha detto il ministro Sergej Lavrov.")
    q = find(doc, "Mosca non accetterà nuove sanzioni")
    assert q.kind == "indirect" and "Lavrov" in (name(doc, q.speaker) or "")
    doc = run("«Non accetteremo nuove sanzioni»: lo ha detto il ministro degli Esteri russo Sergej Lavrov.")
    q = find(doc, "Non accetteremo nuove sanzioni")
    assert q.kind == "direct" and "Lavrov" in (name(doc, q.speaker) or "")


def test_said_that_a_and_that_b_is_one_quotation() -> None:
    doc = run("Kremlin spokesman Dmitry Peskov said that Moscow was open to talks and that it would not accept preconditions.", "en")
    q = find(doc, "Moscow was open to talks")
    assert q.text.endswith("would not accept preconditions")
    assert sum(1 for x in doc.quotes if x.kind == "indirect") == 1


# ------------------------------------------------------------ openers and sources


def test_per_x_opening_a_sentence_only_with_a_speaker() -> None:
    doc = run("Per il ministro dell'Interno Matteo Piantedosi, gli sbarchi sono in calo rispetto allo scorso anno.")
    q = find(doc, "gli sbarchi sono in calo")
    assert name(doc, q.speaker) == "Matteo Piantedosi"
    doc = run("Per la prima volta dall'inizio dell'anno Mosca ha usato missili ipersonici, ha ammesso il generale Ivan Petrenko.")
    q = find(doc, "Mosca ha usato missili ipersonici")
    assert q.cue is not None and "ammesso" in q.cue.text


def test_come_riporta_x_is_the_source() -> None:
    doc = run("L'Italia farà la sua parte, ha detto Giorgia Meloni, come riporta l'agenzia Ansa.")
    q = find(doc, "L'Italia farà la sua parte")
    assert name(doc, q.speaker) == "Giorgia Meloni"
    assert name(doc, q.reported_by) == "ANSA"


def test_come_ha_spiegato_x_and_as_x_said() -> None:
    doc = run("Come ha spiegato il governatore Ignazio Visco, l'inflazione resta elevata.")
    q = find(doc, "l'inflazione resta elevata")
    assert q.kind == "indirect" and name(doc, q.speaker) == "Ignazio Visco"
    doc = run("As Secretary of State Antony Blinken said last week, the alliance is stronger than ever.", "en")
    assert name(doc, find(doc, "the alliance is stronger than ever").speaker) == "Antony Blinken"


def test_come_previsto_is_no_statement() -> None:
    doc = run("Come previsto dal decreto, le scuole resteranno chiuse fino a lunedì.")
    assert doc.quotes == []


def test_statement_from_x_said() -> None:
    doc = run("A statement from the Israeli military said troops had entered the hospital compound.", "en")
    speaker = doc.actor(find(doc, "troops had entered the hospital").speaker)
    assert speaker is not None and speaker.country == "ISR"


def test_fragment_in_a_nested_statement_is_the_inner_speakers() -> None:
    doc = run(
        'The White House said Biden had reiterated that the United States "firmly opposes any unilateral change '
        'to the status quo".',
        "en",
    )
    fragment = next(q for q in doc.quotes if q.kind == "partial")
    assert fragment.text.startswith("firmly opposes") and name(doc, fragment.speaker) == "Joe Biden"
    doc = run(
        'NATO chief Jens Stoltenberg condemned the launch, saying it showed that the programme threatened "peace '
        'and security far beyond the peninsula".',
        "en",
    )
    fragment = next(q for q in doc.quotes if q.kind == "partial")
    assert fragment.text.startswith("peace and security") and "Stoltenberg" in (name(doc, fragment.speaker) or "")


def test_a_relative_of_x_is_not_x() -> None:
    doc = run("Kim Jong Un's sister accused the United States of sending spy planes over the sea.", "en")
    assert "Kim" not in (name(doc, find(doc, "sending spy planes").speaker) or "")
    doc = run("L'avvocato di Ilaria Salis ha detto che la sua assistita è innocente.")
    assert name(doc, find(doc, "la sua assistita è innocente").speaker) != "Ilaria Salis"


# ------------------------------------------------------------------- more cue frames


def test_pressed_x_to_and_quoted_object_before_of() -> None:
    doc = run("Secretary-General Jens Stoltenberg pressed allies to treat two percent of output as a floor.", "en")
    q = find(doc, "treat two percent of output")
    assert name(doc, q.speaker) == "Jens Stoltenberg" and q.kind == "indirect"
    doc = run('Interior Minister Gérald Darmanin accused "far-left" groups of infiltrating the marches.', "en")
    assert any(q.kind == "indirect" and q.text == "infiltrating the marches" for q in doc.quotes)


def test_si_e_detto_disposto_a_and_fatto_sapere_di() -> None:
    doc = run("Il presidente turco Recep Tayyip Erdoğan si è detto disposto a ospitare un incontro tra le parti.")
    assert find(doc, "ospitare un incontro tra le parti").kind == "indirect"
    doc = run("Intanto Gazprom ha fatto sapere di aver ricevuto le prime richieste di pagamento in rubli.")
    assert find(doc, "aver ricevuto le prime richieste").kind == "indirect"


def test_noun_ending_like_a_gerund_does_not_cut_the_inverted_subject() -> None:
    doc = run("Il ponte sul Dnipro è stato chiuso, ha reso noto il comando militare ucraino.")
    q = find(doc, "Il ponte sul Dnipro è stato chiuso")
    speaker = doc.actor(q.speaker)
    assert speaker is not None and speaker.country == "UKR"


def test_secondo_il_quale_and_secondo_without_comma_are_no_sources() -> None:
    doc = run("Le due aziende hanno firmato un accordo secondo il quale la società fornirà i server all'università.")
    assert not any(q.cue is not None and q.cue.text.lower() == "secondo" for q in doc.quotes)
    doc = run("Oggi secondo fonti accreditate una nave avrebbe individuato dei rottami al largo della costa.")
    assert not any(q.text.startswith("Oggi") for q in doc.quotes)


def test_dropped_subject_in_a_subordinate_clause_is_the_main_subject() -> None:
    doc = run(
        "Il critico Marco Bianchi ha definito la serie un capolavoro. Lo sceneggiatore David Shore non esclude un "
        "film, anche se ammette che \"è una cosa difficile da fare\"."
    )
    assert name(doc, find(doc, "è una cosa difficile da fare").speaker) == "David Shore"


def test_seconds_mark_is_no_quotation() -> None:
    doc = run("Lo sciatore ha chiuso la prova in 58\"17, recuperando tutto il ritardo accumulato la mattina.")
    assert doc.quotes == []


def test_opening_adverbial_is_not_the_main_subject() -> None:
    doc = run("Per salvare il governo, la Lega ha votato la fiducia, e ha poi dichiarato che la crisi è chiusa.")
    assert name(doc, find(doc, "la crisi è chiusa").speaker) == "Lega"


def test_naming_cue_after_an_apposition_is_not_post_posed() -> None:
    doc = run('Francesco De Gregori, con poca voglia di parlare, ha definito la scomparsa di Lucio Dalla "una perdita gravissima".')
    assert not any(q.kind == "indirect" for q in doc.quotes)
    assert name(doc, find(doc, "una perdita gravissima").speaker) == "Francesco De Gregori"


def test_secondo_role_comma_name_comma() -> None:
    doc = run("Secondo il questore di Vicenza, Vincenzo Stingone, le ragioni del gesto sono la stupidità e la prepotenza.")
    q = find(doc, "le ragioni del gesto")
    assert q.text.startswith("le ragioni") and name(doc, q.speaker) == "Vincenzo Stingone"


def test_attribution_between_dashes_inside_a_quotation() -> None:
    doc = run(
        "Il congresso si è chiuso ieri. «Nel partito le critiche si fanno, come hai fatto tu – scrive il segretario "
        "Gianni Cuperlo – ma si possono anche ricevere»."
    )
    q = find(doc, "Nel partito le critiche si fanno")
    assert name(doc, q.speaker) == "Gianni Cuperlo" and q.cue is not None and q.cue.text == "scrive"


def test_first_person_aside_between_dashes_is_no_attribution() -> None:
    doc = run("«Il fringe-benefit - dico io - va tassato», ha detto il consigliere Vittorio Carlomagno.")
    assert name(doc, find(doc, "Il fringe-benefit").speaker) == "Vittorio Carlomagno"


def test_hyphenated_surname_is_not_a_dash() -> None:
    doc = run("US Ambassador Linda Thomas-Greenfield said Washington would impose further sanctions.", "en")
    assert "Thomas-Greenfield" in (name(doc, find(doc, "Washington would impose").speaker) or "")


def test_sentence_initial_adverb_is_no_speaker_name() -> None:
    doc = run("Il premier Giorgia Meloni ha dichiarato: «Andremo avanti». Poi ha aggiunto che il governo durerà cinque anni.")
    assert name(doc, find(doc, "il governo durerà cinque anni").speaker) == "Giorgia Meloni"
    assert not any(a.name == "Poi" for a in doc.actors)


def test_unknown_surname_speaker_is_a_person_and_a_keyword_makes_an_organization() -> None:
    doc = run("Il maltempo ha colpito la costa. «Non avevamo mai visto nulla di simile», ha detto Capocelli.")
    speaker = doc.actor(find(doc, "Non avevamo mai visto").speaker)
    assert speaker is not None and speaker.kind == "PER"
    doc = run("The riots lasted two nights, the Greater Manchester Police said on Sunday.", "en")
    speaker = doc.actor(find(doc, "The riots lasted two nights").speaker)
    assert speaker is not None and speaker.kind == "ORG"
