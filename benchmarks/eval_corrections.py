"""The desk's corrections as gold: how far does the current extractor agree with them?

    tracker export --format corrections -o desk.jsonl
    python -m benchmarks.eval_corrections desk.jsonl --db claims.json

Each correction line says what a person set on an article's exact span. The current
extractor is run over those articles (their text comes from the database) and scored:

- dismissed or merged away: agreed when no extracted claim covers that span any more;
- added: agreed when an extracted claim covers it (half of the shorter span, as re-extraction
  ties claims to spans) and says what the person's claim says: the same speaker, and the
  same figures inside the person's span (a wrong claim over the words is no agreement);
- edited: per field the person set, agreed when the extracted claim on the same span has the
  same speaker / the same figures (value and unit per quantity span) / the same kinds.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from tracker.model import Claim
from tracker.reextract import OVERLAP


def _covers(claims: Iterable[Claim], start: int, end: int) -> bool:
    for c in claims:
        shared = min(c.end, end) - max(c.start, start)
        shorter = min(c.end - c.start, end - start)
        if shorter > 0 and shared / shorter >= OVERLAP:
            return True
    return False


def _says_the_same(c: Claim, person: Mapping[str, Any], start: int, end: int) -> bool:
    """The extracted claim names the person's speaker and, inside the person's span, states
    exactly the person's figures."""
    inside = [f for f in _claim_figures(c) if start <= f[0] and f[1] <= end]
    return c.speaker == person.get("speaker") and inside == _figures(person)


def _agrees_on_added(claims: Iterable[Claim], line: Mapping[str, Any]) -> bool:
    start, end = line["start"], line["end"]
    return any(
        _covers([c], start, end) and _says_the_same(c, line["person"], start, end) for c in claims
    )


def _figures(said: Mapping[str, Any]) -> list[tuple[int, int, Any, Any]]:
    return [(q["start"], q["end"], q["value"], q["unit"]) for q in said["quantities"]]


def _claim_figures(c: Claim) -> list[tuple[int, int, Any, Any]]:
    return [(q.start, q.end, q.value, q.unit) for q in c.quantities]


def score(
    lines: Iterable[Mapping[str, Any]], extract: Callable[[str], list[Claim]]
) -> Counter[str]:
    """Counts '<what> total' and '<what> agreed' per kind of correction. ``extract`` maps
    an article id to the current extractor's claims for it."""
    counts: Counter[str] = Counter()
    cache: dict[str, list[Claim]] = {}
    for line in lines:
        aid = line["article_id"]
        claims = cache.get(aid)
        if claims is None:
            claims = cache[aid] = extract(aid)
        start, end = line["start"], line["end"]
        if line.get("dismissed") or line.get("merged_into"):
            _count(counts, "not a claim", not _covers(claims, start, end))
        elif line["origin"] == "added":
            _count(counts, "missed claim", _agrees_on_added(claims, line))
        elif line["origin"] == "edited" and line.get("machine"):
            same = next((c for c in claims if (c.start, c.end) == (start, end)), None)
            machine, person = line["machine"], line["person"]
            for what, get_said, get_claim in (
                ("speaker", lambda d: d["speaker"], lambda c: c.speaker),
                ("figures", _figures, _claim_figures),
                ("kinds", lambda d: d["kinds"], lambda c: list(c.kinds)),
            ):
                if get_said(machine) != get_said(person):  # the person corrected this
                    _count(counts, what, same is not None and get_claim(same) == get_said(person))
    return counts


def _count(counts: Counter[str], what: str, agreed: bool) -> None:
    counts[f"{what} total"] += 1
    counts[f"{what} agreed"] += agreed


def main() -> None:
    from tracker.extract import extract_text
    from tracker.workspace import Workspace

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corrections", type=Path)
    parser.add_argument("--db", default="claims.json")
    args = parser.parse_args()
    ws = Workspace(args.db)
    text = args.corrections.read_text(encoding="utf-8")
    lines = [json.loads(raw) for raw in text.splitlines() if raw.strip()]
    counts = score(lines, lambda aid: extract_text(ws.article(aid).text, aid))
    for what in ("not a claim", "missed claim", "speaker", "figures", "kinds"):
        total = counts[f"{what} total"]
        if total:
            agreed = counts[f"{what} agreed"]
            print(
                f"{what:<13} {agreed:>5} / {total:<5} the extractor now agrees ({agreed / total:.1%})"
            )


if __name__ == "__main__":
    main()
