"""A person called by one part of a longer name than 'given name + surname'.

Spanish and Portuguese names carry two surnames, the father's and then the mother's
('Sen. Marcela Quirós Vargas'); news calls the person by the first of them ('Quirós said'),
which no name of the article ends in. A son's name ends in his generation ('Harry Hurt
III'), and news calls him by the surname before it ('Hurt said'). The lone word is that
person when exactly one such full name has it just before its last word, no name ends in
it, and the article marks the full name as a person's: a generation after it, or a title or
role before it ('Sen.', 'economist') — not 'Trouble-hit Mitsubishi Motors'.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tracker.extract.generations import generation
from tracker.extract.roles import ROLES
from tracker.extract.vocab.people import LONE_NAME_TITLES, PERSONAL_TITLES

if TYPE_CHECKING:  # canonical asks this module; the type alone comes back
    from tracker.extract.canonical import Names

_TITLES = LONE_NAME_TITLES | PERSONAL_TITLES | ROLES


def paternal_surname(word: str, names: Names) -> str | None:
    """'Quirós' -> 'Marcela Quirós Vargas', 'Hurt' -> 'Harry Hurt III' (the one such full
    name); None else."""
    if not word[:1].isupper() or names.ending_in(word):
        return None
    middle = f" {word} "
    full = {
        n
        for n in names.count
        if n.count(" ") == 2  # a cheap screen before any split
        and middle in n
        and len(n.split()) == 3
        and n.split()[1] == word
        and all(w[:1].isupper() and not w.isupper() for w in n.split()[:2])
        and (generation(n) or _titled(n, names.text))
    }
    return full.pop() if len(full) == 1 else None


def _titled(name: str, text: str) -> bool:
    """Whether a title or role stands right before the name somewhere ('Sen. Ann Lee Soto',
    'economist Ann Lee Soto')."""
    for m in re.finditer(rf"([A-Za-z]+)\.?[ \t]+{re.escape(name)}\b", text):
        if m.group(1).lower() in _TITLES:
            return True
    return False
