"""The terminal app: triage claims from the keyboard.

The app talks to the Workspace only; it never sees the store. Untrusted text (articles,
speakers, notes) is rendered as rich Text, never as markup.
"""

from __future__ import annotations

import gc
import os
from pathlib import Path
from typing import Any, ClassVar

import orjson
from rapidfuzz import fuzz, process
from rich.text import Text
from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.timer import Timer
from textual.widgets import Footer, Header, Input, Static

from tracker.errors import TrackerError
from tracker.model import Status
from tracker.tui.claim_list import ClaimList, replace_rows
from tracker.tui.commands import TrackerCommands
from tracker.tui.detail import claim_detail
from tracker.tui.screens import AuditScreen, HelpScreen, NoteScreen, PromptScreen, StatsScreen
from tracker.workspace import ClaimRow, Workspace, check_url, parse_kind, parse_status

SORTS = ("as stored", "status", "article", "speaker", "matches")
POLL_SECONDS = 1.0
DETAIL_DELAY = 0.05


def keymap_path() -> Path:
    env = os.environ.get("TRACKER_KEYMAP")
    if env:
        return Path(env)
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "tracker" / "keymap.json"


class TrackerApp(App[None]):
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
        Binding("slash", "focus_filter", "Filter", id="filter"),
        Binding("escape", "focus_list", "List", show=False, id="focus_list"),
        Binding("o", "sort", "Sort", show=False, id="sort"),
        Binding("i", "ingest", "Ingest", show=False, id="ingest"),
        Binding("E", "export", "Export", show=False, id="export"),
        Binding("a", "audit", "Audit", show=False, id="audit"),
        Binding("s", "stats", "Stats", show=False, id="stats"),
        Binding("ctrl+t", "toggle_theme", "Theme", show=False, id="theme"),
        Binding("question_mark", "help", "Help", id="help"),
        Binding("q", "quit", "Quit", id="quit"),
    ]

    def __init__(self, workspace: Workspace, poll: bool = True) -> None:
        super().__init__()
        self.workspace = workspace
        self.poll = poll
        self.all_rows: list[ClaimRow] = []
        self._all_positions: dict[str, int] | None = None
        # Rows change (reload, a mark): cached filter hits from before are no longer trusted.
        self._rows_generation = 0
        self._last_filter: tuple[tuple[Any, ...], tuple[str, ...], list[int]] | None = None
        self._haystack: list[str] = []
        self.sort_index = 0
        self._detail_timer: Timer | None = None

    # -- layout --------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(
            placeholder="filter: words · status:false · kind:q · speaker:name   (/ to focus, esc back)",
            id="filter",
        )
        yield ClaimList(id="claims")
        with VerticalScroll(id="detail-pane"):
            yield Static(id="detail", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self._load_keymap()  # NO_COLOR is honoured by Textual itself (app.no_color)
        self.reload()
        self.query_one(ClaimList).focus()
        if self.poll:
            self.set_interval(POLL_SECONDS, self.check_for_changes)

    @property
    def claim_list(self) -> ClaimList:
        return self.query_one(ClaimList)

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
    def reload(self, keep: str | None = None) -> None:
        """Read every row again (after another process wrote, or an ingest)."""
        current = keep or (self.claim_list.current.id if self.claim_list.current else None)
        self.all_rows = self.workspace.rows()
        self._all_positions = None
        self._rows_generation += 1
        self._haystack = [f"{r.text} {r.speaker}".lower() for r in self.all_rows]
        # 100,000 rows are long-lived and hold no cycles: keep the collector from walking
        # them again and again while the app starts and runs.
        gc.freeze()
        self.apply_filter(keep=current)

    def check_for_changes(self) -> None:
        try:
            if self.workspace.refresh():
                self.reload()
        except TrackerError as exc:
            self.notify(str(exc), severity="error", markup=False)

    def apply_filter(self, keep: str | None = None) -> None:
        query = self.query_one("#filter", Input).value
        rows = self._filtered(query)
        rows = self._sorted(rows)
        self.claim_list.set_rows(rows, keep=keep)
        shown = f"{len(rows)} of {len(self.all_rows)}" if query.strip() else f"{len(rows)}"
        self.sub_title = f"{shown} claims · sort: {SORTS[self.sort_index]} · {self.workspace.path}"
        self.show_detail(self.claim_list.current)

    def _filtered(self, query: str) -> list[ClaimRow]:
        words: list[str] = []
        statuses: set[str] = set()
        kind = speaker = article = None
        try:
            for token in query.split():
                key, sep, value = token.partition(":")
                if sep and key in ("status", "kind", "speaker", "article") and value:
                    if key == "status":
                        statuses.add(parse_status(value).value)
                    elif key == "kind":
                        kind = parse_kind(value)[0].upper()
                    elif key == "speaker":
                        speaker = value.lower()
                    else:
                        article = value
                else:
                    words.append(token.lower())
        except TrackerError as exc:
            self.notify(str(exc), severity="warning", markup=False, timeout=2)
        rows = self.all_rows
        if not (words or statuses or kind or speaker or article):
            return rows  # nothing to filter: no pass over 100,000 rows
        hay = self._haystack
        fields = (self._rows_generation, frozenset(statuses), kind, speaker, article)
        last = self._last_filter
        # Typing narrows: when each word extends the one typed before (and the field filters
        # are unchanged), only the previous hits can match, so search those instead of all rows.
        if (
            last is not None
            and last[0] == fields
            and len(words) >= len(last[1])
            and all(old in new for old, new in zip(last[1], words, strict=False))
        ):
            picked = last[2]
        else:
            picked = list(range(len(rows)))
            if statuses:
                picked = [k for k in picked if rows[k].status in statuses]
            if kind is not None:
                picked = [k for k in picked if kind in rows[k].kinds]
            if speaker is not None:
                picked = [k for k in picked if speaker in rows[k].speaker.lower()]
            if article is not None:
                picked = [k for k in picked if rows[k].article_id.startswith(article)]
        for w in words:  # one tight pass per word: cheaper than one pass testing everything
            picked = [k for k in picked if w in hay[k]]
        self._last_filter = (fields, tuple(words), picked) if picked else None
        if words and not picked:
            # Nothing contains the words as typed: fall back to fuzzy matching (typos).
            pool = [k for k, r in enumerate(rows) if not statuses or r.status in statuses]
            hits = process.extract(
                " ".join(words),
                [hay[k] for k in pool],
                scorer=fuzz.partial_ratio,
                processor=None,
                score_cutoff=80,
                limit=500,
            )
            picked = sorted(pool[h[2]] for h in hits)
        return [rows[k] for k in picked]

    def _sorted(self, rows: list[ClaimRow]) -> list[ClaimRow]:
        by = SORTS[self.sort_index]
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
        detail = self.query_one("#detail", Static)
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
                )
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
        # Holding an arrow key should move the cursor, not redraw the detail at every row:
        # draw it once the cursor rests for a moment.
        if self._detail_timer is not None:
            self._detail_timer.stop()
        row = event.row
        self._detail_timer = self.set_timer(DETAIL_DELAY, lambda: self.show_detail(row))

    # -- actions -------------------------------------------------------------------------
    def _update_rows(self, ids: list[str]) -> None:
        """Refresh the rows of changed claims in place (no full reload)."""
        fresh = {r.id: r for r in self.workspace.rows_for(ids)}
        # Rows are replaced where they stand: a mark costs the rows it changed, not a pass
        # over all 100,000. The lists may be one object (no filter); replacing twice is harmless.
        self._all_positions = replace_rows(self.all_rows, fresh, self._all_positions)
        self._rows_generation += 1
        self.claim_list.replace(fresh)
        self.show_detail(self.claim_list.current)

    def action_mark(self, status: str) -> None:
        ids = self.claim_list.targets()
        if not ids:
            return
        try:
            self.workspace.set_status(ids, status)
        except TrackerError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        self.claim_list.selected.clear()
        self._update_rows(ids)
        self.notify(f"{len(ids)} claim(s) marked {status}", timeout=2)

    def action_note(self) -> None:
        ids = self.claim_list.targets()
        if not ids:
            return

        def save(text: str | None) -> None:
            if not text or not text.strip():
                return
            try:
                for cid in ids:
                    self.workspace.add_note(cid, text)
            except TrackerError as exc:
                self.notify(str(exc), severity="error", markup=False)
                return
            self._update_rows(ids)
            self.notify(f"note added to {len(ids)} claim(s)", timeout=2)

        self.push_screen(NoteScreen(f"Note on {len(ids)} claim(s)"), save)

    def action_evidence(self) -> None:
        ids = self.claim_list.targets()
        if not ids:
            return

        def save(url: str | None) -> None:
            if not url:
                return
            try:
                check_url(url)
                for cid in ids:
                    self.workspace.add_evidence(cid, url)
            except TrackerError as exc:
                self.notify(str(exc), severity="error", markup=False)
                return
            self._update_rows(ids)

        self.push_screen(PromptScreen("Evidence URL", "https://…"), save)

    def action_undo(self) -> None:
        try:
            events = self.workspace.undo()
        except TrackerError as exc:
            self.notify(str(exc), severity="warning", markup=False)
            return
        self._update_rows([e.claim_id for e in events if e.claim_id])
        self.notify(f"undid {len(events)} change(s)", timeout=2)

    def action_focus_filter(self) -> None:
        self.query_one("#filter", Input).focus()

    def action_focus_list(self) -> None:
        self.claim_list.focus()

    def action_sort(self) -> None:
        self.sort_index = (self.sort_index + 1) % len(SORTS)
        self.apply_filter(keep=self.claim_list.current.id if self.claim_list.current else None)

    def action_stats(self) -> None:
        self.push_screen(StatsScreen(self.claim_list.rows))

    def action_audit(self) -> None:
        result = self.workspace.verify_audit()
        self.push_screen(AuditScreen(self.workspace.history(), result.message))

    def action_help(self) -> None:
        lines = [
            (b.key if b.id is None else self._keys_for(b), b.description)
            for b in [*self.BINDINGS, *ClaimList.BINDINGS]
            if isinstance(b, Binding)
        ]
        self.push_screen(HelpScreen(lines))

    def _keys_for(self, binding: Binding) -> str:
        keymap = getattr(self, "_keymap", None) or {}
        return keymap.get(binding.id or "", binding.key)

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.theme != "textual-light" else "textual-dark"

    def action_ingest(self) -> None:
        def start(paths: str | None) -> None:
            if paths and paths.split():
                self.ingest_files(paths.split())

        self.push_screen(PromptScreen("Ingest files or folders (space-separated)", "seeds/"), start)

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
            try:
                n = export_to(self.workspace, fmt.strip(), target.strip(), self.claim_list.rows)
            except (TrackerError, OSError) as exc:
                self.notify(str(exc), severity="error", markup=False)
                return
            self.notify(f"{n} claim(s) written to {target.strip()}", markup=False)

        self.push_screen(
            PromptScreen(
                "Export the listed claims: FORMAT FILE (jsonl, csv, md, claimreview)",
                "csv claims.csv",
            ),
            run,
        )


def export_to(ws: Workspace, fmt: str, target: str, rows: list[ClaimRow]) -> int:
    """Write the rows shown in the list to ``target`` atomically."""
    from tracker import export
    from tracker.atomic import atomic_open
    from tracker.errors import InvalidValueError

    if fmt not in export.CLAIM_FORMATS or not target:
        raise InvalidValueError(f"give a format ({', '.join(export.CLAIM_FORMATS)}) and a file")
    claims = (ws.claim(r.id) for r in rows)
    with atomic_open(Path(target), "w", encoding="utf-8", newline="") as out:
        if fmt == "jsonl":
            return export.write_claims_jsonl(claims, out)
        if fmt == "csv":
            return export.write_claims_csv(claims, out, ws.article_or_none)
        if fmt == "md":
            return export.write_claims_markdown(claims, out, ws.article_or_none)
        return export.write_claimreview(claims, out, ws.article_or_none, ws.reviewed)


def run_app(workspace: Workspace) -> None:
    TrackerApp(workspace).run()
