"""Train the check-worthiness model (``tracker/worth/scorer.py``) and write its weights.

    python -m benchmarks.train_worth [-C 0.3] [-o PATH]

Data: ClaimBuster's 2.5xNCS set (9,674 debate sentences, check-worthy or not) and the
*training* transcripts of CLEF CheckThat! 2019 task 1 (16,421 sentences); the CheckThat!
test split is never read here. Each sentence's features are those ``tracker worth`` computes
(``tracker.worth.assess.sentence_features``: extraction runs on it). A logistic regression
(scikit-learn, L2, lbfgs: deterministic) over feature counts is fitted with one extra
feature per data set, so that the two sets' different shares of positives (29% and 2.7%)
land in those two weights
and not in the words; the shipped bias is ClaimBuster's, so a score reads as "the chance that
ClaimBuster's annotators would call it check-worthy". Weights under ``PRUNE`` are dropped.
"""

from __future__ import annotations

import argparse
import csv
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from tracker.worth.assess import sentence_features
from tracker.worth.scorer import FORMAT, WEIGHTS

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
CLAIMBUSTER = DATA / "claimbuster" / "kfold_25ncs.json"
CHECKTHAT_TRAIN = DATA / "checkthat2019-task1" / "CT19-T1-Training.csv"
C = 0.3
PRUNE = 0.05
SOURCES = ("claimbuster", "checkthat")


@dataclass(slots=True)
class Sentence:
    text: str
    label: bool
    source: str  # claimbuster | checkthat
    transcript: str = ""  # CheckThat!: the file it comes from
    features: list[str] | None = None


def load_claimbuster() -> list[Sentence]:
    rows = json.loads(CLAIMBUSTER.read_text(encoding="utf-8"))
    return [Sentence(r["text"], r["label"] == 1, "claimbuster") for r in rows]


def load_checkthat_train() -> list[Sentence]:
    """The training transcripts, in transcript order (the file is in that order)."""
    with CHECKTHAT_TRAIN.open(encoding="utf-8", newline="") as f:
        return [
            Sentence(r["text"], r["label"] == "1", "checkthat", r["file_name"])
            for r in csv.DictReader(f)
        ]


def with_features(sentences: list[Sentence]) -> list[Sentence]:
    for s in sentences:
        s.features = sentence_features(s.text)
    return sentences


@dataclass(slots=True)
class Fitted:
    weights: dict[str, float]
    intercept: float
    source_bias: dict[str, float]

    def logits(self, sentences: Sequence[Sentence], source: str = "claimbuster") -> np.ndarray:
        bias = self.intercept + self.source_bias[source]
        get = self.weights.get
        return np.array([bias + sum(get(f, 0.0) for f in s.features or ()) for s in sentences])


def fit(sentences: Sequence[Sentence], c: float = C, checkthat_weight: float = 1.0) -> Fitted:
    """A logistic regression over the sentences' feature counts and their source
    (``checkthat_weight``: how much one CheckThat! sentence counts beside a ClaimBuster one)."""
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    index: dict[str, int] = {"src=" + name: k for k, name in enumerate(SOURCES)}
    rows, cols = [], []
    for i, s in enumerate(sentences):
        # A repeated feature is summed into its cell: counts, as the scorer adds them up.
        for f in [*(s.features or ()), "src=" + s.source]:
            rows.append(i)
            cols.append(index.setdefault(f, len(index)))
    x = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(sentences), len(index)))
    y = np.array([s.label for s in sentences])
    lr = LogisticRegression(C=c, solver="lbfgs", max_iter=3000, tol=1e-5)
    lr.fit(
        x,
        y,
        sample_weight=[checkthat_weight if s.source == "checkthat" else 1.0 for s in sentences],
    )
    coef = lr.coef_[0]
    names = list(index)
    weights = {
        names[k]: float(coef[k]) for k in range(len(SOURCES), len(names)) if abs(coef[k]) >= PRUNE
    }
    sources = {name: float(coef[k]) for k, name in enumerate(SOURCES)}
    return Fitted(weights, float(lr.intercept_[0]), sources)


def write(fitted: Fitted, path: Path, n: dict[str, int]) -> None:
    data = {
        "format": FORMAT,
        "trained_on": (
            f"ClaimBuster 2.5xNCS ({n['claimbuster']} sentences) + CLEF CheckThat! 2019 task 1 "
            f"training transcripts ({n['checkthat']} sentences)"
        ),
        "bias": round(fitted.intercept + fitted.source_bias["claimbuster"], 4),
        "weights": {k: round(v, 4) for k, v in sorted(fitted.weights.items())},
    }
    path.write_text(json.dumps(data, separators=(",", ":"), sort_keys=True) + "\n", "utf-8")


def main(c: float = C, out: Path = WEIGHTS) -> None:
    data = with_features(load_claimbuster() + load_checkthat_train())
    fitted = fit(data, c)
    counts = {name: sum(s.source == name for s in data) for name in SOURCES}
    write(fitted, out, counts)
    print(f"train_worth: {len(fitted.weights)} weights (C={c}) written to {out}")


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("-C", type=float, default=C, help="inverse L2 strength")
    p.add_argument("-o", "--output", type=Path, default=WEIGHTS)
    a = p.parse_args()
    main(a.C, a.output)
