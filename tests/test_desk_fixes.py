"""What a newcomer found wrong at the desk: each case fails without its fix."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from tracker.cli import cli
from tracker.errors import NotFoundError
from tracker.model import Claim
from tracker.workspace import Workspace

ARTICLE = (
    "Budget row\n\n"
    "The minister, Jane Roe, said on Monday that spending rose by 12% to $2 billion last year. "
    "Critics disagreed. "
    "Officials said 300 schools closed and 40 clinics opened. "
    "The weather was mild and the river rose 2 metres."
)


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    article = tmp_path / "budget.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    ws = Workspace(tmp_path / "claims.json", actor="ann")
    ws.ingest([str(article)])
    return ws


def _by_words(ws: Workspace, words: str) -> Claim:
    return next(c for c in ws.claims() if words in c.text)


def _run(db: Path, *args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(cli, ["--db", str(db), *args], catch_exceptions=False)
    return r.exit_code, r.stdout, r.stderr


def test_a_short_unambiguous_prefix_finds_the_claim(ws: Workspace) -> None:
    ids = [c.id for c in ws.claims()]
    for cid in ids:
        n = next(n for n in range(1, 17) if sum(o.startswith(cid[: 2 + n]) for o in ids) == 1)
        assert ws.resolve_id(cid[2 : 2 + n]) == cid
        assert _run(ws.path, "show", cid[: 2 + n])[0] == 0
    shared = next((p for p in "0123456789abcdef" if sum(o[2] == p for o in ids) > 1), None)
    if shared is not None:
        with pytest.raises(NotFoundError, match="ambiguous"):
            ws.resolve_id(shared)


def test_reading_a_missing_database_is_an_error_not_an_empty_answer(tmp_path: Path) -> None:
    typo = tmp_path / "typo.json"
    for args in (["list"], ["show", "c_1a"], ["match", "spending"], ["audit", "verify"]):
        code, out, err = _run(typo, *args)
        assert (code, out) == (1, ""), args
        assert err.strip() == f"tracker: error: no database at {typo} (`tracker ingest` starts one)"
    assert not typo.exists()


def test_an_empty_match_query_is_a_usage_error(ws: Workspace) -> None:
    code, out, err = _run(ws.path, "match", "  ")
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "args", [["lsit"], ["list", "--bogus"], ["audit", "verfy"], ["show"], ["mark"]]
)
def test_usage_errors_are_one_line_on_stderr_with_exit_2(ws: Workspace, args: list[str]) -> None:
    code, out, err = _run(ws.path, *args)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and err.startswith("tracker: error: ")
