"""The audit log: append-only events, each chained to the previous by a SHA-256 hash.

hash = SHA-256(prev_hash + canonical JSON of the event without its hash). The head
(last seq and hash) is also kept in the meta record, written in the same atomic
write, so cutting events off the end is caught as well as editing or reordering.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import orjson

from tracker.model import AuditEvent

GENESIS = "0" * 64


def now_iso() -> str:
    """UTC, ISO 8601, microseconds: events made in the same second still order."""
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def canonical(event: Mapping[str, Any]) -> bytes:
    body = {k: v for k, v in event.items() if k != "hash"}
    return orjson.dumps(body, option=orjson.OPT_SORT_KEYS)


def event_hash(event: Mapping[str, Any], prev_hash: str) -> str:
    return hashlib.sha256(prev_hash.encode("ascii") + canonical(event)).hexdigest()


def make_event(
    seq: int,
    prev_hash: str,
    actor: str,
    action: str,
    *,
    claim_id: str | None = None,
    article_id: str | None = None,
    before: Any = None,
    after: Any = None,
    data: dict[str, Any] | None = None,
    time: str | None = None,
) -> AuditEvent:
    draft = AuditEvent(
        seq=seq,
        time=time or now_iso(),
        actor=actor,
        action=action,
        claim_id=claim_id,
        article_id=article_id,
        before=before,
        after=after,
        data=data or {},
        prev_hash=prev_hash,
    )
    d = draft.to_dict()
    return AuditEvent.from_dict({**d, "hash": event_hash(d, prev_hash)})


@dataclass(slots=True, frozen=True)
class Verification:
    ok: bool
    count: int
    message: str
    first_bad_seq: int | None = None


def verify(events: Iterable[Mapping[str, Any]], head: Mapping[str, Any] | None) -> Verification:
    """Recompute the chain in stored order; name the first event that does not fit."""
    prev = GENESIS
    expected_seq = 1
    count = 0
    for raw in events:
        seq = raw.get("seq")
        if seq != expected_seq:
            return Verification(
                False,
                count,
                f"event #{expected_seq}: found event #{seq} in its place "
                "(events were removed or reordered)",
                expected_seq,
            )
        if raw.get("prev_hash") != prev:
            return Verification(
                False,
                count,
                f"event #{seq}: does not follow the event before it "
                "(an earlier event was changed, removed or reordered)",
                seq,
            )
        if event_hash(raw, prev) != raw.get("hash"):
            return Verification(
                False, count, f"event #{seq}: its contents were changed after it was written", seq
            )
        prev = raw["hash"]
        expected_seq += 1
        count += 1
    head_seq = (head or {}).get("seq", 0)
    head_hash = (head or {}).get("hash", GENESIS)
    if head_seq != count or head_hash != prev:
        return Verification(
            False,
            count,
            f"the log ends at event #{count} but the database recorded "
            f"#{head_seq} as the last (events were cut off the end)",
            count + 1,
        )
    return Verification(True, count, f"audit log intact: {count} events, head {prev[:12]}")


def check_coverage(
    events: Iterable[Mapping[str, Any]], article_ids: Iterable[str]
) -> Verification | None:
    """Every stored article must have the event that brought it in (ingest or import):
    a log deleted or cut together with its head then no longer passes as intact."""
    logged = {
        e.get("article_id")
        for e in events
        if e.get("action") in ("article.ingested", "archive.imported")
    }
    missing = [a for a in article_ids if a not in logged]
    if not missing:
        return None
    return Verification(
        False,
        len(logged),
        f"{len(missing)} stored article(s) have no event in the log, e.g. {missing[0]} "
        "(events were removed, or the log was deleted)",
    )
