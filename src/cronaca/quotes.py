"""Quotes stage: direct, partial and indirect speech with speaker, cue, addressee, channel and source.

Everything here is syntax-free and linear in the length of the article:

1. quotation marks are paired in one pass over the text (« », “ ”, ‘ ’, and straight " by
   alternation), paragraph by paragraph; an unclosed mark is capped at its paragraph's end unless
   the next paragraph reopens it (a quotation running over several paragraphs);
2. reporting cues are found with one dict lookup per token (every inflected form of a cue lemma is
   generated at load time from spaCy's lookup lemma table plus `lang/<l>/cues.yaml`), together with
   "secondo X"/"according to X" phrases indexed by their first word;
3. each quoted span is attached to a cue (after it: "«...», ha detto X"; before it: "X ha detto:
   «...»"; inside it: Xi “ha affermato che ...”; anywhere in the sentence for partial quotes), or to
   the previous speaker (a quote with no cue continuing the previous one), or dropped as a title,
   a nickname or a scare quote;
4. indirect speech is the content after a cue's complement (che/di/that, "X di", "X a", ":") or
   the clause before a post-posed attribution (", ha detto Ushakov", ", secondo il Cremlino");
5. a cue's speaker is found as a token region (the subject before it, the inverted subject after it,
   else the dropped subject: the last speaker) and mapped to the actor of the mention inside it
   (people first, the head of an apposition being the last name); the outer attribution of a
   sentence becomes the source (`reported_by`) of the quotes inside it;
6. forms real articles use: ", a Hamas official told AFP." (a post-posed cue followed only by its
   addressee/channel), "Lo ha detto X" / "Così X ha commentato" / "...: lo ha detto X" (the statement
   before), "si legge in una nota di X", "Come ha spiegato X, ...", "Per X, ...", "come riporta X",
   "A statement from X said", an attribution between dashes inside a quotation, "X's office said";
7. a speaker with no actor mention becomes an actor (`_SpeakerActors`): the person already named
   with that surname, a person from a given name on, an organization named by a capitalized run, or a
   group described by a role/body phrase when a country is known ("un portavoce del ministero degli
   Esteri cinese" -> CHN, GOV); anonymous sources ("fonti", "sources") stay without actor.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache

from cronaca import lang as langpacks
from cronaca.model import Actor, Document, Quote, Span, Token

# --------------------------------------------------------------------------------------------------
# lexicon


@dataclass(frozen=True)
class Lexicon:
    lang: str
    cue_forms: dict[str, str]  # inflected form -> cue lemma
    frames: dict[str, frozenset[str]]  # cue lemma -> frames (che, di, obj_di, obj_a, obj_che, colon, content, naming)
    addressee_object: frozenset[str]
    gerund_suffixes: tuple[str, ...]
    aux: frozenset[str]
    skip: frozenset[str]
    according: dict[str, tuple[tuple[frozenset[str], ...], ...]]  # first word -> phrases (word alternatives)
    weak_according: frozenset[str]
    comp: frozenset[str]
    inf_marker: frozenset[str]
    obj_a_marker: frozenset[str]
    addr_preps: frozenset[str]
    gen_preps: frozenset[str]
    other_preps: frozenset[str]
    subject_stop: frozenset[str]
    clause_boundary: frozenset[str]
    content_stop: frozenset[str]
    pronouns: frozenset[str]
    determiners: frozenset[str]
    title_words: frozenset[str]
    nickname_words: frozenset[str]
    channel_nouns: frozenset[str]
    channel_preps: frozenset[str]
    channel_stop: frozenset[str]
    requires_before: dict[str, frozenset[str]] = field(default_factory=dict)
    role_nouns: frozenset[str] = field(default_factory=frozenset)
    coordinators: frozenset[str] = field(default_factory=frozenset)
    relatives: frozenset[str] = field(default_factory=frozenset)
    participles: frozenset[str] = field(default_factory=frozenset)
    phrasal: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict)
    source_preps: frozenset[str] = field(default_factory=frozenset)
    obj_di_marker: frozenset[str] = field(default_factory=frozenset)
    wh_words: frozenset[str] = field(default_factory=frozenset)
    indefinite: frozenset[str] = field(default_factory=frozenset)
    time_words: frozenset[str] = field(default_factory=frozenset)
    common_words: frozenset[str] = field(default_factory=frozenset)  # lowercase words of the lemma table
    plural_determiners: frozenset[str] = field(default_factory=frozenset)  # "i sei leader": a group
    relative_words: frozenset[str] = field(default_factory=frozenset)  # "la cui", "whose": a relative clause
    anonymous_nouns: frozenset[str] = field(default_factory=frozenset)  # "fonti", "sources"
    first_person: frozenset[str] = field(default_factory=frozenset)  # "- dico io -": an aside, not a cue
    body_nouns: frozenset[str] = field(default_factory=frozenset)  # "l'ufficio del premier X": X's office speaks
    relation_nouns: frozenset[str] = field(default_factory=frozenset)  # "sister", "moglie": X's relative
    source_sectors: dict[str, str] = field(default_factory=dict)  # "ministero" -> GOV, "army" -> MIL
    source_nouns: frozenset[str] = field(default_factory=frozenset)  # "the ministry said": bodies that speak
    anaphoric: frozenset[str] = field(default_factory=frozenset)  # "Lo ha detto X": the clitic for what precedes
    anaphoric_start: frozenset[str] = field(default_factory=frozenset)  # "Così X ha commentato"
    as_words: frozenset[str] = field(default_factory=frozenset)  # "Come ha spiegato X, ..."
    # "si legge in una nota di X": X speaks. Forms -> lemma; never cue words on their own ("legge")
    impersonal_forms: dict[str, str] = field(default_factory=dict)
    impersonal_frames: frozenset[str] = field(default_factory=frozenset)
    impersonal_clitic: frozenset[str] = field(default_factory=frozenset)

    def is_gerund(self, form: str) -> bool:
        return form.endswith(self.gerund_suffixes)


def _fs(data: dict, key: str) -> frozenset[str]:
    return frozenset(str(x).lower() for x in (data.get(key) or []))


@cache
def lexicon(lang: str) -> Lexicon:
    """Load `<lang>/cues.yaml` once and expand the cue lemmas into every form of the lemma table."""
    if not langpacks.has_data(lang, "cues"):
        lang = "it" if lang not in ("en",) else lang
    data = langpacks.load_yaml(lang, "cues") or {}
    verbs: dict[str, list[str]] = data.get("verbs") or {}
    frames = {str(k).lower(): frozenset(v or []) for k, v in verbs.items()}
    table = langpacks.lemma_table(lang)
    infinitive_ok = bool(data.get("infinitive_is_cue", False))
    gerund_suffixes = tuple(data.get("gerund_suffixes") or ())
    forms: dict[str, str] = {}
    for form, lemma in table.items():
        if lemma in frames and " " not in form:
            forms[form] = lemma
    for lemma in frames:
        forms.setdefault(lemma, lemma)
        # regular conjugations by infinitive ending, for the forms the table lacks or mislemmatizes
        for ending, suffixes in (data.get("conjugation") or {}).items():
            if lemma.endswith(ending) and len(lemma) - len(ending) >= 3:  # "dire" would make "da", "de"
                stem = lemma[: -len(ending)]
                for suf in suffixes:
                    forms.setdefault(stem + str(suf), lemma)
    for form, lemma in (data.get("extra_forms") or {}).items():
        forms[str(form).lower()] = str(lemma).lower()
    needs_light_verb = set((data.get("requires_before") or {}).keys())
    if not infinitive_ok:  # "fatto sapere" keeps its infinitive
        forms = {f: lem for f, lem in forms.items() if f != lem or lem in needs_light_verb}
    # enclitic gerunds ("definendolo", "chiamandola"): built from the plain gerunds
    if gerund_suffixes:
        base = gerund_suffixes[0]
        for form, lemma in list(forms.items()):
            if form.endswith(base):
                for suf in gerund_suffixes[1:]:
                    forms.setdefault(form[: -len(base)] + suf, lemma)
    for form in data.get("exclude_forms") or []:
        forms.pop(str(form).lower(), None)
    participles = {str(f).lower() for f in data.get("participles") or []}
    for lemma in frames:
        for ending, suffixes in (data.get("participle_endings") or {}).items():
            if lemma.endswith(ending):
                participles.update(lemma[: -len(ending)] + str(suf) for suf in suffixes)
    for lem in data.get("impersonal") or {}:  # after the forms: "legge" alone stays a noun
        frames.setdefault(str(lem).lower(), frozenset({"che", "colon"}))
    according: dict[str, list[tuple[frozenset[str], ...]]] = {}
    for phrase in data.get("according_to") or []:
        words = tuple(frozenset(str(x).lower() for x in (w if isinstance(w, list) else [w])) for w in phrase)
        for first in words[0]:
            according.setdefault(first, []).append(words)
    return Lexicon(
        lang=lang,
        cue_forms=forms,
        frames=frames,
        addressee_object=_fs(data, "addressee_object"),
        gerund_suffixes=gerund_suffixes,
        aux=_fs(data, "auxiliaries"),
        skip=_fs(data, "skip"),
        according={k: tuple(sorted(v, key=len, reverse=True)) for k, v in according.items()},
        weak_according=_fs(data, "weak_according_to"),
        comp=_fs(data, "complementizer"),
        inf_marker=_fs(data, "infinitive_marker"),
        obj_a_marker=_fs(data, "object_marker_a"),
        addr_preps=_fs(data, "addressee_preps"),
        gen_preps=_fs(data, "genitive_preps"),
        other_preps=_fs(data, "other_preps"),
        subject_stop=_fs(data, "subject_stop"),
        clause_boundary=_fs(data, "clause_boundary"),
        content_stop=_fs(data, "content_stop_after_comma"),
        pronouns=_fs(data, "pronouns"),
        determiners=_fs(data, "determiners"),
        title_words=_fs(data, "title_words"),
        nickname_words=_fs(data, "nickname_words"),
        channel_nouns=_fs(data, "channel_nouns"),
        channel_preps=_fs(data, "channel_preps"),
        channel_stop=_fs(data, "channel_stop"),
        requires_before={str(k): _fs({"x": v}, "x") for k, v in (data.get("requires_before") or {}).items()},
        role_nouns=_fs(data, "role_nouns"),
        coordinators=_fs(data, "coordinators"),
        relatives=_fs(data, "relatives"),
        participles=frozenset(participles),
        source_preps=_fs(data, "source_preps"),
        obj_di_marker=_fs(data, "object_marker_di") or _fs(data, "infinitive_marker"),
        wh_words=_fs(data, "wh_words"),
        indefinite=_fs(data, "indefinite"),
        phrasal={
            str(lem): {str(part).lower(): frozenset(fr or []) for part, fr in (parts or {}).items()}
            for lem, parts in (data.get("phrasal") or {}).items()
        },
        time_words=_fs(data, "time_words"),
        common_words=frozenset(table),
        source_nouns=_fs(data, "source_nouns"),
        anonymous_nouns=_fs(data, "anonymous_nouns"),
        first_person=_fs(data, "first_person"),
        body_nouns=_fs(data, "body_nouns"),
        relation_nouns=_fs(data, "relation_nouns"),
        source_sectors={str(k).lower(): str(v) for k, v in (data.get("source_sectors") or {}).items()},
        relative_words=_fs(data, "relative_words"),
        plural_determiners=_fs(data, "plural_determiners"),
        anaphoric=_fs(data, "anaphoric"),
        anaphoric_start=_fs(data, "anaphoric_start"),
        as_words=_fs(data, "as_words"),
        impersonal_forms={
            str(f).lower(): str(lem).lower() for lem, fs in (data.get("impersonal") or {}).items() for f in fs
        },
        impersonal_frames=frozenset(str(lem).lower() for lem in (data.get("impersonal") or {})),
        impersonal_clitic=_fs(data, "impersonal_clitic"),
    )


# --------------------------------------------------------------------------------------------------
# quotation marks

_MARKS = re.compile(r"[«»“”\"‘’\n]")
_PAIRS = {"«": "»", "“": "”", "‘": "’", '"': '"'}
_OPENERS = frozenset("«“‘\"")
_QUOTE_CHARS = frozenset("«»“”\"‘’„")
_PUNCT = frozenset(",;:.!?…()[]—–-")
_FINAL = frozenset(".!?…")


@dataclass(slots=True)
class _QSpan:
    open: int  # char offset of the opening mark
    close: int  # char offset of the closing mark, or the paragraph end when capped
    closed: bool


def quoted_spans(text: str) -> list[_QSpan]:
    """Top-level quoted spans, in text order, in one pass; nested quotes stay inside their parent."""
    spans: list[_QSpan] = []
    stack: list[tuple[str, int]] = []
    skip_at = -1  # a mark reopening a quotation at the start of its next paragraph
    n = len(text)

    def para_end(pos: int) -> int:
        while pos > 0 and text[pos - 1].isspace():
            pos -= 1
        return pos

    for m in _MARKS.finditer(text):
        ch, pos = m.group(), m.start()
        if pos == skip_at:
            continue
        if ch == "\n":
            if not stack:
                continue
            # a paragraph ends inside a quotation: it goes on if the next paragraph reopens it
            k = pos
            while k < n and text[k].isspace():
                k += 1
            if k < n and text[k] == stack[0][0]:
                skip_at = k
                del stack[1:]
                continue
            spans.append(_QSpan(stack[0][1], para_end(pos), False))
            stack.clear()
            continue
        prev = text[pos - 1] if pos else " "
        nxt = text[pos + 1] if pos + 1 < n else " "
        if ch == '"':
            if prev.isdigit() and (nxt.isdigit() or not any(s[0] == '"' for s in stack)):
                continue  # seconds or inches: 58"17, a 17" screen
            if any(s[0] == '"' for s in stack):
                _close(stack, '"', pos, spans)
            else:
                stack.append((ch, pos))
        elif ch == "‘":
            if not prev.isalnum():
                stack.append((ch, pos))
        elif ch == "’":
            # an apostrophe unless a ‘ is open and no letter follows
            if not nxt.isalnum() and any(s[0] == "‘" for s in stack):
                _close(stack, "‘", pos, spans)
        elif ch in ("«", "“"):
            stack.append((ch, pos))
        else:  # » ”
            opener = "«" if ch == "»" else "“"
            if any(s[0] == opener for s in stack):
                _close(stack, opener, pos, spans)
    if stack:
        spans.append(_QSpan(stack[0][1], para_end(n), False))
    return spans


def _close(stack: list[tuple[str, int]], opener: str, pos: int, spans: list[_QSpan]) -> None:
    while stack:
        ch, start = stack.pop()
        if ch == opener:
            if not stack:
                spans.append(_QSpan(start, pos, True))
            return


# --------------------------------------------------------------------------------------------------
# per-document context


@dataclass(slots=True)
class _Cand:
    """A speaker/addressee candidate: a mention (or, without one, a run of capitalized words)."""

    a: int
    b: int  # token range [a, b)
    kind: str
    actor: str | None


# a place in subject position of a speech verb is a metonym ("Pechino ha promesso"): last but one
_RANK = {"PER": 0, "ORG": 1, "GPE": 1, "UNK": 2, "LOC": 3}


@dataclass(slots=True)
class _Who:
    actor: str | None
    span: Span | None
    kind: str | None = None  # for a speaker with no actor yet: the kind of actor it names
    country: str | None = None
    sector: str | None = None

    def key(self) -> str | None:
        if self.actor:
            return self.actor
        return self.span.text if self.span else None


@dataclass(slots=True)
class _Cue:
    i: int  # the verb token (for a phrase: its first word)
    a: int  # first token of the cue span (auxiliary included)
    b: int  # one past the cue span
    lemma: str
    sent: int
    according: bool = False
    gerund: bool = False
    quoted: bool = False  # inside a quotation's content
    post: bool = False  # its content comes before it (", ha detto X")
    subj_end: int = -1  # the subject is searched backwards from here (default: a)
    content: tuple[int, int] | None = None  # token range of an indirect content
    active: bool = False
    synthetic: bool = False  # a colon standing for a cue: "X ha lanciato un appello: «...»"
    anaphoric: bool = False  # "Lo ha detto X": its statement is the sentence (or quotation) before
    as_clause: bool = False  # "Come ha spiegato X, content": inverted subject, content after the comma
    resolved: bool = False
    speaker: _Who | None = None
    addressee: str | None = None
    channel: Span | None = None


@dataclass(slots=True)
class _Pending:
    """A quotation found in the text, before its speaker is known."""

    kind: str
    start: int  # char offsets of the content
    end: int
    tok_a: int
    tok_b: int
    cue: _Cue | None
    sent: int
    continuation: bool = False
    reported_by: _Who | None = None
    speaker: _Who | None = None
    channel: Span | None = None
    inherit: _Cue | None = None  # a continuation quotation takes the previous quotation's cue


class _Ctx:
    def __init__(self, doc: Document, lex: Lexicon) -> None:
        self.doc = doc
        self.lex = lex
        self.toks: list[Token] = doc.tokens
        self.starts = [t.start for t in doc.tokens]
        self.cands: list[_Cand] = []
        self.cand_at: list[int] = [-1] * len(doc.tokens)  # token -> index of the candidate covering it
        self._build_candidates()
        self.cues_by_sent: dict[int, list[_Cue]] = {}
        # people named by a resolved mention, in text order: antecedents of "il vicepremier"
        self.people = sorted((c.a, c.actor) for c in self.cands if c.kind == "PER" and c.actor)
        self.people_starts = [a for a, _ in self.people]
        # the first person named in each sentence: the likely topic a later "he"/"lui" refers to
        self.first_person: dict[int, _Cand] = {}
        for c in self.cands:
            if c.kind == "PER" and c.actor:
                s = self.toks[c.a].sent
                if s not in self.first_person or c.a < self.first_person[s].a:
                    self.first_person[s] = c

    def tok_at(self, char: int) -> int:
        """Index of the first token starting at or after `char`."""
        return bisect_left(self.starts, char)

    def _build_candidates(self) -> None:
        toks = self.toks
        cand_at, cands = self.cand_at, self.cands
        n = len(toks)
        ms = sorted(self.doc.mentions, key=lambda m: (m.start, -(m.end - m.start)))
        for m in ms:
            a = m.tok_start if m.tok_start >= 0 else self.tok_at(m.start)
            b = m.tok_end if m.tok_end >= 0 else self.tok_at(m.end)
            if b <= a or a >= n:
                continue
            c = _Cand(a, b, m.kind, m.actor)
            idx = len(cands)
            per = m.kind == "PER"
            for k in range(a, b):
                prev = cand_at[k]
                # nested mentions: the person wins, else the longest (first seen)
                if prev < 0 or (per and cands[prev].kind != "PER"):
                    cand_at[k] = idx
            cands.append(c)
        # runs of capitalized words no mention covers: names the actors stage did not resolve.
        # Only capitalized tokens can open a run; a run's own tokens are skipped by the cand_at
        # test once it is recorded, so visiting the openers in order is the same left-to-right scan.
        lex = self.lex
        sent_first = {s.tok_start for s in self.doc.sents}
        for k in [k for k, t in enumerate(toks) if t.text[:1].isupper()]:
            t = toks[k]
            if cand_at[k] < 0 and _is_name_word(t, lex, k in sent_first):
                j = k + 1
                while j < n and cand_at[j] < 0 and toks[j].sent == t.sent and _is_name_word(toks[j], lex, False):
                    j += 1
                idx = len(cands)
                cands.append(_Cand(k, j, "UNK", None))
                for x in range(k, j):
                    cand_at[x] = idx

    def span(self, a: int, b: int) -> Span:
        return self.doc.span(self.toks[a].start, self.toks[b - 1].end)

    def sent_bounds(self, s: int) -> tuple[int, int]:
        sent = self.doc.sents[s]
        return sent.tok_start, sent.tok_end


_NOT_NAME: dict[str, frozenset[str]] = {}
_PREPS: dict[str, frozenset[str]] = {}


def _preps(lex: Lexicon) -> frozenset[str]:
    words = _PREPS.get(lex.lang)
    if words is None:
        words = lex.addr_preps | lex.gen_preps | lex.other_preps | lex.source_preps
        _PREPS[lex.lang] = words
    return words


def _not_name(lex: Lexicon) -> frozenset[str]:
    """Function words that never start or continue a name (one set per language, built once)."""
    words = _NOT_NAME.get(lex.lang)
    if words is None:
        words = lex.determiners | lex.pronouns | lex.addr_preps | lex.gen_preps | lex.other_preps | lex.source_preps
        words |= lex.skip | lex.time_words | lex.clause_boundary | lex.aux  # "Poi ha aggiunto", "Oggi"
        _NOT_NAME[lex.lang] = words
    return words


def _is_name_word(t: Token, lex: Lexicon, sentence_initial: bool) -> bool:
    w = t.text
    if not w[:1].isupper() or not any(c.isalpha() for c in w):
        return False
    if t.lower in _not_name(lex) or t.lower in lex.cue_forms:
        return False
    if t.lower in lex.common_words and (sentence_initial or t.lower in lex.time_words or len(w) < 3):
        return False
    return True


# --------------------------------------------------------------------------------------------------
# cues


def _find_cues(ctx: _Ctx) -> list[_Cue]:
    lex, toks = ctx.lex, ctx.toks
    cues: list[_Cue] = []
    n = len(toks)
    triggers = _triggers(lex)
    for k, t in enumerate(toks):
        lw = t.lower
        if lw not in triggers:
            continue  # one set lookup for the words that start nothing
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
            while a - 1 >= 0 and toks[a - 1].sent == t.sent and toks[a - 1].lower in lex.aux:
                a -= 1
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


_TRIGGERS: dict[str, frozenset[str]] = {}


def _triggers(lex: Lexicon) -> frozenset[str]:
    """Every word that can start a cue or an according-to phrase (built once per language)."""
    words = _TRIGGERS.get(lex.lang)
    if words is None:
        words = frozenset(lex.according) | frozenset(lex.cue_forms) | frozenset(lex.impersonal_forms)
        _TRIGGERS[lex.lang] = words
    return words


def _name_then_comma(ctx: _Ctx, k: int, s1: int) -> bool:
    """A person's name at k closed by a comma: an apposition naming who was just described."""
    c = ctx.cand_at[k] if k < s1 else -1
    if c < 0 or ctx.cands[c].kind != "PER" or ctx.cands[c].a != k:
        return False
    b = ctx.cands[c].b
    return b < s1 and ctx.toks[b].text == ","


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


def _is_punct(t: Token) -> bool:
    return _punct_text(t.text)


@cache
def _punct_text(text: str) -> bool:
    return all(c in _PUNCT or c in _QUOTE_CHARS for c in text)


def _content_after(ctx: _Ctx, cue: _Cue) -> tuple[int, int] | None:
    """Token range of an indirect content following the cue's complement, per its frames."""
    lex, toks = ctx.lex, ctx.toks
    frames = lex.frames.get(cue.lemma, frozenset())
    s0, s1 = ctx.sent_bounds(cue.sent)
    j = cue.b
    while j < s1 and toks[j].lower in lex.skip and toks[j].lower not in lex.determiners:
        j += 1
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
        if t.lower in lex.addr_preps:
            g = j + 1
            while g < min(s1, j + 6) and not (
                toks[g].lower in lex.determiners and toks[g - 1].lower not in lex.addr_preps | lex.gen_preps
            ):
                g += 1
        if g < s1 and toks[g].lower in lex.determiners and not (g + 1 < s1 and toks[g + 1].lower in lex.addr_preps):
            start = g
    while 0 <= start < s1 and toks[start].text == ",":
        start += 1  # "ha avvertito che, in caso di ..."
    if start < 0 or start >= s1 or toks[start].lower in lex.wh_words:
        return None
    end = _content_end(ctx, start, s1)
    return (start, end) if end - start >= 2 else None


_NOT_CLAUSE: dict[str, frozenset[str]] = {}


def _not_clause(lex: Lexicon) -> frozenset[str]:
    """Words that cannot open a clause after "said" (prepositions, time words, adverbs)."""
    words = _NOT_CLAUSE.get(lex.lang)
    if words is None:
        words = lex.addr_preps | lex.gen_preps | lex.other_preps | lex.time_words | lex.skip | lex.comp
        _NOT_CLAUSE[lex.lang] = words
    return words


def _content_end(ctx: _Ctx, start: int, s1: int) -> int:
    """A content clause runs to the sentence end, or to a comma that opens an attribution or a
    circumstance ("..., ha detto X", "..., secondo X", "..., nella videochiamata")."""
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
        if w.text in (";", ":"):
            return g
        if w.lower in lex.clause_boundary and w.lower not in lex.comp and g > start and _cue_starts(ctx, g + 1, s1):
            return g  # "... e ha annunciato che": a new statement
        if w.text == "," and g + 1 < s1:
            nx = toks[g + 1]
            if nx.lower in lex.content_stop or nx.lower in lex.according or _cue_starts(ctx, g + 1, s1):
                return g
    end = s1
    while end > start and _is_punct(toks[end - 1]) and toks[end - 1].text not in ("»", "”", '"', "’"):
        end -= 1
    return end


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


# --------------------------------------------------------------------------------------------------
# speakers


def _governed(ctx: _Ctx, c: _Cand, lo: int) -> str:
    """'addr' when a-type preposition governs the candidate, 'gen' for di-type, 'prep' for others."""
    lex, toks = ctx.lex, ctx.toks
    if c.b < len(toks) and toks[c.b].lower in ("'s", "’s"):
        return "gen"  # "South Korea's Joint Chiefs of Staff": a possessor, not the head
    k = c.a - 1
    while k >= lo and toks[k].lower in lex.determiners:
        k -= 1
    if k < lo:
        return ""
    w = toks[k].lower
    if w in lex.addr_preps:
        return "addr"
    if w in lex.gen_preps:
        return "gen"
    if w in lex.other_preps:
        return "prep"
    # "al suo omologo cinese Xi": a few lowercase words between the a-preposition and the name
    for x in range(k, max(lo, k - 4) - 1, -1):
        t = toks[x]
        if t.lower in lex.addr_preps:
            return "addr"
        if t.text[:1].isupper() or _is_punct(t) or t.lower in lex.gen_preps or t.lower in lex.other_preps:
            break
    return ""


def _prep_before(ctx: _Ctx, c: _Cand, lo: int) -> str:
    k = c.a - 1
    while k >= lo and ctx.toks[k].lower in ctx.lex.determiners:
        k -= 1
    return ctx.toks[k].lower if k >= lo else ""


def _cands_in(ctx: _Ctx, a: int, b: int) -> list[_Cand]:
    out: list[_Cand] = []
    seen: set[int] = set()
    for k in range(a, b):
        idx = ctx.cand_at[k]
        if idx >= 0 and idx not in seen:
            c = ctx.cands[idx]
            if c.a >= a and c.b <= b:
                seen.add(idx)
                out.append(c)
    return out


def _pick(
    ctx: _Ctx, a: int, b: int, *, lo: int | None = None, first: bool = False, skip: tuple[int, int] | None = None
) -> tuple[_Cand | None, list[_Cand]]:
    """The subject among candidates in [a, b): the last ungoverned one (the head of an apposition
    before a verb; `first`: the first one, for an inverted subject after it), people first. Returns
    it and the candidates governed by an a-type preposition (addressees)."""
    lo = a if lo is None else lo
    cands = _cands_in(ctx, a, b)
    if skip is not None:
        cands = [c for c in cands if c.b <= skip[0] or c.a >= skip[1]]
    free: list[_Cand] = []
    gen: list[_Cand] = []
    addr: list[_Cand] = []
    source: list[_Cand] = []
    for c in cands:
        g = _governed(ctx, c, lo)
        if g == "addr":
            addr.append(c)
        elif g == "gen":
            gen.append(c)
        elif g == "":
            free.append(c)
        elif g == "prep" and _prep_before(ctx, c, lo) in ctx.lex.source_preps and ctx.toks[lo].lower in ctx.lex.source_preps:
            source.append(c)  # "Dal Viminale fanno sapere"
    for pool in (free, gen, source):
        if pool:
            best = min(_RANK.get(c.kind, 2) for c in pool)
            if best <= 3:
                ranked = [c for c in pool if _RANK.get(c.kind, 2) == best]
                return (ranked[0] if first else ranked[-1]), addr
    return None, addr


def _who(ctx: _Ctx, c: _Cand | None) -> _Who | None:
    if c is None:
        return None
    return _Who(c.actor, ctx.span(c.a, c.b))


def _region_before(ctx: _Ctx, end: int, s0: int) -> tuple[int, str]:
    """Start of the subject region ending at `end`, and what bounded it."""
    lex, toks = ctx.lex, ctx.toks
    k = end - 1
    while k >= s0 and toks[k].lower in lex.skip and toks[k].lower not in lex.determiners:
        k -= 1
    j = k
    while j >= s0:
        t = toks[j]
        if t.text in (",", ";", ":", "(", ")") or t.text in _QUOTE_CHARS or t.text in _FINAL or t.text in ("—", "–"):
            return j + 1, t.text
        if t.text == "-" and t.space_after and j > s0 and toks[j - 1].space_after:
            return j + 1, t.text  # a spaced hyphen is a dash ("Thomas-Greenfield" is one name)
        if t.lower in lex.clause_boundary or (t.lower in lex.cue_forms and j < k):
            return j + 1, t.lower
        j -= 1
    return s0, ""


def _region_after(ctx: _Ctx, start: int, s1: int) -> int:
    lex, toks = ctx.lex, ctx.toks
    k = start
    limit = min(s1, start + 20)
    while k < limit:
        t = toks[k]
        if _is_punct(t) or t.lower in lex.subject_stop or t.lower in lex.cue_forms or t.lower in lex.comp:
            break
        if lex.is_gerund(t.lower) and k > start and toks[k - 1].lower not in lex.determiners and toks[k - 1].lower not in _preps(lex):
            break  # "ha detto Putin parlando ...", but "il comando militare" is a noun
        k += 1
    return k


def _resolve_cue(ctx: _Ctx, cue: _Cue, voice: _Who | None, voice_sent: int = -10) -> None:
    lex, toks = ctx.lex, ctx.toks
    cue.resolved = True
    s0, s1 = ctx.sent_bounds(cue.sent)
    if cue.according:
        end = cue.b
        while end < s1 and end < cue.b + 14:
            t = toks[end]
            if t.text in (",", ";", ":", ".", "!", "?") or t.text in _QUOTE_CHARS or t.lower in lex.clause_boundary:
                break
            end += 1
        c, _ = _pick(ctx, cue.b, end)
        if c is None:
            cands = _cands_in(ctx, cue.b, end)
            c = cands[-1] if cands else None
        if (c is None or c.kind != "PER") and end < s1 and toks[end].text == "," and _name_then_comma(ctx, end + 1, s1):
            c = ctx.cands[ctx.cand_at[end + 1]]  # "Secondo il Questore di Vicenza, Vincenzo Stingone, ..."
        cue.speaker = _who(ctx, c)
        return
    if cue.lemma in lex.impersonal_frames:
        # "si legge in una nota di Palazzo Chigi", "si apprende da fonti del Viminale": the author
        cue.channel = _channel(ctx, cue, s0, s1)
        end = _region_after(ctx, cue.b, s1)
        cands = [c for c in _cands_in(ctx, cue.b, min(end, cue.b + 12)) if c.kind in ("PER", "ORG", "GPE")]
        cue.speaker = _who(ctx, cands[0]) if cands else None
        return
    frames = lex.frames.get(cue.lemma, frozenset())
    subj_end = cue.subj_end if cue.subj_end >= 0 else cue.a
    r0, bound = _region_before(ctx, subj_end, s0)
    cue.channel = _channel(ctx, cue, s0, s1)
    chan = (cue.channel.start, cue.channel.end) if cue.channel else None
    chan_toks = (ctx.tok_at(chan[0]), ctx.tok_at(chan[1])) if chan else None
    subject: _Cand | None = None
    pronoun = False
    explicit = False  # an explicit subject nobody resolved ("un portavoce dell'esecutivo")
    group_from = -1
    if r0 < subj_end:
        subject, _ = _pick(ctx, r0, subj_end, lo=r0)
        pronoun = subject is None and any(toks[k].lower in lex.pronouns for k in range(r0, subj_end))
    if subject is None and not pronoun and r0 < subj_end:
        # "A statement from the Israeli military said", "Una nota della Farnesina precisa": its author
        k = r0
        while k < subj_end and (toks[k].lower in lex.determiners or toks[k].lower in lex.indefinite):
            k += 1
        if k + 2 < subj_end + 1 and (toks[k].lower in lex.channel_nouns or toks[k].lemma in lex.channel_nouns) and (
            toks[k + 1].lower in lex.gen_preps or toks[k + 1].lower in lex.source_preps
        ):
            authors = [c for c in _cands_in(ctx, k + 2, subj_end) if c.kind in ("PER", "ORG", "GPE")]
            if authors:
                subject = authors[0]
    after_end = _region_after(ctx, cue.b, s1)
    if cue.content is not None and cue.content[0] > cue.i:
        after_end = min(after_end, max(cue.b, cue.content[0] - 1))
    inverted_ok = cue.post or bound in _QUOTE_CHARS or bound == "," or bool(bound == "" and r0 == subj_end)
    if ((frames & {"obj_di", "obj_a", "naming"} and not cue.post) or (cue.content is not None and cue.content[0] > cue.i)) and not cue.as_clause:
        inverted_ok = False  # what follows is an object or the reported clause
    inverted, addr = _pick(ctx, cue.b, after_end, first=True, skip=chan_toks)
    # the person spoken to stands right after the cue or after its inverted subject ("ha detto Xi a
    # Putin", "ha detto ai giornalisti"), not in a later circumstance ("a margine di un incontro alla
    # Farnesina")
    near = cue.b + 3 if inverted is None else max(cue.b + 3, inverted.b + 2)
    addr = [c for c in addr if c.a <= near]
    if subject is None and not pronoun and inverted_ok and r0 == subj_end and cue.subj_end < 0:
        subject = inverted if inverted is not None and inverted.kind != "UNK" else None
        if subject is None and bound == ",":
            subject = _appositive(ctx, r0 - 1, s0)
        if subject is None:
            subject = inverted
    elif (subject is None or subject.kind != "PER") and not pronoun and bound == "," and not (cue.post and cue.content):
        # "Anna Ferri, portavoce della Farnesina, ha riferito"; "X, the ambassador, said"
        before = _appositive(ctx, r0 - 1, s0)
        if before is not None and (before.kind == "PER" or subject is None):
            subject = before
    coordinated = subject is None and r0 == subj_end and bound in lex.coordinators
    if (subject is not None or coordinated) and (not cue.post or r0 < subj_end) and cue.lemma in lex.addressee_object:
        # "ha invitato l'Italia a ...", "told Putin that ...": the object is the addressee
        k = cue.b
        while k < s1 and toks[k].lower in lex.determiners:
            k += 1
        if k < s1 and ctx.cand_at[k] >= 0:
            addr = [ctx.cands[ctx.cand_at[k]], *addr]
        elif cue.content is not None and cue.content[0] > k:
            # "ha invitato la presidente della Commissione Ursula von der Leyen a ..."
            obj = [c for c in _cands_in(ctx, k, cue.content[0]) if c.kind in ("PER", "ORG", "GPE")]
            people = [c for c in obj if c.kind == "PER"]
            if people or obj:
                addr = [(people or obj)[0], *addr]
    if subject is None and r0 == subj_end and cue.subj_end < 0:
        k = r0 - 1
        if bound in lex.coordinators:
            # "Landini ha accusato Salvini di ... e ha annunciato che": the previous cue's subject
            prev = [c for c in ctx.cues_by_sent.get(cue.sent, ()) if c.i < k and not c.according and not c.gerund]
            if prev:
                if not prev[-1].resolved:
                    _resolve_cue(ctx, prev[-1], voice, voice_sent)
                if prev[-1].speaker is not None:
                    cue.channel = cue.channel or prev[-1].channel
                    cue.speaker = prev[-1].speaker
                    return _finish(ctx, cue, addr)
            a0, _ = _region_before(ctx, k, s0)
            subject, _ = _pick(ctx, a0, k, first=True)
            if subject is None:
                subject = _main_subject(ctx, s0, k)
        elif bound in lex.relatives:
            # "il primo ministro Viktor Orbán, che ha definito": the antecedent
            k -= 1
            if k >= s0 and toks[k].text == ",":
                k -= 1
            if k >= s0 and ctx.cand_at[k] >= 0:
                subject = ctx.cands[ctx.cand_at[k]]
        elif bound in lex.clause_boundary and bound not in lex.comp and k > s0:
            # "X non esclude un film, anche se ammette che ...": the main clause's subject
            main = _main_subject(ctx, s0, k)
            if main is not None and main.kind in ("PER", "ORG", "GPE"):
                subject = main
    if subject is not None and r0 < subj_end and _relative_of(ctx, subject, r0, subj_end):
        # "Kim Jong Un's sister accused", "la moglie di Navalny ha detto": someone else, unnamed here
        subject, voice, explicit = None, None, True
    if subject is not None and bound != "," and r0 < subj_end and _governed(ctx, subject, r0) == "gen" and not _has_given_name(ctx, subject):
        # "la presidente del Consiglio": a role of the person just named, rather than the Council
        if any(toks[k].lower in lex.role_nouns for k in range(r0, subject.a)):
            topic = _topic(ctx, cue, voice, voice_sent, within=2)
            if topic is not None:
                cue.speaker = topic
                return _finish(ctx, cue, addr)
    elif subject is not None and bound in _QUOTE_CHARS | {","} and r0 == subj_end and _governed(ctx, subject, cue.b) == "gen":
        if any(toks[k].lower in lex.role_nouns for k in range(cue.b, subject.a)):
            x = bisect_left(ctx.people_starts, cue.a) - 1
            if x >= 0 and toks[ctx.people[x][0]].sent >= cue.sent - 1:
                subject = ctx.cands[ctx.cand_at[ctx.people[x][0]]]
    if subject is None and not pronoun:
        # an explicit subject nobody resolved ("ha confermato un portavoce dell'esecutivo") is not the
        # previous speaker
        region = range(r0, subj_end) if r0 < subj_end else (range(cue.b, after_end) if inverted_ok else range(0))
        if r0 >= subj_end and region:
            # "ha aggiunto in un'intervista al Corriere": a circumstance after a preposition is no subject
            stop = next((k for k in region if toks[k].lower in _preps(lex)), region.stop)
            region = range(region.start, stop)
        if any(toks[k].lower in lex.determiners for k in region) and not any(
            toks[k].lower in lex.role_nouns and not any(toks[x].lower in lex.indefinite for x in region) for k in region
        ):
            voice = None
            explicit = True
            group_from = region.start
    if subject is None and (pronoun or r0 == subj_end) and voice is not None:
        # "he said", "Ha descritto": the speaker before, unless a later sentence put a new person first
        for s in range(cue.sent - 1, max(voice_sent, cue.sent - 3), -1):
            c = ctx.first_person.get(s)
            if c is not None:
                subject = c
                break
    if (
        subject is None and voice is None and not explicit and cue.subj_end < 0 and cue.sent > 0
        and (
            (pronoun and subj_end - r0 <= 2)
            or (r0 == subj_end and inverted is None and (r0 == s0 or (cue.post and bound in _QUOTE_CHARS | {","})))
        )
    ):
        # "He said ...", "Ha detto ..." with no speaker before: the subject of the sentence before
        p0, p1 = ctx.sent_bounds(cue.sent - 1)
        prev = ctx.first_person.get(cue.sent - 1)
        if prev is None or _governed(ctx, prev, p0) != "":
            prev = _main_subject(ctx, p0, p1)
        if prev is not None and prev.kind in ("PER", "ORG", "GPE"):
            subject = prev
    if subject is None and not pronoun:
        region = range(r0, subj_end) if r0 < subj_end else range(cue.b, after_end)
        if (
            any(toks[k].lower in lex.role_nouns for k in region)
            and not any(toks[k].lower in lex.indefinite or toks[k].lower in lex.plural_determiners for k in region)
        ):
            # "ha scritto il vicepremier": the person at the head of the latest sentences (or the
            # last speaker), else the last person named
            topic = _topic(ctx, cue, voice, voice_sent)
            if topic is not None:
                cue.speaker = topic
                subject = None
                return _finish(ctx, cue, addr)
            x = bisect_left(ctx.people_starts, cue.a) - 1
            if x >= 0 and toks[ctx.people[x][0]].sent >= cue.sent - 3:
                c = ctx.cands[ctx.cand_at[ctx.people[x][0]]]
                subject = c
    cue.speaker = _who(ctx, subject) if subject is not None else voice
    if (
        group_from < 0 and subject is not None and subject.kind == "UNK" and r0 < subj_end
        and _governed(ctx, subject, r0) == "gen" and not _has_given_name(ctx, subject)
    ):
        group_from = r0  # "Un portavoce del ministero degli Esteri": the name is part of the phrase
        cue.speaker = None
    if cue.speaker is None and group_from >= 0:
        cue.speaker = _group(ctx, group_from, subj_end if group_from < subj_end else s1)
    if subject is not None and r0 < subj_end:
        body = _body_of(ctx, subject, r0, subj_end)
        if body is not None:
            cue.speaker = body
    _finish(ctx, cue, addr)


def _group(ctx: _Ctx, a: int, limit: int) -> _Who | None:
    """An unnamed speaker described by a noun phrase ("un portavoce del ministero degli Esteri cinese",
    "the ministry", "Ukrainian officials") is an actor named by the phrase (without its article), with
    the country of a demonym in it and the sector its head noun gives (docs/conventions.md: a group
    named by a common noun and a modifier)."""
    lex, toks = ctx.lex, ctx.toks
    while a < limit and (toks[a].lower in lex.determiners or toks[a].lower in lex.indefinite):
        a += 1
    b = a
    head = False
    while b < limit and b < a + 10:
        t = toks[b]
        if _is_punct(t) or t.lower in lex.cue_forms or t.lower in lex.aux or t.lower in lex.clause_boundary:
            break
        if t.lower in lex.other_preps or t.lower in lex.addr_preps or t.lower in lex.time_words:
            break
        if t.lower in lex.anonymous_nouns:
            return None  # "fonti diplomatiche", "sources close to the talks": no actor
        head = head or t.lower in lex.role_nouns or t.lower in lex.source_nouns
        b += 1
    while b > a and (toks[b - 1].lower in lex.gen_preps or toks[b - 1].lower in lex.determiners):
        b -= 1
    if not head or b <= a:
        return None
    demonyms = _demonyms(ctx.doc.meta.lang or "it")
    country = next((demonyms[toks[k].lower] for k in range(a, b) if toks[k].lower in demonyms), None)
    if country is None:
        for c in _cands_in(ctx, a, b):
            actor = ctx.doc.actor(c.actor) if c.actor else None
            if actor is not None and actor.country:
                country = actor.country
                break
    sector = next((lex.source_sectors[toks[k].lower] for k in range(a, b) if toks[k].lower in lex.source_sectors), None)
    if country is None:
        # "the ministry", "un portavoce dell'esecutivo": which one is the actors stage's call (a definite
        # description of an actor named before); the phrase stays the speaker's span
        return _Who(None, ctx.span(a, b))
    return _Who(None, ctx.span(a, b), "ORG", country, sector)


@cache
def _demonyms(lang: str) -> dict[str, str]:
    from cronaca.actors.lexicon import lexicon as actor_lexicon

    return dict(actor_lexicon(lang).demonyms)


def _relative_of(ctx: _Ctx, c: _Cand, r0: int, end: int) -> bool:
    """The candidate is the possessor of a relation noun ("X's sister", "la sorella di X")."""
    lex, toks = ctx.lex, ctx.toks
    if c.b + 1 < end and toks[c.b].lower in ("'s", "’s") and toks[c.b + 1].lower in lex.relation_nouns:
        return True
    k = c.a - 1
    while k >= r0 and toks[k].lower in lex.determiners:
        k -= 1
    return k - 1 >= r0 and toks[k].lower in lex.gen_preps and toks[k - 1].lower in lex.relation_nouns


def _body_of(ctx: _Ctx, c: _Cand, r0: int, end: int) -> _Who | None:
    """"Netanyahu's office said", "l'ufficio del premier Benjamin Netanyahu ha accusato": the speaker is
    the body the person heads (a source noun, not a role: "Netanyahu's spokesman" is a person), named
    by the whole phrase."""
    lex, toks = ctx.lex, ctx.toks
    b = c.b
    if b + 1 < end and toks[b].lower in ("'s", "’s"):
        noun = toks[b + 1].lower
        if noun in lex.body_nouns and b + 2 == end:
            return _Who(None, ctx.span(c.a, b + 2), "ORG")
        return None
    if b != end:
        return None
    k = c.a - 1
    while k >= r0 and (toks[k].lower in lex.role_nouns or (toks[k].text[:1].islower() and toks[k].lower not in _preps(lex))):
        k -= 1  # "del premier", "del presidente americano"
    if k < r0 or toks[k].lower not in lex.gen_preps or k == c.a - 1:
        return None
    h = k - 1
    if h < r0 or toks[h].lower not in lex.body_nouns:
        return None
    if not (h == r0 or toks[h - 1].lower in lex.determiners):
        return None  # the noun must head its phrase: "l'ufficio del premier X"
    return _Who(None, ctx.span(h, c.b), "ORG")


def _main_subject(ctx: _Ctx, s0: int, limit: int) -> _Cand | None:
    """The subject of a sentence's main clause: its first noun phrase, before an auxiliary or a comma
    ("The RSF, led by ..., welcomed ... but accused"; "Il ministero ... ha confermato ..., precisando")."""
    toks = ctx.toks
    picks: list[_Cand] = []
    a = s0
    for _ in range(3):  # "The EU's foreign policy chief, Josep Borrell, welcomed": people first
        if a < limit and toks[a].lower in _preps(ctx.lex) and toks[a].text[:1].isupper():
            # "Per salvaguardare il governo, Letta è salito ...": an opening adverbial, no subject
            end = a
            while end < limit and toks[end].text != ",":
                end += 1
            if end < limit:
                a = end + 1
                continue
        end = a
        while end < limit and toks[end].lower not in ctx.lex.aux and toks[end].text != ",":
            end += 1
        c, _ = _pick(ctx, a, end)
        if c is not None:
            picks.append(c)
        if end >= limit or toks[end].text != ",":
            break
        a = end + 1
    people = [c for c in picks if c.kind == "PER"]
    return people[0] if people else (picks[0] if picks else None)


def _finish(ctx: _Ctx, cue: _Cue, addr: list[_Cand]) -> None:
    for c in addr:
        if c.actor and (cue.speaker is None or c.actor != cue.speaker.actor):
            cue.addressee = c.actor
            break


def _topic(ctx: _Ctx, cue: _Cue, voice: _Who | None, voice_sent: int, within: int = 3) -> _Who | None:
    """The person a role noun or a pronoun most likely refers to: going back sentence by sentence,
    the last speaker if he spoke there, else the first person named there."""
    for s in range(cue.sent - 1, cue.sent - 1 - within, -1):
        if s < 0:
            break
        if s == voice_sent and voice is not None and voice.actor and ctx.doc.actor(voice.actor) is not None:
            a = ctx.doc.actor(voice.actor)
            if a is not None and a.kind == "PER":
                return voice
        c = ctx.first_person.get(s)
        if c is not None:
            return _who(ctx, c)
    return None


def _appositive(ctx: _Ctx, comma: int, s0: int) -> _Cand | None:
    """The subject before an apposition: "La segretaria del Pd Elly Schlein, presente al corteo, ha
    accusato"; "Linda Thomas-Greenfield, the United States ambassador to the UN, told". Looks at up to
    two comma-separated segments before `comma`, people first."""
    found: list[_Cand] = []
    end = comma
    lex = ctx.lex
    for _ in range(5):
        if end <= s0:
            break
        a, bound = _region_before(ctx, end, s0)
        first = ctx.toks[a] if a < end else None
        if bound == "," and first is not None and first.text[:1].islower() and not (
            first.lower in lex.determiners or first.lower in lex.role_nouns or first.lower in lex.source_nouns
        ):
            # ", controllato da Hamas,", ", presente al corteo,": a participle or adjective phrase, no
            # apposition naming the subject
            end = a - 1
            continue
        if bound == "," and any(ctx.toks[x].lower in lex.relative_words for x in range(a, min(a + 3, end))):
            # ", la cui capitana X era stata arrestata ...,", ", whose leader X ...,": a relative clause
            end = a - 1
            continue
        if bound in lex.relatives or bound in lex.relative_words or bound in lex.coordinators:
            # ", che sabato ha partecipato ... e ha poi incontrato X," is a relative clause: go past it
            end = a - 1
            continue
        c, _ = _pick(ctx, a, end, lo=a)
        if c is not None:
            if c.kind == "PER":
                return c
            found.append(c)
        if bound != ",":
            break
        end = a - 1
    return found[0] if found else None


def _channel(ctx: _Ctx, cue: _Cue, s0: int, s1: int) -> Span | None:
    """The medium of a statement near its cue: "in un video pubblicato su Twitter", "alla
    televisione di stato russa", "in un comunicato"."""
    lex, toks = ctx.lex, ctx.toks
    order = list(range(cue.b, min(s1, cue.b + 16))) + list(range(cue.a - 1, max(s0, cue.a - 12) - 1, -1))
    for k in order:
        t = toks[k]
        if t.text in _QUOTE_CHARS:
            if k >= cue.b:
                continue
            break
        if t.lower not in lex.channel_nouns and t.lemma not in lex.channel_nouns:
            continue
        a = k
        while a - 1 >= s0 and a > k - 3 and (toks[a - 1].lower in lex.channel_preps or toks[a - 1].lower in lex.determiners):
            a -= 1
        while a < k and toks[a].lower in lex.determiners and toks[a].lower not in lex.channel_preps:
            a += 1
        if a == k or all(toks[x].lower in lex.determiners for x in range(a, k)):
            continue  # a bare noun ("the call") without a preposition is not a channel phrase
        b = k + 1
        while b < s1 and b < k + 7:
            w = toks[b]
            if _is_punct(w) or w.lower in lex.channel_stop or w.lower in lex.cue_forms:
                break
            if w.lower in lex.addr_preps and b + 1 < s1 and toks[b + 1].lower in lex.channel_stop:
                break
            pw = toks[b - 1].lower
            if w.lower in lex.determiners and pw not in lex.addr_preps | lex.gen_preps | lex.other_preps:
                break  # "su Telegram il presidente ...": a new noun phrase
            if ctx.cand_at[b] >= 0 and ctx.cands[ctx.cand_at[b]].kind == "PER":
                break
            b += 1
        return ctx.span(a, b)
    return None


# --------------------------------------------------------------------------------------------------
# direct and partial quotes


def _word_count(toks: list[Token], a: int, b: int) -> int:
    return sum(1 for k in range(a, b) if any(c.isalnum() for c in toks[k].text))


_DASHES = frozenset(("-", "–", "—"))


def _dash_cue(ctx: _Ctx, ca: int, cb: int, cues_by_sent: dict[int, list[_Cue]]) -> _Cue | None:
    toks, lex = ctx.toks, ctx.lex
    for k in range(ca + 1, cb):
        t = toks[k]
        if t.text not in _DASHES or not toks[k - 1].space_after or not t.space_after:
            continue
        g = k + 1
        while g < cb and g < k + 4 and (toks[g].lower in lex.skip or toks[g].lower in lex.aux):
            g += 1
        if g >= cb or toks[g].lower not in lex.cue_forms:
            continue
        if g + 1 < cb and toks[g + 1].lower in lex.first_person:
            continue  # "- dico io -": the speaker's own aside
        close = next((x for x in range(g + 1, min(cb, g + 10)) if toks[x].text in _DASHES), -1)
        if close < 0:
            continue
        for cue in cues_by_sent.get(toks[g].sent, ()):
            if cue.i == g:
                cue.quoted, cue.post, cue.a = False, True, k + 1
                return cue
    return None


def _attach(ctx: _Ctx, qs: _QSpan, cues_by_sent: dict[int, list[_Cue]], prev_close: int) -> _Pending | None:
    lex, toks, text = ctx.lex, ctx.toks, ctx.doc.text
    n = len(toks)
    o = ctx.tok_at(qs.open)
    if o >= n:
        return None
    cstart = qs.open + 1
    cend = qs.close
    while cstart < cend and text[cstart].isspace():
        cstart += 1
    while cend > cstart and text[cend - 1].isspace():
        cend -= 1
    if cend <= cstart:
        return None
    ca = ctx.tok_at(cstart)
    cb = ctx.tok_at(cend)
    if toks[o].start != qs.open:  # the mark is glued to a token: content starts there
        o = max(0, ca - 1)
    if cb <= ca:
        return None
    c = ctx.tok_at(qs.close) if qs.closed else cb - 1
    s_open = toks[o].sent
    s_close = toks[min(c, n - 1)].sent
    s0, _ = ctx.sent_bounds(s_open)
    pre_a = max(s0, prev_close)
    _, s1c = ctx.sent_bounds(s_close)
    post_b = s1c
    for k in range(c + 1, s1c):
        if toks[k].text in _OPENERS:
            post_b = k
            break
    words = _word_count(toks, ca, cb)
    pre = [k for k in range(pre_a, o) if toks[k].text not in ("—", "–", "-")]
    mid_sentence = bool(pre)

    # titles, nicknames and scare quotes
    if mid_sentence and words <= 8:
        capitalized = text[cstart : cstart + 1].isupper()
        k, seen = o - 1, 0
        while k >= pre_a and seen < 2:
            w = toks[k]
            word = text[text.rfind(" ", 0, w.start) + 1 : w.end].lower()  # "so-called" is three tokens
            if w.lower in lex.nickname_words or word in lex.nickname_words:
                return None
            if capitalized and (w.lower in lex.title_words or w.lemma in lex.title_words or word in lex.title_words):
                return None
            if w.lower not in lex.determiners and w.lower not in lex.gen_preps and w.lower not in lex.other_preps:
                seen += 1
            k -= 1
        content_words = [toks[k] for k in range(ca, cb) if len(toks[k].text) > 3 and toks[k].text.isalpha()]
        if words <= 6 and content_words and all(w.text[:1].isupper() for w in content_words):
            return None

    # 0. an attribution set off by dashes inside the quotation: «..., l'aiuto io - risponde
    # l'operatore - Innanzitutto ...», "... – scrive il segretario – ..."
    dash_cue = _dash_cue(ctx, ca, cb, cues_by_sent)
    if dash_cue is not None:
        return _Pending("direct", cstart, cend, ca, cb, dash_cue, s_open)

    # 1. a cue opening the content: Xi “ha affermato che ...”
    k = ca
    while k < cb and k < ca + 4 and (toks[k].lower in lex.aux or toks[k].lower in lex.skip):
        k += 1
    inner = None
    if mid_sentence and k < cb and toks[k].lower in lex.cue_forms and not lex.is_gerund(toks[k].lower):
        for cue in cues_by_sent.get(toks[k].sent, ()):
            if cue.i == k:
                inner = cue
                break
    if inner is not None and ctx.cand_at[o - 1] >= 0:
        inner.subj_end = o
        inner.a = ca
        inner.quoted = False
        start_tok = inner.b
        if start_tok < cb and toks[start_tok].lower in lex.comp:
            start_tok += 1
        if start_tok < cb:
            cstart = toks[start_tok].start
        return _Pending("direct", cstart, cend, ca, cb, inner, s_open)

    # 2. a cue right after the closing mark: «...», ha detto X / "...," Peskov said
    post_cue = None
    for cue in cues_by_sent.get(s_close, ()):
        if cue.i <= c or cue.i >= post_b or cue.according:
            continue
        between = [toks[x] for x in range(c + 1, cue.a)]
        words_between = [w for w in between if w.text != ","]
        if (
            len(between) <= 16
            and not any(w.text in (".", ";", ":") or w.text in _QUOTE_CHARS for w in between)
            and not any(w.lower in lex.clause_boundary for w in between)
            and (
                not words_between
                or ctx.cand_at[words_between[0].i] >= 0
                or words_between[0].lower in lex.determiners
                or words_between[0].lower in lex.pronouns
            )
        ):
            post_cue = cue
        break
    # 3. a cue before the opening mark: X ha detto: «...» / X ha detto che il leader ha “...”
    pre_cue = None
    for cue in reversed(cues_by_sent.get(s_open, ())):
        if cue.i < o and cue.i >= pre_a and not cue.quoted:
            pre_cue = cue
            break
    if pre_cue is not None:
        # "saying it showed that X threatened “...”": the fragment hangs on the clause's own cue
        for cue in cues_by_sent.get(s_open, ()):
            if cue.i < pre_cue.i and cue.content is not None and cue.content[0] <= pre_cue.a and cue.content[1] >= cb:
                # ... unless a person is the inner cue's subject: "The White House said Biden had
                # reiterated that ... “...”" is Biden's (reported by the White House)
                inner, _ = _pick(ctx, cue.content[0], pre_cue.a)
                if inner is None or inner.kind != "PER" or pre_cue.content is None:
                    pre_cue = cue
                break
    if pre_cue is None and mid_sentence:
        # a second fragment after an earlier quotation: "ha sostenuto di aver colpito “A” in risposta al “B”"
        for cue in reversed(cues_by_sent.get(s_open, ())):
            if cue.i < pre_a and cue.i >= s0 and not cue.quoted and not cue.post and not cue.according:
                pre_cue = cue
                break
    kind = "partial" if mid_sentence else "direct"
    if pre and toks[pre[-1]].text == ":":
        kind = "direct"
    elif pre_cue is not None and pre:
        gap = [toks[x] for x in range(pre_cue.b, o)]
        if toks[o - 1].text == "," and all(ctx.cand_at[w.i] >= 0 or w.text == "," or w.lower in lex.skip for w in gap):
            kind = "direct"  # 'Peskov said, "..."'; right after the verb it is its object: partial
        elif toks[o - 1].text == "," and pre_cue.a - 1 >= pre_a and toks[pre_cue.a - 1].text == ",":
            kind = "direct"  # «...», ha detto X, «...»: the second half of a split quotation
    if post_cue is not None and (not mid_sentence or kind == "direct" or pre_cue is None):
        post_cue.post = True
        return _Pending(kind, cstart, cend, ca, cb, post_cue, s_open)
    if pre_cue is not None:
        frames = lex.frames.get(pre_cue.lemma, frozenset())
        if frames == {"naming"}:
            kind = "partial"  # "ha definito il patto “un diktat”": a fragment, even right after the cue
            if o - pre_cue.b > 12:
                pre_cue = None
    if pre_cue is not None:
        return _Pending(kind, cstart, cend, ca, cb, pre_cue, s_open)
    if post_cue is not None:
        return _Pending(kind, cstart, cend, ca, cb, post_cue, s_open)
    # 4. any other cue in the sentence (partial quotes), or "secondo X"
    for cue in cues_by_sent.get(s_close, ()):
        if cue.i > c and not cue.quoted and (cue.according or lex.frames.get(cue.lemma) != frozenset({"naming"})):
            return _Pending(kind, cstart, cend, ca, cb, cue, s_open)
    for cue in cues_by_sent.get(s_open, ()):
        if cue.according and cue.i < o:
            return _Pending(kind, cstart, cend, ca, cb, cue, s_open)
    # 5. after a colon with no cue: "Il sindaco ha lanciato un appello: «...»" -> the clause's subject
    if pre and toks[pre[-1]].text == ":" and words >= 3:
        colon = pre[-1]
        return _Pending("direct", cstart, cend, ca, cb, _Cue(colon, colon, colon + 1, ":", s_open, synthetic=True), s_open)
    # 6. a fragment in a sentence without a cue, whose subject is named: "Meloni ha accolto «con grande
    # soddisfazione» la notizia", "Borrell ha condannato “con fermezza” l'attacco" -> that subject
    if mid_sentence and not any(not c.quoted for c in cues_by_sent.get(s_open, ())):
        aux = next((k for k in range(s0, o) if toks[k].lower in lex.aux), -1)
        if aux > s0:
            subject, _ = _pick(ctx, s0, aux)
            if subject is not None and subject.kind in ("PER", "ORG", "GPE"):
                return _Pending("partial", cstart, cend, ca, cb, _Cue(aux, aux, aux + 1, "", s_open, synthetic=True), s_open)
    # 7. no cue: a quotation opening its sentence continues the previous speaker
    if not mid_sentence and words >= 3:
        return _Pending("direct", cstart, cend, ca, cb, None, s_open, continuation=True)
    return None


# --------------------------------------------------------------------------------------------------
# the stage


def find_quotes(doc: Document) -> None:
    doc.quotes = []
    if not doc.tokens or not doc.sents:
        return
    lex = lexicon(doc.meta.lang or "it")
    ctx = _Ctx(doc, lex)
    toks = ctx.toks
    cues = _find_cues(ctx)
    cues_by_sent: dict[int, list[_Cue]] = ctx.cues_by_sent
    for cue in cues:
        cues_by_sent.setdefault(cue.sent, []).append(cue)

    # quoted spans and the cues inside them
    spans = quoted_spans(doc.text)
    inside = [False] * len(toks)
    for qs in spans:
        a, b = ctx.tok_at(qs.open + 1), ctx.tok_at(qs.close)
        for k in range(a, b):
            inside[k] = True
    for cue in cues:
        cue.quoted = inside[cue.i]

    # clauses first (syntax only): a fragment inside a clause belongs to that clause's cue
    # _content_after reads only the cue's lemma, sentence, end token and `post` flag (plus the
    # document), so the recomputation below reuses any result whose inputs did not change.
    contents: dict[tuple[str, int, int, bool], tuple[int, int] | None] = {}
    for cue in cues:
        if not (cue.quoted or cue.according):
            key = (cue.lemma, cue.sent, cue.b, cue.post)
            if key not in contents:
                contents[key] = _content_after(ctx, cue)
            cue.content = contents[key]
    pending: list[_Pending] = []
    prev_close = 0
    for qs in spans:
        p = _attach(ctx, qs, cues_by_sent, prev_close)
        prev_close = ctx.tok_at(qs.close) + 1 if qs.closed else prev_close
        if p is not None:
            pending.append(p)
            if p.cue is not None:
                p.cue.active = True
                if p.cue.synthetic:
                    cues.append(p.cue)

    # indirect contents (recomputed: a cue now known to follow its quotation takes no clause)
    for cue in cues:
        if cue.quoted or cue.according or cue.synthetic:
            continue
        key = (cue.lemma, cue.sent, cue.b, cue.post)
        if key not in contents:
            contents[key] = _content_after(ctx, cue)
        cue.content = contents[key]
        if cue.content is not None:
            cue.active = True
    for cue in cues:
        s0, s1 = ctx.sent_bounds(cue.sent)
        if (
            cue.content is None and not cue.quoted and not cue.according and toks[s0].lower in lex.as_words
            and cue.i - s0 <= 9 and not cue.gerund
        ):
            # "Come ha spiegato il governatore X, l'inflazione resta elevata"
            k = next((g for g in range(cue.b, min(s1, cue.b + 14)) if toks[g].text == ","), -1)
            if k > cue.b and k + 3 < s1:
                if cue.a == s0 + 1:
                    cue.a, cue.as_clause = s0, True  # "Come ha spiegato X,": the subject follows
                cue.active = True
                cue.content = (k + 1, _content_end(ctx, k + 1, s1))
    _post_attributions(ctx, cues_by_sent, pending)
    for cue in cues:
        s0 = ctx.doc.sents[cue.sent].tok_start
        if (
            not cue.anaphoric and cue.content is None and not cue.quoted and not cue.according and cue.sent > 0
            and toks[s0].lower in lex.anaphoric_start and cue.i - s0 <= 12
            and not any(c.i < cue.i for c in cues_by_sent.get(cue.sent, ()) if c is not cue)
        ):
            cue.anaphoric = True  # "«...». Così il presidente X ha commentato l'accordo."
    _anaphoric(ctx, cues, pending)

    cues.sort(key=lambda c: c.i)
    # speakers, in text order: the last speaker is the subject of dropped-subject cues and
    # continuation quotes
    events: list[tuple[int, int, object]] = []
    for cue in cues:
        if cue.active and not cue.gerund:
            events.append((cue.subj_end if cue.subj_end >= 0 else cue.i, 0, cue))
    for p in pending:
        if p.continuation:
            events.append((p.tok_a, 1, p))
    events.sort(key=lambda e: (e[0], e[1]))
    voice: _Who | None = None
    voice_cue: _Cue | None = None
    voice_sent = -10
    for _, _, item in events:
        if isinstance(item, _Cue):
            recent = voice if item.sent - voice_sent <= 3 else None
            _resolve_cue(ctx, item, recent, voice_sent)
            if item.speaker is not None and not item.according:
                voice, voice_sent, voice_cue = item.speaker, item.sent, item
        elif isinstance(item, _Pending):
            if item.sent - voice_sent <= 2:
                item.speaker, item.inherit = voice, voice_cue
    for cue in cues:
        if cue.active and cue.gerund:
            same = [c for c in cues_by_sent[cue.sent] if c.active and not c.gerund and not c.according and c.speaker]
            before = [c for c in same if c.i < cue.i]
            main = before[-1] if before else None
            _resolve_cue(ctx, cue, main.speaker if main else None)
            s0, _ = ctx.sent_bounds(cue.sent)
            subject = _main_subject(ctx, s0, cue.a) if main is None else None
            if main is not None:
                cue.speaker = main.speaker
            elif subject is not None:
                cue.speaker = _who(ctx, subject)
            elif same:
                cue.speaker = same[0].speaker  # "Chiamando Putin un “vecchio amico”, Xi ha affermato"

    quotes: list[_Pending] = []
    for p in pending:
        if p.cue is not None:
            p.speaker = p.cue.speaker
        quotes.append(p)
    # an indirect clause made of a direct quotation is that quotation; a partial quotation inside a
    # clause is annotated twice (the clause and the fragment)
    direct_ranges = sorted((p.start, p.end) for p in pending if p.kind == "direct")
    range_starts = [r[0] for r in direct_ranges]
    for cue in cues:
        if cue.content is None or not cue.active:
            continue
        a, b = cue.content
        start, end = toks[a].start, toks[b - 1].end
        covered = 0
        x = bisect_left(range_starts, end) - 1
        while x >= 0 and direct_ranges[x][1] > start - 2000:  # quotations are short; stop far back
            s_, e_ = direct_ranges[x]
            covered += max(0, min(end, e_) - max(start, s_))
            x -= 1
        if covered >= (end - start) / 2:
            continue  # quotations cover it
        quotes.append(_Pending("indirect", start, end, a, b, cue, toks[a].sent, speaker=cue.speaker))
    _reported_by(ctx, cues_by_sent, quotes)

    # nested statements: "The White House said Biden had reiterated that ..." -> Biden's clause is
    # reported by the White House (the outer clause stays a quotation of its own)
    by_cue = {id(p.cue): p for p in quotes if p.cue is not None and p.kind == "indirect"}
    dropped: set[int] = set()
    for p in quotes:
        if p.kind != "indirect" or p.cue is None:
            continue
        for cue in cues_by_sent.get(p.sent, ()):
            inner = by_cue.get(id(cue))
            if inner is None or inner is p or not (p.tok_a <= cue.a and inner.tok_b <= p.tok_b):
                continue
            if cue.a - p.tok_a <= 8:
                if inner.reported_by is None and p.speaker is not None and (
                    inner.speaker is None or inner.speaker.key() != p.speaker.key()
                ):
                    inner.reported_by = p.speaker
                break
    # a clause that is exactly a quotation is that quotation
    spans_q = {(p.start, p.end) for p in quotes if p.kind != "indirect"}
    for p in quotes:
        if p.kind == "indirect":
            a, b = p.start, p.end
            if a < b and doc.text[a] in _QUOTE_CHARS and doc.text[b - 1] in _QUOTE_CHARS and (a + 1, b - 1) in spans_q:
                dropped.add(id(p))
    quotes = [p for p in quotes if id(p) not in dropped]
    reported = {id(p.cue): p.reported_by for p in quotes if p.cue is not None and p.reported_by is not None}
    for p in quotes:
        if p.inherit is not None and p.cue is None:
            p.cue = p.inherit
            p.reported_by = reported.get(id(p.inherit))

    named = _SpeakerActors(ctx)
    for p in quotes:
        p.speaker = named.resolve(p.speaker)
        p.reported_by = named.resolve(p.reported_by)
    quotes.sort(key=lambda p: (p.start, p.end))
    for i, p in enumerate(quotes, 1):
        cue = p.cue
        q = Quote(
            id=f"q{i}",
            kind=p.kind,
            text=doc.text[p.start : p.end],
            start=p.start,
            end=p.end,
            speaker=p.speaker.actor if p.speaker else None,
            cue=ctx.span(cue.a, cue.b) if cue is not None and not cue.synthetic else None,
            addressee=cue.addressee if cue is not None else None,
            reported_by=p.reported_by.actor if p.reported_by else None,
            channel=(cue.channel if cue is not None else None) or p.channel,
            sentence=p.sent,
        )
        q.speaker_span = p.speaker.span if p.speaker else None
        q.reported_by_span = p.reported_by.span if p.reported_by else None
        doc.quotes.append(q)


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
        nums = [int(a.id[1:]) for a in doc.actors if a.id[:1] == "a" and a.id[1:].isdigit()]
        self.next_id = max(nums, default=0) + 1

    def resolve(self, who: _Who | None) -> _Who | None:
        if who is None or who.actor is not None or who.span is None:
            return who
        span = who.span
        done = self.by_span.get((span.start, span.end))
        if done is not None:
            return done
        out = self._resolve(span, who)
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
        known = self.surnames.get(_fold(words[-1]))
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


def _fold(text: str) -> str:
    return text.lower().replace("’", "'")


@cache
def _common_words(lang: str) -> frozenset[str]:
    """Common words of the article's language and of the other supported ones ("Survey", "Love")."""
    from cronaca.actors.lexicon import lexicon as actor_lexicon

    lex = actor_lexicon(lang)
    return frozenset(lex.common_words) | frozenset(lex.foreign_words)


def _has_given_name(ctx: _Ctx, c: _Cand) -> bool:
    """A capitalized run holding a given name before its last word ("Anm Giuseppe Santalucia")."""
    given = _first_names(ctx.doc.meta.lang or "it")
    return c.kind == "UNK" and any(_fold(ctx.toks[k].text) in given for k in range(c.a, c.b - 1))


@cache
def _own_words(lang: str) -> frozenset[str]:
    from cronaca.actors.lexicon import lexicon as actor_lexicon

    return frozenset(actor_lexicon(lang).common_words)


@cache
def _foreign_words(lang: str) -> frozenset[str]:
    from cronaca.actors.lexicon import lexicon as actor_lexicon

    return frozenset(actor_lexicon(lang).foreign_words)


@cache
def _org_keywords(lang: str) -> frozenset[str]:
    """Organization keywords of every supported language: foreign names keep theirs ("Police")."""
    from cronaca.actors.lexicon import lexicon as actor_lexicon

    return frozenset(actor_lexicon(lang).org_keywords) | frozenset(actor_lexicon("en").org_keywords)


@cache
def _first_names(lang: str) -> frozenset[str]:
    from cronaca.actors.lexicon import lexicon as actor_lexicon

    return frozenset(actor_lexicon(lang).first_names)


def _post_attributions(ctx: _Ctx, cues_by_sent: dict[int, list[_Cue]], pending: list[_Pending]) -> None:
    """", ha detto Ushakov." / ", secondo Ushakov." after plain text: the clause before is an indirect
    quotation of that speaker, unless the sentence already holds a quotation (then the attribution
    is its source, see `_reported_by`). "Secondo X, ..." at the start works the same way forward."""
    lex, toks = ctx.lex, ctx.toks
    # a partial quotation does not stop the clause around it from being reported speech
    quoted_sents = {p.sent for p in pending if p.kind == "direct"}
    for s, cues in cues_by_sent.items():
        s0, s1 = ctx.sent_bounds(s)
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


def _reported_by(ctx: _Ctx, cues_by_sent: dict[int, list[_Cue]], quotes: list[_Pending]) -> None:
    """The outer attribution of a sentence is the source of the other quotations in it:
    Xi “ha affermato che ...”, ha detto Ushakov; ..., ha riferito l'emittente CCTV; secondo il
    Cremlino; Secondo una nota del ministero, Wang ha ribadito ..."""
    toks = ctx.toks
    for p in quotes:
        if p.cue is None:
            continue
        s = toks[p.tok_b - 1].sent if p.tok_b - 1 < len(toks) else p.sent
        for c in cues_by_sent.get(s, ()):
            if c is p.cue or not c.active or c.speaker is None or c.quoted:
                continue
            after = c.i >= p.tok_b and (c.post or c.according)
            before = c.according and c.b <= p.cue.a and c.content is None
            if not (after or before):
                continue
            if p.speaker is not None and c.speaker.key() == p.speaker.key():
                continue
            if p.cue.according and after:
                continue
            p.reported_by = c.speaker
            p.channel = c.channel
            break
