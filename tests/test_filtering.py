"""The filter bar's search, without a terminal: fields, words, typos, narrowing."""

from __future__ import annotations

import functools
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.tui.filtering import RowSearch, parse_query
from tracker.workspace import ClaimRow, Workspace

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@functools.cache
def seed_rows() -> tuple[ClaimRow, ...]:
    with tempfile.TemporaryDirectory() as folder:
        ws = Workspace(Path(folder) / "claims.json", actor="tester")
        ws.ingest([str(SEEDS)])
        return tuple(ws.rows())


@pytest.fixture
def rows() -> list[ClaimRow]:
    return list(seed_rows())


def search(rows: list[ClaimRow], query: str) -> tuple[list[ClaimRow], list[str]]:
    s = RowSearch()
    s.reset(list(rows))
    return s.search(parse_query(query))


def test_fields_and_words_combine(rows: list[ClaimRow]) -> None:
    hits, corrections = search(rows, "kind:q speaker:blinken workers")
    assert hits and not corrections
    assert all("Q" in r.kinds and "Blinken" in r.speaker for r in hits)
    assert all("workers" in r.text.lower() for r in hits)
    assert search(rows, "")[0] == rows


def test_a_bad_field_is_reported_and_the_rest_still_filters(rows: list[ClaimRow]) -> None:
    q = parse_query("status:nonsense russel")
    assert q.error and q.words == ["russel"] and not q.statuses
    assert parse_query("status:FALSE").statuses == {"false"}


def test_a_typo_is_corrected_from_the_rows_own_words(rows: list[ClaimRow]) -> None:
    hits, corrections = search(rows, "russle")
    assert hits and all("russel" in r.text.lower() for r in hits)
    assert corrections and corrections[0].startswith("russle~")
    # Field filters still hold under a correction.
    hits, _ = search(rows, "kind:a remitances")
    assert hits and all("A" in r.kinds and "remittances" in r.text.lower() for r in hits)


def test_short_or_hopeless_words_find_nothing(rows: list[ClaimRow]) -> None:
    assert search(rows, "xq") == ([], [])  # too short to correct
    assert search(rows, "zzzzzzzzqqq") == ([], [])


def test_rows_appended_later_are_searched_and_corrected(rows: list[ClaimRow]) -> None:
    s = RowSearch()
    s.reset(rows[:3])
    assert s.search(parse_query("russel"))[0] == []
    s.vocabulary()  # built from the first rows; must grow with the rest
    s.rows.extend(rows[3:])
    s.appended(rows[3:])
    assert s.search(parse_query("russel"))[0]
    assert s.search(parse_query("russle"))[0]


def test_a_changed_status_is_seen_by_the_next_keystroke(rows: list[ClaimRow]) -> None:
    s = RowSearch()
    s.reset(list(rows))
    before, _ = s.search(parse_query("status:unverified t"))
    s.rows[s.rows.index(before[0])] = before[0]._replace(status="false")
    s.changed()
    after, _ = s.search(parse_query("status:unverified th"))
    assert before[0].id not in {r.id for r in after}


QUERIES = ["b", "bl", "blinken", "blinken ko", "blinke", "korea", "k", "kind:q m", "kind:q mi"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([*QUERIES, "russle", "russ", "status:false", "x", "wor"])))
def test_narrowing_from_the_last_hits_gives_the_same_rows(sequence: list[str]) -> None:
    rows = list(seed_rows())
    s = RowSearch()
    s.reset(rows)
    for query in sequence:
        typed = s.search(parse_query(query))
        assert typed == search(rows, query), query


def test_the_vocabulary_built_in_slices_equals_one_built_at_once(rows: list[ClaimRow]) -> None:
    whole, sliced = RowSearch(), RowSearch()
    whole.reset(rows)
    sliced.reset(rows)
    steps = 0
    while not sliced.learn_words(4):
        steps += 1
    assert steps >= len(rows) // 4 - 1
    assert sliced.vocabulary() == whole.vocabulary()
    assert "remittances" in whole.vocabulary() and "" not in whole.vocabulary()
