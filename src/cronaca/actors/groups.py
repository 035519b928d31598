"""Group actors: parties named by a plural common noun with no country of their own ("gli alleati
occidentali", "Western partners", "le aziende europee", "pro-Iranian militias").

They take part in events (docs/conventions.md, "Code of an actor in an event": an actor with neither
country nor igo is coded by its name), so the events stage can give them a side. The phrases are data
(`groups.yaml`, `actors:`); each is tokenized once with the article's tokenizer and indexed by its
first token, so matching is one dict lookup per token. The actor's key starts with "group:" so that
later stages can tell a named group from an actor the actors stage could not place.
"""

from __future__ import annotations

import bisect
from functools import cache
from itertools import compress

from cronaca import lang as langpacks
from cronaca.actors.lexicon import lexicon
from cronaca.actors.people import find_people_groups
from cronaca.model import Actor, Document, Mention, Span

GROUP_KEY = "group:"


Phrase = tuple[tuple[str, ...], str, str | None, str | None, bool]  # keys, name, sector, igo, group when no igo


@cache
def _index(lang: str) -> dict[str, list[Phrase]]:
    """First token -> [(token keys, canonical name, sector, igo, fallback)], longest first. An entry with an `igo`
    ("i capi di Stato dell'Africa occidentale", "West African leaders": the regional bloc) is a mention of that
    organization when the article names it, else a group by its name only with `fallback: true`."""
    if not langpacks.has_data(lang, "groups"):
        return {}
    data = langpacks.load_yaml(lang, "groups") or {}
    tokenizer = langpacks.nlp(lang).tokenizer
    index: dict[str, list[Phrase]] = {}
    for e in data.get("actors") or []:
        name, sector = str(e["name"]), e.get("sector")
        igo = str(e["igo"]) if e.get("igo") else None
        for phrase in e.get("phrases") or []:
            toks = tuple(t.text.lower().replace("’", "'") for t in tokenizer(str(phrase)))
            index.setdefault(toks[0], []).append((toks, name, str(sector) if sector else None, igo,
                                                  bool(e.get("fallback", igo is None))))
    for bucket in index.values():
        bucket.sort(key=lambda x: -len(x[0]))
    return index


def find_group_actors(doc: Document, story: str | None = None, lows: list[str] | None = None,
                      keys: list[str] | None = None) -> None:
    """Add the group phrases of `groups.yaml` that no other mention covers, as actors and mentions; then the
    groups of people named by a common noun (people.py), placed in the story's country `story` when they have
    no country of their own. `lows` (each token's lower) and `keys` (the same, apostrophes folded) are the
    columns find_actors already built for these tokens, when it is the caller."""
    _find_phrases(doc, lows)
    find_people_groups(doc, story, keys)


def _find_phrases(doc: Document, lows: list[str] | None = None) -> None:
    index = _index(doc.meta.lang or "it")
    if not index or not doc.tokens:
        return
    toks = doc.tokens
    if lows is None:
        lows = [t.lower for t in toks]
    if index.keys().isdisjoint(doc.key_set()):
        return  # no phrase's first word in the document (its words, folded alike: no pass over them)
    if "’" in doc.text:  # "all’Ue": phrases are written with a plain apostrophe
        lows = [w.replace("’", "'") if "’" in w else w for w in lows]
    hits = list(compress(range(len(lows)), map(index.__contains__, lows)))  # one C pass
    if not hits:
        return
    taken = [False] * len(toks)
    place = [False] * len(toks)  # covered by a place mention only: a regional phrase may hold one ("Africa")
    for m in doc.mentions:
        if 0 <= m.tok_start < m.tok_end:
            taken[m.tok_start : m.tok_end] = [True] * (m.tok_end - m.tok_start)
            if m.kind == "LOC":
                place[m.tok_start : m.tok_end] = [True] * (m.tok_end - m.tok_start)
    demonyms = lexicon(doc.meta.lang or "it").demonyms
    by_name = {a.key: a for a in doc.actors if a.key and a.key.startswith(GROUP_KEY)}
    by_igo = {a.igo: a for a in reversed(doc.actors) if a.igo and a.kind == "ORG"}  # the first named body wins
    for i in hits:
        for keys, name, sector, igo, fallback in index[lows[i]]:
            j = i + len(keys)
            if tuple(lows[i:j]) != keys or any(taken[k] and not (igo and place[k]) for k in range(i, j)):
                continue
            if igo and demonyms and ((j < len(lows) and lows[j] in demonyms) or (i > 0 and lows[i - 1] in demonyms)):
                continue  # "caschi blu italiani", "Kenyan peacekeepers": a national contingent (groups.yaml `own`)
            actor = by_igo.get(igo) if igo else None
            if actor is None and not fallback:
                continue  # "i leader europei" with no EU named: no bloc, no group
            akey = GROUP_KEY + name
            if actor is None:
                actor = by_name.get(akey)
            if actor is None:
                actor = Actor(id=f"a{len(doc.actors) + 1}", name=name, kind="ORG", sector=sector, key=akey)
                doc.actors.append(actor)
                by_name[akey] = actor
            start, end = toks[i].start, toks[j - 1].end
            text = doc.text[start:end]
            bisect.insort(actor.mentions, Span(start, end, text), key=lambda x: x.start)
            # mentions stay in text order
            mention = Mention(start, end, text, "ORG", i, j, actor.id, "group")
            bisect.insort(doc.mentions, mention, key=lambda m: m.start)
            taken[i:j] = [True] * (j - i)
            break
