"""Numbers written in words: cardinals ('nine hundred million', 'twenty-three'), decimals
('two hundred point zero three'), fractions ('two-thirds', 'three fifths', 'one hundred
thirty-fifths', 'one and a half', 'half a dozen', 'one over three')."""

from __future__ import annotations

from dataclasses import dataclass

from tracker.extract.numbers.digits import parse_digits
from tracker.extract.numbers.parsed import MAX_TOKENS, Parsed, Tok
from tracker.extract.numbers.words import (
    A_SCALES,
    ADDITIVE_DENS,
    DOZENS,
    LAKH_CRORE,
    NEGATIVE_WORDS,
    ORDINAL_DEN,
    ORDINALS,
    PART_WORDS,
    SCALE_PLURALS,
    SCALE_WORDS,
    SCALES,
    TENS,
    UNITS,
    ZERO_WORDS,
)

# The words a number's second item can be made of (``_items``; with 'of', which may take a
# fraction on: 'two thirds of a million'). Any other word after a number's first ends it there.
_READS_ON = frozenset(
    {*UNITS, *ZERO_WORDS, *TENS, *SCALES, *SCALE_PLURALS, *DOZENS, *LAKH_CRORE, *ORDINAL_DEN}
    | {*NEGATIVE_WORDS, "and", "a", "an", "half", "point", "over", "out", "of", "-"}
)


def reads_on(tokens: list[Tok], k: int) -> bool:
    """Whether token ``k`` may carry on the number the token before it starts: false means
    that number is one token long (a figure, 'one') or none ('a' alone), told without the
    reading. Hyphenated words ('twenty-one', 'two-thirds') and figures may carry on."""
    if k >= len(tokens):
        return False
    t = tokens[k]
    return t.low in _READS_ON or "-" in t.low or t.text[:1].isdecimal()


def _is_tens_unit(low: str) -> bool:
    a, sep, b = low.partition("-")
    return bool(sep) and a in TENS and b in UNITS and b != "zero"


def _hyphen_ordinal(low: str) -> float | None:
    """'twenty-fifth(s)', 'thirty-fifths', 'twenty-firsts' as denominators."""
    a, sep, b = low.partition("-")
    if not sep or a not in TENS:
        return None
    b = b[:-1] if b.endswith("s") and b[:-1] in ORDINALS else b
    if b in ORDINALS and ORDINALS[b] < 10:
        return float(TENS[a] + ORDINALS[b])
    return None


@dataclass(slots=True)
class _Item:
    kind: str  # num, and, a, den, point, half, over, neg
    value: float = 0.0
    scale: bool = False
    tens: bool = False
    plural: bool = False
    index: int = 0  # token index just after the item
    figure: bool = False  # written in digits

    # Written out so that mypyc compiles it (see Parsed): one is made per number word.
    def __init__(
        self,
        kind: str,
        value: float = 0.0,
        scale: bool = False,
        tens: bool = False,
        plural: bool = False,
        index: int = 0,
        figure: bool = False,
    ) -> None:
        self.kind = kind
        self.value = value
        self.scale = scale
        self.tens = tens
        self.plural = plural
        self.index = index
        self.figure = figure


def _items(tokens: list[Tok], i: int) -> list[_Item]:
    """Number-ish words from i, as a flat list (bounded)."""
    out: list[_Item] = []
    n = len(tokens)
    k = i
    limit = min(n, i + MAX_TOKENS)
    while k < limit:
        t = tokens[k]
        low = t.low
        if low in TENS and k + 2 < n and tokens[k + 1].text == "-" and tokens[k + 2].low in UNITS:
            # 'ninety - five': a spaced hyphen between tens and a unit.
            out.append(_Item("num", float(TENS[low] + UNITS[tokens[k + 2].low]), index=k + 3))
            k += 3
            continue
        if out and out[-1].figure and (low in UNITS or low in TENS or _is_tens_unit(low)):
            break  # 'one in 20 three years earlier': digits never run on into number words
        item = _word_item(low, out, k)
        if item is not None:
            out.append(item)
        elif low == "out" and out and k + 1 < n and tokens[k + 1].low == "of":
            # 'one out of three' (value 1 marks it)
            out.append(_Item("over", value=1.0, index=k + 2))
            k += 2
            continue
        elif t.text == "-" and out and k + 1 < n and tokens[k + 1].low in ORDINAL_DEN:
            pass  # 'one - fourth', 'five - eighths': the denominator comes next
        elif "-" in low:
            # 'two-thirds', 'one-fourth', 'one-yen' (the numeral part only counts here).
            a, _, b = low.partition("-")
            if a in UNITS and b in ORDINAL_DEN:
                out.append(_Item("num", float(UNITS[a]), index=k))
                out.append(_Item("den", ORDINAL_DEN[b], plural=b.endswith("s"), index=k + 1))
            break
        elif t.text[0].isdecimal() and (
            not out
            or out[-1].kind in ("neg", "over", "and")
            or (out[-1].scale and len(t.text) <= 3)
        ):
            # A figure among words: 'minus 5', '1 over 3', '4 thousand 3 hundred and 21'.
            value = parse_digits(t.text)
            if value is None or (out and out[-1].kind != "over" and value != int(value)):
                break
            out.append(_Item("num", value, index=k + 1, figure=True))
        else:
            break
        k += 1
    return out


def _word_item(low: str, out: list[_Item], k: int) -> _Item | None:
    """The item one number word at token k makes, given the items before it; None if none."""
    if low in UNITS or low in ZERO_WORDS:
        return _Item("num", float(UNITS.get(low, 0)), index=k + 1)
    if low in TENS:
        return _Item("num", float(TENS[low]), tens=True, index=k + 1)
    if _is_tens_unit(low):
        a, _, b = low.partition("-")
        return _Item("num", float(TENS[a] + UNITS[b]), index=k + 1)
    if low in SCALES:
        return _Item("num", float(SCALES[low]), scale=True, index=k + 1)
    if low in SCALE_PLURALS and out and out[-1].kind == "num":
        # 'five hundreds' after a number reads as 'five hundred'
        return _Item("num", float(SCALES[low[:-1]]), scale=True, index=k + 1)
    if low in DOZENS:
        return _Item("num", 12.0, scale=True, index=k + 1)
    if low in LAKH_CRORE:
        return _Item("num", SCALE_WORDS[low], scale=True, index=k + 1)
    if low in ("and", "a", "an", "half") or (low in ("point", "over") and out):
        kind = "a" if low == "an" else low
        return _Item(kind, {"a": 1.0, "half": 2.0}.get(kind, 0.0), index=k + 1)
    if low in NEGATIVE_WORDS and not out:
        return _Item("neg", index=k + 1)
    if low in ORDINAL_DEN and (out or low in ("quarter", "quarters")) and low != "first":
        return _Item("den", ORDINAL_DEN[low], plural=low.endswith("s"), index=k + 1)
    hv = _hyphen_ordinal(low)
    if hv is not None and out:
        return _Item("den", hv, plural=low.endswith("s"), index=k + 1)
    return None


def _cardinal(items: list[_Item]) -> float | None:
    """Value of plain number items ('one hundred and six', 'a dozen'); None if not one."""
    total = 0.0
    current = 0.0
    seen = False
    last_small = False  # a unit or tens word since the last scale
    small = 0.0  # what the units and tens since the last scale word add up to
    after_a = False  # 'a' counts one of the scale after it ('a million'), never 'a one'
    last_scale = float("inf")  # scales above a hundred fall: 'two million three thousand'
    for it in items:
        if it.kind == "and":
            continue
        if it.kind == "a":
            if seen:
                return None
            current = 1.0
            small = 1.0
            seen = True
            after_a = True
            continue
        if it.kind != "num" or (after_a and not it.scale):
            return None  # ('a one trillion won' is 'one trillion' after an article)
        after_a = False
        if it.scale:
            if it.value == 12.0:  # dozen: 'three hundred and two dozens' is 300 + 24
                current = current - small + (small or 1.0) * 12
            elif it.value == 100:
                if current >= 100:
                    return None  # '3 hundred and 2 hundred' is two numbers
                current = (current or 1.0) * 100
            elif it.value == 1e7 and total and not current and total < 1e7:
                total *= it.value  # 'three lakh crore'
            else:
                if it.value >= last_scale and current:
                    return None  # '114 million and 112 million': two numbers, not a sum
                last_scale = it.value
                total += (current or 1.0) * it.value
                current = 0.0
            last_small = False
            small = 0.0
        else:
            if last_small and small >= 100:
                return None  # '700,000 and one million': a figure takes no units after it
            if last_small and current % 10 == 0 and current % 100 != 0 and it.value < 10:
                current += it.value  # 'twenty one'
            elif last_small and current and it.value >= 10:
                # 'twenty twenty' is not one cardinal.
                return None
            elif last_small and current % 10 != 0:
                return None  # 'three two'
            else:
                current += it.value
            small = small + it.value if last_small else it.value
            last_small = True
        seen = True
    if not seen:
        return None
    return total + current


def parse_spelled(tokens: list[Tok], i: int) -> Parsed | None:
    """The number written in words at i, or None."""
    if tokens[i].low in ("a", "an") and not reads_on(tokens, i + 1):
        return None  # 'a report': an article alone is no number
    items = _items(tokens, i)
    if not items or items[0].kind == "and":
        return None
    sign = 1.0
    if items[0].kind == "neg":
        sign = -1.0
        items = items[1:]
        if not items:
            return None
    best = _longest_reading(tokens, i, items, sign)
    if best is None:
        return None
    return _part_of_what_follows(tokens, items, best, sign)


def _longest_reading(tokens: list[Tok], i: int, items: list[_Item], sign: float) -> Parsed | None:
    """Try every prefix of the items, longest first, and keep the first that reads as a number."""
    for end in range(len(items), 0, -1):
        prefix = items[:end]
        if prefix[-1].kind in ("and", "a", "point", "over", "neg"):
            continue
        value, fraction = _evaluate(prefix)
        if value is not None and _takes_next_scale(items, end):
            continue  # '114 million and 112 million': the figure after 'and' is the next one's
        if value is not None and any(it.kind == "over" for it in prefix):
            # '1 over 3' is a fraction; 'earn $2000 over 3 years' and '12 out of 10' are not.
            after = prefix[-1].index
            k = next(x for x, it in enumerate(prefix) if it.kind == "over")
            follows = tokens[after].text if after < len(tokens) else ""
            out_of = prefix[k].value == 1.0
            if out_of:
                if value > 1:
                    value = None  # '12 out of 10' is two numbers
            elif follows[:1].isalnum() and follows.lower() not in ("is", "equals"):
                value = None  # 'earn $2000 over 3 years'
        if value is not None:
            return Parsed(i, prefix[-1].index, sign * value, words=True, fraction=fraction)
    return None


def _takes_next_scale(items: list[_Item], end: int) -> bool:
    """The prefix items[:end] ends in a figure after 'and' that the scale word next to it
    claims ('and 112 million', 'and one hundred thousand'), where the whole run read as no
    one number: the figure starts a second number."""
    return (
        end < len(items)
        and items[end].kind == "num"
        and items[end].scale
        and items[end - 1].kind == "num"
        and any(it.kind == "and" for it in items[:end])
    )


def _part_of_what_follows(
    tokens: list[Tok], items: list[_Item], best: Parsed, sign: float
) -> Parsed:
    """'half a dozen', 'three quarters billion', 'half million': a fraction of what follows."""
    j = best.j
    n = len(tokens)
    ends_in_part = tokens[j - 1].low in PART_WORDS
    if ends_in_part and best.value >= 1 and j < n and tokens[j].low in SCALES:
        # 'five and a half million' = 5.5M; 'one billion and a half million' = 1,000,500,000.
        scale = SCALES[tokens[j].low]
        prefix = [it for it in items if it.index <= j]
        ands = [x for x, it in enumerate(prefix) if it.kind == "and"]
        whole = _cardinal(prefix[: ands[-1]]) if ands else None
        part = _evaluate(prefix[ands[-1] + 1 :])[0] if ands else None
        if whole is not None and part is not None and whole >= scale * 1000:
            best.value = sign * (whole + part * scale)
        else:
            best.value *= scale
        best.j = j + 1
        best.fraction = False
        return best
    if (
        best.fraction
        and j + 2 < n
        and tokens[j].low == "of"
        and tokens[j + 1].low in ("a", "an")
        and tokens[j + 2].low in SCALES
    ):
        best.value *= SCALES[tokens[j + 2].low]  # 'two thirds of a million'
        best.j = j + 3
        best.fraction = False
        return best
    if best.fraction and j < n:
        follow = tokens[j].low
        if follow in ("a", "an") and j + 1 < n and tokens[j + 1].low in A_SCALES:
            best.value *= 12 if tokens[j + 1].low == "dozen" else SCALES[tokens[j + 1].low]
            best.j = j + 2
            best.fraction = False
        elif follow in SCALES and SCALES[follow] >= 100:
            best.value *= SCALES[follow]
            best.j = j + 1
            best.fraction = False
    return best


def _evaluate(items: list[_Item]) -> tuple[float | None, bool]:
    """(value, is_fraction) of a word-number item list."""
    kinds = [it.kind for it in items]
    if "over" in kinds:
        return _over(items, kinds.index("over"))
    if "point" in kinds:
        return _point(items, kinds.index("point")), False
    if "half" in kinds:
        return _and_a_half(items, kinds.index("half"))
    if "den" in kinds:
        k = kinds.index("den")
        if k != len(items) - 1:
            return None, False
        return _fraction(items[:k], items[k]), True
    return _cardinal(items), False


def _over(items: list[_Item], k: int) -> tuple[float | None, bool]:
    """'X over Y' with 'over' at k: a ratio, read as a fraction; None past a thousand to one."""
    num, den = _cardinal(items[:k]), _cardinal(items[k + 1 :])
    if num is None or not den or num > den * 1000:
        return None, False
    return num / den, True


def _point(items: list[_Item], k: int) -> float | None:
    """'X point Y Z' with 'point' at k: decimals read digit by digit ('point zero three',
    'point seventy-one'); None when a decimal is no digit or pair of digits."""
    whole = _cardinal(items[:k])
    digits = items[k + 1 :]
    if (
        whole is None
        or not digits
        or any(d.kind != "num" or d.scale or d.value >= 100 for d in digits)
    ):
        return None
    text = "".join(str(int(d.value)) for d in digits)
    return whole + float("0." + text)


def _and_a_half(items: list[_Item], k: int) -> tuple[float | None, bool]:
    """'half' at k, last: alone or 'a half' (a fraction), 'one and a half', 'one million and
    a half' (a half of the largest scale named)."""
    if k != len(items) - 1:
        return None, False
    before = items[:k]
    if before and (
        before[-1].kind == "a"
        or (
            before[-1].kind == "num"
            and before[-1].value == 1
            and len(before) > 1
            and before[-2].kind == "and"
        )
    ):
        before = before[:-1]  # 'a half', 'and one half'
    if not before:
        return 0.5, True
    if before[-1].kind != "and":
        return None, False
    whole = _cardinal(before[:-1])
    if whole is None:
        return None, False
    scale = next(
        (
            it.value
            for it in reversed(before[:-1])
            if it.kind == "num" and it.scale and it.value >= 1000
        ),
        1.0,
    )
    return whole + 0.5 * scale, False


def _mixed_fraction(words: list[_Item], den: float) -> float | None:
    """'and a quarter', 'and three fifths' after a whole number: a mixed number, or None."""
    ands = [k for k, it in enumerate(words) if it.kind == "and"]
    if ands:
        k = ands[-1]
        tail = words[k + 1 :]
        before = words[k - 1] if k > 0 else None
        simple = (
            len(tail) == 1
            and tail[0].kind in ("num", "a")
            and not tail[0].scale
            and not tail[0].tens
        )
        if (
            simple
            and before is not None
            and (not before.scale or den in ADDITIVE_DENS or before.value >= 1000)
        ):
            whole = _cardinal(words[:k])
            if whole is not None:
                num = 1.0 if tail[0].kind == "a" else tail[0].value
                unit = before.value if before.scale and before.value >= 1000 else 1.0
                return whole + num / den * unit
    return None


def _fraction(words: list[_Item], den_item: _Item) -> float | None:
    """The value of number words over a denominator ('two fifths', 'one hundred thirty-fifths')."""
    den = den_item.value
    if not words:
        return 1.0 / den  # 'quarter million' (the scale is applied by the caller)
    mixed = _mixed_fraction(words, den)
    if mixed is not None:
        return mixed
    if den in (1e6, 1e9, 1e12) and not (len(words) == 1 and words[0].value == 1):
        if not den_item.plural or any(w.figure for w in words):
            return None  # 'two millionth', '100 millionths': ordinals ('a trillionth' is not)
    if (
        den_item.plural is False
        and len(words) == 1
        and words[0].kind in ("a", "num")
        and words[0].value == 1
    ):
        return 1.0 / den  # 'a fifth', 'one twenty-fifth'
    last = words[-1]
    is_scale_ordinal = den in (100.0, 1e3, 1e6, 1e9, 1e12)
    # 'one hundred thirty fifths' = 100/35: a tens word joins the ordinal after it.
    if (
        last.kind == "num"
        and last.tens
        and len(words) >= 2
        and words[-2].kind != "and"
        and den < 10
    ):
        num = _cardinal(words[:-1])
        if num is not None:
            return num / (last.value + den)
    # 'one one hundred fifth' = 1/105, 'one hundred one thousand fifths' = 100/1005.
    if (
        last.kind == "num"
        and last.scale
        and last.value >= 100
        and not is_scale_ordinal
        and den < 10
    ):
        mult_at = len(words) - 2
        mult = (
            words[mult_at].value
            if mult_at >= 0 and words[mult_at].kind == "num" and not words[mult_at].scale
            else None
        )
        if mult is not None and mult_at >= 1:
            num = _cardinal(words[:mult_at])
            if num is not None:
                return num / (mult * last.value + den)
    num = _cardinal(words)
    if num is None:
        return None
    return num / den
