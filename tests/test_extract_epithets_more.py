"""An epithet with a relative clause after it ('The veteran lock, who is 36, told …') and a
role after the acronym of whom the person works for ('the BBC presenter') are the person
named before, as 'he' is."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize("office", ["FBI director", "IMF chief", "UN envoy", "EU ambassador"])
def test_an_office_after_a_body_s_acronym_is_not_the_person_before(office: str) -> None:
    # 'the FBI director' is the one holder of the body's office, not whoever spoke last.
    text = (
        "Hearing\n\n"
        "Ruth Alder questioned Paul Kwan for an hour on Tuesday. "
        f"The {office} said the agency had acted within the law.\n"
    )
    assert _said(text, "The") == [f"The {office}"]
