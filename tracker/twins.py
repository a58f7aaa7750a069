"""Verdicts that follow exact twins: the same words (near enough) and the same figures.

A claim repeated word for word, or with a typo's difference, stating the same figures, is
the same claim, and its earlier verdict applies. A twin whose figure changed never passes
its verdict on: '150,000 workers' checked true says nothing about '100,000 workers'.
Candidates are the claim's earlier twins found by matching at ingest.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from tracker.figures import figure_key
from tracker.model import Claim, Status

NEAR_EXACT = 95.0  # rapidfuzz ratio of the normalised words: a typo or a word's difference
_WORD = re.compile(r"\w+")
_THOUSANDS = re.compile(r"(?<=\d)[,\u00a0\u202f](?=\d{3})")


def words(text: str) -> str:
    """Lower-case words without punctuation; '150,000' reads as '150000'."""
    text = _THOUSANDS.sub("", unicodedata.normalize("NFKC", text)).casefold()
    return " ".join(_WORD.findall(text))


def same_figures(a: Claim, b: Claim) -> bool:
    keys = [sorted(k for q in c.quantities if (k := figure_key(q)) is not None) for c in (a, b)]
    return keys[0] == keys[1]


def twin_kind(a: Claim, b: Claim) -> str | None:
    """'exact', 'near' or None (not a twin, or a figure differs)."""
    if not same_figures(a, b):
        return None
    wa, wb = words(a.text), words(b.text)
    if wa == wb:
        return "exact"
    from rapidfuzz import fuzz  # only when a twin is asked about

    return "near" if fuzz.ratio(wa, wb) >= NEAR_EXACT else None


@dataclass(slots=True, frozen=True)
class TwinVerdict:
    claim_id: str  # the twin whose verdict applies
    status: Status
    kind: str  # exact | near


def suggest(claim: Claim, lookup: Callable[[str], Claim | None]) -> TwinVerdict | None:
    """The verdict of the claim's exact twins, if they have one and agree on it."""
    found: list[TwinVerdict] = []
    for m in claim.matches:
        if m.figures == "changed":
            continue
        twin = lookup(m.claim_id)
        if twin is None or twin.status is Status.UNVERIFIED or twin.dismissed:
            continue
        kind = twin_kind(claim, twin)
        if kind is not None:
            found.append(TwinVerdict(twin.id, twin.status, kind))
    if not found or len({f.status for f in found}) > 1:
        return None
    return min(found, key=lambda f: f.kind != "exact")


def note_for(t: TwinVerdict) -> str:
    return f"verdict carried from {t.kind} twin {t.claim_id}"


__all__ = ["TwinVerdict", "note_for", "suggest", "twin_kind", "words"]
