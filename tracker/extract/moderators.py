"""Who runs a transcript: the people its opening introduces as moderator, host or interviewer.

A debate or interview transcript often labels its host by surname only ('HOLT: …'), having
said in its opening who that is: 'The debate, moderated by NBC's Lester Holt, …', 'Fox News
host Chris Wallace', 'Lester Holt, the moderator, …', 'interviewed by Jake Tapper'. Such a
person's turns are questions and framing, as a 'MODERATOR:' turn's are. Only the text before
the first turn is read: that is where a transcript says who is who, and an article's later
prose ('the former Apprentice host') does not make a speaker a moderator.
"""

from __future__ import annotations

import re

# The roles of whoever asks rather than states, as prose names them.
# (The role words in any case: 'Moderated by …' opens a line.)
_ROLE = r"(?i:moderators?|co-hosts?|host|anchor|interviewer|presenter)"
_BY = r"(?i:moderated|co-moderated|hosted|co-hosted|presented|interviewed)\s+by"
# A name: one to three capitalised words ('Lester Holt', 'Jake Tapper', 'Holt').
_NAME = r"[A-Z][A-Za-z’'.-]*[a-z](?:\s+[A-Z][A-Za-z’'.-]*[a-z]){0,2}"
# An owner before the name: "NBC's", "Fox News’s", "CBS News' ".
_OWNER = r"(?:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}['’]s?\s+)?"
_PEOPLE = rf"{_OWNER}(?P<a>{_NAME})(?:,?\s+and\s+{_OWNER}(?P<b>{_NAME}))?"
# A role someone held or holds elsewhere ('former host', 'host of The Apprentice') makes
# nobody the moderator here; after a name, the role is the phrase's last word ('Paris, the
# host city' is no host).
_ELSEWHERE = r"(?<!former )(?<!ex-)(?<!one-time )"
_INTRODUCED = (
    re.compile(rf"\b{_BY}\s+{_PEOPLE}"),  # 'moderated by NBC's Lester Holt'
    re.compile(rf"\b{_ELSEWHERE}{_ROLE}\s+{_PEOPLE}"),  # 'Fox News host Chris Wallace'
    # 'Lester Holt, the moderator', 'Chris Wallace, who moderated', 'Jake Tapper, CNN's host'
    re.compile(
        rf"(?P<a>{_NAME}),\s+(?:the\s+|who\s+|its\s+|our\s+)?(?:[\w’'.-]+\s+){{0,3}}?"
        rf"{_ELSEWHERE}(?:{_ROLE}(?=\s*[,.;:)—–]|\s+and\b|\s*$)|moderated|hosted)\b"
    ),
)
# Words that open a sentence or a phrase, never a name ('host The show', 'host He said').
_NOT_NAMES = frozenset(
    "the a an he she it they we i this that these those his her their our its and or but"
    " in on at of for with".split()
)


def introduced_moderators(opening: str) -> frozenset[str]:
    """The surnames (case folded) of the people ``opening`` introduces as moderator, host,
    anchor, presenter or interviewer."""
    found: set[str] = set()
    for pattern in _INTRODUCED:
        for m in pattern.finditer(opening):
            for group in ("a", "b"):
                name = m.groupdict().get(group)
                if name and name.split()[0].lower() not in _NOT_NAMES:
                    found.add(_surname(name))
    return frozenset(found)


def _surname(name: str) -> str:
    """The name's last word as a label is compared: case folded, one apostrophe."""
    return label_key(re.sub(r"['’]s?$", "", name.split()[-1]))


def label_key(word: str) -> str:
    """A surname or a label's last word, case folded, with one kind of apostrophe."""
    return word.replace("’", "'").casefold()
