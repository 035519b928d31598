import gzip
import json
from pathlib import Path

import pytest

from cronaca.load import Article, InputError, LoadError, decode_bytes, iter_articles, load_path
from cronaca.model import DocumentMeta

IT_TEXT = (
    "Il ministro degli Esteri Antonio Tajani ha incontrato ieri a Roma l’omologo turco. "
    "«Abbiamo discusso di energia e migranti», ha detto Tajani ai giornalisti.\n"
)

HTML_PAGE = """<!DOCTYPE html><html><head><title>Tajani incontra l'omologo turco</title>
<meta property="article:published_time" content="2024-03-12T10:00:00Z">
<link rel="canonical" href="https://esempio.it/esteri/tajani-turchia"></head>
<body><nav>Home | Esteri | Politica</nav><article><h1>Tajani incontra l'omologo turco</h1>
<p>Il ministro degli Esteri Antonio Tajani ha incontrato ieri a Roma l'omologo turco per discutere
di energia, migranti e della situazione in Medio Oriente, secondo una nota della Farnesina.</p>
<p>«Abbiamo discusso di energia e migranti», ha detto Tajani ai giornalisti al termine del colloquio,
aggiungendo che una nuova riunione si terrà il mese prossimo ad Ankara.</p>
<p>Il governo turco ha confermato l'incontro in un comunicato diffuso in serata.</p></article>
<footer>© Esempio Media 2024</footer></body></html>"""


def meta() -> DocumentMeta:
    return DocumentMeta(id="", date="2024-03-12")


def test_txt(tmp_path: Path):
    p = tmp_path / "tajani.txt"
    p.write_text(IT_TEXT, encoding="utf-8")
    art = load_path(p, meta())
    assert art.text == IT_TEXT
    assert art.meta.id == "tajani" and art.meta.date == "2024-03-12"


def test_html_extracts_body_title_date(tmp_path: Path):
    p = tmp_path / "page.html"
    p.write_text(HTML_PAGE, encoding="utf-8")
    art = load_path(p, DocumentMeta(id=""))
    assert "Antonio Tajani ha incontrato" in art.text
    assert "Home | Esteri" not in art.text
    assert art.meta.title == "Tajani incontra l'omologo turco"
    assert art.meta.date == "2024-03-12"


def test_jsonl_in_order_with_bad_lines_reported(tmp_path: Path):
    p = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "Primo articolo sul vertice.", "date": "2024-01-02"}),
        '{"id": "b", "text": "rotto',
        "",
        json.dumps({"id": "c", "html": HTML_PAGE}),
        json.dumps({"id": "d"}),
        json.dumps(["not", "an", "object"]),
    ]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_articles(p))
    arts = [i for i in items if isinstance(i, Article)]
    errs = [i for i in items if isinstance(i, LoadError)]
    assert [a.meta.id for a in arts] == ["a", "c"]
    assert arts[0].meta.date == "2024-01-02"
    assert [e.line for e in errs] == [2, 5, 6]
    assert "not valid JSON" in errs[0].message


def test_jsonl_gz(tmp_path: Path):
    p = tmp_path / "batch.jsonl.gz"
    with gzip.open(p, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "x", "text": "Testo compresso."}) + "\n")
    assert [a.meta.id for a in iter_articles(p)] == ["x"]


def test_binary_rejected():
    with pytest.raises(InputError, match="binary"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "img.png")


def test_empty_rejected():
    with pytest.raises(InputError, match="empty"):
        decode_bytes(b"  \n\t ", "vuoto.txt")


def test_cp1252_fallback_says_so():
    text, warnings = decode_bytes("Citt\u00e0 e \u201cvirgolette\u201d".encode("cp1252"), "vecchio.txt")
    assert text == "Citt\u00e0 e \u201cvirgolette\u201d"
    assert warnings and "cp1252" in warnings[0]


def test_too_large(tmp_path: Path):
    p = tmp_path / "big.txt"
    p.write_bytes(b"parola " * 200_000)
    with pytest.raises(InputError, match="larger than"):
        load_path(p, meta(), max_bytes=1_000_000)


def test_folder_recursive(tmp_path: Path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "uno.txt").write_text("Primo testo.", encoding="utf-8")
    (tmp_path / "due.txt").write_text("Secondo testo.", encoding="utf-8")
    (tmp_path / "rotto.txt").write_bytes(b"")
    items = list(iter_articles(tmp_path))
    assert sorted(i.meta.id for i in items if isinstance(i, Article)) == ["due", "uno"]
    assert any(isinstance(i, LoadError) and "empty" in i.message for i in items)


def test_missing_path():
    items = list(iter_articles("/nonexistent/file.txt"))
    assert isinstance(items[0], LoadError) and "no such file" in items[0].message
