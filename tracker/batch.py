"""Extraction over many articles, in input order: in this process, or in a pool of processes.

Extraction is pure CPU work on one article at a time, so a folder of articles spreads over
the machine's cores. The output is the same whichever way it runs: results come back in
input order, and each article's is computed by the same code (the pool's workers fork from
this process, or, where fork is not the platform's way, import the same modules).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain
from typing import TypeVar

from tracker.errors import TrackerError
from tracker.isolation import attempt
from tracker.model import Article, Claim
from tracker.readers import Skipped

T = TypeVar("T")
Item = Article | Skipped
# What one article becomes: its rendering (None when extraction failed) and why it failed.
Outcome = tuple[T | None, str | None]

# Articles go to a worker in batches of about this much text (or this many articles), so
# that passing them costs little beside extracting them; a few batches per worker are in
# flight at once, so a worker never waits while memory stays bounded on any input size.
BATCH_CHARS = 32_000
BATCH_ITEMS = 32
IN_FLIGHT_PER_JOB = 4


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def run(
    items: Iterable[Item], render: Callable[[Article, list[Claim]], T], jobs: int = 1
) -> Iterator[tuple[Item, Outcome[T]]]:
    """Each item with what became of it, in input order: a Skipped as it is (outcome
    ``(None, None)``), an article extracted and passed to ``render`` (a module-level
    function, for the pool pickles it by name), or the one-line reason extraction failed.
    ``jobs`` > 1 runs extraction in that many processes when there is more than one batch
    of work; 1 runs it here."""
    batches = _batches(iter(items))
    first = next(batches, None)
    if first is None:
        return
    second = next(batches, None)
    if jobs <= 1 or second is None:  # one batch is too little work to start a pool for
        _warm()
        for batch in chain((first,), () if second is None else (second,), batches):
            yield from zip(batch, _work(batch, render), strict=True)
        return
    yield from _pooled(chain((first, second), batches), render, jobs)


def _pooled(
    batches: Iterator[list[Item]],
    render: Callable[[Article, list[Claim]], T],
    jobs: int,
) -> Iterator[tuple[Item, Outcome[T]]]:
    _warm()  # loaded once here, before the workers fork, so that none loads its own copy
    pending: deque[tuple[list[Item], Future[list[Outcome[T]]]]] = deque()
    pool = ProcessPoolExecutor(jobs, mp_context=_context(), initializer=_worker_start)
    try:
        for batch in batches:
            pending.append((batch, pool.submit(_work, batch, render)))
            if len(pending) >= jobs * IN_FLIGHT_PER_JOB:
                yield from _done(*pending.popleft())
        while pending:
            yield from _done(*pending.popleft())
    finally:
        pool.shutdown(wait=not pending, cancel_futures=True)


def _done(batch: list[Item], future: Future[list[Outcome[T]]]) -> Iterator[tuple[Item, Outcome[T]]]:
    try:
        outcomes = future.result()
    except BrokenProcessPool as exc:
        raise TrackerError(
            "an extraction process ended unexpectedly (out of memory?); try again with --jobs 1"
        ) from exc
    return zip(batch, outcomes, strict=True)


def _batches(items: Iterator[Item]) -> Iterator[list[Item]]:
    """Consecutive items, cut where a batch holds BATCH_CHARS of text or BATCH_ITEMS items."""
    while True:
        batch: list[Item] = []
        size = 0
        for item in items:
            batch.append(item)
            size += len(item.text) if isinstance(item, Article) else 0
            if size >= BATCH_CHARS or len(batch) >= BATCH_ITEMS:
                break
        if not batch:
            return
        yield batch


def _work(batch: list[Item], render: Callable[[Article, list[Claim]], T]) -> list[Outcome[T]]:
    """Each article of the batch extracted and rendered (a Skipped passes untouched)."""
    import tracker.extract  # looked up on each call: a test may replace extract

    out: list[Outcome[T]] = []
    for item in batch:
        if isinstance(item, Skipped):
            out.append((None, None))
            continue
        claims, why = attempt(tracker.extract.extract, item)
        out.append((None, why) if claims is None else (render(item, claims), None))
    return out


def _warm() -> None:
    """Import extraction and scoring and load their models (each loads once, then cached),
    then set all that aside from garbage collection: it lives as long as the process, and a
    collection that walked it again each time cost ~1% of extraction (and, in a worker,
    touched every page it shares with the parent)."""
    from tracker.extract.cue_model import model as cue_model
    from tracker.worth.scorer import model as worth_model

    cue_model()
    worth_model()
    gc.freeze()


def _worker_start() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _warm()


def _context() -> multiprocessing.context.BaseContext:
    """Fork where it is safe and cheap (Linux): workers start with everything loaded."""
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


__all__ = ["default_jobs", "run"]
