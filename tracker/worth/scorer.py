"""The check-worthiness model at run time: a logistic regression over ``features``.

Trained by ``benchmarks/train_worth.py`` on ClaimBuster and CheckThat! 2019 (train split) and
shipped as ``weights.json`` (feature -> weight, small weights pruned). Scoring is a sum of
dictionary look-ups, so it adds little to extraction.
"""

from __future__ import annotations

import itertools
import json
import math
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

WEIGHTS = Path(__file__).with_name("weights.json")
FORMAT = "tracker-worth-model 1"

_ZEROS = itertools.repeat(0.0)


class WorthModel:
    """Scores a sentence's features: 0–100, the model's probability that it is check-worthy."""

    def __init__(self, weights: dict[str, float], bias: float):
        self.weights = weights
        self.bias = bias

    @classmethod
    def load(cls, path: Path = WEIGHTS) -> WorthModel:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            raise ValueError(f"{path.name}: not a {FORMAT} file")
        return cls(data["weights"], float(data["bias"]))

    def logit(self, features: Iterable[str]) -> float:
        # A feature counts as often as it occurs (a word said twice, twice), as in training;
        # map() runs dict.get in C.
        return self.bias + sum(map(self.weights.get, features, _ZEROS))

    def score(self, features: Iterable[str]) -> float:
        z = max(-30.0, min(30.0, self.logit(features)))
        return round(100.0 / (1.0 + math.exp(-z)), 1)


@lru_cache(maxsize=1)
def model() -> WorthModel:
    """The shipped model (its file is package data and always present)."""
    return WorthModel.load()
