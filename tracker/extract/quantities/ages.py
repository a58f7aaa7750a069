"""A person's age set off after their name, as news writes it: 'Rodrigo de la Fuente, 47,
leads', 'the driver, 23, was', 'Ann Lee (52)'. The figure between the commas is years of
age whatever word follows it; a place's figure ('Ohio, 18, and Iowa, 6') is none."""

from __future__ import annotations

import re

from tracker.extract import lexicon as lx
from tracker.extract.vocab.people import EPITHET_NOUNS, FEMALE_WORDS, MALE_WORDS
from tracker.extract.vocab.places import COUNTRIES, US_STATES

# Lower-case nouns for one person that take an age in apposition ('a woman, 32,').
PERSON_NOUNS = (
    frozenset(
        """man woman boy girl teenager teen pensioner victim driver passenger suspect
        defendant mother father wife husband partner son daughter brother sister
        grandmother grandfather resident student worker officer soldier pilot patient
        owner farmer teacher nurse doctor""".split()
    )
    | MALE_WORDS
    | FEMALE_WORDS
    | EPITHET_NOUNS
)
OLDEST = 115
_HEAD_COMMA = re.compile(r"([A-Za-z][\w'’-]*)\s*,\s*$")
_HEAD_BRACKET = re.compile(r"([A-Z][\w'’-]*)\s*\(\s*$")
# After the age: the apposition closes, and no further figure is listed ('7, 12, 19').
_CLOSED = re.compile(r"\s*(?:,(?!\s*\d)|\.(?:\s|$)|;)")


def set_off_after_person(figure: str, before: str, after: str) -> bool:
    """``figure`` (a whole number in digits) stands between commas, or in brackets, right
    after a person's name or a noun for one person."""
    if not (figure.isdecimal() and 1 <= int(figure) <= OLDEST):
        return False
    if (m := _HEAD_BRACKET.search(before)) is not None:
        return after.lstrip().startswith(")") and _names_a_person(m.group(1))
    m = _HEAD_COMMA.search(before)
    return m is not None and _CLOSED.match(after) is not None and _names_a_person(m.group(1))


def _names_a_person(head: str) -> bool:
    """A capitalised name that is no month, weekday or place, or a noun for one person."""
    low = head.casefold()
    if head[0].isupper():
        return not (low in lx.MONTHS or low in lx.WEEKDAYS or low in COUNTRIES or low in US_STATES)
    return low in PERSON_NOUNS
