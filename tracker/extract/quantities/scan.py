"""The scan: a left-to-right pass over tokens that, at each token, reads approximator,
currency, number, range and unit, then drops what is a date, a year or a label.

    core.py        approximator, currency and the number at a token
    ranges.py      '10-20%', 'between 10 and 20', '52-48'
    units.py       what the number measures: '%', '$', 'km', 'years', '3 dollars 50 cents'
    exclusions.py  dates, times, years, labels, the pronoun 'one'
    bounds.py      'more than 10 and less than 20' as one quantity
    bare.py        units named without a figure (only with ``everything``)
    vague_shares.py  shares said without a figure: 'a double-digit lead', 'a fraction of a percent'
    tables.py      every word list and pattern the above read

Linear in the sentence's token count.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from tracker.extract import lexicon as lx
from tracker.extract.numbers import Parsed
from tracker.extract.quantities.bare import bare_units
from tracker.extract.quantities.bounds import merge_bounds, round_value
from tracker.extract.quantities.core import (
    approximator_at,
    currency_at,
    number_core,
    opens_approximator,
    prev_is,
)
from tracker.extract.quantities.elided import elided_units
from tracker.extract.quantities.exclusions import excluded, not_a_number
from tracker.extract.quantities.ranges import (
    FigureRange,
    Lead,
    borrowed_unit_range,
    change_then_level,
    figure_range,
    moves,
)
from tracker.extract.quantities.shared_rates import shared_rates
from tracker.extract.quantities.tables import (
    APPROX_ONLY,
    APPROX_SKIP,
    DASHES,
    MEASURED_RANGE_JOINERS,
    RANGE_OF_MEASURES,
    STARTERS,
    URL,
)
from tracker.extract.quantities.units import (
    compound,
    measured_at,
    one_unit,
    rate,
    read_unit,
    share_after_noun,
)
from tracker.extract.quantities.vague_shares import vague_shares
from tracker.extract.quantities.worded import one_duration
from tracker.extract.tokens import Token, tokenize
from tracker.model import Quantity


def find_quantities(
    text: str,
    start: int,
    end: int,
    tokens: list[Token] | None = None,
    *,
    everything: bool = False,
) -> list[Quantity]:
    """Quantities inside ``text[start:end]``, in order, non-overlapping.

    By default only amounts a fact-checker could check. With ``everything``, every number
    is recognised, and the ones a claim would not count (dates, years, labels like
    'Resolution 2270', the pronoun 'one') come back with kind 'other'.
    """
    if tokens is None:
        tokens = tokenize(text, start, end)
    out: list[Quantity] = []
    i = 0
    n = len(tokens)
    urls = (
        [(m.start(), m.end()) for m in URL.finditer(text, start, end)]
        if "%" in text[start:end] or "/" in text[start:end]
        else []
    )
    while i < n:
        tok = tokens[i]
        if not (tok.text[0].isdecimal() or tok.low in STARTERS or "-" in tok.low):
            i += 1  # most words cannot start a quantity: skip them cheaply
            continue
        if (tok.low in APPROX_ONLY and not opens_approximator(tokens, i)) or (
            tok.low == "." and not (i + 1 < n and tokens[i + 1].text[0].isdecimal())
        ):
            i += 1  # 'in' not opening 'in excess of', a full stop not opening '.5': no quantity
            continue
        if urls and any(a <= tokens[i].start < b for a, b in urls):
            i += 1  # figures inside web addresses ('?q=30%25%2020%') are no quantities
            continue
        q, nxt = _quantity_at(text, tokens, i, everything)
        if q is None:
            i = nxt  # the next token, or past a number beyond a float ('1e400')
        elif _fits(q):
            out.append(q)
            i = nxt
        else:
            i += 1
    if everything:
        out = bare_units(text, tokens, out, urls)
    if "digit" in text[start:end] or "fraction" in text[start:end]:
        out = vague_shares(text, start, end, out)  # 'a lead in the low single digits'
    return merge_bounds(text, elided_units(text, shared_rates(text, out)))


def _fits(q: Quantity) -> bool:
    """Every number a float holds: a finite number times a unit's scale can still overflow
    ('MUSD 1e305' is 1e311 dollars), and such an amount is no quantity (see parse_number)."""
    return all(v is None or math.isfinite(v) for v in (q.value, q.low, q.high))


class Reading(NamedTuple):
    """A quantity read from tokens [q_start, end), before it is made a Quantity."""

    q_start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    approx: str | None
    kind: str
    unit: str | None


def _quantity_at(
    text: str, tokens: list[Token], i: int, everything: bool = False
) -> tuple[Quantity | None, int]:
    """The quantity that starts at token i, and the index to scan on from."""
    figure = _figure_at(tokens, i)
    if isinstance(figure, int):
        return None, figure
    lead, core = figure
    span = figure_range(tokens, core, lead)
    if span is not None and span.score:
        return _finish(
            text,
            tokens,
            Reading(lead.q_start, span.end, span.value, None, None, lead.approx, "ratio", "score"),
        )
    if span is None:
        borrowed = borrowed_unit_range(tokens, core, core.j)
        if borrowed is not None:
            second, low, high = borrowed
            assert second.kind is not None  # (a range of measures has one)
            reading = Reading(
                lead.q_start,
                second.end,
                (low + high) / 2,
                low,
                high,
                lead.approx,
                second.kind,
                second.unit,
            )
            return _finish(text, tokens, reading)
    return _measured(text, tokens, i, core, lead, span, everything)


def _figure_at(tokens: list[Token], i: int) -> tuple[Lead, Parsed] | int:
    """The lead (where the quantity starts, its approximator and currency) and the number
    that start at token i; else the index to scan on from (past a number beyond a float,
    '1e400', so that none of its pieces is read)."""
    approx, p = approximator_at(tokens, i)
    q_start = p
    currency, p = currency_at(tokens, p)
    if p >= len(tokens):
        return i + 1
    core = number_core(tokens, p, money=currency is not None)
    if core is None and approx is not None and currency is None:
        core = one_unit(tokens, p) or one_duration(tokens, p)  # 'almost a metre', 'over an hour'
    if core is None:
        return i + 1
    if not math.isfinite(core.value):
        return core.j
    if currency is None:
        q_start = core.i
    between = approx == "between" or (q_start > 0 and tokens[q_start - 1].low == "between")
    return Lead(q_start, approx, currency, between), core


def _measured(
    text: str,
    tokens: list[Token],
    i: int,
    core: Parsed,
    lead: Lead,
    span: FigureRange | None,
    everything: bool,
) -> tuple[Quantity | None, int]:
    """The quantity a figure (or the range it opens) makes with the unit read after it, a
    rate and a range to a second figure; None when no unit reads, or when the figure is no
    quantity here (a kind 'other' instead when ``everything`` is asked for)."""
    q_start, approx, currency = lead.q_start, lead.approx, lead.currency
    low = high = None
    j = core.j
    value: float | None = core.value
    if span is not None:
        low, high, value, j = span.low, span.high, span.value, span.end
    kind, unit, j, core = read_unit(tokens, j, core, currency)
    if kind is not None and (share := share_after_noun(tokens, kind, core)) is not None:
        kind, unit, j, core = share  # 'one child in five'
    if kind is None:
        return None, i + 1
    unit, j = rate(tokens, j, kind, unit)
    if low is None:
        value, low, high, j = _value_and_range(
            tokens, core, lead, Reading(q_start, j, None, None, None, approx, kind, unit)
        )
    if not_a_number(tokens, core, q_start, currency):
        return None, i + 1
    if excluded(tokens, core, q_start, j, kind=kind, currency=currency) or (
        approx in APPROX_SKIP and core.words and kind == "count" and unit is None
    ):
        if not everything:
            return None, i + 1
        kind = "other"
    return _finish(text, tokens, Reading(q_start, j, value, low, high, approx, kind, unit))


def _value_and_range(
    tokens: list[Token], core: Parsed, lead: Lead, read: Reading
) -> tuple[float, float | None, float | None, int]:
    """The value with its unit ('MUSD 30', '3 dollars 50 cents'), and a range to a second
    measured figure ('44 mg to 50 mg', '-18 °C to -34 °C'; not 'cut from 80mg to 50mg', a
    change): (value, low, high, end)."""
    n = len(tokens)
    kind, j = read.kind, read.end
    value = core.value
    if kind == "money" and (
        tokens[read.q_start].low in lx.MILLION_CODES or tokens[j - 1].low in lx.MILLION_CODES
    ):
        value *= 1e6  # 'MUSD 30', '120 MEUR': millions
    value, j = compound(tokens, j, core, kind=kind, value=value)
    if (
        kind in RANGE_OF_MEASURES
        and j + 1 < n
        and tokens[j].low in MEASURED_RANGE_JOINERS
        and (tokens[j].low != "and" or lead.between)
    ):
        second = measured_at(tokens, j + 1)
        if (
            second is not None
            and second.kind == kind
            and second.unit == read.unit
            and not (
                tokens[j].low == "to"
                and (
                    moves(tokens, read.q_start, value, second.core.value)
                    or change_then_level(tokens, read.q_start, value, second.core.value)
                )
            )
            # 'lost 65 cents to 1.90 dollars': a change in cents, then a level in dollars
            and (tokens[j - 1].low in lx.SUBUNITS) == (tokens[second.end - 1].low in lx.SUBUNITS)
            # '£35bn - £2.5bn': a subtraction; a range runs low to high ('68%-31%' a tally)
            and not (kind == "money" and tokens[j].low in DASHES and second.core.value < value)
        ):
            low, high = sorted((value, second.core.value))
            return (low + high) / 2, low, high, second.end
    return value, None, None, j


def _finish(text: str, tokens: list[Token], read: Reading) -> tuple[Quantity, int]:
    """The Quantity for a reading (with the bounds its wording sets), and where to scan on."""
    q_start, j, value, low, high, approx, kind, unit = read
    s, e = tokens[q_start].start, tokens[j - 1].end
    if approx is None and prev_is(tokens, q_start, "between"):
        approx = "between"
    # Bounds the wording sets: 'more than 20' is (20, ∞), 'up to 700' is (…, 700].
    if low is None and high is None and value is not None:
        if approx in lx.LOWER_BOUNDS:
            low = value
        elif approx in lx.UPPER_BOUNDS:
            high = value
        elif approx in lx.EXACT_BOUNDS:
            low = high = value
        elif j + 1 < len(tokens) and (tokens[j].low, tokens[j + 1].low) in lx.SUFFIX_BOUNDS:
            side = lx.SUFFIX_BOUNDS[(tokens[j].low, tokens[j + 1].low)]
            low, high = (value, None) if side == "low" else (None, value)
            approx = f"or {tokens[j + 1].low}"
            j += 2
    quantity = Quantity(
        text=text[s:e],
        start=s,
        end=e,
        value=round_value(value),
        kind=kind,
        unit=unit,
        low=round_value(low),
        high=round_value(high),
        approx=approx,
    )
    return quantity, j
