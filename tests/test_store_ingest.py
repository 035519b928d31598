"""Ingest into a real DuckDB file: folders, JSON Lines with bad lines and duplicates, idempotence,
several workers, and a kill -9 in the middle of an ingest followed by a resume."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cronaca import synth
from cronaca.store.ingest import content_hash, doc_key, ingest, to_date
from cronaca.store.schema import connect

ARTICLES = {
    "esteri/cremlino.txt": (
        "Il Cremlino ha accusato l'Ucraina di preparare un'offensiva nel Donbass. «Non accetteremo "
        "alcuna minaccia alla nostra sicurezza», ha detto il presidente russo Vladimir Putin mercoledì."
    ),
    "esteri/vertice.txt": (
        "Il presidente cinese Xi Jinping e il presidente russo Vladimir Putin hanno parlato in "
        "videoconferenza per oltre un'ora, discutendo di commercio, energia e sicurezza regionale."
    ),
    "world/sanctions.txt": (
        "The European Union imposed new sanctions on Russia on Monday, targeting banks and defence "
        "companies, after talks in Brussels failed to produce an agreement."
    ),
}
PAGE = """<!DOCTYPE html><html><head><title>Nato e Russia</title></head><body><article>
<p>Il segretario generale della Nato Jens Stoltenberg ha chiesto alla Russia di ritirare le truppe dal
confine con l'Ucraina, durante una conferenza stampa a Bruxelles al termine della riunione dei ministri.</p>
<p>«La nostra porta resta aperta al dialogo», ha detto Stoltenberg ai giornalisti presenti in sala.</p>
</article></body></html>"""


def _counts(con) -> dict[str, int]:
    return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("documents", "document_sources", "doc_minhash", "actors", "quotes", "events")}


def test_folder(tmp_path: Path):
    root = tmp_path / "corpus"
    for name, text in ARTICLES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    (root / "esteri" / "nato.html").write_text(PAGE, encoding="utf-8")
    (root / "esteri" / "vuoto.txt").write_text("   \n", encoding="utf-8")
    (root / "foto.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    con = connect(tmp_path / "f.duckdb")
    c = ingest([root], con, workers=1)
    assert (c.ingested, c.already_present, c.duplicates, c.failed) == (4, 0, 0, 2)
    assert sorted(Path(f.origin).name for f in c.failures) == ["foto.txt", "vuoto.txt"]
    assert any("binary" in f.message for f in c.failures)
    rows = dict(con.execute("SELECT ext_id, text FROM documents").fetchall())
    assert rows["cremlino"] == ARTICLES["esteri/cremlino.txt"]  # the text as loaded, unchanged
    assert "Stoltenberg" in rows["nato"] and "<p>" not in rows["nato"]
    did = doc_key(content_hash(ARTICLES["esteri/cremlino.txt"]))
    assert con.execute("SELECT locator FROM document_sources WHERE doc_id = ?", [did]).fetchone()[0].endswith("cremlino.txt")
    run = con.execute("SELECT status, ingested, failed FROM ingest_runs").fetchall()
    assert run == [("done", 4, 2)]
    assert con.execute("SELECT count(*) FROM ingest_failures").fetchone()[0] == 2


def _jsonl(tmp_path: Path) -> tuple[Path, list[dict]]:
    recs = synth.generate(6, seed=11, duplicates=0, reprints=0)
    lines = [json.dumps(r, ensure_ascii=False) for r in recs[:2]]
    lines.append('{"id": "rotto", "text": "Riga tronca')  # line 3: invalid JSON
    lines += [json.dumps(r, ensure_ascii=False) for r in recs[2:5]]
    # line 7: record 1's text under another url (a syndicated copy): same document, second source
    lines.append(json.dumps({**recs[0], "id": "copia", "url": "https://altro.example/copia", "source": "Altro"}))
    lines.append('{"id": "senza-testo", "title": "Nessun testo"}')  # line 8: no text
    lines.append(json.dumps(recs[1]))  # line 9: record 2 again, same url: already present
    lines.append(json.dumps(recs[5]))
    f = tmp_path / "dump.jsonl"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return f, recs


def test_jsonl_broken_line_and_duplicate_url(tmp_path: Path):
    f, recs = _jsonl(tmp_path)
    con = connect(tmp_path / "j.duckdb")
    c = ingest([f], con, workers=1)
    assert (c.ingested, c.duplicates, c.already_present, c.failed) == (6, 1, 1, 2)
    assert sorted(x.line for x in c.failures) == [3, 8]
    assert all(x.origin == f"{f}:{x.line}" for x in c.failures)
    n = _counts(con)
    assert (n["documents"], n["document_sources"], n["doc_minhash"]) == (6, 7, 6)
    did = doc_key(content_hash(recs[0]["text"]))
    urls = sorted(r[0] for r in con.execute("SELECT url FROM document_sources WHERE doc_id = ?", [did]).fetchall())
    assert urls == sorted([recs[0]["url"], "https://altro.example/copia"])
    d = con.execute("SELECT title, source, date, lang, url FROM documents WHERE id = ?", [did]).fetchone()
    assert d == (recs[0]["title"], recs[0]["source"], to_date(recs[0]["date"]), recs[0]["lang"], recs[0]["url"])

    # idempotence: the same input again adds nothing and reports the same bad lines
    before = _counts(con)
    c2 = ingest([f], con, workers=1)
    assert (c2.ingested, c2.duplicates, c2.already_present, c2.failed) == (0, 0, 8, 2)
    assert _counts(con) == before
    assert con.execute("SELECT count(*) FROM ingest_runs WHERE status = 'done'").fetchone()[0] == 2


@pytest.mark.slow
def test_workers_give_the_same_store(tmp_path: Path):
    recs = synth.generate(90, seed=5, duplicates=0.1, reprints=0.15)
    f = synth.write_jsonl(tmp_path / "s.jsonl.gz", recs, broken=2, seed=5)
    stores = []
    for w in (1, 2):
        con = connect(tmp_path / f"w{w}.duckdb")
        c = ingest([f], con, workers=w, chunk_size=7)
        stores.append((c.as_dict() | {"seconds": 0}, _counts(con),
                       con.execute("SELECT id, cluster_id FROM documents ORDER BY id").fetchall()))
        con.close()
    assert stores[0] == stores[1]
    distinct = len({r["text"] for r in recs})
    assert stores[0][1]["documents"] == distinct
    assert stores[0][0]["failed"] == 2
    # reprints were grouped: fewer stories than documents
    assert len({cl for _, cl in stores[0][2]}) < distinct


def _partial_documents(con) -> int:
    """Documents missing a piece that every stored document has, or layer rows without a document."""
    missing = con.execute("""
        SELECT count(*) FROM documents d
        WHERE NOT EXISTS (SELECT 1 FROM document_sources s WHERE s.doc_id = d.id)
           OR NOT EXISTS (SELECT 1 FROM doc_minhash m WHERE m.doc_id = d.id)
    """).fetchone()[0]
    orphans = sum(con.execute(f"SELECT count(*) FROM {t} x WHERE NOT EXISTS "
                              f"(SELECT 1 FROM documents d WHERE d.id = x.doc_id)").fetchone()[0]
                  for t in ("document_sources", "doc_minhash", "actors", "mentions", "quotes", "events"))
    return missing + orphans


@pytest.mark.slow
def test_kill_and_resume(tmp_path: Path):
    recs = synth.generate(400, seed=3, duplicates=0.05, reprints=0.05)
    f = synth.write_jsonl(tmp_path / "big.jsonl", recs, broken=1, seed=3)
    db = tmp_path / "k.duckdb"
    cmd = [sys.executable, "-m", "cronaca", "ingest", str(f), "--db", str(db), "--workers", "2",
           "--chunk-size", "4", "--commit-every", "16", "--log-every", "20"]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, start_new_session=True)
    killed_at = None
    for line in proc.stderr:
        if line.startswith("ingest:") and int(line.split("new ")[1].split(",")[0]) >= 40:
            os.killpg(proc.pid, signal.SIGKILL)  # kill -9 the ingest and its workers, mid-way
            killed_at = line.strip()
            break
    proc.wait(timeout=60)
    assert killed_at is not None, "the ingest finished before it could be killed"
    assert proc.returncode == -signal.SIGKILL

    con = connect(db)
    partial = _counts(con)["documents"]
    distinct = len({r["text"] for r in recs})
    assert 40 <= partial < distinct
    assert _partial_documents(con) == 0
    assert con.execute("SELECT status FROM ingest_runs").fetchall() == [("running",)]
    con.close()

    t0 = time.perf_counter()
    done = subprocess.run(cmd[:-2] + ["--json"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 1, done.stderr  # 1: the broken line is reported again
    summary = json.loads(done.stdout)
    assert summary["failed"] == 1 and summary["failures"][0]["line"] is not None
    assert summary["ingested"] == distinct - partial
    assert time.perf_counter() - t0 < 300

    con = connect(db)
    n = _counts(con)
    assert n["documents"] == distinct
    assert n["document_sources"] == len({(r["text"], r["url"]) for r in recs})
    assert con.execute("SELECT count(*) - count(DISTINCT hash) FROM documents").fetchone()[0] == 0
    assert _partial_documents(con) == 0
    # within each document, the layers hang together: nothing refers to a row that was not written
    assert con.execute("""
        SELECT count(*) FROM events e WHERE (e.source_id IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM actors a WHERE a.doc_id = e.doc_id AND a.id = e.source_id))
         OR (e.target_id IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM actors a WHERE a.doc_id = e.doc_id AND a.id = e.target_id))""").fetchone()[0] == 0
    assert con.execute("""
        SELECT count(*) FROM quotes q WHERE q.speaker IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM actors a WHERE a.doc_id = q.doc_id AND a.id = q.speaker)""").fetchone()[0] == 0
    assert con.execute("""
        SELECT count(*) FROM (SELECT doc_id, event_id, count(*) AS n, max(pair) AS m FROM events
                              GROUP BY ALL) WHERE n != m + 1""").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM (SELECT doc_id, id FROM actors GROUP BY ALL HAVING count(*) > 1)").fetchone()[0] == 0
    con.close()


def test_warc_and_html_pages_extracted_in_workers(tmp_path: Path):
    from test_formats import _warc  # a crawl with one article page, an image, a 404 and an empty page

    crawl = tmp_path / "crawl.warc.gz"
    _warc(crawl, gz=True)
    root = tmp_path / "pages"
    root.mkdir()
    (root / "nato.html").write_text(PAGE, encoding="utf-8")
    (root / "copia.htm").write_text(PAGE, encoding="utf-8")  # the same page saved twice
    con = connect(tmp_path / "w.duckdb")
    c = ingest([crawl, root], con, workers=1)
    assert (c.ingested, c.duplicates, c.already_present, c.failed) == (2, 1, 0, 1)
    assert "no article text" in c.failures[0].message
    url, date = con.execute("SELECT url, date::VARCHAR FROM documents WHERE url LIKE '%gazzetta%'").fetchone()
    assert (url, date) == ("https://gazzetta.example/esteri/cremlino", "2021-12-15")
    # again: pages whose url is stored are skipped without extraction (in this crawl every record has
    # the article's url, so the empty page is skipped too); the two files are known by their hash
    c2 = ingest([crawl, root], con, workers=1)
    assert (c2.ingested, c2.duplicates, c2.already_present, c2.failed) == (0, 0, 4, 0)
    assert _counts(con)["documents"] == 2


def test_cli_summary_lists_failures_with_lines(tmp_path: Path):
    f, _ = _jsonl(tmp_path)
    db = tmp_path / "cli.duckdb"
    cmd = [sys.executable, "-m", "cronaca", "ingest", str(f), "--db", str(db), "--workers", "1"]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert r.returncode == 1  # some records were skipped
    assert "ingested 6, already present 1, duplicates 1, failed 2" in r.stderr
    assert f"failed: {f}:3: not valid JSON" in r.stderr
    assert f"failed: {f}:8: record has no non-empty 'text'" in r.stderr
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert "ingested 0, already present 8, duplicates 0, failed 2" in r.stderr
    r = subprocess.run(cmd[:-2] + ["--workers", "0"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "--workers" in r.stderr
