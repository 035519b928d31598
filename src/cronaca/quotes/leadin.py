"""Speakers of quotations that have no cue, read from the sentence before or after them.

- A lead-in: "Dmitry Polyansky told reporters after the vote. “The sponsors wanted confrontation.”",
  "Ruto ha parlato con i giornalisti all'aeroporto. «Il Kenya è aperto agli affari»": the sentence
  before names who speaks and how (a cue with no content of its own, or a `lead_in` verb such as
  "speak", "parlare"), so its cue becomes the voice the quotation continues (`_lead_ins`, run before
  the speakers are resolved).
- A new person between: "«A», ha detto Berg. / Il leader dell'opposizione Karl Moen ha criticato il
  governo. «B»": a quotation opening its sentence right after a sentence, in its paragraph, whose
  subject is a person is that person's, not the voice before (`_paragraph_subject`).
- A speaker named after the quotation: "«Non arretreremo». Il ministro ha poi spiegato che ...": a
  quotation opening a paragraph with no speaker before it takes the subject of the cue that opens the
  next sentence of its paragraph (`_speaker_after`, run once the speakers are known).
"""

from __future__ import annotations

from cronaca.quotes.context import _Ctx, _Cue, _Pending
from cronaca.quotes.indirect import _opens_paragraph
from cronaca.quotes.subjects import _governed, _main_subject, _who


def _lead_ins(ctx: _Ctx, cues: list[_Cue], pending: list[_Pending]) -> None:
    toks, lex = ctx.toks, ctx.lex
    quoted_sents = {p.sent for p in pending} | {toks[p.tok_b - 1].sent for p in pending if p.tok_b > 0}
    for p in pending:
        if not p.continuation or p.cue is not None or p.sent == 0:
            continue
        s = p.sent - 1
        if s in quoted_sents:
            continue  # the sentence before holds a quotation: its speaker is the voice already
        here = ctx.cues_by_sent.get(s, [])
        if any(c.active and not c.quoted for c in here):
            continue  # it has an attributed statement of its own: its speaker is the voice already
        s0, s1 = ctx.sent_bounds(s)
        cue = next((c for c in reversed(here) if not (c.quoted or c.according or c.gerund or c.anaphoric)), None)
        if cue is None:
            cue = _lead_in_verb(ctx, s0, s1)
            if cue is None:
                continue
            cues.append(cue)
            ctx.cues_by_sent.setdefault(s, []).append(cue)
        elif cue.content is not None or any(toks[k].lower in lex.comp for k in range(cue.b, s1)):
            continue  # "X said that ...": its clause is its statement, not the quotation after
        cue.active = True


def _lead_in_verb(ctx: _Ctx, s0: int, s1: int) -> _Cue | None:
    """A `lead_in` verb with a subject before it ("Ruto ha parlato", "He spoke", "si è rivolto"): the
    verb after its auxiliaries, or right after a name or pronoun (a participle alone is no clause)."""
    toks, lex = ctx.toks, ctx.lex
    for k in range(s0 + 1, s1):
        t = toks[k]
        if t.lemma not in lex.lead_in or lex.is_gerund(t.lower):
            continue
        a = k
        while a - 1 > s0 and (toks[a - 1].lower in lex.aux or toks[a - 1].lower in lex.skip):
            a -= 1
        if a < k and any(toks[x].lower in lex.aux for x in range(a, k)):
            return _Cue(k, a, k + 1, t.lemma, t.sent)
        if a == k and (ctx.cand_at[k - 1] >= 0 or toks[k - 1].lower in lex.pronouns):
            return _Cue(k, k, k + 1, t.lemma, t.sent)
        return None  # the first such verb decides
    return None


def _speaker_after(ctx: _Ctx, pending: list[_Pending]) -> None:
    toks = ctx.toks
    n_sents = len(ctx.doc.sents)
    for p in pending:
        if not p.continuation or p.cue is not None or p.speaker is not None or p.tok_b <= 0:
            continue
        if not _opens_paragraph(ctx, p.sent):
            continue  # inside a paragraph the voice before it decides; it had none
        s = toks[p.tok_b - 1].sent + 1
        if s >= n_sents or _opens_paragraph(ctx, s):
            continue
        s0, _ = ctx.sent_bounds(s)
        for c in ctx.cues_by_sent.get(s, ()):
            if c.i - s0 > 8:
                break
            if c.active and c.speaker is not None and not (c.quoted or c.according or c.gerund or c.post):
                p.speaker = c.speaker
                break


def _paragraph_subject(ctx: _Ctx, pending: list[_Pending]) -> None:
    toks = ctx.toks
    quoted_sents = {p.sent for p in pending} | {toks[p.tok_b - 1].sent for p in pending if p.tok_b > 0}
    for p in pending:
        if not p.continuation or p.cue is not None or p.sent == 0 or _opens_paragraph(ctx, p.sent):
            continue
        s = p.sent - 1
        if s in quoted_sents or any(c.active and not c.quoted for c in ctx.cues_by_sent.get(s, ())):
            continue  # the sentence before speaks itself: the voice is right
        s0, s1 = ctx.sent_bounds(s)
        c = _main_subject(ctx, s0, s1)
        if c is None or c.kind != "PER" or not c.actor or _governed(ctx, c, s0) != "":
            continue
        if p.speaker is None or p.speaker.actor != c.actor:
            p.speaker, p.inherit = _who(ctx, c), None
