"""Plain figures in a string: '150,000', '1.5', '1 000', and Indian grouping '12,34,567.89'.

No regular expression here can backtrack badly (a flat sequence of bounded character classes).
"""

from __future__ import annotations

import math
import re

_DIGITS = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+")


def parse_digits(text: str) -> float | None:
    """'150,000' -> 150000.0, '1.5' -> 1.5, '1 000' -> 1000.0; None if not a plain figure,
    or if it is beyond what a float holds (309 digits and more: see ``parse_number``)."""
    t = text.strip().replace("\u2009", "").replace("\u202f", "").replace("\xa0", "")
    t = t.replace(" ", "")
    if not _DIGITS.fullmatch(t):
        return None
    return _finite(float(t.replace(",", "")))


def parse_indian(text: str) -> float | None:
    """'12,34,567.89': lakh/crore grouping."""
    whole, _, frac = text.partition(".")
    groups = whole.split(",")
    if len(groups) < 3 or len(groups[-1]) != 3 or not all(g.isdecimal() for g in groups):
        return None
    if not all(len(g) == 2 for g in groups[1:-1]) or not 1 <= len(groups[0]) <= 2:
        return None
    if frac and not frac.isdecimal():
        return None
    return _finite(float("".join(groups) + ("." + frac if frac else "")))


def _finite(value: float) -> float | None:
    return value if math.isfinite(value) else None
