"""Number recognition regression cases from Recognizers-Text and quantulum3 (MIT; see
fixtures/numbers/SOURCE.md). The full suites are scored by benchmarks/eval_extract.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.eval_extract import KIND_OF_SPEC, recognise, reproduces, score_quantulum_case

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "numbers"
SPEC_CASES = json.loads((FIXTURES / "recognizers_text_en.json").read_text(encoding="utf-8"))
QUANTULUM = json.loads((FIXTURES / "quantulum3_en.json").read_text(encoding="utf-8"))


def _cases():
    for spec, cases in SPEC_CASES.items():
        for k, case in enumerate(cases):
            yield pytest.param(spec, case, id=f"{spec}-{k}")


@pytest.mark.parametrize(("spec", "case"), list(_cases()))
def test_recognizers_text_case(spec: str, case: dict) -> None:
    quantities = recognise(case["Input"])
    if case["Results"]:
        for expected in case["Results"]:
            assert reproduces(expected, quantities), (expected, quantities)
    else:
        assert not [q for q in quantities if KIND_OF_SPEC[spec](q)], quantities


def test_quantulum3_share_stays_at_least_95_percent() -> None:
    found = total = 0
    for case in QUANTULUM:
        hits, misses = score_quantulum_case(case)
        found += len(hits)
        total += len(hits) + len(misses)
    assert found / total >= 0.95, f"{found}/{total}"
