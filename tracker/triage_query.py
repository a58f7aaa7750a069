"""Triage fields in a search: 'worth:>60', 'priority:>=100', 'opinion:no'.

Shared by `tracker list --search` and the app's filter bar, which both split these tokens
off and search the rest as before. A bad value raises InvalidValueError naming the token.
"""

from __future__ import annotations

import math
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass

from tracker.errors import InvalidValueError

FIELDS = ("worth", "priority", "opinion")
_CMP = re.compile(r"^(>=|<=|>|<|=)?(.+)$")
_OPS: dict[str, Callable[[float, float], bool]] = {
    ">=": operator.ge,
    "<=": operator.le,
    ">": operator.gt,
    "<": operator.lt,
    "=": operator.eq,
}
_YES, _NO, _ANY = ("yes", "true", "y", "1"), ("no", "false", "n", "0"), ("any", "all")


@dataclass(slots=True, frozen=True)
class TriageTest:
    """What a claim's worth, priority and opinion flag must be."""

    worth: tuple[tuple[str, float], ...] = ()
    priority: tuple[tuple[str, float], ...] = ()
    opinion: bool | None = None  # None: either
    any_opinion: bool = False  # 'opinion:any' was asked (the app then shows opinion too)

    def accepts(self, worth: float, priority: float, opinion: bool) -> bool:
        if self.opinion is not None and opinion != self.opinion:
            return False
        return all(_OPS[op](worth, n) for op, n in self.worth) and all(
            _OPS[op](priority, n) for op, n in self.priority
        )


def _compare(token: str, value: str) -> tuple[str, float]:
    m = _CMP.match(value)
    assert m is not None  # the pattern accepts any non-empty value
    try:
        number = float(m.group(2))
    except ValueError:
        number = math.nan
    if not math.isfinite(number):
        raise InvalidValueError(f"{token}: give a number, e.g. worth:>60")
    return m.group(1) or "=", number


def split(text: str) -> tuple[TriageTest | None, str]:
    """The triage fields of a search, and the rest of it (None when it names none)."""
    worth: list[tuple[str, float]] = []
    prio: list[tuple[str, float]] = []
    opinion: bool | None = None
    any_opinion = found = False
    rest = []
    for token in text.split():
        key, sep, value = token.partition(":")
        key = key.lower()
        if not (sep and value and key in FIELDS):
            rest.append(token)
            continue
        found = True
        if key == "opinion":
            v = value.lower()
            if v not in (*_YES, *_NO, *_ANY):
                raise InvalidValueError(f"{token}: opinion is yes, no or any")
            any_opinion = v in _ANY
            opinion = None if any_opinion else v in _YES
        else:
            (worth if key == "worth" else prio).append(_compare(token, value))
    if not found:
        return None, text
    return TriageTest(tuple(worth), tuple(prio), opinion, any_opinion), " ".join(rest)
