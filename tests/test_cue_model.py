"""The learned cue detector: the shipped weights, what they add to the rules, and training."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.train_cues import examples, train
from tracker.extract import cue_model, extract_text
from tracker.extract.cue_model import CueModel, features
from tracker.extract.tokens import tokenize

SENTENCES = [
    "Headline\n\nThe senator lauded the new trade deal as a win for farmers.",
    "Headline\n\nThe governor bragged that the state had balanced its budget.",
    "Headline\n\nThe mayor chided the council for its delays on the budget.",
]


def _cues(text: str) -> list[tuple[str | None, str]]:
    return [
        (c.attribution.speaker, c.attribution.cue)
        for c in extract_text(text, "a", everything=True)
        if c.attribution
    ]


def test_the_shipped_model_loads() -> None:
    model = cue_model.model()
    assert model is not None
    assert 0 < model.threshold < 1
    assert "expect" in model.vocabulary
    assert len(model.weights) > 1000  # a real table, not an empty one


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    zip(
        SENTENCES,
        ["The senator", "The governor", "The mayor"],
        ["lauded", "bragged", "chided"],
        strict=True,
    ),
)
def test_the_model_finds_cues_the_lexicon_lacks(
    text: str, speaker: str, cue: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # None of these verbs is in the hand-written lexicon; the model learned them.
    assert (speaker, cue) in _cues(text)
    monkeypatch.setattr(cue_model, "model", lambda: None)
    assert _cues(text) == []


def test_the_model_does_not_make_everything_a_cue() -> None:
    text = "The bridge went down in 1998 and the river has flooded the valley twice since."
    assert _cues(text) == []


def test_features_describe_the_word_and_its_neighbours() -> None:
    tokens = tokenize("Officials expect that prices will rise.")
    f = features(tokens, 1)
    assert "w=expect" in f and "p1=officials" in f and "n1=that" in f and "that" in f
    assert features(tokens, 1) == f  # deterministic


def test_a_foreign_or_broken_weights_file_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "w.json"
    bad.write_text(json.dumps({"format": "something else"}))
    with pytest.raises(ValueError):
        CueModel.load(bad)


def test_training_learns_a_cue_from_labelled_articles() -> None:
    # A tiny corpus of our own: 'lit into' heads a cue where a person does it to a person.
    sentences = [
        ("Smith lit into Jones over the budget.", True),
        ("The mayor lit into the council for its delays.", True),
        ("She lit into her rivals at the rally.", True),
        ("The fire lit up the night sky.", False),
        ("Jones lit the candles before dinner.", False),
    ]
    data = []
    for text, is_cue in sentences * 3:
        start = text.index(" lit ") + 1
        cues = [(start, start + len("lit into"))] if is_cue else []
        data.extend(examples(text, cues))
    weights, vocabulary = train(data, min_count=2, l2=1e-4, epochs=200, threshold=0.5)
    model = CueModel(weights, vocabulary, 0.5)
    yes = tokenize("The senator lit into the governor on Tuesday.")
    no = tokenize("A match lit the fuse.")
    assert model.proposes(yes, 2)
    assert not model.proposes(no, 2)
