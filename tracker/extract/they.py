"""'they' to the group or body that spoke: the subject of the same sentence before it, else
of the sentence before ('Ministers do not support a lower limit … They believe …'; 'The
government postponed plans … because they said …'). A subject counts when it is headed by
a group of people ('ministers', 'officials') or a body ('the government', 'the council'),
so 'they' never becomes one person. Failing that (``spoken_before``), a group or body that
spoke there ('"…," the MPs said. They said …'), or a plural noun phrase that opens the
sentence, read to its verb ('The tobacco companies deny …. They also say …'). With none,
'they' stays as written: unresolved, and shown as such.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from tracker.extract.it_body import opening_words, plural, sentences_back
from tracker.extract.sentences import Span
from tracker.extract.speaker_check import (
    GROUP,
    GROUP_HEADS,
    ORGANISATION,
    ORGANISATION_HEADS,
    PERSON,
    speaker_kind,
)
from tracker.extract.vocab.speech import PRONOUNS
from tracker.model import Attribution

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
        end = min(s.end, at)
        subject = _named_members(text, s.start, end) or _opening_subject(text, s.start, end)
        if subject:
            return subject
    return None


# A plural subject and the members it names ('Major companies including Volkswagen,
# DaimlerChrysler and Siemens have …', 'Unions such as Unison and the GMB say …'): 'they'
# is the members named, as written.
_NAME_WORD = r"(?:the[ \t]+)?[A-Z][\w&’'.-]*(?:[ \t]+[A-Z][\w&’'.-]*){0,3}"
_MEMBERS = re.compile(
    r"[\W\d]*(?:(?i:but|and|however|meanwhile|so|yet|still)\W+)?"
    r"(?:(?i:the|some|many|most|all|both|several|other)[ \t]+)?((?:[\w’'-]+[ \t]+){0,3}?)"
    r"[a-z]+s,?[ \t]+(?:including|such[ \t]+as|like|among[ \t]+them)[ \t]+"
    rf"({_NAME_WORD}(?:,[ \t]+{_NAME_WORD})*,?[ \t]+(?:and|or)[ \t]+{_NAME_WORD})\b"
    r"(?![ \t]+(?:of|for)\b)"  # a name read to its end ('the Association of …' is not cut)
)


def _named_members(text: str, start: int, end: int) -> str | None:
    """The members a plural opening subject names ('Firms such as Acme and Bolt'), if any."""
    chunk = text[start:end]
    if not any(cue in chunk for cue in _MEMBER_CUES):
        return None  # the cheap screen before the pattern
    m = _MEMBERS.match(text, start, end)
    if not m or any(w.lower() in _NOT_NP for w in m.group(1).split()):
        return None  # 'While groups like …': a clause, not the sentence's subject
    return m.group(2)


_MEMBER_CUES = ("including", " as ", " like ", "among them")


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


def spoken_before(
    text: str,
    sentences: Sequence[Span],
    at: int,
    speakers: tuple[list[int], dict[int, Attribution]],
) -> str | None:
    """The group or body that 'they' at ``at`` stands for when no opening subject names one:
    a speaker of that kind in its sentence before it or in the sentence before, else the
    plural noun phrase that opens one of them."""
    for s, end, spoke in sentences_back(text, sentences, at, speakers):
        for a in spoke:
            mention = a.speaker_text.split()
            if mention and mention[0].lower() not in PRONOUNS and _many(a):
                return a.speaker
        words = opening_words(text, s.start, end)
        if words and words[0].lower() == "the":
            words[0] = "the"
        if len(words) >= 2 and _plural_head(words) and not any(w.lower() in _NOT_NP for w in words):
            return " ".join(words)
    return None


def _many(a: Attribution) -> bool:
    """Whether a speaker is a group or a body: by its kind, or a plural head ('the MPs')."""
    words = a.speaker_text.split()
    if any(w.lower() in _NOT_NP - _POSTMODIFIERS for w in words):
        return False  # 'the inability to enforce court orders': no noun phrase
    kind = speaker_kind(a.speaker_text, a.speaker)
    if kind in (GROUP, ORGANISATION):
        return True
    # A plural head, not a surname ending in 's' ('the MPs', 'Tories'; not 'Ann Spears').
    return kind != PERSON and _plural_head(words)


def _plural_head(words: list[str]) -> bool:
    """A plural head noun: not a surname ending in 's' after a first name ('Ann Spears')."""
    before = words[-2] if len(words) >= 2 else ""
    return plural(words[-1]) and not (words[-1][:1].isupper() and before[:1].isupper())


# Words no opening noun phrase holds: prepositions, subordinators and sentence adverbs mean
# the sentence opens with a phrase or a clause ('Within marriages', 'Though executives', 'the
# inability to enforce court orders'), whose nouns are not its subject.
_NOT_NP = _STOP | frozenset(
    """though although unless when while if because whether over under within along such
    neither nor meanwhile through into onto upon about across against among between""".split()
)
# Prepositions that open a noun's own modifier ('officials in Washington', 'leaders of the
# party'): a speaker's noun phrase may hold them.
_POSTMODIFIERS = frozenset("of in on at for from by".split())
