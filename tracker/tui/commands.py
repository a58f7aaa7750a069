"""Every action of the app in the command palette (ctrl+p), named as in the help."""

from __future__ import annotations

from functools import partial

from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider


class TrackerCommands(Provider):
    def _actions(self) -> list[tuple[str, str]]:
        """(title, action) for each of the app's bindings, keys included as a person
        writes them ('/', '?'), as the help shows them."""
        from tracker.tui.app import key_names  # the app imports this module

        app = self.app
        out = []
        for binding in getattr(app, "BINDINGS", []):
            if isinstance(binding, Binding) and binding.action not in ("quit",):
                keys = app._keys_for(binding) if hasattr(app, "_keys_for") else binding.key
                out.append((f"{binding.description}  ({key_names(keys)})", binding.action))
        return out

    async def discover(self) -> Hits:
        for title, action in self._actions():
            yield DiscoveryHit(title, partial(self.app.run_action, action))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, action in self._actions():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), partial(self.app.run_action, action))
