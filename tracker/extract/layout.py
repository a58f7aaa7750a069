"""Lines of lists and tables (a seed list, a league table, a results box, a price table), and
the headline.

Their figures are not prose claims: each line's number is a position or a cell, and a
checker reads the table, not one claim per line. A row is a short line, mostly figures and
names, that is no sentence; a table is a run of at least ``MIN_ROWS`` rows (blank lines
between them allowed), so one short line alone (a headline, a byline) is never one.
"""

from __future__ import annotations

import re

MIN_ROWS = 3
MAX_ROW_CHARS = 80
_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_FIGURE = re.compile(r"\d")
_SENTENCE_END = re.compile(r"[.?!:;,”\"]\s*$")


def is_row(line: str) -> bool:
    """A short line of figures and names that does not read as a sentence."""
    s = line.strip()
    if not s or len(s) > MAX_ROW_CHARS or not _FIGURE.search(s) or _SENTENCE_END.search(s):
        return False
    words = _WORD.findall(s)
    lower = sum(1 for w in words if w[0].islower() and len(w) > 1 and w != "v")
    figures = len(re.findall(r"\d+(?:[.,]\d+)*", s))
    return lower * 3 <= len(words) + figures and lower <= 2


_HEADLINE = re.compile(r"\s*([^\n]{1,120}?)[ \t]*\n[ \t]*\n")


def headline_span(text: str) -> tuple[int, int] | None:
    """The article's title line: its first line, short, no sentence, a blank line after it.
    Its figures repeat the body's, which states them in full."""
    m = _HEADLINE.match(text)
    if m is None or _SENTENCE_END.search(m.group(1)):
        return None
    return m.start(1), m.end(1)


def table_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every row that belongs to a run of at least MIN_ROWS rows."""
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for m in _LINE.finditer(text):
        if not m.group().strip():
            continue  # blank lines do not break a run
        if is_row(m.group()):
            run.append((m.start(), m.end()))
            continue
        if len(run) >= MIN_ROWS:
            out.extend(run)
        run = []
    if len(run) >= MIN_ROWS:
        out.extend(run)
    return out
