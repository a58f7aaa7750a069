"""The domain model: plain dataclasses, one to_dict/from_dict pair per type.

The dict shapes are the JSON contract of ``../shared/DESIGN.md``: fields may be
added, never renamed or dropped.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Status(StrEnum):
    """Verification status of a claim."""

    UNVERIFIED = "unverified"
    VERIFIED = "verified"
    DISPUTED = "disputed"
    FALSE = "false"
    MISLEADING = "misleading"
    UNVERIFIABLE = "unverifiable"

    @classmethod
    def parse(cls, value: str) -> Status:
        """Accept any case; raise ValueError listing the valid statuses."""
        try:
            return cls(value.strip().lower())
        except ValueError:
            valid = ", ".join(s.value for s in cls)
            raise ValueError(f"unknown status {value!r} (one of: {valid})") from None


QUANTITATIVE = "quantitative"
ATTRIBUTED = "attributed"

# Where a claim came from: the extractor, the extractor then a person, or a person alone.
MACHINE, EDITED, ADDED = "machine", "edited", "added"
ORIGINS = (MACHINE, EDITED, ADDED)


def normalise_text(text: str) -> str:
    """NFC, whitespace folded, trimmed: what makes two copies of an article 'the same'."""
    # str.split() splits on exactly the characters the regex \s matches (Py_UNICODE_ISSPACE),
    # and joins in one C pass what re.sub(r"\s+", " ", …).strip() did at three times the cost.
    return " ".join(unicodedata.normalize("NFC", text).split())


def article_id_for(text: str) -> str:
    """Stable article id from a hash of the normalised text."""
    digest = hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()
    return f"a_{digest[:16]}"


def claim_id_for(article_id: str, start: int, end: int) -> str:
    """Stable claim id from its article and span."""
    digest = hashlib.sha256(f"{article_id}:{start}:{end}".encode()).hexdigest()
    return f"c_{digest[:16]}"


# The kinds of quantity the extractor gives and a person may set (`tracker edit --quantity-kind`).
QUANTITY_KINDS = (
    "count",
    "money",
    "percent",
    "measure",
    "duration",
    "ratio",
    "rank",
    "age",
    "other",
)


@dataclass(slots=True, frozen=True)
class Quantity:
    """One stated amount, with its exact span in the article and its normalised value."""

    text: str
    start: int
    end: int
    value: float | None
    kind: str  # count, money, percent, measure, duration, ratio, rank, age, other
    unit: str | None = None
    low: float | None = None
    high: float | None = None
    approx: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "unit": self.unit,
            "kind": self.kind,
            "approx": self.approx,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Quantity:
        return cls(
            text=d["text"],
            start=d["start"],
            end=d["end"],
            value=d.get("value"),
            kind=d.get("kind", "other"),
            unit=d.get("unit"),
            low=d.get("low"),
            high=d.get("high"),
            approx=d.get("approx"),
        )


@dataclass(slots=True, frozen=True)
class Attribution:
    """Who said it, with which cue, and where the reported content lies."""

    speaker: str
    speaker_text: str
    speaker_start: int
    speaker_end: int
    cue: str
    cue_start: int
    cue_end: int
    mode: str  # direct, indirect, mixed
    content_start: int
    content_end: int
    speaker_title: str | None = None
    speaker_kind: str = "unknown"  # person, organisation, group, document, poll, unknown
    # The extraction rule that made it ('subject-cue', 'according-to', …): printed by
    # `tracker extract --json`, not stored (a fact about this extraction, not the claim).
    rule: str = field(default="", compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "speaker_text": self.speaker_text,
            "speaker_start": self.speaker_start,
            "speaker_end": self.speaker_end,
            "speaker_title": self.speaker_title,
            "speaker_kind": self.speaker_kind,
            "cue": self.cue,
            "cue_start": self.cue_start,
            "cue_end": self.cue_end,
            "mode": self.mode,
            "content_start": self.content_start,
            "content_end": self.content_end,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Attribution:
        return cls(
            speaker=d["speaker"],
            speaker_text=d["speaker_text"],
            speaker_start=d["speaker_start"],
            speaker_end=d["speaker_end"],
            cue=d["cue"],
            cue_start=d["cue_start"],
            cue_end=d["cue_end"],
            mode=d["mode"],
            content_start=d["content_start"],
            content_end=d["content_end"],
            speaker_title=d.get("speaker_title"),
            speaker_kind=d.get("speaker_kind") or "unknown",
        )


@dataclass(slots=True, frozen=True)
class Note:
    """A reviewer's remark on a claim."""

    text: str
    by: str
    time: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "by": self.by, "time": self.time}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Note:
        return cls(text=d["text"], by=d.get("by", ""), time=d.get("time", ""))


@dataclass(slots=True, frozen=True)
class Match:
    """An earlier claim that this one repeats or paraphrases."""

    claim_id: str
    score: float
    figures: str = "none"  # same | changed | none

    def to_dict(self) -> dict[str, Any]:
        return {"claim_id": self.claim_id, "score": self.score, "figures": self.figures}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Match:
        return cls(claim_id=d["claim_id"], score=d["score"], figures=d.get("figures", "none"))


@dataclass(slots=True, frozen=True)
class Article:
    """A news article as read: its text is the one all offsets index into."""

    id: str
    text: str
    title: str = ""
    path: str | None = None
    url: str | None = None
    date: str | None = None
    speaker: str | None = None  # who says the whole text (a speech, an interview answer)

    @classmethod
    def from_text(cls, text: str, **meta: Any) -> Article:
        title = meta.pop("title", None) or first_line(text)
        return cls(id=meta.pop("id", None) or article_id_for(text), text=text, title=title, **meta)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "path": self.path,
            "url": self.url,
            "date": self.date,
            "text": self.text,
        } | ({"speaker": self.speaker} if self.speaker else {})

    def header(self) -> dict[str, Any]:
        """The article as the extract contract shows it: no text."""
        return {"id": self.id, "path": self.path, "title": self.title}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        return cls(
            id=d["id"],
            text=d["text"],
            title=d.get("title", ""),
            path=d.get("path"),
            url=d.get("url"),
            date=d.get("date"),
            speaker=d.get("speaker") or None,
        )


def first_line(text: str, limit: int = 200) -> str:
    """The first non-empty line, which is how plain-text articles carry their title."""
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:limit]
    return ""


@dataclass(slots=True, frozen=True)
class Claim:
    """A checkable statement: a sentence with quantities, an attribution, or both."""

    id: str
    article_id: str
    text: str
    start: int
    end: int
    kinds: tuple[str, ...]
    quantities: tuple[Quantity, ...] = ()
    attribution: Attribution | None = None
    status: Status = Status.UNVERIFIED
    notes: tuple[Note, ...] = ()
    evidence: tuple[str, ...] = ()
    matches: tuple[Match, ...] = ()
    external_id: str | None = None
    # Who made a claim brought in from an archive, where there is no span to point at.
    source_speaker: str | None = None
    verdict: str | None = None  # the archive's own verdict words ('Pants on Fire!')
    # The fact-check's headline for an archived claim: other words for the same claim, so
    # matching reads it alongside the text.
    headline: str | None = None
    origin: str = MACHINE  # machine | edited | added: a person's word outranks the machine's
    dismissed: bool = False  # a person said this is not a claim
    merged_into: str | None = None  # the claim this one was merged into
    # Check-worthiness (tracker.worth): 0–100, and pure opinion/intent/thanks/rhetoric.
    # None until assessed (a claim just extracted, or a record from before they were stored).
    worth: float | None = None
    opinion: bool | None = None

    @property
    def speaker(self) -> str | None:
        return self.attribution.speaker if self.attribution else self.source_speaker

    def extraction_dict(self) -> dict[str, Any]:
        """The fields `tracker extract` prints."""
        return {
            "id": self.id,
            "kinds": list(self.kinds),
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "quantities": [q.to_dict() for q in self.quantities],
            "attribution": self.attribution.to_dict() if self.attribution else None,
        }

    def to_dict(self) -> dict[str, Any]:
        """The stored-claim shape `tracker list --json` prints."""
        d = self.extraction_dict()
        d.update(
            article_id=self.article_id,
            status=self.status.value,
            notes=[n.to_dict() for n in self.notes],
            evidence=list(self.evidence),
            matches=[m.to_dict() for m in self.matches],
            external_id=self.external_id,
            speaker=self.speaker,
            verdict=self.verdict,
            origin=self.origin,
            dismissed=self.dismissed,
            merged_into=self.merged_into,
            worth=self.worth,
            opinion=self.opinion,
        )
        if self.headline:
            d["headline"] = self.headline
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Claim:
        attribution = d.get("attribution")
        return cls(
            id=d["id"],
            article_id=d.get("article_id", ""),
            text=d["text"],
            start=d["start"],
            end=d["end"],
            kinds=tuple(d.get("kinds", ())),
            quantities=tuple(Quantity.from_dict(q) for q in d.get("quantities", ())),
            attribution=Attribution.from_dict(attribution) if attribution else None,
            status=Status(d.get("status", Status.UNVERIFIED.value)),
            notes=tuple(Note.from_dict(n) for n in d.get("notes", ())),
            evidence=tuple(d.get("evidence", ())),
            matches=tuple(Match.from_dict(m) for m in d.get("matches", ())),
            external_id=d.get("external_id"),
            source_speaker=None if attribution else d.get("speaker"),
            verdict=d.get("verdict"),
            headline=d.get("headline"),
            origin=d.get("origin") or MACHINE,
            dismissed=bool(d.get("dismissed", False)),
            merged_into=d.get("merged_into"),
            worth=d.get("worth"),
            opinion=d.get("opinion"),
        )


@dataclass(slots=True, frozen=True)
class AuditEvent:
    """One entry of the append-only, hash-chained audit log."""

    seq: int
    time: str
    actor: str
    action: str
    claim_id: str | None = None
    article_id: str | None = None
    before: Any = None
    after: Any = None
    prev_hash: str = ""
    hash: str = ""
    data: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "time": self.time,
            "actor": self.actor,
            "action": self.action,
            "claim_id": self.claim_id,
            "article_id": self.article_id,
            "before": self.before,
            "after": self.after,
            "data": self.data,
            "prev_hash": self.prev_hash,
            "hash": self.hash,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> AuditEvent:
        return cls(
            seq=d["seq"],
            time=d["time"],
            actor=d["actor"],
            action=d["action"],
            claim_id=d.get("claim_id"),
            article_id=d.get("article_id"),
            before=d.get("before"),
            after=d.get("after"),
            data=d.get("data") or {},
            prev_hash=d.get("prev_hash", ""),
            hash=d.get("hash", ""),
        )
