"""The app's triage queue: priority order, the opinion and queue toggles, the count left."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from tracker import audit
from tracker.store import CLAIMS, Store
from tracker.tui.app import TrackerApp
from tracker.workspace import Workspace

TRIAGE = Path(__file__).resolve().parent / "fixtures" / "triage"


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(audit, "now_iso", lambda: "2026-01-01T00:00:00.000000Z")
    ws = Workspace("claims.json", actor="tester")
    ws.ingest([str(TRIAGE)])
    return ws


def shown(app: TrackerApp) -> list[str]:
    return [r.id for r in app.claim_list.rows]


async def test_opens_on_the_queue_by_priority_without_opinion(ws: Workspace) -> None:
    rows = ws.rows()
    opinion = {r.id for r in rows if r.opinion}
    assert len(opinion) == 2
    app = TrackerApp(ws, poll=False)
    async with app.run_test(size=(110, 30)):
        assert set(shown(app)) == {r.id for r in rows} - opinion
        priorities = [r.priority for r in app.claim_list.rows]
        assert priorities == sorted(priorities, reverse=True)
        assert "to triage: 4 claims · 4 left" in app.sub_title
        assert "sort: priority" in app.sub_title


async def test_a_mark_counts_down_and_the_claim_leaves_the_queue(ws: Workspace) -> None:
    app = TrackerApp(ws, poll=False)
    async with app.run_test(size=(110, 30)) as pilot:
        top = app.claim_list.current.id
        await pilot.press("v")
        assert "4 claims · 3 left" in app.sub_title
        assert top in shown(app)  # stays where it is until the list is filtered again
        app.query_one("#filter", Input).value = "x"
        app.query_one("#filter", Input).value = ""
        await pilot.pause()
        assert top not in shown(app) and "3 claims · 3 left" in app.sub_title


async def test_a_repeat_of_a_falsehood_marked_in_the_app_rises_to_the_top(ws: Workspace) -> None:
    first = next(r for r in ws.rows() if "4.2%" in r.text)
    repeat = next(r for r in ws.rows() if "4.5%" in r.text)
    app = TrackerApp(ws, poll=False)
    async with app.run_test(size=(110, 30)) as pilot:
        await pilot.press("t")  # every claim, marked ones too
        before = next(r for r in app.claim_list.rows if r.id == repeat.id).priority
        app.claim_list.cursor = shown(app).index(first.id)
        await pilot.press("f")
        after = next(r for r in app.claim_list.rows if r.id == repeat.id).priority
        assert after == pytest.approx(before + 150)  # its row is refreshed with the mark
        await pilot.press(*["o"] * 6)  # round the sorts back to priority
        assert "sort: priority" in app.sub_title
        assert shown(app)[0] == repeat.id
        ranks = [r.priority for r in app.claim_list.rows]
        assert ranks == sorted(ranks, reverse=True)


async def test_toggles_show_opinion_and_every_claim(ws: Workspace) -> None:
    app = TrackerApp(ws, poll=False)
    async with app.run_test(size=(110, 30)) as pilot:
        await pilot.press("v")
        await pilot.press("O")
        assert len(shown(app)) == 5  # the marked one is out; both opinions are in
        assert any(r.opinion for r in app.claim_list.rows)
        await pilot.press("t")
        assert len(shown(app)) == ws.count() and "to triage" not in app.sub_title
        await pilot.press("O", "t")
        assert len(shown(app)) == 3 and "to triage" in app.sub_title


async def test_filter_on_worth_and_opinion(ws: Workspace) -> None:
    app = TrackerApp(ws, poll=False)
    async with app.run_test(size=(110, 30)) as pilot:
        app.query_one("#filter", Input).value = "opinion:yes"
        await pilot.pause()
        assert len(shown(app)) == 2 and all(r.opinion for r in app.claim_list.rows)
        app.query_one("#filter", Input).value = "worth:>95"
        await pilot.pause()
        assert shown(app) and all(r.worth > 95 for r in app.claim_list.rows)
        app.query_one("#filter", Input).value = "worth:>lots"
        await pilot.pause()
        assert len(shown(app)) == 4  # the bad field is reported and left out


async def test_the_list_shows_priority_and_worth(ws: Workspace) -> None:
    app = TrackerApp(ws, poll=False)
    async with app.run_test(size=(110, 30)):
        top = app.claim_list.rows[0]
        line = "".join(s.text for s in app.claim_list.render_line(0))
        assert line.split()[:2] == [f"{top.priority:.0f}", f"{top.worth:.0f}"]


async def test_opening_an_old_database_assesses_and_saves_once(ws: Workspace) -> None:
    store = Store(ws.path)
    with store.transaction():
        store.table(CLAIMS).update(lambda d: [d.pop(k, None) for k in ("w", "op")])
    old = Workspace(ws.path, actor="tester")
    app = TrackerApp(old, poll=False)
    async with app.run_test(size=(110, 30)):
        assert len(shown(app)) == 4  # opinion known without stored flags
    assert Workspace(ws.path).unassessed() == 0


async def test_the_queue_grows_in_order_while_rows_are_read(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tracker.tui import app as app_module

    monkeypatch.setattr(app_module, "FIRST_ROWS", 2)
    monkeypatch.setattr(app_module, "ROW_SLICE", 1)
    app = TrackerApp(ws, poll=False)
    async with app.run_test(size=(110, 30)) as pilot:
        assert app._loading is not None and len(shown(app)) <= 2
        for _ in range(3000):  # bounded: a stalled load fails here rather than hanging CI
            if app._loading is None:
                break
            await pilot.pause(0.01)
        assert app._loading is None, "rows stopped loading"
        expected = [r.id for r in ws.rows(by_priority=True) if not r.opinion]
        assert shown(app) == expected
        assert "4 claims · 4 left" in app.sub_title
