from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# Deterministic property tests: the same examples on every run (CI must not flake).
# `HYPOTHESIS_PROFILE=explore pytest` searches with fresh random examples instead.
settings.register_profile("default", derandomize=True, deadline=None)
settings.register_profile("explore", derandomize=False, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "reuters-north-korea-remittances.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "claims.json"


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never pick up the developer's database or name."""
    monkeypatch.delenv("TRACKER_DB", raising=False)
    monkeypatch.setenv("TRACKER_USER", "tester")
    monkeypatch.setenv("NO_COLOR", "1")
