"""Fixtures shared by the web tests (test_web_api.py, test_browser.py): news-style articles written for
these tests (Italian and English) and a store built from them by the store's own write function.
No tests here."""

from __future__ import annotations

from pathlib import Path

ARTICLES = [
    {
        "id": "it-odessa", "lang": "it", "date": "2023-07-18", "source": "Cronaca di prova",
        "title": "Tajani condanna l'attacco a Odessa", "url": "https://news.example.org/it/odessa",
        "text": (
            "ROMA - Il ministro degli Esteri Antonio Tajani ha condannato martedì l'attacco russo contro il "
            "porto di Odessa. \"È un atto inaccettabile che colpisce i civili\", ha dichiarato Tajani durante "
            "una conferenza stampa alla Farnesina.\n\n"
            "Il governo italiano ha annunciato nuovi aiuti umanitari all'Ucraina e ha convocato "
            "l'ambasciatore russo. Mosca ha respinto le accuse, sostenendo che l'operazione era diretta "
            "contro obiettivi militari.\n\n"
            "Il presidente ucraino Volodymyr Zelensky ha ringraziato l'Italia per il sostegno e ha chiesto "
            "all'Unione europea nuove sanzioni contro la Russia.\n"
        ),
    },
    {
        "id": "en-biden", "lang": "en", "date": "2023-07-18", "source": "Test Wire",
        "title": "Biden warns Russia over Ukraine", "url": "https://news.example.org/en/biden",
        "text": (
            "WASHINGTON - President Joe Biden warned Russia on Tuesday that an invasion of Ukraine would "
            "bring severe economic sanctions. \"We are ready to act together with our allies,\" Biden told "
            "reporters at the White House.\n\n"
            "The Kremlin rejected the warning and accused NATO of provoking tensions in Eastern Europe. "
            "Ukraine asked Germany for weapons, while France offered to mediate talks between Moscow and Kyiv.\n"
        ),
    },
    {
        "id": "it-kuleba", "lang": "it", "date": "2023-08-02", "source": "Cronaca di prova",
        "title": "Putin minaccia, Kuleba accusa", "url": "https://news.example.org/it/kuleba",
        "text": (
            "KIEV - Il presidente russo Vladimir Putin ha minacciato l'Ucraina di nuove offensive, mentre il "
            "ministro degli Esteri ucraino Dmytro Kuleba ha accusato la Russia di crimini di guerra. \"Non ci "
            "arrenderemo mai\", ha affermato Kuleba.\n\n"
            "La Turchia ha proposto di ospitare nuovi negoziati tra Mosca e Kiev. Il segretario generale della "
            "Nato Jens Stoltenberg ha promesso altre armi all'Ucraina.\n"
        ),
    },
    {
        "id": "en-sunak", "lang": "en", "date": "2023-08-02", "source": "Test Wire",
        "title": "Britain and Ukraine sign defence pact", "url": "https://news.example.org/en/sunak",
        "text": (
            "LONDON - Britain and Ukraine signed an agreement on Monday to expand military cooperation, Prime "
            "Minister Rishi Sunak said. Russia condemned the deal and threatened to respond.\n\n"
            "\"This partnership will last for decades,\" Sunak said in a statement. Ukrainian President "
            "Volodymyr Zelensky praised Britain for its support.\n"
        ),
    },
]

# An article whose text (and title) carry markup: it must be shown as text, never run.
INJECTION = {
    "id": "it-injection", "lang": "it", "date": "2023-07-19", "source": "Cronaca di prova",
    "title": "Sala <b>critica</b> la Regione <script>alert('title')</script>",
    "url": "javascript:alert('url')",
    "text": (
        "MILANO - Un lettore ha inviato alla redazione il messaggio <script>alert(1)</script> insieme a "
        "un'immagine <img src=x onerror=alert(2)>. Il sindaco di Milano Giuseppe Sala ha criticato la "
        "Regione Lombardia per i ritardi nei trasporti. \"Serve più rispetto per i pendolari\", ha detto Sala.\n"
    ),
}


def build_store(path: Path, articles: list[dict] | None = None) -> dict[str, str]:
    """Extract the articles with the pipeline and store them with `write_documents`; returns
    {fixture id: stored document id}."""
    from cronaca.model import Document, DocumentMeta
    from cronaca.pipeline import Pipeline
    from cronaca.store.ingest import content_hash, doc_key, write_documents
    from cronaca.store.schema import connect

    pipeline = Pipeline()
    docs = []
    ids = {}
    for a in articles if articles is not None else [*ARTICLES, INJECTION]:
        meta = DocumentMeta(id=a["id"], lang=a["lang"], date=a["date"], title=a["title"], url=a["url"],
                            source=a["source"])
        docs.append(pipeline(Document(text=a["text"], meta=meta)))
        ids[a["id"]] = doc_key(content_hash(a["text"]))
    con = connect(path)
    try:
        write_documents(con, docs)
    finally:
        con.close()
    return ids
