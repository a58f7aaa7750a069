"""Relatives who share a surname: the address title picks the one of its gender."""

from __future__ import annotations

from tracker.extract import extract_text
from tracker.extract.canonical import names_in
from tracker.extract.spouses import couple, titled_namesake

_HEAD = "Local news\n\n"


def _speakers(text: str) -> list[str]:
    return [c.attribution.speaker for c in extract_text(_HEAD + text, "a") if c.attribution]


def test_a_wife_named_by_her_role_is_mrs() -> None:
    text = (
        "Arthur Penrose opened the new bakery on Monday. His wife, Clara Penrose, ran the till.\n\n"
        "Mrs. Penrose said 400 loaves were sold on the first day.\n\n"
        "Mr Penrose said the ovens cost £12,000."
    )
    assert _speakers(text) == ["Clara Penrose", "Arthur Penrose"]


def test_a_mark_after_the_name_counts_too() -> None:
    text = (
        "Delia Okoro, the mother of the striker, and Samuel Okoro both travelled to the final.\n\n"
        "Ms Okoro said she had flown 6,000 miles to watch."
    )
    assert _speakers(text) == ["Delia Okoro"]


def test_the_namesake_left_when_the_other_is_marked_the_other_way() -> None:
    names = names_in(_HEAD + "Mr Peter Vance met Jo Vance in York.")
    assert titled_namesake("Mrs Vance", names) == "Jo Vance"
    # Jo may be a man too: a man's title goes to a marked man only by elimination.
    assert titled_namesake("Mr Vance", names) is None


def test_a_man_marked_as_kin_is_not_mr_by_that_alone() -> None:
    text = "Ravi Nair spoke first. His brother, Anil Nair, sat at the back. Mr Nair said no."
    assert titled_namesake("Mr Nair", names_in(_HEAD + text)) is None


def test_the_pronoun_after_the_name_marks_it() -> None:
    text = (
        "Grant Holloway voted early. Nadia Holloway made her first speech in Ohio.\n\n"
        "Mrs Holloway said 200 people came.\n\nMr Holloway said he was proud."
    )
    assert _speakers(text) == ["Nadia Holloway", "Grant Holloway"]


def test_only_a_titled_surname_alone_is_read() -> None:
    names = names_in(_HEAD + "Ed Hart met his wife, Liz Hart, and Mrs Hart.")
    assert titled_namesake("Ed Hart, who backs Mrs Hart", names) is None


def test_no_marks_or_one_namesake_say_nothing() -> None:
    names = names_in(_HEAD + "Peter Vance met Jo Vance in Leeds.")
    assert titled_namesake("Mrs Vance", names) is None  # nothing tells them apart
    names = names_in(_HEAD + "His sister, Jo Vance, was in Leeds.")
    assert titled_namesake("Ms Vance", names) is None  # one Vance: the surname finds her
    assert titled_namesake("Dr Vance", names) is None  # a title of no gender


def test_a_couple_by_title_or_plural_is_the_two_the_article_names() -> None:
    text = (
        "Arthur Penrose opened the new bakery on Monday. His wife, Clara Penrose, ran the till.\n\n"
        "Mr and Mrs Penrose said 400 loaves were sold on the first day.\n\n"
        "The Penroses said the ovens cost £12,000."
    )
    assert _speakers(text) == ["Arthur Penrose and Clara Penrose"] * 2


def test_a_couple_the_article_does_not_name_stays_as_written() -> None:
    names = names_in(_HEAD + "Neighbours gathered in Leeds.")
    assert couple("Mr. and Mrs. Hart", names) == "Mr. and Mrs. Hart"
    assert couple("the Democrats", names) is None  # no two persons of that name
    assert couple("Hart", names) is None
