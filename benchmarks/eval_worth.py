"""Check-worthiness, ours beside a TF-IDF + logistic-regression baseline on the same data.

    python -m benchmarks.eval_worth [-C 0.3]

- ClaimBuster 2.5xNCS, 4-fold stratified cross-validation (seed 0): F1 (at 50) and average
  precision of the check-worthy class, the mean over folds. Each fold trains on the other
  three folds plus every CheckThat! 2019 training transcript.
- CheckThat! 2019 task 1, leave-transcripts-out on the *training* transcripts (5 groups):
  MAP and mean R-precision over the 19 transcripts, each ranked by its own scores. Each
  group trains on all of ClaimBuster plus the other training transcripts. The test split is
  not read here; it is kept for one final measurement.
- Triage: the CheckThat! 2019 *training* transcripts cut into debate excerpts of 13
  check-worthy sentences each (from a transcript's start, or the end of the excerpt before,
  to its 13th check-worthy sentence), each ingested as one article ('SPEAKER: sentence' a
  line) into a database of its own; the share of the 13 that a claim among the top 20 by
  priority (and, beside it, the first 20 in article order, the list before priority) covers.
- The opinion flag of the shipped model: how many sentences it flags and how many of those
  the annotators called check-worthy; ``--opinion-sample N`` prints N flagged sentences
  (fixed seed) to check by hand.

Both models see the same sentences and the same data-set indicator (see ``train_worth``).
"""

from __future__ import annotations

import argparse
import random
import time
from collections import defaultdict
from collections.abc import Callable, Sequence

import numpy as np

from benchmarks.train_worth import (
    CHECKTHAT_TRAIN,
    CLAIMBUSTER,
    SOURCES,
    C,
    Sentence,
    fit,
    load_checkthat_train,
    load_claimbuster,
    with_features,
)
from tracker.worth.assess import assess_sentence

Scorer = Callable[[Sequence[Sentence], Sequence[Sentence]], np.ndarray]  # train, test -> logits


def ours(c: float) -> Scorer:
    def score(train: Sequence[Sentence], test: Sequence[Sentence]) -> np.ndarray:
        return fit(train, c).logits(test, "claimbuster")

    return score


def tfidf_baseline(train: Sequence[Sentence], test: Sequence[Sentence]) -> np.ndarray:
    """Word 1–2-grams, sublinear TF-IDF, plus the data-set indicator; L2 logistic regression."""
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    def source_columns(sentences: Sequence[Sentence], as_source: str | None) -> csr_matrix:
        cols = [SOURCES.index(as_source or s.source) for s in sentences]
        return csr_matrix((np.ones(len(cols)), (range(len(cols)), cols)), shape=(len(cols), 2))

    vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    x = hstack([vec.fit_transform([s.text for s in train]), source_columns(train, None)])
    lr = LogisticRegression(C=1.0, solver="lbfgs", max_iter=3000)
    lr.fit(x, np.array([s.label for s in train]))
    xt = hstack([vec.transform([s.text for s in test]), source_columns(test, "claimbuster")])
    return lr.decision_function(xt)


def claimbuster_cv(cb: list[Sentence], ct: list[Sentence], score: Scorer) -> tuple[float, float]:
    from sklearn.metrics import average_precision_score, f1_score
    from sklearn.model_selection import StratifiedKFold

    y = np.array([s.label for s in cb])
    f1s, aps = [], []
    for train_idx, test_idx in StratifiedKFold(4, shuffle=True, random_state=0).split(cb, y):
        z = score([cb[i] for i in train_idx] + ct, [cb[i] for i in test_idx])
        f1s.append(f1_score(y[test_idx], z > 0))
        aps.append(average_precision_score(y[test_idx], z))
    return float(np.mean(f1s)), float(np.mean(aps))


def ranking(labels: Sequence[bool], scores: Sequence[float]) -> tuple[float, float]:
    """Average precision and R-precision of one transcript ranked by ``scores`` (ties keep
    transcript order, as a stable sort of `tracker worth` output would)."""
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    ranked = [labels[i] for i in order]
    relevant = sum(ranked)
    if not relevant:
        return 0.0, 0.0
    hits, precisions = 0, []
    for k, rel in enumerate(ranked, 1):
        if rel:
            hits += 1
            precisions.append(hits / k)
    return sum(precisions) / relevant, sum(ranked[:relevant]) / relevant


def checkthat_cv(cb: list[Sentence], ct: list[Sentence], score: Scorer) -> tuple[float, float]:
    from sklearn.model_selection import GroupKFold

    groups = [s.transcript for s in ct]
    per_transcript: dict[str, list[int]] = defaultdict(list)
    for i, g in enumerate(groups):
        per_transcript[g].append(i)
    aps, rps = [], []
    for train_idx, test_idx in GroupKFold(5).split(ct, groups=groups):
        test = [ct[i] for i in test_idx]
        z = dict(zip(test_idx, score(cb + [ct[i] for i in train_idx], test), strict=True))
        for name in sorted({groups[i] for i in test_idx}):
            idx = per_transcript[name]
            ap, rp = ranking([ct[i].label for i in idx], [z[i] for i in idx])
            aps.append(ap)
            rps.append(rp)
    return float(np.mean(aps)), float(np.mean(rps))


def opinion_figures(sentences: Sequence[Sentence]) -> tuple[int, float]:
    """How many sentences the shipped model flags as opinion, and the share of those the
    annotators nevertheless called check-worthy (training data: an optimistic figure)."""
    flagged = [s for s in sentences if assess_sentence(s.text).opinion]
    return len(flagged), sum(s.label for s in flagged) / max(len(flagged), 1)


def opinion_sample(n: int, seed: int = 0) -> None:
    """Print ``n`` flagged sentences, drawn with a fixed seed, to be checked by hand."""
    flagged = [
        s for s in load_claimbuster() + load_checkthat_train() if assess_sentence(s.text).opinion
    ]
    for s in random.Random(seed).sample(flagged, min(n, len(flagged))):
        print(f"{int(s.label)}\t{s.source}\t{s.text}")


EXCERPT_POSITIVES = 13
TOP = 20


def excerpts(sentences: Sequence[Sentence], rows: Sequence[str]) -> list[list[tuple[str, bool]]]:
    """Consecutive excerpts of each transcript, each ending on its 13th check-worthy line:
    (line as spoken, check-worthy) pairs. A transcript's tail with fewer is left out."""
    out: list[list[tuple[str, bool]]] = []
    current: list[tuple[str, bool]] = []
    transcript = None
    for s, line in zip(sentences, rows, strict=True):
        if s.transcript != transcript:
            transcript, current = s.transcript, []
        current.append((line, s.label))
        if sum(label for _, label in current) == EXCERPT_POSITIVES:
            out.append(current)
            current = []
    return out


def top_share(excerpt: list[tuple[str, bool]], folder: str) -> tuple[float, float, int]:
    """(share of the excerpt's check-worthy lines covered by a top-20 claim by priority, the
    same for the first 20 claims in article order, claims found) through a real ingest."""
    from pathlib import Path

    from tracker.model import Article
    from tracker.workspace import Workspace

    text = "\n".join(line for line, _ in excerpt)
    spans, pos = [], 0
    for line, label in excerpt:
        if label:
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    ws = Workspace(Path(folder) / "excerpt.json", actor="eval")
    ws.ingest_items([Article.from_text(text, title="excerpt")])

    def share(claims: Sequence[object]) -> float:
        covered = {
            k
            for k, (a, b) in enumerate(spans)
            for c in claims[:TOP]
            if c.start < b and a < c.end  # type: ignore[attr-defined]
        }
        return len(covered) / len(spans)

    ranked = ws.claims(by_priority=True)
    return share(ranked), share(ws.claims()), len(ranked)


def triage_figures() -> None:
    """The top-20 measurement over every training excerpt (see the module docstring)."""
    import csv
    import tempfile

    from benchmarks.train_worth import CHECKTHAT_TRAIN

    sentences = load_checkthat_train()
    with CHECKTHAT_TRAIN.open(encoding="utf-8", newline="") as f:
        lines = [f"{r['speaker']}: {r['text']}" for r in csv.DictReader(f)]
    found = excerpts(sentences, lines)
    results = []
    for excerpt in found:
        with tempfile.TemporaryDirectory() as folder:
            results.append(top_share(excerpt, folder))
    n = len(results)
    ranked = sum(r[0] for r in results) / n
    stored = sum(r[1] for r in results) / n
    claims = sum(r[2] for r in results) / n
    print(
        f"  triage: {n} CheckThat! train excerpts of {EXCERPT_POSITIVES} check-worthy lines "
        f"({sum(len(e) for e in found) / n:.0f} lines, {claims:.0f} claims each on average): "
        f"{ranked:.1%} of them in the top {TOP} by priority "
        f"({ranked * EXCERPT_POSITIVES:.1f} of 13), {stored:.1%} in the first {TOP} as stored"
    )


def main(c: float = C) -> None:
    if not (CLAIMBUSTER.is_file() and CHECKTHAT_TRAIN.is_file()):
        print("worth: skipped (ClaimBuster or CheckThat! 2019 data not found)")
        return
    t0 = time.perf_counter()
    cb = with_features(load_claimbuster())
    ct = with_features(load_checkthat_train())
    print(f"worth: features of {len(cb) + len(ct)} sentences in {time.perf_counter() - t0:.1f} s")
    for name, scorer in (("tracker", ours(c)), ("tf-idf + LR", tfidf_baseline)):
        f1, ap = claimbuster_cv(cb, ct, scorer)
        mean_ap, r_prec = checkthat_cv(cb, ct, scorer)
        print(
            f"  {name:<12} ClaimBuster 4-fold CV: F1 {f1:.3f}, AP {ap:.3f} | "
            f"CheckThat! 2019 train, leave-transcripts-out: MAP {mean_ap:.3f}, R-prec {r_prec:.3f}"
        )
    for name, sentences in (("ClaimBuster", cb), ("CheckThat! train", ct)):
        n, positive = opinion_figures(sentences)
        print(
            f"  opinion (shipped model): {n} of {len(sentences)} {name} sentences flagged, "
            f"{positive:.1%} of them labelled check-worthy"
        )
    triage_figures()


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("-C", type=float, default=C)
    p.add_argument("--opinion-sample", type=int, metavar="N", help="print N flagged sentences")
    p.add_argument("--triage", action="store_true", help="only the top-20 triage measurement")
    a = p.parse_args()
    if a.triage:
        triage_figures()
    elif a.opinion_sample:
        opinion_sample(a.opinion_sample)
    else:
        main(a.C)
