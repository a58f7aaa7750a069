"""A learned cue detector: which words, in their context, attribute a statement to a source.

The cue vocabulary of news attribution is long-tailed (PolNeAR: 'said' is a quarter of the
cues; 'lit into', 'made it clear', 'did not respond to' and thousands more make the rest),
and the hand-written lexicon in ``vocab/cues.py`` covers the common verbs. This model scores the
other words: a logistic regression over a word and its neighbours, trained on PolNeAR's
*train* split by ``benchmarks/train_cues.py``. It proposes cue words only; the rules in
``attribution/`` still have to find a speaker and a content around a proposed cue, or
nothing comes of it, so a wrong proposal rarely becomes a wrong claim.

The weights ship as ``cue_weights.json`` (feature -> weight, small weights pruned); only the
words that head a cue at least twice in the training data (and that the model proposes there)
are scored, which keeps the cost per article low.
"""

from __future__ import annotations

import bisect
import itertools
import json
import math
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from tracker.extract.tokens import Token
from tracker.extract.vocab.cues import STRONG

WEIGHTS = Path(__file__).with_name("cue_weights.json")
FORMAT = "tracker-cue-model 1"

_ZEROS = itertools.repeat(0.0)
_QUOTE_CHARS = frozenset("\"“”'‘’«»")
_PRONOUNS = frozenset(("he", "she", "they", "i", "we", "it", "who", "which", "you"))


def _shape(t: Token | None) -> str:
    """What kind of word a neighbour is: a pronoun, a quote mark, capitalised, a number …"""
    if t is None:
        return "none"
    ch = t.text[0]
    if t.low in _PRONOUNS:
        return "pron"
    if ch in _QUOTE_CHARS:
        return "quote"
    if ch.isupper():
        return "cap"
    if ch.isdigit():
        return "num"
    if ch.isalpha():
        return "low"
    return ch


def features(tokens: Sequence[Token], i: int, context: Context | None = None) -> list[str]:
    """The features of token ``i``: the word, its ending, its neighbours and their kinds, and
    the sentence around it (``context``: ``sentence_context(tokens)``, computed if not given)."""
    n = len(tokens)
    w = tokens[i].low
    p1 = tokens[i - 1] if i > 0 else None
    n1 = tokens[i + 1] if i + 1 < n else None
    p1w = p1.low if p1 is not None else "<s>"
    n1w = n1.low if n1 is not None else "</s>"
    p1s = _shape(p1)
    n1s = _shape(n1)
    return [
        "bias",
        "w=" + w,
        "s3=" + w[-3:],
        "p1=" + p1w,
        "n1=" + n1w,
        "p2=" + (tokens[i - 2].low if i > 1 else "<s>"),
        "n2=" + (tokens[i + 2].low if i + 2 < n else "</s>"),
        "pw=" + p1w + "|" + w,
        "wn=" + w + "|" + n1w,
        "ps=" + p1s + "|" + w,
        "ns=" + w + "|" + n1s,
        "shapes=" + p1s + "|" + n1s,
        "that" if "that" in [t.low for t in tokens[i + 1 : i + 4]] else "no-that",
        "cap" if i > 0 and tokens[i].text[0].isupper() else "low",
        "pos=" + str(min(i, 6)),
        *_sentence_features(i, context or sentence_context(tokens)),
    ]


Context = tuple[list[int], bool, int]  # lexicon cue positions, a quote, length bucket


def sentence_context(tokens: Sequence[Token]) -> Context:
    """What the sentence-level features read, computed once per sentence."""
    cues = [k for k, t in enumerate(tokens) if t.low in STRONG]
    quote = not _QUOTE_CHARS.isdisjoint([t.text[0] for t in tokens])
    return cues, quote, min(len(tokens) // 10, 5)


def _sentence_features(i: int, context: Context) -> list[str]:
    """Whether the sentence already has a lexicon cue (and how near), or a quote."""
    cues, quote, length = context
    # The nearest lexicon cue other than i, by bisection: a 100 KB sentence full of cues
    # must not make this quadratic.
    at = bisect.bisect_left(cues, i)
    n = len(cues)
    left = cues[at - 1] if at > 0 else None
    right = cues[at] if at < n and cues[at] != i else cues[at + 1] if at + 1 < n else None
    # The nearer of the two, the left one on a tie (plain comparisons: this runs per word).
    near = right if left is None or (right is not None and right - i < i - left) else left
    where = "cue-at=none" if near is None else _WHERE[max(-5, min(near - i, 5))]
    return [_QUOTE_NAMES[quote], _LENGTH_NAMES[length], where]


# Feature names built once: 'cue-at=L3' for a cue three words to the left.
_WHERE = {d: "cue-at=" + ("L" if d < 0 else "R") + str(abs(d)) for d in range(-5, 6) if d}
_QUOTE_NAMES = {True: "quote-in-sentence", False: "no-quote"}
_LENGTH_NAMES = {k: f"length={k}" for k in range(6)}


class CueModel:
    """Scores words, in their sentence, as cues."""

    def __init__(self, weights: dict[str, float], vocabulary: set[str], threshold: float):
        self.weights = weights
        self.vocabulary = vocabulary  # the words seen heading a cue in training
        self.threshold = threshold

    @classmethod
    def load(cls, path: Path = WEIGHTS) -> CueModel:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            raise ValueError(f"{path.name}: not a {FORMAT} file")
        return cls(
            data["weights"],
            set(data["vocabulary"]),
            float(data["threshold"]),
        )

    def score(self, tokens: Sequence[Token], i: int, context: Context | None = None) -> float:
        """The probability that token ``i`` heads a cue; ``context`` is
        ``sentence_context(tokens)``, passed in so that a sentence computes it once."""
        # map() with a repeated default runs dict.get in C, not a generator step per feature.
        z = sum(map(self.weights.get, features(tokens, i, context), _ZEROS))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def proposes(self, tokens: Sequence[Token], i: int, context: Context | None = None) -> bool:
        """Whether token ``i`` is worth trying as a cue (a word the model knows, scored at
        or above the threshold)."""
        return tokens[i].low in self.vocabulary and self.score(tokens, i, context) >= self.threshold


@lru_cache(maxsize=1)
def model() -> CueModel | None:
    """The shipped model, or None when its file is missing (the rules work alone)."""
    try:
        return CueModel.load()
    except (OSError, ValueError, KeyError):
        return None
