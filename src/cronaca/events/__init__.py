"""Events stage: PLOVER-coded "who did what to whom", read from the clause around a trigger word.

`find_events(doc)` fills `doc.events`, in text order with ids `e1, e2, ...`: PLOVER type, CAMEO
code, Goldstein weight and quad class, source and target actor ids, trigger and sentence spans, date,
modality, the quotation it lies in, the event a denial denies. It reads the tokens and sentences
(analyze), the actors and their mentions (actors), the timexes (time) and the quotations (quotes).

There is no parser. Roles come from word order and the preposition that governs each actor mention:
the subject is the nearest ungoverned mention to the left of the verb group (a quote's speaker when
the trigger opens a quotation without one), the target the first ungoverned or "a/contro/verso X"
mention to the right; the passive swaps them ("da X" is the agent); symmetric events (meetings,
calls, talks) put every participant on both sides. Noun triggers first look inside their own noun
phrase ("l'invasione dell'Ucraina", "la videochiamata tra Xi e Putin", "truppe russe").

What runs, in order (`stage.find_events`), and where it lives:

1. `lexicons.py` -- the data, loaded once per language: `lexicon(lang)` (triggers.yaml, then
   triggers_cameo.yaml, the role words and modality.yaml), `deeds(lang)` (role words of material
   and noun events), `groups(lang)` (groups.yaml), `plover()` (types, CAMEO codes, weights).
2. `context.py` -- `_Ctx` indexes the document: the actor unit on each token (mentions, demonyms
   standing for their country), places, quotations, timexes, and `gov()`, the preposition
   governing a unit. The records passed along: `Unit`, `Match`, `Draft`.
3. `parties._group_units` -- counted plurals ("i sei leader", "both countries") become placeholder
   units that take part in roles like a name.
4. `match.py` -- triggers, one set lookup per token, multi-word triggers and data guards;
   participles used as nouns are dropped.
5. `roles.py` -- `_roles` builds one `Draft` per trigger: subject (`subjects.py`), object and
   prepositional complements, passive, the noun's own phrase, symmetric events, location. Then
   `parties._expand_groups` replaces placeholders by the parties they count, and
   `roles._complements` / `roles._object_events` fix what a speech act is about and whom a
   judgement aims at (with the noun-phrase predicates of `phrases.py`).
6. Sides read from the text, over all drafts: thanks, group meetings (`parties.py`), open appeals
   (`speech.py`), pledges (`material.py`); then per draft `modality._modality` (negated,
   hypothetical, intent, reported, asserted) and, for voiced charges, `speech._voiced`; then
   `requests._asked_stops` ("hanno chiesto la fine degli attacchi" -> at who attacks); then
   refusals and copular threats (`speech.py`), reasons, deed nouns and mentions that tell no act
   (`material.py`).
7. `dates.py` -- each event's date and where it came from.
8. Sides the clause left open: `restatements._anaphora` (a definite meeting noun refers back),
   denials and rejected claims, official protests, policy authors (`speech.py`), `sides._coded_sides`
   (actors with no code are no side), domestic protests (`material.py`), refusal targets, reciprocal
   doers and "the parties" (`parties.py`), `sides._implied_sides` (the counterpart in the events
   around), then the parties, thanks and witnesses that must not count towards the dyad.
9. `restatements._restatements` (one act told once), `emit._dedupe` (one per sentence and sides),
   `emit._keep` (both sides needed, unless one-sided), `emit._emit` (Events in text order).

Later rounds added steps that each fill or correct sides in one construction, run by
`stage.find_events` between steps 5 and 9 (each module's docstring says which, docs/events.md
"Layout" lists them): domestic and material events (`material.py`, data `domestic.yaml`), sides
from the sentences before (`discourse.py`), measures whose reading depends on the sides
(`measures.py`), objects that point back (`backrefs.py`), clause shapes that move a side
(`clauses.py`), mutual acts (`mutual.py`), list openers (`lists.py`), hosted talks (`hosting.py`),
first-person plurals in quotes (`firstperson.py`), agreements judged after the fact (`welcomed.py`),
sides recalled from what a judgement is about and charges told as a report's source (`recalled.py`),
the side a coordinated verb shares with the verb before it ("hanno condannato e sanzionato la
Russia", "e lo ha espulso", "finché la polizia non li ha dispersi": `coordination.py`).

`codes.py` says how an actor is coded (`_code`, `_pair_code`) and when two actors are one side
(`_same_side`); most steps use it.

Data (mechanisms here, knowledge there): `lang/<l>/triggers.yaml` and `triggers_cameo.yaml` (trigger
words -> PLOVER type + CAMEO code; role words under `roles:`), `lang/<l>/modality.yaml` (modality and
event-relative date cues), `lang/<l>/groups.yaml` (groups, parties, thanks, witnesses),
`lang/common/plover.yaml` (types, CAMEO codes, Goldstein weights). Names with a leading underscore
are internal to the package; docs/events.md has the layout, the data formats and the mechanisms.
"""

from __future__ import annotations

from cronaca.events.context import Draft, Match, Unit
from cronaca.events.lexicons import Deeds, Groups, Lexicon, Trigger, deeds, groups, lexicon, plover
from cronaca.events.stage import find_events

__all__ = [
    "Deeds",
    "Draft",
    "Groups",
    "Lexicon",
    "Match",
    "Trigger",
    "Unit",
    "deeds",
    "find_events",
    "groups",
    "lexicon",
    "plover",
]
