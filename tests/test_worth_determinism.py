"""A claim's worth is the same in every process, whatever Python's hash seed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SENTENCES = [
    "Annual profits at the chain jumped 58% to $2.4bn (£1.3bn) for the six months to June.",
    "Profits at the brewer jumped 76% to $1.13bn (£600m) for the three months to March.",
    "The deficit rose 4.5% to $2bn, while 300 jobs and 12 percent of homes were lost.",
    "About 40 countries host 150,000 workers who send back $900 million, or 3% of output.",
    "Sales fell 7% to £1.2bn as 2,000 stores closed over 18 months, the firm said.",
]
PROGRAM = """
import sys
from tracker.worth.assess import assess_sentence
from tracker.worth.features import features
from tracker.worth.scorer import model
from tracker.worth.assess import _extracted
for line in sys.argv[1:]:
    quantities, attribution = _extracted(line)
    print(repr(model().logit(features(line, quantities, attribution))), assess_sentence(line))
"""


def _run(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-c", PROGRAM, *SENTENCES],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def test_scores_do_not_depend_on_the_hash_seed() -> None:
    outputs = {_run(seed) for seed in ("0", "1", "2", "3", "4", "5")}
    assert len(outputs) == 1, outputs
