"""The footer, changed key by key rather than rebuilt.

Textual's Footer removes and mounts every key widget whenever the keys it shows change: when
a dialog closes and '/' (which a dialog takes for typing) comes back, ~17-25 ms of the
dialog's enter. This one mounts or removes only the keys that come or go, and falls back to
the full rebuild for anything else (binding groups, a key that changed in place).
"""

from __future__ import annotations

import asyncio
from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

# What a key widget is built from: the binding, enabled, tooltip, and the key as shown.
Entry = tuple[Binding, bool, str, str]


class SteadyFooter(Footer):
    """A Footer that adds and removes key widgets in place (see the module docstring)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._built: list[Entry] | None = None  # the keys composed, in order
        self._frame: tuple[object, ...] | None = None  # the rest compose depends on
        self._changing = asyncio.Lock()  # one change at a time: each reads the last one's keys

    def _entries(self) -> tuple[list[Entry], tuple[object, ...]] | None:
        """The keys Footer.compose would build now (one per action, its first binding),
        and the rest it reads; None when bindings are grouped (left to Footer)."""
        app, active = self.app, self.screen.active_bindings
        first: dict[str, Entry] = {}
        for _, b, enabled, tooltip in active.values():
            if b.show:
                if b.group is not None:
                    return None
                first.setdefault(b.action, (b, enabled, tooltip, app.get_key_display(b)))
        palette = active.get(app.COMMAND_PALETTE_BINDING)
        frame = (
            self.compact,
            self.show_command_palette,
            app.ENABLE_COMMAND_PALETTE,
            palette[1:] if palette is not None else None,
        )
        return list(first.values()), frame

    def compose(self) -> ComposeResult:
        now = self._entries() if self._bindings_ready else None
        self._built, self._frame = now if now is not None else (None, None)
        yield from super().compose()

    def bindings_changed(self, screen: Screen[Any]) -> None:
        if self._built is None or not screen.app.app_focus:
            super().bindings_changed(screen)
        elif self.is_attached and screen is self.screen:
            self.call_after_refresh(self._update_keys)  # when Footer would recompose

    async def _update_keys(self) -> None:
        async with self._changing:
            await self._change_keys()

    async def _change_keys(self) -> None:
        now = self._entries() if self.is_attached else None
        old = self._built
        if now is None or old is None or now[1] != self._frame:
            await self.recompose()
            return
        new = now[0]
        widgets = [c for c in self.children if isinstance(c, FooterKey)]
        keys, after = widgets[: len(old)], widgets[len(old) :]  # after: the palette's key
        if new == old:
            return
        if len(keys) != len(old) or not (_within(old, new) or _within(new, old)):
            await self.recompose()
            return
        self._built = new
        self.styles.grid_size_columns = len(new)
        if len(new) < len(old):  # keys gone: remove their widgets
            gone = [w for w, e in zip(keys, _marks(new, old), strict=True) if not e]
            await self.remove_children(gone)
            return
        at = 0
        for entry, kept in zip(new, _marks(old, new), strict=True):
            if kept:
                at += 1
                continue
            place = keys[at] if at < len(keys) else (after[0] if after else None)
            widget = _key_widget(self, entry)
            await (self.mount(widget, before=place) if place else self.mount(widget))


def _within(short: list[Entry], long: list[Entry]) -> bool:
    """``short`` is ``long`` with some entries left out, the rest in the same order."""
    it = iter(long)
    return len(short) <= len(long) and all(e in it for e in short)


def _marks(short: list[Entry], long: list[Entry]) -> list[bool]:
    """For each entry of ``long``, whether it is (the next) one of ``short``."""
    out, k = [], 0
    for e in long:
        hit = k < len(short) and short[k] == e
        out.append(hit)
        k += hit
    return out


def _key_widget(footer: Footer, entry: Entry) -> Widget:
    """A key widget as Footer.compose builds it."""
    binding, enabled, tooltip, shown = entry
    with footer._context():  # data_bind binds to the active message pump: the footer
        return _bound_key(binding, enabled, tooltip, shown)


def _bound_key(binding: Binding, enabled: bool, tooltip: str, shown: str) -> Widget:
    return FooterKey(
        binding.key,
        shown,
        binding.description,
        binding.action,
        disabled=not enabled,
        tooltip=tooltip,
    ).data_bind(compact=Footer.compact)
