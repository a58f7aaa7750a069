"""Read archives of earlier fact-checked claims: JSON Lines, CSV/TSV, ClaimReview JSON-LD.

Pure parsing: a file's bytes in, ImportedClaim records and per-row problems out. Bad rows
are reported with their line (or item) number and skipped; the rest of the file goes on.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from tracker.errors import InvalidValueError, ReaderError
from tracker.isolation import attempt, reason
from tracker.limits import ENV, limits, over
from tracker.model import Status
from tracker.readers import decode, json_lines, read_bounded, strip_terminal_escapes
from tracker.urls import web_url
from tracker.verdicts import status_for_verdict


@dataclass(slots=True, frozen=True)
class ImportedClaim:
    text: str
    external_id: str | None = None
    verdict: str | None = None
    status: Status | None = None
    speaker: str | None = None
    url: str | None = None
    date: str | None = None
    headline: str | None = None
    where: str = ""  # file and line (or item), to name the row if it fails later


@dataclass(slots=True, frozen=True)
class BadRow:
    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


@dataclass(slots=True, frozen=True)
class Columns:
    """Which CSV/TSV columns hold what (header names)."""

    text: str = "text"
    id: str = "id"
    verdict: str = "verdict"
    speaker: str = "speaker"
    url: str = "url"
    date: str = "date"
    headline: str = "headline"


def read_archive(
    path: Path, columns: Columns | None = None, fmt: str | None = None
) -> Iterator[ImportedClaim | BadRow]:
    """Records of an archive file; the format comes from ``fmt`` or the file's suffix."""
    data, why = read_bounded(path, limits().import_bytes, ENV["import_bytes"])
    if data is None:
        raise ReaderError(f"{path}: {why}")
    text = decode(data)
    if text is None or b"\x00" in data:  # anywhere: a NUL must not reach a claim's text
        raise ReaderError(f"{path}: not a text file")
    kind = (fmt or _guess_format(path, text)).lower()
    name = str(path)
    if kind == "jsonl":
        records = _jsonl(text, name)
    elif kind in ("csv", "tsv"):
        records = _table(text, name, "\t" if kind == "tsv" else ",", columns or Columns())
    elif kind in ("claimreview", "json", "jsonld"):
        records = _claimreview(text, name)
    else:
        raise InvalidValueError(f"unknown archive format {kind!r} (jsonl, csv, tsv, claimreview)")
    most = limits().import_rows
    records = iter(records)
    for count, record in enumerate(records, start=1):
        if count > most:  # raised before anything is stored: the caller collects all rows first
            total = count + sum(1 for _ in records)  # counted, not kept: the bytes are bounded
            raise InvalidValueError(f"{name}: " + over("too many rows", total, "import_rows"))
        yield record


def _guess_format(path: Path, text: str) -> str:
    suffix = path.suffix.lower().lstrip(".")
    if suffix in ("jsonl", "ndjson"):
        return "jsonl"
    if suffix in ("csv", "tsv"):
        return suffix
    if suffix in ("json", "jsonld"):
        return "claimreview"
    head = text.lstrip()[:1]
    return "claimreview" if head == "[" else "jsonl" if head == "{" else "csv"


def _record(raw: dict[str, Any], where: str) -> ImportedClaim | BadRow:
    """One row as a claim, or why not; whatever a field makes the parsing raise costs this
    row only."""
    made, why = attempt(_make_record, raw, where)
    return BadRow(where, f"{why}") if made is None else made


def _make_record(raw: dict[str, Any], where: str) -> ImportedClaim | BadRow:
    text = raw.get("text")
    if not isinstance(text, str) or not text.strip():
        return BadRow(where, 'no claim text ("text" is missing or empty)')
    if len(text) > limits().claim_chars:
        return BadRow(where, over("claim text too long, in characters", len(text), "claim_chars"))
    url = _str(raw.get("url"))
    if url is not None and web_url(url) is None:  # the check the command line applies
        return BadRow(where, f"url must be an http(s) address, got {url[:80]!r}")
    verdict = _str(raw.get("verdict"))
    status = status_for_verdict(verdict) if verdict else None
    return ImportedClaim(
        text=" ".join(strip_terminal_escapes(text).split()),
        external_id=_str(raw.get("id")),
        verdict=verdict,
        status=status,
        speaker=_str(raw.get("speaker")),
        url=url,
        date=_str(raw.get("date")),
        headline=" ".join(h.split()) if (h := _str(raw.get("headline"))) else None,
        where=where,
    )


def _str(value: Any) -> str | None:
    """A field as text: a string or a number; a list, object or true/false is an error (its
    Python form is not what the archive meant)."""
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise InvalidValueError(f"expected text, got a JSON {_json_kind(value)}: {str(value)[:40]}")
    return str(value).strip() or None


def _json_kind(value: Any) -> str:
    return {bool: "true/false", dict: "object", list: "array"}.get(
        type(value), type(value).__name__
    )


def _jsonl(text: str, name: str) -> Iterator[ImportedClaim | BadRow]:
    for where, record, problem in json_lines(text, name):
        yield BadRow(where, problem or "unreadable") if record is None else _record(record, where)


def _table(
    text: str, name: str, delimiter: str, columns: Columns
) -> Iterator[ImportedClaim | BadRow]:
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = reader.fieldnames or []
    if columns.text not in header:
        raise InvalidValueError(
            f"{name}: no {columns.text!r} column (columns: {', '.join(header) or 'none'}); "
            "name it with --text-column"
        )
    for row, why in _rows(reader):
        where = f"{name}:{reader.line_num}"
        if row is None:
            yield BadRow(where, f"{why}")
            continue
        if None in row:  # more cells than the header has names
            yield BadRow(where, "more cells than the header")
            continue
        yield _record(
            {
                "text": row.get(columns.text),
                "id": row.get(columns.id),
                "verdict": row.get(columns.verdict),
                "speaker": row.get(columns.speaker),
                "url": row.get(columns.url),
                "date": row.get(columns.date),
                "headline": row.get(columns.headline),
            },
            where,
        )


def _rows(reader: csv.DictReader) -> Iterator[tuple[dict[str, Any] | None, str | None]]:  # type: ignore[type-arg]
    """The reader's rows; a row the csv module cannot read (a field over its limit, ...) is
    a (None, reason) and reading goes on with the next one."""
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield None, reason(exc)
            continue
        yield row, None


def _claimreview(text: str, name: str) -> Iterator[ImportedClaim | BadRow]:
    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise InvalidValueError(f"{name}: not valid JSON ({exc})") from None
    items = data.get("@graph", [data]) if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise InvalidValueError(
            f'{name}: not ClaimReview JSON (expected a list, an object with an "@graph" list, '
            "or one ClaimReview object)"
        )
    for k, item in enumerate(items, start=1):
        where = f"{name}: item {k}"
        if not isinstance(item, dict) or "ClaimReview" not in str(item.get("@type", "")):
            yield BadRow(where, "not a ClaimReview")
            continue
        rating = item.get("reviewRating") if isinstance(item.get("reviewRating"), dict) else {}
        reviewed = item.get("itemReviewed") if isinstance(item.get("itemReviewed"), dict) else {}
        author = reviewed.get("author") if isinstance(reviewed.get("author"), dict) else {}
        yield _record(
            {
                "text": item.get("claimReviewed"),
                "id": item.get("identifier") or item.get("@id") or item.get("url"),
                "verdict": rating.get("alternateName"),
                "speaker": author.get("name"),
                "url": item.get("url"),
                "date": item.get("datePublished"),
                "headline": item.get("headline") or item.get("name"),
            },
            where,
        )
