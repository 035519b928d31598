"""Session 6: what decides event sides on unseen articles (the blind it-046..049 / en-040..043 and the sixteen of
session 5): the story's country read from where things happen and from the armed groups acting in it, acronyms the
article defines, settings that open a paragraph.

Sentences written by us in the style of wire copy; each test checks what the actors stage gives."""

from __future__ import annotations

from actorkit import run


def _actor_at(doc, mention: str, after: str = ""):
    """The actor of the first mention `mention` found after the text `after`."""
    start = doc.text.index(after) if after else 0
    for a in doc.actors:
        if any(m.text == mention and m.start >= start for m in a.mentions):
            return a
    return None


# A war story told from its towns, with one paragraph on a foreign reaction: still the war's country.
SIEGE_EN = (
    "The Rapid Support Forces tightened their siege of the city on Thursday, shelling a market in Nyala and "
    "blocking aid convoys on the road to Geneina, residents said. The RSF denied targeting civilians in Nyala.\n"
    "Washington imposed sanctions on two RSF commanders, and the US Treasury said more measures were being "
    "prepared. American officials said the United States would keep up the pressure. A US envoy is due in the "
    "region next week.\n"
    "Police in Nyala said the civilians killed on Thursday included four children."
)


def test_story_of_a_war_told_from_its_towns_stays_there() -> None:
    doc = run(SIEGE_EN, "en", title="RSF shells market as US imposes new sanctions")
    civilians = _actor_at(doc, "civilians", "Police in Nyala")
    assert civilians is not None
    assert civilians.country == "SDN"


# An acronym the article defines in parentheses is that body wherever it recurs, also after an elided article.
ACRONYM_IT = (
    "Il governo ha accusato l'Esercito nazionale libico (Lna) di aver armato le milizie della capitale. "
    "Da Bengasi, un portavoce ha respinto le accuse. L'Lna, ha aggiunto, non vuole una nuova guerra. "
    "Le Lna controllano ancora il sud."
)


def test_defined_acronym_after_an_elided_article_is_the_body() -> None:
    doc = run(ACRONYM_IT, "it")
    body = _actor_at(doc, "Lna", "L'Lna")
    assert body is not None
    assert body.name == "Esercito nazionale libico"
    assert body.kind == "ORG"
    assert body.country == "LBY"
    later = [m for m in body.mentions if m.text == "Lna"]
    assert len(later) == 3
