"""Pictures of the app (SVG snapshots): regenerate with `pytest --snapshot-update` and review."""

from __future__ import annotations

from pathlib import Path

import pytest
from desk import seeded_workspace

from tracker import audit
from tracker.tui.app import TrackerApp
from tracker.workspace import Workspace

SIZE = (100, 32)


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    return seeded_workspace(tmp_path, monkeypatch)


def test_main_screen(snap_compare, ws: Workspace) -> None:
    assert snap_compare(TrackerApp(ws, poll=False), terminal_size=SIZE)


def test_detail_with_matches_and_a_changed_figure(snap_compare, ws: Workspace) -> None:
    app = TrackerApp(ws, poll=False)

    async def to_changed(pilot) -> None:
        rows = app.claim_list.rows
        app.claim_list.cursor = next(k for k, r in enumerate(rows) if r.changed)
        await pilot.pause(0.3)  # the detail pane draws once the cursor rests

    assert snap_compare(app, terminal_size=SIZE, run_before=to_changed)


def test_help_screen(snap_compare, ws: Workspace) -> None:
    assert snap_compare(TrackerApp(ws, poll=False), terminal_size=SIZE, press=["question_mark"])


def test_statistics_screen(snap_compare, ws: Workspace) -> None:
    ws.set_status([c.id for c in ws.claims()[:5]], "false")
    assert snap_compare(TrackerApp(ws, poll=False), terminal_size=SIZE, press=["s"])


def test_markup_in_articles_is_literal(
    snap_compare, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(audit, "now_iso", lambda: "2026-01-01T00:00:00.000000Z")
    art = tmp_path / "markup.txt"
    art.write_text(
        "[bold]Title[/bold]\n[bold red]Mayor[/] said 300 homes [link=http://x]flooded[/link] today.\n"
    )
    ws = Workspace("claims.json", actor="tester")
    ws.ingest(["markup.txt"])
    ws.add_note(ws.claims()[0].id, "[/] unbalanced [ and [red]")
    assert snap_compare(TrackerApp(ws, poll=False), terminal_size=SIZE)
