"""Amounts written without a number word, and compounds of a figure and a noun: our own
sentences for each member of the class (quantities/worded.py, core.py, labels.py)."""

from __future__ import annotations

import pytest

from tracker.extract import extract_text


def _quantities(sentence: str) -> list[tuple[str, float | None, str | None, str]]:
    text = "Headline\n\n" + sentence
    return [
        (q.text, q.value, q.unit, q.kind) for c in extract_text(text, "t") for q in c.quantities
    ]


@pytest.mark.parametrize(
    ("sentence", "text", "unit", "kind"),
    [
        ("The river has flooded the valley for decades.", "decades", "decade", "duration"),
        ("Centuries of trade shaped the port.", "Centuries", "century", "duration"),
        ("It took several decades to clear the debt.", "several decades", "decade", "duration"),
        ("Talks dragged on for several months.", "several months", "month", "duration"),
        ("The fare was a few dollars above the limit.", "a few dollars", "USD", "money"),
        ("Dozens more were treated in hospital.", "Dozens", None, "count"),
        ("The final was watched by millions around the world.", "millions", None, "count"),
        ("Thousands marched through the capital on Sunday.", "Thousands", None, "count"),
    ],
)
def test_vague_amounts_have_no_value(sentence: str, text: str, unit: str | None, kind: str) -> None:
    assert (text, None, unit, kind) in _quantities(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "He has lived there for years.",  # a manner of speaking
        "In recent decades the town has shrunk.",
        "A few days later the minister resigned.",
        "Several people were hurt.",
        "The band thanked the thousands who came, and the millions at home.",
    ],
)
def test_no_vague_amount(sentence: str) -> None:
    assert not [q for q in _quantities(sentence) if q[1] is None]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("Repairs took less than an hour.", "an hour", 1.0, "hour"),
        ("It was the worst drought in more than a decade.", "a decade", 10.0, "year"),
        ("The ceasefire ended a quarter-century of calm.", "quarter-century", 25.0, "year"),
        ("The city will raise its fuel levy by a half-cent.", "half-cent", 0.005, "USD"),
        ("Economists expect a quarter-point rise in rates.", "quarter-point", 0.25, "point"),
        ("The firm won several billion-dollar contracts.", "billion-dollar", 1e9, "USD"),
        ("They bought a million-pound house in Kent.", "million-pound", 1e6, "GBP"),
    ],
)
def test_shares_and_magnitudes_glued_or_after_an_approximator(
    sentence: str, text: str, value: float, unit: str
) -> None:
    found = {q[0]: q for q in _quantities(sentence)}
    assert found[text][1] == pytest.approx(value)
    assert found[text][2] == unit


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Bills have risen by almost a fifth since June.", "a fifth", 0.2),
        ("Rents rose by more than a third in two years.", "a third", 0.3333),
        ("More than a quarter have bought goods from spam.", "a quarter", 0.25),
        ("Treatment there costs about a fifth less than in town.", "a fifth", 0.2),
        ("Her lead is now double the margin she had in May.", "double", 2.0),
        ("They lead by 14 points, or double the lead they held.", "double", 2.0),
    ],
)
def test_shares_and_multiples(sentence: str, text: str, value: float) -> None:
    found = {q[0]: q for q in _quantities(sentence)}
    assert found[text][1] == pytest.approx(value, rel=1e-3)


@pytest.mark.parametrize(
    "sentence",
    [
        "The new plant will double the capacity of the site.",
        "Nurses work double shifts in winter.",
        "They won for a third time in Rome.",
        "It was her fifth straight title and a fifth successive win.",
    ],
)
def test_no_share_or_multiple(sentence: str) -> None:
    assert not [q for q in _quantities(sentence) if q[3] == "ratio"]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The Leeds four-piece formed in 2019.", "four-piece", 4.0),
        ("She won a three-set battle in the heat.", "three-set", 3.0),
        ("He joined on a two-season loan.", "two-season", 2.0),
        ("They agreed a three-match series.", "three-match", 3.0),
        ("The drama returns as a six-part series.", "six-part", 6.0),
    ],
)
def test_a_figure_glued_to_the_parts_of_one_thing(sentence: str, text: str, value: float) -> None:
    found = {q[0]: q for q in _quantities(sentence)}
    assert found[text][1] == value


@pytest.mark.parametrize(
    "sentence",
    [
        "The shop sells a three-piece suite for less.",  # a kind of furniture
        "He is not used to playing five-set matches.",  # a format
    ],
)
def test_a_compound_that_names_a_kind(sentence: str) -> None:
    assert _quantities(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The debate came three weeks before the general election.",
        "Results were certified 30 days after Election Day.",
        "The referendum is now 40 days away.",
        "The poll was taken with six weeks left before the vote.",
        "He trailed with less than a month until polling day.",
    ],
)
def test_a_length_of_time_to_a_date_is_a_date(sentence: str) -> None:
    assert _quantities(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "She studied for three years before the election.",
        "He returned to farming two years after university.",
    ],
)
def test_a_span_stays_a_duration(sentence: str) -> None:
    assert [q[3] for q in _quantities(sentence)] == ["duration"]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "kind"),
    [
        ("Exports rose fivefold in a decade.", "fivefold", 5.0, "ratio"),
        ("The share price rose almost three-fold.", "three-fold", 3.0, "ratio"),
        ("Claims grew 12-fold in a year.", "12-fold", 12.0, "ratio"),
        ("She signed a two-and-a-half year deal.", "two-and-a-half year", 2.5, "duration"),
        ("He signed a four-and-a-half-year contract.", "four-and-a-half-year", 4.5, "duration"),
        ("He ran 26-and-a-half miles.", "26-and-a-half miles", 26.5, "measure"),
        ("It was a 2-and-a-half-year wait.", "2-and-a-half-year", 2.5, "duration"),
    ],
)
def test_multiples_and_halves_glued(sentence: str, text: str, value: float, kind: str) -> None:
    found = {q[0]: q for q in _quantities(sentence)}
    assert (found[text][1], found[text][3]) == (value, kind)


def test_a_fold_word_that_is_no_multiple() -> None:
    assert _quantities("The problems are manifold.") == []


def test_two_vague_amounts_make_no_range() -> None:
    found = _quantities("Donors gave hundreds of thousands or millions more, she said.")
    assert [(q[0], q[1]) for q in found] == [("hundreds of thousands", None), ("millions", None)]
