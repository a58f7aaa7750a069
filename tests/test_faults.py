"""Fault injection: writers killed mid-write, concurrent writers, full disks, read-only folders.

Every acknowledged write must survive, the file must open and its audit chain verify. The
workers are real processes (``python -m benchmarks.stress worker``), killed with SIGKILL at
seeded random moments, so the runs are repeatable.
"""

from __future__ import annotations

import errno
import os
import random
from pathlib import Path

import pytest

from benchmarks.stress import concurrent_round, full_disk_round, killed_round, lost, make_db
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
