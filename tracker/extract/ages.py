"""A person called by their age: 'the 54-year-old said' is someone the article named before,
as 'he' is, and news gives ages as it introduces people ('Ann Lee, 54,', 'Ann Lee (54)',
'54-year-old Ann Lee', 'Ann Lee, aged 54'). The age epithet is resolved by salience
(``salience``) like a pronoun; where the article gives ages, it agrees only with a person
whose age is the same, or one it gives no age.
"""

from __future__ import annotations

import re

# 'the 54-year-old' (also 'the 54-year-old, a former KLM executive': the apposition after
# the comma tells of the same person).
_AGE_EPITHET = re.compile(r"(?i:the)[ \t]+(\d{1,3})-year-old$")
_NAME = r"[A-Z][\w’'-]+(?:[ \t]+(?:[a-z]{1,3}[ \t]+)?[A-Z][\w’'-]+)*"
# The age after a name ('Ann Lee, 54,', 'Ann Lee (54)', 'Ann Lee, aged 54'), found first;
# the name is then read in a bounded window before it (a long run of capitals with no
# comma costs no more than a short one).
_AGE_AFTER = re.compile(r"(?:,[ \t]+(?:aged[ \t]+)?|[ \t]+\()(\d{1,3})(?=[,)])")
_NAME_AT_END = re.compile(rf"(?<![\w’'-])({_NAME})$")
_WINDOW = 60
# '54-year-old Ann Lee', 'a 54-year-old teacher, Ann Lee'; after 'the', only the name right
# after it ('The 61-year-old told police Ann Lee': the subject, not Ann Lee).
_GIVEN_BEFORE = re.compile(
    rf"(?<![\w-])(\d{{1,3}})-year-old[ \t]+((?:[a-z]+,?[ \t]+){{0,3}})({_NAME})"
)
_THE = re.compile(r"(?i:the)[ \t]+$")
# Words that end the age's phrase: the name after them is another's ('the 29-year-old
# thanked neighbour Maria Gomez', '33-year-old who met Ann Lee').
_NOT_DESCRIBING = frozenset(
    "who and or but told said says thanked met called asked was is had has with to for by".split()
)


def age_epithet(mention: str) -> str:
    """'the 54-year-old' -> 'the 54-year-old' (the mention to resolve, its apposition cut),
    '' for any other mention."""
    if "year-old" not in mention:
        return ""  # one cheap test: most mentions are names and pronouns
    head = mention.partition(",")[0].strip()
    return head if _AGE_EPITHET.match(head) else ""


class Ages:
    """The ages the article gives persons, by the name given with them, read on first use."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._by_name_kept: dict[str, set[str]] | None = None

    @property
    def _by_name(self) -> dict[str, set[str]]:
        """Read on first use, then kept (mypyc does not cache a cached_property)."""
        if self._by_name_kept is None:
            self._by_name_kept = self._read_by_name()
        return self._by_name_kept

    def _read_by_name(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        text = self.text
        for m in _AGE_AFTER.finditer(text):
            found = _NAME_AT_END.search(text, max(0, m.start() - _WINDOW), m.start())
            if found:
                out.setdefault(found.group(1), set()).add(m.group(1))
        for m in _GIVEN_BEFORE.finditer(text):
            between = m.group(2).replace(",", " ").split()
            if between and _THE.search(text, max(0, m.start() - 5), m.start()):
                continue  # 'The 61-year-old told police Ann Lee'
            if any(w in _NOT_DESCRIBING for w in between):
                continue
            out.setdefault(m.group(3), set()).add(m.group(1))
        return out

    def may_be(self, name: str, mention: str) -> bool:
        """Whether the person may be called ``mention`` ('the 54-year-old'): yes for a
        mention of no age, or a person the article gives that age or none. A name given
        with an age is the person's when one ends the other ('Ann Lee' and 'Lee'; never
        'Tom Lee' for 'Ann Lee')."""
        found = _AGE_EPITHET.match(mention)
        words = name.split()
        if found is None or not words:
            return True
        given: set[str] = set()
        for key, ages in self._by_name.items():
            own = key.split()
            if own[-len(words) :] == words or (len(own) >= 2 and words[-len(own) :] == own):
                given |= ages
        return not given or found.group(1) in given
