"""Units and values of figures read in context: prices per unit of a measure, ages, changes
from one level to another, temperatures and speeds, counts of occasions."""

from __future__ import annotations

import pytest

from tracker.extract import extract_text
from tracker.model import Quantity


def claimed(text: str) -> dict[str, Quantity]:
    return {q.text: q for c in extract_text(text, "t") for q in c.quantities}


@pytest.mark.parametrize(
    ("text", "figure", "value", "unit", "kind"),
    [
        (
            "Diesel now sells for 97 cents a litre in the north.",
            "97 cents",
            0.97,
            "USD per litre",
            "money",
        ),
        (
            "Brent crude closed at $61.20 a barrel on Monday.",
            "$61.20",
            61.2,
            "USD per barrel",
            "money",
        ),
        (
            "The firm paid a dividend of 12p a share last year.",
            "12p",
            0.12,
            "GBP per share",
            "money",
        ),
        ("Sales reached £4.1bn, against £3.8bn a year earlier.", "£3.8bn", 3.8e9, "GBP", "money"),
        ("Rent is $900 a month in the suburbs.", "$900 a month", 900.0, "USD per month", "money"),
        ("She found a man of 91 who had no fan.", "91", 91.0, "years", "age"),
        ("The scheme pays for anyone over 75 who lives alone.", "75", 75.0, "years", "age"),
        ("I have played the fiddle since I was nine.", "nine", 9.0, "years", "age"),
        ("Night-time lows stayed above 28C for a week.", "28C", 28.0, "°C", "measure"),
        ("The lake warmed by 0.8C in a decade.", "0.8C", 0.8, "°C", "measure"),
        ("Winds reached 110km/h on the coast.", "110km/h", 110.0, "km/h", "measure"),
        ("The river rose by nearly a metre overnight.", "a metre", 1.0, "m", "measure"),
        ("Talks went on for three full days in Geneva.", "three full days", 3.0, "day", "duration"),
        (
            "Fans sang for eight straight hours outside.",
            "eight straight hours",
            8.0,
            "hour",
            "duration",
        ),
        ("The club has been promoted twice since 2010.", "twice", 2.0, "times", "count"),
        ("Leeds sealed a five-try win at home.", "five-try", 5.0, "try", "count"),
        ("The race was run over a 21.1km course in the rain.", "21.1km", 21.1, "km", "measure"),
    ],
)
def test_read(text: str, figure: str, value: float, unit: str, kind: str) -> None:
    q = claimed(text)[figure]
    assert (q.value, q.unit, q.kind) == (value, unit, kind)


def test_a_change_from_one_level_to_another_is_two_figures() -> None:
    got = claimed("The plan lifts the grant from 40 percent to 55 percent of costs.")
    assert {"40 percent", "55 percent"} <= set(got)


def test_digits_do_not_run_on_into_number_words() -> None:
    got = claimed("Now one in eight buyers picks a hybrid, against one in 40 five years ago.")
    assert got["one in 40"].value == pytest.approx(0.025)


def test_a_mother_of_three_has_children_not_an_age() -> None:
    q = claimed("She is a mother of three and works nights.").get("three")
    assert q is not None and q.kind != "age"
