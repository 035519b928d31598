"""Direct and partial quotations: each quoted span is attached to a cue, or dropped.

`_attach` tries, in order: a title, a nickname or a scare quote (dropped); an attribution between
dashes inside the quotation; a cue opening the content (Xi “ha affermato che ...”); a cue after the
closing mark («...», ha detto X); a cue before the opening mark (X ha detto: «...»); any other cue
of the sentence; a colon with no cue (the clause's subject speaks); a fragment in a sentence whose
subject is named; and last a quotation opening its sentence with no cue, which continues the
previous speaker. A quotation inside a sentence is partial, one the sentence is made of is direct.
"""

from __future__ import annotations

from cronaca.model import Token
from cronaca.quotes.context import _Ctx, _Cue, _Pending
from cronaca.quotes.marks import _OPENERS, _QUOTE_CHARS, _QSpan
from cronaca.quotes.subjects import _pick


def _word_count(toks: list[Token], a: int, b: int) -> int:
    # (a first character that is a letter or digit settles the any() at once: no generator for most words)
    return sum(1 for k in range(a, b) if (w := toks[k].text)[:1].isalnum() or any(c.isalnum() for c in w))


_DASHES = frozenset(("-", "–", "—"))


def _dash_cue(ctx: _Ctx, ca: int, cb: int, cues_by_sent: dict[int, list[_Cue]]) -> _Cue | None:
    toks, lex = ctx.toks, ctx.lex
    for k in range(ca + 1, cb):
        t = toks[k]
        if t.text not in _DASHES or not toks[k - 1].space_after or not t.space_after:
            continue
        g = k + 1
        while g < cb and g < k + 4 and (toks[g].lower in lex.skip or toks[g].lower in lex.aux):
            g += 1
        if g >= cb or toks[g].lower not in lex.cue_forms:
            continue
        if g + 1 < cb and toks[g + 1].lower in lex.first_person:
            continue  # "- dico io -": the speaker's own aside
        close = next((x for x in range(g + 1, min(cb, g + 10)) if toks[x].text in _DASHES), -1)
        if close < 0:
            continue
        for cue in cues_by_sent.get(toks[g].sent, ()):
            if cue.i == g:
                cue.quoted, cue.post, cue.a = False, True, k + 1
                return cue
    return None


def _attach(ctx: _Ctx, qs: _QSpan, cues_by_sent: dict[int, list[_Cue]], prev_close: int) -> _Pending | None:
    lex, toks, text = ctx.lex, ctx.toks, ctx.doc.text
    n = len(toks)
    o = ctx.tok_at(qs.open)
    if o >= n:
        return None
    cstart = qs.open + 1
    cend = qs.close
    while cstart < cend and text[cstart].isspace():
        cstart += 1
    while cend > cstart and text[cend - 1].isspace():
        cend -= 1
    if cend <= cstart:
        return None
    ca = ctx.tok_at(cstart)
    cb = ctx.tok_at(cend)
    if toks[o].start != qs.open:  # the mark is glued to a token: content starts there
        o = max(0, ca - 1)
    if cb <= ca:
        return None
    c = ctx.tok_at(qs.close) if qs.closed else cb - 1
    s_open = toks[o].sent
    s_close = toks[min(c, n - 1)].sent
    s0, _ = ctx.sent_bounds(s_open)
    pre_a = max(s0, prev_close)
    _, s1c = ctx.sent_bounds(s_close)
    post_b = s1c
    for k in range(c + 1, s1c):
        if toks[k].text in _OPENERS:
            post_b = k
            break
    words = _word_count(toks, ca, cb)
    pre = [k for k in range(pre_a, o) if toks[k].text not in ("—", "–", "-")]
    mid_sentence = bool(pre)

    # titles, nicknames and scare quotes
    if mid_sentence and words <= 8:
        capitalized = text[cstart : cstart + 1].isupper()
        k, seen = o - 1, 0
        while k >= pre_a and seen < 2:
            w = toks[k]
            word = text[text.rfind(" ", 0, w.start) + 1 : w.end].lower()  # "so-called" is three tokens
            if w.lower in lex.nickname_words or word in lex.nickname_words:
                return None
            if capitalized and (w.lower in lex.title_words or w.lemma in lex.title_words or word in lex.title_words):
                return None
            if w.lower not in lex.determiners and w.lower not in lex.gen_preps and w.lower not in lex.other_preps:
                seen += 1
            k -= 1
        content_words = [toks[k] for k in range(ca, cb) if len(toks[k].text) > 3 and toks[k].text.isalpha()]
        if words <= 6 and content_words and all(w.text[:1].isupper() for w in content_words):
            return None

    # 0. an attribution set off by dashes inside the quotation: «..., l'aiuto io - risponde
    # l'operatore - Innanzitutto ...», "... – scrive il segretario – ..."
    dash_cue = _dash_cue(ctx, ca, cb, cues_by_sent)
    if dash_cue is not None:
        return _Pending("direct", cstart, cend, ca, cb, dash_cue, s_open)

    # 1. a cue opening the content: Xi “ha affermato che ...”
    k = ca
    while k < cb and k < ca + 4 and (toks[k].lower in lex.aux or toks[k].lower in lex.skip):
        k += 1
    inner = None
    if mid_sentence and k < cb and toks[k].lower in lex.cue_forms and not lex.is_gerund(toks[k].lower):
        for cue in cues_by_sent.get(toks[k].sent, ()):
            if cue.i == k:
                inner = cue
                break
    if inner is not None and ctx.cand_at[o - 1] >= 0:
        inner.subj_end = o
        inner.a = ca
        inner.quoted = False
        start_tok = inner.b
        if start_tok < cb and toks[start_tok].lower in lex.comp:
            start_tok += 1
        if start_tok < cb:
            cstart = toks[start_tok].start
        return _Pending("direct", cstart, cend, ca, cb, inner, s_open)

    # 2. a cue right after the closing mark: «...», ha detto X / "...," Peskov said
    post_cue = None
    for cue in cues_by_sent.get(s_close, ()):
        if cue.i <= c or cue.i >= post_b or cue.according:
            continue
        between = [toks[x] for x in range(c + 1, cue.a)]
        words_between = [w for w in between if w.text != ","]
        if (
            len(between) <= 16
            and not any(w.text in (".", ";", ":") or w.text in _QUOTE_CHARS for w in between)
            and not any(w.lower in lex.clause_boundary for w in between)
            and (
                not words_between
                or ctx.cand_at[words_between[0].i] >= 0
                or words_between[0].lower in lex.determiners
                or words_between[0].lower in lex.pronouns
            )
        ):
            post_cue = cue
        break
    # 3. a cue before the opening mark: X ha detto: «...» / X ha detto che il leader ha “...”
    pre_cue = None
    for cue in reversed(cues_by_sent.get(s_open, ())):
        if cue.i < o and cue.i >= pre_a and not cue.quoted:
            pre_cue = cue
            break
    if pre_cue is not None:
        # "saying it showed that X threatened “...”": the fragment hangs on the clause's own cue
        for cue in cues_by_sent.get(s_open, ()):
            if cue.i < pre_cue.i and cue.content is not None and cue.content[0] <= pre_cue.a and cue.content[1] >= cb:
                # ... unless a person is the inner cue's subject: "The White House said Biden had
                # reiterated that ... “...”" is Biden's (reported by the White House)
                inner, _ = _pick(ctx, cue.content[0], pre_cue.a)
                if inner is None or inner.kind != "PER" or pre_cue.content is None:
                    pre_cue = cue
                break
    if pre_cue is None and mid_sentence:
        # a second fragment after an earlier quotation: "ha sostenuto di aver colpito “A” in risposta al “B”"
        for cue in reversed(cues_by_sent.get(s_open, ())):
            if cue.i < pre_a and cue.i >= s0 and not cue.quoted and not cue.post and not cue.according:
                pre_cue = cue
                break
    kind = "partial" if mid_sentence else "direct"
    if pre and toks[pre[-1]].text == ":":
        kind = "direct"
    elif pre_cue is not None and pre:
        gap = [toks[x] for x in range(pre_cue.b, o)]
        if toks[o - 1].text == "," and all(ctx.cand_at[w.i] >= 0 or w.text == "," or w.lower in lex.skip for w in gap):
            kind = "direct"  # 'Peskov said, "..."'; right after the verb it is its object: partial
        elif toks[o - 1].text == "," and pre_cue.a - 1 >= pre_a and toks[pre_cue.a - 1].text == ",":
            kind = "direct"  # «...», ha detto X, «...»: the second half of a split quotation
    if post_cue is not None and (not mid_sentence or kind == "direct" or pre_cue is None):
        post_cue.post = True
        return _Pending(kind, cstart, cend, ca, cb, post_cue, s_open)
    if pre_cue is not None:
        frames = lex.frames.get(pre_cue.lemma, frozenset())
        if frames == {"naming"}:
            kind = "partial"  # "ha definito il patto “un diktat”": a fragment, even right after the cue
            if o - pre_cue.b > 12:
                pre_cue = None
    if pre_cue is not None:
        return _Pending(kind, cstart, cend, ca, cb, pre_cue, s_open)
    if post_cue is not None:
        return _Pending(kind, cstart, cend, ca, cb, post_cue, s_open)
    # 4. any other cue in the sentence (partial quotes), or "secondo X"
    for cue in cues_by_sent.get(s_close, ()):
        if cue.i > c and not cue.quoted and (cue.according or lex.frames.get(cue.lemma) != frozenset({"naming"})):
            return _Pending(kind, cstart, cend, ca, cb, cue, s_open)
    for cue in cues_by_sent.get(s_open, ()):
        if cue.according and cue.i < o:
            return _Pending(kind, cstart, cend, ca, cb, cue, s_open)
    # 5. after a colon with no cue: "Il sindaco ha lanciato un appello: «...»" -> the clause's subject
    if pre and toks[pre[-1]].text == ":" and words >= 3:
        colon = pre[-1]
        return _Pending("direct", cstart, cend, ca, cb, _Cue(colon, colon, colon + 1, ":", s_open, synthetic=True), s_open)
    # 6. a fragment in a sentence without a cue, whose subject is named: "Meloni ha accolto «con grande
    # soddisfazione» la notizia", "Borrell ha condannato “con fermezza” l'attacco" -> that subject
    if mid_sentence and not any(not c.quoted for c in cues_by_sent.get(s_open, ())):
        aux = next((k for k in range(s0, o) if toks[k].lower in lex.aux), -1)
        if aux > s0:
            subject, _ = _pick(ctx, s0, aux)
            if subject is not None and subject.kind in ("PER", "ORG", "GPE"):
                return _Pending("partial", cstart, cend, ca, cb, _Cue(aux, aux, aux + 1, "", s_open, synthetic=True), s_open)
    # 7. no cue: a quotation opening its sentence continues the previous speaker
    if not mid_sentence and words >= 3:
        return _Pending("direct", cstart, cend, ca, cb, None, s_open, continuation=True)
    return None
