"""Verdict words of fact-checking archives, mapped to our statuses and back.

Archives rate claims on their own scales (PolitiFact's 'Pants on Fire!', Snopes's 'Mixture',
Full Fact's 'Missing context'). Import maps each to the nearest status; export writes the
status's own label, so our ClaimReview round-trips exactly.
"""

from __future__ import annotations

import re

from tracker.model import Status

# Label written as reviewRating.alternateName, and the 1–5 ratingValue (-1: not rated).
LABELS: dict[Status, tuple[str, int]] = {
    Status.VERIFIED: ("Verified", 5),
    Status.DISPUTED: ("Disputed", 3),
    Status.MISLEADING: ("Misleading", 2),
    Status.FALSE: ("False", 1),
    Status.UNVERIFIABLE: ("Unverifiable", -1),
    Status.UNVERIFIED: ("Unverified", -1),
}

_WORDS: dict[Status, tuple[str, ...]] = {
    Status.VERIFIED: (
        "verified",
        "true",
        "mostly true",
        "correct",
        "accurate",
        "mostly correct",
        "mostly accurate",
        "confirmed",
        "real",
        "legit",
        "no flip",
        "correct attribution",
    ),
    Status.DISPUTED: (
        "disputed",
        "half true",
        "half-true",
        "mixture",
        "mixed",
        "partly true",
        "partly false",
        "partially true",
        "partially false",
        "half flip",
        "half-flip",
        "contested",
    ),
    Status.MISLEADING: (
        "misleading",
        "missing context",
        "out of context",
        "barely true",
        "barely-true",
        "exaggerated",
        "exaggeration",
        "distorted",
        "miscaptioned",
        "cherry picked",
        "spin",
        "lacks context",
        "needs context",
        "outdated",
    ),
    Status.FALSE: (
        "false",
        "mostly false",
        "pants on fire",
        "pants-fire",
        "pants on fire!",
        "incorrect",
        "fake",
        "fabricated",
        "wrong",
        "inaccurate",
        "full flop",
        "full-flop",
        "hoax",
        "scam",
        "misattributed",
        "labeled satire",
        "satire",
        "not true",
        "baseless",
    ),
    Status.UNVERIFIABLE: (
        "unverifiable",
        "unproven",
        "unsupported",
        "no evidence",
        "research in progress",
        "unknown",
        "undetermined",
        "unconfirmed",
        "not rated",
        "legend",
    ),
    Status.UNVERIFIED: ("unverified", "pending", "unrated"),
}
_LOOKUP = {word: status for status, words in _WORDS.items() for word in words}
_NOISE = re.compile(r"[^a-z0-9 -]+")


def status_for_verdict(verdict: str) -> Status | None:
    """'Pants on Fire!' -> FALSE; 'Mostly True' -> VERIFIED; None when unknown."""
    key = " ".join(_NOISE.sub(" ", verdict.lower().replace("_", " ")).split())
    if key in _LOOKUP:
        return _LOOKUP[key]
    key = key.replace("-", " ")
    return _LOOKUP.get(key)


def label(status: Status) -> str:
    return LABELS[status][0]


def rating_value(status: Status) -> int:
    return LABELS[status][1]
