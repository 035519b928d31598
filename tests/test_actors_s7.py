"""Session 7, fifteenth actors round: what a story about two countries named equally often is about.

Sentences written by us in the style of wire copy; each test checks what the actors stage gives."""

from __future__ import annotations

from actorkit import run, with_mention

VISIT_EN = (
    "Vietnamese Prime Minister Tran Van Long began a two-day visit to Indonesia on Monday, signing a fisheries pact "
    "and a coal deal worth $2 billion. President Adi Wirawan welcomed Tran at the palace in Jakarta, where the two "
    "leaders held talks on trade and maritime security. \"Vietnam has always been a good neighbour to Indonesia,\" "
    "Wirawan said. He said Indonesia would sell more coal to Vietnam. Tran said Hanoi would curb illegal fishing and "
    "called on Western countries to respect the region's choices. Opposition leaders boycotted the state dinner, "
    "accusing the government of selling out fishermen. Hundreds of students marched in central Jakarta on Tuesday "
    "before police dispersed them. Interior Minister Budi Santoso accused the opposition of spreading lies and said "
    "the march had not been authorised. In Hanoi, a foreign ministry spokesman called the deal a model for the region."
)


def test_en_tied_story_goes_to_the_country_where_things_happen() -> None:
    # Vietnam and Indonesia are named equally often; the talks and the march are in Jakarta, the pact "in Indonesia"
    doc = run(VISIT_EN, "en", title="Vietnamese premier signs fisheries pact in Indonesia")
    gov = with_mention(doc, "government")
    assert gov is not None and gov.country == "IDN"
    minister = with_mention(doc, "Budi Santoso")
    assert minister is not None and minister.country == "IDN"


def test_en_tie_with_one_passing_place_stays_open() -> None:
    # one "in Jakarta" and a headline that places nothing: not enough to call whose government it is
    doc = run(VISIT_EN, "en", title="Vietnam and Indonesia sign fisheries pact")
    gov = with_mention(doc, "government")
    assert gov is None or gov.country is None


# ------------------------------------------------------------------ definite descriptions of a body named before

def test_it_movement_names_back_the_armed_group() -> None:
    doc = run("Gli Houthi hanno lanciato due droni contro una petroliera nel Mar Rosso. Il movimento sciita ha "
              "rivendicato l'attacco, e un portavoce del gruppo ha minacciato nuove azioni.")
    houthis = with_mention(doc, "movimento sciita")
    assert houthis is not None and houthis.sector == "REB"
    assert with_mention(doc, "gruppo") is houthis


def test_it_naval_blockade_and_parliamentary_group_name_nothing() -> None:
    doc = run("Gli Houthi hanno attaccato una nave. L'Iran ha chiesto la fine del blocco navale, mentre il gruppo "
              "parlamentare del Pd ha chiesto un'informativa.")
    assert with_mention(doc, "blocco") is None
    assert with_mention(doc, "gruppo") is None


def test_en_bloc_and_group_name_back_the_last_body() -> None:
    doc = run("ECOWAS leaders met in Abuja on Sunday. The bloc threatened to impose sanctions on the junta. Amnesty "
              "International said the group had documented dozens of arrests.", lang="en")
    bloc = with_mention(doc, "bloc")
    assert bloc is not None and bloc.igo == "ECOWAS"
    group = with_mention(doc, "group")
    assert group is not None and group.sector == "NGO"


def test_en_group_of_experts_is_no_anaphor() -> None:
    doc = run("Hamas fighters attacked an army post. A group of experts said the group of donors would meet.", lang="en")
    assert with_mention(doc, "group") is None


# ------------------------------------------------------------------ kidnappers and armed men with no name

def test_it_kidnappers_are_a_group_with_no_country_of_the_story() -> None:
    doc = run("Un gruppo di uomini armati ha rapito due tecnici italiani nello Stato di Kaduna, in Nigeria. I "
              "rapitori hanno chiesto un riscatto alle famiglie.")
    armed = with_mention(doc, "gruppo di uomini armati")
    assert armed is not None and armed.country is None
    kidnappers = with_mention(doc, "rapitori")
    assert kidnappers is not None and kidnappers.country is None


def test_en_captors_are_a_group() -> None:
    doc = run("The engineers were seized in Niger's Tillaberi region last week. Their captors have demanded a ransom, "
              "officials said.", lang="en")
    assert with_mention(doc, "captors") is None  # after a possessive: the owner is the actor
    doc = run("Armed men seized two engineers in Niger's Tillaberi region last week. The kidnappers have demanded "
              "a ransom, officials said.", lang="en")
    kidnappers = with_mention(doc, "kidnappers")
    assert kidnappers is not None and kidnappers.country is None
