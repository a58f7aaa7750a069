"""Files written so that a crash leaves the old version or the new one, never a torn one.

Temp file in the same folder, fsync, ``os.replace``, fsync of the folder.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms without directory fds
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def atomic_open(path: Path, mode: str = "wb", **kwargs: object) -> Iterator[IO]:  # type: ignore[type-arg]
    """Open a temp file beside ``path``; on a clean exit it replaces ``path`` atomically."""
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, mode, **kwargs) as fh:  # type: ignore[call-overload]
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        with suppress(OSError):  # keep a readable mode: mkstemp makes it 0600
            os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(folder)


def atomic_write_bytes(path: Path, chunks: list[bytes] | bytes) -> None:
    """Write ``chunks`` to ``path`` so that a crash leaves either the old or the new file."""
    with atomic_open(path, "wb") as fh:
        if isinstance(chunks, bytes):
            fh.write(chunks)
        else:
            fh.writelines(chunks)
