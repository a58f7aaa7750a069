"""The app at 100,000 claims, driven through App.run_test(): start-up, cursor moves, filter
keystrokes, a status change. Each figure beside the same action on a 1,000-claim database
in the same run.

Two clocks per action:

* key to screen: the key event goes in as Pilot sends it, and the clock stops once every
  widget has handled what it caused and the screen has been composited again. This is
  the latency a person sees.
* Pilot round trip: ``pilot.press`` itself. It waits for the process to look idle in 20 ms
  sleeps (textual._wait.wait_for_idle), so it never reads below ~43 ms, and any timer the
  action starts adds whole 20 ms steps; printed for comparison, with that floor.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.bench_store import scratch_folder, synthetic_database
from benchmarks.settle import settle

ROOT = Path(__file__).resolve().parent.parent


async def key_to_screen(pilot: Any, key: str, char: str | None = None) -> float:
    from textual import events

    app = pilot.app
    event = events.Key(key, char)
    event.set_sender(app)
    t = time.perf_counter()
    app._driver.send_message(event)
    await settle(pilot)
    return time.perf_counter() - t


async def _measure(db: Path) -> dict[str, float]:
    from tracker.tui.app import TrackerApp
    from tracker.workspace import Workspace

    t0 = time.perf_counter()
    ws = Workspace(db, actor="bench")
    app = TrackerApp(ws, poll=False)
    out: dict[str, float] = {}
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.claim_list.rows, "no rows on the first screen"
        out["first_paint_s"] = time.perf_counter() - t0
        while app._loading is not None:  # the rest of the rows, read in between events
            await asyncio.sleep(0.005)
        out["all_rows_s"] = time.perf_counter() - t0
        await pilot.pause()

        out.update(await _measure_idle_and_cursor(pilot))
        out.update(await _measure_filter(pilot))
        out.update(await _measure_marks(app, pilot))
    return out


async def _measure_idle_and_cursor(pilot) -> dict[str, float]:
    """Pilot's own cost for an unbound key (its floor), then the cursor moving down a row."""
    out: dict[str, float] = {}
    idle = []
    for _ in range(10):
        t = time.perf_counter()
        await pilot.press("f12")
        idle.append(time.perf_counter() - t)
    out["noop_ms"] = statistics.median(idle) * 1000

    moves, pilot_moves = [], []
    for _ in range(20):
        moves.append(await key_to_screen(pilot, "down"))
        t = time.perf_counter()
        await pilot.press("down")
        pilot_moves.append(time.perf_counter() - t)
    out["cursor_ms"] = statistics.median(moves) * 1000
    out["cursor_pilot_ms"] = statistics.median(pilot_moves) * 1000
    return out


async def _measure_filter(pilot) -> dict[str, float]:
    """Each key typed into the filter, to the repainted list."""
    await pilot.press("slash")
    await pilot.pause()
    keys, pilot_keys = [], []
    for word in ("korea", "xq"):
        for ch in word:
            keys.append(await key_to_screen(pilot, ch, ch))
        for _ in word:
            await pilot.press("backspace")
        for ch in word:
            t = time.perf_counter()
            await pilot.press(ch)
            pilot_keys.append(time.perf_counter() - t)
        for _ in word:
            await pilot.press("backspace")
    await pilot.press("escape")
    await pilot.pause()
    return {
        "filter_key_ms": statistics.median(keys) * 1000,
        "filter_key_pilot_ms": statistics.median(pilot_keys) * 1000,
    }


async def _measure_marks(app, pilot) -> dict[str, float]:
    """A verdict key, to the row showing its new status."""
    marks, pilot_marks = [], []
    for key in ("f", "v", "d", "u", "m"):
        marks.append(await key_to_screen(pilot, key, key))
        await pilot.pause()
    for key in ("f", "v", "d", "u", "m"):
        t = time.perf_counter()
        await pilot.press(key)
        pilot_marks.append(time.perf_counter() - t)
    assert app.claim_list.current is not None
    assert app.claim_list.current.status == "misleading", "the mark did not show"
    return {
        "mark_ms": statistics.median(marks) * 1000,
        "mark_pilot_ms": statistics.median(pilot_marks) * 1000,
    }


_FRESH = """
import asyncio, sys, time
t0 = time.perf_counter()
from tracker import cli  # the console script's own imports
from benchmarks.settle import settle  # nothing more than the app's own imports
from tracker.tui.app import TrackerApp
from tracker.workspace import Workspace

async def main():
    app = TrackerApp(Workspace(sys.argv[1], actor="bench"), poll=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.claim_list.rows
        print(time.perf_counter() - t0, flush=True)

asyncio.run(main())
"""


def fresh_process_start(db: Path, runs: int = 3) -> float:
    """Median seconds from a new interpreter's first line to the first screen of rows,
    imports included, as a user starting `tracker` gets it (interpreter boot excluded)."""
    times = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", _FRESH, str(db)], capture_output=True, text=True, cwd=ROOT
        )
        if done.returncode:
            raise RuntimeError(f"fresh start-up run failed: {done.stderr.strip()[-500:]}")
        times.append(float(done.stdout.strip().splitlines()[-1]))
    return statistics.median(times)


def measure_in_fresh_process(db: Path, module: str = "benchmarks.bench_tui") -> dict[str, float]:
    """``module``'s async _measure(db) in a new interpreter: a clean heap, as a user's app
    has (the parent holds the 100,000 generated documents, which slows every collection)."""
    code = (
        "import asyncio, json, sys; from pathlib import Path; "
        f"from {module} import _measure; "
        "print(json.dumps(asyncio.run(_measure(Path(sys.argv[1])))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(db)], capture_output=True, text=True, cwd=ROOT
    )
    if done.returncode:
        raise RuntimeError(f"{module} run failed: {done.stderr.strip()[-500:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


LABELS = (
    ("first_paint_s", "start-up to a usable list (s)"),
    ("all_rows_s", "start-up until every row is read (s)"),
    ("cursor_ms", "cursor move, key to screen (ms)"),
    ("filter_key_ms", "filter keystroke, key to screen (ms)"),
    ("mark_ms", "mark a status, key to screen (ms)"),
    ("cursor_pilot_ms", "cursor move, Pilot round trip (ms)"),
    ("filter_key_pilot_ms", "filter keystroke, Pilot round trip (ms)"),
    ("mark_pilot_ms", "mark a status, Pilot round trip (ms)"),
    ("noop_ms", "a key bound to nothing, Pilot (floor, ms)"),
)


def main(n: int = 100_000) -> None:
    folder = scratch_folder("tracker-tui-")
    results = {}
    for size in (1_000, n):
        db = synthetic_database(folder, size)
        results[size] = measure_in_fresh_process(db)
        results[size]["fresh_s"] = fresh_process_start(db)
    small, big = results[1_000], results[n]
    print(f"tui: {n:,} claims (beside 1,000 claims in the same run)")
    for key, label in (
        *LABELS[:2],
        ("fresh_s", "new process to a usable list (s)"),
        *LABELS[2:],
    ):
        print(f"  {label:<42} {big[key]:8.2f}   (1,000 claims: {small[key]:.2f})")


if __name__ == "__main__":
    main()
