"""The triage order kept change by change equals the order sorted from scratch.

The app ranks every claim once and then re-ranks only what a change touches (tracker.ranking)
and moves those rows in its sorted list (RowSearch.place). After any sequence of marks,
dismissals, restorations, merges, speaker edits and undos, the rows it holds must be the
rows a fresh process reads from the file, in the same order, with the same priorities.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.errors import TrackerError
from tracker.tui.filtering import RowSearch, haystack, priority_key
from tracker.workspace import ClaimRow, Workspace

FIXTURES = Path(__file__).resolve().parent / "fixtures"
ROOT = Path(__file__).resolve().parent.parent
STATUSES = ("false", "misleading", "verified", "unverified", "disputed")
# Names already in the data (their counts move) and new ones; '' clears the speaker.
SPEAKERS = ("Antony Blinken", "Park Ji-won", "Jane Smith", "A Person", "Another One", "")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Seeds and the triage fixtures: twins with changed figures, speakers quoted 1-12 times."""
    path = tmp_path_factory.mktemp("triage") / "claims.json"
    Workspace(path, actor="tester").ingest([str(FIXTURES / "triage"), str(ROOT / "seeds")])
    return path


op = st.one_of(
    st.tuples(st.just("mark"), st.integers(0, 200), st.sampled_from(STATUSES)),
    st.tuples(st.just("dismiss"), st.integers(0, 200), st.none()),
    st.tuples(st.just("restore"), st.integers(0, 200), st.none()),
    st.tuples(st.just("speaker"), st.integers(0, 200), st.sampled_from(SPEAKERS)),
    st.tuples(st.just("merge"), st.integers(0, 200), st.integers(0, 200)),
    st.tuples(st.just("undo"), st.none(), st.none()),
)


def apply(ws: Workspace, ids: list[str], step: tuple) -> list[str]:
    """Run one change as the app would; the claims it changed (none if it was refused)."""
    kind, a, b = step
    cid = ids[a % len(ids)] if a is not None else ""
    try:
        if kind == "mark":
            ws.set_status([cid], b)
        elif kind == "dismiss":
            ws.dismiss([cid])
        elif kind == "restore":
            ws.restore([cid])
        elif kind == "speaker":
            ws.edit_claims([cid], speaker=b)
        elif kind == "merge":
            article = ws.claim(cid).article_id
            same = [c for c in ids if c != cid and ws.claim(c).article_id == article]
            if not same:
                return []
            other = same[b % len(same)]
            ws.merge(cid, [other])
            return [cid, other]
        else:
            return [e.claim_id for e in ws.undo() if e.claim_id]
    except TrackerError:
        return []
    return [cid]


def from_scratch(path: Path) -> list[ClaimRow]:
    """The rows a new process reads: every priority computed and sorted afresh."""
    rows = Workspace(path, actor="tester").rows()
    return sorted(rows, key=priority_key)


@settings(max_examples=30)
@given(st.lists(op, min_size=1, max_size=12), st.booleans())
def test_incremental_order_equals_a_sort_from_scratch(
    template: Path, steps: list, warm: bool
) -> None:
    folder = Path(tempfile.mkdtemp())
    try:
        path = folder / "claims.json"
        shutil.copy(template, path)
        ws = Workspace(path, actor="tester")
        rows = ws.rows(by_priority=True)
        if warm:  # the twin and speaker indexes built ahead (as the app does), or on demand
            ws.warm_ranking()
        ids = sorted(r.id for r in rows)
        search = RowSearch()
        search.reset(rows)
        for step in steps:
            changed = apply(ws, ids, step)
            touched = [*changed, *ws.reranked(changed)]
            fresh = {r.id: r for r in ws.rows_for(touched)}
            assert not search.place(fresh, in_order=True)
            assert rows == from_scratch(path), step
            assert search.hay == [haystack(r) for r in rows]
        assert ws.priority_order() == [r.id for r in rows]
    finally:
        shutil.rmtree(folder)


def test_a_speaker_edit_moves_the_claims_of_both_speakers(template: Path, tmp_path: Path) -> None:
    """Speaker counts feed priority: the claims of the old and the new speaker move too."""
    path = tmp_path / "claims.json"
    shutil.copy(template, path)
    ws = Workspace(path, actor="tester")
    rows = {r.id: r for r in ws.rows(by_priority=True)}
    park = [cid for cid, r in rows.items() if r.speaker == "Park Ji-won"]
    smith = [cid for cid, r in rows.items() if r.speaker == "Jane Smith"]
    assert park and smith
    ws.edit_claims([park[0]], speaker="Jane Smith")
    moved = ws.reranked([park[0]])
    assert set(park[1:]) <= moved and set(smith) <= moved
    fresh = {r.id: r for r in from_scratch(path)}
    assert {c: r.priority for c, r in zip(moved, ws.rows_for(moved), strict=True)} == {
        c: fresh[c].priority for c in moved
    }


def test_the_first_screen_is_the_top_of_the_full_order(template: Path) -> None:
    ws = Workspace(template, actor="tester")
    head = [r.id for r in ws.rows(0, 3, by_priority=True)]  # picked with a heap, not sorted
    assert head == Workspace(template, actor="tester").priority_order()[:3]
    assert [r.id for r in ws.rows(3, None, by_priority=True)] == ws.priority_order()[3:]


async def test_the_app_keeps_its_rows_in_the_order_from_scratch(
    template: Path, tmp_path: Path
) -> None:
    """Keys in the app: the rows it holds after each change are those a fresh process sorts,
    and each row shown is the current one for its claim."""
    from textual.widgets import Input

    from tracker.tui.app import TrackerApp

    path = tmp_path / "claims.json"
    shutil.copy(template, path)
    app = TrackerApp(Workspace(path, actor="tester"), poll=False)
    async with app.run_test(size=(100, 32)) as pilot:
        # A repeat's twin marked false: the repeat goes to the top of the queue.
        twin = next(r for r in app.all_rows if app.workspace.repeats_of([r.id]))
        app.claim_list.cursor = app.claim_list.rows.index(
            next(r for r in app.claim_list.rows if r.id == twin.id)
        )
        for keys in (("f",), ("down", "S"), ("D",), ("z",), ("down", "v"), ("z",)):
            await pilot.press(*keys)
            if keys[-1] == "S":
                app.screen.query_one(Input).value = "Park Ji-won"
                await pilot.press("enter")
            await pilot.pause()
            assert app.all_rows == from_scratch(path), keys
            held = app._search.current(r.id for r in app.claim_list.rows)
            assert all(held[r.id] is r for r in app.claim_list.rows), keys


def test_an_older_database_is_assessed_once_before_the_app_opens(
    template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Records from before worth was stored: scored and saved with a progress line, and
    never assessed again, by this process or the next."""
    import tracker.worth.assess as assess
    from tracker.store import CLAIMS, Store
    from tracker.tui.app import assess_older_claims

    path = tmp_path / "claims.json"
    shutil.copy(template, path)
    store = Store(path)
    with store.transaction():
        store.table(CLAIMS).update(lambda d: [d.pop(k, None) for k in ("w", "op")])
    ws = Workspace(path, actor="tester")
    total = ws.unassessed()
    assert total > 0 and ws.rows(0, 3, by_priority=True)  # read (and indexed) before saving
    assert assess_older_claims(ws) == total
    assert f"scoring {total:,} claims stored before check-worthiness (once): 100%" in (
        capsys.readouterr().err
    )
    assert Workspace(path).unassessed() == 0

    def no_more(*_: object) -> None:
        raise AssertionError("assessed again")

    monkeypatch.setattr(assess, "assess_claim", no_more)
    assert ws.rows(by_priority=True) == from_scratch(template)  # the same worths as stored
    assert assess_older_claims(Workspace(path)) == 0


def _row(k: int, priority: float, text: str = "words") -> ClaimRow:
    return ClaimRow(
        f"c_{k:04d}",
        "unverified",
        "Q",
        "",
        f"{text} {k}",
        "a_1",
        "t",
        "",
        0,
        False,
        False,
        priority=priority,
    )


@given(
    st.lists(st.integers(0, 30), min_size=1, max_size=30),
    st.lists(st.integers(0, 30), min_size=1, max_size=5),
    st.integers(0, 40),
)
def test_new_rows_go_to_their_place_and_their_words_are_learnt(
    old: list[int], new: list[int], learnt: int
) -> None:
    """An added or split-off claim lands where a sort from scratch puts it, its text beside
    it, and its words join a vocabulary already past its place."""
    rows = sorted((_row(k, p) for k, p in enumerate(old)), key=priority_key)
    search = RowSearch()
    search.reset(rows)
    search.learn_words(learnt)
    fresh = [_row(100 + k, p, "novel") for k, p in enumerate(new)]
    search.insert(fresh, in_order=True)
    assert rows == sorted(rows, key=priority_key) and len(rows) == len(old) + len(new)
    assert search.hay == [haystack(r) for r in rows]
    if any(rows.index(r) < min(learnt, len(old)) for r in fresh):
        assert "novel" in search._words  # learnt at once, not only with the rows after
    assert search.learn_words() and "novel" in search.vocabulary()


@given(
    st.lists(
        st.tuples(
            st.sampled_from(("", "dismissed", "merged")),
            st.sampled_from(STATUSES),
            st.booleans(),
        ),
        max_size=30,
    ),
    st.booleans(),
    st.booleans(),
)
def test_the_empty_filter_shows_what_the_view_lets_through(
    fields: list[tuple[str, str, bool]], queue: bool, opinion: bool
) -> None:
    """The one-pass filter of the list as it opens (read in C) against the rule in words."""
    from tracker.tui.filtering import View, parse_query

    rows = [
        _row(k, 50.0)._replace(state=state, status=status, opinion=op)
        for k, (state, status, op) in enumerate(fields)
    ]
    search = RowSearch()
    search.reset(rows)
    shown, _ = search.search(parse_query(""), view=View(queue=queue, opinion=opinion))
    assert shown == [
        r
        for r in rows
        if not r.state and (not queue or r.status == "unverified") and (opinion or not r.opinion)
    ]
