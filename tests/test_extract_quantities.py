"""Quantities: what counts, what does not, and how values are normalised."""

from __future__ import annotations

import pytest

from tracker.extract.quantities import find_quantities
from tracker.extract.ranks import find_ranks


def quantities(text: str):
    return find_quantities(text, 0, len(text)) + find_ranks(text, 0, len(text))


def one(text: str):
    found = quantities(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "surface", "value", "kind", "unit"),
    [
        ("There were 150,000 workers.", "150,000", 150000, "count", "workers"),
        ("Three people died.", "Three", 3, "count", "people"),
        ("A dozen states sued.", "A dozen", 12, "count", "states"),
        ("It cost $900 million.", "$900 million", 9e8, "money", "USD"),
        ("It cost £2bn.", "£2bn", 2e9, "money", "GBP"),
        ("It cost 10 cents.", "10 cents", 0.1, "money", "USD"),
        ("A €1.5 trillion fund.", "€1.5 trillion", 1.5e12, "money", "EUR"),
        ("A US$3.2m deal.", "US$3.2m", 3.2e6, "money", "USD"),
        ("Unemployment hit 43%.", "43%", 43, "percent", "percent"),
        (
            "It rose 2.5 percentage points.",
            "2.5 percentage points",
            2.5,
            "percent",
            "percentage point",
        ),
        ("Turnout was 61 per cent.", "61 per cent", 61, "percent", "percent"),
        ("Two-thirds of voters agreed.", "Two-thirds", 0.6667, "ratio", None),
        ("One in five adults smoke.", "One in five", 0.2, "ratio", None),
        ("Half of them left.", "Half", 0.5, "ratio", None),
        ("A 10 kilotons blast.", "10 kilotons", 10, "measure", "kiloton"),
        ("The road is 5 km long.", "5 km", 5, "measure", "km"),
        ("He got six months in prison.", "six months", 6, "duration", "month"),
        ("The 70-year-old won.", "70-year-old", 70, "age", "year"),
        ("It is the third-largest economy.", "third-largest", 3, "rank", "largest"),
        ("Nine hundred million people.", "Nine hundred million", 9e8, "count", "people"),
        ("It has 150k users.", "150k", 150000, "count", "users"),
        ("Some 1.5 million voted.", "1.5 million", 1.5e6, "count", None),
        ("Millions of voters stayed home.", "Millions", 2e6, "count", "voters"),
        ("They hold a 4-point lead.", "4-point", 4, "percent", "point"),
    ],
)
def test_quantity_value_kind_and_unit(
    text: str, surface: str, value: float, kind: str, unit: str | None
) -> None:
    q = one(text)
    assert (q.text, q.kind, q.unit) == (surface, kind, unit)
    assert q.value == pytest.approx(value, rel=1e-4)
    assert text[q.start : q.end] == q.text


@pytest.mark.parametrize(
    ("text", "approx"),
    [
        ("as many as 150,000 workers", "as many as"),
        ("as high as 150,000", "as high as"),
        ("nearly 40 countries", "nearly"),
        ("more than 300 people", "more than"),
        ("at least 12 states", "at least"),
        ("up to 30 days", "up to"),
        ("about 3,000 delegates", "about"),
    ],
)
def test_approximators_go_in_approx_not_in_the_span(text: str, approx: str) -> None:
    q = one(text)
    assert q.approx == approx
    assert not q.text.lower().startswith(approx)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("between 10 and 20 people", 10, 20),
        ("10-20% of them", 10, 20),
        ("20 or 25 kilotons", 20, 25),
        ("from 1.5 to 2 million", 1.5e6, 2e6),
        ("between $20 million and $30 million", 2e7, 3e7),
    ],
)
def test_ranges_set_low_and_high(text: str, low: float, high: float) -> None:
    q = one(text)
    assert q.low == pytest.approx(low) and q.high == pytest.approx(high)


def test_poll_score_is_one_quantity() -> None:
    q = one("He won 52-48.")
    assert q.text == "52-48"


@pytest.mark.parametrize(
    "text",
    [
        "the May 6 congress",
        "on 6 May",
        "in 2016",
        "at 9 p.m.",
        "in the 1990s",
        "under Resolution 2270",
        "Article 5 applies",
        "the G20 summit",
        "after 9/11",
        "COVID-19 spread",
        "on Route 66",
        "the third debate",
        "the first lady",
        "one of the reasons",
        "at 10:30 on Monday",
        "Flight 17 crashed",
    ],
)
def test_dates_times_identifiers_and_pronouns_are_not_quantities(text: str) -> None:
    assert quantities(text) == []


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("The queue fell 4,000 to 95,500 in May.", ["4,000", "95,500"]),
        ("Membership grew by 12,000 to 1.2 million.", ["12,000", "1.2 million"]),
        ("Prices rose 5 to 10 percent this year.", ["5 to 10 percent"]),
        ("Lowering the cap from 70km to 60km was approved.", ["70km", "60km"]),
        ("The fare rose from £4 to £5.", ["£4", "£5"]),
        ("The dose was reduced from 30 mg to 40 mg.", ["30 mg to 40 mg"]),
        ("Crime fell by a quarter, from 800 to 600, in a year.", ["a quarter", "800", "600"]),
    ],
)
def test_a_change_then_a_level_is_two_figures(text: str, surfaces: list[str]) -> None:
    assert [q.text for q in find_quantities(text, 0, len(text))] == surfaces


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Four times out of five the favourite wins.", "Four times out of five", 0.8),
        ("The new battery lasts three times as long.", "three times", 3.0),
    ],
)
def test_times_is_a_ratio_without_a_unit(text: str, surface: str, value: float) -> None:
    q = one(text)
    assert (q.text, q.value, q.kind, q.unit) == (surface, value, "ratio", None)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Police arrested 40 protesters on Friday.", "protesters"),
        ("About 300 people were evacuated.", "people"),
        ("Just 1 ship sank.", "ship"),
        ("The firm shut 12 regional offices.", None),  # a modifier: the noun lies beyond it
        ("They sold 5,000 net of returns.", None),
        # an adjective that orders or parts what is counted, then the plural it counts
        ("The 250 previous cases were closed.", "cases"),
        ("Officials counted 90,000 separate complaints.", "complaints"),
    ],
)
def test_the_counted_noun_is_a_plural_noun_never_just_the_next_word(
    text: str, unit: str | None
) -> None:
    assert one(text).unit == unit


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("The club raised 320m euros from the sale.", "320m euros", 3.2e8, "EUR"),
        ("Bangkok will spend 12bn baht on flood walls.", "12bn baht", 1.2e10, "THB"),
        ("The fine was 40m zlotys.", "40m zlotys", 4e7, "PLN"),
        ("Ankara set aside 9bn lira.", "9bn lira", 9e9, "TRY"),
    ],
)
def test_a_currency_word_after_a_scaled_figure_is_money(
    text: str, surface: str, value: float, unit: str
) -> None:
    q = one(text)
    assert (q.text, q.value, q.kind, q.unit) == (surface, value, "money", unit)


def test_metres_stay_metres() -> None:
    assert (one("She ran the 800m in record time.").unit, one("A 30m wall.").kind) == (
        "m",
        "measure",
    )


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Two of the nurses were hurt.", ["Two"]),
        ("She won three of her five finals.", ["three", "five"]),
        ("Two of them were hurt.", []),
        ("It is one of the reasons.", []),
    ],
)
def test_a_count_out_of_a_named_group(text: str, surfaces: list[str]) -> None:
    assert [q.text for q in find_quantities(text, 0, len(text))] == surfaces


@pytest.mark.parametrize(
    ("text", "value", "kind", "unit"),
    [
        ("The recession cost 2.5m jobs.", 2.5e6, "count", "jobs"),
        ("He won the 400m hurdles.", 400, "measure", "m"),
        ("They built a 30m wall.", 30, "measure", "m"),
    ],
)
def test_a_glued_m_before_a_plural_noun_is_millions(
    text: str, value: float, kind: str, unit: str
) -> None:
    q = one(text)
    assert (q.value, q.kind, q.unit) == (value, kind, unit)
