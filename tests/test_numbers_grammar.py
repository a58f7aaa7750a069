"""The number grammar (tracker.extract.numbers) on its own: figures, words, fractions."""

from __future__ import annotations

import pytest

from tracker.extract.numbers import Parsed, parse_digits, parse_number
from tracker.extract.tokens import tokenize


def read(text: str, money: bool = False) -> tuple[float, str] | None:
    """The number at the start of ``text`` (after a leading currency sign), and its surface."""
    tokens = tokenize(text)
    p = parse_number(tokens, 1 if money else 0, money=money)
    return None if p is None else (p.value, text[tokens[p.i].start : tokens[p.j - 1].end])


def parsed(text: str) -> Parsed:
    p = parse_number(tokenize(text), 0)
    assert p is not None, text
    return p


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("150,000", 150_000),
        ("1.5", 1.5),
        (".08", 0.08),
        ("-4/5", -0.8),
        ("1 4/5", 1.8),
        ("12,34,567.89", 1_234_567.89),
        ("1 234 567", 1_234_567),
        ("1e10", 1e10),
        ("2.5^-1", 0.4),
        ("1.3x10^6", 1.3e6),
        ("½", 0.5),
        ("150k", 150_000),
        ("10M", 10_000_000),
    ],
)
def test_figures_read_whole(text: str, value: float) -> None:
    assert read(text) == (pytest.approx(value), text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("nine hundred million", 900_000_000),
        ("twenty-three", 23),
        ("a hundred", 100),
        ("a dozen", 12),
        ("two hundred point zero three", 200.03),
        ("three lakh crore", 3e12),
        ("minus 5", -5),
        ("3 hundred and 21", 321),
        ("five and a half million", 5_500_000),
    ],
)
def test_spelled_out_numbers_read_whole(text: str, value: float) -> None:
    assert read(text) == (pytest.approx(value), text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("two-thirds", 2 / 3),
        ("three fifths", 0.6),
        ("one over three", 1 / 3),
        ("1 over 3", 1 / 3),
        ("one hundred thirty-fifths", 100 / 35),
    ],
)
def test_fractions_are_marked_as_fractions(text: str, value: float) -> None:
    p = parsed(text)
    assert p.fraction and p.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [("one and a half", 1.5), ("half a dozen", 6), ("two thirds of a million", 2e6 / 3)],
)
def test_a_fraction_of_a_whole_is_an_amount(text: str, value: float) -> None:
    p = parsed(text)
    assert not p.fraction and p.value == pytest.approx(value)


def test_a_slash_fraction_remembers_its_slash() -> None:
    assert parsed("3/4").slash and not parsed("three quarters").slash


def test_lower_case_m_scales_only_money() -> None:
    assert read("$2m", money=True) == (2e6, "2m")
    assert read("5m") == (5, "5")  # five metres: the unit is read elsewhere


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("twenty twenty", "twenty"),  # two numbers, not one
        ("three two", "three"),
        ("twelve out of ten", "twelve"),  # no fraction above one
    ],
)
def test_what_is_two_numbers_stops_after_the_first(text: str, surface: str) -> None:
    got = read(text)
    assert got is not None and got[1] == surface


@pytest.mark.parametrize("text", ["hello", "and", "over three"])
def test_words_that_are_no_number_give_none(text: str) -> None:
    assert read(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("150,000", 150_000.0), ("1 000", 1000.0), ("-2.5", -2.5), (".5", 0.5), ("1,2", None)],
)
def test_parse_digits(text: str, value: float | None) -> None:
    assert parse_digits(text) == value
