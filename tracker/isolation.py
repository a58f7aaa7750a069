"""Per-input isolation: one bad article, row or query is reported and skipped, the rest goes on.

Extraction and parsing run untrusted text through a large grammar; whatever exception one
input raises (an overflowing number, a parser's field limit, a bug not yet found) must cost
that input only. :func:`attempt` turns the exception into a one-line reason; the caller
records it beside the input's name and carries on, and the command exits 1 at the end.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from tracker.errors import StoreError, TrackerError

T = TypeVar("T")


def reason(exc: BaseException) -> str:
    """One line saying why an input failed: our own errors as they are, others by type."""
    if isinstance(exc, TrackerError):
        text = str(exc)
    else:
        detail = " ".join(str(exc).split())[:200]
        text = f"could not be processed ({type(exc).__name__}{': ' + detail if detail else ''})"
    return text


def attempt(fn: Callable[..., T], *args: object, **kwargs: object) -> tuple[T | None, str | None]:
    """``(fn(*args), None)``, or ``(None, reason)`` when it raised an ordinary exception.

    KeyboardInterrupt, SystemExit, MemoryError and the store's own errors (a locked or
    unreadable database) are not caught: they are not about the input, and every later input
    would meet them too.
    """
    try:
        return fn(*args, **kwargs), None
    except (MemoryError, StoreError):
        raise
    except Exception as exc:
        return None, reason(exc)
