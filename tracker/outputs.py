"""Where an export may write: never over the database or its companions, never silently.

One check for every writer of user-named files (``export``, ``audit export``, the app's
export): the target is compared with the database, its lock and its match index as *files*
(resolved paths, and the same inode when it exists), so ``./claims.json``, an absolute path,
a ``..`` detour or a symlink all count as the database. An existing file is replaced only
when the caller was told to (``--force``). Every refusal is one line and touches nothing.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from tracker.atomic import atomic_open
from tracker.errors import TrackerError


class OutputError(TrackerError):
    """A target file we must not (or cannot) write."""


def database_files(db: Path) -> list[Path]:
    """The files a database owns: itself, its lock, its journal and its match index (by either
    name of a symlinked database)."""
    names = [db, Path(os.path.realpath(db))]
    ends = ("", ".lock", ".journal", ".matchindex.npz")
    return [f.with_name(f.name + end) for f in names for end in ends]


def _same_file(a: Path, b: Path) -> bool:
    if os.path.realpath(a) == os.path.realpath(b):
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist: the resolved paths decided
        return False


def check_output(target: Path, protected: Iterable[Path], force: bool) -> None:
    """Refuse a target that is a protected file, a folder, or (without ``force``) any file."""
    for own in protected:
        if _same_file(target, own):
            raise OutputError(
                f"{target}: is the database's own file {own.name}; choose another name"
            )
    if target.is_dir():
        raise OutputError(f"{target}: is a folder")
    if (target.exists() or target.is_symlink()) and not force:
        raise OutputError(f"{target}: already exists; use --force to replace it")


@contextmanager
def open_output(target: Path, protected: Iterable[Path], force: bool = False) -> Iterator[TextIO]:
    """A text file written atomically at ``target``, after :func:`check_output`."""
    check_output(target, list(protected), force)
    try:
        with atomic_open(target, "w", encoding="utf-8", newline="") as fh:
            yield fh
    except OSError as exc:
        raise OutputError(_why(target, exc)) from None


def _why(target: Path, exc: OSError) -> str:
    folder = target.parent if str(target.parent) else Path(".")
    if exc.errno == errno.ENOENT and not folder.is_dir():
        return f"{target}: folder does not exist"
    if exc.errno == errno.ENOSPC:
        return f"{target}: disk full; nothing was written (the old file, if any, is unchanged)"
    return f"{target}: cannot write ({exc.strerror or exc}); nothing was written"
