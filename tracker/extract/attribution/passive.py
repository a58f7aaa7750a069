"""Rules where the source comes after 'by': 'asked by X whether', 'derided by X'."""

from __future__ import annotations

from collections.abc import Callable

from tracker.extract.attribution.cue import Cue
from tracker.extract.attribution.sentence import mode, trim_end
from tracker.extract.attribution.subject import subject_left
from tracker.extract.found import Found
from tracker.extract.quotes import inside
from tracker.extract.tokens import Token
from tracker.extract.vocab.speech import (
    NOT_AGENT,
    PASSIVE,
    QUESTION_STARTS,
    WEEKDAYS,
)


def opens_question(t: Token) -> bool:
    return t.low in QUESTION_STARTS or t.text in (",", ":", "“", '"')


def agent_end(tokens: list[Token], j: int, stop: Callable[[Token], bool]) -> int | None:
    """Where the name after 'by' (at ``j``) ends: at the first token ``stop`` accepts, or the
    end of the sentence, within eight words; None when no name comes before that."""
    n = len(tokens)
    end = j + 1
    while end < n and end - j <= 8 and not stop(tokens[end]):
        end += 1
    return end if j + 1 < end and end - j <= 8 else None


def passive_by(c: Cue) -> Found | None:
    """'His comments were derided by Armin Laschet', 'a practice criticized by civil rights
    advocates': the one named after 'by' is the source; what was derided is the content."""
    s, tokens, i, j, cue = c.s, c.tokens, c.i, c.j, c.text
    end = agent_end(tokens, j, lambda t: t.text in (",", ".", ";", ":", ")", "—", "–"))
    if end is None:
        return None
    agent = tokens[j + 1]
    if agent.low in NOT_AGENT or agent.text[0].isdigit():
        return None
    k = i
    while k > 0 and tokens[k - 1].low in PASSIVE:
        k -= 1
    subject = subject_left(s, k)
    if subject is None:
        return None
    return Found(
        tokens[j + 1].start,
        tokens[end - 1].end,
        tokens[i].start,
        tokens[j].end,
        tokens[subject[0]].start,
        tokens[subject[1] - 1].end,
        "indirect",
        cue.lower() + " by",
    )


def asked_by(c: Cue) -> Found | None:
    """'Asked by Matt Lauer whether she had practised …', 'was asked by host John Dickerson
    if …': the one named after 'by' asked; the question is what follows the name."""
    text, sent, tokens, quotes = c.s.text, c.s.span, c.tokens, c.s.quotes
    i, j, cue = c.i, c.j, c.text
    n = len(tokens)
    k = agent_end(tokens, j, opens_question)
    if k is None or k >= n:
        return None  # no question after the name
    speaker_end = k
    # 'asked by Ingraham on Thursday about …': the day is neither the asker nor the question.
    while k + 1 < n and tokens[k].low == "on" and tokens[k + 1].low in WEEKDAYS:
        k += 2
    while k < n and tokens[k].text in (",", ":"):
        k += 1
    if k >= n:
        return None
    c_start = tokens[k].start
    c_end = trim_end(text, c_start, sent.end)
    if i == 0 or tokens[i - 1].low in ("when", "after", "once"):
        # 'Asked by Matt Lauer whether …, she laughed': the question ends at the main clause.
        comma = next((t for t in tokens[k:] if t.text == "," and t.start < c_end), None)
        if comma is not None:
            c_end = comma.start
    q = inside(quotes, c_start)
    if q is not None:
        c_end = max(c_end, q.end)
    while tokens[speaker_end - 1].text in (",", ":"):
        speaker_end -= 1
    return Found(
        tokens[j + 1].start,
        tokens[speaker_end - 1].end,
        tokens[i].start,
        tokens[j].end,
        c_start,
        c_end,
        mode(quotes, (c_start, c_end)),
        cue.lower() + " by",
    )
