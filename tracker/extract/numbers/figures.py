"""Numbers written with digits: '150,000', '1.5', '.08', '-4/5', '1 4/5', '12,34,567.89',
'1e10', '2.5^-1', '1.3x10^6', '½', '150k', '10M', '$2bn', '1.5 million'."""

from __future__ import annotations

import math
from typing import NamedTuple

from tracker.extract.numbers.digits import parse_digits, parse_indian
from tracker.extract.numbers.parsed import Parsed, Tok, adjacent, exponent_digits, power
from tracker.extract.numbers.words import (
    CRORES,
    DOZEN_WORDS,
    GLUED_SCALES_ANY_CASE,
    SCALE_WORDS,
    SCALES,
    SPACED_MONEY_SCALES,
    SPACED_SCALES,
    SPACED_SCALES_ALWAYS,
    SUFFIX_ALWAYS,
    SUFFIX_MONEY,
    TIMES_SIGNS,
    VAGUE_MAGNITUDES,
    VULGAR,
)


def _digits_at(tokens: list[Tok], i: int) -> tuple[float, int] | None:
    """A plain figure at i (with a glued leading '.'), and the index after it."""
    n = len(tokens)
    t = tokens[i]
    if (
        t.text == "."
        and i + 1 < n
        and adjacent(t, tokens[i + 1])
        and tokens[i + 1].text.isdecimal()
    ):
        return float("0." + tokens[i + 1].text), i + 2
    if not t.text[0].isdecimal():
        return None
    value = parse_digits(t.text)
    if value is None:
        value = parse_indian(t.text)
    if value is None:
        return None
    return value, i + 1


def _sign_run(tokens: list[Tok], k: int) -> tuple[int, int]:
    """Glued '+'/'-' signs at k: (sign, index after). '--23' is +23."""
    sign = 1
    n = len(tokens)
    while (
        k < n
        and tokens[k].text in ("-", "+", "−")
        and k + 1 < n
        and adjacent(tokens[k], tokens[k + 1])
    ):
        if tokens[k].text != "+":
            sign = -sign
        k += 1
    return sign, k


def parse_figure(tokens: list[Tok], i: int, money: bool) -> Parsed | None:
    """The number written with digits at i, or None (out of a float's range: see parse_number)."""
    signed = _sign_at(tokens, i)
    if signed is None:
        return None
    sign, k = signed
    if tokens[k].text in VULGAR:
        return Parsed(i, k + 1, sign * VULGAR[tokens[k].text], fraction=True)
    got = _digits_at(tokens, k)
    if got is None:
        return None
    value, j = got
    value, j = _spaced_groups(tokens, k, j, value)
    step = _power_or_fraction(tokens, k, j, value)
    if step is not None:
        if step.beyond:
            return Parsed(i, step.end, math.inf)  # '1e400': beyond a float
        value, j = step.value, step.end
    fraction = slash = step is not None and step.slash
    if (
        not fraction
        and j + 3 < len(tokens) + 1
        and value.is_integer()
        and j < len(tokens)
        and "." not in tokens[j - 1].text
    ):
        mixed = _simple_fraction(tokens, j)
        if mixed is not None:
            value += mixed[0]
            j = mixed[1]
    value, j = _scaled(tokens, j, value, money)
    return Parsed(i, j, sign * value, fraction=fraction, slash=slash)


def _sign_at(tokens: list[Tok], i: int) -> tuple[int, int] | None:
    """A leading sign at i: (sign, index of the figure); None where '-' is a hyphen."""
    n = len(tokens)
    t = tokens[i]
    if t.text not in ("-", "+", "−"):
        return 1, i
    # A sign, not a hyphen: nothing glued before it ('10-20' is a range).
    if i > 0 and adjacent(tokens[i - 1], t) and tokens[i - 1].text[-1].isalnum():
        return None
    nxt = i + 1
    if nxt < n and not adjacent(t, tokens[nxt]) and i == 0 and tokens[nxt].text[0].isdecimal():
        sign, k = (-1 if t.text != "+" else 1), nxt  # '- 1 4/5' at the very start
    else:
        sign, k = _sign_run(tokens, i)
    if k == i or k >= n:
        return None
    return sign, k


def _spaced_groups(tokens: list[Tok], k: int, j: int, value: float) -> tuple[float, int]:
    """'1 234 567', '40 000', '1\u202f234\u202f567.89': thousands grouped by spaces."""
    n = len(tokens)
    glued_before = k > 0 and adjacent(tokens[k - 1], tokens[k]) and tokens[k - 1].text[-1].isalnum()
    if (
        glued_before
        or not value.is_integer()
        or not 1 <= len(tokens[j - 1].text) <= 3
        or "," in tokens[j - 1].text
    ):
        return value, j
    groups = 0
    while (
        j < n
        and groups < 5
        and tokens[j].text[:3].isdecimal()
        and tokens[j].start - tokens[j - 1].end == 1
    ):
        whole, _, frac = tokens[j].text.partition(".")
        if len(whole) != 3 or not whole.isdecimal() or (frac and not frac.isdecimal()):
            break
        value = value * 1000 + float(tokens[j].text)
        j += 1
        groups += 1
        if frac:
            break
    return value, j


class _Step(NamedTuple):
    """A figure after its exponent, power or fraction part."""

    value: float
    end: int
    slash: bool = False  # '3/4'
    beyond: bool = False  # beyond a float: '1e400'


def _power_or_fraction(tokens: list[Tok], k: int, j: int, value: float) -> _Step | None:
    """The first of exponent, power, times-a-power, slash fraction or vulgar fraction that
    follows the figure's digits; None if none does."""
    n = len(tokens)
    if j >= n or not adjacent(tokens[j - 1], tokens[j]):
        return None
    if tokens[j].low == "e" or tokens[j].text == "^":
        return _exponent(tokens, j, value)
    if tokens[j].low in TIMES_SIGNS:
        if j + 2 < n and tokens[j + 1].text.isdecimal() and adjacent(tokens[j], tokens[j + 1]):
            return _times_power(tokens, j, value)
        return None
    if tokens[j].text == "/":
        return _slash_fraction(tokens, k, j, value) if j + 1 < n else None
    if tokens[j].text in VULGAR:
        return _Step(value + VULGAR[tokens[j].text], j + 1)  # '10½'
    return None


def _exponent(tokens: list[Tok], j: int, value: float) -> _Step:
    """Exponents: '1e10', '12.32e+14', '-12e-1'; powers: '1.1^23', '2.5^-1', '1.1^--23'."""
    n = len(tokens)
    esign, m = _sign_run(tokens, j + 1) if j + 1 < n else (1, j + 1)
    if m >= n or not adjacent(tokens[m - 1], tokens[m]):
        return _Step(value, j)
    if tokens[j].low == "e":
        if not tokens[m].text.isdecimal():
            return _Step(value, j)
        exponent = exponent_digits(tokens[m].text)
        scale = None if exponent is None else power(10.0, esign * exponent)
        return _Step(math.inf, m + 1, beyond=True) if scale is None else _Step(value * scale, m + 1)
    if not tokens[m].text[0].isdecimal():
        return _Step(value, j)
    raised = parse_digits(tokens[m].text)
    if raised is None or value <= 0:
        return _Step(value, j)
    powered = power(value, esign * raised)
    return _Step(math.inf, m + 1, beyond=True) if powered is None else _Step(powered, m + 1)


def _times_power(tokens: list[Tok], j: int, value: float) -> _Step:
    """'1.3x10^6', '6.23×10^-4', '2.48×10−5', '8x2^10'."""
    n = len(tokens)
    base = float(tokens[j + 1].text)
    m = j + 2
    if m < n and tokens[m].text == "^":
        esign, m = _sign_run(tokens, m + 1)
    elif (
        base == 10 and m < n and tokens[m].text in ("−", "-") and adjacent(tokens[m - 1], tokens[m])
    ):
        esign, m = _sign_run(tokens, m)
    else:
        return _Step(value, j)
    if not (m < n and tokens[m].text.isdecimal()):
        return _Step(value, j)
    exponent = exponent_digits(tokens[m].text)
    scale = None if exponent is None else power(base, esign * exponent)
    return _Step(math.inf, m + 1, beyond=True) if scale is None else _Step(value * scale, m + 1)


def _slash_fraction(tokens: list[Tok], k: int, j: int, value: float) -> _Step:
    """'3/4', '-4/5' (not '1/2/3', a date, nor the '4' of '3/4/5')."""
    n = len(tokens)
    den = tokens[j + 1]
    before_slash = k > 0 and tokens[k - 1].text == "/" and adjacent(tokens[k - 1], tokens[k])
    if (
        adjacent(tokens[j], den)
        and den.text.isdecimal()
        and float(den.text) != 0
        and not before_slash
        and not (j + 2 < n and tokens[j + 2].text == "/" and adjacent(den, tokens[j + 2]))
    ):
        return _Step(value / float(den.text), j + 2, slash=True)
    return _Step(value, j)


def _scaled(tokens: list[Tok], j: int, value: float, money: bool) -> tuple[float, int]:
    """Scales: '150k', '10M', '$2bn', '1.5 million', '2.33 k', '3 dozens'."""
    n = len(tokens)
    if j >= n:
        return value, j
    s = tokens[j]
    glued = adjacent(tokens[j - 1], s)
    if glued and (s.text in SUFFIX_ALWAYS or s.low in GLUED_SCALES_ANY_CASE):
        return value * SUFFIX_ALWAYS.get(s.text, SUFFIX_ALWAYS.get(s.low, 1.0)), j + 1
    if glued and money and s.low in SUFFIX_MONEY:
        return value * SUFFIX_MONEY[s.low], j + 1
    if not glued and s.low in SPACED_SCALES_ALWAYS and (s.text.islower() or s.low == "bn"):
        return value * SUFFIX_ALWAYS[s.low], j + 1  # no word spells 'bn': '£35 bn cuts'
    if not glued and (s.text in SPACED_SCALES or (money and s.low in SPACED_MONEY_SCALES)):
        # Spaced letter scales only where nothing word-like follows ('2.33 k', '1.5 M').
        if j + 1 >= n or not tokens[j + 1].text[0].isalpha():
            return value * (SUFFIX_ALWAYS.get(s.text) or SUFFIX_MONEY[s.low]), j + 1
        return value, j
    if s.low in SCALE_WORDS and s.low not in VAGUE_MAGNITUDES:
        value *= SCALE_WORDS[s.low]
        if j + 1 < n and tokens[j + 1].low in CRORES and s.low.startswith("lakh"):
            value *= 1e7  # 'three lakh crore'
            j += 1
        j += 1
        if j < n and tokens[j].low in SCALES and SCALES[tokens[j].low] >= 1000:
            value *= SCALES[tokens[j].low]
            j += 1
        return value, j
    if s.low in DOZEN_WORDS:
        return value * 12, j + 1
    return value, j


def _simple_fraction(tokens: list[Tok], j: int) -> tuple[float, int] | None:
    """' 4/5' after a whole number (not glued to it)."""
    n = len(tokens)
    if j + 2 >= n or adjacent(tokens[j - 1], tokens[j]):
        return None
    a, slash, b = tokens[j], tokens[j + 1], tokens[j + 2]
    if not (a.text.isdecimal() and slash.text == "/" and b.text.isdecimal()):
        return None
    if not (adjacent(a, slash) and adjacent(slash, b)) or float(b.text) == 0:
        return None
    num, den = float(a.text), float(b.text)
    if num >= den:
        return None
    return num / den, j + 3
