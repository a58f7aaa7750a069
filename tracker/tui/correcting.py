"""The app's corrections: keys and actions to edit, dismiss, merge, split and add claims.

A mixin of TrackerApp (it uses the app's workspace, list and filter). Its dialogs live in
``correcting_screens`` and are imported when first opened: start-up pays for neither.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from rich.text import Text
from textual import work
from textual.binding import Binding, BindingType

from tracker.errors import InvalidValueError, TrackerError
from tracker.textsafe import safe_line
from tracker.workspace import parse_kind

if TYPE_CHECKING:
    from tracker.model import Claim
    from tracker.tui.app import TrackerApp

CORRECTION_BINDINGS: list[BindingType] = [
    Binding("S", "edit_speaker", "Edit speaker", show=False, id="correct.speaker"),
    Binding("C", "edit_figures", "Correct figures or kinds", show=False, id="correct.figures"),
    Binding("D", "dismiss_claims", "Dismiss / restore", show=False, id="correct.dismiss"),
    Binding("H", "toggle_dismissed", "Show dismissed", show=False, id="correct.show_dismissed"),
    Binding("M", "merge_selected", "Merge selected", show=False, id="correct.merge"),
    Binding("A", "add_claim", "Add a claim (article view)", show=False, id="correct.add"),
    Binding("T", "twin_verdict", "Apply twin's verdict", show=False, id="correct.twin"),
    Binding("X", "split_claim", "Split the claim (article view)", show=False, id="correct.split"),
]
SHOW_DISMISSED = "status:dismissed"
WARM_AFTER = 0.5  # seconds between looks at whether start-up has read every row
T = TypeVar("T")


def parse_figure_edit(text: str) -> dict[str, Any]:
    """The `C` dialog's line as Workspace.edit_claim arguments:
    '2 value=41 unit=clinics approx=about kind=count' · '-1' (remove #1) · '+40 clinics' (add from
    these words) · 'kinds=q,a'. Quantity numbers are as the detail pane lists them."""
    from tracker.correcting import QuantityFix
    from tracker.corrections import read_value

    text = text.strip()
    if text.startswith("+"):
        return {"add_quantity": text[1:].strip()}
    if re.fullmatch(r"-\d+", text):
        return {"remove": [int(text[1:])]}
    out: dict[str, Any] = {}
    number: int | None = None
    changes: dict[str, str] = {}
    for token in text.split():
        key, sep, value = token.partition("=")
        if not sep and key.isdigit():
            number = int(key)
        elif key == "kinds":
            out["kinds"] = [parse_kind(k) for k in value.split(",") if k]
        elif key in ("value", "unit", "approx", "kind"):
            changes[key] = value
        else:
            raise InvalidValueError(
                f"{token!r}: use N value=V unit=U approx=A kind=K, -N, +words or kinds=q,a"
            )
    if changes:
        value, clear = read_value(changes.get("value"))  # as `tracker edit --value` reads it
        out["quantity"] = QuantityFix(
            number,
            value,
            changes.get("unit"),
            changes.get("approx"),
            clear_value=clear,
            kind=changes.get("kind"),
        )
    if not out:
        raise InvalidValueError("nothing to change: e.g. '1 value=150000 unit=people'")
    return out


class CorrectionActions:
    """TrackerApp actions for a person's corrections (see the module docstring)."""

    def on_mount(self: TrackerApp) -> None:
        """Textual calls each class's on_mount, the app's first; this one warms search by
        value: once start-up has read every row, the index of figures is built in a thread,
        so the first figure typed into the filter does not wait for it (0.3-0.5 s at 100,000
        claims with the number reader's import)."""
        self.set_timer(WARM_AFTER, self._warm_figures)

    def _warm_figures(self: TrackerApp) -> None:
        if not self.claim_list.is_attached:
            return
        if self._loading is not None:  # start-up still reading rows: look again later
            self.set_timer(WARM_AFTER, self._warm_figures)
            return
        key, docs = self.workspace.figure_index_source()
        self._build_figures(key, docs)

    @work(thread=True, exclusive=True, group="figures", exit_on_error=False)
    def _build_figures(self: TrackerApp, key: tuple[int, int, int], docs: list[Any]) -> None:
        from tracker.value_search import FigureIndex, load_reader

        load_reader()
        index = FigureIndex(docs)
        with contextlib.suppress(RuntimeError):  # the app closed meanwhile
            self.call_from_thread(self.workspace.use_figure_index, key, index)

    def _current_claim(self: TrackerApp) -> Claim | None:
        row = self.claim_list.current
        return self.workspace.claim(row.id) if row is not None else None

    def _refilter(self: TrackerApp, ids: list[str]) -> None:
        """Claims were dismissed, restored or merged away: filter the list again. The fresh
        rows go into the full list only; the shown list is rebuilt by the filter anyway."""
        self._refresh_rows(ids)
        self.apply_filter(keep=self.claim_list.current.id if self.claim_list.current else None)

    def _edit_targets(self: TrackerApp, changes: dict[str, Any], done: str) -> None:
        """A correction applies as marks do: to the selected claims, else the highlighted."""
        ids = self.claim_list.targets()
        if ids and self._change(ids, lambda: self.workspace.edit_claims(ids, **changes), done):
            self.claim_list.selected.clear()
            self.claim_list.refresh()

    def action_edit_speaker(self: TrackerApp) -> None:
        claim = self._current_claim()
        if claim is None:
            return

        def save(name: str | None) -> None:
            if name is not None:
                n = len(self.claim_list.targets())
                self._edit_targets(
                    {"speaker": name}, f"{n} speaker(s) set to {safe_line(name) or 'nobody'}"
                )

        from tracker.tui.correcting_screens import SpeakerScreen

        speakers = self.workspace.article_speakers(claim.article_id)
        self.push_screen(SpeakerScreen(claim.speaker or "", speakers), save)

    def action_edit_figures(self: TrackerApp) -> None:
        claim = self._current_claim()
        if claim is None:
            return
        listed = "  ".join(f"{k}: {safe_line(q.text)}" for k, q in enumerate(claim.quantities, 1))

        def save(line: str | None) -> None:
            if not line or not line.strip():
                return
            changes = self._attempt(lambda: parse_figure_edit(line))
            if changes is None:
                return
            self._edit_targets(changes, f"{len(self.claim_list.targets())} claim(s) corrected")

        from tracker.tui.screens import PromptScreen

        title = f"Correct: N value=V unit=U approx=A · -N removes · +words adds · kinds=q,a   [{listed or 'no figures'}]"
        self.push_screen(PromptScreen(title, "1 value=150000 unit=people"), save)

    def action_dismiss_claims(self: TrackerApp) -> None:
        ids = self.claim_list.targets()
        if not ids:
            return
        row = self.claim_list.current
        restoring = row is not None and row.state == "dismissed"
        change = self.workspace.restore if restoring else self.workspace.dismiss
        verb = "restored" if restoring else "dismissed"
        if self._attempt(lambda: change(ids)) is None:
            return
        self.claim_list.selected.clear()
        self._refilter(ids)
        self.notify(f"{len(ids)} claim(s) {verb} (z undoes)", timeout=2)

    def action_toggle_dismissed(self: TrackerApp) -> None:
        words = self._filter.value.split()
        if SHOW_DISMISSED in words:
            words = [w for w in words if w != SHOW_DISMISSED]
        else:
            words.append(SHOW_DISMISSED)
        self._filter.value = " ".join(words)

    def action_merge_selected(self: TrackerApp) -> None:
        row = self.claim_list.current
        others = [c for c in self.claim_list.targets() if row is None or c != row.id]
        if row is None or not others:
            self.notify("select the claims to merge (space), then M on the one to keep")
            return
        if self._attempt(lambda: self.workspace.merge(row.id, others)) is None:
            return
        self.claim_list.selected.clear()
        self._refilter([row.id, *others])
        self.notify(f"{len(others)} claim(s) merged into this one (z undoes)", timeout=2)

    def _attempt(self: TrackerApp, change: Callable[[], T]) -> T | None:
        """Run a correction; a refusal shows as a one-line notice (and gives None)."""
        try:
            return change()
        except TrackerError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return None

    def _pick_in_article(
        self: TrackerApp, split: bool, save: Callable[[Claim, tuple[int, int]], None]
    ) -> None:
        """Open the highlighted claim's article at the claim (at its middle, to split it);
        a chosen span goes to ``save``."""
        claim = self._current_claim()
        if claim is None:
            return
        article = self.workspace.article(claim.article_id)

        from tracker.tui.correcting_screens import ArticleScreen

        def chosen(span: tuple[int, int] | None) -> None:
            if span is not None:
                save(claim, span)

        at = claim.start + len(claim.text) // 2 if split else claim.start
        self.push_screen(ArticleScreen(article.title, article.text, at, split=split), chosen)

    def action_add_claim(self: TrackerApp) -> None:
        def save(claim: Claim, span: tuple[int, int]) -> None:
            added = self._attempt(
                lambda: self.workspace.add_claim(claim.article_id, start=span[0], end=span[1])
            )
            if added is None:
                return
            self._insert_rows([added.id])
            self.apply_filter(keep=added.id)
            self.notify(f"claim {added.id} added (S, C correct it; z undoes)", timeout=3)

        self._pick_in_article(False, save)

    def action_split_claim(self: TrackerApp) -> None:
        def save(claim: Claim, span: tuple[int, int]) -> None:
            parts = self._attempt(lambda: self.workspace.split(claim.id, at=span[0]))
            if parts is None:
                return
            first, second = parts
            self._update_rows([first.id])
            self._insert_rows([second.id])
            self.apply_filter(keep=first.id)
            self.notify(f"split: the second part is {second.id} (z undoes)", timeout=3)

        self._pick_in_article(True, save)

    def action_twin_verdict(self: TrackerApp) -> None:
        ids = self.claim_list.targets()
        if ids and self._change(
            ids, lambda: self.workspace.mark_from_twin(ids), "verdict carried from the twin"
        ):
            self.claim_list.selected.clear()


def correction_note(app: TrackerApp, claim: Claim) -> Text:
    """What the detail pane adds for a claim a person touched, and a twin's verdict on offer."""
    out = Text()
    if claim.dismissed:
        out.append("\nDismissed as not a claim (D restores)\n", "bold yellow")
    if claim.merged_into:
        out.append(f"\nMerged into {claim.merged_into}\n", "bold yellow")
    if claim.origin != "machine":
        out.append(f"\nOrigin   {claim.origin} by a person\n", "dim")
    if claim.matches and claim.status.value == "unverified":
        twin = app.workspace.twin_verdict(claim.id)
        if twin is not None:
            out.append(f"\nTwin's verdict  {twin.status.value.upper()}", "bold")
            out.append(f"  ({twin.kind} twin {twin.claim_id}, same figures) — T applies it\n")
    return out
