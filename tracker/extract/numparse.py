"""A number grammar over tokens: the longest number that starts at a token, and its value.

Covers figures ('150,000', '1.5', '.08', '-4/5', '1 4/5', '12,34,567.89', '1e10', '2.5^-1',
'½', '150k', '10M'), spelled-out cardinals ('nine hundred million', 'twenty-three'),
decimals in words ('two hundred point zero three'), fractions ('two-thirds', 'three fifths',
'one hundred thirty-fifths', 'one and a half', 'half a dozen', 'one over three') and vague
magnitudes ('dozens of', 'millions of').

Every loop is bounded (a number is at most MAX_TOKENS tokens), so scanning stays linear.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from tracker.extract.numbers import (
    DENOMINATORS,
    ORDINALS,
    SCALE_PLURALS,
    SCALES,
    TENS,
    UNITS,
    VAGUE_MAGNITUDES,
    parse_digits,
)

MAX_TOKENS = 24

VULGAR = {
    "½": 0.5,
    "⅓": 1 / 3,
    "⅔": 2 / 3,
    "¼": 0.25,
    "¾": 0.75,
    "⅕": 0.2,
    "⅖": 0.4,
    "⅗": 0.6,
    "⅘": 0.8,
    "⅙": 1 / 6,
    "⅚": 5 / 6,
    "⅛": 0.125,
    "⅜": 0.375,
    "⅝": 0.625,
    "⅞": 0.875,
}
# Letters glued to a figure that scale it. Lower-case m/t/b are taken only for money
# ('$2m', '£1.5b'); elsewhere '5m' is five metres and '100t' a hundred tonnes.
SUFFIX_ALWAYS = {
    "k": 1e3,
    "K": 1e3,
    "M": 1e6,
    "G": 1e9,
    "B": 1e9,
    "bn": 1e9,
    "Bn": 1e9,
    "BN": 1e9,
    "mn": 1e6,
    "mln": 1e6,
    "bln": 1e9,
    "tn": 1e12,
    "trn": 1e12,
    "T": 1e12,
    "MM": 1e6,
    "mil": 1e6,
    "tln": 1e12,
    "b": 1e9,
}
SUFFIX_MONEY = {"m": 1e6, "t": 1e12}
SCALE_WORDS = {
    **SCALES,
    "millions": 1e6,
    "billions": 1e9,
    "trillions": 1e12,
    "thousands": 1e3,
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
    "bln": 1e9,
    "tln": 1e12,
    "mln": 1e6,
}
# Ordinals that are themselves scales: 'a hundred trillionths' is 100 of them, not 1/100T.
SCALE_ORDINALS = {
    "hundredth": 100,
    "thousandth": 1e3,
    "millionth": 1e6,
    "billionth": 1e9,
    "trillionth": 1e12,
}
ORDINAL_DEN = {**{k: float(v) for k, v in DENOMINATORS.items()}}
for _word, _value in {**ORDINALS, **SCALE_ORDINALS}.items():
    ORDINAL_DEN.setdefault(_word, float(_value))
    ORDINAL_DEN.setdefault(_word + "s", float(_value))
ORDINAL_DEN.pop("second", None)  # 'one second' is a duration
ORDINAL_DEN.pop("seconds", None)
# Units that write a fraction part: 'and three quarters' adds, even after 'hundred and'.
ADDITIVE_DENS = {2.0, 4.0, 10.0, 100.0, 1000.0}


class Tok(Protocol):
    text: str
    low: str
    start: int
    end: int


@dataclass(slots=True)
class Parsed:
    """Tokens [i, j) read as one number."""

    i: int
    j: int
    value: float
    words: bool = False
    fraction: bool = False
    vague: bool = False
    slash: bool = False  # written with '/': '3/4' (and, in claims, beware '9/11')
    glued_unit: str | None = None  # 'two-year': the unit is part of the number's word


def _adj(a: Tok, b: Tok) -> bool:
    return a.end == b.start


def parse_number(tokens: list[Tok], i: int, money: bool = False) -> Parsed | None:
    """The longest number starting at token i, or None."""
    tok = tokens[i]
    first = tok.text[0]
    if first.isdecimal() or first in "-+−.½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞":
        figure = _figure(tokens, i, money)
        if first.isdecimal():
            # '3 hundred and 21', '1 over 3', '3 million and a half' read on as words.
            spelled = _spelled(tokens, i)
            if spelled is not None and (figure is None or spelled.j > figure.j):
                spelled.words = False
                return spelled
        return figure
    return _spelled(tokens, i)


# -- figures -------------------------------------------------------------------------------


def _digits_at(tokens: list[Tok], i: int) -> tuple[float, int] | None:
    """A plain figure at i (with a glued leading '.'), and the index after it."""
    n = len(tokens)
    t = tokens[i]
    if t.text == "." and i + 1 < n and _adj(t, tokens[i + 1]) and tokens[i + 1].text.isdecimal():
        return float("0." + tokens[i + 1].text), i + 2
    if not t.text[0].isdecimal():
        return None
    value = parse_digits(t.text)
    if value is None:
        value = _indian(t.text)
    if value is None:
        return None
    return value, i + 1


def _indian(text: str) -> float | None:
    """'12,34,567.89': lakh/crore grouping."""
    whole, _, frac = text.partition(".")
    groups = whole.split(",")
    if len(groups) < 3 or len(groups[-1]) != 3 or not all(g.isdecimal() for g in groups):
        return None
    if not all(len(g) == 2 for g in groups[1:-1]) or not 1 <= len(groups[0]) <= 2:
        return None
    if frac and not frac.isdecimal():
        return None
    return float("".join(groups) + ("." + frac if frac else ""))


def _sign_run(tokens: list[Tok], k: int) -> tuple[int, int]:
    """Glued '+'/'-' signs at k: (sign, index after). '--23' is +23."""
    sign = 1
    n = len(tokens)
    while (
        k < n and tokens[k].text in ("-", "+", "−") and k + 1 < n and _adj(tokens[k], tokens[k + 1])
    ):
        if tokens[k].text != "+":
            sign = -sign
        k += 1
    return sign, k


def _figure(tokens: list[Tok], i: int, money: bool) -> Parsed | None:
    n = len(tokens)
    t = tokens[i]
    sign = 1
    k = i
    if t.text in ("-", "+", "−"):
        # A sign, not a hyphen: nothing glued before it ('10-20' is a range).
        if i > 0 and _adj(tokens[i - 1], t) and tokens[i - 1].text[-1].isalnum():
            return None
        nxt = k + 1
        if nxt < n and not _adj(t, tokens[nxt]) and i == 0 and tokens[nxt].text[0].isdecimal():
            sign, k = (-1 if t.text != "+" else 1), nxt  # '- 1 4/5' at the very start
        else:
            sign, k = _sign_run(tokens, k)
        if k == i or k >= n:
            return None
    if tokens[k].text in VULGAR:
        return Parsed(i, k + 1, sign * VULGAR[tokens[k].text], fraction=True)
    got = _digits_at(tokens, k)
    if got is None:
        return None
    value, j = got
    fraction = slash = False
    # '1 234 567', '40 000', '1\u202f234\u202f567.89': thousands grouped by spaces.
    glued_before = k > 0 and _adj(tokens[k - 1], tokens[k]) and tokens[k - 1].text[-1].isalnum()
    if (
        not glued_before
        and value == int(value)
        and 1 <= len(tokens[j - 1].text) <= 3
        and "," not in tokens[j - 1].text
    ):
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
    # Exponents: '1e10', '12.32e+14', '-12e-1'; powers: '1.1^23', '2.5^-1', '1.1^--23'.
    if j < n and tokens[j].low == "e" and _adj(tokens[j - 1], tokens[j]):
        esign, m = _sign_run(tokens, j + 1) if j + 1 < n else (1, j + 1)
        if m < n and tokens[m].text.isdecimal() and _adj(tokens[m - 1], tokens[m]):
            value *= 10.0 ** (esign * int(tokens[m].text))
            j = m + 1
    elif j < n and tokens[j].text == "^" and _adj(tokens[j - 1], tokens[j]):
        esign, m = _sign_run(tokens, j + 1) if j + 1 < n else (1, j + 1)
        if m < n and tokens[m].text[0].isdecimal() and _adj(tokens[m - 1], tokens[m]):
            exponent = parse_digits(tokens[m].text)
            if exponent is not None and abs(exponent) < 400 and value > 0:
                value = value ** (esign * exponent)
                j = m + 1
    # '1.3x10^6', '6.23×10^-4', '2.48×10−5', '8x2^10'
    elif (
        j + 2 < n
        and tokens[j].low in ("x", "×", "*")
        and _adj(tokens[j - 1], tokens[j])
        and tokens[j + 1].text.isdecimal()
        and _adj(tokens[j], tokens[j + 1])
    ):
        base = float(tokens[j + 1].text)
        m = j + 2
        if m < n and tokens[m].text == "^":
            esign, m = _sign_run(tokens, m + 1)
        elif (
            base == 10 and m < n and tokens[m].text in ("−", "-") and _adj(tokens[m - 1], tokens[m])
        ):
            esign, m = _sign_run(tokens, m)
        else:
            m = -1
        if 0 < m < n and tokens[m].text.isdecimal() and int(tokens[m].text) < 400:
            value *= base ** (esign * int(tokens[m].text))
            j = m + 1
    # Fractions: '3/4', '-4/5'; and mixed numbers: '1 4/5', '10 1/2', '2  1/4', '10½'.
    elif j + 1 < n and tokens[j].text == "/" and _adj(tokens[j - 1], tokens[j]):
        den = tokens[j + 1]
        before_slash = k > 0 and tokens[k - 1].text == "/" and _adj(tokens[k - 1], tokens[k])
        if (
            _adj(tokens[j], den)
            and den.text.isdecimal()
            and float(den.text) != 0
            and not before_slash
        ):
            if not (j + 2 < n and tokens[j + 2].text == "/" and _adj(den, tokens[j + 2])):
                value /= float(den.text)
                j += 2
                fraction = slash = True
    elif j < n and tokens[j].text in VULGAR and _adj(tokens[j - 1], tokens[j]):
        value += VULGAR[tokens[j].text]
        j += 1
    if (
        not fraction
        and j + 3 < n + 1
        and value == int(value)
        and j < n
        and "." not in tokens[j - 1].text
    ):
        mixed = _simple_fraction(tokens, j)
        if mixed is not None:
            value += mixed[0]
            j = mixed[1]
    # Scales: '150k', '10M', '$2bn', '1.5 million', '2.33 k', '3 dozens'.
    if j < n:
        s = tokens[j]
        glued = _adj(tokens[j - 1], s)
        if glued and (
            s.text in SUFFIX_ALWAYS
            or s.low in ("bn", "mn", "mln", "bln", "tn", "trn", "mil", "tln")
        ):
            value *= SUFFIX_ALWAYS.get(s.text, SUFFIX_ALWAYS.get(s.low, 1.0))
            j += 1
        elif glued and money and s.low in SUFFIX_MONEY:
            value *= SUFFIX_MONEY[s.low]
            j += 1
        elif not glued and (
            s.text in ("k", "K", "M", "G", "B", "bn", "mn") or (money and s.low in ("m", "b"))
        ):
            # Spaced letter scales only where nothing word-like follows ('2.33 k', '1.5 M').
            if j + 1 >= n or not tokens[j + 1].text[0].isalpha():
                value *= SUFFIX_ALWAYS.get(s.text) or SUFFIX_MONEY[s.low]
                j += 1
        elif s.low in SCALE_WORDS and s.low not in VAGUE_MAGNITUDES:
            value *= SCALE_WORDS[s.low]
            if j + 1 < n and tokens[j + 1].low in ("crore", "crores") and s.low.startswith("lakh"):
                value *= 1e7  # 'three lakh crore'
                j += 1
            j += 1
            if j < n and tokens[j].low in SCALES and SCALES[tokens[j].low] >= 1000:
                value *= SCALES[tokens[j].low]
                j += 1
        elif s.low in ("dozen", "dozens"):
            value *= 12
            j += 1
    return Parsed(i, j, sign * value, fraction=fraction, slash=slash)


def _simple_fraction(tokens: list[Tok], j: int) -> tuple[float, int] | None:
    """' 4/5' after a whole number (not glued to it)."""
    n = len(tokens)
    if j + 2 >= n or _adj(tokens[j - 1], tokens[j]):
        return None
    a, slash, b = tokens[j], tokens[j + 1], tokens[j + 2]
    if not (a.text.isdecimal() and slash.text == "/" and b.text.isdecimal()):
        return None
    if not (_adj(a, slash) and _adj(slash, b)) or float(b.text) == 0:
        return None
    num, den = float(a.text), float(b.text)
    if num >= den:
        return None
    return num / den, j + 3


# -- words ---------------------------------------------------------------------------------


def _is_tens_unit(low: str) -> bool:
    a, sep, b = low.partition("-")
    return bool(sep) and a in TENS and b in UNITS and b != "zero"


def _cardinal_word(low: str) -> bool:
    return (
        low in UNITS
        or low in TENS
        or low in SCALES
        or _is_tens_unit(low)
        or low in ("dozen", "dozens", "score")
    )


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


def _items(tokens: list[Tok], i: int) -> list[_Item]:
    """Number-ish words from i, as a flat list (bounded)."""
    out: list[_Item] = []
    n = len(tokens)
    k = i
    limit = min(n, i + MAX_TOKENS)
    while k < limit:
        t = tokens[k]
        low = t.low
        if low in UNITS or low in ("nought", "naught"):
            out.append(_Item("num", float(UNITS.get(low, 0)), index=k + 1))
        elif low in TENS:
            # 'ninety - five': a spaced hyphen between tens and a unit.
            if k + 2 < n and tokens[k + 1].text == "-" and tokens[k + 2].low in UNITS:
                out.append(_Item("num", float(TENS[low] + UNITS[tokens[k + 2].low]), index=k + 3))
                k += 3
                continue
            out.append(_Item("num", float(TENS[low]), tens=True, index=k + 1))
        elif _is_tens_unit(low):
            a, _, b = low.partition("-")
            out.append(_Item("num", float(TENS[a] + UNITS[b]), index=k + 1))
        elif low in SCALES:
            out.append(_Item("num", float(SCALES[low]), scale=True, index=k + 1))
        elif low in SCALE_PLURALS and out and out[-1].kind == "num":
            # 'five hundreds' after a number reads as 'five hundred'
            out.append(_Item("num", float(SCALES[low[:-1]]), scale=True, index=k + 1))
        elif low in ("dozen", "dozens", "doz", "dozs", "dz", "dzs"):
            out.append(_Item("num", 12.0, scale=True, index=k + 1))
        elif low in ("lakh", "lakhs", "crore", "crores"):
            out.append(_Item("num", SCALE_WORDS[low], scale=True, index=k + 1))
        elif low == "and":
            out.append(_Item("and", index=k + 1))
        elif low in ("a", "an"):
            out.append(_Item("a", 1.0, index=k + 1))
        elif low == "half":
            out.append(_Item("half", 2.0, index=k + 1))
        elif low == "point" and out:
            out.append(_Item("point", index=k + 1))
        elif low == "over" and out:
            out.append(_Item("over", index=k + 1))
        elif low == "out" and out and k + 1 < n and tokens[k + 1].low == "of":
            out.append(
                _Item("over", value=1.0, index=k + 2)
            )  # 'one out of three' (value 1 marks it)
            k += 2
            continue
        elif t.text == "-" and out and k + 1 < n and tokens[k + 1].low in ORDINAL_DEN:
            pass  # 'one - fourth', 'five - eighths': the denominator comes next
        elif low in ("minus", "negative") and not out:
            out.append(_Item("neg", index=k + 1))
        elif low in ORDINAL_DEN and (out or low in ("quarter", "quarters")) and low != "first":
            out.append(_Item("den", ORDINAL_DEN[low], plural=low.endswith("s"), index=k + 1))
        elif (hv := _hyphen_ordinal(low)) is not None and out:
            out.append(_Item("den", hv, plural=low.endswith("s"), index=k + 1))
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


def _cardinal(items: list[_Item]) -> float | None:
    """Value of plain number items ('one hundred and six', 'a dozen'); None if not one."""
    total = 0.0
    current = 0.0
    seen = False
    last_small = False  # a unit or tens word since the last scale
    small = 0.0  # what the units and tens since the last scale word add up to
    for it in items:
        if it.kind == "and":
            continue
        if it.kind == "a":
            if seen:
                return None
            current = 1.0
            small = 1.0
            seen = True
            continue
        if it.kind != "num":
            return None
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
                total += (current or 1.0) * it.value
                current = 0.0
            last_small = False
            small = 0.0
        else:
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


def _spelled(tokens: list[Tok], i: int) -> Parsed | None:
    items = _items(tokens, i)
    if not items or items[0].kind == "and":
        return None
    sign = 1.0
    if items[0].kind == "neg":
        sign = -1.0
        items = items[1:]
        if not items:
            return None
    best: Parsed | None = None
    # Try every prefix, longest first, and keep the first that reads as a number.
    for end in range(len(items), 0, -1):
        prefix = items[:end]
        if prefix[-1].kind in ("and", "a", "point", "over", "neg"):
            continue
        value, fraction = _evaluate(prefix)
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
            best = Parsed(i, prefix[-1].index, sign * value, words=True, fraction=fraction)
            break
    if best is None:
        return None
    # 'half a dozen', 'three quarters billion', 'half million': a fraction of what follows.
    j = best.j
    n = len(tokens)
    ends_in_part = tokens[j - 1].low in ("half", "quarter", "quarters", "third", "thirds")
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
        if (
            follow in ("a", "an")
            and j + 1 < n
            and tokens[j + 1].low in ("dozen", "hundred", "million", "billion", "thousand")
        ):
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
    # 'X over Y'
    if "over" in kinds:
        k = kinds.index("over")
        num, den = _cardinal(items[:k]), _cardinal(items[k + 1 :])
        if num is None or not den or num > den * 1000:
            return None, False
        return num / den, True
    # 'X point Y Z': decimals digit by digit ('point zero three', 'point seventy-one').
    if "point" in kinds:
        k = kinds.index("point")
        whole = _cardinal(items[:k])
        digits = items[k + 1 :]
        if (
            whole is None
            or not digits
            or any(d.kind != "num" or d.scale or d.value >= 100 for d in digits)
        ):
            return None, False
        text = "".join(str(int(d.value)) for d in digits)
        return whole + float("0." + text), False
    # 'half': alone, 'a half', 'one and a half', 'one million and a half'.
    if "half" in kinds:
        k = kinds.index("half")
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
    if "den" in kinds:
        k = kinds.index("den")
        if k != len(items) - 1:
            return None, False
        return _fraction(items[:k], items[k]), True
    return _cardinal(items), False


def _fraction(words: list[_Item], den_item: _Item) -> float | None:
    den = den_item.value
    if not words:
        return 1.0 / den  # 'quarter million' (the scale is applied by the caller)
    # 'and a quarter', 'and three fifths' after a whole number: a mixed number.
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
