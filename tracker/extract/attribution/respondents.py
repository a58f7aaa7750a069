"""Poll respondents are no speakers.

'Thirty percent said …', 'One in three said …', 'another 12 percent say …', 'the same number
said …', 'respondents ranked …', 'Cuban-Americans polled said …': a share of a poll's sample,
or its respondents as such, answered a question; what they answered is the poll's finding
(credited to the body behind the poll when the text says so), not a statement someone made.
The test is the subject's shape, general by construction: a share (a number of percent, a
number in or of a number, a fraction, 'the same number'), or the respondents named by their
role or by a participle of polling.
"""

from __future__ import annotations

import re

from tracker.extract.vocab.attribution import (
    CARDINAL_WORDS,
    POLLED_PARTICIPLES,
    RESPONDENT_NOUNS,
    SHARE_OPENERS,
)

_CARDINAL = "|".join(sorted(CARDINAL_WORDS, key=len, reverse=True))
_NUMBER = rf"(?:\d[\d,.]*|(?:{_CARDINAL})(?:[\s-]+(?:{_CARDINAL}))*)"
_OPENERS = "|".join(sorted(SHARE_OPENERS, key=len, reverse=True))
_SHARE = re.compile(
    rf"(?i)^(?:(?:{_OPENERS})\s+)*(?:"
    rf"{_NUMBER}\s*(?:%|per\s*cent|percent)"  # 'Thirty percent', 'another 12 percent'
    rf"|{_NUMBER}\s+(?:in|of|out\s+of)\s+{_NUMBER}\b"  # 'One in three', 'eight of 10'
    r"|(?:a|one|two|three)[\s-]+(?:half|halves|third|thirds|quarter|quarters|fifth|fifths)"
    r"(?:\s+of\b|\s*[(]|\s*$)"  # 'two-thirds (of …)', not 'a third source'
    r"|half(?:\s+of\b|\s*$)|(?:the|a)\s+(?:same|similar)\s+(?:number|share|proportion|percentage)\b"
    r")"
)
_WORD = re.compile(r"[A-Za-z’'-]+")
_ASIDE = re.compile(r"[,(—–]|\s(?:who|which|that|whose)\s")


def answers_a_poll(speaker_text: str, speaker: str = "") -> bool:
    """Whether the subject ``speaker_text`` (or the ``speaker`` it resolves to: '12 percent
    who say') is a share of a poll's sample or its respondents ('Thirty percent', 'One in
    three', 'the same number', 'respondents', 'those polled', 'Cuban-Americans polled'),
    whose answers are no one's statement."""
    return _respondents(speaker_text) or (bool(speaker) and _respondents(speaker))


def _respondents(mention: str) -> bool:
    """One mention read as respondents (see ``answers_a_poll``)."""
    mention = " ".join(mention.split())
    if _SHARE.match(mention):
        return True
    # The subject's own phrase, before an aside: 'Harry Bond, …, who was among those
    # polled' is a person, who speaks for himself.
    head = _ASIDE.split(mention, maxsplit=1)[0]
    words = [w.lower() for w in _WORD.findall(head)]
    if not words:
        return False
    if words[-1] in RESPONDENT_NOUNS:
        return True  # 'respondents', 'the survey's respondents'
    return len(words) >= 2 and words[-1] in POLLED_PARTICIPLES  # 'those polled'
