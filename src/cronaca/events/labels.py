"""Labels: a speaker calling someone or something by a quoted name (Italian session five).

News reports most criticism as a label in quotation marks: "ha definito il decreto «un regalo alle
mafie»", "definendole «sciacallaggio politico»", "ha bollato come «propaganda» le accuse". The
evaluative trigger (`evaluative: true`, `match.py`) fires only when a listed blaming word follows;
the quoted words of a label are seldom in any list. `_quoted_labels` adds the evaluative verb's
ACCUSE match when a quotation follows it within `label_reach` words and holds no praising word
(`labels.yaml`: `label_verbs`, `praise`); the roles, judged objects and implied sides of the stage
then find whom the label aims at, as for any evaluative verb. A verb of mode `negative` ("parlare
di «...»") needs a blaming word (modality.yaml `evaluation.negative`) inside the quotation, right
after "di". A claim called false ("ha definito le accuse «fantasie»" with a falsity word) is the
REJECT twin, as in `match.py`.
"""

from __future__ import annotations

from functools import cache

from cronaca import lang as langpacks
from cronaca.events.context import _OPENING_QUOTES, _PUNCT, _QUOTE_MARKS, Draft, Match, _Ctx, _positions
from cronaca.events.lexicons import Lexicon, Trigger

_STOPS = frozenset({".", ";", "!", "?"})


@cache
def _label_data(
    lang: str,
) -> tuple[dict[str, str], int, int, frozenset[str], frozenset[str], frozenset[str], int]:
    """(verb lemma -> mode, reach in words, longest quotation, praising words, reflexive clitics,
    words calling a claim unfounded, how far back a glued pronoun's claim may be named)."""
    if not langpacks.has_data(lang, "labels"):
        return {}, 0, 0, frozenset(), frozenset(), frozenset(), 0
    raw = langpacks.load_yaml(lang, "labels")
    verbs = {str(k).lower(): str(v) for k, v in (raw.get("label_verbs") or {}).items()}
    for mode in verbs.values():
        if mode not in ("quoted", "negative"):
            raise langpacks.DataError(f"{lang}/labels.yaml: unknown label mode {mode!r}")
    return (
        verbs,
        int(raw.get("label_reach") or 0),
        int(raw.get("label_words") or 0),
        frozenset(str(w).lower() for w in raw.get("praise") or []),
        frozenset(str(w).lower() for w in raw.get("reflexive") or []),
        frozenset(str(w).lower() for w in raw.get("falsity") or []),
        int(raw.get("claim_reach") or 0),
    )


def _label_trigger(ctx: _Ctx, i: int, verbs: dict[str, str]) -> tuple[Trigger, str] | None:
    """The evaluative trigger a label verb at `i` carries, with its mode: the verb's own evaluative
    entry (definire), else the first evaluative entry of any label verb (bollare, parlare share it)."""
    lex = ctx.lex
    t = ctx.toks[i]
    low, lemma = ctx.lows[i], t.lemma
    mode = verbs.get(lemma) or verbs.get(low)
    cands = lex.by_form.get(low, [])
    if mode is None and cands:
        # a gerund with a glued pronoun ("definendole"): the lexicon knows it by form only
        mode = next((verbs[k] for k in verbs if any(tr in cands for tr in lex.by_key.get(k, ()))), None)
    if mode is None:
        return None
    for key in (lemma, low, *verbs):
        for tr in lex.by_key.get(key, ()):
            if tr.evaluative and not tr.noun and not tr.words:
                return tr, mode
    return None


_LABEL_KEYS: dict[tuple[int, str], tuple[Lexicon, frozenset[str]]] = {}


def _label_keys(lex: Lexicon, lang: str, verbs: dict[str, str]) -> frozenset[str]:
    """The words that give `_label_trigger` a mode: the label verbs, and the forms (`by_form`) whose
    triggers one of them carries ("definendole"). Once per lexicon and language (keyed by identity,
    the lexicon kept alive with it); a token is a label verb only when its lemma or form is one."""
    hit = _LABEL_KEYS.get((id(lex), lang))
    if hit is None or hit[0] is not lex:
        keys = set(verbs)
        for form, cands in lex.by_form.items():
            if cands and any(tr in cands for k in verbs for tr in lex.by_key.get(k, ())):
                keys.add(form)
        hit = _LABEL_KEYS[(id(lex), lang)] = (lex, frozenset(keys))
    return hit[1]


def _quoted_labels(ctx: _Ctx, matches: list[Match]) -> list[Match]:
    lang = ctx.doc.meta.lang or "it"
    verbs, reach, longest, praise, reflexive, falsity, claim_reach = _label_data(lang)
    if not verbs:
        return matches
    lex, toks, lows = ctx.lex, ctx.toks, ctx.lows
    if _OPENING_QUOTES.isdisjoint(ctx.low_set):  # no quotation: no label (most documents)
        ctx.label_starts = frozenset()  # type: ignore[attr-defined]
        return matches
    keys = _label_keys(lex, lang, verbs)
    if keys.isdisjoint(ctx.low_set) and ctx.lemma_set.isdisjoint(verbs):
        # no label verb's form or lemma in the document: the test below fails before every quotation
        ctx.label_starts = frozenset()  # type: ignore[attr-defined]
        return matches
    n = len(toks)
    used = {k for m in matches for k in m.toks}
    added: list[Match] = []
    for q in _positions(lows, _OPENING_QUOTES):
        sent = toks[q].sent
        lo = ctx.doc.sents[sent].tok_start
        # a quotation with no word `_label_trigger` can read as a label verb in reach before it adds
        # nothing (the walk back only skips or stops before such a word): one membership test a word
        if not any(lows[i] in keys or toks[i].lemma in verbs for i in range(max(lo, q - reach), q)):
            continue
        if lows[q] == '"' and sum(1 for j in range(lo, q) if lows[j] == '"') % 2:
            continue  # a straight quote closing a quotation
        # the quoted words, up to the closing mark
        words: set[str] = set()
        e = q + 1
        while e < n and toks[e].sent == sent and lows[e] not in _QUOTE_MARKS and e - q <= longest:
            words.add(lows[e])
            words.add(toks[e].lemma)
            e += 1
        if e >= n or lows[e] not in _QUOTE_MARKS or e == q + 1 or words & praise:
            continue  # no closing mark near: a statement, not a label; or a praising one
        # the label verb before the quotation, within reach, in the same clause
        for i in range(q - 1, max(lo, q - reach) - 1, -1):
            w = lows[i]
            if w in _STOPS or w in _QUOTE_MARKS:
                break
            if i in used or w in _PUNCT:
                continue
            found = _label_trigger(ctx, i, verbs)
            if found is None:
                continue
            trig, mode = found
            if mode == "negative" and (lex.prep.get(lows[q - 1]) != "of" or not words & lex.negative):
                break
            # a gerund label ("..., definendole «...»") elaborates an act the sentence told before
            # ("ha respinto le critiche, definendole"); with none, its subject is a guess
            if (lows[i] in lex.enclitic or lows[i].endswith(lex.gerund)) and not any(
                m.ta < i and toks[m.ta].sent == sent and not m.trig.noun for m in matches
            ):
                break
            # "si è definito «un uomo di pace»": the speaker names himself
            if any(lows[j] in reflexive for j in range(max(lo, i - 3), i)):
                break
            between = {x for j in range(i + 1, q) for x in (lows[j], toks[j].lemma)}
            if lows[i] in lex.enclitic:  # "ha respinto le accuse, definendole ...": the pronoun's claims
                between.update(lows[j] for j in range(max(lo, i - claim_reach), i))
            unfounded = words & lex.falsity or words & falsity
            if unfounded and (between | words) & lex.claims and trig in lex.refute:
                trig = lex.refute[trig]  # "ha definito le accuse «menzogne»": a claim rejected
            added.append(Match(trig, i, i + 1, [i]))
            used.add(i)
            break
    # remembered on the context: `_unaimed_labels` reads which drafts are labels
    ctx.label_starts = frozenset(m.ta for m in added)  # type: ignore[attr-defined]
    if not added:
        return matches
    return sorted(matches + added, key=lambda m: m.ta)


def _unaimed_labels(ctx: _Ctx, drafts: list[Draft]) -> list[Draft]:
    """A label whose clause, object and the act it judges gave no target is dropped before the
    implied sides run: the article's usual counterpart is seldom whom a quoted label is about (on
    unseen news such labels were aimed at a place named nearby or the government by default)."""
    starts = getattr(ctx, "label_starts", None)
    if not starts:
        return drafts
    return [d for d in drafts if d.target or d.m.ta not in starts or d.m.trig.type != "ACCUSE"]
