"""Corpus formats: RSS/Atom feeds and WARC crawls, as `Article | LoadError` streams like
`cronaca.load.iter_articles` (which dispatches .rss/.atom/.xml and .warc/.warc.gz here).

Feeds: RSS 2.0, RSS 1.0 (RDF) and Atom, parsed with the standard library's XML parser after refusing
any document that declares entities (no entity expansion, no DTD tricks) and within the byte limit.
Item text is the richest field (content:encoded, Atom content, else description/summary); HTML in it
is reduced to text with paragraph breaks. Each item's metadata: link as url, guid/id, title,
publication date, language (item, else channel), channel title as source.

WARC: every HTML `response` (HTTP 200) or `resource` record goes through
`cronaca.load.html_to_article` (trafilatura), with the WARC-Target-URI as url and the page's date,
else the crawl date, as the publication date. Other records (requests, metadata, images, redirects)
are skipped silently: a crawl is mostly not articles.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

from cronaca.load import (
    DEFAULT_MAX_BYTES,
    Article,
    InputError,
    LoadError,
    decode_bytes,
    html_to_article,
    read_bytes,
)
from cronaca.model import DocumentMeta
from cronaca.pipeline import doc_id

# ---------------------------------------------------------------- HTML fragments to text

_BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section",
          "article", "ul", "ol", "table", "pre", "figcaption", "hr"}
_SKIP = {"script", "style", "noscript", "template", "iframe", "svg"}


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


_SPACES = re.compile(r"[ \t\r\f\v]+")
_BREAKS = re.compile(r"\s*\n\s*\n\s*")


def fragment_to_text(fragment: str) -> str:
    """Text of an HTML fragment (a feed item's content): tags dropped, blocks as paragraphs."""
    if "<" not in fragment and "&" not in fragment:
        return fragment.strip()
    p = _TextParser()
    p.feed(fragment)
    p.close()
    text = _SPACES.sub(" ", "".join(p.parts))
    paras = [" ".join(line.strip() for line in para.splitlines() if line.strip()) for para in _BREAKS.split(text)]
    return "\n\n".join(x for x in paras if x)


# ---------------------------------------------------------------- feeds

NS = {
    "atom": "http://www.w3.org/2005/Atom",
    "content": "http://purl.org/rss/1.0/modules/content/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "rss1": "http://purl.org/rss/1.0/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
}


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child_text(el, *names: str) -> str | None:
    """The text of the first child among `names` (local names, any namespace) that has some."""
    for name in names:
        for child in el:
            if _local(child.tag) == name:
                if name in ("content", "summary") and child.get("type") == "xhtml":
                    from xml.etree.ElementTree import tostring

                    inner = "".join(tostring(c, encoding="unicode") for c in child)
                    if inner.strip():
                        return inner
                text = "".join(child.itertext())
                if text and text.strip():
                    return text
    return None


def _child_ns(el, ns: str, name: str) -> str | None:
    child = el.find(f"{{{NS[ns]}}}{name}")
    if child is not None and child.text and child.text.strip():
        return child.text
    return None


def parse_date(value: str | None) -> str | None:
    """RFC 822 (RSS) or ISO 8601 (Atom, Dublin Core) to an ISO day."""
    if not value:
        return None
    s = value.strip()
    if len(s) >= 10 and s[4] == "-" and s[7] == "-":
        try:
            return dt.date.fromisoformat(s[:10]).isoformat()
        except ValueError:
            return None
    try:
        return email.utils.parsedate_to_datetime(s).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _lang(value: str | None) -> str | None:
    if not value:
        return None
    return value.strip().lower().replace("_", "-").split("-")[0] or None


def iter_feed(
    path: str | Path, defaults: DocumentMeta | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | LoadError]:
    """Every item of an RSS or Atom feed file."""
    from xml.etree import ElementTree as ET

    path = Path(path)
    defaults = defaults or DocumentMeta(id="")
    try:
        data = read_bytes(path, max_bytes)
    except InputError as exc:
        yield LoadError(str(path), str(exc).removeprefix(f"{path}: "))
        return
    head = data[:65536]
    if b"<!ENTITY" in head or b"<!entity" in head:
        yield LoadError(str(path), "the feed declares XML entities; refused (entity expansion is unsafe)")
        return
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        yield LoadError(str(path), f"not well-formed XML ({exc})", getattr(exc, "position", (None,))[0])
        return
    kind = _local(root.tag)
    if kind == "feed":  # Atom
        channel_title = _child_text(root, "title")
        channel_lang = _lang(root.get("{http://www.w3.org/XML/1998/namespace}lang"))
        items = [c for c in root if _local(c.tag) == "entry"]
    elif kind in ("rss", "RDF"):
        channel = next((c for c in root if _local(c.tag) == "channel"), None)
        if channel is None:
            yield LoadError(str(path), "RSS without a <channel>")
            return
        channel_title = _child_text(channel, "title")
        channel_lang = _lang(_child_text(channel, "language"))
        holder = channel if kind == "rss" else root
        items = [c for c in holder if _local(c.tag) == "item"]
    else:
        yield LoadError(str(path), f"not an RSS or Atom feed (root element <{kind}>)")
        return
    if not items:
        yield LoadError(str(path), "the feed has no items")
        return
    for n, item in enumerate(items, start=1):
        origin = f"{path}#item{n}"
        try:
            yield _feed_item(item, origin, defaults, channel_title, channel_lang, kind == "feed")
        except InputError as exc:
            yield LoadError(origin, str(exc).removeprefix(origin + ": "))


def _atom_link(item) -> str | None:
    best = None
    for c in item:
        if _local(c.tag) == "link" and c.get("href"):
            if c.get("rel", "alternate") == "alternate":
                return c.get("href")
            best = best or c.get("href")
    return best


def _feed_item(item, origin: str, defaults: DocumentMeta, channel_title: str | None,
               channel_lang: str | None, atom: bool) -> Article:
    body = (_child_ns(item, "content", "encoded") or _child_text(item, "content")
            or _child_text(item, "description", "summary"))
    if not body or not body.strip():
        raise InputError(f"{origin}: feed item has no content, description or summary")
    text = fragment_to_text(body)
    if not text:
        raise InputError(f"{origin}: feed item has no text once its HTML is removed")
    title = _child_text(item, "title")
    title = fragment_to_text(title) if title else None
    if atom:
        url = _atom_link(item)
        date = parse_date(_child_text(item, "published", "updated"))
        guid = _child_text(item, "id")
    else:
        url = _child_text(item, "link") or item.get(f"{{{NS['rdf']}}}about")
        date = parse_date(_child_text(item, "pubDate") or _child_ns(item, "dc", "date"))
        guid = _child_text(item, "guid")
    url = url.strip() if url else None
    meta = DocumentMeta(
        id=(guid or "").strip() or defaults.id or doc_id(text),
        lang=_lang(_child_ns(item, "dc", "language")) or channel_lang or defaults.lang,
        date=date or defaults.date,
        title=title,
        url=url,
        source=(channel_title or "").strip() or (urlsplit(url).hostname if url else None) or defaults.source,
    )
    return Article(text=text, meta=meta, origin=origin)


# ---------------------------------------------------------------- WARC

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(r"charset=[\"']?([\w.:-]+)", re.I)


@dataclass
class RawPage:
    """An HTML page read but not yet extracted (trafilatura runs later, in an ingest worker)."""

    html: str
    origin: str
    meta: DocumentMeta  # url, id and the defaults; title/date/source come from the page
    fallback_date: str | None = None  # crawl date (WARC-Date) when the page has none
    record_id: str | None = None

    @property
    def locator(self) -> str:
        return self.meta.url or self.origin


def page_to_article(page: RawPage, defaults: DocumentMeta | None = None) -> Article:
    """Extract a RawPage's text and metadata (trafilatura). Raises InputError."""
    defaults = defaults or DocumentMeta(id="")
    meta = DocumentMeta(**page.meta.to_dict())
    url = meta.url
    art = html_to_article(page.html, page.origin, meta)
    art.meta.date = parse_date(art.meta.date) or parse_date(page.fallback_date) or defaults.date
    art.meta.url = url or art.meta.url
    if not art.meta.source and art.meta.url:
        art.meta.source = urlsplit(art.meta.url).hostname
    if not art.meta.id:
        art.meta.id = page.record_id or doc_id(art.text)
    return art


def iter_warc(
    path: str | Path, defaults: DocumentMeta | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | LoadError]:
    """Every HTML page (HTTP 200 response, or resource record) of a WARC file, .gz or not."""
    defaults = defaults or DocumentMeta(id="")
    for item in iter_warc_pages(path, defaults, max_bytes):
        if isinstance(item, LoadError):
            yield item
            continue
        try:
            yield page_to_article(item, defaults)
        except InputError as exc:
            yield LoadError(item.origin, str(exc).removeprefix(item.origin + ": "))


def iter_warc_pages(
    path: str | Path, defaults: DocumentMeta | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[RawPage | LoadError]:
    """The HTML pages of a WARC file, read and decoded but not extracted."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    path = Path(path)
    defaults = defaults or DocumentMeta(id="")
    try:
        fh = open(path, "rb")
    except OSError as exc:
        yield LoadError(str(path), f"cannot read ({exc.strerror})")
        return
    with fh:
        if not _looks_like_warc(fh):
            yield LoadError(str(path), "not a WARC file (no WARC/1.x header)")
            return
        it = ArchiveIterator(fh)
        try:
            for rec in it:
                item = _warc_record(rec, it, path, defaults, max_bytes)
                if item is not None:
                    yield item
        except ArchiveLoadFailed as exc:
            yield LoadError(str(path), f"not a readable WARC file ({str(exc).splitlines()[0]})")
        except (OSError, EOFError, ValueError) as exc:
            yield LoadError(str(path), f"WARC file is damaged or truncated ({exc})")


def _looks_like_warc(fh) -> bool:
    """The file starts with a WARC header, plain or gzip-compressed (warcio skips junk silently)."""
    head = fh.read(2)
    fh.seek(0)
    if head == b"\x1f\x8b":
        import gzip

        try:
            with gzip.GzipFile(fileobj=fh) as gz:
                head = gz.read(5)
        except (OSError, EOFError):
            return False
        finally:
            fh.seek(0)
        return head == b"WARC/"
    return fh.read(5) == b"WARC/" and fh.seek(0) == 0


def _warc_record(rec, it, path: Path, defaults: DocumentMeta, max_bytes: int) -> RawPage | LoadError | None:
    if rec.rec_type not in ("response", "resource"):
        return None
    if rec.rec_type == "response":
        if rec.http_headers is None:
            return None
        status = rec.http_headers.get_statuscode()
        ctype = rec.http_headers.get_header("Content-Type") or ""
        if status != "200":
            return None
    else:
        ctype = rec.rec_headers.get_header("Content-Type") or ""
    if not ctype.lower().startswith(_HTML_TYPES):
        return None
    url = rec.rec_headers.get_header("WARC-Target-URI")
    data = rec.content_stream().read(max_bytes + 1)
    # get_record_offset() reads the record to its end: only after the content was read
    origin = f"{path}#{it.get_record_offset()}"
    if len(data) > max_bytes:
        return LoadError(origin, f"page larger than the {max_bytes / 1e6:.0f} MB limit; skipped")
    m = _CHARSET.search(ctype)
    html = None
    if m:
        try:
            html = data.decode(m.group(1))
        except (LookupError, UnicodeDecodeError):
            html = None
    if html is None:
        try:
            html, _warnings = decode_bytes(data, origin)
        except InputError as exc:
            return LoadError(origin, str(exc).removeprefix(origin + ": "))
    return RawPage(
        html=html,
        origin=origin,
        meta=DocumentMeta(id=defaults.id, lang=defaults.lang, date=None, url=url),
        fallback_date=(rec.rec_headers.get_header("WARC-Date") or "")[:10] or defaults.date,
        record_id=rec.rec_headers.get_header("WARC-Record-ID"),
    )
