"""Corrections as data: one JSON line per claim a person touched.

Each line pairs what the machine said with what the person set, on the article's exact
span, so the extractor's evaluation gold (and future models) can learn from the desk, and
another database holding the same articles can take the corrections in (`tracker import
--format corrections`): export -> import -> export gives the same lines.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any, TextIO

import orjson

from tracker.errors import InvalidValueError
from tracker.model import ADDED, MACHINE, ORIGINS, Claim
from tracker.records import MACHINE_FIELDS, decode_claim, encode_claim, touched_by_person

FORMAT = "tracker-corrections/1"


def _said(claim: Claim) -> dict[str, Any]:
    return {
        "start": claim.start,
        "end": claim.end,
        "text": claim.text,
        "kinds": list(claim.kinds),
        "speaker": claim.speaker,
        "quantities": [q.to_dict() for q in claim.quantities],
        "attribution": claim.attribution.to_dict() if claim.attribution else None,
    }


def correction_dict(record: Mapping[str, Any]) -> dict[str, Any]:
    """One line of the corrections export."""
    person = decode_claim(dict(record))
    machine: dict[str, Any] | None = None
    if person.origin != ADDED:
        said = record.get("mc") or record
        machine = _said(
            decode_claim({**said, "id": record["id"], "article_id": record["article_id"]})
        )
    return {
        "format": FORMAT,
        "article_id": person.article_id,
        "claim_id": person.id,
        "start": person.start,
        "end": person.end,
        "origin": person.origin,
        "dismissed": person.dismissed,
        "merged_into": person.merged_into,
        "merged_from": list(record.get("mg") or []),
        "machine": machine,
        "person": _said(person),
    }


def write_corrections(records: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    n = 0
    for record in records:
        if touched_by_person(record):
            out.write(orjson.dumps(correction_dict(record)).decode() + "\n")
            n += 1
    return n


def _claim(said: Mapping[str, Any], cid: str, article_id: str, origin: str, **extra: Any) -> Claim:
    speaker = said.get("speaker")
    attribution = said.get("attribution")
    return Claim.from_dict(
        {
            **said,
            "id": cid,
            "article_id": article_id,
            "speaker": None if attribution else speaker,
            "origin": origin,
            **extra,
        }
    )


def record_from(line: Mapping[str, Any], article_text: str) -> dict[str, Any]:
    """The stored record a correction line describes; checked against the article's text."""
    try:
        origin = line["origin"]
        if origin not in ORIGINS:
            raise InvalidValueError(f"unknown origin {origin!r}")
        cid, aid = line["claim_id"], line["article_id"]
        person = _claim(
            line["person"],
            cid,
            aid,
            origin,
            dismissed=bool(line.get("dismissed")),
            merged_into=line.get("merged_into"),
        )
        machine = line.get("machine")
        mc = None
        if machine is not None and origin != MACHINE:
            said = encode_claim(_claim(machine, cid, aid, MACHINE), aid)
            mc = {k: said[k] for k in MACHINE_FIELDS if k in said}
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, InvalidValueError):
            raise
        raise InvalidValueError(f"not a correction line ({type(exc).__name__}: {exc})") from None
    _check_spans(person, article_text)
    record = encode_claim(person, aid)
    if mc is not None:
        record["mc"] = mc
    if line.get("merged_from"):
        record["mg"] = list(line["merged_from"])
    return record


def _check_spans(claim: Claim, text: str) -> None:
    if article_slice(text, claim.start, claim.end) != claim.text:
        raise InvalidValueError(
            f"claim {claim.id}: its text is not the article's at {claim.start}-{claim.end}"
        )
    for q in claim.quantities:
        if article_slice(text, q.start, q.end) != q.text:
            raise InvalidValueError(f"claim {claim.id}: quantity {q.text!r} is not at its span")


def article_slice(text: str, start: int, end: int) -> str | None:
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)):
        return None
    return text[start:end]


def read_lines(lines: Iterable[str]) -> Iterator[tuple[int, dict[str, Any] | str]]:
    """(line number, parsed line or the reason it is unreadable); blank lines skipped."""
    for n, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        try:
            d = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            yield n, f"invalid JSON: {exc}"
            continue
        if not isinstance(d, dict) or d.get("format") != FORMAT:
            yield n, f'not a tracker correction (expected "format": {FORMAT!r})'
            continue
        yield n, d
