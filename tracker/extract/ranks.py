"""Ordinal ranks a fact-checker can check: 'third-largest', 'the second biggest'."""

from __future__ import annotations

import re

from tracker.extract import lexicon as lx
from tracker.extract.numbers import ORDINALS
from tracker.model import Quantity

_ORD = "|".join(sorted(ORDINALS, key=len, reverse=True))
_RANK = re.compile(
    rf"\b(?:({_ORD})|(\d{{1,3}})(?:st|nd|rd|th))[- ]({'|'.join(sorted(lx.RANK_WORDS))})\b",
    re.IGNORECASE,
)


def find_ranks(text: str, start: int, end: int) -> list[Quantity]:
    out = []
    for m in _RANK.finditer(text, start, end):
        value = ORDINALS[m.group(1).lower()] if m.group(1) else int(m.group(2))
        out.append(
            Quantity(
                text=m.group(),
                start=m.start(),
                end=m.end(),
                value=float(value),
                kind="rank",
                unit=m.group(3).lower(),
            )
        )
    return out
