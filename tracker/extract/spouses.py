"""Relatives who share a surname: 'Mrs Trump' is the Trump the article marks as a woman.

A husband and wife, a mother and son, or siblings share a surname, and news then tells
them apart by the address title ('Mr Trump', 'Mrs. Trump', 'Ms Rainey'). The title says the
gender; the article says which of its full names bears it: a gendered word right before the
name ('his wife, Melania Trump', 'first lady Melania Trump', 'Mr John Rainey', 'her brother
Tom Lee') or right after it ('Joy Rainey, his mother,'). A title picks the one namesake of
its gender, or the one namesake left when the others are marked the other way; with no
namesake, or no marks to go by, it says nothing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tracker.extract.generations import generation
from tracker.extract.vocab.people import FEMALE_WORDS, MALE_WORDS
from tracker.extract.vocab.speech import TITLE_WORDS

if TYPE_CHECKING:  # canonical asks this module; the type alone comes back
    from tracker.extract.canonical import Names

# The titles that address a person by their surname and say their gender.
_ADDRESS = {
    **dict.fromkeys(("mr", "mister", "monsieur", "herr", "señor", "senor"), "he"),
    **dict.fromkeys(("mrs", "ms", "miss", "madame", "mme", "frau", "señora", "senora"), "she"),
}
_TITLED = re.compile(r"(?i:(" + "|".join(_ADDRESS) + r"))\.?[ \t]+([A-Z][\w’'-]+)")
# The pronoun a clause about the person uses next, before any other capitalised word
# ('Melania Trump made her first public …'); 'He'/'She' opening a sentence are no names.
# What comes before a name that opens a clause: the start of the text, of a line or of a
# sentence, or the comma after an opening phrase ('After the vote, Ann Lee said she').
_OPENS = re.compile(r"(?:\A|[\n.!?]|[.!?][\"”’'][ \t]|[.!?,][ \t])\Z")
_PRONOUN = re.compile(
    r"\b(?:(he|his|himself)|(she|her|hers|herself))\b|\b(?!(?:He|She|His|Her)\b)[A-Z][a-z]|[.!?]"
)


# A couple by title ('Mr and Mrs Penrose', 'Mr. & Mrs. Lee') or a family by its plural
# surname ('the Penroses', 'the Bushes', 'The Obamas').
_COUPLE = re.compile(
    r"(?:[Tt]he[ \t]+)?(?:Mr|Mrs)\.?[ \t]+(?:and|&)[ \t]+(?:Mrs|Mr)\.?[ \t]+([A-Z][\w’'-]+)"
    r"|[Tt]he[ \t]+([A-Z][\w’'-]+s)"
)


def couple(speaker_text: str, names: Names) -> str | None:
    """'Mr and Mrs Penrose', 'the Penroses' -> 'Arthur Penrose and Clara Penrose': the two
    persons of the surname the article names; a titled couple it does not name stays as
    written ('Mr and Mrs Penrose'); None for anything else, a family of three included, or
    a plural the article names no two persons by ('the Democrats')."""
    m = _COUPLE.fullmatch(speaker_text.strip())
    if m is None:
        return None
    titled = m.group(1) is not None
    plural = m.group(2) or ""  # 'Bushes' is the Bushes, 'Penroses' the Penroses
    surname = m.group(1) or next((w for w in (plural[:-2], plural[:-1]) if w in names.by_last), "")
    persons = _persons(names.by_last.get(surname, []))
    if len(persons) == 2:
        pair = [names.best(full) or full[0] for full in persons.values()]
        return " and ".join(sorted(pair, key=lambda n: names.first.get(n, 0)))
    if titled:
        return re.sub(r"^[Tt]he[ \t]+", "", speaker_text.strip())
    return None


def _persons(named: list[str]) -> dict[str, list[str]]:
    """First name -> the full names with it: the persons among the names that end in one
    surname (not 'Secretary Clinton', nor a son's 'Donald Trump Jr.'), shortest first."""
    out: dict[str, list[str]] = {}
    for n in sorted(named, key=len):
        words = n.split()
        if len(words) >= 2 and not generation(n) and words[0].lower() not in TITLE_WORDS:
            out.setdefault(words[0], []).append(n)
    return out


def titled_namesake(speaker_text: str, names: Names) -> str | None:
    """'Mrs. Trump' -> 'Melania Trump' when the article names several Trumps and marks
    which are women; None when the title says nothing the surname alone does not."""
    m = _TITLED.fullmatch(speaker_text.strip())
    if m is None or len(names.by_last.get(m.group(2), ())) < 2:
        return None  # one Trump or none: the surname alone finds the person
    wanted = _ADDRESS[m.group(1).lower()]
    full = [  # persons' names, not 'Secretary Clinton'
        n
        for n in names.by_last[m.group(2)]
        if len(n.split()) >= 2 and not generation(n) and n.split()[0].lower() not in TITLE_WORDS
    ]
    persons = {n.split()[0]: n for n in sorted(full, key=len)}  # one name per first name
    if len(persons) < 2:
        return None
    kinds = {first: _marked(n, names.text) for first, n in persons.items()}
    other = "he" if wanted == "she" else "she"
    left = [f for f, k in kinds.items() if k != {other}]
    if len(left) != 1 or len(left) == len(kinds):
        # A woman among namesakes is the one news marks ('his wife', 'first lady'); a man
        # marked 'son' or 'brother' is most often the kin of another man of the name.
        left = [f for f, k in kinds.items() if k == {wanted} and wanted == "she"]
        if any(wanted in k for f, k in kinds.items() if f not in left):
            return None  # another may be a woman too
    if len(left) != 1:
        return None  # no marks, or several of the title's gender: the title cannot tell
    return names.best([n for n in full if n.split()[0] == left[0]])


def _marked(name: str, text: str) -> set[str]:
    """{'he'}, {'she'}, both or neither: the gendered words the article puts right before or
    after the name ('his wife, Melania Trump'; 'Joy Rainey, his mother') and the pronoun
    its clauses use next."""
    kinds: set[str] = set()
    escaped = re.escape(name)
    before = re.compile(rf"\b([A-Za-z]+)\.?,?[ \t]+{escaped}\b")
    after = re.compile(
        rf"\b{escaped},[ \t]+(?:(?:his|her|their|the|a|an)[ \t]+|[A-Z][\w’']*['’]s[ \t]+)?"
        r"([a-z]+)\b"
    )
    for m in (*before.finditer(text), *after.finditer(text)):
        word = m.group(1).lower()
        if word in MALE_WORDS:
            kinds.add("he")
        elif word in FEMALE_WORDS:
            kinds.add("she")
    for m in re.finditer(rf"\b{escaped}\b", text):
        if _OPENS.search(text, max(0, m.start() - 3), m.start()):  # the clause's subject
            kinds |= _next_pronoun(text, m.end())
    return kinds


def _next_pronoun(text: str, at: int) -> set[str]:
    """{'he'} or {'she'} by the first pronoun after a name, when it comes before the
    sentence ends and before any other name ('Melania Trump made her first …')."""
    m = _PRONOUN.search(text, at)
    if m is None or not (m.group(1) or m.group(2)):
        return set()
    return {"he" if m.group(1) else "she"}
