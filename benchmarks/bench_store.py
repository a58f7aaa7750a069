"""Store at 100,000 claims: open time, durable status change, against stock TinyDB.

Stock TinyDB (JSONStorage) is measured on the same data in the same run, so the
ratio holds on a noisy shared machine even when absolute times drift. The status
changes go to the journal (tracker/journal.py); what a journal costs a reader that
opens the database (one per change, and 2,000 changes' worth) and what folding it back
into the file costs are printed beside.
"""

from __future__ import annotations

import argparse
import atexit
import gc
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import orjson
from tinydb import TinyDB

from benchmarks.synth import synthetic_tables
from tracker.atomic import atomic_write_bytes
from tracker.store import CLAIMS, Store
from tracker.workspace import Workspace


def scratch_folder(prefix: str) -> Path:
    """A temporary folder removed at exit: a 100k database is ~66 MB, never left behind."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(shutil.rmtree, folder, True)
    return folder


def synthetic_database(folder: Path, size: int) -> Path:
    """``claims-<size>.json`` of synthetic claims in ``folder``, laid out by the store and
    synced, so that a reader timed next does not wait on writeback."""
    db = folder / f"claims-{size}.json"
    _write_ours(db, synthetic_tables(size))
    os.sync()
    return db


def _write_ours(path: Path, tables: dict) -> None:
    # Let the store lay the file out itself: one write through it.
    atomic_write_bytes(path, orjson.dumps(tables))
    s = Store(path)
    s.storage.touch_all()
    with s.transaction():
        s.storage.touch_all()


_OPEN = """
import sys, time
t0 = time.perf_counter()
from tracker.workspace import Workspace
t1 = time.perf_counter()
ws = Workspace(sys.argv[1])
ws.count()
t2 = time.perf_counter()
print(t1 - t0, t2 - t1)
"""


def _open_in_fresh_process(path: Path, runs: int = 3) -> tuple[float, float]:
    """A new process, as a user gets. Returns median (import time, open-and-index time)."""
    results = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", _OPEN, str(path)],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)},
        ).stdout.split()
        results.append((float(out[0]), float(out[1])))
    return statistics.median(r[0] for r in results), statistics.median(r[1] for r in results)


def main(n: int = 100_000, reps: int = 15) -> dict[str, float]:
    tables = synthetic_tables(n)
    folder = scratch_folder("tracker-bench-")
    ours = folder / "claims.json"
    stock = folder / "stock.json"
    _write_ours(ours, tables)
    stock.write_text(json.dumps(tables))
    size_mb = ours.stat().st_size / 1e6
    print(f"store: {n:,} claims, {len(tables['articles']):,} articles, file {size_mb:.1f} MB")

    ids = [c["id"] for c in tables[CLAIMS].values()]
    del tables  # measure the child without this process's copy weighing on the machine
    gc.collect()
    os.sync()  # the files were just written: let writeback finish before timing a reader
    t_import, t_open = _open_in_fresh_process(ours)
    print(
        f"  open (fresh process, median of 3): database parsed and indexed {t_open * 1000:.0f} ms "
        f"(plus {t_import * 1000:.0f} ms importing tracker)"
    )
    ws = Workspace(ours, actor="bench")
    ws.count()

    rng = random.Random(3)
    statuses = ["verified", "disputed", "false", "misleading"]
    times = []
    for i in range(reps):
        cid = rng.choice(ids)
        t0 = time.perf_counter()
        ws.set_status([cid], statuses[i % 4], note=f"bench {i}")
        times.append(time.perf_counter() - t0)
    first, ours_median = times[0], statistics.median(times)
    print(
        f"  durable status change (lock, status + audit event, fsync): median {ours_median * 1000:.1f} ms"
        f" (first {first * 1000:.0f} ms, n={reps})"
    )

    _journal_costs(ours, ws, ids, t_open)

    db = TinyDB(stock)
    table = db.table(CLAIMS)
    stock_times = []
    for i in range(max(3, reps // 5)):
        doc_id = rng.randint(1, n)
        t0 = time.perf_counter()
        table.update({"status": statuses[i % 4]}, doc_ids=[doc_id])
        stock_times.append(time.perf_counter() - t0)
    stock_median = statistics.median(stock_times)
    t0 = time.perf_counter()
    TinyDB(stock).table(CLAIMS).get(doc_id=1)
    stock_open = time.perf_counter() - t0
    print(
        f"  stock TinyDB JSONStorage: update median {stock_median * 1000:.0f} ms (no fsync, no lock), "
        f"open+first read {stock_open * 1000:.0f} ms"
    )
    print(f"  ratio: stock / ours per update = {stock_median / ours_median:.1f}x")
    return {
        "open_s": t_open,
        "update_ms": ours_median * 1000,
        "stock_update_ms": stock_median * 1000,
    }


def _journal_costs(path: Path, ws: Workspace, ids: list[str], t_open: float) -> None:
    """Open with the journal the changes above left, then with 2,000 changes' worth (written
    without fsync, to be quick: the bytes are the same), and fold each back into the file."""
    journal = Path(f"{path}.journal")
    for changes in (None, 2_000):
        if changes:
            real = os.fsync
            os.fsync = lambda _fd: None  # type: ignore[assignment]
            try:
                for i in range(changes):
                    ws.add_note(ids[i % len(ids)], f"journal bench {i}")
            finally:
                os.fsync = real
        size = journal.stat().st_size if journal.exists() else 0
        _, t_with = _open_in_fresh_process(path)
        storage = Store(path).storage
        t0 = time.perf_counter()
        storage._jpos = type(storage._jpos)()
        records = storage._replay(0)  # again, in-process: read, checksum, apply (idempotent)
        replay = time.perf_counter() - t0
        print(
            f"  open with a journal of {size / 1e6:.2f} MB ({records:,} records): "
            f"{t_with * 1000:.0f} ms (file alone {t_open * 1000:.0f} ms); "
            f"the replay alone {replay * 1000:.0f} ms"
        )
        t0 = time.perf_counter()
        ws.store.compact()
        print(f"    fold into the file (compact): {(time.perf_counter() - t0) * 1000:.0f} ms")


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--claims", type=int, default=100_000)
    p.add_argument("--reps", type=int, default=15)
    args = p.parse_args()
    main(args.claims, args.reps)
