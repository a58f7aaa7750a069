"""Where a quantity's number starts: approximator, currency, and the number itself."""

from __future__ import annotations

from tracker.extract import lexicon as lx
from tracker.extract.numbers import VAGUE_MAGNITUDES, Parsed, adjacent, parse_number
from tracker.extract.quantities.tables import (
    APPROX_INDEX,
    COMPARISON_MARKS,
    FRACTION_COMPARATIVES,
    FRACTION_FOLLOWERS,
    GLUED_NUMBER_WORDS,
    SINGULAR_FRACTIONS,
)
from tracker.extract.tokens import Token


def prev_is(tokens: list[Token], i: int, word: str) -> bool:
    return i > 0 and tokens[i - 1].low == word


def approximator_at(tokens: list[Token], i: int) -> tuple[str | None, int]:
    """The approximator at i ('more than', 'about', '<'), and the index after it."""
    k = _match_phrase(tokens, i, APPROX_INDEX)
    p = i + k
    if not k:
        return None, p
    approx: str | None = " ".join(t.low for t in tokens[i:p])
    if not tokens[i].text[0].isalpha() and i > 0 and adjacent(tokens[i - 1], tokens[i]):
        if tokens[i - 1].text in COMPARISON_MARKS:
            approx = None  # '=>30', '<>30': not a comparison we know
    return approx, p


def opens_approximator(tokens: list[Token], i: int) -> bool:
    """Whether an approximator ('at least', 'more than') starts at token i."""
    return _match_phrase(tokens, i, APPROX_INDEX) > 0


def _match_phrase(tokens: list[Token], i: int, index: dict[str, list[tuple[str, ...]]]) -> int:
    """Length of the longest phrase starting at token i (one dict lookup for most tokens)."""
    for phrase in index.get(tokens[i].low, ()):
        n = len(phrase)
        if i + n <= len(tokens) and all(tokens[i + k].low == phrase[k] for k in range(n)):
            return n
    return 0


def currency_at(tokens: list[Token], p: int) -> tuple[str | None, int]:
    """A currency written before a figure ('$', 'US$', '£', 'USD', 'Rs'), and where the figure starts."""
    n = len(tokens)
    if p >= n:
        return None, p
    c1 = tokens[p].low
    if (
        p + 1 < n
        and adjacent(tokens[p], tokens[p + 1])
        and (c1 + tokens[p + 1].low) in lx.CURRENCY_SYMBOLS
    ):
        return lx.CURRENCY_SYMBOLS[c1 + tokens[p + 1].low], p + 2
    if c1 in lx.CURRENCY_SYMBOLS and (not c1.isalpha() or tokens[p].text.isupper() or c1 == "rs"):
        return lx.CURRENCY_SYMBOLS[c1], p + 1
    return None, p


def number_core(tokens: list[Token], i: int, money: bool = False) -> Parsed | None:
    """The number at token i as a quantity reads it: vague magnitudes and 'two-year' too."""
    low = tokens[i].low
    # Vague magnitudes: 'dozens of', 'hundreds of', 'millions of'.
    if low in VAGUE_MAGNITUDES:
        if i + 1 < len(tokens) and tokens[i + 1].low == "of":
            base = VAGUE_MAGNITUDES[low]
            return Parsed(i, i + 1, float(base * 2), words=True, vague=True)
        return None
    if "-" in low:
        num, _, word = low.partition("-")
        if num in GLUED_NUMBER_WORDS and (
            word in lx.DURATION_UNITS
            or word in lx.CURRENCY_WORDS
            or (word in lx.MEASURE_UNITS and word not in lx.AMBIGUOUS_UNITS)
        ):
            value = float(GLUED_NUMBER_WORDS[num])
            return Parsed(i, i + 1, value, words=True, glued_unit=word)
    p = parse_number(tokens, i, money)  # type: ignore[arg-type]  # a Token is a Tok
    if p is None:
        return None
    if p.words and p.fraction and tokens[p.j - 1].low in SINGULAR_FRACTIONS:
        # 'a fifth of', 'half the' are fractions; 'a fifth nuclear test' is an ordinal.
        if not _fraction_follows(tokens, p.j):
            return None
    return p


def _fraction_follows(tokens: list[Token], k: int) -> bool:
    """'a fifth of', 'half the', 'a third.' are fractions; 'a fifth nuclear test' is an ordinal."""
    if k >= len(tokens):
        return True
    nxt = tokens[k]
    if k > 0 and k - 2 >= 0 and tokens[k - 2].low in FRACTION_COMPARATIVES:
        return True  # 'more than half people'
    return nxt.low in FRACTION_FOLLOWERS or not nxt.text[0].isalnum()
