"""Times of day, the match clock and set phrases with numbers are set aside from claims;
durations and real amounts beside them stay."""

from __future__ import annotations

import pytest

from tracker.extract import extract_text
from tracker.extract.labels import set_aside_in


def reasons(text: str) -> dict[str, str | None]:
    """Each recognised figure's text -> why it is set aside (None: kept)."""
    kept = {q.text: None for c in extract_text(text, "t") for q in c.quantities}
    return kept | {q.text: why for q, why in set_aside_in(text)}


@pytest.mark.parametrize(
    ("text", "figure", "why"),
    [
        ("The ferry sails only between 0615 and 2145 in winter.", "0615 and 2145", "time"),
        ("A curfew runs from 2300 to 0600 in the old town.", "2300 to 0600", "time"),
        ("Shops may open from 7 to 10 a.m. on holidays, the council said.", "7 to 10", "time"),
        ("The vote closes at 8 p.m. on Thursday.", "8", "time"),
        ("Kick-off is at 1930 GMT at the new ground.", "1930", "time"),
        (
            "Ortiz opened the scoring after only eight minutes with a low shot.",
            "eight minutes",
            "time",
        ),
        ("Rangers took the lead after 41 minutes through a header.", "41 minutes", "time"),
        ("Okafor levelled on 66 minutes from the spot.", "66 minutes", "time"),
        ("The winger went off three minutes into the second half.", "three minutes", "time"),
        ("The singer said she had been on cloud nine for weeks.", "nine", "idiom"),
        ("The hosts came second best in almost every contest.", "second best", "idiom"),
        ("He said he would never in a million years have guessed it.", "a million years", "idiom"),
        ("The minister said: Not by a tenth of a percent.", "a tenth", "idiom"),
    ],
)
def test_set_aside(text: str, figure: str, why: str) -> None:
    """Set aside with its reason, or not even recognised as a figure: never claimed."""
    assert reasons(text).get(figure, why) == why


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Talks between the unions and ministers broke up after 45 minutes.", "45 minutes"),
        ("The hearing lasted only 35 minutes, the court said.", "35 minutes"),
        ("She scored two goals in six minutes, the club said.", "six minutes"),
        ("Rangers kept the ball for 12 minutes of the first half.", "12 minutes"),
        ("The band returned after ten minutes and played on.", "ten minutes"),
        ("It was the second best-selling car of the year with 40,000 sold.", "40,000"),
        ("Not a tenth of the budget, 40 million euros, was spent.", "a tenth"),
        ("Trains carried 2400 passengers and 1830 cyclists on Monday.", "2400"),
    ],
)
def test_kept(text: str, figure: str) -> None:
    assert reasons(text).get(figure, "missing") is None
