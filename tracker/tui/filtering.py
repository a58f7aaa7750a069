"""The filter bar's search over list rows: field filters, words, and typo tolerance.

Kept out of the app so it can be tested without a terminal, and so its costs are plain to
see: at 100,000 rows a keystroke must cost milliseconds, so every pass is a tight list
comprehension, and typing that extends the previous query searches only the previous hits.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

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


def haystack(row: ClaimRow) -> str:
    return f"{row.text} {row.speaker}".lower()


class RowSearch:
    """Rows and their lower-cased text, kept in step with the app's list of all rows."""

    def __init__(self) -> None:
        self.rows: list[ClaimRow] = []
        self.hay: list[str] = []
        self._vocabulary: list[str] | None = None
        self._vocab_rows = 0
        self._words: set[str] = set()
        self._last: tuple[tuple[object, ...], tuple[str, ...], list[int]] | None = None
        self.hidden = False  # some rows are dismissed or merged: leave them out unless asked
        self.opinions = False  # some rows are opinion: left out unless shown

    def reset(self, rows: list[ClaimRow]) -> None:
        self.rows = rows
        self.hay = [haystack(r) for r in rows]
        self._words, self._vocab_rows, self._vocabulary = set(), 0, None
        self._last = None
        self.hidden = any(r.state for r in rows)
        self.opinions = any(r.opinion for r in rows)

    def appended(self, fresh: Sequence[ClaimRow]) -> None:
        """Rows were added to the end of ``rows``."""
        self.hay.extend(haystack(r) for r in fresh)
        self._last = None
        self.hidden = self.hidden or any(r.state for r in fresh)
        self.opinions = self.opinions or any(r.opinion for r in fresh)

    def changed(self) -> None:
        """Rows were replaced in place (a mark, a dismissal): text does not differ."""
        self._last = None
        self.hidden = any(r.state for r in self.rows)

    def learn_words(self, limit: int | None = None) -> bool:
        """Add the words of up to ``limit`` more rows to the vocabulary; True when every row's
        words are in. At 100,000 rows the whole pass takes most of a second, so the app runs
        it in slices while idle rather than on the first mistyped word."""
        stop = len(self.hay) if limit is None else min(len(self.hay), self._vocab_rows + limit)
        if self._vocab_rows < stop:
            # Distinct tokens first (in C), punctuation stripped from those only: 100,000 rows
            # hold millions of tokens but a few tens of thousands of distinct ones.
            tokens = set(" ".join(set(self.hay[self._vocab_rows : stop])).split())
            self._words.update({w.strip(_STRIP) for w in tokens})
            self._words.discard("")
            self._vocab_rows = stop
            self._vocabulary = None
        return self._vocab_rows >= len(self.hay)

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
        rows, hay = self.rows, self.hay
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
        else:
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
        corrections = []
        exact = True
        for w in q.words:  # one tight pass per word: cheaper than one pass testing all
            found = [k for k in picked if w in hay[k]]
            # A number is never corrected to another number ('150000' is not '100000').
            if not found and len(w) >= FUZZY_MIN and not any(c.isdigit() for c in w):
                # Nothing contains the word as typed: try the rows' own words near it.
                near = self.spellings(w)
                if near:
                    corrections.append(f"{w}~{'/'.join(near[:3])}")
                    exact = False
                    rx = re.compile("|".join(re.escape(n) for n in near))
                    found = [k for k in picked if rx.search(hay[k])]
            picked = found
        self._last = (fields, tuple(q.words), picked) if exact and picked else None
        return [rows[k] for k in picked], corrections
