"""Events, session ten (branch differ10): an emitted event of the right type with a wrong side.

- a bare body noun ("the government", "il governo") that a domestic non-state party accuses or
  urges is that party's own country's body, also when the actors stage placed the bare noun in the
  story's other country (`events/bodies.py` `_elsewhere`; `lang/en/bodies.yaml`, `it/bodies.yaml`);
- a call for talks or a truce with no addressee ("the African Union called for urgent talks", "ha
  chiesto negoziati") is addressed to the two sides of the article's conflict, as a call for
  restraint is (`events/restraint.py`; `{en,it}/restraint.yaml` `appeals.words`), also when the
  trigger holds the word ("chiesto negoziati" is one match).

Sentences written for these tests.
"""

from __future__ import annotations

from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import pairs

PUB = "2025-06-12"


def run(text: str, lang: str) -> Document:
    return extract(text, lang=lang, date=PUB)


# ------------------------------------------------------------ bare bodies, the source's own country

TARIFFS_EN = (
    "The United States imposed a 50% tariff on Chilean copper on Monday, the latest in a series of "
    "levies Washington has announced against Latin American exporters. The US Treasury said the "
    "measure would protect American smelters, and the White House said the United States would "
    "not negotiate before the end of the year. Chile's foreign ministry called the tariff "
    '"unjustified" and said Santiago would respond. The Chilean Copper Exporters '
    "Association warned that the levy would cost producers a fifth of their exports and urged "
    "the government to seek talks with Washington."
)


def test_a_domestic_business_group_urges_its_own_government_en():
    doc = run(TARIFFS_EN, "en")
    requests = pairs(doc, "REQUEST")
    assert ("CHLBUS", "CHLGOV") in requests, requests
    # the bare "the government" is no longer read as the story's other government
    assert ("CHLBUS", "USAGOV") not in requests, requests


def test_a_body_with_its_country_named_keeps_it_en():
    doc = run(
        "The United States imposed a 50% tariff on Chilean copper on Monday. The Chilean Copper Exporters "
        "Association urged the US government to exempt refined copper.",
        "en",
    )
    requests = pairs(doc, "REQUEST")
    assert requests and all(t.startswith("USA") for _, t in requests), requests


def test_a_domestic_business_group_urges_its_own_government_it():
    doc = run(
        "Gli Stati Uniti hanno imposto lunedì un dazio del 30 per cento sui formaggi europei. "
        "Washington ha annunciato altre misure per luglio e la Casa Bianca ha escluso negoziati con "
        "Bruxelles prima dell'estate. Il ministro dell'Agricoltura Francesco Lollobrigida ha definito "
        "i dazi «un errore». Coldiretti ha denunciato una perdita di mezzo miliardo di euro e ha "
        "esortato il governo ad aprire un tavolo con Washington.",
        "it",
    )
    requests = pairs(doc, "REQUEST")
    assert ("ITABUS", "ITAGOV") in requests, requests
    assert ("ITABUS", "USAGOV") not in requests, requests


# ------------------------------------------------------------ calls for talks with no addressee

BORDER_EN = (
    "Ethiopia accused Eritrea of arming rebels in Tigray. Eritrea rejected the accusation and "
    "accused Addis Ababa of preparing an attack. Ethiopian troops shelled an Eritrean border post on "
    "Tuesday. The African Union called for urgent talks."
)

BORDER_IT = (
    "L'Etiopia ha accusato l'Eritrea di armare i ribelli del Tigray. L'Eritrea ha respinto le accuse "
    "e ha accusato Addis Abeba di preparare un attacco. Le truppe etiopi hanno bombardato ieri una "
    "postazione eritrea vicino al confine. L'Unione africana ha chiesto negoziati urgenti."
)


def test_a_call_for_talks_is_addressed_to_both_sides_en():
    requests = pairs(run(BORDER_EN, "en"), "REQUEST")
    assert {("AU", "ETH"), ("AU", "ERI")} <= requests, requests


def test_a_call_for_talks_is_addressed_to_both_sides_it():
    requests = pairs(run(BORDER_IT, "it"), "REQUEST")
    assert {("AU", "ETH"), ("AU", "ERI")} <= requests, requests


def test_talks_asked_of_a_named_party_keep_it():
    doc = run(BORDER_EN.replace("called for urgent talks.", "called on Eritrea to hold talks."), "en")
    requests = pairs(doc, "REQUEST")
    assert ("AU", "ERI") in requests, requests
    assert ("AU", "ETH") not in requests, requests
