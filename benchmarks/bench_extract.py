"""Extraction speed on the BBC corpus, beside quantulum3's parser on the same text.

Needs ../shared/data (skipped without it) and, for the baseline, `pip install '.[bench]'`.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from tracker.extract import extract_text

BBC = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "news-corpus" / "bbc"


def load(limit: int | None = None) -> list[str]:
    files = sorted(BBC.glob("*/*.txt"))[:limit]
    return [f.read_bytes().decode("utf-8", errors="replace") for f in files]


def main(limit: int | None = None, baseline_limit: int = 300) -> None:
    if not BBC.is_dir():
        print(f"extract: skipped ({BBC} not found)")
        return
    texts = load(limit)
    size = sum(len(t.encode()) for t in texts)
    t0 = time.perf_counter()
    claims = quantities = 0
    for i, t in enumerate(texts):
        cs = extract_text(t, f"a{i}")
        claims += len(cs)
        quantities += sum(len(c.quantities) for c in cs)
    dt = time.perf_counter() - t0
    ours = size / 1e6 / dt
    print(
        f"extract: {len(texts)} BBC articles, {size / 1e6:.2f} MB in {dt:.2f} s = {ours:.2f} MB/s; "
        f"{claims} claims, {quantities} quantities"
    )
    try:
        from quantulum3 import parser
    except ImportError:
        print("  quantulum3 not installed: pip install '.[bench]' for the baseline")
        return
    sample = texts[:baseline_limit]
    sample_size = sum(len(t.encode()) for t in sample)
    t0 = time.perf_counter()
    found = sum(len(parser.parse(t)) for t in sample)
    qdt = time.perf_counter() - t0
    theirs = sample_size / 1e6 / qdt
    ours_sample = sum(
        len(c.quantities) for i, t in enumerate(sample) for c in extract_text(t, f"a{i}")
    )
    print(
        f"  quantulum3 on the first {len(sample)} articles ({sample_size / 1e6:.2f} MB): "
        f"{theirs:.3f} MB/s, {found} quantities (tracker: {ours_sample} claim quantities there)"
    )
    print(f"  ratio: tracker / quantulum3 throughput = {ours / theirs:.0f}x")


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--limit", type=int, default=None)
    p.add_argument("--baseline-limit", type=int, default=300)
    a = p.parse_args()
    main(a.limit, a.baseline_limit)
