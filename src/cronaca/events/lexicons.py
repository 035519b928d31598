"""The stage's data, loaded once per language (functools.cache) and checked on load.

- `plover()`: `lang/common/plover.yaml`, the 16 PLOVER types (quad class, default CAMEO code) and the
  CAMEO codes (name, Goldstein weight, PLOVER type).
- `lexicon(lang)` -> `Lexicon`: the triggers of `lang/<l>/triggers.yaml` then `triggers_cameo.yaml`
  (the tuned file wins: `_taken`, `_shadowed`), indexed by first word (`by_key`, `by_form`,
  `reach_forms`), and the role words of `triggers.yaml`'s `roles:` with the cues of `modality.yaml`.
- `deeds(lang)` -> `Deeds`: the role words for material and noun events (`roles:` of triggers.yaml).
- `groups(lang)` -> `Groups`: counted groups, parties, thanks, witnesses (`lang/<l>/groups.yaml`).

A module of its own so that `lexicon`, the function the package exports, does not share its name
with a module.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from functools import cache

from cronaca import lang as langpacks


@dataclass(frozen=True, slots=True)
class Trigger:
    type: str
    cameo: str
    words: tuple[str, ...]  # the words after the first one (multi-word triggers), matched like the first
    gap: int = 0  # words allowed between the words of a multi-word trigger
    noun: bool = False
    sym: bool = False
    of: str | None = None  # role of "di X" / "of X" after a noun: source | target
    about: frozenset[str] = frozenset()  # the target comes after one of these words
    dobj: bool = False  # a symmetric verb whose direct object is the other participant
    near: bool = False  # no target: the nearest other country mentioned in the sentence
    partner: bool = False  # no target: the interlocutor of the clause (the "a X" of a speech verb)
    deny: bool = False
    needs: frozenset[str] = frozenset()  # fires only when one of these words follows closely
    one_sided: bool = False  # an event that often has no target (protests, strikes)
    not_before: frozenset[str] = frozenset()  # not a trigger when followed by these ("sostenere che")
    # not a trigger when the word before (its form or lemma) is one of these: the adverb of a phrasal
    # verb ("fired back at", "scaled back") is no verb "back"
    not_after: frozenset[str] = frozenset()
    # fires only when its direct object (after articles and adverbs) is an actor of one of these kinds
    # and not a possessor ("Zelensky's hometown"): "ha attaccato Macron" is words, "attacked Kyiv" arms
    object_kinds: frozenset[str] = frozenset()
    partner_kinds: frozenset[str] = frozenset()  # kinds a direct object must have to take part (PER)
    evaluative: bool = False  # "ha definito X inaccettabile": ACCUSE, or SUPPORT when the words praise
    # said of its subject by someone else: the quote's speaker (or the speech verb's subject) is the
    # source, the clause subject the target ("'the government poured petrol on the fire', Binet said",
    # "'the warring parties must heed this call'")
    voiced: bool = False
    # an abstract process noun ("dialogo", "dialogue") is an event only as the object of a light verb
    # ("hanno avviato un dialogo"), not as a topic ("il dialogo con Pechino resta franco")
    governed: bool = False
    # a third party's act between the two sides ("la mediazione di Abu Dhabi"): with no target named,
    # the article's dyad is its target
    between: bool = False
    # not a trigger when one of these words follows within twelve words (or stands in the eight
    # before, a passive subject: "81 missili, 34 dei quali sono stati abbattuti"): "shot down 52 drones" is
    # air defence, not an attack on the drones' country
    unless: frozenset[str] = frozenset()
    # its object noun is an event of its own, not the same event told twice ("rispondere ai dazi":
    # a retaliation and the tariffs it answers)
    apart: bool = False
    # words that make the deed an interception ("shot down 52 drones", "abbattere i droni"): air
    # defence, no attack; dropped after roles, so that a deed thanked for can still become aid
    intercept: frozenset[str] = frozenset()
    # a warning ("ha avvertito che ...", "warned that ...") is a threat only when what it announces is
    # a consequence (a reaction, a price, retaliation: modality.yaml `threat`), not a risk or a fact
    warns: bool = False
    # a verb that is a refusal only when negated ("will not let Brussels ...", "non si farà
    # intimidire"): REJECT then, no event otherwise (negated CONCEDE verbs turn REJECT the same way)
    refusal: bool = False
    goldstein: float | None = None
    quad: int | None = None
    # the hash of the fields above, computed once: triggers are keys of the twin tables (`refuse`,
    # `official`, `praise`, ...) looked up for every draft, and the hash a frozen dataclass makes
    # builds and hashes a tuple of all ~30 fields on each lookup. Same value, same equality.
    _hash: int = field(default=0, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_hash", hash(tuple(getattr(self, f.name) for f in fields(self) if f.compare)))

    def __hash__(self) -> int:
        return self._hash

    def __setstate__(self, state: list) -> None:
        # (string hashes are salted per process: a pickled trigger computes its hash again)
        for f, v in zip(fields(self), state, strict=True):
            object.__setattr__(self, f.name, v)
        self.__post_init__()


@dataclass(slots=True)
class Lexicon:
    by_key: dict[str, list[Trigger]]  # first word (lemma or lowercase form) -> triggers
    by_form: dict[str, list[Trigger]]  # exact lowercase form -> triggers
    prep: dict[str, str]  # preposition -> role category (agent, between, partner, target, of, place, other)
    agent_long: frozenset[str]
    agent_heads: frozenset[str]  # "by fighters of X": the force's owner X is the agent
    det: frozenset[str]
    conj: frozenset[str]
    clause: frozenset[str]
    aux: frozenset[str]
    passive: frozenset[str]
    participle: tuple[str, ...]
    passive_participle: tuple[str, ...]  # `participle` plus irregular endings, for a trigger's passive
    gerund: tuple[str, ...]
    relative: frozenset[str]
    adverb: tuple[str, ...]
    perfect: frozenset[str]
    anaphoric: frozenset[str]
    anaphoric_nouns: frozenset[str]
    agent_noun: tuple[str, ...]
    bare_participle_adjective: bool
    possessive: frozenset[str]
    light: frozenset[str]
    negation: frozenset[str]
    hypothetical: frozenset[str]
    intent: frozenset[str]
    reported: frozenset[str]
    speech: frozenset[str]
    rel_after: frozenset[str]
    rel_before: frozenset[str]
    rel_link: frozenset[str]
    units: dict[str, int]
    numbers: dict[str, int]
    comp_that: frozenset[str]
    comp_inf: frozenset[str]
    infinitive: tuple[str, ...]
    demonyms: dict[str, str]
    negative: frozenset[str] = frozenset()
    future_in_past: frozenset[str] = frozenset()  # "said X would ...": intent, not hypothesis
    rel_range: frozenset[str] = frozenset()  # "tra lunedì e ...": a span's first day is no lead day
    rel_deadline: frozenset[str] = frozenset()  # "entro aprile", "before ... next month": a deadline
    rel_noun_year: frozenset[str] = frozenset()  # "the 1979 peace treaty": a year naming a thing
    rel_pluperfect: frozenset[str] = frozenset()  # "aveva firmato", "had agreed": an earlier past
    rel_shift: frozenset[str] = frozenset()  # "Intanto", "Meanwhile": a new thread, not the lead's day
    positive: frozenset[str] = frozenset()
    praise: dict[Trigger, Trigger] = field(default_factory=dict)
    object_event: frozenset[str] = frozenset()  # types aimed at the source of the event they judge
    dyad_sym: frozenset[str] = frozenset()  # symmetric types a dyad member alone completes
    pair_words: frozenset[str] = frozenset()  # "the two", "both": the two sides of a meeting
    parties: frozenset[str] = frozenset()  # "le parti", "both sides": the two sides of the article
    # a government's own act ("il provvedimento", "the bill"): judged with no author named, it is the
    # government's of the judge's country
    policy_nouns: frozenset[str] = frozenset()
    state_sectors: frozenset[str] = frozenset()  # sectors that are the state itself (GOV, MIL)
    pronouns: frozenset[str] = frozenset()  # subject pronouns ("he", "lui"): the previous subject
    recipient: frozenset[str] = frozenset()  # types whose "to X" place is the recipient (aid)
    material: frozenset[str] = frozenset()  # types of deeds (not words): implied sides from deeds only
    implied: frozenset[str] = frozenset()  # types whose implied side comes from the events around
    implied_target_only: frozenset[str] = frozenset()  # of those, types whose missing source stays missing
    max_words: int = 1
    # every form or lemma that can start a trigger, directly or through one more lemma-table step
    # (precomputed so the per-token scan is one set lookup)
    reach: frozenset[str] = frozenset()
    reach_forms: frozenset[str] = frozenset()
    # gerund + object pronoun forms of verb triggers ("accusandolo"): the pronoun is the target
    enclitic: frozenset[str] = frozenset()
    # words opening a fronted non-finite clause ("Dopo aver accusato X, Y ..."): its subject follows the comma
    fronted: frozenset[str] = frozenset()
    perfect_passive: frozenset[str] = frozenset()
    # a protest by the state itself is an official complaint (roles.official_protest: CAMEO code,
    # ACCUSE): trigger -> its ACCUSE twin
    official: dict[Trigger, Trigger] = field(default_factory=dict)
    # what makes a warning a threat (modality.yaml `threat`: "reazione", "consequences", "price")
    threat: frozenset[str] = frozenset()
    threat_if: frozenset[str] = frozenset()  # conditions after a warned party ("if", "se")
    # a negated yielding verb is a refusal (conventions: "non accetteremo", "will not back down"):
    # CONCEDE or `refusal` trigger -> its REJECT twin (CAMEO 124 "refuse to yield")
    refuse: dict[Trigger, Trigger] = field(default_factory=dict)
    # a refusal is a commitment (modality `intent`) when its verb group or ending says future or will
    commitment: frozenset[str] = frozenset()
    future_endings: tuple[str, ...] = ()
    # last words of role titles (roles.yaml: "commissario", "ministro", "secretary"): "a/al X" between
    # a title and a name is the portfolio ("il commissario europeo all'Economia Paolo Gentiloni")
    titles: frozenset[str] = frozenset()
    # "calling the Ukrainian accusations lies": an evaluative verb that calls a claim (claims) false
    # (falsity) rejects it: evaluative trigger -> its REJECT twin
    claims: frozenset[str] = frozenset()
    falsity: frozenset[str] = frozenset()
    refute: dict[Trigger, Trigger] = field(default_factory=dict)
    # common nouns for the addressees of a request ("allies", "partner", "paesi"): a request to them
    # has a target the actors stage may not code, so it is no open appeal
    addressees: frozenset[str] = frozenset()
    # "NATO's expansion was a direct threat", "è una minaccia": a threat noun after a copula
    # (modality.yaml `copula`) characterizes its owner: ACCUSE (CAMEO 111) by the speaker
    copula: frozenset[str] = frozenset()
    # nouns whose "di X" event noun is the subject's own act ("l'inizio dei colloqui", "la ripresa
    # del dialogo"): not classifiers
    classifier_heads: frozenset[str] = frozenset()
    like: frozenset[str] = frozenset()  # "come", "as": what follows is a noun ("come uomo di mediazione")
    characterize: dict[Trigger, Trigger] = field(default_factory=dict)
    reflexive: frozenset[str] = frozenset()  # reflexive clitics ("si"): "si è chiesto" wondered


@cache
def discourse_data(lang: str) -> dict:
    """The language's discourse.yaml as loaded, {} when it has none. Shared, read-only: each
    discourse rule (titles, backrefs, rulings, welcomed, recalled) reads its own keys from it."""
    if not langpacks.has_data(lang, "discourse"):
        return {}
    return langpacks.load_yaml(lang, "discourse") or {}


@cache
def plover() -> tuple[dict[str, dict], dict[str, list]]:
    data = langpacks.load_yaml("common", "plover")
    return data["types"], data["cameo"]


def coded_trigger(ptype: str, code: str, *, noun: bool = False, of: str | None = None) -> Trigger:
    """A word-less trigger a step makes for an act no lexicon word names (a quoted charge, a
    support-verb frame): its Goldstein weight and quad class come from the CAMEO and PLOVER tables
    like every lexicon entry's."""
    types, cameo = plover()
    return Trigger(
        type=ptype,
        cameo=code,
        words=(),
        noun=noun,
        of=of,
        goldstein=float(cameo[code][1]),
        quad=int(types[ptype]["quad_class"]),
    )


def _enclitic_forms(
    roles: dict, lemmas: dict[str, str], by_key: dict[str, list[Trigger]], by_form: dict[str, list[Trigger]]
) -> set[str]:
    """Gerunds of verb triggers with an object pronoun glued on ("accusandolo", "chiedendogli"):
    the lemma table knows "accusando" but not the glued form, which then started no trigger. Each
    form is added to `by_form` with its verb's (non-noun) triggers; returns the forms added."""
    gerund = tuple(str(w) for w in roles.get("gerund") or [])
    pronouns = [str(w).lower() for w in roles.get("enclitics") or []]
    out: set[str] = set()
    if not gerund or not pronouns:
        return out
    for w, lem in lemmas.items():
        if not w.endswith(gerund):
            continue
        trigs = [t for t in by_key.get(lem, ()) if not t.noun]
        if not trigs:
            continue
        for p in pronouns:
            form = w + p
            if form in lemmas or form in by_form:
                continue  # a word of its own
            by_form[form] = list(trigs)
            out.add(form)
    return out


@cache
def lexicon(lang: str) -> Lexicon:
    types, cameo = plover()
    tdata = langpacks.load_yaml(lang, "triggers")
    mdata = langpacks.load_yaml(lang, "modality")
    by_key: dict[str, list[Trigger]] = {}
    by_form: dict[str, list[Trigger]] = {}
    praise: dict[Trigger, Trigger] = {}
    max_words = 1
    official: dict[Trigger, Trigger] = {}
    refuse: dict[Trigger, Trigger] = {}
    refute: dict[Trigger, Trigger] = {}
    characterize: dict[Trigger, Trigger] = {}
    official_code = str((tdata.get("roles") or {}).get("official_protest") or "")
    # verbs of accepting that are no refusal by themselves but whose negation is one ("would not
    # recognise the result": REJECT, docs/conventions.md "Refusals"); kept as they are when positive
    negated_refusals = frozenset(str(w).lower() for w in mdata.get("negated_refusals") or [])
    lemmas = langpacks.lemma_table(lang)
    # triggers.yaml (tuned on our gold) first, then triggers_cameo.yaml (broad coverage by CAMEO
    # root): a single-word cameo entry that would fire on a word a triggers.yaml entry already
    # takes is dropped, so the tuned entry always wins; multi-word ones stay (the longest match wins)
    base: tuple[frozenset[str], frozenset[str], frozenset[str]] | None = None
    entries = [("triggers", i, e) for i, e in enumerate(tdata["triggers"])]
    if langpacks.has_data(lang, "triggers_cameo"):
        cdata = langpacks.load_yaml(lang, "triggers_cameo") or {}
        entries += [("triggers_cameo", i, e) for i, e in enumerate(cdata.get("triggers") or [])]
    for fname, i, e in entries:
        if fname != "triggers" and base is None:
            base = _taken(by_key, by_form, lemmas)
        ptype = e.get("type")
        if ptype not in types:
            raise langpacks.DataError(f"{lang}/{fname}.yaml entry {i + 1}: unknown PLOVER type {ptype!r}")
        code = str(e.get("cameo") or types[ptype]["cameo"])
        info = cameo.get(code)
        if info is None:
            raise langpacks.DataError(f"{lang}/{fname}.yaml entry {i + 1}: unknown CAMEO code {code!r}")
        where = f"{fname} entry {i + 1}"
        words = [_word(w, lang, where) for w in (e.get("words") or [])]
        keys = [_word(e["lemma"], lang, where)] if "lemma" in e else [_word(f, lang, where) for f in e.get("forms") or []]
        if words:
            keys = [words[0]]
        if not keys:
            raise langpacks.DataError(f"{lang}/{fname}.yaml entry {i + 1}: needs lemma, forms or words")
        if base is not None and not words:
            keys = [k for k in keys if not _shadowed(k, "forms" in e, base, lemmas)]
            if not keys:
                continue
        trig = Trigger(
            type=ptype,
            cameo=code,
            words=tuple(words[1:]),
            gap=int(e.get("gap", 0)),
            noun=e.get("pos") == "noun",
            sym=bool(e.get("sym")),
            of=e.get("of"),
            about=frozenset(_word(w, lang, where) for w in e.get("about") or []),
            dobj=bool(e.get("dobj")),
            near=bool(e.get("near")),
            partner=bool(e.get("partner")),
            deny=bool(e.get("deny")),
            needs=frozenset(_word(w, lang, where) for w in e.get("needs") or []),
            one_sided=bool(e.get("one_sided")),
            not_before=frozenset(_word(w, lang, where) for w in e.get("not_before") or []),
            not_after=frozenset(_word(w, lang, where) for w in e.get("not_after") or []),
            object_kinds=frozenset(str(w) for w in e.get("object_kinds") or []),
            evaluative=bool(e.get("evaluative")),
            partner_kinds=frozenset(str(w) for w in e.get("partner_kinds") or []),
            voiced=bool(e.get("voiced")),
            governed=bool(e.get("governed")),
            between=bool(e.get("between")),
            unless=frozenset(_word(w, lang, where) for w in e.get("unless") or []),
            apart=bool(e.get("apart")),
            intercept=frozenset(_word(w, lang, where) for w in e.get("intercept") or []),
            warns=bool(e.get("warns")),
            refusal=bool(e.get("refusal")),
            goldstein=float(info[1]),
            quad=int(types[ptype]["quad_class"]),
        )
        max_words = max(max_words, 1 + len(trig.words))
        if trig.evaluative:
            praise_code = str(e.get("praise_cameo") or types["SUPPORT"]["cameo"])
            praise[trig] = replace(
                trig,
                type="SUPPORT",
                cameo=praise_code,
                goldstein=float(cameo[praise_code][1]),
                quad=int(types["SUPPORT"]["quad_class"]),
            )
            refute[trig] = replace(
                trig,
                type="REJECT",
                cameo="120",
                goldstein=float(cameo["120"][1]),
                quad=int(types["REJECT"]["quad_class"]),
            )
        if (trig.type == "THREATEN" and not trig.voiced) or (trig.type == "ASSAULT" and trig.noun):
            characterize[trig] = replace(
                trig,
                type="ACCUSE",
                cameo="111",
                goldstein=float(cameo["111"][1]),
                quad=int(types["ACCUSE"]["quad_class"]),
            )
        if trig.type == "CONCEDE" or trig.refusal or (not words and negated_refusals.intersection(keys)):
            # a refusal goes from the one who refuses to the other ("would not negotiate with
            # Kyiv"): a symmetric verb's refusal is not mutual
            refuse[trig] = replace(
                trig,
                type="REJECT",
                sym=False,
                dobj=False,
                cameo="124",
                goldstein=float(cameo["124"][1]),
                quad=int(types["REJECT"]["quad_class"]),
            )
        if official_code and trig.type == "PROTEST":
            official[trig] = replace(
                trig,
                type="ACCUSE",
                cameo=official_code,
                one_sided=False,
                goldstein=float(cameo[official_code][1]),
                quad=int(types["ACCUSE"]["quad_class"]),
            )
        target = by_form if ("forms" in e and not words) else by_key
        for k in keys:
            if not words and "-" in k.strip("-"):
                # the tokenizer splits "cease-fire" into cease / - / fire: a hyphenated form is matched
                # as that word sequence, as a `words:` entry would be
                first, *rest = k.replace("-", " - ").split()
                by_key.setdefault(first, []).append(replace(trig, words=tuple(rest)))
                max_words = max(max_words, 1 + len(rest))
                continue
            target.setdefault(k, []).append(trig)
    roles = tdata.get("roles") or {}
    prep: dict[str, str] = {}
    for cat in ("other", "place", "of", "target", "partner", "between", "agent"):  # later wins
        for w in roles.get(cat) or []:
            prep[str(w).lower()] = cat
    rel = mdata.get("relative") or {}
    comp = mdata.get("complement") or {}
    demonyms = langpacks.load_yaml(lang, "demonyms") if langpacks.has_data(lang, "demonyms") else {}

    def fs(d: dict, k: str) -> frozenset[str]:
        return frozenset(_word(w, lang, k) for w in d.get(k) or [])

    reach = set(by_form) | set(by_key)
    reach.update(w for w, lem in lemmas.items() if lem in by_key)
    # the lowercase forms whose token can start a trigger: analyze gives a token the lemma
    # lemma_table.get(lower, lower), so one set lookup on the form replaces two on the token
    reach_forms = set(reach)
    reach_forms.update(w for w, lem in lemmas.items() if lem in reach)
    enclitic = _enclitic_forms(roles, lemmas, by_key, by_form)
    reach_forms.update(enclitic)
    return Lexicon(
        by_key=by_key,
        by_form=by_form,
        prep=prep,
        agent_long=fs(roles, "agent_long"),
        agent_heads=fs(roles, "agent_heads"),
        det=fs(roles, "det"),
        conj=fs(roles, "conj"),
        clause=fs(roles, "clause"),
        aux=fs(roles, "aux"),
        passive=fs(roles, "passive"),
        participle=tuple(str(w) for w in roles.get("participle") or []),
        passive_participle=tuple(str(w) for w in (roles.get("participle") or []) + (roles.get("passive_participle") or [])),
        gerund=tuple(str(w) for w in roles.get("gerund") or []),
        relative=fs(roles, "relative"),
        adverb=tuple(str(w) for w in roles.get("adverb") or []),
        perfect=fs(roles, "perfect"),
        anaphoric=frozenset(str(w) for w in roles.get("anaphoric_types") or []),
        anaphoric_nouns=frozenset(str(w) for w in roles.get("anaphoric_nouns") or []),
        agent_noun=tuple(str(w) for w in roles.get("agent_noun") or []),
        bare_participle_adjective=bool(roles.get("bare_participle_adjective")),
        possessive=fs(roles, "possessive"),
        light=fs(roles, "light"),
        negation=fs(mdata, "negation"),
        hypothetical=fs(mdata, "hypothetical"),
        intent=fs(mdata, "intent"),
        reported=fs(mdata, "reported"),
        speech=fs(mdata, "speech"),
        rel_after=fs(rel, "after"),
        rel_before=fs(rel, "before"),
        rel_link=fs(rel, "link"),
        rel_range=fs(rel, "range"),
        rel_shift=fs(rel, "shift"),
        rel_deadline=fs(rel, "deadline"),
        rel_pluperfect=fs(rel, "pluperfect"),
        rel_noun_year=fs(rel, "noun_year"),
        units={str(k).lower(): int(v) for k, v in (rel.get("units") or {}).items()},
        comp_that=fs(comp, "that"),
        comp_inf=fs(comp, "infinitive_link"),
        infinitive=tuple(str(w) for w in comp.get("infinitive") or []),
        numbers={str(k).lower(): int(v) for k, v in (rel.get("numbers") or {}).items()},
        demonyms={str(k).lower(): str(v) for k, v in (demonyms or {}).items()},
        negative=fs(mdata.get("evaluation") or {}, "negative"),
        future_in_past=fs(mdata, "future_in_past"),
        positive=fs(mdata.get("evaluation") or {}, "positive"),
        praise=praise,
        implied=frozenset(str(w) for w in roles.get("implied_types") or []),
        implied_target_only=frozenset(str(w) for w in roles.get("implied_target_only") or []),
        material=frozenset(str(w) for w in roles.get("material_types") or []),
        recipient=frozenset(str(w) for w in roles.get("recipient_types") or []),
        pronouns=fs(roles, "pronouns"),
        state_sectors=frozenset(str(w) for w in roles.get("state_sectors") or []),
        parties=fs(roles, "parties"),
        policy_nouns=fs(roles, "policy_nouns"),
        pair_words=fs(roles, "pair_words"),
        dyad_sym=frozenset(str(w) for w in roles.get("dyad_sym_types") or []),
        object_event=frozenset(str(w) for w in roles.get("object_event_types") or []),
        max_words=max_words,
        reach=frozenset(reach),
        reach_forms=frozenset(reach_forms),
        enclitic=frozenset(enclitic),
        fronted=fs(roles, "fronted"),
        perfect_passive=fs(roles, "perfect") | fs(roles, "passive"),
        official=official,
        threat=fs(mdata, "threat"),
        titles=_title_words(lang),
        claims=fs(mdata.get("evaluation") or {}, "claims"),
        falsity=fs(mdata.get("evaluation") or {}, "falsity"),
        refute=refute,
        addressees=fs(roles, "addressees"),
        copula=fs(mdata, "copula"),
        classifier_heads=fs(roles, "phase_nouns"),
        like=fs(roles, "like"),
        characterize=characterize,
        reflexive=fs(roles, "reflexive"),
        threat_if=fs(mdata, "threat_if"),
        refuse=refuse,
        commitment=fs(mdata, "commitment"),
        future_endings=tuple(str(w) for w in mdata.get("future_endings") or []),
    )


def _title_words(lang: str) -> frozenset[str]:
    """The last word of every role title of the language's roles.yaml ("ministro", "commissario")."""
    if not langpacks.has_data(lang, "roles"):
        return frozenset()
    data = langpacks.load_yaml(lang, "roles") or {}
    return frozenset(str(k).split()[-1].lower() for k in data if isinstance(k, str) and k.strip())


def _taken(
    by_key: dict[str, list[Trigger]], by_form: dict[str, list[Trigger]], lemmas: dict[str, str]
) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The words the tuned triggers.yaml takes alone (multi-word entries take no word by themselves):
    its single-word lemma keys, its exact forms, and the lemmas (one and two lemma-table steps) of
    those forms."""
    single = frozenset(k for k, ts in by_key.items() if any(not t.words for t in ts))
    of_forms = {lemmas.get(f) for f in by_form} | {lemmas.get(lemmas.get(f, f)) for f in by_form}
    return single, frozenset(by_form), frozenset(w for w in of_forms if w)


def _shadowed(
    k: str, forms: bool, base: tuple[frozenset[str], frozenset[str], frozenset[str]], lemmas: dict[str, str]
) -> bool:
    """Whether a single-word key fires on a word an entry of triggers.yaml already takes. A token
    matches a lemma key through its form, its lemma or its lemma's lemma, an exact form only itself:
    so the key's own form and its lemmas are checked against the lemma keys, the form against the
    exact forms, and a lemma key against the lemmas of the exact forms."""
    keys, exact, of_forms = base
    lem = lemmas.get(k)
    if k in exact or k in keys or lem in keys or (lem and lemmas.get(lem) in keys):
        return True
    return not forms and k in of_forms


def _word(w: object, lang: str, where: str) -> str:
    """A word from a data file. YAML reads unquoted on/off/yes/no as booleans: refuse them loudly."""
    if isinstance(w, bool):
        raise langpacks.DataError(f"{lang} {where}: a word was read as {w!r}; quote it (\"on\", \"no\")")
    return str(w).lower()


@dataclass(frozen=True, slots=True)
class Deeds:
    """Role words for material and noun events (roles in triggers.yaml), kept apart from `Lexicon`."""

    stop: frozenset[str]  # verbs whose object event is someone else's deed ("fermare l'aggressione")
    definite: frozenset[str]  # definite articles and demonstratives: "la telefonata", "the call"
    indefinite: frozenset[str]  # indefinite articles: "a ground assault" is a new one
    restated: frozenset[str]  # types whose definite noun, same sides as before, tells the act again
    domestic_protest: frozenset[str]  # types aimed at the government of their non-state doer
    hosting: frozenset[str]  # CAMEO codes of receiving a visitor: the visit told once
    ours: frozenset[str]  # first-person plural possessives: "contro le nostre infrastrutture"
    anchors: frozenset[str]  # nouns that make a deed noun a time reference ("dall'inizio dell'invasione")
    for_preps: frozenset[str]  # "ringraziato X per la mediazione": the noun after it is X's deed
    for_types: frozenset[str]  # types of the verbs that thank or blame someone for a deed
    noun_forms: frozenset[str]  # participles used as nouns after an article or number ("33 detenuti")
    quantities: frozenset[str]  # "centinaia di", "hundreds of": a number before a noun
    by_cameo: frozenset[str]  # types whose CAMEO codes are distinct acts (release 084, withdrawal 087)
    media: frozenset[str]  # sectors of newsrooms: an interview is no meeting
    pledge: frozenset[str]  # types of promises: a promised aid noun is a pledge of aid
    pledge_cameo: str  # CAMEO code of a pledge of aid
    not_forms: frozenset[str]  # adjectives the lemma table sends to a trigger verb ("libero" -> liberare)
    retaliation: frozenset[str]  # nouns of retaliation: aimed at whoever sanctioned their doer
    conceding: frozenset[str]  # types whose negated deed in the complement is what was conceded
    place_target: frozenset[str]  # prepositions whose place after a deed noun is its target
    announce: frozenset[str]  # nouns whose owner is the doer of the deed they name ("l'annuncio di Mosca di un ritiro")
    np_preps: frozenset[str]  # bare prepositions joining two nouns in one phrase ("missili da crociera")
    protest_sectors: frozenset[str]  # non-state sectors whose protests are aimed at their government


@cache
def deeds(lang: str) -> Deeds:
    roles = langpacks.load_yaml(lang, "triggers").get("roles") or {}

    def fs(k: str) -> frozenset[str]:
        return frozenset(_word(w, lang, k) for w in roles.get(k) or [])

    return Deeds(
        stop=fs("stop_verbs"),
        definite=fs("definite"),
        indefinite=fs("indefinite"),
        restated=frozenset(str(w) for w in roles.get("restated_types") or []),
        domestic_protest=frozenset(str(w) for w in roles.get("domestic_protest_types") or []),
        hosting=frozenset(str(w) for w in roles.get("hosting_cameo") or []),
        np_preps=fs("np_preps"),
        ours=fs("our_words"),
        anchors=fs("time_anchor_nouns"),
        for_preps=fs("reason_preps"),
        for_types=frozenset(str(w) for w in roles.get("reason_types") or []),
        noun_forms=fs("participle_nouns"),
        quantities=fs("quantities"),
        by_cameo=frozenset(str(w) for w in roles.get("distinct_cameo_types") or []),
        media=frozenset(str(w) for w in roles.get("media_sectors") or []),
        pledge=frozenset(str(w) for w in roles.get("pledge_types") or []),
        pledge_cameo=str(roles.get("pledge_cameo") or ""),
        not_forms=fs("not_trigger_forms"),
        retaliation=fs("retaliation_nouns"),
        conceding=frozenset(str(w) for w in roles.get("conceding_types") or []),
        place_target=fs("place_target_preps"),
        announce=fs("announce_nouns"),
        protest_sectors=frozenset(str(w) for w in roles.get("domestic_protest_sectors") or []),
    )


@dataclass(frozen=True, slots=True)
class Groups:
    definite: frozenset[str] = frozenset()
    numbers: dict[str, int] = field(default_factory=dict)
    pair: frozenset[str] = frozenset()
    nouns: frozenset[str] = frozenset()
    not_parties: frozenset[str] = frozenset()
    thanks: frozenset[str] = frozenset()
    thanks_for: frozenset[str] = frozenset()
    conflict: frozenset[str] = frozenset()
    presence: frozenset[str] = frozenset()  # "alla presenza di X": X witnesses (guarantees) a signing
    separate: frozenset[str] = frozenset()  # "due documenti distinti": each signatory signs apart
    reciprocal: tuple[tuple[str, ...], ...] = ()  # "a vicenda", "each other"
    extenders: frozenset[str] = frozenset()  # ", anche con X", ", including X": a list goes on
    aid: Trigger | None = None  # the AID trigger a deed one is thanked for becomes


@cache
def groups(lang: str) -> Groups:
    if not langpacks.has_data(lang, "groups"):
        return Groups()
    data = langpacks.load_yaml(lang, "groups") or {}
    types, cameo = plover()

    def fs(k: str) -> frozenset[str]:
        return frozenset(_word(w, lang, f"groups.yaml {k}") for w in data.get(k) or [])

    code = str(types["AID"]["cameo"])
    return Groups(
        definite=fs("definite"),
        numbers={str(k).lower(): int(v) for k, v in (data.get("numbers") or {}).items()},
        pair=fs("pair"),
        nouns=fs("nouns"),
        not_parties=fs("not_parties"),
        thanks=fs("thanks"),
        thanks_for=fs("thanks_for"),
        conflict=frozenset(str(t) for t in data.get("conflict_types") or []),
        presence=fs("presence"),
        separate=fs("separate"),
        extenders=fs("extenders"),
        reciprocal=tuple(tuple(_word(w, lang, "groups.yaml reciprocal").split()) for w in data.get("reciprocal") or []),
        aid=Trigger(type="AID", cameo=code, words=(), goldstein=float(cameo[code][1]), quad=int(types["AID"]["quad_class"])),
    )
