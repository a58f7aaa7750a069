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
- The writer's source or gloss after a comma: ', according to the report', or a participle
  clause whose subject is the sentence's own (', cementing its lead', ', playing down a
  long-held goal'): the writer's account of the statement, not part of it.

(A predicate after ', and'/', but' is not read: it may go on the speaker's clause, 'but
has since signed', or the reported one, 'was arrested …, and was released on bail'.)

And where it starts: after 'told BBC Radio Five Live:', 'said in a letter:' or 'said after the
4-0 win:' the quote is what was said, not the addressee, the medium or the occasion before the
colon.
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
    GLOSS_PARTICIPLES,
    LABEL_PREPOSITIONS,
)
from tracker.extract.vocab.speech import CLAUSE_WORDS

_QUOTES = frozenset('"“‘')
_CLOSERS = frozenset(',"”’')
_MODALS = BACKSHIFTED_MODALS | frozenset(("will", "may", "can", "shall", "must", "’ll", "'ll"))


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
        if (
            t.low == "according"
            and nxt.low == "to"
            and m - 1 > k
            and tokens[m - 1].text in _CLOSERS
        ):
            return tokens[m - 1].end  # '…,” according to the report': the writer's source
        if t.text == "," and relative and nxt.low in FINITE_AUXILIARIES:
            return tokens[m - 1].end  # '…, who said he would quit, will lead …'
        if _concession(tokens, m) or _cause_after(tokens, m) or _writers_gloss(tokens, k, m):
            return tokens[m - 1].end
    return end


def _writers_gloss(tokens: list[Token], k: int, m: int) -> bool:
    """', according to the report' or a participle of consequence after a comma (',
    cementing its lead', ', creating the possibility of …'): the writer's source or gloss.
    Not the consequence a forecast goes on to ('will reduce the incentive …, leading to more
    casualties': after a modal the participle is still what is foreseen), and never before
    a word of what was said."""
    if tokens[m].text != "," or m <= k or m + 2 >= len(tokens):
        return False
    word = tokens[m + 1]
    if word.low == "according":
        return tokens[m + 2].low == "to"
    if word.low not in GLOSS_PARTICIPLES:
        return False
    return not any(t.text in _MODALS for t in tokens[k:m])  # not the month May


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
    phrase = tokens[k].low in LABEL_PREPOSITIONS
    for m in range(k, min(len(tokens) - 1, k + (12 if phrase else 8))):
        t = tokens[m]
        if t.text == ":" and m > k and tokens[m + 1].text in _QUOTES:
            return m + 1
        if t.low in CLAUSE_WORDS or t.text in _QUOTES or t.text in ".;!?":
            return k
        if phrase:
            if t.low in FINITE_AUXILIARIES or (t.low.endswith("ed") and len(t.low) > 4):
                return k  # 'said in 2010 the plan failed: …': a clause, what was said
        elif not (t.text[:1].isupper() or t.text[:1].isdigit() or t.low in _GENITIVE):
            return k
    return k


_GENITIVE = frozenset(("'s", "’s", "'", "’", "s"))


def fact_stated(tokens: list[Token], k: int) -> int:
    """From token ``k``: the clause's first token after 'the fact that' ('cited the fact that
    40% of candidates are women', 'noted the fact that …'), else ``k``: the fact is what was
    stated, its frame no part of it (and 'the fact' alone reads as a plain object)."""
    if k + 3 < len(tokens) and [t.low for t in tokens[k : k + 3]] == ["the", "fact", "that"]:
        return k + 3
    return k
