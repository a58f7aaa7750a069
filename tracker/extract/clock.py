"""Figures that tell the time: 'between 0730 and 1830', 'from 6 to 9 a.m.', 'kick-off 1500
GMT', and a minute on a match clock ('after 53 minutes', 'on 17 minutes', 'two minutes
into extra time').

A time of day is a point, not an amount: a claim must not carry it. The readings:
- a figure or a range of figures followed by a clock word (a.m., p.m., GMT, o'clock);
- four-digit 24-hour times ('0730'), a pair of them joined by 'to', 'and' or a dash, one of
  them written with its leading zero, which no year or count has;
- a number of minutes after 'after' or 'on' (the match clock) or before 'into': the moment
  something happened, as the gold's ruling reads it; 'for 15 minutes', 'in four minutes',
  'lasted 65 minutes', 'after 20 minutes of talks' stay durations, and so does 'after' with
  no word of play in the sentence ('talks ended after 90 minutes').
"""

from __future__ import annotations

import re

from tracker.extract.vocab.numbers import (
    CLOCK_AFTER,
    MATCH_CLOCK_BEFORE,
    MATCH_CLOCK_FILLERS,
    MATCH_PLAY_WORDS,
)
from tracker.model import Quantity

__all__ = ["tells_the_time"]

_CLOCK_WORD = re.compile(
    r"\s*(?:" + "|".join(re.escape(w) for w in sorted(CLOCK_AFTER, key=len, reverse=True)) + r")"
    r"(?![\w])",
    re.IGNORECASE,
)
_HHMM = r"(?:[01]\d|2[0-3])[0-5]\d"
_TWENTY_FOUR_HOUR = re.compile(rf"({_HHMM})(?:\s*(?:-|–|to|and)\s*({_HHMM}))?")
_FIGURES = re.compile(r"[\d.:]+(?:\s*(?:-|–|to|and)\s*[\d.:]+)?|[a-z]+(?:\s+(?:to|and)\s+[a-z]+)?")
_MINUTES = re.compile(r"minutes?|mins?", re.IGNORECASE)
_INTO = re.compile(r"\s+into\b")
_OF_AFTER = re.compile(r"\s+(?:of|['’]s)\b")


def tells_the_time(text: str, q: Quantity) -> bool:
    """The figure is a time of day or a moment on a match clock."""
    if _CLOCK_WORD.match(text, q.end) and _FIGURES.fullmatch(q.text.casefold()):
        return True  # '6 to 9 a.m.', '1500 GMT'
    pair = _TWENTY_FOUR_HOUR.fullmatch(q.text)
    if pair and any(g is not None and g.startswith("0") for g in pair.groups()):
        return True  # '0730 and 1830'
    return _match_clock(text, q)


def _match_clock(text: str, q: Quantity) -> bool:
    """'after 53 minutes', 'after only six minutes', 'on 17 minutes', 'four minutes into'."""
    if q.kind != "duration" or not _MINUTES.fullmatch(q.text.split()[-1]):
        return False
    if q.approx is not None and q.approx.casefold() not in MATCH_CLOCK_FILLERS:
        return False  # 'after more than 20 minutes': a span waited
    if _INTO.match(text, q.end):
        return True
    if _OF_AFTER.match(text, q.end):
        return False  # 'after 20 minutes of questioning', 'after 90 minutes' play'
    words = text[max(0, q.start - 30) : q.start].casefold().split()
    while words and words[-1] in MATCH_CLOCK_FILLERS:
        words.pop()
    if not words or words[-1] not in MATCH_CLOCK_BEFORE:
        return False
    return words[-1] == "on" or _of_play(text, q)


def _of_play(text: str, q: Quantity) -> bool:
    """A word of play in the figure's sentence: an account of a match."""
    start = max(text.rfind(c, 0, q.start) for c in ".!?\n") + 1
    ends = [e for e in (text.find(c, q.end) for c in ".!?\n") if e >= 0]
    sentence = text[start : min(ends) if ends else len(text)].casefold()
    return any(w in MATCH_PLAY_WORDS for w in _WORD.findall(sentence))


_WORD = re.compile(r"[a-z][a-z-]*")
