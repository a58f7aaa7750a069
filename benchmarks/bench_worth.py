"""Extraction speed on the BBC corpus with and without check-worthiness scoring of every claim.

Each article is extracted, then its claims scored, each timed on its own, so that both
figures come from the same run on a shared machine.
"""

from __future__ import annotations

import argparse
import time

from benchmarks.bench_extract import BBC, load
from tracker.extract import extract_text
from tracker.worth.assess import assess_claim
from tracker.worth.scorer import model


def main(limit: int | None = None) -> None:
    if not BBC.is_dir():
        print(f"worth speed: skipped ({BBC} not found)")
        return
    texts = load(limit)
    size = sum(len(t.encode()) for t in texts) / 1e6
    model()  # loads the weights once, before the clock starts
    extracting = scoring = 0.0
    claims = opinions = 0
    for i, text in enumerate(texts):
        t0 = time.process_time()
        found = extract_text(text, f"a{i}")
        t1 = time.process_time()
        results = [assess_claim(c) for c in found]
        t2 = time.process_time()
        extracting += t1 - t0
        scoring += t2 - t1
        claims += len(found)
        opinions += sum(r.opinion for r in results)
    print(
        f"worth speed: {len(texts)} BBC articles, {size:.2f} MB, {claims} claims "
        f"({opinions} flagged opinion): extraction {size / extracting:.2f} MB/s, "
        f"extraction + scoring {size / (extracting + scoring):.2f} MB/s "
        f"(scoring {scoring / max(claims, 1) * 1e6:.0f} µs a claim)"
    )


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--limit", type=int, default=None)
    main(p.parse_args().limit)
