"""The span contract, checked in one place.

A span's text is built as the article slice, so comparing the two alone proves nothing;
these checks can fail: every span lies inside the article and is not empty; a quantity or
a speaker starts and ends on a visible character; every quantity lies inside its claim,
after the one before it. Offsets are also compared with text located independently, by
searching the article (``assert_found_at``).
"""

from __future__ import annotations

from collections.abc import Iterable

from tracker.model import Claim


def _assert_span(text: str, start: int, end: int, surface: str, trimmed: bool = True) -> None:
    assert 0 <= start < end <= len(text), (start, end, len(text))
    assert text[start:end] == surface
    if trimmed:
        assert not surface[0].isspace() and not surface[-1].isspace(), repr(surface)


def assert_spans_exact(text: str, claims: Iterable[Claim]) -> None:
    for c in claims:
        # A claim cut inside nested quotes may end on a space; its parts may not.
        _assert_span(text, c.start, c.end, c.text, trimmed=False)
        previous_end = c.start
        for q in c.quantities:
            _assert_span(text, q.start, q.end, q.text)
            assert previous_end <= q.start and q.end <= c.end, (c.text, q.text)
            previous_end = q.end
        if c.attribution:
            a = c.attribution
            _assert_span(text, a.speaker_start, a.speaker_end, a.speaker_text)
            assert 0 <= a.cue_start < a.cue_end <= len(text)
            assert 0 <= a.content_start < a.content_end <= len(text)


def assert_found_at(text: str, surface: str, start: int) -> None:
    """``surface`` occurs once in ``text``, at ``start`` (located by search, not by the span)."""
    assert text.count(surface) == 1, f"{surface!r} is not unique in the article"
    assert text.find(surface) == start, (surface, text.find(surface), start)
