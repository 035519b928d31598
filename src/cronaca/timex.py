"""Time stage: find temporal expressions and resolve them against the publication date.

The grammar is a set of small matchers, each started from a *head* token found by one dict lookup
in a per-language trigger table (weekday, month, unit, deictic word, first token of a phrase) or by
a leading digit. A matcher grows its span left and right over modifiers, quantities, articles and
day numbers, and returns candidates; overlapping candidates are resolved longest-first. Vocabulary
lives in `lang/<lang>/time.yaml`; only mechanisms are here.

Span conventions (the same in every language):
- prepositions are never in the span ("nel 2015" -> "2015", "on Wednesday" -> "Wednesday",
  "a fine mese" -> "fine mese"), except those that carry the meaning: "tra due settimane",
  "two days ago", "una settimana fa";
- an article is kept when it determines a temporal noun phrase with a modifier or a mod word
  ("il mese prossimo", "lo scorso dicembre", "la fine dell'anno", "the next day", "il fine
  settimana"), and left out before a day number or a name ("il 3 gennaio" -> "3 gennaio");
- parts of the day stay with their day ("ieri sera", "Tuesday night").

Resolution choices:
- a bare weekday points back (the most recent such day on or before the publication date,
  the date itself included) unless the nearest tense cue in its sentence is future ("si terrà
  venerdì"); "scorso"/"last" and "prossimo"/"next" exclude the publication date; "this"/"questo"
  means the same ISO week;
- a day and month without a year take the year that puts the date nearest to publication; only
  when that is more than 60 days away does the tense decide the direction; a weekday next to it
  ("lunedì 3 gennaio") picks the year where that day is that weekday;
- a bare month: the nearest one when within a month of publication, otherwise the tense decides
  (past by default);
- the weekend ("nel fine settimana", "this weekend") has week precision: the ISO week of that
  Saturday/Sunday, chosen like a bare weekday (past weekend by default);
- quantities of days or weeks give a day ("una settimana fa" -> the date 7 days earlier, precision
  day), of months a month, of years a year;
- expressions counted from another event ("il giorno dopo", "una settimana dopo", "two days
  earlier") have value None, relative True, anchor "event" and a signed delta/delta_unit/delta_days
  for the events stage.
Without a publication date, relative expressions keep value None; explicit dates are still resolved.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from cronaca import lang as langpacks
from cronaca.model import Document, Timex, Token

_NUMERIC_DATE = re.compile(r"(\d{1,4})([/.\-])(\d{1,2})\2(\d{2,4})")
_PRECISION_OF_UNIT = {"day": "day", "week": "week", "month": "month", "year": "year"}


def _norm(s: str) -> str:
    return s.replace("’", "'").replace("‘", "'")


@dataclass(frozen=True, slots=True)
class Modifier:
    dir: int  # -1 before, 0 same, +1 after
    anchor: str  # document | event
    pre: bool
    post: bool
    with_article: str = "keep"  # keep | event | reject


@dataclass(frozen=True, slots=True)
class Phrase:
    tokens: tuple[str, ...]
    skip: int = 0  # leading context tokens left out of the span
    not_before: frozenset[str] = frozenset()  # the phrase does not count before these tokens
    days: int | None = None  # deictic: offset from the publication date
    delta: int | None = None  # event-relative: offset from another event
    unit: str | None = None


@dataclass(frozen=True)
class Lexicon:
    weekdays: dict[str, int]
    months: dict[str, int]
    month_abbrevs: dict[str, int]
    ambiguous_months: frozenset[str]
    month_preps: frozenset[str]
    month_day_order: bool
    capitalized_names: bool
    numbers: dict[str, int]
    quantity_nouns: dict[str, int]
    quantity_links: frozenset[str]
    day_words: dict[str, int]
    ordinal_day: re.Pattern[str]  # "1°", "3rd": a day number with an ordinal suffix
    units: dict[str, str]
    units_plural: dict[str, str]
    weekend_words: frozenset[str]
    weekend_phrases: dict[str, tuple[tuple[str, ...], ...]]  # last token -> preceding tokens
    deictic: dict[str, int]
    phrases: dict[str, tuple[Phrase, ...]]  # first token -> phrases
    parts_of_day: frozenset[str]
    modifiers: dict[str, Modifier]
    current_phrases: tuple[tuple[str, ...], ...]
    vague_pre: frozenset[str]
    ago: frozenset[str]
    ahead_before: frozenset[str]
    later: tuple[tuple[str, ...], ...]
    earlier: tuple[tuple[str, ...], ...]
    current_preps: frozenset[str]
    articles: frozenset[str]
    connectors: frozenset[str]
    mods: dict[str, str]
    mods_need_connector: frozenset[str]
    mod_prefixes: tuple[str, ...]  # "mid-" for single tokens such as "mid-2022"
    range_links: frozenset[str]
    year_preps: frozenset[str]
    year_article_preps: frozenset[str]
    year_blockers: frozenset[str]
    numeric_order: str
    future_words: frozenset[str]
    future_suffixes: tuple[str, ...]
    past_words: frozenset[str]
    past_suffixes: tuple[str, ...]
    cue_exceptions: frozenset[str]
    future_preps: frozenset[str]
    clause_breaks: frozenset[str]
    triggers: dict[str, tuple[str, ...]]  # token -> matcher kinds


def _words(data: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(_norm(str(w)).lower() for w in data.get(key) or ())


def _mapping(data: dict[str, Any], key: str) -> dict[str, Any]:
    return {_norm(str(k)).lower(): v for k, v in (data.get(key) or {}).items()}


def _seqs(data: dict[str, Any], key: str) -> tuple[tuple[str, ...], ...]:
    """A list of token sequences, each written as a list or as a space-separated string."""
    out = []
    for item in data.get(key) or ():
        toks = item if isinstance(item, list) else str(item).split()
        out.append(tuple(_norm(str(t)).lower() for t in toks))
    return tuple(out)


@cache
def lexicon(lang: str) -> Lexicon:
    """The compiled vocabulary of one language (loaded once)."""
    # A language without a time.yaml gets an empty vocabulary: only numeric dates (12/03/2024,
    # 2024-03-12) are language-independent enough to find.
    data: dict[str, Any] = (langpacks.load_yaml(lang, "time") or {}) if langpacks.has_data(lang, "time") else {}
    phrases: dict[str, list[Phrase]] = {}
    for item in data.get("deictic_phrases") or ():
        toks = tuple(_norm(str(t)).lower() for t in item["tokens"])
        phrases.setdefault(toks[0], []).append(
            Phrase(
                toks,
                skip=int(item.get("skip", 0)),
                not_before=frozenset(_norm(str(w)).lower() for w in item.get("not_before") or ()),
                days=int(item["days"]),
            )
        )
    for item in data.get("event_phrases") or ():
        toks = tuple(_norm(str(t)).lower() for t in item["tokens"])
        phrases.setdefault(toks[0], []).append(
            Phrase(toks, skip=int(item.get("skip", 0)), delta=int(item["delta"]), unit=str(item["unit"]))
        )
    weekend_phrases: dict[str, list[tuple[str, ...]]] = {}
    for seq in _seqs(data, "weekend_phrases"):
        weekend_phrases.setdefault(seq[-1], []).append(seq[:-1])
    modifiers = {
        k: Modifier(
            dir=int(v["dir"]),
            anchor=str(v.get("anchor", "document")),
            pre=bool(v.get("pre", True)),
            post=bool(v.get("post", False)),
            with_article=str(v.get("with_article", "keep")),
        )
        for k, v in _mapping(data, "modifiers").items()
    }
    mods = {k: str(v) for k, v in _mapping(data, "mods").items()}
    lex_args: dict[str, Any] = dict(
        weekdays={k: int(v) for k, v in _mapping(data, "weekdays").items()},
        months={k: int(v) for k, v in _mapping(data, "months").items()},
        month_abbrevs={k: int(v) for k, v in _mapping(data, "month_abbrevs").items()},
        ambiguous_months=_words(data, "ambiguous_months"),
        month_preps=_words(data, "month_preps"),
        month_day_order=bool(data.get("month_day_order", False)),
        capitalized_names=bool(data.get("capitalized_names", False)),
        numbers={k: int(v) for k, v in _mapping(data, "numbers").items()},
        quantity_nouns={k: int(v) for k, v in _mapping(data, "quantity_nouns").items()},
        quantity_links=_words(data, "quantity_links"),
        day_words={k: int(v) for k, v in _mapping(data, "day_words").items()},
        ordinal_day=re.compile(
            r"(\d{1,2})(?:" + "|".join(re.escape(x) for x in data.get("ordinal_suffixes") or ["°"]) + ")"
        ),
        units={k: str(v) for k, v in _mapping(data, "units").items()},
        units_plural={k: str(v) for k, v in _mapping(data, "units_plural").items()},
        weekend_words=_words(data, "weekend_words"),
        weekend_phrases={k: tuple(v) for k, v in weekend_phrases.items()},
        deictic={k: int(v) for k, v in _mapping(data, "deictic").items()},
        phrases={k: tuple(sorted(v, key=lambda p: -len(p.tokens))) for k, v in phrases.items()},
        parts_of_day=_words(data, "parts_of_day"),
        modifiers=modifiers,
        current_phrases=_seqs(data, "current_phrases"),
        vague_pre=_words(data, "vague_pre"),
        ago=_words(data, "ago"),
        ahead_before=_words(data, "ahead_before"),
        later=_seqs(data, "later"),
        earlier=_seqs(data, "earlier"),
        current_preps=_words(data, "current_preps"),
        articles=_words(data, "articles"),
        connectors=_words(data, "connectors"),
        mods=mods,
        mods_need_connector=_words(data, "mods_need_connector"),
        mod_prefixes=tuple(f"{m}-" for m in mods),
        range_links=_words(data, "range_links"),
        year_preps=_words(data, "year_preps"),
        year_article_preps=_words(data, "year_article_preps"),
        year_blockers=_words(data, "year_blockers"),
        numeric_order=str(data.get("numeric_order", "dmy")),
        future_words=_words(data, "future_words"),
        future_suffixes=tuple(_words(data, "future_suffixes")),
        past_words=_words(data, "past_words"),
        past_suffixes=tuple(_words(data, "past_suffixes")),
        cue_exceptions=_words(data, "cue_exceptions"),
        future_preps=_words(data, "future_preps"),
        clause_breaks=_words(data, "clause_breaks"),
    )
    _validate(lang, lex_args)
    triggers: dict[str, list[str]] = {}

    def add(words: Iterable[str], kind: str) -> None:
        for w in words:
            kinds = triggers.setdefault(w, [])
            if kind not in kinds:
                kinds.append(kind)

    add(lex_args["weekdays"], "weekday")
    add(lex_args["months"], "month")
    add(lex_args["month_abbrevs"], "month")
    add(lex_args["units"], "unit")
    add(lex_args["units_plural"], "unit")
    add(weekend_phrases, "unit")
    add(lex_args["weekend_words"], "weekend")
    add(lex_args["deictic"], "deictic")
    add(phrases, "phrase")
    return Lexicon(**lex_args, triggers={k: tuple(v) for k, v in triggers.items()})


_UNITS = frozenset({"day", "week", "month", "year"})


def _validate(lang: str, lex: dict[str, Any]) -> None:
    """Fail loudly on a malformed time.yaml (a user overlay included) instead of matching wrongly."""

    def bad(msg: str) -> langpacks.DataError:
        return langpacks.DataError(f"{lang}/time.yaml: {msg}")

    for w, v in lex["weekdays"].items():
        if not 0 <= v <= 6:
            raise bad(f"weekday {w!r} must map to 0 (Monday) .. 6 (Sunday), not {v}")
    for key in ("months", "month_abbrevs"):
        for w, v in lex[key].items():
            if not 1 <= v <= 12:
                raise bad(f"{key}: {w!r} must map to 1..12, not {v}")
    for key in ("units", "units_plural"):
        for w, v in lex[key].items():
            if v not in _UNITS:
                raise bad(f"{key}: {w!r} must map to one of {sorted(_UNITS)}, not {v!r}")
    for w, m in lex["modifiers"].items():
        if m.dir not in (-1, 0, 1) or m.anchor not in ("document", "event"):
            raise bad(f"modifier {w!r}: dir must be -1/0/1 and anchor document/event")
        if m.with_article not in ("keep", "event", "reject"):
            raise bad(f"modifier {w!r}: with_article must be keep, event or reject")
    for w, v in lex["mods"].items():
        if v not in ("start", "mid", "end"):
            raise bad(f"mods: {w!r} must map to start, mid or end, not {v!r}")
    for phrases in lex["phrases"].values():
        for ph in phrases:
            if ph.unit is not None and ph.unit not in _UNITS:
                raise bad(f"phrase {' '.join(ph.tokens)!r}: unit {ph.unit!r}")
    if lex["numeric_order"] not in ("dmy", "mdy"):
        raise bad("numeric_order must be dmy or mdy")


# --------------------------------------------------------------------------- calendar helpers


def _add_months(d: date, n: int) -> date:
    k = d.year * 12 + d.month - 1 + n
    y, m = divmod(k, 12)
    return date(y, m + 1, 1)


def _shift(d: date, unit: str, n: int) -> date:
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(days=7 * n)
    if unit == "month":
        return _add_months(d, n)
    return date(d.year + n, 1, 1)


def _fmt(precision: str, d: date) -> str:
    if precision == "day":
        return d.isoformat()
    if precision == "week":
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}"
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return f"{d.year:04d}"


def _weekday_date(anchor: date, wd: int, how: str) -> date:
    """The weekday `wd` relative to `anchor`: how = on_or_before, before, on_or_after, after, week."""
    diff = anchor.weekday() - wd
    if how == "on_or_before":
        return anchor - timedelta(days=diff % 7)
    if how == "before":
        return anchor - timedelta(days=(diff % 7) or 7)
    if how == "on_or_after":
        return anchor + timedelta(days=(-diff) % 7)
    if how == "after":
        return anchor + timedelta(days=((-diff) % 7) or 7)
    return anchor - timedelta(days=diff)  # same ISO week


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _parse_anchor(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


# --------------------------------------------------------------------------- matching


@dataclass(slots=True)
class _Match:
    s: int  # first token
    e: int  # one past the last token
    value: str | None
    precision: str
    relative: bool
    anchor: str | None = None
    delta: int | None = None
    delta_unit: str | None = None
    mod: str | None = None


class _Ctx:
    __slots__ = ("toks", "lows", "n", "lex", "anchor")

    def __init__(
        self,
        toks: list[Token],
        lex: Lexicon,
        anchor: date | None,
        text: str | None = None,
        lows: list[str] | None = None,
    ) -> None:
        self.toks = toks
        # `text`, when given, is the text the tokens come from: without a typographic apostrophe in
        # it no token needs _norm (one C-level scan instead of two replaces per token)
        if text is not None and "’" not in text and "‘" not in text:
            self.lows = lows if lows is not None else [t.lower for t in toks]
        else:
            # (from the lowercase column when given; _norm only where a token has such a mark)
            base = lows if lows is not None else [t.lower for t in toks]
            self.lows = [_norm(w) if "’" in w or "‘" in w else w for w in base]
        self.n = len(toks)
        self.lex = lex
        self.anchor = anchor

    def low(self, j: int) -> str:
        return self.lows[j] if 0 <= j < self.n else ""

    def same_sent(self, a: int, b: int) -> bool:
        return 0 <= a < self.n and 0 <= b < self.n and self.toks[a].sent == self.toks[b].sent

    def seq_at(self, j: int, seqs: Iterable[tuple[str, ...]]) -> int:
        """Length of the first sequence of `seqs` that starts at token j (0 if none)."""
        for seq in seqs:
            if all(self.low(j + k) == w for k, w in enumerate(seq)):
                return len(seq)
        return 0

    def contiguous(self, a: int, b: int) -> bool:
        return self.toks[a].end == self.toks[b].start

    # -- tense -----------------------------------------------------------------------------

    def cue(self, j: int) -> int:
        lex = self.lex
        w = self.lows[j]
        if w in lex.future_words:
            return 1
        if w in lex.past_words:
            return -1
        if w in lex.cue_exceptions or len(w) <= 3 or not w.isalpha():
            return 0
        if lex.future_suffixes and w.endswith(lex.future_suffixes):
            return 1
        if lex.past_suffixes and w.endswith(lex.past_suffixes):
            return -1
        return 0

    def aux_future(self, j: int, c: int) -> int:
        """A past-looking participle under a future word is future ("will be held", "is expected
        to be formally adopted")."""
        if c < 0:
            for k in range(j - 1, j - 5, -1):
                if self.low(k) in self.lex.future_words and self.same_sent(k, j):
                    return 1
        return c

    def _nearest_cue(self, positions: range, sent: int, distance) -> tuple[int, int]:
        """The first tense cue met walking `positions` within the sentence: (direction, distance).
        Each clause break crossed adds 4 to the distance; no cue gives (0, 99)."""
        pen = 0
        for j in positions:
            if self.toks[j].sent != sent:
                break
            if self.lows[j] in self.lex.clause_breaks:
                pen += 4
                continue
            c = self.cue(j)
            if c:
                return self.aux_future(j, c), distance(j) + pen
        return 0, 99

    def tense(self, s: int, e: int, window: int = 10) -> int:
        """+1 future, -1 past, 0 unknown: the tense cue nearest to tokens [s, e) in the sentence.

        A forward-pointing preposition right before ("per lunedì", "for Tuesday") decides alone;
        otherwise each clause break crossed adds 4 to a cue's distance."""
        lex = self.lex
        if self.low(s - 1) in lex.future_preps:
            return 1
        sent = self.toks[s].sent
        left, dl = self._nearest_cue(range(s - 1, max(s - window - 1, -1), -1), sent, lambda j: s - j)
        right, dr = self._nearest_cue(range(e, min(e + window, self.n)), sent, lambda j: j - e + 1)
        if dl < dr:
            return left
        if dr < dl:
            return right
        return left if left == right else 0

    # -- shared pieces -----------------------------------------------------------------------

    def quantity_ending_at(self, j: int) -> tuple[int, int] | None:
        """A quantity whose last token is j: (value, first token)."""
        lex = self.lex
        w = self.low(j)
        if not w:
            return None
        if w in lex.numbers:
            return lex.numbers[w], j
        if w.isdigit() and len(w) <= 3:
            return int(w), j
        if w in lex.quantity_links and self.low(j - 1) in lex.quantity_nouns:
            start = j - 1
            if lex.numbers.get(self.low(j - 2)) == 1 or self.low(j - 2) in lex.articles:
                start = j - 2  # "un paio di", "a couple of"
            return lex.quantity_nouns[self.low(j - 1)], start
        return None

    def day_at(self, j: int) -> int | None:
        w = self.low(j)
        if not w:
            return None
        if w.isdigit():
            if len(w) <= 2 and 1 <= int(w) <= 31:
                return int(w)
            return None
        m = self.lex.ordinal_day.fullmatch(w)
        if m:
            return int(m.group(1)) if 1 <= int(m.group(1)) <= 31 else None
        return self.lex.day_words.get(w)

    def year_at(self, j: int) -> int | None:
        w = self.low(j)
        if len(w) == 4 and w.isdigit() and 1900 <= int(w) <= 2099:
            return int(w)
        return None

    def pre_modifier(self, s: int) -> tuple[Modifier, int] | None:
        """A modifier right before token s (with its article): (modifier, new start)."""
        lex = self.lex
        mod = lex.modifiers.get(self.low(s - 1))
        if mod is None or not mod.pre or not self.same_sent(s - 1, s):
            return None
        start = s - 1
        if self.low(start - 1) in lex.articles and self.same_sent(start - 1, s):
            if mod.with_article == "reject":
                return None
            if mod.with_article == "event":
                mod = Modifier(mod.dir, "event", mod.pre, mod.post)
            start -= 1
        if mod.anchor == "document" and mod.dir == 0 and self.low(start - 1) in lex.vague_pre:
            start -= 1  # "earlier this month": the period itself
        return mod, start

    def post_modifier(self, e: int) -> tuple[Modifier, int] | None:
        """A modifier at token e: (modifier, new end)."""
        lex = self.lex
        if e >= self.n or not self.same_sent(e - 1, e):
            return None
        mod = lex.modifiers.get(self.lows[e])
        if mod is not None and mod.post:
            return mod, e + 1
        k = self.seq_at(e, lex.current_phrases)
        if k:
            return Modifier(0, "document", False, True), e + k
        return None

    def parts_of_day(self, e: int) -> int:
        if e < self.n and self.lows[e] in self.lex.parts_of_day and self.same_sent(e - 1, e):
            return e + 1
        return e

    def mod_wrapper(self, s: int) -> tuple[int, str] | None:
        """A position word before a core expression: "fine (del) mese", "the end of", "mid-"."""
        lex = self.lex
        j = s - 1
        if self.low(j) in lex.articles and self.low(j - 1) in lex.connectors:
            j -= 1  # "the end of the month"
        linked = self.low(j) in lex.connectors
        if linked:
            j -= 1
        elif self.low(j) == "-" and j >= 1 and self.contiguous(j - 1, j) and self.contiguous(j, s):
            j -= 1  # "mid-January" split by the tokenizer
        w = self.low(j)
        if w not in lex.mods or not self.same_sent(j, s):
            return None
        if not linked and w in lex.mods_need_connector:
            return None
        start = j
        if self.low(j - 1) in lex.articles and self.same_sent(j - 1, s):
            start = j - 1
        return start, lex.mods[w]


def _with_mod(ctx: _Ctx, m: _Match, required: bool = False) -> _Match | None:
    w = ctx.mod_wrapper(m.s)
    if w is None:
        return None if required else m
    m.s, m.mod = w
    return m


# ------------------------------------------------------------------------------- matchers


def _deictic(ctx: _Ctx, i: int) -> list[_Match]:
    days = ctx.lex.deictic[ctx.lows[i]]
    e = ctx.parts_of_day(i + 1)
    value = _fmt("day", ctx.anchor + timedelta(days=days)) if ctx.anchor else None
    return [_Match(i, e, value, "day", True, "document", days, "day")]


def _phrase(ctx: _Ctx, i: int) -> list[_Match]:
    for ph in ctx.lex.phrases[ctx.lows[i]]:
        k = len(ph.tokens)
        if i + k > ctx.n or not ctx.same_sent(i, i + k - 1):
            continue
        if any(ctx.lows[i + j] != w for j, w in enumerate(ph.tokens)):
            continue
        if ph.not_before and ctx.low(i + k) in ph.not_before:
            continue
        s = i + ph.skip
        if ph.days is not None:
            e = ctx.parts_of_day(i + k)
            value = _fmt("day", ctx.anchor + timedelta(days=ph.days)) if ctx.anchor else None
            return [_Match(s, e, value, "day", True, "document", ph.days, "day")]
        unit = ph.unit or "day"
        return [_Match(s, i + k, None, _PRECISION_OF_UNIT[unit], True, "event", ph.delta, unit)]
    return []


def _weekday(ctx: _Ctx, i: int) -> list[_Match]:
    lex = ctx.lex
    if lex.capitalized_names and not ctx.toks[i].text[:1].isupper():
        return []
    wd = lex.weekdays[ctx.lows[i]]
    s, e = i, i + 1
    mod: Modifier | None = None
    pre = ctx.pre_modifier(i)
    if pre:
        mod, s = pre
    else:
        post = ctx.post_modifier(e)
        if post and post[0].anchor == "document":  # not "for Tuesday after ..."
            mod, e = post
    # "sabato 18": a weekday with a day number but no month (with a month, _month takes it)
    day = ctx.day_at(e) if mod is None else None
    if (
        day is not None
        and ctx.same_sent(i, e)
        and not _month_word(ctx, e + 1)
        and ctx.low(e + 1) not in lex.year_blockers  # "lunedì 3 persone sono state arrestate"
    ):
        m = _weekday_day(ctx, s, e + 1, wd, day)
        if m.value is not None or ctx.anchor is None:
            return [m]
    e = ctx.parts_of_day(e)
    a = ctx.anchor
    if mod is not None and mod.anchor == "event":
        return [_Match(s, e, None, "day", True, "event")]
    if mod is not None:
        how = {-1: "before", 1: "after"}.get(mod.dir, "week")
    else:
        how = "on_or_after" if ctx.tense(s, e) > 0 else "on_or_before"
    value = _fmt("day", _weekday_date(a, wd, how)) if a else None
    return [_Match(s, e, value, "day", True, "document")]


def _weekday_day(ctx: _Ctx, s: int, e: int, wd: int, day: int) -> _Match:
    """A weekday and a day number: the nearest date within a month where that day is that weekday."""
    a = ctx.anchor
    value = None
    if a:
        best: date | None = None
        for k in range(-1, 2):
            first = _add_months(a, k)
            d = _safe_date(first.year, first.month, day)
            if d is None or d.weekday() != wd or abs((d - a).days) > 31:
                continue
            if best is None or abs((d - a).days) < abs((best - a).days):
                best = d
        value = best.isoformat() if best else None
    return _Match(s, e, value, "day", True, "document")


def _month_word(ctx: _Ctx, j: int) -> int | None:
    w = ctx.low(j)
    return ctx.lex.months.get(w) or ctx.lex.month_abbrevs.get(w)


def _month(ctx: _Ctx, i: int) -> list[_Match]:
    lex = ctx.lex
    w = ctx.lows[i]
    tok = ctx.toks[i]
    if lex.capitalized_names and not tok.text[:1].isupper():
        return []
    abbrev = w not in lex.months
    month = lex.months.get(w) or lex.month_abbrevs[w]
    s, e = i, i + 1
    day: int | None = None
    wd: int | None = None
    dotted = w.endswith(".")
    if abbrev and ctx.low(e) == "." and ctx.contiguous(i, e):
        e += 1  # "gen." / "Jan." split by the tokenizer: the period belongs to the abbreviation
        dotted = True
    # day before the month: "3 gennaio", "1° gennaio", "the 3rd of January"
    d = ctx.day_at(i - 1)
    if d is not None and ctx.same_sent(i - 1, i):
        day, s = d, i - 1
    elif ctx.low(i - 1) in lex.connectors and ctx.day_at(i - 2) is not None and ctx.same_sent(i - 2, i):
        day, s = ctx.day_at(i - 2), i - 2
    elif lex.month_day_order:
        d = ctx.day_at(e)
        if d is not None and ctx.same_sent(i, e) and ctx.low(e + 1) not in lex.units_plural:
            day, e = d, e + 1
    if day is not None:
        # a weekday before: "lunedì 3 gennaio", "Monday, January 3"
        k = s - 1
        if ctx.low(k) == ",":
            k -= 1
        wk = lex.weekdays.get(ctx.low(k))
        if wk is not None and ctx.same_sent(k, i) and (
            not lex.capitalized_names or ctx.toks[k].text[:1].isupper()
        ):
            wd, s = wk, k
    # year: "3 gennaio 2022", "January 3, 2022", "gennaio 2022"
    year = None
    k = e
    if ctx.low(k) == "," and day is not None and ctx.year_at(k + 1):
        k += 1
    y = ctx.year_at(k)
    if y is not None and ctx.same_sent(i, k):
        year, e = y, k + 1
    if abbrev and not dotted and year is None and not (lex.month_day_order and day is not None and s == i):
        return []  # "ha vinto 2 set": a bare abbreviation needs its period, a year, or "Jan 3" order
    rel_year = None
    if year is None:
        ry = _year_phrase(ctx, e)
        if ry is not None:
            rel_year, e = ry
    if day is None and year is None and rel_year is None:
        if abbrev:
            return []
        if w in lex.ambiguous_months and not (
            ctx.low(i - 1) in lex.month_preps or ctx.low(i - 1) in lex.modifiers or ctx.mod_wrapper(i)
        ):
            return []
    # modifiers: "lo scorso dicembre", "il 3 gennaio scorso", "last December"
    mod: Modifier | None = None
    if year is None:
        pre = ctx.pre_modifier(s)
        if pre and pre[0].anchor == "document":
            mod, s = pre
        else:
            post = ctx.post_modifier(e)
            if post and post[0].anchor == "document" and post[0].dir != 0:
                mod, e = post
    a = ctx.anchor
    if rel_year is not None:
        if a is None:
            return [_Match(s, e, None, "day" if day else "month", True, "document")]
        year = a.year + rel_year
        if day is not None:
            d2 = _safe_date(year, month, day)
            return [_Match(s, e, d2.isoformat(), "day", True, "document")] if d2 else []
        return [_Match(s, e, f"{year:04d}-{month:02d}", "month", True, "document")]
    if day is not None:
        first = s  # a range's first day stands right before: "dal 3 al 5 gennaio", "9 e 10 dicembre"
        if year is not None:
            d0 = _safe_date(year, month, day)
            if d0 is None:
                return []
            m = _Match(s, e, d0.isoformat(), "day", False)
        else:
            d1 = _infer_day(ctx, s, e, month, day, wd, mod)
            if d1 is None and a is not None:
                return []
            m = _Match(s, e, d1.isoformat() if d1 else None, "day", True, "document")
        out = [_with_mod(ctx, m) or m]
        d_first = ctx.day_at(first - 2) if ctx.low(first - 1) in lex.range_links else None
        if d_first is not None and d_first < day and ctx.same_sent(first - 2, first):
            value = _safe_iso(int(m.value[:4]), month, d_first) if m.value else None
            out.append(_Match(first - 2, first - 1, value, "day", m.relative, m.anchor))
        return out
    if year is not None:
        m = _Match(s, e, f"{year:04d}-{month:02d}", "month", False)
        return [_with_mod(ctx, m) or m]
    ym = _infer_month(ctx, s, e, month, mod)
    m = _Match(s, e, ym, "month", True, "document")
    return [_with_mod(ctx, m) or m]


def _year_phrase(ctx: _Ctx, j: int) -> tuple[int, int] | None:
    """A year counted from publication right at token j ("last year", "dell'anno scorso",
    "dello scorso anno"): (offset in years, end token)."""
    lex = ctx.lex
    if not ctx.same_sent(j - 1, j):
        return None
    if ctx.low(j) in lex.connectors:
        j += 1
    mod = lex.modifiers.get(ctx.low(j))
    if mod is not None and mod.pre and mod.anchor == "document" and lex.units.get(ctx.low(j + 1)) == "year":
        return mod.dir, j + 2
    if ctx.low(j) in lex.articles:
        j += 1
    if lex.units.get(ctx.low(j)) == "year":
        mod = lex.modifiers.get(ctx.low(j + 1))
        if mod is not None and mod.post and mod.anchor == "document":
            return mod.dir, j + 2
    return None


def _safe_iso(y: int, m: int, d: int) -> str | None:
    x = _safe_date(y, m, d)
    return x.isoformat() if x else None


def _infer_day(
    ctx: _Ctx, s: int, e: int, month: int, day: int, wd: int | None, mod: Modifier | None
) -> date | None:
    a = ctx.anchor
    if a is None:
        return None
    cands = [d for y in (a.year - 1, a.year, a.year + 1) if (d := _safe_date(y, month, day))]
    if wd is not None:
        same = [d for d in cands if d.weekday() == wd]
        cands = same or cands
    if not cands:
        return None
    if mod is not None and mod.dir < 0:
        before = [d for d in cands if d < a]
        return max(before) if before else None
    if mod is not None and mod.dir > 0:
        after = [d for d in cands if d > a]
        return min(after) if after else None
    nearest = min(cands, key=lambda d: (abs((d - a).days), d > a))
    if abs((nearest - a).days) <= 60 or wd is not None:
        return nearest
    t = ctx.tense(s, e)
    if t < 0:
        return max((d for d in cands if d <= a), default=nearest)
    if t > 0:
        return min((d for d in cands if d >= a), default=nearest)
    return nearest


def _infer_month(ctx: _Ctx, s: int, e: int, month: int, mod: Modifier | None) -> str | None:
    a = ctx.anchor
    if a is None:
        return None
    here = a.year * 12 + a.month - 1
    cands = [y * 12 + month - 1 for y in (a.year - 1, a.year, a.year + 1)]
    if mod is not None and mod.dir < 0:
        k = max(c for c in cands if c < here)
    elif mod is not None and mod.dir > 0:
        k = min(c for c in cands if c > here)
    else:
        t = ctx.tense(s, e)
        if t > 0:
            k = min(c for c in cands if c >= here)
        elif t < 0:
            k = max(c for c in cands if c <= here)
        else:  # no cue: the nearest, the past one on a tie
            k = min(cands, key=lambda c: (abs(c - here), c > here))
    y, m = divmod(k, 12)
    return f"{y:04d}-{m + 1:02d}"


def _unit(ctx: _Ctx, i: int) -> list[_Match]:
    lex = ctx.lex
    w = ctx.lows[i]
    for before in lex.weekend_phrases.get(w, ()):
        k = len(before)
        if all(ctx.low(i - k + j) == t for j, t in enumerate(before)) and ctx.same_sent(i - k, i):
            return _weekend(ctx, i - k, i + 1)
    unit = lex.units.get(w) or lex.units_plural.get(w)
    if unit is None:
        return []
    a = ctx.anchor
    # quantity forms: "tre giorni fa", "una settimana dopo", "tra due settimane"
    q = ctx.quantity_ending_at(i - 1)
    if q is not None and ctx.same_sent(q[1], i):
        n, qs = q
        e = i + 1
        anchor = "document"
        if ctx.low(e) in lex.ago and ctx.same_sent(i, e):
            delta, s, e = -n, qs, e + 1
        elif (k := ctx.seq_at(e, lex.later)) and ctx.same_sent(i, e):
            delta, s, e, anchor = n, qs, e + k, "event"
        elif (k := ctx.seq_at(e, lex.earlier)) and ctx.same_sent(i, e):
            delta, s, e, anchor = -n, qs, e + k, "event"
        elif ctx.low(qs - 1) in lex.ahead_before and ctx.same_sent(qs - 1, i):
            delta, s = n, qs - 1
        else:
            return []  # a duration ("per tre giorni"), not a point in time
        precision = "day" if unit in ("day", "week") else unit
        value = None
        if anchor == "document" and a is not None:
            value = _fmt(precision, _shift(a, unit, delta))
        m = _Match(s, e, value, precision, True, anchor, delta, unit)
        return [m]
    if w in lex.units_plural:
        return []  # "nei giorni scorsi": vague
    s, e = i, i + 1
    mod: Modifier | None = None
    pre = ctx.pre_modifier(i)
    if pre:
        mod, s = pre
    else:
        post = ctx.post_modifier(e)
        if post and ctx.low(post[1]) != w:  # not "giorno dopo giorno"
            mod, e = post
            if ctx.low(s - 1) in lex.articles and ctx.same_sent(s - 1, s):
                s -= 1
    if mod is None:
        # a bare unit is a time only under a position word ("a fine mese", "the end of the month")
        # or after "entro" + article ("entro l'anno")
        m = _Match(s, e, _fmt(unit, a) if a else None, unit, True, "document", 0, unit)
        if ctx.low(s - 1) in lex.articles and ctx.low(s - 2) in lex.current_preps and ctx.same_sent(s - 2, s):
            m.s = s - 1
            return [m]
        return [x] if (x := _with_mod(ctx, m, required=True)) else []
    if unit == "day":
        e = ctx.parts_of_day(e)
    if mod.anchor == "event":
        m = _Match(s, e, None, unit, True, "event", mod.dir, unit)
    else:
        value = _fmt(unit, _shift(a, unit, mod.dir)) if a else None
        m = _Match(s, e, value, unit, True, "document", mod.dir, unit)
    return [_with_mod(ctx, m) or m]


def _weekend(ctx: _Ctx, s: int, e: int) -> list[_Match]:
    lex = ctx.lex
    mod: Modifier | None = None
    pre = ctx.pre_modifier(s)
    if pre:
        mod, s = pre
    else:
        post = ctx.post_modifier(e)
        if post:
            mod, e = post
        if ctx.low(s - 1) in lex.articles and ctx.same_sent(s - 1, s):
            s -= 1
        elif mod is None and ctx.low(s - 1) in lex.numbers:
            return []  # "un weekend lungo": a kind of weekend, not a date
    if mod is not None and mod.anchor == "event":
        return [_Match(s, e, None, "week", True, "event", mod.dir, "week")]
    a = ctx.anchor
    if a is None:
        return [_Match(s, e, None, "week", True, "document")]
    if mod is not None and mod.dir < 0:
        d = _weekday_date(a, 6, "before")  # the last Sunday before publication
    elif mod is not None and mod.dir > 0:
        d = _weekday_date(a, 5, "after")  # the first Saturday after publication
    elif mod is not None:
        d = a  # this weekend: the current ISO week
    elif ctx.tense(s, e) > 0:
        d = _weekday_date(a, 6, "on_or_after")
    else:
        d = _weekday_date(a, 5, "on_or_before")
    return [_Match(s, e, _fmt("week", d), "week", True, "document")]


def _weekend_word(ctx: _Ctx, i: int) -> list[_Match]:
    return _weekend(ctx, i, i + 1)


def _digits(ctx: _Ctx, i: int) -> list[_Match]:
    lex = ctx.lex
    w = ctx.lows[i]
    m = _NUMERIC_DATE.fullmatch(w)
    if m:
        a_, _, b_, c_ = m.groups()
        if len(a_) == 4:
            y, mo, d = int(a_), int(b_), int(c_)
        else:
            if len(a_) > 2 or len(c_) == 3:
                return []
            x, z = int(a_), int(b_)
            y = int(c_)
            if len(c_) == 2:
                y += 2000 if y < 70 else 1900
            mo, d = (z, x) if lex.numeric_order == "dmy" or x > 12 else (x, z)
        if not 1900 <= y <= 2099:
            return []
        dt = _safe_date(y, mo, d)
        return [_Match(i, i + 1, dt.isoformat(), "day", False)] if dt else []
    year = ctx.year_at(i)
    if year is None:
        return []
    # ISO date split by the tokenizer: 2021 - 12 - 15
    if (
        i + 4 < ctx.n
        and ctx.lows[i + 1] == "-"
        and ctx.lows[i + 3] == "-"
        and all(ctx.contiguous(i + k, i + k + 1) for k in range(4))
        and ctx.lows[i + 2].isdigit()
        and ctx.lows[i + 4].isdigit()
    ):
        dt = _safe_date(year, int(ctx.lows[i + 2]), int(ctx.lows[i + 4]))
        if dt:
            return [_Match(i, i + 5, dt.isoformat(), "day", False)]
    if ctx.low(i + 1) in lex.year_blockers:
        return []
    prev = ctx.low(i - 1)
    ok = prev in lex.year_preps or (
        prev in lex.articles and ctx.low(i - 2) in lex.year_article_preps
    )
    m0 = _Match(i, i + 1, f"{year:04d}", "year", False)
    wrapped = _with_mod(ctx, _Match(i, i + 1, f"{year:04d}", "year", False), required=True)
    if wrapped:
        return [wrapped]
    return [m0] if ok else []


def _mod_token(ctx: _Ctx, i: int) -> list[_Match]:
    """Single tokens such as "mid-2022" or "mid-January"."""
    lex = ctx.lex
    head, _, rest = ctx.lows[i].partition("-")
    mod = lex.mods.get(head)
    if mod is None:
        return []
    if len(rest) == 4 and rest.isdigit() and 1900 <= int(rest) <= 2099:
        return [_Match(i, i + 1, rest, "year", False, mod=mod)]
    month = lex.months.get(rest)
    if month is None:
        return []
    value = _infer_month(ctx, i, i + 1, month, None)
    return [_Match(i, i + 1, value, "month", True, "document", mod=mod)]


_MATCHERS = {
    "weekday": _weekday,
    "month": _month,
    "unit": _unit,
    "weekend": _weekend_word,
    "deictic": _deictic,
    "phrase": _phrase,
}


def _select(cands: list[_Match]) -> list[_Match]:
    """Non-overlapping candidates, longest first (then leftmost)."""
    chosen: list[_Match] = []
    for c in sorted(cands, key=lambda m: (m.s - m.e, m.s)):
        if all(c.e <= o.s or o.e <= c.s for o in chosen):
            chosen.append(c)
    chosen.sort(key=lambda m: m.s)
    return chosen


def find_timexes(doc: Document) -> None:
    """Fill `doc.timexes` (sorted by start) with the temporal expressions of the text."""
    toks = doc.tokens
    lex = lexicon(doc.meta.lang or "it")
    ctx = _Ctx(toks, lex, _parse_anchor(doc.meta.date), doc.text, doc.lowers())  # (`lows`: read-only)
    triggers = lex.triggers
    mod_prefixes = lex.mod_prefixes
    cands: list[_Match] = []
    lows = ctx.lows
    # the tokens that can start an expression, in one comprehension (most tokens cannot); the loop
    # below then takes the same branches, in the same order, as a scan over every token
    if mod_prefixes:
        # every modifier prefix ends in "-" (see lexicon()): the substring test skips the
        # startswith call for almost every token
        opens = [
            i
            for i, w in enumerate(lows)
            if w in triggers or w[:1].isdigit() or ("-" in w and w.startswith(mod_prefixes))
        ]
    else:
        opens = [i for i, w in enumerate(lows) if w in triggers or w[:1].isdigit()]
    for i in opens:
        w = lows[i]
        kinds = triggers.get(w)
        if kinds is not None:
            for kind in kinds:
                cands.extend(_MATCHERS[kind](ctx, i))
        elif w[:1].isdigit():
            cands.extend(_digits(ctx, i))
        elif mod_prefixes and w.startswith(mod_prefixes):
            cands.extend(_mod_token(ctx, i))
    out: list[Timex] = []
    for m in _select(cands):
        if m.e <= m.s or toks[m.s].sent != toks[m.e - 1].sent:
            continue
        start, end = toks[m.s].start, toks[m.e - 1].end
        delta_days = None
        if m.delta is not None and m.delta_unit in ("day", "week"):
            delta_days = m.delta * (7 if m.delta_unit == "week" else 1)
        out.append(
            Timex(
                start=start,
                end=end,
                text=doc.text[start:end],
                value=m.value,
                precision=m.precision,
                relative=m.relative,
                anchor=m.anchor if m.relative else None,
                delta=m.delta,
                delta_unit=m.delta_unit,
                delta_days=delta_days,
                mod=m.mod,
            )
        )
    doc.timexes = out
