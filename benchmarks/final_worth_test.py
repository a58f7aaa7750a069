"""The held-out measurement of check-worthiness: CheckThat! 2019 task 1 *test*, run once.

    python -m benchmarks.final_worth_test --final

Each of the 7 test transcripts goes through ``tracker worth`` as a user would run it: one
sentence a line on stdin, in transcript order, JSON lines back. Its sentences are ranked by
``worth`` (ties keep transcript order) and scored as the 2019 lab did: mean average precision
over the transcripts, and mean R-precision. Beside it, the TF-IDF + logistic-regression
baseline of ``eval_worth``, trained on the same data (ClaimBuster + CheckThat! 2019 train).

The test split is read nowhere else in the project. Tuning anything on this output would make
the figure meaningless, hence ``--final``: a reminder, not a lock.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

from benchmarks.eval_worth import ranking, tfidf_baseline
from benchmarks.train_worth import CHECKTHAT_TRAIN, Sentence, load_checkthat_train, load_claimbuster

CHECKTHAT_TEST = CHECKTHAT_TRAIN.with_name("CT19-T1-Test.csv")
BEST_2019_PRIMARY_MAP = 0.166


def load_test(path: Path = CHECKTHAT_TEST) -> dict[str, list[tuple[int, str, bool]]]:
    """Transcript name -> (line number, sentence, check-worthy), in transcript order."""
    transcripts: dict[str, list[tuple[int, str, bool]]] = defaultdict(list)
    with path.open(newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            text = " ".join(row["text"].split())
            transcripts[row["file_name"]].append(
                (int(row["line_number"]), text, row["label"] == "1")
            )
    return {name: sorted(rows) for name, rows in sorted(transcripts.items())}


def worth_of(sentences: list[str]) -> list[float]:
    """Scores from the installed command, exactly as a user pipes a transcript into it."""
    done = subprocess.run(
        [sys.executable, "-m", "tracker", "worth"],
        input="\n".join(sentences) + "\n",
        capture_output=True,
        text=True,
        check=True,
    )
    rows = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    if len(rows) != len(sentences):
        raise SystemExit(f"tracker worth gave {len(rows)} scores for {len(sentences)} sentences")
    return [float(r["worth"]) for r in rows]


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--final", action="store_true", help="yes, run the held-out test")
    if not p.parse_args().final:
        raise SystemExit("the test split is measured once: pass --final to run it")
    test = load_test()
    # The baseline is fitted once: its vectoriser and weights come from the training data
    # alone, so a sentence's score does not depend on the other test sentences.
    everything = [
        Sentence(text, label, "checkthat", name)
        for name, rows in test.items()
        for _, text, label in rows
    ]
    baseline = iter(tfidf_baseline(load_claimbuster() + load_checkthat_train(), everything))
    ours_ap, ours_rp, base_ap, base_rp = [], [], [], []
    print(f"{'transcript':32} {'n':>5} {'pos':>4}  ours AP  R-prec   tfidf AP  R-prec")
    for name, rows in test.items():
        labels = [label for _, _, label in rows]
        ap, rp = ranking(labels, worth_of([text for _, text, _ in rows]))
        bap, brp = ranking(labels, [next(baseline) for _ in rows])
        ours_ap.append(ap), ours_rp.append(rp), base_ap.append(bap), base_rp.append(brp)
        print(
            f"{name:32} {len(rows):5} {sum(labels):4}  {ap:7.3f} {rp:7.3f}   {bap:8.3f} {brp:7.3f}"
        )
    print(
        f"MAP ours {np.mean(ours_ap):.3f} (R-prec {np.mean(ours_rp):.3f}); "
        f"TF-IDF baseline {np.mean(base_ap):.3f} (R-prec {np.mean(base_rp):.3f}); "
        f"best 2019 primary run {BEST_2019_PRIMARY_MAP}"
    )


if __name__ == "__main__":
    main()
