"""The filter bar's search over list rows: field filters, words, and typo tolerance.

Kept out of the app so it can be tested without a terminal, and so its costs are plain to
see: at 100,000 rows a keystroke must cost milliseconds, so every pass is a tight list
comprehension, and typing that extends the previous query searches only the previous hits.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import compress
from operator import attrgetter

from rapidfuzz import fuzz, process

from tracker.errors import TrackerError
from tracker.triage_query import FIELDS as TRIAGE
from tracker.triage_query import TriageTest
from tracker.triage_query import split as split_triage
from tracker.value_search import ValueQuery
from tracker.value_search import parse as parse_values
from tracker.workspace import ClaimRow, parse_kind, parse_status

FIELDS = ("status", "kind", "speaker", "article")
FUZZY_MIN = 3  # shorter words are too ambiguous to correct
FUZZY_CUTOFF = 75.0
FUZZY_WORDS = 8  # spellings tried for one mistyped word
_STRIP = ".,;:!?\"'“”‘’()[]{}"


@dataclass
class Query:
    words: list[str] = field(default_factory=list)
    statuses: set[str] = field(default_factory=set)
    kind: str | None = None
    speaker: str | None = None
    article: str | None = None
    error: str | None = None
    values: ValueQuery | None = None  # figures asked for ('$2bn', 'value:>1e9', 'percent:>50')
    dismissed: bool = False  # status:dismissed: the dismissed claims instead of the others
    triage: TriageTest | None = None  # 'worth:>60', 'priority:>100', 'opinion:no'

    @property
    def empty(self) -> bool:
        return not (
            self.triage
            or self.words
            or self.statuses
            or self.kind
            or self.speaker
            or self.article
            or self.values
            or self.dismissed
        )


def parse_query(text: str) -> Query:
    """'status:false kind:q korea' -> fields and words. A bad field value is reported in
    ``error`` and left out, so the rest of the query still filters."""
    q = Query()
    rest = []
    try:
        q.triage, text = split_triage(text)
    except TrackerError as exc:
        q.error = str(exc)
        text = " ".join(t for t in text.split() if t.partition(":")[0].lower() not in TRIAGE)
    for token in text.split():
        key, sep, value = token.partition(":")
        if not (sep and key in FIELDS and value):
            rest.append(token)
            q.words.append(token.lower())
            continue
        try:
            if key == "status" and value.lower() == "dismissed":
                q.dismissed = True
            elif key == "status":
                q.statuses.add(parse_status(value).value)
            elif key == "kind":
                q.kind = parse_kind(value)[0].upper()
            elif key == "speaker":
                q.speaker = value.lower()
            else:
                q.article = value
        except TrackerError as exc:
            q.error = str(exc)
    try:
        q.values = parse_values(" ".join(rest))
    except TrackerError as exc:
        q.error = str(exc)
    if q.values is not None:  # figures are matched by value; the words around them as text
        q.words = list(q.values.words)
        q.values = ValueQuery((), q.values.tests)
    return q


@dataclass(frozen=True, slots=True)
class View:
    """What the list shows before any filter: the triage queue (unverified claims only,
    unless the filter names a status) and opinion (hidden unless shown or asked for)."""

    queue: bool = False
    opinion: bool = True


def _triage(rows: Sequence[ClaimRow], picked: list[int], q: Query, view: View) -> list[int]:
    """The picked rows the view and the query's triage fields let through."""
    if view.queue and not q.statuses and not q.dismissed:
        picked = [k for k in picked if rows[k].status == "unverified"]
    t = q.triage
    if t is not None and t.opinion is not None:
        picked = [k for k in picked if rows[k].opinion == t.opinion]
    elif not view.opinion and not (t is not None and t.any_opinion):
        picked = [k for k in picked if not rows[k].opinion]
    if t is not None and (t.worth or t.priority):
        picked = [k for k in picked if t.accepts(rows[k].worth, rows[k].priority, rows[k].opinion)]
    return picked


def _shown(rows: Sequence[ClaimRow], view: View) -> list[int]:
    """The places of the rows an empty filter shows in ``view``: not dismissed or merged,
    unverified in the queue, no opinion unless shown. Each row's fields are read and tested
    in C (a set of the allowed values): at 100,000 rows, 5x a comprehension."""
    fields, allowed = ["state"], [""]
    if view.queue:
        fields.append("status")
        allowed.append("unverified")
    if not view.opinion:
        fields.append("opinion")
        allowed.append(False)  # type: ignore[arg-type]
    values = map(attrgetter(*fields), rows)
    ok = {tuple(allowed) if len(allowed) > 1 else allowed[0]}
    return list(compress(range(len(rows)), map(ok.__contains__, values)))


def haystack(row: ClaimRow) -> str:
    return f"{row.text} {row.speaker}".lower()


def priority_key(row: ClaimRow) -> tuple[float, str]:
    """Highest priority first, then by id, as tracker.priority.order_key."""
    return (-row.priority, row.id)


class RowSearch:
    """Rows and their lower-cased text, kept in step with the app's list of all rows."""

    def __init__(self) -> None:
        self.rows: list[ClaimRow] = []
        self.hay: list[str] = []
        self._vocabulary: list[str] | None = None
        self._vocab_rows = 0
        self._words: set[str] = set()
        self._last: tuple[tuple[object, ...], tuple[str, ...], list[int]] | None = None
        self._by_id: dict[str, ClaimRow] | None = None  # id -> its row in ``rows``, lazily
        self._hidden = 0  # rows dismissed or merged: left out unless asked
        self._opinions = 0  # rows of opinion: left out unless shown

    @property
    def hidden(self) -> bool:
        return self._hidden > 0

    @property
    def opinions(self) -> bool:
        return self._opinions > 0

    def reset(self, rows: list[ClaimRow]) -> None:
        self.rows = rows
        self.hay = [haystack(r) for r in rows]
        self._words, self._vocab_rows, self._vocabulary = set(), 0, None
        self._last = self._by_id = None
        self._hidden = sum(1 for r in rows if r.state)
        self._opinions = sum(1 for r in rows if r.opinion)

    def appended(self, fresh: Sequence[ClaimRow]) -> None:
        """Rows were added to the end of ``rows``."""
        self.hay.extend(haystack(r) for r in fresh)
        self._last = None
        if self._by_id is not None:
            self._by_id.update((r.id, r) for r in fresh)
        self._hidden += sum(1 for r in fresh if r.state)
        self._opinions += sum(1 for r in fresh if r.opinion)

    def changed(self) -> None:
        """Rows were replaced in place by the caller (``place`` keeps count itself)."""
        self._last = self._by_id = None
        self._hidden = sum(1 for r in self.rows if r.state)
        self._opinions = sum(1 for r in self.rows if r.opinion)

    def current(self, ids: Iterable[str]) -> dict[str, ClaimRow]:
        """The rows now held for these claims (those read in)."""
        if self._by_id is None:
            self._by_id = {r.id: r for r in self.rows}
        return {c: self._by_id[c] for c in ids if c in self._by_id}

    def insert(self, fresh: Sequence[ClaimRow], in_order: bool) -> None:
        """New claims (added, split off): each at its place by priority when ``rows`` is in
        that order, else at the end (as rows read in)."""
        if not in_order:
            self.rows.extend(fresh)
            self.appended(fresh)
            return
        for row in fresh:
            k = bisect_left(self.rows, priority_key(row), key=priority_key)
            self.rows.insert(k, row)
            self.hay.insert(k, haystack(row))
            if k < self._vocab_rows:
                self._vocab_rows += 1
                self._learn(self.hay[k : k + 1])
            if self._by_id is not None:
                self._by_id[row.id] = row
            self._hidden += bool(row.state)
            self._opinions += bool(row.opinion)
        self._last = None

    def place(self, fresh: dict[str, ClaimRow], in_order: bool) -> bool:
        """Put changed rows in ``rows`` (and their text in ``hay``): where each stands, or,
        when ``rows`` is in priority order and a row's priority moved, at its new place
        (found by bisection: a change costs the rows it touched, not a sort). True when a
        row's priority moved but the rows were not in order (the caller sorts later)."""
        if self._by_id is None:
            self._by_id = {r.id: r for r in self.rows}
        unsorted = False
        for cid, row in fresh.items():
            old = self._by_id.get(cid)
            if old is None:
                continue  # not read in yet (start-up), or no longer there
            moved = old.priority != row.priority
            k = self._find(old, in_order)
            if moved and in_order:
                del self.rows[k], self.hay[k]
                self._vocab_rows -= k < self._vocab_rows
                k = bisect_left(self.rows, priority_key(row), key=priority_key)
                self.rows.insert(k, row)
                self.hay.insert(k, haystack(row))
                self._vocab_rows += k < self._vocab_rows  # rows [0, _vocab_rows) stay learnt
            else:
                unsorted = unsorted or moved
                self.rows[k], self.hay[k] = row, haystack(row)
            self._by_id[cid] = row
            self._hidden += bool(row.state) - bool(old.state)
            self._opinions += bool(row.opinion) - bool(old.opinion)
            if k < self._vocab_rows:  # its words (a new speaker) join those already learnt
                self._learn(self.hay[k : k + 1])
        self._last = None
        return unsorted

    def _find(self, row: ClaimRow, in_order: bool) -> int:
        """Where ``row`` (the very object) stands in ``rows``."""
        if in_order:
            k = bisect_left(self.rows, priority_key(row), key=priority_key)
            if k < len(self.rows) and self.rows[k] is row:
                return k
        return self.rows.index(row)

    def learn_words(self, limit: int | None = None) -> bool:
        """Add the words of up to ``limit`` more rows to the vocabulary; True when every row's
        words are in. At 100,000 rows the whole pass takes most of a second, so the app runs
        it in slices while idle rather than on the first mistyped word."""
        stop = len(self.hay) if limit is None else min(len(self.hay), self._vocab_rows + limit)
        if self._vocab_rows < stop:
            self._learn(self.hay[self._vocab_rows : stop])
            self._vocab_rows = stop
        return self._vocab_rows >= len(self.hay)

    def _learn(self, hay: list[str]) -> None:
        # Distinct tokens first (in C), punctuation stripped from those only: 100,000 rows
        # hold millions of tokens but a few tens of thousands of distinct ones.
        tokens = set(" ".join(set(hay)).split())
        self._words.update({w.strip(_STRIP) for w in tokens})
        self._words.discard("")
        self._vocabulary = None

    def vocabulary(self) -> list[str]:
        """Distinct words of all rows, for correcting a mistyped word."""
        self.learn_words()
        if self._vocabulary is None:
            self._vocabulary = sorted(self._words)
        return self._vocabulary

    def spellings(self, word: str) -> list[str]:
        """Words in the rows close to ``word`` (a typo: 'koera' -> 'korea')."""
        hits = process.extract(
            word,
            self.vocabulary(),
            scorer=fuzz.ratio,
            processor=None,
            score_cutoff=FUZZY_CUTOFF,
            limit=FUZZY_WORDS,
        )
        return [h[0] for h in hits]

    @staticmethod
    def in_view(rows: Sequence[ClaimRow], view: View) -> list[ClaimRow]:
        """The rows an empty filter shows in ``view`` (what ``search`` gives for no query)."""
        return [
            rows[k]
            for k in _triage(rows, [k for k, r in enumerate(rows) if not r.state], Query(), view)
        ]

    def search(
        self, q: Query, allowed: set[str] | None = None, view: View | None = None
    ) -> tuple[list[ClaimRow], list[str]]:
        """The rows matching ``q`` (and, when given, whose ids are ``allowed``: the claims
        stating the figures asked for) in the ``view`` (the queue, opinion shown or not), in
        list order, and the corrections made to mistyped words ('koera~korea'), which the
        caller can show."""
        rows = self.rows
        view = view or View()
        if q.empty and not self.hidden and not view.queue and (view.opinion or not self.opinions):
            return rows, []
        fields = (
            view,
            q.triage,
            len(rows),
            frozenset(q.statuses),
            q.kind,
            q.speaker,
            q.article,
            q.values,
            q.dismissed,
        )
        last = self._last
        # Typing narrows: when each word extends the one typed before (and the field
        # filters are unchanged), only the previous hits can match.
        if (
            last is not None
            and last[0] == fields
            and len(q.words) >= len(last[1])
            and all(old in new for old, new in zip(last[1], q.words, strict=False))
        ):
            picked = last[2]
        elif q.empty:  # the list as it opens: one pass in C, the rows the passes below give
            picked = _shown(rows, view)
        else:
            picked = self._by_fields(q, allowed, view)
        picked, corrections = self._by_words(q.words, picked)
        exact = not corrections
        self._last = (fields, tuple(q.words), picked) if exact and picked else None
        return list(map(rows.__getitem__, picked)), corrections

    def _by_fields(self, q: Query, allowed: set[str] | None, view: View) -> list[int]:
        """Indices of the rows that pass the query's field filters, the view and ``allowed``."""
        rows = self.rows
        picked = list(range(len(rows)))
        if q.dismissed:  # dismissed claims leave triage unless asked for
            picked = [k for k in picked if rows[k].state == "dismissed"]
        elif self.hidden:
            picked = [k for k in picked if not rows[k].state]
        picked = _triage(rows, picked, q, view)
        if q.statuses:
            picked = [k for k in picked if rows[k].status in q.statuses]
        if q.kind is not None:
            picked = [k for k in picked if q.kind in rows[k].kinds]
        if q.speaker is not None:
            picked = [k for k in picked if q.speaker in rows[k].speaker.lower()]
        if q.article is not None:
            picked = [k for k in picked if rows[k].article_id.startswith(q.article)]
        if allowed is not None:
            picked = [k for k in picked if rows[k].id in allowed]
        return picked

    def _by_words(self, words: Sequence[str], picked: list[int]) -> tuple[list[int], list[str]]:
        """Of ``picked``, the rows holding every word (a mistyped word by its near spellings),
        and the corrections made ('koera~korea')."""
        hay = self.hay
        corrections = []
        for w in words:  # one tight pass per word: cheaper than one pass testing all
            found = [k for k in picked if w in hay[k]]
            # A number is never corrected to another number ('150000' is not '100000').
            if not found and len(w) >= FUZZY_MIN and not any(c.isdigit() for c in w):
                # Nothing contains the word as typed: try the rows' own words near it.
                near = self.spellings(w)
                if near:
                    corrections.append(f"{w}~{'/'.join(near[:3])}")
                    rx = re.compile("|".join(re.escape(n) for n in near))
                    found = [k for k in picked if rx.search(hay[k])]
            picked = found
        return picked, corrections
