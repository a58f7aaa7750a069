"""The sentence as the attribution rules read it, and the small token tests they share."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from operator import attrgetter

from tracker.extract.doc import Doc
from tracker.extract.quotes import Quote, inside
from tracker.extract.sentences import ABBREVIATIONS, Span
from tracker.extract.tokens import Token
from tracker.extract.vocab.speech import (
    CLOSE_QUOTES,
    LY_NOUNS,
    OPEN_QUOTES,
    SKIP_BEFORE_CUE,
    STATES,
)


@dataclass(slots=True)
class Sentence:
    """One sentence of a Doc: its span, its tokens, and the quotes that touch it."""

    doc: Doc
    span: Span
    tokens: list[Token]
    quotes: list[Quote]  # the quotes in the sentence, and one closing just before it
    text: str  # the article's text (the Doc's), for reading spans
    asides: list[int] | None = None  # where an aside opens (``content.asides``), once read

    # Written out, as Token's is: mypyc compiles this one, while the __init__ @dataclass
    # generates stays Python (tests/test_extract_written_inits.py holds it to the fields).
    def __init__(
        self,
        doc: Doc,
        span: Span,
        tokens: list[Token],
        quotes: list[Quote],
        text: str,
        asides: list[int] | None = None,
    ) -> None:
        self.doc = doc
        self.span = span
        self.tokens = tokens
        self.quotes = quotes
        self.text = text
        self.asides = asides

    def opens_paragraph(self) -> bool:
        return self.span.start == 0 or self.doc.text[self.span.start - 1] == "\n"


# Where a token or a quote starts: the key for bisecting either by position.
START = attrgetter("start")


CLOSERS = ("”", '"', "’", "'", "»")


QUOTE_OPENERS = frozenset(OPEN_QUOTES + CLOSE_QUOTES + "\"'")


def trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " .,;:":
        end -= 1
    return end


def mode(quotes: list[Quote], content: tuple[int, int]) -> str:
    a, b = content
    inner = [q for q in quotes if q.start < b and q.end > a]
    if not inner:
        return "indirect"
    if any(q.start <= a + 1 and q.end >= b - 1 for q in inner):
        return "direct"
    return "mixed"


def abbrev_dot(tokens: list[Token], k: int) -> bool:
    """'Gov.', 'Mr.', 'No.', an initial 'H.': a full stop inside a name or title."""
    if k == 0 or tokens[k - 1].end != tokens[k].start:
        return False
    word = tokens[k - 1].text
    if word.lower() in STATES and k + 1 < len(tokens) and tokens[k + 1].text == ",":
        return True
    return word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isupper())


def adverb(word: str) -> bool:
    """'recently', 'also' said: an adverb, not the speaker ('the rally said' is fine)."""
    return word.endswith("ly") and len(word) > 4 and word not in LY_NOUNS


def skip_before_cue(t: Token) -> bool:
    """'has said', 'also said', 'disingenuously claimed': between the subject and the cue."""
    # Lower case only: 'Will wrote', 'May said' name people.
    return t.text[0].islower() and (t.low in SKIP_BEFORE_CUE or adverb(t.low))


def adjacent_tokens(tokens: list[Token], k: int) -> bool:
    """A hyphen glued to its neighbours is part of a word ('state-run'), not a dash."""
    return (
        0 < k < len(tokens) - 1 and tokens[k - 1].end == tokens[k].start == tokens[k + 1].start - 1
    )


def has_that(tokens: list[Token], j: int, within: int = 6) -> bool:
    return any(t.low == "that" for t in tokens[j : j + within])


def tokens_in(tokens: list[Token], content: tuple[int, int], most: int) -> list[Token]:
    """The first ``most`` tokens of ``content``, found by bisection (not a pass per cue)."""
    k = bisect.bisect_left(tokens, content[0], key=START)
    return [t for t in tokens[k : k + most] if t.start < content[1]]


def scare_quote(text: str, q: Quote) -> bool:
    """A quote of one to three words inside a sentence ('“rapists”', '“the Hispanics”')."""
    return len(text[q.start + 1 : q.end - 1].split()) <= 3


def quote_ends_before(s: Sentence, i: int) -> bool:
    """A quotation closes right before token i (perhaps with a comma between)."""
    tokens, quotes = s.tokens, s.quotes
    k = i - 1
    if k >= 0 and tokens[k].text == ",":
        k -= 1
    if k < 0:
        return quote_just_before(tokens[i].start, quotes) is not None if tokens else False
    t = tokens[k]
    return t.text in CLOSERS or inside(quotes, t.start) is not None


def quote_just_before(pos: int, quotes: list[Quote]) -> Quote | None:
    """The quote that closes within two characters before pos (in the sentence before)."""
    return next((q for q in quotes if 0 <= pos - q.end <= 2), None)


def capitalised_next(tokens: list[Token], i: int) -> bool:
    return i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper()
