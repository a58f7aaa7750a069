"""The app at 100,000 claims, driven with Pilot: start-up, cursor moves, filter keystrokes,
a status change. Each figure beside the same action on a 1,000-claim database in the same run."""

from __future__ import annotations

import asyncio
import os
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.bench_store import _write_ours
from benchmarks.synth import synthetic_tables


async def _measure(db: Path) -> dict[str, float]:
    from textual.widgets import Input

    from tracker.tui.app import TrackerApp
    from tracker.workspace import Workspace

    t0 = time.perf_counter()
    ws = Workspace(db, actor="bench")
    app = TrackerApp(ws, poll=False)
    out: dict[str, float] = {}
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        out["startup_s"] = time.perf_counter() - t0
        idle = []
        for _ in range(10):  # Pilot's own cost for a key nothing is bound to: the floor
            t = time.perf_counter()
            await pilot.press("f12")
            idle.append(time.perf_counter() - t)
        out["noop_ms"] = statistics.median(idle) * 1000
        moves = []
        for _ in range(20):
            t = time.perf_counter()
            await pilot.press("down")
            moves.append(time.perf_counter() - t)
        out["cursor_ms"] = statistics.median(moves) * 1000
        flt = app.query_one("#filter", Input)
        keys = []
        for word in ("korea", "x"):
            flt.value = ""
            await pilot.pause()
            for ch in word:
                t = time.perf_counter()
                flt.value += ch
                await pilot.pause()
                keys.append(time.perf_counter() - t)
        out["filter_key_ms"] = statistics.median(keys) * 1000
        direct = []  # the same keystrokes, the filter run directly: no Pilot, no repaint
        for word in ("korea", "x"):
            for end in range(1, len(word) + 1):
                flt.value = word[:end]
                t = time.perf_counter()
                app.apply_filter()
                direct.append(time.perf_counter() - t)
                await pilot.pause()
        out["filter_work_ms"] = statistics.median(direct) * 1000
        flt.value = ""
        await pilot.pause()
        app.claim_list.focus()
        await pilot.pause()
        marks = []
        for key in ("f", "v", "d", "u", "m"):
            t = time.perf_counter()
            await pilot.press(key)
            marks.append(time.perf_counter() - t)
        out["mark_ms"] = statistics.median(marks) * 1000
        work = []  # the same action called directly: the store write and row refresh, no Pilot
        for status in ("false", "verified", "disputed", "unverified", "misleading"):
            t = time.perf_counter()
            app.action_mark(status)
            work.append(time.perf_counter() - t)
            await pilot.pause()
        out["mark_work_ms"] = statistics.median(work) * 1000
    return out


def main(n: int = 100_000) -> None:
    folder = Path(tempfile.mkdtemp(prefix="tracker-tui-"))
    results = {}
    for size in (1_000, n):
        db = folder / f"claims-{size}.json"
        _write_ours(db, synthetic_tables(size))
        os.sync()
        results[size] = asyncio.run(_measure(db))
    small, big = results[1_000], results[n]
    print(f"tui: {n:,} claims (beside 1,000 claims in the same run)")
    for key, label in (
        ("startup_s", "start-up to a usable list (s)"),
        ("cursor_ms", "cursor move, median (ms)"),
        ("filter_key_ms", "filter keystroke, median (ms)"),
        ("filter_work_ms", "the same keystroke's filter, no Pilot (ms)"),
        ("mark_ms", "mark a status and see it, median (ms)"),
        ("mark_work_ms", "the same mark called directly, no Pilot (ms)"),
        ("noop_ms", "a key bound to nothing: Pilot's floor (ms)"),
    ):
        print(f"  {label:<40} {big[key]:8.2f}   (1,000 claims: {small[key]:.2f})")


if __name__ == "__main__":
    main()
