"""What re-running the extractor over a stored article changes: a plan, computed purely.

Claims are tied to spans (a claim's id is its article and span). A machine claim nobody
touched is refreshed from the new extraction, or removed if the extractor no longer finds
it; a claim a person touched (edited, added, dismissed, merged, or given a verdict, note or
evidence) is kept as the person left it, and a new machine claim overlapping one of those
yields to it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from tracker.model import Claim
from tracker.records import encode_claim, touched_by_person

# The parts of a record the extractor decides (matches and review are not its business).
EXTRACTED = ("kinds", "text", "start", "end", "q", "a")
OVERLAP = 0.5  # a new claim sharing this much of the shorter span with a person's yields


@dataclass(slots=True)
class ArticlePlan:
    article_id: str
    added: list[Claim] = field(default_factory=list)
    refreshed: list[tuple[dict[str, Any], Claim]] = field(default_factory=list)
    removed: list[dict[str, Any]] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    yielded: list[Claim] = field(default_factory=list)
    unchanged: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.refreshed or self.removed)

    def summary(self) -> str:
        return (
            f"{len(self.refreshed)} refreshed, {len(self.added)} added, "
            f"{len(self.removed)} removed, {self.unchanged} unchanged, "
            f"{len(self.kept)} kept as a person left them, "
            f"{len(self.yielded)} new yielded to a person's claim"
        )


def reviewed(review: Mapping[str, Any] | None) -> bool:
    """A verdict, note or evidence: the claim must not vanish under them."""
    if not review:
        return False
    return bool(
        review.get("status", "unverified") != "unverified"
        or review.get("notes")
        or review.get("evidence")
    )


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return shorter > 0 and shared / shorter >= OVERLAP


def same_extraction(record: Mapping[str, Any], claim: Claim) -> bool:
    new = encode_claim(claim, claim.article_id)
    return all(record.get(k) == new.get(k) for k in EXTRACTED)


def plan_article(
    article_id: str,
    stored: Sequence[Mapping[str, Any]],
    has_review: Iterable[str],
    fresh: Sequence[Claim],
) -> ArticlePlan:
    """Compare the stored claims of one article with a fresh extraction of it."""
    plan = ArticlePlan(article_id)
    reviewed_ids = set(has_review)
    fresh_by_id = {c.id: c for c in fresh}
    persons: list[tuple[int, int]] = []
    for record in stored:
        cid = record["id"]
        if touched_by_person(record):
            plan.kept.append(cid)
            persons.append((record["start"], record["end"]))
        elif cid in fresh_by_id:
            claim = fresh_by_id[cid]
            if same_extraction(record, claim):
                plan.unchanged += 1
            else:
                plan.refreshed.append((dict(record), claim))
        elif cid in reviewed_ids:
            plan.kept.append(cid)
            persons.append((record["start"], record["end"]))
        else:
            plan.removed.append(dict(record))
    stored_ids = {r["id"] for r in stored}
    for claim in fresh:
        if claim.id in stored_ids:
            continue
        if any(_overlaps((claim.start, claim.end), span) for span in persons):
            plan.yielded.append(claim)
        else:
            plan.added.append(claim)
    return plan
