"""Session 5d: bare foreign ministries in stories about two countries (the diplomat or polity they act on is the
other country), unknown places of a two-country story placed by their sentence.

Sentences written by us in the style of wire copy; each test checks what the actors stage gives."""

from __future__ import annotations

from cronaca.model import DocumentMeta
from cronaca.pipeline import Pipeline


def _run(text: str, lang: str, title: str = ""):
    return Pipeline().run(text, meta=DocumentMeta(id="t", lang=lang, date="2025-09-18", title=title))


def _actor_at(doc, mention: str, after: str):
    """The actor of the first mention `mention` found after the text `after`."""
    start = doc.text.index(after)
    for a in doc.actors:
        if any(m.text == mention and m.start >= start for m in a.mentions):
            return a
    return None


SUMMONS_EN = (
    "Bangladesh accused India of killing two fishermen near the maritime border on Sunday. India denied the "
    "charge and said its coast guard had fired warning shots. Bangladesh and India have traded accusations for "
    "weeks. The ministry summoned India's deputy high commissioner to lodge a formal protest, officials in Dhaka said."
)

ADDRESSED_IT = (
    "La Turchia ha accusato la Grecia di aver speronato una sua motovedetta nell'Egeo. La Grecia ha respinto "
    "le accuse della Turchia. Ankara e Atene litigano da mesi sulle acque contese. In una nota, il ministero "
    "degli Esteri ha poi chiesto alla Grecia di ritirare le truppe dalle isole."
)


def test_ministry_summoning_a_possessive_diplomat_is_the_other_country() -> None:
    doc = _run(SUMMONS_EN, "en")
    ministry = _actor_at(doc, "ministry", "The ministry summoned")
    assert ministry is not None
    assert ministry.country == "BGD"


def test_ministry_addressing_a_country_is_the_other_country() -> None:
    doc = _run(ADDRESSED_IT, "it")
    ministry = _actor_at(doc, "ministero degli Esteri", "In una nota")
    assert ministry is not None
    assert ministry.country == "TUR"


CLOSE_RACE_IT = (
    "Il Kosovo accusa la Serbia di aver armato il commando. Il Kosovo ha chiuso il valico e la Serbia ha "
    "richiamato l'ambasciatore. Il Kosovo chiede sanzioni e il Kosovo protesta all'Onu. La Serbia ha schierato truppe al confine. "
    "Ieri il presidente serbo ha visitato Belgrado, e il governo serbo ha inviato aiuti ai feriti di Rudnavac."
)


def test_unknown_place_in_a_close_race_takes_its_sentences_country() -> None:
    doc = _run(CLOSE_RACE_IT, "it")
    place = _actor_at(doc, "Rudnavac", "Ieri")
    assert place is not None
    assert place.country == "SRB"
