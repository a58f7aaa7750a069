"""Extraction speed on the BBC corpus, beside quantulum3's parser on the same text.

Four figures, each in MB of the files as they lie on disk a second:
  - extract:         extraction alone, in this process (CPU time);
  - extract+scores:  every claim also scored for check-worthiness, as `extract --json` does;
  - end to end:      `tracker extract --json --jobs 1 BBC` in a fresh process, cold: start-up,
                     reading and decoding the files, scoring and writing JSON included (its
                     CPU time, and its wall time);
  - end to end, default: the same with one process per core (wall time: what a user waits).

The host may be shared: CPU time is the steadier figure, wall time what a user sees. Needs
../shared/data (skipped without it) and, for the baseline, `pip install '.[bench]'`.

Run from a checkout, this measures the checkout's tracker: pure Python. `--against PYTHON`
measures, in the same run, the tracker installed for another interpreter (`pip install .`
into a venv compiles it: setup.py), e.g. `--against .venv/bin/python`: pure against compiled.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import tracker.extract
from tracker.extract import extract_text

ROOT = Path(__file__).resolve().parent.parent
BBC = ROOT.parent / "shared" / "data" / "news-corpus" / "bbc"
# An installed tracker (not this checkout's) is what `--against` runs; its CLI then runs
# isolated (-I), so that the checkout on the path cannot shadow it.
INSTALLED = not Path(tracker.extract.__file__).resolve().is_relative_to(ROOT)
BUILD = "compiled (mypyc)" if tracker.extract.__file__.endswith(".so") else "pure Python"


def load(limit: int | None = None) -> list[str]:
    files = sorted(BBC.glob("*/*.txt"))[:limit]
    return [f.read_bytes().decode("utf-8", errors="replace") for f in files]


def in_process(texts: list[str], size: int, score: bool) -> tuple[float, int]:
    """MB/s of CPU time for extraction (and scoring) of ``texts``, and the claims made."""
    from tracker.cli import _with_rule

    t0 = time.process_time()
    claims = 0
    for i, t in enumerate(texts):
        cs = extract_text(t, f"a{i}")
        if score:
            for c in cs:
                _with_rule(c)
        claims += len(cs)
    return size / 1e6 / (time.process_time() - t0), claims


def end_to_end(size: int, jobs: int | None) -> tuple[float, float]:
    """(MB/s of CPU time, MB/s of wall time) of `tracker extract --json` over the corpus in
    a new process; ``jobs`` None is the default (a process per core)."""
    args = [sys.executable, *(["-I"] if INSTALLED else []), "-m", "tracker", "extract"]
    args += ["--json", str(BBC), *(["--jobs", str(jobs)] if jobs else [])]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(args, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return size / 1e6 / cpu, size / 1e6 / wall


def main(limit: int | None = None, baseline_limit: int = 300, whole: bool = True) -> None:
    if not BBC.is_dir():
        print(f"extract: skipped ({BBC} not found)")
        return
    texts = load(limit)
    size = sum(f.stat().st_size for f in sorted(BBC.glob("*/*.txt"))[:limit])
    ours, claims = in_process(texts, size, score=False)
    scored, _ = in_process(texts, size, score=True)
    print(
        f"extract, {BUILD}: {len(texts)} BBC articles, {size / 1e6:.2f} MB, {claims} claims; CPU time: "
        f"extract {ours:.2f} MB/s, extract+scores {scored:.2f} MB/s (scores cost "
        f"{ours / scored - 1:.0%})"
    )
    if whole and limit is None:
        cpu1, wall1 = end_to_end(size, jobs=1)
        _, wall_n = end_to_end(size, jobs=None)
        print(
            f"  end to end, `tracker extract --json` cold: --jobs 1 {cpu1:.2f} MB/s CPU time "
            f"({cpu1 / scored:.2f}x in-process extract+scores), {wall1:.2f} MB/s wall; default "
            f"({os.cpu_count()} cores here) {wall_n:.2f} MB/s wall ({wall_n / wall1:.2f}x --jobs 1)"
        )
    if baseline_limit:
        _baseline(texts[:baseline_limit], scored)


def against(python: str, args: list[str]) -> None:
    """This benchmark again under ``python``, with the tracker installed there (the
    checkout only supplies the benchmarks package, after site-packages on the path)."""
    run = (
        f"import sys, runpy; sys.path.append({str(ROOT)!r}); sys.argv[1:] = {args!r}; "
        "runpy.run_module('benchmarks.bench_extract', run_name='__main__')"
    )
    subprocess.run([python, "-I", "-c", run], cwd=ROOT, check=False)


def _baseline(sample: list[str], ours: float) -> None:
    try:
        from quantulum3 import parser
    except ImportError:
        print("  quantulum3 not installed: pip install '.[bench]' for the baseline")
        return
    sample_size = sum(len(t.encode()) for t in sample)
    t0 = time.process_time()
    try:
        found = sum(len(parser.parse(t)) for t in sample)
    except Exception as exc:  # its pickled classifier needs the scikit-learn it was made with
        print(f"  quantulum3 failed here ({type(exc).__name__}: {exc}); no baseline")
        return
    theirs = sample_size / 1e6 / (time.process_time() - t0)
    print(
        f"  quantulum3 on the first {len(sample)} articles ({sample_size / 1e6:.2f} MB): "
        f"{theirs:.3f} MB/s CPU time, {found} quantities"
    )
    print(f"  ratio: tracker extract+scores / quantulum3 throughput = {ours / theirs:.0f}x")


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--limit", type=int, default=None)
    p.add_argument("--baseline-limit", type=int, default=300)
    p.add_argument("--no-end-to-end", action="store_true", help="skip the two CLI runs")
    p.add_argument("--against", metavar="PYTHON", help="also measure PYTHON's installed tracker")
    a = p.parse_args()
    main(a.limit, a.baseline_limit, whole=not a.no_end_to_end)
    if a.against:
        rest = [*sys.argv[1:]]
        i = rest.index("--against")
        del rest[i : i + 2]
        against(a.against, [*rest, "--baseline-limit", "0"])
