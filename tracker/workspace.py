"""The Workspace: the one API over a database that the CLI and the TUI both use.

It owns the rules (ids, statuses, audit events, what an ingest adds) and hides the
store's tables; callers deal in Articles, Claims and AuditEvents.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tracker import audit
from tracker.errors import InvalidValueError, NotFoundError
from tracker.extract import extract
from tracker.model import (
    ATTRIBUTED,
    QUANTITATIVE,
    Article,
    AuditEvent,
    Claim,
    Note,
    Status,
)
from tracker.readers import DEFAULT_MAX_BYTES, Skipped, read_paths
from tracker.records import decode_claim, encode_claim, kinds_of, speaker_of
from tracker.store import ARTICLES, AUDIT, CLAIMS, META, REVIEWS, Store

DEFAULT_DB = "claims.json"
KIND_ALIASES = {
    "q": QUANTITATIVE,
    "quantitative": QUANTITATIVE,
    "a": ATTRIBUTED,
    "attributed": ATTRIBUTED,
}
# Ingest writes in batches: each batch is one atomic write, so a long ingest is
# durable as it goes without paying one full write per article.
INGEST_BATCH = 200


def default_db_path() -> Path:
    return Path(os.environ.get("TRACKER_DB") or DEFAULT_DB)


def default_actor() -> str:
    env = os.environ.get("TRACKER_USER")
    if env:
        return env
    try:
        return getpass.getuser()
    except Exception:  # getpass raises various errors when no user name is known
        return "unknown"


@dataclass(slots=True)
class ArticleResult:
    article_id: str
    source: str
    title: str
    claims: int
    quantitative: int
    attributed: int
    new: bool


@dataclass(slots=True)
class IngestReport:
    articles: list[ArticleResult] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    @property
    def added(self) -> int:
        return sum(1 for a in self.articles if a.new)

    @property
    def claims_added(self) -> int:
        return sum(a.claims for a in self.articles if a.new)


@dataclass(slots=True, frozen=True)
class ClaimFilter:
    statuses: tuple[Status, ...] = ()
    kind: str | None = None
    speaker: str | None = None
    article_id: str | None = None
    search: str | None = None

    def matches(self, record: dict[str, Any], status: str) -> bool:
        """Test a stored record without decoding it (this runs over every claim)."""
        if self.statuses and status not in self.statuses:
            return False
        if self.kind and self.kind not in kinds_of(record):
            return False
        if self.article_id and record.get("article_id") != self.article_id:
            return False
        if self.speaker:
            who = speaker_of(record)
            if who is None or self.speaker.lower() not in f"{who[0]} {who[1]}".lower():
                return False
        return not (self.search and self.search.lower() not in record.get("text", "").lower())


def parse_kind(value: str) -> str:
    try:
        return KIND_ALIASES[value.strip().lower()]
    except KeyError:
        raise InvalidValueError(
            f"unknown kind {value!r} (one of: quantitative, attributed)"
        ) from None


def parse_status(value: str) -> Status:
    try:
        return Status.parse(value)
    except ValueError as exc:
        raise InvalidValueError(str(exc)) from None


class Workspace:
    """A database opened for work by one actor."""

    def __init__(
        self,
        path: str | os.PathLike[str] | None = None,
        actor: str | None = None,
        lock_timeout: float = 10.0,
    ) -> None:
        self.path = Path(path) if path is not None else default_db_path()
        self.actor = actor or default_actor()
        self.store = Store(self.path, lock_timeout=lock_timeout)
        self._generation = -1
        self._claim_docs: dict[str, dict[str, Any]] = {}
        self._reviews: dict[str, tuple[int, dict[str, Any]]] = {}

    # -- indexes -------------------------------------------------------------------------
    def _index(self) -> None:
        """Rebuild id lookups when the data was (re)loaded, e.g. after another process wrote."""
        self.store.check()
        if self._generation == self.store.generation:
            return
        self._claim_docs = {doc["id"]: doc for doc in self.store.raw(CLAIMS).values()}
        self._reviews = {
            doc["claim_id"]: (int(doc_id), doc) for doc_id, doc in self.store.raw(REVIEWS).items()
        }
        self._generation = self.store.generation

    def refresh(self) -> bool:
        """Pick up writes by other processes; True if anything changed."""
        return self.store.refresh()

    @property
    def generation(self) -> int:
        return self.store.generation

    def _to_claim(self, record: dict[str, Any]) -> Claim:
        review = self._reviews.get(record["id"])
        return decode_claim(record, review[1] if review else None)

    # -- queries -------------------------------------------------------------------------
    def claims(self, flt: ClaimFilter | None = None) -> list[Claim]:
        self._index()
        flt = flt or ClaimFilter()
        out = []
        for doc in self._claim_docs.values():
            review = self._reviews.get(doc["id"])
            status = review[1].get("status", Status.UNVERIFIED) if review else Status.UNVERIFIED
            if flt.matches(doc, status):
                out.append(self._to_claim(doc))
        return out

    def count(self) -> int:
        self._index()
        return len(self._claim_docs)

    def resolve_id(self, claim_id: str) -> str:
        """Full id from an id or an unambiguous prefix (at least 6 characters after 'c_')."""
        self._index()
        if claim_id in self._claim_docs:
            return claim_id
        key = claim_id if claim_id.startswith("c_") else f"c_{claim_id}"
        if len(key) >= 8:
            hits = [cid for cid in self._claim_docs if cid.startswith(key)]
            if len(hits) == 1:
                return hits[0]
            if len(hits) > 1:
                raise NotFoundError(f"claim id {claim_id!r} is ambiguous ({len(hits)} claims)")
        raise NotFoundError(f"no claim with id {claim_id!r}")

    def claim(self, claim_id: str) -> Claim:
        cid = self.resolve_id(claim_id)  # first: it may rebuild the index
        return self._to_claim(self._claim_docs[cid])

    def article(self, article_id: str) -> Article:
        for doc in self.store.raw(ARTICLES).values():
            if doc["id"] == article_id:
                return Article.from_dict(doc)
        raise NotFoundError(f"no article with id {article_id!r}")

    def articles(self) -> list[Article]:
        return [Article.from_dict(d) for d in self.store.raw(ARTICLES).values()]

    def history(self, claim_id: str | None = None) -> list[AuditEvent]:
        events = (AuditEvent.from_dict(d) for d in self.store.raw(AUDIT).values())
        if claim_id is None:
            return list(events)
        article = self._claim_docs.get(claim_id, {}).get("article_id")
        return [
            e
            for e in events
            if e.claim_id == claim_id
            or (e.action == "article.ingested" and e.article_id == article)
        ]

    def verify_audit(self) -> audit.Verification:
        meta = next(iter(self.store.raw(META).values()), {})
        return audit.verify(self.store.raw(AUDIT).values(), meta.get("audit_head"))

    # -- ingest --------------------------------------------------------------------------
    def ingest(
        self,
        paths: Sequence[str],
        max_bytes: int = DEFAULT_MAX_BYTES,
        progress: Callable[[str], None] | None = None,
    ) -> IngestReport:
        return self.ingest_items(read_paths(paths, max_bytes=max_bytes), progress)

    def ingest_items(
        self,
        items: Iterable[Article | Skipped],
        progress: Callable[[str], None] | None = None,
    ) -> IngestReport:
        report = IngestReport()
        batch: list[tuple[Article, list[Claim]]] = []
        for item in items:
            if isinstance(item, Skipped):
                report.skipped.append(item)
            else:
                batch.append((item, extract(item)))
            if progress is not None:
                progress(str(item.source if isinstance(item, Skipped) else item.path or item.id))
            if len(batch) >= INGEST_BATCH:
                self._write_batch(batch, report)
                batch = []
        if batch:
            self._write_batch(batch, report)
        return report

    def _write_batch(self, batch: list[tuple[Article, list[Claim]]], report: IngestReport) -> None:
        with self.store.transaction():
            self._index()
            known = {doc["id"] for doc in self.store.raw(ARTICLES).values()}
            new_articles, new_claims, events = [], [], []
            for article, claims in batch:
                fresh = article.id not in known
                report.articles.append(
                    ArticleResult(
                        article_id=article.id,
                        source=article.path or "<stdin>",
                        title=article.title,
                        claims=len(claims),
                        quantitative=sum(QUANTITATIVE in c.kinds for c in claims),
                        attributed=sum(ATTRIBUTED in c.kinds for c in claims),
                        new=fresh,
                    )
                )
                if not fresh:
                    continue
                known.add(article.id)
                new_articles.append(article.to_dict())
                for c in claims:
                    if c.id not in self._claim_docs:
                        new_claims.append(encode_claim(c, article.id))
                events.append(
                    dict(
                        action="article.ingested",
                        article_id=article.id,
                        after={
                            "title": article.title,
                            "path": article.path,
                            "claims": [c.id for c in claims],
                        },
                    )
                )
            if new_articles:
                self.store.table(ARTICLES).insert_multiple(new_articles)
            if new_claims:
                self.store.table(CLAIMS).insert_multiple(new_claims)
            self._append_events(events)
        self._generation = -1  # the claims table changed under the index: rebuild on next use

    # -- verdicts ------------------------------------------------------------------------
    def set_status(
        self,
        claim_ids: Sequence[str],
        status: Status | str,
        note: str | None = None,
        evidence: Sequence[str] = (),
        by: str | None = None,
    ) -> list[Claim]:
        """Mark claims; all or nothing (an unknown id changes none)."""
        new = status if isinstance(status, Status) else parse_status(status)
        for url in evidence:
            check_url(url)
        actor = by or self.actor
        with self.store.transaction():
            ids = [self.resolve_id(cid) for cid in claim_ids]
            events = []
            for cid in dict.fromkeys(ids):
                review = self._review_doc(cid)
                before = review.get("status", Status.UNVERIFIED.value)
                review["status"] = new.value
                if note:
                    review["notes"] = [*review.get("notes", []), self._note(note, actor)]
                if evidence:
                    review["evidence"] = list(
                        dict.fromkeys([*review.get("evidence", []), *evidence])
                    )
                self._save_review(cid, review)
                events.append(
                    dict(
                        action="status.changed",
                        claim_id=cid,
                        before=before,
                        after=new.value,
                        data={"note": note, "evidence": list(evidence)},
                        actor=actor,
                    )
                )
            self._append_events(events)
        return [self.claim(cid) for cid in dict.fromkeys(ids)]

    def add_note(self, claim_id: str, text: str, by: str | None = None) -> Claim:
        if not text.strip():
            raise InvalidValueError("a note needs some text")
        actor = by or self.actor
        with self.store.transaction():
            cid = self.resolve_id(claim_id)
            review = self._review_doc(cid)
            review["notes"] = [*review.get("notes", []), self._note(text, actor)]
            self._save_review(cid, review)
            self._append_events([dict(action="note.added", claim_id=cid, after=text, actor=actor)])
        return self.claim(cid)

    def add_evidence(self, claim_id: str, url: str, by: str | None = None) -> Claim:
        check_url(url)
        actor = by or self.actor
        with self.store.transaction():
            cid = self.resolve_id(claim_id)
            review = self._review_doc(cid)
            before = list(review.get("evidence", []))
            review["evidence"] = list(dict.fromkeys([*before, url]))
            self._save_review(cid, review)
            self._append_events(
                [dict(action="evidence.added", claim_id=cid, after=url, actor=actor)]
            )
        return self.claim(cid)

    def _note(self, text: str, actor: str) -> dict[str, str]:
        return Note(text=text, by=actor, time=audit.now_iso()).to_dict()

    def _review_doc(self, claim_id: str) -> dict[str, Any]:
        self._index()
        found = self._reviews.get(claim_id)
        return dict(found[1]) if found else {"claim_id": claim_id, "status": "unverified"}

    def _save_review(self, claim_id: str, review: dict[str, Any]) -> None:
        table = self.store.table(REVIEWS)
        found = self._reviews.get(claim_id)
        if found:
            table.update(review, doc_ids=[found[0]])
            doc_id = found[0]
        else:
            doc_id = table.insert(review)
        self._reviews[claim_id] = (doc_id, review)

    def _append_events(self, events: list[dict[str, Any]]) -> None:
        """Chain and store events; the caller holds the store's transaction."""
        if not events:
            return
        meta_table = self.store.table(META)
        meta = dict(meta_table.get(doc_id=1) or {})
        head = meta.get("audit_head") or {"seq": 0, "hash": audit.GENESIS}
        seq, prev = head["seq"], head["hash"]
        docs = []
        for e in events:
            seq += 1
            actor = e.pop("actor", self.actor)
            event = audit.make_event(seq, prev, actor, **e)
            prev = event.hash
            docs.append(event.to_dict())
        self.store.table(AUDIT).insert_multiple(docs)
        meta["audit_head"] = {"seq": seq, "hash": prev}
        meta_table.update(meta, doc_ids=[1])


def check_url(url: str) -> str:
    """Evidence is a web address: http(s) with a host; anything else is a clear error."""
    from urllib.parse import urlsplit

    parts = urlsplit(url.strip())
    if (
        parts.scheme not in ("http", "https")
        or not parts.netloc
        or any(c.isspace() for c in url.strip())
    ):
        raise InvalidValueError(f"evidence must be an http(s) URL, got {url!r}")
    return url.strip()


def iter_claim_dicts(claims: Iterable[Claim]) -> Iterator[dict[str, Any]]:
    for c in claims:
        yield c.to_dict()
