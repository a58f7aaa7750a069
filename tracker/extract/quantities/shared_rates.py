"""A rate said once for both ends of a change: 'from 180 zlotys to 265 zlotys a month', 'from
about €11m a season to under €4m', 'between 30 and 40 hours a week'. Both amounts are per
month (per season, per week); the text names the period once, after either of them."""

from __future__ import annotations

import dataclasses

from tracker.model import Quantity

# What may stand between the two ends, the second's approximator aside.
_JOINERS = frozenset(("to", "and"))


def shared_rates(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """``quantities`` with a rate given to the end of a change that the other end's period
    covers (same kind, same unit before 'per')."""
    if len(quantities) < 2 or not any(q.unit and " per " in q.unit for q in quantities):
        return quantities  # the common case: no rate in the sentence
    out = list(quantities)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if (
            a.kind != b.kind
            or not a.unit
            or not b.unit
            or (" per " in a.unit) == (" per " in b.unit)
        ):
            continue
        if a.unit.partition(" per ")[0] != b.unit.partition(" per ")[0]:
            continue
        if not _one_change(text, a, b):
            continue
        if " per " in a.unit:
            out[k + 1] = dataclasses.replace(b, unit=a.unit)
        else:
            out[k] = dataclasses.replace(a, unit=b.unit)
    return out


def _one_change(text: str, a: Quantity, b: Quantity) -> bool:
    """'from A to B' or 'between A and B': two ends of one change or span."""
    gap = text[a.end : b.start].split()
    if not gap or gap[0] not in _JOINERS:
        return False
    if b.approx is not None and " ".join(gap[1:]) != b.approx:
        return False
    if b.approx is None and len(gap) > 1:
        return False
    lead = text[max(0, a.start - 40) : a.start].split()
    if a.approx is not None:
        lead = lead[: -len(a.approx.split())]
    opener = "from" if gap[0] == "to" else "between"
    return bool(lead) and lead[-1].casefold() == opener
