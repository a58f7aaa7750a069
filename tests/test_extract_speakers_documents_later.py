"""A document given by its kind alone is credited to the body the article then names; a body
called by its capitalised kind ('the Trust') is the body of that kind named before."""

from __future__ import annotations

import pytest

from tracker.extract import extract_text


def _speakers(text: str) -> dict[str, str]:
    return {
        c.attribution.speaker_text: c.attribution.speaker
        for c in extract_text(text, "a")
        if c.attribution is not None
    }


@pytest.mark.parametrize("opening", ["Research", "Analysis", "A survey", "A new study"])
def test_a_document_by_its_kind_is_the_body_named_after_it(opening: str) -> None:
    text = (
        "Cycling to work on the rise\n\n"
        f"{opening} has found that 12% of commuters now cycle in large cities. "
        "The Halden Transport Institute research found that most of them ride less than "
        "5km.\n"
    )
    assert _speakers(text)[opening] == "Halden Transport Institute"


def test_the_capitalised_kind_is_the_body_named_before() -> None:
    text = (
        "Reservoirs low\n\n"
        "The Severn Rivers Trust said on Monday that levels had fallen by 30%. "
        "But the Trust found that 4 of the 9 reservoirs were still above average.\n\n"
        "The report warns that bans may follow in August.\n"
    )
    found = _speakers(text)
    assert found["the Trust"] == "Severn Rivers Trust"
    assert found["The report"] == "Severn Rivers Trust"


def test_a_capitalised_kind_no_body_was_named_by_stays() -> None:
    text = (
        "Reservoirs low\n\n"
        "Levels had fallen by 30%, the water company said. "
        "But the Trust found that 4 of the 9 reservoirs were still above average.\n"
    )
    assert _speakers(text)["the Trust"] in ("Trust", "the Trust")


def test_a_separate_document_is_not_the_one_given_first() -> None:
    text = (
        "Passwords\n\n"
        "Last year, a street survey found that more than 70% of people would share a "
        "password. In a separate survey by Norvale Security, 80% said they were tired of "
        "passwords.\n"
    )
    assert _speakers(text)["a street survey"] != "Norvale Security"


def test_a_document_owned_by_a_body_s_kind_is_that_body() -> None:
    text = (
        "Donors\n\n"
        "The Kellner Institute for Public Money tracks campaign giving. Most donors gave "
        "less than $200, the institute's data show.\n"
    )
    assert _speakers(text)["the institute's data"] == "Kellner Institute for Public Money"
