"""Questions about the words around a noun trigger, asked by several steps (roles,
complements, deeds, restatements): the word governing its phrase, a definite article, a "di/of"
modifier of another noun, a deed a quotation watches or a verb asks to stop, a complement link or a
clause break between two tokens.
"""

from __future__ import annotations

from collections.abc import Container

from cronaca.events.context import _PUNCT, _QUOTE_MARKS, Draft, _Ctx
from cronaca.events.lexicons import deeds


def _governing_word(ctx: _Ctx, d: Draft) -> int:
    """The token before a noun trigger's phrase: past articles, quotes and up to three adjectives."""
    lex = ctx.lex
    lo = ctx.doc.sents[d.sent].tok_start
    k = d.m.ta - 1
    skipped = 0
    while k >= lo:
        w = ctx.lows[k]
        if w in lex.det or w in _QUOTE_MARKS:
            k -= 1
            continue
        if skipped < 3 and w.isalpha() and not ctx.toks[k].is_title and w not in lex.prep and w not in lex.aux:
            if ctx.unit_at[k] is None and k not in ctx.trigger_tok and ctx.toks[k].lemma not in deeds(
                ctx.doc.meta.lang or "it"
            ).stop:
                k -= 1
                skipped += 1
                continue
        break
    return k


def _definite(ctx: _Ctx, d: Draft) -> bool:
    """Does a definite article or a demonstrative open the noun's phrase ("the two-hour call",
    "durante la telefonata", "these drills")?"""
    dd = deeds(ctx.doc.meta.lang or "it")
    definite = dd.definite
    lo = ctx.doc.sents[d.sent].tok_start
    for k in range(d.m.ta - 1, max(lo, d.m.ta - 5) - 1, -1):
        w = ctx.lows[k]
        if w in definite:
            return True
        if w in dd.indefinite:
            return False  # "warned that a ground assault", "una videoconferenza"
        if not (w.replace("-", "").isalnum() or w in ("-", "–")) or w in ctx.lex.prep or w in ctx.lex.aux:
            return False
    return False


def _of_phrase(ctx: _Ctx, d: Draft) -> bool:
    """Is a noun event the "di/of" modifier of another noun ("come possibile data dell'invasione",
    "the date of the invasion")? Then it is a topic inside the complement, not what is asked or
    charged."""
    if not d.m.trig.noun:
        return False
    k = d.m.ta - 1
    lo = ctx.doc.sents[d.sent].tok_start
    while k >= lo and ctx.lows[k] in ctx.lex.det:
        k -= 1
    # a bare "di/of" ("forme di protesta", "threat of sanctions") names a kind of act, which the
    # complement may well charge or ask for; an article points to one act ("dell'invasione")
    specific = k + 1 < d.m.ta or ctx.lows[k] not in deeds(ctx.doc.meta.lang or "it").np_preps | {"of"}
    return (
        specific
        and k - 1 >= lo
        and ctx.lex.prep.get(ctx.lows[k]) == "of"
        and k - 1 not in ctx.trigger_tok
        and ctx.lows[k - 1].isalpha()
    )


def _watched_deed(ctx: _Ctx, d: Draft) -> bool:
    """A definite deed noun that a quotation talks about ("«We are monitoring these drills»", "«i
    raid devono finire»") is someone else's deed: the speaker is its doer only when a light verb
    governs it ("«abbiamo lanciato un attacco»")."""
    if not d.m.trig.noun or d.m.trig.sym or d.m.trig.type not in ctx.lex.material or not _definite(ctx, d):
        return False
    lo = ctx.doc.sents[d.sent].tok_start
    k = d.m.ta - 1
    while k >= lo and ctx.lows[k] not in ctx.lex.det and k > d.m.ta - 3:
        k -= 1  # adjectives between the article and the noun: "the massive attack"
    while k >= lo and (ctx.lows[k] in ctx.lex.det or ctx.lows[k] in _QUOTE_MARKS):
        k -= 1
    return not (k >= lo and (ctx.lows[k] in ctx.lex.aux or ctx.toks[k].lemma in ctx.lex.light))


def _stopped(ctx: _Ctx, d: Draft) -> bool:
    """Is a noun event the object of a verb of stopping or preventing ("ha chiesto alla Cina di
    fermare l'aggressione", "urged Beijing to help end the invasion")? Then it is not done by the
    party asked: it keeps its own doer, or an implied one."""
    if not d.m.trig.noun:
        return False
    stop = deeds(ctx.doc.meta.lang or "it").stop
    k = _governing_word(ctx, d)
    return k >= 0 and (ctx.toks[k].lemma in stop or ctx.lows[k] in stop)


def _has_link(ctx: _Ctx, a: int, b: int) -> bool:
    """A complement clause opens between a and b: "di/a + infinitive", "che", "to + verb"."""
    lex = ctx.lex
    for k in range(a, b):
        w = ctx.lows[k]
        if w in lex.comp_that:
            return True
        if w in lex.comp_inf and k + 1 <= b:
            nxt = ctx.lows[k + 1]
            if nxt not in lex.det and (not lex.infinitive or nxt.endswith(lex.infinitive)) and nxt.isalpha():
                return True
    return False


def _has_break(ctx: _Ctx, a: int, b: int) -> bool:
    return any(ctx.lows[k] in _PUNCT or ctx.lows[k] in ctx.lex.clause and ctx.lows[k] != "che" for k in range(a, b))


def _word_after(ctx: _Ctx, lo: int, hi: int, words: set[str] | frozenset[str]) -> int:
    """The first token in [lo, hi) whose form is one of `words`, before any clause word or
    punctuation other than a comma ("... sono false", "was a lie": the word after a copula); -1 when
    none."""
    for k in range(lo, hi):
        w = ctx.lows[k]
        if w in words:
            return k
        if w in ctx.lex.clause or (w in _PUNCT and w != ","):
            return -1
    return -1



def _after_article(ctx: _Ctx, d: Draft) -> int:
    """The token after the article that opens the object of verb trigger `d` ("ha criticato *la*
    sentenza", "welcomed *the* resolution"), or -1 when no article stands right after the trigger
    in its sentence. It may be the sentence's end: callers check."""
    k = d.m.tb
    if k >= ctx.doc.sents[d.sent].tok_end or ctx.lows[k] not in ctx.lex.det:
        return -1
    return k + 1


def _past_modifiers(ctx: _Ctx, k: int, hi: int, nouns: Container[int], strict: bool) -> int:
    """The token after at most three modifiers from `k` (articles, quotes, demonstratives, plain
    words: "by the 'barbaric' killings", "the massive Iranian attack"), stopping early at a token
    of `nouns` or at the first word that is no modifier. `strict` (a judged object,
    `roles._object_events`) also takes demonyms as modifiers but not a capitalised word or an
    auxiliary; a feeling's cause (`feelings`) takes those."""
    lex = ctx.lex
    skipped = 0
    while k < hi and skipped < 3 and k not in nouns:
        w = ctx.lows[k]
        u = ctx.unit_at[k]
        if not (
            w in lex.det
            or w in _QUOTE_MARKS
            or (u is not None and u.kind == "DEM")
            or (strict and w in lex.demonyms)
            or (
                u is None
                and w.isalpha()
                and not (strict and (ctx.toks[k].is_title or w in lex.aux))
                and w not in lex.prep
                and w not in lex.clause
                and w not in lex.conj
                and k not in ctx.trigger_tok
            )
        ):
            break
        k += 1
        skipped += 1
    return k


def _object_noun(ctx: _Ctx, k: int, hi: int, gap: int, nouns: Container[str]) -> str | None:
    """The first of `nouns` heading the object that starts at token `k`: a listed word met within
    `gap` words, past articles, modifiers, names ("a World Food Programme convoy") and possessives
    ("the UN mission's route"); None when a clause word, a preposition, a conjunction or a mark comes
    first. Shared by `blocked.py` (what was blocked) and `senses.py` (what was released)."""
    lex, lows = ctx.lex, ctx.lows
    seen = 0
    while k < hi and seen <= gap:
        w = lows[k]
        if w in nouns:
            return w
        u = ctx.unit_at[k]
        if u is not None:
            k = u.te
            seen += 1
            continue
        if w in lex.possessive:
            k += 1
            continue
        # an elided Italian article ("l'", "un'") is a word of the object, not a mark: "ha rilasciato
        # un'intervista", "ha chiesto l'anonimato"
        if w in lex.clause or w in lex.prep or w in lex.conj or not (w.rstrip("'’").isalpha() or w == "-" or w.isdigit()):
            return None
        k += 1
        seen += 1
    return None

