"""'it' to the body or document that spoke: the subject of the same sentence before it, else
of the sentence before ('Market regulator AMF has filed complaints … It believes …'; 'The
Demos report looked at … It found …'; 'Boeing apologised, although it claimed …').

A subject counts when it is a body or a document: a speaker of that kind in the sentence
('The OECD said … "…," it added'), or the noun phrase that opens it, when a body's or a
document's head noun describes it ('German club Borussia Dortmund', 'the report') or it is
one name no person in the article bears ('Boeing'). Never a person, a place or a group:
'it' is no one's pronoun. With none, 'it' stays as written: unresolved, and shown as such.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from tracker.extract.canonical import Names, body_start
from tracker.extract.sentences import Span
from tracker.extract.speaker_check import (
    DOCUMENT,
    DOCUMENT_HEADS,
    ORGANISATION,
    ORGANISATION_HEADS,
    PUBLICATION_NAMES,
    speaker_kind,
)
from tracker.extract.vocab.places import COUNTRIES, DEMONYMS, US_STATES
from tracker.model import Attribution

# The sentences back 'it' looks: its own and the one before.
REACH = 1
# The opening words: a conjunction may come first ('But the bank said …').
_OPENING = re.compile(r"[\W\d]*(?:(?:but|and|however|meanwhile|so|yet|still)\W+)?", re.I)
_WORD = re.compile(r"[\w’'&.-]+|[^\w\s]")
# What ends an opening noun phrase: an auxiliary or modal, an adverb that comes before the
# verb, a past form, a relative word, or punctuation.
_VERB_WORDS = frozenset(
    """has have had is was are were will would could should may might must can did does do
    also has then now still which who that said says""".split()
)
# Bodies' heads beside the speakers' ('the Strategy Unit', 'the Fraud Squad'): a name so
# ending is a body that 'it' may stand for.
_UNIT_HEADS = frozenset(
    """unit bureau directorate secretariat taskforce panel tribunal inspectorate ombudsman
    observatory squad watchdog exchange""".split()
)
_HEADS = ORGANISATION_HEADS | DOCUMENT_HEADS | PUBLICATION_NAMES | _UNIT_HEADS
_NOT_BODIES = frozenset(COUNTRIES) | frozenset(US_STATES)


def body_before(
    text: str,
    sentences: Sequence[Span],
    at: int,
    speakers: tuple[list[int], dict[int, Attribution]],
    names: Names,
) -> str | None:
    """The body or document that 'it' at ``at`` stands for, as the text names it."""
    for s, end, spoke in sentences_back(text, sentences, at, speakers):
        for a in spoke:
            words = a.speaker_text.split()
            head = words[-1]
            if (
                a.speaker.lower() != "it"
                and not (head[:1].islower() and plural(head))  # not 'the figures'
                and speaker_kind(a.speaker_text, a.speaker) in (ORGANISATION, DOCUMENT)
            ):
                return a.speaker
            cut = without_when(words)
            body = _body(cut, names) if cut is not words else None
            if body:
                return body  # 'The Downing Street Strategy Unit in 2003 said'
        body = opening_body(text, s.start, end, names)
        if body:
            return body
    return None


def sentences_back(
    text: str,
    sentences: Sequence[Span],
    at: int,
    speakers: tuple[list[int], dict[int, Attribution]],
) -> Iterator[tuple[Span, int, list[Attribution]]]:
    """The sentence of ``at`` and up to REACH before it, nearest first and never the headline:
    each with where it ends before ``at`` and the attributions whose speaker stands in that
    part. 'it' and 'they' both look back over them."""
    starts = [s.start for s in sentences]
    positions, by_position = speakers
    k = bisect.bisect_right(starts, at) - 1
    first = body_start(text)  # not the headline, which is no sentence of the report
    for i in range(k, max(-1, k - REACH - 1), -1):
        s = sentences[i]
        end = min(s.end, at)
        if s.start < first:
            return
        lo, hi = bisect.bisect_left(positions, s.start), bisect.bisect_left(positions, end)
        yield s, end, [by_position[p] for p in positions[lo:hi]]


def opening_body(text: str, start: int, end: int, names: Names) -> str | None:
    """The body or document named by the noun phrase that opens the sentence, if any."""
    return _body(without_when(opening_words(text, start, end)), names)


# A time after a subject's name, before its verb ('The Strategy Unit in 2003 said', 'Acme
# on Monday said'): no part of the name.
_WHEN_PREPOSITIONS = frozenset("in on during since until".split())
_WHEN_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december""".split()
)


def without_when(words: list[str]) -> list[str]:
    """The words without a time that ends them, after a name ('… Unit in 2003' -> '… Unit');
    the same list when none does ('In a blog post on Friday' opens with no name)."""
    if len(words) >= 3 and words[-2].lower() in _WHEN_PREPOSITIONS and words[-3][:1].isupper():
        last = words[-1].lower()
        if last.isdigit() or last in _WHEN_WORDS:
            return words[:-2]
    return words


def opening_words(text: str, start: int, end: int) -> list[str]:
    """The words of the noun phrase that opens the sentence: up to its verb, an auxiliary or
    punctuation; none when no verb comes within nine words."""
    at = _OPENING.match(text, start, end)
    words: list[str] = []
    for m in _WORD.finditer(text, at.end() if at else start, end):
        word = m.group()
        low = word.lower()
        if not word[0].isalnum() or low in _VERB_WORDS or (low.endswith("ed") and word.islower()):
            break
        words.append(word)
        if len(words) > 8:
            return []  # no verb in sight: not a noun phrase read to its end
    return words


def _body(words: list[str], names: Names) -> str | None:
    """'German football club Borussia Dortmund' -> 'Borussia Dortmund'; 'The Demos report'
    -> 'the Demos report'; 'Boeing' -> 'Boeing' when no person's name ends in it."""
    if words and words[0].lower() in _OWNERS:
        return None
    if words and words[0].lower() == "the":
        words = ["the", *words[1:]]
    k = len(words)
    while k and words[k - 1][:1].isupper():
        k -= 1
    name, described = words[k:], [w.lower() for w in words[:k] if w.lower() != "the"]
    if not words or " ".join(name).lower() in _NOT_BODIES:
        return None
    if described and plural(described[-1]):
        return None
    if described and described[-1] in _HEADS and len(described) <= 4:
        return " ".join(name) if name else " ".join(words)  # 'club Borussia Dortmund'
    if described or not name:
        return None
    if name[-1].lower() in _HEADS:
        return " ".join(words)  # 'the Commons science committee' has no capital; 'Acme Bank'
    if len(name) == 1 and name[0] in names.count and _lone_body(name[0], names):
        return name[0]  # 'Boeing', not 'Blair' when Tony Blair is named
    return None


def _lone_body(word: str, names: Names) -> bool:
    """A one-word name that is a body's: no person's surname, no people ('Russians'), and
    the article uses it where no sentence starts ('There', 'Music' open sentences)."""
    if names.ending_in(word) or word.lower() in DEMONYMS or word.lower()[:-1] in DEMONYMS:
        return False
    return any(
        m.start() > 1 and not _SENTENCE_START.search(names.text, max(0, m.start() - 3), m.start())
        for m in re.finditer(rf"\b{re.escape(word)}\b", names.text)
    )


# What comes before the first word of a sentence or a line.
_SENTENCE_START = re.compile(r"(?:[.!?][\"”’']?\s+|\n\s*|^)$")


def plural(word: str) -> bool:
    """'figures', 'groups', 'the police': a plural noun, which 'it' never stands for."""
    low = word.lower()
    return low in _PLURAL_NOUNS or (low.endswith("s") and not low.endswith(_SINGULAR_ENDS))


# Nouns English makes plural without an 's' ('the police were'), and endings of singular
# nouns in 's' ('business', 'census', 'analysis', 'news').
_PLURAL_NOUNS = frozenset("police people clergy cattle".split())
_SINGULAR_ENDS = ("ss", "us", "is", "news")
# Whose: an owner's word before a noun phrase makes it a thing someone has ('his record
# One Night'), not a body that speaks.
_OWNERS = frozenset("his her their my our your its".split())
