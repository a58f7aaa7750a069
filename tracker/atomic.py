"""Files written so that a crash leaves the old version or the new one, never a torn one.

Temp file in the same folder, fsync, ``os.replace``, fsync of the folder.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO


def fsync_dir(folder: Path) -> None:
    """Make a new or removed name in ``folder`` survive a crash."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms without directory fds
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _umask() -> int:
    """The process umask, read without changing it where the OS allows (threads may be
    creating files while we look)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)  # pragma: no cover - no /proc: the classic set-and-restore
    os.umask(mask)
    return mask  # pragma: no cover


def read_only(path: Path) -> bool:
    """True for an existing file that must not be written: no write bit at all (``chmod
    444``: root ignores the bits, so they are checked, not just access()) or no access."""
    try:
        st = os.stat(path)
    except OSError:
        return False
    return not st.st_mode & 0o222 or not os.access(path, os.W_OK)


def keep_identity(tmp: str, existing: os.stat_result | None) -> None:
    """Give the new file the old one's mode and owner (a new file: 0666 minus the umask)."""
    mode = (existing.st_mode & 0o7777) if existing else (0o666 & ~_umask())
    with suppress(OSError):
        os.chmod(tmp, mode)
    if existing is not None:
        with suppress(OSError):  # only root may give a file away; others keep their own
            os.chown(tmp, existing.st_uid, existing.st_gid)


@contextmanager
def atomic_open(path: Path, mode: str = "wb", **kwargs: object) -> Iterator[IO]:  # type: ignore[type-arg]
    """Open a temp file beside ``path``; on a clean exit it replaces ``path`` atomically.

    A symlink is written through (its target is replaced, the link stays); the file keeps
    its mode and owner; a read-only file is refused (PermissionError) and left alone.
    """
    path = Path(os.path.realpath(path))
    try:
        existing: os.stat_result | None = os.stat(path)
    except OSError:
        existing = None
    if existing is not None and read_only(path):
        raise PermissionError(errno.EACCES, "the file is read-only", str(path))
    folder = path.parent
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, mode, **kwargs) as fh:  # type: ignore[call-overload]
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        keep_identity(tmp, existing)
        os.replace(tmp, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(folder)


def atomic_write_bytes(path: Path, chunks: list[bytes] | bytes) -> None:
    """Write ``chunks`` to ``path`` so that a crash leaves either the old or the new file."""
    with atomic_open(path, "wb") as fh:
        if isinstance(chunks, bytes):
            fh.write(chunks)
        else:
            fh.writelines(chunks)
