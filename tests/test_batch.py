"""Extraction over many articles in a pool of processes: the same output, in input order."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from tracker import batch
from tracker.cli import cli
from tracker.model import Article, Claim
from tracker.readers import Skipped


def _articles(n: int) -> list[Article]:
    return [
        Article.from_text(f"Officials said {k + 2} million people voted in area {k}.")
        for k in range(n)
    ]


def _count(article: Article, claims: list[Claim]) -> tuple[str, int]:
    return article.id, len(claims)


def _run(*args: str) -> tuple[int, bytes, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout_bytes, result.stderr


def _folder(tmp_path: Path, n: int = 2 * batch.BATCH_ITEMS + 5) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for k in range(n):
        (folder / f"a{k:03}.txt").write_text(
            f"The minister said {k + 3} million jobs were lost in {k % 7 + 2} years.\n"
        )
    return folder


def test_a_pool_gives_what_one_process_gives_in_input_order() -> None:
    items: list[Article | Skipped] = [*_articles(2 * batch.BATCH_ITEMS + 3)]
    items.insert(40, Skipped("x.bin", "binary file, not text"))
    alone = list(batch.run(items, _count, jobs=1))
    pooled = list(batch.run(items, _count, jobs=2))
    assert pooled == alone
    assert [item for item, _ in pooled] == items
    assert alone[40][1] == (None, None)
    assert alone[0][1] == ((items[0].id, 1), None)


def test_no_items_no_output() -> None:
    assert list(batch.run([], _count, jobs=2)) == []


@pytest.mark.parametrize("as_json", [True, False])
def test_extract_jobs_changes_nothing_but_speed(tmp_path: Path, as_json: bool) -> None:
    folder = _folder(tmp_path)
    (folder / "a010.txt").write_bytes(b"\x00\x01binary")
    flag = ("--json",) if as_json else ()
    code1, out1, err1 = _run("extract", str(folder), *flag, "--jobs", "1")
    code2, out2, err2 = _run("extract", str(folder), *flag, "--jobs", "2")
    assert (code1, out1, err1) == (code2, out2, err2)
    assert code1 == 1 and err1.count("\n") == 1 and "a010.txt: binary file" in err1
    assert out1.count(b"\n" if as_json else b"\n# ") == 2 * batch.BATCH_ITEMS + 4 - (not as_json)


def test_a_failing_article_in_a_worker_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tracker.extract

    real = tracker.extract.extract

    def extract(article: Article) -> list[Claim]:
        if "BOOM" in article.text:
            raise OverflowError("int too large to convert to float")
        return real(article)

    monkeypatch.setattr(tracker.extract, "extract", extract)
    folder = _folder(tmp_path)
    (folder / "a050.txt").write_text("The minister said BOOM 1e400 people came.")
    code, out, err = _run("extract", str(folder), "--json", "--jobs", "2")
    assert code == 1
    assert err.splitlines() == [
        f"tracker: skipped {folder / 'a050.txt'}: could not be processed "
        "(OverflowError: int too large to convert to float)"
    ]
    assert out.count(b"\n") == 2 * batch.BATCH_ITEMS + 4


def test_default_jobs_is_at_least_one() -> None:
    assert batch.default_jobs() >= 1
