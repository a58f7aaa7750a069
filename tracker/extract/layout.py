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
# Small words a list of names and results holds: own goal, penalty, versus, name particles.
_ROSTER_SMALL_WORDS = frozenset("og pen v vs and of de da van der von le la".split())


def line_kind(line: str) -> str:
    """'row' (figures and names, no sentence), 'names' (names only: a referee, the unused
    substitutes of a results box) or 'prose'."""
    s = line.strip()
    figure = bool(_FIGURE.search(s))
    if not figure or len(s) > MAX_ROW_CHARS or _SENTENCE_END.search(s):
        # No row whatever its words: one lower-case word makes it prose, and most lines of
        # an article show one within a few words (no need to read the rest).
        if any(_is_lower_word(m.group()) for m in _WORD.finditer(s)):
            return "prose"
        return "row" if figure else "names"
    words = _WORD.findall(s)
    lower = sum(map(_is_lower_word, words))
    if not lower:
        return "row"
    figures = len(re.findall(r"\d+(?:[.,]\d+)*", s))
    return "row" if lower * 3 <= len(words) + figures and lower <= 2 else "prose"


def _is_lower_word(w: str) -> bool:
    """A word in lower case that a list of names and results does not hold."""
    return w[0].islower() and w.casefold().rstrip(".") not in _ROSTER_SMALL_WORDS


def is_row(line: str) -> bool:
    """A line of figures and names that does not read as a sentence."""
    return line_kind(line) == "row"


_HEADLINE = re.compile(r"\s*([^\n]{1,120}?)[ \t]*\n[ \t]*\n")


def headline_span(text: str) -> tuple[int, int] | None:
    """The article's title line: its first line, short, no sentence, a blank line after it.
    Its figures repeat the body's, which states them in full."""
    m = _HEADLINE.match(text)
    if m is None or _SENTENCE_END.search(m.group(1)):
        return None
    return m.start(1), m.end(1)


def is_roster(sentence: str) -> bool:
    """A results box run into prose: 'Goals: Rooney 68, Dunne 75 og.', 'Man City: James, Mills
    (Wright-Phillips 83), Dunne, …' — names and figures only, listed after a colon or by commas."""
    if not _FIGURE.search(sentence) or (":" not in sentence and sentence.count(",") < 3):
        return False
    words = _WORD.findall(sentence)
    return bool(words) and all(
        w[0].isupper() or w.casefold().rstrip(".") in _ROSTER_SMALL_WORDS for w in words
    )


def table_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every row in a run of at least MIN_ROWS lines of rows and names (blank
    lines between them allowed), two of them rows or more."""
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    lines = 0
    for m in _LINE.finditer(text):
        kind = line_kind(m.group()) if m.group().strip() else "blank"
        if kind == "blank":
            continue  # blank lines do not break a run
        if kind != "prose":
            lines += 1
            if kind == "row":
                run.append((m.start(), m.end()))
            continue
        if lines >= MIN_ROWS and len(run) >= 2:
            out.extend(run)
        run, lines = [], 0
    if lines >= MIN_ROWS and len(run) >= 2:
        out.extend(run)
    return out
