"""Number recognition regression cases from Recognizers-Text and quantulum3 (MIT; see
fixtures/numbers/SOURCE.md). The full suites are scored by benchmarks/eval_extract.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.eval_extract import KIND_OF_SPEC, recognise, reproduces

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
        quantities = recognise(case["req"])
        for exp in case["res"]:
            total += 1
            pos = case["req"].find(exp["surface"])
            start, end = (pos, pos + len(exp["surface"])) if pos >= 0 else (0, len(case["req"]))
            value = float(exp["value"])
            scale = 100.0 if exp.get("unit") in ("cent", "penny", "pence") else 1.0
            found += any(
                q.start < end
                and start < q.end
                and any(
                    v is not None and abs(v * s - value) <= 1e-6 * max(1.0, abs(value))
                    for v in (q.value, q.low)
                    for s in (1.0, scale)
                )
                for q in quantities
            )
    assert found / total >= 0.95, f"{found}/{total}"
