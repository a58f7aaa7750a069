"""Temperatures take their scale, ages in apposition are years, spaced scale words and basis
points read whole: sentences of our own."""

from __future__ import annotations

import pytest

from tracker.extract import extract_text
from tracker.extract.quantities import find_quantities


def readings(text: str) -> list[tuple[str, float | None, str | None]]:
    """(text, value, unit) of every quantity found in one sentence."""
    return [(q.text, q.value, q.unit) for q in find_quantities(text, 0, len(text))]


def claimed(text: str) -> list[tuple[str, str | None]]:
    """(text, unit) of every quantity the article's claims hold."""
    body = "Headline\n\n" + text
    return [(q.text, q.unit) for c in extract_text(body, "a_t") for q in c.quantities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seas could warm by 2.4 degrees Celsius by 2100.", ("2.4 degrees Celsius", "°C")),
        ("It stayed below the 2-degree Celsius ceiling.", ("2-degree Celsius", "°C")),
        ("The oven reached 450 degrees Fahrenheit.", ("450 degrees Fahrenheit", "°F")),
        ("Nights fell to minus 4 degrees C in the valley.", ("minus 4 degrees C", "°C")),
        ("Water boils at 100 degrees centigrade.", ("100 degrees centigrade", "°C")),
    ],
)
def test_a_scale_named_after_degrees_is_the_unit(text: str, expected: tuple) -> None:
    got = [(t, u) for t, _, u in readings(text)]
    assert expected in got


def test_bare_degrees_take_the_scale_the_article_names() -> None:
    text = (
        "Forecasters said the city would reach 38C on Friday.\n\n"
        "Officials warned that a 40-degree day would strain the grid, and that 35 degrees "
        "at night was dangerous."
    )
    units = dict(claimed(text))
    assert units["40-degree"] == "°C"
    assert units["35 degrees"] == "°C"


def test_bare_degrees_stay_bare_without_one_named_scale() -> None:
    text = "Mr Park said the water was 20 degrees, and the air 25C or 77F that day."
    assert ("20 degrees", "degree") in claimed(text)


def test_degrees_of_a_turn_take_no_temperature_scale() -> None:
    text = (
        "It was 31C in the capital, the agency said.\n\n"
        "The minister said the party had made a 180-degree turn and tilted 15 degrees left."
    )
    units = dict(claimed(text))
    assert units["180-degree"] == "degree"
    assert units["15 degrees"] == "degree"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Marta de los Santos, 38, runs the clinic.", "38"),
        ("The driver, 71, escaped unhurt.", "71"),
        ("Police named the victim as Kofi Mensah, 19.", "19"),
        ("Officers said Mensah, 19, lives nearby.", "19"),
        ("Jonas Berg (64) stood down.", "64"),
    ],
)
def test_a_figure_set_off_after_a_person_is_an_age(text: str, figure: str) -> None:
    assert (figure, "years") in claimed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Officials said that Texas, 38, and Ohio, 18, carry the most electoral votes.",
        "The winning numbers were 4, 19, 23 and 41, the lottery said.",
        "In March, 40 staff left, the union said.",
        "The report, 120 pages long, was late, the council said.",
    ],
)
def test_a_figure_after_a_place_date_or_thing_is_no_age(text: str) -> None:
    assert claimed(text)
    assert all(u != "years" for _, u in claimed(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The party promised £35 bn cuts in spending.", ("£35 bn", 35e9, "GBP")),
        ("The fund raised $2 mln last week.", ("$2 mln", 2e6, "USD")),
        ("Debts stood at €1.2 tn overall.", ("€1.2 tn", 1.2e12, "EUR")),
    ],
)
def test_a_spaced_scale_abbreviation_scales_the_figure(text: str, expected: tuple) -> None:
    assert expected in readings(text)


def test_a_capital_tn_is_no_trillion() -> None:
    assert readings("Send it to Box 400 TN before noon.")[0][1] == 400.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bank raised rates by 50 basis points.", ("50 basis points", 50.0)),
        ("Spreads widened 12 bps on the day.", ("12 bps", 12.0)),
        ("It trimmed the rate 25bp.", ("25bp", 25.0)),
    ],
)
def test_basis_points_are_the_unit(text: str, expected: tuple) -> None:
    assert (*expected, "basis point") in readings(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nearly seven of 10 tenants said rents had risen.", ("seven of 10", 0.7)),
        ("Rebels took at least 40 of 120 seats.", ("40 of 120", 40 / 120)),
        ("Scouts judged 9 of 9 entries sound.", ("9 of 9", 1.0)),
    ],
)
def test_n_of_m_without_a_determiner_is_one_proportion(text: str, expected: tuple) -> None:
    ((got, value, unit),) = [r for r in readings(text) if " of " in r[0]]
    assert (got, unit) == (expected[0], None)
    assert value == pytest.approx(expected[1])


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("She was one of 14 nurses honoured.", "14"),
        ("Two of the five judges dissented.", "five"),
        ("Game 4 of 7 is on Sunday.", "4"),
        ("Dozens of 10-year-olds took part.", "10-year-olds"),
    ],
)
def test_membership_sets_and_series_are_no_proportion(text: str, kept: str) -> None:
    assert all(" of " not in t for t, _, _ in readings(text))
    assert any(t.startswith(kept) for t, _, _ in readings(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Scot has climbed to 38 in the world after the win.",
        "Her single rose to 7 in the charts last week.",
        "He sits 14 in the rankings, the federation said.",
        "The side slipped back to 9 in the league table.",
    ],
)
def test_a_place_in_a_ranked_list_is_no_count(text: str) -> None:
    from tracker.extract.labels import why_not

    (q,) = find_quantities(text, 0, len(text))
    assert why_not(text, q) == "ordinal"


@pytest.mark.parametrize(
    "text",
    [
        "There are only 60 in the world, the zoo said.",
        "The number of lynx fell to 90 in the world by 2000.",
        "Sales rose to 500 in the country.",
    ],
)
def test_a_count_in_the_world_stays_a_count(text: str) -> None:
    from tracker.extract.labels import why_not

    q = find_quantities(text, 0, len(text))[0]
    assert why_not(text, q) is None


def test_a_shared_currency_word_takes_the_one_country_the_article_names() -> None:
    text = (
        "Kenya's central bank held its rate on Monday.\n\n"
        "The Treasury said the plan would cost 12bn shillings, a spokesman said."
    )
    assert ("12bn shillings", "KES") in claimed(text)
    text = (
        "Pakistan's cabinet approved the budget on Friday.\n\n"
        "The finance minister said it would raise 300bn rupees in new taxes."
    )
    assert ("300bn rupees", "PKR") in claimed(text)


def test_a_shared_currency_word_keeps_its_default_when_two_countries_are_named() -> None:
    text = (
        "Chile and Colombia signed the pact.\n\n"
        "Officials said the fund would hold 5bn pesos, the ministry said."
    )
    assert ("5bn pesos", "MXN") in claimed(text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The scheme was aimed at drivers over 70, the minister said.", "70"),
        ("The youngest was 14, police said.", "14"),
        ("The eldest son is 33, the family said.", "33"),
    ],
)
def test_people_over_a_figure_and_the_oldest_of_a_group_have_ages(text: str, figure: str) -> None:
    assert (figure, "years") in claimed(text)


def test_things_over_a_figure_are_counted_not_aged() -> None:
    assert ("50", "years") not in claimed("Orders over 50 were shipped free, the firm said.")
