"""Check-worthiness: opinion against checkable statements, figures, determinism, features."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tracker.extract import extract_text
from tracker.worth.assess import assess_claim, assess_sentence, is_opinion
from tracker.worth.features import categories, features, words
from tracker.worth.scorer import WorthModel

OPINIONS = [
    "I think we can do a lot better than this.",
    "Thank you so much, it's great to be here tonight.",
    "I look forward to working with every one of you.",
    "We will make this country safe again.",
    "I hope the people of this state will stand with me.",
    "What are you going to do about it?",
]
CHECKABLE = [
    "Unemployment rose to 8.5 percent in 2009, the highest rate in 26 years.",
    "My opponent voted against the defence budget three times.",
    "We have lost 700,000 manufacturing jobs since the trade deal was signed.",
    "The deficit has doubled under this administration.",
]


@pytest.mark.parametrize("sentence", OPINIONS)
def test_opinion_intent_thanks_and_questions_are_flagged(sentence: str) -> None:
    assert assess_sentence(sentence).opinion


@pytest.mark.parametrize("sentence", CHECKABLE)
def test_checkable_statements_are_not_opinion_and_score_high(sentence: str) -> None:
    result = assess_sentence(sentence)
    assert not result.opinion
    assert result.worth >= 50


def test_every_checkable_statement_outranks_every_opinion() -> None:
    lowest_checkable = min(assess_sentence(s).worth for s in CHECKABLE)
    highest_opinion = max(assess_sentence(s).worth for s in OPINIONS)
    assert lowest_checkable > highest_opinion


def test_a_figure_raises_worth() -> None:
    vague = assess_sentence("Crime went up in the city last year.")
    precise = assess_sentence("Crime went up 40 percent in the city last year.")
    assert precise.worth > vague.worth


def test_an_opinion_with_a_figure_is_not_flagged() -> None:
    result = assess_sentence("I think we lost 700,000 jobs last year.")
    assert not result.opinion


def test_scores_are_deterministic_and_in_range() -> None:
    first = [assess_sentence(s) for s in OPINIONS + CHECKABLE]
    again = [assess_sentence(s) for s in OPINIONS + CHECKABLE]
    assert first == again
    assert all(0.0 <= r.worth <= 100.0 for r in first)


def test_a_claim_scores_as_its_sentence_does() -> None:
    text = "The council said it had spent £4.5m on repairs since 2019."
    (claim,) = extract_text(text, "a1")
    assert assess_claim(claim) == assess_sentence(text)


def test_empty_and_odd_text_still_scores() -> None:
    for text in ("", "   ", "?!", "\x1b[31m red \x00", "€€€ 1e308 %%%"):
        assert 0.0 <= assess_sentence(text).worth <= 100.0


def test_words_straighten_apostrophes_and_keep_only_the_shape_of_figures() -> None:
    assert words("We’re 9 million jobs short, 3.5% of them since 2009.") == [
        "we're", "0", "million", "jobs", "short", "0.0", "%", "of", "them", "since", "0000",
    ]  # fmt: skip


def test_categories_find_opinion_intent_thanks_and_rhetoric() -> None:
    assert categories(words("I think so.")) == ["opinion"]
    assert categories(words("We're going to win.")) == ["intent"]
    assert categories(words("Thank you, Iowa!")) == ["thanks"]
    assert categories(words("Believe me, folks.")) == ["rhetoric"]
    assert categories(words("Thinking is hard.")) == []  # whole phrases only


def test_features_see_comparison_extremes_hedges_and_questions() -> None:
    found = set(features("Is it perhaps the cheapest plan, cheaper than theirs?"))
    assert {"comparative", "superlative", "hedge", "question"} <= found
    assert "superlative" not in features("The interest was modest.")


def test_opinion_needs_a_low_worth_and_no_figure() -> None:
    assert is_opinion("I think so.", ["opinion"], has_figure=False, worth=10.0)
    assert not is_opinion("I think so.", ["opinion"], has_figure=True, worth=10.0)
    assert not is_opinion("I think so.", ["opinion"], has_figure=False, worth=90.0)
    assert not is_opinion("Taxes rose.", [], has_figure=False, worth=10.0)


def test_a_weights_file_of_another_format_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "weights.json"
    path.write_text(json.dumps({"format": "something else", "bias": 0, "weights": {}}))
    with pytest.raises(ValueError, match="not a tracker-worth-model"):
        WorthModel.load(path)


def test_the_model_counts_a_repeated_feature_each_time() -> None:
    model = WorthModel({"a": 1.0, "b": -1.0}, bias=0.0)
    assert model.logit(["a", "a", "b", "unknown"]) == 1.0
    assert model.score(["a"]) == pytest.approx(73.1)
