"""RSS/Atom and WARC loading, on feeds and crawls written here."""

from __future__ import annotations

import io
from pathlib import Path

from cronaca.formats import fragment_to_text, iter_feed, iter_warc, parse_date
from cronaca.load import Article, LoadError, iter_articles
from cronaca.model import DocumentMeta

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Corriere di Prova</title>
  <link>https://corriere.example/</link>
  <language>it-IT</language>
  <item>
    <title>Mosca accusa Kiev</title>
    <link>https://corriere.example/esteri/mosca-accusa-kiev</link>
    <guid>corriere-1</guid>
    <pubDate>Wed, 15 Dec 2021 09:30:00 +0100</pubDate>
    <description>Breve sintesi.</description>
    <content:encoded><![CDATA[<p>Il Cremlino ha accusato l&#8217;Ucraina di preparare un&#8217;offensiva.</p>
<p>«Non accetteremo minacce», ha detto il portavoce <b>Dmitri Peskov</b>.</p>]]></content:encoded>
  </item>
  <item>
    <title>Vertice a distanza</title>
    <link>https://corriere.example/esteri/vertice</link>
    <pubDate>Tue, 14 Dec 2021 18:00:00 +0100</pubDate>
    <description>Il presidente cinese e il presidente russo si sono parlati in videoconferenza &amp; hanno discusso di energia.</description>
  </item>
  <item>
    <title>Solo un titolo</title>
    <link>https://corriere.example/vuoto</link>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>The Synthetic Herald</title>
  <entry>
    <title>Energy deal signed</title>
    <link rel="alternate" href="https://herald.example/deal"/>
    <id>tag:herald.example,2022:deal</id>
    <published>2022-01-05T10:00:00Z</published>
    <content type="html">&lt;p&gt;China signed an energy agreement with Russia on Wednesday.&lt;/p&gt;&lt;p&gt;Talks lasted two hours.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Sanctions</title>
    <link href="https://herald.example/sanctions"/>
    <updated>2022-01-06T08:00:00Z</updated>
    <summary>The European Union imposed new sanctions on Russia.</summary>
  </entry>
</feed>
"""

BOMB = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<rss version="2.0"><channel><title>x</title><item><description>&b;</description></item></channel></rss>
"""


def test_rss_items(tmp_path: Path):
    f = tmp_path / "esteri.rss"
    f.write_text(RSS, encoding="utf-8")
    items = list(iter_articles(f))
    arts = [i for i in items if isinstance(i, Article)]
    errs = [i for i in items if isinstance(i, LoadError)]
    assert len(arts) == 2 and len(errs) == 1
    a = arts[0]
    assert a.text == ("Il Cremlino ha accusato l\u2019Ucraina di preparare un\u2019offensiva.\n\n"
                      "«Non accetteremo minacce», ha detto il portavoce Dmitri Peskov.")
    assert (a.meta.id, a.meta.url, a.meta.date, a.meta.lang, a.meta.source, a.meta.title) == (
        "corriere-1", "https://corriere.example/esteri/mosca-accusa-kiev", "2021-12-15", "it",
        "Corriere di Prova", "Mosca accusa Kiev")
    assert "videoconferenza & hanno" in arts[1].text and arts[1].meta.date == "2021-12-14"
    assert errs[0].origin.endswith("#item3") and "no content" in errs[0].message


def test_atom_entries(tmp_path: Path):
    f = tmp_path / "herald.atom"
    f.write_text(ATOM, encoding="utf-8")
    arts = list(iter_feed(f, DocumentMeta(id="")))
    assert [type(a) for a in arts] == [Article, Article]
    assert arts[0].text == "China signed an energy agreement with Russia on Wednesday.\n\nTalks lasted two hours."
    assert (arts[0].meta.url, arts[0].meta.date, arts[0].meta.lang) == ("https://herald.example/deal", "2022-01-05", "en")
    assert arts[1].meta.date == "2022-01-06" and arts[1].meta.source == "The Synthetic Herald"


def test_feed_refusals(tmp_path: Path):
    bomb = tmp_path / "bomb.xml"
    bomb.write_text(BOMB, encoding="utf-8")
    (err,) = list(iter_feed(bomb))
    assert isinstance(err, LoadError) and "entities" in err.message
    bad = tmp_path / "broken.rss"
    bad.write_text("<rss><channel><item>", encoding="utf-8")
    (err,) = list(iter_feed(bad))
    assert isinstance(err, LoadError) and "well-formed" in err.message
    other = tmp_path / "other.xml"
    other.write_text("<svg xmlns='http://www.w3.org/2000/svg'/>", encoding="utf-8")
    (err,) = list(iter_feed(other))
    assert "not an RSS or Atom feed" in err.message
    big = tmp_path / "big.rss"
    big.write_text(RSS, encoding="utf-8")
    (err,) = list(iter_feed(big, max_bytes=100))
    assert "limit" in err.message


def test_fragments_and_dates():
    assert fragment_to_text("<div>Uno<br>due</div><script>x()</script><p>tre &amp; quattro</p>") == "Uno\n\ndue\n\ntre & quattro"
    assert parse_date("Wed, 15 Dec 2021 09:30:00 GMT") == "2021-12-15"
    assert parse_date("2022-01-05T10:00:00Z") == "2022-01-05"
    assert parse_date("domani") is None


PAGE = """<!DOCTYPE html><html lang="it"><head><title>Il Cremlino accusa Kiev</title>
<meta property="og:site_name" content="Gazzetta Sintetica">
<meta name="date" content="2021-12-15"></head><body>
<nav><a href="/">Home</a> <a href="/esteri">Esteri</a></nav>
<article><h1>Il Cremlino accusa Kiev</h1>
<p>Il Cremlino ha accusato mercoledì il governo ucraino di preparare un'offensiva nelle regioni orientali,
secondo quanto riferito dal portavoce della presidenza durante la conferenza stampa quotidiana a Mosca.</p>
<p>«Non accetteremo alcuna minaccia alla nostra sicurezza», ha detto il portavoce ai giornalisti, aggiungendo
che la Russia resta disponibile al dialogo con tutte le parti coinvolte nella crisi.</p>
<p>Gli analisti ritengono che la tensione possa avere conseguenze sui mercati dell'energia in tutta Europa
nelle prossime settimane, mentre le cancellerie occidentali chiedono una riduzione delle truppe al confine.</p>
</article><footer>Copyright Gazzetta Sintetica</footer></body></html>"""


def _warc(path: Path, gz: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        url = "https://gazzetta.example/esteri/cremlino"
        w.write_record(w.create_warc_record(url, "request", payload=io.BytesIO(b"GET /esteri/cremlino HTTP/1.1\r\n\r\n")))
        for status, ctype, body in (
            ("200 OK", "text/html; charset=utf-8", PAGE.encode("utf-8")),
            ("200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
            ("404 Not Found", "text/html", b"<html><body>Not found</body></html>"),
            ("200 OK", "text/html", b"<html><head><title></title></head><body><script>var x = 1;</script></body></html>"),
        ):
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))


def test_warc_html_responses(tmp_path: Path):
    for gz in (False, True):
        f = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
        _warc(f, gz)
        items = list(iter_articles(f))
        arts = [i for i in items if isinstance(i, Article)]
        errs = [i for i in items if isinstance(i, LoadError)]
        assert len(arts) == 1, items
        a = arts[0]
        assert "Il Cremlino ha accusato mercoledì" in a.text and "Copyright" not in a.text
        assert a.meta.url == "https://gazzetta.example/esteri/cremlino"
        assert a.meta.date == "2021-12-15"
        # the page with no article text is a reported failure, with the record offset as its place
        assert len(errs) == 1 and "no article text" in errs[0].message and "#" in errs[0].origin


def test_warc_not_a_warc(tmp_path: Path):
    f = tmp_path / "fake.warc"
    f.write_bytes(b"this is not a web archive\n" * 10)
    items = list(iter_warc(f))
    assert len(items) == 1 and isinstance(items[0], LoadError)
