"""Figures inside set phrases: 'on cloud nine', 'second best', 'a million years', 'not by a
tenth of a point'. The number is part of a fixed expression and counts or measures nothing,
so a claim must not carry it.

Two readings, both over closed classes kept as data (vocab/numbers.py):
- a set phrase of English that holds a number word stands around the figure;
- a denial names the least amount of something to deny all of it ('not moved an inch', 'won't
  pay a single cent', 'not by a tenth'): the figure is one of the least amounts, with a
  denying word a few words before it in the same clause.
"""

from __future__ import annotations

import re

from tracker.extract.vocab.numbers import DENIALS, LEAST_AMOUNTS, NUMBER_IDIOMS
from tracker.model import Quantity

__all__ = ["in_number_idiom"]

_REACH = 60


def _compile(phrase: str) -> re.Pattern[str]:
    """A phrase with its figures in braces as a pattern whose groups are the figures."""
    body = re.sub(r"\{([^{}]+)\}", r"(\1)", phrase)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w])", re.IGNORECASE)


_PHRASES = tuple(_compile(p) for p in NUMBER_IDIOMS)
# All the phrases in one pattern, groups dropped: one search tells whether any phrase is near
# at all (almost never), so the phrase-by-phrase reading runs only where one is.
_ANY_PHRASE = re.compile(
    "|".join(f"(?:{re.sub(r'[{}]', '', p)})" for p in NUMBER_IDIOMS), re.IGNORECASE
)
_CLAUSE_BREAK = re.compile(r"[,;:.!?\"“”()]")
_ONE = frozenset({"a", "an", "one", "single", "any"})
_SHARES = frozenset({"tenth", "hundredth", "fraction"})


def in_number_idiom(text: str, q: Quantity) -> bool:
    """The figure is a set phrase's number, or the least amount a denial names."""
    return _in_set_phrase(text, q) or _least_amount_denied(text, q)


def _in_set_phrase(text: str, q: Quantity) -> bool:
    lo = max(0, q.start - _REACH)
    window = text[lo : q.end + _REACH]
    if _ANY_PHRASE.search(window) is None:
        return False
    for pattern in _PHRASES:
        for m in pattern.finditer(window):
            for g in range(1, (pattern.groups or 0) + 1):
                s, e = m.span(g)
                if s >= 0 and lo + s < q.end and q.start < lo + e:
                    return True
    return False


def _least_amount_denied(text: str, q: Quantity) -> bool:
    """'not by a tenth of a point', 'has not moved an inch': one of the least amounts, with a
    denial in the words of its clause just before it."""
    words = q.text.casefold().split()
    if not words or words[0] not in _ONE:
        return False
    nxt = re.match(r"\s+([a-z]+)", text[q.end : q.end + 20])
    if words[-1] in _SHARES:
        # 'not by a tenth of a point' (of one unit); 'not a tenth of the budget' is a share
        if not re.match(r"\s+of\s+(?:a|an|one)\s", text[q.end : q.end + 12]):
            return False
    elif not (words[-1] in LEAST_AMOUNTS or (nxt is not None and nxt.group(1) in LEAST_AMOUNTS)):
        return False
    before = _CLAUSE_BREAK.split(text[max(0, q.start - 50) : q.start])[-1].casefold()
    near = before.replace("n't", " n't").replace("n’t", " n't").split()[-5:]
    return any(w in DENIALS for w in near)
