"""The first TUI screen opens on a database and shows claims literally."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable

from tracker.tui.app import TrackerApp
from tracker.workspace import Workspace


async def test_app_lists_claims_and_shows_markup_literally(db_path: Path, tmp_path: Path) -> None:
    art = tmp_path / "markup.txt"
    art.write_text(
        "Title\n[bold red]Mayor[/] said 300 homes [link=http://x]flooded[/link] today.\n"
    )
    ws = Workspace(db_path)
    ws.ingest([str(art)])
    app = TrackerApp(ws)
    async with app.run_test() as pilot:
        table = app.query_one(DataTable)
        assert table.row_count == ws.count() >= 1
        row = table.get_row_at(0)
        assert "[bold red]" in str(row[3]) and "[link=http://x]" in str(row[3])
        await pilot.press("q")
