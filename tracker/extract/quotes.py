"""Quotations of an article: pairs of quote marks, found once per article."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from tracker.extract.sentences import Span
from tracker.extract.vocab.speech import CLOSE_QUOTES, OPEN_QUOTES


@dataclass(slots=True)
class Quote:
    start: int  # the opening mark
    end: int  # just after the closing mark (or the end of the paragraph, if unclosed)
    closed: bool


# '' (two apostrophes) is how some papers (and the NYT archive) write a double quote.
_QUOTE_MARK = re.compile("''|[" + OPEN_QUOTES + CLOSE_QUOTES + '"]')


def find_quotes(text: str, paragraphs: Sequence[Span]) -> list[Quote]:
    """Pair quotation marks. Curly quotes are unambiguous; straight ones are read by context.

    A quote left open runs on into the next paragraph if that one opens with a quote mark
    (the newspaper convention) or holds the closing mark; otherwise it ends with its paragraph.
    """
    marks: list[tuple[int, int, bool]] = []  # (start, end, is_opening)
    for m in _QUOTE_MARK.finditer(text):
        i = m.start()
        ch = m.group()
        if ch in OPEN_QUOTES:
            # '“Do you want that?“ he asked': an opening mark typed where a closing one
            # belongs (glued to the words before, a space after) closes the quote.
            before = text[i - 1] if i else " "
            after = text[m.end()] if m.end() < len(text) else " "
            misplaced = (
                not before.isspace()
                and before not in "([{—–-/"
                and (after.isspace() or after in ".,;:!?)")
            )
            marks.append((i, m.end(), not misplaced))
        elif ch in CLOSE_QUOTES:
            marks.append((i, m.end(), False))
        elif ch in ('"', "''"):
            before = text[i - 1] if i else " "
            after = text[m.end()] if m.end() < len(text) else " "
            opening = (before.isspace() or before in "([{—–-/") and not after.isspace()
            marks.append((i, m.end(), opening))
    para_ends = [p.end for p in paragraphs]
    quotes: list[Quote] = []
    open_at: int | None = None
    pi = 0
    for pos, mark_end, opening in marks:
        if open_at is not None:
            # End of the paragraph the open quote is in.
            while pi < len(para_ends) and para_ends[pi] <= open_at:
                pi += 1
            para_end = para_ends[pi] if pi < len(para_ends) else len(text)
            if opening:
                if pos >= para_end and _starts_paragraph(text, pos):
                    continue  # the quote goes on in a new paragraph
                quotes.append(Quote(open_at, para_end if pos >= para_end else pos, False))
                open_at = pos
            else:
                quotes.append(Quote(open_at, mark_end, True))
                open_at = None
        elif opening:
            open_at = pos
    if open_at is not None:
        while pi < len(para_ends) and para_ends[pi] <= open_at:
            pi += 1
        quotes.append(Quote(open_at, para_ends[pi] if pi < len(para_ends) else len(text), False))
    return [q for q in quotes if q.end - q.start > 2]


def _starts_paragraph(text: str, pos: int) -> bool:
    j = pos - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] == "\n"


def inside(quotes: Sequence[Quote], pos: int) -> Quote | None:
    """The quote that holds ``pos``, if any."""
    # Linear is fine: sentences hold few quotes; callers pass a pre-filtered list.
    for q in quotes:
        if q.start <= pos < q.end:
            return q
    return None
