"""A person's corrections, stored: edit, dismiss, restore, merge, split and add claims.

A mixin of the Workspace (it uses the Workspace's store, indexes and audit chain). Each
correction is one transaction and one audit event per claim it touches, with the stored
record before and after, so `undo` puts back exactly what was there. The first time a
machine claim is corrected, its record keeps what the machine said (``mc``): the
corrections export pairs the two.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from tracker import corrections as fix
from tracker.errors import InvalidValueError, NotFoundError, TrackerError
from tracker.model import MACHINE, Claim, Quantity
from tracker.records import (
    MACHINE_FIELDS,
    decode_claim,
    encode_claim,
    hidden,
    live_links,
    touched_by_person,
)
from tracker.reextract import ArticlePlan, plan_article, reviewed
from tracker.store import ARTICLES, CLAIMS
from tracker.triage import assessed

if TYPE_CHECKING:
    from tracker.twins import TwinVerdict
    from tracker.value_search import ValueQuery
    from tracker.workspace import Workspace

CORRECTIONS = (
    "claim.edited",
    "claim.dismissed",
    "claim.restored",
    "claim.merged",
    "claim.split",
    "claim.added",
    "article.reextracted",
    "correction.imported",
)
# The table of corrected records, each shadowing the claim's record in the claims table.
CORRECTED = "corrected"


@dataclass(slots=True)
class CorrectionsImport:
    applied: int = 0
    unchanged: int = 0
    bad: list[tuple[int, str]] = field(default_factory=list)


@dataclass(slots=True, frozen=True)
class QuantityFix:
    """Changes to one quantity (1-based number as `tracker show` lists them); None: keep."""

    number: int | None  # None: the claim's only quantity
    value: float | None = None
    unit: str | None = None
    approx: str | None = None
    clear_value: bool = False
    kind: str | None = None


def _record(claim: Claim, old: dict[str, Any] | None) -> dict[str, Any]:
    """The stored record of a corrected claim, carrying what the machine first said (its
    worth assessed afresh: a person may have changed its words or figures)."""
    new = encode_claim(assessed(claim), claim.article_id)
    if old is not None:
        for key in ("mg", "mc"):
            if key in old:
                new[key] = old[key]
        if "mc" not in new and old.get("o", MACHINE) == MACHINE and claim.origin != MACHINE:
            new["mc"] = {k: old[k] for k in MACHINE_FIELDS if k in old}
    return new


class Corrections:
    """Workspace methods for a person's corrections (see the module docstring)."""

    # -- reading ---------------------------------------------------------------------------
    def article_speakers(self: Workspace, article_id: str) -> list[str]:
        """The speakers the article's claims name, most frequent first (for a picker)."""
        self._index()
        counts: dict[str, int] = {}
        for doc in self._claim_docs.values():
            if doc["article_id"] == article_id and not hidden(doc):
                who = decode_claim(doc).speaker
                if who:
                    counts[who] = counts.get(who, 0) + 1
        return sorted(counts, key=lambda s: (-counts[s], s.lower()))

    # -- corrections -------------------------------------------------------------------------
    def edit_claim(
        self: Workspace,
        claim_id: str,
        *,
        speaker: str | None = None,
        kinds: Sequence[str] | None = None,
        quantity: QuantityFix | None = None,
        remove: Sequence[int] = (),
        add_quantity: str | None = None,
        by: str | None = None,
    ) -> Claim:
        """Correct a claim's speaker, quantities or kinds. Quantity numbers refer to the
        claim as it was (as `tracker show` numbered them): set, then remove, then add."""
        changes = dict(
            speaker=speaker,
            kinds=kinds,
            quantity=quantity,
            remove=remove,
            add_quantity=add_quantity,
        )
        return self.edit_claims([claim_id], by=by, **changes)[0]  # type: ignore[arg-type]

    def edit_claims(
        self: Workspace, claim_ids: Sequence[str], by: str | None = None, **changes: Any
    ) -> list[Claim]:
        """The same correction (as :meth:`edit_claim` takes it) to several claims: all or
        none, one change for `undo`."""
        with self.store.transaction():
            ids = self.resolve_ids(claim_ids)
            pairs = [(c, self._edited(c, **changes)) for c in map(self.claim, ids)]
            edited = [new for old, new in pairs if replace(new, origin=old.origin) != old]
            if not edited:  # one claim that already says it is an error; of several, each
                raise InvalidValueError(
                    "nothing to change (the claim already says that; give --speaker, --kind "
                    "or a quantity)"
                )
            self._put_claims([("claim.edited", c.id, c) for c in edited], by)
        return [self.claim(cid) for cid in ids]

    def _edited(
        self: Workspace,
        claim: Claim,
        *,
        speaker: str | None = None,
        kinds: Sequence[str] | None = None,
        quantity: QuantityFix | None = None,
        remove: Sequence[int] = (),
        add_quantity: str | None = None,
    ) -> Claim:
        from tracker.extract import find_quantities

        if speaker is not None:
            claim = fix.set_speaker(claim, speaker)
        if quantity is not None:
            claim = fix.set_quantity(claim, quantity.number, **_quantity_changes(quantity))
        if remove:
            claim = fix.remove_quantities(claim, remove)
        if add_quantity is not None:
            text = self.article(claim.article_id).text
            s, e = fix.one_place(text, add_quantity, claim.start, claim.end)
            found = find_quantities(text, s, e) or [_unread_figure(text, s, e)]
            for q in found:
                claim = fix.add_quantity(claim, q)
        if kinds is not None:
            claim = fix.set_kinds(claim, kinds)
        return claim

    def dismiss(self: Workspace, claim_ids: Sequence[str], by: str | None = None) -> list[Claim]:
        """Not a claim: out of triage, exports and matching, until restored."""
        return self._set_dismissed(claim_ids, True, by)

    def restore(self: Workspace, claim_ids: Sequence[str], by: str | None = None) -> list[Claim]:
        return self._set_dismissed(claim_ids, False, by)

    def _set_dismissed(
        self: Workspace, claim_ids: Sequence[str], value: bool, by: str | None
    ) -> list[Claim]:
        action = "claim.dismissed" if value else "claim.restored"
        with self.store.transaction():
            ids = self.resolve_ids(claim_ids)
            changes = []
            for cid in ids:
                claim = self.claim(cid)
                if claim.merged_into:
                    raise InvalidValueError(f"claim {cid} was merged into {claim.merged_into}")
                if claim.dismissed != value:
                    changes.append((action, cid, replace(claim, dismissed=value)))
            self._put_claims(changes, by)
        return [self.claim(cid) for cid in ids]

    def merge(
        self: Workspace,
        keep_id: str,
        other_ids: Sequence[str],
        by: str | None = None,
        force: bool = False,
    ) -> Claim:
        """One statement, several claims: the others fold into ``keep_id``; their notes,
        evidence, verdict (if the survivor has none) and earlier twins move to it. Claims of
        different articles are no one statement; claims with different verdicts merge only
        with ``force`` (the survivor's verdict stands)."""
        with self.store.transaction():
            keep = self.claim(keep_id)
            others = [self.claim(c) for c in dict.fromkeys(other_ids)]
            _check_merge(keep, others, force)
            gone = {o.id for o in others}
            matches = {m.claim_id: m for m in keep.matches}
            for o in others:
                for m in o.matches:
                    if m.claim_id not in gone and m.claim_id != keep.id:
                        matches.setdefault(m.claim_id, m)
            review = self._review_doc(keep.id)
            review_before = dict(review)
            for o in others:
                theirs = self._review_doc(o.id)
                review["notes"] = [*review.get("notes", []), *theirs.get("notes", [])]
                review["evidence"] = list(
                    dict.fromkeys([*review.get("evidence", []), *theirs.get("evidence", [])])
                )
                if review.get("status", "unverified") == "unverified":
                    review["status"] = theirs.get("status", "unverified")
            survivor = replace(keep, matches=tuple(matches.values()))
            changes = [("claim.merged", o.id, replace(o, merged_into=keep.id)) for o in others]
            changes.append(("claim.merged", keep.id, survivor))
            self._put_claims(changes, by, merged=(keep.id, sorted(gone), review_before, review))
        return self.claim(keep.id)

    def split(
        self: Workspace,
        claim_id: str,
        at: int | None = None,
        before_words: str | None = None,
        by: str | None = None,
    ) -> tuple[Claim, Claim]:
        """Two statements in one claim: cut it at article offset ``at`` (or before words)."""
        with self.store.transaction():
            claim = self.claim(claim_id)
            text = self.article(claim.article_id).text
            if before_words is not None:
                at = fix.one_place(text, before_words, claim.start, claim.end)[0]
            if at is None:
                raise InvalidValueError(
                    "give the offset to split at (--at) or the words (--before)"
                )
            first, second = fix.split_claim(claim, text, at)
            self._check_free(second.id)
            self._put_claims(
                [("claim.split", first.id, first), ("claim.split", second.id, second)], by
            )
        return self.claim(first.id), self.claim(second.id)

    def add_claim(
        self: Workspace,
        article_id: str,
        text: str | None = None,
        start: int | None = None,
        end: int | None = None,
        by: str | None = None,
    ) -> Claim:
        """A claim the extractor missed, by its words (found in the article) or its span; its
        quantities and speaker come from the extractor's reading of that span."""
        from tracker.extract import extract_text, find_quantities

        with self.store.transaction():
            self._index()
            article = self.article(article_id)
            body = article.text
            if text is not None:
                start, end = fix.one_place(body, text)
            if start is None or end is None:
                raise InvalidValueError(
                    "give the claim's words (--text) or its span (--start/--end)"
                )
            start, end = fix.check_span(body, start, end)
            claim = fix.claim_from_span(
                body,
                article.id,
                start,
                end,
                find_quantities(body, start, end),
                extract_text(body, article.id),
            )
            self._check_free(claim.id)
            self._put_claims([("claim.added", claim.id, claim)], by)
        return self.claim(claim.id)

    def reextract(
        self: Workspace, article_ids: Sequence[str] = (), by: str | None = None
    ) -> list[ArticlePlan]:
        """Run the current extractor over stored articles (all, or these): machine claims are
        refreshed, a person's kept (see tracker.reextract). One audit event per changed
        article, holding the records it replaced; `undo` puts them back."""
        import tracker.extract as extraction  # looked up at call time: tests swap it

        with self.store.transaction():
            self._index()
            articles = [
                d for d in self.store.raw(ARTICLES).values() if not d.get("imported")
            ]  # an archive's rows are not extracted claims
            if article_ids:
                known = {d["id"]: d for d in articles}
                missing = [a for a in article_ids if a not in known]
                if missing:
                    raise NotFoundError(f"no ingested article with id {missing[0]!r}")
                articles = [known[a] for a in dict.fromkeys(article_ids)]
            stored: dict[str, list[dict[str, Any]]] = {}
            for doc in self._claim_docs.values():
                stored.setdefault(doc["article_id"], []).append(doc)
            with_review = {cid for cid, (_k, doc) in self._reviews.items() if reviewed(doc)}
            plans, changes, events = [], {}, []
            for art in articles:
                given = {"speaker": art["speaker"]} if art.get("speaker") else {}  # a speech
                fresh = extraction.extract_text(art["text"], art["id"], **given)
                plan = plan_article(art["id"], stored.get(art["id"], []), with_review, fresh)
                plans.append(plan)
                if plan.changed:
                    events.append(self._apply_plan(plan, changes, by))
            self._write_records(changes, in_place=False)
            self._save_assessments()  # records from before worth was stored get theirs
            self._append_events(events)
        return plans

    def _apply_plan(
        self: Workspace,
        plan: ArticlePlan,
        changes: dict[str, dict[str, Any] | None],
        by: str | None,
    ) -> dict[str, Any]:
        """Add one article's plan to ``changes``; return its audit event."""
        before: dict[str, Any] = {}
        after: dict[str, Any] = {}
        for old in plan.removed:
            before[old["id"]] = old
            changes[old["id"]] = None
        for old, claim in plan.refreshed:  # its earlier twins stay with it
            claim = assessed(replace(claim, matches=decode_claim(old).matches))
            new = encode_claim(claim, plan.article_id)
            before[old["id"]], after[claim.id] = old, new
            changes[claim.id] = new
        if plan.added:
            index = self._match_index()
            for claim in plan.added:
                new = encode_claim(
                    assessed(replace(claim, matches=self._earlier_twins(index, claim))),
                    plan.article_id,
                )
                after[claim.id] = changes[claim.id] = new
        return dict(
            action="article.reextracted",
            article_id=plan.article_id,
            before=before,
            after=after,
            data={"change": plan.summary(), "kept": plan.kept},
            actor=by or self.actor,
        )

    def correction_records(self: Workspace) -> list[dict[str, Any]]:
        """The stored records of every claim a person touched (dismissed and merged included)."""
        self._index()
        return [d for d in self._claim_docs.values() if touched_by_person(d)]

    def import_corrections(
        self: Workspace, lines: Iterable[str], by: str | None = None
    ) -> CorrectionsImport:
        """Take in a corrections export for articles this database holds; unreadable lines,
        unknown articles and spans that do not fit the article are skipped and named."""
        from tracker.corrections_io import read_lines, record_from

        report = CorrectionsImport()
        with self.store.transaction():
            self._index()
            changes: dict[str, dict[str, Any] | None] = {}
            events = []
            for n, line in read_lines(lines):
                try:
                    if isinstance(line, str):
                        raise InvalidValueError(line)
                    article = self.article(str(line.get("article_id")))
                    new = record_from(line, article.text)
                except TrackerError as exc:
                    report.bad.append((n, str(exc)))
                    continue
                old = changes.get(new["id"]) or self._claim_docs.get(new["id"])
                if old is not None:
                    new["m"] = old.get("m", [])  # earlier twins are this database's own finding
                if old == new:
                    report.unchanged += 1
                    continue
                changes[new["id"]] = new
                data = {"change": describe(old, new) if old else "added", "line": n}
                events.append(
                    dict(
                        action="correction.imported",
                        claim_id=new["id"],
                        before=old,
                        after=new,
                        data=data,
                        actor=by or self.actor,
                    )
                )
            self._write_records(changes)
            self._append_events(events)
            report.applied = len(changes)
        return report

    def twin_verdict(self: Workspace, claim_id: str) -> TwinVerdict | None:
        """The verdict an exact (or near-exact) twin with the same figures suggests."""
        from tracker.twins import suggest

        def lookup(cid: str) -> Claim | None:
            return self._to_claim(self._claim_docs[cid]) if cid in self._claim_docs else None

        return suggest(self.claim(claim_id), lookup)

    def mark_from_twin(
        self: Workspace, claim_ids: Sequence[str], by: str | None = None
    ) -> list[Claim]:
        """Give claims their exact twins' verdict: one change (one undo), all or nothing; the
        audit event names the twin it came from."""
        from tracker.twins import note_for

        actor = by or self.actor
        with self.store.transaction():
            ids = self.resolve_ids(claim_ids)
            found = {cid: self.twin_verdict(cid) for cid in ids}
            missing = [cid for cid, t in found.items() if t is None]
            if missing:
                raise InvalidValueError(
                    f"claim {missing[0]} has no exact twin with a verdict and the same figures"
                )

            def carry(review: dict[str, Any]) -> dict[str, Any]:
                twin = found[review["claim_id"]]
                assert twin is not None
                before = review.get("status", "unverified")
                note = note_for(twin)
                review["status"] = twin.status.value
                review["notes"] = [*review.get("notes", []), self._note(note, actor)]
                return dict(
                    action="status.changed",
                    before=before,
                    after=twin.status.value,
                    data={
                        "note": note,
                        "evidence": [],
                        "evidence_before": list(review.get("evidence", [])),
                        "from_twin": twin.claim_id,
                    },
                )

            return self._change_reviews(ids, actor, carry)

    def carry_twin_verdicts(
        self: Workspace, article_ids: Sequence[str], by: str | None = None
    ) -> list[Claim]:
        """After an ingest: the new articles' unverified claims that have an exact twin with a
        verdict take it (the off-by-default `ingest --carry-verdicts`)."""
        self._index()
        wanted = set(article_ids)
        ids = [
            cid
            for cid, doc in self._claim_docs.items()
            if doc["article_id"] in wanted
            and doc.get("m")
            and not hidden(doc)
            and self._to_claim(doc).status.value == "unverified"
            and self.twin_verdict(cid) is not None
        ]
        return self.mark_from_twin(ids, by) if ids else []

    def ids_with_figures(self: Workspace, query: ValueQuery) -> set[str]:
        """Claims stating the figures a search asks for (the TUI filter's value search)."""
        from tracker.value_search import FigureIndex

        key, docs = self.figure_index_source()
        if getattr(self, "_figures_for", None) != key:
            self.use_figure_index(key, FigureIndex(docs))
        return self._figures.matching(query)

    def _figure_key(self: Workspace) -> tuple[int, int, int]:
        """Changes whenever the claims do: a reload, a claim added or removed, a record written."""
        return (self.store.generation, len(self._claim_docs), getattr(self, "_record_writes", 0))

    def figure_index_source(self: Workspace) -> tuple[tuple[int, int, int], list[dict[str, Any]]]:
        """The claims the value index is built from, as a list of their records, and what
        they are (its key): the app builds the index from this in the background."""
        self._index()
        return self._figure_key(), list(self._claim_docs.values())

    def use_figure_index(self: Workspace, key: tuple[int, int, int], index: Any) -> bool:
        """Keep a value index built from ``figure_index_source``, unless the claims changed
        since (then the next value search builds its own)."""
        if key != self._figure_key():
            return False
        self._figures, self._figures_for = index, key
        return True

    def _live_twins(self: Workspace, claim: Claim) -> Claim:
        """The claim's earlier twins as they stand now: one dismissed since is no claim and
        leaves the list; one merged away since is its survivor (match links move with a
        merge, the links to it as well as its own)."""
        links: list[list[Any]] = [[m.claim_id, m] for m in claim.matches]
        live = live_links(links, self._claim_docs)
        if live is links:
            return claim
        return replace(claim, matches=tuple(replace(m, claim_id=target) for target, m in live))

    def _check_free(self: Workspace, claim_id: str) -> None:
        doc = self._claim_docs.get(claim_id)
        if doc is None:
            return
        if doc.get("d"):
            raise InvalidValueError(
                f"claim {claim_id} has that span and was dismissed: `tracker restore {claim_id}`"
            )
        raise InvalidValueError(f"claim {claim_id} already has that span")

    # -- storage ---------------------------------------------------------------------------
    def _put_claims(
        self: Workspace,
        changes: Sequence[tuple[str, str, Claim]],
        by: str | None,
        merged: tuple[str, list[str], dict[str, Any], dict[str, Any]] | None = None,
    ) -> None:
        """Write corrected claims and one audit event each (inside the caller's transaction)."""
        actor = by or self.actor
        events = []
        for action, cid, claim in changes:
            old = self._claim_docs.get(cid)
            new = _record(claim, old)
            data: dict[str, Any] = {"change": describe(old, new)}
            if merged is not None and cid == merged[0]:
                new["mg"] = [*new.get("mg", []), *merged[1]]
                self._save_review(cid, merged[3], actor)
                data.update(review_before=merged[2], review_after=merged[3], merged=merged[1])
            self._write_records({cid: new})
            events.append(
                dict(action=action, claim_id=cid, before=old, after=new, data=data, actor=actor)
            )
        self._append_events(events)

    def _write_records(
        self: Workspace, changes: dict[str, dict[str, Any] | None], in_place: bool = True
    ) -> None:
        """Store claims' records (None: remove the claim), inside the caller's transaction,
        and keep the indexes in step.

        A correction of a stored claim (``in_place``) goes to the small ``corrected`` table,
        which shadows the claim's record: the claims table, 65 MB at 100,000 claims, is then
        written from its bytes on disk, and a correction costs what a mark costs. New claims,
        removals and re-extraction change the claims table itself.
        """
        storage = self.store.storage
        tables = storage.read() or {}
        claims = tables.get(CLAIMS, {})
        doc_ids = self._claim_doc_ids(claims)
        shadow = {d["id"]: k for k, d in tables.get(CORRECTED, {}).items()}
        ops: list[tuple[str, str | None, str, dict[str, Any] | None]] = []
        for cid, record in changes.items():
            base = doc_ids.get(cid)
            if cid in shadow:
                ops.append((CORRECTED, shadow[cid], cid, None))
            if in_place and record is not None and base is not None:
                if record != claims[base]:
                    ops.append((CORRECTED, None, cid, record))
            else:
                ops.append((CLAIMS, base, cid, record))
        for name in {op[0] for op in ops}:
            storage.touch(name)  # before the change, as the storage asks
        for name, key, cid, record in ops:
            table = tables.setdefault(name, {})
            if record is None:
                del table[key]  # type: ignore[arg-type]
                if name == CLAIMS:
                    del doc_ids[cid]
                continue
            if key is None:
                key = str(max(map(int, table), default=0) + 1)
                if name == CLAIMS:
                    doc_ids[cid] = key
            table[key] = dict(record)  # a new object: only it is serialised again
        storage.write(tables)
        self._record_writes = getattr(self, "_record_writes", 0) + 1  # figures may differ
        self._claim_keys = (self.store.generation, len(tables.get(CLAIMS, {})))
        for cid, record in changes.items():
            if record is None:
                self._claim_docs.pop(cid, None)
            else:
                self._claim_docs[cid] = record
        self._triage_changed(claims=changes)
        if any(r is None for r in changes.values()):
            self._matcher = None  # its slots follow the stored order: rebuild when next used

    def _claim_doc_ids(self: Workspace, table: Mapping[str, dict[str, Any]]) -> dict[str, str]:
        """Claim id -> its document key, kept while the data is neither reloaded nor grown
        by someone else (an ingest appends; this module keeps it in step itself)."""
        key = (self.store.generation, len(table))
        if getattr(self, "_claim_keys", None) != key or not hasattr(self, "_doc_ids"):
            self._doc_ids = {d["id"]: k for k, d in table.items()}
            self._claim_keys = key
        return self._doc_ids

    def _undo_correction(self: Workspace, event: dict[str, Any], actor: str) -> dict[str, Any]:
        """Put a claim's record (and, for a merge, its review) back as the event found it."""
        if event["action"] == "article.reextracted":
            return self._undo_reextract(event, actor)
        cid = event["claim_id"]
        current = self._claim_docs.get(cid)
        self._write_records({cid: event.get("before")})
        data = event.get("data") or {}
        if "review_before" in data:
            review = dict(data["review_before"] or {"claim_id": cid, "status": "unverified"})
            self._save_review(cid, review, actor)
        return dict(
            action="undo",
            claim_id=cid,
            before=current,
            after=event.get("before"),
            data={
                "undoes": event["seq"],
                "undone_action": event["action"],
                "change": describe(current, event.get("before")),
            },
            actor=actor,
        )

    def _undo_reextract(self: Workspace, event: dict[str, Any], actor: str) -> dict[str, Any]:
        before, after = event.get("before") or {}, event.get("after") or {}
        self._write_records({cid: before.get(cid) for cid in {*before, *after}}, in_place=False)
        return dict(
            action="undo",
            article_id=event.get("article_id"),
            before=after,
            after=before,
            data={"undoes": event["seq"], "undone_action": event["action"]},
            actor=actor,
        )


def _unread_figure(text: str, start: int, end: int) -> Quantity:
    """Words a person says state a figure that the extractor does not read (a date, a
    name it set aside): a quantity with no value yet, if the words hold a digit at all."""
    if not any(ch.isdigit() for ch in text[start:end]):
        raise InvalidValueError(
            f"{text[start:end][:60]!r} states no figure (give the words with the number)"
        )
    return Quantity(text[start:end], start, end, None, "other")


def _check_merge(keep: Claim, others: Sequence[Claim], force: bool) -> None:
    """A merge joins one statement found several times: same article, one verdict."""
    if not others or any(o.id == keep.id for o in others):
        raise InvalidValueError("merge needs a claim to keep and other, different claims")
    for c in (keep, *others):
        if c.merged_into:
            raise InvalidValueError(f"claim {c.id} was already merged into {c.merged_into}")
        if c.article_id != keep.article_id:
            raise InvalidValueError(
                f"claims {keep.id} and {c.id} are from different articles: a merge joins one "
                "statement (matching links twins across articles)"
            )
    verdicts = {c.status.value for c in (keep, *others)} - {"unverified"}
    if len(verdicts) > 1 and not force:
        raise InvalidValueError(
            f"the claims have different verdicts ({', '.join(sorted(verdicts))}): mark them "
            "alike first, or `tracker merge --force` keeps the survivor's"
        )


def _quantity_changes(q: QuantityFix) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if q.clear_value:
        out["value"] = None
    elif q.value is not None:
        out["value"] = q.value
    if q.unit is not None:
        out["unit"] = q.unit
    if q.approx is not None:
        out["approx"] = q.approx
    if q.kind is not None:
        out["kind"] = q.kind
    return out


def describe(old: dict[str, Any] | None, new: dict[str, Any] | None) -> str:
    """One line saying what a correction changed, for the audit listing."""
    if old is None:
        return f"added {new['start']}-{new['end']}" if new else ""
    if new is None:
        return f"removed {old['start']}-{old['end']}"
    parts = []
    a, b = decode_claim(old), decode_claim(new)
    if a.speaker != b.speaker:
        parts.append(f"speaker {a.speaker!r} -> {b.speaker!r}")
    if a.kinds != b.kinds:
        parts.append(f"kinds {','.join(a.kinds) or '-'} -> {','.join(b.kinds) or '-'}")
    if a.quantities != b.quantities:
        parts.append(f"quantities {_figures(a)} -> {_figures(b)}")
    if (a.start, a.end) != (b.start, b.end):
        parts.append(f"span {a.start}-{a.end} -> {b.start}-{b.end}")
    if a.dismissed != b.dismissed:
        parts.append("dismissed" if b.dismissed else "restored")
    if a.merged_into != b.merged_into:
        parts.append(f"merged into {b.merged_into}" if b.merged_into else "unmerged")
    if old.get("mg") != new.get("mg"):
        parts.append(f"merged in {', '.join(new.get('mg') or []) or 'nothing'}")
    if len(a.matches) != len(b.matches):
        parts.append(f"twins {len(a.matches)} -> {len(b.matches)}")
    return "; ".join(parts)


def _figures(c: Claim) -> str:
    return "[" + ", ".join(f"{q.text}={q.value} {q.unit or ''}".strip() for q in c.quantities) + "]"
