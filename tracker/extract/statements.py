"""A quote of several sentences is one statement per sentence, each with the same speaker.

A fact-checker checks a statement, not a paragraph: '“His body language was excellent. He
was very good on reaction,” Matthews said' is two claims by Matthews. The first sentence
next to the speaker and cue keeps the attribution's own span; each other one is a claim of
its own, its span the sentence, as a quote that continues another is.

A sentence that asks, orders, thanks or exclaims is said but states nothing a fact-checker
could check, and is no claim: a question, an order ('Don't …', 'So vote, bring your auntie',
'Ask the board.', 'Suggest Philippe talk to Josh'), a courtesy or an interjection ('Thank you
very much.', 'Great, great people.', 'No offense to America.'). The words are data
(``vocab/formulas.py``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from tracker.extract.attribution.not_stated import requests_something
from tracker.extract.found import Found
from tracker.extract.sentences import Span
from tracker.extract.vocab.formulas import (
    APPEAL_MODALS,
    APPEAL_SUBJECTS,
    APPEAL_VERBS,
    COURTESY_TAIL_HEADS,
    COURTESY_TAIL_MAX_WORDS,
    COURTESY_WORDS,
    OPENERS,
    ORDER_CLAUSE_WORDS,
    ORDER_NEXT_WORDS,
    ORDER_VERBS,
)
from tracker.model import Attribution

# Fewer words than this make no statement of their own ('Yep.'): they stay with the sentence
# before.
MIN_WORDS = 3


def one_per_sentence(
    text: str, sentences: Sequence[Span], found: list[Found], attributions: list[Attribution]
) -> tuple[list[Found], list[Attribution]]:
    """The (found, attribution) pairs with each direct quote split at its sentences, its
    questions left out."""
    starts = [s.start for s in sentences]
    out_f: list[Found] = []
    out_a: list[Attribution] = []
    for f, a in zip(found, attributions, strict=True):
        parts = _parts(text, sentences, starts, a) if a.mode == "direct" else []
        stated = [p for p in parts if not _question(text, *p)]
        if parts and not stated:
            continue  # '"Don't shoot him. Don't."': asked or ordered, nothing stated
        if len(stated) == 1 and len(parts) > 1:
            # '"Were there chants? This has not happened here," he said': the one statement.
            start, end = stated[0]
            f = replace(f, content_start=start, content_end=end)
            a = replace(a, content_start=start, content_end=end)
        parts = stated if stated else parts[:1]
        if len(parts) < 2:
            out_f.append(f)
            out_a.append(a)
            continue
        # The sentence next to the speaker and cue carries them ('"… . …," she said': the last).
        anchor = 0 if a.speaker_start < a.content_start else len(parts) - 1
        for k, (start, end) in enumerate(parts):
            later = k != anchor or f.continuation_of is not None
            out_f.append(
                replace(
                    f,
                    content_start=start,
                    content_end=end,
                    continuation_of=(f.continuation_of or 0) if later else None,
                )
            )
            out_a.append(replace(a, content_start=start, content_end=end))
    return out_f, out_a


def _question(text: str, start: int, end: int) -> bool:
    """A sentence that asks ('"Did you shoot him?'), orders ('"Don't shoot him."', 'Leave
    now. Do not wait …') or thanks ('Thank you.'), which states nothing to check; a part
    that joins short sentences states nothing when none of them does."""
    pieces = _SENTENCE_END.split(text[start:end])
    return all(asks_or_orders(p) or says_nothing(p) for p in pieces if p.strip())


def says_nothing(sentence: str) -> bool:
    """A courtesy or interjection, or a bare order: said, stating nothing to check. A sentence
    of its own, capitalised: a quoted fragment ('He hoped Jay-Z would "move the company …"')
    is a part of the sentence around it."""
    words = _WORD.findall(sentence)
    if not words or not words[0][:1].isupper() or _DIGIT.search(sentence):
        return False
    lower = [w.lower() for w in words]
    k = 0
    while k < len(lower) - 1 and lower[k] in OPENERS:
        k += 1
    return _courtesy(lower[k:]) or _order(sentence, words[k:])


def _courtesy(words: list[str]) -> bool:
    """Only words of thanks, greeting and praise, with at most a short tail ('to America')."""
    k = 0
    while k < len(words) and words[k] in COURTESY_WORDS:
        k += 1
    tail = words[k:]
    if k == 0:
        return False
    return not tail or (tail[0] in COURTESY_TAIL_HEADS and len(tail) <= COURTESY_TAIL_MAX_WORDS)


def _order(sentence: str, words: list[str]) -> bool:
    """A bare order: a verb of ORDER_VERBS first, then an object, a place or a name ('Ask the
    board', 'Suggest Philippe talk'), or a comma and a second order ('vote, bring your …');
    not a noun subject ('Leave won', 'Pay rose') nor a frame ('Look, the figures …'), and
    with no clause of its own ('… and I will stand down', 'an operator that believes …')."""
    if len(words) < 2 or words[0].lower() not in ORDER_VERBS:
        return False
    if _CLAUSE.search(sentence) or any(w.lower() in ORDER_CLAUSE_WORDS for w in words):
        return False
    after = re.search(rf"\b{re.escape(words[0])}\b(\s*,)?", sentence)
    if after and after.group(1):
        return words[1].lower() in ORDER_VERBS
    nxt = words[1]
    return nxt.lower() in ORDER_NEXT_WORDS or nxt[:1].isupper()


def asks_or_orders(content: str) -> bool:
    """Content that is a question, or one sentence of an order, not a statement ('"Don't
    shoot him. He has no weapon."' holds a statement, which its sentence claims)."""
    if content.rstrip(" \"'”’)").endswith("?"):
        return True
    if _NEXT_SENTENCE.search(content) is not None:
        return False
    if _APPEAL.match(content) is not None:
        return True  # 'Anyone with information should call the hotline': an appeal
    return _ORDER.match(content) is not None or requests_something(content)


# An order opens with a word that only an imperative does ('Don't', 'Please', 'Let's').
_ORDER = re.compile(r"[\s\"'“‘(]*(?:don['’]t|do not|please|let['’]s|let us)\b", re.IGNORECASE)
_APPEAL = re.compile(
    rf"[\s\"'“‘(]*(?:{'|'.join(APPEAL_SUBJECTS)})\b[^.;:!?]{{0,80}}?\b"
    rf"(?:{'|'.join(APPEAL_MODALS)})\s+(?:{'|'.join(APPEAL_VERBS)})\b",
    re.IGNORECASE,
)
_NEXT_SENTENCE = re.compile(r"[.!?][\"”’]?\s+[\"“‘]?[A-Z]")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“‘]?[A-Z])")
_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
_DIGIT = re.compile(r"\d")
# A second clause with a subject of its own: 'and I will', 'but they'll'.
_CLAUSE = re.compile(r"\b(?:and|or|but)\s+(?:i|we|you|he|she|they|it)\b", re.IGNORECASE)


def _parts(
    text: str, sentences: Sequence[Span], starts: list[int], a: Attribution
) -> list[tuple[int, int]]:
    """The content cut where the article's sentences end inside it."""
    lo = bisect.bisect_right(starts, a.content_start)
    hi = bisect.bisect_left(starts, a.content_end)
    cuts = [sentences[i].start for i in range(lo, hi) if a.content_start < sentences[i].start]
    bounds = [a.content_start, *cuts, a.content_end]
    parts: list[tuple[int, int]] = []
    for start, end in pairwise(bounds):
        piece = text[start:end]
        if parts and len(piece.split()) < MIN_WORDS:
            parts[-1] = (parts[-1][0], end)
            continue
        lead = len(piece) - len(piece.lstrip())
        tail = len(piece.rstrip())
        parts.append((start + lead, start + tail))
    return parts
