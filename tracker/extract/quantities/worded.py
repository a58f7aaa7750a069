"""Amounts news writes in words that are no number word: vague durations ('for decades',
'several weeks'), a few of a currency ('a few pounds'), multipliers that are verbs too
('double the lead'), and a share or magnitude glued to a unit ('a half-cent', 'a
quarter-point cut', 'a quarter-century', 'billion-dollar deals').

Each reading returns a Parsed number as ``number_core`` does; the unit is read after it
as for any figure. Vague ones carry ``vague`` and lose their value in ``values.as_stated``.
"""

from __future__ import annotations

from tracker.extract import lexicon as lx
from tracker.extract.numbers import Parsed
from tracker.extract.quantities.tables import (
    COLLECTIVE_NUMBERS,
    FOLD_HEADS,
    GLUED_MAGNITUDES,
    GLUED_NUMBER_WORDS,
    GLUED_SHARES,
    MULTIPLIER_FOLLOWERS,
    MULTIPLIER_NOT_VERB_AFTER,
    ONCE_AFTER,
    ONCE_IN_A_IDIOMS,
    ONCE_NOT_AFTER,
    ONE_THING_PAIRS,
    POINT_WORDS,
    VAGUE_DURATIONS,
    VERB_MULTIPLIERS,
    YEARS_IN,
)
from tracker.extract.tokens import Token

__all__ = [
    "and_a_half",
    "fold_multiple",
    "glued_share",
    "once_at",
    "one_duration",
    "share_of_period",
    "verb_multiplier",
    "worded_vague",
]


def worded_vague(tokens: list[Token], i: int) -> Parsed | None:
    """'decades', 'several weeks', 'a few pounds': an amount with no figure, vague."""
    low = tokens[i].low
    nxt = tokens[i + 1].low if i + 1 < len(tokens) else ""
    if low in VAGUE_DURATIONS:
        # 'for decades', 'decades of neglect'; 'the decades since' names no amount either
        if i > 0 and tokens[i - 1].low in ("the", "recent", "past", "many", "several"):
            return None
        return Parsed(i, i + 1, 2.0, words=True, vague=True, glued_unit=VAGUE_DURATIONS[low])
    if low == "several" and _plural_of(nxt, lx.DURATION_UNITS):
        return Parsed(i, i + 1, 3.0, words=True, vague=True)  # 'several weeks', 'several hours'
    if low == "a" and nxt in COLLECTIVE_NUMBERS:
        if i + 2 < len(tokens) and tokens[i + 2].low == "of" and not _one_thing(tokens, i + 3):
            return Parsed(i, i + 2, COLLECTIVE_NUMBERS[nxt], words=True)  # 'a pair of letters'
        return None
    if low == "a" and nxt == "few" and i + 2 < len(tokens):
        after = tokens[i + 2].low
        if _plural_of(after, lx.CURRENCY_WORDS) and after not in lx.SUBUNITS:
            return Parsed(i, i + 2, 3.0, words=True, vague=True)  # 'a few pounds', 'a few dollars'
        old = i + 3 < len(tokens) and tokens[i + 3].low == "old"
        if _plural_of(after, lx.DURATION_UNITS) and not old:
            return Parsed(i, i + 2, 3.0, words=True, vague=True)  # 'a few weeks' (not an age)
    return None


def _one_thing(tokens: list[Token], k: int) -> bool:
    """The thing 'a pair of' names at k, or two adjectives on, is one thing ('a pair of
    jeans', 'a pair of old leather boots')."""
    return any(t.low in ONE_THING_PAIRS for t in tokens[k : k + 3])


def share_of_period(tokens: list[Token], i: int) -> Parsed | None:
    """'a quarter century', 'half a century', 'half a decade': a share of a period of years,
    a length in years (the glued 'quarter-century' is read by ``glued_share``)."""
    n = len(tokens)
    share = GLUED_SHARES.get(tokens[i].low)
    if share is None or i + 1 >= n:
        return None
    k = i + 2 if tokens[i + 1].low in ("a", "an") and tokens[i].low == "half" else i + 1
    if k >= n or tokens[k].low not in YEARS_IN:
        return None
    return Parsed(i, k + 1, share * YEARS_IN[tokens[k].low], words=True, glued_unit="years")


def once_at(tokens: list[Token], i: int) -> Parsed | None:
    """'once' counting one occasion ('can only win once', 'has met him once before'), as
    'twice' counts two; not the conjunction ('once the vote is over'), 'once again', 'at
    once', 'was once in a band' (formerly), the rarity 'once in a while', nor the
    frequency 'once a year' (the gold keeps only its period's length)."""
    if i == 0 or tokens[i - 1].low in ONCE_NOT_AFTER or tokens[i].text[0].isupper():
        return None  # ('Once this number is passed': a conjunction opening its clause)
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is not None and not (nxt.low in ONCE_AFTER or nxt.text in _CLAUSE_ENDS):
        return None
    idiom = tokens[i + 2 : i + 4] if nxt is not None and nxt.low == "in" else []
    if len(idiom) == 2 and idiom[0].low in ("a", "an") and idiom[1].low in ONCE_IN_A_IDIOMS:
        return None  # 'once in a while', 'once in a lifetime': a rarity, no occasion
    return Parsed(i, i + 1, 1.0, words=True, glued_unit="time")


_CLAUSE_ENDS = frozenset(".,;:!?)”\"'’—–")


def _plural_of(word: str, units: dict[str, str]) -> bool:
    return word.endswith("s") and word in units and units[word] != word


def verb_multiplier(tokens: list[Token], i: int) -> Parsed | None:
    """'is double the rate', 'or double the 7-point lead': a ratio where 'double' cannot be
    a verb (a copula, 'or' or an approximator before it, a determiner after it)."""
    low = tokens[i].low
    if low not in VERB_MULTIPLIERS or i == 0 or i + 1 >= len(tokens):
        return None
    k = i - 1
    if k > 0 and tokens[k].low in _STILL:
        k -= 1  # 'is now double the', 'was still double the'
    if tokens[k].low not in MULTIPLIER_NOT_VERB_AFTER:
        return None
    if tokens[i + 1].low not in MULTIPLIER_FOLLOWERS or tokens[i + 1].low == "as":
        return None
    return Parsed(i, i + 1, VERB_MULTIPLIERS[low], words=True, fraction=True)


_STILL = frozenset({"now", "still", "already", "more", "almost", "nearly"})


def glued_share(tokens: list[Token], i: int) -> Parsed | None:
    """'half-cent', 'quarter-point', 'quarter-century', 'billion-dollar': a share or a
    magnitude glued to a unit of money, points or time."""
    head, _, word = tokens[i].low.partition("-")
    share = GLUED_SHARES.get(head) or GLUED_MAGNITUDES.get(head)
    if share is None or not word:
        return None
    if word in YEARS_IN:
        return Parsed(i, i + 1, share * YEARS_IN[word], words=True, glued_unit="years")
    if word == "dozen" and head in GLUED_SHARES:
        return Parsed(i, i + 1, share * 12, words=True)  # 'a half-dozen slogans', as 'half a dozen'
    if word in lx.SUBUNITS and head in GLUED_SHARES:
        return Parsed(i, i + 1, share / 100, words=True, glued_unit=word)  # in the main unit
    if word in lx.CURRENCY_WORDS and word not in lx.SUBUNITS:
        return Parsed(i, i + 1, share, words=True, glued_unit=word)
    if head in GLUED_SHARES and word in lx.DURATION_UNITS and i > 0 and tokens[i - 1].low == "the":
        return None  # 'scored on the half-hour', 'the half-hour mark': a time on a clock
    if head in GLUED_SHARES and (word in POINT_WORDS or word in lx.DURATION_UNITS):
        return Parsed(i, i + 1, share, words=True, glued_unit=word)
    return None


def one_duration(tokens: list[Token], p: int) -> Parsed | None:
    """'an hour', 'a decade' after an approximator ('less than an hour', 'more than a
    decade'): one of the unit, a decade or century in years. A bare 'a decade' or 'for a
    week' is a manner of speaking, so the scan asks for the approximator first."""
    if p + 1 >= len(tokens) or tokens[p].low not in ("a", "an"):
        return None
    unit = tokens[p + 1].low
    if unit in YEARS_IN:
        return Parsed(p, p + 2, YEARS_IN[unit], words=True, glued_unit="years")
    if unit in lx.DURATION_UNITS and not unit.endswith("s"):
        return Parsed(p, p + 2, 1.0, words=True, glued_unit=unit)
    return None


def fold_multiple(tokens: list[Token], i: int) -> Parsed | None:
    """'fivefold', 'four-fold', 'a hundredfold': a multiple, a ratio as 'five times' is."""
    low = tokens[i].low
    head = low[:-4].rstrip("-") if low.endswith("fold") else ""
    value = FOLD_HEADS.get(head)
    if value is None:
        return None
    return Parsed(i, i + 1, value, words=True, fraction=True)


def and_a_half(tokens: list[Token], i: int) -> Parsed | None:
    """'three-and-a-half', 'three-and-a-half-year': a number and a half, with the unit glued
    to it when there is one ('a three-and-a-half year contract', '15-and-a-half miles')."""
    head, sep, rest = tokens[i].low.partition("-and-a-half")
    if not sep or head not in GLUED_NUMBER_WORDS:
        return None
    unit = rest.lstrip("-") or None
    if unit is not None and unit not in lx.DURATION_UNITS and unit not in lx.MEASURE_UNITS:
        return None
    return Parsed(i, i + 1, GLUED_NUMBER_WORDS[head] + 0.5, words=True, glued_unit=unit)
