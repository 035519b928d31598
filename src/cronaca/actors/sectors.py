"""Party sectors from what the article says of a party, and the story's country named as "il Paese" (session 5).

A party the dictionary or a descriptor pattern made PTY is the opposition (OPP, CAMEO's code that an
"ITAOPP -> ITAGOV" event needs) when the article calls it so next to one of its mentions: "il principale
partito di opposizione, il PTI", "the opposition Renamo party", "il Blocco democratico, la principale forza di
opposizione", "Renamo, Mozambique's main opposition party". Its officers the article names next to it ("il
leader del Blocco democratico, Temir Asanov") and its short name ("il Movimento" for "Movimento nazionale
unito") follow. A party called governing or ruling in the same window stays PTY.

The cue words and the words allowed between cue and name are data (actors_context.yaml `opposition_cues`,
`opposition_gap`, `ruling_cues`); the pass reads a few tokens around each party mention, so it costs nothing on
an article with no party.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache
from itertools import compress

from cronaca.actors.lexicon import lexicon
from cronaca.lang import load_yaml
from cronaca.model import Actor, Document, Mention, Span

_STOP = {".", ";", ":", "!", "?", "«", "»", "“", "”", '"'}
_WINDOW = 6  # tokens between a party mention and the cue that calls it the opposition
_OFFICER_GAP = 4  # tokens between an officer's name and their party's mention ("leader del X, Y"; "Y, leader of X")


@dataclass(frozen=True, slots=True)
class _Cues:
    opposition: frozenset[str]  # "opposizione", "opposition"
    gap: frozenset[str]  # words that may stand between the cue and the party ("principale", "partito", ",")
    ruling: frozenset[str]  # "governing", "ruling", "maggioranza": the party governs
    party: frozenset[str]  # "party", "partito": the phrase names a party


@cache
def _cues(lang: str) -> _Cues:
    data = load_yaml(lang, "actors_context") or {}

    def words(name: str) -> frozenset[str]:
        return frozenset(str(w).lower().replace("’", "'") for w in data.get(name) or [])

    return _Cues(words("opposition_cues"), words("opposition_gap"), words("ruling_cues"), words("party_nouns"))


@cache
def _cue_pattern(lang: str) -> re.Pattern[str]:
    words = sorted(_cues(lang).opposition, key=len, reverse=True) or ["\0"]
    return re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)


def opposition_parties(doc: Document, story: str | None = None) -> None:
    """Give OPP to the parties (and their named officers) that the article calls the opposition."""
    parties = {a.id: a for a in doc.actors if a.kind == "ORG" and a.sector == "PTY"}
    _called_opposition(doc, parties, story)
    opp = {a.id: a for a in doc.actors if a.kind == "ORG" and a.sector == "OPP"}
    if not opp:
        return
    # a short name of an opposition party ("il Movimento" for "Movimento nazionale unito"): the same party
    full_names = {(a.country, tuple(m.text.lower().split())) for a in opp.values() for m in a.mentions}
    for p in parties.values():
        if p.sector == "PTY" and p.country and any(
                len(w) < len(full) and full[:len(w)] == w and c == p.country
                for c, full in full_names for w in (tuple(m.text.lower().split()) for m in p.mentions)):
            p.sector = "OPP"
            opp[p.id] = p
    # an officer named next to an opposition party ("il leader del Blocco democratico, Temir Asanov")
    people = {a.id: a for a in doc.actors if a.kind == "PER" and a.sector == "PTY"}
    if not people:
        return
    keys = doc.lowers()  # (read-only: the column analyze built, no pass over the tokens)
    party_spans = [(m.tok_start, m.tok_end, opp[m.actor].country) for m in doc.mentions if m.actor in opp]
    for m in doc.mentions:
        person = people.get(m.actor or "")
        if person is None or person.sector == "OPP":
            continue
        for a, b, country in party_spans:
            if (0 <= m.tok_start - b <= _OFFICER_GAP and _clear(keys, b, m.tok_start)) or (
                    0 <= a - m.tok_end <= _OFFICER_GAP and _clear(keys, m.tok_end, a)):
                if person.country is None or person.country == country:
                    person.sector = "OPP"
                break


def _called_opposition(doc: Document, parties: dict[str, Actor], story: str | None) -> None:
    """OPP for the PTY parties that the article calls the opposition next to one of their mentions; a name no
    dictionary placed ("Vazrazhdane, Bulgaria's main opposition party") becomes such a party when the phrase says
    "party" (`party_nouns`), with the country named in the phrase, else the story's."""
    cues = _cues(doc.meta.lang or "it")
    if cues.opposition.isdisjoint(doc.key_set()):
        return  # no cue among the document's words: the walks below never find one (a few set lookups)
    if not cues.opposition or not _cue_pattern(doc.meta.lang or "it").search(doc.text):
        return  # the article never says "opposition": nothing to read (one C scan of the text)
    toks = doc.tokens
    n = len(toks)
    # the column analyze built, with typographic apostrophes folded only when the text has one
    # (a token holds one only then): no pass over the tokens on most articles (read-only)
    lows = doc.lowers()
    keys = [w.replace("’", "'") if "’" in w else w for w in lows] if "’" in doc.text else lows
    by_id = {a.id: a for a in doc.actors}
    place_country: dict[int, str] = {}  # token -> country of a polity mention ("Mozambique's main opposition party")
    places = set()
    for m in doc.mentions:
        if m.kind in ("GPE", "LOC"):
            places.update(range(m.tok_start, m.tok_end))
            a = by_id.get(m.actor or "")
            if a is not None and a.kind == "GPE" and a.country:
                place_country.update(dict.fromkeys(range(m.tok_start, m.tok_end), a.country))

    def called(lo: int, hi: int, step: int) -> int | None:
        """Walk from token lo towards hi (exclusive) over gap words: the index of an opposition cue, -1 at a ruling
        cue, None when the walk meets anything else first."""
        k = lo
        while k != hi and 0 <= k < n:
            w = keys[k]
            if w in cues.opposition:
                return k
            if w in cues.ruling:
                return -1
            if w in _STOP or not (w in cues.gap or k in places):
                return None
            k += step
        return None

    opp: set[str] = set()
    for m in doc.mentions:
        actor = by_id.get(m.actor or "")
        if actor is None or actor.id in opp:
            continue
        known = actor.id in parties
        # a capitalized name no rule placed (no country, no sector, not a person): maybe a party described here
        unplaced = (not known and m.source == "caps" and actor.kind in ("ORG", "LOC") and actor.sector is None
                    and actor.country is None and actor.igo is None)
        if not (known or unplaced):
            continue
        # "il principale partito di opposizione, il PTI", "the opposition Renamo party": the cue before the name
        before = called(m.tok_start - 1, max(-1, m.tok_start - 1 - _WINDOW), -1)
        # "Renamo, the main opposition party", "il Blocco democratico, la principale forza di opposizione"
        after = None
        if m.tok_end < n and keys[m.tok_end] in (",", "("):
            after = called(m.tok_end + 1, min(n, m.tok_end + 1 + _WINDOW), 1)
        if m.tok_end < n and after is None:
            after = called(m.tok_end, min(n, m.tok_end + 2), 1)  # "the Renamo opposition party"
        if before == -1 or after == -1 or (before is None and after is None):
            continue
        cue = before if before is not None else after
        lo, hi = min(cue, m.tok_start) - 3, max(cue, m.tok_end) + 3  # the whole phrase, name and cue
        if unplaced:
            if not any(keys[k] in cues.party for k in range(max(0, lo), min(n, hi))):
                continue  # "X, the opposition's candidate": no party named
            actor.kind = "ORG"
            actor.country = next((place_country[k] for k in range(max(0, lo), min(n, hi)) if k in place_country),
                                 story)
            for x in doc.mentions:
                if x.actor == actor.id:
                    x.kind = "ORG"
        opp.add(actor.id)
        actor.sector = "OPP"
        parties[actor.id] = actor


def _clear(keys: list[str], a: int, b: int) -> bool:
    """No sentence or quotation boundary between tokens a and b."""
    return not any(keys[k] in _STOP for k in range(a, b))


@cache
def _anaphors(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The anaphor words ("Paese"), the articles before them, and the first words of the descriptors after them that
    make the phrase some other country ("il Paese africano", "il Paese ospite"): `country_anaphor_descriptors` and
    the language's demonyms."""
    data = load_yaml(lang, "actors_context") or {}
    descriptors = {str(w).lower().replace("’", "'").split()[0] for w in data.get("country_anaphor_descriptors") or []}
    descriptors.update(lexicon(lang).demonyms)
    return (frozenset(str(w) for w in data.get("country_anaphors") or []),
            frozenset(str(w).lower().replace("’", "'") for w in data.get("country_anaphor_before") or []),
            frozenset(descriptors))


def country_anaphors(doc: Document, story: str | None) -> None:
    """"il Paese" (capitalized: the nation, not "un paese" nor "ogni Paese") after a definite article is a mention
    of the story's country, the polity the article is about (docs/conventions.md: definite descriptions that refer
    to an actor are its mentions). Called only when the story has one clear country (not a close race)."""
    if story is None:
        return
    words, before, descriptors = _anaphors(doc.meta.lang or "it")
    if not words:
        return
    toks = doc.tokens
    hits = [i for i, t in enumerate(toks) if t.text in words] if any(w in doc.text for w in words) else []
    if not hits:
        return
    actor = next((a for a in doc.actors if a.country == story and a.kind == "GPE" and not a.sector), None)
    if actor is None:
        return  # the country is named by no GPE mention of its own: no actor to point back to
    covered = {k for m in doc.mentions for k in range(m.tok_start, m.tok_end)}
    n = len(toks)
    for i in hits:
        if i == 0 or i in covered or toks[i - 1].lower.replace("’", "'") not in before:
            continue
        if i + 1 < n and toks[i + 1].lower.replace("’", "'") in descriptors:
            # "il Paese africano", "il Paese ospite": a description of some country, maybe another; a preposition or
            # a verb after it ("allontana il Paese dalle elezioni", "il Paese ha votato") leaves the nation itself
            # (until session 6b any lower-case word blocked it)
            continue
        t = toks[i]
        # a description, not a name: benchmarks/ner_kind.py and the quotes stage skip it as such
        mention = Mention(t.start, t.end, t.text, "GPE", i, i + 1, actor.id, "anaphor", {"description": True})
        bisect.insort(doc.mentions, mention, key=lambda m: m.start)
        bisect.insort(actor.mentions, Span(t.start, t.end, t.text), key=lambda s: s.start)


@dataclass(frozen=True, slots=True)
class _BodyAnaphors:
    heads: dict[str, frozenset[str]]  # "movimento" -> sectors of the bodies it can name back ("REB"; "IGO": an igo)
    before: frozenset[str]  # definite articles (and articulated prepositions) before the head
    adjectives: frozenset[str]  # words after the head that stay in the description ("il movimento sciita")
    after: frozenset[str]  # other lower-case words that may follow an Italian head ("che", "hanno")


@cache
def _body_anaphors(lang: str) -> _BodyAnaphors:
    """actors_context.yaml `body_anaphors` (head -> sectors), `body_anaphor_before`, `body_anaphor_adjectives`,
    `body_anaphor_after`."""
    data = load_yaml(lang, "actors_context") or {}
    heads = {str(k).lower(): frozenset(str(s) for s in v) for k, v in (data.get("body_anaphors") or {}).items()}
    return _BodyAnaphors(heads, frozenset(str(w).lower().replace("’", "'") for w in data.get("body_anaphor_before") or []),
                         frozenset(str(w).lower() for w in data.get("body_anaphor_adjectives") or []),
                         frozenset(str(w).lower() for w in data.get("body_anaphor_after") or []))


@cache
def _folded_heads(lang: str) -> frozenset[str]:
    """The body anaphors' heads with typographic apostrophes folded, as `Document.key_set` folds the
    document's words: a head among a document's tokens is then among its words."""
    return frozenset(h.replace("’", "'") for h in _body_anaphors(lang).heads)


def body_anaphors(doc: Document) -> None:
    """"il movimento", "the group", "the bloc", "the alliance" after a definite article name back the armed group,
    rights group or international organization the article named last before them (docs/conventions.md: definite
    descriptions that refer to an actor are its mentions): "gli Houthi ... il movimento ha rivendicato", "ECOWAS
    ... the bloc threatened". Only lower-case heads that end their noun phrase (or take one adjective: "il
    movimento sciita"): not "il gruppo di lavoro", "the group of experts", "il gruppo Wagner", "the G7 group". With
    no such body named before, nothing: the head may be any group."""
    data = _body_anaphors(doc.meta.lang or "it")
    if not data.heads:
        return
    if _folded_heads(doc.meta.lang or "it").isdisjoint(doc.key_set()):
        return  # no head among the document's words (most documents): no pass over the tokens
    toks = doc.tokens
    n = len(toks)
    # (one C pass over the lowercase column, then the few hits checked: no bytecode per token)
    hits = [i for i in compress(range(n), map(data.heads.__contains__, doc.lowers())) if toks[i].text.islower()]
    if not hits:
        return
    covered = {k for m in doc.mentions for k in range(m.tok_start, m.tok_end)}
    lex = lexicon(doc.meta.lang or "it")
    # (first mention start, actor) of every organization that can be named back, in text order of its mentions
    bodies: list[tuple[int, Actor]] = sorted(
        ((m.start, a) for a in doc.actors if a.kind == "ORG" for m in a.mentions), key=lambda p: p[0])
    for i in hits:
        if i == 0 or i in covered or toks[i - 1].lower.replace("’", "'") not in data.before:
            continue
        j = i + 1
        if j < n and (toks[j].lower in data.adjectives or toks[j].lower in lex.demonyms) and j not in covered:
            j += 1  # "il movimento sciita", "il gruppo jihadista"
        if j < n and (toks[j].lower in lex.of or toks[j].text[:1].isupper() or toks[j].text[:1].isdigit()):
            continue  # "il gruppo di contatto", "the group of experts", "il gruppo Wagner"
        if (j < n and lex.lang != "en" and toks[j].text.isalpha() and toks[j].text.islower()
                and toks[j].lower not in lex.auxiliaries and toks[j].lower not in data.after):
            continue  # Italian adjectives follow the noun: "il gruppo parlamentare", "il movimento studentesco"
        sectors = data.heads[toks[i].lower]
        start = toks[i].start
        actor = None
        for s, a in reversed(bodies):
            if s >= start:
                continue
            if ("IGO" in sectors and a.igo) or (a.sector in sectors and not a.igo):
                actor = a
                break
        if actor is None:
            continue
        a0, a1 = toks[i], toks[j - 1]
        text = doc.text[a0.start:a1.end]
        mention = Mention(a0.start, a1.end, text, "ORG", i, j, actor.id, "anaphor", {"description": True})
        bisect.insort(doc.mentions, mention, key=lambda m: m.start)
        bisect.insort(actor.mentions, Span(a0.start, a1.end, text), key=lambda s: s.start)
        covered.update(range(i, j))


@cache
def _head_anaphors(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """actors_context.yaml `head_anaphors` (capitalized heads, as written), their lower-case forms (checked against
    the document's words first), `head_anaphor_before` (the words that may open them) and `head_anaphor_offices`
    (role + preposition + head read as one office, lower-case)."""
    data = load_yaml(lang, "actors_context") or {}
    heads = frozenset(str(w) for w in data.get("head_anaphors") or [])
    return (heads, frozenset(h.lower() for h in heads),
            frozenset(str(w).lower().replace("’", "'") for w in data.get("head_anaphor_before") or []),
            frozenset(str(w).lower() for w in data.get("head_anaphor_offices") or []))


def head_anaphors(doc: Document) -> None:
    """A bare capitalized head ("il Consiglio", "la Procura", "del Movimento", "the Council", "The Fund") names back
    the body the article named before whose name opens (Italian) or closes (English) with that head: "il Consiglio
    di sicurezza dell'Onu ... il Consiglio torna a votare" is the Security Council, not the Italian Council of
    Ministers that institutions.yaml gives a lone "Consiglio" (a national default is a guess; a body the article
    named is what the reader has in mind); "the International Monetary Fund ... The Fund". Several such bodies: the
    most recent. Only a head that ends its phrase (not "il Consiglio di pace e sicurezza", "il Consiglio europeo",
    read whole by the earlier passes) and not in an office named with it ("la presidente del Consiglio" is Italy's
    premier; "il leader del Movimento" is the movement's leader). With no such body named before, the head keeps what the earlier passes gave it."""
    lang = doc.meta.lang or "it"
    heads, lower_heads, before, offices = _head_anaphors(lang)
    if not heads or lower_heads.isdisjoint(doc.key_set()):
        return  # no head among the document's words (most documents): no pass over the tokens
    toks = doc.tokens
    n = len(toks)
    hits = [i for i in compress(range(n), map(lower_heads.__contains__, doc.lowers())) if toks[i].text in heads]
    if not hits:
        return
    lex = lexicon(lang)
    by_id = {a.id: a for a in doc.actors}
    at: dict[int, Mention] = {}  # token -> the mention over it
    for m in doc.mentions:
        for k in range(m.tok_start, m.tok_end):
            at[k] = m
    # (start, end, actor) of every multi-word mention of an organization, by its first (it) / last (en) word
    named: dict[str, list[tuple[int, Actor]]] = {}
    for m in doc.mentions:
        a = by_id.get(m.actor or "")
        if a is None or a.kind != "ORG" or m.tok_end - m.tok_start < 2:
            continue
        word = toks[m.tok_start].text if lang != "en" else toks[m.tok_end - 1].text
        if word in heads:
            named.setdefault(word, []).append((m.end, a))
    if not named:
        return
    for i in hits:
        if i == 0 or toks[i].text not in named or toks[i - 1].lower.replace("’", "'") not in before:
            continue
        cur = at.get(i)
        if cur is not None and (cur.tok_start != i or cur.tok_end != i + 1):
            continue  # part of a longer name ("il Consiglio europeo", "Consiglio dei ministri")
        j = i + 1
        if j < n and (toks[j].lower in lex.of or toks[j].text[:1].isupper() or toks[j].text[:1].isdigit()):
            continue  # "il Consiglio di pace e sicurezza", "the Council of Europe": another body's name
        if i >= 2 and f"{toks[i - 2].lower} {toks[i - 1].lower} {toks[i].lower}" in offices:
            continue  # "la presidente del Consiglio": an office of its own (Italy's premier), not the body named before
        start = toks[i].start
        actor = None
        for end, a in reversed(named[toks[i].text]):  # in text order: the most recent one before
            if end <= start:
                actor = a
                break
        if actor is None or (cur is not None and cur.actor == actor.id):
            continue
        text = doc.text[start:toks[i].end]
        if cur is not None:
            old = by_id.get(cur.actor or "")
            if old is not None:
                old.mentions = [s for s in old.mentions if not (s.start == cur.start and s.end == cur.end)]
                if not old.mentions:
                    doc.actors = [a for a in doc.actors if a is not old]
            cur.actor, cur.kind, cur.source = actor.id, actor.kind, "anaphor"
        else:
            mention = Mention(start, toks[i].end, text, actor.kind, i, i + 1, actor.id, "anaphor")
            bisect.insort(doc.mentions, mention, key=lambda m: m.start)
            at[i] = mention
        bisect.insort(actor.mentions, Span(start, toks[i].end, text), key=lambda s: s.start)


@cache
def _group_anaphors(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """actors_context.yaml `group_anaphors` (plural heads of group nouns) and `group_anaphor_before`
    (the definite articles and articulated prepositions that may open them)."""
    data = load_yaml(lang, "actors_context") or {}
    return (frozenset(str(w).lower() for w in data.get("group_anaphors") or []),
            frozenset(str(w).lower().replace("’", "'") for w in data.get("group_anaphor_before") or []))


def group_anaphors(doc: Document) -> None:
    """A definite plural group noun with nothing of its own ("the officials had helped ...", "le truppe
    hanno bombardato", "i funzionari") names back the group actor the article named last with the same
    head and a country ("three South African officials", "Russian troops", "tre funzionari iraniani"):
    the same people told again (docs/conventions.md: definite descriptions that refer to an actor are its
    mentions). Tenth session: with no actor there, a speaker or the subject before took their acts ("the
    Treasury said the officials had helped channel funds" gave the aid to the Treasury). Only a head
    that ends its noun phrase (no demonym, name or "of/di" after it: that is another group), and only
    when a group actor with that head was named before; else nothing."""
    heads, before = _group_anaphors(doc.meta.lang or "it")
    if not heads or heads.isdisjoint(doc.key_set()):
        return  # no head among the document's words (most documents): no pass over the tokens
    toks = doc.tokens
    n = len(toks)
    hits = [i for i in compress(range(n), map(heads.__contains__, doc.lowers())) if toks[i].text.islower()]
    if not hits:
        return
    covered = {k for m in doc.mentions for k in range(m.tok_start, m.tok_end)}
    lex = lexicon(doc.meta.lang or "it")
    # (mention start, head word, actor) of every group actor with a country, in text order
    named: list[tuple[int, str, Actor]] = sorted(
        ((m.tok_start, toks[k].lower, a) for a in doc.actors if a.kind == "ORG" and a.country and not a.igo
         for m in doc.mentions if m.actor == a.id for k in range(m.tok_start, m.tok_end) if toks[k].lower in heads),
        key=lambda p: p[0])
    if not named:
        return
    for i in hits:
        if i == 0 or i in covered or toks[i - 1].lower.replace("’", "'") not in before:
            continue
        j = i + 1
        if j < n and (toks[j].lower in lex.of or toks[j].lower in lex.demonyms or toks[j].text[:1].isupper()):
            continue  # "the officials of the ministry", "i funzionari iraniani", "the troops Moscow sent"
        head = toks[i].lower
        actor = next((a for s, h, a in reversed(named) if s < i and h == head), None)
        if actor is None:
            continue
        a0 = toks[i]
        mention = Mention(a0.start, a0.end, a0.text, "ORG", i, i + 1, actor.id, "anaphor", {"description": True})
        bisect.insort(doc.mentions, mention, key=lambda m: m.start)
        bisect.insort(actor.mentions, Span(a0.start, a0.end, a0.text), key=lambda s: s.start)
        covered.add(i)
