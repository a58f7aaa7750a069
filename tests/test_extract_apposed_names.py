"""A description between commas after a name is that name's: 'X, the largest of them, said'."""

from __future__ import annotations

from tracker.extract import extract_text


def _speakers(text: str) -> list[tuple[str, str]]:
    return [
        (c.attribution.speaker_text, c.attribution.speaker)
        for c in extract_text(text, "a")
        if c.attribution is not None
    ]


def test_an_apposition_after_a_name_is_that_name() -> None:
    text = (
        "Fans protest\n\n"
        "Three supporters' groups met on Monday. Ultras Norte 1987, the oldest of them "
        "with about 900 members, said the board had ignored its letters.\n"
    )
    assert [s for _, s in _speakers(text)] == ["Ultras Norte 1987"]


def test_no_name_before_the_apposition_leaves_the_speaker() -> None:
    text = (
        "Fans protest\n\n"
        "Three supporters' groups met on Monday. However, the oldest of them with about "
        "900 members said the board had ignored its letters.\n"
    )
    described = "the oldest of them with about 900 members"
    assert _speakers(text) == [(described, described)]  # not 'However', and found


def test_who_after_an_apposition_is_the_name_before_it() -> None:
    text = (
        "Campus\n\n"
        '"The debate changed nothing," said Mia Torres, a Rutgers sophomore, who said she '
        "would still vote. They included Dan Fisk, a former county clerk who had claimed "
        "the count was wrong.\n"
    )
    said = [(t, s) for t, s in _speakers(text) if t == "who"]
    assert [s for _, s in said] == ["Mia Torres", "Dan Fisk"]


def test_a_name_with_an_accented_capital_keeps_its_apposition_s_claim() -> None:
    text = (
        "Fans\n\n"
        "Écija Ultras 1921, the largest of the fan groups, said it would boycott the match.\n"
    )
    assert [s for _, s in _speakers(text)] == ["Écija Ultras 1921"]
