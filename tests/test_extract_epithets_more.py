"""An epithet with a relative clause after it ('The veteran lock, who is 36, told …') and a
role after the acronym of whom the person works for ('the BBC presenter') are the person
named before, as 'he' is."""

from __future__ import annotations

from tracker.extract import extract_text


def _said(text: str, start: str) -> list[str]:
    return [
        c.attribution.speaker
        for c in extract_text(text, "a")
        if c.attribution is not None and c.attribution.speaker_text.startswith(start)
    ]


def test_an_epithet_with_a_relative_clause_is_the_person_before() -> None:
    text = (
        "Keeper retires\n\n"
        "Scotland goalkeeper Ross Baird will retire at the end of the season. "
        "The veteran keeper, who turns 38 in May, told reporters his knees had gone.\n"
    )
    assert _said(text, "The veteran") == ["Ross Baird"]


def test_a_role_after_an_employer_s_acronym_is_the_person_before() -> None:
    text = (
        "Interview\n\n"
        "Maya Okoro pressed the minister on the figures for ten minutes. "
        'In closing, the ITV presenter said, "the numbers simply do not add up."\n'
    )
    assert _said(text, "the ITV") == ["Maya Okoro"]
