"""Hosted talks: the host takes part in the talks it hosts, and so do all its guests.

"Il Qatar ha ospitato a Doha i capi della diplomazia di Etiopia ed Eritrea": the role reading gives
one CONSULT from the host to the first guest named. Talks hosted by a third party are a meeting of
everyone there (docs/conventions.md: CONSULT is symmetric), so the host and every guest named in the
clause after the verb ("di A e B", "A e B", "le delegazioni dei due Paesi") meet each other, both
directions; not "tra A e B" ("ospitare un incontro tra A e B": the meeting noun is its own event).
A participle after a talks noun ("i colloqui tra A e B, ospitati dal Kazakistan") adds
the host to the talks the noun tells. The hosting verbs are data (`roles.hosting_verbs` in the
language's triggers.yaml).
"""

from __future__ import annotations

from functools import cache

from cronaca import lang as langpacks
from cronaca.events.context import Draft, _Ctx, _uniq
from cronaca.events.roles import _right_units


@cache
def hosting_verbs(lang: str) -> frozenset[str]:
    return frozenset(langpacks.words(lang, "triggers", "roles", "hosting_verbs"))


def _hosted_talks(ctx: _Ctx, drafts: list[Draft]) -> None:
    verbs = hosting_verbs(ctx.doc.meta.lang or "it")
    if not verbs:
        return
    for d in drafts:
        m = d.m
        if m.trig.type != "CONSULT" or m.trig.noun or ctx.toks[m.ta].lemma not in verbs or not d.source:
            continue
        # a talks noun just before the participle ("i colloqui tra A e B, ospitati da C"): C joins them
        talks = _talks_before(ctx, drafts, d)
        if talks is not None:
            everyone = _uniq(d.source + talks.source + talks.target)
            talks.source = list(everyone)
            talks.target = list(everyone)
            d.source, d.target = [], []  # told once, by the noun
            continue
        hi = d.clause[1] if d.clause[1] > m.tb else len(ctx.toks)
        right = _right_units(ctx, m.tb, hi, places=False)
        if any(g == "between" for _, g in right):
            continue  # "ospitare un incontro tra A e B": the host meets each, as the roles read it
        guests = [u.actor for u, g in right if u.kind != "LOC" and g in (None, "of") and u.actor not in d.source]
        guests = _uniq(d.target + guests)
        if len(guests) < 2:
            continue  # one guest: the role reading already has host -> guest
        everyone = _uniq(d.source + guests)
        d.source = list(everyone)
        d.target = list(everyone)


def _talks_before(ctx: _Ctx, drafts: list[Draft], d: Draft) -> Draft | None:
    """The symmetric CONSULT noun draft of the same sentence that ends just before `d`'s trigger
    (at most a few words and a comma between), when `d` is a participle."""
    if d.m.ta == 0 or ctx.toks[d.m.ta - 1].lemma in ("avere", "have"):
        return None  # "ha ospitato": a finite verb, no participle of a noun
    best: Draft | None = None
    for o in drafts:
        if o is d or o.sent != d.sent or not o.m.trig.noun or o.m.trig.type != "CONSULT" or not o.m.trig.sym:
            continue
        if 0 < d.m.ta - o.m.tb <= 8 and len(_uniq(o.source + o.target)) >= 2:
            best = o
    return best
