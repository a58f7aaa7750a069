"""Fault injection: writers killed mid-write, concurrent writers, full disks, read-only folders.

Every acknowledged write must survive, the file must open and its audit chain verify. The
workers are real processes (``python -m benchmarks.stress worker``), killed with SIGKILL at
seeded random moments, so the runs are repeatable.
"""

from __future__ import annotations

import errno
import os
import random
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from benchmarks.stress import (
    JOURNAL,
    acks,
    concurrent_round,
    full_disk_round,
    killed_round,
    lost,
    make_db,
)
from tracker.errors import StoreError
from tracker.workspace import Workspace


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return make_db(tmp_path)


def test_writers_killed_at_random_moments_lose_no_acknowledged_write(db: Path) -> None:
    rng = random.Random(16)
    acked: set[str] = set()
    for k in range(4):
        acked |= killed_round(db, rng, f"kill{k}")
        assert lost(db, acked) == 0  # opens, verifies, and holds every acknowledged note
    assert acked  # the kills landed among the writes, not before them
    Workspace(db).add_note(Workspace(db).rows()[0].id, "after the kills")
    assert not [p for p in db.parent.iterdir() if p.name.endswith(".tmp")]


def test_concurrent_writers_lose_no_update(db: Path) -> None:
    acked = concurrent_round(db, writers=3, each=10, tag="c")
    assert len(acked) == 30 and lost(db, acked) == 0


def test_a_full_disk_mid_write_leaves_the_database_as_it_was(db: Path) -> None:
    assert full_disk_round(db, "never")
    assert lost(db, set()) == 0
    assert "never" not in db.read_text()


def test_a_read_only_folder_is_one_clear_error(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    ws = Workspace(db)
    claim = ws.rows()[0].id
    before = db.read_bytes()
    monkeypatch.setattr(tempfile, "mkstemp", refuse)  # what a read-only folder does to us
    with pytest.raises(StoreError, match="cannot write database"):
        ws.add_note(claim, "x")
    assert db.read_bytes() == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_really_read_only_folder_is_one_clear_error(db: Path) -> None:
    ws = Workspace(db)
    claim = ws.rows()[0].id
    before = db.read_bytes()
    db.parent.chmod(0o555)
    try:
        with pytest.raises(StoreError):
            ws.add_note(claim, "x")
    finally:
        db.parent.chmod(0o755)
    assert db.read_bytes() == before


# -- the journal: appends and folds ----------------------------------------------------------

_DIE_AT = textwrap.dedent(
    """
    import os, sys
    from tracker import journal, store
    from tracker.workspace import Workspace

    db, where, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    ws = Workspace(db, actor="dying")
    claim = ws.rows()[0].id
    for k in range(count):
        ws.add_note(claim, f"dying-{k}")
        print(f"ack dying-{k}", flush=True)

    def die(*_args, **_kwargs):
        os._exit(9)  # as a SIGKILL at this very point: no cleanup, no exit handlers

    if where == "append":  # half of the next record reaches the file, then the writer dies
        real = os.pwrite
        journal.os.pwrite = lambda fd, data, at: (real(fd, data[: len(data) // 2], at), die())
        ws.add_note(claim, "torn")
    real_write, real_remove = store.atomic_write_bytes, journal.remove
    if where == "before-replace":
        store.atomic_write_bytes = die
    elif where == "after-replace":
        journal.remove = die
    ws.store.compact()
    """
)


def _die_at(db: Path, where: str, count: int = 5) -> set[str]:
    env = {
        **os.environ,
        **JOURNAL,
        "TRACKER_JOURNAL_PERCENT": "1000000",  # it folds only when told: the kill lands there
        "PYTHONPATH": str(Path(__file__).resolve().parent.parent),
    }
    proc = subprocess.run(
        [sys.executable, "-c", _DIE_AT, str(db), where, str(count)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 9, proc.stderr
    return acks(proc.stdout)


def _journal_of(db: Path) -> Path:
    return db.with_name(db.name + ".journal")


@pytest.mark.parametrize("where", ["append", "before-replace", "after-replace"])
def test_a_writer_killed_in_an_append_or_a_fold_loses_nothing_acknowledged(
    db: Path, where: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRACKER_JOURNAL_FROM_BYTES", "1")
    Workspace(db).add_note(Workspace(db).rows()[0].id, "stamps the file for a journal")
    acked = _die_at(db, where)
    assert len(acked) == 5 and lost(db, acked) == 0
    assert _journal_of(db).exists()  # what the dead writer left: replayed, or ignored if folded
    held = [n.text for c in Workspace(db).claims() for n in c.notes]
    assert "torn" not in held and sorted(held).count("dying-0") == 1
    Workspace(db).add_note(Workspace(db).rows()[0].id, "after the crash")
    assert lost(db, acked | {"after the crash"}) == 0


def test_journal_writers_killed_at_random_moments_lose_no_acknowledged_write(db: Path) -> None:
    rng = random.Random(14)
    acked: set[str] = set()
    for k in range(4):
        acked |= killed_round(db, rng, f"jkill{k}", JOURNAL)
        assert lost(db, acked) == 0
    assert acked


def test_concurrent_writers_on_and_off_the_journal_lose_no_update(db: Path) -> None:
    appending = {**JOURNAL, "TRACKER_JOURNAL_PERCENT": "1000000"}  # never folds by size
    acked = concurrent_round(db, writers=3, each=10, tag="ja", extra=[appending])
    assert len(acked) == 30 and lost(db, acked) == 0
    mixed = concurrent_round(db, writers=4, each=10, tag="jm", extra=[appending, JOURNAL, None])
    assert len(mixed) == 40 and lost(db, acked | mixed) == 0


def test_a_full_disk_during_an_append_leaves_the_database_as_it_was(db: Path) -> None:
    assert full_disk_round(db, "never", JOURNAL)
    assert lost(db, set()) == 0
    assert "never" not in {n.text for c in Workspace(db).claims() for n in c.notes}
