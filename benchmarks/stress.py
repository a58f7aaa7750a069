"""`python -m benchmarks.stress`: writers killed mid-write, concurrent writers, full disks.

Every write a worker acknowledges (it prints ``ack NAME`` only after the call returned, i.e.
after the fsync of the journal record, or of the whole file and its rename) must be in the
database afterwards, whatever happened to the worker or its neighbours; the file must open,
and the audit chain must verify. Each round runs the faults twice: on the whole-file writes
a small database gets, and with the journal forced on (``JOURNAL``: every write appends a
record, folded into the file whenever the journal passes a tenth of it, so kills land in
appends and in folds); its concurrent writers mix the two. Prints the operations held, the
faults survived and the lost updates (which must be 0). Bounded: stops starting new rounds
after ``--seconds`` (default 40).

``python -m benchmarks.stress worker DB ACTOR N`` is the worker (the fault tests use it too).
"""

from __future__ import annotations

import argparse
import errno
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
# The journal for a database of any size (the seeds make a small one, written whole otherwise).
JOURNAL = {"TRACKER_JOURNAL_FROM_BYTES": "1"}


def worker(db: str, actor: str, count: int) -> None:
    """Add ``count`` notes, one write each, printing ``ack`` after each durable write."""
    from tracker.workspace import Workspace

    ws = Workspace(db, actor=actor, lock_timeout=120)
    ids = [row.id for row in ws.rows()]
    print("ready", flush=True)
    go = os.environ.get("TRACKER_STRESS_GO")
    while go and not os.path.exists(go):  # concurrent writers start their writes together
        time.sleep(0.005)
    pause = float(os.environ.get("TRACKER_STRESS_PAUSE", "0"))
    for k in range(count):
        name = f"{actor}-{k}"
        ws.add_note(ids[k % len(ids)], name)
        print(f"ack {name}", flush=True)
        time.sleep(pause)  # a person's pace: the others get the lock in between


def spawn(
    db: Path, actor: str, count: int, extra: dict[str, str] | None = None
) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), **(extra or {})}
    return subprocess.Popen(
        [sys.executable, "-m", "benchmarks.stress", "worker", str(db), actor, str(count)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )


def make_db(folder: Path) -> Path:
    from tracker.workspace import Workspace

    db = folder / "stress.json"
    Workspace(db, actor="setup").ingest([str(SEEDS)])
    return db


def lost(db: Path, acked: set[str]) -> int:
    """Acknowledged notes missing from the database (raises if it does not open or verify)."""
    from tracker.workspace import Workspace

    ws = Workspace(db)
    result = ws.verify_audit()
    if not result.ok:
        raise AssertionError(f"audit log broken after the faults: {result.message}")
    held = {n.text for c in ws.claims() for n in c.notes}
    return len(acked - held)


def acks(output: str) -> set[str]:
    return {line[4:] for line in output.splitlines() if line.startswith("ack ")}


def killed_round(
    db: Path, rng: random.Random, actor: str, extra: dict[str, str] | None = None
) -> set[str]:
    """One worker, SIGKILLed at a random moment of its writes; what it acknowledged."""
    proc = spawn(db, actor, 10_000, extra)
    assert proc.stdout is not None
    proc.stdout.readline()  # 'ready': the kill lands among the writes, not the imports
    time.sleep(rng.uniform(0.05, 0.6))
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate()
    return acks(out)


def concurrent_round(
    db: Path, writers: int, each: int, tag: str, extra: list[dict[str, str] | None] | None = None
) -> set[str]:
    """``writers`` workers at once; ``extra`` is each one's environment (cycled)."""
    go = db.with_name(f".go-{tag}")
    together = {"TRACKER_STRESS_GO": str(go), "TRACKER_STRESS_PAUSE": "0.03"}
    envs = [{**(e or {}), **together} for e in extra or [None]]
    procs = [spawn(db, f"{tag}w{k}", each, envs[k % len(envs)]) for k in range(writers)]
    for proc in procs:
        assert proc.stdout is not None
        proc.stdout.readline()  # 'ready': loaded, waiting for the others
    go.touch()
    done: set[str] = set()
    for proc in procs:
        out, _ = proc.communicate(timeout=300)
        done |= acks(out)
    go.unlink()
    return done


def _files(db: Path) -> dict[str, bytes]:
    """The database's files as they are: the file and its journal, if any."""
    return {p.name: p.read_bytes() for p in db.parent.iterdir() if p.name.startswith(db.name)}


def full_disk_round(db: Path, name: str, extra: dict[str, str] | None = None) -> bool:
    """A write whose disk fills at the fsync (of the journal or of the whole file): refused
    in one error, the database's files unchanged."""
    from tracker import atomic
    from tracker.errors import StoreError
    from tracker.workspace import Workspace

    saved = {k: os.environ.get(k) for k in extra or {}}
    os.environ.update(extra or {})
    ws = Workspace(db, actor="disk")
    claim = ws.rows()[0].id
    if extra:  # a write that succeeds first, so the failing one is an append to the journal
        ws.add_note(claim, f"{name} (before the disk filled)")
    before = _files(db)
    real = atomic.os.fsync

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    atomic.os.fsync = full  # type: ignore[assignment]
    try:
        ws.add_note(claim, name)
    except StoreError:
        pass
    else:
        return False
    finally:
        atomic.os.fsync = real  # type: ignore[assignment]
        for key, value in saved.items():
            if value is None:
                del os.environ[key]
            else:
                os.environ[key] = value
    leftovers = [p for p in db.parent.iterdir() if p.name.endswith(".tmp")]
    return _files(db) == before and not leftovers


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.stress")
    parser.add_argument("--seconds", type=float, default=40.0)
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    folder = Path(tempfile.mkdtemp(prefix="tracker-stress-"))
    start = time.monotonic()
    acked: set[str] = set()
    faults = rounds = 0
    try:
        db = make_db(folder)
        while time.monotonic() - start < args.seconds:
            rounds += 1
            acked |= killed_round(db, rng, f"k{rounds}")
            acked |= killed_round(db, rng, f"j{rounds}", JOURNAL)
            faults += 2
            mixed: list[dict[str, str] | None] = [JOURNAL, None]
            acked |= concurrent_round(db, writers=3, each=15, tag=f"c{rounds}", extra=mixed)
            faults += int(full_disk_round(db, f"disk{rounds}"))
            faults += int(full_disk_round(db, f"jdisk{rounds}", JOURNAL))
        missing = lost(db, acked)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"stress: {rounds} round(s) in {time.monotonic() - start:.1f} s")
    print(f"operations held: {len(acked) - missing} of {len(acked)} acknowledged writes")
    print(
        f"faults survived: {faults} (SIGKILLs mid-write, full disks, with and without the "
        "journal; concurrent writers each round)"
    )
    print(f"lost updates: {missing}")
    if missing:
        sys.exit(1)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "worker":
        worker(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    else:
        main()
