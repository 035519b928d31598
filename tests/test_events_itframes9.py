"""Events, session 9 (itframes9): three Italian frames. Sentences written for these tests.

1. An appeal for restraint with no addressee ("ha invitato alla moderazione", "un appello alla
   calma") is a request to the two sides of the article's conflict (`events/restraint.py`,
   `lang/it/restraint.yaml`).
2. A charge told as a measure's manner ("ha arrestato X con l'accusa di spionaggio") is the measure
   taker's accusation of X, never X's accusation of the arrester; with no measure taker named, and
   for an apposed "..., accusati di" with no act before it, no accusation (`events/charged.py`).
3. "X ha chiesto a Y di ... e si è detto pronto a <verb>": the infinitive after the coordinated
   finite verb is X's own offer (intent), not what X asked of Y (`roles._new_finite`).
"""

from __future__ import annotations

import pytest

from cronaca.evaluate import actor_code
from cronaca.model import Document, DocumentMeta
from cronaca.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def _run(pipe: Pipeline, text: str, lang: str = "it") -> Document:
    return pipe.run(text, DocumentMeta(id="t", lang=lang, date="2024-05-06"))


def _events(doc: Document, etype: str) -> list[tuple[str, set[str], set[str]]]:
    """(trigger, source codes, target codes) of each event of that type."""
    actors = {a.id: a for a in doc.actors}
    return [
        (
            e.trigger.text,
            {actor_code(actors[i]) or "" for i in e.source},
            {actor_code(actors[i]) or "" for i in e.target},
        )
        for e in doc.events
        if e.type == etype
    ]


# A border clash between two neighbours, told by the neighbours' own acts first.
_CLASH = (
    "Nuovi scontri al confine tra Armenia e Azerbaigian. L'Azerbaigian ha bombardato tre villaggi armeni "
    "durante la notte. L'Armenia ha accusato l'Azerbaigian di aver violato la tregua. "
)


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("La Francia ha invitato alla moderazione.", "FRA"),
        ("La Germania ha chiesto moderazione.", "DEU"),
        ("Il Kazakistan ha esortato alla calma.", "KAZ"),
        ("La Georgia ha invitato a dare prova di moderazione.", "GEO"),
        ("L'Onu ha lanciato un appello alla calma.", "UN"),
    ],
)
def test_open_appeal_for_restraint_goes_to_both_sides(pipe: Pipeline, sentence: str, source: str) -> None:
    doc = _run(pipe, _CLASH + sentence)
    asks = [(t, s, g) for t, s, g in _events(doc, "REQUEST") if source in s]
    assert asks, _events(doc, "REQUEST")
    _, _, targets = asks[0]
    assert {c[:3] for c in targets} == {"ARM", "AZE"}, asks


def test_appeal_for_calm_to_named_citizens_is_not_the_conflicts(pipe: Pipeline) -> None:
    # "i cittadini" are whom the mayor asks: no request to the two warring countries
    doc = _run(pipe, _CLASH + "Il sindaco di Erevan ha invitato alla calma i cittadini.")
    for _, _, targets in _events(doc, "REQUEST"):
        assert not {"AZE"} & {c[:3] for c in targets}, _events(doc, "REQUEST")


def test_appeal_for_calm_with_no_conflict_stays_open(pipe: Pipeline) -> None:
    # a domestic appeal in an article with no pair of opposed sides gets no invented addressee
    doc = _run(pipe, "Il prefetto di Bologna ha chiesto moderazione dopo la partita di ieri sera.")
    for _, _, targets in _events(doc, "REQUEST"):
        assert not targets


def test_charge_with_an_arrest_is_the_arresters(pipe: Pipeline) -> None:
    doc = _run(pipe, "L'Iran ha arrestato tre cittadini francesi con l'accusa di spionaggio.")
    accuse = _events(doc, "ACCUSE")
    assert accuse, doc.events
    for _, sources, targets in accuse:
        assert sources == {"IRN"} and {c[:3] for c in targets} == {"FRA"}, accuse


def test_charges_with_an_expulsion_are_the_expellers(pipe: Pipeline) -> None:
    doc = _run(pipe, "La Bielorussia ha espulso due diplomatici lituani con le accuse di spionaggio e ingerenza.")
    accuse = _events(doc, "ACCUSE")
    assert accuse, doc.events
    for _, sources, targets in accuse:
        assert {c[:3] for c in sources} == {"BLR"} and {c[:3] for c in targets} == {"LTU"}, accuse


def test_charge_with_no_arrester_named_is_no_accusation(pipe: Pipeline) -> None:
    doc = _run(pipe, "Due giornalisti svedesi sono stati fermati all'aeroporto con l'accusa di propaganda.")
    for _, sources, _ in _events(doc, "ACCUSE"):
        assert not {c[:3] for c in sources} & {"SWE"}, _events(doc, "ACCUSE")


def test_apposed_charge_with_no_accuser_is_no_event(pipe: Pipeline) -> None:
    # the defendants are the accused: they accuse no one, and no accuser is named
    doc = _run(
        pipe,
        "Decine di studenti sono da lunedì sotto processo a Minsk, accusati di sedizione contro il governo bielorusso.",
    )
    assert not _events(doc, "ACCUSE"), _events(doc, "ACCUSE")


def test_offer_after_a_coordinated_dirsi_is_the_speakers_own(pipe: Pipeline) -> None:
    doc = _run(
        pipe,
        "La Norvegia ha chiesto a Colombia e Venezuela di rispettare la tregua e si è detta pronta a sostenere il "
        "Brasile.",
    )
    support = _events(doc, "SUPPORT")
    assert any(s == {"NOR"} and "BRA" in {c[:3] for c in t} for _, s, t in support), doc.events
    modality = [e.modality for e in doc.events if e.type == "SUPPORT"]
    assert modality == ["intent"], modality


def test_content_of_a_request_is_still_the_addressees(pipe: Pipeline) -> None:
    # no second finite verb: "sostenere" is what Norway asks of Chile, not Norway's own act
    doc = _run(pipe, "La Norvegia ha chiesto al Cile di sostenere il Brasile nella mediazione.")
    for _, sources, _ in _events(doc, "SUPPORT"):
        assert "NOR" not in sources, _events(doc, "SUPPORT")
