"""'said the Serb', 'the American added': a person the article named before, called by
nationality. The person must not be one the article gives another nationality ('Belgian
teenager Mathis Van Acker' is no Serb).

A nationality is given by a demonym before a name, past a few lower-case words of
description ('Belgian teenager Mathis Van Acker', 'the Czech qualifier Tereza Holubová').
"""

from __future__ import annotations

import re

from tracker.extract.vocab.places import NATIONALS
from tracker.model import Attribution

# A capitalised demonym, up to three lower-case words, then the name it describes.
_GIVEN = re.compile(
    r"\b([A-Z][a-z]+)[ \t]+(?:[a-z][\w-]*[ \t]+){0,3}"
    r"([A-Z][\w’'-]+(?:[ \t]+(?:[a-z]{1,3}[ \t]+)?[A-Z][\w’'-]+){0,3})"
)
# 'the ' right before a one-word mention: 'said the Serb' whose mention is 'Serb'.
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")
# Two forms of one nation share their first letters ('Serb', 'Serbian'; 'Briton', 'British').
_STEM = 3


def nation_noun(text: str, att: Attribution) -> str:
    """'the serb' for a speaker called 'the Serb' before a relative clause ('said the Serb,
    who won …') or 'Serb' right after 'the'; '' else. (A bare 'the Serb' is read by
    ``salience``'s person mentions.)"""
    mention = att.speaker_text.split(",")[0].strip()
    words = mention.split()
    if len(words) == 2 and words[0].lower() == "the" and words[1].lower() in NATIONALS:
        return mention.lower() if mention != att.speaker_text else ""
    if " " in mention or mention.lower() not in NATIONALS:
        return ""
    before = text[max(0, att.speaker_start - 8) : att.speaker_start]
    return f"the {mention.lower()}" if _THE_BEFORE.search(before) else ""


class Nationalities:
    """The nationalities the article gives persons, by surname, read on first use."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._by_surname_kept: dict[str, set[str]] | None = None

    @property
    def _by_surname(self) -> dict[str, set[str]]:
        """Read on first use, then kept: functools.cached_property does not cache in a class mypyc
        compiles (it reads again on every use), so the cache is written out."""
        if self._by_surname_kept is None:
            self._by_surname_kept = self._read_by_surname()
        return self._by_surname_kept

    def _read_by_surname(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for m in _GIVEN.finditer(self.text):
            if m.group(1).lower() in NATIONALS:
                out.setdefault(m.group(2).split()[-1], set()).add(m.group(1).lower())
        return out

    def may_be(self, name: str, mention: str) -> bool:
        """Whether the person may be called ``mention`` ('the serb'): yes unless the article
        gives them only other nationalities."""
        words = name.split()
        nation = mention.split()[-1].lower()
        given = self._by_surname.get(words[-1], set()) if words else set()
        return not given or any(g[:_STEM] == nation[:_STEM] for g in given)
