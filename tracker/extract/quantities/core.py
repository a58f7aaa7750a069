"""Where a quantity's number starts: approximator, currency, and the number itself."""

from __future__ import annotations

from tracker.extract import lexicon as lx
from tracker.extract.numbers import VAGUE_MAGNITUDES, Parsed, adjacent, parse_number
from tracker.extract.quantities.tables import (
    AGE_WORDS,
    APPROX_INDEX,
    COMPARED_AFTER,
    COMPARISON_MARKS,
    COUNTED_COMPOUNDS,
    FRACTION_COMPARATIVES,
    FRACTION_FOLLOWERS,
    GLUED_COUNTED_NOUNS,
    GLUED_NUMBER_WORDS,
    GLUED_SHARE_HEADS,
    GLUED_SHARES,
    MULTIPLIER_FOLLOWERS,
    MULTIPLIERS,
    NOT_ORDERED_AFTER,
    POINT_WORDS,
    SHARE_LEADS,
    SINGULAR_FRACTIONS,
    VAGUE_LEADS,
    WORDED_STARTS,
)
from tracker.extract.quantities.worded import (
    and_a_half,
    fold_multiple,
    glued_share,
    once_at,
    share_of_period,
    verb_multiplier,
    worded_vague,
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
    if low in VAGUE_MAGNITUDES or low in VAGUE_LEADS:
        return _vague_at(tokens, i)
    if low in GLUED_SHARES and (period := share_of_period(tokens, i)) is not None:
        return period  # 'a quarter century', 'half a century'
    if low == "once":
        return once_at(tokens, i)
    if low.endswith("fold") and (fold := fold_multiple(tokens, i)) is not None:
        return fold  # 'fivefold', 'a hundredfold'
    if low in WORDED_STARTS:  # 'decades', 'several weeks', 'a few pounds', 'double the'
        worded = worded_vague(tokens, i) or verb_multiplier(tokens, i)
        if worded is not None or low != "a":
            return worded
    if low in MULTIPLIERS:  # 'twice as many': a ratio; 'arrested twice' counts events
        follows = i + 1 < len(tokens) and tokens[i + 1].low in MULTIPLIER_FOLLOWERS
        if follows:
            return Parsed(i, i + 1, MULTIPLIERS[low], words=True, fraction=True)
        # 'was arrested twice', 'twice threatened': a count of occasions, unit 'times'
        return Parsed(i, i + 1, MULTIPLIERS[low], words=True, glued_unit="time")
    if "-" in low:
        num, _, word = low.partition("-")
        if num in GLUED_SHARE_HEADS:
            return glued_share(tokens, i)  # 'a half-cent', 'a quarter-century', 'billion-dollar'
        if word == "fold" or "-and-a-half" in low:
            return fold_multiple(tokens, i) or and_a_half(
                tokens, i
            )  # 'four-fold', 'three-and-a-half'
        if num in GLUED_NUMBER_WORDS and (
            (word in COUNTED_COMPOUNDS and GLUED_NUMBER_WORDS[num] > 1)  # not 'one-time'
            or word in lx.DURATION_UNITS
            or word in lx.CURRENCY_WORDS
            or (word in lx.MEASURE_UNITS and word not in lx.AMBIGUOUS_UNITS)
        ):
            value = float(GLUED_NUMBER_WORDS[num])
            return Parsed(i, i + 1, value, words=True, glued_unit=word)
    p = parse_number(tokens, i, money)  # type: ignore[arg-type]  # a Token is a Tok
    if p is None:
        return _glued_word_compound(tokens, i) if "-" in low else None
    if p.words and p.fraction and tokens[p.j - 1].low in SINGULAR_FRACTIONS:
        # 'a fifth of', 'half the' are fractions; 'a fifth nuclear test' is an ordinal.
        if not _fraction_follows(tokens, p.j) and not _compared_share(tokens, p.i, p.j):
            return None
    return p


def _glued_word_compound(tokens: list[Token], i: int) -> Parsed | None:
    """A number word glued to what it measures or counts, as '10-year-old' and '100-page' are
    read after a figure: 'a two-year-old', 'a three-point lead', 'a three-judge panel', 'a
    one-page letter'. The counted nouns are a closed list: most such compounds name a kind,
    not an amount ('a two-party system', 'a two-tier economy', 'a five-set match', 'a
    seven-figure buy', 'a two-horse race')."""
    num, _, word = tokens[i].low.partition("-")
    if num not in GLUED_NUMBER_WORDS:
        return None
    value = float(GLUED_NUMBER_WORDS[num])
    if word in AGE_WORDS or word in POINT_WORDS:
        return Parsed(i, i + 1, value, words=True, glued_unit=word)
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if word in GLUED_COUNTED_NOUNS and nxt is not None and nxt.text.isalpha():
        return Parsed(i, i + 1, value, words=True, glued_unit=word)
    return None


def _vague_at(tokens: list[Token], i: int) -> Parsed | None:
    """Vague magnitudes, one amount however many are chained: 'dozens of', 'hundreds of
    thousands of', 'tens of millions of' ('tens' only leads a larger magnitude)."""
    n = len(tokens)
    low = tokens[i].low
    if i + 1 >= n or tokens[i + 1].low != "of":
        return _bare_magnitude(tokens, i)
    value = 2.0 * (VAGUE_MAGNITUDES.get(low) or VAGUE_LEADS[low])
    j = i + 1  # at 'of': the unit reading takes the counted noun after it
    while j + 1 < n and tokens[j].low == "of" and tokens[j + 1].low in VAGUE_MAGNITUDES:
        value *= VAGUE_MAGNITUDES[tokens[j + 1].low]
        j += 2
    if low in VAGUE_LEADS and j == i + 1:
        return None  # 'tens of people' names no magnitude
    return Parsed(i, j, value, words=True, vague=True)


def _compared_share(tokens: list[Token], i: int, j: int) -> bool:
    """'rose by a fifth since May', 'more than a quarter have bought', 'almost a third in a
    trial': a share after 'by' or an approximator, whatever follows it (but a noun it
    orders: 'by a fifth successive defeat' is an ordinal)."""
    nxt = tokens[j] if j < len(tokens) else None
    if nxt is not None and nxt.low in COMPARED_AFTER:
        return True  # 'a fifth less than', 'a third more': a share by how much
    if i == 0 or tokens[i - 1].low not in SHARE_LEADS:
        return False
    return nxt is None or nxt.low in NOT_ORDERED_AFTER or not nxt.text.isalpha()


def _bare_magnitude(tokens: list[Token], i: int) -> Parsed | None:
    """'dozens more', 'raised millions', 'thousands marched': a vague plural magnitude with
    no 'of' ('two hundreds' is no English, 'scores' is as often a test's)."""
    low = tokens[i].low
    if low not in VAGUE_MAGNITUDES or low == "scores" or not low.endswith("s"):
        return None
    if i > 0 and (
        tokens[i - 1].text[0].isdecimal()
        or tokens[i - 1].low in VAGUE_MAGNITUDES
        or tokens[i - 1].low == "the"  # 'rocking the millions at home': a crowd, no amount
    ):
        return None
    return Parsed(i, i + 1, 2.0 * VAGUE_MAGNITUDES[low], words=True, vague=True)


def _fraction_follows(tokens: list[Token], k: int) -> bool:
    """'a fifth of', 'half the', 'a third.' are fractions; 'a fifth nuclear test' is an ordinal."""
    if k >= len(tokens):
        return True
    nxt = tokens[k]
    if k > 0 and k - 2 >= 0 and tokens[k - 2].low in FRACTION_COMPARATIVES:
        return True  # 'more than half people'
    if nxt.text in ("-", "–") and adjacent(tokens[k - 1], nxt):
        return False  # 'a fourth-, fifth- or sixth-place finish': a hanging ordinal compound
    return nxt.low in FRACTION_FOLLOWERS or not nxt.text[0].isalnum()
