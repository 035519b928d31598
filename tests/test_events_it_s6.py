"""Italian events of session six, through the whole pipeline (no mocks), on sentences of our own:
adverbial locutions inside a verb group (`events/locutions.py`), a verb coordinated after a quoted
complement clause (`events/reported.py`), a body named by its command or mission ("il comando
dell'Unifil", `discourse.yaml` `apposed_titles`).
"""

from __future__ import annotations

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import typed as events

PUB = "2024-05-06"


def run(text: str) -> Document:
    return extract(text, lang="it", date=PUB)




# ------------------------------------------------------------------------------ verb-group locutions


def test_locution_between_auxiliary_and_participle():
    doc = run("Il Cremlino ha a sua volta accusato la Moldavia di ospitare basi straniere.")
    assert events(doc, "ACCUSE") == [(["RUS"], ["MDA"], "accusato")]


def test_longer_locution_keeps_subject_and_object():
    doc = run("Pechino ha ancora una volta accusato il Giappone di provocazioni sulle isole contese.")
    assert events(doc, "ACCUSE") == [(["CHN"], ["JPN"], "accusato")]


def test_locution_in_second_coordinated_verb():
    doc = run(
        "Belgrado ha respinto le accuse di Pristina e ha nel frattempo accusato il Kosovo di "
        "discriminare la minoranza serba."
    )
    assert (["SRB"], ["XKX"], "accusato") in events(doc, "ACCUSE")


def test_no_auxiliary_no_verb_group():
    # a participle after a locution with no auxiliary is an adjective: no accusation by Hanoi
    doc = run("Il funzionario, in passato accusato di corruzione, ha incontrato il ministro vietnamita.")
    assert events(doc, "ACCUSE") == []


# ------------------------------------------------------------------------------ quoted complements


def test_verb_after_quoted_complement_is_the_reporters():
    doc = run(
        "Il ministero degli Esteri serbo ha sostenuto che gli agenti kosovari «hanno sparato sui "
        "civili» e ha chiesto alla Nato di intervenire."
    )
    assert events(doc, "REQUEST") == [(["SRB"], ["NATO"], "chiesto")]


def test_verb_inside_the_quotation_keeps_its_subject():
    doc = run("Il governo serbo ha detto che «la polizia kosovara ha attaccato e ha arrestato i manifestanti».")
    assert all(src != ["SRB"] for src, _, _ in events(doc, "COERCE"))


# ------------------------------------------------------------------------------ a body's command or mission


def test_command_of_a_mission_speaks_for_it():
    doc = run("Il comando dell'Unifil ha presentato una protesta formale alle autorità israeliane.")
    assert events(doc, "ACCUSE") == [(["UN"], ["ISR"], "protesta formale")]


def test_mission_of_the_un_asks():
    doc = run("La missione delle Nazioni Unite ha chiesto a Israele di sospendere i bombardamenti.")
    assert events(doc, "REQUEST") == [(["UN"], ["ISR"], "chiesto")]


# ------------------------------------------------------------------------------ places and gerunds


def test_place_between_light_verb_and_noun():
    doc = run("Il ministro degli Esteri turco ha avuto a Baku un colloquio con il presidente azero.")
    assert events(doc, "CONSULT") and all(sorted(src) == ["AZE", "TUR"] for src, _, _ in events(doc, "CONSULT"))


def sided(doc: Document, etype: str) -> list[tuple[list[str], list[str]]]:
    """(source codes, target codes) with sectors ("SDNMIL"), for sides of one country."""
    by = {a.id: a for a in doc.actors}

    def codes(ids: list[str]) -> list[str]:
        return sorted(by[x].igo or f"{by[x].country or ''}{by[x].sector or ''}" or by[x].name for x in ids)

    return [(codes(e.source), codes(e.target)) for e in doc.events if e.type == etype]


def test_bracketed_acronym_continues_a_coordinated_subject():
    doc = run(
        "L'esercito sudanese e le Forze di supporto rapido (Rsf) si sono accusate a vicenda del "
        "bombardamento del mercato."
    )
    assert sided(doc, "ACCUSE") == [(["SDNMIL", "SDNREB"], ["SDNMIL", "SDNREB"])]


def test_glued_gerund_without_comma_takes_the_nearest_subject():
    doc = run(
        "La commissione elettorale boliviana ha proclamato la vittoria del presidente, ma il leader "
        "dell'opposizione boliviana, Carlos Mesa, ha respinto i risultati della commissione definendoli "
        "«una truffa»."
    )
    assert sided(doc, "ACCUSE") == [(["BOLOPP"], ["BOLGOV"])]


def test_forces_of_a_leader_act_for_his_side():
    doc = run("Le forze di Putin hanno attaccato Kiev all'alba.")
    assert events(doc, "ASSAULT") == [(["RUS"], ["UKR"], "attaccato")]


def test_heads_of_a_movement_speak_for_it():
    doc = run("I vertici di Hamas hanno accusato Israele di sabotare i negoziati.")
    assert events(doc, "ACCUSE") == [(["PSE"], ["ISR"], "accusato")]
