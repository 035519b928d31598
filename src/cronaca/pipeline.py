"""The pipeline: load -> analyze -> actors -> time -> quotes -> events.

Each stage is a plain function `stage(doc: Document) -> None` that reads the layers before it and
fills its own. A stage can be swapped for another callable with the same signature (for instance a
wrapper around a user's statistical spaCy pipeline): `Pipeline(replace={"actors": my_ner})`.
"""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Callable, Iterable
from importlib import import_module

from cronaca.detect import detect_language
from cronaca.model import Document, DocumentMeta

Stage = Callable[[Document], None]

# name -> "module:function"; imported lazily so `cronaca --help` stays fast.
DEFAULT_STAGES: list[tuple[str, str]] = [
    ("analyze", "cronaca.analyze:analyze"),
    ("actors", "cronaca.actors:find_actors"),
    ("time", "cronaca.timex:find_timexes"),
    ("quotes", "cronaca.quotes:find_quotes"),
    ("events", "cronaca.events:find_events"),
]


def _resolve(ref: str) -> Stage:
    module, _, name = ref.partition(":")
    return getattr(import_module(module), name)


class Pipeline:
    def __init__(
        self,
        replace: dict[str, Stage] | None = None,
        disable: Iterable[str] = (),
    ) -> None:
        replace = replace or {}
        disabled = set(disable)
        self.stages: list[tuple[str, Stage]] = [
            (name, replace.get(name) or _resolve(ref))
            for name, ref in DEFAULT_STAGES
            if name not in disabled
        ]

    def __call__(self, doc: Document) -> Document:
        if not doc.meta.lang:
            doc.meta.lang = detect_language(doc.text)
        for _name, stage in self.stages:
            stage(doc)
        n = _seen[doc.meta.lang] = _seen.get(doc.meta.lang, 0) + 1
        if n in _SETTLE_AT:
            _settle(doc.meta.lang)
        return doc

    def run(self, text: str, meta: DocumentMeta | None = None) -> Document:
        return self(Document(text=text, meta=meta or DocumentMeta(id=doc_id(text))))


# Documents run per language; the heap is settled after the 1st, 16th and 256th of each language,
# because some tables load lazily, on the first article that needs them (the quotes stage's word
# sets, ~860k strings, the world cities): settling only after the first article left them in every
# later full collection (~38 ms each, billed to whichever stage tripped the collector).
_seen: dict[str | None, int] = {}
_SETTLE_AT = frozenset({1, 16, 256})
_settled: set[str | None] = set()


def _settle(lang: str | None) -> None:
    """Once the first document of a language has run, its lexicons, patterns and tables are loaded
    for the life of the process: move them (with everything else alive now) to the collector's
    permanent generation. Its full collections walked these ~120k long-lived objects again and
    again (about 0.2 ms of every 250-word article went to them); freezing keeps them out of every
    later collection. Garbage is collected first, so nothing unreachable is frozen with them."""
    _settled.add(lang)
    gc.collect()
    gc.freeze()


def doc_id(text: str) -> str:
    """A stable id from the content, used when the caller gives none."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


_default: Pipeline | None = None


def extract(
    text: str,
    lang: str | None = None,
    date: str | None = None,
    id: str | None = None,  # noqa: A002 - mirrors the contract's field name
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
) -> Document:
    """Extract actors, dates, quotes and events from one article's text."""
    global _default
    if _default is None:
        _default = Pipeline()
    meta = DocumentMeta(id=id or doc_id(text), lang=lang, date=date, title=title, url=url, source=source)
    return _default.run(text, meta)
