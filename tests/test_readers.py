from __future__ import annotations

import io
from pathlib import Path

from tracker.model import Article
from tracker.readers import Skipped, read_paths


def _read(*paths: str, **kw) -> list[Article | Skipped]:
    return list(read_paths(list(paths), **kw))


def test_text_file_title_is_first_line(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("\nHeadline\r\nBody says 5 people.\r\n", encoding="utf-8")
    (art,) = _read(str(p))
    assert isinstance(art, Article)
    assert art.title == "Headline"
    assert "\r" not in art.text
    assert art.path == str(p)


def test_markdown_is_read_as_text(tmp_path: Path) -> None:
    p = tmp_path / "a.md"
    p.write_text("# Title\n\nText.", encoding="utf-8")
    (art,) = _read(str(p))
    assert isinstance(art, Article) and art.title == "# Title"


def test_html_main_text_is_extracted_without_tags(tmp_path: Path) -> None:
    p = tmp_path / "a.html"
    body = " ".join(["The minister said 40 schools would close next year."] * 5)
    p.write_text(
        f"<html><head><title>Schools to close</title><script>var x = 1;</script></head>"
        f"<body><nav>Home | News</nav><article><h1>Schools to close</h1><p>{body}</p>"
        f"<p>Officials said the plan saves $3 million.</p></article></body></html>",
        encoding="utf-8",
    )
    (art,) = _read(str(p))
    assert isinstance(art, Article)
    assert "40 schools" in art.text and "<p>" not in art.text and "var x" not in art.text
    assert art.title == "Schools to close"


def test_jsonl_reads_one_article_per_line_and_reports_bad_lines(tmp_path: Path) -> None:
    p = tmp_path / "a.jsonl"
    p.write_text(
        '{"text": "First article says 3 things.", "id": "x1", "title": "One", "url": "https://e.org/1"}\n'
        "not json\n"
        '{"no_text": 1}\n'
        "\n"
        '{"text": "Second one."}\n',
        encoding="utf-8",
    )
    items = _read(str(p))
    arts = [i for i in items if isinstance(i, Article)]
    bad = [i for i in items if isinstance(i, Skipped)]
    assert [a.title for a in arts] == ["One", "Second one."]
    assert arts[0].id == "x1" and arts[0].url == "https://e.org/1"
    assert [b.source for b in bad] == [f"{p}:2", f"{p}:3"]


def test_folder_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("B text", encoding="utf-8")
    (tmp_path / "sub" / "a.txt").write_text("A text", encoding="utf-8")
    (tmp_path / "ignore.pdf").write_bytes(b"%PDF")
    titles = [a.title for a in _read(str(tmp_path)) if isinstance(a, Article)]
    assert titles == ["B text", "A text"]


def test_stdin_is_read_with_dash() -> None:
    (art,) = list(read_paths(["-"], stdin=io.BytesIO(b"From stdin: 7 cats.")))
    assert isinstance(art, Article) and art.path is None and "7 cats" in art.text


def test_latin1_text_is_decoded_by_detection(tmp_path: Path) -> None:
    p = tmp_path / "old.txt"
    p.write_bytes("Le café coûte £3 à Paris, a déclaré le ministre.".encode("latin-1"))
    (art,) = _read(str(p))
    assert isinstance(art, Article)
    assert "£3" in art.text and "café" in art.text


def test_binary_empty_missing_and_oversized_files_are_skipped_with_reasons(tmp_path: Path) -> None:
    (tmp_path / "bin.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "big.txt").write_text("x" * 2000, encoding="utf-8")
    (tmp_path / "ok.txt").write_text("Fine.", encoding="utf-8")
    items = _read(
        str(tmp_path / "bin.txt"),
        str(tmp_path / "empty.txt"),
        str(tmp_path / "missing.txt"),
        str(tmp_path / "big.txt"),
        str(tmp_path / "ok.txt"),
        max_bytes=1000,
    )
    reasons = [str(i) for i in items if isinstance(i, Skipped)]
    assert len(reasons) == 4
    assert "binary" in reasons[0] and "empty" in reasons[1]
    assert "no such file" in reasons[2] and "too large" in reasons[3]
    assert all("\n" not in r for r in reasons)
    assert isinstance(items[-1], Article)
