"""Tests for the time stage: temporal expressions found and resolved against the publication date.

Every sentence below was written for these tests in the style of a news report.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cronaca.analyze import analyze
from cronaca.model import Document, DocumentMeta, Timex, Token
from cronaca.timex import find_timexes

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "000_a4a39e94d316f04d.txt"

WED = "2021-12-15"  # a Wednesday, ISO week 2021-W50


def run(text: str, lang: str = "it", date: str | None = WED) -> Document:
    doc = Document(text=text, meta=DocumentMeta(id="t", lang=lang, date=date))
    analyze(doc)
    find_timexes(doc)
    return doc


def find(doc: Document, text: str) -> Timex:
    for t in doc.timexes:
        if t.text == text:
            return t
    found = [(t.text, t.value) for t in doc.timexes]
    raise AssertionError(f"no timex {text!r} in {doc.text!r}; found {found}")


# (sentence, publication date, expected span text, value, precision)
IT_CASES: list[tuple[str, str | None, str, str | None, str]] = [
    # the seed facts, in sentences of our own
    ("Il ministro ha incontrato mercoledì il suo omologo a Berlino.", WED, "mercoledì", "2021-12-15", "day"),
    ("Martedì il portavoce aveva smentito ogni trattativa.", WED, "Martedì", "2021-12-14", "day"),
    ("Le truppe potrebbero avanzare il mese prossimo, secondo fonti occidentali.", WED, "il mese prossimo", "2022-01", "month"),
    # deictic days
    ("Il governo ha approvato oggi il decreto sulle bollette.", WED, "oggi", "2021-12-15", "day"),
    ("Ieri la polizia ha arrestato tre persone a Napoli.", WED, "Ieri", "2021-12-14", "day"),
    ("Domani i sindacati incontreranno il ministro del Lavoro.", WED, "Domani", "2021-12-16", "day"),
    ("L'altro ieri il consiglio comunale aveva respinto la mozione.", WED, "L'altro ieri", "2021-12-13", "day"),
    ("La notizia era trapelata l’altroieri da fonti diplomatiche.", WED, "altroieri", "2021-12-13", "day"),
    ("Il voto finale è atteso per dopodomani in Senato.", WED, "dopodomani", "2021-12-17", "day"),
    ("Stamattina il premier ha visitato le zone colpite.", WED, "Stamattina", "2021-12-15", "day"),
    ("Stasera è prevista una conferenza stampa a Palazzo Chigi.", WED, "Stasera", "2021-12-15", "day"),
    ("Stanotte un incendio ha distrutto un deposito nel porto.", WED, "Stanotte", "2021-12-15", "day"),
    ("Ieri sera i manifestanti si sono radunati davanti al municipio.", WED, "Ieri sera", "2021-12-14", "day"),
    ("Un attacco di droni ha colpito nella notte la centrale elettrica.", WED, "notte", "2021-12-15", "day"),
    # bare weekdays: the current week, backwards in past-tense reports
    ("Il Cremlino ha fatto sapere lunedì che la telefonata era andata bene.", WED, "lunedì", "2021-12-13", "day"),
    ("Giovedì scorso i ministri si erano riuniti a Bruxelles.", WED, "Giovedì scorso", "2021-12-09", "day"),
    ("Domenica si è votato in tre regioni.", WED, "Domenica", "2021-12-12", "day"),
    ("Sabato migliaia di persone hanno sfilato a Roma.", WED, "Sabato", "2021-12-11", "day"),
    ("Il vertice si terrà venerdì a Ginevra.", WED, "venerdì", "2021-12-17", "day"),
    ("I leader si incontreranno giovedì prossimo a Parigi.", WED, "giovedì prossimo", "2021-12-16", "day"),
    ("Venerdì prossimo scade il termine per le offerte.", WED, "Venerdì prossimo", "2021-12-17", "day"),
    ("Martedì scorso la Camera ha votato la fiducia.", WED, "Martedì scorso", "2021-12-14", "day"),
    ("Il prossimo lunedì il tribunale deciderà sul ricorso.", WED, "Il prossimo lunedì", "2021-12-20", "day"),
    ("Mercoledì sera il presidente ha parlato alla nazione.", WED, "Mercoledì sera", "2021-12-15", "day"),
    # weekday with a date
    ("L'udienza è fissata per lunedì 3 gennaio in Cassazione.", WED, "lunedì 3 gennaio", "2022-01-03", "day"),
    ("Sabato 18 si voterà per il nuovo sindaco.", WED, "Sabato 18", "2021-12-18", "day"),
    # weeks, months, years relative to the publication date
    ("La settimana scorsa la Bce aveva lasciato invariati i tassi.", WED, "La settimana scorsa", "2021-W49", "week"),
    ("La prossima settimana il Parlamento discuterà la manovra.", WED, "La prossima settimana", "2021-W51", "week"),
    ("Questa settimana il prezzo del gas è sceso del 10 per cento.", WED, "Questa settimana", "2021-W50", "week"),
    ("Il mese scorso l'inflazione ha toccato il 4 per cento.", WED, "Il mese scorso", "2021-11", "month"),
    ("L'anno scorso le esportazioni erano cresciute.", WED, "L'anno scorso", "2020", "year"),
    ("Le elezioni si terranno l'anno prossimo.", WED, "l'anno prossimo", "2022", "year"),
    ("Quest'anno il deficit resterà sotto il 6 per cento.", WED, "Quest'anno", "2021", "year"),
    ("Lo scorso anno gli sbarchi erano stati oltre trentamila.", WED, "Lo scorso anno", "2020", "year"),
    ("Le stime per l'anno in corso sono state riviste al rialzo.", WED, "l'anno in corso", "2021", "year"),
    # quantities
    ("Una settimana fa il ministro aveva escluso nuove chiusure.", WED, "Una settimana fa", "2021-12-08", "day"),
    ("Tre giorni fa un convoglio umanitario è stato attaccato.", WED, "Tre giorni fa", "2021-12-12", "day"),
    ("Due mesi fa il governo aveva promesso nuovi fondi.", WED, "Due mesi fa", "2021-10", "month"),
    ("Dieci anni fa la rivolta scoppiò a Bengasi.", WED, "Dieci anni fa", "2011", "year"),
    ("Un paio di giorni fa il sindaco si era dimesso.", WED, "Un paio di giorni fa", "2021-12-13", "day"),
    ("Tra due settimane il decreto dovrà essere convertito in legge.", WED, "Tra due settimane", "2021-12-29", "day"),
    # explicit dates
    ("Il 3 gennaio riapriranno le scuole.", WED, "3 gennaio", "2022-01-03", "day"),
    ("La legge entrerà in vigore il 3 gennaio 2022.", WED, "3 gennaio 2022", "2022-01-03", "day"),
    ("Il contratto è stato firmato il 12/03/2024 a Milano.", WED, "12/03/2024", "2024-03-12", "day"),
    ("Il trattato fu firmato il 1° gennaio 1995.", WED, "1° gennaio 1995", "1995-01-01", "day"),
    ("Il 20 giugno la commissione aveva chiuso l'indagine.", WED, "20 giugno", "2021-06-20", "day"),
    ("Lo scorso 10 dicembre il governo aveva approvato il testo.", WED, "Lo scorso 10 dicembre", "2021-12-10", "day"),
    ("Il piano era stato presentato nel 2015 dalla Commissione.", WED, "2015", "2015", "year"),
    ("È la crisi più grave del 2015, secondo gli analisti.", WED, "2015", "2015", "year"),
    ("La base è operativa dal 2008.", WED, "2008", "2008", "year"),
    ("L'obiettivo è azzerare le emissioni entro il 2050.", WED, "2050", "2050", "year"),
    ("Il rapporto è stato pubblicato a marzo 2021.", WED, "marzo 2021", "2021-03", "month"),
    # months
    ("I colloqui riprenderanno a gennaio.", WED, "gennaio", "2022-01", "month"),
    ("Lo scorso dicembre l'esercito aveva ammassato truppe al confine.", WED, "Lo scorso dicembre", "2020-12", "month"),
    ("A febbraio il partito aveva perso le primarie.", WED, "febbraio", "2021-02", "month"),
    ("A febbraio si voterà per il rinnovo del consiglio.", WED, "febbraio", "2022-02", "month"),
    ("Meloni ha convocato per lunedì una riunione con i ministri.", WED, "lunedì", "2021-12-20", "day"),
    ("La visita è prevista per domenica, ha confermato un portavoce.", WED, "domenica", "2021-12-19", "day"),
    ("Il governo intende approvare giovedì il nuovo decreto.", WED, "giovedì", "2021-12-16", "day"),
    ("I droni hanno colpito nella notte tra lunedì e martedì.", WED, "lunedì", "2021-12-13", "day"),
    ("La guerra era scoppiata nell'aprile dello scorso anno.", WED, "aprile dello scorso anno", "2020-04", "month"),
    ("L'accordo era stato firmato il 3 aprile dell'anno scorso.", WED, "3 aprile dell'anno scorso", "2020-04-03", "day"),
    ("La riforma sarà approvata entro l'anno, assicura il ministro.", WED, "l'anno", "2021", "year"),
    ("Il bando scade il 3 gen. alle 12.", WED, "3 gen.", "2022-01-03", "day"),
    # positions inside a period
    ("Il pagamento arriverà a fine mese.", WED, "fine mese", "2021-12", "month"),
    ("Il piano sarà pronto entro la fine dell'anno.", WED, "la fine dell'anno", "2021", "year"),
    ("Il nuovo governo giurerà a metà gennaio.", WED, "metà gennaio", "2022-01", "month"),
    ("Le consegne riprenderanno all'inizio del mese prossimo.", WED, "inizio del mese prossimo", "2022-01", "month"),
    # the weekend: week precision, the past weekend unless the tense points forward
    ("Nel fine settimana la polizia ha fermato dieci persone.", WED, "fine settimana", "2021-W49", "week"),
    ("Nel fine settimana si voterà in Sicilia.", WED, "fine settimana", "2021-W50", "week"),
    ("Lo scorso weekend gli ultras hanno devastato la stazione.", WED, "Lo scorso weekend", "2021-W49", "week"),
    # relative to another event: value None, delta given
    ("Il vertice è arrivato una settimana dopo che i due leader si erano sentiti.", WED, "una settimana dopo", None, "day"),
    ("Il giorno dopo la procura ha aperto un fascicolo.", WED, "Il giorno dopo", None, "day"),
    ("Due giorni prima del voto il candidato si era ritirato.", WED, "Due giorni prima", None, "day"),
    ("L'indomani il sindaco ha firmato l'ordinanza.", WED, "L'indomani", None, "day"),
    ("L'anno successivo la fabbrica chiuse.", WED, "L'anno successivo", None, "year"),
    # no publication date: relative values stay None, explicit dates are resolved
    ("Ieri il presidente ha firmato il decreto.", None, "Ieri", None, "day"),
    ("Il decreto è stato firmato il 3 gennaio 2022.", None, "3 gennaio 2022", "2022-01-03", "day"),
    ("Il decreto è stato firmato mercoledì.", None, "mercoledì", None, "day"),
    # year boundaries and ISO weeks
    ("Il mese prossimo entrerà in vigore la riforma.", "2021-12-31", "Il mese prossimo", "2022-01", "month"),
    ("La settimana scorsa i contagi sono saliti.", "2022-01-03", "La settimana scorsa", "2021-W52", "week"),
    ("Questa settimana gli uffici resteranno chiusi.", "2021-01-01", "Questa settimana", "2020-W53", "week"),
    ("Domani scatteranno i nuovi rincari.", "2020-12-31", "Domani", "2021-01-01", "day"),
    ("L'anno prossimo il bilancio tornerà in attivo.", "2020-12-31", "L'anno prossimo", "2021", "year"),
    ("Ieri il Senato ha votato la legge.", "2024-03-01", "Ieri", "2024-02-29", "day"),
    ("Lunedì il governo ha varato il decreto.", "2022-01-01", "Lunedì", "2021-12-27", "day"),
    ("Il 30 dicembre la banca aveva chiuso i conti.", "2022-01-04", "30 dicembre", "2021-12-30", "day"),
    ("Il 2 gennaio partirà la campagna vaccinale.", "2021-12-28", "2 gennaio", "2022-01-02", "day"),
]

EN_CASES: list[tuple[str, str | None, str, str | None, str]] = [
    ("The cabinet approved the budget today.", WED, "today", "2021-12-15", "day"),
    ("Police arrested two men yesterday in Leeds.", WED, "yesterday", "2021-12-14", "day"),
    ("The talks will resume tomorrow in Vienna.", WED, "tomorrow", "2021-12-16", "day"),
    ("The minister met his counterpart on Wednesday.", WED, "Wednesday", "2021-12-15", "day"),
    ("The Kremlin said on Tuesday that the call had gone well.", WED, "Tuesday", "2021-12-14", "day"),
    ("Last Tuesday the court rejected the appeal.", WED, "Last Tuesday", "2021-12-14", "day"),
    ("The leaders will meet next Friday in Brussels.", WED, "next Friday", "2021-12-17", "day"),
    ("The summit will be held on Friday in Geneva.", WED, "Friday", "2021-12-17", "day"),
    ("Unions held a strike on Monday, January 3, across the country.", WED, "Monday, January 3", "2022-01-03", "day"),
    ("Prices rose sharply this week.", WED, "this week", "2021-W50", "week"),
    ("The central bank raised rates last week.", WED, "last week", "2021-W49", "week"),
    ("The new rules take effect next month.", WED, "next month", "2022-01", "month"),
    ("Exports fell last year for the first time since 2009.", WED, "last year", "2020", "year"),
    ("Exports fell last year for the first time since 2009.", WED, "2009", "2009", "year"),
    ("A week ago the ministry denied any plan to close schools.", WED, "A week ago", "2021-12-08", "day"),
    ("Three days ago rebels seized the airport.", WED, "Three days ago", "2021-12-12", "day"),
    ("Two months ago the party lost its majority.", WED, "Two months ago", "2021-10", "month"),
    ("Schools will reopen on January 3.", WED, "January 3", "2022-01-03", "day"),
    ("The law takes effect on 3 January 2022.", WED, "3 January 2022", "2022-01-03", "day"),
    ("The deadline is Jan. 3, officials said.", WED, "Jan. 3", "2022-01-03", "day"),
    ("The ceasefire will begin on the 3rd of January.", WED, "3rd of January", "2022-01-03", "day"),
    ("The deal was signed on March 12, 2024, in Riyadh.", WED, "March 12, 2024", "2024-03-12", "day"),
    ("The base has been in use since it opened in 2015.", WED, "2015", "2015", "year"),
    ("Talks are expected to resume in January.", WED, "January", "2022-01", "month"),
    ("The army massed troops on the border earlier this month.", WED, "earlier this month", "2021-12", "month"),
    ("Elections are due later this year, the commission said.", WED, "later this year", "2021", "year"),
    ("The prime minister visited the flooded towns this morning.", WED, "this morning", "2021-12-15", "day"),
    ("The president will address the nation tonight.", WED, "tonight", "2021-12-15", "day"),
    ("The truce collapsed a week later.", WED, "a week later", None, "day"),
    ("Two days earlier, the envoy had left Kabul.", WED, "Two days earlier", None, "day"),
    ("The package is expected to be formally adopted by ministers on Monday.", WED, "Monday", "2021-12-20", "day"),
    ("Unions called new strikes for Tuesday after a million people marched.", WED, "Tuesday", "2021-12-21", "day"),
    ("The visit, due to begin on Sunday, had been postponed.", WED, "Sunday", "2021-12-19", "day"),
    ("Fighting broke out in April last year.", "2024-03-09", "April last year", "2023-04", "month"),
    ("In April the rebels seized the city.", "2024-03-09", "April", "2023-04", "month"),
    ("The next day, the army withdrew from the town.", WED, "The next day", None, "day"),
    ("The day before, protesters had blocked the road.", WED, "The day before", None, "day"),
    ("The plant will be shut by the end of the year.", WED, "the end of the year", "2021", "year"),
    ("The vote is scheduled for mid-January.", WED, "mid-January", "2022-01", "month"),
    ("In May the talks collapsed.", WED, "May", "2021-05", "month"),
    ("Hundreds rallied over the weekend in the capital.", WED, "the weekend", "2021-W49", "week"),
    ("It could jeopardise the 1979 peace treaty.", WED, "1979", "1979", "year"),
    ("The new tariffs start next month.", "2021-12-31", "next month", "2022-01", "month"),
    ("Cases rose sharply last week.", "2022-01-03", "last week", "2021-W52", "week"),
    ("The minister resigned yesterday.", None, "yesterday", None, "day"),
]


def _ids(cases: list[tuple[str, str | None, str, str | None, str]]) -> list[str]:
    return [f"{c[2]}@{c[1]}" for c in cases]


@pytest.mark.parametrize(("sentence", "date", "text", "value", "precision"), IT_CASES, ids=_ids(IT_CASES))
def test_italian(sentence: str, date: str | None, text: str, value: str | None, precision: str) -> None:
    doc = run(sentence, "it", date)
    t = find(doc, text)
    assert (t.value, t.precision) == (value, precision)
    assert doc.text[t.start : t.end] == t.text


@pytest.mark.parametrize(("sentence", "date", "text", "value", "precision"), EN_CASES, ids=_ids(EN_CASES))
def test_english(sentence: str, date: str | None, text: str, value: str | None, precision: str) -> None:
    doc = run(sentence, "en", date)
    t = find(doc, text)
    assert (t.value, t.precision) == (value, precision)
    assert doc.text[t.start : t.end] == t.text


def test_case_counts() -> None:
    assert len(IT_CASES) >= 60
    assert len(EN_CASES) >= 30


# (lang, sentence): no temporal expression at all
NEGATIVE: list[tuple[str, str]] = [
    ("it", "Il mosaico risale al 2° secolo dopo Cristo."),
    ("it", "La disoccupazione è salita al 5 per cento."),
    ("it", "Al confine sono schierati 1.500 soldati."),
    ("it", "I leader del G20 hanno discusso di clima."),
    ("it", "I casi di Covid-19 sono in calo in Lombardia."),
    ("it", "Il rifugio si trova a 2000 metri di quota."),
    ("it", "Lo sciopero è stato definito un weekend lungo per qualcuno."),
    ("it", "Nei giorni scorsi la tensione era salita."),
    ("it", "Sinner ha vinto 2 set contro Alcaraz."),
    ("it", "Nella notte di San Lorenzo cadono le stelle."),
    ("it", "I colloqui sono durati tre giorni."),
    ("it", "Giorno dopo giorno la situazione peggiora."),
    ("en", "She may decide to run again."),
    ("en", "The party won 2015 votes in the district."),
    ("en", "Talks lasted three days without a deal."),
    ("en", "Protesters march through the city centre."),
    ("en", "In the past two weeks the index fell."),
]


@pytest.mark.parametrize(("lang", "sentence"), NEGATIVE)
def test_not_dates(lang: str, sentence: str) -> None:
    doc = run(sentence, lang)
    assert doc.timexes == [], [(t.text, t.value) for t in doc.timexes]


def test_event_relative_fields() -> None:
    doc = run("Il vertice è arrivato una settimana dopo che Roma e Parigi avevano rotto i rapporti.")
    t = find(doc, "una settimana dopo")
    assert (t.relative, t.anchor, t.delta, t.delta_unit, t.delta_days) == (True, "event", 1, "week", 7)
    doc = run("Two days earlier, the envoy had left Kabul.", "en")
    t = find(doc, "Two days earlier")
    assert (t.anchor, t.delta_days) == ("event", -2)
    doc = run("Tre giorni fa un convoglio è stato attaccato.")
    t = find(doc, "Tre giorni fa")
    assert (t.anchor, t.delta, t.delta_unit, t.delta_days) == ("document", -3, "day", -3)


def test_mod_and_absolute_fields() -> None:
    doc = run("Il piano sarà pronto entro la fine dell'anno, ha detto il ministro nel 2015.")
    assert find(doc, "la fine dell'anno").mod == "end"
    y = find(doc, "2015")
    assert (y.relative, y.anchor) == (False, None)
    assert find(run("The vote is scheduled for mid-January.", "en"), "mid-January").mod == "mid"


def test_range_of_days() -> None:
    doc = run("Il festival si terrà dal 3 al 5 gennaio a Torino.")
    assert [(t.text, t.value) for t in doc.timexes] == [("3", "2022-01-03"), ("5 gennaio", "2022-01-05")]


def test_sorted_offsets_and_several_per_sentence() -> None:
    doc = run(
        "Mercoledì Xi ha parlato con Putin, mentre martedì Peskov aveva detto che il vertice "
        "si terrà venerdì, una settimana dopo la telefonata del 3 dicembre."
    )
    got = [(t.text, t.value) for t in doc.timexes]
    assert got == [
        ("Mercoledì", "2021-12-15"),
        ("martedì", "2021-12-14"),
        ("venerdì", "2021-12-17"),
        ("una settimana dopo", None),
        ("3 dicembre", "2021-12-03"),
    ]
    starts = [t.start for t in doc.timexes]
    assert starts == sorted(starts)
    for t in doc.timexes:
        assert doc.text[t.start : t.end] == t.text


def test_typographic_apostrophe() -> None:
    doc = run("L’anno scorso l’export era cresciuto; quest’anno è calato.")
    assert find(doc, "L’anno scorso").value == "2020"
    assert find(doc, "quest’anno").value == "2021"


def test_language_without_vocabulary_keeps_numeric_dates() -> None:
    # French has no time.yaml (nor a supported tokenizer): tokens are built by hand here
    doc = Document(text="Le sommet du 12/03/2024 aura lieu mercredi.", meta=DocumentMeta(id="f", lang="fr", date=WED))
    pos = 0
    for i, w in enumerate(doc.text.rstrip(".").split()):
        start = doc.text.index(w, pos)
        doc.tokens.append(Token(i, w, start, start + len(w), w.lower(), w.lower(), 0))
        pos = start + len(w)
    find_timexes(doc)
    assert [(t.text, t.value) for t in doc.timexes] == [("12/03/2024", "2024-03-12")]


def test_overlay_is_validated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cronaca import lang as langpacks
    from cronaca.timex import lexicon

    (tmp_path / "it").mkdir()
    (tmp_path / "it" / "time.yaml").write_text("weekdays:\n  lunedì: 9\n", encoding="utf-8")
    monkeypatch.setenv("CRONACA_DATA_PATH", str(tmp_path))
    langpacks.load_yaml.cache_clear()
    lexicon.cache_clear()
    try:
        with pytest.raises(langpacks.DataError):
            lexicon("it")
    finally:
        monkeypatch.delenv("CRONACA_DATA_PATH")
        langpacks.load_yaml.cache_clear()
        lexicon.cache_clear()


def test_to_dict_carries_new_fields() -> None:
    d = run("Il giorno dopo la procura ha aperto un fascicolo.").timexes[0].to_dict()
    assert d["anchor"] == "event" and d["delta"] == 1 and d["value"] is None


def test_pipeline_stage() -> None:
    from cronaca.pipeline import Pipeline

    pipe = Pipeline(disable=["actors", "quotes", "events"])
    doc = pipe.run(
        "Il presidente ha telefonato ieri al cancelliere.",
        DocumentMeta(id="p", lang="it", date="2023-05-10"),
    )
    assert [(t.text, t.value) for t in doc.timexes] == [("ieri", "2023-05-09")]


def test_seed_article() -> None:
    if not SEED.exists():
        pytest.skip("seed article not available")
    from cronaca.pipeline import Pipeline

    pipe = Pipeline(disable=["actors", "quotes", "events"])
    doc = pipe.run(SEED.read_text(encoding="utf-8"), DocumentMeta(id="seed", lang="it", date=WED))
    by_text: dict[str, set[str | None]] = {}
    for t in doc.timexes:
        assert doc.text[t.start : t.end] == t.text
        by_text.setdefault(t.text.lower(), set()).add(t.value)
    assert by_text.get("mercoledì") == {"2021-12-15"}
    assert by_text.get("martedì") == {"2021-12-14"}
    nxt = [t for t in doc.timexes if t.text == "il mese prossimo"]
    assert nxt and (nxt[0].value, nxt[0].precision) == ("2022-01", "month")


def test_weekday_after_would_in_reported_speech_is_ahead():
    # "said the two sides would meet on Saturday", published on a Sunday: the coming Saturday
    from cronaca.model import Document, DocumentMeta
    from cronaca.pipeline import Pipeline

    doc = Document(
        text="The minister said the two delegations would meet again in Istanbul on Saturday.",
        meta=DocumentMeta(id="t", lang="en", date="2025-10-19"),
    )
    Pipeline()(doc)
    assert [(t.text, t.value) for t in doc.timexes] == [("Saturday", "2025-10-25")]
