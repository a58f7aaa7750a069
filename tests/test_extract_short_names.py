"""One part of a longer name stands for its person; 'he' and 'she' never stand for a body."""

from __future__ import annotations

from tracker.extract import extract_text
from tracker.extract.canonical import names_in
from tracker.extract.short_names import paternal_surname


def _speakers(text: str) -> list[tuple[str, str]]:
    return [
        (c.attribution.speaker_text, c.attribution.speaker)
        for c in extract_text(text, "a")
        if c.attribution is not None
    ]


def test_the_first_of_two_surnames_is_the_person() -> None:
    text = "Mayor Lucía Ferrer Ortiz won. Ferrer said 60% had voted."
    assert paternal_surname("Ferrer", names_in(text)) == "Lucía Ferrer Ortiz"


def test_the_surname_before_a_generation_is_the_son() -> None:
    text = "Walter Beck III wrote it. Beck said 40 copies sold."
    assert paternal_surname("Beck", names_in(text)) == "Walter Beck III"


def test_a_body_or_an_unmarked_run_is_no_one() -> None:
    text = "Trouble-hit Mitsubishi Motors lost money. Mitsubishi said 5% fewer cars sold."
    assert paternal_surname("Mitsubishi", names_in(text)) is None
    text = "Mayor Lucía Ferrer Ortiz met Pablo Ferrer. Ferrer said 60% had voted."
    assert paternal_surname("Ferrer", names_in(text)) is None  # a name ends in it


def test_she_after_a_double_surname() -> None:
    text = (
        "Runoff\n\n"
        "The count set up a runoff against Sen. Lucía Ferrer Ortiz.\n\n"
        "Ferrer, a senator from Heredia, said the plan would cost 2bn colones a year. "
        "She accused her rival of misleading voters under 30.\n"
    )
    speakers = _speakers(text)
    assert ("Ferrer, a senator from Heredia", "Lucía Ferrer Ortiz") in speakers
    assert ("She", "Lucía Ferrer Ortiz") in speakers


def test_she_is_never_a_body() -> None:
    text = (
        "Pay gap\n\n"
        "Women earn 20% less, a report by the Fair Pay Commission found.\n\n"
        "\u201cIt is a scandal,\u201d she said.\n"
    )
    assert ("she", "Fair Pay Commission") not in _speakers(text)
