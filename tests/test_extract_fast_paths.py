"""Shortcuts taken for speed find exactly what the full reading finds.

Each shortcut skips work where it can prove nothing would be found; these tests pin the
proof's premises and compare the shortcut with the reading it stands in for.
"""

from __future__ import annotations

import re
import string

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.extract import ranks
from tracker.model import Quantity


def _ranks_by_scan(text: str) -> list[Quantity]:
    """find_ranks without its shortcut: the scan over every sentence."""
    saved = ranks._RANK_WORDS
    try:
        ranks._RANK_WORDS = ("",)  # '' is in every text: the shortcut never applies
        return ranks.find_ranks(text, 0, len(text))
    finally:
        ranks._RANK_WORDS = saved


def test_case_twins_are_every_other_character_an_ascii_letter_matches() -> None:
    letter = re.compile("[a-z]", re.IGNORECASE)
    twins = {chr(c) for c in range(128, 0x110000) if letter.fullmatch(chr(c))}
    assert twins == ranks.CASE_TWINS


def test_ranks_found_with_the_shortcut_as_without() -> None:
    for text in [
        "It is the third-largest bank.",
        "It is the THIRD LARGEST bank.",
        "It is the third largeſt bank.",  # a long s: ignoring case, an s
        "The 2nd biggest firm, worth £5bn, is the fifth richest.",
        "Nothing to rank here.",
    ]:
        assert ranks.find_ranks(text, 0, len(text)) == _ranks_by_scan(text)
    assert ranks.find_ranks("the third largeſt", 0, 17)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["third", "2nd", "Largest", "best", "ſ", "K", "-", " ", "place", "x"])
        | st.text(alphabet=string.ascii_letters + " -İı", max_size=6),
        max_size=12,
    )
)
def test_ranks_shortcut_on_any_words(parts: list[str]) -> None:
    text = "".join(parts)
    assert ranks.find_ranks(text, 0, len(text)) == _ranks_by_scan(text)
