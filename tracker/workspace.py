"""The Workspace: the one API over a database that the CLI and the TUI both use.

It owns the rules (ids, statuses, audit events, what an ingest adds) and hides the
store's tables; callers deal in Articles, Claims and AuditEvents.
"""

from __future__ import annotations

import contextlib
import getpass
import itertools
import operator
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from tracker import audit
from tracker.correcting import CORRECTED, CORRECTIONS, Corrections
from tracker.errors import InvalidValueError, NotFoundError
from tracker.figures import compare_figures
from tracker.importing import BadRow, Columns, ImportedClaim, read_archive
from tracker.isolation import attempt
from tracker.limits import claims_problem, limits, over
from tracker.model import (
    ATTRIBUTED,
    QUANTITATIVE,
    Article,
    AuditEvent,
    Claim,
    Match,
    Note,
    Quantity,
    Status,
    article_id_for,
    claim_id_for,
)
from tracker.readers import DEFAULT_MAX_BYTES, Skipped, read_paths
from tracker.records import (
    decode_claim,
    encode_claim,
    hidden,
    kinds_of,
    speaker_of,
)
from tracker.store import ARTICLES, AUDIT, CLAIMS, META, REQUIRED, REVIEWS, Store
from tracker.triage import Triage, assessed
from tracker.triage_query import TriageTest
from tracker.value_search import search_matches

if TYPE_CHECKING:
    from tracker.matching import MatchIndex
    from tracker.ranking import Ranking, Snapshot

# Extraction and matching (numpy, rapidfuzz, the cue lexicon) are imported where they are
# used: opening the TUI or listing claims needs neither, and start-up time is a feature.

_ID = operator.itemgetter("id")
_SEQ = operator.itemgetter("seq")
DEFAULT_DB = "claims.json"
UNDOABLE = ("status.changed", "note.added", "evidence.added", *CORRECTIONS)
KIND_ALIASES = {
    "q": QUANTITATIVE,
    "quantitative": QUANTITATIVE,
    "a": ATTRIBUTED,
    "attributed": ATTRIBUTED,
}
# Ingest writes in batches: each batch is one atomic write, so a long ingest is
# durable as it goes without paying one full write per article.
INGEST_BATCH = 200
INGEST_BATCH_CLAIMS = 5000  # and no more claims than this per write, so no write holds long
INGEST_RETRIES = 2  # times a batch is matched again outside the lock after another's write


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


class ClaimRow(NamedTuple):
    """What a list of claims shows, built straight from stored records (no full decode).

    A NamedTuple: 100,000 of them are built at start-up, and frozen dataclasses are slow to make.
    """

    id: str
    status: str
    kinds: str  # 'Q', 'A', 'QA' or '-'
    speaker: str
    text: str
    article_id: str
    article_title: str
    ingested: str
    matches: int
    changed: bool  # an earlier twin states a different figure
    verdict_seen: bool  # an earlier twin already has a verdict
    state: str = ""  # '', 'dismissed' or 'merged' (merged into another claim)
    worth: float = 0.0  # check-worthiness, 0–100
    opinion: bool = False  # pure opinion, intent, thanks or rhetoric: not in the queue
    priority: float = 0.0  # the triage order (tracker.priority)


@dataclass(slots=True)
class ImportReport:
    source: str
    imported: int = 0
    with_verdict: int = 0
    already: bool = False
    bad: list[BadRow] = field(default_factory=list)
    duplicates: int = 0  # rows whose external id an earlier import already brought in


@dataclass(slots=True, frozen=True)
class ClaimFilter:
    statuses: tuple[Status, ...] = ()
    kind: str | None = None
    speaker: str | None = None
    article_id: str | None = None
    search: str | None = None
    dismissed: bool = False  # only the dismissed claims (else they are left out)
    triage: TriageTest | None = None  # worth, priority, opinion ('worth:>60 opinion:no')

    def matches(self, record: dict[str, Any], status: str) -> bool:
        """Test a stored record without decoding it (this runs over every claim)."""
        if (bool(record.get("d")) if self.dismissed else hidden(record)) != self.dismissed:
            return False
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
        return not self.search or search_matches(self.search, record)


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


class Workspace(Corrections, Triage):
    """A database opened for work by one actor."""

    def __init__(
        self,
        path: str | os.PathLike[str] | None = None,
        actor: str | None = None,
        lock_timeout: float = 10.0,
    ) -> None:
        self.path = Path(path) if path is not None else default_db_path()
        self.actor = actor or default_actor()
        self.store = Store(self.path, lock_timeout=lock_timeout, required=REQUIRED)
        self._generation = -1
        self._claim_docs: dict[str, dict[str, Any]] = {}
        self._reviews: dict[str, tuple[int, dict[str, Any]]] = {}
        self._articles: dict[str, dict[str, Any]] = {}
        self._articles_generation = -1
        self._events_by_target: dict[str, list[dict[str, Any]]] = {}
        self._events_key: tuple[int, int] = (-1, -1)
        self._titles: dict[str, tuple[str, str]] = {}
        self._titles_key: tuple[int, int] = (-1, -1)
        self._matcher: MatchIndex | None = None
        self._matcher_generation = -1
        self._matcher_synced = -1  # stored claims the index was last checked against
        self._index_articles: dict[str, set[int]] = {}  # article id -> its claims in the index
        self._assessed: dict[tuple[str, str], tuple[float, bool]] = {}  # (id, text): unstored
        self._rank: Ranking | None = None
        self._rank_dirty: tuple[set[str], set[str]] = (set(), set())  # claims, verdicts
        self._rank_moved: set[str] = set()
        self._snapshot: tuple[Ranking, int, Snapshot] | None = None
        self._positions: dict[str, int] = {}
        self._positions_key: tuple[int, int] = (-1, -1)

    # -- indexes -------------------------------------------------------------------------
    def _index(self) -> None:
        """Rebuild id lookups when the data was (re)loaded, e.g. after another process wrote."""
        self.store.check()
        if self._generation == self.store.generation:
            return
        docs = self.store.raw(CLAIMS).values()
        self._claim_docs = dict(zip(map(_ID, docs), docs, strict=True))  # C-level: 4x the dictcomp
        for doc in self.store.raw(CORRECTED).values():  # a person's corrections shadow records
            if doc["id"] in self._claim_docs:
                self._claim_docs[doc["id"]] = doc
        self._reviews = {
            doc["claim_id"]: (int(doc_id), doc) for doc_id, doc in self.store.raw(REVIEWS).items()
        }
        self._generation = self.store.generation

    def refresh(self) -> bool:
        """Pick up writes by other processes; True if anything changed."""
        return self.store.refresh()

    def compact(self) -> bool:
        """Fold the store's journal into the database file; False if there was none."""
        return self.store.compact()

    @property
    def generation(self) -> int:
        return self.store.generation

    def _to_claim(self, record: dict[str, Any]) -> Claim:
        review = self._reviews.get(record["id"])
        claim = decode_claim(record, review[1] if review else None)
        if claim.matches:
            claim = self._live_twins(claim)
        if claim.worth is None:  # stored before worth was: assessed now (and saved on ingest)
            worth, opinion = self.assessment(record)
            claim = replace(claim, worth=worth, opinion=opinion)
        return claim

    # -- queries -------------------------------------------------------------------------
    def claims(self, flt: ClaimFilter | None = None, by_priority: bool = False) -> list[Claim]:
        """The claims ``flt`` lets through, in storage order or highest priority first."""
        self._index()
        flt = flt or ClaimFilter()
        docs: Iterable[dict[str, Any]] = self._claim_docs.values()
        if by_priority:
            docs = [self._claim_docs[c] for c in self.priority_order()]
        out = []
        for doc in docs:
            review = self._reviews.get(doc["id"])
            status = review[1].get("status", Status.UNVERIFIED) if review else Status.UNVERIFIED
            if flt.matches(doc, status) and (
                flt.triage is None or flt.triage.accepts(*_worth_first(self.priority_of(doc)))
            ):
                out.append(self._to_claim(doc))
        return out

    def rows(
        self, start: int = 0, stop: int | None = None, by_priority: bool = False
    ) -> list[ClaimRow]:
        """Claims as list rows, in storage order or highest priority first (fast at 100,000
        claims); ``start``/``stop`` take a slice, so a caller can show the first rows before
        building the rest."""
        self._index()
        if by_priority:
            ids = self._priority_snapshot(fresh=start == 0).slice(start, stop)
            return self._rows(self._claim_docs[c] for c in ids)
        docs: Iterable[dict[str, Any]] = self._claim_docs.values()
        if start or stop is not None:
            docs = itertools.islice(docs, start, stop)
        return self._rows(docs)

    def rows_for(self, claim_ids: Iterable[str]) -> list[ClaimRow]:
        """Fresh rows for some claims (after a change to them)."""
        self._index()
        return self._rows(self._claim_docs[c] for c in claim_ids if c in self._claim_docs)

    def repeats_of(self, claim_ids: Iterable[str]) -> set[str]:
        """The claims that name any of these as an earlier twin: their rows show its
        verdict, so a mark changes them too."""
        return self._ranking().repeats(claim_ids)

    def _rows(self, docs: Iterable[dict[str, Any]]) -> list[ClaimRow]:
        reviews = self._reviews
        titles = self._article_titles()
        none = ("", "")
        out: list[ClaimRow] = []
        append = out.append

        def status(cid: str) -> str:
            review = reviews.get(cid)
            return review[1].get("status", "unverified") if review else "unverified"

        make = tuple.__new__  # skips NamedTuple's keyword binding: 100,000 rows at start-up
        rank, signals = self._priority, self._ranking()
        for doc in docs:
            cid = doc["id"]
            article_id = doc["article_id"]
            title, ingested = titles.get(article_id, none)
            who = speaker_of(doc)
            matches = doc.get("m")
            changed = seen = False
            if matches:
                matches = signals.live(matches)
            if matches:
                changed = any(m[2] == "changed" for m in matches)
                seen = any(status(m[0]) != "unverified" for m in matches)
            prio, worth, opinion = rank(doc, signals)
            append(
                make(
                    ClaimRow,
                    (
                        cid,
                        status(cid),
                        doc.get("kinds") or "-",
                        who[0] if who else "",
                        doc["text"],
                        article_id,
                        title,
                        ingested,
                        len(matches) if matches else 0,
                        changed,
                        seen,
                        "dismissed" if doc.get("d") else "merged" if doc.get("mi") else "",
                        worth,
                        opinion,
                        prio,
                    ),
                )
            )
        return out

    def _article_titles(self) -> dict[str, tuple[str, str]]:
        """(title, ingested_at) by article id, kept until the data is reloaded or grows."""
        articles = self.store.raw(ARTICLES)
        key = (self.store.generation, len(articles))
        if self._titles_key != key:
            self._titles = {
                a["id"]: (a.get("title", ""), a.get("ingested_at", "")) for a in articles.values()
            }
            self._titles_key = key
        return self._titles

    def count(self) -> int:
        self._index()
        return len(self._claim_docs)

    def resolve_id(self, claim_id: str) -> str:
        """Full id from an id or an unambiguous prefix (from its first hex digit after 'c_')."""
        self._index()
        if claim_id in self._claim_docs:
            return claim_id
        key = claim_id if claim_id.startswith("c_") else f"c_{claim_id}"
        if len(key) > 2:
            hits = [cid for cid in self._claim_docs if cid.startswith(key)]
            if len(hits) == 1:
                return hits[0]
            if len(hits) > 1:
                raise NotFoundError(f"claim id {claim_id!r} is ambiguous ({len(hits)} claims)")
        raise NotFoundError(f"no claim with id {claim_id!r}")

    def resolve_ids(self, claim_ids: Iterable[str]) -> list[str]:
        """Full ids, each once, in the order given; an unknown one raises before any change."""
        return list(dict.fromkeys(self.resolve_id(c) for c in claim_ids))

    def claim(self, claim_id: str) -> Claim:
        cid = self.resolve_id(claim_id)  # first: it may rebuild the index
        return self._to_claim(self._claim_docs[cid])

    def article(self, article_id: str) -> Article:
        found = self.article_or_none(article_id)
        if found is None:
            raise NotFoundError(f"no article with id {article_id!r}")
        return found

    def articles(self) -> list[Article]:
        return [Article.from_dict(d) for d in self.store.raw(ARTICLES).values()]

    def history(
        self, claim_id: str | None = None, actor: str | None = None, since: str | None = None
    ) -> list[AuditEvent]:
        """Audit events, oldest first; a claim's include the ingest of its article."""
        self._index()
        article = self._claim_docs.get(claim_id, {}).get("article_id") if claim_id else None
        events: Iterable[dict[str, Any]] = self.store.raw(AUDIT).values()
        if claim_id is not None:
            events = self._events_about(claim_id, article)
            merged = self._claim_docs.get(claim_id, {}).get("mg")
            if merged:  # claims merged into this one bring their history (verdicts, notes)
                more = [e for m in merged for e in self._events_about(m, None)]
                events = sorted({e["seq"]: e for e in [*events, *more]}.values(), key=_SEQ)
        out = []
        for d in events:
            if actor is not None and d.get("actor") != actor:
                continue
            if since is not None and d.get("time", "") < since:
                continue
            out.append(AuditEvent.from_dict(d))
        return out

    def _events_about(self, claim_id: str, article_id: str | None) -> list[dict[str, Any]]:
        """A claim's events (and its article's ingest) from an index kept per load and size."""
        raw = self.store.raw(AUDIT)
        key = (self.store.generation, len(raw))
        if self._events_key != key:
            by_target: dict[str, list[dict[str, Any]]] = {}
            for d in raw.values():
                target = d.get("claim_id") or (
                    d.get("article_id") if d.get("action") == "article.ingested" else None
                )
                if target:
                    by_target.setdefault(target, []).append(d)
            self._events_by_target, self._events_key = by_target, key
        found = self._events_by_target.get(claim_id, [])
        if article_id:
            found = sorted(
                [*found, *self._events_by_target.get(article_id, [])], key=lambda d: d["seq"]
            )
        return found

    def iter_claims(
        self, flt: ClaimFilter | None = None, since: str | None = None
    ) -> Iterator[Claim]:
        """Claims in article order, decoded one at a time (exports stream from here)."""
        self._index()
        flt = flt or ClaimFilter()
        ingested = {d["id"]: d.get("ingested_at", "") for d in self.store.raw(ARTICLES).values()}
        for doc in self._claim_docs.values():
            review = self._reviews.get(doc["id"])
            status = review[1].get("status", Status.UNVERIFIED) if review else Status.UNVERIFIED
            if not flt.matches(doc, status):
                continue
            if since is not None:
                when = (review[1].get("updated") if review else None) or ingested.get(
                    doc["article_id"], ""
                )
                if when < since:
                    continue
            yield self._to_claim(doc)

    def reviewed(self, claim_id: str) -> tuple[str | None, str | None]:
        """(who, when) of a claim's last review, if any."""
        review = self._reviews.get(claim_id)
        if review is None:
            return None, None
        return review[1].get("by"), review[1].get("updated")

    def article_or_none(self, article_id: str) -> Article | None:
        if self._articles_generation != self.store.generation:
            self._articles = {d["id"]: d for d in self.store.raw(ARTICLES).values()}
            self._articles_generation = self.store.generation
        doc = self._articles.get(article_id)
        return Article.from_dict(doc) if doc else None

    def verify_audit(self) -> audit.Verification:
        meta = next(iter(self.store.raw(META).values()), {})
        result = audit.verify(self.store.raw(AUDIT).values(), meta.get("audit_head"))
        if not result.ok:
            return result
        articles = (d["id"] for d in self.store.raw(ARTICLES).values())
        return audit.check_coverage(self.store.raw(AUDIT).values(), articles) or result

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
        from tracker.extract import extract

        report = IngestReport()
        batch: list[tuple[Article, list[Claim]]] = []
        for item in items:
            if isinstance(item, Skipped):
                report.skipped.append(item)
            else:
                claims, why = attempt(extract, item)
                why = why or claims_problem([c.text for c in claims or ()])
                if why is None and claims is not None:
                    batch.append((item, claims))
                else:  # this article alone is skipped, the batch goes on
                    report.skipped.append(Skipped(item.path or "<stdin>", str(why)))
            if progress is not None:
                progress(str(item.source if isinstance(item, Skipped) else item.path or item.id))
            if len(batch) >= INGEST_BATCH or sum(len(c) for _, c in batch) >= INGEST_BATCH_CLAIMS:
                self._write_batch(batch, report)
                batch = []
        if batch:
            self._write_batch(batch, report)
        return report

    def _write_batch(self, batch: list[tuple[Article, list[Claim]]], report: IngestReport) -> None:
        """Store a batch of extracted articles. Matching runs outside the lock against the
        data as read; the lock is held for the write only. If another process wrote in
        between, the batch is matched again (outside the lock) so its claims see the other's;
        under constant contention the last matching is kept rather than done under the lock
        (a twin written in that instant may be missed; nothing is lost)."""
        for tries in range(INGEST_RETRIES + 1):
            self._index()
            seen = self.store.generation
            results, rows = self._prepare_batch(batch)
            with self.store.transaction():
                if self.store.generation != seen and tries < INGEST_RETRIES:
                    continue  # another writer came in between: match against its claims too
                self._index()  # the articles and claims as they are now, under the lock
                results, rows = self._unstored(batch, results, rows)
                self._commit_batch(*rows)
                break
        report.articles.extend(results)
        self._generation = -1  # the claims table changed under the index: rebuild on next use
        if any(r.new for r in results):
            self._save_match_index()  # it holds this batch's claims now

    def _unstored(
        self,
        batch: list[tuple[Article, list[Claim]]],
        results: list[ArticleResult],
        rows: tuple[list[Any], list[Any], list[Any]],
    ) -> tuple[list[ArticleResult], tuple[list[Any], list[Any], list[Any]]]:
        """Drop what another writer stored since the batch was prepared (the same article
        ingested twice at once must be stored once)."""
        known = {doc["id"] for doc in self.store.raw(ARTICLES).values()}
        articles, claims, events = rows
        if not any(a["id"] in known for a in articles):
            return results, rows
        results = [replace(r, new=r.new and r.article_id not in known) for r in results]
        keep = [a for a in articles if a["id"] not in known]
        kept_ids = {a["id"] for a in keep}
        claims = [
            c for c in claims if c["article_id"] in kept_ids and c["id"] not in self._claim_docs
        ]
        events = [e for e in events if e["article_id"] in kept_ids]
        return results, (keep, claims, events)

    def _prepare_batch(
        self, batch: list[tuple[Article, list[Claim]]]
    ) -> tuple[list[ArticleResult], tuple[list[Any], list[Any], list[Any]]]:
        """Each article's result, and the article, claim and event records to store."""
        known = {doc["id"] for doc in self.store.raw(ARTICLES).values()}
        results: list[ArticleResult] = []
        new_articles: list[dict[str, Any]] = []
        new_claims: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        for article, claims in batch:
            fresh = article.id not in known
            results.append(
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
            new_articles.append({**article.to_dict(), "ingested_at": audit.now_iso()})
            new_claims.extend(self._matched_records(article, claims))
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
        return results, (new_articles, new_claims, events)

    def _matched_records(self, article: Article, claims: list[Claim]) -> list[dict[str, Any]]:
        """The article's new claims with their earlier twins, encoded for storage; its claims
        join the index, as earlier twins for the next article."""
        index = self._match_index()
        out = []
        for c in claims:
            if c.id not in self._claim_docs:
                c = assessed(replace(c, matches=self._earlier_twins(index, c)))
                out.append(encode_claim(c, article.id))
        for c in claims:
            slot = index.add(c.id, c.text, c.quantities)
            self._index_articles.setdefault(article.id, set()).add(slot)
        return out

    def _commit_batch(
        self,
        new_articles: list[dict[str, Any]],
        new_claims: list[dict[str, Any]],
        events: list[dict[str, Any]],
    ) -> None:
        """The write of a prepared batch (the caller holds the transaction)."""
        if new_articles:
            self.store.table(ARTICLES).insert_multiple(new_articles)
        if new_claims:
            self.store.table(CLAIMS).insert_multiple(new_claims)
        self._save_assessments()  # records from before worth was stored get theirs now
        self._append_events(events)

    # -- matching ------------------------------------------------------------------------
    def _match_index(self) -> MatchIndex:
        """Every stored claim, indexed for matching (built once per load of the data)."""
        from tracker.matching import MatchIndex

        self._index()
        index = self._matcher
        if (
            index is not None
            and self._matcher_generation == self.store.generation
            and self._matcher_synced == len(self._claim_docs)
        ):
            # Nothing stored since the last sync (an ingest adds each article's claims to the
            # index itself): no pass over the claims, which an ingest asks for per article.
            return index
        ids = list(self._claim_docs)  # storage order: claims are only ever appended
        # An ingest adds a batch's claims to the index before they are stored, so the index
        # may run ahead of the stored claims; it must agree with them as far as both go.
        shared = min(len(ids), len(index.keys)) if index is not None else 0
        if (
            index is None
            or self._matcher_generation != self.store.generation
            or index.keys[:shared] != ids[:shared]
        ):
            # The index saved beside the database covers the claims stored when it was
            # written: read it (or start afresh), then add what came since.
            def loader(slot: int) -> tuple[str, tuple[Quantity, ...]]:
                assert self._matcher is not None
                return self._match_source(self._matcher.keys[slot])

            index = MatchIndex.load(self.match_index_path, loader) or MatchIndex(loader)
            if index.keys != ids[: len(index.keys)]:
                index = MatchIndex(loader)  # another database, or rewritten: start over
            self._index_articles = {}
            mapped = 0
        else:
            mapped = len(index.keys)  # an import since: only its claims are new
        known = len(index.keys)
        for cid in ids[known:]:
            index.add(cid, *self._match_source(cid))
        for slot in range(mapped, len(ids)):
            article = self._claim_docs[ids[slot]]["article_id"]
            self._index_articles.setdefault(article, set()).add(slot)
        self._matcher = index
        self._matcher_generation = self.store.generation
        self._matcher_synced = len(ids)
        if known < len(ids):
            self._save_match_index()
        return index

    @property
    def match_index_path(self) -> Path:
        return self.path.with_name(self.path.name + ".matchindex.npz")

    def _match_source(self, claim_id: str) -> tuple[str, tuple[Quantity, ...]]:
        """What the matcher indexes for a stored claim: its text (with a fact-check's
        headline, for imported claims) and its figures."""
        from tracker.matching import match_text

        claim = decode_claim(self._claim_docs[claim_id])
        return match_text(claim.text, claim.headline), claim.quantities

    def _save_match_index(self) -> None:
        """The index is a cache: a folder we cannot write to only costs the next rebuild."""
        if self._matcher is None:
            return
        with contextlib.suppress(OSError):
            self._matcher.save(self.match_index_path)

    def _earlier_twins(self, index: MatchIndex, claim: Claim, top: int = 5) -> tuple[Match, ...]:
        from tracker.matching import thresholds

        same_article = self._index_articles.get(claim.article_id, set())
        possible, _ = thresholds()
        out = []
        for hit in index.search(claim.text, claim.quantities, top=top, exclude=same_article):
            if hit.score < possible:
                break
            if hidden(self._claim_docs.get(index.keys[hit.index], {})):
                continue  # dismissed or merged away: not a claim to match against
            figures = compare_figures(claim.quantities, index.quantities(hit.index))
            out.append(Match(index.keys[hit.index], hit.score, figures))
        return tuple(out)

    def match(self, text: str, top: int = 5) -> list[dict[str, Any]]:
        """Earlier claims like ``text``, best first, in the `tracker match` contract."""
        from tracker.extract.quantities import find_quantities
        from tracker.matching import strength

        if len(text) > limits().query_chars:
            raise InvalidValueError(over("query too long, in characters", len(text), "query_chars"))
        index = self._match_index()
        quantities = find_quantities(text, 0, len(text))
        out = []
        for hit in index.search(text, quantities, top=top):
            if hidden(self._claim_docs[index.keys[hit.index]]):
                continue
            claim = self._to_claim(self._claim_docs[index.keys[hit.index]])
            out.append(
                {
                    "claim_id": claim.id,
                    "external_id": claim.external_id,
                    "score": hit.score,
                    "text": claim.text,
                    "status": claim.status.value,
                    "figures": compare_figures(quantities, claim.quantities),
                    "strength": strength(hit.score),
                }
            )
        return out

    # -- archives of earlier fact-checks --------------------------------------------------
    def import_archive(
        self, path: str | os.PathLike[str], columns: Columns | None = None, fmt: str | None = None
    ) -> ImportReport:
        """Bring in fact-checked claims; their verdicts become statuses. The good rows land
        together (one write); a bad row is reported and left out."""
        source = Path(path)
        report = ImportReport(source=str(source))
        rows: list[ImportedClaim] = []
        for item in read_archive(source, columns, fmt):
            if isinstance(item, BadRow):
                report.bad.append(item)
            else:
                rows.append(item)
        rows = self._new_rows(rows, report)
        article, found = self._archive_figures(rows, source, report)
        if article is None:
            return report
        records, reviews = self._archive_records(article, rows, found)
        report.with_verdict = len(reviews)
        # Everything above ran outside the lock; inside, only the checks and one write.
        with self.store.transaction():
            self._index()
            if any(d["id"] == article.id for d in self.store.raw(ARTICLES).values()):
                report.already = True
                report.with_verdict = 0
                return report
            self.store.table(ARTICLES).insert(
                {**article.to_dict(), "ingested_at": audit.now_iso(), "imported": True}
            )
            self.store.table(CLAIMS).insert_multiple(records)
            # All at once: one insert per review rebuilt the table each time (quadratic).
            self.store.table(REVIEWS).insert_multiple(reviews)
            event = dict(
                action="archive.imported",
                article_id=article.id,
                after={"path": str(source), "claims": [d["id"] for d in records]},
                data={"with_verdict": report.with_verdict, "bad_rows": len(report.bad)},
            )
            self._append_events([event])
            report.imported = len(records)
        self._generation = -1
        return report

    def _archive_records(
        self, article: Article, rows: list[ImportedClaim], found: dict[int, tuple[Quantity, ...]]
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """The stored claim records of an archive and the reviews of those with a verdict."""
        records, reviews, pos = [], [], 0
        now = audit.now_iso()
        for r in rows:
            start, end = pos, pos + len(r.text)
            pos = end + 1
            claim = Claim(
                id=claim_id_for(article.id, start, end),
                article_id=article.id,
                text=r.text,
                start=start,
                end=end,
                kinds=(QUANTITATIVE,) if found[start] else (),
                quantities=found[start],
                external_id=r.external_id,
                source_speaker=r.speaker,
                verdict=r.verdict,
                headline=r.headline,
            )
            records.append(encode_claim(assessed(claim), article.id))
            if r.status is not None and r.status is not Status.UNVERIFIED:
                review = {"claim_id": claim.id, "status": r.status.value}
                if r.url:
                    review["evidence"] = [r.url]
                reviews.append({**review, "updated": now, "by": self.actor})
        return records, reviews

    def _new_rows(self, rows: list[ImportedClaim], report: ImportReport) -> list[ImportedClaim]:
        """The rows not imported before: a corrected archive brings in its new rows only
        (matched by external id), instead of a second copy of every old one."""
        self._index()
        whole = article_id_for("\n".join(r.text for r in rows))
        if rows and any(d["id"] == whole for d in self.store.raw(ARTICLES).values()):
            report.already = True  # the very same archive: nothing to add
            return []
        known = {d.get("x") for d in self._claim_docs.values()}
        known.discard(None)
        fresh = [r for r in rows if r.external_id is None or r.external_id not in known]
        report.duplicates = len(rows) - len(fresh)
        report.already = bool(rows) and not fresh
        return fresh

    @staticmethod
    def _archive_figures(
        rows: list[ImportedClaim], source: Path, report: ImportReport
    ) -> tuple[Article | None, dict[int, tuple[Quantity, ...]]]:
        """The archive's article (one claim per line, so every span is real text) and each
        row's figures by its start. A row whose extraction raises is reported and dropped
        (``rows`` shrinks), and the text is rebuilt without it."""
        from tracker.extract.quantities import find_quantities

        while rows:
            text = "\n".join(r.text for r in rows)
            found: dict[int, tuple[Quantity, ...]] = {}
            failed, pos = [], 0
            for k, r in enumerate(rows):
                figures, why = attempt(find_quantities, text, pos, pos + len(r.text))
                if why is not None:
                    failed.append(k)
                    report.bad.append(BadRow(r.where or str(source), f"{why}"))
                found[pos] = tuple(figures or ())
                pos += len(r.text) + 1
            if not failed:
                art = Article(
                    id=article_id_for(text), text=text, title=source.name, path=str(source)
                )
                return art, found
            for k in reversed(failed):
                del rows[k]
        return None, {}

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

        def mark(review: dict[str, Any]) -> dict[str, Any]:
            before = review.get("status", Status.UNVERIFIED.value)
            evidence_before = list(review.get("evidence", []))
            review["status"] = new.value
            if note:
                review["notes"] = [*review.get("notes", []), self._note(note, actor)]
            if evidence:
                review["evidence"] = list(dict.fromkeys([*review.get("evidence", []), *evidence]))
            return dict(
                action="status.changed",
                before=before,
                after=new.value,
                data={"note": note, "evidence": list(evidence), "evidence_before": evidence_before},
            )

        return self._change_reviews(claim_ids, actor, mark)

    def add_note(self, claim_id: str, text: str, by: str | None = None) -> Claim:
        return self.add_notes([claim_id], text, by)[0]

    def add_notes(self, claim_ids: Sequence[str], text: str, by: str | None = None) -> list[Claim]:
        """One note on several claims: one change (one write, one undo), all or nothing."""
        if not text.strip():
            raise InvalidValueError("a note needs some text")
        actor = by or self.actor

        def note(review: dict[str, Any]) -> dict[str, Any]:
            review["notes"] = [*review.get("notes", []), self._note(text, actor)]
            return dict(action="note.added", after=text)

        return self._change_reviews(claim_ids, actor, note)

    def add_evidence(self, claim_id: str, url: str, by: str | None = None) -> Claim:
        return self.add_evidence_to([claim_id], url, by)[0]

    def add_evidence_to(
        self, claim_ids: Sequence[str], url: str, by: str | None = None
    ) -> list[Claim]:
        """One evidence link on several claims: one change, all or nothing."""
        check_url(url)

        def link(review: dict[str, Any]) -> dict[str, Any]:
            before = list(review.get("evidence", []))
            review["evidence"] = list(dict.fromkeys([*before, url]))
            return dict(action="evidence.added", before=before, after=url)

        return self._change_reviews(claim_ids, by or self.actor, link)

    def _change_reviews(
        self,
        claim_ids: Sequence[str],
        actor: str,
        change: Callable[[dict[str, Any]], dict[str, Any]],
    ) -> list[Claim]:
        """Apply ``change`` to each claim's review in one transaction: it edits the review and
        returns that claim's audit event. One write, one undo step; an unknown id (resolved
        before anything is changed) changes none."""
        with self.store.transaction():
            ids = self.resolve_ids(claim_ids)
            events = []
            for cid in ids:
                review = self._review_doc(cid)
                event = change(review)
                self._save_review(cid, review, actor)
                events.append({**event, "claim_id": cid, "actor": actor})
            self._append_events(events)
        return [self.claim(cid) for cid in ids]

    def undo(self, by: str | None = None) -> list[AuditEvent]:
        """Revert the reviewer's last change (all claims it touched); the undo is logged too."""
        actor = by or self.actor
        with self.store.transaction():
            self._index()
            targets = self._last_change(actor)
            new_events = [
                self._undo_correction(e, actor)
                if e["action"] in CORRECTIONS
                else self._undo_review(e, actor)
                for e in targets
            ]
            self._append_events(new_events)
        return self.history(actor=actor)[-len(new_events) :]

    def _last_change(self, actor: str) -> list[dict[str, Any]]:
        """The events of the reviewer's last change not yet undone, newest first: every event
        written with the last one (its batch)."""
        events = list(self.store.raw(AUDIT).values())
        undone = {e.get("data", {}).get("undoes") for e in events if e.get("action") == "undo"}

        def open_change(e: dict[str, Any]) -> bool:
            return (
                e.get("actor") == actor and e.get("action") in UNDOABLE and e["seq"] not in undone
            )

        last = next((e for e in reversed(events) if open_change(e)), None)
        if last is None:
            raise NotFoundError(f"nothing to undo for {actor!r}")
        batch = last.get("data", {}).get("batch", last["seq"])
        return [
            e
            for e in reversed(events)
            if e.get("data", {}).get("batch", e["seq"]) == batch and open_change(e)
        ]

    def _undo_review(self, e: dict[str, Any], actor: str) -> dict[str, Any]:
        """Take back a mark, note or evidence; the undo event for it."""
        cid = e["claim_id"]
        review = self._review_doc(cid)
        before = {k: review.get(k) for k in ("status", "notes", "evidence")}
        data = e.get("data") or {}
        if e["action"] == "status.changed":
            review["status"] = e["before"]
            # A mark with a note or evidence is one change: take those back too.
            if data.get("note"):
                review["notes"] = _without_note(review.get("notes", []), data["note"], actor)
            added = [
                u for u in data.get("evidence", []) if u not in data.get("evidence_before", [])
            ]
            review["evidence"] = [u for u in review.get("evidence", []) if u not in added]
        elif e["action"] == "note.added":
            review["notes"] = _without_note(review.get("notes", []), e["after"], actor)
        elif e["action"] == "evidence.added" and e["after"] not in (e.get("before") or []):
            review["evidence"] = [u for u in review.get("evidence", []) if u != e["after"]]
        self._save_review(cid, review, actor)
        return dict(
            action="undo",
            claim_id=cid,
            before=before,
            after={k: review.get(k) for k in ("status", "notes", "evidence")},
            data={"undoes": e["seq"], "undone_action": e["action"]},
            actor=actor,
        )

    def _note(self, text: str, actor: str) -> dict[str, str]:
        return Note(text=text, by=actor, time=audit.now_iso()).to_dict()

    def _review_doc(self, claim_id: str) -> dict[str, Any]:
        self._index()
        found = self._reviews.get(claim_id)
        return dict(found[1]) if found else {"claim_id": claim_id, "status": "unverified"}

    def _save_review(self, claim_id: str, review: dict[str, Any], by: str | None = None) -> None:
        review["updated"] = audit.now_iso()
        review["by"] = by or self.actor
        table = self.store.table(REVIEWS)
        found = self._reviews.get(claim_id)
        if found:
            table.update(review, doc_ids=[found[0]])
            doc_id = found[0]
        else:
            doc_id = table.insert(review)
        self._reviews[claim_id] = (doc_id, review)
        self._triage_changed(reviews=[claim_id])  # a verdict can move its repeats up the queue

    def _append_events(self, events: list[dict[str, Any]]) -> None:
        """Chain and store events; the caller holds the store's transaction."""
        if not events:
            return
        meta_table = self.store.table(META)
        meta = dict(meta_table.get(doc_id=1) or {})
        head = meta.get("audit_head") or {"seq": 0, "hash": audit.GENESIS}
        seq, prev = head["seq"], head["hash"]
        docs = []
        batch = seq + 1  # events written together are one change: undo reverts them together
        for e in events:
            seq += 1
            actor = e.pop("actor", self.actor)
            e["data"] = {**(e.get("data") or {}), "batch": batch}
            event = audit.make_event(seq, prev, actor, **e)
            prev = event.hash
            docs.append(event.to_dict())
        self.store.table(AUDIT).insert_multiple(docs)
        meta["audit_head"] = {"seq": seq, "hash": prev}
        meta_table.update(meta, doc_ids=[1])


def _worth_first(p: tuple[float, float, bool]) -> tuple[float, float, bool]:
    """(priority, worth, opinion) -> (worth, priority, opinion), as TriageTest takes them."""
    return p[1], p[0], p[2]


def _without_note(notes: list[dict[str, Any]], text: str, actor: str) -> list[dict[str, Any]]:
    """The notes minus the latest one with this text by this actor."""
    notes = list(notes)
    for k in range(len(notes) - 1, -1, -1):
        if notes[k].get("text") == text and notes[k].get("by") == actor:
            del notes[k]
            break
    return notes


def check_url(url: str) -> str:
    """Evidence is a web address: http(s) with a host; anything else is a clear error."""
    from tracker.urls import web_url

    checked = web_url(url)
    if checked is None:
        raise InvalidValueError(f"evidence must be an http(s) URL, got {url!r}")
    return checked


def iter_claim_dicts(claims: Iterable[Claim]) -> Iterator[dict[str, Any]]:
    for c in claims:
        yield c.to_dict()
