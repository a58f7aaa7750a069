"""Speaker phrases cut wrong, read again as a whole: joint speakers, and words that open,
close or describe a speaker without naming it.

Joint speakers are named in full and joined by 'and', in text order ('Both Labour and the
Conservatives have said' -> Labour and the Conservatives; 'Ann Lee of Ohio and Tom Bell of
Texas said' -> Ann Lee and Tom Bell; 'both Acme and FBI officials' -> Acme and FBI). A
title shared by 'and' is no list ('Trade and Industry Secretary Ann Lee' is one person).
A phrase's extent: a sentence adverb or a time phrase before it is no part of it ('However
polls', 'In May, Health Secretary Ann Lee'); nor a kind noun capitalised at the sentence's
start ('Consultancy Acme Analytics') or a place after a body introduced by its kind
('research firm Acme of Boston'); and the staff of a named body speak for it, by the
spokesperson ruling ('Acme University experts' -> Acme University).
"""

from __future__ import annotations

import re
from itertools import pairwise

from tracker.extract.speaker_check import ORGANISATION_HEADS
from tracker.extract.speakers import split_title
from tracker.extract.vocab.people import NAME_PARTICLES
from tracker.extract.vocab.places import COUNTRIES, DEMONYMS

# Sentence adverbs that open a clause before its subject ('However polls show').
_ADVERBS = frozenset(
    """however meanwhile moreover furthermore nevertheless nonetheless still indeed instead
    separately similarly likewise also yet besides additionally elsewhere overall now then
    earlier later previously recently originally initially ultimately finally""".split()
)
# A time or place phrase set off by a comma before the subject ('In May, …', 'Last week, …').
_SET_OFF = re.compile(
    r"(?:In|On|At|During|After|Before|By|Since|Until|Last|Earlier|Later|This|Next|Early|Late)"
    r"\b[^,]{0,40},[ \t]+(?=\S)"
)
# Kind nouns that introduce a body's name and never open one ('Consultancy Acme', 'research
# firm Acme'); not 'Bank', 'Network', 'Union' or 'Group', which open names.
_KIND_NOUNS = frozenset(
    """consultancy consultants firm maker manufacturer carmaker automaker chipmaker retailer
    insurer lender carrier airline supermarket brewer miner developer publisher pollster
    broker analyst analysts researcher watchdog regulator charity broadcaster newspaper
    daily website portal giant conglomerate""".split()
)
# People who work for a body and speak for it ('Acme University experts', 'FBI officials').
_STAFF = frozenset(
    """experts researchers scientists academics officials analysts economists engineers
    staff spokesmen spokeswomen spokespeople executives""".split()
)
# What may join a coordinated speaker to the clause's start ('Both Acme and …', ', Acme and').
_BEFORE_JOINT = re.compile(
    r"(?:^|(?<=[.!?:;,\n“\"])|\b[Bb]oth)[ \t]*"
    r"((?:the[ \t]+)?(?:(?:[A-Z][\w'’&.-]*|of|for)[ \t]+){0,4}[A-Z][\w'’&.-]*"
    r"(?:[ \t]+\([A-Z]{2,}\))?)[ \t]+and[ \t]+$"
)
# The rest of a list the span cut after its first name ('[Ann Lee], Tom Bell and Raj Patel
# said'), up to the verb.
_RUN = r"(?:the[ \t]+)?[A-Z][\w'’&.-]*(?:[ \t]+[A-Z][\w'’&.-]*){0,3}"
_LIST_REST = re.compile(rf"(?:[ \t]*,[ \t]*{_RUN})*[ \t]*,?[ \t]+and[ \t]+{_RUN}(?=[ \t]+[a-z])")
# A short form in brackets after a name ('the Council of Mortgage Lenders (CML)').
_SHORT_FORM = re.compile(r"[ \t]+\([A-Z]{2,}\)")
# Words inside a body's name ('Bank of England', 'Council for Wales').
_NAME_JOINERS = frozenset(("of", "for"))
# The rest of a noun phrase after a lone nationality ('Finnish [security firm F-Secure]').
_NATIONAL_REST = re.compile(r"(?:[ \t]+[a-z-]+){1,3}(?:[ \t]+[A-Z][\w&.-]*)+")
_LIST_SPLIT = re.compile(r"[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+")
_PLACE_JOINERS = frozenset(("of", "from", "in"))


def recut(mention: str, text: str = "", start: int = -1) -> list[str] | None:
    """The speaker ``mention`` (at ``start`` in ``text``) read again: the names of a joint
    speaker, or the one phrase left when words are cut off; None when it reads as it is."""
    mention = _national_extended(mention, text, start)
    joint = _joint(_opening_cut(_widened(mention, text, start)))
    if joint:
        return joint
    phrase = _described_cut(_opening_cut(mention))  # widened only to find a joint speaker
    person = _shared_title(phrase)
    if person:
        return [person]
    return None if phrase.split() == mention.split() else [phrase]


def _widened(mention: str, text: str, start: int) -> str:
    """'Both Acme and [the Bolt Party]': the first of a joint speaker the span left out;
    '[Ann Lee], Tom Bell and Raj Patel said': the rest."""
    end = start + len(mention)
    if (
        start >= 0
        and text[end : end + 1] in (",", " ")
        and mention[:1].isupper()
        and mention.lower() not in DEMONYMS  # 'Indonesian, Indian and X stock markets'
        and text.find(" and ", end, end + 120) >= 0  # one cheap test before the pattern
    ):
        rest = _LIST_REST.match(text, end)
        if rest:
            return mention + rest.group()
    if start < 5 or not text.endswith("and ", 0, start):
        return mention
    before = _BEFORE_JOINT.search(text, max(0, start - 80), start)
    if not before or (not mention[:1].isupper() and not mention.startswith("the ")):
        return mention
    return f"{before.group(1)} and {mention}"


def _national_extended(mention: str, text: str, start: int) -> str:
    """'Finnish' cut from 'Finnish security firm F-Secure': a nationality alone is no
    speaker; the noun phrase it opens, up to the name, is."""
    if start < 0 or " " in mention or mention.lower() not in DEMONYMS:
        return mention
    rest = _NATIONAL_REST.match(text, start + len(mention))
    if not rest or _kind_at(rest.group().split()) < 0:
        return mention
    return mention + rest.group()


def _opening_cut(phrase: str) -> str:
    """'However polls' -> 'polls'; 'In May, Health Secretary Ann Lee' -> its name."""
    words = phrase.split()
    while len(words) > 1 and words[0].lower().rstrip(",") in _ADVERBS and words[0][:1].isupper():
        words = words[1:]
    phrase = " ".join(words)
    set_off = _SET_OFF.match(phrase)
    return phrase[set_off.end() :] if set_off else phrase


def _joint(phrase: str) -> list[str] | None:
    """The names of 'Acme and the Bolt Party', 'Ann Lee of Ohio and Tom Bell of Texas',
    'both Acme and FBI officials'; None when the phrase is no list of named speakers."""
    if " and " not in phrase:
        return None  # the one cheap test most speakers stop at
    words = _SHORT_FORM.sub("", phrase).split()
    if words and words[0].lower() == "both":
        words = words[1:]
    if words and words[-1].lower() in _STAFF and len(words) > 1:
        words = words[:-1]  # 'Acme and FBI officials': the bodies' own staff
    parts = [p.split() for p in _LIST_SPLIT.split(" ".join(words))]
    if len(parts) < 2 or any(not p for p in parts):
        return None
    names = [_part_name(p) for p in parts]
    if not all(names) or _one_head(parts):
        return None
    return [" ".join(n) for n in names]


def _part_name(words: list[str]) -> list[str]:
    """A list member's name: 'the Bolt Party' -> Bolt Party; 'Ann Lee of Ohio' -> Ann Lee;
    'Home Secretary Ann Lee' -> Ann Lee; [] when not all of it is a name."""
    the = words[:1] if words[0].lower() == "the" else []
    words = words[len(the) :]
    at = next((k for k, w in enumerate(words) if w in _PLACE_JOINERS), len(words))
    if 2 <= at < len(words) and all(w[:1].isupper() for w in words[at + 1 :]):
        if ORGANISATION_HEADS.isdisjoint(w.lower() for w in words[at + 1 :]):
            words = words[:at]  # 'of Ohio': where the person is from
    if not words or not all(_name_word(words, k) for k in range(len(words))):
        return []  # a description ('chief of Acme's Research Unit'), no name
    owner = max((k + 1 for k, w in enumerate(words[:-1]) if w.endswith(("'s", "’s"))), default=0)
    words = words[owner:]  # "Acme's Ann Lee" is Ann Lee
    name = split_title(words)[1] or words
    return [*the, *name] if len(name) == len(words) else name  # 'the Greens', as written


def _name_word(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` is a word of a name: capitalised, a particle ('van'), or a
    joiner after a body's kind ('Bank of England'; not 'the MP for Hollins')."""
    word = words[k]
    if word in _NAME_JOINERS:
        return 0 < k < len(words) - 1 and words[k - 1].lower() in ORGANISATION_HEADS
    return word[:1].isupper() or word in NAME_PARTICLES


def _one_head(parts: list[list[str]]) -> bool:
    """'Finance and Economy Ministry', 'Trade and Industry Secretary Ann Lee': one word
    joined to a phrase with a head of its own, with no 'the' between, modifies that head."""
    last = parts[-1]
    for before, part in pairwise(parts):
        if _body_joined(before) and not _own_name(part):
            return True  # 'Ministry of Trade and Industry', 'Authority for X and Markets'
    if last[0].lower() == "the" or not any(
        len(p) - (p[0].lower() == "the") == 1 for p in parts[:-1]
    ):
        return False
    title = split_title(last)[0]
    return len(last) > 1 and (bool(title) or last[-1].lower() in ORGANISATION_HEADS)


def _body_joined(words: list[str]) -> bool:
    """'Ministry of Trade': a body's kind joined to what it is of ('of', 'for')."""
    return any(
        w in _NAME_JOINERS and words[k - 1].lower() in ORGANISATION_HEADS
        for k, w in enumerate(words[1:], 1)
    )


def _own_name(words: list[str]) -> bool:
    """'the Treasury', 'Building Society Association': a name of its own, not the end of
    the name before ('… of Trade and Industry')."""
    return words[0].lower() == "the" or words[-1].lower() in ORGANISATION_HEADS


def _described_cut(phrase: str) -> str:
    """'Consultancy Acme of Boston' -> Acme; 'Acme University experts' -> Acme University."""
    words = phrase.split()
    kind = _kind_at(words)
    if kind >= 0:
        words = _without_place(words[kind + 1 :])
    elif len(words) > 2 and words[-1].lower() in _STAFF and _named_body(words[:-1]):
        words = words[:-1]
    return " ".join(words)


def _kind_at(words: list[str]) -> int:
    """Where the kind noun before a body's name stands ('Consultancy Acme', 'Finnish
    security firm Acme', 'research firm Acme'): the nouns before it describe; -1 if none."""
    for k, w in enumerate(words[:-1]):
        if k and w[:1].isupper():
            return -1  # a name began before any kind noun
        if w.lower() in _KIND_NOUNS and words[k + 1][:1].isupper():
            return k
    return -1


def _without_place(words: list[str]) -> list[str]:
    """'Acme Analytics of Boston' -> 'Acme Analytics': a body introduced by its kind is
    placed by what follows 'of'."""
    at = next((k for k, w in enumerate(words) if w in _PLACE_JOINERS), len(words))
    return words[:at] if at >= 1 else words


def _named_body(words: list[str]) -> bool:
    """'Acme University', 'FBI': capitalised words that name a body (its kind word last,
    or an acronym), not a country ('US officials')."""
    if not all(w[:1].isupper() for w in words) or " ".join(words).lower() in COUNTRIES:
        return False
    last = words[-1]
    return last.lower() in ORGANISATION_HEADS or (
        len(words) == 1 and last.isupper() and len(last) >= 3
    )


def _shared_title(phrase: str) -> str:
    """'Trade and Industry Secretary Ann Lee' -> 'Ann Lee': a title that holds 'and'."""
    if " and " not in phrase:
        return ""
    parts = [p.split() for p in _LIST_SPLIT.split(phrase)]
    if len(parts) < 2 or any(not p for p in parts) or not _one_head(parts):
        return ""
    title, name = split_title(parts[-1])
    return " ".join(name) if title and len(name) >= 2 else ""
