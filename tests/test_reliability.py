"""Issue 16: nothing lost, whatever the input — each probe's reproduction, pinned."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from tracker.cli import cli

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "reuters-north-korea-remittances.txt"


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "d.json"
    code, _, _ = run("--db", str(path), "ingest", str(SEED))
    assert code == 0
    return path


# -- High 1: exports never replace the database or an existing file --------------------------


@pytest.mark.parametrize("command", [["export"], ["audit", "export"]])
@pytest.mark.parametrize("suffix", ["", ".lock", ".matchindex.npz"])
def test_export_onto_the_database_or_its_files_is_refused(
    db: Path, command: list[str], suffix: str
) -> None:
    target = db.with_name(db.name + suffix)
    before = target.read_bytes() if target.exists() else None
    for name in (str(target), str(db.parent / "." / target.name)):
        code, _, err = run("--db", str(db), *command, "-o", name, "--force")
        assert code == 1 and len(err.strip().splitlines()) == 1, err
        assert "database" in err
    assert (target.read_bytes() if target.exists() else None) == before
    assert run("--db", str(db), "list")[0] == 0


def test_export_onto_a_symlink_to_the_database_is_refused(db: Path) -> None:
    link = db.with_name("alias.json")
    link.symlink_to(db)
    before = db.read_bytes()
    code, _, err = run("--db", str(db), "export", "-o", str(link), "--force")
    assert code == 1 and "database" in err
    assert db.read_bytes() == before


@pytest.mark.parametrize("command", [["export"], ["audit", "export"]])
def test_an_existing_file_is_replaced_only_with_force(db: Path, command: list[str]) -> None:
    out = db.with_name("out.jsonl")
    out.write_text("keep me\n")
    code, _, err = run("--db", str(db), *command, "-o", str(out))
    assert code == 1 and "--force" in err and len(err.strip().splitlines()) == 1
    assert out.read_text() == "keep me\n"
    code, _, _ = run("--db", str(db), *command, "-o", str(out), "--force")
    assert code == 0 and out.read_text() != "keep me\n"


def test_an_unwritable_target_is_one_line_not_a_missing_folder(db: Path) -> None:
    code, _, err = run("--db", str(db), "export", "-o", "/proc/version", "--force")
    assert code == 1 and "folder does not exist" not in err
    assert len(err.strip().splitlines()) == 1
