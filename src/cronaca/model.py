"""The data model: one `Document` that every pipeline stage reads and extends.

All offsets are Python character offsets into `Document.text`, the text as loaded (after HTML
extraction, never after any other normalization). Each record can be checked from its offsets alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any


@dataclass(slots=True)
class Span:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Token:
    """A token with offsets. `lower` and `lemma` are precomputed once by `analyze`."""

    i: int
    text: str
    start: int
    end: int
    lower: str
    lemma: str
    sent: int  # index into Document.sents
    space_after: bool = True

    @property
    def is_title(self) -> bool:
        return self.text[:1].isupper()


@dataclass(slots=True)
class Sentence:
    i: int
    start: int  # char offset
    end: int  # char offset
    tok_start: int  # first token index
    tok_end: int  # one past the last token index


@dataclass(slots=True)
class Mention:
    """A textual mention of an actor. `actor` is the resolved Actor id (or None before resolution)."""

    start: int
    end: int
    text: str
    kind: str  # PER, ORG, GPE, LOC, ...
    tok_start: int = -1
    tok_end: int = -1
    actor: str | None = None
    source: str = ""  # which rule produced it: "dict", "role", "caps", "demonym", ...
    # Attributes a rule found for this mention (role pattern: country/sector/role).
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Actor:
    id: str
    name: str
    kind: str
    country: str | None = None  # ISO 3166 alpha-3
    sector: str | None = None  # GOV, MIL, MED, IGO, ...
    role: str | None = None
    igo: str | None = None
    mentions: list[Span] = field(default_factory=list)
    key: str | None = None  # dictionary key when resolved from a dictionary

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "sector": self.sector,
            "role": self.role,
            "igo": self.igo,
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass(slots=True)
class Timex:
    """A temporal expression resolved against the document date."""

    start: int
    end: int
    text: str
    value: str | None  # ISO: 2021-12-15, 2021-W50, 2022-01, 2015
    precision: str  # day, week, month, year
    relative: bool = False
    # What a relative expression is counted from: "document" (the publication date: "ieri") or
    # "event" (another event in the text: "il giorno dopo", "two days earlier"; value stays None
    # and the events stage anchors it). None for absolute dates.
    anchor: str | None = None
    delta: int | None = None  # signed offset in delta_unit ("tre giorni fa": -3 day)
    delta_unit: str | None = None  # day, week, month, year
    delta_days: int | None = None  # the offset in days when the unit is day or week
    mod: str | None = None  # start, mid, end ("a fine mese", "mid-January")

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": self.value,
            "precision": self.precision,
            "relative": self.relative,
            "anchor": self.anchor,
            "delta": self.delta,
            "delta_unit": self.delta_unit,
            "delta_days": self.delta_days,
            "mod": self.mod,
        }


@dataclass(slots=True)
class Quote:
    id: str
    kind: str  # direct, partial, indirect
    text: str
    start: int
    end: int
    speaker: str | None = None
    cue: Span | None = None
    addressee: str | None = None
    reported_by: str | None = None
    channel: Span | None = None
    sentence: int = -1
    # the text the speaker/source was read from (kept when no actor resolves it; not in the contract)
    speaker_span: Span | None = None
    reported_by_span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "speaker": self.speaker,
            "cue": self.cue.to_dict() if self.cue else None,
            "addressee": self.addressee,
            "reported_by": self.reported_by,
            "channel": self.channel.to_dict() if self.channel else None,
        }


@dataclass(slots=True)
class Event:
    id: str
    type: str  # PLOVER type
    cameo: str | None
    goldstein: float | None
    source: list[str]
    target: list[str]
    trigger: Span
    sentence: Span
    date: str | None = None
    date_source: str = "publication"  # text, relative, publication
    modality: str = "asserted"  # asserted, reported, hypothetical, intent, negated
    quote: str | None = None
    location: str | None = None
    denies: str | None = None  # id of the event a denial rejects
    quad_class: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "cameo": self.cameo,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "source": list(self.source),
            "target": list(self.target),
            "trigger": self.trigger.to_dict(),
            "sentence": self.sentence.to_dict(),
            "date": self.date,
            "date_source": self.date_source,
            "modality": self.modality,
            "quote": self.quote,
            "location": self.location,
            "denies": self.denies,
        }


@dataclass(slots=True)
class DocumentMeta:
    id: str
    lang: str | None = None
    date: str | None = None  # ISO date of publication: the anchor for relative dates
    title: str | None = None
    url: str | None = None
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "lang": self.lang,
            "date": self.date,
            "title": self.title,
            "url": self.url,
            "source": self.source,
        }


@dataclass
class Document:
    """One article flowing through the pipeline. Stages append to the layers below."""

    text: str
    meta: DocumentMeta
    tokens: list[Token] = field(default_factory=list)
    sents: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    def lowers(self) -> list[str]:
        """Each token's `lower`, one list shared by the stages that scan the words (built once per
        token list, or given by `analyze`). Read-only: callers must not modify it."""
        return self._column("_lowers", "lower")

    def starts(self) -> list[int]:
        """Each token's `start`, shared like `lowers` (read-only)."""
        return self._column("_starts", "start")

    def texts(self) -> list[str]:
        """Each token's `text`, shared like `lowers` (read-only): a pass over the strings alone, not over the
        `Token` objects, costs about half as much."""
        return self._column("_texts", "text")

    def lemmas(self) -> list[str]:
        """Each token's `lemma`, shared like `lowers` (read-only)."""
        return self._column("_lemmas", "lemma")

    def key_set(self) -> set[str]:
        """The document's words: each token's `lower` with typographic apostrophes folded ("all’" ->
        "all'", as the word lists are written), as a set built once per token list (read-only). A
        stage checks a word list against it instead of passing over the tokens: each pass over a few
        hundred token strings costs ~10 µs, most of it memory traffic."""
        cached = self.__dict__.get("_key_set")
        toks = self.tokens
        if cached is not None and cached[0] is toks and cached[1] == len(toks):
            return cached[2]
        lows = self.lowers()
        words = set(w.replace("’", "'") if "’" in w else w for w in lows) if "’" in self.text else set(lows)
        self.__dict__["_key_set"] = (toks, len(toks), words)
        return words

    def _column(self, slot: str, attr: str) -> list[Any]:
        # kept with the token list it was built from, so a stage that replaces the tokens (or a
        # length change) gets a fresh column; stored outside the dataclass fields (not output)
        cached = self.__dict__.get(slot)
        toks = self.tokens
        if cached is not None and cached[0] is toks and len(cached[1]) == len(toks):
            return cached[1]
        col = list(map(attrgetter(attr), toks))
        self.__dict__[slot] = (toks, col)
        return col

    def actor(self, actor_id: str | None) -> Actor | None:
        if actor_id is None:
            return None
        for a in self.actors:
            if a.id == actor_id:
                return a
        return None

    def sentence_at(self, char: int) -> Sentence | None:
        for s in self.sents:
            if s.start <= char < s.end:
                return s
        return None

    def to_dict(self) -> dict[str, Any]:
        """The output contract (see schema/extraction.schema.json)."""
        return {
            "document": self.meta.to_dict(),
            "actors": [a.to_dict() for a in self.actors],
            "dates": [t.to_dict() for t in self.timexes],
            "quotes": [q.to_dict() for q in self.quotes],
            "events": [e.to_dict() for e in self.events],
        }
