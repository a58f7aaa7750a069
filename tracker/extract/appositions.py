"""The person named in apposition inside a speaker phrase, not the body they work for.

News introduces a speaker with a role, the name, and where they work, set off by commas
('said the trial's lead investigator, Dr Ann Okoro, a paediatrician at Lagos General
Hospital'), or with the body after 'of' ('Prof Kofi Mensah of the University of Ghana').
The one who speaks is the person; the body after 'at' or 'of' only places them. A name
counts when it is capitalised words after any title, two or more, and the other parts are
descriptions (lower case, or 'the', 'a', a possessive) — not a list of names.
"""

from __future__ import annotations

import re

from tracker.extract.name_words import name_word
from tracker.extract.speaker_check import ORGANISATION_HEADS
from tracker.extract.speakers import coordinated, split_title
from tracker.extract.vocab.name_forms import FIRM_PARTNERS
from tracker.extract.vocab.people import NAME_PARTICLES, PEER_TITLES, POST_NOMINALS

# An owner before a name: "Acme's Ann Lee", "the Post’s Ann Lee".
_OWNED = re.compile(r"\w['’]s[ \t]+[A-Z]")
_POSSESSIVE = re.compile(r"['’]s$")
_INITIAL = re.compile(r"[A-Z]\.?")
# Lower-case words that join names rather than describe: particles and 'and' ('Ann Lee
# and Tom Bell' is a list, 'Jan van Dyk' a name).
_NOT_DESCRIBING = NAME_PARTICLES | {"and", "&"}


def apposed_person(speaker: str) -> str:
    """'the lead investigator, Dr Ann Okoro, a paediatrician at X' -> 'Ann Okoro';
    'Prof Kofi Mensah of the University of Ghana' -> 'Kofi Mensah'; 'both candidates,
    Democrat Ann Lee and Republican Tom Bell' -> 'Ann Lee and Tom Bell'; '' else."""
    if "," not in speaker and _OF_FROM.isdisjoint(speaker.split()) and not _OWNED.search(speaker):
        return ""  # a plain name or a description: nothing set beside a name
    parts = [p.strip().split() for p in speaker.split(",") if p.strip()]
    if len(parts) == 1 and not _OWNED.search(speaker):
        return " ".join(_of_body(parts[0])) if parts else ""  # a plain name reads as it is
    names: list[list[str]] = []
    for k, part in enumerate(parts):
        if k >= 2 and not names:
            return ""  # a name late in a list ('…, which includes X, Age Concern, Y')
        name = _of_body(part) or ([] if _description(part) else _person(part) or _joint(part))
        if name:
            names.append(name)
        elif not _description(part):
            return ""  # neither a name nor a description: some other phrase
    return " ".join(names[0]) if len(names) == 1 else ""


def _joint(words: list[str]) -> list[str]:
    """'Democrat Ann Lee and Republican Tom Bell' -> the words of 'Ann Lee and Tom Bell':
    two or more persons named in full and joined, who speak together; [] else."""
    names = [_person(n.split()) for n in coordinated(" ".join(words)) or []]
    if len(names) < 2 or not all(names) or any("." in w for n in names for w in n):
        return []  # a dot may end a sentence the phrase runs over ('Malcolm X. Ann Lee')
    return " and ".join(" ".join(n) for n in names).split()


# The words that set a body after a person's name ('of the University of Ghana', 'from X').
_OF_FROM = frozenset({"of", "from"})


def _of_body(words: list[str]) -> list[str]:
    """'Prof Kofi Mensah of the University of Ghana', "Ann Lee of Acme University's
    Center", 'Ann Lee from the Resolution Foundation' -> the person before 'of' or 'from'
    when a body follows it (not 'Lord Lee of Cardiff', a
    peer's seat); [] else."""
    at = next((k for k, w in enumerate(words[1:-1], 1) if w in _OF_FROM), 0)
    if not at:
        return []  # ('Ann Lee from the University of Leeds': the first of them)
    body = [_POSSESSIVE.sub("", w.lower()) for w in words[at + 1 :] if w != "the"]
    firm = "&" in body or (bool(body) and body[-1] in FIRM_PARTNERS)  # "AG Edwards & Sons"
    if ORGANISATION_HEADS.isdisjoint(body) and not firm:
        return []  # 'Ann Lee of Cardiff': a home town, or a peer's seat
    # 'Political scientist Ann Lee of the University of X': the body after the name tells
    # where the person works, so a calling before it describes them too.
    return _person(words[:at], described=True)


def _person(words: list[str], described: bool = False) -> list[str]:
    """The name in ``words`` after any owner and title when they are a person's name
    alone: two or more capitalised words (particles between), not a body's, not a peer's;
    [] else."""
    owner = max((k + 1 for k, w in enumerate(words) if w.endswith(("'s", "’s"))), default=0)
    words = words[owner:]  # "Acme’s Ann Lee" is Ann Lee; "Ann Lee's" names her as an owner
    while words and words[-1] in POST_NOMINALS:
        words = words[:-1]  # 'Ann Lee QC
    if not words or words[0].lower() in PEER_TITLES:
        return []
    title, name = split_title(words)
    if len(name) < 2 or name[-1].lower() in ORGANISATION_HEADS:
        return []
    calling = described and all(w.islower() for w in title[1:])  # 'Political scientist'
    if not (calling or all(w[:1].isupper() for w in title)) or any(_acronym(w) for w in name):
        return []  # 'the trial's investigator Ann Lee': a description that ends in a name
    if not all(w[:1].isupper() or w in NAME_PARTICLES or name_word(w) for w in name):
        return []
    return name


def _acronym(word: str) -> bool:
    """'US', 'MP', 'BBC': capitals that name no person; not an initial ('K.', 'J')."""
    return word.isupper() and not _INITIAL.fullmatch(word)


def _description(words: list[str]) -> bool:
    """A role, an age or a workplace set beside a name: it holds a word in lower case ('the
    lead author', 'Acme's chief executive', '54'), not only names ('The Acme Alliance')."""
    return any(not w[:1].isupper() and w not in _NOT_DESCRIBING and not name_word(w) for w in words)
