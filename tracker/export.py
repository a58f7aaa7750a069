"""Claims and audit events out: JSON Lines, CSV, Markdown and schema.org ClaimReview.

Writers take iterables and a text stream, and write as they go: 100,000 claims never sit
in memory as one document. Untrusted text is made inert for the target: CSV cells cannot
start a spreadsheet formula, Markdown cannot format or link.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable
from typing import Any, TextIO

import orjson

from tracker.model import Article, AuditEvent, Claim, Status
from tracker.urls import markdown_autolink, web_url
from tracker.verdicts import label, rating_value

CLAIM_FORMATS = ("jsonl", "csv", "md", "claimreview")
AUDIT_FORMATS = ("jsonl", "csv")

ArticleLookup = Callable[[str], Article | None]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def csv_safe(value: object) -> str:
    """OWASP's CSV-injection rule: a cell that could start a formula gets a leading quote.

    Plain negative numbers ('-12.5') stay numbers.
    """
    text = "" if value is None else str(value)
    if text.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def format_number(value: float | None) -> str:
    """900000000.0 -> '900,000,000'; 0.6667 -> '0.6667'; None -> '?'."""
    if value is None:
        return "?"
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:,.4f}".rstrip("0").rstrip(".")


def _figures(claim: Claim) -> str:
    parts = []
    for q in claim.quantities:
        unit = "" if q.unit == q.kind else q.unit or ""  # '45% = 45 percent', not 'percent percent'
        extra = " ".join(x for x in (q.kind, unit, f"({q.approx})" if q.approx else "") if x)
        parts.append(f"{q.text} = {format_number(q.value)} {extra}")
    return "; ".join(parts)


CSV_COLUMNS = [
    "id",
    "status",
    "kinds",
    "speaker",
    "cue",
    "text",
    "figures",
    "notes",
    "evidence",
    "article_id",
    "article_title",
    "article_url",
    "external_id",
]


def write_claims_csv(claims: Iterable[Claim], out: TextIO, article: ArticleLookup) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    n = 0
    for c in claims:
        art = article(c.article_id)
        row = [
            c.id,
            c.status.value,
            " ".join(c.kinds),
            c.speaker or "",
            c.attribution.cue if c.attribution else "",
            c.text,
            _figures(c),
            " | ".join(f"{note.text} ({note.by}, {note.time})" for note in c.notes),
            " ".join(c.evidence),
            c.article_id,
            art.title if art else "",
            (art.url or "") if art else "",
            c.external_id or "",
        ]
        writer.writerow([csv_safe(v) for v in row])
        n += 1
    return n


def write_claims_jsonl(claims: Iterable[Claim], out: TextIO) -> int:
    n = 0
    for c in claims:
        out.write(orjson.dumps(c.to_dict()).decode() + "\n")
        n += 1
    return n


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def md_escape(text: str) -> str:
    """Literal text in Markdown: no emphasis, links, HTML or headings from article text."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _md_url(url: str) -> str:
    """A web address as an inert autolink; anything else as escaped text, never a link."""
    return markdown_autolink(url) or f"{md_escape(url)} (not a web address)"


def write_claims_markdown(claims: Iterable[Claim], out: TextIO, article: ArticleLookup) -> int:
    out.write("# Claims report\n")
    current = None
    n = 0
    for c in claims:
        if c.article_id != current:
            current = c.article_id
            art = article(c.article_id)
            title = art.title if art and art.title else c.article_id
            out.write(f"\n## {md_escape(title)}\n\n")
            if art and art.url:
                out.write(f"Source: {_md_url(art.url)}\n\n")
        speaker = f"{md_escape(c.speaker)}: " if c.speaker else ""
        out.write(f"- **{c.status.value}** — {speaker}{md_escape(c.text)}\n")
        if c.quantities:
            out.write(f"  - figures: {md_escape(_figures(c))}\n")
        for note in c.notes:
            out.write(f"  - note ({md_escape(note.by)}, {note.time}): {md_escape(note.text)}\n")
        for url in c.evidence:
            out.write(f"  - evidence: {_md_url(url)}\n")
        n += 1
    if n == 0:
        out.write("\nNo claims matched.\n")
    return n


def claimreview(
    c: Claim, art: Article | None, reviewer: str | None, date: str | None, org: str | None
) -> dict[str, Any]:
    """One schema.org ClaimReview for a reviewed claim."""
    item: dict[str, Any] = {"@type": "Claim"}
    if c.speaker:
        item["author"] = {"@type": "Person", "name": c.speaker}
    if art is not None and art.date:
        item["datePublished"] = art.date
    if art is not None and art.url and web_url(art.url):
        item["appearance"] = [{"@type": "CreativeWork", "url": art.url}]
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": c.external_id or c.id,
        "claimReviewed": c.text,
        "reviewRating": {
            "@type": "Rating",
            "alternateName": label(c.status),
            "ratingValue": rating_value(c.status),
            "bestRating": 5,
            "worstRating": 1,
        },
        "itemReviewed": item,
        "author": {"@type": "Organization", "name": org}
        if org
        else {"@type": "Person", "name": reviewer or "unknown"},
    }
    if date:
        review["datePublished"] = date[:10]
    links = [u for u in c.evidence if web_url(u)]
    if links:
        review["url"] = links[0]
    return review


def write_claimreview(
    claims: Iterable[Claim],
    out: TextIO,
    article: ArticleLookup,
    reviewed: Callable[[str], tuple[str | None, str | None]],
    org: str | None = None,
) -> int:
    """A JSON array of ClaimReview objects, one per claim that has a verdict."""
    out.write("[")
    n = 0
    for c in claims:
        if c.status is Status.UNVERIFIED:
            continue
        by, when = reviewed(c.id)
        obj = claimreview(c, article(c.article_id), by, when, org)
        out.write(("\n" if n == 0 else ",\n") + orjson.dumps(obj).decode())
        n += 1
    out.write("\n]\n")
    return n


AUDIT_COLUMNS = [
    "seq",
    "time",
    "actor",
    "action",
    "claim_id",
    "article_id",
    "before",
    "after",
    "data",
    "prev_hash",
    "hash",
]


def write_audit(events: Iterable[AuditEvent], out: TextIO, fmt: str) -> int:
    n = 0
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(AUDIT_COLUMNS)
    for e in events:
        d = e.to_dict()
        if fmt == "jsonl":
            out.write(orjson.dumps(d).decode() + "\n")
        else:
            row = [
                v if isinstance(v, str | int) or v is None else orjson.dumps(v).decode()
                for v in (d[k] for k in AUDIT_COLUMNS)
            ]
            writer.writerow([csv_safe(v) for v in row])
        n += 1
    return n
