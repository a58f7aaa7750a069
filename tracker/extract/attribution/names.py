"""Names in a subject: a name before an aside, a description before a name."""

from __future__ import annotations

from tracker.extract.attribution.sentence import Sentence, abbrev_dot
from tracker.extract.lexicon import MONTHS
from tracker.extract.quotes import inside
from tracker.extract.tokens import Token
from tracker.extract.vocab.attribution import TIME_ANCHORS
from tracker.extract.vocab.people import NAME_PARTICLES
from tracker.extract.vocab.speech import (
    ASIDE_STARTS,
    DETERMINERS,
    INTRO_WORDS,
    NOT_SUBJECT,
    PARENTHETICALS,
    POSSESSIVES,
    WEEKDAYS,
)

CLAUSE_OPENERS = (",", ";", ":", "—", "–", "(", "\u201d", '"', "''")


def name_then_aside(s: Sentence, comma: int) -> tuple[int, int] | None:
    """'Tester, himself up for reelection in 2018, said', '“…,” Cecelia Purner, 67, a retired
    representative in Allentown, Pa., said': a name opening the clause, then any aside set
    off by commas, then the cue. The span runs from the name to the comma before the cue."""
    tokens, quotes = s.tokens, s.quotes
    first = None
    m = comma - 1
    while m >= 0 and comma - m < 35:
        t = tokens[m]
        if t.text in (".", ";", ":", "!", "?") and not (t.text == "." and abbrev_dot(tokens, m)):
            break
        if inside(quotes, t.start) or t.text in ("“", "”", '"', "''"):
            break
        if t.text == ",":
            first = m  # keep walking: the name is before the first comma of the run
        m -= 1
    if first is None:
        return None
    # The name: capitalised words (and initials) right before that first comma.
    end = first
    k = name_run_start(tokens, end) - 1
    start = k + 1
    if start >= end or not tokens[start].text[:1].isupper():
        return None
    if k >= 0 and tokens[k].text not in CLAUSE_OPENERS and tokens[k].low not in ("and", "but"):
        return None  # the capitalised words do not open a clause
    if any(tokens[x].low in INTRO_WORDS or tokens[x].low in NOT_SUBJECT for x in range(start, end)):
        return None  # 'On Tuesday, …', 'However, …'
    if tokens[start].low in WEEKDAYS or (end - start == 1 and tokens[start].low in DETERMINERS):
        return None
    aside = " ".join(t.low for t in tokens[first + 1 : comma])
    if aside in PARENTHETICALS:
        return None  # 'Humphrey, for example, said': the rules step over these themselves
    return start, comma


def name_run_start(tokens: list[Token], end: int) -> int:
    """Where the capitalised words (and initials) ending just before ``end`` begin; at most
    five of them: 'Cecelia Purner', 'Joseph R. Biden Jr.', 'Rohani binti Yusof' (a name's
    particle between two capitalised words is one of them)."""
    k = end - 1
    while (
        k >= 0
        and end - k <= 5
        and (
            tokens[k].text[:1].isupper()
            or (tokens[k].text == "." and abbrev_dot(tokens, k))
            or (
                tokens[k].text in NAME_PARTICLES
                and k > 0
                and k < end - 1
                and tokens[k - 1].text[:1].isupper()
                and tokens[k + 1].text[:1].isupper()
            )
        )
    ):
        k -= 1
    return k + 1


def name_before_description(tokens: list[Token], start: int) -> tuple[int, int] | None:
    """'Joe Madison, a D.C.-based talk radio host considered …, recalled': when the subject
    found is a long description after a comma, the name before that comma is the speaker."""
    if start < 2 or tokens[start - 1].text != "," or tokens[start].low not in ("a", "an", "the"):
        return None
    end = start - 1
    k = name_run_start(tokens, end) - 1
    if k == end - 1 or not tokens[k + 1].text[:1].isupper():
        return None
    if k >= 0 and tokens[k].text not in (",", ":", ";", "—", "–", "(", "”", '"'):
        return None  # the capitalised words do not open a clause: not a bare name
    if tokens[k + 1].low in NOT_SUBJECT or tokens[k + 1].low in INTRO_WORDS:
        return None
    if any(
        t.low in TIME_ANCHORS or (t.low in MONTHS and t.low != "may") for t in tokens[k + 1 : end]
    ):
        return None  # 'Early Tuesday, the State Department disclosed': a time, not a name
    if start + 1 < len(tokens) and tokens[start + 1].text[:1].isupper():
        return None  # '…, the State Department disclosed': a proper name, not a description
    return k + 1, end


def description_then_name(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """'…, his top aide, Tad Devine, told': a description, then the name, between commas after
    the clause that was said; the subject is both (the comma at ``k`` is the last)."""
    m = name_run_start(tokens, k)
    if m >= k or m < 2 or tokens[m - 1].text != "," or not tokens[m].text[:1].isupper():
        return None
    d = m - 2
    while d > 0 and m - d <= 7 and tokens[d].text not in (",", ".", ";", ":"):
        d -= 1
    if tokens[d].text != "," or tokens[d + 1].low not in POSSESSIVES or d + 1 >= m - 1:
        return None
    if any(t.text[:1].isupper() for t in tokens[d + 1 : m - 1]):
        return None  # '…, the State Department, …': a name, not a description
    return d + 1, k


def before_aside(tokens: list[Token], start: int, end: int) -> int:
    """'McCain, who has tangled with Cruz, said', 'Mr. Regalado, 69, said': the speaker is the
    name before the aside. A name after the comma ('the envoy, Danny Russel, said') stays."""
    comma = next((k for k in range(start + 1, end) if tokens[k].text == ","), None)
    if comma is None:
        return end
    last = max(k for k in range(start, end) if tokens[k].text == ",")
    tail = [t for t in tokens[last + 1 : end] if t.text != ","]
    if not tail:
        return end
    first = tail[0]
    if (
        first.low in ASIDE_STARTS
        or first.text.isdecimal()
        or (first.low in ("a", "an") and not any(t.text[:1].isupper() for t in tail[1:2]))
    ):
        return comma
    return end
