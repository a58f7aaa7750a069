"""What looks like a quantity but is not one: the pronoun 'one', dates, times, years,
labels ('Resolution 2270', 'G20', '9/11') and part numbers."""

from __future__ import annotations

import re

from tracker.extract import lexicon as lx
from tracker.extract.numbers import (
    NUMBER_WORDS,
    SCALE_SUFFIXES,
    VAGUE_MAGNITUDES,
    Parsed,
    adjacent,
)
from tracker.extract.quantities.tables import (
    CODE_JOINERS,
    GROUP_DETERMINERS,
    LABEL_JOINERS,
    LABEL_MARKS,
    NUMBER_SIGNS,
    PRONOUN_ONE_BEFORE,
)
from tracker.extract.tokens import Token

_YEAR = re.compile(r"\d{4}")


def not_a_number(tokens: list[Token], core: Parsed, q_start: int, currency: str | None) -> bool:
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
        and prev.low in PRONOUN_ONE_BEFORE
        and after not in lx.MEASURE_UNITS
        and after not in lx.DURATION_UNITS
        and after not in lx.CURRENCY_WORDS
        and not _one_among_counts(tokens, core)  # 'only one goal in four games'
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


def excluded(
    tokens: list[Token], core: Parsed, q_start: int, j: int, *, kind: str, currency: str | None
) -> bool:
    """Dates, times, years, decades, identifiers, pronoun 'one', event ordinals."""
    if currency or kind in ("percent", "money"):
        return False
    if kind == "measure" and j < len(tokens) and adjacent(tokens[j - 1], tokens[j]):
        if tokens[j].text[0].isdecimal() or tokens[j].text in CODE_JOINERS:
            return True  # '24703L202', '24703 L-202': a part number, not litres
    if core.slash and kind in ("ratio", "count"):
        return True  # '9/11', '24/7': a bare x/y is a name or a date far more often than a share
    if kind == "count" and tokens[core.i].low == "zero" and _zero_of_a_manner(tokens, core):
        return True  # 'low is not zero', 'zero tolerance', 'zero communication skills': no count
    return (
        _glued_label(tokens, core, q_start, kind)
        or _date_or_time(tokens, core, q_start, kind)
        or _year_or_label(tokens, core, q_start, kind)
    )


def _glued_label(tokens: list[Token], core: Parsed, q_start: int, kind: str) -> bool:
    """A figure glued to letters or to a slash is a label: 'G20', 'COVID-19', '9/11', 'F-35'."""
    first = tokens[core.i]
    prev = tokens[q_start - 1] if q_start > 0 else None
    nxt = tokens[core.j] if core.j < len(tokens) else None
    if (
        prev is not None
        and adjacent(prev, first)
        and (prev.text[-1].isalpha() or prev.text in LABEL_MARKS)
    ):
        if not (prev.text == "-" and q_start >= 2 and not tokens[q_start - 2].text[-1].isalpha()):
            return True
    if nxt is not None and adjacent(tokens[core.j - 1], nxt):
        if nxt.text in LABEL_JOINERS or (
            nxt.text[0].isalpha() and kind == "count" and nxt.low not in SCALE_SUFFIXES
        ):
            return True
    return False


def _date_or_time(tokens: list[Token], core: Parsed, q_start: int, kind: str) -> bool:
    """'5 pm', 'May 6', '6 May', 'on Monday 5'."""
    prev = tokens[q_start - 1] if q_start > 0 else None
    nxt = tokens[core.j] if core.j < len(tokens) else None
    if nxt is not None and nxt.low in lx.TIME_WORDS:
        return True
    # Dates: 'May 6', '6 May', 'May 6, 2016'.
    if prev is not None and prev.low.rstrip(".") in lx.MONTHS and not core.words:
        return True
    if nxt is not None and nxt.low.rstrip(".") in lx.MONTHS and not core.words and kind == "count":
        return True
    return prev is not None and prev.low in lx.WEEKDAYS


def _year_or_label(tokens: list[Token], core: Parsed, q_start: int, kind: str) -> bool:
    """Years ('in 2016'), labels ('Resolution 2270', '#5'), 'one' and 'two of them'."""
    first = tokens[core.i]
    prev = tokens[q_start - 1] if q_start > 0 else None
    nxt = tokens[core.j] if core.j < len(tokens) else None
    # Years: a bare four-digit figure between 1000 and 2100.
    if (
        not core.words
        and core.j - core.i == 1
        and _YEAR.fullmatch(first.text)
        and 1000 <= core.value <= 2100
        and kind == "count"
    ):
        return True
    # Labels: 'Resolution 2270', 'Article 5', 'Route 66', 'Flight 17'.
    if prev is not None and prev.text[:1].isupper() and prev.low.rstrip(".") in lx.IDENTIFIER_WORDS:
        return not core.words
    if prev is not None and prev.text in NUMBER_SIGNS:
        return True
    # 'one' as a pronoun or article: only an amount when it measures something, or when it is
    # set against other counts ('one goal in four games', 'six Orthodox and one Anglican').
    if core.words and first.low == "one" and core.j - core.i == 1 and kind == "count":
        return not (_one_among_counts(tokens, core) or _one_point(tokens, core, prev))
    # Figures as words that lead a phrase like 'one of', 'two of them' stay counts only with a noun.
    return (
        kind == "count"
        and core.words
        and core.j - core.i == 1
        and nxt is not None
        and nxt.low == "of"
        and first.low not in VAGUE_MAGNITUDES
        and not _of_a_group(tokens, core.j)
    )


def _one_among_counts(tokens: list[Token], core: Parsed) -> bool:
    """'one' + a noun set against another count: 'one goal in four games', 'one win in 14
    matches' (a count out of a count), 'two silvers and one bronze' (the last of a list of
    counts); not 'one evening in the 1960s', 'one from Malta', 'the one he played'."""
    k = core.j
    n = len(tokens)
    if k + 1 >= n or not _noun_like(tokens[k]):
        return False
    if _focused(tokens, core.i) and tokens[k + 1].low not in ("of", "to"):
        return True  # 'only one site', 'at least one check'; not 'only one way to', 'one part of'
    if any(t.low == "others" and _small_figure(tokens[m - 1]) for m, t in _ahead(tokens, k, 6)):
        return True  # 'cut the wire to one alarm, ignored two others'
    if tokens[k + 1].low in _OUT_OF_WORDS:
        rest = [t for t in tokens[k + 2 : k + 6] if t.low not in _SET_WORDS]
        if (
            len(rest) >= 2
            and _small_figure(rest[0])
            and rest[0].low != "one"
            and any(t.text.isalpha() and t.low.endswith("s") for t in rest[1:3])
        ):
            return True  # 'one goal in four games', 'one point from their last five games'
    before = tokens[max(0, core.i - 5) : core.i]
    return (
        len(before) >= 3
        and before[-1].low == "and"
        and any(_small_figure(t) and t.low != "one" for t in before[:-2])
    )


def _focused(tokens: list[Token], i: int) -> bool:
    """'only one', 'just one', 'at least one', 'not a single one': a focus on the count
    ('the only one who' is the pronoun: 'the' before the focus word)."""
    if i < 1 or tokens[i - 1].low not in _FOCUS_WORDS:
        return False
    return not (i >= 2 and tokens[i - 2].low in ("the", "his", "her", "their", "its", "my"))


def _ahead(tokens: list[Token], k: int, reach: int) -> list[tuple[int, Token]]:
    return [(m, tokens[m]) for m in range(k + 1, min(len(tokens), k + 1 + reach))]


_FOCUS_WORDS = frozenset({"only", "just", "least", "exactly", "merely", "barely"})


def _noun_like(tok: Token) -> bool:
    """A word that may head what 'one' counts: no function word, particle or participle."""
    low = tok.low
    return (
        tok.text.isalpha()
        and low not in _NOT_COUNTED_AFTER_ONE
        and not low.endswith(("ing", "ed", "ly"))
    )


def _small_figure(tok: Token) -> bool:
    """A count in digits (at most three, so no year or decade) or in words."""
    return (tok.text.isdecimal() and len(tok.text) <= 3) or tok.low in NUMBER_WORDS


_OUT_OF_WORDS = frozenset({"in", "from"})
_SET_WORDS = frozenset({"the", "their", "its", "his", "her", "our", "last", "first", "past"})
_NOT_COUNTED_AFTER_ONE = frozenset(
    """of that who which in day time thing from for by as with at on to back behind ahead
    he she it they we you i and or but is was are were has had have""".split()
)


def _of_a_group(tokens: list[Token], k: int) -> bool:
    """'two of the officers', 'five of their seven matches', "two of Britain's big unions":
    a count out of a named group ('two of them' names none and stays aside)."""
    if k + 2 >= len(tokens) or not tokens[k + 2].text[:1].isalnum():
        return False
    owner = tokens[k + 1].low
    return owner in GROUP_DETERMINERS or (owner.endswith(("'s", "’s")) and len(owner) > 3)


def _zero_of_a_manner(tokens: list[Token], core: Parsed) -> bool:
    """A bare 'zero' after 'not' or 'never' ('low is not zero', 'the risk is never zero'): a
    manner of speaking, no figure. 'growth had been zero' and 'zero deaths' stay figures;
    fixed phrases ('zero tolerance') are the idiom list's (labels)."""
    k = core.j
    if k < len(tokens) and tokens[k].text.isalpha() and tokens[k].low not in lx.NOT_COUNTED:
        return False
    return core.i > 0 and tokens[core.i - 1].low in ("not", "never")


def _one_point(tokens: list[Token], core: Parsed, prev: Token | None) -> bool:
    """'lost about one point', 'narrowed by one point', 'one point ahead': a point of a lead or
    a poll, as '4 points' is; not 'at one point' (a moment) nor 'one point of order'."""
    k = core.j
    if k >= len(tokens) or tokens[k].low != "point":
        return False
    if k + 1 < len(tokens) and tokens[k + 1].low == "of":
        return False
    after = tokens[k + 1].low if k + 1 < len(tokens) else ""
    return (prev is not None and prev.low in _ONE_POINT_BEFORE) or after in _ONE_POINT_AFTER


# Before 'one point' of a lead: a change, a margin or an approximator ('lost about one
# point', 'by one point'); after it, a lead's words ('one point ahead').
_ONE_POINT_BEFORE = frozenset(
    """by about around nearly almost just only roughly lose lost gain gained drop dropped slip
    slipped rise rose fall fell climb climbed up down trail trails trailed lead leads led""".split()
)
_ONE_POINT_AFTER = frozenset("ahead behind lead margin advantage".split())
