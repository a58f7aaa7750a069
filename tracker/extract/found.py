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

    # Written out, as Token's is: mypyc compiles this one, while the __init__ @dataclass
    # generates stays Python (tests/test_extract_written_inits.py holds it to the fields).
    def __init__(
        self,
        speaker_start: int,
        speaker_end: int,
        cue_start: int,
        cue_end: int,
        content_start: int,
        content_end: int,
        mode: str,
        cue: str,
        continuation_of: int | None = None,
        rule: str = "",
    ) -> None:
        self.speaker_start = speaker_start
        self.speaker_end = speaker_end
        self.cue_start = cue_start
        self.cue_end = cue_end
        self.content_start = content_start
        self.content_end = content_end
        self.mode = mode
        self.cue = cue
        self.continuation_of = continuation_of
        self.rule = rule
