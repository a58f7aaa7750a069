"""The seed article: every quantity and attribution a reader sees, pinned."""

from __future__ import annotations

import pytest
from spans import assert_found_at, assert_spans_exact

from tracker.extract import extract_text
from tracker.model import Claim


@pytest.fixture
def claims(seed_text: str) -> list[Claim]:
    return extract_text(seed_text, "a_seed")


def _quantities(claims: list[Claim]):
    return [q for c in claims for q in c.quantities]


def test_every_span_slices_the_article(seed_text: str, claims: list[Claim]) -> None:
    assert_spans_exact(seed_text, claims)


def test_spans_are_where_a_search_of_the_article_finds_them(
    seed_text: str, claims: list[Claim]
) -> None:
    (workers,) = [q for q in _quantities(claims) if q.value == 150000.0]
    assert_found_at(seed_text, "as high as 150,000", workers.start - len("as high as "))
    assert_found_at(seed_text, "150,000", workers.start)
    (money,) = [q for q in _quantities(claims) if q.kind == "money"]
    assert_found_at(seed_text, "$900 million", money.start)
    told = next(c for c in claims if c.attribution and c.attribution.cue == "told")
    assert_found_at(seed_text, "Deputy Secretary of State Antony Blinken told", told.start)
    assert_found_at(seed_text, "Blinken told", told.attribution.speaker_end - len("Blinken"))
    assert_found_at(seed_text, "Blinken told", told.attribution.cue_start - len("Blinken "))


def test_workers_estimate_is_150000_as_high_as(claims: list[Claim]) -> None:
    (q,) = [q for q in _quantities(claims) if q.text == "150,000"]
    assert q.value == 150000.0 and q.approx == "as high as" and q.kind == "count"


def test_remittances_are_900_million_dollars(claims: list[Claim]) -> None:
    (q,) = [q for q in _quantities(claims) if q.kind == "money"]
    assert q.text == "$900 million"
    assert q.value == 900_000_000.0 and q.unit == "USD" and q.approx == "as much as"


def test_may_6_is_not_a_quantity(claims: list[Claim]) -> None:
    assert not [q for q in _quantities(claims) if "6" in q.text]
    assert len(_quantities(claims)) == 2


def test_every_blinken_statement_is_attributed_to_him(seed_text: str, claims: list[Claim]) -> None:
    blinken = [c for c in claims if c.speaker == "Antony Blinken"]
    starts = [
        "Deputy Secretary of State Antony Blinken told",
        "He also said Washington",
        "“What we are focused on",
        "“We are working in various ways",
        "The United States is also working to make sure",
    ]
    for s in starts:
        assert any(c.text.startswith(s) for c in blinken), s
    told = next(c for c in blinken if c.text.startswith("Deputy"))
    assert told.attribution.cue == "told"
    assert told.attribution.speaker_title == "Deputy Secretary of State"
    he = next(c for c in blinken if c.text.startswith("He also"))
    assert he.attribution.speaker_text == "He"


def test_quote_over_three_sentences_is_a_claim_per_sentence_by_blinken(
    seed_text: str, claims: list[Claim]
) -> None:
    # One statement per sentence (the annotation convention): each is checked on its own.
    start = next(k for k, c in enumerate(claims) if c.text.startswith("“We are working in"))
    quote = claims[start : start + 3]
    assert quote[0].text.endswith("going to the regime.")
    assert quote[1].text.startswith("For example, they have")
    assert quote[2].text == "We’re working to cut those off.”"
    assert all(c.attribution.speaker == "Antony Blinken" for c in quote)
    assert all(c.attribution.mode == "direct" for c in quote)


def test_danny_russel_said_last_week(claims: list[Claim]) -> None:
    (c,) = [c for c in claims if c.speaker == "Danny Russel"]
    assert c.attribution.cue == "said"
    assert "assistant secretary of state" in (c.attribution.speaker_title or "")
    assert "another North Korean nuclear test" in c.text


def test_experts_believe(seed_text: str, claims: list[Claim]) -> None:
    (c,) = [c for c in claims if c.attribution and c.attribution.cue == "believe"]
    assert c.attribution.speaker == "experts"
    content = seed_text[c.attribution.content_start : c.attribution.content_end]
    assert content.startswith("it may conduct a new nuclear test")


def test_the_study_is_the_source_of_the_estimate(claims: list[Claim]) -> None:
    (c,) = [c for c in claims if any(q.text == "150,000" for q in c.quantities)]
    assert set(c.kinds) == {"quantitative", "attributed"}
    assert "Korea Institute for National Unification" in c.attribution.speaker


def test_claim_ids_are_stable(seed_text: str) -> None:
    assert [c.id for c in extract_text(seed_text, "a_x")] == [
        c.id for c in extract_text(seed_text, "a_x")
    ]
