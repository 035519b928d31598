"""Article text as HTML with its evidence highlighted, built from character offsets.

Every piece of text is escaped (markupsafe.escape), so an article containing `<script>` shows it as text.
Spans may overlap (a mention inside a quotation, a trigger inside a quote, two crossing spans): the text
is cut at every span boundary and the spans covering each piece are kept open as nested elements; when a
span ends inside another that started later, the inner elements are closed and reopened after it, so
the markup is always well nested. A span cut this way is several elements sharing its `data-ref`.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    layer: str  # actor, quote, cue, event
    ref: str  # the record id the span is evidence of (a1, q2, e3)
    title: str  # shown on hover


def _open(m: Mark, first: bool) -> str:
    cls = f"hl hl-{m.layer}" + ("" if first else " hl-cont")
    return (f'<span class="{cls}" data-ref="{escape(m.ref)}" data-layer="{escape(m.layer)}" '
            f'title="{escape(m.title)}">')


def highlight(text: str, marks: list[Mark]) -> Markup:
    """The text as escaped HTML with `marks` as nested <span class="hl hl-LAYER" data-ref=...>."""
    n = len(text)
    spans = [m for m in marks if 0 <= m.start < m.end <= n]
    # outer spans first: earlier start, then longer
    spans.sort(key=lambda m: (m.start, -m.end, m.layer, m.ref))
    cuts = sorted({0, n, *(m.start for m in spans), *(m.end for m in spans)})
    starts: dict[int, list[Mark]] = {}
    for m in spans:
        starts.setdefault(m.start, []).append(m)
    out: list[str] = []
    stack: list[Mark] = []
    opened: set[Mark] = set()
    for a, b in zip(cuts, cuts[1:], strict=False):
        # close what ended at `a`; anything opened after an ended span is closed and reopened
        ended = [i for i, m in enumerate(stack) if m.end <= a]
        if ended:
            first = ended[0]
            reopen = [m for m in stack[first:] if m.end > a]
            out.append("</span>" * (len(stack) - first))
            del stack[first:]
            for m in reopen:
                out.append(_open(m, False))
                stack.append(m)
        for m in starts.get(a, []):
            out.append(_open(m, m not in opened))
            opened.add(m)
            stack.append(m)
        out.append(str(escape(text[a:b])))
    out.append("</span>" * len(stack))
    return Markup("".join(out))
