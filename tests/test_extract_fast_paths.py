"""Shortcuts taken for speed find exactly what the full reading finds.

Each shortcut skips work where it can prove nothing would be found; these tests pin the
proof's premises and compare the shortcut with the reading it stands in for.
"""

from __future__ import annotations

import re
import string

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.extract import number_idioms, ranks
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


def _idiom_by_search(text: str, q: Quantity) -> bool:
    """_in_set_phrase without its screen: every phrase searched."""
    saved = number_idioms._PHRASES
    try:
        number_idioms._PHRASES = tuple((p, "") for p, _ in saved)  # '' is in every window
        return number_idioms._in_set_phrase(text, q)
    finally:
        number_idioms._PHRASES = saved


def test_each_idiom_is_screened_by_a_literal_of_its_own() -> None:
    anchors = dict(
        zip(number_idioms.NUMBER_IDIOMS, [a for _, a in number_idioms._PHRASES], strict=True)
    )
    assert anchors["on cloud {nine}"] == "on cloud nine"
    assert anchors["{second}[ -]guess\\w*"] in ("second", "guess")
    assert sum(len(a) >= 4 for a in anchors.values()) >= len(anchors) - 3


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "second",
                "nine",
                "cloud",
                "on",
                "thoughts",
                "thoughtſ",
                "SECOND",
                "the",
                "nines",
                "catch",
                "22",
                "-",
                " ",
                "one",
                "in",
                "a",
                "million",
                "İ",
                "K",
                "x",
                "twice",
            ]
        ),
        max_size=14,
    ),
    st.integers(min_value=0, max_value=40),
)
def test_idioms_found_with_the_screen_as_without(parts: list[str], at: int) -> None:
    text = " ".join(parts)
    start = min(at, len(text))
    q = Quantity(text[start : start + 3], start, min(len(text), start + 3), 1.0, "count")
    assert number_idioms._in_set_phrase(text, q) == _idiom_by_search(text, q)


def test_a_long_s_still_reads_as_an_s_in_an_idiom() -> None:
    text = "He had second thoughtſ about it."
    q = Quantity("second", 7, 13, 2.0, "ratio")
    assert number_idioms._in_set_phrase(text, q)


def _parse_without_shortcut(tokens: list, i: int) -> object:
    """parse_number with ``reads_on`` always true: every figure and article read on."""
    from tracker.extract import numbers
    from tracker.extract.numbers import spelled

    saved = numbers.reads_on, spelled.reads_on
    try:
        numbers.reads_on = spelled.reads_on = lambda tokens, k: True
        return numbers.parse_number(tokens, i)
    finally:
        numbers.reads_on, spelled.reads_on = saved


_NUMBER_PARTS = (
    "a an one two 3 40 1.5 0.5 half quarter quarters third thirds of and over out point minus "
    "hundred hundreds million dozen lakh crore twenty twenty-one two-thirds - fifth report the"
).split()


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_NUMBER_PARTS), min_size=1, max_size=8))
def test_numbers_read_with_the_shortcut_as_without(words: list[str]) -> None:
    from tracker.extract.numbers import parse_number
    from tracker.extract.tokens import tokenize

    tokens = tokenize(" ".join(words))
    for i in range(len(tokens)):
        assert parse_number(tokens, i) == _parse_without_shortcut(tokens, i)


def _glossed_by_scan(text: str) -> dict[str, str]:
    """canonical._glossed without its screen."""
    from tracker.extract import canonical

    saved = canonical._GLOSS_MARK
    try:
        canonical._GLOSS_MARK = re.compile("")  # matches everywhere: the scan always runs
        return canonical._glossed(text, 0)
    finally:
        canonical._GLOSS_MARK = saved


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "the",
                "Supreme",
                "Electoral",
                "Tribunal",
                "(TSE)",
                "(",
                ")",
                "TSE",
                "known",
                "as",
                "by",
                "its",
                "initials",
                ",",
                "Football",
                "Association",
                "FA",
                "\t",
                "(AP)",
                "x",
            ]
        ),
        max_size=14,
    )
)
def test_glosses_found_with_the_screen_as_without(words: list[str]) -> None:
    from tracker.extract import canonical

    text = " ".join(words)
    assert canonical._glossed(text, 0) == _glossed_by_scan(text)
