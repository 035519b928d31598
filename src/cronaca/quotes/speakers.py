"""Who speaks, to whom, through what, on whose report.

`_resolve_cue` finds a cue's speaker: the subject before it, the inverted subject after it, the
antecedent of a relative or a coordinated verb, else the dropped subject (the last speaker, or the
person at the head of the sentences just before); a role phrase ("il vicepremier") refers back to
that person; an unnamed body or group ("un portavoce del ministero degli Esteri cinese") becomes a
group speaker (`_group`); "Netanyahu's office" is the office (`_body_of`). It also finds the
addressee (a candidate after an a-type preposition, or the object of "invitare", "tell") and the
channel ("su Twitter", "in un comunicato": `_channel`). `_reported_by` makes the outer attribution
of a sentence the source of the other quotations in it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from cronaca.model import Span
from cronaca.quotes.context import _Cand, _Ctx, _Cue, _Pending, _Who
from cronaca.quotes.cue_lexicon import _common_words, _demonyms, _first_names, _fold, _preps
from cronaca.quotes.marks import _QUOTE_CHARS, _is_punct
from cronaca.quotes.subjects import (
    _apposed_name,
    _appositive,
    _cands_in,
    _governed,
    _main_subject,
    _name_then_comma,
    _pick,
    _region_after,
    _region_before,
    _who,
)


def _resolve_cue(ctx: _Ctx, cue: _Cue, voice: _Who | None, voice_sent: int = -10) -> None:
    """The cue's speaker, addressee and channel (`_resolve`); an anonymous source ("A senior US
    official said", "according to a local official who asked not to be named", "diplomats in Vienna
    said") then speaks as no actor, whatever actor its phrase names (docs/gold-format.md: speaker
    null for anonymous sources)."""
    _resolve(ctx, cue, voice, voice_sent)
    main = _wh_pronoun_subject(ctx, cue)
    if main is not None:
        cue.speaker = main
    body = _proxy_body(ctx, cue.speaker)
    if body is not None:
        cue.speaker = body
    if cue.speaker is not None and _joint_subject(ctx, cue):
        cue.speaker, cue.joint = None, True
        return
    if cue.antecedent < 0:
        span = _anonymous_subject(ctx, cue)
        if span is not None:
            # a group the phrase describes ("A Dominican foreign ministry official": the ministry)
            # still becomes an actor, for the events that name it; the quotation's speaker is null
            who = cue.speaker
            if who is not None and who.actor is None and who.kind is not None:
                cue.speaker = _Who(None, who.span, who.kind, who.country, who.sector, anonymous=True)
            else:
                cue.speaker = _Who(None, span, anonymous=True)


def _wh_pronoun_subject(ctx: _Ctx, cue: _Cue) -> _Who | None:
    """"Fignolé condemned what he called «...»", "the ministry protested against what it described
    as «...»": the pronoun of a free relative is the subject of the clause it sits in (a person for
    "he", a body or country for "it"), not the last speaker nor the object before."""
    lex, toks = ctx.lex, ctx.toks
    if cue.according or cue.gerund or cue.post:
        return None
    k = (cue.subj_end if cue.subj_end >= 0 else cue.a) - 1
    while k > 0 and toks[k].lower in lex.skip:
        k -= 1
    s0, _ = ctx.sent_bounds(cue.sent)
    if k - 1 <= s0 or toks[k].lower not in lex.pronouns or toks[k - 1].lower not in lex.wh_words:
        return None
    # the clause's subject: its first noun phrase that no preposition governs and no "'s" makes a
    # possessor ("Haiti's foreign ministry summoned X to protest against what it described")
    main = next((c for c in _cands_in(ctx, s0, k - 1) if c.kind != "UNK" and _governed(ctx, c, s0) == ""), None)
    if main is None or main.kind not in ("PER", "ORG", "GPE"):
        return None
    personal = toks[k].lower in lex.person_pronouns
    nonpersonal = toks[k].lower in lex.nonpersonal_pronouns
    if (personal and main.kind != "PER") or (nonpersonal and main.kind == "PER"):
        return None
    return _who(ctx, main)


def _proxy_body(ctx: _Ctx, who: _Who | None) -> _Who | None:
    """"a State Department spokesperson said": when the speaker is a bare spokesperson (a mention
    that is only a proxy role noun) right after an organization's name, the organization speaks
    (docs/conventions.md: who speaks for an organization is coded by it)."""
    if who is None or who.actor is None or who.span is None:
        return None
    toks = ctx.toks
    k = ctx.tok_at(who.span.start)
    if k <= 0 or k >= len(toks) or toks[k].end != who.span.end or toks[k].lower not in ctx.lex.proxy_roles:
        return None
    x = ctx.cand_at[k - 1]
    if x < 0 or toks[k - 1].sent != toks[k].sent:
        return None
    c = ctx.cands[x]
    actor = ctx.doc.actor(c.actor) if c.actor else None
    if actor is None or actor.kind != "ORG":
        return None
    return _Who(actor.id, ctx.span(c.a, c.b))


def _joint_subject(ctx: _Ctx, cue: _Cue) -> bool:
    """The cue's subject is a coordination of named actors ("France, Germany and Britain called on",
    "Lithuania and Latvia, which reported ..., urged", "le accuse di Washington e di Londra, secondo
    cui"): one quotation has one speaker, so a joint one is null (docs/gold-format.md)."""
    lex, toks = ctx.lex, ctx.toks
    if not lex.joint_coordinators:
        return False
    s0, _ = ctx.sent_bounds(cue.sent)
    if cue.antecedent >= 0:
        c = ctx.cands[cue.antecedent]
        k = c.a - 1
        while k > s0 and (toks[k].lower in lex.determiners or toks[k].lower in lex.gen_preps):
            k -= 1
        return k > s0 and toks[k].lower in lex.joint_coordinators and _named_before(ctx, k, s0, opening=False)
    if cue.according or cue.gerund:
        return False
    subj_end = cue.subj_end if cue.subj_end >= 0 else cue.a
    r0, bound = _region_before(ctx, subj_end, s0)
    if bound in lex.coordinators and subj_end - r0 <= 1 and not _cands_in(ctx, r0, subj_end):
        # "X e Y hanno chiesto ... e si sono detti disponibili": a verb coordinated after a joint one
        prev = [c for c in ctx.cues_by_sent.get(cue.sent, ()) if c.i < r0 and not c.according and not c.gerund]
        return bool(prev) and prev[-1].joint
    if r0 == subj_end and bound == "," and r0 - 1 > s0:
        # "Lithuania and Latvia, which reported similar intrusions, urged": the phrase before the aside
        c = r0 - 2
        while c > s0 and c > r0 - 16 and toks[c].text != ",":
            c -= 1
        if not (c > s0 and toks[c].text == "," and toks[c + 1].lower in lex.relative_words):
            return False
        r0, bound = _region_before(ctx, c, s0)
        subj_end = c
    if r0 >= subj_end or bound not in lex.joint_coordinators:
        return False
    k = r0
    while k < subj_end and (toks[k].lower in lex.determiners or toks[k].lower in lex.gen_preps):
        k += 1
    x = ctx.cand_at[k] if k < subj_end else -1
    if x < 0 or ctx.cands[x].kind not in ("PER", "ORG", "GPE") or ctx.cands[x].b != subj_end:
        return False  # the second conjunct must be a name and the whole subject
    return _named_before(ctx, r0 - 1, s0)


def _named_before(ctx: _Ctx, k: int, s0: int, opening: bool = True) -> bool:
    """The conjunction at k follows a named actor heading a list that (when `opening`) opens its
    clause: "France, Germany and", "i ministeri degli Esteri di Brasília e", not the object of a verb
    ("Putin met Xi and")."""
    lex, toks = ctx.lex, ctx.toks
    j = k - 1
    while j > s0 and toks[j].lower in lex.gen_preps:
        j -= 1  # "di Washington e di Londra"
    x = ctx.cand_at[j] if j >= s0 else -1
    if x < 0 or ctx.cands[x].kind not in ("PER", "ORG", "GPE"):
        return False
    c = ctx.cands[x]
    while c.a - 2 >= s0 and toks[c.a - 1].text == "," and ctx.cand_at[c.a - 2] >= 0:
        c = ctx.cands[ctx.cand_at[c.a - 2]]  # "France, Germany and Britain"
    if not opening:
        return True
    j = c.a - 1
    while j >= s0 and (toks[j].lower in lex.determiners or toks[j].lower in lex.gen_preps):
        j -= 1
    # what opens the list: the sentence, a comma, or the head noun of "the foreign ministries of"
    steps = 0
    while j >= s0 and steps < 5 and toks[j].text not in (",", ":", ";") and toks[j].text not in _QUOTE_CHARS:
        x = ctx.cand_at[j]
        if (x >= 0 and ctx.cands[x].kind != "UNK") or toks[j].lower in lex.cue_forms or toks[j].lower in lex.aux:
            return False  # another name or a verb: the list is an object ("Putin met Xi and Modi")
        if toks[j].lower in _preps(lex) and toks[j].lower not in lex.gen_preps:
            return False
        j -= 1
        steps += 1
    return j < s0 or steps < 5


def _anonymous_subject(ctx: _Ctx, cue: _Cue) -> Span | None:
    """The span of the cue's subject when it is an anonymous source, else None: the subject before
    the cue, the phrase before a relative or participial aside ("A senior official, who spoke on
    condition of anonymity, warned"), the inverted subject ("ha spiegato un alto funzionario
    europeo"), the phrase after an according-to cue."""
    lex, toks = ctx.lex, ctx.toks
    if not lex.anonymous_roles:
        return None
    s0, s1 = ctx.sent_bounds(cue.sent)
    if cue.according:
        return _anonymous_phrase(ctx, cue.b, s1)
    subj_end = cue.subj_end if cue.subj_end >= 0 else cue.a
    r0, bound = _region_before(ctx, subj_end, s0)
    if r0 < subj_end:
        return _anonymous_phrase(ctx, r0, subj_end)
    if bound == "," and r0 - 1 > s0:
        c = r0 - 2
        while c > s0 and c > r0 - 16 and toks[c].text != ",":
            c -= 1
        if c > s0 and toks[c].text == "," and (
            toks[c + 1].lower in lex.relative_words or toks[c + 1].lower in lex.wh_words or lex.is_gerund(toks[c + 1].lower)
        ):
            # (", where the government is based,": an aside of place too)
            a0, _ = _region_before(ctx, c, s0)
            return _anonymous_phrase(ctx, a0, c)
        return None
    if bound in lex.coordinators or bound in lex.relatives:
        return None  # a coordinated or relative cue: its subject is the one before, resolved already
    return _anonymous_phrase(ctx, cue.b, s1)


def _anonymous_phrase(ctx: _Ctx, a: int, b: int) -> Span | None:
    """[a, b) opens with an anonymous source: an indefinite article and a head in `anonymous_roles`
    before any punctuation or preposition ("a senior Pakistani military official", "un alto
    funzionario dell'amministrazione"), or a plural head among its first three words not followed
    by "of"/"di" ("diplomats in Vienna", "Fonti militari israeliane", but "Fonti di Palazzo Chigi"
    is the body's); never a phrase naming a person."""
    lex, toks = ctx.lex, ctx.toks
    while a < b and toks[a].lower in lex.skip:
        a += 1
    if a >= b:
        return None
    preps = _preps(lex)
    indefinite = toks[a].lower in lex.indefinite
    j = a + 1 if indefinite else a
    head = -1
    while j < b and j < a + 7:
        t = toks[j]
        if _is_punct(t) or t.text in _QUOTE_CHARS or t.lower in lex.cue_forms or t.lower in lex.aux:
            break
        if t.lower in (lex.anonymous_roles if indefinite else lex.anonymous_plurals):
            head = j
            break
        if t.lower in preps or (not indefinite and j >= a + 2):
            break
        j += 1
    if head < 0:
        return None
    if not indefinite:
        if toks[head].text[:1].isupper() and head > a:
            return None  # a capitalized head inside a name
        nxt = head + 1
        while nxt < b and nxt < head + 4 and toks[nxt].lower not in preps and not _is_punct(toks[nxt]):
            nxt += 1
        if nxt < b and toks[nxt].lower in lex.gen_preps:
            return None  # "Fonti di Palazzo Chigi", "diplomats of the bloc": the body speaks
    end = head + 1
    while end < b and not _is_punct(toks[end]) and toks[end].lower not in lex.cue_forms and end < head + 8:
        end += 1
    if any(c.kind == "PER" for c in _cands_in(ctx, a, end)):
        return None  # "an official, Ahmed Ali," / "Hamas official Osama Hamdan": a named person
    return ctx.span(a, head + 1)


def _resolve(ctx: _Ctx, cue: _Cue, voice: _Who | None, voice_sent: int = -10) -> None:
    lex, toks = ctx.lex, ctx.toks
    cue.resolved = True
    s0, s1 = ctx.sent_bounds(cue.sent)
    if cue.antecedent >= 0:
        cue.speaker = _who(ctx, ctx.cands[cue.antecedent])  # "X, secondo cui ..."
        return
    if cue.according:
        end = cue.b
        preps = _preps(lex)
        while end < s1 and end < cue.b + 14:
            t = toks[end]
            if t.text in (",", ";", ":", ".", "!", "?") or t.text in _QUOTE_CHARS or t.lower in lex.clause_boundary:
                break
            if (
                end > cue.b + 1 and t.lower in lex.determiners and toks[end - 1].lower not in preps
                and toks[end - 1].lower not in lex.determiners and toks[end - 1].lower not in lex.cue_forms
                and toks[end - 1].lower not in lex.according_relative and toks[cue.b].lower not in lex.according_open
            ):
                # "secondo la stampa locale il governo non avrebbe ...": an article after the source's
                # noun phrase, not governed by a preposition, opens the reported clause
                break
            end += 1
        h = cue.b
        while h < end and (toks[h].lower in lex.determiners or toks[h].lower in lex.indefinite):
            h += 1
        if h < end and toks[h].lower in lex.anonymous_nouns and ctx.cand_at[h] < 0:
            # "Secondo fonti locali citate dalla Reuters": unnamed sources, not the agency that cites them
            cue.speaker = None
            return
        c, _ = _pick(ctx, cue.b, end)
        if c is None:
            cands = _cands_in(ctx, cue.b, end)
            c = cands[-1] if cands else None
        if (c is None or c.kind != "PER") and end < s1 and toks[end].text == "," and _name_then_comma(ctx, end + 1, s1):
            c = ctx.cands[ctx.cand_at[end + 1]]  # "Secondo il Questore di Vicenza, Vincenzo Stingone, ..."
        if (
            c is not None and c.kind != "PER" and h < c.a and ctx.cand_at[h] < 0 and toks[h].text.islower()
            and (toks[h].lower in lex.source_nouns or toks[h].lower in lex.body_antecedents)
            and toks[h].lower not in lex.anonymous_nouns and toks[h].lower not in lex.proxy_roles
            and toks[h].lower not in lex.role_nouns and (c.kind == "UNK" or _governed(ctx, c, h) == "gen")
        ):
            # "Secondo l'aeronautica militare di Kiev", "secondo il ministero della Difesa": the body the
            # phrase names, not the place or word that only modifies it
            body = _group(ctx, cue.b, end)
            if body is not None and (body.actor or body.kind):
                cue.speaker = body
                return
        if c is None and end - cue.b <= 3 and any(toks[k].lower in lex.role_nouns for k in range(cue.b, end)) and not any(
            toks[k].lower in lex.indefinite or toks[k].lower in lex.plural_determiners for k in range(cue.b, end)
        ):
            # "Secondo il ministro, ...": the person the role refers back to, as for "ha detto il ministro"
            cue.speaker = _topic(ctx, cue, voice, voice_sent, within=2, roles=_roles_in(ctx, cue.b, end))
            return
        if c is None:
            # "According to the foreign ministry", "secondo il sindacato": a body named by its kind
            body = _group(ctx, cue.b, end)
            if body is not None and (body.actor or body.kind):
                cue.speaker = body
                return
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
    if (
        bound in lex.relatives and r0 < subj_end and toks[r0].lower in _preps(lex)
        and all(_governed(ctx, c, r0) != "" for c in _cands_in(ctx, r0, subj_end))
    ):
        # "l'Usb, che in una nota accusa", "il ministero, che in una nota diffusa su Telegram ha
        # rivendicato": a circumstance between the relative pronoun and its verb (any name in it
        # governed by a preposition); the antecedent is the subject
        subj_end = r0
    cue.channel = _channel(ctx, cue, s0, s1)
    chan = (cue.channel.start, cue.channel.end) if cue.channel else None
    chan_toks = (ctx.tok_at(chan[0]), ctx.tok_at(chan[1])) if chan else None
    subject: _Cand | None = None
    pronoun = False
    explicit = False  # an explicit subject nobody resolved ("un portavoce dell'esecutivo")
    group_from = -1
    modified = False  # the subject is a phrase a name only modifies ("a Hamas official")
    if r0 < subj_end:
        subject, _ = _pick(ctx, r0, subj_end, lo=r0)
        if subject is not None and subject.kind == "UNK" and _only_demonyms(ctx, subject):
            subject = None  # "The Chinese embassy said": a demonym modifies the body that speaks
        elif (
            subject is not None and subject.kind in ("GPE", "ORG") and subject.b < subj_end
            and toks[subject.b].lower in lex.role_nouns and _governed(ctx, subject, r0) == ""
        ):
            subject, modified = None, True  # "A senior US official said", "the UN envoy said": a modifier of the speaker
        elif subject is not None and subject.kind == "GPE" and _governed(ctx, subject, r0) in ("", "gen") and _body_follows(ctx, subject, subj_end):
            # "The United States embassy said", "Russia's embassy in Warsaw dismissed": the country
            # only says whose body speaks; the body is an organization of that country
            body = _group(ctx, r0, subj_end)
            if body is not None and body.kind == "ORG" and body.country:
                cue.speaker = body
                return _finish(ctx, cue, [])
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
            else:
                # "a statement from the presidency said": a body named by its kind
                body = _group(ctx, k + 2, subj_end)
                if body is not None and (body.actor or body.kind):
                    cue.speaker = body
                    return _finish(ctx, cue, [])
        elif (
            k < subj_end and k > r0 and voice is not None and voice_sent >= cue.sent - 2
            and (toks[k].lower in lex.channel_nouns or toks[k].lemma in lex.channel_nouns)
            and all(toks[x].text.islower() and ctx.cand_at[x] < 0 for x in range(k, subj_end))
            and not any(toks[x].lower in _preps(lex) for x in range(k, subj_end))
        ):
            # "..., the statement said", "La nota aggiunge che": the statement just reported, so its
            # author is the voice of the sentences before
            cue.speaker = voice
            return _finish(ctx, cue, [])
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
        subject = _role_apposition(ctx, cue.b, after_end, s1)
        if subject is None:
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
    if (subject is not None or coordinated or modified) and (not cue.post or r0 < subj_end) and cue.lemma in lex.addressee_object:
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
            # "He said Turkey had asked for talks, but added that ...": a cue inside the content of an
            # earlier one, when that content ends before the coordinator, is no verb of this clause
            closed = [(p.content[0], p.content[1]) for p in prev if p.content is not None and p.content[1] <= k]
            prev = [c for c in prev if not any(x0 <= c.i < x1 for x0, x1 in closed)]
            if prev:
                if not prev[-1].resolved:
                    _resolve_cue(ctx, prev[-1], voice, voice_sent)
                if prev[-1].joint:
                    cue.speaker, cue.joint = None, True  # "X e Y hanno chiesto ... e si sono detti": still joint
                    return _finish(ctx, cue, addr)
                if prev[-1].speaker is not None:
                    cue.channel = cue.channel or prev[-1].channel
                    cue.speaker = prev[-1].speaker
                    return _finish(ctx, cue, addr)
            a0, _ = _region_before(ctx, k, s0)
            if a0 == k and a0 - 1 > s0 and toks[a0 - 1].text == ",":
                a0, _ = _region_before(ctx, a0 - 1, s0)  # "..., and warned": the clause before the comma
            head = _clause_head(ctx, a0, k)
            for _ in range(3):
                # "Zhou pledged grants for hospitals and schools and said": past a coordination of nouns
                if head is not None or a0 <= s0 or toks[a0 - 1].lower not in lex.coordinators:
                    break
                a0, _ = _region_before(ctx, a0 - 1, s0)
                head = _clause_head(ctx, a0, k)
            if isinstance(head, _Who):
                cue.speaker = head  # "The foreign ministry summoned the ambassador and accused ...": the body
                return _finish(ctx, cue, addr)
            subject = head
            if subject is None and not (a0 < k and toks[a0].lower in lex.aux):
                # (a clause opening with its auxiliary, "ha rafforzato le pattuglie lungo la Linea blu",
                # has its subject before it: a name inside it is an object)
                subject, _ = _pick(ctx, a0, k, first=True)
            if subject is None:
                subject = _main_subject(ctx, s0, k)
        elif bound in lex.relatives:
            # "il primo ministro Viktor Orbán, che ha definito": the antecedent
            k -= 1
            if k >= s0 and toks[k].text == ",":
                k -= 1
            if k >= s0 and ctx.cand_at[k] >= 0:
                subject = _of_head(ctx, ctx.cands[ctx.cand_at[k]], s0)
                seg, sb = _region_before(ctx, subject.a, s0)
                if sb == "," and _governed(ctx, subject, seg) != "" and seg - 2 >= s0 and ctx.cand_at[seg - 2] >= 0:
                    # "said Laila Osman, the WFP's country director for Sudan, who urged": the person the
                    # apposition describes, not the place or body inside it
                    named = ctx.cands[ctx.cand_at[seg - 2]]
                    if named.kind == "PER" and named.b == seg - 1:
                        subject = named
            elif k >= s0:
                # "Eurofer, the European steel association, which said": the name the apposition describes
                j = k
                while j > s0 and j > k - 10 and toks[j].text not in (",", ";", ":", ".", "!", "?") and toks[j].text not in _QUOTE_CHARS:
                    j -= 1
                if j > s0 and toks[j].text == "," and ctx.cand_at[j - 1] >= 0 and (
                    toks[j + 1].lower in lex.determiners or toks[j + 1].lower in lex.role_nouns or toks[j + 1].text.islower()
                ):
                    subject = ctx.cands[ctx.cand_at[j - 1]]
                else:
                    # "il cancelliere tedesco, che ha accusato": the head of the phrase before the comma
                    seg, _ = _region_before(ctx, k + 1, s0)
                    subject, _ = _pick(ctx, seg, k + 1)
                if subject is None:
                    voice, explicit = None, True  # an antecedent we cannot name is not the last speaker
        elif bound in lex.clause_boundary and bound not in lex.comp and k > s0:
            # "X non esclude un film, anche se ammette che ...": the main clause's subject
            main = _main_subject(ctx, s0, k)
            if main is not None and main.kind in ("PER", "ORG", "GPE"):
                subject = main
    if subject is not None and r0 < subj_end and _relative_of(ctx, subject, r0, subj_end):
        # "Kim Jong Un's sister accused", "la moglie di Navalny ha detto": someone else, unnamed here
        subject, voice, explicit = None, None, True
    if subject is not None and bound != "," and r0 < subj_end and _governed(ctx, subject, r0) == "gen" and not _has_given_name(ctx, subject):
        # "la presidente del Consiglio": a role of the person just named, rather than the Council; an
        # indefinite one ("un portavoce del ministero") introduces someone new (`_indefinite_head`)
        if not _indefinite_head(ctx, r0, subject.a) and any(toks[k].lower in lex.role_nouns for k in range(r0, subject.a)):
            topic = _topic(ctx, cue, voice, voice_sent, within=2, roles=_roles_in(ctx, r0, subject.a))
            if topic is not None and not _other_country(ctx, topic, subject):
                cue.speaker = topic
                return _finish(ctx, cue, addr)
            envoy = _role_of_country(ctx, r0, subject, cue.a)
            if envoy is not None:
                cue.speaker = envoy  # "L'ambasciatore del Regno Unito ha detto": the ambassador, not the country
                return _finish(ctx, cue, addr)
    elif (
        subject is not None and (subject.kind != "PER" or _governed(ctx, subject, cue.b) == "gen")
        and bound in _QUOTE_CHARS | {","} and r0 == subj_end
        and subject.b >= after_end and any(toks[k].lower in lex.role_nouns for k in range(cue.b, subject.a))
        and _apposed_name(ctx, subject, s1) is not None
    ):
        # "», ha detto il segretario della Cgt, Rubén Salvatierra": the name in apposition
        subject = _apposed_name(ctx, subject, s1)
    elif subject is not None and bound in _QUOTE_CHARS | {","} and r0 == subj_end and _governed(ctx, subject, cue.b) == "gen":
        if any(toks[k].lower in lex.role_nouns for k in range(cue.b, subject.a)):
            x = bisect_left(ctx.people_starts, cue.a) - 1
            if x >= 0 and toks[ctx.people[x][0]].sent >= cue.sent - 1 and _role_fits(
                ctx, ctx.people[x][1], _roles_in(ctx, cue.b, subject.a)
            ):
                subject = ctx.cands[ctx.cand_at[ctx.people[x][0]]]
            else:
                envoy = _role_of_country(ctx, cue.b, subject, cue.a)
                if envoy is not None:
                    cue.speaker = envoy  # "», ha detto l'ambasciatore del Regno Unito": not the country
                    return _finish(ctx, cue, addr)
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
    if subject is None and not pronoun and r0 < subj_end and any(
        (toks[k].lower in lex.anonymous_nouns or toks[k].lower in lex.unnamed_nouns) and ctx.cand_at[k] < 0
        for k in range(r0, subj_end)
    ):
        # "Analysts said", "Fonti diplomatiche non escludono": someone unnamed, not the voice before
        voice, explicit = None, True
    if pronoun and lex.nonpersonal_pronouns and not any(
        toks[k].lower in lex.pronouns and toks[k].lower not in lex.nonpersonal_pronouns for k in range(r0, subj_end)
    ):
        # "it rejected the accusations": the body or country just spoken of, never the last person
        voice = _nonpersonal_antecedent(ctx, cue, voice, voice_sent)
        pronoun = False
        if voice is None:
            explicit = True
    if subject is None and (pronoun or r0 == subj_end) and voice is not None:
        # "he said", "Ha descritto": the speaker before, unless a later sentence put a new person first
        for s in range(cue.sent - 1, max(voice_sent, cue.sent - 3), -1):
            c = ctx.first_person.get(s)
            if c is not None:
                subject = c
                break
    if (
        subject is None and voice is None and not explicit and cue.subj_end < 0 and cue.sent > 0
        and not (r0 == subj_end and _described_after(ctx, cue.b, after_end))
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
        personal = pronoun and any(toks[k].lower in lex.person_pronouns for k in range(r0, subj_end))
        if personal and (prev is None or prev.kind != "PER"):
            name = _apposed_unknown(ctx, p0, p1)
            if name is not None:
                # "The junta's spokesman, Zaw Min Tun, dismissed ...": "he" is the person the actors missed
                cue.speaker = _Who(None, ctx.span(name.a, name.b), "PER")
                return _finish(ctx, cue, addr)
        if prev is not None and prev.kind in (("PER",) if personal else ("PER", "ORG", "GPE")):
            subject = prev  # "he said" is a person's, never the militia or ministry before
    if subject is None and not pronoun:
        region = range(r0, subj_end) if r0 < subj_end else range(cue.b, after_end)
        if (
            any(toks[k].lower in lex.role_nouns for k in region)
            and not any(toks[k].lower in lex.indefinite or toks[k].lower in lex.plural_determiners for k in region)
        ):
            # "ha scritto il vicepremier": the person at the head of the latest sentences (or the
            # last speaker), else the last person named
            roles = _roles_in(ctx, region.start, region.stop)
            topic = _topic(ctx, cue, voice, voice_sent, roles=roles)
            if topic is not None:
                cue.speaker = topic
                return _finish(ctx, cue, addr)
            x = bisect_left(ctx.people_starts, cue.a) - 1
            if x >= 0 and toks[ctx.people[x][0]].sent >= cue.sent - 3 and _role_fits(ctx, ctx.people[x][1], roles):
                c = ctx.cands[ctx.cand_at[ctx.people[x][0]]]
                subject = c
            if subject is None:
                # "», ha detto l'ambasciatrice": the person introduced with that role earlier in the
                # article, else nobody known -- never the last speaker, whose role is another
                subject = _role_holder(ctx, roles, region.start, region.stop, cue.a)
                if voice is not None and voice.actor and (p := ctx.doc.actor(voice.actor)) is not None and p.kind == "PER":
                    voice = None  # a person of another role; a body's voice stays ("the spokesman said")
    cue.speaker = _who(ctx, subject) if subject is not None else voice
    if (
        group_from < 0 and subject is not None and subject.kind == "UNK" and r0 < subj_end
        and _governed(ctx, subject, r0) == "gen" and not _has_given_name(ctx, subject)
    ):
        group_from = r0  # "Un portavoce del ministero degli Esteri": the name is part of the phrase
        cue.speaker = None
    elif (
        group_from < 0 and subject is not None and subject.kind == "UNK" and subject.a >= cue.b
        and _governed(ctx, subject, cue.b) == "gen" and not _has_given_name(ctx, subject)
    ):
        # "fanno sapere dal ministero del Commercio", "ha ribadito il ministero della Difesa": the
        # inverted body is named by the whole phrase
        k = cue.b
        while k < subject.a and toks[k].lower in lex.source_preps:
            k += 1
        x = ctx.cand_at[after_end + 1] if after_end + 1 < s1 and toks[after_end].text == "," else -1
        if x >= 0 and ctx.cands[x].a == after_end + 1 and ctx.cands[x].kind == "PER":
            cue.speaker = _who(ctx, ctx.cands[x])  # "ha detto il portavoce del ministero degli Esteri etiope, X"
        else:
            body = _group(ctx, k, after_end)
            if body is not None and (body.actor or body.kind):
                cue.speaker = body
    if cue.speaker is None and group_from >= 0:
        cue.speaker = _group(ctx, group_from, subj_end if group_from < subj_end else s1)
    if subject is not None and r0 < subj_end:
        body = _body_of(ctx, subject, r0, subj_end)
        if body is not None:
            cue.speaker = body
    holder = _named_holder(ctx, cue.speaker, cue.a)
    if holder is not None:
        cue.speaker = holder
    _finish(ctx, cue, addr)


def _role_apposition(ctx: _Ctx, a: int, end: int, s1: int) -> _Cand | None:
    """"», ha detto l'inviato speciale dell'Onu per la Libia, Karl Jensen, che ...", "said the
    bloc's trade commissioner, Piet Van Dam.": an inverted subject that is a role phrase, however
    long and whatever organization or place it names, is the person named in apposition right
    after it. The role noun must head the phrase (after determiners and a preposition of place or
    audience), so that "ha detto ai giornalisti a Bruxelles, ..." names nobody."""
    lex, toks = ctx.lex, ctx.toks
    if end >= s1 or toks[end].text != "," or end - a > 14:
        return None
    r = next((k for k in range(a, end) if toks[k].lower in lex.role_nouns or toks[k].lower in lex.proxy_roles), -1)
    if r < 0 or r - a > 4 or any(_governed(ctx, c, a) == "" for c in _cands_in(ctx, a, r)):
        # "ha scritto Vaccarella nella lettera indirizzata al presidente della Corte, X": the role
        # is no inverted subject when a free name, or more than a short circumstance, comes first
        return None
    k = ctx.cand_at[end + 1] if end + 1 < s1 else -1
    if k < 0:
        return None
    c = ctx.cands[k]
    if c.a != end + 1:
        return None
    last = ctx.cand_at[end - 1]
    if last >= 0 and ctx.cands[last].kind == "PER" and _governed(ctx, ctx.cands[last], a) == "":
        return None  # "ha detto il ministro Carlo Rossi, ...": the name already heads the phrase
    return _apposed_name(ctx, _Cand(end - 1, end, "UNK", None), s1)


def _clause_head(ctx: _Ctx, a: int, b: int) -> _Cand | _Who | None:
    """The subject opening the clause [a, b) that a coordinated cue shares ("Chile filed a complaint
    with the court and warned", "the foreign ministry summoned China's envoy and demanded"): the
    candidate or definite body that the clause starts with, after determiners and lowercase
    modifiers. Without a parser the verb after it is unknown, so the first noun phrase is taken as
    the subject only when it opens the clause; an object later in the clause (the envoy summoned,
    the country accused) never is, whatever its kind. None when the clause opens otherwise."""
    lex, toks = ctx.lex, ctx.toks
    k = a
    while k < b:
        if toks[k].lower in lex.determiners or toks[k].lower in lex.indefinite or toks[k].lower in lex.time_words:
            k += 1  # "On Thursday the ministry ...", "Ieri il ministero ...": a time adverbial first
        elif toks[k].lower in _preps(lex) and k + 1 < b and toks[k + 1].lower in lex.time_words:
            k += 2
        else:
            break
    for h in range(k, min(b, k + 4)):
        x = ctx.cand_at[h]
        if x >= 0:
            c = ctx.cands[x]
            if c.a != h or c.kind not in ("PER", "ORG", "GPE"):
                return None
            if c.b < b and toks[c.b].lower in ("'s", "’s"):
                return None  # "China's envoy": the possessor modifies the head that follows
            for x in range(c.b, min(b, c.b + 3)):
                w = toks[x].lower
                if not w.isalpha() or not toks[x].text.islower() or w in lex.determiners or w in _preps(lex):
                    break
                if w in lex.role_nouns or w in lex.source_nouns or w in lex.body_antecedents:
                    return None  # "The UN special envoy", "NATO officials": the name modifies the speaker
            return _of_head(ctx, c, a)
        t = toks[h]
        if t.lower in lex.body_antecedents:
            # "the foreign ministry", "il ministero": a body noun heads the clause
            end = h + 1
            if end + 1 < b and toks[end].lower in lex.gen_preps and ctx.cand_at[end + 1] >= 0:
                end = ctx.cands[ctx.cand_at[end + 1]].b  # "the ministry of defence"
            body = _group(ctx, a, end)
            return body if body is not None and (body.actor or body.kind) else None
        if t.text[:1].isupper() or _is_punct(t) or t.lower in _preps(lex) or t.lower in lex.aux or t.lower in lex.cue_forms:
            return None
    return None


def _of_head(ctx: _Ctx, c: _Cand, lo: int) -> _Cand:
    """"Senator Hugo Rios of Cusco, who ...": a place after "of"/"di" right behind a person's name
    modifies that person, who is the antecedent."""
    toks = ctx.toks
    p = c.a - 1
    if c.kind in ("GPE", "LOC", "ORG", "UNK") and p - 1 >= lo and toks[p].lower in ctx.lex.gen_preps:
        x = ctx.cand_at[p - 1]
        if x >= 0 and ctx.cands[x].kind == "PER" and ctx.cands[x].b == p:
            return ctx.cands[x]
    return c


def _named_holder(ctx: _Ctx, who: _Who | None, before: int) -> _Who | None:
    """A speaker the actors stage knows only by a role phrase ("Russia's deputy ambassador said",
    "the British ambassador said") is the person named earlier with that role and country
    ("Dmitry Polyansky, Russia's deputy ambassador to the UN, ..."), when there is one."""
    if who is None or not who.actor:
        return None
    doc, toks, lex = ctx.doc, ctx.toks, ctx.lex
    actor = doc.actor(who.actor)
    if actor is None or actor.kind != "PER":
        return None
    mine = [c for c in ctx.cands if c.actor == actor.id]
    if not mine or any(c.a not in ctx.described for c in mine):
        return None  # named somewhere: the actors stage has decided who it is
    roles = frozenset(toks[k].lower for c in mine for k in range(c.a, c.b) if toks[k].lower in lex.role_nouns)
    roles -= lex.generic_roles
    if not roles:
        return None
    wide = _widened(ctx, roles)
    for a, pid in _people_before(ctx, before):
        if pid == actor.id or a in ctx.described:
            continue
        person = doc.actor(pid)
        if person is None or (actor.country and person.country != actor.country):
            continue  # "Algeria's foreign minister" is not the foreign minister of unknown country named before
        if actor.igo and person.igo != actor.igo:
            continue  # "il presidente della Commissione dell'Ua" is not the country's president named before
        if _holds_role(ctx, pid, roles, wide) and (not actor.country or _introduced_with(ctx, pid, actor.country)):
            return _Who(pid, who.span)
    return None


def _role_of_country(ctx: _Ctx, a: int, c: _Cand, before: int) -> _Who | None:
    """"l'ambasciatore del Regno Unito", "the representative of France": a person's role governing a
    country is that person -- the one introduced earlier with that role and country, else a person
    named by the phrase, of that country -- never the country itself."""
    lex, toks = ctx.lex, ctx.toks
    actor = ctx.doc.actor(c.actor) if c.actor else None
    if actor is None or actor.kind != "GPE" or not actor.country:
        return None
    k = a
    while k < c.a and toks[k].lower in lex.determiners:
        k += 1
    role = toks[k].lower if k < c.a else ""
    if role not in lex.role_nouns or role in lex.generic_roles or role in lex.proxy_roles:
        return None
    g = c.a - 1
    while g > k and toks[g].lower in lex.determiners:
        g -= 1
    if g <= k or toks[g].lower not in lex.gen_preps or any(ctx.cand_at[x] >= 0 for x in range(k, g)):
        return None  # only "<role> [modifiers] of <country>"
    holder = _role_holder(ctx, frozenset((role,)), k, c.b, before, country=actor.country)
    if holder is not None:
        return _who(ctx, holder)
    return _Who(None, ctx.span(k, c.b), "PER", actor.country, lex.source_sectors.get(role) or "GOV")


def _role_holder(
    ctx: _Ctx, roles: frozenset[str], a: int, b: int, before: int, country: str | None = None
) -> _Cand | None:
    """The last person named before `before` whose own role phrase holds one of `roles` (a specific
    role, through `role_equivalents`), of the country of a demonym in [a, b) if there is one."""
    lex = ctx.lex
    roles = roles - lex.generic_roles
    if not roles:
        return None
    if country is None:
        demonyms = _demonyms(ctx.doc.meta.lang or "it")
        country = next((demonyms[ctx.toks[k].lower] for k in range(a, b) if ctx.toks[k].lower in demonyms), None)
    wide = _widened(ctx, roles)
    for start, pid in _people_before(ctx, before):
        if start in ctx.described:
            continue
        person = ctx.doc.actor(pid)
        if person is None or (country and person.country != country):
            continue
        if _holds_role(ctx, pid, roles, wide):
            return ctx.cands[ctx.cand_at[start]]
    return None


def _people_before(ctx: _Ctx, before: int) -> Iterator[tuple[int, str]]:
    """(first token, actor id) of the people named before token `before`, the nearest first."""
    for x in range(bisect_left(ctx.people_starts, before) - 1, -1, -1):
        yield ctx.people[x]


def _widened(ctx: _Ctx, roles: frozenset[str]) -> frozenset[str]:
    """`roles` with their `role_equivalents` ("premier" -> "primo ministro")."""
    eq = ctx.lex.role_equivalents
    return roles.union(*(eq.get(r, frozenset()) for r in roles))


def _holds_role(ctx: _Ctx, pid: str, roles: frozenset[str], wide: frozenset[str]) -> bool:
    """Does the person's own specific role (`_person_roles`) name one of `roles` (`wide`: those
    widened by `_widened`), or one whose equivalents hold one of them?"""
    known = _person_roles(ctx, pid) - ctx.lex.generic_roles
    return bool(known & wide or roles & _widened(ctx, known))


def _introduced_with(ctx: _Ctx, pid: str, country: str) -> bool:
    """The person's role phrase names the country ("Dmitry Polyansky, Russia's deputy ambassador",
    "l'ambasciatore russo Vasily Nebenzia"): the country a role-only mention gives is then evidence,
    not the actors stage's guess."""
    toks = ctx.toks
    demonyms = _demonyms(ctx.doc.meta.lang or "it")
    for c in ctx.cands:
        if c.actor != pid:
            continue
        s0, s1 = ctx.sent_bounds(toks[c.a].sent)
        window = list(range(max(s0, c.a - 6), c.a))
        if c.b < s1 and toks[c.b].text == ",":
            window += range(c.b + 1, min(s1, c.b + 8))
        for k in window:
            if demonyms.get(toks[k].lower) == country:
                return True
            x = ctx.cand_at[k]
            if x >= 0 and ctx.cands[x].actor and ctx.cands[x].kind == "GPE":
                gpe = ctx.doc.actor(ctx.cands[x].actor)
                if gpe is not None and gpe.country == country:
                    return True
    return False


def _apposed_unknown(ctx: _Ctx, s0: int, s1: int) -> _Cand | None:
    """A name the actors stage missed, in apposition near the head of a sentence ("The Myanmar
    junta's spokesman, Zaw Min Tun, dismissed ..."): two or more capitalized words between commas."""
    toks = ctx.toks
    for k in range(s0 + 1, min(s1, s0 + 10)):
        if toks[k - 1].text != ",":
            continue
        x = ctx.cand_at[k]
        if x < 0:
            continue
        c = ctx.cands[x]
        if c.a == k and c.kind == "UNK" and c.b - c.a >= 2 and c.b < s1 and toks[c.b].text == ",":
            return c
    return None


def _only_demonyms(ctx: _Ctx, c: _Cand) -> bool:
    demonyms = _demonyms(ctx.doc.meta.lang or "it")
    return all(ctx.toks[k].lower in demonyms for k in range(c.a, c.b))


def _described_after(ctx: _Ctx, b: int, end: int) -> bool:
    """The inverted subject after a cue is a description ("», ha detto l'ambasciatore", "the
    ambassador said"): a role or body noun before any preposition. It names someone, so the subject
    of the sentence before (the Security Council the quotation speaks of) is not the speaker."""
    lex, toks = ctx.lex, ctx.toks
    preps = _preps(lex)
    for k in range(b, end):
        w = toks[k].lower
        if w in preps:
            return False
        if w in lex.role_nouns or w in lex.source_nouns or w in lex.body_antecedents:
            return True
    return False


def _nonpersonal_antecedent(ctx: _Ctx, cue: _Cue, voice: _Who | None, voice_sent: int) -> _Who | None:
    """What "it" refers to: the last speaker when it is no person and spoke within the two sentences
    before, else the subject of the sentence before (its first noun phrase not after a preposition)
    when it is an organization or a country."""
    if voice is not None and voice_sent >= cue.sent - 2:
        actor = ctx.doc.actor(voice.actor) if voice.actor else None
        if (actor is not None and actor.kind != "PER") or (actor is None and voice.kind == "ORG"):
            return voice
    if cue.sent == 0:
        return None
    p0, p1 = ctx.sent_bounds(cue.sent - 1)
    for c in _cands_in(ctx, p0, p1):
        g = _governed(ctx, c, p0)
        if g == "" or (g == "gen" and c.a > p0 and ctx.toks[c.a - 1].lower in ("'s", "’s")):  # "Spain's ministry"
            return _who(ctx, c) if c.kind in ("ORG", "GPE") and c.actor else None
    return None


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
        head = head or t.lower in lex.role_nouns or t.lower in lex.source_nouns or t.lower in lex.body_antecedents
        b += 1
    while b > a and (toks[b - 1].lower in lex.gen_preps or toks[b - 1].lower in lex.determiners):
        b -= 1
    if not head or b <= a:
        return None
    trimmed = False
    if b - 2 >= a and toks[b - 1].lower in lex.proxy_roles and (
        toks[b - 2].lower in lex.body_antecedents or toks[b - 2].lower in lex.source_nouns
    ):
        b -= 1  # "a (German) government spokesman": the spokesman speaks for the (German) government
        trimmed = True
    end = b
    if b + 1 < limit and toks[b].lower in lex.for_preps:
        end = _region_after(ctx, b + 1, limit)
    proxy = any(toks[k].lower in lex.proxy_roles for k in range(a, b))
    for c in _cands_in(ctx, a, end):
        actor = ctx.doc.actor(c.actor) if c.actor else None
        if actor is not None and actor.kind == "ORG" and (actor.igo or proxy):
            # "a spokesperson for the European Union", "un portavoce della Cgil": who speaks for an
            # organization is coded by it (docs/conventions.md)
            return _Who(actor.id, ctx.span(a, b))
        if actor is not None and actor.kind == "PER" and proxy and c.a >= b:
            # "A spokesman for Ellison denied": the unnamed spokesman speaks for the person
            return _Who(actor.id, ctx.span(c.a, c.b))
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
        # "the union", "l'organizzazione regionale": the organization of that kind named before
        known = _body_antecedent(ctx, a, b, definite=trimmed)
        if known is not None:
            return known
        body = _unnamed_body(ctx, a, b)
        if body is not None:
            return body
        # "the ministry", "un portavoce dell'esecutivo": which one is the actors stage's call (a definite
        # description of an actor named before); the phrase stays the speaker's span
        return _Who(None, ctx.span(a, b))
    k = a
    if toks[a].lower in lex.proxy_roles:
        # "un portavoce del ministero degli Esteri cinese": the spokesman speaks for the ministry, and
        # the actor is the ministry, named without the role (docs/conventions.md)
        k = a + 1
        while k < b and (toks[k].lower in lex.gen_preps or toks[k].lower in lex.for_preps or toks[k].lower in lex.determiners):
            k += 1
        if k >= b or k == a + 1:
            k = a
    return _Who(None, ctx.span(k, b), "ORG", country, sector)


def _unnamed_body(ctx: _Ctx, a: int, b: int) -> _Who | None:
    """"The foreign ministry said", "ha fatto sapere il ministero degli Esteri": a definite body named
    by its kind and no earlier actor is an organization of its own, named by the phrase (its country
    is not in the phrase; the sector is the one its head noun allows, when only one)."""
    lex, toks = ctx.lex, ctx.toks
    before = toks[a - 1].lower if a > 0 else ""
    if not (before in lex.determiners or before in lex.source_preps) or before in lex.indefinite:
        return None  # definite only: "the ministry", "dal ministero"
    owner = next((k for k in range(b - 1, a - 1, -1) if toks[k].lower in ("'s", "’s")), -1)
    if owner >= 0:
        a = owner + 1  # "the city's security ministry": the body is "security ministry"
    h = _noun_phrase_head(ctx, a, b)
    if h < 0 or any(toks[k].lower in lex.role_nouns for k in range(a, b)):
        return None
    sectors = lex.body_antecedents[toks[h].lower]
    sector = next(iter(sectors)) if len(sectors) == 1 else None
    return _Who(None, ctx.span(a, b), "ORG", None, sector)


def _noun_phrase_head(ctx: _Ctx, a: int, b: int) -> int:
    """The first body noun of [a, b) when what follows it only modifies it ("ministero degli Esteri",
    "security ministry", "union representing the workers" is not), else -1: a determiner not after
    a genitive preposition or a skip word ("il partito non riconoscerà il risultato") is a clause."""
    lex, toks = ctx.lex, ctx.toks
    head = next((k for k in range(a, b) if toks[k].lower in lex.body_antecedents), -1)
    if head < 0 or any(toks[k].lower in lex.gen_preps for k in range(a, head)):
        return -1  # "le riprese della società": the footage, not the company
    for k in range(head + 1, b):
        w = toks[k].lower
        if w in lex.skip or (w in lex.determiners and toks[k - 1].lower not in lex.gen_preps):
            return -1
    return head


# sectors too wide to identify a body by ("ministry" and "government" are both GOV)
_STATE_SECTORS = frozenset(("GOV", "MIL", "JUD", "POL"))


def _body_antecedent(ctx: _Ctx, a: int, b: int, definite: bool = False) -> _Who | None:
    """A body named by a definite common noun ("the union", "il sindacato", "the bloc",
    "il ministero della Salute") is the organization of that kind named last before it: an actor of
    kind ORG whose sector the head noun allows (`body_antecedents`), of the country of a demonym in
    the phrase and bearing its capitalized words, if it has any. A phrase opened by an indefinite or
    headed by a person's role ("a spokesperson for the union") is someone else."""
    lex, toks = ctx.lex, ctx.toks
    if a >= b or toks[a].lower in lex.indefinite or (not definite and a > 0 and toks[a - 1].lower in lex.indefinite):
        return None  # (`definite`: "a government spokesman": the article is the spokesman's)
    if any(toks[k].lower in lex.role_nouns for k in range(a, b)):
        return None
    h = _noun_phrase_head(ctx, a, b)
    if h < 0:
        return None
    sectors, head = lex.body_antecedents[toks[h].lower], _fold(toks[h].text)
    demonyms = _demonyms(ctx.doc.meta.lang or "it")
    country = next((demonyms[toks[k].lower] for k in range(a, b) if toks[k].lower in demonyms), None)
    names = [_fold(toks[k].text) for k in range(a + 1, b) if toks[k].text[:1].isupper() and toks[k].lower not in demonyms]
    start = toks[a].start
    common = _common_words(ctx.doc.meta.lang or "it")
    best, best_at = None, -1
    for actor in ctx.doc.actors:
        if actor.kind != "ORG" or actor.sector not in sectors or (country and actor.country != country):
            continue
        before = [m for m in actor.mentions if m.end <= start]
        if not before or (all(m.text.lower() in common for m in actor.mentions) and not (definite and actor.country)):
            # named only by common nouns ("workers", "the government"): a description itself -- but
            # "a government spokesman" speaks for the country's government the article keeps naming
            continue
        if names and not all(any(n in _fold(m.text) for m in actor.mentions) or n in _fold(actor.name) for n in names):
            continue
        if actor.sector in _STATE_SECTORS and not any(head in _fold(m.text) for m in actor.mentions) and head not in _fold(actor.name):
            continue  # "the ministry" is no government nor army: state bodies must share the noun
        if before[-1].start > best_at:
            best, best_at = actor, before[-1].start
    if best is not None and definite and ctx.toks[ctx.tok_at(best_at)].sent < ctx.toks[a].sent - 3:
        return None  # "a government spokesman" far from any government named: which one is unknown
    return _Who(best.id, ctx.span(a, b)) if best is not None else None


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


def _finish(ctx: _Ctx, cue: _Cue, addr: list[_Cand]) -> None:
    for c in addr:
        if c.actor and (cue.speaker is None or c.actor != cue.speaker.actor):
            cue.addressee = c.actor
            break


def _topic(
    ctx: _Ctx, cue: _Cue, voice: _Who | None, voice_sent: int, within: int = 3, roles: frozenset[str] = frozenset()
) -> _Who | None:
    """The person a role noun or a pronoun most likely refers to: going back sentence by sentence,
    the last speaker if he spoke there, else the first person named there; with `roles` (the role
    nouns of the anaphor), only a person those roles fit."""
    for s in range(cue.sent - 1, cue.sent - 1 - within, -1):
        if s < 0:
            break
        if s == voice_sent and voice is not None and voice.actor and ctx.doc.actor(voice.actor) is not None:
            a = ctx.doc.actor(voice.actor)
            if a is not None and a.kind == "PER":
                if _role_fits(ctx, voice.actor, roles):
                    return voice
                return None
        c = ctx.first_person.get(s)
        if c is not None:
            return _who(ctx, c) if _role_fits(ctx, c.actor, roles) else None
    return None


def _indefinite_head(ctx: _Ctx, a: int, b: int) -> bool:
    """The phrase [a, b) opens with an indefinite article after its determiners ("un portavoce del
    ministero", "a spokesperson for"): it introduces a new referent, never the person just named."""
    toks, lex = ctx.toks, ctx.lex
    return a < b and toks[a].lower in lex.indefinite


def _roles_in(ctx: _Ctx, a: int, b: int) -> frozenset[str]:
    return frozenset(ctx.toks[k].lower for k in range(a, b) if ctx.toks[k].lower in ctx.lex.role_nouns)


def _role_fits(ctx: _Ctx, actor: str | None, roles: frozenset[str]) -> bool:
    """Whether an anaphor with these role nouns can name the person: yes when either side has no
    specific role, or they share one (through `role_equivalents`: "premier" fits "primo ministro")."""
    lex = ctx.lex
    roles = roles - lex.generic_roles
    if not roles or actor is None:
        return True
    known = _person_roles(ctx, actor) - lex.generic_roles
    if not known or len(known) < len(_person_roles(ctx, actor)):
        return True  # introduced without a role, or with a generic one ("il leader della Lega")
    return bool(_widened(ctx, roles) & known or roles & _widened(ctx, known))


def _person_roles(ctx: _Ctx, actor: str) -> frozenset[str]:
    """The role nouns next to the person's mentions: "il ministro della Salute, Paolo Ferrante",
    "Paolo Ferrante, ministro della Salute," (computed once per person)."""
    got = ctx.person_roles.get(actor)
    if got is not None:
        return got
    toks, lex = ctx.toks, ctx.lex
    roles: set[str] = set()
    for c in ctx.cands:
        if c.actor != actor or c.kind != "PER":
            continue
        s0, s1 = ctx.sent_bounds(toks[c.a].sent)
        k = c.a - 1
        if k >= s0 and toks[k].text == ",":
            k -= 1
        for x in range(c.a, c.b):
            if toks[x].lower in lex.role_nouns:
                roles.add(toks[x].lower)  # a role-only actor ("l'ambasciatrice britannica") has its role in its name
        for x in range(k, max(s0, k - 6) - 1, -1):
            if _is_punct(toks[x]) or toks[x].lower in lex.cue_forms:
                break
            if toks[x].lower in lex.role_nouns:
                roles.add(toks[x].lower)
        if c.b < s1 and toks[c.b].text == ",":
            for x in range(c.b + 1, min(s1, c.b + 5)):
                if _is_punct(toks[x]) or toks[x].lower in lex.cue_forms:
                    break
                if toks[x].lower in lex.role_nouns:
                    roles.add(toks[x].lower)
    got = frozenset(roles)
    ctx.person_roles[actor] = got
    return got


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


def _has_given_name(ctx: _Ctx, c: _Cand) -> bool:
    """A capitalized run holding a given name before its last word ("Anm Giuseppe Santalucia")."""
    given = _first_names(ctx.doc.meta.lang or "it")
    return c.kind == "UNK" and any(_fold(ctx.toks[k].text) in given for k in range(c.a, c.b - 1))


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
            if c is p.cue or not c.active or c.speaker is None or c.quoted or c.antecedent >= 0:
                continue  # "X, secondo cui ..." reports its own clause, not the sentence
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


def _body_follows(ctx: _Ctx, c: _Cand, end: int) -> bool:
    """A body noun follows the country right away ("United States embassy", "Russia's embassy in
    Warsaw", "Kyiv's defence ministry"): up to two lowercase words, one of them a body or source noun,
    none a person's role (that is `modified`) nor an anonymous source."""
    lex, toks = ctx.lex, ctx.toks
    k = c.b
    if k < end and toks[k].lower in ("'s", "’s"):
        k += 1
    found = False
    for x in range(k, min(end, k + 2)):
        w = toks[x].lower
        if not toks[x].text.islower() or ctx.cand_at[x] >= 0 or w in lex.role_nouns or w in lex.anonymous_nouns:
            return False
        if w in lex.source_nouns or w in lex.body_antecedents:
            found = True
            break
    return found


def _other_country(ctx: _Ctx, who: _Who, owner: _Cand) -> bool:
    """"La segretaria del Pd ha definito": the person the role refers back to must belong where the
    role's owner does; a person of another country (the Libyan minister named before) is someone
    else. Unknown countries on either side say nothing."""
    person = ctx.doc.actor(who.actor) if who.actor else None
    body = ctx.doc.actor(owner.actor) if owner.actor else None
    if person is None or body is None or not person.country or not body.country:
        return False
    return person.country != body.country
