"""Loading: files, folders, JSON Lines and stdin into `Article` records (text + metadata).

Formats: .txt, .html/.htm (trafilatura extracts body, title, date, url), .jsonl/.jsonl.gz (one
article a line: id, text or html, title, date, url, lang, source) and `-` for stdin. Offsets in every
record refer to the text produced here.

Bad input never raises out of `iter_articles`: it yields a `LoadError` with the place and a one-line
reason, so a batch can skip it, count it and go on. `load_one` raises `InputError` instead, for the
single-document commands.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cronaca.model import DocumentMeta
from cronaca.pipeline import doc_id

DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # a news article is never this long; a 50 MB file is a mistake
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}


class InputError(ValueError):
    """One document could not be loaded. The message is one line, meant for the user."""


@dataclass
class Article:
    text: str
    meta: DocumentMeta
    origin: str  # file path, with ":LINE" for JSON Lines
    warnings: list[str] = field(default_factory=list)
    html: str | None = None


@dataclass
class LoadError:
    origin: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


# ---------------------------------------------------------------- decoding


def decode_bytes(data: bytes, origin: str) -> tuple[str, list[str]]:
    """Decode article bytes; reject binary; fall back to cp1252 with a warning."""
    if not data.strip():
        raise InputError(f"{origin}: empty input, nothing to extract")
    head = data[:8192]
    if b"\x00" in head or _control_ratio(head) > 0.05:
        raise InputError(f"{origin}: looks like a binary file, not text (expected .txt, .html or .jsonl)")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise InputError(
                f"{origin}: not valid UTF-8 (byte {exc.start}) nor cp1252; convert it to UTF-8 first"
            ) from None
        return text, [f"{origin}: not valid UTF-8 (byte {exc.start}); decoded as cp1252 instead"]


def _control_ratio(data: bytes) -> float:
    if not data:
        return 0.0
    bad = sum(1 for b in data if b < 32 and b not in (9, 10, 12, 13))
    return bad / len(data)


def read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if size > max_bytes:
        raise InputError(
            f"{path}: {size / 1e6:.1f} MB is larger than the {max_bytes / 1e6:.0f} MB limit for one "
            "article; split it, or raise the limit with --max-bytes"
        )
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None


# ---------------------------------------------------------------- formats


def html_to_article(html: str, origin: str, meta: DocumentMeta) -> Article:
    """Extract the main text and metadata of a web page with trafilatura."""
    import trafilatura

    result = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, favor_precision=True
    )
    text = getattr(result, "text", None) if result is not None else None
    if not text or not text.strip():
        raise InputError(f"{origin}: no article text found in the HTML")
    meta.title = meta.title or getattr(result, "title", None)
    meta.date = meta.date or getattr(result, "date", None)
    meta.url = meta.url or getattr(result, "url", None)
    meta.source = meta.source or getattr(result, "sitename", None)
    return Article(text=text, meta=meta, origin=origin, html=html)


def record_to_article(rec: object, origin: str, defaults: DocumentMeta | None = None) -> Article:
    """One JSON Lines record (a dict with text or html) to an Article."""
    if not isinstance(rec, dict):
        raise InputError(f"{origin}: expected a JSON object with a 'text' or 'html' field")
    text = rec.get("text")
    html = rec.get("html")
    d = defaults or DocumentMeta(id="")
    meta = DocumentMeta(
        id=str(rec.get("id") or ""),
        lang=rec.get("lang") or d.lang,
        date=_iso_date(rec.get("date")) or d.date,
        title=rec.get("title"),
        url=rec.get("url"),
        source=rec.get("source"),
    )
    if isinstance(text, str) and text.strip():
        art = Article(text=text, meta=meta, origin=origin)
    elif isinstance(html, str) and html.strip():
        art = html_to_article(html, origin, meta)
    else:
        raise InputError(f"{origin}: record has no non-empty 'text' or 'html' field")
    if not art.meta.id:
        art.meta.id = doc_id(art.text)
    return art


def _iso_date(value: object) -> str | None:
    if not value:
        return None
    s = str(value).strip()
    return s[:10] if len(s) >= 10 and s[4] == "-" else s


def iter_jsonl(lines: Iterator[bytes], origin: str, defaults: DocumentMeta) -> Iterator[Article | LoadError]:
    for n, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        where = f"{origin}:{n}"
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            yield LoadError(where, "line is not valid UTF-8", n)
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield LoadError(where, f"not valid JSON ({exc.msg}, column {exc.colno})", n)
            continue
        try:
            yield record_to_article(rec, where, defaults)
        except InputError as exc:
            yield LoadError(where, str(exc).removeprefix(where + ": "), n)


def _open_lines(path: Path) -> Iterator[bytes]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rb") as fh:
        yield from fh


def is_jsonl(path: Path) -> bool:
    suffixes = [s.lower() for s in path.suffixes]
    return bool(suffixes) and (suffixes[-1] in JSONL_SUFFIXES or suffixes[-2:] in ([".jsonl", ".gz"], [".ndjson", ".gz"]))


def load_path(path: Path, defaults: DocumentMeta, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Load one .txt or .html file. Raises InputError."""
    data = read_bytes(path, max_bytes)
    text, warnings = decode_bytes(data, str(path))
    meta = DocumentMeta(**defaults.to_dict())
    if path.suffix.lower() in HTML_SUFFIXES or _looks_like_html(text):
        art = html_to_article(text, str(path), meta)
    else:
        art = Article(text=text, meta=meta, origin=str(path))
    art.warnings.extend(warnings)
    if not art.meta.id:
        art.meta.id = path.stem
    return art


def _looks_like_html(text: str) -> bool:
    head = text[:1000].lstrip().lower()
    return head.startswith("<!doctype html") or head.startswith("<html")


def iter_articles(
    source: str | Path,
    defaults: DocumentMeta | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Article | LoadError]:
    """Every article in a file, a folder (recursively) or stdin (`-`)."""
    defaults = defaults or DocumentMeta(id="")
    if str(source) == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            yield LoadError("<stdin>", f"input is larger than the {max_bytes / 1e6:.0f} MB limit")
            return
        stripped = data.lstrip()
        if stripped.startswith(b"{"):
            yield from iter_jsonl(iter(data.splitlines()), "<stdin>", defaults)
            return
        try:
            text, warnings = decode_bytes(data, "<stdin>")
        except InputError as exc:
            yield LoadError("<stdin>", str(exc).removeprefix("<stdin>: "))
            return
        meta = DocumentMeta(**defaults.to_dict())
        try:
            art = html_to_article(text, "<stdin>", meta) if _looks_like_html(text) else Article(text, meta, "<stdin>")
        except InputError as exc:
            yield LoadError("<stdin>", str(exc).removeprefix("<stdin>: "))
            return
        art.warnings.extend(warnings)
        art.meta.id = art.meta.id or doc_id(art.text)
        yield art
        return
    path = Path(source)
    if not path.exists():
        yield LoadError(str(path), "no such file or folder")
        return
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")):
            yield from iter_articles(child, defaults, max_bytes)
        return
    if is_jsonl(path):
        try:
            yield from iter_jsonl(_open_lines(path), str(path), defaults)
        except (OSError, EOFError) as exc:
            yield LoadError(str(path), f"cannot read ({exc})")
        return
    extra = _extra_loader(path)
    if extra is not None:
        yield from extra(path, defaults, max_bytes)
        return
    try:
        yield load_path(path, defaults, max_bytes)
    except InputError as exc:
        yield LoadError(str(path), str(exc).removeprefix(f"{path}: "))


def _extra_loader(path: Path):
    """Loaders for corpus formats (RSS/Atom, WARC) live in cronaca.formats, imported on demand."""
    suffixes = "".join(path.suffixes[-2:]).lower()
    if suffixes.endswith((".warc", ".warc.gz")):
        from cronaca.formats import iter_warc

        return iter_warc
    if path.suffix.lower() in {".rss", ".atom", ".xml"}:
        from cronaca.formats import iter_feed

        return iter_feed
    return None
