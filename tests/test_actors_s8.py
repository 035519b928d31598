"""Session 8, actors round r-act13: the codes of actors we already find (IGO officials and seats, the other side's
official named after its country's act, IGO organs, defence ministers, bodies described after their name).

Sentences written by us in the style of wire copy; each test checks what the actors stage gives."""

from __future__ import annotations

from actorkit import run, with_mention

# ------------------------------------------------------------------ defence ministers are MIL (conventions.md)


def test_it_dictionary_defence_minister_is_mil() -> None:
    doc = run("Il ministro della Difesa Guido Crosetto ha sentito per telefono il suo omologo e ha definito "
              "«inaccettabili» gli spari contro la base.", "it", date="2024-10-12")
    a = with_mention(doc, "Guido Crosetto")
    assert a is not None and a.country == "ITA" and a.sector == "MIL"


# ------------------------------------------------------------------ IGO officials and seats


def test_it_european_diplomacy_spokesman_acts_for_the_eu() -> None:
    doc = run("L'Unione europea ha chiesto il rilascio dei detenuti. Il portavoce della diplomazia europea, Jonas "
              "Ekberg, ha definito gli arresti «un passo indietro per la democrazia».", "it")
    a = with_mention(doc, "Jonas Ekberg")
    assert a is not None and a.igo == "EU" and a.country is None


def test_it_un_envoy_named_with_her_nationality() -> None:
    doc = run("La rappresentante speciale del segretario generale dell'Onu, la danese Ingrid Lauritsen, ha avvertito "
              "che ogni ora di combattimenti allontana il Paese dalle elezioni.", "it")
    a = with_mention(doc, "Ingrid Lauritsen")
    assert a is not None and a.igo == "UN" and a.country is None


def test_it_national_office_holder_named_with_his_nationality() -> None:
    doc = run("Il ministro degli Esteri, il francese Jean-Paul Mercier, ha detto che Parigi non ritirerà "
              "l'ambasciatore.", "it")
    a = with_mention(doc, "Jean-Paul Mercier")
    assert a is not None and a.country == "FRA" and a.sector == "GOV"


def test_it_brussels_asked_to_act_is_the_eu() -> None:
    doc = run("Il ministro ha aggiunto che l'Italia chiederà a Bruxelles di cofinanziare il piano per i rimpatri.", "it")
    a = with_mention(doc, "Bruxelles")
    assert a is not None and a.igo == "EU"


def test_it_brussels_as_passive_agent_is_the_eu() -> None:
    doc = run("«Non accetteremo mai quote imposte da Bruxelles», ha detto il premier ungherese arrivando al vertice.",
              "it")
    a = with_mention(doc, "Bruxelles")
    assert a is not None and a.igo == "EU"


def test_it_brussels_as_a_venue_stays_a_place() -> None:
    doc = run("I ministri dell'Agricoltura si sono riuniti ieri a Bruxelles per discutere dei dazi sul grano.", "it")
    a = with_mention(doc, "Bruxelles")
    assert a is not None and a.kind == "LOC" and a.igo is None


def test_en_board_of_an_igo_acts_for_it() -> None:
    doc = run("The Board of Governors of the International Atomic Energy Agency on Thursday passed a resolution "
              "censuring Iran for failing to explain traces of uranium found at two sites.", "en")
    a = with_mention(doc, "Board of Governors")
    assert a is not None and a.igo == "IAEA" and a.sector == "IGO"


# ------------------------------------------------------------------ the other side's official, named after its act


def test_en_official_after_the_other_countrys_act_speaks_for_it() -> None:
    doc = run("Ethiopia accused Eritrea on Monday of massing troops along the border near Humera. Eritrea's foreign "
              "ministry summoned Ethiopia's ambassador in Asmara. Ethiopia's army said its units were on alert. Eritrea "
              "rejected the charge within hours. Information Minister Tesfay Gebru wrote on X that the allegations were "
              "\"fabrications\".", "en")
    a = with_mention(doc, "Tesfay Gebru")
    assert a is not None and a.country == "ERI"


def test_en_official_after_a_polity_with_a_relative_clause() -> None:
    doc = run("Armenia and Azerbaijan signed the corridor deal in Washington. Azerbaijan's president thanked the "
              "mediators and Armenia's prime minister called it historic. Iran, which borders the corridor, voiced "
              "alarm over the route. Foreign Minister Hossein Rahimi said the deal must respect existing borders.", "en")
    a = with_mention(doc, "Hossein Rahimi")
    assert a is not None and a.country == "IRN"


# ------------------------------------------------------------------ a body described after its name


def test_en_armed_group_described_after_its_name() -> None:
    doc = run("Myanmar's military said it had struck positions held by the Kachin Independence Army, an ethnic armed group, in "
              "the north. The junta in Myanmar denied that civilians in Myanmar had been hit.", "en")
    a = with_mention(doc, "Kachin Independence Army")
    assert a is not None and a.sector == "REB" and a.country == "MMR"


# ------------------------------------------------------------------ transliterated names with marks


def test_it_transliterated_name_with_marks_finds_the_dictionary_entry() -> None:
    doc = run("Pronta la risposta di due fazioni armate palestinesi, Hamās e la Jihad islamica, che minacciano di "
              "vendicare la strage di Beit Hanoun.", "it")
    a = with_mention(doc, "Hamās")
    assert a is not None and a.name == "Hamas" and a.country == "PSE"
    assert doc.text[doc.text.index("Hamās"):].startswith("Hamās")  # offsets of the text as written
