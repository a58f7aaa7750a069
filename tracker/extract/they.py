"""'they' to the group or body that spoke: the subject of the same sentence before it, else
of the sentence before ('Ministers do not support a lower limit … They believe …'; 'The
government postponed plans … because they said …'). A subject counts when it is headed by
a group of people ('ministers', 'officials') or a body ('the government', 'the council'),
so 'they' never becomes one person. With none, 'they' stays as written: unresolved, and
shown as such.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from tracker.extract.sentences import Span
from tracker.extract.speaker_check import GROUP_HEADS, ORGANISATION_HEADS

# The sentences back 'they' looks: its own and the one before.
REACH = 1
# An opening noun phrase: an optional determiner, up to three modifiers, a head noun.
_OPENING = re.compile(
    r"[\W\d]*(?:(?:but|and|however|meanwhile|so|yet|still)\W+)?"
    r"((?:the|a|an|some|many|most|all|both)\s+)?((?:[\w’'-]+\s+){0,3}?)([\w’'-]+)\b",
    re.IGNORECASE,
)
_PLURAL_HEADS = GROUP_HEADS - {"others", "many", "some", "both"}


def group_before(text: str, sentences: Sequence[Span], starts: list[int], at: int) -> str | None:
    """The group or body that 'they' at ``at`` stands for, as the text names it."""
    k = bisect.bisect_right(starts, at) - 1
    for i in range(k, max(-1, k - REACH - 1), -1):
        s = sentences[i]
        subject = _opening_subject(text, s.start, min(s.end, at))
        if subject:
            return subject
    return None


def _opening_subject(text: str, start: int, end: int) -> str | None:
    m = _OPENING.match(text, start, end)
    if not m:
        return None
    head = m.group(3).lower()
    modifiers = m.group(2).split()
    if any(w.lower() in _STOP for w in modifiers):
        return None  # 'In the past year officials' is no opening subject
    if head in _PLURAL_HEADS or head in ORGANISATION_HEADS:
        phrase = " ".join([*(m.group(1) or "").split(), *modifiers, m.group(3)])
        return phrase[:1].lower() + phrase[1:] if phrase.split()[0].lower() == "the" else phrase
    return None


_STOP = frozenset(
    """in on at of for to from by with after before during since as than that which who
    said says is are was were has have had will would could not""".split()
)
