"""Reporting cues: verbs of saying and "according to" phrases, one dict lookup per token.

A cue verb takes its auxiliaries and light verb ("ha detto", "è stato riferito", "fatto sapere");
a determiner before it makes it a noun ("la chiamata"). "Secondo X", "according to X" and their
variants are indexed by their first word; the weak ones ("per X") count only before a speaker.
"Lo ha detto X" is marked anaphoric (its statement is the sentence before), "si legge in una nota"
impersonal (the note's author speaks).
"""

from __future__ import annotations

from itertools import compress

from cronaca.model import Token
from cronaca.quotes.context import _Ctx, _Cue
from cronaca.quotes.cue_lexicon import _preps, _triggers
from cronaca.quotes.marks import _QUOTE_CHARS


def _find_cues(ctx: _Ctx) -> list[_Cue]:
    lex, toks = ctx.lex, ctx.toks
    cues: list[_Cue] = []
    n = len(toks)
    triggers = _triggers(lex)
    # the tokens whose word can start a cue, in one C pass (most start nothing)
    for k in compress(range(n), map(triggers.__contains__, ctx.doc.lowers())):
        t = toks[k]
        lw = t.lower
        phrases = lex.according.get(lw)
        if phrases and lw in lex.weak_according and k > 0 and toks[k - 1].sent == t.sent:
            phrases = tuple(ph for ph in phrases if len(ph) > 1)  # "Per X, ...": only opening a sentence
        if phrases:
            for ph in phrases:
                if k + len(ph) <= n and all(toks[k + x].lower in ph[x] for x in range(len(ph))):
                    if len(ph) == 1 and lw in lex.weak_according and not _speaker_follows(ctx, k + 1):
                        break  # "Per la prima volta, ...": no speaker after it
                    after = k + len(ph)
                    if any(toks[x].lower in lex.relative_words for x in range(after, min(after + 2, n))):
                        rel = _relative_source(ctx, k, after)
                        if rel is not None:
                            cues.append(rel)
                        break  # "un accordo secondo il quale ...", "according to which": a relative clause
                    if all(toks[k + x].sent == t.sent for x in range(len(ph))):
                        cues.append(_Cue(k, k, k + len(ph), "according", t.sent, according=True))
                    break
        lemma = lex.cue_forms.get(lw)
        if lemma is None and lw in lex.verb_noun_forms and _verb_reading(ctx, k):
            lemma = lex.verb_noun_forms[lw]
        if lemma is None:
            imp = lex.impersonal_forms.get(lw)
            if imp is not None and k and toks[k - 1].lower in lex.impersonal_clitic and toks[k - 1].sent == t.sent:
                cues.append(_Cue(k, k - 1, k + 1, imp, t.sent))  # "si legge", "si apprende"
            continue
        # a determiner before it makes it a noun ("la chiamata", "una nota")
        if k and toks[k - 1].lower in lex.determiners and toks[k - 1].sent == t.sent:
            continue
        if k and toks[k - 1].lower in lex.inf_marker and lex.lang == "en":
            continue  # "to say"
        a = k
        j = k - 1
        while j >= 0 and toks[j].sent == t.sent and (toks[j].lower in lex.skip and toks[j].lower not in lex.determiners):
            j -= 1
        if j >= 0 and toks[j].sent == t.sent and toks[j].lower in lex.aux and (
            not toks[j].text[:1].isupper() or j == 0 or toks[j - 1].sent != t.sent
        ):
            a = j
            while a - 1 >= 0 and toks[a - 1].sent == t.sent and toks[a - 1].lower in lex.aux and (
                not toks[a - 1].text[:1].isupper() or a - 1 == ctx.doc.sents[t.sent].tok_start
            ):
                a -= 1  # "è stato detto", but "il dipartimento di Stato ha esortato": "Stato" is a name
        need = lex.requires_before.get(lemma)
        if need is not None:
            if not (k and toks[k - 1].lower in need):
                continue
            a = k - 1  # "fatto sapere": the cue starts at the light verb
            j = a - 1
            while j >= 0 and toks[j].sent == t.sent and toks[j].lower in lex.skip and toks[j].lower not in lex.determiners:
                j -= 1
            if j >= 0 and toks[j].sent == t.sent and toks[j].lower in lex.aux:
                a = j
        if a == k:
            agent = _agent_cue(ctx, k, lemma)
            if agent is not None:
                cues.append(agent)  # "X, accusato da Washington di fornire armi"
                continue
        if a == k and lw in lex.participles:
            continue  # a participle without its auxiliary is an adjective here
        cue = _Cue(k, a, k + 1, lemma, t.sent, gerund=lex.is_gerund(lw))
        if a < k and a > 0 and toks[a - 1].lower in lex.anaphoric and toks[a - 1].sent == t.sent:
            # "Lo ha detto il ministro", "È quanto ha dichiarato X": sentence-initial, after a statement
            x = a - 1
            while x - 1 >= 0 and toks[x - 1].sent == t.sent and toks[x - 1].lower in lex.aux:
                x -= 1
            sent_start = ctx.doc.sents[t.sent].tok_start
            if (x == sent_start and t.sent > 0) or (x > sent_start + 3 and toks[x - 1].text in (":", ";", "—", "–")):
                cue.a, cue.anaphoric = x, True  # also "...: lo ha detto X"
        cues.append(cue)
    return cues


def _relative_source(ctx: _Ctx, k: int, after: int) -> _Cue | None:
    """"il sindacato dei medici Anaao Assomed, secondo cui il decreto viola il contratto": the
    antecedent right before the comma says the relative clause. Only a named antecedent (an actor
    mention or a capitalized name) speaks; "un accordo secondo cui" is the content of a text, no
    quotation."""
    lex, toks = ctx.lex, ctx.toks
    s = toks[k].sent
    if after >= len(toks) or toks[after].lower not in lex.according_relative or toks[after].sent != s:
        return None
    if k < 2 or toks[k - 1].text != "," or toks[k - 2].sent != s:
        return None
    idx = ctx.cand_at[k - 2]
    if idx < 0 or ctx.cands[idx].b != k - 1 or ctx.cands[idx].kind not in ("PER", "ORG", "GPE", "UNK", "LOC"):
        return None
    if after + 3 >= ctx.doc.sents[s].tok_end:
        return None
    c = ctx.cands[idx]
    if c.kind != "PER":
        # "Rajiv Menon, ricercatore dell'Observer Research Foundation di Nuova Delhi, secondo cui": the
        # place or body closes an apposition describing the person before it, who is the source
        j = c.a - 1
        s0 = ctx.doc.sents[s].tok_start
        while j > s0 and j > c.a - 15 and toks[j].text not in (",", ";", ":", "(", ")") and toks[j].text not in _QUOTE_CHARS:
            j -= 1
        p = ctx.cand_at[j - 1] if j > s0 and toks[j].text == "," else -1
        if p >= 0 and ctx.cands[p].kind == "PER" and ctx.cands[p].b == j and toks[j + 1].text[:1].islower():
            idx = p
        elif c.kind == "LOC":
            return None  # a place says nothing
    return _Cue(k, k, after + 1, "according", s, according=True, antecedent=idx)  # content: indirect


def _agent_cue(ctx: _Ctx, k: int, lemma: str) -> _Cue | None:
    """A participle with its agent and content ("L'Iran, accusato da Washington di fornire armi ai
    ribelli", "tre diplomatici accusati dal Servizio di informazione di spionaggio", "accused by
    Kyiv of shelling"): the agent speaks (as the antecedent of "secondo cui" does) and the content
    follows the "di/of" after it. The accused before the participle is no speaker."""
    lex, toks = ctx.lex, ctx.toks
    if "obj_di" not in lex.frames.get(lemma, frozenset()) or lex.is_gerund(toks[k].lower):
        return None
    s = toks[k].sent
    s1 = ctx.doc.sents[s].tok_end
    if k + 3 >= s1 or toks[k + 1].lower not in lex.source_preps:
        return None
    g = k + 2
    while g < s1 and toks[g].lower in lex.determiners:
        g += 1
    idx = ctx.cand_at[g] if g < s1 else -1
    if idx < 0 and g < s1 and toks[g].lower in lex.role_nouns:
        # "dal ministro degli Esteri, Julio Serrano, di ...": the name apposed to a role phrase
        c = next((x for x in range(g + 1, min(g + 7, s1)) if toks[x].text == ","), -1)
        if c > 0 and c + 1 < s1 and ctx.cand_at[c + 1] >= 0:
            idx = ctx.cand_at[c + 1]
            g = c + 1
    if idx < 0 or ctx.cands[idx].a != g:
        return None
    after = ctx.cands[idx].b  # a capital is a metonym here: "accusato da Washington"
    # "dal Servizio di informazione e sicurezza di spionaggio": with an unresolved name, the "di"
    # of the content is the one before an infinitive or a quotation mark
    if ctx.cands[idx].kind == "UNK" or ctx.cands[idx].actor is None:
        x = after
        while x + 1 < s1 and toks[x].text not in (",", ";", ":") and x < after + 8:
            nxt = toks[x + 1]
            if toks[x].lower in lex.obj_di_marker and (nxt.text[:1] in _QUOTE_CHARS or _infinitive(nxt)):
                after = x
                break
            x += 1
    # "dal ministro degli Esteri, Julio Serrano, di ...": an apposed name after a role phrase
    if after + 1 < s1 and toks[after].text == "," and ctx.cand_at[after + 1] >= 0:
        nxt = ctx.cands[ctx.cand_at[after + 1]]
        if nxt.kind == "PER" and nxt.b < s1 and toks[nxt.b].text == ",":
            idx, after = ctx.cand_at[after + 1], nxt.b + 1
    if after + 1 < s1 and toks[after].text == "," and toks[after + 1].lower in lex.obj_di_marker:
        after += 1  # the comma closing an apposed name
    if after + 2 >= s1 or toks[after].lower not in lex.obj_di_marker:
        return None
    # inside an apposition (", accusati da X di ..., sono stati espulsi") the content ends at its comma
    apposed = k > 0 and toks[k - 1].text == ","
    return _Cue(k, k, k + 1, lemma, s, antecedent=idx, content_from=after + 1, apposed=apposed)


def _infinitive(t: Token) -> bool:
    """An infinitive ("fornire", "aver", "essere") or an English gerund ("shelling")."""
    w = t.lower
    return w.endswith(("are", "ere", "ire", "ing")) or w in ("aver", "esser", "avere", "essere")


def _speaker_follows(ctx: _Ctx, k: int) -> bool:
    """A person or an organization within the next words, before a comma ("Per il ministro X, ...")."""
    toks = ctx.toks
    for g in range(k, min(k + 8, len(toks))):
        if toks[g].text == "," or toks[g].sent != toks[k - 1].sent:
            return False
        c = ctx.cand_at[g]
        if c >= 0 and ctx.cands[c].kind in ("PER", "ORG"):
            return True
    return False


def _verb_reading(ctx: _Ctx, k: int) -> bool:
    """"L'Usb accusa il governo di ...", "Mosca accusa Kiev di": the form is the verb when a word that
    is neither a determiner nor a preposition stands before it in its sentence and an object opens
    right after it (a determiner or a capitalized name); "l'accusa", "respinge le accuse di" are nouns."""
    lex, toks = ctx.lex, ctx.toks
    if k == 0 or k + 1 >= len(toks) or toks[k - 1].sent != toks[k].sent or toks[k + 1].sent != toks[k].sent:
        return False
    before = toks[k - 1].lower
    if before in lex.determiners or before in _preps(lex) or not any(ch.isalpha() for ch in before):
        return False
    nxt = toks[k + 1]
    return nxt.lower in lex.determiners or (nxt.text[:1].isupper() and ctx.cand_at[k + 1] >= 0)
