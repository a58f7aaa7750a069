"""Families of figures read on articles nobody tuned on (session 7), each pinned with sentences
of our own: what is set aside (a score, a name, a race, a position) and how a kept figure reads."""

from __future__ import annotations

import pytest

from tracker.extract import extract_text
from tracker.extract.labels import set_aside_in


def figures(text: str) -> list[tuple[str, float | None, float | None, float | None, str | None]]:
    """(text, value, low, high, unit) of every quantity claimed in ``text`` (a body)."""
    body = "Headline\n\n" + text
    seen = {
        (q.start, q.end): (q.text, q.value, q.low, q.high, q.unit)
        for c in extract_text(body, "a_t")
        for q in c.quantities
    }
    return [seen[k] for k in sorted(seen)]


def aside(text: str) -> dict[str, str]:
    """Each figure the claims leave out -> why."""
    return {q.text: why for q, why in set_aside_in("Headline\n\n" + text)}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("She was broken early but from 3-3 in the decider found another gear.", "3-3"),
        ("He looked safe at 40-0 up, then lost five points in a row.", "40-0"),
        ("Serving at 30-15, she double-faulted twice.", "30-15"),
        ("She broke back to level at 4-4 and held serve.", "4-4"),
    ],
)
def test_a_level_or_tennis_score_is_set_aside(text: str, figure: str) -> None:
    assert aside(text).get(figure) == "score"


def test_an_age_band_after_from_stays_a_range() -> None:
    assert figures("Turnout rose among voters from 18-24 this year.")[0][2:4] == (18.0, 24.0)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Phones moved from 2G to 3G, and now 4.5G networks are promised.", "4.5G"),
        ("The handset sits between 2G and 3G technology.", "2G and 3G"),
        ("He was tipped to play 007 in the next film.", "007"),
        ("Savers moved money out of their 401(k) plans.", "401"),
        ("The charity lost its 501(c) status last year.", "501"),
    ],
)
def test_codes_and_network_generations_are_names(text: str, figure: str) -> None:
    assert aside(text).get(figure) == "name"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The Kenyan was disappointing in the 5,000m, her coach said.", "5,000m"),
        ("He is among the world's top three 400m runners this year.", "400m"),
        ("She will compete over 1500m in Glasgow next month.", "1500m"),
        ("Two British 800m specialists made the final.", "800m"),
    ],
)
def test_a_race_distance_names_the_event(text: str, figure: str) -> None:
    assert aside(text).get(figure) == "name"


def test_a_distance_run_inside_a_race_is_measured() -> None:
    got = figures("She pulled clear over the last 200m of the race.")
    assert [(t, v, u) for t, v, _, _, u in got] == [("200m", 200.0, "m")]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("She saved three break points in game five of the second set.", "five"),
        ("On day three, the jury asked to see the video.", "three"),
        ("The side are in the last eight of the cup.", "eight"),
    ],
)
def test_a_figure_that_orders_a_sequence_is_an_ordinal(text: str, figure: str) -> None:
    assert aside(text).get(figure) == "ordinal"


def test_the_last_n_with_a_counted_noun_is_a_count() -> None:
    got = figures("The county voted for the winner in the last nine presidential elections.")
    assert [(t, v) for t, v, *_ in got] == [("nine", 9.0)]


def test_a_change_then_the_new_level_in_money_are_two_amounts() -> None:
    got = figures("Crude futures fell $3.14 to $48.02 a barrel in New York.")
    assert [(t, v, lo, hi) for t, v, lo, hi, _ in got] == [
        ("$3.14", 3.14, None, None),
        ("$48.02", 48.02, None, None),
    ]


def test_a_range_of_money_after_a_change_verb_stays_a_range() -> None:
    got = figures("Fares rose $2 to $3 a ticket after the strike.")
    assert [(t, lo, hi) for t, _, lo, hi, _ in got] == [("$2 to $3", 2.0, 3.0)]
