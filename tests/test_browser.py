"""The document page in a real browser: Debian's chromium driven by playwright (never `playwright
install`). Highlights with the right texts, hover and click behaviour, the script-injection case, and a
screenshot under screenshots/ (gitignored); the same on the seed article when ../shared is present.
Skips when chromium or playwright is missing."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from test_web_fixtures import ARTICLES, INJECTION, build_store  # noqa: I001

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "000_a4a39e94d316f04d.txt"
SHOTS = Path(os.environ.get("CRONACA_SCREENSHOTS", REPO / "screenshots"))
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    pytest.importorskip("uvicorn")
    if not Path(CHROMIUM).exists():
        pytest.skip("chromium is not installed (apt-get install chromium)")
    pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    import uvicorn

    from cronaca.web import create_app

    articles = [*ARTICLES, INJECTION]
    if SEED.exists():
        articles.append({"id": "seed", "lang": None, "date": "2021-12-15", "title": "Seed article",
                         "source": None, "url": None, "text": SEED.read_text(encoding="utf-8")})
    path = tmp_path_factory.mktemp("browser") / "news.duckdb"
    ids = build_store(path, articles)
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(path, token=""), host="127.0.0.1", port=port,
                                        log_level="warning"))
    th = threading.Thread(target=srv.run, daemon=True)
    th.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    else:
        pytest.fail("the server did not start")
    yield f"http://127.0.0.1:{port}", ids
    srv.should_exit = True
    th.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        try:
            b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        except Exception as exc:  # noqa: BLE001 - a chromium that cannot start here is a skip, not a failure
            pytest.skip(f"chromium cannot start: {exc}")
        yield b
        b.close()


@pytest.fixture()
def page(browser):
    ctx = browser.new_context(viewport={"width": 1360, "height": 900})
    pg = ctx.new_page()
    pg.dialogs = []  # type: ignore[attr-defined]
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.console_errors = []  # type: ignore[attr-defined]
    pg.on("console", lambda m: m.type == "error" and pg.console_errors.append(m.text))
    yield pg
    ctx.close()


def _texts_by_ref(page, layer: str) -> dict[str, str]:
    """The text of each record's highlight pieces, joined (a span cut by nesting is several elements)."""
    return page.evaluate(
        """(layer) => { const out = {};
            document.querySelectorAll('#doctext .hl-' + layer).forEach(e => {
              out[e.dataset.ref] = (out[e.dataset.ref] || '') + e.textContent; });
            return out; }""", layer)


def _shot(page, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    out = SHOTS / name
    page.screenshot(path=str(out), full_page=True)
    assert out.stat().st_size > 10_000
    return out


def _check_document(page, base: str, doc_id: str) -> dict:
    import httpx

    doc = httpx.get(f"{base}/api/documents/{doc_id}").json()
    page.goto(f"{base}/documents/{doc_id}")
    page.wait_for_load_state("load")
    text = doc["text"]
    actors = _texts_by_ref(page, "actor")
    for a in doc["actors"]:
        if a["mentions"]:
            # every mention of the actor is highlighted with its exact text (pieces joined in order)
            assert actors.get(a["id"]) == "".join(m["text"] for m in a["mentions"]), a["name"]
    quotes = _texts_by_ref(page, "quote")
    for q in doc["quotes"]:
        assert quotes.get(q["id"]) == text[q["start"]:q["end"]], q["id"]
    events = _texts_by_ref(page, "event")
    for e in doc["events"]:
        if e["trigger"]:
            assert events.get(e["id"]) == e["trigger"]["text"], e["id"]
    # the visible text is the article's text (no markup lost or added)
    shown = page.inner_text("#doctext")
    assert " ".join(shown.split()) == " ".join(text.split())
    return doc


def test_document_page_highlights_hover_and_click(server, page):
    base, ids = server
    doc = _check_document(page, base, ids["it-odessa"])
    # hover: the record in the title, and every piece of the same record lit up with its side-list entry
    tajani = next(a for a in doc["actors"] if a["name"] == "Antonio Tajani")
    first = page.locator(f'#doctext .hl-actor[data-ref="{tajani["id"]}"]').first
    assert "Antonio Tajani" in first.get_attribute("title")
    assert "foreign minister" in first.get_attribute("title")
    first.hover()
    assert page.locator(f'#doctext .hl[data-ref="{tajani["id"]}"].hover').count() == len(tajani["mentions"])
    assert "hover" in page.locator(f'.rec[data-ref="{tajani["id"]}"]').get_attribute("class")
    # click an event in the side list: its evidence flashes and is scrolled into view
    ev = doc["events"][-1]
    page.mouse.wheel(0, -5000)
    page.locator(f'.rec[data-ref="{ev["id"]}"]').click()
    target = page.locator(f'#doctext .hl[data-ref="{ev["id"]}"]').first
    page.wait_for_function(
        "(ref) => { const e = document.querySelector('#doctext .hl[data-ref=\"' + ref + '\"]');"
        " const r = e.getBoundingClientRect(); return e.classList.contains('flash') && r.top >= 0"
        " && r.bottom <= window.innerHeight; }", arg=ev["id"], timeout=5000)
    assert "flash" in target.get_attribute("class")
    assert page.evaluate("location.hash") == f"#{ev['id']}"
    # the legend switches a layer off
    page.locator('#legend button[data-layer="actor"]').click()
    assert "off-actor" in page.locator("#doctext").get_attribute("class")
    page.locator('#legend button[data-layer="actor"]').click()
    page.mouse.move(5, 5)
    page.wait_for_timeout(1800)  # let the flash fade before the picture
    shot = _shot(page, "document_it.png")
    assert shot.exists()
    assert not page.console_errors, page.console_errors


def test_script_injection_is_text_and_never_runs(server, page):
    base, ids = server
    _check_document(page, base, ids["it-injection"])
    page.wait_for_timeout(300)
    assert page.dialogs == []
    shown = page.inner_text("#doctext")
    assert "<script>alert(1)</script>" in shown and "<img src=x onerror=alert(2)>" in shown
    assert "<script>alert('title')</script>" in page.inner_text("h1")
    assert page.locator("#doctext script, #doctext img, h1 script").count() == 0
    _shot(page, "document_injection.png")


def test_english_page_and_listings(server, page):
    base, ids = server
    _check_document(page, base, ids["en-biden"])
    _shot(page, "document_en.png")
    for url, name in [("/", "home.png"), ("/events", "events.png"), ("/quotes", "quotes.png"),
                      ("/dyads/RUS/UKR?by=day", "dyad.png")]:
        page.goto(base + url)
        assert page.dialogs == []
        _shot(page, name)
    page.goto(base + "/network")
    page.wait_for_timeout(1500)  # the layout settles
    # the canvas is drawn: not a blank image
    painted = page.evaluate("""() => { const c = document.getElementById('net');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i]) n++; return n; }""")
    assert painted > 1000
    _shot(page, "network.png")
    assert not page.console_errors, page.console_errors


def test_seed_article(server, page):
    base, ids = server
    if "seed" not in ids:
        pytest.skip("../shared/seed is not present")
    doc = _check_document(page, base, ids["seed"])
    assert doc["document"]["date"] == "2021-12-15"
    assert page.locator("#doctext .hl-actor").count() >= 5
    assert page.locator("#doctext .hl-quote").count() >= 1
    assert page.locator("#doctext .hl-event").count() >= 1
    page.mouse.move(5, 5)
    _shot(page, "document_seed.png")
    assert page.dialogs == []
