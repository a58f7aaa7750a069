"""Find the earlier claims a claim repeats or paraphrases, and whether its figures changed.

Two stages, both in C where it counts:

1. Candidates: BM25 over an inverted index of content words and normalised figures
   ('$0.9 billion' and '$900 million' both index as the same figure). Very common words
   only count when a query has nothing rarer, so a lookup touches few postings.
2. Ranking: each candidate's BM25 share is blended with rapidfuzz's token scores
   (``process.cdist`` over the candidates), so word order and near-spellings count, and a
   claim whose words are a subset of another's does not score 100 on that alone.

Scores run 0–100. Text is cleaned first: URLs and 'pic.twitter.com/…' are noise; an @handle
is the name it spells and a tweet byline keeps its author and year (who posted it, and when,
is often what a fact-check is about). Years are terms of their own.

The index can be saved beside the database and read back by a later process (``save`` /
``load``): building it for a million claims takes over a minute, reading it a tenth of a
second.
"""

from __future__ import annotations

import contextlib
import math
import os
import re
import tempfile
import zipfile
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import snowballstemmer
from rapidfuzz import fuzz, process, utils

from tracker.figures import figure_key
from tracker.model import Quantity

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just me more most my myself no nor not now of off on once only or
    other our ours ourselves out over own same she should so some such than that the their
    theirs them themselves then there these they this those through to too under until up
    very was we were what when where which while who whom why will with would you your yours
    yourself yourselves says said say saying told tells according via rt amp""".split()
)

_URL = re.compile(r"https?://\S+|www\.\S+|pic\.twitter\.com/\S+|t\.co/\S+", re.IGNORECASE)
_HANDLE = re.compile(r"(?<!\w)@\w+")
# '— Jane Doe (@jane) January 14, 2020' closing a quoted tweet.
_BYLINE = re.compile(r"[—–-]\s*[^—–]{0,80}\(@\w+\)\s+\w+\s+\d{1,2},\s+\d{4}\s*$")
_BYLINE_TAIL = re.compile(r"\(@\w+\).*$", re.DOTALL)
_BYLINE_YEAR = re.compile(r"\d{4}(?=\s*$)")
_YEAR = re.compile(r"(?:19|20)\d\d")
# Words in any script: 'Peña', 'Niinistö' and 'Zürich' stay whole.
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")

# BM25: the usual k1; b = 0.5 (less length normalisation than the usual 0.75) because a
# fact-check carries its headline beside the claim; chosen on the CLEF train splits (+0.0015).
K1, B = 1.2, 0.5
# Measured on the CLEF 2020 and 2021 2a train splits (tweets against fact-checked claims,
# top-5 hits), for "this hit is a real repeat": from 45, P 0.70 and R 0.82 (a possible twin
# should rarely be missed; the best F1 is at 45–47); from 50, P 0.83.
# Override with TRACKER_MATCH_POSSIBLE / TRACKER_MATCH_PROBABLE.
POSSIBLE = 45.0  # at or above: kept as a possible earlier twin
PROBABLE = 50.0  # at or above: a probable repeat


def thresholds() -> tuple[float, float]:
    """(possible, probable), from the environment when set there."""
    import os

    def read(name: str, default: float) -> float:
        raw = os.environ.get(name)
        try:
            return float(raw) if raw else default
        except ValueError:
            return default

    return read("TRACKER_MATCH_POSSIBLE", POSSIBLE), read("TRACKER_MATCH_PROBABLE", PROBABLE)


def strength(score: float) -> str:
    possible, probable = thresholds()
    return "probable" if score >= probable else "possible" if score >= possible else "weak"


_HASHTAG = re.compile(r"#(\w+)")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def match_text(text: str, headline: str | None = None) -> str:
    """What the index reads for a claim: its text, and a fact-check's headline when it has one
    (a headline restates the claim in other words, which a later paraphrase may share)."""
    return f"{text} {headline}" if headline else text


def clean(text: str) -> str:
    """Text without URLs, image links and the handle and date of a tweet's byline;
    '#AustralianFires' and '@BillClinton' as words."""
    # A tweet's byline ('— Donald J. Trump (@realDonaldTrump) October 8, 2013') keeps its
    # author's name and year: many fact-checks are about what someone posted, and when
    # (+0.02–0.03 MAP@5 on the CLEF train splits). The handle and the day go.
    text = _BYLINE.sub(lambda m: " " + _byline_author(m.group(0)) + " ", text)
    text = _URL.sub(" ", text)
    # A handle in the text names someone ('@BillClinton', '@danney_williams'): keep the name
    # as words (+0.02 MAP@5 on CLEF train and dev). The byline's handle went with the byline.
    text = _HANDLE.sub(lambda m: " " + _words_of(m.group(0)[1:]) + " ", text)
    text = _HASHTAG.sub(lambda m: " " + _words_of(m.group(1)) + " ", text)
    return " ".join(text.split())


def _byline_author(byline: str) -> str:
    """'— Donald J. Trump (@realDonaldTrump) October 8, 2013' -> 'Donald J. Trump 2013'."""
    year = _BYLINE_YEAR.search(byline)
    author = _BYLINE_TAIL.sub("", byline).strip(" —–-")
    return f"{author} {year.group(0)}" if year else author


def _words_of(name: str) -> str:
    """'AustralianFires' -> 'Australian Fires', 'danney_williams' -> 'danney williams'."""
    return _CAMEL.sub(" ", name).replace("_", " ")


_STEMMER = snowballstemmer.stemmer("english")


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    """Snowball (Porter 2) stems: 'workers' ~ 'worker', 'remittances' ~ 'remitt'."""
    return _STEMMER.stemWord(word)


def terms(text: str, quantities: Iterable[Quantity] = ()) -> list[str]:
    words = [_stem(w) for w in _WORD.findall(clean(text).lower()) if w not in STOPWORDS]
    # A year is a term of its own ('y2013'): a fact-check of a 2013 post names 2013. Other
    # numbers come in normalised as figures, below.
    words = [f"y{w}" if _YEAR.fullmatch(w) else w for w in words]
    words = [w for w in words if not w.isdigit()]
    words.extend(k for q in quantities if (k := figure_key(q)) is not None)
    return words


# Bump when terms() or the file layout change: an index saved by another version is rebuilt.
INDEX_FORMAT = "tracker-match-index 5"

Loader = Callable[[int], tuple[str, Sequence[Quantity]]]
# What the index keeps of a claim: its text cleaned and processed for rapidfuzz, its
# figures, its distinct terms.
_Doc = tuple[str, tuple[Quantity, ...], tuple[str, ...]]


def _prepare(text: str, quantities: Sequence[Quantity]) -> tuple[list[str], _Doc]:
    """A claim's terms (with repeats: BM25 counts its length) and what the index keeps."""
    words = terms(text, quantities)
    return words, (utils.default_process(clean(text)), tuple(quantities), tuple(sorted(set(words))))


@dataclass(slots=True, frozen=True)
class Hit:
    index: int
    score: float


class MatchIndex:
    """An index of claim texts for matching; ``add`` as claims arrive, ``search`` any time."""

    def __init__(self, loader: Loader | None = None) -> None:
        self.keys: list[str] = []
        # Per claim, filled by ``add`` or, for an index read from disk, by ``loader`` when a
        # claim first turns up as a candidate (see ``_prepare``).
        self._docs: list[_Doc | None] = []
        self.loader = loader
        # Postings: array('i') as claims are added; numpy views into one block when read
        # from disk (turned into arrays only if a claim is added to that word).
        self.postings: dict[str, array[int] | np.ndarray] = {}
        self._lengths = np.zeros(1024, dtype=np.float32)  # grown by doubling
        self._arrays: dict[str, np.ndarray] = {}  # postings as numpy, rebuilt when they grow
        self._total = 0

    def __len__(self) -> int:
        return len(self.keys)

    def add(self, key: str, text: str, quantities: Sequence[Quantity] = ()) -> int:
        idx = len(self.keys)
        words, doc = _prepare(text, quantities)
        unique = doc[2]
        self.keys.append(key)
        self._docs.append(doc)
        if idx >= len(self._lengths):
            self._lengths = np.concatenate([self._lengths, np.zeros_like(self._lengths)])
        self._lengths[idx] = len(words)
        self._total += len(words)
        for w in unique:
            post = self.postings.get(w)
            if post is None:
                post = self.postings[w] = array("i")
            elif isinstance(post, np.ndarray):
                post = self.postings[w] = array("i", post.tobytes())
            post.append(idx)
        return idx

    def _doc(self, i: int) -> _Doc:
        doc = self._docs[i]
        if doc is None:
            if self.loader is None:
                raise LookupError(f"claim {i} of a stored index, and no loader to read it")
            doc = self._docs[i] = _prepare(*self.loader(i))[1]
        return doc

    def text(self, i: int) -> str:
        return self._doc(i)[0]

    def quantities(self, i: int) -> tuple[Quantity, ...]:
        return self._doc(i)[1]

    def words(self, i: int) -> tuple[str, ...]:
        return self._doc(i)[2]

    # -- on disk -------------------------------------------------------------------------
    def save(self, path: Path) -> None:
        """Write the postings and lengths (not the texts: those are read back from the
        claims when needed) to ``path`` atomically. At 1,000,000 claims building the index
        takes over a minute; reading this file back takes about a tenth of a second."""
        vocab = list(self.postings)
        sizes = np.fromiter(
            (len(self.postings[w]) for w in vocab), dtype=np.int64, count=len(vocab)
        )
        offsets = np.zeros(len(vocab) + 1, dtype=np.int64)
        np.cumsum(sizes, out=offsets[1:])
        flat = np.empty(int(offsets[-1]), dtype=np.int32)
        for k, w in enumerate(vocab):
            post = self.postings[w]
            flat[offsets[k] : offsets[k + 1]] = (
                post if isinstance(post, np.ndarray) else np.frombuffer(post, dtype=np.int32)
            )
        blob = "\n".join([INDEX_FORMAT, *self.keys]).encode()
        words = "\n".join(vocab).encode()
        # A temp file of our own (two processes may save at once), then one rename: a reader
        # sees the old file or the new one. No fsync: it is a cache, rebuilt if lost.
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                np.savez(
                    fh,
                    head=np.frombuffer(blob, dtype=np.uint8),
                    vocab=np.frombuffer(words, dtype=np.uint8),
                    offsets=offsets,
                    postings=flat,
                    lengths=self._lengths[: len(self.keys)],
                )
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    @classmethod
    def load(cls, path: Path, loader: Loader) -> MatchIndex | None:
        """The index saved at ``path``, or None when it is missing, unreadable or written
        by another version of the matcher (it is only a cache: the caller rebuilds)."""
        try:
            with np.load(path, allow_pickle=False) as data:
                head = data["head"].tobytes().decode().split("\n")
                if head[0] != INDEX_FORMAT:
                    return None
                vocab = data["vocab"].tobytes().decode().split("\n") if data["vocab"].size else []
                offsets = data["offsets"]
                flat = data["postings"]
                lengths = data["lengths"].astype(np.float32)
        except (OSError, ValueError, KeyError, UnicodeDecodeError, zipfile.BadZipFile, EOFError):
            return None
        keys = head[1:] if len(head) > 1 and head[1:] != [""] else []
        n = len(keys)
        # A damaged file must not crash a search with an index out of range: check the
        # shapes and bounds (about 20 ms at a million claims).
        if (
            offsets.ndim != 1
            or len(offsets) != len(vocab) + 1
            or len(lengths) != n
            or offsets[0] != 0
            or offsets[-1] != len(flat)
            or (len(offsets) > 1 and bool(np.any(np.diff(offsets) < 0)))
            or (len(flat) and (int(flat.min()) < 0 or int(flat.max()) >= n))
        ):
            return None
        index = cls(loader)
        index.keys = keys
        index._docs = [None] * n
        index.postings = {w: flat[offsets[k] : offsets[k + 1]] for k, w in enumerate(vocab)}
        index._lengths = np.zeros(max(1024, 2 * n), dtype=np.float32)
        index._lengths[:n] = lengths
        index._total = int(lengths.sum())
        return index

    def _idf(self, df: int) -> float:
        n = len(self.keys)
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    def _array(self, word: str) -> np.ndarray:
        post = self.postings[word]
        if isinstance(post, np.ndarray):
            return post
        cached = self._arrays.get(word)
        if cached is None or len(cached) != len(post):
            cached = self._arrays[word] = np.frombuffer(post, dtype=np.int32).copy()
        return cached

    def candidates(self, words: list[str], limit: int = 100) -> list[tuple[int, float]]:
        """BM25 over the query's words, rarest first; very common words only if needed.

        Scores accumulate in numpy over the postings, so a lookup costs little even when
        a word appears in a hundred thousand claims.
        """
        n = len(self.keys)
        if n == 0:
            return []
        avg = self._total / n or 1.0
        unique = sorted(
            (w for w in set(words) if w in self.postings), key=lambda w: len(self.postings[w])
        )
        if not unique:
            return []
        norm = 1 + K1 * (1 - B + B * self._lengths[:n] / avg)
        scores = np.zeros(n, dtype=np.float32)
        budget = 500_000  # postings visited at most, rarest words first
        touched = False
        for w in unique:
            post = self._array(w)
            if len(post) > budget and touched:
                continue
            budget -= len(post)
            scores[post] += self._idf(len(post)) * (K1 + 1) / norm[post]
            touched = True
        hit = np.flatnonzero(scores)
        if len(hit) > limit:
            hit = np.sort(hit[np.argpartition(scores[hit], -limit)[-limit:]])
        order = hit[np.argsort(-scores[hit], kind="stable")]  # ties: the earlier claim first
        return [(int(i), float(scores[i])) for i in order]

    def overlap(self, query: set[str], i: int) -> float:
        """How much two claims say alike, 0–1: an F1 of the rare-word-weighted share of each
        claim's words found in the other. A claim inside a longer one scores below 1."""
        doc = self.words(i)
        if not query or not doc:
            return 0.0
        weight = {w: self._idf(len(self.postings.get(w, ()))) for w in query.union(doc)}
        shared = sum(weight[w] for w in query.intersection(doc))
        if shared == 0:
            return 0.0
        q_share = shared / sum(weight[w] for w in query)
        d_share = shared / sum(weight[w] for w in doc)
        return 2 * q_share * d_share / (q_share + d_share)

    def search(
        self,
        text: str,
        quantities: Sequence[Quantity] = (),
        top: int = 5,
        exclude: set[int] | None = None,
    ) -> list[Hit]:
        words = terms(text, quantities)
        cands = [(i, b) for i, b in self.candidates(words) if not exclude or i not in exclude]
        if not cands:
            return []
        query = utils.default_process(clean(text))
        choices = [self.text(i) for i, _ in cands]
        sort_scores = process.cdist([query], choices, scorer=fuzz.token_sort_ratio)[0]
        set_scores = process.cdist([query], choices, scorer=fuzz.token_set_ratio)[0]
        best_bm25 = max(b for _, b in cands) or 1.0
        qset = set(words)
        hits = []
        for (i, bm25), s_sort, s_set in zip(cands, sort_scores, set_scores, strict=True):
            # token_set alone says 100 for any subset; the two-way word overlap and
            # token_sort keep it honest, and BM25 (relative to the best) helps rank.
            score = (
                W_OVERLAP * 100 * self.overlap(qset, i)
                + W_BM25 * 100 * bm25 / best_bm25
                + W_SORT * float(s_sort)
                + W_SET * float(s_set)
            )
            hits.append(Hit(i, round(score, 1)))
        hits.sort(key=lambda h: h.score, reverse=True)
        return hits[:top]


# Blend of the four signals, chosen on the CLEF 2020 and 2021 2a train splits (grid search;
# see benchmarks/eval_matching.py for the evaluation).
W_OVERLAP, W_BM25, W_SORT, W_SET = 0.45, 0.15, 0.1, 0.3
