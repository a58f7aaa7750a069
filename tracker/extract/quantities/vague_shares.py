"""Shares said without a figure: 'a lead in the low single digits', 'a double-digit lead', 'a
tax of a fraction of a percent'. Each is an amount a checker can hold against a poll or a
rate, with no precise value (as 'thousands of' has none): kind percent, value None.

A lead, edge, margin or advantage is in percentage points ('a double-digit lead', 'won by
double digits'); anything else ('double-digit growth', 'a fraction of a percent') in percent.
Digits of a magnitude ('double-digit billions') are no share.
"""

from __future__ import annotations

import re

from tracker.model import Quantity

__all__ = ["vague_shares"]

_SHARE = re.compile(
    r"\b(?:(?:low|high|mid)[ -])?(?:single|double)[ -]digits?\b"
    r"|\ba fraction of (?:a|one) (?:percent|per cent|percentage point)\b",
    re.IGNORECASE,
)
_POINTS_AFTER = re.compile(r"\s+(?:leads?|edges?|margins?|advantages?|gaps?)\b", re.IGNORECASE)
_POINTS_BEFORE = re.compile(
    r"(?:\b(?:lead|edge|margin|advantage|gap)\s+(?:\w+\s+){0,3}|\bby\s+)$", re.IGNORECASE
)
# 'double-digit billions', 'the low double-digit millions of euros': a count of a magnitude
_SCALE_AFTER = re.compile(r"[ -]+(?:hundreds|thousands|millions|billions|trillions)\b", re.I)


def vague_shares(text: str, start: int, end: int, found: list[Quantity]) -> list[Quantity]:
    """``found`` with the figureless shares of ``text[start:end]`` that overlap none of it."""
    out = list(found)
    for m in _SHARE.finditer(text, start, end):
        if any(q.start < m.end() and m.start() < q.end for q in found):
            continue
        if _SCALE_AFTER.match(text, m.end()):
            continue
        before = text[max(start, m.start() - 40) : m.start()]
        points = _POINTS_AFTER.match(text, m.end()) or _POINTS_BEFORE.search(before)
        unit = "percentage point" if points and "fraction" not in m.group() else "percent"
        out.append(Quantity(m.group(), m.start(), m.end(), None, "percent", unit))
    return sorted(out, key=lambda q: q.start)
