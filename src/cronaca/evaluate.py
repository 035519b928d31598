"""Gold articles and the scorer behind `cronaca evaluate`.

A gold file (docs/gold-format.md) names text by surface strings so a person can write and review it;
`load_gold` turns every string into character offsets in `text` and fails loudly (GoldError, with the
file, the layer, the item number and the string) when a string is missing or a name refers to no
declared actor. `score` runs predictions against gold and returns P/R/F1 per layer; the rules are
written out in docs/gold-format.md and must stay in step with the code here.

    python -m cronaca.evaluate --check tests/gold     # load every file, print counts or errors
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import json
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from cronaca.model import Actor, Document, DocumentMeta

KINDS = ("PER", "ORG", "GPE", "LOC")
QUOTE_KINDS = ("direct", "partial", "indirect")
PRECISIONS = ("day", "week", "month", "year")
MODALITIES = ("asserted", "reported", "hypothetical", "intent", "negated")
PLOVER = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
LAYERS = ("actors", "mentions", "dates", "quotes", "events")


class GoldError(ValueError):
    """A gold file is malformed: the message starts with the file path and says what and where."""


# --------------------------------------------------------------------------------------------- model


@dataclass(slots=True)
class GoldSpan:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class GoldActor:
    name: str
    kind: str
    country: str | None
    sector: str | None
    igo: str | None
    mention_strings: list[str]
    mentions: list[GoldSpan] = field(default_factory=list)

    @property
    def code(self) -> str:
        """The actor's full code in events: igo, else country + sector (`GBRGOV`, or `GBR` when the
        sector is null), else name (docs/conventions.md)."""
        if self.igo:
            return self.igo
        if self.country:
            return self.country + (self.sector or "")
        return self.name

    def codes(self) -> dict[str, str]:
        """Every code a gold event may use for this actor, with its kind: `igo`; else `country`
        (ISO3 alone, any sector) and `sector` (ISO3 + sector); else `name`."""
        if self.igo:
            return {self.igo: "igo"}
        if self.country:
            out = {self.country: "country"}
            if self.sector:
                out[self.country + self.sector] = "sector"
            return out
        return {self.name: "name"}

    def names(self) -> set[str]:
        """Lower-cased strings a predicted name may equal to match this actor."""
        return {norm_name(self.name), *(norm_name(m) for m in self.mention_strings)}


@dataclass(slots=True)
class GoldDate:
    span: GoldSpan
    value: str
    precision: str


@dataclass(slots=True)
class GoldQuote:
    kind: str
    span: GoldSpan
    speaker: str | None  # a GoldActor name
    cue: GoldSpan | None
    addressee: str | None
    reported_by: str | None


@dataclass(slots=True)
class GoldEvent:
    type: str
    source: list[str]  # actor codes
    target: list[str]
    trigger: GoldSpan
    date: str | None
    modality: str
    quote: bool
    denies: int | None = None  # 1-based index of the event a denial rejects, if given


@dataclass(slots=True)
class GoldDoc:
    path: Path
    id: str
    lang: str
    date: str
    title: str
    topic: str | None
    text: str
    actors: list[GoldActor]
    dates: list[GoldDate]
    quotes: list[GoldQuote]
    events: list[GoldEvent]
    warnings: list[str] = field(default_factory=list)  # consistency problems that are not errors
    # event code -> its kind ("igo" | "country" | "sector" | "name"), from the declared actors
    code_kinds: dict[str, str] = field(default_factory=dict)

    def actor(self, name: str | None) -> GoldActor | None:
        if name is None:
            return None
        for a in self.actors:
            if a.name == name:
                return a
        return None


# ------------------------------------------------------------------------------------ string finding


# Latin letters that NFKD does not split into a base letter and a mark.
_NO_DECOMPOSITION = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ı": "i",
        "þ": "th",
        "Þ": "Th",
    }  # fmt: skip
)


def norm_name(name: str) -> str:
    """A name compared loosely: accents folded, case and everything but letters and digits dropped,
    so that "Kim Jong-un" matches "Kim Jong Un" and "Peter Szijjarto" matches "Péter Szijjártó"."""
    folded = unicodedata.normalize("NFKD", name.translate(_NO_DECOMPOSITION))
    return "".join(ch for ch in folded if ch.isalnum() and not unicodedata.combining(ch)).casefold()


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def find_all(text: str, needle: str) -> list[int]:
    """Start offsets of `needle` in `text` at word boundaries.

    A boundary is required only where the needle itself begins/ends with a word character, so
    quote contents that start or end with punctuation still match."""
    out: list[int] = []
    if not needle:
        return out
    i = text.find(needle)
    n = len(needle)
    while i >= 0:
        left_ok = not _is_word(needle[0]) or i == 0 or not _is_word(text[i - 1])
        right_ok = not _is_word(needle[-1]) or i + n == len(text) or not _is_word(text[i + n])
        if left_ok and right_ok:
            out.append(i)
        i = text.find(needle, i + 1)
    return out


def _ref(item: Any, where: str) -> tuple[str, int | None]:
    """A surface reference: a string, or {text: str, nth: int}."""
    if isinstance(item, str):
        return item, None
    if isinstance(item, dict) and isinstance(item.get("text"), str):
        nth = item.get("nth")
        if nth is not None and (not isinstance(nth, int) or nth < 1):
            raise GoldError(f"{where}: nth must be a positive integer, got {nth!r}")
        return item["text"], nth
    raise GoldError(f"{where}: expected a string or {{text, nth}}, got {item!r}")


def _locate(text: str, needle: str, nth: int | None, where: str) -> GoldSpan:
    hits = find_all(text, needle)
    if not hits:
        raise GoldError(f"{where}: text not found: {needle!r}")
    k = nth or 1
    if k > len(hits):
        raise GoldError(f"{where}: nth={k} but {needle!r} occurs {len(hits)} time(s)")
    s = hits[k - 1]
    return GoldSpan(s, s + len(needle), needle)


def _nearest(text: str, needle: str, nth: int | None, anchor: GoldSpan, where: str) -> GoldSpan:
    """A cue: the given occurrence when `nth` is set, else the occurrence nearest to the quote
    (distance between spans; ties go to the one after the quote, the usual "..., she said")."""
    if nth is not None:
        return _locate(text, needle, nth, where)
    hits = find_all(text, needle)
    if not hits:
        raise GoldError(f"{where}: text not found: {needle!r}")

    def distance(s: int) -> tuple[int, int]:
        e = s + len(needle)
        if s >= anchor.end:
            return (s - anchor.end, 0)
        if e <= anchor.start:
            return (anchor.start - e, 1)
        return (0, 0)  # the cue lies inside the span (an indirect quote's own verb, unusual)

    s = min(hits, key=distance)
    return GoldSpan(s, s + len(needle), needle)


# -------------------------------------------------------------------------------------------- loader


def _str_or_none(v: Any) -> str | None:
    return None if v is None else str(v)


def _date_str(v: Any) -> str | None:
    # YAML reads 2024-03-13 as a date and 2015 as an int; the gold keeps ISO strings.
    if v is None:
        return None
    if isinstance(v, dt.date):
        return v.isoformat()
    return str(v)


KIND_FILE = Path("data") / "kind-wn-train" / "sentences.jsonl"
_kind_cache: dict[Path, dict[str, str]] = {}


def kind_file(start: Path) -> Path | None:
    """The KIND sentences beside the repository: the first `shared/data/kind-wn-train/sentences.jsonl`
    found walking up from `start` (the checkout sits next to `shared/`), then from this module (a
    copy of a gold file elsewhere, scored from a checkout), or None."""
    for origin in (start, Path(__file__)):
        for parent in origin.resolve().parents:
            candidate = parent / "shared" / KIND_FILE
            if candidate.is_file():
                return candidate
    return None


def kind_text(ids: Any, path: Path) -> str:
    """The text of a gold file that annotates real news from KIND (Italian Wikinews): its
    `kind_sentences` joined one per line. The third-party text stays in ../shared; the repository
    keeps only the sentence ids and our annotations (docs/gold-format.md, "Real news from KIND")."""
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        raise GoldError(f"{path}: kind_sentences must be a list of sentence ids")
    source = kind_file(path)
    if source is None:
        raise GoldError(
            f"{path}: needs the KIND data (shared/data/kind-wn-train/sentences.jsonl beside the "
            "repository); it is not there, so this file cannot be scored"
        )
    if source not in _kind_cache:
        with source.open(encoding="utf-8") as fh:
            _kind_cache[source] = {r["id"]: r["text"] for r in map(json.loads, fh)}
    sentences = _kind_cache[source]
    missing = [i for i in ids if i not in sentences]
    if missing:
        raise GoldError(f"{path}: kind_sentences not in {source}: {missing[:3]}")
    return "\n".join(sentences[i] for i in ids) + "\n"


def load_gold(path: str | Path) -> GoldDoc:
    path = Path(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise GoldError(f"{path}: cannot read: {exc}") from exc
    if not isinstance(raw, dict):
        raise GoldError(f"{path}: not a mapping")
    if not raw.get("text") and raw.get("kind_sentences"):
        raw["text"] = kind_text(raw["kind_sentences"], path)
    for key in ("id", "lang", "date", "text"):
        if not raw.get(key):
            raise GoldError(f"{path}: missing field {key!r}")
    text: str = raw["text"]
    p = str(path)

    # ---- actors and their mentions
    actors: list[GoldActor] = []
    seen_names: set[str] = set()
    # candidate mention spans: (start, end, actor index, explicit nth?)
    candidates: list[tuple[int, int, int, bool]] = []
    for i, a in enumerate(raw.get("actors") or [], 1):
        where = f"{p}: actor {i}"
        if not isinstance(a, dict) or not a.get("name"):
            raise GoldError(f"{where}: needs a name")
        name = str(a["name"])
        where = f"{p}: actor {i} ({name})"
        if name in seen_names:
            raise GoldError(f"{where}: duplicate actor name")
        seen_names.add(name)
        kind = a.get("kind")
        if kind not in KINDS:
            raise GoldError(f"{where}: kind must be one of {KINDS}, got {kind!r}")
        strings: list[str] = []
        for j, m in enumerate(a.get("mentions") or [], 1):
            s, nth = _ref(m, f"{where}: mention {j}")
            strings.append(s)
            if nth is None:
                hits = find_all(text, s)
                if not hits:
                    raise GoldError(f"{where}: mention {j}: text not found: {s!r}")
                candidates.extend((h, h + len(s), len(actors), False) for h in hits)
            else:
                span = _locate(text, s, nth, f"{where}: mention {j}")
                candidates.append((span.start, span.end, len(actors), True))
        if not strings:
            raise GoldError(f"{where}: no mentions")
        actors.append(
            GoldActor(
                name=name,
                kind=kind,
                country=_str_or_none(a.get("country")),
                sector=_str_or_none(a.get("sector")),
                igo=_str_or_none(a.get("igo")),
                mention_strings=strings,
            )
        )
    _assign_mentions(text, actors, candidates, p)
    by_name = {a.name: a for a in actors}
    # A code's kind comes from the declared actors, not from its shape: "WHO" is an IGO, "GBR" a
    # country. An IGO code wins over a country code, which wins over a name.
    codes: dict[str, str] = {}
    for rank in ("igo", "country", "sector", "name"):
        for a in actors:
            for c, k in a.codes().items():
                if k == rank:
                    codes.setdefault(c, k)

    def actor_name(v: Any, where: str) -> str | None:
        if v is None:
            return None
        if str(v) not in by_name:
            raise GoldError(f"{where}: {v!r} is not a declared actor name")
        return str(v)

    # ---- dates
    dates: list[GoldDate] = []
    for i, d in enumerate(raw.get("dates") or [], 1):
        where = f"{p}: date {i}"
        if not isinstance(d, dict):
            raise GoldError(f"{where}: not a mapping")
        s, nth = _ref(d, where)
        span = _locate(text, s, nth, where)
        prec = d.get("precision")
        if prec not in PRECISIONS:
            raise GoldError(f"{where}: precision must be one of {PRECISIONS}, got {prec!r}")
        value = _date_str(d.get("value"))
        if not value:
            raise GoldError(f"{where}: missing value")
        dates.append(GoldDate(span, value, prec))

    # ---- quotes
    quotes: list[GoldQuote] = []
    for i, q in enumerate(raw.get("quotes") or [], 1):
        where = f"{p}: quote {i}"
        if not isinstance(q, dict):
            raise GoldError(f"{where}: not a mapping")
        kind = q.get("kind")
        if kind not in QUOTE_KINDS:
            raise GoldError(f"{where}: kind must be one of {QUOTE_KINDS}, got {kind!r}")
        s, nth = _ref(q, where)
        span = _locate(text, s, nth, where)
        cue = None
        if q.get("cue") is not None:
            cs, cnth = _ref(q["cue"], f"{where}: cue")
            cue = _nearest(text, cs, cnth, span, f"{where}: cue")
        quotes.append(
            GoldQuote(
                kind=kind,
                span=span,
                speaker=actor_name(q.get("speaker"), f"{where}: speaker"),
                cue=cue,
                addressee=actor_name(q.get("addressee"), f"{where}: addressee"),
                reported_by=actor_name(q.get("reported_by"), f"{where}: reported_by"),
            )
        )

    # ---- events
    events: list[GoldEvent] = []
    warnings: list[str] = []
    raw_events = raw.get("events") or []
    for i, e in enumerate(raw_events, 1):
        where = f"{p}: event {i}"
        if not isinstance(e, dict):
            raise GoldError(f"{where}: not a mapping")
        etype = e.get("type")
        if etype not in PLOVER:
            raise GoldError(f"{where}: type must be a PLOVER type, got {etype!r}")
        modality = e.get("modality", "asserted")
        if modality not in MODALITIES:
            raise GoldError(f"{where}: modality must be one of {MODALITIES}, got {modality!r}")
        trig = e.get("trigger")
        if trig is None:
            raise GoldError(f"{where}: missing trigger")
        ts, tnth = _ref(trig, f"{where}: trigger")
        if tnth is None and e.get("nth") is not None:
            tnth = _ref({"text": ts, "nth": e["nth"]}, f"{where}: trigger")[1]
        trigger = _locate(text, ts, tnth, f"{where}: trigger")
        sides: dict[str, list[str]] = {}
        for side in ("source", "target"):
            v = e.get(side) or []
            if isinstance(v, str):
                v = [v]
            for c in v:
                if str(c) not in codes:
                    raise GoldError(f"{where}: {side} {c!r} is the code of no declared actor")
            sides[side] = [str(c) for c in v]
        # `quote: true` should mean the trigger lies inside a quote span; a mismatch usually means a
        # missing quote or a wrong flag, so --check reports it (a warning: the scorer does not use it).
        inside = any(q.span.start <= trigger.start and trigger.end <= q.span.end for q in quotes)
        if bool(e.get("quote", False)) != inside:
            state = "inside a quote span" if inside else "outside every quote span"
            warnings.append(
                f"{where}: quote is {bool(e.get('quote', False))} but trigger {ts!r} lies {state}"
            )
        denies = e.get("denies")
        if denies is not None and (not isinstance(denies, int) or not 1 <= denies <= len(raw_events)):
            raise GoldError(f"{where}: denies must be the 1-based number of another event")
        events.append(
            GoldEvent(
                type=etype,
                source=sides["source"],
                target=sides["target"],
                trigger=trigger,
                date=_date_str(e.get("date")),
                modality=modality,
                quote=bool(e.get("quote", False)),
                denies=denies,
            )
        )

    return GoldDoc(
        path=path,
        id=str(raw["id"]),
        lang=str(raw["lang"]),
        date=_date_str(raw["date"]) or "",
        title=str(raw.get("title") or ""),
        topic=_str_or_none(raw.get("topic")),
        text=text,
        actors=actors,
        dates=dates,
        quotes=quotes,
        events=events,
        warnings=warnings,
        code_kinds=codes,
    )


def _assign_mentions(
    text: str, actors: list[GoldActor], candidates: list[tuple[int, int, int, bool]], p: str
) -> None:
    """Apply the mentions rule: drop an occurrence lying inside a longer occurrence (any actor);
    an explicit {text, nth} mention claims its span over plain strings of other actors; two actors
    claiming the same span with plain strings is an error (use {text, nth} to disambiguate)."""
    spans: dict[tuple[int, int], tuple[int, bool]] = {}
    for s, e, ai, explicit in candidates:
        prev = spans.get((s, e))
        if prev is None or (explicit and not prev[1]):
            spans[(s, e)] = (ai, explicit)
        elif prev[0] != ai and prev[1] == explicit:
            a, b = actors[prev[0]].name, actors[ai].name
            raise GoldError(f"{p}: mention {text[s:e]!r} at {s} claimed by both {a!r} and {b!r}")
    # Sorted by start, longest first: any earlier span starts at or before this one, so this one
    # lies inside a longer span exactly when its end does not pass the furthest end seen so far.
    kept: list[tuple[int, int]] = []
    cover_end = -1
    for s, e in sorted(spans, key=lambda k: (k[0], -k[1])):
        if e <= cover_end:
            continue
        kept.append((s, e))
        cover_end = e
    for s, e in kept:
        actors[spans[(s, e)][0]].mentions.append(GoldSpan(s, e, text[s:e]))


def load_gold_dir(directory: str | Path, lang: str | None = None) -> list[GoldDoc]:
    """Every *.yaml under `directory` (recursively), sorted by path; all errors reported at once."""
    root = Path(directory)
    if not root.exists():
        raise GoldError(f"{root}: no such folder")
    files = [root] if root.is_file() else sorted(root.rglob("*.yaml"))
    docs: list[GoldDoc] = []
    errors: list[str] = []
    for f in files:
        try:
            d = load_gold(f)
        except GoldError as exc:
            errors.append(str(exc))
            continue
        if lang is None or d.lang == lang:
            docs.append(d)
    ids = Counter(d.id for d in docs)
    errors += [f"duplicate id {i!r}" for i, n in ids.items() if n > 1]
    if errors:
        raise GoldError("\n".join(errors))
    return docs


def gold_counts(docs: list[GoldDoc]) -> dict[str, dict[str, Any]]:
    """Per language: articles, words, actors, mentions, dates, quotes by kind, events by type."""
    out: dict[str, dict[str, Any]] = {}
    for d in docs:
        c = out.setdefault(
            d.lang,
            {
                "articles": 0,
                "words": 0,
                "actors": 0,
                "mentions": 0,
                "dates": 0,
                "quotes": Counter(),
                "events": Counter(),
            },
        )
        c["articles"] += 1
        c["words"] += len(d.text.split())
        c["actors"] += len(d.actors)
        c["mentions"] += sum(len(a.mentions) for a in d.actors)
        c["dates"] += len(d.dates)
        c["quotes"].update(q.kind for q in d.quotes)
        c["events"].update(e.type for e in d.events)
    for c in out.values():
        c["quotes"] = dict(sorted(c["quotes"].items()))
        c["events"] = dict(sorted(c["events"].items()))
    return out


# ------------------------------------------------------------------------------------------- scoring


@dataclass(slots=True)
class Counts:
    """tp / predicted / gold. P = tp/pred, R = tp/gold; an empty denominator gives 0.0 (not
    undefined) so that a stage that returns nothing scores 0 rather than disappearing."""

    tp: int = 0
    pred: int = 0
    gold: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.pred += other.pred
        self.gold += other.gold

    @property
    def p(self) -> float:
        return self.tp / self.pred if self.pred else 0.0

    @property
    def r(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.p, self.r
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"p": round(self.p, 4), "r": round(self.r, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "pred": self.pred, "gold": self.gold}  # fmt: skip


@dataclass(slots=True)
class Accuracy:
    correct: int = 0
    total: int = 0

    def add(self, other: Accuracy) -> None:
        self.correct += other.correct
        self.total += other.total

    @property
    def acc(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"acc": round(self.acc, 4), "correct": self.correct, "total": self.total}


# metric name -> layer it belongs to (for --layer); order is the print order
METRICS: dict[str, str] = {
    "actors": "actors",
    "mentions": "mentions",
    "dates.span": "dates",
    "dates.value": "dates",
    "quotes.span": "quotes",
    "quotes.exact": "quotes",
    "quotes.attribution": "quotes",
    "events": "events",
    "events.country": "events",
    "events.type": "events",
}
ACCURACIES: dict[str, str] = {
    "actors.kind": "actors",
    "actors.country": "actors",
    "actors.sector": "actors",
    "quotes.kind": "quotes",
    "quotes.cue": "quotes",
    "quotes.addressee": "quotes",
    "quotes.reported_by": "quotes",
    "events.modality": "events",
    "events.date": "events",
}


@dataclass
class DocScore:
    id: str
    lang: str
    counts: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in METRICS})
    acc: dict[str, Accuracy] = field(default_factory=lambda: {k: Accuracy() for k in ACCURACIES})
    # (layer, "FP" | "FN" | "WRONG", description) for --verbose
    errors: list[tuple[str, str, str]] = field(default_factory=list)


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def _span_score(a0: int, a1: int, b0: int, b1: int) -> int:
    """Overlap first, then how close the two spans are: a partial quote nested in an indirect one
    overlaps a predicted partial and a predicted indirect equally; the span nearest in size and
    position wins, so nested gold quotes pair with their own predictions."""
    ov = _overlap(a0, a1, b0, b1)
    return ov * 1_000_000 - min(abs(a0 - b0) + abs(a1 - b1), 999_999)


def _greedy(pairs: list[tuple[int, int, int]]) -> dict[int, int]:
    """One-to-one matching from (score, gold index, pred index): best score first, ties by position."""
    out: dict[int, int] = {}
    used: set[int] = set()
    for _score, gi, pi in sorted(pairs, key=lambda x: (-x[0], x[1], x[2])):
        if gi not in out and pi not in used:
            out[gi] = pi
            used.add(pi)
    return out


def _sentence_index(starts: list[int], char: int) -> int:
    """Index of the sentence holding `char`, among the predicted document's own sentences, so gold
    and predicted events are placed by the same segmentation."""

    return max(0, bisect.bisect_right(starts, char) - 1)


def _sentence_starts(doc: Document) -> list[int]:
    if doc.sents:
        return [s.start for s in doc.sents]
    # No analysis layer (a stage disabled): a sentence starts after . ! ? + space, or after a newline.
    import re

    return [0] + [m.end() for m in re.finditer(r"(?<=[.!?])\s+(?=\S)|\n+(?=\S)", doc.text)]


# A predicted actor as events see it: (igo, country, sector, name). Both country and sector are kept
# so a gold code can ask for either (`GBR` or `GBRLAB`).
ActorKey = tuple[str | None, str | None, str | None, str]


def actor_key(actor: Actor | None) -> ActorKey | None:
    if actor is None:
        return None
    return (actor.igo, actor.country, actor.sector, actor.name)


def actor_code(actor: Actor | None) -> str | None:
    """An actor's full event code: igo, else country + sector (`GBRGOV`; `GBR` without a sector),
    else name (docs/conventions.md)."""
    return key_code(actor_key(actor))


def key_code(key: ActorKey | None) -> str | None:
    if key is None:
        return None
    igo, country, sector, name = key
    if igo:
        return igo
    if country:
        return country + (sector or "")
    return name


def code_matches(code: str | None, kind: str | None, key: ActorKey | None) -> bool:
    """Does a gold code (of the given kind) cover a predicted actor? `igo`: same igo; `country`
    (ISO3): any actor of that country with no igo, whatever its sector; `sector` (ISO3 + sector):
    that country and that sector; `name`: an actor with neither igo nor country and the same name
    (loosely). An empty side (None) matches only an empty side."""
    if code is None or key is None:
        return code is None and key is None
    igo, country, sector, name = key
    if kind == "igo":
        return igo == code
    if igo:
        return False
    if kind == "country":
        return country == code
    if kind == "sector":
        return country == code[:3] and sector == code[3:]
    return country is None and norm_name(name) == norm_name(code)


def _gold_country(code: str | None, kinds: dict[str, str]) -> str | None:
    """A gold side at country level: an IGO code stays, ISO3+SECTOR loses its sector, a name is
    compared loosely."""
    if code is None:
        return None
    kind = kinds.get(code)
    if kind == "sector":
        return code[:3]
    if kind in ("igo", "country"):
        return code
    return norm_name(code)


def _key_country(key: ActorKey | None) -> str | None:
    """A predicted side at country level, as `_gold_country`."""
    if key is None:
        return None
    igo, country, _sector, name = key
    return igo or country or norm_name(name)


def event_tuples(etype: str, source: list, target: list, sent: int, code=lambda x: x) -> list[tuple]:
    """(type, source, target, sentence) pairs over all source x target pairs; a pair whose two full
    codes (`code(side)`) are equal is dropped, so GBRGOV -> GBRLAB stays and GBR -> GBR goes. A side
    left empty counts as None, so a one-sided event ("protesters rallied") still scores."""
    srcs = list(dict.fromkeys(source)) or [None]
    tgts = list(dict.fromkeys(target)) or [None]
    return [(etype, s, t, sent) for s in srcs for t in tgts if s is None or code(s) != code(t)]


def event_options(gold_t: list[tuple], pred_t: list[tuple], kinds: dict[str, str]) -> list[list[int]]:
    """For each gold tuple (type, source, target, sentence, gold event), the predicted tuples (same
    shape, the predicted event last) it may be matched with: same type and sentence, both sides'
    codes matching. A candidate with the same modality and date comes first, so the accuracies read
    on the matching do not depend on the order of the events."""
    options: list[list[int]] = []
    for gt in gold_t:
        cands = [
            pi
            for pi, pt in enumerate(pred_t)
            if pt[0] == gt[0]
            and pt[3] == gt[3]
            and code_matches(gt[1], kinds.get(gt[1] or ""), pt[1])
            and code_matches(gt[2], kinds.get(gt[2] or ""), pt[2])
        ]
        cands.sort(
            key=lambda pi, g=gt[4]: (pred_t[pi][4].modality != g.modality, pred_t[pi][4].date != g.date)
        )
        options.append(cands)
    return options


def _max_matching(n_gold: int, options: list[list[int]]) -> dict[int, int]:
    """Maximum bipartite matching (Kuhn's augmenting paths): gold i -> predicted j, among
    options[i] (candidates in order of preference). Event tuples per document are few."""
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in options[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(n_gold):
        augment(i, set())
    return {i: j for j, i in owner.items()}


def score_document(gold: GoldDoc, doc: Document) -> DocScore:
    """Score one predicted Document against its gold; rules in docs/gold-format.md."""
    sc = DocScore(gold.id, gold.lang)
    c, acc, errs = sc.counts, sc.acc, sc.errors
    text = gold.text

    def show(s: int, e: int) -> str:
        return f"{text[s:e]!r}@{s}"

    # ---- actors: a predicted actor matches a gold actor by name (loosely equal to the gold name,
    # else to a gold mention string) or by sharing a mention span; derived institutions are named
    # in many ways ("Russian Ministry of Defence" / "Defence Ministry of Russia") but point at the
    # same text. Score: equal name first, then the number of shared spans, then a mention-string name.
    pairs: list[tuple[int, int, int]] = []
    pred_spans = [{(m.start, m.end) for m in pa.mentions} for pa in doc.actors]
    pred_names = [norm_name(pa.name) for pa in doc.actors]
    for gi, ga in enumerate(gold.actors):
        names = ga.names()
        gname = norm_name(ga.name)
        gspans = {(m.start, m.end) for m in ga.mentions}
        for pi, pn in enumerate(pred_names):
            shared = len(gspans & pred_spans[pi])
            if pn == gname:
                pairs.append((10_000_000 + shared * 10, gi, pi))
            elif shared or pn in names:
                pairs.append((shared * 10 + (pn in names), gi, pi))
    amatch = _greedy(pairs)
    c["actors"] = Counts(len(amatch), len(doc.actors), len(gold.actors))
    matched_pred_actor = {doc.actors[pi].id: gold.actors[gi].name for gi, pi in amatch.items()}
    for gi, pi in amatch.items():
        ga, pa = gold.actors[gi], doc.actors[pi]
        for attr in ("kind", "country", "sector"):
            g, pv = getattr(ga, attr), getattr(pa, attr)
            ok = g == pv
            acc[f"actors.{attr}"].add(Accuracy(int(ok), 1))
            if not ok:
                errs.append(("actors", "WRONG", f"{ga.name}: {attr} {pv!r}, gold {g!r}"))
    for gi, ga in enumerate(gold.actors):
        if gi not in amatch:
            errs.append(("actors", "FN", f"{ga.name} ({ga.kind}, {ga.country}, {ga.sector})"))
    used = set(amatch.values())
    for pi, pa in enumerate(doc.actors):
        if pi not in used:
            errs.append(("actors", "FP", f"{pa.name} ({pa.kind}, {pa.country}, {pa.sector})"))

    # ---- mentions: exact spans, actor ignored
    gm = {(m.start, m.end) for a in gold.actors for m in a.mentions}
    pm = {(m.start, m.end) for a in doc.actors for m in a.mentions}
    c["mentions"] = Counts(len(gm & pm), len(pm), len(gm))
    for s, e in sorted(gm - pm):
        errs.append(("mentions", "FN", show(s, e)))
    for s, e in sorted(pm - gm):
        errs.append(("mentions", "FP", show(s, e)))

    # ---- dates: overlapping spans, then equal values
    pairs = [
        (_span_score(g.span.start, g.span.end, t.start, t.end), gi, pi)
        for gi, g in enumerate(gold.dates)
        for pi, t in enumerate(doc.timexes)
        if _overlap(g.span.start, g.span.end, t.start, t.end) > 0
    ]
    dmatch = _greedy(pairs)
    right = sum(1 for gi, pi in dmatch.items() if doc.timexes[pi].value == gold.dates[gi].value)
    c["dates.span"] = Counts(len(dmatch), len(doc.timexes), len(gold.dates))
    c["dates.value"] = Counts(right, len(doc.timexes), len(gold.dates))
    for gi, g in enumerate(gold.dates):
        if gi not in dmatch:
            errs.append(("dates", "FN", f"{show(g.span.start, g.span.end)} = {g.value}"))
        elif doc.timexes[dmatch[gi]].value != g.value:
            errs.append(
                (
                    "dates",
                    "WRONG",
                    f"{show(g.span.start, g.span.end)} = {doc.timexes[dmatch[gi]].value}, gold {g.value}",
                )
            )
    used = set(dmatch.values())
    for pi, t in enumerate(doc.timexes):
        if pi not in used:
            errs.append(("dates", "FP", f"{show(t.start, t.end)} = {t.value}"))

    # ---- quotes: content spans overlapping by >= half of the shorter one
    pairs = []
    for gi, g in enumerate(gold.quotes):
        for pi, q in enumerate(doc.quotes):
            ov = _overlap(g.span.start, g.span.end, q.start, q.end)
            shorter = min(g.span.end - g.span.start, q.end - q.start)
            if ov > 0 and 2 * ov >= shorter:
                pairs.append((_span_score(g.span.start, g.span.end, q.start, q.end), gi, pi))
    qmatch = _greedy(pairs)
    correct = exact = 0
    for gi, pi in qmatch.items():
        g, q = gold.quotes[gi], doc.quotes[pi]
        exact += (g.span.start, g.span.end) == (q.start, q.end)
        acc["quotes.kind"].add(Accuracy(int(g.kind == q.kind), 1))
        cue_ok = (g.cue is None and q.cue is None) or (
            g.cue is not None
            and q.cue is not None
            and _overlap(g.cue.start, g.cue.end, q.cue.start, q.cue.end) > 0
        )
        acc["quotes.cue"].add(Accuracy(int(cue_ok), 1))
        if not cue_ok:
            pc = f"{q.cue.text!r}@{q.cue.start}" if q.cue else None
            gc = f"{g.cue.text!r}@{g.cue.start}" if g.cue else None
            errs.append(("quotes", "WRONG", f"{_clip(g.span.text)} cue {pc}, gold {gc}"))
        for role in ("addressee", "reported_by"):
            gname, pid = getattr(g, role), getattr(q, role)
            ok = _same_actor(gold, gname, doc, pid, matched_pred_actor)
            acc[f"quotes.{role}"].add(Accuracy(int(ok), 1))
            if not ok:
                pa = doc.actor(pid)
                errs.append(
                    (
                        "quotes",
                        "WRONG",
                        f"{_clip(g.span.text)} {role} {pa.name if pa else None!r}, gold {gname!r}",
                    )
                )
        if _same_actor(gold, g.speaker, doc, q.speaker, matched_pred_actor):
            correct += 1
        else:
            pa = doc.actor(q.speaker)
            errs.append(
                (
                    "quotes",
                    "WRONG",
                    f"{_clip(g.span.text)} speaker {pa.name if pa else None!r}, gold {g.speaker!r}",
                )
            )
    c["quotes.span"] = Counts(len(qmatch), len(doc.quotes), len(gold.quotes))
    c["quotes.exact"] = Counts(exact, len(doc.quotes), len(gold.quotes))
    c["quotes.attribution"] = Counts(correct, len(doc.quotes), len(gold.quotes))
    for gi, g in enumerate(gold.quotes):
        if gi not in qmatch:
            errs.append(("quotes", "FN", f"{g.kind} {_clip(g.span.text)}@{g.span.start} ({g.speaker})"))
    used = set(qmatch.values())
    for pi, q in enumerate(doc.quotes):
        if pi not in used:
            pa = doc.actor(q.speaker)
            errs.append(("quotes", "FP", f"{q.kind} {_clip(q.text)}@{q.start} ({pa.name if pa else None})"))

    # ---- events: (type, source, target, sentence) tuples, matched one-to-one: a gold code covers a
    # predicted actor by code_matches (ISO3 any sector, ISO3+SECTOR that sector, igo, name)
    starts = _sentence_starts(doc)
    kinds = gold.code_kinds
    gold_t: list[tuple] = []  # (type, src code, tgt code, sent, event)
    for g in gold.events:
        sent = _sentence_index(starts, g.trigger.start)
        for t in event_tuples(g.type, list(g.source), list(g.target), sent):
            gold_t.append((*t, g))
    by_id = {a.id: a for a in doc.actors}
    pred_t: list[tuple] = []  # (type, src key, tgt key, sent, event)
    for e in doc.events:
        sent = _sentence_index(starts, e.trigger.start)
        src = [actor_key(by_id.get(x)) for x in e.source]
        tgt = [actor_key(by_id.get(x)) for x in e.target]
        for t in event_tuples(e.type, src, tgt, sent, code=key_code):
            pred_t.append((*t, e))
    ematch = _max_matching(len(gold_t), event_options(gold_t, pred_t, kinds))
    c["events"] = Counts(len(ematch), len(pred_t), len(gold_t))
    for gi, pi in ematch.items():
        g, e = gold_t[gi][4], pred_t[pi][4]
        acc["events.modality"].add(Accuracy(int(g.modality == e.modality), 1))
        acc["events.date"].add(Accuracy(int(g.date == e.date), 1))
    # the issue's own measure: type + source country + target country, same sentence; a sector is
    # not compared, so "ITAGOV -> ITALAB" and "ITALAB -> ITAGOV" are both (ITA, ITA)
    gcountry = Counter(
        (t[0], _gold_country(t[1], kinds), _gold_country(t[2], kinds), t[3]) for t in gold_t
    )
    pcountry = Counter((t[0], _key_country(t[1]), _key_country(t[2]), t[3]) for t in pred_t)
    c["events.country"] = Counts(
        sum((gcountry & pcountry).values()), sum(pcountry.values()), sum(gcountry.values())
    )
    gtype = Counter((g.type, _sentence_index(starts, g.trigger.start)) for g in gold.events)
    ptype = Counter((e.type, _sentence_index(starts, e.trigger.start)) for e in doc.events)
    c["events.type"] = Counts(sum((gtype & ptype).values()), sum(ptype.values()), sum(gtype.values()))
    sent_text = _sentence_texts(doc, starts)
    used = set(ematch.values())
    fn = Counter((t[0], t[1], t[2], t[3]) for gi, t in enumerate(gold_t) if gi not in ematch)
    fp = Counter(
        (t[0], key_code(t[1]), key_code(t[2]), t[3]) for pi, t in enumerate(pred_t) if pi not in used
    )
    trig: dict[tuple, list[str]] = {}
    for t in gold_t:
        trig.setdefault(("FN", t[0], t[1], t[2], t[3]), []).append(t[4].trigger.text)
    for t in pred_t:
        trig.setdefault(("FP", t[0], key_code(t[1]), key_code(t[2]), t[3]), []).append(t[4].trigger.text)
    for kind, diff in (("FN", fn), ("FP", fp)):
        for t, n in diff.items():
            what = f"{t[0]} {t[1]} -> {t[2]}" + (f" x{n}" if n > 1 else "")
            triggers = "/".join(dict.fromkeys(trig[(kind, *t)]))
            errs.append(("events", kind, f"{what} [{triggers}] in {sent_text(t[3])}"))
    return sc


def _same_actor(
    gold: GoldDoc, gold_name: str | None, doc: Document, pred_id: str | None, matched: dict[str, str]
) -> bool:
    """Predicted speaker (an actor id) vs gold speaker (an actor name): both absent, or the predicted
    actor was matched to this gold actor in the actor step; a predicted actor left unmatched there
    falls back to names: its name equals the gold name or one of its mention strings."""
    pa = doc.actor(pred_id)
    if gold_name is None or pa is None:
        return gold_name is None and pa is None
    if pa.id in matched:  # the actor step decided which gold actor this one is
        return matched[pa.id] == gold_name
    ga = gold.actor(gold_name)
    return ga is not None and norm_name(pa.name) in ga.names()


def _clip(s: str, n: int = 60) -> str:
    s = " ".join(s.split())
    return repr(s if len(s) <= n else s[: n - 3] + "...")


def _sentence_texts(doc: Document, starts: list[int]):
    def get(i: int) -> str:
        end = starts[i + 1] if i + 1 < len(starts) else len(doc.text)
        return f"sentence {i + 1} {_clip(doc.text[starts[i] : end], 70)}"

    return get


@dataclass
class Report:
    docs: list[DocScore]
    failures: list[str] = field(default_factory=list)  # documents on which the pipeline raised

    def totals(self, lang: str | None = None) -> tuple[dict[str, Counts], dict[str, Accuracy], int]:
        counts = {k: Counts() for k in METRICS}
        accs = {k: Accuracy() for k in ACCURACIES}
        n = 0
        for d in self.docs:
            if lang is None or d.lang == lang:
                n += 1
                for k, v in d.counts.items():
                    counts[k].add(v)
                for k, v in d.acc.items():
                    accs[k].add(v)
        return counts, accs, n

    def to_dict(self, layers: set[str] | None = None) -> dict[str, Any]:
        def block(lang: str | None) -> dict[str, Any]:
            counts, accs, n = self.totals(lang)
            out: dict[str, Any] = {"documents": n}
            out.update({k: v.to_dict() for k, v in counts.items() if not layers or METRICS[k] in layers})
            out.update({k: v.to_dict() for k, v in accs.items() if not layers or ACCURACIES[k] in layers})
            return out

        langs = sorted({d.lang for d in self.docs})
        return {
            "overall": block(None),
            "by_lang": {lang: block(lang) for lang in langs},
            "failures": self.failures,
        }


def evaluate(docs: list[GoldDoc], pipeline: Any = None) -> Report:
    """Run `pipeline` (default: cronaca's) on every gold article and score it. A stage that raises
    leaves whatever layers were filled before it; the failure is recorded in `Report.failures`."""
    if pipeline is None:
        from cronaca.pipeline import Pipeline

        pipeline = Pipeline()
    scores: list[DocScore] = []
    failures: list[str] = []
    for g in docs:
        doc = Document(text=g.text, meta=DocumentMeta(id=g.id, lang=g.lang, date=g.date, title=g.title))
        try:
            pipeline(doc)
        except Exception as exc:  # noqa: BLE001 - one broken stage must not hide the other layers' figures
            failures.append(f"{g.path}: pipeline raised {type(exc).__name__}: {exc}")
        scores.append(score_document(g, doc))
    return Report(scores, failures)


def gold_as_document(gold: GoldDoc) -> Document:
    """The gold annotations as a predicted Document (ids a1.., q1.., e1..): a perfect prediction,
    used to check the scorer (it must give 1.0 everywhere) and as a base for hand-built predictions."""
    from cronaca.model import Actor as A
    from cronaca.model import Event, Quote, Span, Timex

    doc = Document(
        text=gold.text, meta=DocumentMeta(id=gold.id, lang=gold.lang, date=gold.date, title=gold.title)
    )
    ids: dict[str, str] = {}
    by_code: dict[str, str] = {}
    # a bare country code stands for the country's own actor (no sector) when there is one, so a
    # gold ITA -> ITAGOV pair does not become ITAGOV -> ITAGOV in the perfect prediction
    for a in sorted(gold.actors, key=lambda a: a.sector is not None):
        for code in a.codes():
            by_code.setdefault(code, f"a{gold.actors.index(a) + 1}")
    for i, a in enumerate(gold.actors, 1):
        aid = f"a{i}"
        ids[a.name] = aid
        doc.actors.append(
            A(
                aid,
                a.name,
                a.kind,
                a.country,
                a.sector,
                igo=a.igo,
                mentions=[Span(m.start, m.end, m.text) for m in a.mentions],
            )
        )
    for d in gold.dates:
        doc.timexes.append(Timex(d.span.start, d.span.end, d.span.text, d.value, d.precision))
    for i, q in enumerate(gold.quotes, 1):
        cue = Span(q.cue.start, q.cue.end, q.cue.text) if q.cue else None
        doc.quotes.append(
            Quote(
                f"q{i}",
                q.kind,
                q.span.text,
                q.span.start,
                q.span.end,
                ids.get(q.speaker or ""),
                cue,
                ids.get(q.addressee or ""),
                ids.get(q.reported_by or ""),
            )  # fmt: skip
        )
    for i, e in enumerate(gold.events, 1):
        t = e.trigger
        doc.events.append(
            Event(
                f"e{i}",
                e.type,
                None,
                None,
                [by_code[c] for c in e.source],
                [by_code[c] for c in e.target],
                Span(t.start, t.end, t.text),
                Span(t.start, t.end, t.text),
                e.date,
                modality=e.modality,
            )  # fmt: skip
        )
    return doc


def print_report(
    report: Report, layers: set[str] | None = None, verbose: bool = False, file: Any = None
) -> None:
    """Plain-text table: one row per metric, columns overall and per language (F1, with P/R)."""
    out = file or sys.stdout
    if verbose:
        for d in report.docs:
            errs = [e for e in d.errors if not layers or e[0] in layers]
            print(f"== {d.id} ({d.lang}): {len(errs)} difference(s)", file=out)
            for layer, kind, what in errs:
                print(f"  {layer:<8} {kind:<5} {what}", file=out)
        print(file=out)
    langs = sorted({d.lang for d in report.docs})
    cols: list[tuple[str, str | None]] = [("all", None)] + [(lang, lang) for lang in langs]
    totals = {name: report.totals(lang) for name, lang in cols}
    head = f"{'metric':<20}" + "".join(
        f"{name + ' (' + str(totals[name][2]) + ' docs)':>28}" for name, _ in cols
    )
    print(head, file=out)
    for k, layer in METRICS.items():
        if layers and layer not in layers:
            continue
        row = f"{k:<20}"
        for name, _ in cols:
            cnt = totals[name][0][k]
            row += f"{f'P {cnt.p:.2f} R {cnt.r:.2f} F1 {cnt.f1:.2f}':>28}"
        print(row, file=out)
    for k, layer in ACCURACIES.items():
        if layers and layer not in layers:
            continue
        row = f"{k:<20}"
        for name, _ in cols:
            a = totals[name][1][k]
            row += f"{f'acc {a.acc:.2f} ({a.correct}/{a.total})':>28}"
        print(row, file=out)


# ---------------------------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m cronaca.evaluate", description="Check gold files.")
    ap.add_argument("--check", metavar="GOLD_DIR", required=True, help="load every gold file, print counts")
    ap.add_argument("--lang", help="only this language")
    args = ap.parse_args(argv)
    try:
        docs = load_gold_dir(args.check, args.lang)
    except GoldError as exc:
        print(f"gold errors:\n{exc}", file=sys.stderr)
        return 1
    for d in docs:
        for w in d.warnings:
            print(f"warning: {w}", file=sys.stderr)
    for lang, c in sorted(gold_counts(docs).items()):
        nq = sum(c["quotes"].values())
        ne = sum(c["events"].values())
        print(
            f"{lang}: {c['articles']} articles, {c['words']} words, {c['actors']} actors, "
            f"{c['mentions']} mentions, {c['dates']} dates, {nq} quotes, {ne} events"
        )
        print(f"  quotes: {', '.join(f'{k} {v}' for k, v in c['quotes'].items()) or '-'}")
        print(f"  events: {', '.join(f'{k} {v}' for k, v in c['events'].items()) or '-'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
