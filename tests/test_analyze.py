from cronaca.analyze import analyze
from cronaca.model import Document, DocumentMeta


def run(text: str, lang: str = "it") -> Document:
    doc = Document(text=text, meta=DocumentMeta(id="t", lang=lang))
    analyze(doc)
    return doc


def test_tokens_keep_exact_offsets_with_typographic_apostrophes():
    text = "Il ministro ha condannato l’invasione dell’Ucraina e l'attacco all'ospedale."
    doc = run(text)
    for t in doc.tokens:
        assert text[t.start : t.end] == t.text
    words = [t.text for t in doc.tokens]
    assert "l’" in words and "invasione" in words
    assert "dell’" in words and "Ucraina" in words
    assert "l'" in words and "attacco" in words


def test_lemmas_from_lookup_tables():
    doc = run("I ministri hanno firmato gli accordi.")
    lemmas = {t.text: t.lemma for t in doc.tokens}
    assert lemmas["firmato"] == "firmare"
    assert lemmas["accordi"] == "accordo"


def test_english_lemmas():
    doc = run("The ministers signed two agreements.", "en")
    lemmas = {t.text: t.lemma for t in doc.tokens}
    assert lemmas["signed"] == "sign"
    assert lemmas["agreements"] == "agreement"


def test_sentences_split_on_punctuation_and_line_breaks():
    text = (
        "Vertice a Roma senza accordo\n"
        "I leader si sono incontrati ieri. «Non firmeremo», ha detto il premier.\n"
        "Il 3 gen. la riunione riprenderà."
    )
    doc = run(text)
    sents = [text[s.start : s.end] for s in doc.sents]
    assert sents[0] == "Vertice a Roma senza accordo"
    assert sents[1] == "I leader si sono incontrati ieri."
    assert sents[2] == "«Non firmeremo», ha detto il premier."
    assert sents[-1].endswith("riprenderà.")
    for s in doc.sents:
        for t in doc.tokens[s.tok_start : s.tok_end]:
            assert t.sent == s.i


def test_closing_quote_after_period_stays_in_sentence():
    text = "Ha detto: “Siamo pronti a trattare.” Poi è partito."
    doc = run(text)
    sents = [text[s.start : s.end] for s in doc.sents]
    assert sents == ["Ha detto: “Siamo pronti a trattare.”", "Poi è partito."]


def test_empty_text():
    doc = run("")
    assert doc.tokens == [] and doc.sents == []


def test_abbreviations_do_not_end_sentences():
    text = "Il vertice del 3 gen. 2022 con il gen. Rossi è saltato. Il sig. Bianchi ha protestato."
    doc = run(text)
    sents = [text[s.start : s.end] for s in doc.sents]
    assert sents == ["Il vertice del 3 gen. 2022 con il gen. Rossi è saltato.", "Il sig. Bianchi ha protestato."]
