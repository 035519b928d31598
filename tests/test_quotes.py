"""Quotations: direct, partial and indirect speech, speakers, addressees, channels and sources.

Every paragraph here is written for these tests in the style of Italian and English news agencies.
The whole pipeline runs (actors included): speakers are checked by the actor's name, or by the text
the speaker was read from when the actors stage leaves a name unresolved.
"""

from __future__ import annotations

import pytest

from cronaca.model import Document, Quote
from cronaca.pipeline import extract
from cronaca.quotes import lexicon, quoted_spans


def run(text: str, lang: str = "it") -> Document:
    return extract(text, lang=lang, date="2024-03-13")


def who(doc: Document, actor_id: str | None, span=None) -> str:
    a = doc.actor(actor_id)
    if a is not None:
        return a.name + " | " + " | ".join(m.text for m in a.mentions)
    return span.text if span is not None else ""


def speaker(doc: Document, q: Quote) -> str:
    return who(doc, q.speaker, q.speaker_span)


def find(doc: Document, fragment: str) -> Quote:
    for q in doc.quotes:
        if q.text == fragment:
            return q
    for q in doc.quotes:
        if fragment in q.text:
            return q
    raise AssertionError(f"no quote with {fragment!r} in {[q.text for q in doc.quotes]}")


def absent(doc: Document, fragment: str) -> None:
    assert not any(fragment in q.text for q in doc.quotes), [q.text for q in doc.quotes]


# ---------------------------------------------------------------------------------------------- marks


def test_quoted_spans_pairs_nested_and_apostrophes() -> None:
    text = "«Ha detto “basta” all’Ucraina», poi ‘l’ultima parola’ e \"fine\" e \"ancora\"."
    spans = [(s.open, s.close, s.closed) for s in quoted_spans(text)]
    contents = [text[a + 1 : b] for a, b, _ in spans]
    assert contents == ["Ha detto “basta” all’Ucraina", "l’ultima parola", "fine", "ancora"]
    assert all(closed for _, _, closed in spans)


def test_unbalanced_mark_is_capped_at_the_paragraph_end() -> None:
    text = "Il ministro ha detto: «Non cederemo mai.\nIl vertice riprenderà domani a Bruxelles, «forse»."
    spans = quoted_spans(text)
    first = spans[0]
    assert not first.closed and text[first.close - 1] == "."
    assert "\n" not in text[first.open : first.close]
    assert text[spans[1].open + 1 : spans[1].close] == "forse"


def test_quotation_running_over_two_paragraphs() -> None:
    text = "«Il primo punto è la sicurezza.\n«Il secondo è l’energia», ha concluso il ministro."
    spans = quoted_spans(text)
    assert len(spans) == 1 and spans[0].closed
    assert text[spans[0].open + 1 : spans[0].close].endswith("l’energia")


# ---------------------------------------------------------------------------------------------- lexicon


def test_cue_lexicon_generates_forms_from_lemmas() -> None:
    lex = lexicon("it")
    # from the lemma table, from the conjugation endings (the table lemmatizes "aggiunto" wrongly),
    # from enclitic gerunds and from the extra forms
    for form, lemma in [("dichiarato", "dichiarare"), ("aggiunto", "aggiungere"), ("ribadiscono", "ribadire"),
                        ("definendolo", "definire"), ("twittato", "twittare"), ("disse", "dire")]:
        assert lex.cue_forms.get(form) == lemma, form
    assert "chiamata" not in lex.cue_forms and "dire" not in lex.cue_forms  # a noun; an infinitive
    en = lexicon("en")
    assert en.cue_forms.get("said") == "say" and en.cue_forms.get("told") == "tell"


# ---------------------------------------------------------------------------------------------- Italian


def test_direct_quote_with_inverted_subject_addressee_and_channel() -> None:
    doc = run(
        "Il governo italiano ha convocato l'ambasciatore russo.\n"
        "«Non accetteremo minacce contro i nostri soldati», ha detto ai giornalisti il ministro degli "
        "Esteri Antonio Tajani in un'intervista al Corriere della Sera dopo il vertice.\n"
        "«Siamo pronti a lavorare con tutti», ha detto Joe Biden a Volodymyr Zelensky."
    )
    q = find(doc, "Non accetteremo minacce")
    assert q.kind == "direct" and "Tajani" in speaker(doc, q)
    assert q.cue is not None and q.cue.text == "ha detto"
    assert q.addressee is None  # "ai giornalisti" is not an actor
    assert q.channel is not None and "intervista" in q.channel.text and "dopo" not in q.channel.text
    q2 = find(doc, "Siamo pronti")
    assert "Biden" in speaker(doc, q2) and "Zelensky" in who(doc, q2.addressee)
    assert doc.text[q.start : q.end] == q.text and doc.quotes[0].id == "q1"


def test_split_quote_and_continuation_paragraph() -> None:
    doc = run(
        "«Il dialogo con Pechino resta aperto», ha detto Antonio Tajani, «ma servono garanzie concrete».\n"
        "«Non possiamo aspettare ancora a lungo. La pazienza dei nostri partner ha un limite.»\n"
        "Il vertice si chiuderà domani a Roma."
    )
    a, b = find(doc, "Il dialogo con Pechino"), find(doc, "ma servono garanzie")
    assert a.kind == b.kind == "direct"
    assert "Tajani" in speaker(doc, a) and "Tajani" in speaker(doc, b)
    c = find(doc, "Non possiamo aspettare")
    assert "La pazienza" in c.text  # one quotation over two sentences
    # a continuation has no cue of its own: it takes the previous quotation's (gold convention)
    assert "Tajani" in speaker(doc, c) and c.cue is not None and c.cue.start == a.cue.start


def test_source_chain_and_speaker_from_sentence_before() -> None:
    doc = run(
        "Giorgia Meloni “ha assicurato che l'Italia resterà al fianco di Kiev fino alla fine”, ha detto ai "
        "giornalisti il ministro della Difesa Guido Crosetto dopo il colloquio.\n"
        "“È una posizione che il governo non cambierà”.\n"
        "Emmanuel Macron ha detto che la Francia invierà altri aiuti, secondo l'Eliseo."
    )
    q = find(doc, "l'Italia resterà al fianco")
    assert "Meloni" in speaker(doc, q) and "Crosetto" in who(doc, q.reported_by, q.reported_by_span)
    assert not q.text.startswith("ha assicurato")
    assert "Crosetto" in speaker(doc, find(doc, "È una posizione"))
    ind = find(doc, "la Francia invierà")
    assert ind.kind == "indirect" and "Macron" in speaker(doc, ind)
    assert ind.reported_by is not None and "Eliseo" in who(doc, ind.reported_by)
    assert "secondo" not in ind.text


def test_partial_quotes_with_naming_cue_and_dropped_subject() -> None:
    doc = run(
        "Definendo Emmanuel Macron un “alleato prezioso”, Giorgia Meloni ha detto che il governo è pronto "
        "a “fare la sua parte”.\n"
        "«La via è quella del dialogo», ha detto Sergei Lavrov all'inizio dell'incontro.\n"
        "Ha poi descritto le sanzioni come “un errore strategico dell'Occidente”."
    )
    q = find(doc, "alleato prezioso")
    assert q.kind == "partial" and "Meloni" in speaker(doc, q)
    assert find(doc, "fare la sua parte").kind == "partial"
    d = find(doc, "un errore strategico")
    assert d.kind == "partial" and "Lavrov" in speaker(doc, d)


def test_titles_nicknames_and_scare_quotes_are_not_quotations() -> None:
    doc = run(
        "Il Senato ha approvato ieri il decreto “Sicurezza bis” con 160 voti favorevoli.\n"
        "Il cosiddetto “venerdì nero” dei trasporti si è chiuso senza gravi disagi.\n"
        "Il capo dei mercenari, soprannominato “lo chef”, è tornato a Mosca.\n"
        "Le “riforme” annunciate dal governo non sono mai arrivate in Parlamento.\n"
        "Il libro “La guerra fredda” è uscito in tutte le librerie."
    )
    for frag in ("Sicurezza bis", "venerdì nero", "lo chef", "riforme", "La guerra fredda"):
        absent(doc, frag)


def test_scare_quote_next_to_a_cue_is_a_partial_quotation() -> None:
    doc = run("Il portavoce del Cremlino Dmitry Peskov ha definito le accuse di Kiev “assurde”.")
    q = find(doc, "assurde")
    assert q.kind == "partial" and "Peskov" in speaker(doc, q)


def test_indirect_speech_frames() -> None:
    doc = run(
        "Il portavoce del Cremlino Dmitry Peskov ha detto martedì che Mosca non ha intenzione di attaccare.\n"
        "Il Cremlino ha accusato Kiev di sabotare i negoziati di pace.\n"
        "Antonio Tajani ha invitato la Cina a usare la sua influenza su Mosca.\n"
        "Secondo il ministero della Difesa russo, le truppe sono rientrate nelle basi.\n"
        "La Russia ha consegnato le sue proposte agli Stati Uniti, ha detto Sergei Lavrov.\n"
        "Il Cremlino ha sottolineato le richieste di garanzie di sicurezza."
    )
    q = find(doc, "Mosca non ha intenzione")
    assert q.kind == "indirect" and "Peskov" in speaker(doc, q) and q.text.startswith("Mosca")
    acc = find(doc, "sabotare i negoziati")
    assert acc.kind == "indirect" and "Cremlino" in speaker(doc, acc)
    inv = find(doc, "usare la sua influenza")
    assert "Tajani" in speaker(doc, inv) and "Cina" in who(doc, inv.addressee)
    sec = find(doc, "le truppe sono rientrate")
    assert sec.kind == "indirect" and sec.cue is not None and sec.cue.text.lower() == "secondo"
    post = find(doc, "La Russia ha consegnato")
    assert "Lavrov" in speaker(doc, post) and "ha detto" not in post.text
    absent(doc, "richieste di garanzie")  # an object, not a reported clause


def test_per_needs_a_speaker() -> None:
    doc = run("Per Natale, i prezzi dei voli sono aumentati del 30 per cento.")
    assert doc.quotes == []


# ---------------------------------------------------------------------------------------------- English


def test_english_direct_indirect_and_pronouns() -> None:
    doc = run(
        "NATO Secretary General Jens Stoltenberg, speaking in Brussels, said allies must spend more on defence.\n"
        '"We will not back down," Antony Blinken told reporters on Tuesday. "The door to diplomacy stays open."\n'
        "He said that Washington would send more air defence systems to Kyiv.\n"
        "Russia is preparing a new offensive, according to Ukrainian military intelligence.\n"
        '"This is a dangerous escalation," said Kremlin spokesman Dmitry Peskov.',
        lang="en",
    )
    q = find(doc, "We will not back down")
    assert q.kind == "direct" and "Blinken" in speaker(doc, q)
    assert "Blinken" in speaker(doc, find(doc, "The door to diplomacy"))
    ind = find(doc, "Washington would send")
    assert ind.kind == "indirect" and "Blinken" in speaker(doc, ind)
    assert "Stoltenberg" in speaker(doc, find(doc, "allies must spend more"))
    acc = find(doc, "Russia is preparing")
    assert acc.kind == "indirect" and acc.cue is not None and acc.cue.text == "according to"
    assert "Peskov" in speaker(doc, find(doc, "dangerous escalation"))


def test_english_non_quotes_and_partials() -> None:
    doc = run(
        'Moscow calls the war a "special military operation" in all official statements.\n'
        'The so-called "coalition of the willing" met in Paris.\n'
        'Critics dubbed the plan "Project Fear".\n'
        'Emmanuel Macron warned that Europe faced "an existential threat" from Russia.',
        lang="en",
    )
    absent(doc, "coalition of the willing")
    absent(doc, "Project Fear")
    q = find(doc, "an existential threat")
    assert q.kind == "partial" and "Macron" in speaker(doc, q)


# ---------------------------------------------------------------------------------------------- robustness


def test_unbalanced_marks_do_not_swallow_the_article() -> None:
    doc = run(
        "«Non firmeremo nulla, ha detto Volodymyr Zelensky ai giornalisti.\n"
        "Il presidente ucraino ha poi incontrato Emmanuel Macron. «Parigi resta al nostro fianco», ha detto.\n"
        "Il ministro “ha parlato di pace.\n"
        "Nessun accordo è stato firmato."
    )
    for q in doc.quotes:
        assert "\n" not in q.text
    q = find(doc, "Parigi resta al nostro fianco")
    assert q.kind == "direct"


def test_many_sentences_without_crash() -> None:
    para = (
        "«Il dialogo resta aperto», ha detto Antonio Tajani ai giornalisti. Il ministro ha spiegato che "
        "l'Italia sosterrà i negoziati. Secondo il Cremlino, Mosca non ha ricevuto proposte. "
        "Il cosiddetto “piano di pace” non convince Kiev.\n"
    )
    doc = run(para * 500)  # 2,000 sentences
    assert len(doc.sents) >= 2000
    assert len(doc.quotes) == 3 * 500
    assert [q.id for q in doc.quotes[:3]] == ["q1", "q2", "q3"]


# How the quotes stage's time grows with article length is measured by benchmarks/quotes_scaling.py,
# which prints figures: a timed assertion here failed under load on a shared machine (the brief keeps
# speed out of tests).


# ---------------------------------------------------------------------------------------------- the seed


@pytest.fixture
def seed(seed_text: str) -> Document:
    return extract(seed_text, lang="it", date="2021-12-15")


def test_seed_direct_and_partial_quotes(seed: Document) -> None:
    q = find(seed, "sebbene non siano alleati")
    assert "Xi" in speaker(seed, q) and "Ushakov" in who(seed, q.reported_by, q.reported_by_span)
    assert "Ushakov" in speaker(seed, find(seed, "Una tale espressione figurativa"))
    for frag in ("vecchio amico", "fermamente sostenuto la Cina"):
        q = find(seed, frag)
        assert "Xi" in speaker(seed, q) and "CCTV" in who(seed, q.reported_by, q.reported_by_span)
    q = find(seed, "Lo consiglio vivamente")
    assert "Xi" in speaker(seed, q) and "Putin" in who(seed, q.addressee)
    q = find(seed, "Porterò queste idee a Washington")
    assert "Donfried" in speaker(seed, q) and q.channel is not None and "Twitter" in q.channel.text
    assert "Donfried" in speaker(seed, find(seed, "si allenti"))
    assert "Putin" in speaker(seed, find(seed, "Lo stretto coordinamento tra Russia e Cina"))
    q = find(seed, "un vero modello di cooperazione")
    assert q.kind == "partial" and "Putin" in speaker(seed, q)
    q = next(q for q in seed.quotes if q.text == "alleati")
    assert "Peskov" in speaker(seed, q)


def test_seed_indirect_quotes(seed: Document) -> None:
    q = find(seed, "migliori di un")
    assert q.kind == "indirect" and "Xi" in speaker(seed, q)
    assert "Cremlino" in who(seed, q.reported_by, q.reported_by_span)
    q = find(seed, "potrebbe prepararsi per un")
    assert q.kind == "indirect" and "Stati Uniti" in speaker(seed, q)
    q = find(seed, "ha consegnato le sue proposte")
    assert q.kind == "indirect" and "Ushakov" in speaker(seed, q)
    q = find(seed, "intenzione di discutere le tensioni in Ucraina")
    assert q.kind == "indirect" and "Peskov" in speaker(seed, q)


def test_pipeline_quote_over_two_paragraphs_keeps_one_speaker() -> None:
    doc = run(
        "«Abbiamo chiesto garanzie precise sulla sicurezza delle rotte.\n"
        "«Senza quelle garanzie non firmeremo alcun accordo», ha detto Antonio Tajani."
    )
    q = find(doc, "Abbiamo chiesto garanzie")
    assert "non firmeremo" in q.text and "Tajani" in speaker(doc, q)


def test_offsets_hold_on_random_marks_and_the_contract_validates() -> None:
    import random

    from cronaca.contract import validate

    pieces = ["«", "»", "“", "”", '"', "‘", "’", " ha detto ", " Putin", " secondo il Cremlino", ",", ":", ".",
              "\n", " che ", " Xi", " said ", " according to ", "«Non", " l’Ucraina", " ha affermato di", "—"]
    rng = random.Random(7)
    for _ in range(60):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 50)))
        doc = run(text, lang=rng.choice(["it", "en"]))
        for q in doc.quotes:
            assert text[q.start : q.end] == q.text and q.start < q.end
            for span in (q.cue, q.channel):
                assert span is None or text[span.start : span.end] == span.text
        validate(doc.to_dict(), text)
