"""Event dates (events/dates.py) on news-style sentences of our own, through the whole pipeline.

Each test names the mechanism: a lead day that opens a span, a sentence that opens another thread,
a deadline that is not the event's day, a year that names a thing, a pluperfect that goes back to
the last past day told. Each sentence is built so that the older rule gave another date.
"""

from __future__ import annotations

from cronaca.model import Document, Event
from cronaca.pipeline import extract

PUB = "2024-03-15"  # a Friday: Tuesday is 2024-03-12, yesterday 2024-03-14


def run(text: str, lang: str) -> Document:
    return extract(text, lang=lang, date=PUB)


def event(doc: Document, etype: str, trigger: str) -> Event:
    found = [e for e in doc.events if e.type == etype and trigger in e.trigger.text]
    assert found, [(e.type, e.trigger.text) for e in doc.events]
    return found[0]


def test_span_opening_day_is_no_lead_day() -> None:
    # "tra lunedì e mercoledì" tells a span; the undated accusation after it is not Monday's
    doc = run(
        "Tra lunedì e mercoledì oltre duemila migranti sono sbarcati a Lampedusa. "
        "La Francia ha accusato l'Italia di non controllare le frontiere.",
        "it",
    )
    e = event(doc, "ACCUSE", "accusato")
    assert (e.date, e.date_source) == (PUB, "publication")


def test_thread_shift_takes_publication_date_it() -> None:
    doc = run(
        "La Francia ha incontrato ieri la Germania a Berlino. "
        "Intanto la Russia ha accusato l'Ucraina di aver colpito un deposito.",
        "it",
    )
    assert event(doc, "CONSULT", "incontrato").date == "2024-03-14"
    e = event(doc, "ACCUSE", "accusato")
    assert (e.date, e.date_source) == (PUB, "publication")


def test_thread_shift_en_and_lead_day_without_it() -> None:
    shifted = run(
        "France met Germany in Berlin on Thursday. Meanwhile Russia accused Ukraine of shelling a "
        "border village.",
        "en",
    )
    assert event(shifted, "ACCUSE", "accused").date == PUB
    # without "Meanwhile" the lead's day still carries over
    plain = run(
        "France met Germany in Berlin on Thursday. Russia accused Ukraine of shelling a border village.",
        "en",
    )
    e = event(plain, "ACCUSE", "accused")
    assert (e.date, e.date_source) == ("2024-03-14", "relative")


def test_deadline_is_not_the_request_day() -> None:
    it = run(
        "La Polonia ha invitato l'Unione europea ad approvare entro la fine di aprile nuove sanzioni "
        "contro la Russia.",
        "it",
    )
    assert event(it, "REQUEST", "invitato").date == PUB
    en = run(
        "Poland urged the European Union to adopt new sanctions on Russia before the summit in "
        "Brussels next month.",
        "en",
    )
    assert event(en, "REQUEST", "urged").date == PUB
    # the summit itself is next month
    assert event(en, "CONSULT", "summit").date == "2024-04"


def test_deadline_right_after_its_noun_dates_the_noun() -> None:
    doc = run("La Francia e l'Algeria terranno un vertice entro l'anno, ha detto Macron.", "it")
    e = event(doc, "CONSULT", "vertice")
    assert (e.date, e.date_source) == ("2024", "text")


def test_year_inside_a_noun_phrase_dates_no_event() -> None:
    doc = run("Jordan accused Israel of breaching the 1994 peace treaty with an offensive in Gaza.", "en")
    assert event(doc, "ACCUSE", "accused").date == PUB
    assert all(e.date != "1994" for e in doc.events)


def test_pluperfect_goes_back_to_last_past_day_it() -> None:
    doc = run(
        "Missili russi hanno colpito oggi il porto di Odessa. Martedì a Ginevra la Russia e l'Ucraina "
        "hanno firmato un accordo sul grano. Mosca aveva accettato di non colpire i porti ucraini.",
        "it",
    )
    assert event(doc, "ASSAULT", "colpito").date == PUB
    assert event(doc, "AGREE", "firmato").date == "2024-03-12"
    e = event(doc, "CONCEDE", "accettato")
    assert (e.date, e.date_source) == ("2024-03-12", "relative")


def test_pluperfect_goes_back_to_last_past_day_en() -> None:
    doc = run(
        "Russian missiles struck the port of Odessa today. On Tuesday in Geneva Russia and Ukraine "
        "signed a grain deal. Ukraine had accused Russia of blocking its ports.",
        "en",
    )
    e = event(doc, "ACCUSE", "accused")
    assert (e.date, e.date_source) == ("2024-03-12", "relative")
    # a present perfect with no date stays on the publication date
    doc2 = run(
        "Russian missiles struck the port of Odessa today. On Tuesday in Geneva Russia and Ukraine "
        "signed a grain deal. Ukraine has accused Russia of blocking its ports.",
        "en",
    )
    assert event(doc2, "ACCUSE", "accused").date == PUB


def test_opening_phrase_date_frames_the_sentence() -> None:
    lead = "North Korea fired two missiles into the sea today. "
    doc = run(
        lead + "In a statement published by the state news agency on Monday, North Korea warned the "
        "United States that its spy planes would be shot down.",
        "en",
    )
    e = event(doc, "THREATEN", "warned")
    assert (e.date, e.date_source) == ("2024-03-11", "text")
    it = run(
        "La Corea del Nord ha lanciato oggi due missili in mare. In un comunicato diffuso lunedì "
        "dall'agenzia di stato, la Corea del Nord ha accusato gli Stati Uniti di violare il suo "
        "spazio aereo.",
        "it",
    )
    assert event(it, "ACCUSE", "accusato").date == "2024-03-11"
    # an opening that holds a trigger of its own keeps its date to itself
    own = run(lead + "Russia attacked Kyiv on Monday, and Ukraine accused Moscow of targeting civilians.", "en")
    assert event(own, "ASSAULT", "attacked").date == "2024-03-11"
    assert event(own, "ACCUSE", "accused").date == PUB


def test_day_of_a_subordinate_after_clause_is_no_lead_day() -> None:
    doc = run(
        "La Francia terrà colloqui con l'Italia la prossima settimana dopo che l'Italia ha espulso "
        "mercoledì due diplomatici francesi. La Germania ha invitato la Francia a risolvere la disputa.",
        "it",
    )
    e = event(doc, "REQUEST", "invitato")
    assert (e.date, e.date_source) == (PUB, "publication")
    # the expulsion keeps its own day, the talks their week: "la prossima settimana dopo che" is a
    # date followed by "dopo che", not an interval of one week
    assert event(doc, "SANCTION", "espulso").date == "2024-03-13"
    assert event(doc, "CONSULT", "colloqui").date == "2024-W12"


def test_next_week_after_is_no_interval_en() -> None:
    doc = run(
        "France will hold talks with Italy next week after Italy expelled two French diplomats on "
        "Wednesday. Germany urged France to settle the dispute.",
        "en",
    )
    assert event(doc, "CONSULT", "talks").date == "2024-W12"
    assert event(doc, "REQUEST", "urged").date == PUB
