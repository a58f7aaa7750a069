"""Train the cue detector (``tracker/extract/cue_model.py``) on PolNeAR's train split.

    python -m benchmarks.train_cues [--min-count 2] [--threshold 0.4] [-o PATH]

Every word outside a quotation that PolNeAR's *train* split shows heading a cue at least
``--min-count`` times is an example: positive where it heads a cue with a source (the cue's
first word that is neither an auxiliary nor another function word nor an adverb), negative
elsewhere. A logistic regression (L2, Adam, full batch, in numpy; deterministic) is fitted on
their features and weights under 0.1 in size are dropped (no loss measured). Dev and test are
never read here. The threshold (0.4) and the other settings were chosen by five-fold
cross-validation on train (``--min-count`` 1–3, thresholds 0.3–0.5, L2 1e-4–1e-6 all within
0.002 F1 of each other), then checked once on dev.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

import numpy as np

from benchmarks.eval_extract import DATA, read_ann
from tracker.extract.cue_model import FORMAT, WEIGHTS, features
from tracker.extract.quotes import find_quotes
from tracker.extract.sentences import paragraphs, sentences
from tracker.extract.tokens import tokenize

# Words that open a cue span but carry none of its meaning ('has said', 'did not respond
# to', 'would get rid of'): the rules find the speaker before them and the content after the
# word that does, so that word (the head) is what is taught as the cue.
FUNCTION_WORDS = frozenset(
    """has have had having is was are were be been being am do does did will would could can
    may might should must shall not never to a an the also still then just now already
    recently earlier later again even only of in on at by for with from as that this""".split()
)


Example = tuple[str, list[str], bool]  # word, features, heads a cue


def articles(split: str = "train") -> list[tuple[str, list[tuple[int, int]]]]:
    """(text, cue spans of relations with a source) per annotated article."""
    root = DATA / "polnear" / split
    out = []
    for text_path in sorted((root / "text").glob("*.txt")):
        anns = sorted((root / "attributions").glob(text_path.stem + "*.ann"))
        if anns:
            gold = read_ann(anns[0])
            cues = [span for g in gold if "Cue" in g and "Source" in g for span in g["Cue"]]
            out.append((text_path.read_text(encoding="utf-8"), cues))
    return out


def examples(text: str, cues: list[tuple[int, int]]) -> list[Example]:
    """Every word of one article outside quotations, labelled."""
    # A cue's head: its first word that is neither a function word nor an adverb
    # ('has repeatedly said' -> said).
    heads = set()
    for s, e in cues:
        words = [t for t in tokenize(text, s, e) if t.text[0].isalpha()]
        head = next(
            (t for t in words if t.low not in FUNCTION_WORDS and not t.low.endswith("ly")), None
        )
        if head is not None:
            heads.add(head.start)
    quotes = find_quotes(text, paragraphs(text))
    out = []
    qi = 0
    for sent in sentences(text):
        tokens = tokenize(text, sent.start, sent.end)
        for i, t in enumerate(tokens):
            if not t.text[0].isalpha():
                continue
            while qi < len(quotes) and quotes[qi].end <= t.start:
                qi += 1
            if qi < len(quotes) and quotes[qi].start <= t.start:
                continue  # inside a quotation: the rules never look there for cues
            out.append((t.low, features(tokens, i), t.start in heads))
    return out


def train(
    data: list[Example],
    min_count: int,
    l2: float,
    epochs: int,
    threshold: float,
    prune: float = 0.1,
) -> tuple[dict[str, float], set[str]]:
    """Weights (small ones dropped) and vocabulary learned from ``data``."""
    positives = Counter(word for word, _, label in data if label)
    vocabulary = {word for word, k in positives.items() if k >= min_count}
    kept = [(word, f, label) for word, f, label in data if word in vocabulary]
    index: dict[str, int] = {}
    rows = [[index.setdefault(x, len(index)) for x in f] for _, f, _ in kept]
    labels = np.array([label for _, _, label in kept], dtype=bool)
    w = fit(rows, labels, len(index), l2, epochs)
    # A word the model never proposes on its own training data is not worth scoring at run
    # time: it leaves the vocabulary (about 8% of it, the frequent words among them).
    cut = np.log(threshold / (1 - threshold))
    proposed = {word for (word, _, _), row in zip(kept, rows, strict=True) if w[row].sum() >= cut}
    names = list(index)
    weights = {names[k]: round(float(w[k]), 3) for k in np.flatnonzero(np.abs(w) >= prune)}
    return weights, vocabulary & proposed


def fit(rows: list[list[int]], labels: np.ndarray, dim: int, l2: float, epochs: int) -> np.ndarray:
    """Logistic regression by full-batch Adam over sparse binary features."""
    lengths = np.array([len(r) for r in rows])
    flat = np.fromiter((f for r in rows for f in r), dtype=np.int64, count=int(lengths.sum()))
    row_of = np.repeat(np.arange(len(rows)), lengths)
    offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    w = np.zeros(dim)
    m = np.zeros(dim)
    v = np.zeros(dim)
    lr, b1, b2 = 0.05, 0.9, 0.999
    y = labels.astype(np.float64)
    for step in range(1, epochs + 1):
        z = np.add.reduceat(w[flat], offsets)
        p = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
        g = np.bincount(flat, weights=(p - y)[row_of], minlength=dim) / len(rows) + l2 * w
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        w -= lr * (m / (1 - b1**step)) / (np.sqrt(v / (1 - b2**step)) + 1e-8)
    return w


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--min-count", type=int, default=2)
    p.add_argument("--threshold", type=float, default=0.4)
    p.add_argument("--l2", type=float, default=1e-5)
    p.add_argument("--epochs", type=int, default=300)
    p.add_argument("--prune", type=float, default=0.1, help="drop weights smaller than this")
    p.add_argument("-o", "--output", type=Path, default=WEIGHTS)
    a = p.parse_args()
    t0 = time.perf_counter()
    data = [x for text, cues in articles("train") for x in examples(text, cues)]
    weights, vocabulary = train(data, a.min_count, a.l2, a.epochs, a.threshold, a.prune)
    a.output.write_text(
        json.dumps(
            {
                "format": FORMAT,
                "trained_on": "PolNeAR v1.0.0 train split (840 articles)",
                "threshold": a.threshold,
                "vocabulary": sorted(vocabulary),
                "weights": weights,
            },
            ensure_ascii=False,
            separators=(",", ":"),
            sort_keys=True,
        )
        + "\n",
        encoding="utf-8",
    )
    size = a.output.stat().st_size
    print(
        f"{len(weights)} weights kept; wrote {a.output} ({size / 1e6:.2f} MB) in "
        f"{time.perf_counter() - t0:.1f} s"
    )


if __name__ == "__main__":
    main()
