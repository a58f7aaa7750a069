"""Find the quantities a sentence states, with exact spans and normalised values.

A left-to-right scan over tokens: at each token, try approximator, currency,
number core (digits or words), scale, range and unit, then reject what is a
date, a time, a year or an identifier. Linear in the sentence's token count.
"""

from __future__ import annotations

import re

from tracker.extract import lexicon as lx
from tracker.extract.numbers import (
    NUMBER_WORDS,
    SCALE_SUFFIXES,
    SCALES,
    TENS,
    UNITS,
    parse_digits,
)
from tracker.extract.numparse import Parsed, parse_number
from tracker.extract.tokens import Token, tokenize
from tracker.model import Quantity


def _phrases(words: list[str]) -> list[tuple[str, ...]]:
    return sorted((tuple(p.split()) for p in words), key=len, reverse=True)


_APPROX = _phrases(lx.APPROXIMATORS)
_PERCENT_PHRASES = [("per", "cent"), ("percentage", "points"), ("percentage", "point")]
_WORD_NUMBER = NUMBER_WORDS | {"and", "a", "an"}


def _by_first_word(phrases: list[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:  # already longest first
        index.setdefault(phrase[0], []).append(phrase)
    return index


_APPROX_INDEX = _by_first_word(_APPROX)


def _match_phrase(tokens: list[Token], i: int, index: dict[str, list[tuple[str, ...]]]) -> int:
    """Length of the longest phrase starting at token i (one dict lookup for most tokens)."""
    for phrase in index.get(tokens[i].low, ()):
        n = len(phrase)
        if i + n <= len(tokens) and all(tokens[i + k].low == phrase[k] for k in range(n)):
            return n
    return 0


def _adjacent(a: Token, b: Token) -> bool:
    return a.end == b.start


def _number_core(tokens: list[Token], i: int, money: bool = False) -> Parsed | None:
    low = tokens[i].low
    # Vague magnitudes: 'dozens of', 'hundreds of', 'millions of'.
    if low in ("dozens", "hundreds", "thousands", "millions", "billions", "trillions", "scores"):
        if i + 1 < len(tokens) and tokens[i + 1].low == "of":
            base = {"dozens": 12, "scores": 20}.get(low) or SCALES[low[:-1]]
            return Parsed(i, i + 1, float(base * 2), words=True, vague=True)
        return None
    if "-" in low:
        num, _, word = low.partition("-")
        if (num in UNITS or num in TENS) and (
            word in lx.DURATION_UNITS
            or word in lx.CURRENCY_WORDS
            or (word in lx.MEASURE_UNITS and word not in lx.AMBIGUOUS_UNITS)
        ):
            value = float(UNITS.get(num, TENS.get(num, 0)))
            return Parsed(i, i + 1, value, words=True, glued_unit=word)
    p = parse_number(tokens, i, money)
    if p is None:
        return None
    if p.words and p.fraction and tokens[p.j - 1].low in _SINGULAR_FRACTIONS:
        # 'a fifth of', 'half the' are fractions; 'a fifth nuclear test' is an ordinal.
        if not _fraction_follows(tokens, p.j):
            return None
    return p


_SINGULAR_FRACTIONS = {
    "half",
    "third",
    "quarter",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
}


def _fraction_follows(tokens: list[Token], k: int) -> bool:
    """'a fifth of', 'half the', 'a third.' are fractions; 'a fifth nuclear test' is an ordinal."""
    if k >= len(tokens):
        return True
    nxt = tokens[k]
    if (
        k > 0
        and k - 2 >= 0
        and tokens[k - 2].low in ("than", "about", "nearly", "almost", "roughly")
    ):
        return True  # 'more than half people'
    return (
        nxt.low in ("of", "the", "a", "an", "that", "as", "percent", "%", "and", "or", "but", "to")
        or not nxt.text[0].isalnum()
    )


def _is_hyphen_tens(low: str) -> bool:
    a, sep, b = low.partition("-")
    return bool(sep) and a in TENS and b in UNITS


_APPROX_SKIP = {"some", "over", "under", "about", "around", "just", "only", "above", "below"}


def find_quantities(
    text: str,
    start: int,
    end: int,
    tokens: list[Token] | None = None,
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
        [(m.start(), m.end()) for m in _URL.finditer(text, start, end)]
        if "%" in text[start:end] or "/" in text[start:end]
        else []
    )
    while i < n:
        tok = tokens[i]
        if not (tok.text[0].isdecimal() or tok.low in _STARTERS or "-" in tok.low):
            i += 1  # most words cannot start a quantity: skip them cheaply
            continue
        if urls and any(a <= tokens[i].start < b for a, b in urls):
            i += 1  # figures inside web addresses ('?q=30%25%2020%') are no quantities
            continue
        q, nxt = _quantity_at(text, tokens, i, everything)
        if q is not None:
            out.append(q)
            i = nxt
        else:
            i += 1
    if everything:
        out = _bare_percents(text, tokens, out, urls)
    return merge_bounds(text, out)


def _bare_unit(t: Token) -> tuple[str, str] | None:
    """A currency or unit named without a figure ('the dollar', 'metric ton')."""
    if len(t.low) < 3 or t.low in lx.AMBIGUOUS_UNITS or not t.text.isalpha():
        return None
    if t.low in lx.CURRENCY_WORDS and t.low not in ("won", "pound", "pounds", "sterling"):
        return "money", lx.CURRENCY_WORDS[t.low]
    if t.low in (
        "ton",
        "tons",
        "tonne",
        "tonnes",
        "mcg",
        "gramme",
        "grammes",
        "kilogram",
        "kilograms",
    ):
        return "measure", lx.MEASURE_UNITS[t.low]
    return None


def _bare_percents(
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
            t.low in ("percent", "%", "percentage", "per-cent")
            and not any(q.start <= t.start < q.end for q in found)
            and not any(a <= t.start < b for a, b in urls)
        ):
            extra.append(Quantity(t.text, t.start, t.end, None, "percent", unit="percent"))
    return sorted(found + extra, key=lambda q: q.start) if extra else found


# Words a quantity can start with (figures and hyphenated words are checked apart).
_STARTERS = frozenset(
    {p[0] for p in _APPROX}
    | set(lx.CURRENCY_SYMBOLS)
    | {c for c in lx.CURRENCY_SYMBOLS if len(c) == 1}
    | NUMBER_WORDS
    | set(UNITS)
    | set(TENS)
    | {
        "a",
        "an",
        "half",
        "quarter",
        "quarters",
        "minus",
        "negative",
        "dozens",
        "hundreds",
        "thousands",
        "millions",
        "billions",
        "trillions",
        "scores",
        "-",
        "+",
        "−",
        ".",
        "us",
        "nought",
        "naught",
        "lakh",
        "crore",
    }
    | set("½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞")
)

_URL = re.compile(r"(?:https?://|www\.)\S+|\S+%[0-9A-Fa-f]{2}\S*")


def merge_bounds(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """'more than 10 and less than 20' -> one quantity with both bounds."""
    out: list[Quantity] = []
    for q in quantities:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == q.kind
            and (prev.unit == q.unit or prev.unit is None or q.unit is None)
            and (
                (
                    prev.low is not None
                    and prev.high is None
                    and q.high is not None
                    and q.low is None
                )
                or (
                    prev.high is not None
                    and prev.low is None
                    and q.low is not None
                    and q.high is None
                )
            )
            and _BOUND_GAP.fullmatch(text[prev.end : q.start])
        ):
            low = prev.low if prev.low is not None else q.low
            high = prev.high if prev.high is not None else q.high
            out[-1] = Quantity(
                text=text[prev.start : q.end],
                start=prev.start,
                end=q.end,
                value=_round((low + high) / 2),
                kind=prev.kind,
                unit=prev.unit or q.unit,
                low=low,
                high=high,
                approx="between",
            )
            continue
        out.append(q)
    return out


_BOUND_WORDS = "|".join(
    re.escape(w).replace("\\ ", r"\s*")
    for w in sorted(lx.LOWER_BOUNDS | lx.UPPER_BOUNDS, key=len, reverse=True)
)
_BOUND_GAP = re.compile(
    rf"\s*(?:,|and|but|,\s*and|,\s*but)?\s*(?:{_BOUND_WORDS})\s*", re.IGNORECASE
)


def _quantity_at(
    text: str, tokens: list[Token], i: int, everything: bool = False
) -> tuple[Quantity | None, int]:
    n = len(tokens)
    approx = None
    k = _match_phrase(tokens, i, _APPROX_INDEX)
    p = i + k
    if k:
        approx = " ".join(t.low for t in tokens[i:p])
        if not tokens[i].text[0].isalpha() and i > 0 and _adjacent(tokens[i - 1], tokens[i]):
            if tokens[i - 1].text in ("<", ">", "="):
                approx = None  # '=>30', '<>30': not a comparison we know
    q_start = p
    currency, p = _currency_at(tokens, p)
    if p >= n:
        return None, i + 1
    core = _number_core(tokens, p, money=currency is not None)
    if core is None:
        return None, i + 1
    if currency is None:
        q_start = core.i
    j = core.j
    low = high = None
    value: float | None = core.value
    # Ranges: '10-20%', '10 to 20', 'between 10 and 20', '20 or 25 kilotons'.
    if (
        j + 1 < n
        and tokens[j].low in ("-", "–", "to", "or", "and", "through", "thru", "~")
        and (tokens[j].low != "and" or approx == "between" or _prev_is(tokens, q_start, "between"))
        and not (tokens[j].low == "to" and _is_change(tokens, q_start))
    ):
        skip = j + 1
        if skip < n and tokens[skip].text in lx.CURRENCY_SYMBOLS:
            skip += 1
        other = _number_core(tokens, skip) if skip < n else None
        if other is not None and not core.fraction and not other.fraction:
            glued = _adjacent(tokens[j - 1], tokens[j]) and _adjacent(tokens[j], tokens[skip])
            spaced_figures = (
                not core.words
                and not other.words
                and tokens[j].low in ("-", "–")
                and not _adjacent(tokens[j - 1], tokens[j])
                and not _adjacent(tokens[j], tokens[skip])
            )
            if tokens[j].low in ("-", "–") and not (glued or spaced_figures):
                other = None
            elif glued and _chained(tokens, q_start, other.j):
                other = None  # '+1-222-2222': a phone number or code, not a range
        if (
            other is not None
            and tokens[j].low == "to"
            and _change_then_level(tokens, q_start, core, other)
        ):
            other = None  # 'rose 32,000 to 1.41 million': the change, then the new level
        if other is not None and not other.fraction:
            lo, hi = core.value, other.value
            # '1.5 to 2 million': the scale of the second applies to the first.
            if hi > lo * 1000 and core.j - core.i == 1 and other.j - other.i > 1:
                lo *= hi / float(parse_digits(tokens[other.i].text) or hi)
            if tokens[j].low in ("-", "–") and hi < lo and not currency:
                # '52-48' is a score or poll result, not a range.
                low, high, value = None, None, lo
                j = other.j
                return _finish(
                    text, tokens, i, q_start, j, value, None, None, approx, "ratio", "score"
                )
            low, high = min(lo, hi), max(lo, hi)
            value = (low + high) / 2
            j = other.j
    # '8- to 16-meter': the first figure borrows the unit of the second.
    if (
        low is None
        and j + 2 < n
        and tokens[j].text in ("-", "–")
        and _adjacent(tokens[j - 1], tokens[j])
        and tokens[j + 1].low == "to"
    ):
        second = _measured_at(tokens, j + 2)
        if second is not None and second[1] in ("measure", "duration", "money", "percent"):
            other, kind, unit, end = second
            low, high = sorted((core.value, other.value))
            return _finish(
                text, tokens, i, q_start, end, (low + high) / 2, low, high, approx, kind, unit
            )
    kind, unit, j = _unit(tokens, j, core, currency)
    if kind is None:
        return None, i + 1
    unit, j = _rate(tokens, j, kind, unit)
    if low is None:
        value = core.value  # _unit may rescale it ('10 cents', 'one in five')
        if kind == "money" and (
            tokens[q_start].low in lx.MILLION_CODES or tokens[j - 1].low in lx.MILLION_CODES
        ):
            value *= 1e6  # 'MUSD 30', '120 MEUR': millions
        value, j = _compound(tokens, j, kind, unit, value, core)
        # '44 mg to 50 mg', 'from $350 per kg to $680 per kg', '-18 °C to -34 °C'.
        if (
            kind in ("measure", "money", "duration", "percent")
            and j + 1 < n
            and tokens[j].low in ("to", "-", "–", "and")
            and (
                tokens[j].low != "and"
                or approx == "between"
                or _prev_is(tokens, q_start, "between")
            )
        ):
            second = _measured_at(tokens, j + 1)
            if (
                second is not None
                and second[1] == kind
                and second[2] == unit
                and not (tokens[j].low == "to" and _moves(tokens, q_start, value, second[0].value))
            ):
                low, high = sorted((value, second[0].value))
                value = (low + high) / 2
                j = second[3]
    if _not_a_number(tokens, core, q_start, currency):
        return None, i + 1
    if _excluded(tokens, core, q_start, j, kind, currency) or (
        approx in _APPROX_SKIP and core.words and kind == "count" and unit is None
    ):
        if not everything:
            return None, i + 1
        kind = "other"
    return _finish(text, tokens, i, q_start, j, value, low, high, approx, kind, unit)


_MAIN_CURRENCY_WORDS = {
    "dollar",
    "dollars",
    "pound",
    "pounds",
    "euro",
    "euros",
    "usd",
    "eur",
    "gbp",
}
_FEET = {"foot", "feet", "ft"}
_INCHES = {"inch", "inches", "in"}


def _compound(
    tokens: list[Token], j: int, kind: str, unit: str | None, value: float, core: Parsed
) -> tuple[float, int]:
    """'3 dollars 50 cents', '15 dollars and 50', '75 USD million', '5 feet 2 inches'."""
    n = len(tokens)
    if j >= n or core.fraction:
        return value, j
    last = tokens[j - 1].low
    if kind == "money" and tokens[j].low in SCALES and last in lx.CURRENCY_WORDS:
        return value * SCALES[tokens[j].low], j + 1  # '75 USD million'
    if kind == "money" and last in _MAIN_CURRENCY_WORDS:
        k = j + 1 if tokens[j].low == "and" else j
        if k < n:
            cents = _number_core(tokens, k)
            if cents is not None and cents.value == int(cents.value) and 0 < cents.value < 100:
                after = tokens[cents.j] if cents.j < n else None
                if after is not None and after.low in ("cents", "cent", "pence", "p"):
                    return value + cents.value / 100, cents.j + 1
                if after is None or not after.text[0].isalnum():
                    return value + cents.value / 100, cents.j
    if kind == "measure" and last in _FEET:
        k = j + 1 if tokens[j].low == "and" else j
        if k + 1 < n and tokens[k].text.isdecimal() and tokens[k + 1].low in _INCHES:
            return value + float(tokens[k].text) / 12, k + 2
    return value, j


def _rate(tokens: list[Token], j: int, kind: str, unit: str | None) -> tuple[str | None, int]:
    """'$350 per kg', '$120 a month', '188 miles an hour': the unit becomes a rate."""
    n = len(tokens)
    if kind not in ("money", "measure") or j + 1 >= n:
        return unit, j
    word = tokens[j].low
    per = tokens[j + 1].low
    if word == "per" and (
        per in lx.MEASURE_UNITS
        or per in lx.DURATION_UNITS
        or per in ("head", "person", "capita", "share", "barrel", "year", "month")
    ):
        name = lx.MEASURE_UNITS.get(per) or lx.DURATION_UNITS.get(per) or per
        return f"{unit} per {name}", j + 2
    if (
        word in ("a", "an")
        and per in lx.DURATION_UNITS
        and per.endswith(("year", "month", "week", "day", "hour"))
    ):
        return f"{unit} per {lx.DURATION_UNITS[per]}", j + 2
    return unit, j


def _currency_at(tokens: list[Token], p: int) -> tuple[str | None, int]:
    """A currency written before a figure ('$', 'US$', '£', 'USD', 'Rs'), and where the figure starts."""
    n = len(tokens)
    if p >= n:
        return None, p
    c1 = tokens[p].low
    if (
        p + 1 < n
        and _adjacent(tokens[p], tokens[p + 1])
        and (c1 + tokens[p + 1].low) in lx.CURRENCY_SYMBOLS
    ):
        return lx.CURRENCY_SYMBOLS[c1 + tokens[p + 1].low], p + 2
    if c1 in lx.CURRENCY_SYMBOLS and (not c1.isalpha() or tokens[p].text.isupper() or c1 == "rs"):
        return lx.CURRENCY_SYMBOLS[c1], p + 1
    return None, p


def _measured_at(tokens: list[Token], p: int) -> tuple[Parsed, str, str | None, int] | None:
    """A figure with its unit at p (the far end of a range): (core, kind, unit, end)."""
    currency, p = _currency_at(tokens, p)
    if p >= len(tokens):
        return None
    core = _number_core(tokens, p, money=currency is not None)
    if core is None:
        return None
    kind, unit, end = _unit(tokens, core.j, core, currency)
    if kind is None:
        return None
    return core, kind, unit, end


_CHANGE_VERBS = {
    "rose",
    "rise",
    "rises",
    "risen",
    "fell",
    "fall",
    "falls",
    "fallen",
    "increased",
    "increase",
    "increases",
    "decreased",
    "decrease",
    "decreases",
    "grew",
    "grow",
    "grows",
    "grown",
    "dropped",
    "drop",
    "drops",
    "climbed",
    "climb",
    "climbs",
    "jumped",
    "jump",
    "jumps",
    "went",
    "go",
    "goes",
    "gone",
    "up",
    "down",
    "cut",
    "raised",
    "raise",
    "lowered",
    "lower",
    "changed",
    "moved",
    "surged",
    "plunged",
    "slipped",
    "declined",
    "decline",
    "soared",
    "slumped",
    "tumbled",
    "doubled",
    "halved",
    "shrank",
    "shrunk",
    "expanded",
    "reduced",
    "boosted",
    "swelled",
    "reducing",
    "cutting",
    "raising",
    "lowering",
    "increasing",
    "decreasing",
}


_CHANGE_REACH = 6  # 'fell by a third, from 1,500 to 1,000': the verb a few words before 'from'


def _is_change(tokens: list[Token], q_start: int) -> bool:
    """'rose from 5% to 7%', 'cutting the limit from 80mg to 50mg' give two values, before
    and after, not a range."""
    if q_start < 1 or tokens[q_start - 1].low != "from":
        return False
    return any(
        t.low in _CHANGE_VERBS for t in tokens[max(0, q_start - _CHANGE_REACH) : q_start - 1]
    )


_FALLS = frozenset(
    "fell fall falls fallen decreased decrease decreases decreasing dropped drop drops cut"
    " cutting lowered lower lowering slipped declined decline slumped tumbled plunged halved"
    " shrank shrunk reduced reducing down".split()
)


_NO_DIRECTION = frozenset("changed moved went go goes gone".split())


def _moves(tokens: list[Token], q_start: int, before: float, after: float | None) -> bool:
    """'cutting the limit from 80mg to 50mg': a change from one value to another, its
    direction agreeing with the verb ('reduced from 44 mg to 50 mg' reads as a range)."""
    if after is None or not _is_change(tokens, q_start):
        return False
    verbs = {t.low for t in tokens[max(0, q_start - _CHANGE_REACH) : q_start - 1]} & _CHANGE_VERBS
    if verbs & _FALLS:
        return after < before
    if verbs - _NO_DIRECTION:
        return after > before
    return True


def _change_then_level(tokens: list[Token], q_start: int, core: Parsed, other: Parsed) -> bool:
    """'fell 11,000 to 813,200', 'increased by 296,000 to 28.52 million': after a change
    verb, a far larger second figure is the new level ('rose 5 to 10 percent' stays a range)."""
    k = q_start - 1 - (q_start >= 1 and tokens[q_start - 1].low == "by")
    if k < 0 or tokens[k].low not in _CHANGE_VERBS:
        return False
    lo, hi = sorted((core.value, other.value))
    return lo > 0 and hi >= 5 * lo


def _chained(tokens: list[Token], first: int, end: int) -> bool:
    """More glued '-' or '/' before or after 'A-B': part of a longer code."""
    before = (
        first > 0
        and tokens[first - 1].text in ("-", "/")
        and _adjacent(tokens[first - 1], tokens[first])
    )
    after = (
        end < len(tokens)
        and tokens[end].text in ("-", "/")
        and _adjacent(tokens[end - 1], tokens[end])
    )
    return before or after


def _prev_is(tokens: list[Token], i: int, word: str) -> bool:
    return i > 0 and tokens[i - 1].low == word


def _finish(
    text: str,
    tokens: list[Token],
    i: int,
    q_start: int,
    j: int,
    value: float | None,
    low: float | None,
    high: float | None,
    approx: str | None,
    kind: str,
    unit: str | None,
) -> tuple[Quantity, int]:
    s, e = tokens[q_start].start, tokens[j - 1].end
    if approx is None and _prev_is(tokens, q_start, "between"):
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
    return (
        Quantity(
            text=text[s:e],
            start=s,
            end=e,
            value=_round(value),
            kind=kind,
            unit=unit,
            low=_round(low),
            high=_round(high),
            approx=approx,
        ),
        j,
    )


def _round(v: float | None) -> float | None:
    """Twelve significant digits: enough for 1/7, and no binary noise like 0.30000000000000004."""
    return None if v is None else float(f"{float(v):.12g}")


def _unit(
    tokens: list[Token], j: int, core: Parsed, currency: str | None
) -> tuple[str | None, str | None, int]:
    """What the figure measures, and where the quantity's span ends."""
    n = len(tokens)
    if core.glued_unit is not None:
        word = core.glued_unit
        if word in lx.DURATION_UNITS:
            return "duration", lx.DURATION_UNITS[word], j
        if word in lx.CURRENCY_WORDS:
            return "money", lx.CURRENCY_WORDS[word], j
        return "measure", lx.MEASURE_UNITS[word], j
    nxt = tokens[j] if j < n else None
    if currency:
        if nxt is not None and nxt.low in lx.CURRENCY_WORDS and nxt.low not in lx.SUBUNITS:
            j += 1  # '$5 dollars'
        return "money", currency, j
    if nxt is None:
        return ("ratio", None, j) if core.fraction else ("count", None, j)
    low = nxt.low
    if low == "%" or low in ("percent", "pct", "per-cent"):
        j += 1
        if j + 1 < n and tokens[j].low == "percentage" and tokens[j + 1].low.startswith("point"):
            j += 2
            return "percent", "percentage point", j
        return "percent", "percent", j
    if low == "per" and j + 1 < n and tokens[j + 1].low == "cent":
        return "percent", "percent", j + 2
    if low == "percentage" and j + 1 < n and tokens[j + 1].low.startswith("point"):
        return "percent", "percentage point", j + 2
    if low in ("point", "points") and core.i > 0 and tokens[core.i - 1].low in ("a", "an"):
        return "percent", "point", j + 1
    if (
        low == "°"
        and j + 1 < n
        and tokens[j + 1].low in ("c", "f")
        and _adjacent(nxt, tokens[j + 1])
    ):
        return "measure", "°" + tokens[j + 1].text.upper(), j + 2
    if (
        low in SCALE_SUFFIXES
        and j + 1 < n
        and _adjacent(tokens[j - 1], nxt)
        and tokens[j + 1].low in lx.CURRENCY_WORDS
        and tokens[j + 1].low not in lx.SUBUNITS
    ):
        core.value *= SCALE_SUFFIXES[low]  # '450m euros': millions of euros, not metres
        return "money", lx.CURRENCY_WORDS[tokens[j + 1].low], j + 2
    if low == "us" and j + 1 < n and tokens[j + 1].low in ("dollar", "dollars"):
        return "money", "USD", j + 2  # '10 us dollar'
    if low in lx.CURRENCY_WORDS and (low not in lx.SUBUNITS or not core.fraction):
        if low in ("p",) and not _adjacent(tokens[j - 1], nxt):
            return "count", None, j
        code = lx.CURRENCY_WORDS[low]
        if low in lx.SUBUNITS:
            core.value /= 100
        return "money", code, j + 1
    # '70-year-old', '5-year-old': an age stated as a fact.
    if low.startswith("-") or (low == "-" and j + 1 < n):
        pass
    if low == "-" and j + 1 < n and _adjacent(tokens[j - 1], nxt):
        follow = tokens[j + 1].low
        if follow in ("year-old", "year-olds", "years-old"):
            return "age", "year", j + 2
        if follow in lx.DURATION_UNITS or follow.split("-")[0] in lx.DURATION_UNITS:
            return "duration", lx.DURATION_UNITS.get(follow.split("-")[0]), j + 2
        if follow in lx.MEASURE_UNITS and follow not in lx.AMBIGUOUS_UNITS:
            return "measure", lx.MEASURE_UNITS[follow], j + 2
        if follow in ("point", "points"):
            return "percent", "point", j + 2
        if follow.split("-")[0] in lx.RANK_WORDS:
            return "rank", follow, j + 2
    if low in lx.DURATION_UNITS:
        if low in ("year", "years") and j + 1 < n and tokens[j + 1].low == "old":
            return "age", "year", j + 2
        return "duration", lx.DURATION_UNITS[low], j + 1
    if low == "m" and _millions_of(tokens, j, core):
        core.value *= 1e6  # '3m jobs', '2.5m people': millions, as British news writes them
        return "count", tokens[j + 1].low, j + 1
    if low in lx.MEASURE_UNITS and (
        low not in lx.AMBIGUOUS_UNITS
        or (not core.words and _adjacent(tokens[j - 1], nxt))
        or (low in ("m", "g", "l", "ha", "ft", "mi", "yd", "kt") and not core.words)
    ):
        unit = lx.MEASURE_UNITS[low]
        j += 1
        if unit in ("square", "cubic") and j < n and tokens[j].low in lx.MEASURE_UNITS:
            unit = f"{unit} {lx.MEASURE_UNITS[tokens[j].low]}"
            j += 1
        return "measure", unit, j
    if core.fraction:
        return "ratio", None, j
    # 'one in five'
    if low == "in" and j + 1 < n:
        other = _number_core(tokens, j + 1)
        if (
            other is not None
            and other.value
            and core.value < other.value
            and not (len(tokens[other.i].text) == 4 and 1000 <= other.value <= 2100)
        ):
            core.value = core.value / other.value
            core.fraction = True
            return "ratio", None, other.j
    if core.vague and low == "of" and j + 1 < n:
        noun = tokens[j + 1]
        if noun.text[0].islower() and noun.low not in lx.NOT_COUNTED:
            return "count", noun.low if _plural(noun.low) else None, j
    if low in ("times", "fold"):
        # 'nine times out of ten' is a share; 'six times as much' a ratio (no unit: a pure number).
        if j + 3 < n and tokens[j + 1].low == "out" and tokens[j + 2].low == "of":
            other = _number_core(tokens, j + 3)
            if other is not None and other.value and core.value <= other.value:
                core.value = core.value / other.value
                return "ratio", None, other.j
        return "ratio", None, j + 1
    if _counted_noun(nxt) and (core.value == 1 or _plural(low)):
        # Many of a thing name it in the plural; a singular word after them is a modifier
        # ('11 swing states', '100,000 retail bankers') and the counted noun lies beyond it.
        return "count", _singular_unit(low), j
    return "count", None, j


def _counted_noun(tok: Token) -> bool:
    """The word after a figure names what is counted, unless it is a function word or a verb."""
    low = tok.low
    return (
        tok.text[0].isalpha()
        and tok.text[0].islower()
        and low not in lx.NOT_COUNTED
        and not (len(low) > 4 and low.endswith("ed"))
    )


def _millions_of(tokens: list[Token], j: int, core: Parsed) -> bool:
    """A glued 'm' before a plural noun counts millions ('3m jobs'); after an article it is
    metres naming a thing ('the 400m hurdles', 'a 30m wall')."""
    if j + 1 >= len(tokens) or not _adjacent(tokens[j - 1], tokens[j]):
        return False
    noun = tokens[j + 1]
    return (
        noun.text[0].islower()
        and _plural(noun.low)
        and noun.low not in lx.MEASURE_UNITS
        and noun.low not in lx.DURATION_UNITS
        and not (core.i > 0 and tokens[core.i - 1].low in ("the", "a", "an"))
    )


_PLURAL_WITHOUT_S = frozenset(
    "people men women children police staff personnel cattle data media feet teeth mice geese"
    " sheep fish deer aircraft crew livestock".split()
)


def _plural(word: str) -> bool:
    """A plural noun by its form: 'workers', 'people'; not 'previous', 'crisis', 'class'."""
    return word in _PLURAL_WITHOUT_S or (
        word.endswith("s") and not word.endswith(("ss", "us", "is", "ous")) and len(word) > 2
    )


def _singular_unit(word: str) -> str:
    return word.rstrip(".,")


_PRONOUN_ONE_BEFORE = {
    "the",
    "this",
    "that",
    "which",
    "each",
    "every",
    "any",
    "no",
    "another",
    "one",
    "only",
    "whichever",
    "someone",
    "anyone",
    "everyone",
    "no-one",
    "little",
    "big",
    "new",
    "old",
    "good",
    "bad",
    "right",
    "wrong",
    "last",
    "first",
    "next",
    "other",
    "same",
    "such",
    "a",
}


def _not_a_number(tokens: list[Token], core: Parsed, q_start: int, currency: str | None) -> bool:
    """Not even a number: the pronoun 'one' ('which one'), a day of a month ('May 4th')."""
    if currency:
        return False
    first = tokens[core.i]
    prev = tokens[q_start - 1] if q_start > 0 else None
    after = tokens[core.j].low if core.j < len(tokens) else ""
    if (
        first.low == "one"
        and core.j - core.i == 1
        and prev is not None
        and prev.low in _PRONOUN_ONE_BEFORE
        and after not in lx.MEASURE_UNITS
        and after not in lx.DURATION_UNITS
        and after not in lx.CURRENCY_WORDS
    ):
        return True
    if (
        not core.words
        and prev is not None
        and prev.low.rstrip(".") in lx.MONTHS
        and prev.text[:1].isupper()
    ):
        return True
    nxt = tokens[core.j] if core.j < len(tokens) else None
    return (
        not core.words
        and nxt is not None
        and nxt.text[:1].isupper()
        and nxt.low.rstrip(".") in lx.MONTHS
        and core.value == int(core.value)
        and 1 <= core.value <= 31
    )


def _excluded(
    tokens: list[Token], core: Parsed, q_start: int, j: int, kind: str, currency: str | None
) -> bool:
    """Dates, times, years, decades, identifiers, pronoun 'one', event ordinals."""
    first = tokens[core.i]
    prev = tokens[q_start - 1] if q_start > 0 else None
    nxt = tokens[core.j] if core.j < len(tokens) else None
    if currency or kind in ("percent", "money"):
        return False
    if kind == "measure" and j < len(tokens) and _adjacent(tokens[j - 1], tokens[j]):
        if tokens[j].text[0].isdecimal() or tokens[j].text in ("-", "/"):
            return True  # '24703L202', '24703 L-202': a part number, not litres
    if core.slash and kind in ("ratio", "count"):
        return True  # '9/11', '24/7': a bare x/y is a name or a date far more often than a share
    # A figure glued to letters or to a slash is a label: 'G20', 'COVID-19', '9/11', 'F-35'.
    if (
        prev is not None
        and _adjacent(prev, first)
        and (prev.text[-1].isalpha() or prev.text in "-/#:")
    ):
        if not (prev.text == "-" and q_start >= 2 and not tokens[q_start - 2].text[-1].isalpha()):
            return True
    if nxt is not None and _adjacent(tokens[core.j - 1], nxt):
        if nxt.text in ("/", ":") or (
            nxt.text[0].isalpha() and kind == "count" and nxt.low not in SCALE_SUFFIXES
        ):
            return True
    if nxt is not None and nxt.low in lx.TIME_WORDS:
        return True
    # Dates: 'May 6', '6 May', 'May 6, 2016'.
    if prev is not None and prev.low.rstrip(".") in lx.MONTHS and not core.words:
        return True
    if nxt is not None and nxt.low.rstrip(".") in lx.MONTHS and not core.words and kind == "count":
        return True
    if prev is not None and prev.low in lx.WEEKDAYS:
        return True
    # Years: a bare four-digit figure between 1000 and 2100.
    if (
        not core.words
        and core.j - core.i == 1
        and re.fullmatch(r"\d{4}", first.text)
        and 1000 <= core.value <= 2100
        and kind == "count"
    ):
        return True
    # Labels: 'Resolution 2270', 'Article 5', 'Route 66', 'Flight 17'.
    if prev is not None and prev.text[:1].isupper() and prev.low.rstrip(".") in lx.IDENTIFIER_WORDS:
        return not core.words
    if prev is not None and prev.text in ("#", "No.", "no."):
        return True
    # 'one' as a pronoun or article: only an amount when it measures something.
    if core.words and first.low == "one" and core.j - core.i == 1 and kind == "count":
        return True
    # Figures as words that lead a phrase like 'one of', 'two of them' stay counts only with a noun.
    return (
        kind == "count"
        and core.words
        and core.j - core.i == 1
        and nxt is not None
        and nxt.low == "of"
        and first.low
        not in ("dozens", "hundreds", "thousands", "millions", "billions", "trillions", "scores")
        and not _of_a_group(tokens, core.j)
    )


def _of_a_group(tokens: list[Token], k: int) -> bool:
    """'two of the officers', 'five of their seven matches': a count out of a named group
    ('two of them' names none and stays aside)."""
    return (
        k + 2 < len(tokens)
        and tokens[k + 1].low in ("the", "their", "its", "his", "her", "our", "these", "those")
        and tokens[k + 2].text[:1].isalnum()
    )
