"""The left side of a clause: the verb group before a trigger, and its subject.

`_subject` is the nearest ungoverned mention left of the verb group (crossing "che" when the
clause has none of its own), with the units coordinated to it (`_compound_left`) and the interlocutor
met on the way ("a/con X"); `_coordinated_predicate` finds the first verb of "e ha X"; with no
subject in the sentence, a fronted phrase's main subject (`_subject_after_comma`) or the topic of the
sentences before (`_topic`, `_sentence_subject`).
"""

from __future__ import annotations

from functools import cache
from itertools import compress

from cronaca import lang as langpacks
from cronaca.events.context import _PUNCT, _QUOTE_MARKS, Draft, Match, Unit, _Ctx
from cronaca.events.coordination import subject_links
from cronaca.events.locutions import _locution_before, _locutions
from cronaca.events.reported import _reported_clause
from cronaca.events.titles import _official_of


@cache
def _relative_subjects(lang: str) -> frozenset[str]:
    """Relative pronouns that are their clause's subject ("che"; discourse.yaml `relative_subjects`)."""
    return frozenset(str(w) for w in langpacks.entry(lang, "discourse", "relative_subjects") or [])


@cache
def _article_relatives(lang: str) -> frozenset[str]:
    """Relative pronouns that are their clause's subject after an article ("il quale", "i quali";
    discourse.yaml `article_relative_subjects`)."""
    return frozenset(str(w) for w in langpacks.entry(lang, "discourse", "article_relative_subjects") or [])


def _relative_comma(ctx: _Ctx, k: int, lo: int) -> int:
    """The comma before a subject relative pronoun at `k` (", che", and since the tenth session ", il
    quale": "approvato dal premier indiano X, il quale ha inviato un messaggio di felicitazioni",
    real news writes it where written news has "che"), or -1."""
    lang = ctx.doc.meta.lang or "it"
    w = ctx.lows[k]
    if k - 2 >= lo and ctx.lows[k - 1] == "," and w in _relative_subjects(lang):
        return k - 1
    if k - 3 >= lo and ctx.lows[k - 2] == "," and ctx.lows[k - 1] in ctx.lex.det and w in _article_relatives(lang):
        return k - 2
    return -1


@cache
def _restrictive_relatives(lang: str) -> frozenset[str]:
    """Relative pronouns of a restrictive clause ("che", "that"; discourse.yaml `restrictive_relatives`)."""
    return frozenset(str(w) for w in langpacks.entry(lang, "discourse", "restrictive_relatives") or [])


# how far back from the relative pronoun the article opening its antecedent's noun phrase may sit
_THING_REACH = 5


def _thing_antecedent(ctx: _Ctx, k: int, start: int, lo: int) -> bool:
    """Is the pronoun at `k` a restrictive relative right before the verb group at `start`,
    its antecedent a common noun phrase with no party in it ("una bozza di risoluzione che chiedeva",
    "a draft resolution that urged")? Then the clause's subject is a thing the text codes as no actor.
    A verb or an adverb before the pronoun ("ha detto ieri che chiederà") opens no noun phrase: no
    article is met before an auxiliary, so a complement clause is left alone."""
    if k + 1 != start or ctx.lows[k] not in _restrictive_relatives(ctx.doc.meta.lang or "it"):
        return False  # only the relative clause's own verb: a later trigger crosses it as before
    lex = ctx.lex
    j = k - 1
    while j >= lo and k - j <= _THING_REACH:
        w = ctx.lows[j]
        if ctx.unit_at[j] is not None or not w.isalpha() or w in lex.aux or w in lex.clause or w in lex.conj:
            return False
        if ctx.toks[j].lemma in lex.policy_nouns or w in lex.policy_nouns:
            # "ha approvato una legge che vieta alle ong ...": a government's own act, whose clause
            # the main subject (its author) keeps (policies.py)
            return False
        if w in lex.det:
            return j < k - 1  # an article, then at least the noun
        if w in lex.prep and lex.prep[w] != "of":
            return False
        j -= 1
    return False


@cache
def _purpose_words(lang: str) -> tuple[frozenset[str], tuple[str, ...], frozenset[str], frozenset[str], bool]:
    """Purpose clauses (discourse.yaml `purpose`): the links ("per", "to"), the infinitive endings
    (none: any plain word after the link), the words after a link that open no purpose ("per aver
    ...": a reason, whose doer is the object), the main verbs an English "to" after their object
    marks as purpose (not "urged X to", where X acts), and whether an auxiliary + participle counts."""
    data = langpacks.entry(lang, "discourse", "purpose") or {}
    return (
        frozenset(str(w) for w in data.get("links") or []),
        tuple(str(w) for w in data.get("infinitive") or []),
        frozenset(str(w) for w in data.get("not_infinitive") or []),
        frozenset(str(w) for w in data.get("verbs") or []),
        bool(data.get("aux_participle")),
    )


def _purpose_link(ctx: _Ctx, k: int) -> bool:
    """Does token `k` open a purpose infinitive ("per consegnargli", "to protest")?"""
    if k < 0 or k + 1 >= len(ctx.lows):
        return False
    links, endings, blocked, _, _ = _purpose_words(ctx.doc.meta.lang or "it")
    if ctx.lows[k] not in links:
        return False
    nxt = ctx.lows[k + 1]
    if nxt in blocked or not nxt.isalpha() or ctx.unit_at[k + 1] is not None or nxt in ctx.lex.det:
        return False
    if endings:
        return nxt.endswith(endings)
    return not ctx.toks[k + 1].is_title and nxt not in ctx.lex.prep


def _purpose_verb(ctx: _Ctx, j: int, lo: int) -> bool:
    """Is token `j` a main verb that takes a purpose infinitive after its object: one of the listed
    lemmas, or (Italian) any participle after an auxiliary ("ha convocato")?"""
    _, _, _, verbs, aux_participle = _purpose_words(ctx.doc.meta.lang or "it")
    w = ctx.lows[j]
    if w in verbs or ctx.toks[j].lemma in verbs:
        return True
    return aux_participle and w.endswith(ctx.lex.participle) and j - 1 >= lo and ctx.lows[j - 1] in ctx.lex.perfect


def _purpose_subject(ctx: _Ctx, u: Unit, lo: int, d: Draft) -> list[Unit] | None:
    """`u`, met walking left from a purpose infinitive, is the object of the main verb right before
    it ("Atene ha convocato l'ambasciatore turco per consegnargli una nota di protesta", "Poland
    summoned the Belarusian envoy to protest"): the purpose's doer is the main verb's subject, not
    its object. None when no main verb stands right before `u` (`u` is then the subject itself)."""
    # past the object's own phrase: articles, modifiers, a title, a possessor ("the Russian
    # ambassador", "Iran's envoy", "l'incaricato d'affari russo Oleg Vasnetsov"), at most five words
    j = u.ts - 1
    skipped = 0
    while j >= lo and skipped <= 4 and not _purpose_verb(ctx, j, lo):
        v = ctx.unit_at[j]
        w = ctx.lows[j]
        if v is not None:
            j = v.ts - 1
        elif w in _PUNCT or w in ctx.lex.clause or w in ctx.lex.conj or ctx.lex.prep.get(w) not in (None, "of"):
            return None
        else:
            j -= 1
        skipped += 1
    if j < lo or not _purpose_verb(ctx, j, lo):
        return None
    prior = ctx.verb_draft.get(j)
    if prior is not None and prior is not d and not prior.adjectival:
        # the main verb is an act of its own ("ha convocato"): the two share their subject
        d.inherit = prior
        return []
    k = j
    while k - 1 >= lo and ctx.lows[k - 1] in ctx.lex.aux:
        k -= 1
    return _subject(ctx, k, lo, d)


@cache
def _relative_kinds(lang: str) -> dict[str, frozenset[str]]:
    """The actor kinds a relative pronoun may stand for (discourse.yaml `relative_kinds`: "who" a
    person, so "the WFP's country director for Sudan, who urged ..." is not Sudan's act)."""
    data = langpacks.entry(lang, "discourse", "relative_kinds") or {}
    return {str(w): frozenset(str(k) for k in kinds or []) for w, kinds in data.items()}


def _verb_group_start(ctx: _Ctx, m: Match, lo: int) -> int:
    """First token of the verb group: auxiliaries, clitics, "non", adverbs ("fermamente") and an
    opening quotation mark ("ha “fermamente sostenuto")."""
    lex = ctx.lex
    lows, unit_at, aux = ctx.lows, ctx.unit_at, lex.aux
    locutions = _locutions(ctx.doc.meta.lang or "it")  # (by last word: most words end none)
    k = m.ta
    while k - 1 >= lo:
        w = lows[k - 1]
        if unit_at[k - 1] is not None:
            break  # "Il capo dello Stato ha chiesto": "Stato" in a name is no auxiliary ("è stato chiesto")
        if w in aux or w in _QUOTE_MARKS or (lex.adverb and w.endswith(lex.adverb) and len(w) > 6):
            k -= 1
            continue
        n = _locution_before(ctx, k, lo) if w in locutions else 0  # "ha a sua volta accusato": a locution, like "poi"
        if n:
            k -= n
            continue
        break
    # the group starts at its first auxiliary; adverbs or quotes with no auxiliary before them do not
    # make a group ("Russia quickly attacked")
    while k < m.ta and lows[k] not in aux:
        k += 1
    return k


def _compound_left(ctx: _Ctx, u: Unit, lo: int) -> list[Unit]:
    """`u` and the units joined to it on the left by "e" or a comma ("Putin e il presidente degli
    Stati Uniti Joe Biden hanno ..."), skipping the noun phrase words around each name."""
    lex = ctx.lex
    out = [u]
    k = u.ts - 1
    steps = 0
    while k >= lo and steps < 8:
        w = ctx.lows[k]
        v = ctx.unit_at[k]
        if v is None and w in lex.det:
            k -= 1
            continue
        if w == "(" and k - 1 >= lo and ctx.unit_at[k - 1] is not None and ctx.unit_at[k - 1].actor == out[-1].actor:
            # "l'esercito e le Forze di supporto rapido (Rsf) si sono accusate": the acronym in
            # brackets names the mention before it, whose list goes on to the left
            k = ctx.unit_at[k - 1].ts - 1  # type: ignore[union-attr]
            continue
        if v is not None:
            # a modifier inside the noun phrase ("degli Stati Uniti"), or a second mention of the
            # same actor in one phrase ("i ribelli Houthi": the noun and the name)
            if ctx.gov(v, lo) == "of" or (v.actor == out[-1].actor and v.te == k + 1 and v.te == out[-1].ts):
                k = v.ts - 1
                steps += 1
                continue
            break
        if w in lex.conj:
            if w == "," and len(out) < 2:
                break  # "X, Y e Z hanno ...": a comma joins only a list that "e" closes
            j = k - 1
            while j >= lo and (ctx.lows[j] in lex.det or ctx.lows[j] in _QUOTE_MARKS):
                j -= 1
            v = ctx.unit_at[j] if j >= lo else None
            if v is None:
                break
            if ctx.gov(v, lo) is not None:
                break
            out.append(v)
            k = v.ts - 1
            steps = 0
            continue
        if w in _PUNCT or w in lex.clause or w in lex.aux or k in ctx.trigger_tok or w in lex.prep and lex.prep[w] != "of":
            break
        k -= 1
        steps += 1
    return out


@cache
def _walk_words(lang: str) -> frozenset[str]:
    """The words `_subject`'s walk has a check for (";", ":", ",", purpose links, relative
    pronouns, "il quale"): another word with no party and no verb draft on it is stepped over at
    once. A check added to the walk for a word must add the word here."""
    return (
        frozenset({";", ":", ","})
        | _purpose_words(lang)[0]
        | _relative_subjects(lang)
        | _article_relatives(lang)
        | _restrictive_relatives(lang)
    )


def _subject(ctx: _Ctx, start: int, lo: int, d: Draft) -> list[Unit]:
    """The nearest ungoverned mention left of token `start` (exclusive), down to `lo`. Mentions
    governed by "a/con X" met on the way are remembered as the clause's interlocutor."""
    earlier = _coordinated_predicate(ctx, start, lo)
    if earlier >= 0:
        # "said it had tracked 49 Chinese aircraft and had scrambled jets": the subject of the
        # first verb, not the object between the two
        return _subject(ctx, earlier, lo, d)
    k = start - 1
    steps = 0
    # a purpose infinitive crossed on the way ("... per consegnargli una nota", "to protest"): the
    # next ungoverned party may be the main verb's object (`_purpose_subject`); English "to" may
    # open the verb group itself
    purpose = start < len(ctx.lows) and _purpose_link(ctx, start)
    lang = ctx.doc.meta.lang or "it"
    links = _purpose_words(lang)[0]  # (no call of _purpose_link for other words)
    # (the columns and word sets this walk reads at every token, as locals: it walks up to 40
    # tokens per draft)
    lows, unit_at, verb_draft = ctx.lows, ctx.unit_at, ctx.verb_draft
    stops = _walk_words(lang)
    while k >= lo and steps < 40:
        w = lows[k]
        if w not in stops and unit_at[k] is None and k not in verb_draft:
            # a plain word (most of them): none of the checks below applies to it
            k -= 1
            steps += 1
            continue
        if w in (";", ":"):
            break
        if not purpose and w in links and _purpose_link(ctx, k):
            purpose = True
        comma = _relative_comma(ctx, k, lo)
        if comma >= 0 and _relative_verb(ctx, k + 1, start):
            # "contro la polizia belga, che ha risposto ...": the relative clause's subject is the
            # party right before the comma, whatever governs it in its own clause
            v = ctx.unit_at[comma - 1]
            kinds = _relative_kinds(ctx.doc.meta.lang or "it").get(w)
            if (
                v is not None
                and v.kind != "DEM"
                and ctx.gov(v, lo) not in (None, "of")
                and (kinds is None or v.kind in kinds)
            ):
                return [v]
        if k + 1 == start and _thing_antecedent(ctx, k, start, lo):  # (it asks only the pronoun right before the verb group)
            return []  # "a draft resolution that urged the junta": the resolution urged, no party
        if w == ",":
            # a parenthetical between commas that opens with a gerund or a relative word
            # ("Kishida, speaking in Vilnius where ..., called", "Peskov, che ha ..., ha detto")
            j = k - 1
            while j >= lo and lows[j] != ",":
                j -= 1
            first = lows[j + 1] if j >= lo else ""
            if j >= lo and j + 1 < k and (
                (ctx.lex.gerund and first.endswith(ctx.lex.gerund) and unit_at[j + 1] is None)
                or first in ctx.lex.relative
            ):
                k = j - 1
                steps += 1
                continue
        prior = verb_draft.get(k)
        if prior is not None and _nonfinite_before(ctx, prior, d):
            # "accused the government of surrendering land ... and demanded ...": the gerund is the
            # charge's content, no predicate the finite verb is coordinated with
            k = prior.m.ta - 1
            steps += 1
            continue
        if prior is not None and prior is not d and not prior.adjectival:
            j = _reported_clause(ctx, prior, d, lo)
            if j >= lo:
                # "ha affermato che Y «picchiano ...» e ha chiesto": the reporter's verb, not Y's
                k = j
                steps += 1
                continue
            # "X ha accusato Y di ... e ha chiesto a Z": coordinated verbs share their subject
            d.inherit = prior
            return []
        u = unit_at[k]
        if u is None:
            k -= 1  # (a word that is no party: the checks below all ask about a unit)
            steps += 1
            continue
        if ctx.quotes:
            q = ctx.quote_at(ctx.toks[u.ts].start)
            at = ctx.toks[start].start if start < len(ctx.toks) else -1
            between = [ctx.lows[x] for x in range(u.te, start) if ctx.toks[x].start >= q.end] if q is not None else []
            if (
                q is not None
                and not (q.start <= at < q.end)
                and q.start > ctx.toks[lo].start
                and any(w in ctx.lex.conj and w != "," for w in between)
                and all(w in ctx.lex.conj or w in ctx.lex.aux or w in _QUOTE_MARKS or w == "," for w in between)
            ):
                # types8: a party named inside a quotation that closes right before a coordinated verb
                # ("... «... del protezionismo canadese» e ha avvertito che ...") is what was said, not
                # the verb's subject: the spokesman warns, not Canada; go on left of the quotation
                j = u.ts - 1
                while j >= lo and ctx.toks[j].start >= q.start:
                    j -= 1
                k = j
                steps += 1
                continue
        if (
            u is not None
            and u.kind == "DEM"
            and u.ts - 1 in ctx.trigger_tok
            and u.ts - 1 not in ctx.verb_tok
            and any(ctx.lows[x] in ctx.lex.conj and ctx.lows[x] != "," for x in range(u.te, start))
        ):
            # "ha condannato l'attacco iraniano e si dice pronto ...": the demonym names the
            # attack's doer, inside the object; it is no subject of the next verb
            k = u.ts - 1
            steps += 1
            continue
        if u is not None:
            g = ctx.gov(u, lo)
            if g is None and purpose:
                found = _purpose_subject(ctx, u, lo, d)
                if found is not None:
                    return found
            if g is None:
                # "La Germania ha aiutato l'Ucraina e si oppone alla Russia": the object of a
                # coordinated trigger verb is not this verb's subject; the two verbs share theirs
                # the verb may sit a few words before its object, past its modifiers and a place
                # ("ha incontrato a Parigi il cancelliere tedesco Olaf Scholz e ha accusato ...")
                j = u.ts - 1
                prior = None
                stop = max(lo, u.ts - 8)
                while j >= stop:
                    prior = ctx.verb_draft.get(j)
                    if prior is not None or ctx.lows[j] in _PUNCT or ctx.lows[j] in ctx.lex.clause:
                        break
                    j -= 1
                links = subject_links(ctx.doc.meta.lang or "it")
                if (
                    prior is not None
                    and prior is not d
                    and not prior.adjectival
                    and any(
                        (ctx.lows[x] in ctx.lex.conj and ctx.lows[x] != ",")
                        # "..., mentre ha esortato": a link right before the verb group, no subject after it
                        or (ctx.lows[x] in links and all(ctx.lows[y] in ctx.lex.aux for y in range(x + 1, start)))
                        for x in range(u.te, start)
                    )
                ):
                    d.inherit = prior
                    return []
                return _compound_left(ctx, u, lo)
            if g == "of" and _official_of(ctx, u, lo):
                return [u]  # "Un portavoce dell'esercito ha accusato": the body the official speaks for
            if g in ("target", "partner") and not d.interlocutor and u.kind != "LOC":
                d.interlocutor = [u.actor]
            k = u.ts - 1
            steps += 1
            continue
        k -= 1
        steps += 1
    return []


def _relative_verb(ctx: _Ctx, a: int, b: int) -> bool:
    """Is the trigger whose verb group starts at token b in the clause of the relative pronoun at
    a-1, with no subject of its own? Not when an ungoverned party or a common noun stands before it
    ("which said ministers should not attack ...": the ministers attack, not the party before the
    comma)."""
    return not _common_subject(ctx, b, a) and all(
        ctx.unit_at[x] is None or ctx.gov(ctx.unit_at[x], a) is not None  # type: ignore[arg-type]
        for x in range(a, b)
    )


def _nonfinite_before(ctx: _Ctx, prior: Draft, d: Draft) -> bool:
    """An earlier trigger that is a gerund right after a preposition ("accused X of surrendering
    land", "by freezing its funds") heads a complement, not a predicate: a later finite verb
    ("... and demanded") is coordinated with the verb above it, not with the gerund."""
    gerund = ctx.lex.gerund
    if prior is d or prior.m.trig.noun:
        return False
    a = prior.m.ta
    if _infinitive_complement(ctx, a) and d.m.ta >= 1 and ctx.lows[d.m.ta - 1] in ctx.lex.aux:
        # "ha accusato Londra di fornire missili a Kiev e ha espulso ...": the auxiliary makes the
        # second verb finite, coordinated with "ha accusato", not with the charge's infinitive
        return not ctx.lows[d.m.ta].endswith(ctx.lex.infinitive)
    if not gerund:
        return False
    if a < 1 or not ctx.lows[a].endswith(gerund) or ctx.lows[a - 1] not in ctx.lex.prep:
        return False
    return not ctx.lows[d.m.ta].endswith(gerund)


def _infinitive_complement(ctx: _Ctx, a: int) -> bool:
    """Is token `a` an infinitive right after its link ("di fornire", "a ritirare")?"""
    return (
        bool(ctx.lex.infinitive)
        and a >= 1
        and ctx.lows[a].endswith(ctx.lex.infinitive)
        and ctx.lows[a - 1] in ctx.lex.comp_inf
    )


def _coordinated_predicate(ctx: _Ctx, start: int, lo: int) -> int:
    """A verb group opened by an auxiliary right after "e"/"and" ("... and had scrambled jets", "e ha
    inviato") continues an earlier predicate of the same clause: the first token of that earlier
    auxiliary group ("had tracked"), or -1. Only when no punctuation or clause word stands between."""
    lex = ctx.lex
    if start - 1 < lo or start >= len(ctx.lows) or ctx.lows[start] not in lex.aux:
        return -1
    if ctx.lows[start - 1] not in lex.conj or ctx.lows[start - 1] == ",":
        return -1
    if ctx.lows[start] in ("non", "not", "to", "si", "also", "anche", "poi", "then"):
        return -1  # an infinitive ("and to"), a clitic or an adverb: no perfect auxiliary
    for k in range(start - 2, max(lo, start - 16) - 1, -1):
        w = ctx.lows[k]
        if w in _PUNCT or w in lex.clause or k in ctx.verb_tok:
            return -1
        if w in lex.perfect and ctx.unit_at[k] is None and (k - 1 < lo or ctx.lows[k - 1] not in lex.aux):
            nxt = ctx.lows[k + 1] if k + 1 < len(ctx.lows) else ""
            if nxt.isalpha() and nxt not in lex.det and ctx.unit_at[k + 1] is None:
                return k
    return -1


def _common_subject(ctx: _Ctx, start: int, lo: int) -> bool:
    """Does a common noun stand right before the verb group ("un drone ha attaccato", "the missile
    struck")? Then the clause has a subject of its own that names no actor, and the previous
    sentence's subject does not carry over. Pronouns ("he", "lui") do not count."""
    k = start - 1
    if k < lo:
        return False
    w = ctx.lows[k]
    t = ctx.toks[k]
    return (
        w.isalpha()
        and not t.is_title
        and w not in ctx.lex.pronouns
        and w not in ctx.lex.aux
        and w not in ctx.lex.clause
        and w not in ctx.lex.conj
        and w not in ctx.lex.prep
        and not (ctx.lex.adverb and w.endswith(ctx.lex.adverb))
        and k not in ctx.timex_tok
        and ctx.unit_at[k] is None
    )


def _unknown_name_subject(ctx: _Ctx, start: int, lo: int) -> bool:
    """Does a name we could not resolve stand as the clause's subject, right before the verb group or
    closing an apposition ("Major Alhaji Kamara rejected ...", "A junta spokesman, Major Alhaji Kamara,
    rejected ...")? The clause then has a subject of its own, and the previous sentence's subject must
    not carry over to it: that gave the act to whoever the sentence before was about."""
    k = start - 1
    if k >= lo and ctx.lows[k] == ",":
        k -= 1
    if k <= lo:  # a capitalized first word says nothing
        return False
    t = ctx.toks[k]
    w = ctx.lows[k]
    return (
        t.is_title
        and w.isalpha()
        and ctx.unit_at[k] is None
        and k not in ctx.timex_tok
        and w not in ctx.lex.pronouns
        and w not in ctx.lex.aux
        and w not in ctx.lex.clause
    )


def _gerund_adjunct(ctx: _Ctx, m: Match, lo: int) -> bool:
    """A gerund after a comma ("..., accusing X of", "..., aggiungendo che")."""
    w = ctx.lows[m.ta]
    return (
        m.ta - 1 >= lo
        and ctx.lows[m.ta - 1] == ","
        and ((w.endswith(ctx.lex.gerund) and bool(ctx.lex.gerund)) or w in ctx.lex.enclitic)
    )


def _topic(ctx: _Ctx, si: int) -> list[Unit]:
    """Who the text is about when a sentence has no subject of its own ("Il capo dello Stato ha
    poi chiesto ..."): the subject of one of the two sentences before, or the speaker quoted there."""
    for sj in (si, si - 1):
        if sj < 0:
            return []
        found = _sentence_subject(ctx, sj)
        if found:
            return found
        s = ctx.doc.sents[sj]
        for q in ctx.quotes:
            if q.speaker and s.start <= q.start < s.end:
                a = ctx.actors.get(q.speaker)
                if a is not None:
                    return [Unit(-1, -1, a.id, a.name, a.kind)]
    return []


def _sentence_subject(ctx: _Ctx, si: int) -> list[Unit]:
    """The first ungoverned actor mention of sentence `si` (its subject, as far as word order says)."""
    if si < 0:
        return []
    s = ctx.doc.sents[si]
    unit_at = ctx.unit_at
    # (only the tokens that carry a unit, picked in C: a Unit is always true)
    for k in compress(range(s.tok_start, s.tok_end), unit_at[s.tok_start : s.tok_end]):
        u = unit_at[k]
        if u.ts == k and u.kind != "DEM" and ctx.gov(u, s.tok_start) is None:  # type: ignore[union-attr]
            return [u]  # type: ignore[list-item]
    return []


def _subject_after_comma(ctx: _Ctx, start: int, hi: int) -> list[Unit]:
    """A fronted phrase ("Durante i colloqui con Kozak, Donfried ha ...") takes the main subject."""
    k = start
    while k < hi and ctx.lows[k] != ",":
        if ctx.lows[k] in ctx.lex.clause:
            return []
        k += 1
    k += 1
    for j in range(k, min(hi, k + 4)):
        u = ctx.unit_at[j]
        if u is not None:
            return [u] if ctx.gov(u, k) is None else []
    return []
