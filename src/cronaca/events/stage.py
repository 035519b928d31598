"""`find_events(doc)`: the events stage, running the steps of the package in order (see
`cronaca.events` for the map).
"""

from __future__ import annotations

from cronaca import lang as langpacks
from cronaca.events.addressees import _content_parties
from cronaca.events.adjuncts import _time_of_day
from cronaca.events.aidstory import _story_aid
from cronaca.events.asked import _asked_acts
from cronaca.events.authors import _authored_nouns, _threatened_nouns
from cronaca.events.authors_index import _referenced_authors
from cronaca.events.backrefs import (
    _apposed_officials,
    _apposed_passives,
    _capital_addressees,
    _gatherings,
    _mutual_groups,
    _opposition_appeals,
    _opposition_claims,
    _owned_claims,
    _rejected_requests,
)
from cronaca.events.between import _own_parties
from cronaca.events.blocked import _blocked_things
from cronaca.events.bodies import _definite_bodies
from cronaca.events.characterized import _quoted_characterizations
from cronaca.events.charged import _charge_adjuncts
from cronaca.events.charges import _charged_deeds
from cronaca.events.claimed import _claimed_deeds
from cronaca.events.clauses import (
    _contact_relatives,
    _expelled_from,
    _march_targets,
    _open_requests,
    _party_request_contents,
    _recalled_envoys,
    _subordinate_subjects,
)
from cronaca.events.complements import _unnamed_complement_subjects
from cronaca.events.conditions import _deterrent_conditions
from cronaca.events.context import Draft, _Ctx
from cronaca.events.coordination import (
    _coordinated,
    _coordinated_crowds,
    _judged_then_addressed,
    _pronoun_referents,
    _shared_objects,
    _shared_pronoun_objects,
    _staff_objects,
    _subordinate_clitics,
)
from cronaca.events.crowds import _crowd_control
from cronaca.events.dates import _dates
from cronaca.events.deployments import _armed_owners
from cronaca.events.discourse import (
    _claim_speakers,
    _definite_subjects,
    _dismissed_claims,
    _object_pronouns,
    _plain_clitics,
    _pronoun_subjects,
    _replies,
    _reply_not_deeds,
)
from cronaca.events.drawn import _drawn_reactions
from cronaca.events.emit import _dedupe, _emit, _keep
from cronaca.events.fallbacks import _fallbacks
from cronaca.events.feelings import _feeling_causes
from cronaca.events.firedat import _fired_at
from cronaca.events.firstperson import (
    _quoted_first_objects,
    _quoted_first_person,
    _quoted_refusals,
)
from cronaca.events.gerunds import _gerund_objects, _gerund_subjects
from cronaca.events.headlines import _headline_retold
from cronaca.events.heads import _definite_heads
from cronaca.events.hosting import _hosted_talks
from cronaca.events.impacts import _impact_subjects
from cronaca.events.inquiries import _inquiry_topics
from cronaca.events.instruments import _protest_means
from cronaca.events.judged import _judged_nouns_open, _judged_told_acts, _possessor_owners
from cronaca.events.judged_deeds import _judged_other_deeds
from cronaca.events.labels import _quoted_labels as _quoted_labels_it
from cronaca.events.labels import _unaimed_labels
from cronaca.events.lexicons import groups, lexicon
from cronaca.events.manner import _manner_nouns
from cronaca.events.match import _match, _participle_nouns
from cronaca.events.material import (
    _aid_recipients,
    _conditional_targets,
    _counted_subjects,
    _counted_victims,
    _deed_agents,
    _deed_nouns,
    _domestic_protests,
    _folded_partials,
    _inner_objects,
    _intransitive,
    _mentions_only,
    _money_pledges,
    _natural_causes,
    _object_demonyms,
    _owner_targets,
    _pledges,
    _reasons,
    _state_doers,
    _threat_contents,
    _verbal_attacks,
)
from cronaca.events.measures import (
    _asked_releases,
    _court_venues,
    _crowd_targets,
    _foreign_measures,
    _government_acts,
)
from cronaca.events.mediated import _mediated_talks
from cronaca.events.mentioned import _mentioned_acts
from cronaca.events.modality import _modality
from cronaca.events.moves import _judged_moves
from cronaca.events.mutual import _each_other, _foreign_bans, _mutual_deeds
from cronaca.events.named_addressees import _uncoded_addressees
from cronaca.events.nounsides import (
    _arrived_nouns,
    _expressed_nouns,
    _frame_matches,
    _frame_sides,
    _noun_causes,
    _origin_nouns,
    _received_nouns,
    _verbal_nouns,
)
from cronaca.events.objects import _object_owners
from cronaca.events.openings import _restated_openers
from cronaca.events.owners import (
    _charge_phrases,
    _concession_targets,
    _document_authors,
    _group_targets,
    _judged_doers,
    _judged_measures,
    _quoted_questions,
    _told_before,
)
from cronaca.events.pairs import _pair_subjects
from cronaca.events.parties import (
    _apply_parties,
    _apply_thanks,
    _expand_groups,
    _group_meetings,
    _group_units,
    _parties,
    _reciprocal,
    _thanks,
    _witnesses,
)
from cronaca.events.passives import _passive_owners
from cronaca.events.policies import _policy_conditions, _policy_pronouns
from cronaca.events.premodifiers import _premodifier_doers
from cronaca.events.purposes import _purpose_requests
from cronaca.events.quoted import _quoted_own_bodies
from cronaca.events.reactions import _reaction_owners
from cronaca.events.recalled import _gerund_charges, _judged_acts, _provided_deeds, _reported_charges
from cronaca.events.relatives import _claim_relative_modality, _claim_relatives
from cronaca.events.requests import _asked_stops, _clitic_targets, _that_addressees
from cronaca.events.restatements import _anaphora, _restatements
from cronaca.events.restraint import _restraint_appeals
from cronaca.events.restrictive import _restrictive_subjects
from cronaca.events.retorts import _far_retorts
from cronaca.events.roles import _complements, _object_events, _roles
from cronaca.events.rulings import _court_rulings
from cronaca.events.senses import _other_senses
from cronaca.events.sides import _coded_sides, _implied_sides, _refusal_targets
from cronaca.events.speech import (
    _copular_threats,
    _denials,
    _official_protests,
    _open_appeals,
    _policy_authors,
    _refusals,
    _rejected_claims,
    _voiced,
    _voiced_policy,
)
from cronaca.events.speechacts_en import (
    _absolute_subjects,
    _apposed_subjects,
    _bare_judgements,
    _forum_complaints,
    _kept_options,
    _late_shared_subjects,
    _mediators,
    _of_lists,
    _one_per_side,
    _option_deeds,
    _own_threat_sides,
    _own_threats,
    _quoted_gerund_subjects,
    _quoted_labels,
    _reporter_acts,
    _restated_objects,
    _shared_addressees,
)
from cronaca.events.strikebans import _strike_bans
from cronaca.events.summoned import _summoned
from cronaca.events.talkparties import _talk_outcomes
from cronaca.events.titles import _definite_titles
from cronaca.events.uncoded_objects import _uncoded_objects
from cronaca.events.unnamed import (
    _document_sources,
    _headline_sides,
    _judged_causes,
    _passive_judged,
    _passive_topics,
    _state_fallbacks,
)
from cronaca.events.venues import _own_venues
from cronaca.events.warned import _open_warnings, _unexcluded_threats, _warning_matches, _warning_sides
from cronaca.events.welcomed import _judged_nouns, _welcomed_agreements
from cronaca.model import Document


def find_events(doc: Document) -> None:
    doc.events = []
    if not doc.tokens:
        return
    lang = doc.meta.lang or "it"
    try:
        lex = lexicon(lang)
    except langpacks.DataError:
        if langpacks.has_data(lang, "triggers"):
            raise
        return  # no trigger data for this language
    ctx = _Ctx(doc, lex)
    _quoted_own_bodies(ctx)  # "the army would strike", said Israel's minister: Israel's army, not the story's
    _time_of_day(ctx)  # "Nel pomeriggio i manifestanti ...": a time, like a date, ends a noun phrase
    found = _group_units(ctx, groups(lang))  # "i sei leader", "both countries": placeholder units
    matches = _participle_nouns(ctx, _match(ctx))
    matches = _warning_matches(ctx, matches)  # "ha avvertito che la Cina adotterà ...": THREATEN
    matches = _quoted_labels_it(ctx, matches)  # "ha definito il decreto «un regalo alle mafie»": ACCUSE
    matches = _quoted_labels(ctx, matches)  # "called the offer 'an attempt to ...'": a quoted label blames
    matches = _frame_matches(ctx, matches)  # "ha votato la fiducia al governo": a noun with its support verb
    ctx.trigger_tok = {k for m in matches for k in m.toks}
    ctx.verb_tok = {k for m in matches if not m.trig.noun for k in m.toks}
    drafts: list[Draft] = []
    for m in matches:
        d = _roles(ctx, m)
        if d is not None:
            drafts.append(d)
            if not m.trig.noun:
                for k in m.toks:
                    ctx.verb_draft[k] = d
    _own_parties(ctx, drafts)  # "..., che hanno visto scontri tra manifestanti e polizia": those two only
    _reaction_owners(ctx, drafts)  # "Immediata la replica di Ankara, che ha respinto ...": Ankara
    _content_parties(ctx, drafts)  # "accused the Speaker of holding Ukraine's ...": not Ukraine
    _uncoded_objects(ctx, drafts)  # "accused activist lawyers of ...": aimed at them, no implied side
    _premodifier_doers(ctx, drafts)  # "RSF drone strikes on Abu Shouk": by the RSF
    _armed_owners(ctx, drafts)  # "lo schieramento delle truppe polacche": the troops deploy, not the target
    drafts = _impact_subjects(ctx, drafts)  # "the ban hit fishing communities": an impact, no attack
    drafts = _inquiry_topics(ctx, drafts)  # "an investigation into the killings": told again, not the caller's
    drafts = _other_senses(ctx, drafts)  # "released a statement": no release of captives
    _gerund_subjects(ctx, drafts)  # "..., ma Y ha respinto ..., definendoli": Y, not the sentence's first name
    _own_venues(ctx, drafts)  # "ha convocato alla Farnesina l'ambasciatore": the venue is no addressee
    drafts, own_threats = _own_threats(ctx, drafts)  # "warned that it would impose duties": the warner's own act, a threat
    _quoted_gerund_subjects(ctx, drafts)  # '"...," Peskov said, calling ...': Peskov, not a name in the quote
    _reporter_acts(ctx, drafts)  # "X said Y was ... and warned that ...": X warns, not Y
    _absolute_subjects(ctx, drafts)  # ", with Israel and Hamas blaming each other": they blame
    _of_lists(ctx, drafts)  # "at the request of the US, Japan and South Korea, the Council ...": all three ask
    _forum_complaints(ctx, drafts)  # "filed a complaint with the WTO against US tariffs": at the US
    _apposed_subjects(ctx, drafts)  # "China, Pakistan's closest ally, called on ...": China, not Pakistan
    _unnamed_complement_subjects(ctx, drafts)  # "the opposition said officers had beaten ...": not the opposition
    if found:
        _mutual_groups(ctx, drafts, found, _expand_groups)  # "il ritiro ... di entrambi i Paesi": each other
    _subordinate_subjects(ctx, drafts)  # "after Paris backed ...": the name after the conjunction
    _restrictive_subjects(ctx, drafts)  # "students who had blocked highways": the students
    _contact_relatives(ctx, drafts)  # "diplomats it accused of spying": the name is the object
    _claim_relatives(ctx, drafts)  # "..., a charge Zagreb denied": Zagreb is the subject
    _expelled_from(ctx, drafts)  # "nationals expelled from France": France expelled them
    _recalled_envoys(ctx, drafts)  # "Spain's ambassador to Russia was recalled": Spain -> Russia
    _inner_objects(ctx, drafts)  # "ha condannato X a 19 anni": the object inside the trigger
    _intransitive(ctx, drafts)  # "sono scesi in piazza": the subject protests, no passive
    # (after _intransitive, which reads "fino al Congresso" as a target again)
    _march_targets(ctx, drafts)  # "marched on parliament": a place, not the protest's target
    _counted_subjects(ctx, drafts)  # "migliaia di manifestanti", "thousands of protesters"
    _protest_means(ctx, drafts)  # "brought the country to a standstill with a general strike": the subject's
    _drawn_reactions(ctx, drafts)  # "..., drawing protests from Japan": Japan protests at whoever drew them
    drafts = _gatherings(ctx, drafts)  # "si sono radunati": a protest only when protesters gather
    drafts = _manner_nouns(ctx, drafts)  # "struck X in a series of raids": one strike, the raids no new act
    drafts = _deed_agents(ctx, drafts, matches)  # "uccisi in un attacco di Hezbollah": by Hezbollah
    _authored_nouns(ctx, drafts)  # "lo sciopero proclamato dalla Cgt": by the Cgt
    _frame_sides(ctx, drafts)  # "ha incassato la fiducia del Senato": the Senate -> the subject
    _origin_nouns(ctx, drafts)  # "il ritiro delle truppe dal Mali": the place left, no agent
    _arrived_nouns(ctx, drafts)  # "dall'opposizione arrivano duri attacchi al governo": by the opposition
    _expressed_nouns(ctx, drafts)  # "Soddisfazione è stata espressa dal governo francese": by that government
    drafts = _received_nouns(ctx, drafts)  # "ha ignorato le preoccupazioni del Consiglio d'Europa": aimed at the subject
    _owner_targets(ctx, drafts)  # "contro la riforma del governo X" -> at X
    _verbal_attacks(ctx, drafts)  # "Berlusconi ha attaccato la magistratura": ACCUSE
    _verbal_nouns(ctx, drafts)  # "dal Pd arrivano duri attacchi al governo": words, ACCUSE
    _apposed_passives(ctx, drafts)  # "L'Iran, accusato da Washington di ...": Washington -> Iran
    _reported_charges(ctx, drafts)  # "secondo quanto denunciato da X, <deed>": X accuses the doer
    _document_sources(ctx, drafts)  # "Un rapporto dell'Onu accusa ...": the Onu
    _pronoun_subjects(ctx, drafts)  # "He accused ...": a person; a topic never crosses a paragraph
    _definite_subjects(ctx, drafts)  # "The group accused ..." -> the last armed group named
    _definite_titles(ctx, drafts)  # "Il premier ha poi accusato ...", "ha invitato il ministro a" -> the person
    _definite_heads(ctx, drafts)  # "The Fund said ...", "accused the council of ..." -> the body named before
    _clitic_targets(ctx, drafts)  # "lo ha accusato di ..." -> at the clitic's referent
    _coordinated(ctx, drafts)  # "hanno condannato e sanzionato la Russia", "e lo ha espulso": shared sides
    _shared_pronoun_objects(ctx, drafts)  # "detained the consul and expelled him": the consul
    _pronoun_referents(ctx, drafts)  # "before police dispersed them": the protesters, not the last party
    _object_pronouns(ctx, drafts)  # "accused him of ..." -> the last party of his kind named before
    _plain_clitics(ctx, drafts)  # "Il Cremlino lo accusa di ..." -> whom the sentence before is about
    _that_addressees(ctx, drafts)  # "ha chiesto che la Russia ritiri ..." -> at Russia
    options = _option_deeds(ctx, drafts)  # the deed a vow answers or a refusal names, before it is dropped as a topic
    _complements(ctx, drafts)
    drafts = _own_threat_sides(ctx, drafts, own_threats)  # the warner known now; a warning is no request's content
    open_requests = _open_requests(drafts)  # their addressee comes later ("both sides")
    drafts = _threat_contents(ctx, drafts)  # "ha minacciato di colpire X": a threat aimed at X
    _conditional_targets(ctx, drafts)  # "risponderà se la Nato invierà truppe": aimed at NATO
    thanked = _thanks(ctx, drafts)
    _group_meetings(ctx, drafts)
    _open_appeals(ctx, drafts)
    _object_events(ctx, drafts)
    _feeling_causes(ctx, drafts)  # "appalled by the attack": the cause's doer, never the one who feels it
    _noun_causes(ctx, drafts)  # "ha espresso la sua condanna per l'attacco russo": the deed is not the judge's
    _possessor_owners(ctx, drafts)  # "rejected a Saudi proposal": aimed at Saudi Arabia
    _court_venues(ctx, drafts)  # "presenterà appello al Consiglio di Stato": the court is where, not whom
    # judgements of an event noun with no doer yet ("opposed the listing of ..."): aimed at its doer once known
    open_judged = {id(d) for d in drafts if d.judged is not None and not d.target}
    drafts = _judged_nouns_open(ctx, drafts, open_judged)  # "called the veto '...'": the veto is not the judge's
    _pledges(ctx, drafts, matches)
    _money_pledges(ctx, drafts)  # "pledged $300 million": economic aid, not an agreement
    drafts = _charged_deeds(ctx, drafts)  # "accused X of funding Y": X funds Y, as the accuser says
    charges = _charge_phrases(ctx, drafts)  # "Hamas's delusional demands": the speaker blames the owner
    if charges:
        drafts = sorted(drafts + charges, key=lambda d: d.m.ta)
    for d in drafts:
        _modality(ctx, d)
        if d.m.trig.voiced:
            _voiced(ctx, d)
            _voiced_policy(ctx, d)
    _threatened_nouns(ctx, drafts)  # "Il sindacato minaccia uno sciopero": the union's strike, hypothetical
    _quoted_first_person(ctx, drafts)  # «torneremo in piazza», ha detto la Cgt: the Cgt
    _quoted_first_objects(ctx, drafts)  # «They are shooting at us», said a student: at the speaker's side
    _claim_relative_modality(ctx, drafts)  # "..., a charge Zagreb denied": told as a fact
    _asked_stops(ctx, drafts)  # "hanno chiesto la fine degli attacchi" -> at who attacks
    drafts = _asked_releases(ctx, drafts)  # "ha chiesto il rilascio dei detenuti" -> at who holds them
    _refusals(ctx, drafts)
    _copular_threats(ctx, drafts)
    _reasons(ctx, drafts)
    _deed_nouns(ctx, drafts)
    drafts = _mentions_only(ctx, drafts)
    drafts = _natural_causes(ctx, drafts)  # "the cyclone, which killed 140 people": no attack
    drafts = _told_before(ctx, drafts)  # "these drills", "the 1979 peace treaty": no new act
    _dates(ctx, drafts)
    # sides the clause left open (filled below by anaphora or implied sides): such a noun may tell an
    # earlier act again
    partial = {id(d) for d in drafts if not (d.source and d.target)}
    _anaphora(ctx, drafts)
    _apposed_officials(ctx, drafts)  # "La presidente della Commissione, X, ...": X acts for it
    _opposition_claims(ctx, drafts)  # "l'opposizione ha denunciato brogli" -> its government
    _capital_addressees(ctx, drafts)  # "ha chiesto a Roma di garantire" -> Italy
    _owned_claims(ctx, drafts)  # "ha respinto le critiche di Parigi" -> Paris
    _object_owners(ctx, drafts)  # "ha bloccato la richiesta di adesione della Svezia" -> Sweden
    _passive_owners(ctx, drafts)  # "La decisione del governo è stata criticata da X" -> the government
    _summoned(ctx, drafts)  # "L'ambasciatore dell'Ue a Teheran è stato convocato": the host state summons
    _rejected_requests(ctx, drafts)  # "ha escluso un riconteggio" -> who asked for it
    # (before _denials, which would read a court's ruling on a policy act as the denial of a claim)
    _government_acts(ctx, drafts)  # "il Tar ha sospeso il decreto" -> the government
    _policy_authors(ctx, drafts)  # before the denials: "vote against the bill" rejects the bill, not the last claim
    _policy_conditions(ctx, drafts)  # "threatened a day of action if the rules are reinstated" -> the government
    _policy_pronouns(ctx, drafts)  # "The reform would ... Business groups have welcomed it." -> the government
    _denials(ctx, drafts)
    _rejected_claims(ctx, drafts)
    _claim_speakers(ctx, drafts)  # "ha respinto le sue affermazioni" -> the speaker quoted before
    _judged_acts(ctx, drafts)  # "ha definito la richiesta «un ricatto»" -> who asked
    _provided_deeds(ctx, drafts)  # "un memorandum, che prevede la consegna di X a Y": its parties do it
    _shared_objects(ctx, drafts)  # "hanno condannato e sanzionato la Russia": the second verb's object
    drafts = _referenced_authors(ctx, drafts)  # "dismissed the accusations" -> who accused, told before
    drafts = _passive_judged(ctx, drafts)  # "L'attacco è stato condannato da X" -> who attacked
    _judged_causes(ctx, drafts)  # "ha espresso preoccupazione per gli arresti" -> who arrested
    _judged_moves(ctx, drafts)  # "Israel welcomed the move" -> who acted just before
    _gerund_objects(ctx, drafts)  # "ha respinto l'offerta, definendola": the glued pronoun is the offer
    _coded_sides(ctx, drafts)
    _gerund_charges(ctx, drafts)  # "ha respinto le critiche, accusando X di ..." -> at X
    _concession_targets(ctx, drafts)  # "after Hungary dropped its objections" -> the EU
    _group_targets(ctx, drafts)  # "sanctions on commanders" -> the country the article is about
    _welcomed_agreements(ctx, drafts)  # "ha accolto con favore l'intesa" -> the parties to it
    _document_authors(ctx, drafts)  # "welcomed the resolution" -> who adopted it
    _court_rulings(ctx, drafts)  # "welcomed the ruling" -> the court named before
    drafts = _blocked_things(ctx, drafts)  # "blocked highways": a protest or a blockade, no rejection
    _official_protests(ctx, drafts)
    _policy_authors(ctx, drafts)
    _crowd_targets(ctx, drafts)  # "ha disperso il presidio" -> the protesters
    _strike_bans(ctx, drafts)  # "l'ordinanza di precettazione": against the strike's callers
    _domestic_protests(ctx, drafts)
    _object_demonyms(ctx, drafts)  # "attacked a British tanker": at Britain
    _aid_recipients(ctx, drafts)  # "Italy allocated an aid package": to the story's country
    _counted_victims(ctx, drafts)  # "Eleven people were detained": the protesters, the civilians
    _passive_topics(ctx, drafts)  # "... a Minsk. Sono stati arrestati": the previous sentence's party
    _state_doers(ctx, drafts)  # "sono stati arrestati": by the police or government of the country
    _state_fallbacks(ctx, drafts)  # ... else its judiciary, else the country named as a polity
    _crowd_control(ctx, drafts)  # "scontri tra manifestanti e polizia, con 400 arresti": the police's, on the crowd
    _coordinated_crowds(ctx, drafts)  # "ha disperso il presidio e ha fermato trenta persone": the crowd
    _subordinate_clitics(ctx, drafts)  # "finché la polizia non li ha dispersi": the main clause's subject
    _foreign_bans(ctx, drafts)  # "a ban on Russian gas": a sanction, not a coercion
    drafts = _reply_not_deeds(ctx, drafts)  # "hit back, accusing ...": no assault
    _replies(ctx, drafts)  # "In risposta, Teheran ha minacciato ..." -> who acted against Iran
    _quoted_refusals(ctx, drafts)  # «We will not negotiate», said the union leader: at its adversary
    _refusal_targets(ctx, drafts)
    _reciprocal(ctx, drafts)
    _each_other(ctx, drafts)  # "Each side blamed the other": the conflict's two sides
    _mutual_deeds(ctx, drafts)  # "X and Y agreed to pull back troops": towards each other
    _pair_subjects(ctx, drafts)  # "both will withdraw their forces": the conflict's two sides, each other
    _definite_bodies(ctx, drafts)  # "ha accusato l'esecutivo di ...": the government the article named
    drafts = _warning_sides(ctx, drafts)  # ... when the speaker's side acts next; at whom it falls on
    _unexcluded_threats(ctx, drafts)  # "non ha escluso una risposta militare": a threat
    drafts = _unaimed_labels(ctx, drafts)  # a quoted label with no target of its own: no implied one
    _uncoded_addressees(ctx, drafts)  # "ha esortato gli altri partner europei a ...": no coded addressee, no guessed one
    pending = _parties(ctx, drafts)
    _shared_addressees(ctx, drafts)  # "accused Washington of ... and warned that it would ...": at Washington
    _implied_sides(ctx, drafts)
    _mediated_talks(ctx, drafts)  # "talks mediated by X": between the sides X mediates between
    # after the implied sides: an aimed weapon is no evidence of the article's dyad
    _fired_at(ctx, drafts)  # "fired tear gas and rubber bullets at the students": an assault on them
    _purpose_requests(ctx, drafts)  # "sono scesi in piazza per chiedere ...": the protesters ask
    _late_shared_subjects(ctx, drafts)  # "summoned ... and demanded that Beijing": the first verb's doer, found late
    _kept_options(ctx, drafts, options)  # "vowed to respond to the strike", "did not rule out strikes": threats
    _bare_judgements(ctx, drafts)  # "Japan expressed concern.": at the doer of the act told just before
    _apply_parties(ctx, pending)
    drafts = _party_request_contents(
        ctx, drafts, open_requests
    )  # "urged both sides to release ...": its content
    _hosted_talks(ctx, drafts)  # "ha ospitato i ministri di A e B": host and guests meet each other
    _apply_thanks(ctx, drafts, thanked)
    _foreign_measures(ctx, drafts)  # "Mosca ha vietato l'import di vino moldavo": a sanction
    _witnesses(ctx, drafts)  # after the implied sides: a signing's shape says nothing of the dyad
    _judged_doers(ctx, drafts, open_judged)  # "opposed the listing of ..." -> whoever listed
    drafts = _judged_told_acts(ctx, drafts)  # "welcomed the truce": the truce told before, both its sides
    drafts = _quoted_questions(ctx, drafts)  # "'Will he negotiate?' he asked": a demand
    drafts = _judged_measures(ctx, drafts)  # "the sanctions were illegitimate": the victim rejects them
    drafts = _dismissed_claims(ctx, drafts)  # "ha replicato che le accuse sono infondate": a denial
    _staff_objects(ctx, drafts)  # "summoned the Iranian ambassador and expelled two diplomats": Iran's
    _judged_then_addressed(ctx, drafts)  # "welcomed the ceasefire and urged Israel and Hamas to ..."
    drafts = _restated_openers(ctx, drafts)  # "The fighting began last Wednesday": the lead's act again
    _headline_sides(ctx, drafts)  # "Arrestato X" over its lead: the lead's sides
    drafts = _headline_retold(ctx, drafts)  # a title line's act told again in the lead: once, at the headline
    drafts = _deterrent_conditions(ctx, drafts)  # "would strike ... if the Houthis fired on ships": no act told
    _claimed_deeds(ctx, drafts)  # "Mosca ha rivendicato il raid": the doer's own account, not the attack told again
    drafts = _restatements(ctx, drafts, partial)
    drafts = _restated_objects(ctx, drafts)  # "was dragging out the talks": the talks told before
    drafts = _folded_partials(ctx, drafts)  # a protest told twice, once with a side missing
    drafts = _judged_nouns(ctx, drafts)  # "ha appoggiato la richiesta francese": no request to the supporter
    _talk_outcomes(ctx, drafts)  # "colloqui tra X e Y ..., concluso con un'intesa": X and Y agree
    drafts = _asked_acts(ctx, drafts)  # "urged X to reopen negotiations": the talks asked for are no act
    drafts = _quoted_characterizations(ctx, drafts)  # «È un atto di arroganza», said X: X blames the judged act's doer
    _judged_other_deeds(ctx, drafts)  # "ha condannato l'attacco" after our own interception -> the attacker
    _story_aid(ctx, drafts)  # "offered to help with the search" -> the story's country
    drafts = _charge_adjuncts(ctx, drafts)  # "ha arrestato X con l'accusa di ...": the arrester accuses X
    _restraint_appeals(ctx, drafts)  # "Russia urged restraint": at the conflict's two sides, not an open appeal
    _opposition_appeals(ctx, drafts)  # "the opposition demanded early elections": its government
    _open_warnings(ctx, drafts)  # "accused X of ... and warned that ...": at X, else the speaker's adversary
    _far_retorts(ctx, drafts)  # "Beijing recalled its ambassador" paragraphs after the expulsion -> the expeller
    _fallbacks(ctx, drafts)  # a side still missing: only the measured cells of fallbacks.yaml
    _mediators(ctx, drafts)  # "talks between Tehran and Washington, mediated by Oman": Oman too
    _one_per_side(ctx, drafts)  # "arrived in Cairo to meet Egypt's intelligence chief": Egypt once
    drafts = _mentioned_acts(ctx, drafts)  # "before the fighting", "reviewing its cooperation": no act told
    drafts = _dedupe(ctx, [d for d in drafts if _keep(d)])
    _emit(doc, ctx, drafts)
