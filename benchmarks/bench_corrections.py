"""Correction keystrokes in the app at 100,000 claims (beside 1,000): key to screen, medians.

Each is a durable write (lock, records, audit events, fsync of the whole file) and a redraw:
dismiss (D; the row leaves the list), undo of a dismissal (z; it comes back), the dismissed
toggle (H, twice), merge of a claim of the same article into the highlighted one (M), and
the speaker dialog's enter (S, then a typed name). Run: python -m benchmarks.bench_corrections [N]
"""

from __future__ import annotations

import asyncio
import statistics
import sys
from pathlib import Path
from typing import Any

from benchmarks.bench_store import scratch_folder, synthetic_database
from benchmarks.bench_tui import key_to_screen, measure_in_fresh_process
from benchmarks.settle import settle

ROUNDS = 5
# 'mark' (f, a status) is the baseline: the same durable write of the whole file.
KEYS = ("mark", "dismiss", "undo", "toggle", "merge", "speaker")


async def _measure(db: Path) -> dict[str, float]:
    from textual.widgets import Input

    from tracker.tui.app import TrackerApp
    from tracker.workspace import Workspace

    app = TrackerApp(Workspace(db, actor="bench"), poll=False)
    times: dict[str, list[float]] = {k: [] for k in KEYS}
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        while app._loading is not None:
            await asyncio.sleep(0.005)
        await pilot.pause()
        for _ in range(ROUNDS):
            times["mark"].append(await key_to_screen(pilot, "f", "f"))
            await pilot.pause()
            times["dismiss"].append(await key_to_screen(pilot, "D", "D"))
            times["undo"].append(await key_to_screen(pilot, "z", "z"))
            for _ in range(2):
                times["toggle"].append(await key_to_screen(pilot, "H", "H"))
            app.claim_list.focus()
            app.claim_list.selected = {_same_statement(app)}
            times["merge"].append(await key_to_screen(pilot, "M", "M"))
            await pilot.press("down")
            await pilot.press("S")
            await pilot.pause()
            app.screen.query_one(Input).value = "A Person"
            times["speaker"].append(await key_to_screen(pilot, "enter"))
            await pilot.pause()
    return {k: statistics.median(v) * 1000 for k, v in times.items()}


def _same_statement(app: Any) -> str:
    """A claim the highlighted one can absorb: unverified, of the same article (a merge
    across articles is refused, and a refusal measures no merge)."""
    here = app.claim_list.current
    return next(
        r.id
        for r in app.all_rows
        if r.article_id == here.article_id and r.id != here.id and not r.state
        if r.status == "unverified"
    )


def main(n: int = 100_000) -> None:
    folder = scratch_folder("tracker-corrections-")
    results = {}
    for size in (1_000, n):
        db = synthetic_database(folder, size)
        results[size] = measure_in_fresh_process(db, "benchmarks.bench_corrections")
    print(f"corrections in the app: {n:,} claims (beside 1,000), key to screen, median ms")
    for key in KEYS:
        print(f"  {key:<10} {results[n][key]:8.1f}   (1,000 claims: {results[1_000][key]:.1f})")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
