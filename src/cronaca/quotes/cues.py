"""Reporting cues: verbs of saying and "according to" phrases, one dict lookup per token.

A cue verb takes its auxiliaries and light verb ("ha detto", "è stato riferito", "fatto sapere");
a determiner before it makes it a noun ("la chiamata"). "Secondo X", "according to X" and their
variants are indexed by their first word; the weak ones ("per X") count only before a speaker.
"Lo ha detto X" is marked anaphoric (its statement is the sentence before), "si legge in una nota"
impersonal (the note's author speaks).
"""

from __future__ import annotations

from itertools import compress

from cronaca.quotes.context import _Ctx, _Cue
from cronaca.quotes.cue_lexicon import _triggers


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
    if idx < 0 or ctx.cands[idx].b != k - 1 or ctx.cands[idx].kind not in ("PER", "ORG", "GPE", "UNK"):
        return None
    if after + 3 >= ctx.doc.sents[s].tok_end:
        return None
    return _Cue(k, k, after + 1, "according", s, according=True, antecedent=idx)  # content: indirect


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
