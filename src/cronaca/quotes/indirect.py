"""Indirect speech: the content clause a cue reports.

- after the cue's complement, as its frames in cues.yaml allow (che/di/that, "X di", "X a", ":",
  English zero complementizer, the object of a demand): `_content_after`, up to the sentence end or
  a comma opening an attribution or a circumstance (`_content_end`: ", nonostante", ", citing"), the
  writer's comment on the statement (`_apposition`: ", a move analysts described as", ", una
  condizione che"; `_time_before`: ", days before the vote"), or a clause the speaker did not say
  (`_new_clause`: ", ma la Corte ha respinto", "and blamed the opposition");
- before a post-posed attribution (", ha detto Ushakov", ", secondo il Cremlino", ", Yoon added",
  ", a Hamas official told AFP."): `_post_attributions`; when the sentence already holds a quotation
  the attribution is its source instead (see speakers._reported_by);
- before an anaphoric cue ("Lo ha detto X", "Così X ha commentato", "...: lo ha detto X"):
  `_anaphoric` gives X the quotations opening the sentences just before, else the sentence before.
"""

from __future__ import annotations

from cronaca.quotes.context import _Ctx, _Cue, _Pending
from cronaca.quotes.cue_lexicon import _not_clause
from cronaca.quotes.marks import _FINAL, _QUOTE_CHARS, _is_punct
from cronaca.quotes.subjects import _cands_in, _name_then_comma, _pick, _region_after, _region_before


def _content_after(ctx: _Ctx, cue: _Cue) -> tuple[int, int] | None:
    """Token range of an indirect content following the cue's complement, per its frames."""
    lex, toks = ctx.lex, ctx.toks
    if cue.content_from >= 0:
        return None  # "accusato da X di ...": its content is set with its agent (_post_attributions)
    frames = lex.frames.get(cue.lemma, frozenset())
    s0, s1 = ctx.sent_bounds(cue.sent)
    j = _skip_adverbials(ctx, cue.b, s1)
    if j >= s1:
        return None
    particles = lex.phrasal.get(cue.lemma)
    if particles and toks[j].lower in particles:
        frames = particles[toks[j].lower]  # "called for", "called on"
        j += 1
        if j >= s1:
            return None
    start = -1
    t = toks[j]
    if t.text == ":" and "colon" in frames:
        if j + 1 < s1 and toks[j + 1].text[:1] not in _QUOTE_CHARS:
            start = j + 1
    elif t.lower in lex.inf_marker and "di" in frames:
        start = j + 1
    elif t.lower in lex.obj_a_marker and "inf_a" in frames:
        start = j + 1  # "si è detto disposto a ospitare ..."
    elif t.lower in lex.comp and "che" in frames:
        start = j + 1
    elif (
        "che" in frames and not cue.post and j + 1 < s1
        and t.lower in lex.zero_that_subjects and toks[j + 1].lower in lex.zero_that_next
    ):
        start = j  # "announced it would release ...", "warned they could strike"
    else:
        obj_frames = frames & {"obj_di", "obj_a", "obj_che", "che"}
        quoted_object = t.text[:1] in _QUOTE_CHARS and bool(frames & {"obj_di", "obj_a", "obj_che"})
        if obj_frames and (t.text[:1] not in _QUOTE_CHARS or quoted_object):  # 'accused "far-left" groups of'
            if quoted_object:
                j += 1
                t = toks[j] if j < s1 else t
            object_ok = bool(frames & {"obj_di", "obj_a", "obj_che"})
            if t.lower in lex.determiners and not object_ok:
                # "ha sottolineato le richieste ...": an object, not a clause; "la settimana scorsa che"
                g = j
                while g < s1 and toks[g].lower in lex.time_words | lex.determiners:
                    g += 1
                if not (g > j + 1 and g < s1 and toks[g].lower in lex.comp):
                    obj_frames = frozenset()
            for g in range(j, min(j + 13, s1)):
                w = toks[g]
                glued = w.text in ("-", "–") and g > 0 and not toks[g - 1].space_after  # "far-left"
                if (_is_punct(w) and w.text not in _QUOTE_CHARS and not glued) or (g > j and w.lower in lex.cue_forms):
                    break
                if g == j:
                    continue
                if w.lower in lex.comp and ("che" in obj_frames or "obj_che" in obj_frames):
                    start = g + 1
                    break
                # "ha invitato l'Italia a sostenere": a verb follows ("a Roma" is a place)
                verb_next = g + 1 < s1 and not toks[g + 1].text[:1].isupper() and toks[g + 1].lower not in lex.determiners
                if w.lower in lex.obj_di_marker and "obj_di" in obj_frames and verb_next:
                    start = g + 1
                    break
                if w.lower in lex.obj_a_marker and "obj_a" in obj_frames and verb_next:
                    start = g + 1
                    break
        if start < 0 and "content" in frames and not cue.post:
            # English zero complementizer: "Peskov said Russia would ..."
            if t.lower not in _not_clause(lex) and not _is_punct(t) and t.text[:1] not in _QUOTE_CHARS and (
                j + 2 < s1 and not _is_punct(toks[j + 1])
            ):
                start = j
    if start < 0 and "object" in frames and not cue.post and not _is_punct(t) and t.text[:1] not in _QUOTE_CHARS:
        # the object of a demand: "ha chiesto un cessate il fuoco", "called for an immediate truce",
        # also after the addressee: "ha chiesto all'Unione europea una “missione navale”"
        g = j
        if t.lower in lex.addr_preps or t.lower in lex.other_preps:
            # past the addressee or a channel: "ha chiesto in una dichiarazione congiunta la fine ..."
            g = j + 1
            while g < min(s1, j + 6) and not (
                toks[g].lower in lex.determiners
                and toks[g - 1].lower not in lex.addr_preps | lex.gen_preps | lex.other_preps
            ):
                if toks[g].text in (",", ";", ":") or toks[g].lower in lex.comp:
                    g = s1
                    break
                g += 1
        if g < s1 and toks[g].lower in lex.determiners and not (g + 1 < s1 and toks[g + 1].lower in lex.addr_preps):
            start = g
        elif g == j and j + 1 < s1 and _bare_object(ctx, j):
            start = j  # "called for urgent talks", "called for Konteh's release", "ha chiesto consultazioni formali"
    if start < 0 and "claim_object" in frames and not cue.post:
        # "ha negato ogni coinvolgimento", "ha escluso la possibilità di ...", "qualsiasi ingerenza":
        # a denied claim (an article or one word before the noun)
        g = j
        while g < s1 and toks[g].lower in lex.determiners:
            g += 1
        if g == j:
            g += 1
        if g < s1 and toks[g].lower in lex.claim_objects:
            start = j
    while 0 <= start < s1 and toks[start].text == ",":
        start += 1  # "ha avvertito che, in caso di ..."
    if start < 0 or start >= s1 or toks[start].lower in lex.wh_words:
        return None
    end = _content_end(ctx, start, s1, cue)
    return (start, end) if end - start >= 2 else None


def _depth0(ctx: _Ctx, start: int, g: int) -> bool:
    """Token g lies outside every quotation opened after `start`."""
    depth = 0
    for w in ctx.toks[start:g]:
        if w.text in ("«", "“"):
            depth += 1
        elif w.text in ("»", "”"):
            depth = max(0, depth - 1)
    return depth == 0


def _skip_adverbials(ctx: _Ctx, j: int, s1: int) -> int:
    """The first token after the adverbs and the date that may stand between a cue and its
    complement: "said on Tuesday it would", "announced last week that", "ha detto ieri che"."""
    lex, toks = ctx.lex, ctx.toks
    while j < s1:
        if toks[j].lower in lex.skip and toks[j].lower not in lex.determiners:
            j += 1
            continue
        # a date, alone or after its preposition ("on Tuesday", "last week", "martedì")
        k = j + 1 if toks[j].lower in lex.other_preps and j + 1 < s1 else j
        end = ctx.timex_end.get(k, -1)
        if end <= k or end > s1:
            break
        j = end
    return j


def _bare_object(ctx: _Ctx, j: int) -> bool:
    """A demanded object with no article: a plural or mass noun with its adjective ("urgent talks",
    "consultazioni formali") or a name's possession ("Konteh's release"), not a function word, a
    verb form of the cue's clause or a place ("a Roma")."""
    lex, toks = ctx.lex, ctx.toks
    t, nx = toks[j], toks[j + 1]
    if nx.lower in ("'s", "’s"):
        return ctx.cand_at[j] >= 0
    if not t.text.isalpha() or not t.text.islower() or t.lower in _not_clause(lex) or t.lower in lex.aux:
        return False
    if t.lower in lex.cue_forms or t.lemma.endswith(_INFINITIVES) or lex.is_gerund(t.lower):
        return False
    return not _is_punct(nx) or nx.text in (".", ",")


def _content_end(ctx: _Ctx, start: int, s1: int, cue: _Cue | None = None) -> int:
    """A content clause runs to the sentence end, or to a comma that opens an attribution or a
    circumstance ("..., ha detto X", "..., secondo X", "..., nella videochiamata"), or, after its
    cue, to a clause of its own (`_new_clause`)."""
    lex, toks = ctx.lex, ctx.toks
    depth = 0
    for g in range(start, s1):
        w = toks[g]
        if w.text in ("«", "“"):
            depth += 1
        elif w.text in ("»", "”"):
            depth = max(0, depth - 1)
        if depth:
            continue
        if cue is not None and g > start + 1 and _new_clause(ctx, cue, start, g, s1):
            return g - 1 if toks[g - 1].text == "," else g
        if w.text in (";", ":"):
            return g
        if w.lower in lex.clause_boundary and w.lower not in lex.comp and g > start and _cue_starts(ctx, g + 1, s1):
            # "... e ha annunciato che", "..., and accused": a new statement (its comma is no content)
            return g - 1 if g - 1 > start and toks[g - 1].text == "," else g
        if w.text == "," and g + 1 < s1:
            nx = toks[g + 1]
            if nx.lower in lex.content_stop or nx.lower in lex.according or _cue_starts(ctx, g + 1, s1):
                return g
            h = g + 2 if nx.lower in lex.determiners and g + 2 < s1 else g + 1
            if toks[h].lower in lex.claim_nouns:
                return g  # "..., a charge Zagreb denied", "..., accusa che Abidjan ha respinto"
            if _apposition(ctx, g + 1, s1):
                return g  # "..., a move analysts described as", "..., una condizione che Kiev respinge"
            if _time_before(ctx, g + 1, s1):
                return g  # "..., days before Sunday's election", "..., poche ore dopo l'attacco"

    end = s1
    while end > start and _is_punct(toks[end - 1]) and toks[end - 1].text not in ("»", "”", '"', "’"):
        end -= 1
    return end


def _apposition(ctx: _Ctx, k: int, s1: int) -> bool:
    """After a comma at k - 1, a noun phrase about the statement itself: an indefinite article or
    none, at most two modifiers, an `apposition_nouns` head and then words of its own (", a move
    analysts described as", ", an offer the North has ignored", ", a thinly veiled reference to",
    ", richiesta che il Palazzo di Vetro ha respinto", ", primo passo della procedura"). The writer's
    comment, not the speaker's words. A definite article ("..., the move and the offer") may be a
    list inside the content, so it does not count."""
    lex, toks = ctx.lex, ctx.toks
    if not lex.apposition_nouns:
        return False
    det = toks[k].lower in lex.indefinite
    h = k + 1 if det else k
    stop = _not_clause(lex)
    for _ in range(3 if det else 2):
        if h + 1 >= s1:
            return False
        t = toks[h]
        if t.lower in lex.apposition_nouns:
            return not _is_punct(toks[h + 1])
        if not t.text.isalpha() or not t.text.islower() or t.lower in stop or t.lower in lex.determiners:
            return False
        if t.lower in lex.aux or t.lower in lex.cue_forms:  # ", ha posto condizioni": a clause
            return False
        h += 1
    return False


def _time_before(ctx: _Ctx, k: int, s1: int) -> bool:
    """After a comma at k - 1, a span of time and "before"/"after" (", days before Sunday's
    election", ", hours before the United States imposed", ", poche ore dopo"): when the statement
    was made, the writer's circumstance. At most one word ("just", "two", "poche") before the noun;
    the word after it must be one that ends a content after a comma (content_stop_after_comma)."""
    lex, toks = ctx.lex, ctx.toks
    for h in (k, k + 1):
        if h + 1 >= s1:
            return False
        if toks[h].lower in lex.time_span_nouns:
            return toks[h + 1].lower in lex.content_stop
    return False


def _new_clause(ctx: _Ctx, cue: _Cue, start: int, g: int, s1: int) -> bool:
    """Token g links a clause the speaker did not say to the content [start, g): ", ma la Corte ha
    respinto", ", and Portugal said" (a subject of its own and a finite verb after a comma), or "e ha
    fatto sapere", "and blamed the opposition" (the speaker's own second act: the cue's tense with no
    subject, where the content has no verb of that tense). Without it the quotation, and the source
    and modality of every event in it, runs over the sentence's next statement."""
    lex, toks = ctx.lex, ctx.toks
    w = toks[g].lower
    if toks[g - 1].text == "," and w in lex.new_clause_links:
        h, first = g + 1, True
        stop = _not_clause(lex)
        while h < min(g + 8, s1):
            t = toks[h]
            if _is_punct(t) or t.lower in lex.comp or t.lower in lex.clause_boundary:
                return False
            if not first and (t.lower in lex.aux or t.lower in lex.cue_forms):
                return True  # "..., ma la Corte ha", "..., and Washington said"
            if first and (t.lower in stop and t.lower not in lex.determiners or t.lower in lex.aux):
                return False  # ", e in maggio ...", ", and had ...": no subject of its own
            first = False
            h += 1
        return False
    if w not in lex.speaker_act_links or g + 2 >= s1:
        return False
    h = g + 1
    while h < s1 - 1 and toks[h].lower in lex.skip:
        h += 1
    v, nx = toks[h], toks[h + 1]
    if lex.speaker_act_aux:
        # "ha chiesto ... e ha fatto sapere": the cue's own auxiliary, none in the content
        cue_aux = toks[cue.a].lower
        return (
            cue_aux in lex.speaker_act_aux and v.lower == cue_aux and not _is_punct(nx)
            and not any(toks[k].lower == cue_aux for k in range(start, g))
        )
    if not lex.past_suffixes or not v.lower.endswith(lex.past_suffixes) or len(v.lower) < 5:
        return False
    if cue.a > 0 and toks[cue.a].lower in lex.aux:
        return False  # "has urged ... and offered": not the cue's tense
    # a verb with its object or clause ("and blamed the opposition", "and offered to host"), not an
    # adjective before its noun ("and armed groups")
    if not (nx.lower in lex.determiners or nx.lower in lex.inf_marker or nx.text[:1].isupper() or nx.lower in lex.pronouns):
        return False
    for k in range(start, g):
        t = toks[k].lower
        if (t.endswith(lex.past_suffixes) or t in lex.cue_forms) and not (k > start and toks[k - 1].lower in lex.aux):
            return False  # "said police arrested three men and seized": the content's own past
    return True


def _cue_starts(ctx: _Ctx, k: int, s1: int) -> bool:
    """A cue verb opens at k ("ha detto", "aggiungendo", "said")."""
    lex, toks = ctx.lex, ctx.toks
    for g in range(k, min(k + 3, s1)):
        w = toks[g].lower
        if w in lex.cue_forms:
            return True
        if w not in lex.aux and w not in lex.skip:
            return False
    return False


def _post_attributions(ctx: _Ctx, cues_by_sent: dict[int, list[_Cue]], pending: list[_Pending]) -> None:
    """", ha detto Ushakov." / ", secondo Ushakov." after plain text: the clause before is an indirect
    quotation of that speaker, unless the sentence already holds a quotation (then the attribution
    is its source, see `_reported_by`). "Secondo X, ..." at the start works the same way forward."""
    lex, toks = ctx.lex, ctx.toks
    # a partial quotation does not stop the clause around it from being reported speech
    quoted_sents = {p.sent for p in pending if p.kind == "direct"}
    for s, cues in cues_by_sent.items():
        s0, s1 = ctx.sent_bounds(s)
        for c in cues:
            if c.antecedent >= 0 and not c.quoted:
                # "X, secondo cui ...": the relative clause, whatever else the sentence holds
                start = c.content_from if c.content_from >= 0 else c.b
                end = _content_end(ctx, start, s1)
                if c.apposed:
                    end = next((g for g in range(start, end) if toks[g].text == "," and _depth0(ctx, start, g)), end)
                    for later in cues:
                        if later.a == end + 1 and later.subj_end < 0:
                            # "L'Iran, accusato da X di ..., ha negato": the subject is before the apposition
                            later.subj_end = c.i - 1
                c.content, c.active = (start, end), True
        cues = [c for c in cues if c.antecedent < 0]
        for c in cues:
            if c.according and not c.quoted and c.content is None:
                fwd = _forward_according(ctx, c, s0, s1)
                if fwd is not None:
                    # "..., e secondo fonti diplomatiche l'Eritrea avrebbe ...": the clause after X
                    c.content, c.active = fwd, True
        cues = [c for c in cues if c.content is None or not c.according]
        if not cues:
            continue
        # another statement in the sentence (a cue with its clause, or one a partial quotation hangs on)
        has_content = any(
            c.content is not None or (c.active and not c.according and not c.quoted and not _is_post(ctx, c, s0))
            for c in cues
        )
        first = cues[0]
        if first.according and first.i == s0 and not first.quoted and toks[first.i].lower not in lex.weak_according:
            k = first.b
            while k < s1 and toks[k].text != ",":
                k += 1
            if k + 1 < s1 and (toks[k + 1].lower in lex.role_nouns or _name_then_comma(ctx, k + 1, s1)):
                # "Secondo il vicepremier Antonio Tajani, leader di Forza Italia, ...": skip the apposition
                nxt = k + 1
                while nxt < min(s1, k + 9) and toks[nxt].text != ",":
                    nxt += 1
                if nxt < s1 and toks[nxt].text == ",":
                    k = nxt
            if k + 2 < s1 and k - first.b <= 20 and not any(c.content is not None for c in cues[1:]):
                first.content, first.active = (k + 1, _content_end(ctx, k + 1, s1)), True
                continue
        if s in quoted_sents or has_content:
            for c in cues:
                if (c.according or _is_post(ctx, c, s0)) and not c.quoted:
                    c.active = True
                    c.post = c.post or not c.according or c.i > s0
            continue
        for c in cues:
            if c.quoted:
                continue
            if c.according and c.i == s0:
                # "Secondo X, content." / "Per X, content."
                k = c.b
                while k < s1 and toks[k].text != ",":
                    k += 1
                if k + 2 < s1 and k - c.b <= 12:
                    end = _content_end(ctx, k + 1, s1)
                    c.content, c.active = (k + 1, end), True
                break
            if c.according or _is_post(ctx, c, s0):
                comma = c.a - 1 if c.according else _post_comma(ctx, c, s0)
                if c.according and toks[comma].text != ",":
                    break  # "I vestiti infatti secondo indiscrezioni rivelerebbero ...": no post-posed source
                if comma - s0 >= 3:
                    c.content, c.active, c.post = (s0, comma), True, True
                    for later in cues:
                        if later.according and later.i > c.i and not later.quoted:
                            # "..., ha affermato Peskov, secondo la Tass": the source of the statement
                            later.active = later.post = True
                break
    # "per X," only with a speaker-like X: the weak phrases must hold a person or organization
    for cues in cues_by_sent.values():
        for c in cues:
            if c.according and toks[c.i].lower in lex.weak_according and c.active:
                cands = [x for x in _cands_in(ctx, c.b, min(c.b + 8, len(toks))) if x.kind in ("PER", "ORG")]
                if not cands:
                    c.active, c.content = False, None


def _forward_according(ctx: _Ctx, c: _Cue, s0: int, s1: int) -> tuple[int, int] | None:
    """An according-to phrase inside a sentence that opens a new clause ("; secondo il sindacato,
    l'adesione ...", "..., mentre secondo fonti diplomatiche l'Eritrea avrebbe ...", "attacchi che
    secondo il Pentagono sono stati dieci", "and, according to activists, 15 people ..."): its
    content is the clause after X, not the one before. It must follow a clause break (";", ":", a
    conjunction or "che"/"that", with or without a comma), so "..., secondo X." stays post-posed."""
    lex, toks = ctx.lex, ctx.toks
    if c.i <= s0 + 1 or c.b >= s1:
        return None
    p = toks[c.i - 1]
    if p.text == ",":
        p = toks[c.i - 2]
        if p.text in (";", ":") or p.lower not in lex.clause_boundary:
            return None
    elif p.text not in (";", ":") and p.lower not in lex.clause_boundary:
        return None
    # the end of X: its noun (or the mention it names), an adjective, a name in apposition, and
    # "di/of" phrases after it ("la torre di controllo", "il regolamento del Senato"); a comma there
    # closes it
    k = c.b
    for _ in range(4):
        if k < s1 and toks[k].lower in lex.pronouns:
            k += 1  # "secondo loro", "according to them"
            break
        while k < s1 and toks[k].lower in lex.determiners:
            k += 1
        if k >= s1:
            return None
        if ctx.cand_at[k] >= 0:
            k = ctx.cands[ctx.cand_at[k]].b
        else:
            k += 1
            if k + 1 < s1 and ctx.cand_at[k] >= 0 and toks[k - 1].text.islower():
                k = ctx.cands[ctx.cand_at[k]].b  # "il deputato Luca Serafini", "l'ong Foro Penal"
            elif k + 1 < s1 and _adjective_like(ctx, k) and (
                toks[k + 1].lower in lex.determiners or toks[k + 1].lower in lex.gen_preps
                or toks[k + 1].text == "," or toks[k + 1].text[:1].isupper()
            ):
                k += 1  # "fonti diplomatiche l'Eritrea", "la stampa locale il governo"
        if k < s1 and toks[k].lower in lex.gen_preps:
            k += 1
            continue
        break
    start = k + 1 if k < s1 and toks[k].text == "," else k
    if start >= s1 or _is_punct(toks[start]) or toks[start].lower in lex.according_relative:
        return None
    end = _content_end(ctx, start, s1)
    return (start, end) if end - start >= 3 else None


def _adjective_like(ctx: _Ctx, k: int) -> bool:
    """A lowercase word after a noun that may be its adjective: no function word, and no verb (whose
    lemma is an infinitive: "riprenderà" -> "riprendere")."""
    w = ctx.toks[k]
    return w.text.islower() and w.lower not in _not_clause(ctx.lex) and not w.lemma.endswith(_INFINITIVES)


_INFINITIVES = ("are", "ere", "ire", "rre")


def _anaphoric(ctx: _Ctx, cues: list[_Cue], pending: list[_Pending]) -> None:
    """"«...». Lo ha detto il ministro X": the quotations that open the sentences just before (with no
    cue of their own) are X's; with none, the sentence before is X's indirect statement."""
    toks = ctx.toks
    by_sent: dict[int, list[_Pending]] = {}
    for p in pending:
        by_sent.setdefault(toks[min(p.tok_b, len(toks) - 1)].sent if p.tok_b < len(toks) else p.sent, []).append(p)
    for cue in cues:
        if not cue.anaphoric or cue.quoted:
            continue
        cue.post = True
        s0 = ctx.doc.sents[cue.sent].tok_start
        if cue.a > s0 and toks[cue.a - 1].text in (":", ";", "—", "–"):
            # "...: lo ha detto X": the statement is the clause before the colon
            mine = [p for p in by_sent.get(cue.sent, []) if p.tok_b <= cue.a]
            if mine and all(p.cue is None or p.continuation for p in mine):
                for p in mine:
                    p.cue, p.continuation, p.inherit = cue, False, None
                cue.active = True
            elif not mine and not any(
                c.i < cue.a and (c.active or c.content is not None) for c in ctx.cues_by_sent.get(cue.sent, ()) if c is not cue
            ):
                cue.content, cue.active = (s0, cue.a - 1), True
            continue
        s = cue.sent - 1
        took = False
        while s >= 0 and s >= cue.sent - 6:
            ps = by_sent.get(s, [])
            free = [p for p in ps if p.cue is None or p.continuation]
            if not free or len(free) < len(ps):
                break
            if took and _opens_paragraph(ctx, s + 1):
                break  # "«A», ha detto X. / «B». Lo ha detto Y.": a quotation of an earlier paragraph stays X's
            for p in free:
                p.cue, p.continuation, p.inherit = cue, False, None
            took = True
            s = min(p.sent for p in free) - 1
        if took:
            cue.active = True
            continue
        s = cue.sent - 1
        if by_sent.get(s) or any(c.active or c.content is not None for c in ctx.cues_by_sent.get(s, ())):
            continue  # the sentence before is attributed already
        s0, s1 = ctx.sent_bounds(s)
        end = _content_end(ctx, s0, s1)
        if end - s0 >= 3:
            cue.content, cue.active = (s0, end), True


def _opens_paragraph(ctx: _Ctx, s: int) -> bool:
    """Sentence s starts a paragraph: a line break separates it from the sentence before."""
    if s <= 0:
        return True
    sents = ctx.doc.sents
    return "\n" in ctx.doc.text[sents[s - 1].end : sents[s].start]


def _is_post(ctx: _Ctx, c: _Cue, s0: int) -> bool:
    return _post_comma(ctx, c, s0) >= 0


def _post_comma(ctx: _Ctx, c: _Cue, s0: int) -> int:
    """The comma before a post-posed attribution, or -1: ", ha detto Ushakov", ", ha reso noto il
    comando militare", ", Yoon added." A comma that closes an apposition ("X, the ambassador, said
    that ...") is not one."""
    toks = ctx.toks
    if c.gerund or c.content is not None:
        return -1
    _, s1 = ctx.sent_bounds(c.sent)
    ends = c.b >= s1 or toks[c.b].text in (".", ";", "!", "?")
    if not (c.a - 1 > s0 and toks[c.a - 1].text == ","):
        # ", Yoon added." / ", he said." / ", a Hamas official told AFP." / ", Orban wrote on
        # Facebook.": a short subject between the comma and a cue that ends the sentence or is
        # followed only by its addressee or channel
        r0, bound = _region_before(ctx, c.a, s0)
        lex = ctx.lex
        if bound != "," or not (ends or _attribution_tail(ctx, c.b, s1)):
            return -1
        region = range(r0, c.a)
        if 0 < c.a - r0 <= 4 and (_cands_in(ctx, r0, c.a) or any(toks[k].lower in lex.pronouns for k in region)):
            return r0 - 1
        if 0 < c.a - r0 <= 3 and toks[c.a - 1].lower in lex.post_subject_nouns | lex.source_nouns | lex.unnamed_nouns:
            return r0 - 1  # ", witnesses said.", ", local officials said on Monday."

        if 0 < c.a - r0 <= 7 and toks[r0].lower in lex.determiners and any(
            toks[k].lower in lex.role_nouns or toks[k].lower in lex.source_nouns or ctx.cand_at[k] >= 0 for k in region
        ):
            return r0 - 1  # ", the ministry said in a statement.", ", a senior official told reporters."
        return -1
    if ends or toks[c.b].text == ",":
        return c.a - 1
    if not ctx.lex.frames.get(c.lemma, frozenset()) & {"che", "colon", "content", "di"}:
        return -1  # "X, con poca voglia di parlare, ha definito la scomparsa di Y “...”": an object follows
    end = _region_after(ctx, c.b, s1)
    subject, _ = _pick(ctx, c.b, end, first=True)
    if subject is not None or any(toks[k].lower in ctx.lex.role_nouns for k in range(c.b, end)):
        return c.a - 1
    if end > c.b and (end >= s1 or toks[end].text in (".", ";", "!", "?")) and toks[c.b].lower in ctx.lex.determiners:
        return c.a - 1  # ", ha reso noto il comando militare meridionale."
    return -1


def _attribution_tail(ctx: _Ctx, k: int, s1: int) -> bool:
    """What follows a post-posed cue up to the sentence end is a short circumstance (addressee,
    channel, time: "told AFP", "wrote on Facebook", "said in a statement on Tuesday"), no clause."""
    lex, toks = ctx.lex, ctx.toks
    end = s1
    while end > k and toks[end - 1].text in _FINAL:
        end -= 1
    if end <= k or end - k > 10:
        return False
    for g in range(k, end):
        w = toks[g]
        if w.text in _QUOTE_CHARS or w.text in (",", ";", ":") or w.lower in lex.comp or w.lower in lex.clause_boundary:
            return False
        if w.lower in lex.cue_forms or w.lower in lex.aux:
            return False
    first = toks[k].lower
    return (
        first in lex.addr_preps or first in lex.other_preps or first in lex.channel_preps
        or first in lex.time_words or ctx.cand_at[k] >= 0 or first in lex.skip
    )
