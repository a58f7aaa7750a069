"""extract(article) -> claims: every quantitative and every attributed claim, with exact spans.

Pure and I/O-free. A claim is either an attribution (its span runs from the first
to the last of speaker, cue and content) with the quantities inside it, or a
sentence with quantities that no attribution covers.
"""

from __future__ import annotations

import bisect

from tracker.extract.attribution import find_attributions
from tracker.extract.doc import read
from tracker.extract.quantities import find_quantities
from tracker.extract.ranks import find_ranks
from tracker.extract.sentences import Span
from tracker.extract.speakers import resolve
from tracker.model import ATTRIBUTED, QUANTITATIVE, Article, Claim, Quantity, claim_id_for

__all__ = ["extract", "extract_text"]


def extract(article: Article) -> list[Claim]:
    return extract_text(article.text, article.id)


def extract_text(text: str, article_id: str) -> list[Claim]:
    doc = read(text)
    sents = doc.sentences
    quantities: list[Quantity] = []
    for s, tokens in zip(sents, doc.tokens, strict=True):
        found = find_quantities(text, s.start, s.end, tokens)
        ranks = [r for r in find_ranks(text, s.start, s.end) if not _overlaps_any(r, found)]
        quantities.extend(sorted(found + ranks, key=lambda q: q.start))
    q_starts = [q.start for q in quantities]
    found = find_attributions(doc)
    attributions = resolve(text, found)

    claims: dict[str, Claim] = {}
    covered: set[int] = set()
    sent_starts = [s.start for s in sents]
    for spans, att in zip(found, attributions, strict=True):
        if spans.continuation_of is not None:
            # A quote that continues an earlier one: the claim is the quote itself.
            start, end = att.content_start, att.content_end
        else:
            start = min(att.speaker_start, att.cue_start, att.content_start)
            end = max(att.speaker_end, att.cue_end, att.content_end)
        # A second attribution in the same sentence keeps its own span; when that is the
        # whole sentence too ('Fiorina backed Cruz, saying …' shares its speaker with the
        # first), it runs from its cue, so both claims keep an id of their own.
        spans = (
            _widen_to_sentences(sents, sent_starts, start, end),
            (start, end),
            (min(att.cue_start, att.content_start), max(att.cue_end, att.content_end)),
        )
        start, end = next(
            (s for s in spans if claim_id_for(article_id, *s) not in claims), spans[0]
        )
        lo = bisect.bisect_left(q_starts, start)
        inside = []
        for idx in range(lo, len(quantities)):
            q = quantities[idx]
            if q.start >= end:
                break
            if q.end <= end:
                inside.append(q)
                covered.add(idx)
        kinds = (QUANTITATIVE, ATTRIBUTED) if inside else (ATTRIBUTED,)
        cid = claim_id_for(article_id, start, end)
        if cid in claims:
            continue
        claims[cid] = Claim(
            id=cid,
            article_id=article_id,
            text=text[start:end],
            start=start,
            end=end,
            kinds=kinds,
            quantities=tuple(inside),
            attribution=att,
        )
    for s in sents:
        lo = bisect.bisect_left(q_starts, s.start)
        inside = []
        fresh = False
        for idx in range(lo, len(quantities)):
            q = quantities[idx]
            if q.start >= s.end:
                break
            inside.append(q)
            fresh = fresh or idx not in covered
        if not fresh:
            continue
        cid = claim_id_for(article_id, s.start, s.end)
        if cid in claims:
            continue
        claims[cid] = Claim(
            id=cid,
            article_id=article_id,
            text=text[s.start : s.end],
            start=s.start,
            end=s.end,
            kinds=(QUANTITATIVE,),
            quantities=tuple(inside),
        )
    return sorted(claims.values(), key=lambda c: (c.start, c.end))


def _overlaps_any(q: Quantity, others: list[Quantity]) -> bool:
    return any(o.start < q.end and q.start < o.end for o in others)


def _widen_to_sentences(
    sents: list[Span], starts: list[int], start: int, end: int
) -> tuple[int, int]:
    """Claims read as whole sentences: widen the attribution's span to the sentences it touches."""
    i = bisect.bisect_right(starts, start) - 1
    if i >= 0 and sents[i].start <= start < sents[i].end:
        start = sents[i].start
    j = bisect.bisect_right(starts, max(start, end - 1)) - 1
    if j >= 0 and sents[j].start < end <= sents[j].end:
        end = sents[j].end
    return start, end
