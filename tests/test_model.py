from __future__ import annotations

import pytest

from tracker.model import (
    Article,
    Attribution,
    Claim,
    Quantity,
    Status,
    article_id_for,
    claim_id_for,
)


def test_article_id_ignores_whitespace_differences() -> None:
    assert article_id_for("Hello  world.\n") == article_id_for("Hello world.")
    assert article_id_for("Hello world.") != article_id_for("Hello world!")


def test_claim_id_depends_on_article_and_span() -> None:
    a = claim_id_for("a_1", 0, 10)
    assert a == claim_id_for("a_1", 0, 10)
    assert a != claim_id_for("a_1", 0, 11)
    assert a != claim_id_for("a_2", 0, 10)
    assert a.startswith("c_")


def test_status_parse_accepts_any_case_and_lists_valid_ones() -> None:
    assert Status.parse("Disputed") is Status.DISPUTED
    with pytest.raises(ValueError, match="unverifiable"):
        Status.parse("wrong")


def test_article_title_is_first_non_empty_line() -> None:
    art = Article.from_text("\n\n  Headline here \nBody.")
    assert art.title == "Headline here"


def test_claim_round_trips_through_dict() -> None:
    claim = Claim(
        id="c_1",
        article_id="a_1",
        text="Blinken said 150,000 workers.",
        start=0,
        end=29,
        kinds=("quantitative", "attributed"),
        quantities=(Quantity("150,000", 13, 20, 150000.0, "count", unit="workers"),),
        attribution=Attribution(
            "Antony Blinken", "Blinken", 0, 7, "said", 8, 12, "indirect", 13, 28
        ),
        status=Status.FALSE,
        evidence=("https://example.org",),
    )
    assert Claim.from_dict(claim.to_dict()) == claim
