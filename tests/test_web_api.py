"""The REST API and the pages of `cronaca serve`, on a real DuckDB store built by the store's own write
function from articles written for these tests (test_web_fixtures.py)."""

from __future__ import annotations

import html
import shutil
from html.parser import HTMLParser

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient  # noqa: E402

from cronaca.web import create_app  # noqa: E402
from cronaca.web.highlight import Mark, highlight  # noqa: E402
from test_web_fixtures import ARTICLES, INJECTION, build_store  # noqa: E402

TOKEN = "s3cret-test-token"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("web") / "news.duckdb"
    ids = build_store(path)
    return path, ids


@pytest.fixture(scope="module")
def client(store):
    """A read-only server (no token)."""
    path, _ = store
    with TestClient(create_app(path, token="")) as c:
        yield c


@pytest.fixture()
def writer(store, tmp_path):
    """A server with a token, on a copy of the store (the read-only one keeps its file)."""
    path = tmp_path / "rw.duckdb"
    shutil.copy(store[0], path)
    with TestClient(create_app(path, token=TOKEN, max_body=200_000)) as c:
        yield c


# ---------------------------------------------------------------- reads


def test_stats_count_the_stored_documents(client):
    r = client.get("/api/stats")
    assert r.status_code == 200
    s = r.json()
    assert s["documents"] == len(ARTICLES) + 1
    assert s["event_mentions"] > 0 and s["quotes"] > 0
    assert set(s["languages"]) == {"it", "en"}


def test_document_is_the_contract_with_exact_offsets(client, store):
    _, ids = store
    r = client.get(f"/api/documents/{ids['it-kuleba']}")
    assert r.status_code == 200
    d = r.json()
    text = d["text"]
    assert text == next(a["text"] for a in ARTICLES if a["id"] == "it-kuleba")
    assert d["document"]["date"] == "2023-08-02" and d["document"]["lang"] == "it"
    names = {a["name"] for a in d["actors"]}
    assert "Dmytro Kuleba" in names and "Vladimir Putin" in names
    for a in d["actors"]:
        for m in a["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
    for q in d["quotes"]:
        assert text[q["start"]:q["end"]] == q["text"]
    assert any(q["text"] == "Non ci arrenderemo mai" for q in d["quotes"])
    ids_ = {a["id"] for a in d["actors"]}
    for e in d["events"]:
        assert text[e["trigger"]["start"]:e["trigger"]["end"]] == e["trigger"]["text"]
        assert set(e["source"]) | set(e["target"]) <= ids_
    assert {e["type"] for e in d["events"]} >= {"THREATEN", "ACCUSE"}


def test_unknown_document_is_a_json_404(client):
    r = client.get("/api/documents/0000000000000000")
    assert r.status_code == 404
    assert "no document" in r.json()["error"]
    assert client.get("/documents/0000000000000000").status_code == 404


def test_events_filters(client):
    rows = client.get("/api/events", params={"actor": "RUS", "limit": 500}).json()["items"]
    assert rows, "Russia is the source of events in the fixtures"
    assert all("RUS" in (r["source_code"], r["source_country"]) for r in rows)
    acc = client.get("/api/events", params={"type": "ACCUSE"}).json()["items"]
    assert acc and all(r["type"] == "ACCUSE" for r in acc)
    aug = client.get("/api/events", params={"since": "2023-07-25"}).json()["items"]
    jul = client.get("/api/events", params={"until": "2023-07-24"}).json()["items"]
    assert aug and jul
    assert all(r["date"] >= "2023-07-25" for r in aug) and all(r["date"] <= "2023-07-24" for r in jul)
    allr = client.get("/api/events", params={"limit": 500}).json()["items"]
    assert len(aug) + len(jul) == len(allr)
    tgt = client.get("/api/events", params={"target": "UKR"}).json()["items"]
    assert tgt and all("UKR" in (r["target_code"], r["target_country"]) for r in tgt)


def test_pagination_is_disjoint_and_complete(client):
    full = client.get("/api/events", params={"limit": 500}).json()
    assert full["next_offset"] is None
    n = len(full["items"])
    assert n >= 6
    seen = []
    offset = 0
    while offset is not None:
        page = client.get("/api/events", params={"limit": 4, "offset": offset}).json()
        assert len(page["items"]) <= 4
        seen += [(r["doc_id"], r["event_id"], r["pair"]) for r in page["items"]]
        offset = page["next_offset"]
    assert seen == [(r["doc_id"], r["event_id"], r["pair"]) for r in full["items"]]


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 501}, {"offset": -1}, {"limit": "many"},
                                    {"since": "yesterday"}, {"type": "HUG"}])
def test_bad_list_arguments_are_422_json(client, params):
    r = client.get("/api/events", params=params)
    assert r.status_code == 422
    assert r.headers["content-type"].startswith("application/json")
    assert r.json()["error"]


def test_quotes_by_speaker_and_words(client):
    rows = client.get("/api/quotes", params={"speaker": "kuleba"}).json()["items"]
    assert rows and all("Kuleba" in r["speaker"] for r in rows)
    rows = client.get("/api/quotes", params={"q": "partnership"}).json()["items"]
    assert [r["speaker"] for r in rows] == ["Rishi Sunak"]
    assert client.get("/api/quotes", params={"kind": "direct", "limit": 1}).json()["next_offset"] == 1


def test_actors_list_and_name_search(client):
    page = client.get("/api/actors", params={"limit": 3}).json()
    assert len(page["items"]) == 3 and page["next_offset"] == 3
    nxt = client.get("/api/actors", params={"limit": 3, "offset": 3}).json()["items"]
    assert {a["name"] for a in nxt}.isdisjoint({a["name"] for a in page["items"]})
    hits = client.get("/api/actors", params={"q": "zelensky"}).json()["items"]
    assert [h["name"] for h in hits] == ["Volodymyr Zelensky"] and hits[0]["documents"] == 2


def test_dyad_by_week(client):
    r = client.get("/api/dyads/RUS/UKR", params={"by": "week"})
    assert r.status_code == 200
    periods = r.json()["periods"]
    assert [p["period"] for p in periods] == sorted(p["period"] for p in periods)
    assert sum(p["events"] for p in periods) >= 2
    assert all(isinstance(p["goldstein"], float) for p in periods)
    assert client.get("/api/dyads/RUS/UKR", params={"by": "fortnight"}).status_code == 422


def test_network_edges_join_listed_nodes(client):
    net = client.get("/api/network").json()
    ids = {n["id"] for n in net["nodes"]}
    assert {"RUS", "UKR"} <= ids
    assert net["edges"] and all(e["source"] in ids and e["target"] in ids for e in net["edges"])
    assert all(e["source"] != e["target"] for e in net["edges"])


# ---------------------------------------------------------------- extract (nothing stored)


def test_extract_returns_the_contract_and_stores_nothing(client):
    before = client.get("/api/stats").json()["documents"]
    text = ("BRUXELLES - La presidente della Commissione europea Ursula von der Leyen ha annunciato nuove "
            "sanzioni contro la Russia. \"Non ci fermeremo\", ha detto von der Leyen.")
    r = client.post("/api/extract", json={"text": text, "date": "2023-09-01", "lang": "it"})
    assert r.status_code == 200
    d = r.json()
    assert d["text"] == text and d["document"]["date"] == "2023-09-01"
    from cronaca.contract import validate

    validate({k: v for k, v in d.items() if k != "text"}, text)
    assert any(a["name"] == "Ursula von der Leyen" for a in d["actors"])
    assert client.get("/api/stats").json()["documents"] == before


def test_extract_html_is_parsed_offline(client):
    page = ("<html><head><title>Vertice a Roma</title></head><body><article><h1>Vertice a Roma</h1>"
            "<p>ROMA - Il presidente del Consiglio Giorgia Meloni ha incontrato il presidente francese "
            "Emmanuel Macron a Palazzo Chigi per discutere di migrazione e di energia. I due leader hanno "
            "firmato un accordo sulla cooperazione industriale.</p></article></body></html>")
    r = client.post("/api/extract", json={"html": page})
    assert r.status_code == 200, r.text
    d = r.json()
    assert "Macron" in d["text"] and "<p>" not in d["text"]


@pytest.mark.parametrize("body", [
    {"url": "http://127.0.0.1:9/never-fetched"},  # a url alone is not an article: nothing is fetched
    {"text": "Un testo.", "html": "<p>Un testo.</p>"},
    {"text": "   "},
    {"text": "Roma.", "date": "ieri"},
    {"text": "Roma.", "lang": "xx"},
    {"text": "Roma.", "fetch": True},
])
def test_extract_rejects_bad_bodies(client, body):
    r = client.post("/api/extract", json=body)
    assert r.status_code == 422
    assert r.json()["error"].startswith("invalid request")


def test_malformed_json_is_422(client):
    r = client.post("/api/extract", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 422


# ---------------------------------------------------------------- writes and the token


def test_read_only_server_refuses_writes(client):
    r = client.post("/api/documents", json={"text": "Roma, il governo ha approvato il bilancio."},
                    headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 403
    assert "read-only" in r.json()["error"]


def test_token_missing_wrong_right(writer):
    art = {"text": ("PARIGI - Il presidente francese Emmanuel Macron ha ricevuto all'Eliseo il cancelliere "
                    "tedesco Olaf Scholz. \"L'Europa deve restare unita\", ha detto Macron."),
           "date": "2023-09-05", "title": "Macron riceve Scholz", "url": "https://news.example.org/it/macron"}
    before = writer.get("/api/stats").json()["documents"]  # cached until the server writes
    assert not writer.get("/api/actors", params={"q": "Scholz"}).json()["items"]
    r = writer.post("/api/documents", json=art)
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    r = writer.post("/api/documents", json=art, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 403 and r.json()["error"] == "wrong token"
    r = writer.post("/api/documents", json=art, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 201, r.text
    out = r.json()["documents"][0]
    assert out["status"] == "stored" and out["actors"] >= 2
    d = writer.get(f"/api/documents/{out['id']}").json()
    assert d["document"]["title"] == "Macron riceve Scholz" and d["text"] == art["text"]
    # the same text again: already stored, nothing written twice
    again = writer.post("/api/documents", json={"documents": [art]}, headers={"X-Cronaca-Token": TOKEN})
    assert again.status_code == 201 and again.json()["documents"][0]["status"] == "already_present"
    assert writer.get("/api/stats").json()["documents"] == before + 1 == len(ARTICLES) + 2
    assert writer.get("/api/actors", params={"q": "Scholz"}).json()["items"]


def test_batch_of_documents(writer):
    batch = {"documents": [
        {"text": "WASHINGTON - The United States imposed new sanctions on Iran on Friday.", "date": "2023-09-08"},
        {"text": "BERLINO - La Germania ha inviato aiuti alla Polonia dopo le alluvioni.", "date": "2023-09-09"},
    ]}
    r = writer.post("/api/documents", json=batch, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 201 and r.json()["stored"] == 2
    r = writer.post("/api/documents", json={"documents": []}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 422


def test_token_checked_before_the_body(writer):
    assert writer.post("/api/documents", json={"nonsense": 1}).status_code == 401


def test_body_too_large_is_413(writer):
    big = {"text": "Roma. " * 40_000}  # ~240 kB > the 200 kB of this server
    r = writer.post("/api/documents", json=big, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 413 and "too large" in r.json()["error"]
    assert r.headers["content-security-policy"]

    def chunks():  # no Content-Length: the limit is enforced while reading
        for _ in range(50):
            yield b"x" * 10_000

    r = writer.post("/api/extract", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413


# ---------------------------------------------------------------- pages and security


PAGES = ["/", "/documents", "/events", "/events?actor=RUS&type=THREATEN", "/quotes", "/quotes?speaker=Sunak",
         "/actors", "/dyads", "/dyads/RUS/UKR", "/dyads/RUS/UKR?by=day", "/network", "/docs", "/search?q=Kuleba"]


@pytest.mark.parametrize("url", PAGES)
def test_pages_render_with_security_headers(client, url):
    r = client.get(url)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "<script>" not in r.text  # scripts come only as <script src> from /static
    assert "cdn" not in r.text.lower()


def test_every_response_has_the_headers(client):
    for url in ["/api/stats", "/static/style.css", "/api/nothing", "/openapi.json"]:
        r = client.get(url)
        assert r.headers["x-content-type-options"] == "nosniff", url
        assert "default-src 'self'" in r.headers["content-security-policy"], url


def test_document_page_highlights_the_evidence(client, store):
    _, ids = store
    r = client.get(f"/documents/{ids['it-odessa']}")
    body = r.text
    assert 'data-ref="a2" data-layer="actor"' in body  # Antonio Tajani
    assert '>Antonio Tajani</span>' in body
    assert 'class="hl hl-quote"' in body and 'class="hl hl-event"' in body
    assert 'class="rec rec-event"' in body  # the side list


def test_script_injection_is_shown_as_text(client, store):
    _, ids = store
    body = client.get(f"/documents/{ids['it-injection']}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "<script>alert" not in body and "<img src=x" not in body
    assert "&lt;b&gt;critica&lt;/b&gt;" in body  # the title too
    assert 'href="javascript:' not in body
    # on every listing page as well
    for url in ["/", "/documents", "/events", "/search?q=Sala"]:
        page = client.get(url).text
        assert "<script>alert" not in page and "<b>critica" not in page, url


def test_network_data_is_json_in_a_data_block(client):
    body = client.get("/network").text
    assert '<script type="application/json" id="net-data">' in body
    assert '<script src="/static/network.js"' in body


# ---------------------------------------------------------------- highlight


class _Balance(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = self.max = 0
        self.text = []

    def handle_starttag(self, tag, attrs):
        self.depth += 1
        self.max = max(self.max, self.depth)

    def handle_endtag(self, tag):
        self.depth -= 1
        assert self.depth >= 0

    def handle_data(self, data):
        self.text.append(data)


def test_highlight_nests_overlapping_spans_and_keeps_the_text():
    text = 'Il ministro <Rossi> ha detto: "Mosca & Kiev trattino subito".'
    q0 = text.index('"')
    marks = [
        Mark(q0, len(text) - 1, "quote", "q1", "quote"),
        Mark(text.index("Mosca"), text.index("Mosca") + 5, "actor", "a2", "Moscow"),
        Mark(text.index("Kiev"), text.index("Kiev") + 4, "actor", "a3", 'Kyiv "UKR"'),
        Mark(text.index("ministro"), text.index("ha detto") + 2, "actor", "a1", "Rossi"),
        Mark(text.index("ha detto"), text.index("ha detto") + 8, "cue", "q1", "cue"),  # crosses a1
        Mark(text.index("trattino"), text.index("trattino") + 8, "event", "e1", "<CONSULT>"),
    ]
    out = str(highlight(text, marks))
    p = _Balance()
    p.feed(out)
    p.close()
    assert p.depth == 0 and p.max >= 2
    assert "".join(p.text) == text  # every character once, in order
    assert "&lt;Rossi&gt;" in out and "&amp;" in out and "&lt;CONSULT&gt;" in out
    assert out.count('data-ref="q1" data-layer="cue"') == 2  # split where it crosses a1
    assert 'title="Kyiv &#34;UKR&#34;"' in out


def test_highlight_ignores_spans_outside_the_text():
    out = str(highlight("abc", [Mark(1, 9, "actor", "a1", "x"), Mark(-1, 2, "actor", "a2", "y")]))
    assert out == "abc"
    assert html.unescape(str(highlight("<&>", []))) == "<&>"


def test_serve_command_fails_cleanly_on_a_missing_store(tmp_path, capsys):
    from cronaca.cli import main

    assert main(["serve", "--db", str(tmp_path / "none.duckdb")]) == 2
    assert "no such database" in capsys.readouterr().err


def test_injection_fixture_is_stored(store):
    assert INJECTION["id"] in store[1]
