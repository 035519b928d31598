"""The quotes stage's word lists, loaded once per language.

`lexicon(lang)` reads `lang/<l>/cues.yaml` (cue verbs and their frames, according-to phrases,
function-word classes, channel, role and source nouns) and expands every cue lemma into all its
inflected forms from spaCy's lookup lemma table, so that finding a cue is one dict lookup per token.
The small helpers below build, once per language, the unions of word classes the other modules test
against, and borrow the word lists of the actors stage (demonyms, given names, common words,
organization keywords) that speaker resolution needs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from cronaca import lang as langpacks


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
    nonpersonal_pronouns: frozenset[str] = field(default_factory=frozenset)
    according_relative: frozenset[str] = field(default_factory=frozenset)
    person_pronouns: frozenset[str] = field(default_factory=frozenset)  # "he said": a person
    role_equivalents: dict[str, frozenset[str]] = field(default_factory=dict)  # "premier" fits "ministro"
    generic_roles: frozenset[str] = field(default_factory=frozenset)  # "leader" fits every role  # "X, secondo cui ..."  # "it said": a body, not a person
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
    # "A senior US official said", "diplomats in Vienna said": heads of an anonymous speaker phrase
    anonymous_roles: frozenset[str] = field(default_factory=frozenset)  # after "a"/"un"
    anonymous_plurals: frozenset[str] = field(default_factory=frozenset)  # as they stand
    # "France, Germany and Britain said": the conjunctions that join speakers into a joint one
    joint_coordinators: frozenset[str] = field(default_factory=frozenset)
    # "Analysts said", "secondo gli esperti": unnamed people who are no actor and no earlier speaker
    unnamed_nouns: frozenset[str] = field(default_factory=frozenset)
    first_person: frozenset[str] = field(default_factory=frozenset)  # "- dico io -": an aside, not a cue
    body_nouns: frozenset[str] = field(default_factory=frozenset)  # "l'ufficio del premier X": X's office speaks
    relation_nouns: frozenset[str] = field(default_factory=frozenset)  # "sister", "moglie": X's relative
    # "announced it would ...", "warned they could ...": a subject pronoun and one of these words open a
    # content clause with no "that", after any cue whose frames take a "that" clause
    zero_that_subjects: frozenset[str] = field(default_factory=frozenset)
    # where an indirect quotation ends (indirect._new_clause): ", ma la Corte ha respinto", ", and
    # Portugal said" open a clause with its own subject; "e ha fatto sapere", "and blamed" the speaker's
    # own second act
    new_clause_links: frozenset[str] = field(default_factory=frozenset)
    speaker_act_links: frozenset[str] = field(default_factory=frozenset)
    speaker_act_aux: frozenset[str] = field(default_factory=frozenset)
    past_suffixes: tuple[str, ...] = ()
    # ", witnesses said.", ", local residents told AFP.": plural people nouns that make a short
    # post-posed subject with no name, determiner or pronoun
    post_subject_nouns: frozenset[str] = field(default_factory=frozenset)
    # "ha negato ogni coinvolgimento": the object nouns that make a `claim_object` cue report a claim
    claim_objects: frozenset[str] = field(default_factory=frozenset)
    # "..., a charge Zagreb denied": an apposition naming the statement as a claim ends its content
    claim_nouns: frozenset[str] = field(default_factory=frozenset)
    # ", a move analysts described as", ", una condizione che": heads of a noun phrase in apposition to
    # the statement, which ends an indirect quotation (indirect._apposition)
    apposition_nouns: frozenset[str] = field(default_factory=frozenset)
    # ", days before the election", ", poche ore dopo": a span of time that dates the statement and ends
    # an indirect quotation (indirect._time_before)
    time_span_nouns: frozenset[str] = field(default_factory=frozenset)
    zero_that_next: frozenset[str] = field(default_factory=frozenset)
    source_sectors: dict[str, str] = field(default_factory=dict)  # "ministero" -> GOV, "army" -> MIL
    source_nouns: frozenset[str] = field(default_factory=frozenset)  # "the ministry said": bodies that speak
    anaphoric: frozenset[str] = field(default_factory=frozenset)  # "Lo ha detto X": the clitic for what precedes
    anaphoric_start: frozenset[str] = field(default_factory=frozenset)  # "Così X ha commentato"
    as_words: frozenset[str] = field(default_factory=frozenset)  # "Come ha spiegato X, ..."
    # "X told reporters. «...»": verbs whose sentence introduces the quotation opening the next one
    lead_in: frozenset[str] = field(default_factory=frozenset)
    # "a spokesperson for the EU": the preposition naming whom an unnamed official speaks for
    for_preps: frozenset[str] = field(default_factory=frozenset)
    # "un portavoce della Cgil": roles of someone who speaks for an organization, coded by it
    proxy_roles: frozenset[str] = field(default_factory=frozenset)
    # "secondo quanto riferisce la polizia": words after the according-to phrase that put a verb
    # before the source, so an article after that verb is still the source's
    according_open: frozenset[str] = field(default_factory=frozenset)
    # forms that are a noun as often as a cue verb ("l'accusa" / "Mosca accusa Kiev di"): a cue only
    # when no determiner or preposition stands before and an object opens after (form -> lemma)
    verb_noun_forms: dict[str, str] = field(default_factory=dict)
    # "the union said": a body named by a common noun is the last actor of one of these sectors
    body_antecedents: dict[str, frozenset[str]] = field(default_factory=dict)
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
        nonpersonal_pronouns=_fs(data, "nonpersonal_pronouns"),
        according_relative=_fs(data, "according_relative"),
        person_pronouns=_fs(data, "person_pronouns"),
        role_equivalents={
            str(k).lower(): frozenset(str(x).lower() for x in v) for k, v in (data.get("role_equivalents") or {}).items()
        },
        generic_roles=_fs(data, "generic_roles"),
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
        anonymous_roles=_fs(data, "anonymous_roles"),
        anonymous_plurals=_fs(data, "anonymous_plurals"),
        joint_coordinators=_fs(data, "joint_coordinators"),
        unnamed_nouns=_fs(data, "unnamed_nouns"),
        first_person=_fs(data, "first_person"),
        body_nouns=_fs(data, "body_nouns"),
        relation_nouns=_fs(data, "relation_nouns"),
        zero_that_subjects=_fs(data, "zero_that_subjects"),
        new_clause_links=_fs(data, "new_clause_links"),
        speaker_act_links=_fs(data, "speaker_act_links"),
        speaker_act_aux=_fs(data, "speaker_act_aux"),
        past_suffixes=tuple(str(x) for x in data.get("past_suffixes") or ()),
        post_subject_nouns=_fs(data, "post_subject_nouns"),
        claim_objects=_fs(data, "claim_objects"),
        claim_nouns=_fs(data, "claim_nouns"),
        apposition_nouns=_fs(data, "apposition_nouns"),
        time_span_nouns=_fs(data, "time_span_nouns"),
        zero_that_next=_fs(data, "zero_that_next"),
        source_sectors={str(k).lower(): str(v) for k, v in (data.get("source_sectors") or {}).items()},
        relative_words=_fs(data, "relative_words"),
        plural_determiners=_fs(data, "plural_determiners"),
        anaphoric=_fs(data, "anaphoric"),
        anaphoric_start=_fs(data, "anaphoric_start"),
        as_words=_fs(data, "as_words"),
        lead_in=_fs(data, "lead_in"),
        for_preps=_fs(data, "for_preps"),
        proxy_roles=_fs(data, "proxy_roles"),
        according_open=_fs(data, "according_open"),
        verb_noun_forms={str(k).lower(): str(v).lower() for k, v in (data.get("verb_noun_forms") or {}).items()},
        body_antecedents={
            str(k).lower(): frozenset(str(x) for x in (v or [])) for k, v in (data.get("body_antecedents") or {}).items()
        },
        impersonal_forms={
            str(f).lower(): str(lem).lower() for lem, fs in (data.get("impersonal") or {}).items() for f in fs
        },
        impersonal_frames=frozenset(str(lem).lower() for lem in (data.get("impersonal") or {})),
        impersonal_clitic=_fs(data, "impersonal_clitic"),
    )


# Unions of word classes the hot loops test with one set lookup, built once per language. They are
# keyed by `lex.lang` rather than cached on the Lexicon: its dict fields make it unhashable.
_NOT_NAME: dict[str, frozenset[str]] = {}
_PREPS: dict[str, frozenset[str]] = {}


def _preps(lex: Lexicon) -> frozenset[str]:
    """Every preposition class (addressee, genitive, source, other)."""
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


_TRIGGERS: dict[str, frozenset[str]] = {}


def _triggers(lex: Lexicon) -> frozenset[str]:
    """Every word that can start a cue or an according-to phrase (built once per language)."""
    words = _TRIGGERS.get(lex.lang)
    if words is None:
        words = frozenset(lex.according) | frozenset(lex.cue_forms) | frozenset(lex.impersonal_forms) | frozenset(lex.verb_noun_forms)
        _TRIGGERS[lex.lang] = words
    return words


_NOT_CLAUSE: dict[str, frozenset[str]] = {}


def _not_clause(lex: Lexicon) -> frozenset[str]:
    """Words that cannot open a clause after "said" (prepositions, time words, adverbs)."""
    words = _NOT_CLAUSE.get(lex.lang)
    if words is None:
        words = lex.addr_preps | lex.gen_preps | lex.other_preps | lex.time_words | lex.skip | lex.comp
        _NOT_CLAUSE[lex.lang] = words
    return words


def _fold(text: str) -> str:
    """A word as the name lists are keyed: lowercase, typographic apostrophe made straight."""
    return text.lower().replace("’", "'")


# Word lists of the actors stage (imported lazily: the actors package is big and only speaker
# resolution needs them), one frozen copy per language.


@cache
def _demonyms(lang: str) -> dict[str, str]:
    from cronaca.actors.lexicon import lexicon as actor_lexicon

    return dict(actor_lexicon(lang).demonyms)


@cache
def _common_words(lang: str) -> frozenset[str]:
    """Common words of the article's language and of the other supported ones ("Survey", "Love")."""
    from cronaca.actors.lexicon import lexicon as actor_lexicon

    lex = actor_lexicon(lang)
    return frozenset(lex.common_words) | frozenset(lex.foreign_words)


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
