"""Statements the attribution rules must not miss: a subject set off from its cue by an aside
between dashes, and a fact stated after 'the fact that'."""

from __future__ import annotations

import pytest

from tracker.extract import extract_text


def _said(text: str) -> list[tuple[str, str, str]]:
    body = f"Harbour news\n\n{text}\n"
    return [
        (
            c.attribution.speaker,
            c.attribution.cue,
            body[c.attribution.content_start : c.attribution.content_end],
        )
        for c in extract_text(body, "m")
        if c.attribution
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        (
            "Ms Okafor - a ferry pilot herself - says her crews have carried 40,000 "
            "passengers this year.",
            "Okafor",
            "her crews have carried 40,000 passengers this year",
        ),
        (
            "The harbour master – speaking in Lagos – warned that fees would rise by 12%.",
            "The harbour master",
            "fees would rise by 12%",
        ),
    ],
)
def test_a_subject_before_an_aside_set_off_by_dashes(
    sentence: str, speaker: str, content: str
) -> None:
    assert any(s.endswith(speaker) and c == content for s, _, c in _said(sentence))


def test_dashes_inside_what_was_said_open_no_aside() -> None:
    said = _said("The port said traffic - mostly ferries - rose by 12% in May.")
    assert [(s, c) for s, _, c in said] == [
        ("The port", "traffic - mostly ferries - rose by 12% in May")
    ]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Ms Okafor cited the fact that 12 ferries were idle.", "12 ferries were idle"),
        (
            "The minister noted the fact that 300 jobs had gone since 2019.",
            "300 jobs had gone since 2019",
        ),
    ],
)
def test_the_fact_stated_is_the_clause_after_the_fact_that(sentence: str, content: str) -> None:
    assert content in [c for _, _, c in _said(sentence)]
