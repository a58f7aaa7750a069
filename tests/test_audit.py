"""The audit chain catches edits, deletions, reordering and truncation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tracker.workspace import Workspace

SEED = Path(__file__).resolve().parent.parent / "seeds" / "reuters-north-korea-remittances.txt"


@pytest.fixture
def ws(db_path: Path) -> Workspace:
    ws = Workspace(db_path, actor="alice")
    ws.ingest([str(SEED)])
    ids = [c.id for c in ws.claims()]
    ws.set_status(ids[:2], "disputed", note="check", evidence=["https://example.org/x"])
    ws.add_note(ids[2], "looks right")
    ws.set_status([ids[2]], "verified", by="bob")
    return ws


def _edit(path: Path, change) -> None:
    data = json.loads(path.read_text())
    change(data["audit"])
    path.write_text(json.dumps(data))


def test_intact_log_verifies(ws: Workspace) -> None:
    result = ws.verify_audit()
    assert result.ok and result.count == 5


def test_every_field_of_every_event_is_protected(ws: Workspace, db_path: Path) -> None:
    original = db_path.read_text()
    events = json.loads(original)["audit"]
    for key, event in events.items():
        for field in event:
            if field in ("hash",):
                continue
            db_path.write_text(original)

            def change(audit: dict, key: str = key, field: str = field) -> None:
                value = audit[key][field]
                audit[key][field] = (value + 1) if isinstance(value, int) else f"{value}x"

            _edit(db_path, change)
            result = Workspace(db_path).verify_audit()
            assert not result.ok, (key, field)
            assert result.first_bad_seq is not None


@pytest.mark.parametrize(
    "change",
    [
        lambda a: a.pop("3"),
        lambda a: a.pop("5"),
        lambda a: a.update({"2": a["3"], "3": a["2"]}),
    ],
    ids=["deleted", "truncated", "reordered"],
)
def test_deleted_truncated_or_reordered_events_are_caught(
    ws: Workspace, db_path: Path, change
) -> None:
    _edit(db_path, change)
    result = Workspace(db_path).verify_audit()
    assert not result.ok
