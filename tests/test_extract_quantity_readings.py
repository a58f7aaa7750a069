"""Units, values and set-asides of figures read in context: prices per unit of a measure,
ages, changes from one level to another, temperatures and speeds, counts of occasions;
reporting periods, time offsets, kinds named by a figure, codes in a series, a pitch's half."""

from __future__ import annotations

import pytest

from tracker.extract import extract_text
from tracker.extract.labels import set_aside_in
from tracker.model import Quantity


def claimed(text: str) -> dict[str, Quantity]:
    return {q.text: q for c in extract_text(text, "t") for q in c.quantities}


def aside(text: str) -> dict[str, str]:
    return {q.text: why for q, why in set_aside_in(text)}


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
            "GBP",  # per share: the plain unit, as the gold reads it (W4)
            "money",
        ),
        ("Sales reached £4.1bn, against £3.8bn a year earlier.", "£3.8bn", 3.8e9, "GBP", "money"),
        ("Rent is $900 a month in the suburbs.", "$900 a month", 900.0, "USD per month", "money"),
        ("She found a man of 91 who had no fan.", "91", 91.0, "years", "age"),
        ("The scheme pays for anyone over 75 who lives alone.", "75", 75.0, "years", "age"),
        ("I have played the fiddle since I was nine.", "nine", 9.0, "years", "age"),
        ("Night-time lows stayed above 28C for a week.", "28C", 28.0, "°C", "measure"),
        ("The lake warmed by 0.8C in a decade.", "0.8C", 0.8, "°C", "measure"),
        ("Nights fell to minus 15C in the hills.", "minus 15C", -15.0, "°C", "measure"),
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


@pytest.mark.parametrize(
    ("text", "figure", "why"),
    [
        ("Profit rose 8% in the six months to 31 March, the bank said.", "six months", "date"),
        ("Exports fell in the three months ending June, it said.", "three months", "date"),
        ("He left the band and, four years later, joined another.", "four years", "date"),
        ("She had run the same course nine years earlier with 300 others.", "nine years", "date"),
        ("A two-bedroom flat now costs £1,200 a month.", "two-bedroom", "name"),
        ("Shuttles on the T4 and 720 routes run hourly.", "720", "name"),
        ("The council's plan, called e-Route 3.0, was shelved.", "3.0", "name"),
        ("The winger broke into the Scottish half and passed.", "half", "idiom"),
        ("They spent the hour pinned inside their own half.", "half", "idiom"),
    ],
)
def test_set_aside(text: str, figure: str, why: str) -> None:
    assert aside(text).get(figure) == why
    assert figure not in claimed(text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("She spent three years after university in Paris, she said.", "three years"),
        ("Buses carried 700 riders on the A1 and 300 lorries used the bypass.", "300"),
        ("Prices were cut in half, to 40 euros.", "half"),
        ("Over the past six months to June, 2,000 jobs went.", "2,000"),
    ],
)
def test_kept_beside_set_asides(text: str, figure: str) -> None:
    q = claimed(text).get(figure)
    assert q is not None and q.kind != "age"


@pytest.mark.parametrize(
    ("text", "figure", "unit", "kind"),
    [
        ("The mayor has vetoed the budget four times since 2019.", "four times", "times", "count"),
        ("Rents are now three times higher than in 2010.", "three times", None, "ratio"),
        ("The bond sale was 4.5 times oversubscribed.", "4.5 times", None, "ratio"),
        ("The port handles five times as much cargo.", "five times", None, "ratio"),
    ],
)
def test_n_times_counts_occasions_unless_it_multiplies(
    text: str, figure: str, unit: str | None, kind: str
) -> None:
    q = claimed(text)[figure]
    assert (q.unit, q.kind) == (unit, kind)


def test_a_scale_after_or_applies_to_the_first_figure() -> None:
    q = claimed("Only eight or nine million euros has been paid out.")[
        "eight or nine million euros"
    ]
    assert (q.low, q.high) == (8e6, 9e6)


def test_years_on_from_is_a_point_in_time() -> None:
    assert aside("Ten years on from the crash, 400 jobs remain.").get("Ten years") == "date"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The keeper has let in only one goal in six matches.", "one"),
        ("The squad won three golds and one silver in Oslo.", "one"),
    ],
)
def test_one_set_against_other_counts_is_a_count(text: str, figure: str) -> None:
    assert claimed(text)[figure].value == 1.0


@pytest.mark.parametrize(
    "text",
    [
        "One evening in the 1990s, 300 people gathered there.",
        "It sold two to Spain, one to Malta and 40 at home.",
        "Over 20 years one household in three will move, 12 officials said.",
    ],
)
def test_one_as_an_article_or_pronoun_stays_aside(text: str) -> None:
    assert "one" not in {k.casefold() for k in claimed(text)}


def test_a_bare_figure_ending_a_change_takes_the_unit_of_its_start() -> None:
    got = claimed("The plan cuts the wait from 18 weeks to 12, the board said.")
    assert (got["12"].kind, got["12"].unit) == ("duration", "week")


def test_a_rate_per_square_unit_keeps_the_whole_unit() -> None:
    q = claimed("Desks in the tower rent at $95 per square foot.")["$95 per square foot"]
    assert q.unit == "USD per square foot"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The trust opened a 350-bed hospital in 2019.", "350-bed"),
    ],
)
def test_a_capacity_is_no_kind(text: str, figure: str) -> None:
    assert claimed(text)[figure].value == 350.0


@pytest.mark.parametrize(
    ("text", "figure", "value", "unit"),
    [
        (
            "She won the marathon in two hours 21 minutes 30 seconds.",
            "two hours 21 minutes 30 seconds",
            2.358333,
            "hour",
        ),
        (
            "The final lasted three hours and 12 minutes, a record.",
            "three hours and 12 minutes",
            3.2,
            "hour",
        ),
    ],
)
def test_a_length_of_time_in_several_units_is_one(
    text: str, figure: str, value: float, unit: str
) -> None:
    q = claimed(text)[figure]
    assert (q.value, q.unit) == (pytest.approx(value, rel=1e-4), unit)


def test_betting_odds_are_one_figure_not_a_range() -> None:
    q = claimed("Bookmakers gave the favourite odds of 4-7 on Friday.")["4-7"]
    assert (q.value, q.low, q.high, q.kind) == (None, None, None, "other")


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        (
            "The senator trails by a margin in the low single digits.",
            "low single digits",
            "percentage point",
        ),
        (
            "The mayor now holds a double-digit lead in the suburbs.",
            "double-digit",
            "percentage point",
        ),
        ("Exports posted double-digit growth for a third year.", "double-digit", "percent"),
        (
            "A levy of a fraction of a percent on trades was proposed.",
            "a fraction of a percent",
            "percent",
        ),
    ],
)
def test_a_share_without_a_figure_is_a_vague_percent(text: str, figure: str, unit: str) -> None:
    q = claimed(text)[figure]
    assert (q.value, q.kind, q.unit) == (None, "percent", unit)


def test_digits_of_a_magnitude_are_no_share() -> None:
    assert "double-digit" not in claimed("Claims could reach double-digit billions, it said.")
