"""The first figure typed into the app's filter at 100,000 claims (beside 1,000): key to
screen, with the value index warmed in the background after start-up, and cold (the index
and the number reader's import paid on that keystroke, as before the warming).

Each run is a fresh interpreter (the number reader not yet imported). The keystroke is the
'2' of '$2bn' (the '$' alone states no figure). Run: python -m benchmarks.bench_value_index [N]
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from pathlib import Path

from benchmarks.bench_store import scratch_folder, synthetic_database
from benchmarks.bench_tui import key_to_screen, measure_in_fresh_process
from benchmarks.settle import settle

RUNS = 3


async def _first_figure(db: Path, warm: bool) -> dict[str, float]:
    from tracker.tui.app import TrackerApp
    from tracker.tui.correcting import CorrectionActions
    from tracker.workspace import Workspace

    if not warm:
        CorrectionActions._warm_figures = lambda self: None  # type: ignore[method-assign]
    ws = Workspace(db, actor="bench")
    app = TrackerApp(ws, poll=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        while app._loading is not None:
            await asyncio.sleep(0.005)
        t = time.perf_counter()
        while warm and getattr(ws, "_figures_for", None) != ws.figure_index_source()[0]:
            await asyncio.sleep(0.005)
        built_s = time.perf_counter() - t
        app._filter.focus()
        await pilot.pause()
        await key_to_screen(pilot, "dollar_sign", "$")
        ms = await key_to_screen(pilot, "2", "2") * 1000
        assert getattr(ws, "_figures_for", None), "the keystroke searched no figure"
    return {"first_figure_ms": ms, "warm_wait_s": built_s}


async def _measure(db: Path) -> dict[str, float]:
    return await _first_figure(db, warm=os.environ.get("BENCH_WARM") == "1")


def main(n: int = 100_000) -> None:
    folder = scratch_folder("tracker-value-index-")
    print(f"first figure typed into the filter, key to screen (ms), {RUNS} fresh processes each")
    for size in (1_000, n):
        db = synthetic_database(folder, size)
        for warm in (False, True):
            os.environ["BENCH_WARM"] = "1" if warm else "0"
            runs = [
                measure_in_fresh_process(db, "benchmarks.bench_value_index") for _ in range(RUNS)
            ]
            figures = ", ".join(f"{r['first_figure_ms']:.0f}" for r in runs)
            label = "warmed" if warm else "cold  "
            wait = (
                f"  (index ready {max(r['warm_wait_s'] for r in runs):.2f} s after the rows at most)"
                if warm
                else ""
            )
            print(f"  {size:>7,} claims, {label}: {figures}{wait}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
