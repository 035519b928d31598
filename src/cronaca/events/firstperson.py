"""A first-person plural verb inside a quotation is the speaker's own act: "«Se il Senato approverà
la legge, torneremo in piazza», ha detto la Cgt" -> the Cgt protests. The subject search reads the
nearest party to the left ("il Senato", the subject of the "se" clause) as the doer; a verb in the
first person plural cannot have that third party as its subject, so the quote's speaker (the "we")
takes its place. The endings are data (`first_plural_endings` in the language's modality.yaml).
"""

from __future__ import annotations

from functools import cache

from cronaca import lang as langpacks
from cronaca.events.context import Draft, _Ctx


@cache
def first_plural_endings(lang: str) -> tuple[str, ...]:
    return tuple(langpacks.words(lang, "modality", "first_plural_endings"))


def _quoted_first_person(ctx: _Ctx, drafts: list[Draft]) -> None:
    endings = first_plural_endings(ctx.doc.meta.lang or "it")
    if not endings:
        return
    for d in drafts:
        q = d.quote
        if q is None or not q.speaker or d.m.trig.noun or d.m.trig.voiced or q.speaker in d.source:
            continue
        if not ctx.lows[d.m.ta].endswith(endings):
            continue
        d.source = [q.speaker]
        d.target = [t for t in d.target if t != q.speaker]
