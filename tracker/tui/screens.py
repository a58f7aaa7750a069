"""Modal screens: help, note editor, one-line prompts, statistics, the audit log."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static, TextArea

from tracker.model import AuditEvent
from tracker.textsafe import safe_line
from tracker.tui.claim_list import STATUS_STYLE, clip
from tracker.workspace import ClaimRow

CLOSE: list[BindingType] = [Binding("escape,q", "dismiss_screen", "Close", id="screen.close")]


class _Closable(ModalScreen[None]):
    BINDINGS = CLOSE

    def action_dismiss_screen(self) -> None:
        self.dismiss(None)


class HelpScreen(_Closable):
    """Every binding of the app, from the bindings themselves (so rebinding shows here)."""

    def __init__(self, lines: Iterable[tuple[str, str]]) -> None:
        super().__init__()
        self.lines = list(lines)

    def compose(self) -> ComposeResult:
        text = Text("Keys\n\n", style="bold")
        for keys, description in self.lines:
            text.append(f"{keys:>14}  ", "bold cyan")
            text.append(f"{description}\n")
        text.append(
            "\nSelected claims (space): marks, notes, evidence, S, C, D and T act on them all "
            "(then the selection clears); with none selected, on the highlighted claim. M keeps "
            "the highlighted claim; A and X open its article.",
            "dim",
        )
        text.append(
            "\nFilter syntax: words to search, plus status:false kind:q speaker:name article:id",
            "dim",
        )
        with VerticalScroll(classes="dialog"):
            yield Static(text, markup=False)


class StatsScreen(_Closable):
    """Claims by status, by article and by speaker, as bar charts."""

    def __init__(self, rows: list[ClaimRow]) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        text = Text(f"{len(self.rows)} claims\n", style="bold")
        charts = (
            ("By status", Counter(r.status for r in self.rows), True),
            ("By article", Counter(r.article_title or r.article_id for r in self.rows), False),
            ("By speaker", speaker_counts(self.rows), False),
        )
        for title, counts, coloured in charts:
            text.append(f"\n{title}\n", "bold")
            top = counts.most_common(10)
            peak = max((n for _, n in top), default=1)
            for name, n in top:
                bar = "█" * max(1, round(30 * n / peak))
                text.append(f"  {clip(safe_line(name), 28):<28} ")
                text.append(bar, STATUS_STYLE.get(name, "cyan") if coloured else "cyan")
                text.append(f" {n}\n")
        with VerticalScroll(classes="dialog"):
            yield Static(text, markup=False)


# A pronoun is a mention the resolver could not tie to a name, never a speaker to count.
PRONOUNS = frozenset("i me we us you he him she her it they them this that who one someone".split())


def speaker_counts(rows: Iterable[ClaimRow]) -> Counter[str]:
    """Claims per speaker, case folded ('the Ministry' and 'The Ministry' are one), shown
    in their most frequent spelling; pronouns and claims without a speaker left out."""
    spellings: dict[str, Counter[str]] = {}
    for r in rows:
        name = " ".join(r.speaker.split())
        if name and name.casefold() not in PRONOUNS:
            spellings.setdefault(name.casefold(), Counter())[name] += 1
    return Counter({c.most_common(1)[0][0]: c.total() for c in spellings.values()})


class AuditScreen(_Closable):
    """The latest audit events and whether the chain holds."""

    def __init__(self, events: list[AuditEvent], verdict: str) -> None:
        super().__init__()
        self.events = events
        self.verdict = verdict

    def compose(self) -> ComposeResult:
        text = Text(self.verdict + "\n\n", style="bold")
        for e in reversed(self.events[-300:]):
            change = f" {e.before} → {e.after}" if e.action == "status.changed" else ""
            target = e.claim_id or e.article_id or ""
            text.append(f"#{e.seq:<6} {e.time[:19]} ", "dim")
            text.append(f"{safe_line(e.actor):<12} {e.action:<16} {target}{safe_line(change)}\n")
        with VerticalScroll(classes="dialog"):
            yield Static(text, markup=False)


class NoteScreen(ModalScreen[str | None]):
    """A small editor for a note; ctrl+s saves, escape cancels."""

    BINDINGS = [  # noqa: RUF012
        Binding("ctrl+s", "save", "Save", id="note.save"),
        Binding("escape", "cancel", "Cancel", id="note.cancel"),
    ]

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title_text = title

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text(self.title_text + "  (ctrl+s saves, escape cancels)"))
            yield TextArea(id="note-text")

    def action_save(self) -> None:
        self.dismiss(self.query_one(TextArea).text)

    def action_cancel(self) -> None:
        self.dismiss(None)


class PromptScreen(ModalScreen[str | None]):
    """One line of input (an evidence URL, paths to ingest, an export file)."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="prompt.cancel")]  # noqa: RUF012

    def __init__(self, title: str, placeholder: str = "", value: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.placeholder = placeholder
        self.value = value

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text(self.title_text))
            yield Input(value=self.value, placeholder=self.placeholder, id="prompt-input")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)
