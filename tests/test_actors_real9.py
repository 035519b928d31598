"""Session 8, real news: parties the actors stage did not produce, so the events stage dropped their events.

The bare Pope ("il Pontefice", "del Papa") is the pope the article named just before; the parliamentary majority and the
opposition named as a camp ("le forze di opposizione") are the story's country's. Sentences written by us."""

from __future__ import annotations

from cronaca.model import DocumentMeta
from cronaca.pipeline import Pipeline


def _run(text: str, date: str = "2014-03-27"):
    return Pipeline().run(text, meta=DocumentMeta(id="t", lang="it", date=date))


def _actor(doc, mention: str):
    for a in doc.actors:
        if any(m.text == mention for m in a.mentions):
            return a
    return None


POPE = (
    "Il presidente francese ha incontrato Papa Francesco in Vaticano per quaranta minuti. "
    "Il capo dell'Eliseo ha elogiato l'impegno del Pontefice per i migranti. "
    "Al termine dell'udienza il Papa ha ricevuto una delegazione di vescovi africani."
)


def test_bare_pope_is_the_pope_named_before() -> None:
    doc = _run(POPE)
    for word in ("Pontefice", "Papa"):
        a = _actor(doc, word)
        assert a is not None, word
        assert a.name == "Pope Francis"
        assert (a.country, a.sector) == ("VAT", "REL")


def test_bare_pope_with_no_pope_named_makes_no_actor() -> None:
    doc = _run("Il Pontefice ha chiesto la pace in Medio Oriente durante l'Angelus di domenica.")
    assert _actor(doc, "Pontefice") is None
    assert not any("Pope" in a.name for a in doc.actors)


ROME = (
    "Roma, 12 marzo. In Italia il governo italiano ha approvato il decreto sulle carceri dopo un lungo consiglio a Roma. "
    "La maggioranza si è divisa sul testo, mentre le forze di opposizione hanno accusato il governo di aver ignorato "
    "il Parlamento. La maggioranza degli italiani, secondo un sondaggio, approva la riforma. "
    "Il decreto era stato votato a maggioranza assoluta."
)


def test_majority_and_opposition_camp_are_the_story_country() -> None:
    doc = _run(ROME, "2024-03-12")
    maj = _actor(doc, "maggioranza")
    assert maj is not None
    assert (maj.country, maj.sector) == ("ITA", "GOV")
    # "la maggioranza degli italiani" and "a maggioranza assoluta" are shares, not the governing side
    assert len([m for m in maj.mentions if m.text == "maggioranza"]) == 1
    opp = _actor(doc, "forze di opposizione")
    assert opp is not None
    assert (opp.country, opp.sector) == ("ITA", "OPP")
