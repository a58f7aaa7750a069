"""Two figures that make one range ('10-20%', 'between 10 and 20', '1.5 to 2 million'),
a score ('52-48'), or a code that only looks like a range ('+1-222-2222')."""

from __future__ import annotations

import re
from typing import NamedTuple

from tracker.extract import lexicon as lx
from tracker.extract.numbers import Parsed, adjacent, parse_digits
from tracker.extract.quantities.core import number_core
from tracker.extract.quantities.tables import (
    CHANGE_REACH,
    CHANGE_VERBS,
    CLAUSE_ENDS,
    CODE_JOINERS,
    DASHES,
    FALLS,
    GLUED_NUMBER_WORDS,
    LEVEL_OVER_CHANGE,
    NO_DIRECTION,
    RANGE_JOINERS,
    RANGE_OF_MEASURES,
    RANGE_VERBS,
)
from tracker.extract.quantities.units import UnitReading, measured_at
from tracker.extract.tokens import Token


class Lead(NamedTuple):
    """What comes before the number: where the quantity starts, its approximator and currency,
    and whether 'between' opens it (so 'and' joins a range)."""

    q_start: int
    approx: str | None
    currency: str | None
    between: bool


class FigureRange(NamedTuple):
    low: float | None
    high: float | None
    value: float
    end: int
    score: bool  # '52-48': a result, not a range


def figure_range(tokens: list[Token], core: Parsed, lead: Lead) -> FigureRange | None:
    """'10-20%', '10 to 20', 'between 10 and 20', '20 or 25 kilotons' right after the number."""
    n = len(tokens)
    j = core.j
    if not (
        j + 1 < n
        and tokens[j].low in RANGE_JOINERS
        and (tokens[j].low != "and" or lead.between)
        and not (tokens[j].low == "to" and _is_change(tokens, lead.q_start))
    ):
        return None
    skip = j + 1
    if skip < n and tokens[skip].text in lx.CURRENCY_SYMBOLS:
        skip += 1
    # '£190m and £265m': the second figure of an amount reads 'm' as millions, as the first
    other = number_core(tokens, skip, money=lead.currency is not None) if skip < n else None
    if other is not None and not core.fraction and not other.fraction:
        glued = adjacent(tokens[j - 1], tokens[j]) and adjacent(tokens[j], tokens[skip])
        spaced_figures = (
            not core.words
            and not other.words
            and tokens[j].low in DASHES
            and not adjacent(tokens[j - 1], tokens[j])
            and not adjacent(tokens[j], tokens[skip])
        )
        if tokens[j].low in DASHES and not (glued or spaced_figures):
            other = None
        elif glued and _chained(tokens, lead.q_start, other.j):
            other = None  # '+1-222-2222': a phone number or code, not a range
    if (
        other is not None
        and tokens[j].low == "to"
        and change_then_level(tokens, lead.q_start, core.value, other.value)
    ):
        return None  # 'rose 32,000 to 1.41 million': the change, then the new level
    if other is None or other.fraction:
        return None
    if core.fraction and other.value > 1:
        return None  # 'fell by a quarter to 41.2bn yen': a share of a change, then the level
    if core.vague or other.vague:
        return None  # 'hundreds of thousands or millions more': two vague amounts, no range
    if tokens[j].low == "to" and other.value * 100 < core.value:
        return None  # 'gave £48m to two boards': an amount, then a count of what it went to
    if tokens[j].low == "to" and _year(tokens, core) and not _year(tokens, other):
        return None  # 'sales fell in 2004 to 789m euros': a year, then the level
    if tokens[j].low == "to" and _falls_from(tokens, lead.q_start, core.value, other.value):
        return None  # 'from 70 to 55 percent': two values, before and after
    lo, hi = core.value, other.value
    # '1.5 to 2 million', 'six or seven million': the scale of the second applies to the first.
    if hi > lo * 1000 and core.j - core.i == 1 and other.j - other.i > 1:
        head = tokens[other.i]
        lo *= hi / float(parse_digits(head.text) or GLUED_NUMBER_WORDS.get(head.low) or hi)
    if tokens[j].low in DASHES and hi < lo:
        if lead.currency:
            return None  # '£35bn - £2.5bn': a subtraction of two amounts, not a range
        return FigureRange(None, None, lo, other.j, score=True)  # '52-48' is a score or poll
    low, high = min(lo, hi), max(lo, hi)
    return FigureRange(low, high, (low + high) / 2, other.j, score=False)


def _year(tokens: list[Token], p: Parsed) -> bool:
    """A figure written as a year is ('2004'): four bare digits from 1800 to 2099."""
    return p.j - p.i == 1 and _YEAR.fullmatch(tokens[p.i].text) is not None


_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def borrowed_unit_range(
    tokens: list[Token], core: Parsed, j: int
) -> tuple[UnitReading, float, float] | None:
    """'8- to 16-meter': the first figure borrows the unit of the second (reading, low, high)."""
    n = len(tokens)
    if not (
        j + 2 < n
        and tokens[j].text in DASHES
        and adjacent(tokens[j - 1], tokens[j])
        and tokens[j + 1].low == "to"
    ):
        return None
    second = measured_at(tokens, j + 2)
    if second is None or second.kind not in RANGE_OF_MEASURES:
        return None
    low, high = sorted((core.value, second.core.value))
    return second, low, high


def _is_change(tokens: list[Token], q_start: int) -> bool:
    """'rose from 5% to 7%', 'cutting the limit from 80mg to 50mg' give two values, before
    and after, not a range."""
    if q_start < 1 or tokens[q_start - 1].low != "from":
        return False
    return bool(_change_verbs(tokens, q_start))


def _change_verbs(tokens: list[Token], q_start: int) -> set[str]:
    """The change verbs of the clause before the 'from' at q_start - 1 ('has dropped over the
    past two years from 70 percent to 55 percent'), up to a comma or CHANGE_REACH words."""
    return _clause_words(tokens, q_start) & CHANGE_VERBS


def _clause_words(tokens: list[Token], q_start: int) -> set[str]:
    k = q_start - 1
    while k > max(0, q_start - 1 - CHANGE_REACH) and tokens[k - 1].text not in CLAUSE_ENDS:
        k -= 1
    return {t.low for t in tokens[k : q_start - 1]}


def _falls_from(tokens: list[Token], q_start: int, before: float, after: float) -> bool:
    """'slid from 64% to 48%': after 'from', a second figure below the first is where it went
    (a range runs low to high), unless the clause says it ranges ('ranged from -18 °C to
    -34 °C')."""
    return (
        after < before
        and q_start >= 1
        and tokens[q_start - 1].low == "from"
        and not _clause_words(tokens, q_start) & RANGE_VERBS
    )


def moves(tokens: list[Token], q_start: int, before: float, after: float) -> bool:
    """'cutting the limit from 80mg to 50mg': a change from one value to another, its
    direction agreeing with the verb ('reduced from 44 mg to 50 mg' reads as a range)."""
    if q_start < 1 or tokens[q_start - 1].low != "from":
        return False
    verbs = _change_verbs(tokens, q_start)
    if not verbs:
        return _falls_from(tokens, q_start, before, after)
    if verbs & FALLS:
        return after < before
    if verbs - NO_DIRECTION:
        return after > before
    return True


def change_then_level(tokens: list[Token], q_start: int, first: float, second: float) -> bool:
    """'fell 11,000 to 813,200', 'increased by 296,000 to 28.52 million', 'fell $2.86 to
    $41.32': after a change verb, a far larger second figure is the new level ('rose 5 to 10
    percent' stays a range)."""
    k = q_start - 1 - (q_start >= 1 and tokens[q_start - 1].low == "by")
    if k < 0 or tokens[k].low not in CHANGE_VERBS:
        return False
    lo, hi = sorted((first, second))
    return lo > 0 and hi >= LEVEL_OVER_CHANGE * lo


def _chained(tokens: list[Token], first: int, end: int) -> bool:
    """More glued '-' or '/' before or after 'A-B': part of a longer code."""
    before = (
        first > 0
        and tokens[first - 1].text in CODE_JOINERS
        and adjacent(tokens[first - 1], tokens[first])
    )
    after = (
        end < len(tokens)
        and tokens[end].text in CODE_JOINERS
        and adjacent(tokens[end - 1], tokens[end])
    )
    return before or after
