"""The terminal app: triage claims from the keyboard.

The app talks to the Workspace only; it never sees the store. Untrusted text (articles,
speakers, notes) is rendered as rich Text, never as markup.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable
from operator import attrgetter
from pathlib import Path
from typing import ClassVar

import orjson
from rich.text import Text
from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Header, Input, Static

from tracker.errors import TrackerError
from tracker.model import Status
from tracker.tui.claim_list import ClaimList
from tracker.tui.commands import TrackerCommands
from tracker.tui.correcting import CORRECTION_BINDINGS, CorrectionActions, correction_note
from tracker.tui.detail import claim_detail
from tracker.tui.filtering import RowSearch, View, parse_query, priority_key
from tracker.tui.footer import SteadyFooter
from tracker.tui.screens import AuditScreen, HelpScreen, NoteScreen, PromptScreen, StatsScreen
from tracker.workspace import ClaimRow, Workspace

SORTS = ("priority", "as stored", "status", "article", "speaker", "matches")
POLL_SECONDS = 1.0
# Start-up shows the first rows at once and builds the rest in slices between events:
# the list is usable while 100,000 rows are still being read in.
FIRST_ROWS = 500
ROW_SLICE = 10_000  # about 25 ms of work: a keystroke waits at most that long
WORD_SLICE = 5_000  # rows whose words join the typo vocabulary per idle slice (~30 ms)


_STATUS, _STATE = attrgetter("status"), attrgetter("state")  # of a ClaimRow, in C


def keymap_path() -> Path:
    env = os.environ.get("TRACKER_KEYMAP")
    if env:
        return Path(env)
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "tracker" / "keymap.json"


class TrackerApp(CorrectionActions, App[None]):
    TITLE = "tracker"
    CSS_PATH = "tracker.tcss"
    COMMANDS = App.COMMANDS | {TrackerCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("v", "mark('verified')", "Verified", id="mark.verified"),
        Binding("d", "mark('disputed')", "Disputed", id="mark.disputed"),
        Binding("f", "mark('false')", "False", id="mark.false"),
        Binding("m", "mark('misleading')", "Misleading", id="mark.misleading"),
        Binding("x", "mark('unverifiable')", "Unverifiable", id="mark.unverifiable"),
        Binding("u", "mark('unverified')", "Unverified", show=False, id="mark.unverified"),
        Binding("n", "note", "Note", id="note"),
        Binding("e", "evidence", "Evidence", show=False, id="evidence"),
        Binding("z", "undo", "Undo", id="undo"),
        # A priority key: handled as it arrives, before keys typed after it reach the list.
        Binding("slash", "focus_filter", "Filter", id="filter", priority=True),
        Binding("escape", "focus_list", "List", show=False, id="focus_list"),
        Binding("o", "sort", "Sort", show=False, id="sort"),
        Binding("t", "toggle_queue", "To triage / all claims", show=False, id="queue"),
        Binding("O", "toggle_opinion", "Show opinion (on/off)", show=False, id="opinion"),
        Binding("i", "ingest", "Ingest", show=False, id="ingest"),
        Binding("E", "export", "Export", show=False, id="export"),
        Binding("a", "audit", "Audit", show=False, id="audit"),
        Binding("s", "stats", "Stats", show=False, id="stats"),
        Binding("ctrl+t", "toggle_theme", "Theme", show=False, id="theme"),
        Binding("J", "detail_scroll(1)", "Scroll the detail down", show=False, id="detail.down"),
        Binding("K", "detail_scroll(-1)", "Scroll the detail up", show=False, id="detail.up"),
        Binding(
            "W", "detail_twins", "Earlier twins (in the detail)", show=False, id="detail.twins"
        ),
        Binding(
            "ctrl+a", "toggle_advance", "Next claim after a mark (on/off)", show=False, id="advance"
        ),
        Binding("question_mark", "help", "Help", id="help"),
        Binding("q", "quit", "Quit", id="quit"),
        *CORRECTION_BINDINGS,
    ]

    def __init__(self, workspace: Workspace, poll: bool = True) -> None:
        super().__init__()
        self.workspace = workspace
        self.poll = poll
        self.all_rows: list[ClaimRow] = []
        self._resort = False  # a change during start-up moved rows' priority: sort all_rows
        self._search = RowSearch()
        self._corrections: list[str] = []
        self.sort_index = 0  # priority
        # The app opens on the triage queue: unverified, not dismissed, not opinion.
        self.view = View(queue=True, opinion=False)
        # (data generation, rows built so far) while start-up is still building rows.
        self._loading: tuple[int, int] | None = None
        self._rows_generation = -1  # the data generation the rows were read from
        # The main screen's widgets, held directly: a query would search whichever screen
        # is on top (help, a dialog) when a poll or a start-up slice arrives.
        self.claim_list = ClaimList(id="claims")
        self.claim_list.before_last = self._finish_loading
        self.claim_list.row_of = self._held_row
        self._filter = Input(
            placeholder="filter: words · status:false · kind:q · speaker:name · worth:>60"
            "   (/ to focus, esc back)",
            id="filter",
        )
        self._detail = Static(id="detail", markup=False)
        self._detail_row: ClaimRow | None = None
        # Move to the next claim after a mark (ctrl+a toggles; TRACKER_ADVANCE=1 starts with it on).
        self.advance = os.environ.get("TRACKER_ADVANCE", "") not in ("", "0")

    # -- layout --------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Header()
        yield self._filter
        yield self.claim_list
        with VerticalScroll(id="detail-pane"):
            yield self._detail
        yield SteadyFooter()

    def on_mount(self) -> None:
        self._load_keymap()  # NO_COLOR is honoured by Textual itself (app.no_color)
        self.reload(progressive=True)
        self.claim_list.focus()
        if self.poll:
            self.set_interval(POLL_SECONDS, self.check_for_changes)

    def _load_keymap(self) -> None:
        path = keymap_path()
        if not path.is_file():
            return
        try:
            keymap = orjson.loads(path.read_bytes())
            if not isinstance(keymap, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in keymap.items()
            ):
                raise ValueError("expected an object of binding id to keys")
            self.set_keymap(keymap)
        except (OSError, ValueError) as exc:
            self.notify(f"{path}: keymap not used ({exc})", severity="warning", markup=False)

    # -- data ----------------------------------------------------------------------------
    def reload(self, keep: str | None = None, progressive: bool = False) -> None:
        """Read every row again (after another process wrote, or an ingest).

        ``progressive``: show the first rows now and build the rest between events.
        """
        current = keep or (self.claim_list.current.id if self.claim_list.current else None)
        total = self.workspace.count()
        self._rows_generation = self.workspace.generation
        if progressive and total > FIRST_ROWS:
            # Highest priority first: the queue's top is on screen before the rest is read.
            self.all_rows = self.workspace.rows(0, FIRST_ROWS, by_priority=True)
            self._loading = (self.workspace.generation, FIRST_ROWS)
            self.call_after_refresh(self._load_more)
        else:
            self.all_rows = self.workspace.rows(by_priority=True)
            self._rows_complete()
        self._resort = False
        self._search.reset(self.all_rows)
        self._freeze()
        self.apply_filter(keep=current)

    @staticmethod
    def _freeze() -> None:
        # 100,000 rows are long-lived and hold no cycles: keep the collector from walking
        # them again and again while the app starts and runs.
        gc.freeze()

    def _load_more(self) -> None:
        """Build the next slice of rows; the list grows while it stays usable."""
        if self._loading is None:
            return  # done, or replaced by a full reload
        if not self.claim_list.is_attached:
            # Not mounted yet (a refresh can come first on a busy host): try again, or the
            # rest of the rows would never be read; once the app has stopped, let it go.
            if self.is_running:
                self.set_timer(0.01, self._load_more)
            return
        self._read_rows(ROW_SLICE)
        if self._loading is not None:
            self.set_timer(0.001, self._load_more)  # let pending keystrokes go first

    def _finish_loading(self) -> None:
        """Build any rows start-up has not built yet: filters, sorts and exports need all."""
        if self._loading is not None:
            self._read_rows(None)

    def _read_rows(self, limit: int | None) -> None:
        """Read the next ``limit`` rows start-up has not read yet (all of them: None)."""
        assert self._loading is not None
        generation, done = self._loading
        stop = None if limit is None else done + limit
        fresh = self.workspace.rows(done, stop, by_priority=True)
        if self.workspace.generation != generation:
            self.reload()  # another process wrote meanwhile: read it all, in one go
            return
        if limit is None or len(fresh) < limit:
            self._rows_complete()
        else:
            self._loading = (generation, done + len(fresh))
        self._append_rows(fresh)

    def _rows_complete(self) -> None:
        self._loading = None
        if self.workspace.save_assessments():  # an older database: assessed once, kept
            self.workspace.refresh()
        self.set_timer(0.2, self._learn_words)  # the typo vocabulary starts afresh too
        self.set_timer(0.3, self._warm)

    def _warm(self) -> None:
        """Build while idle the indexes the first change would build (at 100,000 claims
        ~0.1 s): the first correction then costs what later ones cost."""
        if self.claim_list.is_attached and self._loading is None:
            self._search.current(())
            self.workspace.warm_ranking()

    def _learn_words(self) -> None:
        """Build the typo vocabulary in slices while the user reads the list."""
        if self.claim_list.is_attached and not self._search.learn_words(WORD_SLICE):
            self.set_timer(0.01, self._learn_words)

    def _append_rows(self, fresh: list[ClaimRow]) -> None:
        self.all_rows.extend(fresh)
        self._search.appended(fresh)
        self._freeze()
        if not self._filter.value.strip() and SORTS[self.sort_index] == "priority":
            # The queue (or every claim but the dismissed) grows by the slice's rows it
            # shows: rows arrive in priority order, so they go at the end.
            self.claim_list.rows.extend(self._search.in_view(fresh, self.view))
            self.claim_list.grown()
        self._show_counts()

    def check_for_changes(self) -> None:
        try:
            self.workspace.refresh()
            # By generation, not by what refresh() says: a read in between (the detail pane's)
            # may already have taken another process's write in, and the rows are still old.
            if self.workspace.generation != self._rows_generation:
                self.reload()
        except TrackerError as exc:
            self.notify(str(exc), severity="error", markup=False)

    def apply_filter(self, keep: str | None = None) -> None:
        query = self._filter.value
        if query.strip() or SORTS[self.sort_index] != "priority":
            self._finish_loading()  # rows are read in by priority: other orders need them all
        if self._resort and self._loading is None:
            self._resort_all()
        rows = self._sorted(self._filtered(query))
        if rows is self.all_rows:  # the list shown keeps its order until filtered again
            rows = list(rows)
        order = keep_key = None
        if SORTS[self.sort_index] == "priority" and not self._resort:  # all_rows' own order
            order = priority_key
            held = self._search.current([keep]) if keep else {}
            keep_key = priority_key(held[keep]) if keep in held else None
        self.claim_list.set_rows(rows, keep=keep, order=order, keep_key=keep_key)
        self._show_counts()
        self.show_detail(self.claim_list.current)

    def _show_counts(self) -> None:
        query = self._filter.value
        shown = len(self.claim_list.rows)
        if self._loading is not None:
            counts = f"{shown:,} of {self.workspace.count():,} claims (reading…)"
        elif query.strip():
            # Of the claims in triage, as the unfiltered count: dismissed and merged-away
            # claims are no part of it (a filter for them shows them, out of the same total).
            total = list(map(_STATE, self.all_rows)).count("")  # in C: 100,000 rows
            counts = f"{shown} of {total} claims"
            if self._corrections:
                counts += f" (fuzzy: {', '.join(self._corrections)})"
        else:
            counts = f"{shown} claims"
        if self.view.queue:  # a mark leaves a claim in place until the list is filtered again
            left = list(map(_STATUS, self.claim_list.rows)).count("unverified")
            counts = f"to triage: {counts} · {left:,} left"
        self.sub_title = f"{counts} · sort: {SORTS[self.sort_index]} · {self.workspace.path}"

    def _filtered(self, query: str) -> list[ClaimRow]:
        q = parse_query(query)
        if q.error:
            self.notify(q.error, severity="warning", markup=False, timeout=2)
        allowed = self.workspace.ids_with_figures(q.values) if q.values else None
        rows, corrections = self._search.search(q, allowed, self.view)
        self._corrections = corrections
        return rows

    def _sorted(self, rows: list[ClaimRow]) -> list[ClaimRow]:
        by = SORTS[self.sort_index]
        if by == "priority":
            return rows  # all_rows is kept in priority order, and filters keep it
        if by == "as stored":
            where = self.workspace.storage_positions()
            return sorted(rows, key=lambda r: where.get(r.id, -1))
        if by == "status":
            order = {s.value: k for k, s in enumerate(Status)}
            return sorted(rows, key=lambda r: order.get(r.status, 99))
        if by == "article":
            return sorted(rows, key=lambda r: (r.article_title.lower(), r.article_id))
        if by == "speaker":
            return sorted(rows, key=lambda r: (r.speaker == "", r.speaker.lower()))
        if by == "matches":
            return sorted(rows, key=lambda r: (-r.changed, -r.matches))
        return rows

    def show_detail(self, row: ClaimRow | None) -> None:
        # Typing a filter often keeps the same claim on top: the same row object means
        # nothing about it changed (a mark or a note puts a fresh row in), so skip the redraw.
        if row is not None and row is self._detail_row:
            return
        self._detail_row = row
        detail = self._detail
        if row is None:
            detail.update(Text("No claim here. Ingest articles with i, or clear the filter."))
            return
        try:
            claim = self.workspace.claim(row.id)
            twins = [self.workspace.claim(m.claim_id) for m in claim.matches]
            detail.update(
                claim_detail(
                    claim,
                    self.workspace.article_or_none(claim.article_id),
                    twins,
                    self.workspace.history(claim.id),
                ).append_text(correction_note(self, claim))
            )
        except TrackerError as exc:
            detail.update(Text(str(exc)))

    # -- events --------------------------------------------------------------------------
    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "filter":
            self.apply_filter()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "filter":
            self.claim_list.focus()

    def on_claim_list_highlighted(self, event: ClaimList.Highlighted) -> None:
        # Drawn at once: a detail costs about a millisecond, so even a held arrow key keeps up.
        self.show_detail(event.row)

    # -- actions -------------------------------------------------------------------------
    def _update_rows(self, ids: list[str]) -> None:
        """Refresh the rows of changed claims, and of the claims whose rows change with
        them (repeats that show their verdict, claims whose priority moved), in place in the
        list shown; in the full list, a row whose priority moved goes to its new place."""
        fresh, before = self._refresh_rows(ids)
        self.claim_list.replace(fresh, before)
        self._show_counts()  # the queue's 'left'
        self.show_detail(self.claim_list.current)

    def _refresh_rows(self, ids: list[str]) -> tuple[dict[str, ClaimRow], dict[str, ClaimRow]]:
        """Fresh rows for these claims and those ranked again with them, put in all_rows
        (kept in priority order: the default view never sorts on a keystroke); and the
        rows they replaced."""
        touched = [*ids, *self.workspace.reranked(ids)]
        before = self._search.current(touched)
        fresh = {r.id: r for r in self.workspace.rows_for(touched)}
        in_order = self._loading is None and not self._resort
        self._resort = self._search.place(fresh, in_order) or self._resort
        if self._resort:  # moved rows wait for the sort: the list shown is out of order too
            self.claim_list.unordered()
        return fresh, before

    def _held_row(self, claim_id: str) -> ClaimRow | None:
        return self._search.current([claim_id]).get(claim_id)

    def _insert_rows(self, claim_ids: list[str]) -> None:
        """Claims new to the list (added, split off) go to their place by priority; rows
        whose priority moved with them (their speaker's) move too."""
        fresh = self.workspace.rows_for(claim_ids)
        self._refresh_rows([])  # the claims ranked again with them
        self._search.insert(fresh, in_order=self._loading is None and not self._resort)
        self._show_counts()

    def _resort_all(self) -> None:
        """Put every row back in priority order after changes moved some while the rows
        were still being read in."""
        self._resort = False
        self.all_rows.sort(key=priority_key)
        self._search.reset(self.all_rows)

    def _change(self, ids: list[str], change: Callable[[], object], done: str = "") -> bool:
        """Run a change to these claims; show their fresh rows, or the error as a notice."""
        try:
            change()
        except TrackerError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return False
        self._update_rows(ids)
        if done:
            self.notify(done, timeout=2)
        return True

    def action_mark(self, status: str) -> None:
        ids = self.claim_list.targets()
        if ids and self._change(
            ids,
            lambda: self.workspace.set_status(ids, status),
            f"{len(ids)} claim(s) marked {status}",
        ):
            self.claim_list.selected.clear()
            if self.advance and len(ids) == 1:
                self.claim_list.action_cursor(1)

    def action_note(self) -> None:
        ids = self.claim_list.targets()
        if not ids:
            return

        def save(text: str | None) -> None:
            if text and text.strip():
                self._change(
                    ids,
                    lambda: self.workspace.add_notes(ids, text),
                    f"note added to {len(ids)} claim(s)",
                )

        self.push_screen(NoteScreen(f"Note on {len(ids)} claim(s)"), save)

    def action_evidence(self) -> None:
        ids = self.claim_list.targets()
        if not ids:
            return

        def save(url: str | None) -> None:
            if url:
                self._change(ids, lambda: self.workspace.add_evidence_to(ids, url))

        self.push_screen(PromptScreen("Evidence URL", "https://…"), save)

    def action_undo(self) -> None:
        try:
            events = self.workspace.undo()
        except TrackerError as exc:
            self.notify(str(exc), severity="warning", markup=False)
            return
        undone = sorted({str(e.data.get("undone_action")) for e in events})
        current = self.claim_list.current.id if self.claim_list.current else None
        if {"claim.added", "claim.split", "article.reextracted"} & set(undone):
            self.reload(keep=current)  # claims were taken away again
        else:
            self._update_rows([e.claim_id for e in events if e.claim_id])
            self.apply_filter(keep=current)
        self.notify(f"undid {', '.join(undone)} on {len(events)} claim(s)", timeout=2)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "focus_filter":  # '/' is typed as itself in the filter and in dialogs
            return self.screen is self._filter.screen and self.focused is not self._filter
        return True

    def action_focus_filter(self) -> None:
        # At once, not after the keys already queued (Widget.focus waits its turn): '/' and
        # then 'quarterly' typed into a busy app must not reach the list as q, u, a ….
        self._filter.screen.set_focus(self._filter)

    def action_focus_list(self) -> None:
        self.claim_list.focus()

    def action_sort(self) -> None:
        self.sort_index = (self.sort_index + 1) % len(SORTS)
        self.apply_filter(keep=self.claim_list.current.id if self.claim_list.current else None)

    def action_toggle_queue(self) -> None:
        self.view = View(queue=not self.view.queue, opinion=self.view.opinion)
        self.notify("to triage" if self.view.queue else "all claims", timeout=2)
        self.apply_filter(keep=self.claim_list.current.id if self.claim_list.current else None)

    def action_toggle_opinion(self) -> None:
        self.view = View(queue=self.view.queue, opinion=not self.view.opinion)
        self.notify(f"opinion: {'shown' if self.view.opinion else 'hidden'}", timeout=2)
        self.apply_filter(keep=self.claim_list.current.id if self.claim_list.current else None)

    def action_stats(self) -> None:
        self._finish_loading()
        self.push_screen(StatsScreen(self.claim_list.rows))

    def action_audit(self) -> None:
        result = self.workspace.verify_audit()
        self.push_screen(AuditScreen(self.workspace.history(), result.message))

    def action_help(self) -> None:
        lines = [
            (key_names(b.key if b.id is None else self._keys_for(b)), b.description)
            for b in [*self.BINDINGS, *ClaimList.BINDINGS]
            if isinstance(b, Binding)
        ]
        self.push_screen(HelpScreen(lines))

    def _keys_for(self, binding: Binding) -> str:
        keymap = getattr(self, "_keymap", None) or {}
        return keymap.get(binding.id or "", binding.key)

    def action_detail_scroll(self, direction: int) -> None:
        """Page the detail pane from the keyboard, the list keeping the focus."""
        pane = self.query_one("#detail-pane", VerticalScroll)
        pane.scroll_relative(y=direction * max(1, pane.size.height - 2), animate=False)

    def action_detail_twins(self) -> None:
        """Scroll the detail pane to the earlier twins, past the article."""
        pane = self.query_one("#detail-pane", VerticalScroll)
        plain = str(self._detail.render())
        at = plain.find("\nEarlier twins\n")
        if at < 0:
            self.notify("no earlier twins", timeout=2)
            return
        width = max(1, self._detail.content_region.width)
        above = Text(plain[: at + 1]).wrap(self.console, width)  # rows as drawn, wrapped
        pane.scroll_to(y=len(above), animate=False)

    def action_toggle_advance(self) -> None:
        self.advance = not self.advance
        self.notify(f"next claim after a mark: {'on' if self.advance else 'off'}", timeout=2)

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.theme != "textual-light" else "textual-dark"

    def action_ingest(self) -> None:
        def start(paths: str | None) -> None:
            import shlex

            try:
                parts = shlex.split(paths or "")
            except ValueError as exc:  # an unclosed quote
                self.notify(f"ingest: {exc}", severity="error", markup=False)
                return
            if parts:
                self.ingest_files(parts)

        self.push_screen(
            PromptScreen(
                "Ingest files or folders (space-separated; quote a path with spaces)", "seeds/"
            ),
            start,
        )

    @work(thread=True, exclusive=True, exit_on_error=False)
    def ingest_files(self, paths: list[str]) -> None:
        # A workspace of its own: the list stays usable, and the poll picks the result up.
        try:
            report = Workspace(self.workspace.path, actor=self.workspace.actor).ingest(paths)
        except TrackerError as exc:
            self.call_from_thread(self.notify, str(exc), severity="error", markup=False)
            return
        for skipped in report.skipped:
            self.call_from_thread(self.notify, str(skipped), severity="warning", markup=False)
        message = f"{report.added} article(s), {report.claims_added} claim(s) added"
        self.call_from_thread(self.notify, message, markup=False)
        self.call_from_thread(self.check_for_changes)

    def action_export(self) -> None:
        def run(answer: str | None) -> None:
            if not answer:
                return
            fmt, _, target = answer.partition(" ")
            self._finish_loading()
            try:
                n = export_to(self.workspace, fmt.strip(), target.strip(), self.claim_list.rows)
            except (TrackerError, OSError) as exc:
                self.notify(str(exc), severity="error", markup=False)
                return
            self.notify(f"{n} claim(s) written to {target.strip()}", markup=False)

        self.push_screen(
            PromptScreen(
                "Export the listed claims: FORMAT FILE (jsonl, csv, md, claimreview; "
                "FORMAT! replaces a file)",
                "csv claims.csv",
            ),
            run,
        )


def export_to(ws: Workspace, fmt: str, target: str, rows: list[ClaimRow]) -> int:
    """Write the rows shown in the list to ``target`` atomically."""
    from tracker import export
    from tracker.errors import InvalidValueError
    from tracker.outputs import OutputError, check_output, database_files, open_output

    force = fmt.endswith("!")  # as an editor's ':w!': replace the file that is there
    fmt = fmt.removesuffix("!")
    if fmt not in export.CLAIM_FORMATS or not target:
        raise InvalidValueError(f"give a format ({', '.join(export.CLAIM_FORMATS)}) and a file")
    path, protected = Path(target), database_files(ws.path)
    check_output(path, protected, force=True)  # the database's files and folders, never
    if not force and (path.exists() or path.is_symlink()):
        raise OutputError(f"{target}: already exists; type '{fmt}! {target}' to replace it")
    claims = (ws.claim(r.id) for r in rows)
    with open_output(path, protected, force=True) as out:
        if fmt == "jsonl":
            return export.write_claims_jsonl(claims, out)
        if fmt == "csv":
            return export.write_claims_csv(claims, out, ws.article_or_none)
        if fmt == "md":
            return export.write_claims_markdown(claims, out, ws.article_or_none)
        return export.write_claimreview(claims, out, ws.article_or_none, ws.reviewed)


# Key names as a person writes them, for the help screen ('?' not 'question_mark').
KEY_NAMES = {
    "question_mark": "?",
    "slash": "/",
    "space": "space",
    "escape": "esc",
    "pageup": "PgUp",
    "pagedown": "PgDn",
    "full_stop": ".",
    "comma": ",",
    "plus": "+",
    "minus": "-",
}


def key_names(keys: str) -> str:
    """'question_mark' -> '?', 'up,k' -> 'up k', 'ctrl+t' stays."""
    return " ".join(KEY_NAMES.get(k, k) for k in keys.split(","))


def run_app(workspace: Workspace) -> None:
    assess_older_claims(workspace)
    TrackerApp(workspace).run()


def assess_older_claims(workspace: Workspace) -> int:
    """A database written before worth was stored: its claims are assessed and saved once,
    here, with a progress line on stderr (about 20 s at 100,000 claims), rather than before
    the first screen of every open."""
    total = workspace.unassessed()
    if not total:
        return 0

    def show(done: int, total: int) -> None:
        print(
            f"\rtracker: scoring {total:,} claims stored before check-worthiness "
            f"(once): {done * 100 // total}%",
            end="",
            file=sys.stderr,
            flush=True,
        )

    saved = workspace.assess_stored(show)
    print(file=sys.stderr)
    return saved
