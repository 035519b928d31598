"""A headline's act told again in the lead (session seven, real news: realprec7).

Real news opens with a title line and a lead that tells the same act in full: "Generale Speciale
querela Prodi" / "Il generale Roberto Speciale ... ha querelato il presidente del consiglio Romano
Prodi", "Visita del Presidente Obama in Italia" / "Obama è stato ... in visita in Italia". The gold
annotates one act once, at its first statement (docs/conventions.md): the headline. Our written dev
articles have no title line, so the lead's copy was never seen there; on KIND news it is a false
event in every other window that has one.

`_headline_retold` drops a draft of the first `lead` sentences after a headline (a whole line with no
final punctuation, followed by a line break; a news window may hold several) when the headline holds a draft of the same type and
CAMEO code between the same countries or organizations (sectors aside: a headline names "Obama",
the lead "il Presidente degli Stati Uniti Barack Obama"). A lead act with other sides (the headline
"ucciso Osama bin Laden" with a place for a doer, the lead naming the US forces) is kept: it is
the better-told one. Data: `lang/<l>/discourse.yaml` `headline_lead` (a language without it is
left alone).
"""

from __future__ import annotations

from functools import cache

from cronaca import lang as langpacks
from cronaca.events.codes import _pair_code
from cronaca.events.context import Draft, _Ctx

# a line ending with one of these is a sentence, not a title
_FINAL = (".", "!", "?", "…", "»", '"', "”", ":", ";")


@cache
def _lead_size(lang: str) -> int:
    """How many sentences after the headline count as its lead (0: the rule is off)."""
    node = langpacks.entry(lang, "discourse", "headline_lead")
    return int(node.get("sentences", 0)) if isinstance(node, dict) else 0


def _headlines(ctx: _Ctx) -> list[int]:
    """The sentences that are title lines: a whole line with no final punctuation, with a line break
    after it (a news window may hold the end of one story and the title of the next)."""
    text, sents = ctx.doc.text, ctx.doc.sents
    out: list[int] = []
    for i in range(len(sents) - 1):
        s, nxt = sents[i], sents[i + 1]
        if "\n" not in text[s.end : nxt.start]:
            continue
        if i > 0 and "\n" not in text[sents[i - 1].end : s.start]:
            continue  # the last piece of a paragraph, not a line of its own
        if not text[s.start : s.end].rstrip().endswith(_FINAL):
            out.append(i)
    return out


def _headline_retold(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    lead = _lead_size(ctx.doc.meta.lang or "it")
    if not lead or not drafts:
        return drafts
    heads = _headlines(ctx)
    if not heads:
        return drafts
    codes: dict[str, str] = {}

    def key(d: Draft) -> tuple[str, str, frozenset[str], frozenset[str]]:
        for a in d.source + d.target:
            if a not in codes:
                codes[a] = _pair_code(ctx, a) or a
        src = frozenset(codes[a] for a in d.source)
        tgt = frozenset(codes[a] for a in d.target)
        if len({c[:3] for c in src | tgt}) > 1:
            # between countries, the country (or organization) of each side: "USA" for USAGOV and
            # for a bare USA; inside one country the sectors are the sides ("ITAOPP -> ITAGOV")
            src = frozenset(c[:3] for c in src)
            tgt = frozenset(c[:3] for c in tgt)
        return (d.m.trig.type, d.m.trig.cameo, src, tgt)

    # the lead of each headline: the sentences after it, up to `lead` and before the next title
    head_of: dict[int, int] = {}
    for n, h in enumerate(heads):
        stop = heads[n + 1] if n + 1 < len(heads) else len(ctx.doc.sents)
        for si in range(h + 1, min(h + 1 + lead, stop)):
            head_of[si] = h
    told: dict[int, set[tuple[str, str, frozenset[str], frozenset[str]]]] = {}
    for d in drafts:
        if d.sent in heads and (d.source or d.target):
            told.setdefault(d.sent, set()).add(key(d))
    if not told:
        return drafts
    out: list[Draft] = []
    for d in drafts:
        h = head_of.get(d.sent)
        if h is not None and h in told and (d.source or d.target) and key(d) in told[h]:
            continue  # the headline's act, told again in full: annotated once, at the headline
        out.append(d)
    return out
