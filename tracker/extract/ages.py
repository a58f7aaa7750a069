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
# 'Ann Lee, 54,' / 'Ann Lee (54)' / 'Ann Lee, aged 54' / '54-year-old Ann Lee'.
_GIVEN_AFTER = re.compile(rf"({_NAME})(?:,[ \t]+(?:aged[ \t]+)?|[ \t]+\()(\d{{1,3}})(?=[,)])")
_GIVEN_BEFORE = re.compile(rf"\b(\d{{1,3}})-year-old[ \t]+(?:[a-z]+[ \t]+){{0,3}}({_NAME})")


def age_epithet(mention: str) -> str:
    """'the 54-year-old' -> 'the 54-year-old' (the mention to resolve, its apposition cut),
    '' for any other mention."""
    if "year-old" not in mention:
        return ""  # one cheap test: most mentions are names and pronouns
    head = mention.partition(",")[0].strip()
    return head if _AGE_EPITHET.match(head) else ""


class Ages:
    """The ages the article gives persons, by surname, read on first use."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._by_surname_kept: dict[str, set[str]] | None = None

    @property
    def _by_surname(self) -> dict[str, set[str]]:
        """Read on first use, then kept (mypyc does not cache a cached_property)."""
        if self._by_surname_kept is None:
            self._by_surname_kept = self._read_by_surname()
        return self._by_surname_kept

    def _read_by_surname(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for m in _GIVEN_AFTER.finditer(self.text):
            out.setdefault(m.group(1).split()[-1], set()).add(m.group(2))
        for m in _GIVEN_BEFORE.finditer(self.text):
            out.setdefault(m.group(2).split()[-1], set()).add(m.group(1))
        return out

    def may_be(self, name: str, mention: str) -> bool:
        """Whether the person may be called ``mention`` ('the 54-year-old'): yes for a
        mention of no age, or a person the article gives that age or none."""
        found = _AGE_EPITHET.match(mention)
        if found is None or not name.split():
            return True
        given = self._by_surname.get(name.split()[-1], set())
        return not given or found.group(1) in given
