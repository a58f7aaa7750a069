"""The number grammar: the longest number that starts at a token, and its value.

Covers figures ('150,000', '1.5', '.08', '-4/5', '1 4/5', '12,34,567.89', '1e10', '2.5^-1',
'½', '150k', '10M'), spelled-out cardinals ('nine hundred million', 'twenty-three'),
decimals in words ('two hundred point zero three'), fractions ('two-thirds', 'three fifths',
'one hundred thirty-fifths', 'one and a half', 'half a dozen', 'one over three').

    words.py    the vocabulary (data)
    digits.py   plain figures in a string
    figures.py  numbers written with digits, over tokens
    spelled.py  numbers written in words, over tokens
    parsed.py   the token protocol and the Parsed result

Every loop is bounded (a number is at most MAX_TOKENS tokens), so scanning stays linear.
"""

from __future__ import annotations

from tracker.extract.numbers.digits import parse_digits
from tracker.extract.numbers.figures import parse_figure
from tracker.extract.numbers.parsed import MAX_TOKENS, Parsed, Tok, adjacent
from tracker.extract.numbers.spelled import parse_spelled, reads_on
from tracker.extract.numbers.words import (
    NUMBER_WORDS,
    ORDINALS,
    SCALE_SUFFIXES,
    SCALES,
    TENS,
    UNITS,
    VAGUE_MAGNITUDES,
)

__all__ = [
    "MAX_TOKENS",
    "NUMBER_WORDS",
    "ORDINALS",
    "SCALES",
    "SCALE_SUFFIXES",
    "TENS",
    "UNITS",
    "VAGUE_MAGNITUDES",
    "Parsed",
    "Tok",
    "adjacent",
    "parse_digits",
    "parse_number",
]


def parse_number(tokens: list[Tok], i: int, money: bool = False) -> Parsed | None:
    """The longest number starting at token i, or None.

    A number beyond what a float holds (about 1.8e308: '1e400', '10^400', '3x10^400', '9e307
    trillion') never raises: it comes back with the value ``math.inf`` (``-inf`` if negative)
    over all the tokens it spans, so that a caller can skip it whole rather than read its
    pieces ('10' and '400') as numbers. ``find_quantities`` makes it no quantity: a
    fact-checker is better served by nothing than by a bogus or clamped amount. A single
    figure of 309 digits or more ('1' and 110 groups of ',000') is no number at all (None).
    """
    tok = tokens[i]
    first = tok.text[0]
    if first.isdecimal() or first in "-+−.½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞":
        figure = parse_figure(tokens, i, money)
        if first.isdecimal() and (figure is None or reads_on(tokens, i + 1)):
            # '3 hundred and 21', '1 over 3', '3 million and a half' read on as words.
            spelled = parse_spelled(tokens, i)
            if spelled is not None and (figure is None or spelled.j > figure.j):
                spelled.words = False
                return spelled
        return figure
    return parse_spelled(tokens, i)
