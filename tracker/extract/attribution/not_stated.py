"""Verbs of saying or showing used where nothing is stated.

Two readings of English, each general by construction:

- A question put to the speaker: 'Asked whether he expected to stay, he said: "…"'. The
  participle clause before the comma reports the question; a cue inside it ('he expected')
  is part of what was asked, not a statement (the answer after the comma is).
- A quality or a deed on display: 'the flanker showed his nous', 'Lufthansa showed signs of
  recovery', 'she proved her worth'. A verb of evidence (show, prove, demonstrate) states a
  finding when its subject is a source of figures or evidence ('polls show a close race',
  'the footage shows a man running'), or when what follows is a clause ('he showed the plan
  was flawed'); after anyone else, a plain object is a thing shown, not a statement.
"""

from __future__ import annotations

import re

from tracker.extract.cue_kinds import lemma_of
from tracker.extract.objects import plain_object
from tracker.extract.speaker_check import PERSON, speaker_kind
from tracker.extract.vocab.attribution import (
    ASKED_OPENINGS,
    EVIDENCE_NOUNS,
    FIGURE_SOURCES,
    SHOWING_LEMMAS,
)

_SENTENCE_BREAK = re.compile(r"[.!?][\"”’]?\s+|\n")
_ASKED = re.compile(
    rf"\s*[\"“‘]?(?:when\s+|after\s+being\s+|being\s+)?asked\s+(?:{'|'.join(ASKED_OPENINGS)})\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z’']+")
_CLAUSE_END = re.compile(r"[,:;\"“”.!?\n]")


def inside_asked_clause(text: str, speaker_start: int, cue_start: int) -> bool:
    """Whether the subject and cue sit in an opening 'Asked whether/if/about …' clause of
    their sentence, before its comma: part of the question put, not a statement."""
    start = max(0, speaker_start - 300)
    opening = text[start:speaker_start]
    breaks = list(_SENTENCE_BREAK.finditer(opening))
    if breaks:
        opening = opening[breaks[-1].end() :]
    elif start > 0:
        return False
    if not _ASKED.match(opening) or "," in opening or "," in text[speaker_start:cue_start]:
        return False
    # The clause closes with a comma after the cue, before the answer ('…, he said: "…"');
    # without one the cue may be the answer's own ('Asked whether … musical he said: "…"').
    rest = _CLAUSE_END.search(text, cue_start)
    return rest is not None and rest.group() == ","


def displays_a_thing(cue: str, speaker_text: str, speaker: str, content: str) -> bool:
    """Whether ``content`` after a verb of evidence ('showed') is a plain object shown by a
    person: a quality or deed, not a finding ('polls showing Trump ahead' state one)."""
    words = cue.split()
    if not words or lemma_of(words[-1]) not in SHOWING_LEMMAS:
        return False
    subject = {w.lower() for w in _WORD.findall(f"{speaker_text} {speaker}")}
    if subject & (FIGURE_SOURCES | EVIDENCE_NOUNS):
        return False
    if speaker_kind(speaker_text, speaker) != PERSON:
        return False  # 'RealClearPolitics showing her ahead': a body's figures
    return plain_object(content, need_determiner=False)
