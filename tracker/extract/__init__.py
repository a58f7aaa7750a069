"""extract(article) -> claims: every quantitative and every attributed claim, with exact spans.

Pure and I/O-free. A claim is either an attribution (its span runs from the first
to the last of speaker, cue and content) with the quantities inside it, or a
sentence with quantities that no attribution covers.
"""

from __future__ import annotations

import bisect
import re

from tracker.extract.attribution import find_attributions
from tracker.extract.claim_layer import body_claims, claim_attributions
from tracker.extract.doc import Doc, read
from tracker.extract.found import Found
from tracker.extract.labels import keep_quantities
from tracker.extract.quantities import find_quantities
from tracker.extract.quantities.currencies import countrys_currency
from tracker.extract.quantities.scales import article_scale
from tracker.extract.ranks import find_ranks
from tracker.extract.sentences import Span
from tracker.extract.speakers import resolve
from tracker.extract.statements import asks_or_orders, one_per_sentence
from tracker.extract.transcript import Floor, moderator_labels
from tracker.model import (
    ATTRIBUTED,
    QUANTITATIVE,
    Article,
    Attribution,
    Claim,
    Quantity,
    claim_id_for,
)

__all__ = ["extract", "extract_text"]


def extract(article: Article) -> list[Claim]:
    return extract_text(article.text, article.id, speaker=article.speaker)


def extract_text(
    text: str, article_id: str, everything: bool = False, speaker: str | None = None
) -> list[Claim]:
    """The article's claims. With ``everything``, the recogniser's every attribution,
    stances and actions included (what PolNeAR measures), not only what was stated. A
    transcript's turns ('NAME: …' lines, or the whole text when ``speaker`` is given) name
    the speaker of what is said in them (``transcript``)."""
    doc = read(text)
    floor = Floor(text, speaker, moderator_labels())
    claims = _Claims(doc, article_id, _quantities(doc), None if everything else floor)
    claims.one_claim_a_sentence = not everything  # the recogniser's every attribution counts
    found = find_attributions(doc)
    attributions = resolve(text, found)
    if not everything:
        found, attributions = claim_attributions(text, found, attributions, doc.sentences)
        found, attributions = one_per_sentence(text, doc.sentences, found, attributions)
        if floor:
            found, attributions = _on_the_floor(floor, found, attributions)
    for f, att in zip(found, attributions, strict=True):
        claims.add_attributed(f, att)
    claims.add_sentences()
    claims.add_turn_sentences()
    out = sorted(claims.by_id.values(), key=lambda c: (c.start, c.end))
    return out if everything else body_claims(text, out)


def _on_the_floor(
    floor: Floor, found: list[Found], attributions: list[Attribution]
) -> tuple[list[Found], list[Attribution]]:
    """The attributions a transcript keeps, each with its turn's speaker where it is theirs."""
    kept = [(f, floor.attribute(a)) for f, a in zip(found, attributions, strict=True)]
    return [f for f, a in kept if a], [a for _, a in kept if a]


def _quantities(doc: Doc) -> list[Quantity]:
    """Every quantity and rank of the article, sentence by sentence, in text order, less
    the figures that are no amounts (dates, names, table rows: labels.py)."""
    quantities: list[Quantity] = []
    text = doc.text
    for s, tokens in zip(doc.sentences, doc.tokens, strict=True):
        found = find_quantities(text, s.start, s.end, tokens)
        ranks = [r for r in find_ranks(text, s.start, s.end) if not _overlaps_any(r, found)]
        quantities.extend(sorted(found + ranks, key=lambda q: q.start))
    kept = article_scale(text, keep_quantities(text, doc.sentences, quantities), quantities)
    return countrys_currency(text, kept)


class _Claims:
    """The claims of one article as they are made: attributed ones first, then sentences
    with quantities that no attribution covers."""

    def __init__(
        self, doc: Doc, article_id: str, quantities: list[Quantity], floor: Floor | None = None
    ):
        self.doc = doc
        self.floor = floor
        self.article_id = article_id
        self.quantities = quantities
        self.q_starts = [q.start for q in quantities]
        self.sent_starts = [s.start for s in doc.sentences]
        self.by_id: dict[str, Claim] = {}
        self.covered: set[int] = set()  # indexes of quantities inside an attributed claim
        self.last = (-1, -1)  # the span of the attributed claim made last
        self.one_claim_a_sentence = True  # a quote fragment inside a claimed sentence is no claim

    def add_attributed(self, found: Found, att: Attribution) -> None:
        if found.continuation_of is not None:
            # A quote that continues an earlier one: the claim is the quote itself, unless
            # the claim before holds it already ('…, which "could well have left them …"').
            start, end = att.content_start, att.content_end
            within = self.last[0] <= start and end <= self.last[1] and self._one_sentence(start)
            if within and self.one_claim_a_sentence:
                return
        else:
            start = min(att.speaker_start, att.cue_start, att.content_start)
            end = max(att.speaker_end, att.cue_end, att.content_end)
        # A second attribution in the same sentence keeps its own span; when that is the
        # whole sentence too ('Fiorina backed Cruz, saying …' shares its speaker with the
        # first), it runs from its cue, so both claims keep an id of their own.
        spans = (
            _widen_to_sentences(self.doc.sentences, self.sent_starts, start, end),
            (start, end),
            (min(att.cue_start, att.content_start), max(att.cue_end, att.content_end)),
        )
        start, end = next(
            (s for s in spans if claim_id_for(self.article_id, *s) not in self.by_id), spans[0]
        )
        inside = []
        for idx in range(bisect.bisect_left(self.q_starts, start), len(self.quantities)):
            q = self.quantities[idx]
            if q.start >= end:
                break
            if q.end <= end:
                inside.append(q)
                self.covered.add(idx)
        kinds = (QUANTITATIVE, ATTRIBUTED) if inside else (ATTRIBUTED,)
        self._add((start, end), kinds, inside, att)
        self.last = (start, end)

    def _one_sentence(self, position: int) -> bool:
        """Whether ``position`` is in the sentence where the last attributed claim starts."""
        k = bisect.bisect_right(self.sent_starts, self.last[0]) - 1
        return k >= 0 and position < self.doc.sentences[k].end

    def add_sentences(self) -> None:
        """A claim for each sentence with a quantity no attributed claim holds."""
        for s in self.doc.sentences:
            inside = []
            fresh = False
            for idx in range(bisect.bisect_left(self.q_starts, s.start), len(self.quantities)):
                q = self.quantities[idx]
                if q.start >= s.end:
                    break
                inside.append(q)
                fresh = fresh or idx not in self.covered
            if fresh:
                self._add_sentence(s, inside)

    def add_turn_sentences(self) -> None:
        """In a transcript, every sentence of a speaker's turn that no claim holds is a
        statement by that speaker ('NAME: …' makes NAME the speaker of what follows, as a
        quote continued over sentences is one statement per sentence); not a question, nor
        a moderator's turn."""
        if not self.floor:
            return
        spans = sorted((c.start, c.end) for c in self.by_id.values())
        ends = [e for _, e in spans]
        starts = [b for b, _ in spans]
        text = self.doc.text
        for s in self.doc.sentences:
            turn = self.floor.turn_at(s.start)  # none after the last turn's paragraph
            if turn is None or not turn.label or self.floor.is_moderator(turn):
                continue
            if _STAGE.fullmatch(text[s.start : s.end].strip()):
                continue  # '(BEGIN VIDEO CLIP.)', '[applause]': a stage direction
            if _GLUED_Q.match(text, text.rfind("\n", 0, s.start) + 1):
                continue  # 'QYour new book is titled …': a question whose 'Q:' lost its colon
            k = bisect.bisect_right(starts, s.start) - 1
            if (k >= 0 and ends[k] > s.start) or (k + 1 < len(starts) and starts[k + 1] < s.end):
                continue  # a claim holds (part of) the sentence already
            start = max(s.start, turn.colon + 1)
            while start < s.end and self.doc.text[start].isspace():
                start += 1
            said = self.floor.said(start, s.end)
            if said is not None and states(self.doc.text[said.content_start : said.content_end]):
                self._add((s.start, s.end), (ATTRIBUTED,), [], said)

    def _add_sentence(self, s: Span, inside: list[Quantity]) -> None:
        """A sentence's figures: in a transcript's turn, said by the turn's speaker, and no
        claim in a moderator's. A question in a turn ('One in three?') asks, it states
        nothing: its figures stand alone, as a question's do in prose."""
        turn = self.floor.turn_at(s.start) if self.floor else None
        asks = turn is not None and asks_or_orders(self.doc.text[s.start : s.end])
        if turn is None or self.floor is None or (asks and not self.floor.is_moderator(turn)):
            self._add((s.start, s.end), (QUANTITATIVE,), inside, None)
        elif not self.floor.is_moderator(turn):
            said = self.floor.said(s.start, s.end)
            self._add((s.start, s.end), (QUANTITATIVE, ATTRIBUTED), inside, said)

    def _add(
        self,
        span: tuple[int, int],
        kinds: tuple[str, ...],
        inside: list[Quantity],
        att: Attribution | None,
    ) -> None:
        start, end = span
        cid = claim_id_for(self.article_id, start, end)
        if cid in self.by_id:
            return
        self.by_id[cid] = Claim(
            id=cid,
            article_id=self.article_id,
            text=self.doc.text[start:end],
            start=start,
            end=end,
            kinds=kinds,
            quantities=tuple(inside),
            attribution=att,
        )


_STAGE = re.compile(r"[(\[].*[)\]][.]?", re.S)
_GLUED_Q = re.compile(r"[ \t]*Q[A-Z][a-z]")


def states(content: str) -> bool:
    """Three words or more, and no question or order: a statement."""
    return len(content.split()) >= 3 and not asks_or_orders(content)


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
