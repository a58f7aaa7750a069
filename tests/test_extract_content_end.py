"""What was said ends where the writer takes the sentence on; a quote after a name and a
colon starts what was said."""

from __future__ import annotations

import pytest

from tracker.extract import extract_text


def _contents(text: str) -> list[str]:
    return [
        text[c.attribution.content_start : c.attribution.content_end]
        for c in extract_text(text, "e")
        if c.attribution
    ]


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "Mara Voss, who said she would never sing again after the 2019 tour, will host "
            "the festival next year.",
            "she would never sing again after the 2019 tour",
        ),
        (
            "Mara Voss said the venue would reopen in June, although the council has not "
            "yet approved the repairs.",
            "the venue would reopen in June",
        ),
        (
            "Mara Voss insisted the tour was sold out even though hundreds of seats were "
            "still on sale.",
            "the tour was sold out",
        ),
    ],
)
def test_the_writers_clause_is_no_part_of_what_was_said(sentence: str, said: str) -> None:
    assert said in _contents(f"Singer news\n\n{sentence}\n")


def test_a_reported_concession_stays_with_what_was_said() -> None:
    text = (
        "Singer news\n\nMara Voss said the show would go on, although the band would "
        "not play the old songs.\n"
    )
    assert any("although the band would not play" in c for c in _contents(text))


def test_a_concession_inside_a_quote_stays_in_it() -> None:
    text = 'Singer news\n\nMara Voss said: "We will play, although it may rain."\n'
    assert any("although it may rain" in c for c in _contents(text))
    text = (
        'Singer news\n\nMara Voss said the label was "trying to silence me, although I have '
        'broken no contract."\n'
    )
    assert any("although I have broken no contract" in c for c in _contents(text))


def test_a_quote_after_a_name_and_a_colon_is_what_was_said() -> None:
    text = 'Singer news\n\nShe told BBC Radio Ulster: "The tour goes on."\n'
    assert '"The tour goes on."' in _contents(text)
