"""Warnings that announce the speaker's own next move (Italian session five).

A warning is a threat when it announces what the speaker's side will do: "ha avvertito che la Cina
adotterà «tutte le misure necessarie»", "ha avvertito che la polizia non tollererà manifestazioni",
"ha avvertito che Bruxelles potrebbe sospendere l'esenzione dal visto". `match.py` keeps a warning
only when a consequence word (modality.yaml `threat`) or an addressee follows; these have neither.

- `_warning_matches`: a warning verb (`warns: true`) left unmatched whose "che" clause holds a
  verb in the future or the conditional (`warned.yaml` `endings`, with modality.yaml
  `future_endings`) or a word of readiness ("si riserva di", "è pronta a": `ready`) gets its
  THREATEN match back; the clause is remembered.
- `_warning_sides`: once the roles are read, such a warning stands only when the clause's subject
  is the speaker's own side, or the clause has none of its own (the speaker, unnamed): "ha avvertito
  che la Russia potrebbe attaccare" reports a risk, no threat. Its target is the party the announced
  act falls on (the target of an event drafted in the clause, not on the speaker's side), else a party the
  clause governs as a target ("contro il Canada"), else an addressee named before "che"; else none of the clause's parties (the implied sides may find the
  one the article is about). "Ha avvertito" with no such clause stays no event.
"""

from __future__ import annotations

from functools import cache

from cronaca import lang as langpacks
from cronaca.events.codes import _same_side
from cronaca.events.context import _PUNCT, Draft, Match, _Ctx, _positions
from cronaca.events.lexicons import Lexicon
from cronaca.events.sides import _adversary

_ENDS = frozenset({".", ";", "!", "?"})


@cache
def _warned_data(lang: str) -> tuple[tuple[str, ...], frozenset[str], frozenset[str], int]:
    """(future and conditional endings, readiness words, words that end the clause, reach to "che")."""
    if not langpacks.has_data(lang, "warned"):
        return (), frozenset(), frozenset(), 0
    raw = langpacks.load_yaml(lang, "warned")
    return (
        tuple(str(w).lower() for w in raw.get("endings") or []),
        frozenset(str(w).lower() for w in raw.get("ready") or []),
        frozenset(str(w).lower() for w in raw.get("clause_ends") or []),
        int(raw.get("reach") or 0),
    )


_WARN_KEYS: dict[int, tuple[Lexicon, frozenset[str]]] = {}


def _warn_keys(lex: Lexicon) -> frozenset[str]:
    """The `by_key` keys with a warning trigger, once per lexicon (keyed by identity, the lexicon kept
    alive with it): a token can start a warning only when its lemma or form is one of them."""
    hit = _WARN_KEYS.get(id(lex))
    if hit is None or hit[0] is not lex:
        keys = frozenset(k for k, ts in lex.by_key.items() if any(t.warns for t in ts))
        hit = _WARN_KEYS[id(lex)] = (lex, keys)
    return hit[1]


def _warning_matches(ctx: _Ctx, matches: list[Match]) -> list[Match]:
    endings, ready, clause_ends, reach = _warned_data(ctx.doc.meta.lang or "it")
    spans: dict[int, tuple[int, int]] = {}
    ctx.warning_clauses = spans  # type: ignore[attr-defined]  # read by `_warning_sides`
    if not endings:
        return matches
    lex, toks, lows = ctx.lex, ctx.toks, ctx.lows
    keys = _warn_keys(lex)
    if keys.isdisjoint(ctx.low_set) and keys.isdisjoint(ctx.lemma_set):
        return matches  # no warning verb's form or lemma in the document: no "che" below finds one
    endings = endings + lex.future_endings
    used: set[int] | None = None  # (built on the first warning verb found: most documents have none)
    added: list[Match] = []
    for c in _positions(lows, lex.comp_that):
        sent = toks[c].sent
        lo = ctx.doc.sents[sent].tok_start
        # a "che" with no warning verb's lemma or form in reach before it finds none below (the walk
        # back only stops early): one membership test per word instead of two trigger lookups
        if not any(lows[i] in keys or toks[i].lemma in keys for i in range(max(lo, c - reach), c)):
            continue
        if used is None:
            used = {k for m in matches for k in m.toks}
        # the warning verb before "che": right before it, or before an addressee ("ha avvertito
        # Israele e gli Stati Uniti che" is read by match.py already)
        trig = None
        i = c - 1
        while i >= max(lo, c - reach):
            cands = [t for key in (toks[i].lemma, lows[i]) for t in lex.by_key.get(key, ()) if t.warns]
            if cands:
                trig = cands[0]
                break
            if lows[i] in _PUNCT and lows[i] != ",":
                break
            i -= 1
        if trig is None or i in used:
            continue
        # the clause after "che": a future or conditional verb, or a word of readiness
        hi = ctx.doc.sents[sent].tok_end
        e = c + 1
        announced = False
        while e < hi and lows[e] not in _ENDS and lows[e] not in clause_ends:
            w = lows[e]
            if w in ready or (len(w) > 4 and w.isalpha() and w.endswith(endings) and ctx.unit_at[e] is None):
                announced = True
            e += 1
        if not announced:
            continue
        added.append(Match(trig, i, i + 1, [i]))
        used.add(i)
        spans[i] = (c, e)
    if not added:
        return matches
    return sorted(matches + added, key=lambda m: m.ta)


def _warning_sides(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    spans: dict[int, tuple[int, int]] = getattr(ctx, "warning_clauses", None) or {}
    if not spans:
        return drafts
    out: list[Draft] = []
    for d in drafts:
        span = spans.get(d.m.ta)
        if span is None or d.m.trig.type != "THREATEN":
            out.append(d)
            continue
        if not d.source:
            continue
        c, e = span
        lo = ctx.doc.sents[d.sent].tok_start
        # the clause's subject: the first party after "che" that no preposition governs
        subject = None
        for k in range(c + 1, e):
            u = ctx.unit_at[k]
            if u is not None and u.ts == k:
                if ctx.gov(u, lo) is None:
                    subject = u
                break
        if subject is not None and not _same_side(ctx, subject.actor, d.source):
            continue  # "ha avvertito che la Russia potrebbe attaccare": a risk, not a threat
        target: list[str] = []
        for x in drafts:
            if x is d or not (c < x.m.ta < e) or not x.target:
                continue
            hit = [a for a in x.target if not _same_side(ctx, a, d.source)]
            if hit:
                target = hit
                break
        if not target:
            # a party the announced act is aimed at inside the clause ("adotterà misure contro il Canada")
            for k in range(c + 1, e):
                u = ctx.unit_at[k]
                if u is not None and u.ts == k and ctx.gov(u, lo) == "target" and not _same_side(ctx, u.actor, d.source):
                    target = [u.actor]
                    break
        if not target:
            # an addressee before "che" ("ha avvertito Mosca che")
            named = {u.actor for k in range(d.m.tb, c) if (u := ctx.unit_at[k]) is not None}
            target = [a for a in d.target if a in named and not _same_side(ctx, a, d.source)]
        d.target = target
        out.append(d)
    return out


@cache
def _unexcluded_data(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """(verbs of ruling out, words naming a forceful option)."""
    if not langpacks.has_data(lang, "warned"):
        return frozenset(), frozenset()
    raw = langpacks.load_yaml(lang, "warned")
    return (
        frozenset(str(w).lower() for w in raw.get("ruling_out") or []),
        frozenset(str(w).lower() for w in raw.get("options") or []),
    )


def _unexcluded_threats(ctx: _Ctx, drafts: list[Draft]) -> None:
    """"Il Cremlino non ha escluso una risposta militare contro la Polonia", "non ha escluso
    nessuna opzione, compresa quella militare": not ruling out a forceful move (a consequence word,
    modality.yaml `threat`, or `warned.yaml` `options`) is a threat, asserted, not a negated
    rejection. The sides stay those the clause gave (the target after "contro")."""
    verbs, options = _unexcluded_data(ctx.doc.meta.lang or "it")
    if not verbs:
        return
    lex, toks, lows = ctx.lex, ctx.toks, ctx.lows
    threat = next(
        (t for t in lex.by_key.get("minacciare", ()) if t.type == "THREATEN" and not t.noun and not t.words), None
    )
    if threat is None:
        return
    for d in drafts:
        m = d.m
        if m.trig.type != "REJECT" or m.trig.noun or d.modality != "negated":
            continue
        if toks[m.ta].lemma not in verbs and lows[m.ta] not in verbs:
            continue
        hi = ctx.doc.sents[d.sent].tok_end
        words = set()
        for k in range(m.tb, min(hi, m.tb + 8)):
            if lows[k] in (".", ";", ":"):
                break
            words.update((lows[k], toks[k].lemma))
        if words & lex.threat or words & options:
            d.m = Match(threat, m.ta, m.tb, m.toks)
            d.modality = "asserted"


@cache
def _open_warning_data(lang: str) -> tuple[frozenset[str], bool, bool, frozenset[str], bool]:
    """(types of an open warning, whether the adversary fallback is on, whether a warning whose
    clause named only the speaker's own side is taken, the types of the speaker's other act that
    lend their target (blame, refusals, demands: not praise), whether a hostile act on the speaker lends its doer):
    `warned.yaml` `open_warnings`."""
    if not langpacks.has_data(lang, "warned"):
        return frozenset(), False, False, frozenset(), False
    raw = (langpacks.load_yaml(lang, "warned") or {}).get("open_warnings") or {}
    return (
        frozenset(str(t) for t in raw.get("types") or []),
        bool(raw.get("adversary")),
        bool(raw.get("own_clause")),
        frozenset(str(t) for t in raw.get("sibling_types") or []),
        bool(raw.get("answered")),
    )


def _open_warnings(ctx: _Ctx, drafts: list[Draft]) -> None:
    """A warning or threat verb with a speaker and no party it falls on, once every other step has
    read the sides ("Hezbollah, definendo il bombardamento «un'aggressione», ha avvertito che ...",
    "accused Washington of interfering and warned that ..."): tenth session, of the threat drafts
    of dev dropped for a missing target with a gold threat there, the target was a party the same
    speaker blamed in the same sentence (4) or the speaker's adversary in the story (7).

    - the nearest act of the same sentence by the speaker's side of `sibling_types` (blame, refusals,
      demands) aimed at another side gives its target: the warning goes on addressing the one the
      charge or demand it follows or precedes addressed (unlike `_shared_addressees` it also reads
      an act whose target a late step found, and any word between the two verbs);
    - else (`answered`) the doer of a hostile act (quad class >= 3) on the speaker's side told in the
      same sentence ("Pechino, colpita dai dazi americani, ha promesso contromisure");
    - else, when `adversary` is on, the side the article codes most often against the speaker's side
      in hostile events (`sides._adversary`). Off in both languages: on dev it was right once in
      six (the speaker's adversary in the story is often a third party: G7, Turkey, Pakistan).

    Nouns ("la minaccia") and refusals are left to their own steps; a warning whose clause named
    only the speaker's own side ("warned that Tehran would respond": `own_side`) is taken only when
    `own_clause` is on."""
    types, adversary, own_clause, siblings, answered = _open_warning_data(ctx.doc.meta.lang or "it")
    if not types:
        return
    open_ = [
        d
        for d in drafts
        if d.m.trig.type in types
        and d.source
        and not d.target
        and not d.m.trig.noun
        and not (d.refusal or d.parties or d.uncoded or d.open_appeal)
        and (own_clause or not d.own_side)
    ]
    if not open_:
        return
    full = [d for d in drafts if d.source and d.target and not d.m.trig.sym]
    for d in open_:
        target: list[str] = []
        near = len(ctx.toks)
        for e in full:
            if e.sent != d.sent or e is d or abs(e.m.ta - d.m.ta) >= near:
                continue
            if any(_same_side(ctx, a, d.source) for a in e.source):
                # the speaker's other act of the sentence ("accused X of ..., and warned that ...")
                if e.m.trig.type not in siblings:
                    continue
                hit = [a for a in e.target if not _same_side(ctx, a, d.source)]
            elif answered and (e.m.trig.quad or 0) >= 3 and any(_same_side(ctx, a, d.source) for a in e.target):
                # a hostile act on the speaker's side told in the sentence ("Pechino, colpita da
                # tariffe, ha promesso contromisure"): the warning answers its doer
                hit = list(e.source)
            else:
                continue
            if hit:  # the nearest such act of the sentence
                target, near = hit[:1], abs(e.m.ta - d.m.ta)
        if not target and adversary:
            target = _adversary(ctx, full, d.source)
        if target:
            d.target = target
