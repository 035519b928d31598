"""The date of each event and where it came from (`date_source`): a timex in its clause, in
the speech clause that reports it or at the sentence's opening ("text"); a day counted from an
event-relative cue ("una settimana dopo che", "two days after") or the day the article's first
sentence names ("relative"); else the publication date ("publication", or "none" without one).
"""

from __future__ import annotations

import bisect
import datetime as dt

from cronaca.events.context import Draft, _Ctx, _positions
from cronaca.model import Timex

# sentences the lead's day reaches (measured: 3 -> 5 -> 7 -> all gives date accuracy 0.70/0.75/0.76/0.74
# on the development gold and 0.96/0.96/0.80/0.44 on ten newer development articles)
_LEAD_REACH = 5


def _dates(ctx: _Ctx, drafts: list[Draft]) -> None:
    lex, toks, doc = ctx.lex, ctx.toks, ctx.doc
    pub = doc.meta.date
    lead = _lead_day(ctx, pub)  # once per document
    by_sent: dict[int, list[Draft]] = {}
    for d in drafts:
        by_sent.setdefault(d.sent, []).append(d)
    # per-document indexes: relative-date cue words and dated timexes (with their token) by sentence
    rel_words = lex.rel_after | lex.rel_before
    rel_pos = _positions(ctx.lows, rel_words.intersection(ctx.low_set))
    timex_by_sent: dict[int, list[tuple[Timex, int]]] = {}
    # past days named in the text, in order: what a pluperfect with no date of its own refers back
    # to (built on the first pluperfect only: ISO parsing of every timex is not free)
    past_days: list[tuple[int, str]] | None = None
    for x in ctx.timexes:
        if x.value:
            k = ctx.tok_at(x.start)
            timex_by_sent.setdefault(toks[k].sent, []).append((x, k))
    for si, ds in by_sent.items():
        s = doc.sents[si]
        lo, hi = s.tok_start, s.tok_end
        # event-relative: "<n> <unit> dopo che ..." / "<n> <unit> after ..."
        rel: tuple[int, int, int] | None = None  # (first token of the cue, link token, signed days)
        for k in rel_pos[bisect.bisect_left(rel_pos, lo) : bisect.bisect_left(rel_pos, hi)]:
            w = ctx.lows[k]
            unit = ctx.lows[k - 1] if k - 1 >= lo else ""
            num = ctx.lows[k - 2] if k - 2 >= lo else ""
            # "la prossima settimana dopo che ...": a unit inside a date expression counts no interval
            if unit in lex.units and not any(
                x.start <= toks[k - 1].start < x.end for x, _ in timex_by_sent.get(si, ())
            ):
                n = lex.numbers.get(num, int(num) if num.isdigit() else 1)
                days = n * lex.units[unit] * (-1 if w in lex.rel_after else 1)
                link = k + 1 if k + 1 < hi and ctx.lows[k + 1] in lex.rel_link else k
                rel = (k - 2 if num in lex.numbers or num.isdigit() else k - 1, link, days)
                break
        cue_span = (toks[rel[0]].start, toks[rel[1]].end) if rel else None
        sent_timexes = [
            (x, k)
            for x, k in timex_by_sent.get(si, ())
            if s.start <= x.start < s.end
            and not (cue_span and x.start < cue_span[1] and x.end > cue_span[0])
        ]
        # an opening phrase up to the first comma that holds no trigger ("In a statement carried by
        # KCNA on Monday, Kim warned ..."): its date frames the whole sentence
        comma = -1
        if sent_timexes:
            comma = next((k for k in range(lo, min(hi, lo + 16)) if ctx.lows[k] == ","), -1)
        if comma >= 0 and any(e.m.ta < comma for e in ds):
            comma = -1
        shifted: bool | None = None  # the sentence opens another thread (computed once, on demand)
        for d in ds:
            tchar = toks[d.m.ta].start
            if rel is not None and d.m.ta > rel[1]:
                anchor = next((e.date for e in ds if e.m.ta < rel[0] and e.date_source == "text"), None)
                base = _parse_day(anchor) or _parse_day(pub)
                if base is not None:
                    d.date = (base + dt.timedelta(days=rel[2])).isoformat()
                    d.date_source = "relative"
                    continue
            best = None
            for x, k in sent_timexes:
                if rel is not None and (k > rel[1]) != (d.m.ta > rel[1]):
                    continue  # the other side of "una settimana dopo che"
                # the event's own clause, the speech clause that reports it, or the sentence's opening
                cs, ce = d.clause
                if not (
                    cs <= k < ce
                    or (d.frame >= 0 and d.frame <= k < cs)
                    or k <= lo + 1
                    or k < comma < d.m.ta
                ):
                    continue
                # "un accordo del 2015": a date in the genitive belongs to its noun, not to a distant event
                if k - 1 >= lo and ctx.lows[k - 1] in lex.prep and lex.prep[ctx.lows[k - 1]] == "of":
                    if not (0 <= k - d.m.tb <= 2):
                        continue
                # "ad approvare entro la fine di aprile", "would send ... before the summit next
                # month": a deadline after the trigger is not the day the event was told, unless it
                # qualifies the trigger itself ("un vertice entro l'anno")
                if k > d.m.tb and any(
                    ctx.lows[j] in lex.rel_deadline for j in range(d.m.tb + 2, k)
                ):
                    continue
                # "the 1979 peace treaty": a year inside a noun phrase names the thing
                if (
                    x.precision == "year"
                    and k - 1 >= lo
                    and ctx.lows[k - 1] in lex.rel_noun_year
                    and k + 1 < hi
                    and ctx.lows[k + 1].isalpha()
                ):
                    continue
                dist = abs(x.start - tchar)
                if best is None or dist < best[0]:
                    best = (dist, x)
            if best is not None:
                d.date = best[1].value
                d.date_source = "text"
            else:
                # "Mosca aveva accettato ...": a pluperfect goes back to the last past day told before it
                if _pluperfect(ctx, d, lo):
                    if past_days is None:
                        past_days = _past_days(ctx, pub)
                    i = bisect.bisect_left(past_days, (tchar, ""))
                    if i > 0:
                        d.date, d.date_source = past_days[i - 1][1], "relative"
                        continue
                # news reports the lead's day first ("... on Thursday"); what follows without a date
                # of its own belongs to that day rather than to the publication date, in the opening
                # sentences only: later undated reactions and background are told on the publication date
                # ... unless the sentence opens another thread ("Intanto", "Meanwhile")
                if shifted is None:
                    shifted = _shifts(ctx, lo, hi)
                if lead is not None and lead != pub and not shifted and si < _LEAD_REACH:
                    d.date, d.date_source = lead, "relative"
                    continue
                d.date = pub
                d.date_source = "publication" if pub else "none"


def _lead_day(ctx: _Ctx, pub: str | None) -> str | None:
    """The first day named in the article's first sentence, when it is not after publication."""
    if not ctx.doc.sents:
        return None
    pub_day = _parse_day(pub)
    first = ctx.doc.sents[0]
    for x in ctx.timexes:
        if x.start >= first.end:
            break
        if x.precision == "day" and x.value:
            k = ctx.tok_at(x.start)
            # "tra lunedì e mercoledì": the first day of a span is not the day of what follows
            if k > 0 and ctx.lows[k - 1] in ctx.lex.rel_range:
                return None
            # "... for Tuesday after a million people marched on Thursday": the day of an earlier,
            # subordinate event is not the day of the lead's own
            if ctx.lex.rel_after.intersection(ctx.lows[first.tok_start : k]):
                return None
            day = _parse_day(x.value)
            if day is not None and (pub_day is None or day <= pub_day):
                return x.value
    return None


def _past_days(ctx: _Ctx, pub: str | None) -> list[tuple[int, str]]:
    """(start, value) of the day timexes before the publication date, in text order."""
    pub_day = _parse_day(pub)
    if pub_day is None:
        return []
    out = []
    for x in ctx.timexes:
        day = _parse_day(x.value) if x.precision == "day" else None
        if day is not None and day < pub_day:
            out.append((x.start, x.value or ""))
    return out


def _pluperfect(ctx: _Ctx, d: Draft, lo: int) -> bool:
    """A pluperfect auxiliary in the verb group before the trigger ("aveva accettato", "had agreed",
    "si era detto disposto a ospitare")."""
    start = max(lo, d.vg[1] if d.vg[1] >= 0 else d.m.ta - 3, d.m.ta - 6)
    return any(ctx.lows[k] in ctx.lex.rel_pluperfect for k in range(start, d.m.ta))


def _shifts(ctx: _Ctx, lo: int, hi: int) -> bool:
    """The sentence opens on a thread-changing adverb ("Intanto", "Nel frattempo", "Meanwhile")
    within its first three tokens (after a preposition or a comma)."""
    return any(ctx.lows[k] in ctx.lex.rel_shift for k in range(lo, min(lo + 3, hi)))


def _parse_day(value: str | None) -> dt.date | None:
    if not value or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
