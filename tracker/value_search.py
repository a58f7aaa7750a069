"""Search by value: '2000' finds '2,000' and 'two thousand', '$2bn' finds '2 billion dollars'
and '$2,000 million', 'value:>1e9 unit:USD' and 'percent:>50' compare figures.

A figure in a query is read by the extractor's own number reader and compared with the
claims' stored quantities by value (and by unit for money and percentages); the words
around it are searched as text. Numbers are never fuzzy-matched to other numbers.
"""

from __future__ import annotations

import bisect
import math
import operator
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from tracker.errors import InvalidValueError
from tracker.records import Q_FIELDS

FIELDS = ("value", "percent", "unit")
_OPS: dict[str, Callable[[float, float], bool]] = {
    ">=": operator.ge,
    "<=": operator.le,
    ">": operator.gt,
    "<": operator.lt,
    "=": lambda a, b: math.isclose(a, b, rel_tol=1e-9),
}
_CMP = re.compile(r"^(>=|<=|>|<|=)?(.+)$")
# Worth asking the number reader about: digits, currency and percent signs, number words.
_NUMERIC = re.compile(
    r"\d|[$€£¥%]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|"
    r"trillion|dozen|half)\b",
    re.IGNORECASE,
)
# Where a stored quantity array (tracker.records) holds its value, range, unit and kind.
_VALUE, _LOW, _HIGH, _UNIT, _KIND = map(Q_FIELDS.index, ("value", "low", "high", "unit", "kind"))
_UNIT_ALIASES = {"%": "percent", "$": "usd", "dollars": "usd", "€": "eur", "£": "gbp"}


def _unit(name: str) -> str:
    name = name.strip().lower()
    return _UNIT_ALIASES.get(name, name)


@dataclass(slots=True, frozen=True)
class QuantityTest:
    """What one stated quantity must be: compared values, a unit, a kind."""

    compares: tuple[tuple[str, float], ...] = ()
    unit: str | None = None
    kind: str | None = None
    literal: str | None = None  # the figure as typed: text holding it also matches

    def test(self, q: Sequence[Any]) -> bool:
        if not self.fits(q):
            return False
        return any(self.accepts(v) for v in (q[_VALUE], q[_LOW], q[_HIGH]) if v is not None)

    def fits(self, q: Sequence[Any]) -> bool:
        """The stored quantity has the kind and unit asked for (its values aside); a rate is
        of its unit: '$1.2 billion a year' (USD per year) is found by '$1.2bn' and unit:USD."""
        if self.kind is not None and q[_KIND] != self.kind:
            return False
        if self.unit is None:
            return True
        unit = _unit(q[_UNIT] or "")
        return unit == self.unit or unit.startswith(self.unit + " per ")

    def accepts(self, value: float) -> bool:
        return all(_OPS[op](value, n) for op, n in self.compares)

    def bounds(self) -> tuple[float, float]:
        """The closed interval the compares allow (strictness is checked per value)."""
        lo, hi = -math.inf, math.inf
        for op, n in self.compares:
            if op == "=":
                slack = abs(n) * 1e-9
                lo, hi = max(lo, n - slack), min(hi, n + slack)
            elif op in (">", ">="):
                lo = max(lo, n)
            else:
                hi = min(hi, n)
        return lo, hi

    @property
    def bare(self) -> bool:
        """The figure was typed as a bare number (a year, say: no stored quantity)."""
        return self.literal is not None and self.literal.isdigit()

    def in_text(self, text: str) -> bool:
        """The figure as typed stands in the text: for a bare number such as a year, which
        is no stored quantity. '2,000', '$2bn', 'two thousand' are found by value alone."""
        lit = self.literal
        if lit is None or not self.bare:
            return False
        return lit in text and _literal(lit).search(text) is not None


@dataclass(slots=True, frozen=True)
class ValueQuery:
    words: tuple[str, ...]
    tests: tuple[QuantityTest, ...]

    def matches(self, record: Mapping[str, Any]) -> bool:
        text = record.get("text", "")
        if self.words:
            lowered = text.lower()
            if not all(w in lowered for w in self.words):
                return False
        quantities = record.get("q") or ()
        return all(any(t.test(q) for q in quantities) or t.in_text(text) for t in self.tests)


@lru_cache(maxsize=256)
def _literal(figure: str) -> re.Pattern[str]:
    """The figure as typed, never inside a longer number ('50' is not in '150' or '50.5')."""
    return re.compile(r"(?<![\d.,])" + re.escape(figure) + r"(?![\d]|[.,]\d)")


def read_figure(raw: str) -> float | None:
    """One figure as a person types it: '150000', '150,000', '1.5e9', '$2bn', 'two thousand'
    (the extractor's number reader reads what is not a plain number); None if ``raw`` is not
    exactly one figure. Search and corrections read figures with this one function."""
    try:
        return float(raw.replace(",", "").replace("_", ""))
    except ValueError:
        pass
    found = _read_figures(raw)  # '2bn', 'two thousand': the whole of it, nothing else
    if len(found) == 1 and found[0].value is not None and found[0].text == raw.strip():
        return float(found[0].value)
    return None


def _number(token: str, raw: str) -> float:
    value = read_figure(raw)
    if value is None:
        raise InvalidValueError(f"{token}: {raw!r} is not a number")
    return value


def load_reader() -> None:
    """Import the number reader now (a query's first figure would otherwise pay for it)."""
    import tracker.extract  # noqa: F401


def _read_figures(text: str) -> list[Any]:
    from tracker.extract import find_quantities  # only when a query holds a figure

    return [q for q in find_quantities(text, 0, len(text), everything=True) if q.value is not None]


def _field_test(tokens: Iterable[str]) -> QuantityTest | None:
    compares: list[tuple[str, float]] = []
    unit = kind = None
    for token in tokens:
        key, _, value = token.partition(":")
        key = key.lower()
        if key == "unit":
            unit = _unit(value)
            continue
        m = _CMP.match(value)
        assert m is not None
        compares.append((m.group(1) or "=", _number(token, m.group(2))))
        if key == "percent":
            kind = "percent"
    if not (compares or unit or kind):
        return None
    return QuantityTest(tuple(compares), unit, kind)


@lru_cache(maxsize=128)
def parse(text: str) -> ValueQuery | None:
    """The query's figures and words; None when it states no figure (search the text)."""
    fields, rest = [], []
    for token in text.split():
        key, sep, value = token.partition(":")
        (fields if sep and value and key.lower() in FIELDS else rest).append(token)
    field_test = _field_test(fields)
    rest_text = " ".join(rest)
    figures = _read_figures(rest_text) if _NUMERIC.search(rest_text) else []
    if field_test is None and not figures:
        return None
    tests = [field_test] if field_test else []
    words_text, pos = [], 0
    for q in figures:
        words_text.append(rest_text[pos : q.start])
        pos = q.end
        money_or_percent = q.kind in ("money", "percent")
        tests.append(
            QuantityTest(
                (("=", q.value),),
                _unit(q.unit) if money_or_percent and q.unit else None,
                literal=q.text.lower(),
            )
        )
    words_text.append(rest_text[pos:])
    words = tuple(w.lower() for w in " ".join(words_text).split())
    return ValueQuery(words, tuple(tests))


def search_matches(search: str, record: Mapping[str, Any]) -> bool:
    """`tracker list --search`: figures by value, everything else as text."""
    query = parse(search)
    if query is None:
        return search.lower() in record.get("text", "").lower()
    return query.matches(record)


class FigureIndex:
    """Every stored figure, sorted by value: a value or a range is found by bisection, so a
    filter keystroke at 100,000 claims costs milliseconds, not a pass over every claim."""

    def __init__(self, records: Iterable[Mapping[str, Any]]) -> None:
        entries = []
        texts = []
        for r in records:
            cid = r["id"]
            texts.append((cid, r.get("text", "")))
            for q in r.get("q") or ():
                for v in {q[_VALUE], q[_LOW], q[_HIGH]}:
                    if v is not None:
                        entries.append((v, cid, q))
        entries.sort(key=operator.itemgetter(0))
        self._values = [e[0] for e in entries]
        self._entries = entries
        self._texts = texts

    def ids(self, test: QuantityTest) -> set[str]:
        lo, hi = test.bounds()
        start = bisect.bisect_left(self._values, lo)
        stop = bisect.bisect_right(self._values, hi)
        found = set()
        for value, cid, q in self._entries[start:stop]:
            if cid not in found and test.accepts(value) and test.fits(q):
                found.add(cid)
        if test.bare:  # a year is no quantity: look for it in the text
            found.update(cid for cid, text in self._texts if test.in_text(text))
        return found

    def matching(self, query: ValueQuery) -> set[str]:
        """Ids of the claims stating every figure the query asks for (words aside)."""
        result: set[str] | None = None
        for test in query.tests:
            ids = self.ids(test)
            result = ids if result is None else result & ids
        return result or set()
