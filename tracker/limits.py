"""How much one input may be: the one place that names every size limit and its setting.

Each limit bounds the memory and time a single hostile or broken input can cost (a
``/dev/zero``, a 20 MB CSV cell, 2 MB of "according to "). Each is read from the
environment when set there, so a desk with bigger articles can raise it without a release;
a value that is not a positive whole number is an error naming the variable.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields

from tracker.errors import InvalidValueError

MIB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """Every limit; ENV names the environment variable that sets each."""

    input_bytes: int = 5 * MIB  # one article file or stdin (ingest, extract; also --max-bytes)
    claim_chars: int = 10_000  # one claim's text (ingest, import)
    claims_per_article: int = 2_000  # one article's claims (ingest)
    import_bytes: int = 200 * MIB  # one archive file (import)
    import_rows: int = 500_000  # one archive's rows (import)
    query_chars: int = 10_000  # one match query
    # The store's journal (tracker/journal.py): a database file smaller than this is rewritten
    # whole at each write; a bigger one appends its changes to the journal, which is folded
    # back into the file once it passes this percentage of the file's size.
    journal_from_bytes: int = 1 * MIB
    journal_percent: int = 10


_DEFAULTS = Limits()

ENV = {
    "input_bytes": "TRACKER_MAX_BYTES",
    "claim_chars": "TRACKER_MAX_CLAIM_CHARS",
    "claims_per_article": "TRACKER_MAX_CLAIMS",
    "import_bytes": "TRACKER_MAX_IMPORT_BYTES",
    "import_rows": "TRACKER_MAX_IMPORT_ROWS",
    "query_chars": "TRACKER_MAX_QUERY_CHARS",
    "journal_from_bytes": "TRACKER_JOURNAL_FROM_BYTES",
    "journal_percent": "TRACKER_JOURNAL_PERCENT",
}


def limits() -> Limits:
    """The limits in force: the defaults, overridden by any environment variable set."""
    values: dict[str, int] = {}
    for f in fields(Limits):
        value = _from_env(f.name)
        if value is not None:
            values[f.name] = value
    return Limits(**values)


def limit(field: str) -> int:
    """One limit in force (a bad value of another variable does not matter here)."""
    value = _from_env(field)
    return int(getattr(_DEFAULTS, field)) if value is None else value


def _from_env(field: str) -> int | None:
    name = ENV[field]
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return None
    try:
        value = int(raw.replace("_", ""))
    except ValueError:
        value = 0
    if value < 1:
        raise InvalidValueError(f"{name}={raw!r}: expected a positive whole number")
    return value


def over(what: str, size: int, limit: str) -> str:
    """The one-line reason for an input over a limit, naming the setting that raises it."""
    value = getattr(limits(), limit)
    return f"{what} ({size:,}; the limit is {value:,}, set by {ENV[limit]})"


def claims_problem(texts: list[str]) -> str | None:
    """Why an article's extracted claims are too many or one too long, or None."""
    current = limits()
    if len(texts) > current.claims_per_article:
        return over("too many claims", len(texts), "claims_per_article")
    longest = max(map(len, texts), default=0)
    if longest > current.claim_chars:
        return over("a claim is too long, in characters", longest, "claim_chars")
    return None
