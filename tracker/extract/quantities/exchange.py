"""Exchange rates: one currency's price in another, as markets news writes it ('the peso
weakened to 58.92 per dollar', 'the yuan at 8.28 to the US dollar', 'the dollar at $1.29
against the euro'). The figure is money in the currency priced, its unit that currency per
the other ('PHP per USD'); the span stays the figure, as '$50 a barrel' does."""

from __future__ import annotations

from tracker.extract import lexicon as lx
from tracker.extract.tokens import Token

__all__ = ["priced_in", "quote_currency"]

_JOINERS = frozenset({"per", "to", "against"})
# How far back the currency priced is looked for: the subject of its clause.
_REACH = 12


# Currency words that also name a weight ('pound'): a rate per one of them is per weight,
# unless 'the' names the currency ('against the pound').
_WEIGHTS = frozenset(lx.MEASURE_UNITS.values())


def quote_currency(tokens: list[Token], j: int) -> tuple[str, int] | None:
    """The currency a rate is quoted in, after the figure ending at j ('per dollar', 'to the
    US dollar', 'against the euro'), and where that phrase ends."""
    n = len(tokens)
    if j >= n or tokens[j].low not in _JOINERS:
        return None
    k = j + 1
    if k < n and tokens[k].low == "the":
        k += 1
    elif tokens[j].low != "per":
        return None  # 'rose to 58 dollars': 'to' names a level, 'to the dollar' a rate
    if k < n and tokens[k].low in ("us", "u.s.", "american"):
        k += 1
    if k >= n:
        return None
    word = tokens[k].low
    if word not in lx.CURRENCY_WORDS or word.endswith("s") or word in lx.SUBUNITS:
        return None
    if word in _WEIGHTS and tokens[k - 1].low != "the":
        return None  # '$2.50 per pound' of coffee is a weight; 'against the pound' the currency
    return lx.CURRENCY_WORDS[word], k + 1


def priced_in(tokens: list[Token], start: int, quote: str) -> str | None:
    """The currency priced: the nearest other currency word before the figure at ``start``
    ('the peso weakened 0.4% to 58.92 per dollar' -> MXN, which the article's country may
    make PHP)."""
    for k in range(start - 1, max(-1, start - 1 - _REACH), -1):
        code = lx.CURRENCY_WORDS.get(tokens[k].low)
        if code is not None and code != quote and tokens[k].low not in lx.SUBUNITS:
            return code
    return None
