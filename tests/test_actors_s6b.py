"""Session 6, second actors round: groups named by a flag or a demonym ("navi cinesi", "Pakistani posts", "una
petroliera greca"), citizens of the story's country, "il Paese" before a preposition, federal forces, and a
national body named in full after its demonym ("Haitian National Police").

Sentences written by us in the style of wire copy; each test checks what the actors stage gives."""

from __future__ import annotations

from actorkit import actor_at, run

SHIPS_IT = (
    "Taipei ha denunciato l'ingresso di sei navi cinesi nelle acque intorno alle isole Kinmen. Nelle stesse ore "
    "una petroliera greca è stata colpita da un drone al largo dello Yemen, mentre le guardie polacche hanno "
    "respinto un gruppo di migranti al confine."
)


def test_italian_ships_and_guards_take_their_flag() -> None:
    doc = run(SHIPS_IT, "it")
    ships = actor_at(doc, "sei navi cinesi")
    assert ships is not None and (ships.country, ships.sector) == ("CHN", "MIL")
    tanker = actor_at(doc, "petroliera greca")
    assert tanker is not None and (tanker.country, tanker.sector) == ("GRC", "BUS")
    guards = actor_at(doc, "guardie polacche")
    assert guards is not None and guards.country == "POL"


def test_bare_ships_are_no_actor_of_the_story() -> None:
    # with no flag of their own, ships may be anyone's: no actor (never the story's country)
    doc = run("Le autorità di Taiwan hanno riferito che le navi si sono avvicinate alla costa di Taiwan. "
              "Il governo di Taipei ha protestato.", "it")
    assert actor_at(doc, "navi") is None


POSTS_EN = (
    "Indian troops fired on two Pakistani posts along the Line of Control overnight, the Pakistani army said, "
    "and Chinese vessels shadowed a Philippine supply mission near the shoal. Japanese fishing cooperatives "
    "welcomed the decision."
)


def test_english_posts_and_cooperatives_take_their_demonym() -> None:
    doc = run(POSTS_EN, "en")
    posts = actor_at(doc, "two Pakistani posts")
    assert posts is not None and (posts.country, posts.sector) == ("PAK", "MIL")
    coops = actor_at(doc, "Japanese fishing cooperatives")
    assert coops is not None and (coops.country, coops.sector) == ("JPN", "BUS")


CITIZENS_IT = (
    "Migliaia di persone hanno manifestato a Belgrado contro il governo serbo dopo il crollo della pensilina "
    "della stazione di Novi Sad. La Serbia è scossa dalle proteste e la polizia serba ha presidiato i ministeri. "
    "I cittadini chiedono le dimissioni dei responsabili, ha detto un portavoce degli studenti serbi."
)


def test_citizens_are_the_story_countrys_civilians() -> None:
    doc = run(CITIZENS_IT, "it")
    citizens = actor_at(doc, "cittadini")
    assert citizens is not None and (citizens.country, citizens.sector) == ("SRB", "CVL")


STUDENTS_EN = (
    "Bangladesh's government said on Wednesday it was ready to talk to student representatives, after police in "
    "Dhaka fired tear gas at protesters for a third day. The Bangladeshi interior ministry blamed student leaders "
    "for the violence in Bangladesh."
)


def test_student_representatives_are_students_of_the_story() -> None:
    doc = run(STUDENTS_EN, "en")
    reps = actor_at(doc, "student representatives")
    assert reps is not None and (reps.country, reps.sector) == ("BGD", "EDU")
    leaders = actor_at(doc, "student leaders")
    assert leaders is not None and leaders.country == "BGD"


PAESE_IT = (
    "Gli scontri tra milizie rivali a Tripoli sono proseguiti per il terzo giorno. La Libia resta divisa tra due "
    "governi e la missione dell'Onu in Libia ha chiesto una tregua. Ogni giorno di combattimenti allontana il Paese "
    "dalle elezioni, ha detto l'inviata. Il Paese africano vicino, la Tunisia, ha chiuso il confine con la Libia."
)


def test_il_paese_before_a_preposition_is_the_story_country() -> None:
    doc = run(PAESE_IT, "it")
    libya = actor_at(doc, "Paese", "allontana")
    assert libya is not None and libya.country == "LBY" and libya.kind == "GPE"
    # "il Paese africano": a description of some other country, not a mention of Libya
    described = doc.text.index("Il Paese africano")
    assert all(m.start != described for m in libya.mentions)


def test_national_police_named_in_full_after_its_demonym() -> None:
    doc = run("Gunmen attacked a station of the Haitian National Police in Port-au-Prince on Monday, while "
              "Kenyan police officers patrolled the airport road.", "en")
    police = actor_at(doc, "Haitian National Police")
    assert police is not None and (police.country, police.sector) == ("HTI", "POL")


def test_federal_forces_are_the_demonyms_military() -> None:
    doc = run("Ethiopian federal forces shelled positions held by Fano militiamen near Gondar on Tuesday.", "en")
    forces = actor_at(doc, "Ethiopian federal forces")
    assert forces is not None and (forces.country, forces.sector) == ("ETH", "MIL")


def test_office_before_a_rank_in_apposition_gives_the_country() -> None:
    doc = run("Il ministro della Difesa ha incontrato il capo di stato maggiore serbo, generale Dušan Petrović, e il "
              "direttore della polizia kosovara, Arben Gashi.", "it")
    general = actor_at(doc, "Dušan Petrović")
    assert general is not None and (general.country, general.sector) == ("SRB", "MIL")
    # the office is that person's, not a second, unnamed official
    assert not any(a.kind == "PER" and a.name.startswith("Chief of Staff") for a in doc.actors)


def test_bare_family_name_written_first_is_the_person() -> None:
    doc = run("Chinese Premier Wang Deming arrived in Nairobi on Tuesday. President William Ruto welcomed Wang at "
              "State House, where the two leaders signed six agreements.", "en")
    wang = actor_at(doc, "Wang", "welcomed")
    assert wang is not None and wang.country == "CHN"
    assert any(m.text == "Wang Deming" for m in wang.mentions)
