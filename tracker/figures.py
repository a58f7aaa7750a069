"""Figures compared across claims: '$900 million' equals '$0.9 billion', 150,000 vs 100,000
workers is a changed figure.

Kept apart from the match index (numpy, rapidfuzz) so that showing a claim's changed
figures costs no heavy imports: the TUI and the CLI draw them at start-up.
"""

from __future__ import annotations

from collections.abc import Sequence

from tracker.model import Quantity


def _dimension(q: Quantity) -> str:
    """What a figure measures, loosely: counts of anything compare; '$ per year' is '$'."""
    if q.kind in ("count", "ratio", "rank", "other"):
        return q.kind
    return f"{q.kind}:{(q.unit or '').split(' per ')[0]}"


def figure_key(q: Quantity) -> str | None:
    """'$900 million' and '$0.9 billion' share a key; so do '43%' and '43 percent'."""
    if q.value is None:
        return None
    return f"#{_dimension(q)}:{q.value:.6g}"


def compare_figures(a: Sequence[Quantity], b: Sequence[Quantity]) -> str:
    """'same' when the figures of one claim are all found in the other, 'changed' when a
    figure of the same kind differs, 'none' when either states none."""
    fa = [q for q in a if q.value is not None]
    fb = [q for q in b if q.value is not None]
    if not fa or not fb:
        return "none"
    keys_b = {figure_key(q) for q in fb}
    if all(figure_key(q) in keys_b for q in fa) or all(
        figure_key(q) in {figure_key(x) for x in fa} for q in fb
    ):
        return "same"
    dims_a = {_dimension(q) for q in fa}
    if any(_dimension(q) in dims_a for q in fb):
        return "changed"
    return "none"


def figure_changes(a: Sequence[Quantity], b: Sequence[Quantity]) -> list[tuple[Quantity, Quantity]]:
    """Pairs of figures of the same kind and unit whose values differ: (this, earlier). An
    earlier figure this claim also states is no change of another: a claim that adds figures
    to its twin's (900 jobs, 120 posts beside the twin's 120 posts) changed none of them."""
    keys_a = {figure_key(q) for q in a}
    keys_b = {figure_key(q) for q in b}
    unmatched_b = [x for x in b if x.value is not None and figure_key(x) not in keys_a]
    out = []
    for q in a:
        if q.value is None or figure_key(q) in keys_b:
            continue
        other = next((x for x in unmatched_b if _dimension(x) == _dimension(q)), None)
        if other is not None:
            out.append((q, other))
    return out


__all__ = ["compare_figures", "figure_changes", "figure_key"]
