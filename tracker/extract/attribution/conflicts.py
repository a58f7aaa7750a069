"""The conflict policy between attributions of one sentence.

* A quote belongs to one attribution (``claim``): when a later cue's content starts at a
  quote an earlier one owns, the earlier content is cut before the later speaker's clause
  ('a woman asked for a photo and Clinton said, “…”'), or the later attribution is
  dropped; a quote inside a longer earlier content goes to the later speaker ('They want
  to “create …,” Sanders said').
* One content ends where the next speaker's clause begins (``end_at_next_clause``), except
  first person inside a transcript turn ('FALLIN: Well, I think …'): the turn goes on.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

from tracker.extract.attribution.sentence import CLOSERS, START
from tracker.extract.cue_kinds import IRREGULAR, makes_claim
from tracker.extract.found import Found
from tracker.extract.quotes import Quote
from tracker.extract.tokens import Token


@dataclass(slots=True)
class Ledger:
    """What the article has found so far, and which attribution owns each quote."""

    found: list[Found]
    quote_owner: dict[int, int]  # quote index -> index in found
    first: int = 0  # the index in found of the current sentence's first attribution


def claim(ledger: Ledger, tokens: list[Token], f: Found, quotes: list[Quote]) -> None:
    """Add ``f`` unless an attribution of the sentence before it owns its quote."""
    found, owners = ledger.found, ledger.quote_owner
    index = adjacent_quote(quotes, f)
    if index is not None:
        q = quotes[index]
        owner = owners.get(index)
        if owner is not None:
            # 'a woman asked for a photo and Clinton said, “…”': the quote is Clinton's;
            # the earlier content ends before her clause.
            mine = owner >= ledger.first
            trimmed = cut_before_clause(tokens, found[owner], f) if mine else None
            if trimmed is not None:
                found[owner] = trimmed
            elif not (mine and found[owner].content_start < q.start):
                return
            # else 'They want to “create …,” Sanders said': the quote sits inside a longer
            # content of the earlier cue, and is what this speaker said.
        owners[index] = len(found)
    found.append(f)


def end_at_next_clause(tokens: list[Token], found: list[Found], first: int) -> None:
    """'he asked for a photo and Clinton said she …': the first content ends where the next
    speaker's clause begins (after 'and' or a comma). Nested speech ('X said that Y
    believes …') is left whole, and so is a clause whose cue states nothing: 'Police say he
    posed a threat and refused to drop the gun', 'X says the public and most MPs support
    it' ('refused', 'support': stances, which may be part of what was said)."""
    # Only the next attribution can open the clause that ends this one: linear, however many
    # cues a sentence holds ('he said he said …' must not go quadratic).
    for a_i in range(first, len(found) - 1):
        a, b = found[a_i], found[a_i + 1]
        if a.cue == ":" and _first_person(tokens, b.speaker_start):
            continue  # 'FALLIN: Well, I think …': the turn's speaker goes on speaking
        stated = makes_claim(b.cue)
        if stated and a.content_start < b.speaker_start < a.content_end:
            trimmed = cut_before_clause(tokens, a, b)
        elif (
            (stated or _same_tense(a.cue, b.cue))
            and b.speaker_start == a.speaker_start
            and a.content_start < b.cue_start < a.content_end
        ):
            # 'Fiorina backed Cruz, saying …', 'He said X and said Y': one speaker, two
            # statements; the first ends where the second verb's clause begins.
            trimmed = cut_before(tokens, a, b.cue_start)
        elif (
            b.speaker_start <= a.speaker_start
            and max(a.cue_end, a.content_start) < b.speaker_end < a.content_end
        ):
            # 'Humphrey, who calls Trump a “sociopath,” said …': a relative clause inside the
            # next speaker's phrase ends with that phrase (and the quote it closes).
            end = b.speaker_end
            k = bisect.bisect_left(tokens, b.speaker_end, key=START)
            while k < len(tokens) and tokens[k].start < b.cue_start:
                if tokens[k].text in CLOSERS:
                    end = tokens[k].end
                k += 1
            trimmed = replace(a, content_end=end)
        else:
            continue
        if trimmed is not None:
            found[a_i] = trimmed


def _first_person(tokens: list[Token], at: int) -> bool:
    """Whether the word at ``at`` is 'I' or 'we'."""
    k = bisect.bisect_left(tokens, at, key=START)
    return k < len(tokens) and tokens[k].start == at and tokens[k].low in ("i", "we")


def _same_tense(first: str, second: str) -> bool:
    """Two verbs of one subject joined by 'and' or 'but' share their tense ('said … but
    pledged'); 'Police say he posed a threat and refused …' joins 'refused' to 'posed'."""
    return _past(first.split()[-1]) == _past(second.split()[0])


def _past(word: str) -> bool:
    low = word.lower()
    return low.endswith("ed") or (low in IRREGULAR and IRREGULAR[low] != low)


def cut_before_clause(tokens: list[Token], a: Found, b: Found) -> Found | None:
    """``a`` with its content ending before ``b``'s subject, when ``b`` is a clause of its
    own joined by 'and', 'but', ';' or a comma; None when ``b`` is nested in ``a``."""
    if b.cue_start < b.speaker_start or not (a.cue_end <= b.speaker_start < a.content_end):
        return None  # an inverted speaker, or not inside a's content
    return cut_before(tokens, a, b.speaker_start)


def cut_before(tokens: list[Token], a: Found, at: int) -> Found | None:
    """``a`` with its content ending before the clause that opens at ``at`` (after 'and',
    'but', ';' or a comma), or None when no such joint is there."""
    k = bisect.bisect_left(tokens, at, key=START)
    if not 0 < k < len(tokens) or tokens[k].start != at:
        return None
    if tokens[k - 1].low not in (",", "and", "but", ";"):
        return None
    m = k - 1
    while m > 0 and tokens[m].low in (",", "and", "but", ";"):
        m -= 1
    end = tokens[m].end
    if end <= a.content_start or end - a.content_start < 3:
        return None
    return replace(a, content_end=end, mode="indirect" if a.mode == "mixed" else a.mode)


def adjacent_quote(quotes: list[Quote], f: Found) -> int | None:
    """The index of the quote that holds the content's start, or else of the first that opens
    inside the content. Quotes are in text order and never overlap: a bisection, not a scan
    (a scan per claim made a long run of quoted claims quadratic)."""
    k = bisect.bisect_right(quotes, f.content_start, key=START) - 1
    if k >= 0 and f.content_start < quotes[k].end:
        return k
    k += 1
    if k < len(quotes) and quotes[k].start < f.content_end:
        return k
    return None
