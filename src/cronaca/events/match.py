"""Trigger matching: one set lookup per token on its lowercase form (`Lexicon.reach_forms`),
then the candidate triggers of its form, lemma and lemma's lemma, multi-word triggers with their
gaps (the longest match wins), and the data guards (`needs`, `not_before`, `not_after`, `unless`, warnings that
are no threat). `_participle_nouns` drops participles used as nouns ("33 detenuti").
"""

from __future__ import annotations

from functools import cache

from cronaca import lang as langpacks
from cronaca.events.context import _OPENING_QUOTES, _PUNCT, Match, _Ctx
from cronaca.events.coordination import _object_clitics, _pronoun_needs
from cronaca.events.lexicons import Lexicon, Trigger, deeds


def _match(ctx: _Ctx) -> list[Match]:
    lex, toks = ctx.lex, ctx.toks
    n = len(toks)
    out: list[Match] = []
    used: set[int] = set()
    lemmas = langpacks.lemma_table(ctx.doc.meta.lang or "it")
    best_fits = False
    by_form, by_key = lex.by_form, lex.by_key
    unit_at = ctx.unit_at
    lows = ctx.lows
    aux, det, prep, possessive = lex.aux, lex.det, lex.prep, lex.possessive  # (locals: read per start)
    known, firsts = _candidates(lex, lemmas)
    # the tokens that can start a trigger (most tokens are not), found by `_Ctx` in its one pass
    starts = [i for i in ctx.reach_at if unit_at[i] is None]
    # a multi-word trigger whose second word is no token's form or lemma in the document cannot match:
    # it is skipped before its token scan (~39 such triggers are tried per 250-word window, ~2 have
    # their words in it). `low_set` folds typographic apostrophes; the forms compared below do not.
    forms = ctx.low_set if "’" not in ctx.doc.text else set(ctx.doc.lowers())
    lemma_set: set[str] | None = None  # (built on first need)
    for i in starts:
        if i in used:
            continue
        t = toks[i]
        low, lemma = t.lower, t.lemma
        key = (low, lemma)
        cands = known.get(key)
        if cands is None:
            # the lookup table sends some participles to an adjective ("attaccata" -> "attaccato"):
            # one more step reaches the verb
            lemma2 = lemmas.get(lemma) if lemma != low else None
            cands = by_form.get(low, []) + by_key.get(low, [])
            if lemma != low and not (lex.agent_noun and low.endswith(lex.agent_noun)):
                # (a present participle is an agent noun, not the verb: "manifestanti", "protestanti")
                cands = cands + by_key.get(lemma, [])
                if lemma2 and lemma2 != lemma:
                    cands = cands + by_key.get(lemma2, [])
            known[key] = cands
            firsts[key] = frozenset(tr.words[0] for tr in cands) if all(tr.words for tr in cands) else None
        fw = firsts.get(key)
        if fw is not None and fw.isdisjoint(forms):
            if lemma_set is None:
                lemma_set = ctx.lemma_set
            if fw.isdisjoint(lemma_set):
                continue  # every trigger it starts is skipped below: a third of the starts on KIND windows
        sent = t.sent
        prev = lows[i - 1] if i > 0 and toks[i - 1].sent == sent else ""
        # a word that is both a noun and a verb ("attack", "accusa"): the word before decides
        verbal = prev in aux or (i > 0 and unit_at[i - 1] is not None)
        nominal = prev in det or prev in prep or prev in possessive
        if not (verbal or nominal) and _noun_subject_before(ctx, i, sent):
            verbal = True  # "Il sindacato minaccia uno sciopero": article, noun, verb, object
        if verbal and nominal and prev not in det and low == lemma and i - 2 not in used:
            # a word that is both an auxiliary and a preposition ("to", English only) before a base
            # form is the infinitive marker: "ready to support Mali"; "responded to attacks" stays a
            # noun, and after a trigger verb ("vowed to support") the verb keeps the event, as before
            nominal = False
        best: Match | None = None
        for trig in cands:
            if trig.words and trig.words[0] not in forms:
                if lemma_set is None:
                    lemma_set = ctx.lemma_set
                if trig.words[0] not in lemma_set:
                    continue
            toks_m = [i]
            ok = True
            k = i
            for w in trig.words:
                found = -1
                for j in range(k + 1, min(n, k + 2 + trig.gap)):
                    tj = toks[j]
                    # (a hyphen is a word of the trigger itself in "build - up", "sit - in": the tokenizer splits them)
                    if tj.sent != sent or (tj.lower in _PUNCT and tj.lower != w):
                        break
                    if tj.lower == w or tj.lemma == w:
                        found = j
                        break
                if found < 0:
                    ok = False
                    break
                toks_m.append(found)
                k = found
            if not ok:
                continue
            if trig.not_before and k + 1 < n and ctx.lows[k + 1] in trig.not_before:
                continue  # "ha sostenuto di aver colpito": a speech verb here
            if trig.not_after and prev and (prev in trig.not_after or toks[i - 1].lemma in trig.not_after):
                continue  # "fired back at", "scaled back": the adverb of a phrasal verb
            if trig.object_kinds and not _object_of_kind(ctx, k + 1, t.sent, trig.object_kinds):
                continue  # "ha attaccato Kiev": arms, not words (another entry of the word takes it)
            if (
                trig.needs
                and not any(
                    toks[j].lower in trig.needs or toks[j].lemma in trig.needs
                    for j in range(k + 1, min(n, k + 5))
                    if toks[j].sent == t.sent
                )
                and not _needed_antecedent(ctx, i, trig.needs)
                # "la folla è stata dispersa dalla polizia": a passive's object is its subject, before
                and not _passive_subject_needs(ctx, i, trig.needs)
                # "marched ... before police dispersed them": the pronoun's referent stands before
                and not _pronoun_needs(ctx, k + 1, ctx.doc.sents[t.sent].tok_start, i, trig.needs)
            ):
                continue
            if trig.unless and any(
                toks[j].lower in trig.unless or toks[j].lemma in trig.unless
                for j in range(max(0, i - 8), min(n, k + 13))
                if toks[j].sent == t.sent and j != i
            ):  # "shot down 52 drones", "due missili sono stati abbattuti"
                continue
            if trig.warns and not _announces_threat(ctx, k + 1, t.sent):
                continue  # "warned lawmakers that the department would be unable ...": a risk, no threat
            if trig.evaluative:
                # what the verb calls its object decides: blame (ACCUSE) or praise (SUPPORT)
                words = {
                    w
                    for j in range(k + 1, min(n, k + 10))
                    if toks[j].sent == t.sent
                    for w in (ctx.lows[j], toks[j].lemma)
                }
                if words & lex.falsity and words & lex.claims and trig in lex.refute:
                    trig = lex.refute[trig]  # "calling the accusations lies": a claim rejected
                elif words & lex.negative or _negated_label(ctx, k + 1, min(n, k + 10), t.sent):
                    pass
                elif words & lex.positive:
                    trig = lex.praise[trig]
                else:
                    continue
            fits = (verbal and not trig.noun) or (nominal and trig.noun)
            if (
                best is None
                or len(toks_m) > len(best.toks)
                or (len(toks_m) == len(best.toks) and fits and not best_fits)
            ):
                best = Match(trig, i, toks_m[-1] + 1, toks_m)
                best_fits = fits
        if best is None:
            continue
        if (
            not best.trig.noun
            and prev in lex.det
            and prev not in lex.clause
            and prev not in lex.aux  # a clitic: "la accusa", "lo sostengono"
            and low.endswith(lex.participle)
            and i + 1 < n
            and toks[i + 1].sent == t.sent
            and ctx.lows[i + 1].isalpha()
            and ctx.unit_at[i + 1] is None
        ):
            continue  # a participle between an article and its noun is an adjective: "a proposed pause"
        # two triggers of one type close together in one clause are one event
        # ("le richieste russe di garanzie di sicurezza")
        if out:
            prev = out[-1]
            if (
                prev.trig.type == best.trig.type
                and toks[prev.ta].sent == t.sent
                and i - prev.tb <= 3
                and not prev.trig.apart
                # a third party's act on the first one ("talks mediated by Kazakhstan") is its own
                and not (best.trig.between and not prev.trig.between)
                and not any(toks[j].lower in lex.clause or toks[j].lower in _PUNCT for j in range(prev.tb, i))
                # two verbs joined by a conjunction, the first with a complement of its own, are two
                # predicates ("imposed sanctions on Belarus and froze the assets of ..."): `emit._dedupe`
                # folds them if their sides agree; "esclude e liquida ..." stays one act
                # ... and so are a noun and a verb that a conjunction and an auxiliary start anew
                # ("ha respinto le critiche e ha accusato la Polonia": the charge is a second act)
                and not (
                    not best.trig.noun
                    and any(toks[j].lower in lex.conj for j in range(prev.tb, i))
                    and not all(toks[j].lower in lex.conj for j in range(prev.tb, i))
                    and (not prev.trig.noun or any(ctx.lows[j] in lex.aux for j in range(prev.tb, i)))
                )
            ):
                used.update(best.toks)
                continue
        out.append(best)
        used.update(best.toks)
    return out


# (form, lemma) -> the triggers it can start, per lexicon and lemma table: the same words come back
# in every article. Bounded: the forms are those of `Lexicon.reach_forms`.
# With each list, the first words after the start of its triggers when all of them have more than one
# word (else None): a start whose triggers all need a word the document lacks is skipped at once.
_Known = dict[tuple[str, str], list[Trigger]]
_Firsts = dict[tuple[str, str], frozenset[str] | None]
_CANDIDATES: dict[int, tuple[Lexicon, dict[str, str], _Known, _Firsts]] = {}


def _candidates(lex: Lexicon, lemmas: dict[str, str]) -> tuple[_Known, _Firsts]:
    entry = _CANDIDATES.get(id(lex))
    if entry is None or entry[0] is not lex or entry[1] is not lemmas:  # a reloaded lexicon or table
        entry = _CANDIDATES[id(lex)] = (lex, lemmas, {}, {})
    return entry[2], entry[3]


@cache
def _negators(lang: str) -> frozenset[str]:
    """Words that, opening a quotation, make a label blame (modality.yaml `evaluation.negators`)."""
    raw = langpacks.load_yaml(lang, "modality") or {}
    return frozenset(str(w).lower() for w in (raw.get("evaluation") or {}).get("negators") or [])


def _negated_label(ctx: _Ctx, a: int, b: int, sent: int) -> bool:
    """Does a quotation between `a` and `b` open with a negator ("ha definito il voto «né libero né
    credibile»", 'called the vote "neither free nor fair"')? A denied quality blames, whatever the
    adjective; a negator outside quotation marks is the clause's own negation and says nothing."""
    neg = _negators(ctx.doc.meta.lang or "it")
    for j in range(a + 1, b):
        if ctx.toks[j].sent != sent:
            break
        if ctx.lows[j] in neg and ctx.lows[j - 1] in _OPENING_QUOTES:
            return True
    return False


def _object_of_kind(ctx: _Ctx, start: int, sent: int, kinds: frozenset[str]) -> bool:
    """Is the direct object after a verb (past articles and adverbs) an actor of one of `kinds`, and
    not the possessor of another noun ("attacked Zelensky's hometown", "la città di Zelensky")?"""
    toks, lex = ctx.toks, ctx.lex
    n = len(toks)
    j = start
    while j < n and toks[j].sent == sent and (ctx.lows[j] in lex.det or ctx.lows[j].endswith(lex.adverb)):
        j += 1
    u = ctx.unit_at[j] if j < n and toks[j].sent == sent else None
    if u is None or u.kind not in kinds:
        return False
    return not (u.te < n and toks[u.te].sent == sent and ctx.lows[u.te] in lex.possessive)


def _noun_subject_before(ctx: _Ctx, i: int, sent: int) -> bool:
    """Does a noun-or-verb word at `i` stand between a bare common-noun subject and its object
    ("Il sindacato minaccia uno sciopero", "La giunta accusa i ribelli"): a determiner two words
    before, a lowercase word right before, a determiner or a name right after?"""
    lows, toks = ctx.lows, ctx.toks
    if i < 2 or i + 1 >= len(toks) or toks[i + 1].sent != sent or toks[i - 2].sent != sent:
        return False
    prev = lows[i - 1]
    return (
        lows[i - 2] in ctx.lex.det
        and prev.isalpha()
        and not toks[i - 1].is_title
        and prev not in ctx.lex.prep
        and prev not in ctx.lex.aux
        and (lows[i + 1] in ctx.lex.det or _object_unit(ctx, i + 1))
    )


def _object_unit(ctx: _Ctx, k: int) -> bool:
    """Is there a party at `k` that can be a verb's object? A lowercase demonym is an adjective
    after a noun ("un massiccio attacco russo"), which makes the word before it a noun, not a verb
    with an object."""
    u = ctx.unit_at[k]
    return u is not None and not (u.kind == "DEM" and not ctx.toks[k].is_title)


@cache
def _audiences(lang: str) -> frozenset[str]:
    """Sectors of a warning's audience (modality.yaml `warned_audience_sectors`: a legislature)."""
    return frozenset(w.upper() for w in langpacks.words(lang, "modality", "warned_audience_sectors"))


def _announces_threat(ctx: _Ctx, start: int, sent: int) -> bool:
    """Is a warning a threat? It is when it is addressed to a party ("warned Israel that ...", "ha
    avvertito Israele e gli Stati Uniti che ..."), when what follows announces a consequence (a
    reaction, a price, retaliation: modality.yaml `threat`), or when it names a party and then a
    condition ("American aircraft would face ... if they crossed the line"). Otherwise it reports a
    risk or a fact ("warned lawmakers that the department would be unable ...", "ha avvertito che
    la Russia potrebbe attaccare")."""
    toks, lex = ctx.toks, ctx.lex
    n = len(toks)
    j = start
    while j < n and ctx.lows[j] in lex.det:
        j += 1
    # "warned that Argentina would ...": the complement's subject, not an addressee ("that" is also
    # a determiner in English)
    if start < n and ctx.lows[start] in lex.comp_that:
        j = n
    u = ctx.unit_at[j] if j < n and toks[j].sent == sent else None
    if u is not None and u.kind not in ("DEM", "LOC"):
        a = ctx.actors.get(u.actor)
        if a is None or a.sector not in _audiences(ctx.doc.meta.lang or "it"):
            return True  # the addressee: a warning to a party is a threat to it
    party = False
    for j in range(start, min(n, start + 30)):
        if toks[j].sent != sent:
            break
        w = ctx.lows[j]
        if w in lex.threat or toks[j].lemma in lex.threat:
            return True
        u = ctx.unit_at[j]
        if u is not None:
            # an audience ("warned lawmakers ... if Congress did not act") is no party the condition aims at
            a = ctx.actors.get(u.actor)
            party = party or a is None or a.sector not in _audiences(ctx.doc.meta.lang or "it")
        elif party and w in lex.threat_if:
            return True
    return False


def _participle_nouns(ctx: _Ctx, matches: list[Match]) -> list[Match]:
    """A participle used as a noun after an article or a number ("33 detenuti palestinesi", "centinaia
    di detenuti") names people, not an act of detaining: no trigger (and no verb that would cut the
    phrase it heads from the verb before it)."""
    dd = deeds(ctx.doc.meta.lang or "it")
    if not dd.noun_forms and not dd.not_forms:
        return matches
    lex = ctx.lex
    out = []
    for m in matches:
        lo = ctx.doc.sents[ctx.toks[m.ta].sent].tok_start
        prev = ctx.lows[m.ta - 1] if m.ta - 1 >= lo else ""
        if lex.prep.get(prev) == "of" and m.ta - 2 >= lo:
            prev = ctx.lows[m.ta - 2]  # "centinaia di detenuti"
        if ctx.lows[m.ta] in dd.not_forms:
            continue  # "finché ogni ucraino non sarà libero": an adjective, not "liberare"
        if not m.trig.noun and ctx.lows[m.ta] in dd.noun_forms and (
            prev in lex.det or prev.isdigit() or prev in lex.numbers or prev in dd.quantities
        ):
            continue
        out.append(m)
    return out


def _passive_subject_needs(ctx: _Ctx, i: int, needs: frozenset[str]) -> bool:
    """A passive participle ("la folla è stata dispersa", "the crowd was dispersed") has its object
    as the subject before the auxiliaries: a word the trigger needs after an active verb counts
    there, within the clause (no clause break) and at most eight words before the auxiliaries."""
    toks, lex = ctx.toks, ctx.lex
    j = i - 1
    passive = False
    while j >= 0 and toks[j].sent == toks[i].sent and ctx.lows[j] in lex.aux:
        passive = passive or ctx.lows[j] in lex.passive
        j -= 1
    if not passive or j == i - 1:
        return False
    for k in range(j, max(-1, j - 8), -1):
        if toks[k].sent != toks[i].sent or ctx.lows[k] in lex.clause:
            return False
        if ctx.lows[k] in needs or toks[k].lemma in needs:
            return True
    return False


def _needed_antecedent(ctx: _Ctx, i: int, needs: frozenset[str]) -> bool:
    """An object pronoun before the verb ("prima che la polizia li disperdesse", "non li ha
    dispersi") whose antecedent, earlier in the sentence, is a word the trigger needs after it
    ("migliaia di manifestanti ..."): the object is named, only before the verb."""
    clitics = _object_clitics(ctx.doc.meta.lang or "it")
    if not clitics:
        return False
    toks = ctx.toks
    j = i - 1
    while j >= 0 and toks[j].sent == toks[i].sent and ctx.lows[j] in ctx.lex.aux and ctx.lows[j] not in clitics:
        j -= 1
    if j < 0 or toks[j].sent != toks[i].sent or ctx.lows[j] not in clitics:
        return False
    k = j - 1
    while k >= 0 and toks[k].sent == toks[i].sent:
        if ctx.lows[k] in needs or toks[k].lemma in needs:
            return True
        k -= 1
    return False
