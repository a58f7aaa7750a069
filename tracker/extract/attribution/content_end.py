"""Where what was said ends and the writer takes the sentence on.

Reported speech runs to the end of its clause, not of the sentence. Three readings of
English, each structural:

- A relative clause that reports ('Jay-Z, who said he would quit, will lead the label'):
  what was said ends at the comma after which the main clause's verb resumes.
- A cause after a comma at the sentence's end (', helped by surging demand …', ', hit by
  the strike'): a participle of cause with its agent, the writer's account of why.
- A concession after a comma (', although the club has not agreed a price', 'even though
  voters are …'): a clause of its own the writer sets against what was said, unless its
  modal is shifted back as reported speech's is ('…, although the police would not …').

(A predicate after ', and'/', but' is not read: it may go on the speaker's clause, 'but
has since signed', or the reported one, 'was arrested …, and was released on bail'.)

And where it starts: after 'told BBC Radio Five Live:' the quote is what was said, not the
rest of the addressee's name before the colon.
"""

from __future__ import annotations

from collections.abc import Sequence

from tracker.extract.quotes import Quote, inside
from tracker.extract.tokens import Token
from tracker.extract.vocab.attribution import (
    BACKSHIFTED_MODALS,
    CAUSE_PARTICIPLES,
    CONCESSIVES,
    FINITE_AUXILIARIES,
)
from tracker.extract.vocab.speech import CLAUSE_WORDS

_QUOTES = frozenset('"“‘')


def writers_tail(
    tokens: list[Token], subject: int, k: int, end: int, quotes: Sequence[Quote] = ()
) -> int:
    """The end of what was said, from token ``k`` (the content's first) up to ``end``,
    before the writer's own clause; ``subject`` is the subject's first token. Inside a
    quote the speaker's words run as its marks say."""
    relative = subject > 0 and tokens[subject].low in ("who", "which")
    relative = relative and tokens[subject - 1].text == ","
    n = len(tokens)
    for m in range(k + 1, n - 2):
        t = tokens[m]
        if t.start >= end:
            break
        if inside(quotes, t.start) is not None:
            continue
        nxt = tokens[m + 1]
        if t.text == "," and relative and nxt.low in FINITE_AUXILIARIES:
            return tokens[m - 1].end  # '…, who said he would quit, will lead …'
        if _concession(tokens, m) or _cause_after(tokens, m):
            return tokens[m - 1].end
    return end


def _cause_after(tokens: list[Token], m: int) -> bool:
    """', helped by surging demand …', ', hit by the strike' closing the sentence: a
    participle of cause with its agent after a comma, the writer's account of why, not part
    of the figure reported (not a description set off by two commas: 'the film, directed by
    X, would …', nor a list going on: ', followed by Cruz at 25 percent')."""
    if tokens[m].text != "," or m + 2 >= len(tokens):
        return False
    if tokens[m + 1].low not in CAUSE_PARTICIPLES or tokens[m + 2].low != "by":
        return False
    return all(t.text not in ",;:" for t in tokens[m + 3 :])


def _concession(tokens: list[Token], m: int) -> bool:
    """', although the club has not …', 'even though voters are …': a concessive clause
    with a subject and a verb of its own."""
    t, nxt = tokens[m], tokens[m + 1].low
    opens = (t.text == "," and nxt in CONCESSIVES) or (t.low == "even" and nxt == "though")
    if not opens:
        return False
    window = [u.low for u in tokens[m + 2 : m + 8]]
    if any(w in BACKSHIFTED_MODALS for w in window):
        return False  # 'although the police would not …': reported, as its tense says
    return any(
        w in CLAUSE_WORDS or w in FINITE_AUXILIARIES or (w.endswith("ed") and len(w) > 4)
        for w in window[1:]
    )  # a verb of its own: 'has not agreed', 'though he praised …'


def quote_after_label(tokens: list[Token], k: int) -> int:
    """From token ``k``: the first token of a quote that follows a name and a colon ('told
    BBC Radio Five Live: "I'm out …"'), else ``k``: the rest of the name of whom it was told
    to, or where, is no part of what was said."""
    for m in range(k, min(len(tokens) - 1, k + 6)):
        t = tokens[m]
        if t.text == ":" and m > k and tokens[m + 1].text in _QUOTES:
            return m + 1
        if not t.text[:1].isupper() or t.low in CLAUSE_WORDS:
            return k
    return k
