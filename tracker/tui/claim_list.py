"""A virtual list of claims: only the visible lines are ever rendered (Line API).

DataTable and ListView measure or mount every row; at 100,000 claims that takes seconds.
This widget keeps a list of rows and draws ``render_line(y)`` for what is on screen.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from operator import attrgetter
from typing import Any

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tracker.textsafe import safe_line
from tracker.workspace import ClaimRow

STATUS_STYLE = {
    "unverified": "dim",
    "verified": "bold green",
    "disputed": "bold yellow",
    "false": "bold red",
    "misleading": "bold magenta",
    "unverifiable": "bold blue",
}
_ID = attrgetter("id")  # of a ClaimRow, in C
HIGH_PRIORITY = 150  # drawn in bold: a repeat of a known falsehood (tracker.priority)


class ClaimList(ScrollView, can_focus=True):
    """Claim rows with a cursor and a multi-selection."""

    BINDINGS: list[BindingType] = [  # noqa: RUF012 - Textual reads this class attribute
        Binding("up,k", "cursor(-1)", "Up", show=False, id="list.up"),
        Binding("down,j", "cursor(1)", "Down", show=False, id="list.down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="list.page_up"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="list.page_down"),
        Binding("home", "jump(0)", "First", show=False, id="list.first"),
        Binding("end", "jump(-1)", "Last", show=False, id="list.last"),
        Binding("space", "toggle", "Select", id="list.toggle"),
    ]

    cursor: reactive[int] = reactive(0, always_update=True)

    class Highlighted(Message):
        def __init__(self, row: ClaimRow | None) -> None:
            super().__init__()
            self.row = row

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows: list[ClaimRow] = []
        self.selected: set[str] = set()
        self._cache: dict[tuple[int, int, bool, bool], Strip] = {}
        self._positions: dict[str, int] | None = None
        self._order: Callable[[ClaimRow], Any] | None = None
        self._shifted: dict[str, Any] = {}  # id -> the key a replaced row was sorted under
        #: Called before jumping to the last row (the app finishes reading rows in).
        self.before_last: Callable[[], None] | None = None
        #: The row now held for a claim (the app's), to find it in a sorted list by bisection.
        self.row_of: Callable[[str], ClaimRow | None] | None = None

    # -- data ----------------------------------------------------------------------------
    def set_rows(
        self,
        rows: list[ClaimRow],
        keep: str | None = None,
        order: Callable[[ClaimRow], Any] | None = None,
        keep_key: Any = None,
    ) -> None:
        """Show these rows; keep the cursor on claim ``keep`` when it is still there.
        ``order``: the key the rows are sorted by, if any (a row is then found by bisection,
        not through an index of every row); ``keep_key``: the key of ``keep``'s row."""
        self.rows = rows
        self._positions = None
        self._order, self._shifted = order, {}
        self._cache.clear()
        self.virtual_size = Size(self.size.width or 80, len(rows))
        index = _index_of(rows, keep, self.cursor, order, keep_key) if keep else None
        self.cursor = index if index is not None else min(self.cursor, max(0, len(rows) - 1))
        self.refresh()

    def grown(self) -> None:
        """Rows were appended to the list being shown (start-up reads them in slices)."""
        self.virtual_size = Size(self.virtual_size.width or 80, len(self.rows))
        self.refresh()

    def replace(
        self, fresh: dict[str, ClaimRow], before: dict[str, ClaimRow] | None = None
    ) -> None:
        """Swap in changed rows where they stand, without a pass over every row. ``before``:
        the rows they replace, whose keys find them in a sorted list."""
        if self._order is not None and before is not None:
            self._replace_sorted(fresh, before, self._order)
        else:
            self._positions = replace_rows(self.rows, fresh, self._positions)
        self._cache.clear()
        self.refresh()

    def unordered(self) -> None:
        """The rows are no longer in the order given to set_rows."""
        self._order = None

    def _replace_sorted(
        self,
        fresh: dict[str, ClaimRow],
        before: dict[str, ClaimRow],
        order: Callable[[ClaimRow], Any],
    ) -> None:
        # A row keeps its place when replaced: its key may move, so the key it was sorted
        # under is remembered for the bisections that follow.
        shifted = self._shifted

        def sorted_by(row: ClaimRow) -> Any:
            return shifted.get(row.id) or order(row)

        for cid, row in fresh.items():
            old = before.get(cid)
            if old is None:
                continue
            was = shifted.get(cid) or order(old)
            k = bisect_left(self.rows, was, key=sorted_by)
            if k < len(self.rows) and self.rows[k].id == cid:  # else filtered out
                self.rows[k] = row
                if order(row) != was:
                    shifted[cid] = was

    @property
    def current(self) -> ClaimRow | None:
        return self.rows[self.cursor] if 0 <= self.cursor < len(self.rows) else None

    def targets(self) -> list[str]:
        """The selected claims, or the highlighted one."""
        if self.selected:
            if len(self.selected) <= 8:
                places = [self._place_of(c) for c in self.selected]
                if None not in places:  # each found by bisection, not a pass over every row
                    return [self.rows[k].id for k in sorted(places)]  # type: ignore[type-var]
            ids = list(map(_ID, self.rows))
            if len(self.selected) > 8:
                return [c for c in ids if c in self.selected]
            # A few claims: located in C rather than a pass over every row in Python.
            return sorted((c for c in self.selected if c in ids), key=ids.index)
        return [self.current.id] if self.current else []

    def _place_of(self, claim_id: str) -> int | None:
        """Where a claim stands in a list sorted by ``order``, by bisection on the key it
        was sorted under; None when that does not find it (not shown, or no order)."""
        order, shifted = self._order, self._shifted
        row = self.row_of(claim_id) if self.row_of is not None else None
        if order is None or row is None:
            return None
        k = bisect_left(self.rows, shifted.get(claim_id) or order(row), key=self._sorted_by)
        return k if k < len(self.rows) and self.rows[k].id == claim_id else None

    def _sorted_by(self, row: ClaimRow) -> Any:
        assert self._order is not None
        return self._shifted.get(row.id) or self._order(row)

    # -- movement ------------------------------------------------------------------------
    def watch_cursor(self, old: int, new: int) -> None:
        if self.rows:
            top = self.scroll_offset.y
            height = max(1, self.size.height)
            if new < top:
                self.scroll_to(y=new, animate=False)
            elif new >= top + height:
                self.scroll_to(y=new - height + 1, animate=False)
        self.refresh()
        self.post_message(self.Highlighted(self.current))

    def action_cursor(self, delta: int) -> None:
        if self.rows:
            self.cursor = max(0, min(len(self.rows) - 1, self.cursor + delta))

    def action_page(self, direction: int) -> None:
        self.action_cursor(direction * max(1, self.size.height - 1))

    def action_jump(self, where: int) -> None:
        if where < 0 and self.before_last is not None:
            self.before_last()  # rows still being read in: the last one must be there
        if self.rows:
            self.cursor = where if where >= 0 else len(self.rows) - 1

    def action_toggle(self) -> None:
        row = self.current
        if row is None:
            return
        self.selected.symmetric_difference_update({row.id})
        self._cache.clear()
        self.action_cursor(1)

    def on_click(self, event: object) -> None:
        y = getattr(event, "y", None)
        if isinstance(y, int) and self.rows:
            self.cursor = min(len(self.rows) - 1, self.scroll_offset.y + y)

    def on_resize(self) -> None:
        self._cache.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, len(self.rows))

    # -- drawing -------------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        index = self.scroll_offset.y + y
        width = self.scrollable_content_region.width  # the scrollbar takes the rest
        if index >= len(self.rows):
            return Strip.blank(width, self.rich_style)
        row = self.rows[index]
        key = (index, width, index == self.cursor, row.id in self.selected)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._draw(row, width, index == self.cursor, row.id in self.selected)
            if len(self._cache) > 2000:
                self._cache.clear()
            self._cache[key] = strip
        return strip

    def _draw(self, row: ClaimRow, width: int, is_cursor: bool, is_selected: bool) -> Strip:
        # Untrusted text goes in as plain Text: '[bold]' in an article stays literal.
        line = Text(no_wrap=True, overflow="ellipsis")
        line.append("●" if is_selected else " ", "bold cyan")
        line.append(f"{row.priority:>4.0f} ", "bold" if row.priority >= HIGH_PRIORITY else "")
        line.append(f"{row.worth:>3.0f}{'~' if row.opinion else ' '}", "dim")
        line.append(f"{row.status[:12]:<12} ", STATUS_STYLE.get(row.status, ""))
        line.append(f"{row.kinds:<2} ", "cyan")
        # Both can hold: a twin states another figure, and a twin has a verdict.
        line.append(f"{row.matches or '':>2}", "yellow" if row.changed else "")
        line.append("!" if row.changed else " ", "yellow")
        line.append(f"{'✓' if row.verdict_seen else ' '} ", "green")
        line.append(f"{clip(safe_line(row.speaker), 18):<18} ", "italic")
        line.append(safe_line(row.text))
        line.truncate(width, overflow="ellipsis", pad=True)
        if is_cursor:
            line.stylize(Style(reverse=True))
        base = self.rich_style
        # Every segment gets a real style (Textual's NO_COLOR filter expects one).
        segments = [
            Segment(seg.text, base + seg.style if seg.style else base)
            for seg in line.render(self.app.console, end="")
        ]
        return Strip(segments, width).crop_extend(0, width, base)


def clip(text: str, width: int) -> str:
    """At most ``width`` characters; a cut ends with '…', so a short name is not mistaken
    for the whole one."""
    return text if len(text) <= width else text[: width - 1] + "…"


def _index_of(
    rows: list[ClaimRow],
    claim_id: str,
    near: int,
    order: Callable[[ClaimRow], Any] | None,
    keep_key: Any,
) -> int | None:
    """Where claim ``claim_id`` is in ``rows``: a refilter mostly keeps it within a row of
    where the cursor was, so look there first; in a list sorted by ``order``, where its key
    ``keep_key`` would stand; else walk the list."""
    for k in (near, near - 1, near + 1):
        if 0 <= k < len(rows) and rows[k].id == claim_id:
            return k
    if order is not None and keep_key is not None:
        k = bisect_left(rows, keep_key, key=order)
        return k if k < len(rows) and rows[k].id == claim_id else None
    try:
        return list(map(_ID, rows)).index(claim_id)  # in C: a miss walks 100,000 rows
    except ValueError:
        return None


def replace_rows(
    rows: list[ClaimRow], fresh: dict[str, ClaimRow], positions: dict[str, int] | None
) -> dict[str, int]:
    """Put each fresh row in place of the row with its id; returns the id -> index map, built
    on first use and kept by the caller so later changes cost only the rows they touch."""
    if positions is None or len(positions) != len(rows):
        positions = dict(zip(map(_ID, rows), range(len(rows)), strict=True))  # in C
    for cid, row in fresh.items():
        k = positions.get(cid)
        if k is not None and rows[k].id == cid:
            rows[k] = row
    return positions
