"""Which scale a temperature's degrees are in: the scale named after them ('3 degrees
Celsius', 'the 2-degree Celsius limit'), else the one the article names ('warming of 1.5C
… the 2-degree threshold'): a writer names the scale once and then writes bare degrees."""

from __future__ import annotations

import dataclasses

from tracker.extract.tokens import Token
from tracker.model import Quantity

# A scale's names after a number of degrees, in lower case.
SCALE_NAMES = {
    "celsius": "°C",
    "centigrade": "°C",
    "c": "°C",
    "fahrenheit": "°F",
    "f": "°F",
}
# Degrees that turn, not warm: 'a 180-degree turn', 'a 360-degree view', '45 degrees to the left'.
ANGLE_WORDS = frozenset(
    "turn turns u-turn view views angle angles rotation spin shift pivot arc tilt incline "
    "slope angled left right east west north south".split()
)
TURN_VALUES = frozenset({90.0, 180.0, 270.0, 360.0})


def named_scale(tokens: list[Token], j: int) -> tuple[str, int] | None:
    """The scale named at token j just after a number of degrees, and the token past it;
    a capital 'C' or 'F' only as a capital ('3 degrees C')."""
    if j >= len(tokens):
        return None
    word = tokens[j]
    scale = SCALE_NAMES.get(word.low)
    if scale is None or (len(word.text) == 1 and not word.text.isupper()):
        return None
    return scale, j + 1


def article_scale(text: str, quantities: list[Quantity], named: list[Quantity]) -> list[Quantity]:
    """Bare degrees given the scale the article's temperatures are in (``named``: every
    figure read, a headline's too), when it names one scale only; degrees of a turn keep
    their word."""
    scales = {q.unit for q in named if q.unit in ("°C", "°F")}
    if len(scales) != 1:
        return quantities
    scale = scales.pop()
    return [dataclasses.replace(q, unit=scale) if _bare_degrees(text, q) else q for q in quantities]


def _bare_degrees(text: str, q: Quantity) -> bool:
    """Degrees with no scale that are no angle."""
    if q.unit != "degree" or q.value in TURN_VALUES:
        return False
    after = text[q.end : q.end + 30].split()
    return not (after and after[0].strip(".,;:").lower() in ANGLE_WORDS)
