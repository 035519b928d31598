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
import datetime as dt
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

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
        """The actor's code in events: igo, else country, else name (docs/conventions.md)."""
        return self.igo or self.country or self.name

    def names(self) -> set[str]:
        """Lower-cased strings a predicted name may equal to match this actor."""
        return {self.name.lower(), *(m.lower() for m in self.mention_strings)}


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

    def actor(self, name: str | None) -> GoldActor | None:
        if name is None:
            return None
        for a in self.actors:
            if a.name == name:
                return a
        return None


# ------------------------------------------------------------------------------------ string finding


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


def load_gold(path: str | Path) -> GoldDoc:
    path = Path(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise GoldError(f"{path}: cannot read: {exc}") from exc
    if not isinstance(raw, dict):
        raise GoldError(f"{path}: not a mapping")
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
    codes = {a.code for a in actors}

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
            {"articles": 0, "words": 0, "actors": 0, "mentions": 0, "dates": 0, "quotes": Counter(), "events": Counter()},
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
