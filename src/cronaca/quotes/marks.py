"""Quotation marks: the top-level quoted spans of a text, found in one pass.

« », “ ”, ‘ ’ are paired by kind and straight " by alternation, paragraph by paragraph; an
unclosed mark is capped at its paragraph's end unless the next paragraph reopens it (a quotation
running over several paragraphs). Nested quotations stay inside their parent. The punctuation
classes the other modules share live here too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from cronaca.model import Token

_MARKS = re.compile(r"[«»“”\"‘’\n]")
_OPENERS = frozenset("«“‘\"")
_QUOTE_CHARS = frozenset("«»“”\"‘’„")
_PUNCT = frozenset(",;:.!?…()[]—–-")
_FINAL = frozenset(".!?…")


@dataclass(slots=True)
class _QSpan:
    open: int  # char offset of the opening mark
    close: int  # char offset of the closing mark, or the paragraph end when capped
    closed: bool


def quoted_spans(text: str) -> list[_QSpan]:
    """Top-level quoted spans, in text order, in one pass; nested quotes stay inside their parent."""
    spans: list[_QSpan] = []
    stack: list[tuple[str, int]] = []
    skip_at = -1  # a mark reopening a quotation at the start of its next paragraph
    n = len(text)

    def para_end(pos: int) -> int:
        while pos > 0 and text[pos - 1].isspace():
            pos -= 1
        return pos

    for m in _MARKS.finditer(text):
        ch, pos = m.group(), m.start()
        if pos == skip_at:
            continue
        if ch == "\n":
            if not stack:
                continue
            # a paragraph ends inside a quotation: it goes on if the next paragraph reopens it
            k = pos
            while k < n and text[k].isspace():
                k += 1
            if k < n and text[k] == stack[0][0]:
                skip_at = k
                del stack[1:]
                continue
            spans.append(_QSpan(stack[0][1], para_end(pos), False))
            stack.clear()
            continue
        prev = text[pos - 1] if pos else " "
        nxt = text[pos + 1] if pos + 1 < n else " "
        if ch == '"':
            if prev.isdigit() and (nxt.isdigit() or not any(s[0] == '"' for s in stack)):
                continue  # seconds or inches: 58"17, a 17" screen
            if any(s[0] == '"' for s in stack):
                _close(stack, '"', pos, spans)
            else:
                stack.append((ch, pos))
        elif ch == "‘":
            if not prev.isalnum():
                stack.append((ch, pos))
        elif ch == "’":
            # an apostrophe unless a ‘ is open and no letter follows
            if not nxt.isalnum() and any(s[0] == "‘" for s in stack):
                _close(stack, "‘", pos, spans)
        elif ch in ("«", "“"):
            stack.append((ch, pos))
        else:  # » ”
            opener = "«" if ch == "»" else "“"
            if any(s[0] == opener for s in stack):
                _close(stack, opener, pos, spans)
    if stack:
        spans.append(_QSpan(stack[0][1], para_end(n), False))
    return spans


def _close(stack: list[tuple[str, int]], opener: str, pos: int, spans: list[_QSpan]) -> None:
    while stack:
        ch, start = stack.pop()
        if ch == opener:
            if not stack:
                spans.append(_QSpan(start, pos, True))
            return


def _is_punct(t: Token) -> bool:
    return _punct_text(t.text)


@cache
def _punct_text(text: str) -> bool:
    return all(c in _PUNCT or c in _QUOTE_CHARS for c in text)
