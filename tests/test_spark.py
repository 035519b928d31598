"""The Spark job (local[2]) against `cronaca ingest` on the same synthetic corpus: the same events,
record for record, the same documents, actors and quotes; rejects; loading the output into a store."""

from __future__ import annotations

import gzip
import io
import json
import shutil
from pathlib import Path

import pytest

from cronaca import synth
from cronaca.spark import job
from cronaca.store.dedup import signature
from cronaca.store.export import TABLE_COLUMNS, arrow_schema, to_arrow
from cronaca.store.ingest import content_hash, doc_key, ingest
from cronaca.store.parquet_load import load_parquet
from cronaca.store.schema import connect

PAGES = [
    ("https://notizie.example/esteri/vertice-bruxelles", "Vertice a Bruxelles sull'energia",
     "Il presidente francese Emmanuel Macron ha incontrato il cancelliere tedesco a Bruxelles per discutere "
     "dei prezzi dell'energia. «Serve una risposta comune e rapida», ha detto Macron ai giornalisti al termine "
     "del vertice, mentre la Commissione europea ha chiesto ai governi di coordinare gli acquisti di gas."),
    ("https://notizie.example/esteri/sanzioni", "Nuove sanzioni contro Mosca",
     "L'Unione europea ha imposto nuove sanzioni contro la Russia martedì, colpendo banche e aziende della "
     "difesa. Il Cremlino ha respinto le misure definendole illegali e ha minacciato ritorsioni economiche "
     "contro i paesi europei che le applicheranno."),
]


def _page(title: str, body: str) -> str:
    return (f"<!DOCTYPE html><html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"<p>{body}</p></article></body></html>")


def _write_warc(path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for url, title, body in PAGES:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            rec = w.create_warc_record(url, "response", payload=io.BytesIO(_page(title, body).encode("utf-8")),
                                       http_headers=headers, warc_headers_dict={"WARC-Date": "2021-12-15T09:30:00Z"})
            w.write_record(rec)


def _spark_available() -> str | None:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return 'pyspark is not installed (pip install "cronaca[spark]")'
    if shutil.which("java") is None:
        return "Java is not installed (apt-get install default-jre-headless)"
    return None


def _rows(table) -> list[tuple]:
    """Sorted tuples of a pyarrow table's rows (None sorts first). The `urls` of a document are
    compared as a set: the store lists them by insertion time, which differs from run to run."""
    cols = table.column_names

    def value(c, v):
        return sorted(json.loads(v)) if c == "urls" and v else v

    return sorted((tuple(value(c, r[c]) for c in cols) for r in table.to_pylist()),
                  key=lambda t: tuple((v is not None, str(v)) for v in t))


def _spark_table(out: Path, name: str):
    import pyarrow.dataset as ds

    part = "hive" if name == "events" else None
    t = ds.dataset(out / name, format="parquet", partitioning=part).to_table()
    return t.select([n for n, _ in TABLE_COLUMNS[name]])


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict:
    """160 synthetic articles (with exact copies and reprints), a .jsonl.gz with a broken line, an
    empty record and a copy of an article under another url, and a WARC file; the Spark job (local[2])
    and `ingest` (one worker) on the same inputs."""
    why = _spark_available()
    if why:
        pytest.skip(why)
    tmp = tmp_path_factory.mktemp("spark")
    recs = synth.generate(160, seed=21)
    main = synth.write_jsonl(tmp / "corpus.jsonl", recs)
    extra = tmp / "extra.jsonl.gz"
    with gzip.open(extra, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({**recs[3], "id": "ripresa", "url": "https://altra-testata.example/ripresa"},
                            ensure_ascii=False) + "\n")
        fh.write('{"id": "rotto", "text": "Il ministro ha detto che\n')  # line 2: truncated JSON
        fh.write('{"id": "vuoto", "text": "", "title": "Articolo senza testo"}\n')  # line 3: empty record
        fh.write(json.dumps(recs[7], ensure_ascii=False) + "\n")  # line 4: same text, same url
    warc = tmp / "crawl.warc.gz"
    _write_warc(warc)
    inputs = [str(main), str(extra), str(warc)]

    out = tmp / "out"
    spark = job.spark_session("local[2]", shuffle_partitions=4, driver_memory="1g")
    result = job.run_job(spark, inputs, str(out), job.JobOptions(partitions=4))
    con = connect(tmp / "ref.duckdb")
    counts = ingest(inputs, con, workers=1)
    return {"tmp": tmp, "out": out, "result": result, "con": con, "counts": counts, "inputs": inputs,
            "recs": recs}


@pytest.mark.slow
def test_events_equal_ingest(corpus):
    spark_events = _rows(_spark_table(corpus["out"], "events"))
    ref = _rows(to_arrow(corpus["con"], "events"))
    assert len(ref) > 500
    assert len(spark_events) == len(ref)
    assert spark_events == ref


@pytest.mark.slow
@pytest.mark.parametrize("name", ["documents", "actors", "quotes"])
def test_tables_equal_ingest(corpus, name):
    assert _rows(_spark_table(corpus["out"], name)) == _rows(to_arrow(corpus["con"], name))


@pytest.mark.slow
def test_documents_and_warc(corpus):
    counts, result = corpus["counts"], corpus["result"]
    assert result.documents == counts.ingested
    docs = {r["id"]: r for r in _spark_table(corpus["out"], "documents").to_pylist()}
    # ids are content hashes: the copy under another url is the same document, with both urls
    copy = docs[doc_key(content_hash(corpus["recs"][3]["text"]))]
    assert "https://altra-testata.example/ripresa" in json.loads(copy["urls"])
    warc_docs = [d for d in docs.values() if (d["url"] or "").startswith("https://notizie.example/")]
    assert len(warc_docs) == 2
    assert all("<p>" not in d["text"] and d["date"].isoformat() == "2021-12-15" for d in warc_docs)
    # reprints: some documents belong to another document's story
    assert sum(d["cluster_id"] != d["id"] for d in docs.values()) > 0


@pytest.mark.slow
def test_rejects(corpus):
    import pyarrow.parquet as pq

    rejects = pq.read_table(corpus["out"] / "rejects").to_pylist()
    extra = corpus["inputs"][1]
    got = {(r["origin"], r["line"]) for r in rejects}
    assert got == {(f"{extra}:2", 2), (f"{extra}:3", 3)}
    reasons = {r["line"]: r["reason"] for r in rejects}
    assert "not valid JSON" in reasons[2] and "no non-empty 'text'" in reasons[3]
    # the same rejects, with the same messages, as the ingest's failures
    assert sorted((r["origin"], r["line"], r["reason"]) for r in rejects) == \
        sorted((f.origin, f.line, f.message) for f in corpus["counts"].failures)
    assert corpus["result"].rejects == 2


@pytest.mark.slow
def test_parquet_schema(corpus):
    import pyarrow.dataset as ds

    for name in ("documents", "actors", "quotes", "events"):
        schema = ds.dataset(corpus["out"] / name, format="parquet").schema
        want = arrow_schema(name)
        assert [(f.name, f.type) for f in schema if f.name != job.EVENTS_PARTITION] == \
            [(f.name, f.type) for f in want]
    months = sorted(p.name for p in (corpus["out"] / "events").iterdir() if p.is_dir())
    assert months and all(m.startswith("month=20") for m in months)


@pytest.mark.slow
def test_ingest_parquet(corpus):
    from cronaca.cli import main

    db = corpus["tmp"] / "loaded.duckdb"
    con = connect(db)
    counts = load_parquet(con, corpus["out"])
    ref = corpus["counts"]
    assert (counts.ingested, counts.duplicates, counts.failed) == (ref.ingested, ref.duplicates, ref.failed)
    for name in ("events", "quotes", "actors", "gdelt"):
        got, want = to_arrow(con, name), to_arrow(corpus["con"], name)
        if name == "gdelt":  # DATEADDED is the ingest time
            got, want = got.drop(["DATEADDED"]), want.drop(["DATEADDED"])
        assert _rows(got) == _rows(want), name
    n_docs = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    con.close()
    # idempotent: loading again adds nothing (the CLI path)
    assert main(["ingest", "--parquet", str(corpus["out"]), "--db", str(db), "--json"]) == 1  # rejects
    con = connect(db)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == n_docs
    assert con.execute("SELECT ingested FROM ingest_runs ORDER BY run_id DESC LIMIT 1").fetchone()[0] == 0
    con.close()


def test_assign_clusters_follows_story():
    """Reprint clusters on the driver: a near-copy joins its original's story, other articles do not."""
    recs = synth.generate(40, seed=3, duplicates=0, reprints=0)
    base = recs[0]["text"]
    paras = base.split("\n\n")
    reprint = "ROMA - " + "\n\n".join(paras[:-1] + ["Un paragrafo aggiunto dalla redazione locale."])
    texts = [r["text"] for r in recs] + [reprint]
    ids = [doc_key(content_hash(t)) for t in texts]
    clusters = dict(job.assign_clusters((i, signature(t)) for i, t in zip(ids, texts, strict=True)))
    assert clusters[ids[-1]] == ids[0]
    assert sum(c != i for i, c in clusters.items()) == 1


def test_parse_line_matches_ingest():
    from cronaca.model import DocumentMeta

    d = DocumentMeta(id="")
    assert job.parse_line(b"   \n", 4, "f.jsonl", d) is None
    err = job.parse_line(b'{"id": 1, "text": "tronco\n', 9, "f.jsonl", d)
    assert err.line == 9 and err.origin == "f.jsonl:9" and "not valid JSON" in err.message
    line = b'{"id": "x", "text": "La Farnesina ha convocato l\'ambasciatore.", "date": "2021-12-15"}\n'
    art = job.parse_line(line, 2, "f.jsonl", d)
    assert art.origin == "f.jsonl:2" and art.meta.date == "2021-12-15"
    assert job.seq_of(1, 5) > job.seq_of(0, 10**9)


def test_cli_usage_errors_before_spark_starts(tmp_path, capsys):
    from cronaca.cli import main

    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "Il governo ha approvato la manovra."}) + "\n", encoding="utf-8")
    assert main(["spark", str(src), "--out", str(tmp_path / "o"), "--date", "15/12/2021"]) == 2
    assert "--date" in capsys.readouterr().err
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("appunti", encoding="utf-8")
    assert main(["spark", str(src), "--out", str(busy)]) == 2
    assert "not empty" in capsys.readouterr().err
    assert main(["spark", str(src), "--out", str(busy), "--overwrite"]) == 2  # not a job output: kept
    assert (busy / "notes.txt").exists()
    # ingest: PATHs or --parquet, and --parquet must name a Spark output
    assert main(["ingest", "--db", str(tmp_path / "x.duckdb")]) == 2
    assert main(["ingest", "--parquet", str(busy), "--db", str(tmp_path / "x.duckdb")]) == 2
    assert "not an output of `cronaca spark`" in capsys.readouterr().err
