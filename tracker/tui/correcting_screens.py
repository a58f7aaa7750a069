"""The dialogs of the app's corrections: pick a speaker, select a span of an article.

They show untrusted article text as plain text only; an article's control characters are
shown as '\ufffd', one character for one, so offsets in the view are offsets in the article.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, TextArea

from tracker.textsafe import safe_line, same_length


def viewable(text: str) -> str:
    """Article text safe to draw, the same length (offsets keep their meaning)."""
    return same_length(text)


class SpeakerScreen(ModalScreen[str | None]):
    """Choose one of the article's speakers, or type a name; escape cancels."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="speaker.cancel")]  # noqa: RUF012

    def __init__(self, current: str, speakers: list[str]) -> None:
        super().__init__()
        self.current = current
        self.speakers = speakers

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text("Speaker: type a name and press enter ('' for nobody), or pick one"))
            yield Input(value=self.current, id="speaker-input")
            if self.speakers:
                yield OptionList(*(Text(safe_line(s)) for s in self.speakers), id="speakers")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.speakers[event.option_index])

    def action_cancel(self) -> None:
        self.dismiss(None)


class ArticleScreen(ModalScreen[tuple[int, int] | None]):
    """The article, to select a claim the extractor missed: move with the arrows, select
    with shift+arrows, ctrl+s adds the selection; escape cancels."""

    BINDINGS = [  # noqa: RUF012
        Binding("ctrl+s", "confirm", "Add the selection as a claim", id="article.add"),
        Binding("escape", "cancel", "Cancel", id="article.cancel"),
    ]

    def __init__(self, title: str, text: str, at: int = 0, split: bool = False) -> None:
        super().__init__()
        self.title_text = title
        self.text = viewable(text)
        self.at = at
        self.split = split  # the cursor marks where a claim's second part starts

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="article-view"):
            how = (
                "put the cursor where the second part starts, ctrl+s splits"
                if self.split
                else "shift+arrows select, ctrl+s adds"
            )
            yield Label(Text(f"{safe_line(self.title_text)[:60]}  ({how}, escape cancels)"))
            yield TextArea(self.text, read_only=True, soft_wrap=True, id="article-text")

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.cursor_location = area.document.get_location_from_index(self.at)
        area.focus()

    def selection(self) -> tuple[int, int]:
        area = self.query_one(TextArea)
        start, end = sorted((area.selection.start, area.selection.end))
        doc = area.document
        return doc.get_index_from_location(start), doc.get_index_from_location(end)

    def action_confirm(self) -> None:
        start, end = self.selection()
        if self.split:
            self.dismiss((end, end))
            return
        if start == end:
            self.notify("select the claim's words first (shift+arrows)", severity="warning")
            return
        self.dismiss((start, end))

    def action_cancel(self) -> None:
        self.dismiss(None)
