"""A person's name without the titles before it and the letters after it.

'Judge Miriam van der Sloot' is Miriam van der Sloot, 'Det Insp Farah Qureshi-Blake' is Farah
Qureshi-Blake, 'Harriet Oduya-Lindqvist KC' is Harriet Oduya-Lindqvist: one person, one name.
Only a person's name loses them: what is left must read as a person's name (capitalised words
and name particles, no kind of body or place), so 'General Motors', 'the State Department' and
'Bishop Auckland' stay whole. Knights, dames and peers keep their titles ('Lord Falconer').
"""

from __future__ import annotations

from tracker.extract.name_words import name_word
from tracker.extract.roles import ROLES
from tracker.extract.speaker_check import GROUP_HEADS, ORGANISATION_HEADS
from tracker.extract.vocab.people import (
    LONE_NAME_TITLES,
    NAME_PARTICLES,
    NAME_TITLES,
    POLICE_RANKS,
    POST_NOMINALS,
)
from tracker.extract.vocab.places import COUNTRIES, DEMONYMS, US_STATES
from tracker.extract.vocab.speech import ROLE_NOUNS, TITLE_WORDS


def _title(word: str) -> bool:
    """'Judge', 'Det', 'Insp.', 'DCI'; not 'Di' (a name) nor 'judge' in lower case."""
    bare = word.rstrip(".")
    return bare in POLICE_RANKS or (bare[:1].isupper() and bare.lower() in NAME_TITLES)


def _role(word: str) -> bool:
    """'Chief Executive John Lee': a role or title is left after 'Chief', not a name."""
    low = word.lower().rstrip(".")
    return low in ROLES or low in ROLE_NOUNS or low in TITLE_WORDS or _title(word)


def _post_nominal(word: str) -> bool:
    return word.rstrip(".,") in POST_NOMINALS


def _person_words(words: list[str]) -> bool:
    """Capitalised words and particles between them, none a kind of body or a place."""
    if not words or not words[0][:1].isupper():
        return False
    for w in words:
        low = w.lower()
        if not (w[:1].isupper() or low in NAME_PARTICLES or name_word(w)):
            return False
        if low in ORGANISATION_HEADS or low in GROUP_HEADS or low in COUNTRIES | US_STATES:
            return False
        if low in DEMONYMS:
            return False
    return True


def without_honours(name: str) -> str:
    """``name`` without a person's titles before it and post-nominal letters after it; the
    name unchanged unless what is left reads as a person's name of two words or more (one
    word after a title only a person bears: 'President Obama' -> 'Obama')."""
    words = name.split()
    end = len(words)
    while end > 2 and _post_nominal(words[end - 1]):
        end -= 1
    start = 0
    while start < end - 1 and _title(words[start]):
        start += 1
    rest = words[start:end]
    if rest == words or not _person_words(rest) or any(_role(w) for w in rest):
        return name
    if len(rest) == 1:
        lone = start == 1 and words[0].rstrip(".").lower() in LONE_NAME_TITLES
        if not lone or end < len(words):
            return name
    return " ".join(rest)
