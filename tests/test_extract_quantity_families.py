"""Quantities as a claim states them, family by family, pinned with sentences of our own."""

from __future__ import annotations

import pytest

from tracker.extract import extract_text


def figures(text: str) -> list[tuple[str, float | None, float | None, float | None, str | None]]:
    """(text, value, low, high, unit) of every quantity claimed in ``text`` (a body)."""
    body = "Headline\n\n" + text
    return [
        (q.text, q.value, q.low, q.high, q.unit)
        for c in extract_text(body, "a_t")
        for q in c.quantities
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She was 91, and still wrote every day.", ("91", 91.0, "years")),
        ("Dr Olsen, who is 58, led the team.", ("58", 58.0, "years")),
        ("Mr Tan was 67 when he retired.", ("67", 67.0, "years")),
    ],
)
def test_a_person_who_is_a_bare_figure_has_an_age(text: str, expected: tuple) -> None:
    (got,) = figures(text)
    assert (got[0], got[1], got[4]) == expected


def test_a_bare_figure_after_a_thing_is_no_age() -> None:
    assert figures("The index was 64 at noon.")[0][4] is None


def test_a_noun_glued_to_a_figure_is_what_is_counted() -> None:
    assert figures("The council released a 240-page plan.") == [
        ("240-page", 240.0, None, None, "page")
    ]


def test_a_position_before_one_in_n_is_a_label_not_a_ratio() -> None:
    got = figures("The club has never passed stage three in nine seasons.")
    assert [(t, v, u) for t, v, _, _, u in got] == [("nine", 9.0, "seasons")]


def test_a_share_of_a_figure_is_one_amount() -> None:
    got = figures("Farmers get less than a third of 1 percent of the budget.")
    assert got == [("a third of 1 percent", pytest.approx(1 / 3), None, None, "percent")]


def test_a_height_in_feet_and_inches_is_one_measure() -> None:
    assert figures("The winner stands 5'9\" in socks.") == [("5'9\"", 5.75, None, None, "ft")]


def test_from_a_higher_to_a_lower_figure_is_a_change_not_a_range() -> None:
    got = figures(
        "Backing for the scheme slid over three long winters from 64 percent to 48 percent."
    )
    assert [t for t, *_ in got] == ["three", "64 percent", "48 percent"]
    got = figures("Turnout climbed in the northern towns last year from 41 percent to 46 percent.")
    assert [t for t, *_ in got] == ["41 percent", "46 percent"]


def test_a_change_by_a_range_is_a_range_and_a_result_by_two_figures_a_tally() -> None:
    got = figures("Rents increased by 4 to 6 percent in March.")
    assert got == [("4 to 6 percent", 5.0, 4.0, 6.0, "percent")]
    got = figures("The motion carried by 61 to 39.")
    assert got == [("61 to 39", None, None, None, None)]


def test_a_spread_from_a_higher_figure_stays_a_range() -> None:
    got = figures("Night temperatures ranged from 12 degrees to 4 degrees.")
    assert [(lo, hi) for _, _, lo, hi, _ in got] == [(4.0, 12.0)]


def test_plurals_joined_to_the_counted_noun_are_counted_too() -> None:
    assert figures("The fund covers 29 counties and boroughs.")[0][4] == "counties and boroughs"
    got = figures("Over 5,000 nurses, porters, and cleaners struck.")
    assert got[0][4] == "nurses, porters, and cleaners"
    assert figures("She met 12 mayors, and aides said so.")[0][4] == "mayors"


def test_money_at_a_rate_and_a_measure_at_a_rate_keep_the_rate() -> None:
    got = figures("Cleaners earn $14 an hour.")
    assert got == [("$14 an hour", 14.0, None, None, "USD per hour")]
    got = figures("The train reached 190 miles an hour.")
    assert got == [("190 miles an hour", 190.0, None, None, "mile per hour")]


def test_n_of_m_is_a_proportion_and_n_of_the_m_two_counts() -> None:
    assert figures("Nine of 10 tenants paid.") == [("Nine of 10", 0.9, None, None, None)]
    got = figures("Two of the five judges dissented.")
    assert [(t, v) for t, v, *_ in got] == [("Two", 2.0), ("five", 5.0)]


def test_an_article_before_a_spelled_number_is_no_second_one() -> None:
    got = figures("The bank got a one billion yen loan.")
    assert [(t, v) for t, v, *_ in got] == [("one billion yen", 1e9)]


def test_a_figure_and_a_spelled_number_make_a_range_not_one_number() -> None:
    got = figures("Sales of between 400,000 and one million units are expected.")
    assert [(lo, hi) for _, _, lo, hi, _ in got] == [(400000.0, 1e6)]


def test_a_later_day_of_the_month_is_a_date() -> None:
    assert figures("Hearings on April 3 and 24 will decide the case.") == []
    assert [t for t, *_ in figures("On April 3 and 24 people were hurt.")] == ["24"]


def test_dollars_named_by_their_country_are_that_currency() -> None:
    got = figures("The shares lost 40 Canadian cents to 2.10 Canadian dollars.")
    assert got == [
        ("40 Canadian cents", 0.4, None, None, "CAD"),
        ("2.10 Canadian dollars", 2.1, None, None, "CAD"),
    ]


def test_a_rate_glued_to_money_is_its_unit() -> None:
    got = figures("Most cleaners are $11-an-hour workers.")
    assert got == [("$11-an-hour", 11.0, None, None, "USD per hour")]
