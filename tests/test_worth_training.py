"""The training script of the check-worthiness model: deterministic, sensible signs."""

from __future__ import annotations

import pytest

from benchmarks.train_worth import Sentence, fit


def test_training_is_deterministic() -> None:
    pytest.importorskip("sklearn")
    data = [
        Sentence(text, label, source, features=text.lower().split())
        for text, label, source in [
            ("taxes rose 5 percent", True, "claimbuster"),
            ("i think so", False, "claimbuster"),
            ("jobs fell 3 percent", True, "checkthat"),
            ("thank you all", False, "checkthat"),
            ("we will win", False, "claimbuster"),
        ]
    ]
    first, again = fit(data), fit(data)
    assert first.weights == again.weights and first.intercept == again.intercept
    assert first.weights["percent"] > 0 > first.weights.get("i", -1.0)
