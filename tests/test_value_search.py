"""Search by value: figures found by what they are worth, never fuzzily."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.errors import InvalidValueError
from tracker.model import Claim, Quantity
from tracker.records import encode_claim
from tracker.tui.filtering import Query, RowSearch, parse_query
from tracker.value_search import parse, search_matches
from tracker.workspace import ClaimFilter, Workspace


def _record(text: str, *quantities: tuple[str, float, str | None, str]) -> dict:
    qs = []
    for words, value, unit, kind in quantities:
        start = text.index(words)
        qs.append(Quantity(words, start, start + len(words), value, kind, unit))
    claim = Claim("c_1", "a_1", text, 0, len(text), (), tuple(qs))
    return encode_claim(claim, "a_1")


TWO_THOUSAND = _record("They hired two thousand people.", ("two thousand", 2000, None, "count"))
COMMA = _record("They hired 2,000 people.", ("2,000", 2000, None, "count"))
BILLION = _record("It cost 2 billion dollars.", ("2 billion dollars", 2e9, "USD", "money"))
MILLIONS = _record("It cost $2,000 million.", ("$2,000 million", 2e9, "USD", "money"))
POUNDS = _record("It cost £2bn.", ("£2bn", 2e9, "GBP", "money"))
NINE = _record("Remittances of $900 million a year.", ("$900 million", 9e8, "USD", "money"))
HALF = _record("Turnout was 62% in the north.", ("62%", 62, "percent", "percent"))
YEAR = _record("Back in 2000 the plant closed.")
MORE = _record("They hired 12,000 people.", ("12,000", 12000, None, "count"))
RATE = _record(
    "Workers send back $1.2 billion a year.",
    ("$1.2 billion a year", 1.2e9, "USD per year", "money"),
)


@pytest.mark.parametrize(
    ("query", "hits"),
    [
        ("2000", {"TWO_THOUSAND", "COMMA", "YEAR"}),
        ("two thousand", {"TWO_THOUSAND", "COMMA"}),
        ("$2bn", {"BILLION", "MILLIONS"}),
        ("$0.9bn", {"NINE"}),
        ("value:>1e9 unit:USD", {"BILLION", "MILLIONS", "RATE"}),
        ("value:>1e9", {"BILLION", "MILLIONS", "POUNDS", "RATE"}),
        ("$1.2bn", {"RATE"}),  # a rate is of its currency: '$1.2 billion a year'
        ("£1.2bn", set()),
        ("percent:>50", {"HALF"}),
        ("percent:>70", set()),
        ("2000 people", {"TWO_THOUSAND", "COMMA"}),
        ("hired", {"TWO_THOUSAND", "COMMA", "MORE"}),
    ],
)
def test_figures_are_found_by_value(query: str, hits: set[str]) -> None:
    records = {n: globals()[n] for n in ("TWO_THOUSAND", "COMMA", "BILLION", "MILLIONS")}
    records.update({n: globals()[n] for n in ("POUNDS", "NINE", "HALF", "YEAR", "MORE", "RATE")})
    assert {n for n, r in records.items() if search_matches(query, r)} == hits


def test_a_bad_comparison_is_a_clear_error() -> None:
    for bad in ("value:>lots", "value:>>3", "percent:<5x"):
        with pytest.raises(InvalidValueError, match="not a number"):
            parse(bad)
    assert parse("value:>2bn").tests[0].compares == ((">", 2e9),)


@given(
    st.integers(min_value=1, max_value=10**9),
    st.integers(min_value=1, max_value=10**9),
)
def test_a_number_finds_only_its_own_value(a: int, b: int) -> None:
    text = f"They counted {a:,} votes."
    record = _record(text, (f"{a:,}", float(a), None, "count"))
    assert search_matches(str(a), record)
    assert search_matches(str(b), record) == (a == b)


def test_the_filter_never_corrects_a_number_to_another() -> None:
    from tracker.workspace import ClaimRow

    rows = [
        ClaimRow(f"c_{k}", "unverified", "Q", "", text, "a", "t", "", 0, False, False)
        for k, text in enumerate(["up to 150,000 workers", "as many as 100,000 workers"])
    ]
    search = RowSearch()
    search.reset(rows)
    found, corrections = search.search(Query(words=["150001"]))  # as typed, no figure read
    assert found == [] and corrections == []
    q = parse_query("150000 workers")  # a figure: matched by value, not as a word
    assert q.words == ["workers"] and q.values is not None


def test_cli_list_search_finds_900_million_as_0_9bn(tmp_path: Path) -> None:
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    ws = Workspace(tmp_path / "claims.json")
    ws.ingest([str(seeds / "reuters-north-korea-remittances.txt")])
    found = ws.claims(ClaimFilter(search="$0.9bn"))
    assert found and all("$900 million" in c.text for c in found)
    assert not ws.claims(ClaimFilter(search="$0.8bn"))


@given(
    values=st.lists(st.integers(min_value=0, max_value=3000), min_size=1, max_size=30),
    query=st.sampled_from(
        ["2000", "1,500", "$2bn", "value:>1000", "value:<=10", "percent:>50", "value:>5 unit:USD"]
    ),
)
def test_the_figure_index_agrees_with_testing_every_claim(values: list[int], query: str) -> None:
    from tracker.value_search import FigureIndex

    records = []
    for k, v in enumerate(values):
        kind, unit = [("count", None), ("money", "USD"), ("percent", "percent")][k % 3]
        r = _record(f"In {v} they said {v:,} units.", (f"{v:,}", float(v), unit, kind))
        records.append({**r, "id": f"c_{k}"})
    vq = parse(query)
    assert vq is not None
    expected = {r["id"] for r in records if vq.matches(r)}
    assert FigureIndex(records).matching(vq) == expected


async def test_the_app_builds_the_value_index_in_the_background(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After start-up the index of figures is built in a thread: the first figure typed
    into the filter uses it, and builds none of its own."""
    import asyncio

    from desk import seeded_workspace

    import tracker.value_search as value_search
    from tracker.tui.app import TrackerApp

    ws = seeded_workspace(tmp_path, monkeypatch)
    app = TrackerApp(ws, poll=False)
    async with app.run_test(size=(100, 32)) as pilot:
        for _ in range(400):  # seconds on a loaded host; well under one when idle
            if getattr(ws, "_figures_for", None) == ws.figure_index_source()[0]:
                break
            await asyncio.sleep(0.025)
        else:
            pytest.fail("the value index was not built in the background")
        built: list[int] = []
        monkeypatch.setattr(value_search, "FigureIndex", lambda docs: built.append(1))
        app._filter.value = "150,000"
        await pilot.pause()
        rows = app.claim_list.rows
        assert rows and not built
        assert all(any(q.value == 150_000 for q in ws.claim(r.id).quantities) for r in rows)


def test_a_value_index_built_before_a_change_is_not_used(tmp_path: Path) -> None:
    from desk import budget_workspace

    from tracker.value_search import FigureIndex

    ws = budget_workspace(tmp_path)
    key, docs = ws.figure_index_source()
    stale = FigureIndex(docs)
    ws.add_claim(ws.articles()[0].id, text="the river rose 2 metres")
    assert not ws.use_figure_index(key, stale)
    key, docs = ws.figure_index_source()
    assert ws.use_figure_index(key, FigureIndex(docs))
