"""Speaker resolution (``speakers.py``): titles split off, surnames, pronouns and relative
pronouns linked to the names before them."""

from __future__ import annotations

from tracker.extract.found import Found
from tracker.extract.speakers import resolve, split_title


def _at(text: str, mention: str, nth: int = 0) -> Found:
    """A Found for the ``nth`` occurrence of ``mention``, cue 'said', content to the full stop."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(mention, start + 1)
    cue = text.index("said", start + len(mention))
    return Found(
        start, start + len(mention), cue, cue + 4, cue + 5, text.index(".", cue), "indirect", "said"
    )


def _speakers(text: str, found: list[Found]) -> list[tuple[str, str | None]]:
    return [(a.speaker, a.speaker_title) for a in resolve(text, found)]


def test_a_title_is_split_from_the_name() -> None:
    assert split_title("Deputy Secretary of State Antony Blinken".split()) == (
        ["Deputy", "Secretary", "of", "State"],
        ["Antony", "Blinken"],
    )


def test_where_a_person_is_from_joins_the_title() -> None:
    assert split_title("Gov. John Kasich of Ohio".split()) == (
        ["Gov.", "of", "Ohio"],
        ["John", "Kasich"],
    )


def test_a_surname_and_a_pronoun_resolve_to_the_full_name_before() -> None:
    text = (
        "Deputy Secretary of State Antony Blinken said the talks went well. "
        "Blinken said more talks would follow. He said he was hopeful."
    )
    found = [
        _at(text, "Deputy Secretary of State Antony Blinken"),
        _at(text, "Blinken", 1),
        _at(text, "He"),
    ]
    assert _speakers(text, found) == [
        ("Antony Blinken", "Deputy Secretary of State"),
        ("Antony Blinken", None),
        ("Antony Blinken", None),
    ]


def test_which_stands_for_the_noun_phrase_before_it() -> None:
    text = "The council, which met on Monday, said the rules would change."
    assert _speakers(text, [_at(text, "which")]) == [("The council", None)]


def test_a_transcript_label_in_capitals_is_a_name() -> None:
    text = "JAKE TAPPER said the interview was over."
    assert _speakers(text, [_at(text, "JAKE TAPPER")]) == [("Jake Tapper", None)]


def test_an_appositive_keeps_the_name_and_makes_the_rest_the_title() -> None:
    text = "Kim Soo-jin, a defence analyst at Korea University, said the test failed."
    mention = "Kim Soo-jin, a defence analyst at Korea University"
    assert _speakers(text, [_at(text, mention)]) == [
        ("Kim Soo-jin", "a defence analyst at Korea University")
    ]


def test_a_role_with_no_name_is_the_speaker() -> None:
    text = "The mayor, a Democrat, said no."
    assert _speakers(text, [_at(text, "The mayor, a Democrat")]) == [("The mayor", "a Democrat")]


def test_a_person_before_where_they_work_keeps_the_name_when_the_body_reads_as_a_title() -> None:
    # 'National' is a title word ('National Security Adviser'), so the body's name looks like
    # a title with one name word; the person is still the name before 'at'.
    assert split_title("Priya Nandal at the National Gazette".split()) == (
        ["at", "the", "National", "Gazette"],
        ["Priya", "Nandal"],
    )
    assert split_title("Secretary of State Ola Berg".split())[1] == ["Ola", "Berg"]


def test_he_is_no_plural_group_named_with_a_capital() -> None:
    text = (
        "Mr Tomas Ruiz said the fleet was ageing. Anti-fraud groups said losses had grown. "
        "Part of the problem, he said, was the cost."
    )
    he = text.index(" he said") + 1
    found = [_at(text, "Mr Tomas Ruiz"), _at(text, "Anti-fraud groups")]
    found.append(Found(he, he + 2, he + 3, he + 7, he + 9, len(text) - 1, "indirect", "said"))
    assert _speakers(text, found)[2][0] == "Tomas Ruiz"


def test_a_body_named_of_a_place_or_a_trade_is_no_person() -> None:
    assert split_title("Bank of Ostland".split())[1] == []
    assert split_title("The Union of Hill Farm Workers".split())[1] == []


def test_who_after_an_age_stands_for_the_name() -> None:
    text = "It is a debut nomination for Varga, 49, who said she had not thought of it."
    who = text.index("who")
    found = [Found(who, who + 3, who + 4, who + 8, who + 9, len(text) - 1, "indirect", "said")]
    assert _speakers(text, found)[0][0] == "Varga"


def test_a_person_of_a_body_in_a_city_keeps_the_name() -> None:
    assert split_title("Ines Moro of Delta Trust bank in Lisbon".split())[1] == ["Ines", "Moro"]
    assert split_title("Secretary of State Ola Berg".split())[1] == ["Ola", "Berg"]


def test_which_after_a_body_s_verb_stands_for_the_body_s_document() -> None:
    text = "In May Zentro released figures which showed 40% of sales were online."
    which = text.index("which")
    cue = text.index("showed")
    found = [Found(which, which + 5, cue, cue + 6, cue + 7, len(text) - 1, "indirect", "showed")]
    assert _speakers(text, found)[0][0] == "Zentro’s figures"
    text = "Staff at the embattled firm, which said 40 jobs would go, met."
    which = text.index("which")
    found = [_at(text, "which")]
    assert _speakers(text, found)[0][0] == "the embattled firm"
