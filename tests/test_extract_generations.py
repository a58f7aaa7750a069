"""A son who shares his father's name keeps his suffix: 'Hale Jr' is not 'Robert Hale'."""

from __future__ import annotations

from tracker.extract import extract_text
from tracker.extract.canonical import names_in
from tracker.extract.generations import generation, with_generation


def _speakers(text: str) -> list[tuple[str, str]]:
    return [
        (c.attribution.speaker_text, c.attribution.speaker)
        for c in extract_text(text, "a")
        if c.attribution is not None
    ]


def test_the_suffix_is_read_with_or_without_its_dot_or_comma() -> None:
    assert generation("Robert Hale Jr.") == "Jr"
    assert generation("Hale, Sr.") == "Sr"
    assert generation("Ford III") == "III"
    assert generation("Robert Hale") is None
    assert generation("Jr.") is None  # a suffix alone names no one


def test_a_short_form_with_the_suffix_is_the_son() -> None:
    text = "Robert Hale Jr. met his father Robert Hale. Hale Jr said little."
    names = names_in(text)
    assert with_generation("Hale Jr", names) == "Robert Hale Jr."
    assert with_generation("Robert Hale", names) is None


def test_a_numeral_counts_only_for_a_person_so_named() -> None:
    text = "Edsel Ford III spoke of World War II. Ford III said sales were up."
    names = names_in(text)
    assert with_generation("Ford III", names) == "Edsel Ford III"
    assert with_generation("World War II", names) == "World War II"  # itself, no dot added
    assert with_generation("Henry VIII", names) is None


def test_father_and_son_keep_their_own_statements() -> None:
    text = (
        "Family firm\n\n"
        "Marcus Delaney Jr. said the family firm would double its staff to 400 next year. "
        "His father, Marcus Delaney, said the plan was too costly.\n\n"
        "Delaney Jr. later said 40% of the new jobs would go abroad.\n"
    )
    speakers = _speakers(text)
    assert ("Delaney Jr.", "Marcus Delaney Jr.") in speakers
    assert speakers[0][1] == "Marcus Delaney Jr."
    assert all(s != "Marcus Delaney Jr." for t, s in speakers if "father" in t)


def test_a_pronoun_after_the_son_is_the_son() -> None:
    text = (
        "Interview\n\n"
        "Eric Lyle Sr. ran the paper for 30 years.\n\n"
        "Eric Lyle Jr. told the station that sales had fallen 12% in a year. "
        "\u201cWe have to cut costs,\u201d he said.\n"
    )
    assert ("he", "Eric Lyle Jr.") in _speakers(text)
