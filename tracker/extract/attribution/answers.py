"""In an interview, the next paragraph's quote after the interviewer's is the answer.

News reports an exchange so: 'Lee pressed Bell on the deal. "It looks odd," she said.' and a
new paragraph that opens with a quote and no cue of its own ('"Well, I would tell you …"') —
the person pressed answers, not the interviewer going on. The person asked is named right
after a verb of questioning and before what they were asked about ('pressed Bell on',
'asked Bell whether'); 'asked Bell to resign' is a request, and the quote that follows goes
on with the speaker.
"""

from __future__ import annotations

import re

from tracker.extract.vocab.attribution import TIME_ANCHORS

# A verb of questioning, the person asked, and what about.
_ASKED = re.compile(
    r"\b(?:asked|pressed|questioned|quizzed|grilled)[ \t]+"
    r"([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})[ \t]+"
    r"(?:on|about|over|whether|if|why|how|what|when)\b([ \t]+[\w'’-]+)?"
)


def _a_time(asked: str, after: str | None) -> bool:
    """'was pressed Tuesday on …', 'asked Congress on Tuesday to …': a day or a date where the
    person asked would stand, or the time the asking happened, not its subject."""
    first = asked.split()[0].lower()
    nxt = (after or "").strip().lower()
    return first in TIME_ANCHORS or nxt in TIME_ANCHORS or nxt[:1].isdigit()


def answerer(
    text: str, speaker: tuple[int, int], quote_start: int, last_end: int
) -> tuple[int, int] | None:
    """The span of the person asked in the paragraph of the quote that ended at
    ``last_end``, when the quote at ``quote_start`` opens a new paragraph after it and that
    person is not the one speaking there (``speaker``); None else."""
    gap = text[last_end:quote_start]
    if "\n" not in gap or gap[gap.rfind("\n") :].strip():
        return None  # the same paragraph: the speaker goes on
    start = text.rfind("\n", 0, min(speaker[0], last_end)) + 1
    said = text[speaker[0] : speaker[1]]
    asked = [
        m
        for m in _ASKED.finditer(text, start, last_end)
        if m.group(1) not in said and not _a_time(m.group(1), m.group(2))
    ]
    if not asked:
        return None
    return asked[-1].start(1), asked[-1].end(1)
