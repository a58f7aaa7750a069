"""One reading of a typed figure for corrections, in the CLI and the app alike, and the same
reading search uses: what the tool prints and what a person writes both read back."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from click.testing import CliRunner
from desk import budget_workspace, by_words
from hypothesis import given
from hypothesis import strategies as st
from num2words import num2words

from tracker.cli import cli
from tracker.corrections import read_value
from tracker.errors import InvalidValueError
from tracker.export import format_number
from tracker.tui.correcting import parse_figure_edit
from tracker.value_search import parse

# Whole numbers of up to 12 digits: the number reader keeps 12 significant digits (float
# noise such as 0.1 + 0.2 goes), so '1,000,000,000,001' reads as 1e12 everywhere alike.
WHOLE = st.integers(min_value=0, max_value=10**12 - 1)
FINITE = st.floats(allow_nan=False, allow_infinity=False)


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("150000", 150_000),
        ("150,000", 150_000),
        ("1_000", 1_000),
        ("1.5e9", 1.5e9),
        ("-3", -3),
        ("0.6667", 0.6667),
        ("$2bn", 2e9),
        ("2 billion", 2e9),
        ("two thousand", 2_000),
        ("43%", 43),
    ],
)
def test_a_typed_figure_reads_as_search_reads_it(typed: str, value: float) -> None:
    assert read_value(typed) == (value, False)


@pytest.mark.parametrize("typed", ["-", "none", " None "])
def test_a_dash_or_none_clears_the_value(typed: str) -> None:
    assert read_value(typed) == (None, True)
    assert read_value(None) == (None, False)  # not given: nothing changes


@pytest.mark.parametrize("typed", ["lots", "", "2 and 3", "12 apples"])
def test_what_is_not_one_figure_is_refused_in_one_line(typed: str) -> None:
    with pytest.raises(InvalidValueError, match="must be a number"):
        read_value(typed)


@given(WHOLE)
def test_what_show_prints_reads_back(n: int) -> None:
    """`tracker show` prints value=150,000: typed back, it is the same value."""
    assert read_value(format_number(float(n))) == (n, False)


@given(FINITE)
def test_any_float_as_python_writes_it_reads_back_exactly(x: float) -> None:
    assert read_value(repr(x)) == (x, False)


@given(WHOLE)
def test_a_spelled_out_figure_reads_as_the_number_reader_reads_it(n: int) -> None:
    words = num2words(n).replace(",", "")
    assert read_value(words) == (n, False)


@given(WHOLE)
def test_the_cli_the_app_and_search_agree_on_a_figure(n: int) -> None:
    typed = format_number(float(n))
    (test,) = parse(typed).tests  # the search's reading of the same figure
    fix = parse_figure_edit(f"1 value={typed}")["quantity"]
    assert fix.value == test.compares[0][1] == read_value(typed)[0] == n


@pytest.mark.parametrize(("typed", "value"), [("2bn", 2e9), ("41", 41), ("-", None)])
def test_cli_and_app_store_the_same_value(tmp_path: Path, typed: str, value: float | None) -> None:
    ws = budget_workspace(tmp_path)
    c = by_words(ws, "schools")
    r = CliRunner().invoke(
        cli, ["--db", str(ws.path), "edit", c.id, "--quantity", "2", "--value", typed]
    )
    assert r.exit_code == 0, r.stderr
    by_cli = ws.claim(c.id).quantities[1].value
    ws.undo(by="tester")  # the CLI's reviewer (TRACKER_USER in the tests)
    ws.edit_claim(c.id, **parse_figure_edit(f"2 value={typed}"))
    by_app = ws.claim(c.id).quantities[1].value
    assert by_cli == by_app == value or (value is None and by_cli is by_app is None)
    assert value is None or math.isfinite(by_app)
