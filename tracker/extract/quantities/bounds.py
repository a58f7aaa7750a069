"""Two one-sided quantities that bound one amount: 'more than 10 and less than 20'."""

from __future__ import annotations

import re

from tracker.extract import lexicon as lx
from tracker.model import Quantity


def round_value(v: float | None) -> float | None:
    """Twelve significant digits: enough for 1/7, and no binary noise like 0.30000000000000004."""
    return None if v is None else float(f"{float(v):.12g}")


def merge_bounds(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """'more than 10 and less than 20' -> one quantity with both bounds."""
    out: list[Quantity] = []
    for q in quantities:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == q.kind
            and (prev.unit == q.unit or prev.unit is None or q.unit is None)
            and (
                (
                    prev.low is not None
                    and prev.high is None
                    and q.high is not None
                    and q.low is None
                )
                or (
                    prev.high is not None
                    and prev.low is None
                    and q.low is not None
                    and q.high is None
                )
            )
            and _BOUND_GAP.fullmatch(text[prev.end : q.start])
        ):
            low = prev.low if prev.low is not None else q.low
            high = prev.high if prev.high is not None else q.high
            out[-1] = Quantity(
                text=text[prev.start : q.end],
                start=prev.start,
                end=q.end,
                value=round_value((low + high) / 2),
                kind=prev.kind,
                unit=prev.unit or q.unit,
                low=low,
                high=high,
                approx="between",
            )
            continue
        out.append(q)
    return out


_BOUND_WORDS = "|".join(
    re.escape(w).replace("\\ ", r"\s*")
    for w in sorted(lx.LOWER_BOUNDS | lx.UPPER_BOUNDS, key=len, reverse=True)
)
_BOUND_GAP = re.compile(
    rf"\s*(?:,|and|but|,\s*and|,\s*but)?\s*(?:{_BOUND_WORDS})\s*", re.IGNORECASE
)
