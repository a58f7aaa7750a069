"""Turn input paths into Articles: plain text, Markdown, HTML, JSON Lines, folders, stdin.

Every file either becomes articles or a one-line ``Skipped`` reason naming it, so a
batch goes on past a bad file and the caller can tell the user what was left out.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import orjson

from tracker.model import Article, article_id_for, first_line
from tracker.urls import web_url

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
STDIN = "-"


@dataclass(slots=True, frozen=True)
class Skipped:
    """An input that yielded no article, and why (one line, naming it)."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def read_paths(
    paths: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES, stdin: BinaryIO | None = None
) -> Iterator[Article | Skipped]:
    """Yield an Article (or a Skipped) per input article, in input order."""
    for raw in paths:
        if raw == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _read_bytes(stream.read(max_bytes + 1), "<stdin>", None, max_bytes)
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and _wanted(p))
            if not files:
                yield Skipped(raw, "folder holds no .txt, .md, .html or .jsonl files")
            for file in files:
                yield from read_file(file, max_bytes)
        else:
            yield from read_file(path, max_bytes)


def _wanted(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES and not any(
        part.startswith(".") for part in path.parts[-1:]
    )


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | Skipped]:
    name = str(path)
    data, why = read_bounded(path, max_bytes)
    if data is None:
        yield Skipped(name, why or "cannot read")
        return
    yield from _read_bytes(data, name, path.suffix.lower(), max_bytes)


def read_bounded(
    path: Path, max_bytes: int, setting: str | None = None
) -> tuple[bytes | None, str | None]:
    """A regular file's bytes, or why not. A device (``/dev/zero``), FIFO or socket is
    refused before it is opened (it may never end, or block forever), and no more than
    ``max_bytes + 1`` bytes are read, so a file that grows while we read cannot run us out
    of memory. ``setting``: the environment variable a too-large file's reason names."""
    by = f", set by {setting}" if setting else ""
    import stat

    try:
        st = path.stat()
    except FileNotFoundError:
        return None, "no such file"
    except OSError as exc:
        return None, f"cannot read ({exc.strerror})"
    if not stat.S_ISREG(st.st_mode):
        return None, "not a regular file (a device, FIFO or socket); save the text to a file"
    if st.st_size > max_bytes:
        return None, f"too large ({st.st_size:,} bytes; the limit is {max_bytes:,}{by})"
    try:
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        return None, f"cannot read ({exc.strerror})"
    if len(data) > max_bytes:
        return None, f"too large (over the limit of {max_bytes:,} bytes{by})"
    return data, None


def _read_bytes(
    data: bytes, name: str, suffix: str | None, max_bytes: int
) -> Iterator[Article | Skipped]:
    if len(data) > max_bytes:
        yield Skipped(name, f"too large (over the limit of {max_bytes:,} bytes)")
        return
    if not data.strip():
        yield Skipped(name, "empty")
        return
    if _looks_binary(data):
        yield Skipped(name, "binary file, not text")
        return
    text = decode(data)
    if text is None:
        yield Skipped(name, "text encoding could not be recognised (save it as UTF-8)")
        return
    path = None if name == "<stdin>" else name
    if suffix is None:
        suffix = _sniff(text)
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(text, name, path)
    elif suffix in HTML_SUFFIXES:
        yield from _read_html(text, name, path)
    else:
        text = _clean(text)
        if not text.strip():
            yield Skipped(name, "empty")
        else:
            yield Article.from_text(text, path=path)


def _sniff(text: str) -> str:
    """Guess the format of stdin from its first characters."""
    head = text.lstrip()[:200].lower()
    if head.startswith("{"):
        return ".jsonl"
    if head.startswith(("<!doctype html", "<html")):
        return ".html"
    return ".txt"


def _looks_binary(data: bytes) -> bool:
    """NUL bytes never occur in text in any encoding we accept (UTF-16 is not one). The whole
    input is searched (in C, fast): a NUL past the start must not reach a claim either."""
    return b"\x00" in data


def decode(data: bytes) -> str | None:
    """UTF-8 (with or without BOM) first; otherwise the encoding charset-normalizer detects."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # imported here: only needed for odd files

    best = from_bytes(data).best()
    if best is None:
        return None
    return str(best)


# Terminal control sequences (colour codes in text copied from a terminal, title-setting OSC
# strings): formatting for a terminal, not words of the article. Left in, '\x1b[0m' would
# read as the quantity '0m'.
_TERMINAL_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]?"
)


def strip_terminal_escapes(text: str) -> str:
    return _TERMINAL_ESCAPES.sub("", text) if "\x1b" in text else text


def _clean(text: str) -> str:
    """Newlines normalised (offsets must mean the same on every platform), terminal escape
    sequences removed."""
    return strip_terminal_escapes(text.replace("\r\n", "\n").replace("\r", "\n"))


def json_lines(text: str, name: str) -> Iterator[tuple[str, dict[str, Any] | None, str | None]]:
    """(where, object, problem) for each non-blank line of JSON Lines text."""
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            record = orjson.loads(line)
        except orjson.JSONDecodeError:
            yield where, None, "not valid JSON"
            continue
        if not isinstance(record, dict):
            yield where, None, "expected a JSON object"
            continue
        yield where, record, None


def _read_jsonl(text: str, name: str, path: str | None) -> Iterator[Article | Skipped]:
    for where, record, problem in json_lines(text, name):
        if record is None:
            yield Skipped(where, problem or "unreadable")
            continue
        if not isinstance(record.get("text"), str):
            yield Skipped(where, 'expected an object with a "text" string')
            continue
        body = _clean(record["text"])
        if not body.strip():
            yield Skipped(where, "empty text")
            continue
        meta = {k: record.get(k) for k in ("title", "url", "date", "speaker")}
        meta = {k: str(v) for k, v in meta.items() if v not in (None, "")}
        if "url" in meta and web_url(meta["url"]) is None:
            yield Skipped(where, f"url must be an http(s) address, got {meta['url'][:80]!r}")
            continue
        given_id = record.get("id")
        yield Article(
            id=str(given_id) if given_id not in (None, "") else article_id_for(body),
            text=body,
            title=meta.get("title") or first_line(body),
            path=path,
            url=meta.get("url"),
            date=meta.get("date"),
            speaker=meta.get("speaker"),
        )


def _read_html(text: str, name: str, path: str | None) -> Iterator[Article | Skipped]:
    import trafilatura  # imported here: heavy, and only HTML needs it

    body = trafilatura.extract(text, include_comments=False, include_tables=False)
    if not body or not body.strip():
        yield Skipped(name, "no article text found in the HTML")
        return
    meta = trafilatura.extract_metadata(text)
    title = (meta.title if meta and meta.title else None) or first_line(body)
    yield Article(
        id=article_id_for(body),
        text=_clean(body),
        title=title,
        path=path,
        url=web_url(meta.url) if meta and meta.url else None,
        date=meta.date if meta and meta.date else None,
    )
