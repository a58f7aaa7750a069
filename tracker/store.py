"""The claim store: TinyDB on a storage that is atomic, locked, versioned and fast.

Why not stock ``JSONStorage``: it rewrites the whole file with ``json.dumps`` in
place (a crash tears it), takes no lock (two processes lose each other's
writes) and at 100,000 claims spends ~0.6 s per update. This storage

* writes a temp file in the same folder, fsyncs it, ``os.replace``-s it over
  the database and fsyncs the folder, so a crash leaves the old or the new
  file, never a torn one;
* for a big database (``TRACKER_JOURNAL_FROM_BYTES``, 1 MiB), writes only what
  a transaction changed: one checksummed record appended to ``<db>.journal``
  and fsynced (tracker/journal.py), ~1 KB instead of 65 MB at 100,000 claims.
  Readers load the file, then replay the journal; another process's append is
  read as the journal's new tail alone. The journal is folded into the file
  (the atomic write above) when it passes ``TRACKER_JOURNAL_PERCENT`` (10) of
  the file's size, on ``compact()`` and when the process that appended exits
  cleanly; a file that has a journal carries a token (``meta`` document,
  ``journal_base``) that each record names, fresh at every fold, so a journal
  left by a crash between the fold's replace and its delete is never replayed
  over the new file. Why a journal and not the alternatives: SQLite would end
  TinyDB's plain JSON file (the format is fixed, and the file is the bundle a
  desk copies); a file per table or per document splits the database and makes
  the fold non-atomic; rewriting in place tears. A small database, and any
  database after a clean exit, is still one complete TinyDB JSON file;
* takes an inter-process lock (``<db>.lock``) around every read-modify-write
  and re-reads what another process wrote (inode, size, mtime of both files);
* lays the file out one document per line and keeps each document's
  serialised bytes, so an update re-serialises only the documents it touched
  (copy-on-write on TinyDB's update path keeps that cache honest);
* refuses, with one clear message and without touching the file, anything
  that is not a tracker database, and migrates older schemas after a backup.
"""

from __future__ import annotations

import atexit
import gc
import glob
import itertools
import operator
import os
import re
import secrets
import shutil
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import orjson
from filelock import FileLock, Timeout
from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Table

from tracker import journal
from tracker.atomic import atomic_write_bytes, read_only
from tracker.errors import (
    CorruptDatabaseError,
    LockedError,
    SchemaVersionError,
    StoreError,
    TrackerError,
)
from tracker.limits import limit

SCHEMA_VERSION = 1
META, ARTICLES, CLAIMS, REVIEWS, AUDIT = "meta", "articles", "claims", "reviews", "audit"
TABLES = (META, ARTICLES, CLAIMS, REVIEWS, AUDIT)

# Migrations from version N to N+1, keyed by N. Each takes the raw tables and returns them.
MIGRATIONS: dict[int, Callable[[dict[str, dict[str, Any]]], dict[str, dict[str, Any]]]] = {}

_DOC_LINE = re.compile(rb'^"(\d+)":')

# The fields every document of a tracker table must have (the Workspace asks for this check);
# a file lacking them is refused at load, in one line, not with a KeyError in some command.
REQUIRED = {
    ARTICLES: ("id", "text"),
    CLAIMS: ("id", "article_id", "text"),
    REVIEWS: ("claim_id",),
    AUDIT: ("seq",),
}

Tables = dict[str, dict[str, Any]]


@contextmanager
def _no_gc() -> Iterator[None]:
    """Parsing 100k documents triggers many pointless GC passes; pausing GC halves load time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        # JSON data has no reference cycles: move it out of the collector's sight, or the
        # next collection walks every one of a million fresh objects (and so would each
        # full collection after it, stalling the TUI). Reference counting still frees it.
        gc.freeze()
        if enabled:
            gc.enable()


class AtomicJSONStorage(Storage):
    """A TinyDB storage: in-memory tables, atomic locked writes, per-document byte cache."""

    def __init__(self, path: str | os.PathLike[str], lock_timeout: float = 10.0) -> None:
        self.path = Path(path)
        self.lock_timeout = lock_timeout
        # One lock per file, whichever name (a symlink, another spelling) it is opened by.
        self._lock = FileLock(f"{os.path.realpath(self.path)}.lock", timeout=lock_timeout)
        self._data: Tables | None = None
        self._sig: tuple[int, int, int] | None = None
        self._loaded = False
        self._depth = 0
        self._swept = False
        self._touched: set[str] = set()
        # Serialised form of each table as last written/read, and of each document in it.
        self._table_bytes: dict[str, bytes] = {}
        self._doc_bytes: dict[str, dict[str, tuple[Any, bytes]]] = {}
        self._raw = b""
        self._raw_tables: dict[str, tuple[int, int]] = {}
        self._raw_names: list[str] | None = None  # tables of _raw not yet located in it
        # The journal beside the main file (tracker/journal.py) and how far we have read it.
        self.journal_path = Path(f"{os.path.realpath(self.path)}.journal")
        self._jsig: tuple[int, int, int] | None = None
        self._jpos = journal.Scan()  # records applied: their end, last checksum, torn tail
        self._base: str | None = None  # the main file's token (None: no journal for it)
        self._before: dict[str, dict[str, Any] | None] = {}  # touched tables as they were
        self.appended = False  # this process appended since it last folded (fold at exit)
        self._whole = False  # this transaction must write the whole file
        #: Bumped whenever the in-memory data was (re)loaded from disk.
        self.generation = 0
        #: Called with the tables just before each write (the Store stamps the schema there).
        self.before_flush: Callable[[Tables], None] | None = None

    # -- reading -------------------------------------------------------------------------
    def _signature(self) -> tuple[int, int, int] | None:
        return _stat(self.path)

    def refresh(self) -> bool:
        """Catch up with the files on disk when they changed since we last saw them: the
        journal's new records alone when only it grew, else the whole database. True if
        the data changed."""
        sig = self._signature()
        jsig = _stat(self.journal_path)
        if self._loaded and sig == self._sig:
            if jsig == self._jsig:
                return False
            applied = self._catch_up(jsig)
            if applied is not None:
                if applied:
                    self.generation += 1
                return bool(applied)
        self._load(sig)
        return True

    def _load(self, sig: tuple[int, int, int] | None) -> None:
        self._table_bytes.clear()
        self._doc_bytes.clear()
        self._raw_tables.clear()
        self._raw, self._raw_names = b"", None
        if sig is None:
            data: Tables | None = None
        else:
            try:
                with open(self.path, "rb") as fh:
                    st = os.fstat(fh.fileno())
                    raw = fh.read()
            except OSError as exc:
                raise StoreError(f"{self.path}: cannot read database: {exc.strerror}") from None
            sig = (st.st_ino, st.st_size, st.st_mtime_ns)  # what was read, if it just changed
            data = self._parse(raw)
            self._raw = raw
            self._raw_names = list(data) if data else None
        self._data = data
        self._sig = sig
        self._base = _token(data)
        self._jpos = journal.Scan()
        self._replay(0)
        self._loaded = True
        self.generation += 1

    def _catch_up(self, jsig: tuple[int, int, int] | None) -> int | None:
        """Apply the records appended since we last read the journal; how many. None when
        that cannot be done from where we are (the journal was cut or replaced under us):
        the caller reads everything again."""
        end = self._jpos.end
        if end and (jsig is None or self._jsig is None or jsig[0] != self._jsig[0]):
            return None
        if jsig is None:  # a journal we ignored (for another main file) is gone
            self._jsig, self._jpos = None, journal.Scan()
            return 0
        if jsig[1] < end:
            return None
        applied = self._replay(end)
        if self._jpos.torn and not self._jpos.partial and end:
            return None  # not a record being written: the journal changed under us
        return applied

    def _replay(self, start: int) -> int:
        """Apply the journal's records for our main file from ``start``; how many."""
        found, st = journal.read(
            self.journal_path, start, self._jpos.crc if start else 0, self._for_us
        )
        self._jsig = None if st is None else (st.st_ino, st.st_size, st.st_mtime_ns)
        for record in found.records:
            self._apply(record)
        self._jpos = found
        return len(found.records)

    def _for_us(self, record: Any) -> bool:
        """A record written against the main file we read (a stale journal is ignored)."""
        return (
            isinstance(record, dict) and self._base is not None and record.get("base") == self._base
        )

    def _apply(self, record: dict[str, Any]) -> None:
        data = self._data if self._data is not None else {}
        for name in record.get("drop") or ():
            self._unraw(name)
            data.pop(name, None)
        for name, docs in (record.get("put") or {}).items():
            self._unraw(name)
            table = data.setdefault(name, {})
            for key, doc in docs.items():
                if doc is None:
                    table.pop(key, None)
                else:
                    table[key] = doc
        self._data = data

    def _parse(self, raw: bytes) -> Tables | None:
        if not raw or raw.isspace():
            return None  # an empty file is an empty database, as for TinyDB itself
        try:
            with _no_gc():
                data = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            raise CorruptDatabaseError(
                f"{self.path}: not a readable database (invalid JSON: {exc}); the file was left untouched"
            ) from None
        # set(map(type, ...)): the check runs in C; a generator costs ~30 ms at 100,000 claims.
        if not isinstance(data, dict) or not all(
            isinstance(table, dict) and set(map(type, table.values())) <= {dict}
            for table in data.values()
        ):
            raise CorruptDatabaseError(
                f"{self.path}: not a TinyDB database (expected tables of documents); "
                "the file was left untouched"
            )
        return data

    def _index_raw(self) -> None:
        """Remember where each table's lines lie when the file is in our one-document-per-line
        layout, so a later write of an untouched table reuses its bytes instead of serialising
        it again. Done at the first write, not at load: the searches cross the whole file
        (~50 ms at 100,000 claims), and a reader never needs them. Each span is checked when
        it is used.
        """
        names, self._raw_names = self._raw_names, None
        raw = self._raw
        if not names or not raw.startswith(b"{\n"):
            return
        pos = 0
        for name in names:
            header = b"\n" + orjson.dumps(name) + b":{\n"
            start = raw.find(header, pos)
            if start < 0:
                return
            body_start = start + len(header)
            end = raw.find(b"\n}", body_start - 1)
            if end < 0:
                return
            self._raw_tables[name] = (body_start, max(end, body_start))
            pos = end

    def _raw_body(self, name: str, table: Mapping[str, Any]) -> bytes | None:
        """The on-disk lines of an untouched table, if they are exactly one per document."""
        if self._raw_names is not None:
            self._index_raw()
        span = self._raw_tables.pop(name, None)
        if span is None:
            return None
        start, end = span
        raw = self._raw
        expected = len(table)
        lines = raw.count(b"\n", start, end) + 1 if end > start else 0
        if lines != expected or raw[end : end + 2] != b"\n}":
            return None
        return raw[start:end]

    def read(self) -> Tables | None:
        if self._depth == 0:
            self.refresh()
        return self._data

    # -- writing -------------------------------------------------------------------------
    def touch(self, table: str) -> None:
        """Note that ``table`` is about to change, so its cached bytes are not reused.

        Called before the change: the table is remembered as it is (what the journal record
        is the difference from), and a table still in its on-disk layout is split into
        per-document bytes now, while the documents are the ones those bytes describe.
        """
        if table not in self._before:
            current = (self._data or {}).get(table)
            self._before[table] = None if current is None else dict(current)
        self._touched.add(table)
        self._unraw(table)

    def _unraw(self, table: str) -> None:
        """Stop writing ``table`` from the file's bytes: it is about to differ from them."""
        self._table_bytes.pop(table, None)
        current = (self._data or {}).get(table, {})
        raw = self._raw_body(table, current)
        if raw is not None and table not in self._doc_bytes:
            primed = self._prime_docs(raw, current)
            if primed is not None:
                self._doc_bytes[table] = primed

    def touch_all(self) -> None:
        for name in list(self._data or {}):
            self.touch(name)

    def write(self, data: Tables) -> None:
        if self._depth == 0:
            # A write outside our transactions (e.g. TinyDB.drop_tables, which changed the
            # tables before calling us): lock, and write the whole file.
            with self.transaction():
                self.touch_all()
                self._touched.update(data)
                self._whole = True
                self._data = data
            return
        self._data = data

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Hold the lock, work on fresh data, write once at the end; roll back on error."""
        outer = self._depth == 0
        if outer:
            try:
                self._lock.acquire()
            except Timeout:
                raise LockedError(
                    f"{self.path}: database is locked by another process "
                    f"(waited {self.lock_timeout:g} s); try again"
                ) from None
            except OSError as exc:  # e.g. a read-only folder: no lock file can be made
                raise StoreError(
                    f"{self.path}: cannot create the lock file {self._lock.lock_file}: "
                    f"{exc.strerror or exc}; nothing was written"
                ) from None
            if read_only(self.path):
                self._lock.release()
                raise StoreError(f"{self.path}: the database is read-only; nothing was written")
        try:
            if outer:
                self._sweep_temp_files()
                self.refresh()
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            if outer and self._touched:
                self._flush()
        except BaseException:
            if outer:
                # Drop the half-applied in-memory state; the next read reloads the file.
                self._loaded = False
                self._touched.clear()
                self._before.clear()
                self._whole = False
            raise
        finally:
            if outer:
                self._lock.release()

    def _sweep_temp_files(self) -> None:
        """Remove temp files a killed writer left beside the database (once per process).

        Only a writer holding the lock makes them, and we hold it now: any one there is
        an orphan, and at 100,000 claims each is tens of megabytes."""
        if self._swept:
            return
        self._swept = True
        real = Path(os.path.realpath(self.path))
        for orphan in real.parent.glob(f".{glob.escape(real.name)}.{'?' * 8}.tmp"):
            with suppress(OSError):
                orphan.unlink()

    def _table_chunk(self, name: str, table: Mapping[str, Any]) -> bytes:
        cached = self._table_bytes.get(name)
        if cached is not None and name not in self._touched:
            return cached
        raw = None if name in self._touched else self._raw_body(name, table)
        if raw is not None:
            body = raw
        else:
            docs = self._doc_bytes.get(name) or {}
            fresh: dict[str, tuple[Any, bytes]] = {}
            lines = []
            for key, doc in table.items():
                hit = docs.get(key)
                if hit is None or hit[0] is not doc:
                    hit = (doc, orjson.dumps(key) + b":" + orjson.dumps(doc))
                fresh[key] = hit
                lines.append(hit[1])
            self._doc_bytes[name] = fresh
            body = b",\n".join(lines)
        chunk = orjson.dumps(name) + b":{\n" + body + b"\n}"
        self._table_bytes[name] = chunk
        return chunk

    @staticmethod
    def _prime_docs(raw: bytes, table: Mapping[str, Any]) -> dict[str, tuple[Any, bytes]] | None:
        """Split a table's on-disk lines into per-document bytes, if they line up exactly."""
        primed: dict[str, tuple[Any, bytes]] = {}
        for line in raw.split(b"\n"):
            m = _DOC_LINE.match(line)
            if m is None:
                return None
            key = m.group(1).decode()
            doc = table.get(key)
            if doc is None or key in primed:
                return None
            primed[key] = (doc, line[:-1] if line.endswith(b",") else line)
        return primed if len(primed) == len(table) else None

    def _flush(self) -> None:
        if self._data is None:
            self._data = {}
        if self.before_flush is not None:
            self.before_flush(self._data)
        payload = self._journal_payload()
        if payload is None:
            self._fold()
        elif payload and self._past_share(payload):
            self._fold_or_append(payload)
        elif payload:
            self._append(payload)
        self._touched.clear()
        self._before.clear()
        self._whole = False

    # -- the journal ---------------------------------------------------------------------
    def _journal_payload(self) -> bytes | None:
        """This transaction as a journal record's payload (b"": nothing changed), or None
        when the whole file is to be written instead: a small or new file, one with no
        journal token yet."""
        if self._sig is None or self._base is None or self._whole:
            return None
        if self._sig[1] < limit("journal_from_bytes"):
            return None
        put, drop = _changes(self._data or {}, self._touched, self._before)
        if not put and not drop:
            return b""
        return orjson.dumps({"base": self._base, "put": put, "drop": drop})

    def _past_share(self, payload: bytes) -> bool:
        """Would this record take the journal past its share of the file's size?"""
        size = self._sig[1] if self._sig else 0
        return self._jpos.end + len(payload) > size * limit("journal_percent") // 100

    def _fold_or_append(self, payload: bytes) -> None:
        """Fold, the journal having had its share; where the disk has no room for a new file,
        append instead: the write lands, and the journal grows until a fold fits."""
        try:
            self._fold()
        except StoreError:
            self._append(payload)

    def _append(self, payload: bytes) -> None:
        record, crc = journal.encode(payload, self._jpos.crc)
        try:
            end = journal.append(self.journal_path, self._jpos.end, record, _stat_of(self.path))
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot write database: {exc.strerror}") from None
        self._jpos = journal.Scan(end=end, crc=crc)
        self._jsig = _stat(self.journal_path)
        self.appended = True
        _APPENDED.add(self)

    def _chunks(self) -> list[bytes]:
        chunks = [b"{\n"]
        for i, (name, table) in enumerate((self._data or {}).items()):
            if i:
                chunks.append(b",\n")
            chunks.append(self._table_chunk(name, table))
        chunks.append(b"\n}\n")
        return chunks

    def _fold(self) -> None:
        """Write the whole database (temp file, fsync, replace), then drop the journal it
        now holds. A file big enough for a journal gets a fresh token, so a journal left
        behind by a crash between the two steps is never replayed over it."""
        chunks = self._chunks()
        big = sum(map(len, chunks)) >= limit("journal_from_bytes")
        previous = None
        if big or _token(self._data) is not None:
            previous = self._stamp_token(secrets.token_hex(8) if big else None)
            if previous is not None:
                chunks = self._chunks()
        try:
            atomic_write_bytes(self.path, chunks)
        except OSError as exc:
            if previous is not None:  # the file keeps its token: so must we
                self._data[META]["1"] = previous  # type: ignore[index]
                self._table_bytes.pop(META, None)
            raise StoreError(f"{self.path}: cannot write database: {exc.strerror}") from None
        self._sig = self._signature()
        self._base = _token(self._data)
        self._touched.clear()
        self._before.clear()
        with suppress(OSError):  # left behind, it is for another token: ignored, then cut
            journal.remove(self.journal_path)
        self._jpos, self._jsig = journal.Scan(), _stat(self.journal_path)
        self.appended = False

    def _stamp_token(self, token: str | None) -> dict[str, Any] | None:
        """Put ``token`` (None: no token) in the meta document; the document it replaced
        (None: there is no meta document)."""
        meta = (self._data or {}).get(META)
        doc = meta.get("1") if meta else None
        if not isinstance(doc, dict):
            return None
        self.touch(META)
        fresh = {k: v for k, v in doc.items() if k != TOKEN}
        if token is not None:
            fresh[TOKEN] = token
        meta["1"] = fresh  # type: ignore[index]
        return doc

    def compact(self) -> bool:
        """Fold the journal into the database file now; False if there was none."""
        if _stat(self.journal_path) is None:
            return False
        with self.transaction():
            if self._jsig is None:
                return False
            if self._sig is None:  # no file for it to apply to: nothing to keep
                journal.remove(self.journal_path)
                return False
            if self.before_flush is not None and self._data is not None:
                self.before_flush(self._data)
            self._fold()
            return True

    def close(self) -> None:
        """Fold what this process appended: a clean close leaves no journal behind. Waits
        for the lock only briefly; a busy database is folded by its other writer."""
        if not self.appended:
            return
        timeout = self._lock.timeout
        self._lock.timeout = min(self.lock_timeout, 2.0)
        try:
            self.compact()
        except TrackerError:
            pass  # the journal stays, and is replayed: nothing is lost
        finally:
            self._lock.timeout = timeout


TOKEN = "journal_base"  # the meta document's key for the main file's journal token
_APPENDED: weakref.WeakSet[AtomicJSONStorage] = weakref.WeakSet()


@atexit.register
def _fold_at_exit() -> None:
    """A process that exits cleanly folds its journal (a killed one leaves it, replayed)."""
    for storage in list(_APPENDED):
        storage.close()


def _stat(path: Path) -> tuple[int, int, int] | None:
    st = _stat_of(path)
    return None if st is None else (st.st_ino, st.st_size, st.st_mtime_ns)


def _stat_of(path: Path) -> os.stat_result | None:
    try:
        return os.stat(path)
    except FileNotFoundError:
        return None


def _token(data: Tables | None) -> str | None:
    """The journal token of the main file's data (None: none, so no journal applies)."""
    doc = ((data or {}).get(META) or {}).get("1")
    token = doc.get(TOKEN) if isinstance(doc, dict) else None
    return token if isinstance(token, str) else None


def _changes(
    data: Tables, touched: Iterable[str], before: Mapping[str, dict[str, Any] | None]
) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """What the touched tables hold now that they did not: each changed document whole
    (None: removed), and the tables dropped (or replaced wholesale, when not remembered)."""
    put: dict[str, dict[str, Any]] = {}
    drop: list[str] = []
    for name in touched:
        after = data.get(name)
        old = before.get(name)
        if name not in before or (after is None and old is not None):
            drop.append(name)
        if after is None:
            continue
        docs = dict(after) if old is None else _diff(old, after)
        if docs or old is None:
            put[name] = docs
    return put, drop


def _diff(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """The documents of ``new`` that are not the very objects in ``old``, and None for each
    one removed (documents are copied on write, so identity tells a change; C-level maps:
    ~3 ms at 100,000 documents)."""
    keys = list(new)
    changed = itertools.compress(keys, map(operator.is_not, new.values(), map(old.get, keys)))
    docs = {k: new[k] for k in changed}
    for key in old.keys() - new.keys():
        docs[key] = None
    return docs


class _CopyOnWrite(dict):  # type: ignore[type-arg]
    """Hands TinyDB's updaters a copy of each document they look at.

    TinyDB updates documents in place; copying first gives the changed document a new
    identity, which is how the storage knows its cached bytes are stale.
    """

    def __getitem__(self, key: Any) -> Any:
        doc = dict(super().__getitem__(key))
        super().__setitem__(key, doc)
        return doc


class TrackedTable(Table):
    """A TinyDB table that writes under the storage's lock and notices reloads."""

    def __init__(self, storage: Storage, name: str, cache_size: int = 0, **kwargs: Any) -> None:
        super().__init__(storage, name, cache_size=cache_size, **kwargs)
        self._generation = -1

    def _sync(self) -> None:
        generation = self._storage.generation  # type: ignore[attr-defined]
        if generation != self._generation:
            self._next_id = None
            self.clear_cache()
            self._generation = generation

    # TinyDB picks a new document's id before it calls _update_table, so the lock and the
    # re-read must come first: every writing entry point runs inside the transaction.
    def insert(self, document: Mapping[Any, Any]) -> int:
        with self._locked():
            return super().insert(document)

    def insert_multiple(self, documents: Iterable[Mapping[Any, Any]]) -> list[int]:
        with self._locked():
            return super().insert_multiple(documents)

    def upsert(self, document: Mapping[Any, Any], cond: Any = None) -> list[int]:
        with self._locked():
            return super().upsert(document, cond)

    @contextmanager
    def _locked(self) -> Iterator[None]:
        storage: AtomicJSONStorage = self._storage  # type: ignore[assignment]
        with storage.transaction():
            storage.read()
            self._sync()
            yield

    def _read_table(self) -> dict[str, Mapping[Any, Any]]:
        tables = self._storage.read()
        self._sync()
        return (tables or {}).get(self.name, {})

    def _update_table(self, updater: Callable[[dict[int, Mapping[Any, Any]]], None]) -> None:
        storage: AtomicJSONStorage = self._storage  # type: ignore[assignment]
        with storage.transaction():
            tables = storage.read() or {}
            self._sync()
            storage.touch(self.name)
            raw = tables.get(self.name, {})
            table = _CopyOnWrite((self.document_id_class(k), v) for k, v in raw.items())
            updater(table)
            tables[self.name] = {str(k): v for k, v in dict.items(table)}
            storage.write(tables)
        self.clear_cache()


class _TrackerTinyDB(TinyDB):
    table_class = TrackedTable
    default_table_name = META


class Store:
    """A tracker database file: the tables, their schema version and the lock around them."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        lock_timeout: float = 10.0,
        required: Mapping[str, tuple[str, ...]] | None = None,
    ) -> None:
        self.path = Path(path)
        self.required = required or {}  # fields each document of a table must have
        if self.path.is_dir():
            raise StoreError(f"{self.path}: is a folder, not a database file")
        self.storage = AtomicJSONStorage(self.path, lock_timeout=lock_timeout)
        self.storage.before_flush = self._stamp
        self.db = _TrackerTinyDB(storage=lambda: self.storage)
        self._checked_generation = -1
        self.check()

    # -- schema --------------------------------------------------------------------------
    def check(self) -> None:
        """Refuse foreign or newer files; migrate older ones (after a backup)."""
        data = self.storage.read()
        if self._checked_generation == self.storage.generation:
            return
        version = self._version(data)
        if version > SCHEMA_VERSION:
            raise SchemaVersionError(
                f"{self.path}: written by a newer tracker (schema {version}, this one reads "
                f"up to {SCHEMA_VERSION}); upgrade tracker to open it"
            )
        if 0 < version < SCHEMA_VERSION:
            self._migrate(version)
        self._check_documents(self.storage.read())
        self._checked_generation = self.storage.generation

    def _version(self, data: Tables | None) -> int:
        if not data or not any(data.values()):
            return 0  # new or empty: becomes current on first write
        meta = data.get(META) or {}
        doc = next(iter(meta.values()), None) if meta else None
        version = doc.get("schema_version") if isinstance(doc, dict) else None
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise CorruptDatabaseError(
                f"{self.path}: a JSON/TinyDB file, but not a tracker database "
                "(no schema version); the file was left untouched"
            )
        return version

    def _check_documents(self, data: Tables | None) -> None:
        for name, fields in self.required.items():
            docs = (data or {}).get(name) or {}
            for field in fields:
                # map() runs in C: ~3 ms per field at 100,000 claims, where a generator is 5x
                if not all(map(operator.contains, docs.values(), itertools.repeat(field))):
                    bad = next(k for k, d in docs.items() if field not in d)
                    raise CorruptDatabaseError(
                        f"{self.path}: a tracker database with a malformed {name} document "
                        f"(#{bad} has no {field!r}); the file was left untouched"
                    )

    def _migrate(self, version: int) -> None:
        backup = self.path.with_name(f"{self.path.name}.schema{version}.bak")
        self.storage.compact()  # the backup is one file: the journal goes into it first
        shutil.copy2(self.path, backup)
        with open(backup, "rb") as fh:
            os.fsync(fh.fileno())
        with self.storage.transaction():
            data = self.storage.read() or {}
            current = self._version(data)
            while current < SCHEMA_VERSION:
                step = MIGRATIONS.get(current)
                if step is None:
                    raise SchemaVersionError(
                        f"{self.path}: no migration from schema {current}; backup at {backup}"
                    )
                data = step(data)
                current += 1
            data[META] = {"1": {"schema_version": SCHEMA_VERSION, "app": "tracker"}}
            self.storage.touch_all()
            self.storage.write(data)

    def _stamp(self, data: Tables) -> None:
        """Every file we write carries our schema version, however the write was made."""
        meta = data.get(META)
        if not meta or "1" not in meta:
            self.storage.touch(META)
            data[META] = {"1": {"schema_version": SCHEMA_VERSION, "app": "tracker"}, **(meta or {})}
            # Put meta first, where a person opening the file looks for it.
            for name in [n for n in data if n != META]:
                data[name] = data.pop(name)

    def ensure_meta(self) -> None:
        """Stamp a new database with the current schema version (inside a transaction)."""
        meta = self.table(META)
        if not meta.get(doc_id=1):
            meta.insert({"schema_version": SCHEMA_VERSION, "app": "tracker"})

    # -- access --------------------------------------------------------------------------
    def table(self, name: str) -> Table:
        return self.db.table(name)

    def raw(self, name: str) -> Mapping[str, dict[str, Any]]:
        """The stored documents of a table, keyed by TinyDB doc id. Read-only by contract."""
        self.check()
        return (self.storage.read() or {}).get(name, {})

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything inside is one locked, atomic write (or nothing, on an exception)."""
        with self.storage.transaction():
            self.check()
            self.ensure_meta()
            yield

    def compact(self) -> bool:
        """Fold the journal into the database file, leaving one plain TinyDB JSON file (before
        copying the file anywhere); False if there was no journal."""
        return self.storage.compact()

    def close(self) -> None:
        """Fold what this process appended to the journal (also done at a clean exit)."""
        self.storage.close()

    @property
    def generation(self) -> int:
        """Changes whenever the data was reloaded because another process wrote the file."""
        return self.storage.generation

    def refresh(self) -> bool:
        changed = self.storage.refresh()
        if changed:
            self.check()
        return changed
