"""Matching at scale: one article's claims (30) against up to 1,000,000 stored claims, beside
brute-force rapidfuzz (cdist with token_set_ratio over every claim) in the same run.

Synthetic claims are made from the CLEF 2020 pool (skipped without it): each pool claim is
repeated with its figures and a few words varied, so the index sees realistic vocabulary.
"""

from __future__ import annotations

import argparse
import random
import resource
import tempfile
import time
from pathlib import Path

from rapidfuzz import fuzz, process, utils

from benchmarks.eval_matching import DATA, load_clef2020
from tracker.extract.quantities import find_quantities
from tracker.matching import MatchIndex

_FILLER = "reportedly allegedly officially recently apparently locally nationally".split()


def synthetic(pool: list[tuple[str, str]], n: int, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    out = []
    while len(out) < n:
        for _, text in pool:
            words = text.split()
            if len(words) > 4:
                words.insert(rng.randrange(len(words)), rng.choice(_FILLER))
            out.append(
                " ".join(w if not w.isdigit() else str(int(w) + rng.randrange(9)) for w in words)
            )
            if len(out) >= n:
                break
    return out


def _time_queries(index: MatchIndex, asked: list[str]) -> float:
    t0 = time.perf_counter()
    for text in asked:
        index.search(text, find_quantities(text, 0, len(text)), top=5)
    return time.perf_counter() - t0


def main(n: int = 1_000_000, queries: int = 30) -> None:
    if not (DATA / "clef2020-checkthat-task2").is_dir():
        print("matching scale: skipped (no CLEF data)")
        return
    pool, qs, _gold = load_clef2020("dev", headlines=False)
    texts = synthetic(pool, n)
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t0 = time.perf_counter()
    index = MatchIndex()
    for k, text in enumerate(texts):
        index.add(str(k), text, find_quantities(text, 0, len(text)))
    t_build = time.perf_counter() - t0
    rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    asked = [t for _, t in qs[:queries]]
    t_ours = _time_queries(index, asked)
    print(
        f"matching: {n:,} claims indexed in {t_build:.1f} s (peak RSS +{rss1 - rss0:.0f} MB); "
        f"{len(asked)} queries in {t_ours:.2f} s"
    )
    # What a later process does instead of building: read the index saved beside the
    # database; claim texts come back from the claims only for candidates.
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "claims.json.matchindex.npz"
        t0 = time.perf_counter()
        index.save(path)
        t_save = time.perf_counter() - t0
        size = path.stat().st_size / 1e6
        del index
        t0 = time.perf_counter()
        loaded = MatchIndex.load(
            path, lambda i: (texts[i], find_quantities(texts[i], 0, len(texts[i])))
        )
        t_load = time.perf_counter() - t0
    assert loaded is not None
    t_cold = _time_queries(loaded, asked)
    print(
        f"  saved index: {size:.0f} MB written in {t_save:.1f} s, read back in {t_load:.1f} s "
        f"(vs {t_build:.0f} s to build = {t_build / t_load:.0f}x); the same {len(asked)} queries "
        f"on it, texts read on demand: {t_cold:.2f} s"
    )
    sample = min(n, 100_000)  # brute force over a sample, scaled up: the full run takes minutes
    processed = [utils.default_process(t) for t in texts[:sample]]
    t0 = time.perf_counter()
    process.cdist(
        [utils.default_process(t) for t in asked], processed, scorer=fuzz.token_set_ratio, workers=1
    )
    t_brute = (time.perf_counter() - t0) * (n / sample)
    print(
        f"  brute-force cdist(token_set_ratio) over all {n:,}: ~{t_brute:.1f} s (measured on {sample:,}, scaled)"
    )
    print(f"  ratio: brute force / tracker = {t_brute / t_ours:.0f}x")


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--claims", type=int, default=1_000_000)
    a = p.parse_args()
    main(a.claims)
