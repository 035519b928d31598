"""Token windows around a cue and the candidate that heads them.

A cue's subject is searched in the region before it (back to a comma, a quotation mark, a clause
boundary or another cue: `_region_before`) or, inverted, in the region after it (`_region_after`);
`_pick` chooses among the candidates of a region the one not governed by a preposition (the head of
an apposition), people first, and returns the candidates an a-type preposition governs (addressees).
`_main_subject` and `_appositive` look further back in the sentence.
"""

from __future__ import annotations

from cronaca.quotes.context import _RANK, _Cand, _Ctx, _Who
from cronaca.quotes.cue_lexicon import _preps
from cronaca.quotes.marks import _FINAL, _QUOTE_CHARS, _is_punct


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


def _name_then_comma(ctx: _Ctx, k: int, s1: int) -> bool:
    """A person's name at k closed by a comma: an apposition naming who was just described."""
    c = ctx.cand_at[k] if k < s1 else -1
    if c < 0 or ctx.cands[c].kind != "PER" or ctx.cands[c].a != k:
        return False
    b = ctx.cands[c].b
    return b < s1 and ctx.toks[b].text == ","


def _governed(ctx: _Ctx, c: _Cand, lo: int) -> str:
    """'addr' when a-type preposition governs the candidate, 'gen' for di-type, 'prep' for others."""
    lex, toks = ctx.lex, ctx.toks
    if c.b < len(toks) and toks[c.b].lower in ("'s", "’s"):
        return "gen"  # "South Korea's Joint Chiefs of Staff": a possessor, not the head
    if c.a - 1 >= lo and toks[c.a - 1].lower in ("'s", "’s"):
        return ""  # "Beridze's United National Movement": the possessed noun heads the phrase
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
    if j > s0 and toks[j].text == ")":
        # "L'Alto commissariato ... (Unhcr) ha espresso": an acronym in brackets closes the subject
        p = j - 1
        while p > s0 and p > j - 6 and toks[p].text not in ("(", ")", ","):
            p -= 1
        if toks[p].text == "(" and p < j - 1:
            j = p - 1
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
        if t.text == "-" and k > start and not toks[k - 1].space_after and not t.space_after:
            k += 1  # "Marie-Ange Pierre-Louis": a hyphen inside a name
            continue
        if _is_punct(t) or t.lower in lex.subject_stop or t.lower in lex.cue_forms or t.lower in lex.comp:
            break
        if lex.is_gerund(t.lower) and k > start and toks[k - 1].lower not in lex.determiners and toks[k - 1].lower not in _preps(lex):
            break  # "ha detto Putin parlando ...", but "il comando militare" is a noun
        k += 1
    return k


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
        if c is not None and end - a > 8:
            # a long segment is a clause: its subject is its first noun phrase no preposition governs
            free = [x for x in _cands_in(ctx, a, end) if x.kind != "UNK" and _governed(ctx, x, a) == "" and not _after_source_prep(ctx, x, a)]
            # a person within the opening words heads it ("Kremlin spokesman Yuri Lavrentyev mocked")
            c = next((x for x in free if x.kind == "PER" and x.a < a + 6), free[0] if free else c)
        if c is not None:
            picks.append(c)
        if end >= limit or toks[end].text != ",":
            break
        if picks and end - a > 8:
            # "The Treasury froze the assets of two commanders, X and Y, and barred ...": a long first
            # segment is a clause with its subject, not a phrase an apposition completes
            break
        a = end + 1
    # "Il segretario dell'Anaao, Roberto Galli, ha": the person the apposition names heads the
    # phrase, not the organization after "di" (even one the actors stage took for a person); nor a
    # person after "da" ("la missione guidata dal generale X")
    free = [
        c for c in picks
        if c.kind == "PER" and _governed(ctx, c, s0) != "gen" and not _after_source_prep(ctx, c, s0)
    ]
    people = free or [c for c in picks if c.kind == "PER" and not _after_source_prep(ctx, c, s0)]
    return people[0] if people else (picks[0] if picks else None)


def _after_source_prep(ctx: _Ctx, c: _Cand, s0: int) -> bool:
    """A preposition of agent or origin ("da", "by") stands before the name, past a few lowercase
    words ("guidata dal generale italiano Marco Ferrante")."""
    lex, toks = ctx.lex, ctx.toks
    for k in range(c.a - 1, max(s0, c.a - 5) - 1, -1):
        t = toks[k]
        if t.lower in lex.source_preps:
            return True
        if t.text[:1].isupper() or _is_punct(t):
            return False
    return False


def _apposed_name(ctx: _Ctx, c: _Cand, s1: int) -> _Cand | None:
    """The person named in apposition right after a role phrase ending with `c`: "ha detto il
    segretario della Cgt, Rubén Salvatierra" -> Salvatierra. The name must close the phrase (a comma,
    the end of the sentence or a final mark), so that "..., Xi e Putin" is no apposition."""
    toks = ctx.toks
    k = c.b
    if k + 1 >= s1 or toks[k].text != ",":
        return None
    idx = ctx.cand_at[k + 1]
    if idx < 0:
        return None
    p = ctx.cands[idx]
    if p.a != k + 1 or not (p.kind == "PER" or (p.kind == "UNK" and p.b - p.a >= 2)):
        return None  # a person, or two capitalized words no mention covers (a name the actors missed)
    if p.b < s1 and not _is_punct(toks[p.b]):
        return None
    return p


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
        j = end - 1
        while j > s0 and j > end - 25 and ctx.toks[j].text != "," and ctx.toks[j].text not in _FINAL:
            j -= 1
        if j > s0 and ctx.toks[j].text == "," and any(
            ctx.toks[x].lower in lex.relative_words or ctx.toks[x].lower in lex.relatives for x in range(j + 1, min(j + 3, end))
        ):
            # ", whose party called the march,", ", che ha guidato il corteo,": a relative clause, even one
            # with a verb of saying inside, describes the subject before it
            end = j
            continue
        a, bound = _region_before(ctx, end, s0)
        if a - 1 == s0 and bound in lex.coordinators:
            # "Ma il Niger, che ..., ha fatto sapere", "But the ministry, which ..., said": a
            # conjunction opening the sentence links it to the one before; it bounds no clause here
            bound = ""
        first = ctx.toks[a] if a < end else None
        if bound == "," and first is not None and first.text[:1].islower() and not (
            first.lower in lex.determiners or first.lower in lex.role_nouns or first.lower in lex.source_nouns
        ) and not _role_then_name(ctx, a, end):
            # (a role ending with a person's name is an apposition naming the subject: "The head of
            # the Afghan delegation, acting defence minister Nasrullah Zadran, wrote")
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
            if not (c.b < end and ctx.toks[c.b].lower in ("'s", "’s")):
                found.append(c)  # "China, Pakistan's closest ally,": a possessor only describes the subject
        if bound != ",":
            break
        end = a - 1
    return found[0] if found else None


def _role_then_name(ctx: _Ctx, a: int, end: int) -> bool:
    """[a, end) is a role phrase closed by a person's name ("acting defence minister Nasrullah
    Zadran"): the name ends the segment, a role noun stands before it, and nothing before it is a verb,
    an auxiliary, a conjunction or a preposition other than "of" ("difesa dal segretario del PD X",
    "avvocato di X", "ed aver incontrato il premier X" name someone else)."""
    lex, toks = ctx.lex, ctx.toks
    c = next((c for c in _cands_in(ctx, a, end) if c.kind == "PER" and c.b == end), None)
    if c is None or _governed(ctx, c, a) != "":
        return False
    role = False
    for k in range(a, c.a):
        w = toks[k].lower
        if w in lex.aux or w in lex.coordinators or w in lex.cue_forms or w in lex.clause_boundary:
            return False
        if (w in lex.other_preps or w in lex.source_preps or w in lex.addr_preps) and w not in lex.gen_preps:
            return False
        role = role or w in lex.role_nouns
    return role
