"""Issue 16: nothing lost, whatever the input — each probe's reproduction, pinned."""

from __future__ import annotations

import dataclasses
import os
import re
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from tracker.cli import cli
from tracker.store import Store

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
@pytest.mark.parametrize("suffix", ["", ".lock", ".journal", ".matchindex.npz"])
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


# -- High 2: one bad article, row or query is skipped; the rest lands --------------------------


def _explode_on_boom(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make extraction raise on any text holding BOOM, as an overflowing number once did."""
    import tracker.extract
    import tracker.extract.quantities as quantities

    real_extract, real_find = tracker.extract.extract, quantities.find_quantities

    def extract(article, *args, **kwargs):  # type: ignore[no-untyped-def]
        if "BOOM" in article.text:
            raise OverflowError("int too large to convert to float")
        return real_extract(article, *args, **kwargs)

    def find_quantities(text, start=0, end=None, *args, **kwargs):  # type: ignore[no-untyped-def]
        if "BOOM" in text[start:end]:
            raise OverflowError("int too large to convert to float")
        return real_find(text, start, end, *args, **kwargs)

    monkeypatch.setattr(tracker.extract, "extract", extract)
    monkeypatch.setattr(quantities, "find_quantities", find_quantities)


def test_ingest_skips_the_article_whose_extraction_raises(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _explode_on_boom(monkeypatch)
    folder = tmp_path / "in"
    folder.mkdir()
    for k in range(10):
        (folder / f"a{k}.txt").write_text(
            f"Officials said {k + 2} million people voted in area {k}."
        )
    (folder / "bad.txt").write_text("The minister said BOOM 1e400 people came.")
    db = tmp_path / "d.json"
    code, out, err = run("--db", str(db), "ingest", str(folder))
    assert code == 1
    assert [line for line in err.splitlines() if "bad.txt" in line] and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert "10 article(s) added" in out


def test_import_skips_the_row_whose_extraction_raises(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _explode_on_boom(monkeypatch)
    rows = [
        f'{{"id": "r{k}", "text": "{k + 3} million jobs were lost", "verdict": "False"}}'
        for k in range(100)
    ]
    rows.insert(50, '{"id": "bad", "text": "BOOM 1e400 jobs", "verdict": "False"}')
    archive = tmp_path / "a.jsonl"
    archive.write_text("\n".join(rows) + "\n")
    db = tmp_path / "d.json"
    code, out, err = run("--db", str(db), "import", str(archive))
    assert code == 1 and "100 claim(s) imported" in out
    assert len(err.strip().splitlines()) == 1 and "a.jsonl:51" in err
    code, out, _ = run("--db", str(db), "list", "--search", "jobs were lost")
    assert code == 0 and len(out.splitlines()) == 100


def test_import_skips_a_csv_row_the_csv_module_refuses(tmp_path: Path) -> None:
    big = "x" * 200_000
    archive = tmp_path / "a.csv"
    archive.write_text(f"id,text\n1,Some 5 claims were made\n2,{big}\n3,Other 7 claims followed\n")
    code, out, err = run("--db", str(tmp_path / "d.json"), "import", str(archive))
    assert code == 1 and "2 claim(s) imported" in out
    assert "internal error" not in err and len(err.strip().splitlines()) == 1


def test_match_skips_the_query_whose_extraction_raises(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _explode_on_boom(monkeypatch)
    code, out, err = run(
        "--db",
        str(db),
        "match",
        input="150,000 workers abroad\nBOOM 1e400\nas much as $900 million\n",
    )
    assert code == 1 and "query 2" in err and len(err.strip().splitlines()) == 1
    assert out.count("# ") == 2


# -- Medium 7: the database keeps its mode, a read-only one is refused, a symlink stays ---------


def _mark_one(db: Path) -> tuple[int, str, str]:
    _code, out, _ = run("--db", str(db), "list", "--limit", "1")
    return run("--db", str(db), "mark", out.split()[0], "false")


@pytest.mark.parametrize("mode", [0o600, 0o640])
def test_a_write_keeps_the_database_mode_even_under_a_strict_umask(db: Path, mode: int) -> None:
    db.chmod(mode)
    old = os.umask(0o077)
    try:
        assert _mark_one(db)[0] == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(db.stat().st_mode) == mode


def test_a_new_database_follows_the_umask(tmp_path: Path) -> None:
    db = tmp_path / "new.json"
    old = os.umask(0o077)
    try:
        assert run("--db", str(db), "ingest", str(SEED))[0] == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(db.stat().st_mode) == 0o600


def test_a_read_only_database_is_refused_for_writing_and_left_alone(db: Path) -> None:
    db.chmod(0o444)
    before = db.read_bytes()
    code, _, err = _mark_one(db)
    assert code == 1 and "read-only" in err and len(err.strip().splitlines()) == 1
    assert db.read_bytes() == before and stat.S_IMODE(db.stat().st_mode) == 0o444
    assert run("--db", str(db), "list")[0] == 0  # reading still works


def test_a_symlinked_database_stays_a_link_and_shares_one_lock(db: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    link = elsewhere / "link.json"
    link.symlink_to(db)
    assert _mark_one(link)[0] == 0
    assert link.is_symlink() and link.resolve() == db.resolve()
    assert "false" in run("--db", str(db), "list", "--status", "false")[1]
    assert not (elsewhere / "link.json.lock").exists()
    assert Store(link).storage._lock.lock_file == Store(db).storage._lock.lock_file


def test_a_lock_file_that_cannot_be_made_is_one_clear_error(db: Path) -> None:
    from tracker.errors import StoreError
    from tracker.workspace import Workspace

    ws = Workspace(db)
    claim = ws.rows(0, 1)[0].id

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    ws.store.storage._lock.acquire = refuse  # type: ignore[method-assign]
    before = db.read_bytes()
    with pytest.raises(StoreError, match="cannot create the lock file"):
        ws.set_status([claim], "false")
    assert db.read_bytes() == before


# -- Medium 3: bulk writes linear in their size, the lock held for the write only --------------


def _verdict_archive(path: Path, n: int) -> Path:
    rows = [
        f'{{"id": "r{k}", "text": "{k + 3} million jobs were lost in town {k}", "verdict": "False"}}'
        for k in range(n)
    ]
    path.write_text("\n".join(rows) + "\n")
    return path


def test_an_import_with_verdicts_writes_the_reviews_table_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tracker.store import TrackedTable
    from tracker.workspace import Workspace

    rebuilt: list[str] = []
    real = TrackedTable._update_table

    def counting(self, updater):  # type: ignore[no-untyped-def]
        rebuilt.append(self.name)
        return real(self, updater)

    monkeypatch.setattr(TrackedTable, "_update_table", counting)
    report = Workspace(tmp_path / "d.json").import_archive(
        _verdict_archive(tmp_path / "a.jsonl", 60)
    )
    assert report.imported == 60 and report.with_verdict == 60
    assert rebuilt.count("reviews") <= 1  # one per verdict made an import quadratic


def test_import_extracts_outside_the_lock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tracker.extract.quantities as quantities
    from tracker.workspace import Workspace

    ws = Workspace(tmp_path / "d.json")
    held: list[bool] = []
    real = quantities.find_quantities

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        held.append(ws.store.storage._lock.is_locked)
        return real(*args, **kwargs)

    monkeypatch.setattr(quantities, "find_quantities", spy)
    ws.import_archive(_verdict_archive(tmp_path / "a.jsonl", 5))
    assert held and not any(held)


def test_ingest_matches_outside_the_lock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tracker.workspace import Workspace

    ws = Workspace(tmp_path / "d.json")
    held: list[bool] = []
    real = Workspace._earlier_twins

    def spy(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        held.append(self.store.storage._lock.is_locked)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Workspace, "_earlier_twins", spy)
    ws.ingest([str(SEED)])
    assert held and not any(held)


def test_a_write_by_another_process_during_matching_is_kept_and_matched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tracker.model import Article
    from tracker.workspace import Workspace

    db = tmp_path / "d.json"
    ws, other = Workspace(db), Workspace(db, actor="other")
    text = "The ministry said 150,000 workers abroad sent back $900 million last year."
    real = Workspace._prepare_batch
    calls: list[int] = []

    def racing(self, batch):  # type: ignore[no-untyped-def]
        prepared = real(self, batch)
        if self is ws and not calls:
            calls.append(1)  # another process stores a twin while we match, outside the lock
            other.ingest_items([Article.from_text("Earlier: " + text, path="first.txt")])
        return prepared

    monkeypatch.setattr(Workspace, "_prepare_batch", racing)
    report = ws.ingest_items([Article.from_text(text, path="second.txt")])
    assert report.added == 1
    fresh = Workspace(db)
    assert len(fresh.articles()) == 2
    mine = [c for c in fresh.claims() if c.article_id == report.articles[0].article_id]
    assert mine and any(c.matches for c in mine)  # matched against the other's claim
    assert fresh.verify_audit().ok


def test_a_long_ingest_commits_in_bounded_slices(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tracker.store
    import tracker.workspace
    from tracker.model import Article
    from tracker.workspace import Workspace

    writes: list[int] = []
    real = tracker.store.atomic_write_bytes
    monkeypatch.setattr(
        tracker.store, "atomic_write_bytes", lambda *a: (writes.append(1), real(*a))[1]
    )
    monkeypatch.setattr(tracker.workspace, "INGEST_BATCH_CLAIMS", 4)
    articles = [
        Article.from_text(
            f"Officials said {k + 2} million people voted in district {k}.", path=f"{k}"
        )
        for k in range(12)
    ]
    report = Workspace(tmp_path / "d.json").ingest_items(articles)
    assert report.added == 12 and len(writes) >= 3


# -- Medium 4: every input is bounded, and over a limit is one line ------------------------------


def _run_bounded(*args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    """A real process with a deadline: an unbounded read would hang or eat memory."""
    import subprocess
    import sys

    full = {**os.environ, "PYTHONPATH": str(ROOT), "TRACKER_USER": "t", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "tracker", *args], capture_output=True, env=full, timeout=60
    )


@pytest.mark.parametrize("command", ["ingest", "extract", "import"])
def test_a_device_or_a_fifo_is_refused_in_one_line(tmp_path: Path, command: str) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    for source in ("/dev/zero", str(fifo)):
        args = (
            [command, source]
            if command == "extract"
            else ["--db", str(tmp_path / "d.json"), command, source]
        )
        done = _run_bounded(*args)
        err = done.stderr.decode()
        assert done.returncode == 1 and "not a regular file" in err, err
        assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "d.json").exists() or command == "ingest"


def test_too_many_claims_skips_the_article_and_names_the_setting(tmp_path: Path) -> None:
    many = tmp_path / "many.txt"
    many.write_text(" ".join(f"Officials said {k} people came." for k in range(40)))
    db = str(tmp_path / "d.json")
    done = _run_bounded(
        "--db", db, "ingest", str(many), str(SEED), env={"TRACKER_MAX_CLAIMS": "20"}
    )
    err = done.stderr.decode()
    assert done.returncode == 1 and "TRACKER_MAX_CLAIMS" in err and "many.txt" in err
    assert "1 article(s) added" in done.stdout.decode()


def test_import_bounds_rows_bytes_and_claim_length(tmp_path: Path) -> None:
    archive = _verdict_archive(tmp_path / "a.jsonl", 30)
    db = str(tmp_path / "d.json")
    done = _run_bounded("--db", db, "import", str(archive), env={"TRACKER_MAX_IMPORT_ROWS": "20"})
    assert done.returncode == 1 and "TRACKER_MAX_IMPORT_ROWS" in done.stderr.decode()
    done = _run_bounded("--db", db, "import", str(archive), env={"TRACKER_MAX_IMPORT_BYTES": "100"})
    assert done.returncode == 1 and "too large" in done.stderr.decode()
    assert not Path(db).exists()
    long_row = archive.read_text() + '{"id": "long", "text": "' + "word " * 100 + '"}\n'
    archive.write_text(long_row)
    done = _run_bounded("--db", db, "import", str(archive), env={"TRACKER_MAX_CLAIM_CHARS": "200"})
    err = done.stderr.decode()
    assert done.returncode == 1 and "a.jsonl:31" in err and "TRACKER_MAX_CLAIM_CHARS" in err
    assert "30 claim(s) imported" in done.stdout.decode()


def test_an_over_long_match_query_is_skipped_in_one_line(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRACKER_MAX_QUERY_CHARS", "50")
    code, out, err = run(
        "--db", str(db), "match", input="150,000 workers abroad\n" + "x " * 100 + "\n"
    )
    assert code == 1 and "query 2" in err and "TRACKER_MAX_QUERY_CHARS" in err
    assert out.count("# ") == 1


def test_a_bad_limit_setting_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tracker.errors import InvalidValueError
    from tracker.limits import limits

    monkeypatch.setenv("TRACKER_MAX_CLAIMS", "lots")
    with pytest.raises(InvalidValueError, match="TRACKER_MAX_CLAIMS"):
        limits()


# -- Medium 5: URLs are inert in Markdown and checked on every way in -------------------------

HOSTILE = [
    "http://example.org/a\n## INJECTED [click](http://evil)",
    "http://example.org/a> [click](http://evil) <x",
    "javascript:alert(1)",
    "http://example.org/`code`\r\n<script>",
]


@pytest.mark.parametrize("url", HOSTILE)
def test_a_hostile_url_stays_inert_in_markdown(url: str) -> None:
    import io

    from tracker.export import write_claims_markdown
    from tracker.model import Article, Claim

    art = Article(id="a_1", text="Some 5 people said so.", title="t", url=url)
    claim = Claim(
        id="c_1", article_id="a_1", text="Some 5 people said so.", start=0, end=22, kinds=()
    )
    claim = dataclasses.replace(claim, evidence=(url,))
    out = io.StringIO()
    write_claims_markdown([claim], out, lambda _id: art)
    text = out.getvalue()
    headings = [line for line in text.splitlines() if line.lstrip().startswith("#")]
    assert headings == ["# Claims report", "## t"]
    assert not re.search(r"(?<!\\)\[[^\]]*(?<!\\)\]\(", text)  # no live [text](link)
    for line in text.splitlines():
        for link in re.findall(r"(?<!\\)<[^>]*>", line):
            assert link.startswith("<http") and not any(c.isspace() for c in link)


def test_import_rejects_a_url_the_command_line_would_reject(tmp_path: Path) -> None:
    archive = tmp_path / "a.jsonl"
    archive.write_text(
        '{"id": "1", "text": "5 jobs were lost", "verdict": "False", "url": "javascript:alert(1)"}\n'
        '{"id": "2", "text": "7 jobs were made", "verdict": "False", "url": "https://ok.example/x"}\n'
    )
    db = str(tmp_path / "d.json")
    code, out, err = run("--db", db, "import", str(archive))
    assert code == 1 and "a.jsonl:1" in err and "1 claim(s) imported" in out
    assert "javascript" not in (tmp_path / "d.json").read_text()
    assert run("--db", db, "evidence", "c_", "javascript:alert(1)")[0] == 1


def test_an_article_with_a_non_web_url_is_skipped(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"text": "Officials said 5 people came.", "url": "javascript:alert(1)"}\n'
        '{"text": "Officials said 9 people left.", "url": "https://news.example/9"}\n'
    )
    code, out, err = run("--db", str(tmp_path / "d.json"), "ingest", str(feed))
    assert code == 1 and "feed.jsonl:1" in err and "1 article(s) added" in out


# -- Medium 6: an audit log that cannot be quietly cut or rewritten ----------------------------


@pytest.fixture
def desk_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    config = tmp_path / "config"
    monkeypatch.delenv("TRACKER_KEY", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    return config / "tracker" / "desk.key"


def _edit(db: Path, change) -> None:  # type: ignore[no-untyped-def]
    import json

    data = json.loads(db.read_text())
    change(data)
    db.write_text(json.dumps(data))


def _rechain(data: dict) -> None:  # type: ignore[type-arg]
    """What anyone with the file can do: recompute every hash and the head."""
    from tracker import audit

    prev = audit.GENESIS
    for _key, event in sorted(data["audit"].items(), key=lambda kv: kv[1]["seq"]):
        event["prev_hash"] = prev
        event["hash"] = prev = audit.event_hash(event, prev)
    last = max((e["seq"] for e in data["audit"].values()), default=0)
    data["meta"]["1"]["audit_head"] = {"seq": last, "hash": prev}


def _marked(db: Path, n: int) -> None:
    ids = [line.split()[0] for line in run("--db", str(db), "list")[1].splitlines()]
    for k in range(n):
        assert run("--db", str(db), "mark", ids[k], "false")[0] == 0


def test_anchor_makes_a_private_desk_key_and_a_signed_checkpoint(db: Path, desk_key: Path) -> None:
    import json

    anchors = db.with_name("anchors.jsonl")
    code, out, _ = run("--db", str(db), "audit", "anchor", "-o", str(anchors))
    assert code == 0 and stat.S_IMODE(desk_key.stat().st_mode) == 0o600
    checkpoint = json.loads(out)
    assert {"seq", "hash", "signature", "key_id"} <= set(checkpoint)
    assert json.loads(anchors.read_text()) == checkpoint
    _marked(db, 2)  # the log grows: it still extends the checkpoint
    assert run("--db", str(db), "audit", "anchor", "-o", str(anchors))[0] == 0
    code, out, err = run("--db", str(db), "audit", "verify", "--anchor", str(anchors))
    assert code == 0 and out.count("extends checkpoint") == 2, err


def test_a_log_cut_below_a_checkpoint_fails(db: Path, desk_key: Path) -> None:
    _marked(db, 3)
    anchors = db.with_name("anchors.jsonl")
    assert run("--db", str(db), "audit", "anchor", "-o", str(anchors))[0] == 0

    def cut(data: dict) -> None:  # type: ignore[type-arg]
        last = max(data["audit"], key=lambda k: data["audit"][k]["seq"])
        del data["audit"][last]
        _rechain(data)

    _edit(db, cut)
    assert run("--db", str(db), "audit", "verify")[0] == 0  # the chain alone cannot tell
    code, _, err = run("--db", str(db), "audit", "verify", "--anchor", str(anchors))
    assert code == 1 and "cut off" in err


def test_a_rewritten_log_fails_its_checkpoint(db: Path, desk_key: Path) -> None:
    _marked(db, 2)
    anchors = db.with_name("anchors.jsonl")
    assert run("--db", str(db), "audit", "anchor", "-o", str(anchors))[0] == 0

    def rewrite(data: dict) -> None:  # type: ignore[type-arg]
        for event in data["audit"].values():
            if event["action"] == "status.changed":
                event["after"] = "verified"
        _rechain(data)

    _edit(db, rewrite)
    code, _, err = run("--db", str(db), "audit", "verify", "--anchor", str(anchors))
    assert code == 1 and "rewritten" in err


def test_an_altered_checkpoint_fails_its_signature(db: Path, desk_key: Path) -> None:
    import json

    _marked(db, 2)
    anchors = db.with_name("anchors.jsonl")
    code, out, _ = run("--db", str(db), "audit", "anchor")
    forged = {**json.loads(out), "seq": 1}
    anchors.write_text(json.dumps(forged) + "\n")
    code, _, err = run("--db", str(db), "audit", "verify", "--anchor", str(anchors))
    assert code == 1 and "signature" in err


def test_a_deleted_log_on_a_database_with_claims_is_not_intact(db: Path) -> None:
    def delete(data: dict) -> None:  # type: ignore[type-arg]
        data["audit"] = {}
        data["meta"]["1"].pop("audit_head", None)

    _edit(db, delete)
    code, _, err = run("--db", str(db), "audit", "verify")
    assert code == 1 and "no event" in err


# -- Low ---------------------------------------------------------------------------------------


def test_a_full_disk_during_export_is_one_line_and_keeps_the_old_file(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    import tracker.export

    out = db.with_name("out.jsonl")
    out.write_text("old\n")

    def full(*_args: object, **_kwargs: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(tracker.export, "write_claims_jsonl", full)
    monkeypatch.setattr("tracker.cli.write_claims_jsonl", full)
    code, _, err = run("--db", str(db), "export", "-o", str(out), "--force")
    assert code == 1 and "disk full" in err and len(err.strip().splitlines()) == 1
    assert out.read_text() == "old\n"
    assert not [p for p in db.parent.iterdir() if p.name.endswith(".tmp")]


def test_a_tracker_file_with_a_malformed_document_is_refused_in_one_line(db: Path) -> None:
    def drop_id(data: dict) -> None:  # type: ignore[type-arg]
        first = next(iter(data["claims"]))
        del data["claims"][first]["id"]

    _edit(db, drop_id)
    before = db.read_bytes()
    code, _, err = run("--db", str(db), "list")
    assert code == 1 and "malformed claims document" in err and "KeyError" not in err
    assert db.read_bytes() == before


@pytest.mark.parametrize("body", ["42", '{"@graph": "notalist"}', '"text"'])
def test_a_claimreview_file_that_is_not_one_is_an_error(tmp_path: Path, body: str) -> None:
    archive = tmp_path / "r.json"
    archive.write_text(body)
    code, _, err = run("--db", str(tmp_path / "d.json"), "import", str(archive))
    assert code == 1 and "not ClaimReview JSON" in err


def test_non_string_json_values_are_bad_rows_not_python_repr(tmp_path: Path) -> None:
    archive = tmp_path / "a.jsonl"
    archive.write_text(
        '{"id": {"a": 1}, "text": "5 jobs were lost", "verdict": "False"}\n'
        '{"id": 7, "text": "9 jobs were made", "verdict": ["False"]}\n'
        '{"id": 8, "text": "3 jobs moved", "verdict": "False"}\n'
    )
    db = tmp_path / "d.json"
    code, out, err = run("--db", str(db), "import", str(archive))
    assert code == 1 and "1 claim(s) imported" in out and err.count("expected text") == 2
    assert "{'a'" not in db.read_text() and "['False']" not in db.read_text()


def test_a_nul_anywhere_in_an_input_is_refused(tmp_path: Path) -> None:
    rows = "id,text\n" + "".join(f"{k},Some {k} claims were made\n" for k in range(500))
    archive = tmp_path / "a.csv"
    archive.write_bytes(rows.encode() + b"9999,hidden\x00nul\n")
    assert len(rows) > 8192
    code, _, err = run("--db", str(tmp_path / "d.json"), "import", str(archive))
    assert code == 1 and "not a text file" in err
    article = tmp_path / "a.txt"
    article.write_bytes(b"Officials said 5 people came.\n" * 400 + b"\x00")
    code, _, err = run("extract", str(article))
    assert code == 1 and "binary" in err


def test_reimporting_a_corrected_archive_adds_only_its_new_rows(tmp_path: Path) -> None:
    db = str(tmp_path / "d.json")
    first = _verdict_archive(tmp_path / "a.jsonl", 5)
    assert run("--db", db, "import", str(first))[0] == 0
    corrected = first.read_text().replace("town 2", "town two") + (
        '{"id": "new", "text": "11 million jobs were lost", "verdict": "False"}\n'
    )
    first.write_text(corrected)
    code, out, _ = run("--db", db, "import", str(first))
    assert code == 0 and "1 claim(s) imported" in out and "5 already imported" in out
    assert len(run("--db", db, "list")[1].splitlines()) == 6


def test_terminal_escapes_do_not_become_quantities(tmp_path: Path) -> None:
    import json

    article = tmp_path / "a.txt"
    article.write_text("Officials said \x1b[1m5\x1b[0m people came, reported \x1b[31mAFP\x1b[0m.")
    code, out, _ = run("extract", str(article), "--json")
    assert code == 0
    quantities = [q["text"] for c in json.loads(out)["claims"] for q in c["quantities"]]
    assert set(quantities) == {"5"}


def test_orphaned_temp_files_of_the_database_are_swept_on_the_next_write(db: Path) -> None:
    orphan = db.with_name(f".{db.name}.abcd1234.tmp")
    orphan.write_bytes(b"x" * 1000)
    other = db.with_name(".report.csv.abcd1234.tmp")  # another file's: not ours to remove
    other.write_bytes(b"y")
    _marked(db, 1)
    assert not orphan.exists() and other.exists()


def test_a_bad_limit_in_the_environment_is_one_line_from_the_command(tmp_path: Path) -> None:
    done = _run_bounded("extract", str(SEED), env={"TRACKER_MAX_BYTES": "lots"})
    err = done.stderr.decode()
    assert done.returncode == 1 and "TRACKER_MAX_BYTES" in err and "internal error" not in err
    assert len(err.strip().splitlines()) == 1


def test_under_constant_contention_an_ingest_still_lands_once_without_matching_locked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tracker.model import Article
    from tracker.workspace import Workspace

    db = tmp_path / "d.json"
    ws, other = Workspace(db), Workspace(db, actor="other")
    same = Article.from_text("The ministry said 150,000 workers went abroad.", path="same.txt")
    mine = Article.from_text("Officials said 7 million people voted in May.", path="mine.txt")
    real = Workspace._prepare_batch
    calls: list[int] = []

    def racing(self, batch):  # type: ignore[no-untyped-def]
        prepared = real(self, batch)
        if self is ws:  # after every matching another writer stores something; at last the same
            calls.append(1)
            extra = same if len(calls) == 3 else Article.from_text(f"Aides said {len(calls)} left.")
            other.ingest_items([extra])
        return prepared

    monkeypatch.setattr(Workspace, "_prepare_batch", racing)
    report = ws.ingest_items([same, mine])
    assert len(calls) == 3  # matched three times outside the lock, then committed
    assert [a.new for a in report.articles] == [False, True]
    fresh = Workspace(db)
    ids = [a.id for a in fresh.articles()]
    assert ids.count(same.id) == 1 and mine.id in ids and fresh.verify_audit().ok
    assert len({c.id for c in fresh.claims()}) == len(fresh.claims())


def test_the_apps_export_never_writes_onto_the_database(db: Path) -> None:
    from tracker.outputs import OutputError
    from tracker.tui.app import export_to
    from tracker.workspace import Workspace

    ws = Workspace(db)
    before = db.read_bytes()
    for target in (db, db.with_name(db.name + ".lock")):
        with pytest.raises(OutputError, match="database"):
            export_to(ws, "jsonl", str(target), ws.rows())
    assert db.read_bytes() == before
    assert export_to(ws, "jsonl", str(db.with_name("out.jsonl")), ws.rows()) == len(ws.rows())


def test_a_database_error_is_not_mistaken_for_a_bad_input(monkeypatch: pytest.MonkeyPatch) -> None:
    from tracker.errors import LockedError
    from tracker.isolation import attempt

    def locked() -> None:
        raise LockedError("locked")

    with pytest.raises(LockedError):
        attempt(locked)
    assert attempt(int, "x")[1] is not None and attempt(int, "7") == (7, None)


@given(st.text())
def test_any_text_is_an_inert_autolink_or_none(url: str) -> None:
    from tracker.urls import markdown_autolink

    for candidate in (url, "http://example.org/" + url, "https://" + url):
        link = markdown_autolink(candidate)
        if link is not None:
            inner = link[1:-1]
            assert link.startswith("<http") and link.endswith(">")
            assert not any(c.isspace() or c in '<>`\\"' or not c.isprintable() for c in inner)
            assert inner.isascii()


@given(st.text(alphabet=st.sampled_from(["\x1b", "[", "]", "0", "m", ";", "\x07", "a", " ", "\\"])))
def test_no_escape_character_survives_reading(text: str) -> None:
    from tracker.readers import strip_terminal_escapes

    assert "\x1b" not in strip_terminal_escapes(text)


def test_a_checkpoint_of_another_log_or_a_deleted_log_fails(
    db: Path, desk_key: Path, tmp_path: Path
) -> None:
    anchors = db.with_name("anchors.jsonl")
    assert run("--db", str(db), "audit", "anchor", "-o", str(anchors))[0] == 0
    other = tmp_path / "other.json"
    assert run("--db", str(other), "ingest", str(ROOT / "seeds"))[0] == 0
    code, _, err = run("--db", str(other), "audit", "verify", "--anchor", str(anchors))
    assert code == 1 and "another log" in err

    def wipe(data: dict) -> None:  # type: ignore[type-arg]
        data["audit"], data["articles"], data["claims"] = {}, {}, {}
        data["meta"]["1"].pop("audit_head", None)

    _edit(db, wipe)
    code, _, err = run("--db", str(db), "audit", "verify", "--anchor", str(anchors))
    assert code == 1 and "cut off" in err
