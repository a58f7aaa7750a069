"""Check-worthiness of claims and sentences: the API. See the package docstring.

Pure and I/O-free but for reading the shipped weights once. ``assess_claim`` reads what
extraction already found; ``assess_sentence`` runs extraction on a lone sentence first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tracker.extract import extract_text
from tracker.model import Attribution, Claim, Quantity
from tracker.worth.features import analyse, features
from tracker.worth.scorer import model
from tracker.worth.vocabulary import OPINION_BELOW, OPINION_CATEGORIES

__all__ = ["Assessment", "assess", "assess_claim", "assess_sentence", "sentence_features"]


@dataclass(slots=True, frozen=True)
class Assessment:
    worth: float  # 0–100, one decimal
    opinion: bool


def assess(
    text: str, quantities: Sequence[Quantity] = (), attribution: Attribution | None = None
) -> Assessment:
    """Score ``text`` given the quantities and attribution extraction found in it."""
    feats, found = analyse(text, quantities, attribution)
    worth = model().score(feats)
    return Assessment(worth, is_opinion(text, found, bool(quantities), worth))


def is_opinion(text: str, found: Sequence[str], has_figure: bool, worth: float) -> bool:
    """Opinion, intent, thanks or rhetoric (or a question), with no figure and a low worth."""
    if has_figure or worth >= OPINION_BELOW:
        return False
    return text.rstrip().endswith("?") or any(c in OPINION_CATEGORIES for c in found)


def assess_claim(claim: Claim) -> Assessment:
    return assess(claim.text, claim.quantities, claim.attribution)


def assess_sentence(text: str) -> Assessment:
    """Score a lone sentence (or short passage): extraction runs on it first."""
    return assess(text, *_extracted(text))


def sentence_features(text: str) -> list[str]:
    """The model's features of a lone sentence, as ``assess_sentence`` computes them (what
    the training script learns from)."""
    return features(text, *_extracted(text))


def _extracted(text: str) -> tuple[list[Quantity], Attribution | None]:
    """The quantities (once each) and the first attribution extraction finds in ``text``."""
    claims = extract_text(text, "worth")
    quantities = {q.start: q for c in claims for q in c.quantities}
    attribution = next((c.attribution for c in claims if c.attribution is not None), None)
    return [quantities[k] for k in sorted(quantities)], attribution
