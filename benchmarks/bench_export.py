"""Exports at 100,000 claims: time and peak memory per format, against building the whole
document in memory first (the naive way), each in a fresh process in the same run."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from benchmarks.bench_store import _write_ours, scratch_folder
from benchmarks.synth import synthetic_tables

ROOT = Path(__file__).resolve().parent.parent
# Each child opens the database, resets the kernel's peak-RSS mark (Linux: clear_refs 5),
# then exports; VmHWM afterwards is the peak of the export alone, on top of the open database.
_PRELUDE = """
import sys, time
from pathlib import Path
from tracker.workspace import Workspace
ws = Workspace(sys.argv[1])
ws.count()
def rss(field):
    for line in open("/proc/self/status"):
        if line.startswith(field):
            return int(line.split()[1]) / 1024
base = rss("VmRSS")
try:
    open("/proc/self/clear_refs", "w").write("5")
except OSError:
    pass
t0 = time.perf_counter()
"""
_NAIVE = (
    _PRELUDE
    + """
import json
Path(sys.argv[2]).write_text(json.dumps([c.to_dict() for c in ws.claims()]))
"""
)
_EXPORT = (
    _PRELUDE
    + """
from tracker import export
from tracker.atomic import atomic_open
fmt = sys.argv[3]
with atomic_open(Path(sys.argv[2]), "w", encoding="utf-8", newline="") as out:
    claims = ws.iter_claims()
    if fmt == "jsonl":
        export.write_claims_jsonl(claims, out)
    elif fmt == "csv":
        export.write_claims_csv(claims, out, ws.article_or_none)
    elif fmt == "md":
        export.write_claims_markdown(claims, out, ws.article_or_none)
    else:
        export.write_claimreview(claims, out, ws.article_or_none, ws.reviewed)
"""
)
_REPORT = """
print(time.perf_counter() - t0, base, rss("VmHWM"), file=sys.stderr)
"""


def _child(code: str, *args: str) -> tuple[float, float, float]:
    """(export seconds, RSS after open in MB, peak RSS during the export in MB)."""
    proc = subprocess.run(
        [sys.executable, "-c", code + _REPORT, *args],
        check=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
    )
    t, base, peak = (float(x) for x in proc.stderr.strip().splitlines()[-1].split())
    return t, base, peak


def main(n: int = 100_000) -> None:
    folder = scratch_folder("tracker-export-")
    db = folder / "claims.json"
    tables = synthetic_tables(n)
    # A verdict on one claim in ten, so ClaimReview has something to say.
    ids = [c["id"] for c in tables["claims"].values()]
    tables["reviews"] = {
        str(k + 1): {
            "claim_id": cid,
            "status": "false",
            "by": "bench",
            "updated": "2026-11-28T00:00:00Z",
        }
        for k, cid in enumerate(ids[::10])
    }
    _write_ours(db, tables)
    del tables
    os.sync()
    print(f"export: {n:,} claims (time and memory of the export itself, after opening)")
    t, base, peak = _child(_NAIVE, str(db), str(folder / "naive.json"))
    print(f"  baseline, whole document built in memory: {t:.2f} s, +{peak - base:.0f} MB")
    for fmt in ("jsonl", "csv", "md", "claimreview"):
        out = folder / f"out.{fmt}"
        t, base, peak = _child(_EXPORT, str(db), str(out), fmt)
        print(
            f"  {fmt:<11} {t:.2f} s, +{peak - base:.0f} MB over the open database "
            f"({base:.0f} MB), {out.stat().st_size / 1e6:.1f} MB written"
        )


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--claims", type=int, default=100_000)
    main(p.parse_args().claims)
