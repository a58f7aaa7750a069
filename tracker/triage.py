"""Triage: each claim's check-worthiness and priority, as the Workspace serves them.

A mixin of the Workspace (it reads the Workspace's indexes). Worth and opinion are stored
with each claim at ingest, import and re-extraction; a record stored before they were is
assessed here on first need (about 0.2 ms a claim), kept in memory, and saved with the next
ingest or re-extraction, or once `tracker list` or the app has read them all. Priority is never stored: it depends on the whole database (twins' verdicts, how
often a speaker is quoted, the newest article), so it is computed when rows are built.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from tracker.errors import StoreError
from tracker.model import Claim
from tracker.priority import (
    RATED_FALSE,
    Weights,
    ages_in_days,
    recent_points,
    speaker_points,
    twin_points,
    weights,
)
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

    def _triage_signals(self: Workspace) -> tuple[dict[str, float], dict[str, float], Weights]:
        """Points by speaker (how often quoted) and by article (how recent), kept until the
        data is reloaded or grows: per claim, priority is then a few lookups."""
        key = (self.store.generation, len(self._claim_docs))
        if self._signals_key != key:
            w = weights()
            # Inline rather than speaker_of() per record: this runs over every claim.
            speakers = Counter(
                a[0] if (a := d.get("a")) else d.get("sp") for d in self._claim_docs.values()
            )
            ingested = {
                a["id"]: a.get("ingested_at", "") for a in self.store.raw(ARTICLES).values()
            }
            self._signals = (
                {name: speaker_points(n, w) for name, n in speakers.items()},
                {aid: recent_points(age, w) for aid, age in ages_in_days(ingested).items()},
                w,
            )
            self._signals_key = key
        return self._signals

    def priority_of(self: Workspace, doc: dict[str, Any]) -> tuple[float, float, bool]:
        """(priority, worth, opinion) of a stored record."""
        return self._priority(doc, self._triage_signals())

    def _priority(
        self: Workspace,
        doc: dict[str, Any],
        signals: tuple[dict[str, float], dict[str, float], Weights],
    ) -> tuple[float, float, bool]:
        """tracker.priority's formula with the per-speaker and per-article parts looked up:
        this runs over every claim, with ``signals`` fetched once by the caller."""
        by_speaker, by_article, w = signals
        worth = doc.get("w")
        if worth is None:
            worth, opinion = self.assessment(doc)
        else:
            opinion = "op" in doc
        score = worth * w.worth + by_article.get(doc["article_id"], 0.0)
        a = doc.get("a")
        who = a[0] if a else doc.get("sp")
        if who:
            score += by_speaker.get(who, 0.0)
        matches = doc.get("m")
        if matches:
            reviews = self._reviews
            known_false = changed = False
            for m in matches:
                changed = changed or m[2] == "changed"
                review = reviews.get(m[0])
                known_false = known_false or (
                    review is not None and review[1].get("status") in RATED_FALSE
                )
            score += twin_points(known_false, changed, w)
        return round(score, 1), worth, opinion

    def priority_order(self: Workspace, fresh: bool = True) -> list[str]:
        """Every claim id, highest priority first (ties by id: a total order). ``fresh=False``
        keeps the order of the last call while the data was not reloaded, through verdicts
        given since: the app reads rows in slices of one order and re-sorts them itself."""
        self._index()
        changed = self._reviews_changed if fresh else 0
        key = (self.store.generation, len(self._claim_docs), changed)
        if self._order_key[:2] != key[:2] or (fresh and self._order_key != key):
            self._order = self._ranked()
            self._order_key = (*key[:2], self._reviews_changed)
        return self._order

    def _ranked(self: Workspace) -> list[str]:
        """Every claim id by order_key. A record with its worth stored and no twins (most of
        them) takes the inline path: at 100,000 claims a call per record is most of the cost."""
        signals = self._triage_signals()
        by_speaker, by_article, w = signals
        rank, ww = self._priority, w.worth
        prio: dict[str, float] = {}
        for cid, d in self._claim_docs.items():
            worth = d.get("w")
            if worth is None or d.get("m"):
                prio[cid] = rank(d, signals)[0]
                continue
            a = d.get("a")
            who = a[0] if a else d.get("sp")
            score = worth * ww + by_article.get(d["article_id"], 0.0)
            prio[cid] = round(score + by_speaker.get(who, 0.0) if who else score, 1)
        ids = sorted(prio)  # by id, then (a stable sort) by priority, highest first
        ids.sort(key=prio.__getitem__, reverse=True)
        return ids

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
        return sum(1 for d in self.store.raw(CLAIMS).values() if "w" not in d)

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
        return len(updates)
