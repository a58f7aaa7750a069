"""Triage: each claim's check-worthiness and priority, as the Workspace serves them.

A mixin of the Workspace (it reads the Workspace's indexes). Worth and opinion are stored
with each claim at ingest, import and re-extraction; a record stored before they were is
assessed here on first need (about 0.2 ms a claim), kept in memory, and saved with the next
ingest or re-extraction, or once `tracker list` or the app has read them all (the app
assesses and saves them before it opens). Priority is never stored: it depends on the whole
database (twins' verdicts, how often a speaker is quoted, the newest article); it is ranked
once per load and kept in step with each change (tracker.ranking).
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable
from dataclasses import replace
from itertools import repeat
from typing import TYPE_CHECKING, Any

from tracker.errors import StoreError
from tracker.model import Claim
from tracker.priority import weights
from tracker.ranking import Ranking, Snapshot
from tracker.records import decode_claim, worth_of
from tracker.store import ARTICLES, CLAIMS

if TYPE_CHECKING:
    from tracker.workspace import Workspace


def assessed(claim: Claim) -> Claim:
    """The claim with its worth and opinion flag (the model is imported on first use)."""
    from tracker.worth.assess import assess_claim

    a = assess_claim(claim)
    return replace(claim, worth=a.worth, opinion=a.opinion)


class Triage:
    """Workspace methods for worth, opinion and priority (see the module docstring)."""

    def assessment(self: Workspace, doc: dict[str, Any]) -> tuple[float, bool]:
        """(worth, opinion) of a stored record: as stored, or assessed now and remembered."""
        stored = worth_of(doc)
        if stored is not None:
            return stored
        key = (doc["id"], doc["text"])
        found = self._assessed.get(key)
        if found is None:
            claim = assessed(decode_claim(doc))
            found = self._assessed[key] = (claim.worth or 0.0, bool(claim.opinion))
        return found

    def _ranking(self: Workspace) -> Ranking:
        """Every claim's priority and the shared inputs, built once per load of the data and
        then kept in step with this Workspace's own changes (see tracker.ranking)."""
        self._index()
        ranking = self._rank
        if ranking is None or ranking.docs is not self._claim_docs:
            ingested = {
                a["id"]: a.get("ingested_at", "") for a in self.store.raw(ARTICLES).values()
            }
            ranking = Ranking(self._claim_docs, self._reviews, ingested, weights(), self.assessment)
            self._rank, self._rank_dirty = ranking, (set(), set())
        claims, reviews = self._rank_dirty
        if claims or reviews:
            self._rank_dirty = (set(), set())
            self._rank_moved |= ranking.update(claims, reviews)
        return ranking

    def _triage_changed(
        self: Workspace, claims: Iterable[str] = (), reviews: Iterable[str] = ()
    ) -> None:
        """Claims' records or verdicts were changed here: re-rank what they touch when next
        asked (called by the writes that keep the indexes in step)."""
        self._rank_dirty[0].update(claims)
        self._rank_dirty[1].update(reviews)

    def reranked(self: Workspace, claim_ids: Iterable[str]) -> set[str]:
        """The claims whose rows change with these claims: the repeats that show their
        verdict, and every claim whose priority moved since the last call (a verdict moves
        its repeats; a speaker's count, that speaker's claims)."""
        ranking = self._ranking()
        moved, self._rank_moved = self._rank_moved, set()
        return ranking.repeats(claim_ids) | moved

    def warm_ranking(self: Workspace) -> None:
        """What the first change re-ranks through (who repeats whom, each speaker's claims),
        built ahead: the app asks for it while idle after start-up."""
        self._ranking().warm()

    def priority_of(self: Workspace, doc: dict[str, Any]) -> tuple[float, float, bool]:
        """(priority, worth, opinion) of a stored record."""
        return self._priority(doc, self._ranking())

    def _priority(
        self: Workspace, doc: dict[str, Any], ranking: Ranking
    ) -> tuple[float, float, bool]:
        """(priority, worth, opinion) with the priority as ranked: this runs over every
        claim, with ``ranking`` fetched once by the caller."""
        worth = doc.get("w")
        if worth is None:
            worth, opinion = self.assessment(doc)
        else:
            opinion = "op" in doc
        prio = ranking.prio.get(doc["id"])
        return (ranking.score(doc) if prio is None else prio), worth, opinion

    def priority_order(self: Workspace, fresh: bool = True) -> list[str]:
        """Every claim id, highest priority first (ties by id: a total order)."""
        return self._priority_snapshot(fresh).ids()

    def _priority_snapshot(self: Workspace, fresh: bool = True) -> Snapshot:
        """The order as it stands. ``fresh=False`` keeps the one of the last call while the
        data was not reloaded, through changes made since: the app reads rows in slices of
        one order, and moves changed rows itself."""
        ranking = self._ranking()
        snap = self._snapshot
        if snap is None or snap[0] is not ranking or (fresh and snap[1] != ranking.version):
            snap = self._snapshot = (ranking, ranking.version, Snapshot(ranking.prio))
        return snap[2]

    def storage_positions(self: Workspace) -> dict[str, int]:
        """Claim id -> its place in storage order ('as stored')."""
        self._index()
        key = (self.store.generation, len(self._claim_docs))
        if self._positions_key != key:
            self._positions = {cid: k for k, cid in enumerate(self._claim_docs)}
            self._positions_key = key
        return self._positions

    def unassessed(self: Workspace) -> int:
        """Stored claim records that predate worth and opinion."""
        docs = self.store.raw(CLAIMS).values()
        return len(docs) - sum(map(operator.contains, docs, repeat("w")))  # in C

    def assess_stored(self: Workspace, progress: Callable[[int, int], None] | None = None) -> int:
        """Assess the stored records that predate worth and opinion (about 0.2 ms each), then
        store what was found, so that no later open assesses them again: what the app runs
        before it opens an older database. ``progress(done, total)`` hears how far it got;
        returns how many records were saved."""
        todo = [d for d in self.store.raw(CLAIMS).values() if "w" not in d]
        for done, doc in enumerate(todo, 1):
            self.assessment(doc)  # outside the lock: only the save below holds it
            if progress is not None and (done % 500 == 0 or done == len(todo)):
                progress(done, len(todo))
        return self.save_assessments() if todo else 0

    def save_assessments(self: Workspace) -> int:
        """Store what was assessed on read (records from before worth was stored), so the
        next open need not assess them again. A cache: a file we may not write costs only
        that; returns how many records were saved."""
        if not self._assessed:
            return 0
        try:
            with self.store.transaction():
                saved = self._save_assessments()
        except (StoreError, OSError):
            return 0
        self._assessed.clear()
        return saved

    def _assessment_updates(self: Workspace) -> dict[int, tuple[float, bool]]:
        """Doc id -> (worth, opinion) for each stored claim record still without them."""
        out = {}
        for doc_id, doc in self.store.raw(CLAIMS).items():
            if "w" not in doc:
                out[int(doc_id)] = self.assessment(doc)
        return out

    def _save_assessments(self: Workspace) -> int:
        """Store the worth of records that predate it (the caller holds the transaction)."""
        updates = self._assessment_updates()
        if updates:

            def fill(table: dict[int, Any]) -> None:
                for doc_id, (worth, opinion) in updates.items():
                    doc = dict(table[doc_id])
                    doc["w"] = worth
                    doc.pop("op", None)
                    if opinion:
                        doc["op"] = True
                    table[doc_id] = doc

            self.store.table(CLAIMS)._update_table(fill)  # type: ignore[attr-defined]
            self._generation = -1  # the records were replaced: index the stored ones again
        return len(updates)
