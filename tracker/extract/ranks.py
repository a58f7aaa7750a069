"""Ordinal ranks a fact-checker can check: 'third-largest', 'the second biggest'."""

from __future__ import annotations

import re

from tracker.extract import lexicon as lx
from tracker.extract.numbers import ORDINALS
from tracker.model import Quantity

_ORD = "|".join(sorted(ORDINALS, key=len, reverse=True))
# Rank words are rare, so find them first and only then look back for the ordinal:
# one cheap scan instead of trying a long alternation at every position.
# The look-ahead for the words' first letters is only a shortcut: most spaces are followed by
# none of them, and the engine then need not try every word of the alternation there.
_FIRST_LETTERS = "".join(sorted({w[0] for w in lx.RANK_WORDS}))
_RANK_WORD = re.compile(
    rf"[- ](?=[{_FIRST_LETTERS}])({'|'.join(sorted(lx.RANK_WORDS))})\b", re.IGNORECASE
)
_RANK_WORDS = tuple(sorted(w.lower() for w in lx.RANK_WORDS))
# The only characters besides ASCII letters that ignoring case matches to one ('İ', 'ı',
# 'ſ' and the Kelvin sign): where a text has none, lower() finds what the scan can.
CASE_TWINS = frozenset("\u0130\u0131\u017f\u212a")
_ORDINAL_BEFORE = re.compile(rf"\b(?:({_ORD})|(\d{{1,3}})(?:st|nd|rd|th))$", re.IGNORECASE)


def find_ranks(text: str, start: int, end: int) -> list[Quantity]:
    sentence = text[start:end]
    # Most sentences hold no rank word: substring searches in C say so faster than the scan.
    if sentence.isascii() or CASE_TWINS.isdisjoint(sentence):
        low = sentence.lower()
        if not any(w in low for w in _RANK_WORDS):
            return []
    out = []
    for m in _RANK_WORD.finditer(text, start, end):
        before = _ORDINAL_BEFORE.search(text, max(start, m.start() - 16), m.start())
        if before is None:
            continue
        value = ORDINALS[before.group(1).lower()] if before.group(1) else int(before.group(2))
        out.append(
            Quantity(
                text=text[before.start() : m.end()],
                start=before.start(),
                end=m.end(),
                value=float(value),
                kind="rank",
                unit=m.group(1).lower(),
            )
        )
    return out
