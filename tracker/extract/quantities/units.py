"""What a figure measures: percent, currency, duration, measure, ratio or a counted noun;
rates ('$350 per kg') and compounds ('3 dollars 50 cents', '5 feet 2 inches')."""

from __future__ import annotations

import dataclasses
from typing import NamedTuple

from tracker.extract import lexicon as lx
from tracker.extract.numbers import SCALE_SUFFIXES, SCALES, Parsed, adjacent
from tracker.extract.quantities.core import currency_at, number_core
from tracker.extract.quantities.exchange import priced_in, quote_currency
from tracker.extract.quantities.scales import named_scale
from tracker.extract.quantities.tables import (
    ADVERBS_IN_S,
    AGE_WORDS,
    ARTICLES,
    BODY_GAIN_VERBS,
    CENT_WORDS,
    COUNTED_COMPOUNDS,
    DATA_UNITS,
    DIMENSION_WORDS,
    DOLLAR_NATIONS,
    DOLLAR_WORDS,
    FEET,
    FEET_MARKS,
    FIGURE_UNITS,
    GLUED_PLURALS,
    INCH_MARKS,
    INCHES,
    MAIN_CURRENCY_WORDS,
    MONEY_NEAR_A_GAIN,
    MOST_POUNDS_GAINED,
    MULTIPLIER_NEXT,
    MULTIPLIER_VERBS,
    NATION_CURRENCIES,
    NATION_ONLY_CURRENCY_WORDS,
    NOT_COMPARATIVES,
    NOT_MODIFIER_NOUNS,
    NOT_NOUNS_AFTER_ONE,
    NOT_PLURAL_ENDINGS,
    NOT_RATE_BASES,
    OUT_OF,
    PARTS_NOT_COUNTED,
    PER_TIME_LETTERS,
    PERCENT_SIGNS,
    PLAIN_RATE_BASES,
    PLAN_NOUNS,
    PLURAL_WITHOUT_S,
    POINT_WORDS,
    RATE_BY_ARTICLE,
    RATE_NOUNS,
    RATE_ONLY_PERIODS,
    RATE_PERIODS,
    RATIO_WORDS,
    SECONDS_IN,
    SERIES_ADJECTIVES,
    SINGULAR_VERBS,
    SPAN_ADJECTIVES,
    TIME_OFFSETS,
    WEIGHT_VERBS,
)
from tracker.extract.tokens import Token
from tracker.extract.vocab_labels import NAME_HEADS, POSITION_WORDS

# One of a series named by its place in it ('Game 3 of 7', 'page 2 of 10'): no proportion.
SERIES_HEADS = NAME_HEADS | frozenset("game test race day week month page step".split())


class UnitReading(NamedTuple):
    """What the number measures, where the quantity ends, and the number as the unit reads
    it ('10 cents' is 0.10 dollars, 'one in five' the ratio 0.2): a new Parsed, never the
    caller's changed in place."""

    kind: str | None
    unit: str | None
    end: int
    core: Parsed


def read_unit(tokens: list[Token], j: int, core: Parsed, currency: str | None) -> UnitReading:
    """What the figure measures, and where the quantity's span ends."""
    n = len(tokens)
    if core.glued_unit is not None:
        word = core.glued_unit
        if word in lx.DURATION_UNITS:
            return UnitReading("duration", lx.DURATION_UNITS[word], j, core)
        if word in lx.CURRENCY_WORDS:
            return UnitReading("money", lx.CURRENCY_WORDS[word], j, core)
        if word in COUNTED_COMPOUNDS:
            return UnitReading("count", COUNTED_COMPOUNDS[word], j, core)
        if word in lx.MEASURE_UNITS:
            return UnitReading("measure", lx.MEASURE_UNITS[word], j, core)
        if word in AGE_WORDS:
            return UnitReading("age", "year", j, core)  # 'a two-year-old'
        if word in POINT_WORDS and not (j < n and tokens[j].low in PLAN_NOUNS):
            return UnitReading("percent", "point", j, core)  # 'a three-point lead'
        counted: str | None = "points" if word in POINT_WORDS else word
        if word in PARTS_NOT_COUNTED:
            counted = None  # 'the four-piece': four members, not four pieces
        return UnitReading("count", counted, j, core)  # 'a three-judge panel', 'a ten-point plan'
    nxt = tokens[j] if j < n else None
    if currency:
        if nxt is not None and nxt.low in lx.CURRENCY_WORDS and nxt.low not in lx.SUBUNITS:
            j += 1  # '$5 dollars'
        return UnitReading("money", currency, j, core)
    if nxt is None:
        return UnitReading("ratio" if core.fraction else "count", None, j, core)
    height = _feet_and_inches(tokens, j, core)
    if height is not None:
        return height
    glued = _glued_after_figure(tokens, j, core)
    if glued is not None:
        return glued
    found = _percent_unit(tokens, j, core) or _named_unit(tokens, j, core)
    if found is None:
        found = _hyphen_unit(tokens, j) or _measure_unit(tokens, j, core)
    if found is None:
        return _ratio_or_count(tokens, j, core)
    if isinstance(found, UnitReading):
        return found
    if found[1] == "degree" and (scale := named_scale(tokens, found[2])) is not None:
        return UnitReading("measure", scale[0], scale[1], core)  # '3 degrees Celsius'
    return UnitReading(*found, core)


def _glued_after_figure(tokens: list[Token], j: int, core: Parsed) -> UnitReading | None:
    """'10-fold' (a multiple), '15-and-a-half miles', '3-and-a-half-year' (a half more)."""
    n = len(tokens)
    if j + 1 >= n or tokens[j].low != "-" or not adjacent(tokens[j - 1], tokens[j]):
        return None
    follow = tokens[j + 1].low
    if follow == "fold":
        return UnitReading("ratio", None, j + 2, dataclasses.replace(core, fraction=True))
    if not follow.startswith("and-a-half"):
        return None
    more = dataclasses.replace(core, value=core.value + 0.5)
    word = follow[len("and-a-half") :].lstrip("-")
    if not word:
        return read_unit(tokens, j + 2, more, None) if j + 2 < n else None
    if word in lx.DURATION_UNITS:
        return UnitReading("duration", lx.DURATION_UNITS[word], j + 2, more)
    if word in lx.MEASURE_UNITS and word not in lx.AMBIGUOUS_UNITS:
        return UnitReading("measure", lx.MEASURE_UNITS[word], j + 2, more)
    return None


def _feet_and_inches(tokens: list[Token], j: int, core: Parsed) -> UnitReading | None:
    """'6'3"', '5’11”': a height in feet and inches, one measure in feet (6.25)."""
    if core.words or j + 2 >= len(tokens):
        return None
    feet, inches, mark = tokens[j], tokens[j + 1], tokens[j + 2]
    if not (
        feet.text in FEET_MARKS
        and inches.text.isdecimal()
        and int(inches.text) < 12
        and mark.text in INCH_MARKS
        and adjacent(tokens[j - 1], feet)
        and adjacent(feet, inches)
        and adjacent(inches, mark)
    ):
        return None
    height = dataclasses.replace(core, value=core.value + int(inches.text) / 12)
    return UnitReading("measure", "ft", j + 3, height)


def _percent_unit(tokens: list[Token], j: int, core: Parsed) -> tuple[str, str, int] | None:
    """'10%', '10 per cent', '2 percentage points', 'a 2 point lead'."""
    n = len(tokens)
    low = tokens[j].low
    if low == "%" or low in PERCENT_SIGNS:
        j += 1
        if j + 1 < n and tokens[j].low == "percentage" and tokens[j + 1].low.startswith("point"):
            j += 2
            return "percent", "percentage point", j
        return "percent", "percent", j
    if low == "per" and j + 1 < n and tokens[j + 1].low == "cent":
        return "percent", "percent", j + 2
    if low == "basis" and j + 1 < n and tokens[j + 1].low in POINT_WORDS:
        return "percent", "basis point", j + 2  # '25 basis points': hundredths of a point
    if low in ("bp", "bps") and not core.words:
        return "percent", "basis point", j + 1  # '25 bps', '25bp'
    if low == "percentage" and j + 1 < n and tokens[j + 1].low.startswith("point"):
        return "percent", "percentage point", j + 2
    if low in POINT_WORDS and core.i > 0 and tokens[core.i - 1].low in ("a", "an"):
        return "percent", "point", j + 1
    return None


def _named_unit(
    tokens: list[Token], j: int, core: Parsed
) -> UnitReading | tuple[str | None, str | None, int] | None:
    """'20 °C', '450m euros', '10 us dollars', '5 euros', '10 cents' (a glued scale or a
    subunit rescales the number)."""
    n = len(tokens)
    nxt = tokens[j]
    low = nxt.low
    if (
        low == "°"
        and j + 1 < n
        and tokens[j + 1].low in ("c", "f")
        and adjacent(nxt, tokens[j + 1])
    ):
        return "measure", "°" + tokens[j + 1].text.upper(), j + 2
    glued = adjacent(tokens[j - 1], nxt) and tokens[j - 1].text[:1].isdecimal()
    if nxt.text in ("C", "F") and glued and _temperature(core, nxt.text):
        return "measure", "°" + nxt.text, j + 1  # '25C', '-4C', '98F'
    if low in SCALE_SUFFIXES and j + 1 < n and adjacent(tokens[j - 1], nxt):
        money = _named_currency(tokens, j + 1)
        if money is not None:
            # '450m euros', '20m Danish kroner': millions of the currency, not metres
            millions = dataclasses.replace(core, value=core.value * SCALE_SUFFIXES[low])
            return UnitReading("money", money[0], money[1], millions)
    if low == "us" and j + 1 < n and tokens[j + 1].low in ("dollar", "dollars"):
        return "money", "USD", j + 2  # '10 us dollar'
    if low in DOLLAR_NATIONS and j + 1 < n and tokens[j + 1].low in DOLLAR_WORDS:
        # '1.90 Canadian dollars', '65 Canadian cents'
        cents = tokens[j + 1].low in lx.SUBUNITS
        value = dataclasses.replace(core, value=core.value / 100) if cents else core
        return UnitReading("money", DOLLAR_NATIONS[low], j + 2, value)
    if low in NATION_CURRENCIES and (money := _named_currency(tokens, j)) is not None:
        return "money", money[0], money[1]  # '1.1bn Danish kroner'
    if low in ("pound", "pounds") and _weighed(tokens, core.i, core.value):
        return (
            "measure",
            "lb",
            j + 1,
        )  # 'gained about 30 pounds', 'weighs 200 pounds' (as values.py)
    if low in lx.CURRENCY_WORDS and (low not in lx.SUBUNITS or not core.fraction):
        if low in ("p",) and not adjacent(tokens[j - 1], nxt):
            return "count", None, j
        if low in lx.NAME_CURRENCIES and nxt.text[:1].isupper():
            return None  # '30 Rand Paul voters': a name, not South African money
        if low in lx.VERB_CURRENCIES and (core.value < 100 or core.slash):
            return None  # 'Shrek 2 won three prizes': a verb; '5,000 won' is money
        code = lx.CURRENCY_WORDS[low]
        if low in lx.SUBUNITS:
            core = dataclasses.replace(core, value=core.value / 100)
        return UnitReading("money", code, j + 1, core)
    return None


def _weighed(tokens: list[Token], i: int, value: float) -> bool:
    """A verb of weight just before the figure at i (an approximator may stand between):
    its pounds are a weight ('weighed 9 pounds', 'gained about 30 pounds'). A verb of gain
    weighs only what a body could gain, with no money named in its sentence ('the
    winners gained 800 pounds each', 'gained 40 pounds in prize money')."""
    verbs = [tokens[k].low for k in (i - 1, i - 2, i - 3) if k >= 0]
    if any(v in WEIGHT_VERBS for v in verbs):
        return True
    if not any(v in BODY_GAIN_VERBS for v in verbs) or value > MOST_POUNDS_GAINED:
        return False
    near = tokens[max(0, i - _MONEY_REACH) : i + _MONEY_REACH]
    return not any(t.low in MONEY_NEAR_A_GAIN for t in near)


_MONEY_REACH = 12


def _named_currency(tokens: list[Token], k: int) -> tuple[str, int] | None:
    """A currency named by its word at k ('euros'), or by a country's adjective and its word
    ('Danish kroner', 'Iraqi dinars'): its code, and where the name ends. Subunits are not
    read here ('5m cents' is no scale of cents)."""
    n = len(tokens)
    low = tokens[k].low
    if low in NATION_CURRENCIES and k + 1 < n:
        word = tokens[k + 1].low
        if (word in lx.CURRENCY_WORDS and word not in lx.SUBUNITS) or (
            word in NATION_ONLY_CURRENCY_WORDS
        ):
            return NATION_CURRENCIES[low], k + 2
    if low in lx.CURRENCY_WORDS and low not in lx.SUBUNITS:
        return lx.CURRENCY_WORDS[low], k + 1
    return None


def _temperature(core: Parsed, scale: str) -> bool:
    """A figure in digits glued to a capital C or F is a temperature when it is one weather
    and bodies have ('35C', '1.6C', '-4C', 'minus 20C', '104F'); 'Form 4C' or '1040F' are
    labels."""
    low, high = (-90.0, 60.0) if scale == "C" else (-130.0, 140.0)
    return low <= core.value <= high


def _hyphen_unit(tokens: list[Token], j: int) -> tuple[str, str | None, int] | None:
    """'70-year-old', '5-year', '8-meter', '3-point', 'third-largest' after a glued dash."""
    n = len(tokens)
    if tokens[j].low != "-" or j + 1 >= n or not adjacent(tokens[j - 1], tokens[j]):
        return None
    follow = tokens[j + 1].low
    if follow in AGE_WORDS:
        return "age", "year", j + 2
    if follow in lx.DURATION_UNITS or follow.split("-")[0] in lx.DURATION_UNITS:
        return "duration", lx.DURATION_UNITS.get(follow.split("-")[0]), j + 2
    if follow in lx.MEASURE_UNITS and follow not in lx.AMBIGUOUS_UNITS:
        return "measure", lx.MEASURE_UNITS[follow], j + 2
    head, _, tail = follow.partition("-")
    if head in ("square", "cubic") and tail in lx.MEASURE_UNITS and tail not in lx.AMBIGUOUS_UNITS:
        return "measure", f"{head} {lx.MEASURE_UNITS[tail]}", j + 2  # 'a 40,000-square-metre plant'
    if tail in DIMENSION_WORDS and head in lx.MEASURE_UNITS and head not in lx.AMBIGUOUS_UNITS:
        return "measure", lx.MEASURE_UNITS[head], j + 2  # '7,600-foot-high', '10-metre-long'
    if follow in COUNTED_COMPOUNDS:
        return "count", COUNTED_COMPOUNDS[follow], j + 2  # 'a 2-time winner'
    if follow in POINT_WORDS:
        if j + 2 < n and tokens[j + 2].low in PLAN_NOUNS:
            return "count", "points", j + 2  # 'a 10-point plan' counts its points
        return "percent", "point", j + 2
    if follow.split("-")[0] in lx.RANK_WORDS:
        return "rank", follow, j + 2
    if follow == "strong":
        return "count", None, j + 2  # 'an 18-strong list', 'a 4,000-strong crowd': a size
    if _modifier_noun(tokens, j + 1):
        # 'a 100-page report', 'a 12-member panel': the pages; 'a 4,000-person agency': people
        return "count", GLUED_PLURALS.get(follow, follow), j + 2
    return None


def _modifier_noun(tokens: list[Token], k: int) -> bool:
    """A noun glued to a figure that modifies the noun after it: 'page' in '100-page report'."""
    word = tokens[k]
    return (
        word.text.isalpha()
        and word.text.islower()
        and len(word.text) > 2
        and word.low not in lx.NOT_COUNTED
        and word.low not in NOT_MODIFIER_NOUNS
        and k + 1 < len(tokens)
        and tokens[k + 1].text.isalpha()
        and tokens[k + 1].text.islower()
    )


def _measure_unit(
    tokens: list[Token], j: int, core: Parsed
) -> UnitReading | tuple[str, str, int] | None:
    """'5 years', '40 years old', '3m jobs' (millions), '5 km', '3 square miles'."""
    n = len(tokens)
    nxt = tokens[j]
    low = nxt.low
    if low in lx.DURATION_UNITS:
        if low in ("year", "years") and j + 1 < n and tokens[j + 1].low == "old":
            return "age", "year", j + 2
        return "duration", lx.DURATION_UNITS[low], j + 1
    if low in SPAN_ADJECTIVES and j + 1 < n and tokens[j + 1].low in lx.DURATION_UNITS:
        # 'five full days', 'three long years', 'ten straight weeks': a span all the same
        return "duration", lx.DURATION_UNITS[tokens[j + 1].low], j + 2
    if low == "m" and _millions_of(tokens, j, core):
        # '3m jobs', '2.5m people': millions, as British news writes them
        millions = dataclasses.replace(core, value=core.value * 1e6)
        return UnitReading("count", tokens[j + 1].low, j + 1, millions)
    if low in lx.MEASURE_UNITS and (
        low not in lx.AMBIGUOUS_UNITS
        or (not core.words and adjacent(tokens[j - 1], nxt))
        or (low in FIGURE_UNITS and not core.words)
    ):
        unit = lx.MEASURE_UNITS[low]
        j += 1
        if unit in ("square", "cubic") and j < n and tokens[j].low in lx.MEASURE_UNITS:
            unit = f"{unit} {lx.MEASURE_UNITS[tokens[j].low]}"
            j += 1
        elif (
            j + 1 < n
            and tokens[j].text == "/"
            and tokens[j + 1].low in PER_TIME_LETTERS
            and adjacent(tokens[j - 1], tokens[j])
            and adjacent(tokens[j], tokens[j + 1])
        ):
            # '60km/h', '3 m/s': a speed, not a part number
            unit = f"{unit}/{PER_TIME_LETTERS[tokens[j + 1].low]}"
            j += 2
        return "measure", unit, j
    return None


def _ratio_or_count(tokens: list[Token], j: int, core: Parsed) -> UnitReading:
    """'two-thirds', 'one in five', 'dozens of people', '3 times', '40 people', '40'."""
    n = len(tokens)
    nxt = tokens[j]
    low = nxt.low
    if low in ("per", "to", "against") and (quoted := quote_currency(tokens, j)) is not None:
        base = priced_in(tokens, core.i, quoted[0])
        if base is not None:  # 'the peso at 58.92 per dollar': a currency's price
            return UnitReading("money", f"{base} per {quoted[0]}", j, core)
    if core.fraction:
        return UnitReading("ratio", None, j, core)
    share = _n_in_m(tokens, j, core)
    if share is not None:
        return share
    if core.vague and low == "of" and j + 1 < n:
        noun = tokens[j + 1]
        if noun.low in lx.CURRENCY_WORDS and noun.low not in lx.SUBUNITS:
            # 'millions of dollars' (the span stays the magnitude, as for a count)
            return UnitReading("money", lx.CURRENCY_WORDS[noun.low], j, core)
        if noun.text[0].islower() and noun.low not in lx.NOT_COUNTED:
            return UnitReading("count", noun.low if _plural(noun.low) else None, j, core)
    if low in SERIES_ADJECTIVES and j + 1 < n and _counted_noun(tokens[j + 1]):
        word = tokens[j + 1].low
        if word in lx.DURATION_UNITS and _plural(word):  # 'three consecutive quarters'
            return UnitReading("duration", lx.DURATION_UNITS[word], j, core)
        if _plural(word):  # 'five straight wins', '11 previous titles'
            return UnitReading("count", _counted_nouns(tokens, j + 1), j, core)
    if low in RATIO_WORDS:
        return _times(tokens, j, core)
    if (
        core.value == 1
        and core.words
        and _counted_noun(nxt)
        and not _plural(low)
        and _compound_noun(tokens, j)
    ):
        return UnitReading("count", None, j, core)  # 'one safety check': a noun we cannot bound
    if _counted_noun(nxt) and (core.value == 1 or _plural(low)):
        # Many of a thing name it in the plural; a singular word after them is a modifier
        # ('11 swing states', '100,000 retail bankers') and the counted noun lies beyond it.
        # A plural before another is one too ('10,500 firearms offences', '40 drugs raids').
        head = j + 1 if _plural(low) and _plural_head_after(tokens, j) else j
        return UnitReading("count", _counted_nouns(tokens, head), j, core)
    return UnitReading("count", None, j, core)


def _plural_head_after(tokens: list[Token], j: int) -> bool:
    """A plural noun right after the plural at j, which then modifies it ('firearms offences',
    'sports clubs'): the later one is what is counted. A plural subject's verb takes no -s,
    so a plural word after one is no verb ('workers says' is no English)."""
    if j + 1 >= len(tokens):
        return False
    nxt = tokens[j + 1]
    return (
        _counted_noun(nxt)
        and _plural(nxt.low)
        and nxt.low not in lx.DURATION_UNITS
        and nxt.low not in lx.MEASURE_UNITS
        and nxt.low not in lx.CURRENCY_WORDS
        and nxt.low not in SINGULAR_VERBS  # 'which one of these two sides takes precedence'
        and nxt.low not in ADVERBS_IN_S  # '10 players always ready'
        and len(nxt.low) > 3
    )


def _n_in_m(tokens: list[Token], j: int, core: Parsed) -> UnitReading | None:
    """'one in five', and 'eight of 10 voters' or 'at least 85 of 154 meetings' (no
    determiner before the whole: 'three of the four' stays two counts): one proportion."""
    n = len(tokens)
    low = tokens[j].low
    if (
        low not in ("in", "of")
        or j + 1 >= n
        or (core.i and tokens[core.i - 1].low in POSITION_WORDS)
    ):
        return None  # ('round four in eight attempts', 'game 3 of 7': a label, a count)
    every = low == "in" and tokens[j + 1].low == "every" and j + 2 < n
    other = number_core(tokens, j + 2 if every else j + 1)  # 'one in every five adults'
    if (
        other is not None
        and core.value != 1
        and other.j < n
        and tokens[other.j].low in lx.DURATION_UNITS
    ):
        return None  # 'the other two in eight weeks': a count, then a length of time
    if (
        other is None
        or not other.value
        or not (core.value < other.value or (low == "of" and core.value == other.value))
        or (len(tokens[other.i].text) == 4 and 1000 <= other.value <= 2100)
    ):
        return None
    if low == "of" and (
        core.value <= 1  # 'one of 20 students killed' names one of a group; 20 is the count
        or core.vague
        or other.vague
        or (len(tokens[core.i].text) == 4 and 1000 <= core.value <= 2100)  # 'in 2004 of 30bn'
        or _possessive_at(tokens, other.j)
        or (core.i and tokens[core.i - 1].low in SERIES_HEADS)
    ):
        return None  # 'dozens of 10-year-olds', "one of 2016's best", 'Game 3 of 7'
    ratio = dataclasses.replace(core, value=core.value / other.value, fraction=True)
    return UnitReading("ratio", None, other.j, ratio)


def share_after_noun(tokens: list[Token], kind: str, core: Parsed) -> UnitReading | None:
    """'one child in five', 'one yen in every 10 today', 'one voter in three': one of a noun
    out of a count of the same noun left unsaid, the proportion (a ratio). Not 'one goal in
    four games' (another noun after the second figure: a count of goals)."""
    n = len(tokens)
    j = core.j + 1  # past the one word counted ('child', 'yen'), which a count's span leaves out
    if kind not in ("count", "money") or core.value != 1 or j + 1 >= n or tokens[j].low != "in":
        return None  # ('17 goals in 22 games' is a record, not a share)
    if not tokens[core.j].text.isalpha() or tokens[core.j].low in lx.NOT_COUNTED:
        return None
    k = j + 2 if tokens[j + 1].low == "every" else j + 1
    other = number_core(tokens, k) if k < n else None
    if other is None or other.fraction or other.vague or not other.value > core.value:
        return None
    if len(tokens[other.i].text) == 4 and 1000 <= other.value <= 2100:
        return None  # 'three judges in 2004': a year
    noun = tokens[core.j].low.rstrip("s")
    for m in range(other.j, min(n, other.j + 2)):  # 'in 22 league games': past a modifier
        word = tokens[m]
        if not _counted_noun(word):
            break
        if _plural(word.low) and word.low.rstrip("s") != noun:
            return None  # 'one goal in four games': another noun, counted apart
    ratio = dataclasses.replace(core, value=core.value / other.value, fraction=True)
    return UnitReading("ratio", None, other.j, ratio)


def _possessive_at(tokens: list[Token], k: int) -> bool:
    return k < len(tokens) and tokens[k].low in ("'s", "’s", "'", "’")


def _compound_noun(tokens: list[Token], j: int) -> bool:
    """A singular noun with another noun-like word after it ('one pay rise', 'one radio
    frequency band'): the counted noun runs on, and where it ends is not read here."""
    if j + 1 >= len(tokens):
        return False
    nxt = tokens[j + 1]
    low = nxt.low
    return (
        nxt.text.isalpha()
        and nxt.text.islower()
        and low not in NOT_NOUNS_AFTER_ONE
        and not low.endswith(("ed", "ing", "ly"))
    )


def _counted_nouns(tokens: list[Token], j: int) -> str:
    """The counted noun at j, with the plurals joined to it ('35 states and territories',
    '80,000 troops, tanks, and aircraft'): all of them are what is counted."""
    words = [_singular_unit(tokens[j].low)]
    k = j + 1
    while k + 1 < len(tokens) and tokens[k].low in (",", "and", "or"):
        m = k + 1 if tokens[k].text == "," and tokens[k + 1].low in ("and", "or") else k
        if m > k and len(words) == 1:
            break  # '12 ministers, and officials said': ', and' after one noun joins clauses
        joined = tokens[m + 1] if m + 1 < len(tokens) else None
        if joined is None or not (_counted_noun(joined) and _plural(joined.low)):
            break
        words += [t.text for t in tokens[k : m + 1]] + [joined.low]
        k = m + 2
    return " ".join(words).replace(" ,", ",")


def _times(tokens: list[Token], j: int, core: Parsed) -> UnitReading:
    """'six times as much' is a ratio (no unit: a pure number); 'nine times out of ten' the
    share 0.9; 'won the cup three times', 'voted 12 times' count occasions (unit 'times'), as
    the gold's ruling reads them: a multiplier is followed by what it multiplies."""
    n = len(tokens)
    if j + 3 < n and (tokens[j + 1].low, tokens[j + 2].low) == OUT_OF:
        other = number_core(tokens, j + 3)
        if other is not None and other.value and core.value <= other.value:
            share = dataclasses.replace(core, value=core.value / other.value)
            return UnitReading("ratio", None, other.j, share)
    occasions = core.value == int(core.value) and tokens[j - 1].low not in MULTIPLIER_VERBS
    if tokens[j].low == "times" and occasions and not _multiplies(tokens, j + 1):
        return UnitReading("count", "times", j + 1, core)
    return UnitReading("ratio", None, j + 1, core)


def _multiplies(tokens: list[Token], k: int) -> bool:
    """What follows 'N times' makes it a multiplier: 'as', 'the', 'more', a comparative
    ('higher', 'bigger'), 'over' ('three times over'), a figure or unit ('four times 20'), or
    a verb of a multiple ('eleven times oversubscribed'). A fraction ('16.2 times') is one too."""
    if k >= len(tokens):
        return False
    word = tokens[k].low
    return (
        word in MULTIPLIER_NEXT
        or word in MULTIPLIER_VERBS
        or (word.endswith("er") and len(word) > 4 and word not in NOT_COMPARATIVES)
        or word[:1].isdecimal()
        or word in lx.CURRENCY_SYMBOLS
    )


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
    if j + 1 >= len(tokens) or not adjacent(tokens[j - 1], tokens[j]):
        return False
    noun = tokens[j + 1]
    return (
        noun.text[0].islower()
        and _plural(noun.low)
        and noun.low not in lx.MEASURE_UNITS
        and noun.low not in lx.DURATION_UNITS
        and not (core.i > 0 and tokens[core.i - 1].low in ARTICLES)
    )


def _plural(word: str) -> bool:
    """A plural noun by its form: 'workers', 'people'; not 'previous', 'crisis', 'class'."""
    return word in PLURAL_WITHOUT_S or (
        word.endswith("s") and not word.endswith(NOT_PLURAL_ENDINGS) and len(word) > 2
    )


def _singular_unit(word: str) -> str:
    return word.rstrip(".,")


def measured_at(tokens: list[Token], p: int) -> UnitReading | None:
    """A figure with its unit at p (the far end of a range), or None."""
    currency, p = currency_at(tokens, p)
    if p >= len(tokens):
        return None
    core = number_core(tokens, p, money=currency is not None)
    if core is None:
        return None
    reading = read_unit(tokens, core.j, core, currency)
    return reading if reading.kind is not None else None


def rate(tokens: list[Token], j: int, kind: str, unit: str | None) -> tuple[str | None, int]:
    """'$350 per kg', '$120 a month', '188 miles an hour': the unit becomes a rate."""
    n = len(tokens)
    if kind not in ("money", "measure", "duration") or j + 1 >= n:
        return unit, j
    word = tokens[j].low
    per = tokens[j + 1].low
    if word in ("a", "an", "per") and (per in PLAIN_RATE_BASES or kind == "duration"):
        return _period_rate(tokens, j, unit) if kind == "duration" else (unit, j)
    if kind == "money" and word in ("a", "an", "per") and per in RATE_ONLY_PERIODS:
        if not (j + 2 < n and tokens[j + 2].low in ("of", "-")):
            return f"{unit} per {per}", j + 2  # '€4m a season' (not 'a quarter of it')
    if kind == "money" and word in ("per", "to", "against") and unit and " per " not in unit:
        quoted = quote_currency(tokens, j)
        if quoted is not None and quoted[0] != unit:
            return f"{unit} per {quoted[0]}", j  # '$1.29 against the euro'
    if word in ("of", "(", ")") and (period := _period_beyond(tokens, j)) is not None:
        return f"{unit} per {period}", j  # '2.5m tonnes of coal a year', '750bn colones (…) a year'
    if word == "per" and (per in lx.MEASURE_UNITS or per in lx.DURATION_UNITS or per in RATE_NOUNS):
        name = lx.MEASURE_UNITS.get(per) or lx.DURATION_UNITS.get(per) or per
        if name in ("square", "cubic") and j + 2 < n and tokens[j + 2].low in lx.MEASURE_UNITS:
            return (
                f"{unit} per {name} {lx.MEASURE_UNITS[tokens[j + 2].low]}",
                j + 3,
            )  # 'per square foot'
        return f"{unit} per {name}", j + 2
    if word in ("a", "an") and per == "second" and unit in DATA_UNITS:
        return f"{unit} per second", j + 2  # 'one gigabit a second'
    if word in ("a", "an") and per in lx.DURATION_UNITS and per.endswith(RATE_PERIODS):
        if j + 2 < n and tokens[j + 2].low in TIME_OFFSETS:
            return unit, j  # '13.9bn rupees a year earlier': a point in time, no rate
        return f"{unit} per {lx.DURATION_UNITS[per]}", j + 2
    if word in ("a", "an") and _per_measure(per):
        # '18.4 cents a gallon', '$50 a barrel', '40p a kilo': a price per unit of a measure
        # (the span stays the figure: 'a barrel' names what it is the price of)
        return f"{unit} per {lx.MEASURE_UNITS.get(per) or per}", j
    article, _, period = per.partition("-")
    if (
        word == "-"
        and adjacent(tokens[j - 1], tokens[j])
        and article in ("a", "an")
        and period in lx.DURATION_UNITS
        and period.endswith(RATE_PERIODS)
    ):
        return f"{unit} per {lx.DURATION_UNITS[period]}", j + 2  # '$12-an-hour workers'
    return unit, j


def _period_rate(tokens: list[Token], j: int, unit: str | None) -> tuple[str | None, int]:
    """Hours, minutes or seconds per period: '70 hours a week', '20 minutes per day' (the
    span stays the figure). Whole days or weeks in a period name a schedule, kept plain ('open
    six days a week'), and a point in time is no rate ('two hours a day later')."""
    n = len(tokens)
    period = tokens[j + 1].low
    if unit not in ("hour", "minute", "second") or period not in lx.DURATION_UNITS:
        return unit, j
    if not period.endswith(RATE_PERIODS):
        return unit, j
    if j + 2 < n and (tokens[j + 2].low in TIME_OFFSETS or tokens[j + 2].low == "after"):
        return unit, j
    return f"{unit} per {lx.DURATION_UNITS[period]}", j


def _period_beyond(tokens: list[Token], j: int) -> str | None:
    """The period of a rate said after what is measured ('of coal a year', 'of crude per
    day') or after a bracket ('(about $1.5bn) a year'), the span staying the figure."""
    n = len(tokens)
    if tokens[j].low == "of":
        k = j + 1
        while (
            k < min(n, j + 4)
            and tokens[k].text.isalpha()
            and tokens[k].low not in ("a", "an", "per")
        ):
            k += 1
        if k == j + 1:
            return None
    elif tokens[j].text == ")":
        k = j + 1  # '(about $1.5bn) a year': the bracket closes on the figure
    else:
        close = next((k for k in range(j + 1, min(n, j + 8)) if tokens[k].text == ")"), None)
        if close is None:
            return None
        k = close + 1
    if k + 1 >= n or tokens[k].low not in ("a", "an", "per"):
        return None
    period = tokens[k + 1].low
    if period in lx.DURATION_UNITS and period.endswith(RATE_PERIODS):
        if k + 2 < n and tokens[k + 2].low in TIME_OFFSETS:
            return None  # 'of sales a year earlier': a point in time
        return lx.DURATION_UNITS[period]
    return None


def _per_measure(word: str) -> bool:
    """A singular unit of measure or of trade that 'a' makes a rate's base ('a gallon',
    'a barrel', 'a share'); not a plural, nor a unit that is also a word ('a m…')."""
    if word in RATE_BY_ARTICLE:
        return True
    return (
        word in lx.MEASURE_UNITS
        and word not in lx.AMBIGUOUS_UNITS
        and word not in NOT_RATE_BASES
        and not word.endswith("s")
    )


def compound(
    tokens: list[Token], j: int, core: Parsed, *, kind: str, value: float
) -> tuple[float, int]:
    """'3 dollars 50 cents', '15 dollars and 50', '75 USD million', '5 feet 2 inches', 'two
    hours 18 minutes 15 seconds'."""
    n = len(tokens)
    if j >= n or core.fraction or core.vague:
        return value, j  # ('a few weeks and a few days': two vague lengths, no sum)
    if kind == "duration" and tokens[j - 1].low in lx.DURATION_UNITS:
        return _compound_duration(tokens, j, value, lx.DURATION_UNITS[tokens[j - 1].low])
    last = tokens[j - 1].low
    if kind == "money" and tokens[j].low in SCALES and last in lx.CURRENCY_WORDS:
        return value * SCALES[tokens[j].low], j + 1  # '75 USD million'
    if kind == "money" and last in MAIN_CURRENCY_WORDS:
        k = j + 1 if tokens[j].low == "and" else j
        if k < n:
            cents = number_core(tokens, k)
            if cents is not None and cents.value.is_integer() and 0 < cents.value < 100:
                after = tokens[cents.j] if cents.j < n else None
                if after is not None and after.low in CENT_WORDS:
                    return value + cents.value / 100, cents.j + 1
                if after is None or not after.text[0].isalnum():
                    return value + cents.value / 100, cents.j
    if kind == "measure" and last in FEET:
        k = j + 1 if tokens[j].low == "and" else j
        if k + 1 < n and tokens[k].text.isdecimal() and tokens[k + 1].low in INCHES:
            return value + float(tokens[k].text) / 12, k + 2
    return value, j


def one_unit(tokens: list[Token], p: int) -> Parsed | None:
    """'a metre' after an approximator ('almost a metre', 'nearly a mile', 'about a tonne'):
    one of a unit of measure, as measured as '0.9 metres'. Without the approximator 'a
    mile' or 'an inch' is as often a manner of speaking ('not moved an inch'), so the scan
    asks for one first."""
    if p + 1 >= len(tokens) or tokens[p].low not in ("a", "an"):
        return None
    unit = tokens[p + 1].low
    if unit not in lx.MEASURE_UNITS or unit in lx.AMBIGUOUS_UNITS or unit in NOT_RATE_BASES:
        return None
    if unit.endswith("s"):
        return None
    return Parsed(p, p + 1, 1.0, words=True)


def _compound_duration(tokens: list[Token], j: int, value: float, unit: str) -> tuple[float, int]:
    """'two hours 18 minutes 15 seconds', '3 minutes and 32 seconds': one length of time in
    its first unit (2.304 hours), each later part in a smaller unit of a fixed length."""
    if unit not in SECONDS_IN:
        return value, j
    last = unit
    while j < len(tokens):
        k = j + 1 if tokens[j].low == "and" else j
        part = number_core(tokens, k) if k < len(tokens) else None
        if part is None or part.fraction or part.j >= len(tokens):
            break
        smaller = lx.DURATION_UNITS.get(tokens[part.j].low)
        if smaller not in SECONDS_IN or SECONDS_IN[smaller] >= SECONDS_IN[last]:
            break
        value += part.value * SECONDS_IN[smaller] / SECONDS_IN[unit]
        last, j = smaller, part.j + 1
    return value, j
