"""The run of capitalised words a later 'she' may stand for: ``_NAME_RUN`` matches exactly what
its plain form (a '\\b' before the first word) matches, though it is written to run faster."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from tracker.extract.speakers import _NAME_RUN, _NAME_WORD, _PARTICLE_RUN, _named_people

_PLAIN = re.compile(
    rf"\b{_NAME_WORD}(?:[ \t]+(?:[A-Z]\.[ \t]+)?{_PARTICLE_RUN}{_NAME_WORD}){{1,2}}\b"
)
_PIECES = ["Ann", "Lee", "Kilroy-Silk", "van", "der", "J.", "O'Neil", "Mr", "x", "5", "_"]
_PIECES += [" ", "\t", "\n", ".", ",", "-", "'", "’", "é", "É", "s"]


@given(st.lists(st.sampled_from(_PIECES), max_size=16).map("".join))
def test_the_name_run_matches_what_its_plain_form_matches(text: str) -> None:
    def spans(rx: re.Pattern[str]) -> list[tuple[int, int]]:
        return [m.span() for m in rx.finditer(text)]

    assert spans(_NAME_RUN) == spans(_PLAIN)


def test_a_name_run_starts_at_a_word_only() -> None:
    assert [m.group() for m in _NAME_RUN.finditer("xAnn Lee and ÉAnn Lee; Ann Lee")] == ["Ann Lee"]
    assert _named_people("Then she met Tom Bell.") == [(13, "Tom Bell")]
