"""The terminal app. For now: a claim list over the whole database with a detail line.

Untrusted text (claims, speakers) is passed as rich Text, never as markup.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import DataTable, Footer, Header, Static

from tracker.textsafe import safe_line
from tracker.workspace import Workspace

# The full virtual list for 100k claims is the TUI issue's; this first screen shows a window.
MAX_ROWS = 2000


class TrackerApp(App[None]):
    TITLE = "tracker"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("q", "quit", "Quit", id="quit")]

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace

    def compose(self) -> ComposeResult:
        yield Header()
        yield DataTable(id="claims", cursor_type="row", zebra_stripes=True)
        yield Static(id="detail", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("status", "kind", "speaker", "claim")
        claims = self.workspace.claims()
        self.sub_title = f"{len(claims)} claims in {self.workspace.path}"
        for c in claims[:MAX_ROWS]:
            kind = "QA" if len(c.kinds) == 2 else c.kinds[0][0].upper()
            table.add_row(
                Text(c.status.value),
                Text(kind),
                Text(safe_line(c.speaker or "-")[:24]),
                Text(safe_line(c.text)[:120]),
                key=c.id,
            )

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.row_key.value is None:
            return
        c = self.workspace.claim(event.row_key.value)
        self.query_one("#detail", Static).update(Text(safe_line(c.text)))


def run_app(workspace: Workspace) -> None:
    TrackerApp(workspace).run()
