"""The store's journal: an append-only file of changes beside the database.

A write rewrites only what it changed: one self-delimiting record per transaction, appended
and fsynced, instead of the whole file (65 MB at 100,000 claims). A record is a 16-byte
header — magic, payload length, the previous record's checksum, this record's checksum
(CRC-32 of the header's first 12 bytes and the payload) — and the payload, JSON:

    {"base": TOKEN, "put": {table: {doc_id: document or null}}, "drop": [table, ...]}

``base`` names the main file the record applies to (the token the store writes into the main
file's meta document at each fold); ``put`` holds each changed document whole (null: deleted),
``drop`` the tables removed or replaced wholesale. Records hold values, not operations, so a
run of them replayed twice gives the same state as once; the token still keeps a journal from
being replayed over a main file it was not written for (one folded already, a restored copy).

Reading stops at the first record that is short, has a bad checksum or does not chain to
the one before it: a writer killed mid-append leaves such a tail, never acknowledged. The
writer that next holds the lock cuts it off before appending.
"""

from __future__ import annotations

import errno
import os
import struct
import zlib
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from tracker.atomic import fsync_dir, keep_identity

MAGIC = b"TJ1\n"
HEADER = struct.Struct("<4sIII")  # magic, payload length, previous crc, crc


@dataclass
class Scan:
    """The valid records read from a journal, from ``start`` on."""

    records: list[dict[str, Any]] = field(default_factory=list)
    end: int = 0  # offset just past the last valid record
    crc: int = 0  # checksum of the last valid record (0: none yet)
    torn: bool = False  # bytes after ``end`` that are not a valid record (or not accepted)
    partial: bool = False  # ... but could be one still being written (a prefix of a record)


def encode(payload: bytes, prev: int) -> tuple[bytes, int]:
    """One record holding ``payload`` that chains to the record whose checksum is ``prev``."""
    head = struct.pack("<4sII", MAGIC, len(payload), prev)
    crc = zlib.crc32(payload, zlib.crc32(head))
    return head + struct.pack("<I", crc) + payload, crc


def scan(
    data: bytes, start: int = 0, prev: int = 0, accept: Callable[[Any], bool] | None = None
) -> Scan:
    """Decode the records in ``data`` (the journal's bytes from offset ``start``, the record
    before them checksummed ``prev``), stopping at the first bad one or one ``accept`` refuses."""
    out = Scan(end=start, crc=prev)
    pos = 0
    while pos < len(data):
        record, crc, size = _decode(data, pos, out.crc)
        if record is None or (accept is not None and not accept(record)):
            out.torn, out.partial = True, size < 0
            break
        out.records.append(record)
        pos += size
        out.crc, out.end = crc, start + pos
    return out


def _decode(data: bytes, pos: int, prev: int) -> tuple[Any, int, int]:
    """(record, its checksum, its size) for the record at ``pos``; for a bad one (None, 0, -1)
    when it may be a record still being written (a prefix of one), else (None, 0, 0)."""
    rest = len(data) - pos
    if rest < HEADER.size:
        return None, 0, -1 if MAGIC.startswith(data[pos : pos + 4]) else 0
    magic, length, link, crc = HEADER.unpack_from(data, pos)
    if magic != MAGIC or link != prev:
        return None, 0, 0
    if rest - HEADER.size < length:
        return None, 0, -1
    body = data[pos + HEADER.size : pos + HEADER.size + length]
    if zlib.crc32(body, zlib.crc32(data[pos : pos + 12])) != crc:
        return None, 0, 0
    try:
        return orjson.loads(body), crc, HEADER.size + length
    except orjson.JSONDecodeError:
        return None, 0, 0


def read(
    path: Path, start: int = 0, prev: int = 0, accept: Callable[[Any], bool] | None = None
) -> tuple[Scan, os.stat_result | None]:
    """Scan the journal at ``path`` from ``start`` and its stat (None: there is no journal)."""
    try:
        with open(path, "rb") as fh:
            st = os.fstat(fh.fileno())
            fh.seek(start)
            data = fh.read()
    except FileNotFoundError:
        return Scan(), None
    return scan(data, start, prev, accept), st


def append(path: Path, offset: int, record: bytes, like: os.stat_result | None) -> int:
    """Write ``record`` at ``offset`` (cutting off anything after it) and fsync it.

    Returns the journal's new size. A new journal takes the main file's mode and owner
    (``like``). On any failure the journal is cut back to ``offset``, so a record that was not
    acknowledged cannot surface later, and the error is raised.
    """
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags, 0o600)
    try:
        created = os.fstat(fd).st_size == 0 and offset == 0
        if created:
            keep_identity(str(path), like)
        try:
            os.ftruncate(fd, offset)
            done = 0
            while done < len(record):
                written = os.pwrite(fd, record[done:], offset + done)
                if written <= 0:
                    raise OSError(errno.ENOSPC, "No space left on device")
                done += written
            os.fsync(fd)
        except BaseException:
            _cut(fd, offset)
            if created:
                with suppress(OSError):
                    os.unlink(path)
            raise
    finally:
        os.close(fd)
    if created:
        fsync_dir(path.parent)  # the new name must survive a crash as well as its bytes
    return offset + len(record)


def _cut(fd: int, offset: int) -> None:
    try:
        os.ftruncate(fd, offset)
        os.fsync(fd)
    except OSError:
        pass  # the disk refuses even that: the record stays torn-or-whole, never acknowledged


def cut(path: Path, offset: int) -> None:
    """Cut the journal back to ``offset`` (a torn tail left by a killed writer)."""
    try:
        fd = os.open(path, os.O_RDWR | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        return
    try:
        os.ftruncate(fd, offset)
        os.fsync(fd)
    finally:
        os.close(fd)


def remove(path: Path) -> None:
    """Delete the journal once the main file holds all of it (after a fold)."""
    try:
        os.unlink(path)
    except FileNotFoundError:
        return
    fsync_dir(path.parent)
