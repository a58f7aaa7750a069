"""Workspaces the correction tests share: a small budget article, or the seeds as the app's
pictures show them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tracker import audit
from tracker.model import Claim
from tracker.workspace import Workspace

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ARTICLE = (
    "Budget row\n\n"
    "The minister, Jane Roe, said on Monday that spending rose by 12% to $2 billion last year. "
    "Critics disagreed. "
    "Officials said 300 schools closed and 40 clinics opened. "
    "The weather was mild and the river rose 2 metres."
)


def budget_workspace(folder: Path) -> Workspace:
    """A workspace in ``folder`` holding ARTICLE, ingested by 'ann'."""
    article = folder / "budget.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    ws = Workspace(folder / "claims.json", actor="ann")
    ws.ingest([str(article)])
    return ws


def by_words(ws: Workspace, words: str) -> Claim:
    return next(c for c in ws.claims() if words in c.text)


def seeded_workspace(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    """The seeds ingested in ``folder`` by relative path, on a fixed clock: the same picture
    anywhere."""
    monkeypatch.chdir(folder)
    monkeypatch.setattr(audit, "now_iso", lambda: "2026-01-01T00:00:00.000000Z")
    shutil.copytree(SEEDS, folder / "seeds")
    ws = Workspace("claims.json", actor="tester")
    ws.ingest(["seeds"])
    return ws
