"""Lines of lists and tables: a seed list, a league table, a results box, a price table.

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
