"""Multi-word list openers after a comma: "dodici persone, tra cui tre giornalisti".

`_right_units` stops a clause's right side at a comma unless the list visibly goes on (a name, an
article, a one-word extender such as "anche"/"including"). Italian introduces the named members of
an unnamed group with two or three words ("tra cui", "fra i quali"), so a comma followed by one of
these sequences opens a list as well: the arrested, expelled or wounded named there are the
trigger's targets. The sequences are data (`roles.list_openers` in the language's triggers.yaml).
"""

from __future__ import annotations

from functools import cache

from cronaca import lang as langpacks


@cache
def list_openers(lang: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The opener sequences of `lang`, indexed by their first (lowercase) word."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for seq in langpacks.words(lang, "triggers", "roles", "list_openers"):
        words = tuple(seq.split())
        if words:
            out.setdefault(words[0], []).append(words)
    # longest first, so "tra i quali" wins over a shorter sequence sharing its start
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def opener_length(lows: list[str], k: int, hi: int, lang: str) -> int:
    """Length of the list opener starting at token `k` (0 when there is none)."""
    for seq in list_openers(lang).get(lows[k], ()):
        n = len(seq)
        if k + n <= hi and tuple(lows[k : k + n]) == seq:
            return n
    return 0
