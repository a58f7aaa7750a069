"""Numbers beyond what a float holds never raise and never become quantities (issue 16)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.extract import extract_text
from tracker.extract.numbers import parse_number
from tracker.extract.quantities import find_quantities
from tracker.extract.tokens import tokenize

OUT_OF_RANGE = {
    "309 digits": "1" + "0" * 309,
    "1e400": "1e400",
    "10^400": "10^400",
    "10^399": "10^399",
    "110 groups of ,000": "1" + ",000" * 110,
    "3x10^400": "3x10^400",
    "an exponent of 5000 digits": "1e" + "9" * 5000,
    "a 400-digit base": "1x" + "9" * 400 + "^2",
    "a 300-digit figure squared": "1" + "0" * 300 + "^2",
    "a 300-digit figure in trillions": "9" * 300 + " trillion trillion",
    "negative": "-1e400",
}


def _all_finite(quantities) -> bool:
    return all(v is None or math.isfinite(v) for q in quantities for v in (q.value, q.low, q.high))


@pytest.mark.parametrize("shape", list(OUT_OF_RANGE.values()), ids=list(OUT_OF_RANGE))
def test_a_number_beyond_a_float_is_no_quantity(shape: str) -> None:
    text = f"Officials said {shape} people were affected, and 12 were hurt."
    for everything in (False, True):
        found = find_quantities(text, 0, len(text), everything=everything)
        assert _all_finite(found)
        # Neither the number nor a piece of it ('10', '400') is read as an amount.
        assert [q.text for q in found if q.kind != "other"] == ["12"], found
    claims = extract_text(text, "a_overflow")
    assert [q.text for c in claims for q in c.quantities] == ["12"]


@pytest.mark.parametrize("shape", ["1e400", "10^400", "3x10^400", "-1e400"])
def test_the_grammar_spans_an_out_of_range_number_whole(shape: str) -> None:
    tokens = tokenize(shape)
    p = parse_number(tokens, 0)
    assert p is not None and math.isinf(p.value) and p.j == len(tokens)


def test_a_figure_of_309_digits_is_no_number() -> None:
    assert parse_number(tokenize("1" + "0" * 309), 0) is None
    assert parse_number(tokenize("1" + "0" * 307), 0).value == 1e307


def test_a_unit_that_scales_past_a_float_drops_the_amount() -> None:
    text = "It cost MUSD 1e305 in all."
    assert _all_finite(find_quantities(text, 0, len(text)))


def test_numbers_near_the_limit_still_read() -> None:
    assert parse_number(tokenize("1e308"), 0).value == 1e308
    assert parse_number(tokenize("1e-400"), 0).value == 0.0  # underflow is zero, not an error
    assert parse_number(tokenize("2^10"), 0).value == 1024


@given(st.text(alphabet="0123456789", min_size=1, max_size=6000))
def test_no_digit_string_of_any_length_raises(digits: str) -> None:
    p = parse_number(tokenize(digits), 0)
    expected = float(digits)
    if math.isfinite(expected):
        assert p is not None and p.value == expected
    else:
        assert p is None  # 309 digits and more
    text = f"About {digits} people."
    assert _all_finite(find_quantities(text, 0, len(text), everything=True))


@given(st.text(alphabet="0123456789,.e^x×-+/ ", min_size=1, max_size=800))
def test_no_figure_with_separators_or_exponents_raises(figure: str) -> None:
    text = f"About {figure} people, MUSD {figure} and {figure} trillion."
    assert _all_finite(find_quantities(text, 0, len(text), everything=True))
    extract_text(text, "a_h")
