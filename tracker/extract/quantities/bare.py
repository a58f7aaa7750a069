"""Units and shares named without a figure ('the dollar', 'a small percent', 'metric ton'):
recognised only when every number is asked for (``find_quantities(..., everything=True)``)."""

from __future__ import annotations

from tracker.extract import lexicon as lx
from tracker.extract.quantities.tables import BARE_MEASURES, BARE_PERCENT_WORDS, NOT_BARE_CURRENCY
from tracker.extract.tokens import Token
from tracker.model import Quantity


def _bare_unit(t: Token) -> tuple[str, str] | None:
    """A currency or unit named without a figure ('the dollar', 'metric ton')."""
    if len(t.low) < 3 or t.low in lx.AMBIGUOUS_UNITS or not t.text.isalpha():
        return None
    if t.low in lx.CURRENCY_WORDS and t.low not in NOT_BARE_CURRENCY:
        return "money", lx.CURRENCY_WORDS[t.low]
    if t.low in BARE_MEASURES:
        return "measure", lx.MEASURE_UNITS[t.low]
    return None


def bare_units(
    text: str, tokens: list[Token], found: list[Quantity], urls: list[tuple[int, int]]
) -> list[Quantity]:
    """'a small percent', 'the % of increase': a share is named, though no figure is given."""
    extra = []
    for k, t in enumerate(tokens):
        if t.low in ("a", "an") and k + 1 < len(tokens):
            unit_word = tokens[k + 1]
            one = _bare_unit(unit_word) or (
                ("measure", lx.MEASURE_UNITS[unit_word.low])
                if unit_word.low in lx.MEASURE_UNITS and len(unit_word.low) > 3
                else None
            )
            if one is not None and not any(q.start <= unit_word.start < q.end for q in found):
                extra.append(
                    Quantity(
                        text[t.start : unit_word.end],
                        t.start,
                        unit_word.end,
                        1.0,
                        one[0],
                        unit=one[1],
                    )
                )
                continue
        bare_unit = _bare_unit(t)
        if bare_unit is not None and not any(q.start <= t.start < q.end for q in found):
            extra.append(Quantity(t.text, t.start, t.end, None, bare_unit[0], unit=bare_unit[1]))
            continue
        if (
            t.low in BARE_PERCENT_WORDS
            and not any(q.start <= t.start < q.end for q in found)
            and not any(a <= t.start < b for a, b in urls)
        ):
            extra.append(Quantity(t.text, t.start, t.end, None, "percent", unit="percent"))
    return sorted(found + extra, key=lambda q: q.start) if extra else found
