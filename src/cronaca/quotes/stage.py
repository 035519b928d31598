"""The stage: `find_quotes(doc)` runs the steps of the package in order (see `cronaca.quotes`)."""

from __future__ import annotations

from bisect import bisect_left

from cronaca.model import Document, Quote
from cronaca.quotes.context import _Cand, _Ctx, _Cue, _Pending, _Who
from cronaca.quotes.cue_lexicon import lexicon
from cronaca.quotes.cues import _find_cues
from cronaca.quotes.direct import _attach
from cronaca.quotes.indirect import _anaphoric, _content_after, _content_end, _post_attributions
from cronaca.quotes.leadin import _lead_ins, _paragraph_subject, _speaker_after
from cronaca.quotes.marks import _QUOTE_CHARS, quoted_spans
from cronaca.quotes.speaker_actors import _SpeakerActors
from cronaca.quotes.speakers import _proxy_body, _reported_by, _resolve_cue
from cronaca.quotes.subjects import _main_subject, _who


def _clause_after(ctx: _Ctx, a: int, b: int) -> _Cand | None:
    """The subject opening the last subordinate clause in [a, b) ("while Tokyo protested",
    "mentre Kiev ha accusato"): a named actor right after a clause word that is no complementizer,
    relative or coordinator."""
    lex, toks = ctx.lex, ctx.toks
    skip = lex.comp | lex.relatives | lex.coordinators | lex.relative_words
    for k in range(b - 1, a - 1, -1):
        if toks[k].lower in lex.clause_boundary and toks[k].lower not in skip:
            j = k + 1
            while j < b and toks[j].lower in lex.determiners:
                j += 1
            x = ctx.cand_at[j] if j < b else -1
            if x >= 0 and ctx.cands[x].kind in ("PER", "ORG", "GPE") and ctx.cands[x].actor:
                return ctx.cands[x]
            return None
    return None


def find_quotes(doc: Document) -> None:
    doc.quotes = []
    if not doc.tokens or not doc.sents:
        return
    lex = lexicon(doc.meta.lang or "it")
    ctx = _Ctx(doc, lex)
    toks = ctx.toks
    cues = _find_cues(ctx)
    cues_by_sent: dict[int, list[_Cue]] = ctx.cues_by_sent
    for cue in cues:
        cues_by_sent.setdefault(cue.sent, []).append(cue)

    # quoted spans and the cues inside them
    spans = quoted_spans(doc.text)
    inside = [False] * len(toks)
    for qs in spans:
        a, b = ctx.tok_at(qs.open + 1), ctx.tok_at(qs.close)
        for k in range(a, b):
            inside[k] = True
    for cue in cues:
        cue.quoted = inside[cue.i]

    # clauses first (syntax only): a fragment inside a clause belongs to that clause's cue
    # _content_after reads only the cue's lemma, sentence, end token and `post` flag (plus the
    # document), so the recomputation below reuses any result whose inputs did not change.
    contents: dict[tuple[str, int, int, bool], tuple[int, int] | None] = {}
    for cue in cues:
        if not (cue.quoted or cue.according):
            key = (cue.lemma, cue.sent, cue.b, cue.post)
            if key not in contents:
                contents[key] = _content_after(ctx, cue)
            cue.content = contents[key]
    pending: list[_Pending] = []
    prev_close = 0
    for qs in spans:
        p = _attach(ctx, qs, cues_by_sent, prev_close)
        prev_close = ctx.tok_at(qs.close) + 1 if qs.closed else prev_close
        if p is not None:
            pending.append(p)
            if p.cue is not None:
                p.cue.active = True
                if p.cue.synthetic:
                    cues.append(p.cue)

    # indirect contents (recomputed: a cue now known to follow its quotation takes no clause)
    for cue in cues:
        if cue.quoted or cue.according or cue.synthetic:
            continue
        key = (cue.lemma, cue.sent, cue.b, cue.post)
        if key not in contents:
            contents[key] = _content_after(ctx, cue)
        cue.content = contents[key]
        if cue.content is not None:
            cue.active = True
    for cue in cues:
        s0, s1 = ctx.sent_bounds(cue.sent)
        if (
            cue.content is None and not cue.quoted and not cue.according and toks[s0].lower in lex.as_words
            and cue.i - s0 <= 9 and not cue.gerund
        ):
            # "Come ha spiegato il governatore X, l'inflazione resta elevata"
            k = next((g for g in range(cue.b, min(s1, cue.b + 14)) if toks[g].text == ","), -1)
            if k > cue.b and k + 3 < s1:
                if cue.a == s0 + 1:
                    cue.a, cue.as_clause = s0, True  # "Come ha spiegato X,": the subject follows
                cue.active = True
                cue.content = (k + 1, _content_end(ctx, k + 1, s1))
    _post_attributions(ctx, cues_by_sent, pending)
    for cue in cues:
        s0 = ctx.doc.sents[cue.sent].tok_start
        if (
            not cue.anaphoric and cue.content is None and not cue.quoted and not cue.according and cue.sent > 0
            and toks[s0].lower in lex.anaphoric_start and cue.i - s0 <= 12
            and not any(c.i < cue.i for c in cues_by_sent.get(cue.sent, ()) if c is not cue)
        ):
            cue.anaphoric = True  # "«...». Così il presidente X ha commentato l'accordo."
    _anaphoric(ctx, cues, pending)
    _lead_ins(ctx, cues, pending)  # "X told reporters. «...»": the sentence before names the voice

    cues.sort(key=lambda c: c.i)
    # speakers, in text order: the last speaker is the subject of dropped-subject cues and
    # continuation quotes
    events: list[tuple[int, int, object]] = []
    for cue in cues:
        if cue.active and not cue.gerund:
            events.append((cue.subj_end if cue.subj_end >= 0 else cue.i, 0, cue))
    for p in pending:
        if p.continuation:
            events.append((p.tok_a, 1, p))
    events.sort(key=lambda e: (e[0], e[1]))
    voice: _Who | None = None
    voice_cue: _Cue | None = None
    voice_sent = -10
    for _, _, item in events:
        if isinstance(item, _Cue):
            recent = voice if item.sent - voice_sent <= 3 else None
            _resolve_cue(ctx, item, recent, voice_sent)
            if item.speaker is not None and not item.according:
                voice, voice_sent, voice_cue = item.speaker, item.sent, item
        elif isinstance(item, _Pending):
            if item.sent - voice_sent <= 2:
                item.speaker, item.inherit = voice, voice_cue
    for cue in cues:
        if cue.active and cue.gerund:
            same = [c for c in cues_by_sent[cue.sent] if c.active and not c.gerund and not c.according and (c.speaker or c.joint)]
            before = [c for c in same if c.i < cue.i]
            main = before[-1] if before else None
            s0, _ = ctx.sent_bounds(cue.sent)
            # a nearer cue verb with no content of its own heads the gerund ("la leader X ha respinto
            # i risultati definendoli ..."; "il governo di Caracas ha respinto l'offerta, definendola")
            near = [
                c for c in cues_by_sent[cue.sent]
                if not c.active and not c.gerund and not c.according and not c.quoted and c.i < cue.i
                and (main is None or (c.i > main.i and (main.content is None or not main.content[0] <= c.i < main.content[1])))
            ]  # a verb inside the clause the main cue reports is the reported speaker's, not the gerund's
            if near:
                if not near[-1].resolved:
                    _resolve_cue(ctx, near[-1], main.speaker if main else None)
                if near[-1].speaker is not None or near[-1].joint:
                    main = near[-1]
            if main is not None and main.joint:
                continue  # "France, Germany and Britain called on Iran ..., saying": joint, no one speaker
            _resolve_cue(ctx, cue, main.speaker if main else None)
            clause = _clause_after(ctx, main.b if main is not None else s0, cue.a)
            if clause is not None:
                # "Beijing said ..., while Tokyo protested ... , asking Beijing to": the clause the
                # gerund hangs on has a subject of its own
                cue.speaker = _who(ctx, clause)
                continue
            subject = _main_subject(ctx, s0, cue.a) if main is None else None
            if main is not None:
                cue.speaker = main.speaker
            elif subject is not None:
                # "A State Department spokesperson dismissed ..., saying": the body, as for "said"
                cue.speaker = _proxy_body(ctx, _who(ctx, subject)) or _who(ctx, subject)
            elif same:
                cue.speaker = same[0].speaker  # "Chiamando Putin un “vecchio amico”, Xi ha affermato"

    _paragraph_subject(ctx, pending)  # "Karl Moen ha criticato il governo. «...»": a new person first
    _speaker_after(ctx, pending)  # "«...». Il ministro ha poi spiegato che ...": named after it

    quotes: list[_Pending] = []
    for p in pending:
        if p.cue is not None:
            p.speaker = p.cue.speaker
        quotes.append(p)
    # an indirect clause made of a direct quotation is that quotation; a partial quotation inside a
    # clause is annotated twice (the clause and the fragment)
    direct_ranges = sorted((p.start, p.end) for p in pending if p.kind == "direct")
    range_starts = [r[0] for r in direct_ranges]
    for cue in cues:
        if cue.content is None or not cue.active:
            continue
        a, b = cue.content
        start, end = toks[a].start, toks[b - 1].end
        covered = 0
        x = bisect_left(range_starts, end) - 1
        while x >= 0 and direct_ranges[x][1] > start - 2000:  # quotations are short; stop far back
            s_, e_ = direct_ranges[x]
            covered += max(0, min(end, e_) - max(start, s_))
            x -= 1
        if covered >= (end - start) / 2:
            continue  # quotations cover it
        quotes.append(_Pending("indirect", start, end, a, b, cue, toks[a].sent, speaker=cue.speaker))
    _reported_by(ctx, cues_by_sent, quotes)

    # nested statements: "The White House said Biden had reiterated that ..." -> Biden's clause is
    # reported by the White House (the outer clause stays a quotation of its own)
    by_cue = {id(p.cue): p for p in quotes if p.cue is not None and p.kind == "indirect"}
    dropped: set[int] = set()
    for p in quotes:
        if p.kind != "indirect" or p.cue is None:
            continue
        for cue in cues_by_sent.get(p.sent, ()):
            inner = by_cue.get(id(cue))
            if inner is None or inner is p or not (p.tok_a <= cue.a and inner.tok_b <= p.tok_b):
                continue
            if cue.a - p.tok_a <= 8:
                if inner.reported_by is None and p.speaker is not None and (
                    inner.speaker is None or inner.speaker.key() != p.speaker.key()
                ):
                    inner.reported_by = p.speaker
                break
    # a clause that is exactly a quotation is that quotation
    spans_q = {(p.start, p.end) for p in quotes if p.kind != "indirect"}
    for p in quotes:
        if p.kind == "indirect":
            a, b = p.start, p.end
            if a < b and doc.text[a] in _QUOTE_CHARS and doc.text[b - 1] in _QUOTE_CHARS and (a + 1, b - 1) in spans_q:
                dropped.add(id(p))
    quotes = [p for p in quotes if id(p) not in dropped]
    reported = {id(p.cue): p.reported_by for p in quotes if p.cue is not None and p.reported_by is not None}
    for p in quotes:
        if p.inherit is not None and p.cue is None:
            p.cue = p.inherit
            p.reported_by = reported.get(id(p.inherit))

    named = _SpeakerActors(ctx)
    for p in quotes:
        p.speaker = named.resolve(p.speaker)
        p.reported_by = named.resolve(p.reported_by)
    quotes.sort(key=lambda p: (p.start, p.end))
    for i, p in enumerate(quotes, 1):
        cue = p.cue
        q = Quote(
            id=f"q{i}",
            kind=p.kind,
            text=doc.text[p.start : p.end],
            start=p.start,
            end=p.end,
            speaker=p.speaker.actor if p.speaker and not p.speaker.anonymous else None,
            cue=ctx.span(cue.a, cue.b) if cue is not None and not cue.synthetic else None,
            addressee=cue.addressee if cue is not None else None,
            reported_by=p.reported_by.actor if p.reported_by else None,
            channel=(cue.channel if cue is not None else None) or p.channel,
            sentence=p.sent,
        )
        q.speaker_span = p.speaker.span if p.speaker else None
        q.reported_by_span = p.reported_by.span if p.reported_by else None
        doc.quotes.append(q)
