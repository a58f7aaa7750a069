"""One view of an article, built once and read by every stage of extraction.

``read(text)`` splits the text into sentences and paragraphs, tokenizes each sentence and
pairs the quotation marks; quantities, ranks, attribution and speaker resolution all read
this view and none of them changes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.extract.quotes import Quote, find_quotes
from tracker.extract.sentences import Span, paragraphs, sentences
from tracker.extract.tokens import Token, tokenize
from tracker.extract.vocab.speech import LABEL_STARTS, NOT_HEADLINE_SOURCES

# 'JAKE TAPPER:' opening a paragraph: an upper-case label before a colon.
_TURN_LABEL = re.compile(r"^[ \t]*([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3}):", re.MULTILINE)


@dataclass(frozen=True)
class Doc:
    """An article's text with its sentences, paragraphs, tokens (per sentence) and quotes."""

    text: str
    sentences: list[Span]
    paragraphs: list[Span]
    tokens: list[list[Token]]  # tokens[i]: the tokens of sentences[i]
    quotes: list[Quote]

    # Upper-case labels that open paragraphs, when the article has at least two such turns (a
    # transcript: 'TAPPER: …', 'TRUMP: …'); none otherwise (``transcript_labels``).
    transcript_labels: frozenset[str]


def transcript_labels(text: str) -> frozenset[str]:
    """The transcript's turn labels: read once per article, when it is read (a
    functools.cached_property would read them again on every use in the compiled build)."""
    labels = [
        m.group(1)
        for m in _TURN_LABEL.finditer(text)
        if m.group(1).lower() not in NOT_HEADLINE_SOURCES and m.group(1).lower() not in LABEL_STARTS
    ]
    return frozenset(labels) if len(labels) >= 2 else frozenset()


def read(text: str) -> Doc:
    """The article view of ``text``: every sentence tokenized once, every quote paired once."""
    sents = sentences(text)
    paras = paragraphs(text)
    return Doc(
        text=text,
        sentences=sents,
        paragraphs=paras,
        tokens=[tokenize(text, s.start, s.end) for s in sents],
        quotes=find_quotes(text, paras),
        transcript_labels=transcript_labels(text),
    )
