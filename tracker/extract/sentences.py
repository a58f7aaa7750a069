"""Sentence and paragraph boundaries with exact offsets.

A paragraph break (a newline) always ends a sentence. Inside a paragraph a sentence
ends at ., ! or ? (plus any closing quotes or brackets) followed by space, unless
the word before is a known abbreviation or an initial ('U.S.', 'Mr.', 'J.').
Linear time: one pass of a simple regex, then a constant amount of work per hit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sen",
        "rep",
        "gov",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "adm",
        "maj",
        "cmdr",
        "st",
        "jr",
        "sr",
        "rev",
        "hon",
        "pres",
        "messrs",
        "mt",
        "ft",
        "vs",
        "etc",
        "inc",
        "corp",
        "co",
        "ltd",
        "llc",
        "no",
        "nos",
        "vol",
        "pp",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "d.c",
        "a.m",
        "p.m",
        "e.g",
        "i.e",
        "approx",
        "dept",
        "est",
        "fig",
        "al",
        "govt",
        "univ",
        "sec",
    ]
)

# Abbreviations that often close a sentence (places, times, companies, suffixes of names).
_CAN_END = frozenset("u.s u.k u.n e.u d.c a.m p.m etc inc corp co ltd llc jr sr".split())
# Capitalised words that open a sentence and hardly ever continue a name or an abbreviation.
_OPENERS = frozenset(
    """he she they it we i the this these those there his her their its our but and so
    if when while after in on at as for that what""".split()
)
_NEXT_WORD = re.compile(r"\s*[\"'“‘(\[]?([A-Za-z]+)\b")

# (Read as '[.!?]+[\"'”’)\]]*(?=\s)|\n', opened by one character class: the regex engine then
# skips, fast, the positions no boundary starts at; tests/test_extract_fast_openings.py.)
_BOUNDARY = re.compile(r"[.!?\n](?:(?<=[.!?])[.!?]*[\"'”’)\]]*(?=\s)|(?<=\n))")
_WORD_BEFORE = re.compile(r"([\w.]{1,12})$")


@dataclass(slots=True, frozen=True)
class Span:
    start: int
    end: int


def paragraphs(text: str) -> list[Span]:
    """Non-empty lines, trimmed: news text puts one paragraph on a line."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            spans.append(Span(pos + lead, pos + lead + len(stripped)))
        pos += len(line) + 1
    return spans


def sentences(text: str) -> list[Span]:
    """Sentence spans, trimmed of surrounding white space."""
    spans: list[Span] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group() != "\n" and not _ends_sentence(text, m.start(), m.end()):
            continue
        end = m.end() if m.group() != "\n" else m.start()
        _add(text, start, end, spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return spans


def _ends_sentence(text: str, punct: int, after: int) -> bool:
    nxt = text[after : after + 3].lstrip()
    if nxt and nxt[0].islower():
        return False  # '“Stop!” she said' and 'approx. five' go on
    if text[punct] != ".":
        return True
    before = _WORD_BEFORE.search(text, max(0, punct - 12), punct)
    word = before.group(1).lower() if before else ""
    if word.rstrip(".") in ABBREVIATIONS:
        # 'attacks in the U.S. He says …', 'at 9 p.m. The rally …': an abbreviation that
        # can close a sentence, then a word that opens one, is a boundary. A title never
        # is ('Mr. He Lifeng'), and anything else stays inside the sentence.
        if word.rstrip(".") in _CAN_END:
            following = _NEXT_WORD.match(text, after)
            return following is not None and following.group(1).lower() in _OPENERS
        return False
    if len(word) == 1 and word.isalpha():
        return False  # an initial: 'John F. Kennedy'
    nxt = text[after : after + 3].lstrip()
    return not (nxt and nxt[0].islower())


# No news sentence comes near this (the longest of 81,352 in the BBC and PolNeAR texts has
# 1,063 characters). A longer run without a boundary (a transcript without punctuation, a
# pasted table, hostile input) is cut at a space before this length, so that nothing done
# per sentence can grow with the square of an article's length.
MAX_SENTENCE = 2000


def _add(text: str, start: int, end: int, spans: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        _add(text, start, cut, spans)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        spans.append(Span(start, end))
