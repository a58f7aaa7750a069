"""The store never loses or corrupts data: atomic writes, locking, refusal of bad files."""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker import store as store_mod
from tracker.errors import CorruptDatabaseError, LockedError, SchemaVersionError, StoreError
from tracker.store import CLAIMS, META, REVIEWS, Store

ROOT = Path(__file__).resolve().parent.parent


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_created_on_first_write_with_schema_version(db_path: Path) -> None:
    s = Store(db_path)
    assert not db_path.exists()
    with s.transaction():
        s.table(CLAIMS).insert({"id": "c_1"})
    data = json.loads(db_path.read_text())
    assert data[META]["1"]["schema_version"] == store_mod.SCHEMA_VERSION
    assert data[CLAIMS]["1"] == {"id": "c_1"}


def test_file_is_stock_tinydb_json_readable_by_tinydb(db_path: Path) -> None:
    from tinydb import TinyDB

    s = Store(db_path)
    s.table(CLAIMS).insert_multiple([{"id": f"c_{i}", "n": i} for i in range(5)])
    s.table(CLAIMS).update({"n": 99}, doc_ids=[3])
    stock = TinyDB(db_path)
    assert [d["n"] for d in stock.table(CLAIMS).all()] == [0, 1, 99, 3, 4]
    stock.close()


def test_update_rewrites_only_changed_document_but_file_stays_exact(db_path: Path) -> None:
    s = Store(db_path)
    s.table(CLAIMS).insert_multiple([{"id": f"c_{i}", "tags": [i]} for i in range(50)])
    s2 = Store(db_path)  # primes its per-document cache from the on-disk layout
    s2.table(CLAIMS).update({"tags": ["x"]}, doc_ids=[7])
    s2.table(REVIEWS).insert({"claim_id": "c_7"})
    s2.table(CLAIMS).remove(doc_ids=[8])
    expected = {str(i + 1): {"id": f"c_{i}", "tags": [i]} for i in range(50)}
    expected["7"] = {"id": "c_6", "tags": ["x"]}
    del expected["8"]
    assert json.loads(db_path.read_text())[CLAIMS] == expected
    assert Store(db_path).raw(CLAIMS) == expected


def test_second_instance_sees_writes_of_the_first_and_ids_do_not_collide(db_path: Path) -> None:
    a, b = Store(db_path), Store(db_path)
    a.table(REVIEWS).insert({"n": 1})
    b.table(REVIEWS).insert({"n": 2})
    a.table(REVIEWS).insert({"n": 3})
    assert sorted(d["n"] for d in Store(db_path).raw(REVIEWS).values()) == [1, 2, 3]
    assert len(Store(db_path).raw(REVIEWS)) == 3


def test_failed_transaction_writes_nothing(db_path: Path) -> None:
    s = Store(db_path)
    s.table(CLAIMS).insert({"id": "keep"})
    before = _digest(db_path)
    with pytest.raises(RuntimeError), s.transaction():
        s.table(CLAIMS).insert({"id": "lost"})
        raise RuntimeError("boom")
    assert _digest(db_path) == before
    assert [d["id"] for d in s.raw(CLAIMS).values()] == ["keep"]


@pytest.mark.parametrize(
    "content",
    [
        b'{"meta": {"1": {"schema_version": 1}}, "claims": {"1": {"id": "c_',  # truncated
        b"\x00\x01\x02 not json at all",
        b"[1, 2, 3]",
        b'{"claims": [1, 2]}',
        b'{"_default": {"1": {"name": "someone else\'s TinyDB"}}}',
        b'{"meta": {"1": {"schema_version": "one"}}, "claims": {}}',
    ],
    ids=["truncated", "binary", "list", "table-not-dict", "foreign-tinydb", "bad-version"],
)
def test_corrupt_or_foreign_file_is_refused_and_left_untouched(
    db_path: Path, content: bytes
) -> None:
    db_path.write_bytes(content)
    before = _digest(db_path)
    with pytest.raises(CorruptDatabaseError) as err:
        s = Store(db_path)
        s.table(CLAIMS).insert({"id": "x"})
    assert str(db_path) in str(err.value)
    assert "\n" not in str(err.value)
    assert _digest(db_path) == before


def test_newer_schema_is_refused(db_path: Path) -> None:
    db_path.write_text(json.dumps({"meta": {"1": {"schema_version": 99}}}))
    before = _digest(db_path)
    with pytest.raises(SchemaVersionError, match="newer"):
        Store(db_path)
    assert _digest(db_path) == before


def test_older_schema_is_migrated_after_a_backup(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = json.dumps({"meta": {"1": {"schema_version": 1}}, "claims": {"1": {"id": "c_1"}}})
    db_path.write_text(original)

    def add_field(tables: dict) -> dict:
        for doc in tables.get("claims", {}).values():
            doc["migrated"] = True
        return tables

    monkeypatch.setattr(store_mod, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(store_mod.MIGRATIONS, 1, add_field)
    s = Store(db_path)
    assert s.raw(CLAIMS)["1"] == {"id": "c_1", "migrated": True}
    backup = db_path.with_name("claims.json.schema1.bak")
    assert backup.read_text() == original
    assert json.loads(db_path.read_text())["meta"]["1"]["schema_version"] == 2


def test_folder_as_database_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="folder"):
        Store(tmp_path)


def test_lock_held_by_another_process_times_out_clearly(db_path: Path) -> None:
    from filelock import FileLock

    holder = FileLock(f"{db_path}.lock")
    holder.acquire()
    try:
        s = Store(db_path, lock_timeout=0.2)
        with pytest.raises(LockedError, match="locked"):
            s.table(CLAIMS).insert({"id": "x"})
    finally:
        holder.release()
    assert not db_path.exists()


_WRITER = textwrap.dedent(
    """
    import sys
    from tracker.store import Store, CLAIMS
    s = Store(sys.argv[1])
    n = 0
    table = s.table(CLAIMS)
    while True:
        n += 1
        table.update({"n": n, "pad": "x" * (n % 500)}, doc_ids=[1 + n % 2000])
        if n % 5 == 0:
            table.insert({"id": f"c_new_{n}", "text": "y" * 200})
    """
)


def test_killing_a_writer_at_random_moments_never_tears_the_file(db_path: Path) -> None:
    s = Store(db_path)
    s.table(CLAIMS).insert_multiple([{"id": f"c_{i}", "text": "z" * 300} for i in range(2000)])
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    rng = random.Random(7)
    for _ in range(25):
        proc = subprocess.Popen([sys.executable, "-c", _WRITER, str(db_path)], env=env)
        time.sleep(0.25 + rng.random() * 0.35)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        data = json.loads(db_path.read_bytes())  # always whole, valid JSON
        assert len(data[CLAIMS]) >= 2000
        Store(db_path).raw(CLAIMS)  # and a database we accept
    leftovers = [p for p in db_path.parent.iterdir() if p.suffix == ".tmp"]
    # A kill between mkstemp and replace may leave a temp file; it is never the database.
    assert all(p.name.startswith(".claims.json.") for p in leftovers)


_MARKER = textwrap.dedent(
    """
    import sys
    from tracker.workspace import Workspace
    ws = Workspace(sys.argv[1], actor=sys.argv[2])
    ids = sys.argv[3].split(",")
    for i in range(int(sys.argv[4])):
        ws.add_note(ids[i % len(ids)], f"{sys.argv[2]} note {i}")
        ws.set_status([ids[(i + 1) % len(ids)]], "disputed" if i % 2 else "verified")
    """
)


def test_two_processes_marking_at_once_lose_nothing(db_path: Path, seed_text: str) -> None:
    from tracker.workspace import Workspace

    seed = ROOT / "seeds" / "reuters-north-korea-remittances.txt"
    ws = Workspace(db_path)
    ws.ingest([str(seed)])
    ids = ",".join(c.id for c in ws.claims())
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [
        subprocess.Popen([sys.executable, "-c", _MARKER, str(db_path), who, ids, "25"], env=env)
        for who in ("alice", "bob")
    ]
    for p in procs:
        assert p.wait(timeout=120) == 0
    ws = Workspace(db_path)
    notes = [n.text for c in ws.claims() for n in c.notes]
    assert sorted(notes) == sorted(f"{who} note {i}" for who in ("alice", "bob") for i in range(25))
    marks = [e for e in ws.history() if e.action == "status.changed"]
    assert sorted(e.actor for e in marks) == ["alice"] * 25 + ["bob"] * 25
    assert ws.verify_audit().ok


_COUNTER = itertools.count()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    ops=st.lists(
        st.tuples(
            st.sampled_from(["insert", "update", "remove", "reopen"]),
            st.integers(min_value=0, max_value=30),
            st.text(max_size=20),
        ),
        max_size=30,
    )
)
def test_store_matches_a_plain_dict_model_across_reopens(tmp_path: Path, ops: list) -> None:
    path = tmp_path / f"p{next(_COUNTER)}.json"
    s = Store(path)
    model: dict[str, dict] = {}
    for op, n, text in ops:
        table = s.table(CLAIMS)
        if op == "insert":
            doc_id = table.insert({"n": n, "text": text, "nested": {"t": [text]}})
            assert str(doc_id) not in model
            model[str(doc_id)] = {"n": n, "text": text, "nested": {"t": [text]}}
        elif op == "update" and model:
            key = sorted(model)[n % len(model)]
            table.update({"text": text}, doc_ids=[int(key)])
            model[key] = {**model[key], "text": text}
        elif op == "remove" and model:
            key = sorted(model)[n % len(model)]
            table.remove(doc_ids=[int(key)])
            del model[key]
        elif op == "reopen":
            s = Store(path)
    assert dict(s.raw(CLAIMS)) == model
    if path.exists():
        assert json.loads(path.read_text()).get(CLAIMS, {}) == model
        assert dict(Store(path).raw(CLAIMS)) == model
