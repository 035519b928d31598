"""Queries and exports on a small corpus whose extraction we build by hand (independent of the
pipeline's quality): expected counts are computed by hand in the comments."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cronaca.model import Actor, Document, DocumentMeta, Event, Quote, Span
from cronaca.store import export, query
from cronaca.store.ingest import StoreWriter, prepare, write_documents
from cronaca.store.schema import connect

# D1 (Italian, 2021-12-15): the Kremlin accuses Ukraine; Putin quoted. D2 is a reprint of D1 in
# another outlet (dateline and one more sentence). D1's exact text also appears under a second url.
D1_TEXT = (
    "Il Cremlino ha accusato l'Ucraina di preparare un'offensiva nel Donbass, secondo quanto riferito "
    "mercoledì dal portavoce della presidenza russa durante la consueta conferenza stampa a Mosca. "
    "«Non accetteremo alcuna minaccia alla nostra sicurezza», ha detto Vladimir Putin ai giornalisti. "
    "Gli analisti ritengono che la crisi possa avere conseguenze sui mercati dell'energia in tutta Europa, "
    "mentre le diplomazie occidentali chiedono una riduzione della tensione lungo il confine orientale."
)
D2_TEXT = "MOSCA - " + D1_TEXT + " Un nuovo incontro tra le delegazioni è previsto per il mese prossimo."
# D3 (English, 2021-12-20, a Monday): Xi and Putin hold talks (symmetric CONSULT); Xi quoted.
D3_TEXT = (
    "Chinese President Xi Jinping held a video call with Vladimir Putin on Monday, and the two leaders "
    "discussed trade, energy and security. \u201cOur partnership is a model of cooperation,\u201d Xi said."
)
# D4 (English, 2022-01-05): China and Russia sign an agreement; the EU sanctions Russia.
D4_TEXT = (
    "China signed an energy agreement with Russia on Wednesday. The European Union imposed new "
    "sanctions on Russia the same day, targeting banks and defence companies."
)


def _span(text: str, s: str, after: int = 0) -> Span:
    i = text.index(s, after)
    return Span(i, i + len(s), s)


def _actor(text: str, aid: str, name: str, kind: str, surface: str, country=None, sector=None, igo=None) -> Actor:
    return Actor(aid, name, kind, country, sector, None, igo, [_span(text, surface)])


def _sentence(text: str, s: Span) -> Span:
    start = text.rfind(". ", 0, s.start)
    start = 0 if start < 0 else start + 2
    end = text.find(".", s.end)
    return Span(start, end + 1, text[start : end + 1])


def _d1(text: str, url: str, source: str) -> Document:
    doc = Document(text, DocumentMeta(id="", lang="it", date="2021-12-15", title="Accuse a Kiev", url=url, source=source))
    doc.actors = [
        _actor(text, "a1", "Kremlin", "ORG", "Cremlino", "RUS", "GOV"),
        _actor(text, "a2", "Ukraine", "GPE", "Ucraina", "UKR"),
        _actor(text, "a3", "Vladimir Putin", "PER", "Vladimir Putin", "RUS", "GOV"),
    ]
    trig = _span(text, "ha accusato")
    doc.events = [Event("e1", "ACCUSE", "112", -2.0, ["a1"], ["a2"], trig, _sentence(text, trig), "2021-12-15")]
    q = _span(text, "Non accetteremo alcuna minaccia alla nostra sicurezza")
    doc.quotes = [Quote("q1", "direct", q.text, q.start, q.end, "a3", _span(text, "ha detto"))]
    return doc


def _d3() -> Document:
    t = D3_TEXT
    doc = Document(t, DocumentMeta(id="", lang="en", date="2021-12-20", title="Xi and Putin talk",
                                   url="https://daily.example/xi-putin", source="Daily Fixture"))
    doc.actors = [
        _actor(t, "a1", "Xi Jinping", "PER", "Xi Jinping", "CHN", "GOV"),
        _actor(t, "a2", "Vladimir Putin", "PER", "Vladimir Putin", "RUS", "GOV"),
    ]
    trig = _span(t, "held a video call")
    doc.events = [Event("e1", "CONSULT", "040", 1.0, ["a1", "a2"], ["a1", "a2"], trig, _sentence(t, trig), "2021-12-20")]
    q = _span(t, "Our partnership is a model of cooperation,")
    doc.quotes = [Quote("q1", "direct", q.text, q.start, q.end, "a1", _span(t, "said"))]
    return doc


def _d4() -> Document:
    t = D4_TEXT
    doc = Document(t, DocumentMeta(id="", lang="en", date="2022-01-05", title="Energy deal",
                                   url="https://herald.example/deal", source="The Synthetic Herald"))
    doc.actors = [
        _actor(t, "a1", "China", "GPE", "China", "CHN"),
        _actor(t, "a2", "Russia", "GPE", "Russia", "RUS"),
        _actor(t, "a3", "European Union", "ORG", "European Union", None, "IGO", "EU"),
    ]
    doc.actors[1].mentions.append(_span(t, "Russia", doc.actors[1].mentions[0].end))
    t1, t2 = _span(t, "signed"), _span(t, "imposed new sanctions")
    doc.events = [
        Event("e1", "AGREE", "057", 8.0, ["a1"], ["a2"], t1, _sentence(t, t1), "2022-01-05"),
        Event("e2", "SANCTION", "163", -8.0, ["a3"], ["a2"], t2, _sentence(t, t2), "2022-01-05"),
    ]
    return doc


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    db = tmp_path_factory.mktemp("q") / "q.duckdb"
    con = connect(db)
    ids = write_documents(con, [
        _d1(D1_TEXT, "https://corriere.example/kremlin", "Corriere di Prova"),
        _d1(D2_TEXT, "https://agenzia.example/mosca", "Agenzia Campione"),
        _d3(),
        _d4(),
    ])
    assert len(ids) == 4
    # the exact text of D1 under another url: one more source, no new document
    writer = StoreWriter(con)
    p = prepare(_d1(D1_TEXT, "https://gazzetta.example/copia", "La Gazzetta Sintetica"))
    from cronaca.store.ingest import Counts

    c = Counts()
    writer.add_source(p.hash, p.doc.meta, p.origin, c)
    assert c.duplicates == 1
    con.close()
    # read-only from here on, so that the CLI subprocesses can open the file too
    con = connect(db, read_only=True)
    yield con, db
    con.close()


def test_counts_and_reprint_cluster(store):
    con, _ = store
    s = query.summary(con)
    assert s["documents"] == 4 and s["document_sources"] == 5
    assert s["stories"] == 3  # D1 and D2 are one story
    # D3's symmetric event: pairs Xi->Putin and Putin->Xi (self-pairs dropped); D4: two events
    assert s["events"] == 1 + 1 + 2 + 2
    cl = dict(con.execute("SELECT title, count(DISTINCT cluster_id) FROM documents GROUP BY title").fetchall())
    assert cl["Accuse a Kiev"] == 1


def test_events_filters(store):
    con, _ = store
    rows = query.events(con, actor="RUS", target="UKR", type="ACCUSE", since="2021-12-01")
    assert len(rows) == 2  # D1 and its reprint D2
    assert {r["source_name"] for r in rows} == {"Kremlin"}
    r = rows[0]
    text = con.execute("SELECT text FROM documents WHERE id = ?", [r["doc_id"]]).fetchone()[0]
    assert text[r["trigger_start"] : r["trigger_end"]] == "ha accusato"
    assert query.events(con, actor="RUS", target="UKR", since="2021-12-16") == []
    assert len(query.events(con, target="RUS")) == 3  # Xi->Putin, China->Russia, EU->Russia
    assert [r["type"] for r in query.events(con, actor="EU")] == ["SANCTION"]
    assert len(query.events(con, actor="xi jinping")) == 1
    with pytest.raises(query.QueryError):
        query.events(con, type="INVADE")
    with pytest.raises(query.QueryError):
        query.events(con, since="15/12/2021")


def test_quotes_and_actors(store):
    con, _ = store
    q = query.quotes(con, speaker="Xi Jinping")
    assert len(q) == 1 and q[0]["text"].startswith("Our partnership")
    assert len(query.quotes(con, speaker="Putin")) == 2  # D1 and D2
    top = query.actors(con, top=3)
    assert (top[0]["name"], top[0]["documents"]) == ("Vladimir Putin", 3)
    assert top[1]["name"] == "Kremlin" and top[1]["documents"] == 2 and top[1]["events_as_source"] == 2
    russia = next(r for r in query.actors(con, top=None) if r["name"] == "Russia")
    assert russia["mentions"] == 2 and russia["events_as_target"] == 2


def test_dyad_counts_stories_once(store):
    con, _ = store
    rows = query.dyad(con, "CHN", "RUS", by="week")
    assert [r["period"] for r in rows] == ["2021-W51", "2022-W01"]
    w51, w01 = rows
    assert (w51["events"], w51["verbal_coop"], w51["CONSULT"], w51["goldstein"]) == (2, 2, 2, 2.0)
    assert (w01["events"], w01["verbal_coop"], w01["AGREE"], w01["goldstein"]) == (1, 1, 1, 8.0)
    assert [r["events"] for r in query.dyad(con, "CHN", "RUS", by="month")] == [2, 1]
    assert [r["events"] for r in query.dyad(con, "CHN", "RUS", by="month", directed=True)] == [1, 1]
    # the Kremlin's accusation is one story reported by 2 documents, 3 published copies, 3 outlets
    (r,) = query.dyad(con, "RUS", "UKR", by="day")
    assert (r["period"], r["events"], r["verbal_conflict"], r["goldstein"]) == ("2021-12-15", 1, 1, -2.0)
    assert (r["num_mentions"], r["num_articles"], r["num_sources"]) == (2, 3, 3)


@pytest.mark.parametrize("table", ["events", "quotes", "actors", "documents", "gdelt"])
def test_exports_read_back(store, tmp_path, table):
    import pyarrow.parquet as pq

    con, _ = store
    n = export.export(con, table, "parquet", tmp_path / "t.parquet")
    t = pq.read_table(tmp_path / "t.parquet")
    assert t.num_rows == n > 0
    want = export.arrow_schema(table)
    assert t.schema.names == want.names and [f.type for f in t.schema] == [f.type for f in want]
    assert export.export(con, table, "jsonl", tmp_path / "t.jsonl") == n
    lines = (tmp_path / "t.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == n and list(json.loads(lines[0])) == want.names
    assert export.export(con, table, "csv", tmp_path / "t.csv") == n


def test_gdelt_rows(store):
    con, _ = store
    rows = export.to_arrow(con, "gdelt").to_pylist()
    assert len(rows) == 5  # ACCUSE (once for D1+D2), 2 CONSULT pairs, AGREE, SANCTION
    acc = next(r for r in rows if r["plover_type"] == "ACCUSE")
    assert (acc["SQLDATE"], acc["Actor1Code"], acc["Actor2Code"], acc["EventRootCode"], acc["QuadClass"]) == (
        20211215, "RUSGOV", "UKR", "11", 3)
    assert (acc["NumMentions"], acc["NumSources"], acc["NumArticles"]) == (2, 3, 3)
    sanc = next(r for r in rows if r["plover_type"] == "SANCTION")
    assert sanc["Actor1Code"] == "EU" and sanc["Actor1KnownGroupCode"] == "EU" and sanc["QuadClass"] == 4
    assert len({r["GLOBALEVENTID"] for r in rows}) == 5


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cronaca", *args], capture_output=True, text=True, timeout=120)


def test_cli_queries(store, tmp_path):
    _, db = store
    r = _cli("events", "--db", str(db), "--actor", "RUS", "--target", "UKR", "--type", "ACCUSE",
             "--since", "2021-12-01", "--format", "json")
    assert r.returncode == 0, r.stderr
    assert len(json.loads(r.stdout)) == 2
    r = _cli("dyad", "CHN", "RUS", "--db", str(db), "--by", "month", "--format", "csv")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.strip().splitlines()
    assert lines[0].startswith("period,events,") and lines[1].startswith("2021-12,2,")
    r = _cli("quotes", "--db", str(db), "--speaker", "Xi Jinping")
    assert r.returncode == 0 and "partnership" in r.stdout
    r = _cli("actors", "--db", str(db), "--top", "2", "--format", "json")
    assert [a["name"] for a in json.loads(r.stdout)] == ["Vladimir Putin", "Kremlin"]
    out = tmp_path / "g.parquet"
    r = _cli("export", "--db", str(db), "--table", "gdelt", "--out", str(out))
    assert r.returncode == 0 and out.exists()
    r = _cli("events", "--db", str(tmp_path / "missing.duckdb"))
    assert r.returncode == 2 and "no such database" in r.stderr
    assert Path(db).exists()
