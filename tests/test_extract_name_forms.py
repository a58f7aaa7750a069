"""One person or body, one name: particles, compound surnames, titles, post-nominals and
glossed acronyms (issue 4). The sentences are our own, not the gold's."""

from __future__ import annotations

import pytest

from tracker.extract import extract_text
from tracker.extract.honours import without_honours


def _named(text: str) -> set[str]:
    return {c.attribution.speaker for c in extract_text(text, "a") if c.attribution is not None}


@pytest.mark.parametrize(
    ("full", "later"),
    [
        ("Ingrid af Wetterstedt", "Wetterstedt"),  # Swedish
        ("Gustaf av Klercker", "Klercker"),
        ("Owain ap Dafydd", "Ap Dafydd"),  # Welsh, capitalised at a sentence's start
        ("Siân ab Ithel", "ab Ithel"),
        ("Marisol Delos Santos-Uy", "Delos Santos-Uy"),  # Filipino
        ("Ramon Dela Paz", "Dela Paz"),
        ("Klaus von dem Bruch", "von dem Bruch"),
        ("Beatriz de los Ríos", "De los Ríos"),
    ],
)
def test_a_surname_with_its_particle_is_the_full_name(full: str, later: str) -> None:
    text = (
        "Port deal signed\n\n"
        f"The harbour will double in size, said {full}, who chairs the port board.\n\n"
        f"{later} said the work would take 30 months.\n"
    )
    assert _named(text) == {full}


def test_a_compound_surname_is_the_full_name_however_it_is_cut() -> None:
    text = (
        "Mayor wins\n\n"
        "Lucía Paredes del Valle Ortega won 54% of the vote, officials said.\n\n"
        '"This city chose hope," del Valle Ortega told supporters.\n\n'
        "Del Valle said 12 new clinics would open.\n\n"
        "Asked about jobs, del Valle said 300 nurses would be hired.\n"
    )
    named = _named(text) - {"officials"}
    assert named == {"Lucía Paredes del Valle Ortega"}


def test_a_transcript_label_in_capitals_is_the_full_name() -> None:
    text = (
        "Harbour hour, Radio Gwent\n"
        "HOST: With me is the harbour master, Catrin ap Huw. How many ships came in?\n"
        "AP HUW: We had 412 ships last year.\n"
        "HOST: And this year?\n"
        "AP HUW: About 450.\n"
    )
    assert "Catrin ap Huw" in _named(text)
    assert "Ap Huw" not in _named(text)


@pytest.mark.parametrize(
    ("titled", "plain"),
    [
        ("Judge Ada Okafor-Lind", "Ada Okafor-Lind"),
        ("Det Sgt Ewan McAllister", "Ewan McAllister"),
        ("DCI Priya Nandakumar", "Priya Nandakumar"),
        ("Lt Col Dana Whitcombe", "Dana Whitcombe"),
        ("Rev. Samuel Adeyemi", "Samuel Adeyemi"),
        ("Prof Ilse van Wyk", "Ilse van Wyk"),
        ("Rabbi Natan Feld", "Natan Feld"),
        ("Tomasz Wrona KC", "Tomasz Wrona"),
        ("Gwen Parry-Jones MS", "Gwen Parry-Jones"),
        ("Alan Birch OBE", "Alan Birch"),
    ],
)
def test_titles_and_post_nominals_leave_a_persons_name(titled: str, plain: str) -> None:
    text = f"Inquiry opens\n\n{titled} said 14 witnesses would be called.\n"
    assert _named(text) == {plain}


@pytest.mark.parametrize(
    "name",
    [
        "General Motors",
        "State Department",
        "Justice Department",
        "Bishop Auckland",
        "Major League Baseball",
        "Di Marco",  # a surname, not the police rank DI
        "Sir Keir Starmer",  # knights and peers keep their titles
        "Lord Falconer",
        "Martin Luther King III",  # a generation is part of the name
        "Chief Executive Anna Holm",  # what is left is a role, not a name
    ],
)
def test_only_a_persons_title_is_dropped(name: str) -> None:
    assert without_honours(name) == name


def test_a_lone_surname_after_a_title_only_a_person_bears() -> None:
    assert without_honours("President Obama") == "Obama"
    assert without_honours("Judge Ito") == "Ito"
    assert without_honours("General Electric") == "General Electric"
    assert without_honours("Canon Europe") == "Canon Europe"


@pytest.mark.parametrize(
    "introduction",
    [
        "the National Electoral Council (CNE)",
        "the National Electoral Council, known by its Spanish initials CNE,",
        "the National Electoral Council, known as the CNE,",
    ],
)
def test_a_glossed_acronym_is_the_name_it_glosses(introduction: str) -> None:
    # The initials follow the Spanish order (Consejo Nacional Electoral), not the English.
    text = (
        "Count under way\n\n"
        f"With most votes counted, {introduction} said turnout was 61%.\n\n"
        "The CNE said 4 million ballots had been cast.\n"
    )
    assert _named(text) == {"National Electoral Council"}


def test_a_byline_in_brackets_is_no_gloss() -> None:
    text = (
        "QUITO, Ecuador (AP) — Turnout was 61%, AP said.\n\n"
        "The vote passed off calmly, officials said.\n"
    )
    assert "Ecuador" not in _named(text)


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("the Institute for Coastal Futures", "the Institute"),
        ("the European Commission", "the Commission"),
        ("Harlow District Council", "the Council"),
    ],
)
def test_a_body_called_by_its_capitalised_kind_is_the_body_named_before(
    full: str, short: str
) -> None:
    text = (
        "Sea walls\n\n"
        f"A study by {full} says 40% of sea walls need repair.\n\n"
        f"But {short} found that 12 towns had no plan at all.\n"
    )
    assert _named(text) == {full.removeprefix("the ")}


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        ("the GMB union", "GMB"),
        ("The Amicus union", "Amicus"),
        ("the Verdi federation", "Verdi"),
    ],
)
def test_a_body_named_then_its_kind_is_the_name(mention: str, name: str) -> None:
    text = f"Strike ballot\n\n{mention}, which has 9,000 members, said 80% had voted to strike.\n"
    assert _named(text) == {name}


def test_a_government_after_its_leaders_name_stays_a_description() -> None:
    text = (
        "Budget\n\n"
        "Prime Minister Ana Ruiz spoke on Monday.\n\n"
        "The Ruiz government said 5% of jobs would go, and the Ruiz union said 3% would.\n"
    )
    assert "Ruiz" not in _named(text)


def test_a_titled_surname_with_no_first_name_is_the_surname() -> None:
    text = (
        "Emails\n\n"
        "President Okonjo knew of the server, though he claimed that 3 aides had kept it "
        "from him.\n"
    )
    assert "Okonjo" in _named(text)
    assert "President Okonjo" not in _named(text)


def test_turn_labels_in_capitals_keep_their_particles_lower_case() -> None:
    text = (
        "Harbour hour, Radio Gwent\n"
        "HOST: With me are Jan van der Berg and Maria de la Cruz Soto. How many ships came?\n"
        "VAN DER BERG: We saw 30 more ships.\n"
        "DE LA CRUZ: I counted 12 of them.\n"
    )
    assert _named(text) == {"Jan van der Berg", "Maria de la Cruz Soto"}


@pytest.mark.parametrize(
    ("full", "later"),
    [
        ("Seán Ó Ceallaigh", "Ó Ceallaigh"),  # Irish
        ("Áine Ní Bhriain", "Ní Bhriain"),
        ("Oisín Mac Giolla", "Mac Giolla"),
        ("Ali Abu Zaid", "Abu Zaid"),  # Arabic
        ("Émile Durand", "Durand"),  # a name opening with an accented capital
        ("Łukasz Żak", "Żak"),
    ],
)
def test_a_two_word_surname_or_an_accented_one_is_the_full_name(full: str, later: str) -> None:
    text = (
        "Port deal signed\n\n"
        f"The harbour will double in size, said {full}, who chairs the port board.\n\n"
        f"{later} said the work would take 30 months.\n"
    )
    assert _named(text) == {full}
