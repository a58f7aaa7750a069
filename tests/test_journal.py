"""The store's journal: writes cost what they change, and nothing acknowledged is lost."""

from __future__ import annotations

import errno
import itertools
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tinydb import TinyDB

from tracker import journal
from tracker.errors import StoreError
from tracker.store import CLAIMS, META, REVIEWS, TOKEN, Store

SEED = Path(__file__).resolve().parent.parent / "seeds" / "reuters-north-korea-remittances.txt"


@pytest.fixture
def jdb(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A database whose every write goes to the journal (folded only when asked)."""
    monkeypatch.setenv("TRACKER_JOURNAL_FROM_BYTES", "1")
    monkeypatch.setenv("TRACKER_JOURNAL_PERCENT", "1000000")
    s = Store(db_path)
    s.table(CLAIMS).insert_multiple([{"id": f"c_{i}", "text": f"t{i}"} for i in range(20)])
    s.compact()  # the first write made the file with a token; now it holds everything
    return db_path


def _journal(db: Path) -> Path:
    return Path(f"{os.path.realpath(db)}.journal")


def _texts(s: Store) -> dict[str, str]:
    return {k: d["text"] for k, d in s.raw(CLAIMS).items()}


def _on_disk(db: Path) -> dict:
    return json.loads(db.read_bytes())


def test_a_write_appends_to_the_journal_and_leaves_the_file_alone(jdb: Path) -> None:
    before = jdb.read_bytes()
    s = Store(jdb)
    s.table(CLAIMS).update({"text": "changed"}, doc_ids=[3])
    assert jdb.read_bytes() == before
    found, _ = journal.read(_journal(jdb))
    assert [r["put"] for r in found.records] == [{CLAIMS: {"3": {"id": "c_2", "text": "changed"}}}]
    assert _texts(Store(jdb))["3"] == "changed"


def test_the_first_write_to_a_file_without_a_token_is_whole_and_stamps_one(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = Store(db_path)
    s.table(CLAIMS).insert({"id": "c_1", "text": "a"})
    assert TOKEN not in _on_disk(db_path)[META]["1"]  # small: no journal, the file as before
    monkeypatch.setenv("TRACKER_JOURNAL_FROM_BYTES", "1")
    monkeypatch.setenv("TRACKER_JOURNAL_PERCENT", "1000000")
    s.table(CLAIMS).insert({"id": "c_2", "text": "b"})
    assert not _journal(db_path).exists()
    token = _on_disk(db_path)[META]["1"][TOKEN]
    s.table(CLAIMS).insert({"id": "c_3", "text": "c"})
    assert _journal(db_path).exists() and _on_disk(db_path)[META]["1"][TOKEN] == token
    assert sorted(_texts(Store(db_path)).values()) == ["a", "b", "c"]


def test_another_instance_catches_up_from_the_journal_alone(
    jdb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reader, writer = Store(jdb), Store(jdb)
    assert _texts(reader)["2"] == "t1"
    generation = reader.generation
    loads: list[int] = []
    real = reader.storage._load
    monkeypatch.setattr(reader.storage, "_load", lambda sig: (loads.append(1), real(sig)))
    writer.table(CLAIMS).update({"text": "other"}, doc_ids=[2])
    writer.table(CLAIMS).remove(doc_ids=[4])
    writer.table(REVIEWS).insert({"claim_id": "c_1"})
    assert reader.refresh() and reader.generation > generation
    assert _texts(reader)["2"] == "other" and "4" not in reader.raw(CLAIMS)
    assert list(reader.raw(REVIEWS).values()) == [{"claim_id": "c_1"}]
    assert not loads  # the 20 documents were not read again, only the three records
    assert not reader.refresh()


def test_compaction_leaves_one_plain_tinydb_file(jdb: Path) -> None:
    s = Store(jdb)
    s.table(CLAIMS).update({"text": "folded"}, doc_ids=[5])
    s.table(CLAIMS).remove(doc_ids=[6])
    assert s.compact()
    assert not _journal(jdb).exists()
    stock = TinyDB(jdb)
    docs = {str(d.doc_id): d["text"] for d in stock.table(CLAIMS).all()}
    stock.close()
    assert docs == _texts(Store(jdb)) and docs["5"] == "folded" and "6" not in docs
    assert not s.compact()


def test_the_journal_is_folded_when_it_passes_its_share_of_the_file(
    jdb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRACKER_JOURNAL_PERCENT", "30")
    s = Store(jdb)
    sizes = []
    for k in range(40):
        s.table(CLAIMS).update({"text": f"v{k}"}, doc_ids=[1 + k % 20])
        sizes.append(_journal(jdb).stat().st_size if _journal(jdb).exists() else 0)
    main = jdb.stat().st_size
    assert 0 in sizes[1:] and max(sizes) <= main * 30 // 100
    assert _texts(Store(jdb))["20"] == "v39"


def test_a_torn_or_corrupt_tail_is_ignored_then_cut(jdb: Path) -> None:
    s = Store(jdb)
    s.table(CLAIMS).update({"text": "kept"}, doc_ids=[7])
    path = _journal(jdb)
    good = path.stat().st_size
    s.table(CLAIMS).update({"text": "torn"}, doc_ids=[8])
    whole = path.read_bytes()
    for cut in (good + 3, good + journal.HEADER.size + 5, len(whole) - 1):
        path.write_bytes(whole[:cut])
        texts = _texts(Store(jdb))
        assert texts["7"] == "kept" and texts["8"] == "t7"
    flipped = whole[:good] + whole[good:].replace(b'"torn"', b'"tOrn"')  # still valid JSON
    assert len(flipped) == len(whole) and flipped != whole
    path.write_bytes(flipped)  # but not what was written: its checksum fails
    assert _texts(Store(jdb))["8"] == "t7"
    Store(jdb).table(CLAIMS).update({"text": "after"}, doc_ids=[9])
    assert path.stat().st_size < len(whole) + 200  # the bad record was cut, not kept
    texts = _texts(Store(jdb))
    assert (texts["7"], texts["8"], texts["9"]) == ("kept", "t7", "after")


def test_a_journal_for_another_main_file_is_never_replayed(jdb: Path) -> None:
    s = Store(jdb)
    s.table(CLAIMS).update({"text": "journalled"}, doc_ids=[10])
    left = _journal(jdb).read_bytes()
    older = jdb.read_bytes()  # a copy of the file taken without its journal
    s.compact()
    s.table(CLAIMS).update({"text": "later"}, doc_ids=[10])
    s.compact()
    _journal(jdb).write_bytes(left)  # a crash between the fold's two steps left it
    assert _texts(Store(jdb))["10"] == "later"
    jdb.write_bytes(older)  # ... and a file restored from before: its own, not mixed
    _journal(jdb).unlink()
    assert _texts(Store(jdb))["10"] == "t9"


def test_a_full_disk_during_an_append_acknowledges_nothing_and_keeps_all(
    jdb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = Store(jdb)
    s.table(CLAIMS).update({"text": "before"}, doc_ids=[11])
    size = _journal(jdb).stat().st_size

    real = os.pwrite

    def full(fd: int, data: bytes, offset: int) -> int:
        real(fd, data[:7], offset)  # part of the record reached the file before the disk filled
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(journal.os, "pwrite", full)
    with pytest.raises(StoreError, match="cannot write database: No space left"):
        s.table(CLAIMS).update({"text": "never"}, doc_ids=[11])
    monkeypatch.undo()
    assert _journal(jdb).stat().st_size == size
    assert _texts(s)["11"] == "before" and _texts(Store(jdb))["11"] == "before"


def test_a_failed_fsync_of_the_journal_cuts_the_record_back(
    jdb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = Store(jdb)
    s.table(CLAIMS).update({"text": "before"}, doc_ids=[12])
    size = _journal(jdb).stat().st_size
    real = os.fsync
    calls: list[int] = []

    def failing(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 1:
            raise OSError(errno.EIO, "Input/output error")
        real(fd)

    monkeypatch.setattr(journal.os, "fsync", failing)
    with pytest.raises(StoreError, match="Input/output error"):
        s.table(CLAIMS).update({"text": "never"}, doc_ids=[12])
    monkeypatch.undo()
    assert _journal(jdb).stat().st_size == size
    assert _texts(Store(jdb))["12"] == "before"


def test_the_journal_keeps_the_file_mode_and_follows_a_symlink(jdb: Path, tmp_path: Path) -> None:
    Store(jdb).compact()
    jdb.chmod(0o600)
    link = tmp_path / "link.json"
    link.symlink_to(jdb)
    Store(link).table(CLAIMS).update({"text": "via link"}, doc_ids=[13])
    assert link.is_symlink() and _journal(jdb).exists()
    assert not Path(f"{link}.journal").exists()
    assert _journal(jdb).stat().st_mode & 0o777 == 0o600
    assert _texts(Store(jdb))["13"] == "via link"


def test_a_read_only_database_takes_no_journal(jdb: Path) -> None:
    Store(jdb).compact()
    jdb.chmod(0o444)
    try:
        with pytest.raises(StoreError, match="read-only"):
            Store(jdb).table(CLAIMS).update({"text": "x"}, doc_ids=[1])
    finally:
        jdb.chmod(0o644)
    assert not _journal(jdb).exists()


def test_dropped_and_new_tables_replay(jdb: Path) -> None:
    s = Store(jdb)
    s.table("extra").insert({"n": 1})
    s.db.drop_table(REVIEWS)
    s.table(REVIEWS).insert({"claim_id": "c_1"})
    s.db.drop_table("extra")
    fresh = Store(jdb).storage.read() or {}
    assert "extra" not in fresh and list(fresh[REVIEWS].values()) == [{"claim_id": "c_1"}]


_COUNTER = itertools.count()
_OPS = st.lists(
    st.tuples(
        st.sampled_from(["insert", "update", "remove", "batch", "fold", "other", "reopen"]),
        st.integers(min_value=0, max_value=50),
        st.text(max_size=12),
    ),
    max_size=25,
)


def _transact(s: Store, op: str, n: int, text: str, model: dict[str, dict]) -> None:
    """One transaction on ``s`` and the same change on ``model``."""
    table = s.table(CLAIMS)
    keys = sorted(model, key=int)
    if op == "insert":
        model[str(table.insert({"id": text, "text": text}))] = {"id": text, "text": text}
    elif op == "update" and keys:
        key = keys[n % len(keys)]
        table.update({"text": text}, doc_ids=[int(key)])
        model[key] = {**model[key], "text": text}
    elif op == "remove" and keys:
        key = keys[n % len(keys)]
        table.remove(doc_ids=[int(key)])
        del model[key]
    elif op == "batch":
        with s.transaction():
            new = str(table.insert({"id": "b", "text": text, "n": n}))
            table.update({"n": n + 1}, doc_ids=[int(new)])
            model[new] = {"id": "b", "text": text, "n": n + 1}
            if keys:
                table.remove(doc_ids=[int(keys[0])])
                model.pop(keys[0])


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(ops=_OPS, percent=st.sampled_from([5, 40, 1_000_000]), cut=st.integers(0, 2**31))
def test_any_history_cut_anywhere_reloads_to_the_last_acknowledged_transaction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ops: list, percent: int, cut: int
) -> None:
    monkeypatch.setenv("TRACKER_JOURNAL_FROM_BYTES", "1")
    monkeypatch.setenv("TRACKER_JOURNAL_PERCENT", str(percent))
    path = tmp_path / f"h{next(_COUNTER)}.json"
    stores = [Store(path), Store(path)]
    model: dict[str, dict] = {}
    _transact(stores[0], "insert", 0, "first", model)
    history = [(0, dict(model))]  # (journal size, state) after each acknowledged transaction
    for op, n, text in ops:
        if op == "fold":
            stores[0].compact()
        elif op == "other":
            stores.reverse()  # the other instance writes next: it catches up first
        elif op == "reopen":
            stores[0] = Store(path)
        else:
            _transact(stores[0], op, n, text, model)
        size = _journal(path).stat().st_size if _journal(path).exists() else 0
        history.append((size, dict(model)))
        assert dict(stores[1].raw(CLAIMS)) == model  # every reader sees every transaction
    final = history[-1][0]
    since_fold = history[max(i for i, (size, _) in enumerate(history) if size == 0) :]
    at = cut % (final + 1)
    if final:  # a crash tore the journal at byte ``at``: what was whole there is what holds
        with open(_journal(path), "r+b") as fh:
            fh.truncate(at)
    expected = [state for size, state in since_fold if size <= at][-1]
    assert dict(Store(path).raw(CLAIMS)) == expected
    _transact(Store(path), "insert", 0, "after", expected)
    assert dict(Store(path).raw(CLAIMS)) == expected


def test_the_compact_command_folds_the_journal(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from tracker.cli import cli
    from tracker.workspace import Workspace

    monkeypatch.setenv("TRACKER_JOURNAL_FROM_BYTES", "1")
    ws = Workspace(db_path)
    ws.ingest([str(SEED)])
    ws.add_note(ws.rows()[0].id, "in the journal")
    assert _journal(db_path).exists()
    result = CliRunner().invoke(cli, ["--db", str(db_path), "compact"])
    assert result.exit_code == 0 and "journal folded in" in result.stdout
    assert not _journal(db_path).exists()
    assert "in the journal" in db_path.read_text()
    result = CliRunner().invoke(cli, ["--db", str(db_path), "compact"])
    assert result.exit_code == 0 and "no journal" in result.stdout


def test_a_reader_waits_out_a_record_being_written_then_applies_it(
    jdb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reader, writer = Store(jdb), Store(jdb)
    writer.table(CLAIMS).update({"text": "first"}, doc_ids=[14])
    assert reader.refresh() and _texts(reader)["14"] == "first"
    loads: list[int] = []
    real = reader.storage._load
    monkeypatch.setattr(reader.storage, "_load", lambda sig: (loads.append(1), real(sig)))
    path = _journal(jdb)
    done = path.read_bytes()
    writer.table(CLAIMS).update({"text": "second"}, doc_ids=[14])
    record = path.read_bytes()[len(done) :]
    for cut in (5, journal.HEADER.size + 3):  # what a reader may see of an append under way
        path.write_bytes(done + record[:cut])
        assert not reader.refresh() and _texts(reader)["14"] == "first"
    path.write_bytes(done + record)
    assert reader.refresh() and _texts(reader)["14"] == "second"
    assert not loads  # never read the whole database again


def test_a_bad_journal_setting_is_named_and_nothing_is_written(
    jdb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tracker.errors import InvalidValueError

    before = jdb.read_bytes()
    monkeypatch.setenv("TRACKER_MAX_BYTES", "lots")  # another setting's bad value: not ours
    Store(jdb).table(CLAIMS).update({"text": "fine"}, doc_ids=[15])
    monkeypatch.setenv("TRACKER_JOURNAL_PERCENT", "a quarter")
    with pytest.raises(InvalidValueError, match="TRACKER_JOURNAL_PERCENT"):
        Store(jdb).table(CLAIMS).update({"text": "never"}, doc_ids=[15])
    monkeypatch.delenv("TRACKER_JOURNAL_PERCENT")
    assert jdb.read_bytes() == before and _texts(Store(jdb))["15"] == "fine"


def test_no_room_for_a_fold_appends_instead_and_folds_later(
    jdb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tracker.store

    monkeypatch.setenv("TRACKER_JOURNAL_PERCENT", "1")  # every record is past the share
    before = jdb.read_bytes()
    real = tracker.store.atomic_write_bytes

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(tracker.store, "atomic_write_bytes", full)
    s = Store(jdb)
    s.table(CLAIMS).update({"text": "landed"}, doc_ids=[16])
    s.table(CLAIMS).update({"text": "again"}, doc_ids=[17])
    assert jdb.read_bytes() == before and _journal(jdb).exists()
    texts = _texts(Store(jdb))
    assert (texts["16"], texts["17"]) == ("landed", "again")
    monkeypatch.setattr(tracker.store, "atomic_write_bytes", real)
    s.table(CLAIMS).update({"text": "folded"}, doc_ids=[18])  # room again: it folds
    assert not _journal(jdb).exists()
    texts = _texts(Store(jdb))
    assert (texts["16"], texts["17"], texts["18"]) == ("landed", "again", "folded")
