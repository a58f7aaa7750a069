"""A cue's object that is a thing, not a statement.

Some verbs of saying also take a plain object: 'The state added a week', 'they disclosed the
specter of …', 'Graham has acknowledged the reality of climate change', 'They cite the 2000
election', 'Sky charges a £10 fee'. What follows them is a statement only when it is a
clause, with a verb of its own ('added the plan was flawed'); a noun phrase states nothing a
checker can check. Without a tagger, a clause is told by a finite verb before the first
comma or relative word.
"""

from __future__ import annotations

import re

from tracker.extract.cue_kinds import IRREGULAR, lemma_of

# Verbs of saying that also take a plain object (by lemma). Not 'announce', 'confirm',
# 'report', 'reveal' or 'disclose': their object states a fact ('announced the arrest of a man').
OBJECT_OR_CLAUSE = frozenset(
    "add acknowledge cite comment specify mention claim charge record note release".split()
)

# A noun phrase opens with one of these.
_DETERMINERS = frozenset("the a an its their his her our my this these those".split())

# Finite verbs that neither end in -ed nor are listed in cue_kinds.IRREGULAR.
_FINITE = frozenset(
    """is are was were be been has have had will would can could may might must shall should
    do does did lost won rose fell grew got went came saw took made gave paid spent sold
    bought cut put set kept left met ran hit led held brought built began became knew stood
    fled""".split()
)

_WORD = re.compile(r"[A-Za-z’']+|[,;:—–]")
_SEGMENT_ENDS = frozenset((",", ";", ":", "—", "–", "which", "who", "that", "when", "where"))


def names_a_thing(cue: str, content: str) -> bool:
    """Whether ``content`` after ``cue`` is a plain object, not a clause stated."""
    words = cue.split()
    if not words or lemma_of(words[-1]) not in OBJECT_OR_CLAUSE:
        return False
    tokens = _WORD.findall(content[:200])
    if not tokens or tokens[0].lower() not in _DETERMINERS:
        return False
    for token in tokens[1:]:
        low = token.lower()
        if low in _SEGMENT_ENDS:
            break
        if low in _FINITE or (low.endswith("ed") and len(low) > 4) or low in IRREGULAR:
            return False
    return True
