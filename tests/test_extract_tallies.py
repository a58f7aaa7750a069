"""Figures written high to low are the two sides of a result, not a range."""

from __future__ import annotations

import pytest

from tracker.extract import extract_text


def _quantity(text: str, surface: str):
    article = "Headline\n\n" + text
    found = [q for c in extract_text(article, "a") for q in c.quantities if q.text == surface]
    assert len(found) == 1, [q.text for c in extract_text(article, "a") for q in c.quantities]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        (
            "Among young voters the mayor led 62 percent to 30 percent, the survey found.",
            "62 percent to 30 percent",
        ),
        ("The motion carried 412 to 96 after a long night.", "412 to 96"),
    ],
)
def test_a_result_written_high_to_low_has_no_single_value(sentence: str, surface: str) -> None:
    q = _quantity(sentence, surface)
    assert (q.value, q.low, q.high) == (None, None, None)


def test_a_range_written_low_to_high_stays_a_range() -> None:
    q = _quantity(
        "Prices are expected to climb 3 to 5 percent next year, officials said.", "3 to 5 percent"
    )
    assert (q.low, q.high) == (3.0, 5.0)
