"""Precision (prec10): event nouns that name an act as the background or frame of another
statement, not told as acts (events/mentioned.py). Every sentence is our own, written in the style
of the articles where these constructions were counted.
"""

from __future__ import annotations

from cronaca.pipeline import extract
from eventkit import of_type, pairs


def _it(text: str):
    return extract(text, lang="it", date="2024-05-06")


def _en(text: str):
    return extract(text, lang="en", date="2024-05-06")


# -- mentioned.py


def test_a_truce_since_which_talks_are_held_is_background():
    doc = _en("Saudi Arabia has held direct talks with the Houthis since a truce in 2022.")
    assert not of_type(doc, "RETREAT")


def test_cooperation_under_review_is_no_cooperation():
    doc = _en(
        "The State Department said Washington was reviewing its cooperation with the Georgian government."
    )
    assert not of_type(doc, "COOPERATE")


def test_a_truce_told_with_a_verb_is_still_an_event():
    # the head word is what matters: the same noun told as an act stays
    doc = _en("Pakistan and Afghanistan agreed to a truce on Sunday after talks in Doha.")
    assert of_type(doc, "RETREAT") or of_type(doc, "AGREE")


def test_attacks_before_which_a_warning_came_are_background_in_italian():
    doc = _it(
        "Israele ha colpito ieri sera tre depositi di Hezbollah nel sud del Libano. Pochi minuti prima "
        "degli attacchi israeliani contro il Libano, l'esercito aveva diramato un avviso alla popolazione."
    )
    assert [e.trigger.text for e in of_type(doc, "ASSAULT")] == ["colpito"]


def test_a_programme_of_cooperation_suspended_is_no_cooperation():
    doc = _it(
        "L'Unione europea ha annunciato ieri la sospensione dei programmi di cooperazione con il Niger."
    )
    assert not of_type(doc, "COOPERATE")


def test_fighting_after_which_a_truce_came_stays_an_event():
    # "dopo" is no background head: the fighting is told there
    doc = _it(
        "Etiopia ed Eritrea hanno accettato ieri un cessate il fuoco dopo tre giorni di combattimenti lungo il confine."
    )
    assert of_type(doc, "ASSAULT")


def test_a_deployment_called_a_provocation_is_judged_not_told():
    doc = _it(
        "La Polonia ha schierato ieri duemila soldati al confine con la Bielorussia. Il portavoce del "
        "ministero della Difesa bielorusso, Pavel Sidorenko, ha definito lo schieramento delle truppe "
        "polacche «una provocazione che non resterà senza risposta»."
    )
    assert [e.trigger.text for e in of_type(doc, "MOBILIZE")] == ["schierato"]
    assert of_type(doc, "ACCUSE")


def test_an_attack_spoken_of_is_the_label_not_a_second_attack():
    doc = _it(
        "L'esercito eritreo ha bombardato due villaggi etiopi. Il ministro degli Esteri etiope ha parlato "
        "di «un attacco grave alla sovranità nazionale» dell'Eritrea contro l'Etiopia."
    )
    assert [e.trigger.text for e in of_type(doc, "ASSAULT")] == ["bombardato"]


# -- offers: help offered is aid; any other offer is no event (triggers.yaml)


def test_military_support_offered_is_aid():
    doc = _it("L'Egitto ha offerto sostegno militare alla Somalia e ha annunciato l'invio di consiglieri.")
    assert ("EGY", "SOM") in {(s, t) for s, t in pairs(doc, "AID", sector=False)}
    assert not of_type(doc, "AGREE")


def test_an_offer_of_a_service_is_no_event():
    doc = _en("Vodafone offered its Italian customers faster connections in Milan, the company said.")
    assert not doc.events


def test_an_offer_to_send_envoys_is_no_agreement():
    doc = _en(
        "The African Union urged the military governments of Mali and Niger to rejoin the regional "
        "framework and offered to send envoys to Bamako next week."
    )
    assert not of_type(doc, "AGREE")


# -- untold nouns: a proposal tells no act by itself (mentioned.yaml `untold`)


def test_a_procedural_proposal_is_no_request():
    doc = _it(
        "Il Movimento 5 Stelle ha attaccato il governo sulla manovra. È passata in commissione la "
        "proposta di archiviazione presentata dal Partito democratico contro il governo."
    )
    assert not of_type(doc, "REQUEST")
    assert of_type(doc, "ACCUSE")


def test_a_revised_proposal_submitted_is_no_request():
    doc = _en(
        "Qatar's foreign ministry said the mediators had submitted a revised proposal to Israel and Hamas "
        "and were waiting for their answers."
    )
    assert not of_type(doc, "REQUEST")


def test_a_rejected_proposal_still_makes_a_rejection():
    doc = _it(
        "La Colombia ha proposto una mediazione tra governo e opposizione. Il governo venezuelano ha "
        "respinto la proposta colombiana."
    )
    assert of_type(doc, "REJECT")


# -- hosting warships or bases is military cooperation (reactions.yaml retype, senses.py)


def test_hosting_warships_is_cooperation_not_a_meeting():
    doc = _en(
        "The State Department accused South Africa of siding with America's adversaries by hosting "
        "Iranian warships last month."
    )
    assert not of_type(doc, "CONSULT")
    assert [e.trigger.text for e in of_type(doc, "COOPERATE")] == ["hosting"]


def test_hosting_quoted_bases_is_cooperation_in_italian():
    doc = _it(
        "Il primo ministro nigerino ha accusato il Benin di ospitare «basi militari francesi» "
        "al confine tra i due Paesi."
    )
    assert not of_type(doc, "CONSULT")
    assert of_type(doc, "COOPERATE")


def test_hosting_talks_stays_a_meeting():
    doc = _en("Kenya has offered to host talks between Ethiopia and Eritrea.")
    assert of_type(doc, "CONSULT")


def test_an_attack_a_group_denies_involvement_in_is_no_new_attack():
    doc = _en(
        "Gunmen attacked a UN aid convoy near El Fasher on Monday. In a statement, the RSF denied any "
        "involvement in the attack on the convoy, blaming criminal gangs."
    )
    assert not [e for e in of_type(doc, "ASSAULT") if e.trigger.text == "attack"]


def test_attacks_a_threat_is_aimed_at_are_the_threat_not_new_attacks():
    doc = _it(
        "L'esercito sudanese e le Rsf combattono da aprile nel Darfur. Washington ha minacciato nuove "
        "sanzioni contro i comandanti di entrambe le parti responsabili di attacchi contro i civili sudanesi."
    )
    assert of_type(doc, "THREATEN")
    assert not of_type(doc, "ASSAULT")


# -- hyphenated adjectives ("Saudi-backed", "worst-hit") describe a noun, they tell no act


def test_a_saudi_backed_government_is_no_support_event():
    doc = _en(
        "Yemen's Houthi rebels and the Saudi-backed government exchanged more than 300 prisoners on "
        "Monday after a week of talks in Muscat hosted by Oman."
    )
    assert not of_type(doc, "SUPPORT")


def test_the_worst_hit_districts_are_no_attack():
    doc = _en(
        "Turkey dispatched two cargo planes carrying tents and food, and the World Food Programme began "
        "distributing rations in the worst-hit districts."
    )
    assert not of_type(doc, "ASSAULT")


# -- asking whether is a question, no request (reactions.yaml other_senses phrases)


def test_asking_whether_is_no_request():
    doc = _en("A reporter asked whether the summit had been a success, and Prime Minister Conte laughed.")
    assert not of_type(doc, "REQUEST")


def test_chiedere_se_is_no_request():
    doc = _it("Il ministro degli Esteri russo chiede se la Nato sia pronta a trattare.")
    assert not of_type(doc, "REQUEST")


# -- revoking eases only a measure (triggers.yaml revocare needs)


def test_revoking_a_visa_exemption_is_no_easing():
    doc = _it(
        "La Commissione europea ha minacciato di revocare l'esenzione dei visti per i cittadini georgiani."
    )
    assert not of_type(doc, "RETREAT")


def test_revoking_sanctions_is_an_easing():
    doc = _it("Gli Stati Uniti hanno deciso di revocare le sanzioni contro il Venezuela.")
    assert of_type(doc, "RETREAT")


# -- frame nouns through di/of: an anniversary or the memory of an act tells no act (of_heads)


def test_the_anniversary_of_an_attack_is_no_new_attack():
    doc = _en(
        "Russia attacked Ukraine on Monday. Kyiv marked the anniversary of the Russian attack on Ukraine "
        "with a minute of silence."
    )
    assert [e.trigger.text for e in of_type(doc, "ASSAULT")] == ["attacked"]


def test_two_days_of_talks_are_still_talks():
    doc = _en("Pakistan and Afghanistan agreed to a ceasefire on Sunday after two days of talks in Doha.")
    assert of_type(doc, "CONSULT")


# -- "sigle" (union acronyms) is no signing (it/lemmas.yaml)


def test_union_acronyms_are_no_signing():
    doc = _it(
        "Lo sciopero dei trasporti è stato proclamato dalla Cgil del Lazio insieme alle sigle di base "
        "contro il governo."
    )
    assert not of_type(doc, "AGREE")


def test_signing_an_agreement_stays_an_agreement():
    doc = _it("Italia e Libia hanno siglato ieri a Tripoli un nuovo memorandum sui migranti.")
    assert of_type(doc, "AGREE")


# -- summoning one's own council or negotiators to talks calls no envoy in (triggers.yaml unless)


def test_summoning_the_security_council_is_no_protest():
    doc = _en(
        "Tajik troops shelled a Kyrgyz border post on Tuesday. Kyrgyz President Sadyr Japarov summoned "
        "his security council and ordered reinforcements to the area."
    )
    assert not [e for e in of_type(doc, "ACCUSE") if e.trigger.text == "summoned"]


def test_summoning_an_ambassador_is_a_protest():
    doc = _en(
        "Tajikistan's foreign ministry summoned the Kyrgyz ambassador and handed him a note of protest."
    )
    assert of_type(doc, "ACCUSE")
