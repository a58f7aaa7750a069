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

    @property
    def empty(self) -> bool:
        return not (self.words or self.statuses or self.kind or self.speaker or self.article)


def parse_query(text: str) -> Query:
    """'status:false kind:q korea' -> fields and words. A bad field value is reported in
    ``error`` and left out, so the rest of the query still filters."""
    q = Query()
    for token in text.split():
        key, sep, value = token.partition(":")
        if not (sep and key in FIELDS and value):
            q.words.append(token.lower())
            continue
        try:
            if key == "status":
                q.statuses.add(parse_status(value).value)
            elif key == "kind":
                q.kind = parse_kind(value)[0].upper()
            elif key == "speaker":
                q.speaker = value.lower()
            else:
                q.article = value
        except TrackerError as exc:
            q.error = str(exc)
    return q


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

    def reset(self, rows: list[ClaimRow]) -> None:
        self.rows = rows
        self.hay = [haystack(r) for r in rows]
        self._words, self._vocab_rows, self._vocabulary = set(), 0, None
        self._last = None

    def appended(self, fresh: Sequence[ClaimRow]) -> None:
        """Rows were added to the end of ``rows``."""
        self.hay.extend(haystack(r) for r in fresh)
        self._last = None

    def changed(self) -> None:
        """Rows were replaced in place (a mark): statuses may differ, text does not."""
        self._last = None

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

    def search(self, q: Query) -> tuple[list[ClaimRow], list[str]]:
        """The rows matching ``q``, in list order, and the corrections made to mistyped
        words ('koera~korea'), which the caller can show."""
        rows, hay = self.rows, self.hay
        if q.empty:
            return rows, []
        fields = (len(rows), frozenset(q.statuses), q.kind, q.speaker, q.article)
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
            if q.statuses:
                picked = [k for k in picked if rows[k].status in q.statuses]
            if q.kind is not None:
                picked = [k for k in picked if q.kind in rows[k].kinds]
            if q.speaker is not None:
                picked = [k for k in picked if q.speaker in rows[k].speaker.lower()]
            if q.article is not None:
                picked = [k for k in picked if rows[k].article_id.startswith(q.article)]
        corrections = []
        exact = True
        for w in q.words:  # one tight pass per word: cheaper than one pass testing all
            found = [k for k in picked if w in hay[k]]
            if not found and len(w) >= FUZZY_MIN:
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
