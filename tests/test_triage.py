"""Triage: worth and opinion stored with claims, priority, its weights, and its filters."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from tracker.cli import cli
from tracker.errors import InvalidValueError
from tracker.priority import Weights, ages_in_days, order_key, priority
from tracker.store import CLAIMS, Store
from tracker.triage_query import split
from tracker.workspace import Workspace

TRIAGE = Path(__file__).resolve().parent / "fixtures" / "triage"
FIRST = TRIAGE / "ministers.txt"  # a figure, two opinions, a budget
LATER = TRIAGE / "questioned.txt"  # the same figure changed; a speaker quoted again


def run(db: Path, *args: str) -> list[dict]:
    result = CliRunner().invoke(cli, ["--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.fixture
def ws(db_path: Path) -> Workspace:
    ws = Workspace(db_path, actor="tester")
    ws.ingest([str(FIRST), str(LATER)])
    return ws


def test_worth_and_opinion_are_stored_with_each_claim(ws: Workspace, db_path: Path) -> None:
    stored = list(Store(db_path).raw(CLAIMS).values())
    assert stored and all(isinstance(d["w"], float) for d in stored)
    claims = {c.text[:20]: c for c in ws.claims()}
    assert claims['"I think we can do a'].opinion is True
    assert claims["Unemployment fell to"].opinion is False
    assert claims["Unemployment fell to"].worth > 60 > claims['"I think we can do a'].worth
    listed = run(db_path, "list", "--json")
    assert {"worth", "opinion"} <= set(listed[0])


def test_extract_json_carries_worth_and_opinion() -> None:
    result = CliRunner().invoke(cli, ["extract", "--json", str(FIRST)])
    assert result.exit_code == 0, result.output
    claims = json.loads(result.stdout)["claims"]
    assert all(0 <= c["worth"] <= 100 and isinstance(c["opinion"], bool) for c in claims)
    assert [c["opinion"] for c in claims].count(True) == 2


def test_a_database_from_before_worth_gets_it_lazily_then_saved(
    ws: Workspace, db_path: Path
) -> None:
    store = Store(db_path)
    with store.transaction():
        store.table(CLAIMS).update(lambda d: [d.pop(k, None) for k in ("w", "op")])
    old = Workspace(db_path)
    assert old.unassessed() == len(old.claims())
    by_text = {c.text[:20]: c for c in old.claims()}
    assert by_text['"I think we can do a'].opinion is True  # assessed on read
    assert Workspace(db_path).unassessed() == len(old.claims())  # reading saves nothing
    old.ingest([str(FIRST)])  # an ingest writes (here, nothing new): they are saved with it
    assert Workspace(db_path).unassessed() == 0
    assert {c.id: c.worth for c in Workspace(db_path).claims()} == {
        c.id: c.worth for c in ws.claims()
    }


def test_listing_an_old_database_saves_what_it_assessed(ws: Workspace, db_path: Path) -> None:
    store = Store(db_path)
    with store.transaction():
        store.table(CLAIMS).update(lambda d: [d.pop(k, None) for k in ("w", "op")])
    assert Workspace(db_path).unassessed() > 0
    listed = run(db_path, "list", "--json")
    assert Workspace(db_path).unassessed() == 0
    assert [d["worth"] for d in run(db_path, "list", "--json")] == [d["worth"] for d in listed]


def test_reextract_saves_the_worth_of_old_records(ws: Workspace, db_path: Path) -> None:
    store = Store(db_path)
    with store.transaction():
        store.table(CLAIMS).update(lambda d: [d.pop(k, None) for k in ("w", "op")])
    old = Workspace(db_path)
    assert old.unassessed() > 0
    old.reextract()
    assert Workspace(db_path).unassessed() == 0


def test_a_repeat_of_a_known_falsehood_goes_to_the_top(ws: Workspace, db_path: Path) -> None:
    first = next(c for c in ws.claims() if "4.2%" in c.text)
    repeat = next(c for c in ws.claims() if "4.5%" in c.text)
    before = [d["id"] for d in run(db_path, "list", "--sort", "priority", "--json")]
    ws.set_status([first.id], "false")
    after = [d["id"] for d in run(db_path, "list", "--sort", "priority", "--json")]
    assert after[0] == repeat.id
    assert before.index(repeat.id) > 0 or before[0] == repeat.id
    assert sorted(before) == sorted(after)


def test_list_filters_on_worth_and_opinion(ws: Workspace, db_path: Path) -> None:
    everything = run(db_path, "list", "--json")
    high = run(db_path, "list", "--search", "worth:>60", "--json")
    assert high and all(d["worth"] > 60 for d in high)
    assert len(high) < len(everything)
    facts = run(db_path, "list", "--search", "opinion:no", "--json")
    assert facts and not any(d["opinion"] for d in facts)
    opinions = run(db_path, "list", "--search", "opinion:yes unemployment", "--json")
    assert opinions == []
    words = run(db_path, "list", "--search", "worth:>=0 jobs", "--json")
    assert words and all("jobs" in d["text"].lower() for d in words)


def test_a_bad_triage_filter_is_one_line_and_exit_1(ws: Workspace, db_path: Path) -> None:
    result = CliRunner().invoke(cli, ["--db", str(db_path), "list", "--search", "worth:lots"])
    assert result.exit_code == 1
    assert result.stderr.strip() == "tracker: error: worth:lots: give a number, e.g. worth:>60"
    bad = CliRunner().invoke(cli, ["--db", str(db_path), "list", "--search", "opinion:maybe"])
    assert bad.exit_code == 1 and "opinion is yes, no or any" in bad.stderr


def test_split_takes_the_triage_fields_and_leaves_the_rest() -> None:
    test, rest = split("korea worth:>60 OPINION:no priority:<=100.5 value:>5")
    assert rest == "korea value:>5"
    assert test is not None
    assert test.worth == ((">", 60.0),) and test.priority == (("<=", 100.5),)
    assert test.opinion is False
    assert test.accepts(61, 100, False) and not test.accepts(60, 100, False)
    assert split("korea")[0] is None
    any_test, _ = split("opinion:any")
    assert any_test is not None and any_test.opinion is None and any_test.any_opinion
    with pytest.raises(InvalidValueError):
        split("worth:>inf")


def test_weights_come_from_the_environment() -> None:
    w = Weights.from_env({"TRACKER_PRIORITY_WORTH": "2", "TRACKER_PRIORITY_RECENT": " "})
    assert w.worth == 2.0 and w.recent == Weights().recent
    for bad in ("-1", "many", "nan"):
        with pytest.raises(InvalidValueError, match="TRACKER_PRIORITY_CHANGED"):
            Weights.from_env({"TRACKER_PRIORITY_CHANGED": bad})


def test_priority_formula() -> None:
    w = Weights()
    base = priority(50.0, False, False, 0, 0.0, w)
    assert base == 50.0 + w.recent
    assert priority(50.0, False, True, 0, 0.0, w) == base + w.changed
    assert priority(50.0, False, False, 0, w.recent_half_life, w) == 50.0 + w.recent / 2
    assert priority(50.0, False, False, 10**6, 0.0, w) == base + w.speaker  # saturates
    most_without = priority(100.0, False, True, 10**6, 0.0, w)
    assert priority(0.0, True, False, 0, 365.0, w) > most_without
    assert ages_in_days({"a": "2026-01-08T00:00:00Z", "b": "2026-01-01T00:00:00Z", "c": ""}) == {
        "a": 0.0,
        "b": 7.0,
        "c": 0.0,
    }


rows = st.lists(
    st.tuples(st.sampled_from([0.0, 10.5, 50.0, 150.0]), st.text("abc", min_size=1, max_size=3)),
    unique_by=lambda r: r[1],
    max_size=30,
)


@given(rows, st.randoms())
def test_sorting_by_priority_is_a_total_order(items: list, rnd: object) -> None:
    """Any input order gives the same list: equal priorities are ordered by claim id."""
    ordered = sorted(items, key=lambda r: order_key(*r))
    shuffled = list(items)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert sorted(shuffled, key=lambda r: order_key(*r)) == ordered
    for a, b in itertools.pairwise(ordered):
        assert a[0] > b[0] or (a[0] == b[0] and a[1] < b[1])


def test_the_stored_order_is_the_order_of_the_row_priorities(ws: Workspace) -> None:
    rows = ws.rows()
    assert ws.priority_order() == [
        r.id for r in sorted(rows, key=lambda r: order_key(r.priority, r.id))
    ]
    assert [r.id for r in ws.rows(by_priority=True)] == ws.priority_order()
