"""Poll respondents answer a poll; what they answered is no one's statement."""

from __future__ import annotations

import pytest

from tracker.extract import extract_text
from tracker.extract.attribution.respondents import answers_a_poll

POLL = (
    "Ferry poll\n\n"
    "A survey of 600 islanders by the Harbour Institute found that support for the ferry "
    "subsidy had fallen to 52 percent.\n\n"
    "Forty-one percent said the timetable had got worse since 2022. "
    "One in four said they had missed a hospital appointment, and another 9 percent who "
    "said they rarely travel were unsure. Respondents said fares were the main worry.\n\n"
    "The council's transport chief, Ada Morrow, said the findings would shape the budget.\n"
)


@pytest.mark.parametrize(
    "mention",
    [
        "Forty-one percent",
        "another 9 percent",
        "One in four",
        "eight of 10 drivers",
        "the same number",
        "two-thirds",
        "Respondents",
        "those polled",
        "islanders surveyed",
    ],
)
def test_a_share_of_a_sample_answers_a_poll(mention: str) -> None:
    assert answers_a_poll(mention)


@pytest.mark.parametrize(
    "mention",
    [
        "Ada Morrow",
        "the Harbour Institute",
        "Two of the officers",
        "Half-time substitute Lee",
        "Ada Morrow, a nurse who was among those polled",
    ],
)
def test_people_and_bodies_are_no_respondents(mention: str) -> None:
    assert not answers_a_poll(mention)


def test_respondents_answers_are_no_claims_the_pollster_and_officials_are() -> None:
    claims = extract_text(POLL, "p")
    speakers = {c.attribution.speaker for c in claims if c.attribution}
    assert "Ada Morrow" in speakers and "Harbour Institute" in " ".join(speakers)
    for c in claims:
        if "Forty-one percent" in c.text or "One in four" in c.text or "Respondents" in c.text:
            assert c.attribution is None, c.text
    # Their figures stay, as a plain quantitative claim.
    assert any("Forty-one percent" in c.text and c.quantities for c in claims)
