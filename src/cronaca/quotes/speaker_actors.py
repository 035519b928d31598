"""Speakers with no actor become actors, so that a quotation's speaker can be counted.

A speaker read from a capitalized run no mention covers is the person already named with that
surname, else a person from a given name on, else an organization (a keyword, an acronym, a hyphen);
a group described by a role or body phrase with a known country ("un portavoce del ministero degli
Esteri cinese") is an organization of that country and sector. Anonymous sources stay without actor.
"""

from __future__ import annotations

from cronaca.model import Actor, Span
from cronaca.quotes.context import _Ctx, _Who
from cronaca.quotes.cue_lexicon import (
    _common_words,
    _first_names,
    _fold,
    _foreign_words,
    _not_name,
    _org_keywords,
    _own_words,
)


class _SpeakerActors:
    """Speakers read from a capitalized run no mention covers ("Sea-Watch", "Anm Giuseppe Santalucia",
    a bare "Wang") become actors: the person already named whose surname it ends with, else a person
    from its given name on, else an organization named by the run. A speaker needs an actor to be
    counted, and the run is the only evidence we have of it."""

    def __init__(self, ctx: _Ctx) -> None:
        doc = ctx.doc
        self.ctx = ctx
        self.doc = doc
        self.made: dict[str, Actor] = {}
        self.by_span: dict[tuple[int, int], _Who | None] = {}
        self.surnames: dict[str, Actor] = {}
        for a in doc.actors:
            if a.kind == "PER" and " " in a.name:
                self.surnames.setdefault(_fold(a.name.split()[-1]), a)
                for m in a.mentions:
                    self.surnames.setdefault(_fold(m.text.split()[-1]), a)
        # "Zhou Ming ... Zhou pledged": a bare word that begins the name of exactly one person named
        # before is that person, whether it is a family name written first (Chinese, Korean, Hungarian
        # names) or a given name ("Maria" after "Maria Rossi"), rather than someone new
        self.family_first: dict[str, Actor | None] = {}
        for a in doc.actors:
            words = a.name.split()
            if a.kind == "PER" and len(words) >= 2:
                key = _fold(words[0])
                self.family_first[key] = a if key not in self.family_first else None
        nums = [int(a.id[1:]) for a in doc.actors if a.id[:1] == "a" and a.id[1:].isdigit()]
        self.next_id = max(nums, default=0) + 1

    def resolve(self, who: _Who | None) -> _Who | None:
        if who is None or who.actor is not None or who.span is None or (who.anonymous and who.kind is None):
            return who
        span = who.span
        done = self.by_span.get((span.start, span.end))
        if done is not None:
            return done
        out = self._resolve(span, who)
        if out is not None and who.anonymous:
            out = _Who(out.actor, out.span, anonymous=True)  # the group is an actor; the source stays anonymous
        self.by_span[(span.start, span.end)] = out
        return out if out is not None else who

    def _resolve(self, span: Span, who: _Who) -> _Who | None:
        kind_hint = who.kind
        words = span.text.split()
        if kind_hint is not None:
            return self._make(span, kind_hint, len(words), who.country, who.sector)
        if not span.text[:1].isupper():
            return None  # a description ("the ministry"), not a name
        if not words or not any(c.isalpha() for c in span.text):
            return None
        body = self._named_body(span)
        if body is not None:
            self._mention(body, span)
            return _Who(body.id, span)
        known = self.surnames.get(_fold(words[-1]))
        if known is None and len(words) == 1:
            known = self.family_first.get(_fold(words[0]))
        if known is not None:
            self._mention(known, span)
            return _Who(known.id, span)
        given = _first_names(self.doc.meta.lang or "it")
        ctx, lex, toks = self.ctx, self.ctx.lex, self.ctx.toks
        a, b = ctx.tok_at(span.start), ctx.tok_at(span.end)
        if not 0 <= a < b <= len(toks):
            return None
        kind, start = "ORG", span.start
        if not any(_fold(w) in given for w in words[:-1]):
            nxt = toks[b].lower if b < len(toks) and toks[b].sent == toks[a].sent else ""
            if nxt in lex.role_nouns or nxt in lex.source_nouns:
                return None  # "Ukrainian officials", "Kremlin spokesman": a modifier, not a name
            if a > 0 and toks[a - 1].lower in lex.gen_preps:
                return None  # "il ministero della Salute": part of a longer name
            lang = self.doc.meta.lang or "it"
            common = _common_words(lang)
            if len(words) == 1 and (
                toks[a].lower in common or toks[a].lower in _not_name(lex) or len(toks[a].text) < 3
                or a == ctx.doc.sents[toks[a].sent].tok_start
            ):
                return None  # "Commissione", "Forse": a common or sentence-initial word, not a name
            # a name of words no dictionary knows is a person's ("Conlon", "Mariann E. Budde"); an
            # organization has a keyword, a common word, an acronym or a hyphen ("Royal College",
            # "Sea-Watch", "TMZ")
            keywords = _org_keywords(lang)
            own, foreign = _own_words(lang), _foreign_words(lang)
            real = [w for w in words if len(w.strip(".")) > 1]  # initials ("E.") say nothing
            org = any(
                _fold(w).strip(".,") in keywords or _fold(w) in own
                or (w.isupper() and len(w) > 1) or "-" in w or "." in w.strip(".") or any(ch.isdigit() for ch in w)
                for w in real
            ) or (len(real) > 1 and all(_fold(w) in foreign for w in real)) or words[0] == "The"  # "Geological Survey"
            kind = "ORG" if org else "PER"
            # "Royal College of Nursing": an organization's name goes on over "of" + capitalized words
            while org and b + 1 < len(toks) and toks[b].lower in lex.gen_preps and toks[b + 1].text[:1].isupper() and (
                ctx.cand_at[b + 1] < 0 or ctx.cands[ctx.cand_at[b + 1]].kind == "UNK"
            ) and toks[b + 1].sent == toks[a].sent:
                b += 2
                while b < len(toks) and toks[b].text[:1].isupper() and ctx.cand_at[b] >= 0 and ctx.cands[ctx.cand_at[b]].kind == "UNK":
                    b += 1
            span = ctx.span(a, b)
        for w_i, w in enumerate(words[:-1]):
            if _fold(w) in given:
                kind = "PER"
                start = span.start + len(" ".join(words[:w_i])) + (1 if w_i else 0)
                break
        return self._make(self.doc.span(start, span.end), kind, len(words))

    def _named_body(self, span: Span) -> Actor | None:
        """"il Comando operativo delle forze armate ... ha precisato il Comando", "la Commissione di
        garanzia ... la Commissione aveva stabilito": a definite capitalized word that opens the longer
        name of exactly one organization named before is a short reference to it, not a new actor."""
        ctx = self.ctx
        a = ctx.tok_at(span.start)
        if a <= 0 or a >= len(ctx.toks) or ctx.toks[a - 1].lower not in ctx.lex.determiners or ctx.toks[a - 1].lower in ctx.lex.indefinite:
            return None
        key = _fold(span.text)
        found: Actor | None = None
        for actor in self.doc.actors:
            if actor.kind != "ORG":
                continue
            if any(
                m.end <= span.start and len(m.text) > len(span.text) and _fold(m.text).startswith(key + " ")
                for m in actor.mentions
            ):
                if found is not None and found is not actor:
                    return None  # two bodies share the word: which one is unknown
                found = actor
        return found

    def _make(self, sub: Span, kind: str, n_words: int, country: str | None = None, sector: str | None = None) -> _Who:
        k = _fold(sub.text)
        actor = self.made.get(k)
        if actor is None:
            actor = Actor(id=f"a{self.next_id}", name=sub.text, kind=kind, country=country, sector=sector)
            self.next_id += 1
            self.made[k] = actor
            self.doc.actors.append(actor)
            if kind == "PER" and n_words > 1:
                self.surnames.setdefault(_fold(sub.text.split()[-1]), actor)
        self._mention(actor, sub)
        return _Who(actor.id, sub)

    @staticmethod
    def _mention(actor: Actor, span: Span) -> None:
        if not any(m.start == span.start and m.end == span.end for m in actor.mentions):
            actor.mentions.append(span)
            actor.mentions.sort(key=lambda m: m.start)
