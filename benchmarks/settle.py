"""Waiting for the app to finish what a key caused: shared by the TUI benchmark and the
fresh-process start-up run, which imports only this (and what a user's app imports)."""

from __future__ import annotations

from typing import Any


async def settle(pilot: Any) -> None:
    """Until every widget has handled its queued messages, then composite the screen."""
    app = pilot.app
    for _ in range(100):
        await pilot._wait_for_screen()
        nodes = [app, *app.screen.walk_children(with_self=True)]
        if all(node._message_queue.empty() for node in nodes):
            break
    app.screen._on_timer_update()
