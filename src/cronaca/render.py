"""Readable terminal view of a Document (rich)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from cronaca.model import Document


def print_document(doc: Document, console: Console | None = None) -> None:
    console = console or Console()
    m = doc.meta
    console.rule(f"[bold]{m.title or m.id}[/]  lang={m.lang}  date={m.date or '?'}")
    if doc.actors:
        t = Table(title="Actors", show_lines=False, expand=False)
        for col in ("name", "kind", "country", "sector", "role", "mentions"):
            t.add_column(col)
        for a in doc.actors:
            mentions = ", ".join(f"{s.text}@{s.start}" for s in a.mentions[:6])
            if len(a.mentions) > 6:
                mentions += f" (+{len(a.mentions) - 6})"
            t.add_row(a.name, a.kind, a.country or "", a.igo or a.sector or "", a.role or "", mentions, style=None)
        console.print(t)
    if doc.timexes:
        t = Table(title="Dates")
        for col in ("text", "value", "precision", "offset"):
            t.add_column(col)
        for x in doc.timexes:
            t.add_row(x.text, x.value or "?", x.precision, str(x.start))
        console.print(t)
    if doc.quotes:
        t = Table(title="Quotes")
        for col in ("speaker", "cue", "kind", "text"):
            t.add_column(col, overflow="fold")
        for q in doc.quotes:
            sp = doc.actor(q.speaker)
            extra = []
            if q.addressee:
                ad = doc.actor(q.addressee)
                extra.append(f"to {ad.name if ad else q.addressee}")
            if q.reported_by:
                rb = doc.actor(q.reported_by)
                extra.append(f"via {rb.name if rb else q.reported_by}")
            if q.channel:
                extra.append(q.channel.text)
            # without a resolved actor, show the words the speaker was read from, in brackets
            name = sp.name if sp else (f"[{q.speaker_span.text}]" if q.speaker_span else "?")
            who = name + (f" ({'; '.join(extra)})" if extra else "")
            t.add_row(who, q.cue.text if q.cue else "", q.kind, _short(q.text, 160))
        console.print(t)
    if doc.events:
        # one line per event: "date  SOURCE —TYPE→ TARGET  (modality)  trigger"
        console.print("[bold]Events[/]")
        for e in doc.events:
            src, tgt = _codes(doc, e.source), _codes(doc, e.target)
            if e.source and set(e.source) == set(e.target) and len(e.source) > 1:
                tgt = "each other"  # symmetric: a meeting, a call, talks
            extra = []
            if e.quote:
                extra.append(e.quote)
            if e.denies:
                extra.append(f"denies {e.denies}")
            line = (
                f"{e.id:>4}  {e.date or '?':10}  {src} —{e.type}→ {tgt}  ({e.modality})  "
                f"{e.trigger.text!r}" + (f"  [{', '.join(extra)}]" if extra else "")
            )
            console.print(line, markup=False, highlight=False)
    if not (doc.actors or doc.quotes or doc.events):
        console.print("[dim]no actors, quotes or events found[/]")


def _codes(doc: Document, ids: list[str]) -> str:
    out = []
    for i in ids:
        a = doc.actor(i)
        if a is None:
            out.append(i)
        else:
            # the code an analyst reads in CAMEO-style output: the IGO's own code ("NATO", not "---IGO"),
            # else country + sector ("RUSGOV"), else the name of a group with neither
            out.append(a.igo if a.igo else f"{a.country}{a.sector or ''}" if a.country else a.name)
    return ", ".join(out) or "-"


def _short(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"
