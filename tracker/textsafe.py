"""Make untrusted text safe to print to a terminal.

Article text, speakers and notes come from outside: an ESC byte in them must not
reach the terminal as a control sequence. Control characters are shown as
visible escapes ('\\x1b'); newlines and tabs survive where the caller allows.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_CONTROL_NL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _visible(m: re.Match[str]) -> str:
    ch = m.group()
    if ch == "\n":
        return " "
    if ch == "\t":
        return " "
    return ch.encode("unicode_escape").decode("ascii")


def safe_line(text: str) -> str:
    """One line, every control character made visible (newlines and tabs become spaces)."""
    return _CONTROL_NL.sub(_visible, text)


def safe_block(text: str) -> str:
    """Keeps newlines and tabs; makes every other control character visible."""
    return _CONTROL.sub(_visible, text)


def same_length(text: str) -> str:
    """Every control character but newlines and tabs as '\ufffd', one for one: safe to draw,
    and an offset in the result is the same offset in ``text`` (the app's article view)."""
    return _CONTROL.sub("\ufffd", text)
