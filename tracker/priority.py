"""Priority: the order of the triage queue, from check-worthiness and what the database knows.

    priority = worth × WORTH + KNOWN_FALSE (an earlier twin rated false or misleading)
             + CHANGED (an earlier twin states another figure) + SPEAKER × quoted + RECENT × fresh

``quoted`` is 0–1: log(1 + the speaker's claims in the database) / log(1 + SPEAKER_SATURATES);
``fresh`` is 0–1: halved every RECENT_HALF_LIFE days the claim's article was ingested before
the newest one (the database's own clock, so the order does not drift while nothing changes).
The weights live here and nowhere else; each can be overridden by an environment variable
(``TRACKER_PRIORITY_WORTH`` …, see ``ENV``). Pure and I/O-free but for reading them.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, fields
from datetime import datetime
from functools import lru_cache

from tracker.errors import InvalidValueError

RATED_FALSE = frozenset({"false", "misleading"})  # an earlier twin's verdicts that top the queue


@dataclass(slots=True, frozen=True)
class Weights:
    """How much each signal adds to a claim's priority (worth is 0–100, the others 0–1)."""

    worth: float = 1.0  # a claim's check-worthiness counts as itself: 0–100 points
    # A repeat of a known falsehood outranks anything not one: more than the rest together.
    known_false: float = 150.0
    changed: float = 25.0  # a figure that moved since an earlier twin
    speaker: float = 10.0  # an often-quoted speaker (saturating)
    recent: float = 10.0  # a claim from the newest articles
    speaker_saturates: float = 50.0  # claims by one speaker at which ``quoted`` reaches 1
    recent_half_life: float = 7.0  # days

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Weights:
        """The defaults, with any ``TRACKER_PRIORITY_<FIELD>`` variable applied."""
        env = dict(os.environ) if env is None else env
        values = {}
        for f in fields(cls):
            name = ENV_PREFIX + f.name.upper()
            raw = env.get(name)
            if raw is None or not raw.strip():
                continue
            try:
                value = float(raw)
            except ValueError:
                raise InvalidValueError(f"{name}={raw!r}: not a number") from None
            if not math.isfinite(value) or value < 0:
                raise InvalidValueError(f"{name}={raw!r}: give a number ≥ 0")
            values[f.name] = value
        return cls(**values)


ENV_PREFIX = "TRACKER_PRIORITY_"
ENV = tuple(ENV_PREFIX + f.name.upper() for f in fields(Weights))


@lru_cache(maxsize=1)
def weights() -> Weights:
    """The weights in force for this process (read once)."""
    return Weights.from_env()


def priority(
    worth: float | None,
    known_false: bool,
    changed: bool,
    speaker_claims: int,
    age_days: float,
    w: Weights,
) -> float:
    """One claim's priority (one decimal); see the module docstring for the formula."""
    score = (
        (worth or 0.0) * w.worth + speaker_points(speaker_claims, w) + recent_points(age_days, w)
    )
    return round(score + twin_points(known_false, changed, w), 1)


def speaker_points(speaker_claims: int, w: Weights) -> float:
    """What being quoted this often adds (computed once per speaker, not per claim)."""
    if speaker_claims <= 0 or not w.speaker:
        return 0.0
    quoted = math.log1p(speaker_claims) / math.log1p(max(1.0, w.speaker_saturates))
    return w.speaker * min(1.0, quoted)


def recent_points(age_days: float, w: Weights) -> float:
    """What an article this many days before the newest adds (once per article)."""
    if not w.recent:
        return 0.0
    return w.recent * 0.5 ** (max(0.0, age_days) / max(w.recent_half_life, 1e-9))


def twin_points(known_false: bool, changed: bool, w: Weights) -> float:
    return (w.known_false if known_false else 0.0) + (w.changed if changed else 0.0)


def ages_in_days(ingested: dict[str, str]) -> dict[str, float]:
    """Days each key's ISO time lies before the newest of them (unreadable times: 0)."""
    times = {}
    for key, text in ingested.items():
        try:
            times[key] = datetime.fromisoformat(text).timestamp()
        except (TypeError, ValueError):
            continue
    newest = max(times.values(), default=0.0)
    return {key: (newest - times[key]) / 86_400 if key in times else 0.0 for key in ingested}


def order_key(priority_value: float, claim_id: str) -> tuple[float, str]:
    """Highest priority first; equal priorities by claim id, so the order is total."""
    return (-priority_value, claim_id)
