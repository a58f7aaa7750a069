"""A unit said once for two parallel figures: 'Trump up by 4 points in Ohio and Clinton up
by 1 in North Carolina', 'rose 3% in May and rose 2 in June'. The second figure, bare, is
in the first one's unit when the same words lead both (the writer elided the unit) and it
is of the first one's size ('rose 12% in May and rose 40,000 in June' counts jobs)."""

from __future__ import annotations

import dataclasses
import re

from tracker.model import Quantity

# Kinds whose unit an elided figure borrows ('points' counts are points of a lead).
_BORROWED_KINDS = frozenset({"percent", "measure"})
_POINTS = frozenset({"point", "points"})
_WORDS = re.compile(r"[A-Za-z]+")
# How many words before each figure must agree, and how far back they are read.
_LEAD_WORDS = 2
_REACH = 30
# How many times bigger one parallel figure may be than the other.
_SIZE_RATIO = 10


def elided_units(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """``quantities`` (one sentence's, in order) with a bare figure given the unit of an
    earlier measured one that the same two words lead ('up by 4 points … up by 1')."""
    if len(quantities) < 2:
        return quantities
    out = list(quantities)
    for k in range(1, len(out)):
        q = out[k]
        if q.kind != "count" or q.unit is not None or not q.text[:1].isdecimal():
            continue
        lead = _lead(text, q.start)
        if len(lead) < _LEAD_WORDS:
            continue
        for p in reversed(out[:k]):
            if _borrowable(p) and _lead(text, p.start) == lead:
                if _same_size(p, q):
                    out[k] = dataclasses.replace(q, kind=p.kind, unit=p.unit)
                break
    return out


def _borrowable(q: Quantity) -> bool:
    return q.unit is not None and (
        q.kind in _BORROWED_KINDS or (q.kind == "count" and q.unit in _POINTS)
    )


def _same_size(first: Quantity, bare: Quantity) -> bool:
    """A figure of the first one's size, as parallel figures are: 'rose by 12% in May and
    by 40,000 in June' counts jobs, not a share; nor is 900 an elided point of '2 points'.
    A share or a lead's points above 100 are none either."""
    if first.value is None or bare.value is None:
        return False
    big, small = max(abs(first.value), abs(bare.value)), min(abs(first.value), abs(bare.value))
    if big > _SIZE_RATIO * small:
        return False
    return first.kind == "measure" or bare.value <= 100


def _lead(text: str, at: int) -> list[str]:
    """The two words right before ``at`` (folded), none across a sentence's end."""
    before = text[max(0, at - _REACH) : at]
    if not before.endswith((" ", "\t")):
        return []
    words = _WORDS.findall(before.rsplit(".", 1)[-1].casefold())
    return words[-_LEAD_WORDS:]
