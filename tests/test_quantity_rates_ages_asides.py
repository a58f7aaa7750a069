"""Rates, units, ages, the country of a shared currency, and figures that are no amounts
(idioms, a cricket side's total, half past the hour): our own sentences for each class."""

from __future__ import annotations

import pytest

from tracker.extract import extract_text


def _quantities(text: str) -> list[tuple[str, float | None, str | None, str]]:
    return [
        (q.text, q.value, q.unit, q.kind)
        for c in extract_text("Headline\n\n" + text, "t")
        for q in c.quantities
    ]


def _by_text(text: str) -> dict[str, tuple[str, float | None, str | None, str]]:
    return {q[0]: q for q in _quantities(text)}


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        ("The mine ships 4 million tonnes of ore a year.", "4 million tonnes", "tonne per year"),
        ("The field pumps 9,000 barrels of crude per day.", "9,000 barrels", "barrel per day"),
        ("It would cost 40bn pesos (about $2bn) a year.", "$2bn", "USD per year"),
        ("Rent rose to £950 a month, up from £900.", "£900", "GBP per month"),
        (
            "The link carries three megabits per second.",
            "three megabits per second",
            "megabit per second",
        ),
        (
            "Trials reached one gigabit a second in the lab.",
            "one gigabit a second",
            "gigabit per second",
        ),
        ("The tablet has a 7,000mAh cell.", "7,000mAh", "mAh"),
        ("It ships with a 65-watt charger.", "65-watt", "W"),
        ("Ministers will spend 300bn colones on roads.", "300bn colones", "CRC"),
    ],
)
def test_units_and_rates(sentence: str, text: str, unit: str) -> None:
    assert _by_text(sentence)[text][2] == unit


def test_a_point_in_time_is_no_rate() -> None:
    assert _by_text("Sales were 40m euros of sales a year earlier.")["40m euros"][2] == "EUR"


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The striker, who is 31 at the end of the season, will leave.", "31", 31.0),
        ("The crew, aged 22 and 57, were rescued.", "57", 57.0),
        ("The climbers, aged between 24 and 61, were found.", "24 and 61", None),
    ],
)
def test_ages(sentence: str, text: str, value: float | None) -> None:
    found = _by_text(sentence)[text]
    assert (found[1], found[2], found[3]) == (value, "years", "age")


def test_one_for_every_is_a_ratio() -> None:
    found = _by_text("The scheme saves one life for every 40 people screened.")["40"]
    assert found[1] == pytest.approx(1 / 40) and found[3] == "ratio"


def test_a_shared_currency_takes_the_country_named_before_it() -> None:
    text = (
        "Pakistan lost to India in Lahore last year.\n\n"
        "India's players will share a prize of 30m rupees, the board said."
    )
    assert _by_text(text)["30m rupees"][2] == "INR"
    text = "India toured Nepal. Nepal's board will pay 5m rupees to its players."
    assert _by_text(text)["5m rupees"][2] == "NPR"


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The minister said she was in two minds about the plan.", "two"),
        ("Voters look at the party as if it had two heads.", "two"),
        ("The closure knocked the town for six, the mayor said.", "six"),
        ("We are back to square one, the union said.", "one"),
        ('"We will give 100 percent on Saturday," the captain said.', "100 percent"),
        ("The board offers zero support to its staff, she said.", "zero"),
        ("The shop has been open since half eight this morning.", "eight"),
        ("Australia resumed on 211 for four but lost their last six wickets.", "211"),
        ("Australia resumed on 211 for four but lost their last six wickets.", "four"),
        ("They were bowled all out for 143 before tea.", "143"),
        ("He made 102, his fourth Test hundred, before lunch.", "hundred"),
    ],
)
def test_figures_that_are_no_amounts(sentence: str, figure: str) -> None:
    assert figure not in _by_text(sentence)


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Only one school had closed by noon.", "one"),
        ("Each plant failed at least one inspection.", "one"),
        ("They smashed one window and ignored two others.", "one"),
        ("The bill passed 61 for two years of funding.", "61"),
    ],
)
def test_counts_that_stay(sentence: str, text: str) -> None:
    assert text in _by_text(sentence)


@pytest.mark.parametrize(
    ("sentence", "figure", "kept"),
    [
        ("Yields on five-year government bonds rose 3 basis points.", "five-year", False),
        ("The 30-year Treasury yield hit a record.", "30-year", False),
        ("He will miss the two one-day internationals in Dhaka.", "one-day", False),
        ("Dockers staged a one-day strike on Monday.", "one-day", True),
        ("The striker signed a three-year deal.", "three-year", True),
    ],
)
def test_a_thing_named_by_its_length(sentence: str, figure: str, kept: bool) -> None:
    assert (figure in _by_text(sentence)) is kept


@pytest.mark.parametrize(
    ("sentence", "figure", "unit"),
    [
        ("The rand slid to 18.40 per dollar on Friday.", "18.40", "ZAR per USD"),
        ("The yen strengthened to 131.2 against the dollar.", "131.2", "JPY per USD"),
        ("The yuan is held near 7.1 to the US dollar.", "7.1", "CNY per USD"),
        (
            "Sterling bought $1.27 against the pound's lows, and $1.31 to the euro.",
            "$1.31",
            "USD per EUR",
        ),
        ("The Chilean peso closed at 940 per dollar.", "940", "CLP per USD"),
    ],
)
def test_exchange_rates(sentence: str, figure: str, unit: str) -> None:
    assert _by_text(sentence)[figure][2] == unit


@pytest.mark.parametrize(
    ("sentence", "figure", "unit"),
    [
        # no exchange rate: the price per barrel said once for both ends of the change
        ("Oil rose from $80 to $84 a barrel.", "$80", "USD per barrel"),
        ("Tickets cost 40 per person.", "40", None),
    ],
)
def test_no_exchange_rate(sentence: str, figure: str, unit: str | None) -> None:
    assert _by_text(sentence)[figure][2] == unit


@pytest.mark.parametrize(
    ("sentence", "figure", "unit"),
    [
        ("The firm will build a 12,000-square-metre depot.", "12,000-square-metre", "square m"),
        ("They sold a 3,500-square-foot home.", "3,500-square-foot", "square foot"),
        ("Profits rose for four consecutive quarters.", "four", "quarters"),
        ("The side has lost six straight games.", "six", "games"),
        ("Unions announced three further strikes.", "three", "strikes"),
    ],
)
def test_what_is_measured_or_counted(sentence: str, figure: str, unit: str) -> None:
    assert _by_text(sentence)[figure][2] == unit


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("We will take the other three in six weeks.", ["three", "six weeks"]),
        ("The fund gave £30m to three charities.", ["£30m", "three"]),
        ("A scan costs £400 per patient, a quarter less than last year.", ["£400", "a quarter"]),
    ],
)
def test_figures_read_apart(sentence: str, figures: list[str]) -> None:
    assert [q[0] for q in _quantities(sentence)] == figures


@pytest.mark.parametrize(
    "sentence",
    [
        "The championship begins in ten days.",
        "Voters go to the polls in three weeks.",
        "We will know more in two weeks' time.",
        "Customers should call the helpline on 0300 or ring 101 for help.",
        "Anyone worried should call Crimestoppers on 555.",
    ],
)
def test_a_time_from_now_or_a_number_to_dial_is_no_amount(sentence: str) -> None:
    assert _quantities(sentence) == []


def test_a_span_in_days_stays() -> None:
    assert [q[0] for q in _quantities("The repairs were finished in ten days.")] == ["ten days"]


def test_a_call_on_a_count_is_an_appeal() -> None:
    assert "12" in _by_text("The UN calls on 12 nations to cut emissions.")


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("He almost scored on the half-hour with a low shot.", "half-hour"),
        ("There is only one way to read the figures.", "one"),
        ("Tax is just one part of the plan.", "one"),
    ],
)
def test_a_clock_time_or_a_manner_of_speaking(sentence: str, figure: str) -> None:
    assert figure not in _by_text(sentence)


def test_a_half_hour_span_stays() -> None:
    assert _by_text("The crossing takes a half-hour each way.")["half-hour"][1] == 0.5


@pytest.mark.parametrize(
    ("sentence", "figure", "kept"),
    [
        ("Pilots will stage two 48-hour strikes in June.", "two", True),
        ("Nurses plan to stage three walkouts this winter.", "three", True),
        ("The scheme moved to stage two in March.", "two", False),
        ("She was seeded four for the event.", "four", False),
    ],
)
def test_a_position_word_used_as_a_verb(sentence: str, figure: str, kept: bool) -> None:
    assert (figure in _by_text(sentence)) is kept
