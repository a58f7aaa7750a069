"""Sentence boundaries: abbreviations, initials, quotes, and exact, complete spans."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.extract.sentences import MAX_SENTENCE, paragraphs, sentences


def split(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices rose. Wages fell.", ["Prices rose.", "Wages fell."]),
        ("Mr. Smith and Dr. Jones met in the U.S. Senate.", None),
        ("John F. Kennedy spoke.", None),
        ("“Stop!” she said. He left.", ["“Stop!” she said.", "He left."]),
        # An abbreviation that can close a sentence, then a word that opens one.
        (
            "Attacks in the U.S. He says more are coming.",
            ["Attacks in the U.S.", "He says more are coming."],
        ),
        ("We met at 9 p.m. The rally began late.", ["We met at 9 p.m.", "The rally began late."]),
        ("Acme Co. In a statement, it said no.", ["Acme Co.", "In a statement, it said no."]),
        # A title never closes one: 'He' is a name here.
        ("Talks with Mr. He went well.", None),
        ("Apple Inc. said profits rose.", None),
        ("One line\nAnother line", ["One line", "Another line"]),
    ],
)
def test_boundaries(text: str, expected: list[str] | None) -> None:
    assert split(text) == (expected if expected is not None else [text])


@given(st.text(alphabet=st.sampled_from(list("ab .!?\n\"“”'U.S.Mr")), max_size=80))
def test_every_visible_character_is_in_exactly_one_trimmed_sentence(text: str) -> None:
    spans = sentences(text)
    covered = [0] * len(text)
    for s in spans:
        assert text[s.start : s.end] == text[s.start : s.end].strip() != ""
        for k in range(s.start, s.end):
            covered[k] += 1
    assert all(c <= 1 for c in covered)
    assert all(covered[k] == 1 for k, ch in enumerate(text) if not ch.isspace())
    assert [s.start for s in spans] == sorted(s.start for s in spans)
    assert all(text[p.start : p.end].strip() for p in paragraphs(text))


def test_a_run_without_boundaries_is_cut_into_bounded_sentences() -> None:
    """No sentence is longer than MAX_SENTENCE (cut at a space), and the pieces cover the
    text's words exactly, in order."""
    text = "word " * 3000  # 15,000 characters, no full stop
    spans = sentences(text)
    assert len(spans) > 1
    assert all(s.end - s.start <= MAX_SENTENCE for s in spans)
    assert " ".join(text[s.start : s.end] for s in spans) == text.strip()
