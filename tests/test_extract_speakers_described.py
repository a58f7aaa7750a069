"""A role written with a party or a nation ('the Tory leader') is the person introduced with
that role; a body written with what kind of body it is ('the Reuters news agency') is the
body by its own name."""

from __future__ import annotations

from tracker.extract import extract_text
from tracker.extract.canonical import plain_description


def _speakers(text: str) -> list[tuple[str, str]]:
    return [
        (c.attribution.speaker_text, c.attribution.speaker)
        for c in extract_text(text, "a")
        if c.attribution is not None
    ]


def test_a_role_with_a_party_word_is_the_person_introduced_with_it() -> None:
    text = (
        "Budget\n\n"
        "Liberal leader Ruth Calder attacked the budget on Tuesday. "
        "Finance Minister Owen Blake said taxes would fall by 2%. "
        "The Liberal leader said the plan would cost 4,000 jobs.\n"
    )
    assert ("The Liberal leader", "Ruth Calder") in _speakers(text)


def test_a_role_with_a_nation_word_is_the_person_introduced_with_it() -> None:
    text = (
        "Talks\n\n"
        "President Ilse Marek met the trade delegation in the capital. "
        "The Austrian president said exports had risen by 5%.\n"
    )
    assert ("The Austrian president", "Ilse Marek") in _speakers(text)


def test_a_named_body_before_its_kind_is_the_body() -> None:
    assert plain_description("the Interfax news agency".split()) == "Interfax"
    assert plain_description("the Usdaw trade union".split()) == "Usdaw"


def test_a_place_or_a_nation_before_a_kind_is_no_name() -> None:
    assert plain_description("the US investment bank".split()) == "US investment bank"
    assert plain_description("the Philippine immigration agency".split()) == (
        "Philippine immigration agency"
    )
    assert plain_description("The Paris-based pressure group".split()) == (
        "Paris-based pressure group"
    )
    assert plain_description("the Commons education select committee".split()) == (
        "Commons education select committee"
    )
