"""The triage order, kept up to date change by change (tracker.priority has the formula).

Built once per load of the data in a few C-level passes over the records (no call per
claim: at 100,000 claims a call each was most of the start-up). After that a change
re-ranks only the claims whose inputs moved: the changed claim itself, the repeats of a
claim whose verdict changed, and the claims of a speaker whose count moved their speaker
points (above ``speaker_saturates`` claims a count no longer does). The first screen needs
only the top rows: ``Snapshot.slice`` picks them with a heap, and the full sort waits
until the rest of the rows is read.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Callable, Iterable
from itertools import repeat
from operator import add, neg
from typing import Any

from tracker.priority import (
    RATED_FALSE,
    Weights,
    ages_in_days,
    recent_points,
    speaker_points,
    twin_points,
)
from tracker.records import hidden, live_links

Doc = dict[str, Any]
Reviews = dict[str, tuple[int, dict[str, Any]]]
_GONE = object()  # a claim no longer stored (undo of an added or split claim)


def speaker(doc: Doc) -> str | None:
    """The name a record counts under for 'how often quoted' (as tracker.records.speaker_of)."""
    a = doc.get("a")
    return a[0] if a else doc.get("sp")


class Ranking:
    """Every claim's priority, with the inputs that are shared between claims."""

    def __init__(
        self,
        docs: dict[str, Doc],
        reviews: Reviews,
        ingested: dict[str, str],
        w: Weights,
        assess: Callable[[Doc], tuple[float, bool]],
    ) -> None:
        self.docs = docs  # the Workspace's own dicts, read live: its identity marks the load
        self.reviews = reviews
        self.w = w
        self.assess = assess  # (worth, opinion) of a record stored before worth was
        self.by_article = {a: recent_points(age, w) for a, age in ages_in_days(ingested).items()}
        ids = list(docs)
        # Dismissed or merged away: a link to one of these counts as its survivor or not at all.
        self.hidden: set[str] = set()
        who, base, twins = self._scan(docs)
        self.counts: Counter[str | None] = Counter(who)
        self.by_speaker = {n: speaker_points(k, w) for n, k in self.counts.items() if n}
        # + speaker points (none without a speaker), + twin points, then one decimal: in the
        # order `score` adds them, so both give the same float.
        raw = list(map(add, base, map(self.by_speaker.get, who, repeat(0.0))))
        for k, matches in twins:
            raw[k] += self._twin_points(matches)
        self.prio: dict[str, float] = dict(zip(ids, map(round, raw, repeat(1)), strict=True))
        self._ids_who: tuple[list[str], list[str | None]] | None = (ids, who)
        self._who: dict[str, str | None] | None = None  # claim -> its speaker, lazily
        self._members: dict[str | None, set[str]] | None = None  # speaker -> claims, lazily
        self._repeats: dict[str, set[str]] | None = None  # twin -> claims naming it, lazily
        self._twins: dict[str, tuple[str, ...]] = {}  # claim -> the twins it names
        self.version = 0  # bumped whenever a priority changes

    def _scan(
        self, docs: dict[str, Doc]
    ) -> tuple[list[str | None], list[float], list[tuple[int, list[Any]]]]:
        """One pass over the records (each is touched once: at 100,000 claims the cache
        misses cost more than the arithmetic): each one's speaker, worth × WORTH + recency,
        and the places and earlier twins of those that have some."""
        ww, recency, assess = self.w.worth, self.by_article.get, self.assess
        who: list[str | None] = []
        base: list[float] = []
        twins: list[tuple[int, list[Any]]] = []
        add_who, add_base = who.append, base.append
        for k, d in enumerate(docs.values()):
            a = d.get("a")
            add_who(a[0] if a else d.get("sp"))
            worth = d.get("w")
            if worth is None:  # stored before worth was: assessed (slow, once)
                worth = assess(d)[0]
            add_base(worth * ww + recency(d["article_id"], 0.0))
            if m := d.get("m"):
                twins.append((k, m))
            if "d" in d or "mi" in d:
                self.hidden.add(d["id"])
        return who, base, twins

    @property
    def who(self) -> dict[str, str | None]:
        """Claim id -> the name it counts under (built on the first change)."""
        if self._who is None:
            assert self._ids_who is not None
            self._who = dict(zip(*self._ids_who, strict=True))
            self._ids_who = None
        return self._who

    def score(self, doc: Doc) -> float:
        """One record's priority (the formula of tracker.priority, its shared parts looked up)."""
        worth = doc.get("w")
        if worth is None:
            worth = self.assess(doc)[0]
        score = worth * self.w.worth + self.by_article.get(doc["article_id"], 0.0)
        who = speaker(doc)
        if who:
            score += self.by_speaker.get(who, 0.0)
        matches = doc.get("m")
        if matches:
            score += self._twin_points(matches)
        return round(score, 1)

    def live(self, matches: list[list[Any]]) -> list[list[Any]]:
        """A record's twin links as they stand now (records.live_links), checked against the
        hidden claims this ranking keeps: no look-up per link while none of them is hidden."""
        if self.hidden and any(m[0] in self.hidden for m in matches):
            return live_links(matches, self.docs)
        return matches

    def _twin_points(self, matches: list[list[Any]]) -> float:
        known_false = changed = False
        # (no call while nothing is hidden: this runs for every repeat at start-up)
        for m in self.live(matches) if self.hidden else matches:
            changed = changed or m[2] == "changed"
            review = self.reviews.get(m[0])
            known_false = known_false or (
                review is not None and review[1].get("status") in RATED_FALSE
            )
        return twin_points(known_false, changed, self.w)

    # -- changes -------------------------------------------------------------------------
    def warm(self) -> None:
        """Build the twin and speaker indexes now, which the first change would build."""
        self._repeat_index()
        self._speaker_members()

    def repeats(self, claim_ids: Iterable[str]) -> set[str]:
        """The claims that name any of these as an earlier twin."""
        index = self._repeat_index()
        return {r for c in claim_ids for r in index.get(c, ())}

    def _repeat_index(self) -> dict[str, set[str]]:
        if self._repeats is None:
            repeats: dict[str, set[str]] = {}
            for cid, doc in self.docs.items():
                if m := doc.get("m"):
                    twins = self._twins[cid] = tuple(x[0] for x in m)
                    for twin in twins:
                        repeats.setdefault(twin, set()).add(cid)
            self._repeats = repeats
        return self._repeats

    def _name_twins(self, cid: str, doc: Doc | None) -> None:
        """Keep the reverse twin index in step with one record (None: removed)."""
        assert self._repeats is not None
        for twin in self._twins.pop(cid, ()):
            self._repeats.get(twin, set()).discard(cid)
        twins = tuple(m[0] for m in (doc or {}).get("m") or ())
        if twins:
            self._twins[cid] = twins
            for twin in twins:
                self._repeats.setdefault(twin, set()).add(cid)

    def update(self, claims: Iterable[str] = (), reviews: Iterable[str] = ()) -> set[str]:
        """Re-rank after these claims' records and these claims' verdicts changed; returns
        the claims whose priority moved."""
        claims = list(claims)
        rescore: set[str] = set()
        for cid in claims:
            doc = self.docs.get(cid)
            if doc is not None and hidden(doc):
                self.hidden.add(cid)
            else:
                self.hidden.discard(cid)
            rescore |= self._recount(cid, doc)
            if self._repeats is not None:
                self._name_twins(cid, doc)
            if doc is None:
                if self.prio.pop(cid, None) is not None:
                    self.version += 1
            else:
                rescore.add(cid)
        # A dismissed, restored or merged claim stops or starts counting as its repeats' twin.
        rescore |= self.repeats(reviews) | self.repeats(claims)
        moved = set()
        for cid in rescore:
            doc = self.docs.get(cid)
            if doc is not None and self.prio.get(cid) != (p := self.score(doc)):
                self.prio[cid] = p
                moved.add(cid)
        self.version += bool(moved)
        return moved

    def _recount(self, cid: str, doc: Doc | None) -> set[str]:
        """Move a claim between speakers' counts; the claims of a speaker whose points
        moved with it."""
        old = self.who.pop(cid, _GONE)
        new = _GONE if doc is None else speaker(doc)
        if new is not _GONE:
            self.who[cid] = new  # type: ignore[assignment]
        if old == new:
            return set()
        out: set[str] = set()
        for name, delta in ((old, -1), (new, 1)):
            if name is _GONE:
                continue
            self.counts[name] += delta  # type: ignore[index]
            if self._members is not None:  # else built from ``who`` when first needed
                group = self._members.setdefault(name, set())  # type: ignore[arg-type]
                (group.add if delta > 0 else group.discard)(cid)
            if not name:
                continue
            points = speaker_points(self.counts[name], self.w)  # type: ignore[index]
            if points != self.by_speaker.get(name):  # type: ignore[arg-type]
                self.by_speaker[name] = points  # type: ignore[index]
                out |= self._speaker_members().get(name, set())  # type: ignore[arg-type]
        return out

    def _speaker_members(self) -> dict[str | None, set[str]]:
        if self._members is None:
            self._members = {}
            for cid, name in self.who.items():
                self._members.setdefault(name, set()).add(cid)
        return self._members


class Snapshot:
    """The priority order as it stood when taken: the app reads its rows in slices of one
    order. Sorted on first need beyond the top rows."""

    def __init__(self, prio: dict[str, float]) -> None:
        self._prio = dict(prio)  # a copy: changes made since do not reach it
        self._ids: list[str] | None = None

    def slice(self, start: int = 0, stop: int | None = None) -> list[str]:
        """Claim ids ``start:stop`` of the order: highest priority first, ties by id."""
        if self._ids is None and start == 0 and stop is not None and stop * 8 < len(self._prio):
            keys = zip(map(neg, self._prio.values()), self._prio, strict=True)  # (-p, id)
            return [k[1] for k in heapq.nsmallest(stop, keys)]  # the top; the rest unsorted
        return self.ids()[start:stop]

    def ids(self) -> list[str]:
        if self._ids is None:
            # By id, then (a stable sort) by priority: 3x faster than sorting (-p, id) pairs.
            ids = sorted(self._prio)
            ids.sort(key=self._prio.__getitem__, reverse=True)
            self._ids = ids
        return self._ids
