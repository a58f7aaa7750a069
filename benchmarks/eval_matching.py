"""Claim matching on the CLEF CheckThat! verified-claim retrieval sets (skipped without data).

MAP@5, Recall@1 and Recall@5 of tracker's matcher; tune on `dev`, report `test` once.
"""

from __future__ import annotations

import argparse
import csv
import json
import time
from collections import defaultdict
from pathlib import Path

from tracker.extract.quantities import find_quantities
from tracker.matching import MatchIndex, match_text

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"


def load_clef2020(
    split: str, headlines: bool = True
) -> tuple[list[tuple[str, str]], list[tuple[str, str]], dict[str, set[str]]]:
    root = DATA / "clef2020-checkthat-task2"
    csv.field_size_limit(10**7)
    with open(root / "verified_claims.docs.tsv", encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))[1:]
    # The pool as `tracker import --headline-column title` stores it: claim plus headline.
    pool = [
        (r[0], match_text(r[1], r[2] if headlines and len(r) > 2 else None))
        for r in rows
        if len(r) >= 2
    ]
    with open(root / split / "tweets.queries.tsv", encoding="utf-8", newline="") as fh:
        queries = [(r[0], r[1]) for r in list(csv.reader(fh, delimiter="\t"))[1:] if len(r) >= 2]
    gold: dict[str, set[str]] = defaultdict(set)
    for line in (root / split / "tweet-vclaim-pairs.qrels").read_text().splitlines():
        parts = line.split()
        if len(parts) >= 3:
            gold[parts[0]].add(parts[2])
    return pool, queries, gold


def average_precision(ranked: list[str], rel: set[str], top: int = 5) -> float:
    """AP@top of one ranking against its gold set (CLEF's MAP@5 averages these)."""
    found, precisions = 0, []
    for k, key in enumerate(ranked[:top], start=1):
        if key in rel:
            found += 1
            precisions.append(found / k)
    return sum(precisions) / min(len(rel), top) if rel else 0.0


def evaluate(pool, queries, gold, top: int = 5) -> dict[str, float]:
    index = MatchIndex()
    t0 = time.perf_counter()
    for key, text in pool:
        index.add(key, text, find_quantities(text, 0, len(text)))
    t_index = time.perf_counter() - t0
    ap_sum = r1 = r5 = 0.0
    t0 = time.perf_counter()
    n = 0
    for qid, text in queries:
        if qid not in gold:
            continue
        n += 1
        hits = index.search(text, find_quantities(text, 0, len(text)), top=top)
        ranked = [index.keys[h.index] for h in hits]
        rel = gold[qid]
        ap_sum += average_precision(ranked, rel, top)
        r1 += any(key in rel for key in ranked[:1]) / 1
        r5 += len(rel & set(ranked[:5])) / len(rel)
    t_query = time.perf_counter() - t0
    return {
        "map5": ap_sum / n,
        "r1": r1 / n,
        "r5": r5 / n,
        "queries": n,
        "index_s": t_index,
        "query_s": t_query,
    }


def _qrels(path: Path) -> dict[str, set[str]]:
    gold: dict[str, set[str]] = defaultdict(set)
    for line in path.read_text().splitlines():
        parts = line.split()
        if len(parts) >= 3:
            gold[parts[0]].add(parts[2])
    return gold


def load_clef2021(task: str, split: str, headlines: bool = True):
    """Task 2a (tweets vs Snopes) or 2b (debate sentences vs PolitiFact)."""
    root = DATA / f"clef2021-checkthat-task{task}-en"
    pool = []
    for shard in sorted(root.glob("vclaims*.jsonl")):
        for line in shard.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                title = d.get("title") if headlines else None
                pool.append((d["vclaim_id"], match_text(d["vclaim"], title)))
    if split == "test":
        qfile = root / ("tweets-test.tsv" if task == "2a" else "queries-test.tsv")
    else:
        qfile = root / ("tweets-train-dev.tsv" if task == "2a" else "iclaims-train-dev.queries")
    # Tab-separated, a text with quotes written CSV-style ('"He said ""no"""'); the 2a test
    # file alone has a header row.
    csv.field_size_limit(10**7)
    with open(qfile, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))
    # The 2b train/dev file repeats some ids (same text each time): each query counts once.
    unique = {r[0]: r[1] for r in rows if len(r) >= 2 and r[1] and r[0] != "iclaim_id"}
    queries = list(unique.items())
    return pool, queries, _qrels(root / f"qrels-{split}.tsv")


def bm25_baseline(pool, queries, gold, top: int = 5) -> float | None:
    """MAP@5 of plain BM25 (bm25s, from the `bench` extra) on the same data."""
    try:
        import bm25s
    except ImportError:
        return None
    retriever = bm25s.BM25()
    retriever.index(
        bm25s.tokenize([t for _, t in pool], stopwords="en", show_progress=False),
        show_progress=False,
    )
    asked = [(q, t) for q, t in queries if q in gold]
    docs, _ = retriever.retrieve(
        bm25s.tokenize([t for _, t in asked], stopwords="en", show_progress=False),
        k=top,
        show_progress=False,
    )
    ap = 0.0
    for (qid, _), ranked in zip(asked, docs, strict=True):
        ap += average_precision([pool[int(i)][0] for i in ranked], gold[qid], top)
    return ap / len(asked)


def brute_force_baseline(pool, queries, gold, top: int = 5) -> float:
    """MAP@5 of plain rapidfuzz token_set_ratio over every pool claim (the naive matcher)."""
    import numpy as np
    from rapidfuzz import fuzz, process, utils

    asked = [(q, t) for q, t in queries if q in gold]
    scores = process.cdist(
        [t for _, t in asked],
        [t for _, t in pool],
        scorer=fuzz.token_set_ratio,
        processor=utils.default_process,
        workers=1,
    )
    ap = 0.0
    for (qid, _), row in zip(asked, scores, strict=True):
        ranked = np.argsort(-row, kind="stable")[:top]
        ap += average_precision([pool[int(i)][0] for i in ranked], gold[qid], top)
    return ap / len(asked)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--split", default="dev", choices=["train", "dev", "test"])
    p.add_argument(
        "--no-headlines", action="store_true", help="Match on the claim text alone (no titles)."
    )
    a = p.parse_args()
    hl = not a.no_headlines
    sets = [
        (
            "clef2020 task 2",
            lambda: load_clef2020(a.split, hl),
            DATA / "clef2020-checkthat-task2",
        ),
        (
            "clef2021 task 2a",
            lambda: load_clef2021("2a", a.split, hl),
            DATA / "clef2021-checkthat-task2a-en",
        ),
        (
            "clef2021 task 2b",
            lambda: load_clef2021("2b", a.split, hl),
            DATA / "clef2021-checkthat-task2b-en",
        ),
    ]
    for name, load, root in sets:
        if not root.is_dir():
            print(f"{name}: skipped (no data)")
            continue
        pool, queries, gold = load()
        r = evaluate(pool, queries, gold)
        base = bm25_baseline(pool, queries, gold)
        baseline = f"; BM25 (bm25s) MAP@5 {base:.3f}" if base is not None else ""
        baseline += (
            f"; brute-force token_set_ratio MAP@5 {brute_force_baseline(pool, queries, gold):.3f}"
        )
        print(
            f"{name} {a.split}: {r['queries']} queries over {len(pool)} claims; "
            f"MAP@5 {r['map5']:.3f}, R@1 {r['r1']:.3f}, R@5 {r['r5']:.3f}{baseline} "
            f"(index {r['index_s']:.1f} s, queries {r['query_s']:.1f} s)"
        )


if __name__ == "__main__":
    main()
