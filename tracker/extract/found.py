"""The record an attribution rule makes: spans of speaker, cue and content, before the
speaker is resolved against the rest of the article (``speakers.resolve``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Found:
    """An attribution before the speaker is resolved against the rest of the article."""

    speaker_start: int
    speaker_end: int
    cue_start: int
    cue_end: int
    content_start: int
    content_end: int
    mode: str
    cue: str
    continuation_of: int | None = None  # index of the Found this quote continues
    rule: str = ""  # the name of the rule that made it (``attribution/rules.py``)
