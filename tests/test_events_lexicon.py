"""Broad trigger coverage by CAMEO root (lang/<l>/triggers_cameo.yaml), through the whole pipeline.

For a sample of entries per CAMEO root, in Italian and English, a news-style sentence of our own
must produce the PLOVER type and CAMEO code, with the expected sides; for the ambiguous words the
file guards (`forms:`, `needs:`, `not_before:`), a sentence with the other sense must not. The
loader must let triggers.yaml win where both files have the same word.
"""

from __future__ import annotations

import pytest

from cronaca import lang as langpacks
from cronaca.events import lexicon
from cronaca.model import Document
from cronaca.pipeline import extract
from eventkit import code

PUB = "2024-03-13"


def events(doc: Document) -> list[tuple[str, str, str, set[str], set[str]]]:
    return [
        (e.type, e.cameo, e.trigger.text, {code(doc, s) for s in e.source}, {code(doc, t) for t in e.target})
        for e in doc.events
    ]


# (lang, sentence, type, CAMEO code, the trigger's first word, source code, target code)
POSITIVE = [
    # 02 appeal
    ("it", "Il Libano ha lanciato un appello alla Francia perché invii medicinali a Beirut.",
     "REQUEST", "020", "lanciato", "LBN", "FRA"),
    ("en", "Lebanon implored France to send medicine to Beirut.", "REQUEST", "020", "implored", "LBN", "FRA"),
    # 03 intent to cooperate
    ("it", "La Turchia si è impegnata con la Georgia a rispettare il confine.",
     "AGREE", "030", "impegnata", "TUR", "GEO"),
    ("en", "Turkey vowed to support Georgia in the border talks.", "AGREE", "030", "vowed", "TUR", "GEO"),
    # 04 consult
    ("it", "L'Italia ha avuto un bilaterale con la Grecia ad Atene sulla gestione dei migranti.",
     "CONSULT", "040", "bilaterale", "ITA", "GRC"),
    ("en", "Italy held consultations with Greece on migration in Athens.",
     "CONSULT", "040", "consultations", "ITA", "GRC"),
    ("it", "La Meloni vola a Washington per incontrare Biden.", "CONSULT", "042", "vola", "ITA", "USA"),
    ("en", "Meloni flew to Washington to meet Biden.", "CONSULT", "042", "flew", "ITA", "USA"),
    # 05 praise
    ("it", "La Germania si è congratulata con la Francia per il successo del vertice.",
     "SUPPORT", "051", "congratulata", "DEU", "FRA"),
    ("en", "Germany congratulated France on the success of the summit.",
     "SUPPORT", "051", "congratulated", "DEU", "FRA"),
    # 06 judicial cooperation
    ("it", "La Spagna ha estradato in Italia un boss della camorra arrestato a Malaga.",
     "COOPERATE", "063", "estradato", "ESP", "ITA"),
    ("en", "Spain extradited a mafia boss to Italy on Monday.", "COOPERATE", "063", "extradited", "ESP", "ITA"),
    # 07 military aid, asylum
    ("it", "Il Giappone ha consegnato armi leggere all'esercito filippino la scorsa settimana.",
     "AID", "072", "consegnato", "JPN", "PHL"),
    ("en", "Japan delivered weapons to the Philippines last week.", "AID", "072", "delivered", "JPN", "PHL"),
    ("en", "Mexico granted asylum to Bolivia's former president.", "AID", "075", "granted", "MEX", "BOL"),
    # 08 release, cut of aid is 16; allowing access is a concession
    ("it", "L'Iran ha scarcerato due cittadini francesi, ha annunciato la Francia.",
     "RETREAT", "084", "scarcerato", "IRN", "FRA"),
    ("en", "Iran freed two French hostages, France said.", "RETREAT", "084", "freed", "IRN", "FRA"),
    ("it", "L'Egitto ha consentito l'accesso degli aiuti umanitari a Gaza, ha riferito Israele.",
     "CONCEDE", "086", "consentito", "EGY", "PSE"),
    # 09 investigate
    ("it", "La Francia ha aperto un'inchiesta sulla Russia per le interferenze elettorali.",
     "ACCUSE", "091", "aperto", "FRA", "RUS"),
    ("en", "France launched an investigation into Russia over election interference.",
     "ACCUSE", "091", "launched", "FRA", "RUS"),
    # 10 demand
    ("it", "Il Marocco ha intimato all'Algeria di ritirare le sue truppe dal confine.",
     "REQUEST", "100", "intimato", "MAR", "DZA"),
    # 11 disapprove, lawsuit, official protest
    ("it", "La Polonia ha bacchettato la Germania per i ritardi sulle forniture.",
     "ACCUSE", "111", "bacchettato", "POL", "DEU"),
    ("it", "La Francia ha querelato la Russia davanti alla Corte internazionale.",
     "ACCUSE", "115", "querelato", "FRA", "RUS"),
    ("en", "Poland lashed out at Germany over delays in deliveries.", "ACCUSE", "111", "lashed", "POL", "DEU"),
    ("en", "Manila lodged a protest with Beijing over the collision.", "ACCUSE", "114", "lodged", "PHL", "CHN"),
    ("it", "La Francia ritiene la Russia responsabile dell'attacco informatico.",
     "ACCUSE", "112", "ritiene", "FRA", "RUS"),
    ("en", "The United States holds Russia responsible for the attack.", "ACCUSE", "112", "holds", "USA", "RUS"),
    # 12 reject
    ("it", "Mosca ha rispedito al mittente le accuse di Kiev.", "REJECT", "120", "rispedito", "RUS", "UKR"),
    ("it", "Il Parlamento ungherese ha bocciato la richiesta della Svezia.", "REJECT", "120", "bocciato", "HUN", "SWE"),
    ("en", "Hungary turned down Sweden's request on Tuesday.", "REJECT", "120", "turned", "HUN", "SWE"),
    # 13 threaten
    ("it", "La Serbia ha ammonito il Kosovo a non provocare nuove tensioni.",
     "THREATEN", "130", "ammonito", "SRB", "XKX"),
    ("en", "Russia threatened sanctions against Moldova.", "THREATEN", "132", "threatened", "RUS", "MDA"),
    # 15 force posture
    ("it", "La Cina ha dispiegato navi da guerra vicino a Taiwan.", "MOBILIZE", "154", "dispiegato", "CHN", "TWN"),
    ("it", "La Corea del Nord ha effettuato un test missilistico, ha denunciato il Giappone.",
     "MOBILIZE", "150", "test", "PRK", "JPN"),
    ("en", "North Korea conducted a missile test near Japan.", "MOBILIZE", "150", "missile", "PRK", "JPN"),
    # 16 reduce relations
    ("it", "La Lituania ha richiamato il proprio ambasciatore dalla Cina.",
     "SANCTION", "161", "richiamato", "LTU", "CHN"),
    ("en", "Lithuania recalled its ambassador from China.", "SANCTION", "161", "recalled", "LTU", "CHN"),
    ("it", "Gli Stati Uniti hanno tagliato gli aiuti al Niger dopo il colpo di Stato.",
     "SANCTION", "162", "tagliato", "USA", "NER"),
    ("en", "The United States cut aid to Niger after the coup.", "SANCTION", "162", "cut", "USA", "NER"),
    ("en", "Russia cut off gas supplies to Poland and Bulgaria.", "SANCTION", "162", "cut", "RUS", "POL"),
    ("it", "La Russia ha tagliato le forniture di gas alla Polonia.", "SANCTION", "162", "tagliato", "RUS", "POL"),
    # 17 coerce: detention, annexation
    ("it", "La Russia ha fermato tre giornalisti della Germania.", "COERCE", "173", "fermato", "RUS", "DEU"),
    ("en", "Russia jailed three journalists from Germany.", "COERCE", "173", "jailed", "RUS", "DEU"),
    ("it", "La Russia ha annesso la Crimea nel 2014.", "COERCE", "192", "annesso", "RUS", "UKR"),
    ("en", "Russia annexed Crimea in 2014.", "COERCE", "192", "annexed", "RUS", "UKR"),
    # 19 fight
    ("it", "L'esercito turco ha compiuto nuove incursioni in Siria.", "ASSAULT", "190", "incursioni", "TUR", "SYR"),
    ("en", "Turkish troops carried out new incursions into Syria.", "ASSAULT", "190", "incursions", "TUR", "SYR"),
    ("en", "Turkey fought against Syria for years.", "ASSAULT", "193", "fought", "TUR", "SYR"),
    # 20 mass violence
    ("it", "Il massacro di civili dell'Ucraina da parte della Russia è stato denunciato dall'Onu.",
     "ASSAULT", "202", "massacro", "RUS", "UKR"),
]


@pytest.mark.parametrize(("lang", "text", "etype", "cameo", "trigger", "src", "tgt"), POSITIVE)
def test_cameo_trigger_gives_its_type_and_sides(lang, text, etype, cameo, trigger, src, tgt):
    found = events(extract(text, lang=lang, date=PUB))
    hits = [e for e in found if e[2].split()[0] == trigger]
    assert hits, found
    t, c, _, sources, targets = hits[0]
    assert (t, c) == (etype, cameo), found
    assert src in sources and tgt in targets, found


def test_cut_supplies_is_no_aid():
    # "supplies" is a noun here, not the verb supply: the trigger holds it
    doc = extract("Russia cut off gas supplies to Poland and Bulgaria.", lang="en", date=PUB)
    assert not [e for e in doc.events if e.type == "AID"], events(doc)


def test_protest_nouns_are_one_sided():
    doc = extract("La Cgil ha organizzato un presidio davanti a Palazzo Chigi contro il governo.", lang="it", date=PUB)
    assert any(e.type == "PROTEST" and e.trigger.text == "presidio" for e in doc.events), events(doc)
    doc = extract("Unions in France took to the streets against the French government.", lang="en", date=PUB)
    assert any(e.type == "PROTEST" and e.cameo == "141" for e in doc.events), events(doc)


# (lang, sentence, trigger word): the other sense of a guarded word is no event of any type. Each
# sentence has two actors around the word, so the unguarded entry (a plain `lemma:`, no `needs:` or
# `not_before:`) does produce an event there (checked with an overlay when the guards were written).
NEGATIVE = [
    ("it", "La Francia ha fermato la crescita dei prezzi della Germania.", "fermato"),
    ("it", "La Francia chiede giustizia all'Italia per le vittime.", "giustizia"),
    ("it", "La Francia ha presentato un reclamo contro l'Italia.", "reclamo"),
    ("it", "La Francia si è rivolta all'Italia per avere aiuto.", "rivolta"),
    ("it", "La Francia ha ricordato la strage stradale dell'Italia.", "strage"),
    ("en", "Italy beat Spain 2-1 in the final of the tournament.", "beat"),
    ("en", "Germany said France would execute the plan with Italy.", "execute"),
    ("en", "Japan returned the favour and praised Korea for its help to China.", "returned"),
]


@pytest.mark.parametrize(("lang", "text", "word"), NEGATIVE)
def test_guarded_word_in_its_other_sense_is_no_event(lang, text, word):
    found = events(extract(text, lang=lang, date=PUB))
    assert not [e for e in found if e[2].split()[0] == word], found


@pytest.mark.parametrize("lang", ["it", "en"])
def test_cameo_file_loads_with_known_codes(lang):
    lex = lexicon(lang)  # the loader raises on an unknown type or CAMEO code
    keys = set(lex.by_key) | set(lex.by_form)
    assert {"it": {"scarcerare", "bocciare", "estradare"}, "en": {"implore", "extradite", "jail"}}[lang] <= keys


def test_triggers_yaml_wins_over_the_cameo_file(tmp_path, monkeypatch):
    # a user overlay whose triggers_cameo.yaml claims a word of triggers.yaml with another type
    (tmp_path / "it").mkdir()
    (tmp_path / "it" / "triggers_cameo.yaml").write_text(
        "triggers:\n"
        "  - {lemma: accusare, type: SUPPORT, cameo: '051'}\n"
        "  - {forms: [accuse, elogiativo], type: SUPPORT, cameo: '051'}\n"
        "  - {words: [accusare, ingiustamente], type: REJECT, cameo: '120'}\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("CRONACA_DATA_PATH", str(tmp_path))
    langpacks.load_yaml.cache_clear()
    lexicon.cache_clear()
    try:
        lex = lexicon("it")
        assert {t.type for t in lex.by_key["accusare"] if not t.words} == {"ACCUSE"}
        assert {t.type for t in lex.by_form.get("accuse", [])} == {"ACCUSE"}  # triggers.yaml's noun
        assert {t.type for t in lex.by_form["elogiativo"]} == {"SUPPORT"}  # a new word is kept
        assert any(t.words == ("ingiustamente",) for t in lex.by_key["accusare"])  # multi-word kept
    finally:
        monkeypatch.delenv("CRONACA_DATA_PATH")
        langpacks.load_yaml.cache_clear()
        lexicon.cache_clear()


@pytest.mark.parametrize(
    "text, etype, trigger",
    [
        ("Moscow announced a pull-out of its troops from the Ukrainian city of Kherson.", "RETREAT", "pull-out"),
        ("Ukraine launched a counter-offensive against Russian forces near Kharkiv.", "ASSAULT", "counter-offensive"),
    ],
)
def test_hyphenated_forms_match_the_split_tokens(text: str, etype: str, trigger: str) -> None:
    # the tokenizer splits "pull-out" into three tokens; a `forms:` entry written with the hyphen
    # must still fire, as the word sequence it became
    doc = extract(text, lang="en", date=PUB)
    assert (etype, trigger) in {(e.type, e.trigger.text) for e in doc.events}
    assert lexicon("en").by_key.get("pull") and not lexicon("en").by_form.get("pull-out")
