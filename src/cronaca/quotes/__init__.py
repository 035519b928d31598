"""Quotes stage: direct, partial and indirect speech with speaker, cue, addressee, channel and source.

`find_quotes(doc)` fills `doc.quotes`; it reads the tokens and sentences (analyze) and the actor
mentions (actors), and may add actors for speakers no mention names. Everything is syntax-free and
linear in the length of the article.

What runs, in order (`stage.find_quotes`), and where it lives:

1. `cue_lexicon.py` -- `lexicon(lang)` loads `lang/<l>/cues.yaml` once: every inflected form of a cue
   lemma (from spaCy's lookup lemma table plus the conjugations and extra forms of the YAML), the
   frames of each cue (che, di, obj_a, colon, content, naming, ...), the according-to phrases and
   the word classes (auxiliaries, determiners, prepositions, role, channel and source nouns).
2. `context.py` -- `_Ctx` holds the document and its speaker candidates (actor mentions, and runs
   of capitalized words no mention covers), with the records the steps pass along (`_Cue`,
   `_Pending`, `_Who`).
3. `cues.py` -- reporting cues, one dict lookup per token: "ha detto", "fatto sapere",
   "secondo X", "according to X", "si legge", "Lo ha detto X".
4. `marks.py` -- quotation marks paired in one pass (« », “ ”, ‘ ’, straight " by alternation),
   paragraph by paragraph; an unclosed quotation runs on when the next paragraph reopens it.
5. `indirect.py` (`_content_after`) -- the content clause of each cue, so that a fragment inside a
   clause belongs to that clause's cue.
6. `direct.py` -- each quoted span is attached to a cue (inside it, after it, before it, anywhere in
   the sentence for partial quotes), or continues the previous speaker, or is dropped as a title,
   a nickname or a scare quote.
7. `indirect.py` again -- contents recomputed now that post-posed cues are known; the content of
   "Come ha spiegato X, ..." (in `stage`); the clause before ", ha detto Ushakov" / ", secondo il Cremlino" (`_post_attributions`);
   the statement before "Lo ha detto X" / "Così X ha commentato" (`_anaphoric`).
7b. `leadin.py` (`_lead_ins`) -- "X told reporters. «...»": the sentence before a quotation with no
   cue names its voice (a cue with no content, or a `lead_in` verb: "speak", "parlare").
8. `speakers.py` -- cues resolved in text order, so the last speaker is at hand for dropped
   subjects and continuation quotes: speaker (`subjects.py` finds the subject region and the
   candidate heading it), addressee, channel; gerund cues ("aggiungendo") take the speaker of the
   main cue of their sentence.
   Unnamed bodies and officials: "the union said" is the last organization of that sector named
   (`body_antecedents` in cues.yaml), "the foreign ministry said" a body of its own, "a spokesman
   for X" / "un portavoce della Cgil" speaks for X (`proxy_roles`), a role-only speaker is the person
   introduced earlier with that role (and country). Then `leadin.py` again: a quotation after a
   sentence whose subject is a new person is that person's (`_paragraph_subject`); one opening a
   paragraph with no voice takes the cue opening the next sentence (`_speaker_after`).
9. `stage.py` -- the quotations assembled: direct and partial ones take their cue's speaker, each
   active cue with a content not covered by quotations adds an indirect quotation;
   `speakers._reported_by` makes the outer attribution of a sentence ("Xi “ha affermato che ...”,
   ha detto Ushakov") the source of the others; a nested clause ("The White House said Biden had
   reiterated that ...") is reported by the outer speaker.
10. `speaker_actors.py` -- a speaker with no actor becomes one (the person already named with that
   surname, a person from a given name on, an organization, or a group of a known country and
   sector); anonymous sources ("fonti", "sources") stay without actor. Quotations get ids in text
   order.

Forms real articles use, and where they are handled: ", a Hamas official told AFP." (a post-posed
cue followed only by its addressee or channel: `indirect._post_comma`), "Lo ha detto X" / "Così X
ha commentato" / "...: lo ha detto X" (the statement before: `indirect._anaphoric`), "si legge in
una nota di X" (`cues`, `speakers._resolve_cue`), "Come ha spiegato X, ..." (`stage`), "Per X, ...",
"come riporta X" (according-to phrases of cues.yaml; `indirect._post_attributions`), "A statement
from X said", "X's office said" (`speakers`), an attribution between dashes inside a quotation
(`direct._dash_cue`).

Read in the fifth session on our own sentences (tests/test_quotes_s5.py): a cue coordinated after a
verb that is no cue shares the subject opening its clause, never that verb's object
(`speakers._clause_head`); a relative cue's antecedent is the person before "of <place>", the name an
apposition describes, or the head of a role phrase (`_of_head`); an inverted role phrase, however
long, is the person named in apposition after it (`_role_apposition`); a subject of unnamed people
("Analysts said", `unnamed_nouns`) never inherits the voice before; a bare word that begins one
person's name is that person (`speaker_actors`, family names written first).

Data: `src/cronaca/lang/<l>/cues.yaml` (it, en); word lists borrowed from the actors stage
(demonyms, given names, common words, organization keywords) through `cue_lexicon.py`. Names with a
leading underscore are internal to the package; docs/quotes.md has the layout and how to add a cue.
"""

from __future__ import annotations

from cronaca.quotes.cue_lexicon import Lexicon, lexicon
from cronaca.quotes.marks import quoted_spans
from cronaca.quotes.stage import find_quotes

__all__ = ["Lexicon", "find_quotes", "lexicon", "quoted_spans"]
