"""The command line end to end: output shapes, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from tracker.cli import cli

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "reuters-north-korea-remittances.txt"


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def run_process(*args: str, cwd: Path | None = None, input: bytes | None = None):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "tracker", *args],
        capture_output=True,
        cwd=cwd,
        env=env,
        input=input,
        timeout=60,
    )


def test_extract_json_honours_the_span_contract() -> None:
    code, out, _ = run("extract", *map(str, sorted(SEEDS.glob("*.txt"))), "--json")
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert len(lines) == len(list(SEEDS.glob("*.txt")))
    for line in lines:
        text = Path(line["article"]["path"]).read_text(encoding="utf-8")
        assert line["article"]["id"].startswith("a_")
        for c in line["claims"]:
            assert text[c["start"] : c["end"]] == c["text"]
            assert set(c["kinds"]) <= {"quantitative", "attributed"}
            for q in c["quantities"]:
                assert text[q["start"] : q["end"]] == q["text"]
            a = c["attribution"]
            if a:
                assert text[a["speaker_start"] : a["speaker_end"]] == a["speaker_text"]
                assert a["cue_end"] > a["cue_start"] and a["content_end"] > a["content_start"]
                assert a["mode"] in ("direct", "indirect", "mixed")


def test_extract_prints_one_line_per_input_even_for_duplicates(tmp_path: Path) -> None:
    code, out, _ = run("extract", str(SEED), str(SEED), "--json")
    assert code == 0 and len(out.splitlines()) == 2


def test_extract_touches_no_database(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    code, _, _ = run("--db", str(db), "extract", str(SEED), "--json")
    assert code == 0 and not db.exists()


def test_ingest_list_show_mark_flow(tmp_path: Path) -> None:
    db = str(tmp_path / "db.json")
    code, out, _ = run("--db", db, "ingest", str(SEED))
    assert code == 0 and "1 article(s) added" in out
    code, out, _ = run("--db", db, "ingest", str(SEED))
    assert "already" in out
    code, out, _ = run("--db", db, "list", "--json")
    claims = [json.loads(line) for line in out.splitlines()]
    assert claims and all(c["status"] == "unverified" for c in claims)
    assert {"article_id", "status", "notes", "evidence", "matches", "external_id"} <= set(claims[0])
    blinken = [
        c for c in claims if c["attribution"] and c["attribution"]["speaker"] == "Antony Blinken"
    ]
    target = blinken[0]["id"]
    code, out, _ = run(
        "--db",
        db,
        "mark",
        target,
        "disputed",
        "--note",
        "figures differ",
        "--evidence",
        "https://example.org/a",
        "--by",
        "alice",
    )
    assert code == 0 and "disputed" in out
    code, out, _ = run("--db", db, "list", "--status", "disputed", "--json")
    (only,) = [json.loads(line) for line in out.splitlines()]
    assert only["id"] == target and only["notes"][0]["by"] == "alice"
    assert only["evidence"] == ["https://example.org/a"]
    code, out, _ = run("--db", db, "show", target[:10], "--json")
    shown = json.loads(out)
    assert [e["action"] for e in shown["history"]][-1] == "status.changed"
    code, out, _ = run("--db", db, "list", "--speaker", "russel")
    assert "Danny Russel" in out and "Blinken" not in out
    code, out, _ = run("--db", db, "list", "--kind", "q", "--json")
    assert all("quantitative" in json.loads(line)["kinds"] for line in out.splitlines())
    code, out, _ = run("--db", db, "audit", "verify")
    assert code == 0 and "intact" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["mark", "c_nonexistent", "false"], "no claim"),
        (["mark", "{id}", "wrongish"], "unknown status"),
        (["mark", "{id}", "false", "--evidence", "javascript:alert(1)"], "http"),
        (["list", "--status", "bogus"], "unknown status"),
        (["list", "--kind", "bogus"], "unknown kind"),
        (["show", "c_zzzzzzzzzz"], "no claim"),
    ],
)
def test_bad_values_are_one_line_errors_with_exit_1(
    tmp_path: Path, args: list[str], message: str
) -> None:
    db = str(tmp_path / "db.json")
    run("--db", db, "ingest", str(SEED))
    _, out, _ = run("--db", db, "list", "--json")
    first = json.loads(out.splitlines()[0])["id"]
    before = Path(db).read_bytes()
    code, out, err = run("--db", db, *[a.replace("{id}", first) for a in args])
    assert code == 1
    assert message in err and err.count("\n") == 1 and err.startswith("tracker: error:")
    assert Path(db).read_bytes() == before


def test_unknown_command_is_a_usage_error_exit_2() -> None:
    code, _, _err = run("frobnicate")
    assert code == 2


def test_ingest_skips_bad_files_goes_on_and_exits_nonzero(tmp_path: Path) -> None:
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "empty.txt").write_text("")
    db = str(tmp_path / "db.json")
    code, out, err = run(
        "--db", db, "ingest", str(tmp_path / "bin.txt"), str(tmp_path / "empty.txt"), str(SEED)
    )
    assert code == 1
    assert "bin.txt: binary" in err and "empty.txt: empty" in err
    assert "1 article(s) added" in out


def test_ingest_reads_stdin(tmp_path: Path) -> None:
    db = str(tmp_path / "db.json")
    code, out, _ = run("--db", db, "ingest", "-", input="The mayor said 300 homes were flooded.")
    assert (code == 0 and "1 claim" in out) or "claims" in out


def test_corrupt_database_is_one_line_error_without_traceback(tmp_path: Path) -> None:
    db = tmp_path / "claims.json"
    db.write_text('{"meta": {"1": {"schema_version": 1}}, "claims": {"1": ')
    before = db.read_bytes()
    proc = run_process("--db", str(db), "list")
    assert proc.returncode == 1
    err = proc.stderr.decode()
    assert "Traceback" not in err and err.count("\n") == 1 and str(db) in err
    assert db.read_bytes() == before


def test_default_database_is_claims_json_in_current_folder_and_env_overrides(
    tmp_path: Path,
) -> None:
    proc = run_process("ingest", str(SEED), cwd=tmp_path)
    assert proc.returncode == 0 and (tmp_path / "claims.json").exists()
    other = tmp_path / "other.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TRACKER_DB": str(other)}
    subprocess.run(
        [sys.executable, "-m", "tracker", "ingest", str(SEED)],
        cwd=tmp_path,
        env=env,
        check=True,
        capture_output=True,
    )
    assert other.exists()


def test_terminal_escapes_in_articles_are_not_printed_raw(tmp_path: Path) -> None:
    art = tmp_path / "evil.txt"
    art.write_text(
        "Evil \x1b[31mred\x1b[0m title\nThe mayor said 300 homes \x1b]8;;http://x\x07were flooded."
    )
    db = str(tmp_path / "db.json")
    code, _, _ = run("--db", db, "ingest", str(art))
    assert code == 0
    _, out, _ = run("--db", db, "list")
    # Escape sequences are formatting, not text: dropped when the article is read.
    assert "\x1b" not in out and "[31m" not in out and "300 homes" in out
    claim = out.split()[0]
    assert run("--db", db, "note", claim, "see \x1b[31mthis\x1b[0m")[0] == 0
    _, out, _ = run("--db", db, "show", claim)
    assert "\x1b" not in out and "\\x1b" in out  # text typed in is kept, shown literally
