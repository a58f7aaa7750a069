"""The subject after a cue: 'said Blinken', 'said former Gov. Bill Richardson of New Mexico'."""

from __future__ import annotations

from tracker.extract.attribution.sentence import abbrev_dot
from tracker.extract.tokens import Token
from tracker.extract.vocab.attribution import INVERTED_STOPS, RELATIVE_PRONOUNS, TIME_ANCHORS
from tracker.extract.vocab.speech import (
    CLAUSE_WORDS,
    DESCRIPTION_STARTS,
    INVERTED_DETERMINERS,
    NOT_INVERTED_START,
    PRONOUNS,
    TIME_AFTER_CUE,
)


def subject_right(tokens: list[Token], j: int, after_quote: bool = False) -> tuple[int, int] | None:
    """'said Blinken', 'said former Gov. Bill Richardson of New Mexico, a Democrat …'."""
    n = len(tokens)
    k = j
    stopped = False
    while k < n and k - j < 12:
        t = tokens[k]
        if t.text in (".",) and abbrev_dot(tokens, k):
            k += 1
            continue
        if t.text in (",", ".", ";", ":", "!", "?", "“", "”", '"', "—", "–", "(") or (
            k > j and t.low in INVERTED_STOPS
        ):
            stopped = True
            break
        k += 1
    if k == j or not (stopped or k == n):
        return None
    head = tokens[j:k]
    if all(t.low in TIME_AFTER_CUE or t.low in TIME_ANCHORS for t in head):
        return None  # 'said Sunday', 'said last week': when, not who
    if head[0].low in NOT_INVERTED_START or any(
        t.text[0].islower() and (t.low in CLAUSE_WORDS or t.low in PRONOUNS) for t in head
    ):
        return None  # a clause (says that X is …; says Libya is …), not a speaker
    if (
        not (
            after_quote
            and (k == n or tokens[k].text in (".", "!", "?", ",") or tokens[k].low == "who")
        )
        and not any(t.text[:1].isupper() for t in head[:4])
        and head[0].low not in INVERTED_DETERMINERS
    ):
        return None
    if k + 1 < n and tokens[k].low in ("in", "at") and tokens[k + 1].text[:1].isupper():
        # 'says political scientist Dossym Satpayev in Almaty.': where the speaker is from.
        m = k + 1
        while m < n and (tokens[m].text[:1].isupper() or tokens[m].low in ("of", "-")):
            m += 1
        if m == n or tokens[m].text in (",", ".", "!", "?", ";"):
            k = m
    if not after_quote and k < n and tokens[k].text not in (",", ".", ";", "!", "?"):
        return None  # 'said Trump’s remarks “have had …”': a clause, not an inverted subject
    # 'said the spokesman, John Smith.' / 'said Gov. X of Iowa, a Republican who …'
    if k + 1 < n and tokens[k].text == ",":
        k = _with_description(tokens, j, k)
    return j, k


def _with_description(tokens: list[Token], j: int, k: int) -> int:
    """Where the speaker from ``j`` ends when a comma at ``k`` follows the name: after a
    description that runs to the sentence end, or one set off by commas, or at ``k``."""
    n = len(tokens)
    # A description may run long ('said David Autor, a professor of economics at M.I.T.,
    # who is one of …'), but only one that reads as one: not 'said the event brought back
    # memories, and …' nor 'called EB-5, allows …'.
    nxt = tokens[k + 1]
    described = (nxt.low in DESCRIPTION_STARTS or nxt.text[:1].isupper()) and k - j <= 6
    limit = 40 if described else 16
    m = k + 1
    while m < n and (
        (m - k < limit and tokens[m].text not in (".", ";", "!", "?", "“", '"'))
        or (tokens[m].text == "." and abbrev_dot(tokens, m))
    ):
        m += 1
    if (m == n or tokens[m].text in (".", "!", "?")) and _describes(tokens, k + 1, m):
        return m
    return _description_end(tokens, k, min(n, k + 12))


def _description_end(tokens: list[Token], k: int, m: int) -> int:
    """Where a description set off by commas ends when the sentence goes on after it ('said
    Shailendra Jain, head of MMS firm Adamind, is educating …' -> after 'Adamind'); ``k``
    (the comma after the name) when none is."""
    p = next((p for p in range(k + 1, m) if tokens[p].text == ","), None)
    if p is None or p == k + 1 or p + 1 >= m or not _describes(tokens, k + 1, p):
        return k
    verb = tokens[p + 1]  # the sentence goes on with a verb after the description
    if not (verb.text[:1].islower() and verb.low in CLAUSE_WORDS and verb.low != "not"):
        return k
    return p if tokens[k + 1].low in DESCRIPTION_STARTS or tokens[k + 1].text[:1].islower() else k


def _describes(tokens: list[Token], a: int, b: int) -> bool:
    """Whether the words after 'said NAME,' describe the speaker ('a professor at Troy', '59,
    a retiree who …') rather than go on with the sentence the tag interrupts ('…, said Mr
    Hogan, 2004 saw a rise', '…, said Mr Hogan, the code … was widely shared'): a clause
    has a verb of its own before any relative pronoun, or opens with a pronoun or a year."""
    first = tokens[a]
    if first.low in PRONOUNS:
        return False
    if first.text[:1].isdigit() and a + 1 < b and tokens[a + 1].text[:1].islower():
        return False
    for t in tokens[a:b]:
        if t.low in RELATIVE_PRONOUNS or t.low == "that":
            return True
        if t.text[:1].islower() and t.low in CLAUSE_WORDS and t.low != "not":
            return False
    return True
