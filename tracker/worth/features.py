"""What the check-worthiness model reads in a sentence: its words and what extraction found.

Words and word pairs carry most of the signal (ClaimBuster's annotators judged debate
sentences word by word); the rest is what the extractor already knows — quantities and their
kinds, whether someone is quoted and how, who speaks — and a few cues it does not: comparison
and extremes, hedges, first-person opinion and intent, questions (``vocabulary.py``).
Everything here is a plain function of the text, so training and scoring agree exactly.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Sequence

from tracker.model import Attribution, Quantity
from tracker.worth.vocabulary import (
    COMPARATIVES,
    FIRST_PERSON,
    HEDGES,
    PHRASES,
    RECORD_WORDS,
    SECOND_PERSON,
    SUPERLATIVES,
)

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)*|0+(?:[.,]0+)*|[?!$%]")
# Lower case in one pass, and every digit as 0: a figure's shape stays ('0000' reads as a
# year, '0,000' as thousands) while the model never learns single numbers.
_DIGITS = str.maketrans("123456789", "000000000")  # ASCII to ASCII: translate's fast path
_PRONOUN_SPEAKERS = frozenset("i we he she they it you who".split())
_LENGTHS = (4, 9, 19, 39)


def _phrase_index() -> dict[str, list[tuple[str, str]]]:
    """First word -> (the phrase padded with spaces, its category), for every phrase."""
    index: dict[str, list[tuple[str, str]]] = {}
    for category, phrases in PHRASES.items():
        for phrase in phrases:
            index.setdefault(phrase.split()[0], []).append((f" {phrase} ", category))
    return index


_PHRASES = _phrase_index()
_PHRASE_STARTS = frozenset(_PHRASES)


def words(text: str) -> list[str]:
    """Lower-case words, figures by their shape ('2009' -> '0000'), apostrophes straight."""
    return _WORD.findall(text.lower().replace("’", "'").translate(_DIGITS))


def categories(ws: Sequence[str], unique: Collection[str] | None = None) -> list[str]:
    """The phrase categories of ``vocabulary.PHRASES`` the words contain, in that order
    (``unique``: the distinct words of ``ws``, if already known)."""
    starts = _PHRASE_STARTS.intersection(ws if unique is None else unique)
    if not starts:  # many sentences of news: no look-up at all
        return []
    joined = " " + " ".join(ws) + " "
    found = {
        category
        for w in starts
        for phrase, category in _PHRASES[w]
        if phrase in joined  # a substring search in C, the phrase padded with spaces
    }
    return [c for c in PHRASES if c in found]


def speaker_kind(attribution: Attribution) -> str:
    """A pronoun, a capitalised name, a description ('the minister') or something else."""
    mention = attribution.speaker_text.strip()
    first = mention.split(" ", 1)[0].lower()
    if first in _PRONOUN_SPEAKERS:
        return "pronoun"
    if first in ("the", "a", "an"):
        return "description"
    return "name" if mention[:1].isupper() else "other"


def features(
    text: str,
    quantities: Sequence[Quantity] = (),
    attribution: Attribution | None = None,
) -> list[str]:
    """Every feature of one sentence."""
    return analyse(text, quantities, attribution)[0]


# Feature names built once: scoring runs on every claim of every article.
_LENGTH_NAMES = [
    "len=" + str(next((k for k, top in enumerate(_LENGTHS) if n <= top), len(_LENGTHS)))
    for n in range(_LENGTHS[-1] + 2)
]
_FIRST_PERSON_NAMES = ("first-person=0", "first-person=1", "first-person=2")
_NAMES_NAMES = ("names=0", "names=1", "names=2", "names=3")
_RECORD_NAMES = ("record=0", "record=1", "record=2")


def analyse(
    text: str,
    quantities: Sequence[Quantity] = (),
    attribution: Attribution | None = None,
) -> tuple[list[str], list[str]]:
    """The features of one sentence and its phrase ``categories``. Words stand for
    themselves and word pairs are joined by a space; every other feature has a '=' or '-'
    in its name, which no word has."""
    ws = words(text)
    # Each word once, in order of first use (a dict, not a set: the sum of weights must not
    # depend on hash order), then word pairs as often as they occur.
    unique = dict.fromkeys(ws)
    feats = [*unique, *map(" ".join, itertools.pairwise(ws))]
    feats.append(_LENGTH_NAMES[min(len(ws), _LENGTHS[-1] + 1)])
    if ws:
        feats.append("first=" + ws[0])
    found = categories(ws, unique)
    for c in found:
        feats.append("cat=" + c)
    _add_quantity_features(feats, quantities, bool(found))
    if attribution is not None:
        feats.append("att=" + attribution.mode)
        feats.append("speaker=" + speaker_kind(attribution))
    _add_cue_features(feats, text, unique)
    return feats, found


def _add_quantity_features(
    feats: list[str], quantities: Sequence[Quantity], opinionated: bool
) -> None:
    if not quantities:
        feats.append("nq=0")
        if opinionated:
            feats.append("opinion-no-figure")
        return
    feats.append("nq=" + str(min(len(quantities), 3)))
    feats.extend(dict.fromkeys("q=" + q.kind for q in quantities))  # once each, in a fixed order
    if any(q.approx for q in quantities):
        feats.append("q-approx")
    if any(q.low is not None or q.high is not None for q in quantities):
        feats.append("q-range")


def _add_cue_features(feats: list[str], text: str, unique: Collection[str]) -> None:
    """Comparison, extremes, hedges, persons, questions, names and record words."""
    if not COMPARATIVES.isdisjoint(unique) or "than" in unique:
        feats.append("comparative")
    if not SUPERLATIVES.isdisjoint(unique):
        feats.append("superlative")
    if not HEDGES.isdisjoint(unique):
        feats.append("hedge")
    feats.append(_FIRST_PERSON_NAMES[min(len(FIRST_PERSON.intersection(unique)), 2)])
    if not SECOND_PERSON.isdisjoint(unique):
        feats.append("you")
    if "?" in unique:
        feats.append("question")
    if "!" in unique:
        feats.append("exclamation")
    # Capitalised words after the first: names of people, places, bodies, laws.
    feats.append(_NAMES_NAMES[min(sum(map(str.istitle, text.split()[1:])), 3)])
    feats.append(_RECORD_NAMES[min(len(RECORD_WORDS.intersection(unique)), 2)])
