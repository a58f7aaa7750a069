"""The real program in a real pseudo-terminal: keys in as a person types them, the screen
read back through a terminal emulator (pexpect spawns, pyte draws what it prints).

Tests that use it skip where there is no pty (Windows, a sandbox without /dev/ptmx) or the
test extras are not installed.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect")
pyte = pytest.importorskip("pyte")

ROOT = Path(__file__).resolve().parent.parent
COLUMNS, LINES = 120, 40
KEY_GAP = 0.005  # seconds between keys (the waits, not the pace, keep keys where they belong)
SETTLE = 0.25  # seconds a line must stay the same to be what the app made of the keys
LIST_KEYS = "space Select"  # the footer's first binding while the claim list has the focus
# Keys as a terminal sends them (xterm).
KEYS = {
    "enter": "\r",
    "escape": "\x1b",
    "space": " ",
    "up": "\x1b[A",
    "down": "\x1b[B",
    "right": "\x1b[C",
    "left": "\x1b[D",
    "shift+right": "\x1b[1;2C",
    "ctrl+s": "\x13",
    "ctrl+u": "\x15",
}
# The detail pane's first line: 'STATUS  c_…'.
DETAIL_HEAD = re.compile(r"│ [A-Z]+ +(c_[0-9a-f]{16}) ")


def need_a_pty() -> None:
    """Skip the calling test where this machine cannot open a pseudo-terminal."""
    if sys.platform == "win32":
        pytest.skip("no pseudo-terminals on Windows")
    try:
        leader, follower = os.openpty()
    except OSError as exc:
        pytest.skip(f"no pseudo-terminal here: {exc}")
    os.close(leader)
    os.close(follower)


def program_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment a person's shell would give tracker: none of the developer's TRACKER_
    settings or keymap, this checkout on the path, a plain terminal."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRACKER_")}
    env.update(
        PYTHONPATH=str(ROOT),
        XDG_CONFIG_HOME=str(home),
        TERM="xterm-256color",
        COLUMNS=str(COLUMNS),
        LINES=str(LINES),
        NO_COLOR="1",
        TRACKER_USER="ann",
    )
    env.update(extra)
    return env


def run(home: Path, db: Path, *args: str, env: dict[str, str] | None = None) -> str:
    """`tracker --db DB ARGS…` as a separate process; its stdout (a failure fails the test
    with what it printed)."""
    done = subprocess.run(
        [sys.executable, "-m", "tracker", "--db", str(db), *args],
        env={**program_env(home), **(env or {})},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, f"tracker {' '.join(args)}: {done.stderr or done.stdout}"
    return done.stdout


class Terminal:
    """`tracker --db DB` (the app) running in a pseudo-terminal of COLUMNS x LINES."""

    def __init__(self, home: Path, db: Path) -> None:
        self.screen = pyte.Screen(COLUMNS, LINES)
        self.stream = pyte.Stream(self.screen)
        self.child = pexpect.spawn(
            sys.executable,
            ["-m", "tracker", "--db", str(db)],
            env=program_env(home),
            dimensions=(LINES, COLUMNS),
            encoding="utf-8",
            codec_errors="replace",
        )
        self.child.delaybeforesend = None  # press() paces the keys itself

    # -- reading --------------------------------------------------------------------------
    def _pump(self, wait: float) -> None:
        try:
            while True:
                self.stream.feed(self.child.read_nonblocking(1 << 16, timeout=wait))
                wait = 0.01
        except (pexpect.TIMEOUT, pexpect.EOF):
            pass  # nothing more for now, or the program ended (wait_until says so)

    def text(self) -> str:
        return "\n".join(self.screen.display)

    def wait_for(self, wanted: str, timeout: float = 15) -> str:
        """Wait until ``wanted`` is on screen (on one line); the screen as text."""
        return self.wait_until(lambda: wanted in self.text(), f"{wanted!r} on screen", timeout)

    def wait_gone(self, unwanted: str, timeout: float = 15) -> str:
        return self.wait_until(lambda: unwanted not in self.text(), f"{unwanted!r} gone", timeout)

    def wait_until(self, done: Callable[[], bool], what: str, timeout: float = 15) -> str:
        """Read the screen until ``done()``; fail naming ``what``, with the screen."""
        end = time.monotonic() + timeout
        while True:
            self._pump(0.05)
            if done():
                return self.text()
            if time.monotonic() > end or not self.child.isalive():
                raise AssertionError(f"waited {timeout}s for {what}; the screen:\n{self.text()}")

    def _detail(self) -> tuple[str, str]:
        """The highlighted claim: its id and the detail pane's text below it."""
        lines = self.screen.display
        for k, line in enumerate(lines):
            found = DETAIL_HEAD.search(line)
            if found:
                return found.group(1), "\n".join(lines[k + 1 :])
        return "", ""

    def highlighted(self) -> str:
        """The highlighted claim's id ('' while none is)."""
        return self._detail()[0]

    def current_claim(self) -> str:
        cid = self.highlighted()
        assert cid, f"no claim in the detail pane:\n{self.text()}"
        return cid

    # -- typing ---------------------------------------------------------------------------
    def _footer(self) -> str:
        return self.screen.display[-1]

    def wait_list(self) -> None:
        """Wait until the claim list has the keys (the footer lists its bindings): a key
        reaches whatever has the focus when the app reads it, and a dialog closing or the
        filter's enter hands the focus back a moment later."""
        self.wait_until(lambda: LIST_KEYS in self._footer(), "the list to have the focus", 15)

    def wait_elsewhere(self) -> None:
        """Wait until something other than the list has the keys (a dialog, the filter)."""
        self.wait_until(lambda: LIST_KEYS not in self._footer(), "the focus to leave the list", 15)

    def dialog(self, key: str, title: str) -> None:
        """Press a key that opens a dialog; wait until it shows ``title`` and its input has
        the keys (the terminal's cursor, which the app puts in the focused input, moved)."""
        self.wait_list()
        cursor = (self.screen.cursor.y, self.screen.cursor.x)
        self.press(key)
        self.wait_until(
            lambda: title in self.text() and (self.screen.cursor.y, self.screen.cursor.x) != cursor,
            f"the dialog {title!r} to take the keys",
            15,
        )

    def command(self, key: str) -> None:
        """A key for the claim list (S, C, D, z …), pressed once the list has the focus."""
        self.wait_list()
        self.press(key)

    def press(self, *keys: str) -> None:
        """Keys by name ('enter', 'shift+right') or as typed ('S', 'z'), one at a time."""
        for key in keys:
            self.child.send(KEYS.get(key, key))
            time.sleep(KEY_GAP)

    def type(self, text: str) -> None:
        self.press(*text)

    def _input_line(self) -> str:
        """What the input under the terminal's cursor holds (the focused one)."""
        line = self.screen.display[self.screen.cursor.y]
        inside = line.rsplit("▊", 1)[-1].split("▎", 1)[0]
        return inside.strip()

    def fill(self, text: str) -> None:
        """Clear the focused input and type ``text``, then check the line shows it, as a
        person looks before pressing enter (a dialog selects its text once it has the focus:
        keys typed before that moment are replaced, so the line is typed again)."""
        for _attempt in range(5):
            self.press("ctrl+u")
            # Keys typed within ~10 ms of ctrl+u are often lost (the input is cleared after
            # them): measured in this terminal, not the app's doing; a person is slower.
            time.sleep(0.05)
            self.type(text)
            if self._settled_line(text) == text:
                return
        raise AssertionError(f"could not type {text!r}; the screen:\n{self.text()}")

    def _settled_line(self, text: str, timeout: float = 3) -> str:
        """The focused input's line once it shows ``text`` or stops changing for a moment."""
        seen, since = None, time.monotonic()
        end = since + timeout
        while time.monotonic() < end:
            self._pump(0.03)
            line = self._input_line()
            if line == text:
                return line
            if line != seen:
                seen, since = line, time.monotonic()
            elif time.monotonic() - since > SETTLE:
                return line
        return self._input_line()

    def move(self, key: str, times: int) -> None:
        """An arrow key held down: one burst (the focus stays where it is)."""
        self.child.send(KEYS[key] * times)

    def filter(self, words: str, expect: str) -> str:
        """/ words enter: the list shows only claims with these words, and the highlighted
        one (its detail) holds ``expect``; its id."""
        self.command("/")
        self.wait_elsewhere()
        self.fill(words)
        self.press("enter")
        self.wait_until(
            lambda: f"▊  {words} " in self.text() and f"│ {expect}" in self._detail()[1],
            f"the filter {words!r} and a claim with {expect!r}",
            15,
        )
        self.wait_list()
        return self.current_claim()

    def quit(self) -> int:
        self.command("q")
        self.child.expect(pexpect.EOF, timeout=15)
        self.child.close()
        return self.child.exitstatus

    def close(self) -> None:
        if self.child.isalive():
            self.child.terminate(force=True)
