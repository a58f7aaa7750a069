"""The compiled build (setup.py: mypyc over tracker/extract) stays buildable and gives the
output pure Python gives.

Tests import tracker from the checkout, which is pure Python; an installed tracker (as .ci/run
installs it, compiled) is reached by a child Python in isolated mode, which ignores the
checkout. Where none is installed (a developer's venv) the identity test is skipped, unless
TRACKER_REQUIRE_COMPILED is set (.ci/run sets it): then a build that fell back to pure Python
fails here, so a change that breaks compilation cannot pass CI.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted(
    [
        *(ROOT / "seeds").glob("*.txt"),
        *(ROOT / "tests" / "fixtures" / "transcripts").glob("*.txt"),
        *(ROOT / "tests" / "fixtures" / "triage").glob("*.txt"),
        ROOT / "tests" / "fixtures" / "session" / "hearing.txt",
        ROOT / "tests" / "fixtures" / "session" / "archive.jsonl",
    ]
)
REQUIRED = bool(os.environ.get("TRACKER_REQUIRE_COMPILED"))


def _installed_build(cwd: Path) -> str | None:
    """'compiled' or 'pure' for the tracker installed in this Python, None if there is none."""
    probe = (
        "import tracker.extract as e; print('compiled' if e.__file__.endswith('.so') else 'pure')"
    )
    done = subprocess.run(
        [sys.executable, "-I", "-c", probe], cwd=cwd, capture_output=True, text=True, check=False
    )
    return done.stdout.strip() if done.returncode == 0 else None


def _extract_json(isolated: bool, cwd: Path) -> bytes:
    """`tracker extract --json --jobs 1` over the fixture articles, run by the installed
    tracker (``isolated``) or by the checkout's."""
    args = [sys.executable, *(["-I"] if isolated else []), "-m", "tracker", "extract"]
    args += ["--json", "--jobs", "1", *map(str, ARTICLES)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, check=False)
    assert done.returncode == 0, done.stderr.decode()
    return done.stdout


def test_compiled_build_gives_the_pure_output(tmp_path: Path) -> None:
    build = _installed_build(tmp_path)
    if build != "compiled":
        if REQUIRED:
            pytest.fail(f"TRACKER_REQUIRE_COMPILED, but the installed tracker is {build}")
        pytest.skip(f"no compiled tracker installed ({build or 'none'})")
    compiled = _extract_json(isolated=True, cwd=tmp_path)
    pure = _extract_json(isolated=False, cwd=ROOT)
    assert compiled.count(b"\n") == len(ARTICLES)
    assert compiled == pure


def test_extraction_type_checks(tmp_path: Path) -> None:
    """mypyc compiles only code that type-checks: the same check, in seconds."""
    api = pytest.importorskip("mypy.api")
    out, err, status = api.run(
        [
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(tmp_path / "mypy"),
            str(ROOT / "tracker" / "extract"),
            str(ROOT / "tracker" / "worth" / "features.py"),
            str(ROOT / "tracker" / "worth" / "scorer.py"),
        ]
    )
    assert status == 0, out + err


def test_no_cached_property_in_compiled_code() -> None:
    """functools.cached_property does not cache in a class mypyc compiles: it reads again on
    every use (found in session 9: a role table and an article's bodies were re-read at each
    look-up, and the bodies' list grew with every read). Compiled modules keep their caches
    in attributes written out instead."""
    compiled = [*(ROOT / "tracker" / "extract").rglob("*.py")]
    compiled += [
        ROOT / "tracker" / "worth" / "features.py",
        ROOT / "tracker" / "worth" / "scorer.py",
    ]
    users = [p.relative_to(ROOT) for p in compiled if "@cached_property" in p.read_text("utf-8")]
    assert not users
