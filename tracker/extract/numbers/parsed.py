"""What the number grammar reads (tokens) and what it returns (a Parsed number)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Protocol

# A number is at most this many tokens: every loop is bounded, so scanning stays linear.
MAX_TOKENS = 24


class Tok(Protocol):
    text: str
    low: str
    start: int
    end: int


@dataclass(slots=True)
class Parsed:
    """Tokens [i, j) read as one number."""

    i: int
    j: int
    value: float
    words: bool = False
    fraction: bool = False
    vague: bool = False
    slash: bool = False  # written with '/': '3/4' (and, in claims, beware '9/11')
    glued_unit: str | None = None  # 'two-year': the unit is part of the number's word

    # Written out, as Token's is: mypyc compiles this one, while the __init__ @dataclass
    # generates stays Python (a number is parsed at every figure and number word).
    def __init__(
        self,
        i: int,
        j: int,
        value: float,
        words: bool = False,
        fraction: bool = False,
        vague: bool = False,
        slash: bool = False,
        glued_unit: str | None = None,
    ) -> None:
        self.i = i
        self.j = j
        self.value = value
        self.words = words
        self.fraction = fraction
        self.vague = vague
        self.slash = slash
        self.glued_unit = glued_unit


def adjacent(a: Tok, b: Tok) -> bool:
    """Nothing between the two tokens: '10' and '%' in '10%'."""
    return a.end == b.start


def power(base: float, exponent: float) -> float | None:
    """``base ** exponent``, or None where the result does not fit a float ('10^400')."""
    try:
        result = base**exponent
    except (OverflowError, ZeroDivisionError):
        return None
    return result if isinstance(result, float) and math.isfinite(result) else None


def exponent_digits(text: str) -> int | None:
    """The integer an exponent's digits write, or None for one no float could take (more
    than six digits after leading zeros: '1e' followed by five thousand nines)."""
    digits = text.lstrip("0") or "0"
    return int(digits) if len(digits) <= 6 else None
