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


# A field of a fact box or a market report: 'Euro/dollar: UP at $1.1104 from $1.1095',
# 'Turnout: 61.2%'. A short label that opens with a capital (not in capitals only: that is a
# transcript's speaker), a colon, and a short rest with a figure in it.
_FIELD = re.compile(r"([A-Z][^:\n]{0,40}):[ \t]+(\S[^\n]*)")
MAX_FIELD_LABEL_WORDS = 6
MAX_FIELD_WORDS = 12


def is_field(line: str) -> bool:
    """A line of a box of labelled figures, a row whatever its words."""
    m = _FIELD.fullmatch(line.strip())
    if m is None or m.group(1).upper() == m.group(1) or not _FIGURE.search(m.group(2)):
        return False
    return (
        len(m.group(1).split()) <= MAX_FIELD_LABEL_WORDS
        and len(m.group(2).split()) <= MAX_FIELD_WORDS
    )


def line_kind(line: str) -> str:
    """'row' (figures and names, no sentence; or a labelled figure), 'names' (names only: a
    referee, the unused substitutes of a results box) or 'prose'."""
    s = line.strip()
    figure = bool(_FIGURE.search(s))
    if figure and ":" in s and is_field(s):
        return "row"
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


# A line that opens with an item's number: '1 Feel free to say so.', '2. Check the date',
# '3) Ask'. The number is the item's place, not a figure, when the items count on by one.
_ITEM = re.compile(r"^[ \t]*(\d{1,2})[.)]?[ \t]+(?=[^\W\d_])", re.MULTILINE)


def enumeration_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the number of every item of a numbered list: lines that open with 1, 2,
    3 … counted on by one (each item's own lines between them allowed), MIN_ROWS at least."""
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for m in _ITEM.finditer(text):
        number = int(m.group(1))
        if number == len(run) + 1:
            run.append(m.span(1))
            continue
        if len(run) >= MIN_ROWS:
            out.extend(run)
        run = [m.span(1)] if number == 1 else []
    if len(run) >= MIN_ROWS:
        out.extend(run)
    return out


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
