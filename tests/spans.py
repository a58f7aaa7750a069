"""The span contract, checked in one place: every offset slices the article to its text."""

from __future__ import annotations

from collections.abc import Iterable

from tracker.model import Claim


def assert_spans_exact(text: str, claims: Iterable[Claim]) -> None:
    for c in claims:
        assert text[c.start : c.end] == c.text
        for q in c.quantities:
            assert text[q.start : q.end] == q.text
        if c.attribution:
            a = c.attribution
            assert text[a.speaker_start : a.speaker_end] == a.speaker_text
            assert text[a.cue_start : a.cue_end]
            assert 0 <= a.content_start < a.content_end <= len(text)
