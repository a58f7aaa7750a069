"""A person called by a kin of someone named is the person the article names so: "Donald
Trump's son" is Donald Trump Jr., whom the article names; "Ann Lee's husband" is Tom Lee where
the article writes "Ann Lee's husband, Tom Lee," or "Tom Lee, Ann Lee's husband".

Read from the article: an apposition of the same kin phrase, or, for a son, the father's name
with 'Jr' (a name's generation marks the son). Nothing found: the mention stays.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.canonical import Names, full_form
from tracker.extract.descriptions import _NAME
from tracker.model import Attribution

# Kin nouns (what 'X's …' calls a relative).
KIN_NOUNS = frozenset(
    """son daughter wife husband brother sister father mother nephew niece widow widower
    grandson granddaughter stepson stepdaughter""".split()
)
# Words that make the name after them an object, not the kin's name ('Speaking to CNN, …').
_PREPOSITIONS = frozenset("to at with on for from by in of told".split())
_KIN = re.compile(rf"({_NAME})['’]s?[ \t]+({'|'.join(sorted(KIN_NOUNS))})$")


def kin_named(text: str, mention: str) -> str | None:
    """The name of the person an "X's son" mention stands for, if the article gives it."""
    m = _KIN.fullmatch(mention.strip())
    if not m:
        return None
    owner, kin = m.group(1), m.group(2)
    phrase = rf"{re.escape(owner)}['’]s?[ \t]+{kin}"
    found = re.search(rf"{phrase},?[ \t]+({_NAME})", text)
    if found is None:  # 'Tom Lee, Ann Lee's husband': a person's name, not 'Speaking to CNN, …'
        before = re.search(rf"({_NAME}),[ \t]+{phrase}\b", text)
        lead = text[max(0, before.start() - 12) : before.start()].split()[-1:] if before else []
        person = before is not None and len(before.group(1).split()) >= 2
        found = before if person and not (lead and lead[0].lower() in _PREPOSITIONS) else None
    if found and found.group(1) != owner:
        return found.group(1)
    if kin == "son":
        junior = re.search(rf"\b{re.escape(owner)}[ \t]+Jr\b\.?", text)
        if junior:
            return f"{owner} Jr."
    return None


# 'The daughter of Eric Garner, …', 'the elder son of Ann Lee': a kin described by whose
# kin they are; the name after 'of' is the relative, never the speaker.
# A headline's capitals count too ('Daughter Of Eric Garner Blasts …').
_KIN_OF = re.compile(
    rf"(?i:(?:the|an?|his|her|their)[ \t]+)?(?:[a-z-]+[ \t]+)?"
    rf"((?i:{'|'.join(sorted(KIN_NOUNS))}))[ \t]+(?i:of)[ \t]+({_NAME})"
)
# A person the article introduces by a kin noun ('His widow, Carol Dunn', 'his wife Ann
# Lee', 'Carol Dunn, his widow'): that kin of someone, no other. The kin noun is found
# first, and a name before it read in a bounded window (no long scan over a run of capitals).
_KIN_WORDS = "|".join(sorted(KIN_NOUNS))
_KIN_THEN_NAME = re.compile(rf"\b({_KIN_WORDS}),?[ \t]+({_NAME})")
_THEN_KIN = re.compile(rf",[ \t]+(?:his|her|their)[ \t]+(?:[a-z]+[ \t]+)?({_KIN_WORDS})\b")
_NAME_AT_END = re.compile(rf"(?<![\w’'-])({_NAME})$")
_WINDOW = 60


def kin_of_phrase(text: str, att: Attribution, names: Names) -> str | None:
    """'The daughter of Eric Garner' -> 'Erica Garner': the one other person the article
    names in full with the relative's surname (a family shares it), not one it introduces
    as another kin ('His widow, Carol Dunn' is no son); None when none or several, and
    for any other mention."""
    if " of " not in att.speaker_text and " Of " not in att.speaker_text:
        return None  # no 'X of Y': most mentions, told at once
    m = _KIN_OF.match(att.speaker_text)
    if m is None:
        return None
    relative = full_form(m.group(2), names)
    surname = relative.split()[-1]
    kin = {
        n
        for n in names.ending_in(surname)
        if n != relative and not n.endswith(" " + relative) and not relative.endswith(" " + n)
    }
    kin = {n for n in kin if len(n.split()) == 2 and n.split()[0][:1].isupper()}
    if kin:
        others = _introduced_as(text, surname)
        kin = {n for n in kin if others.get(n, m.group(1).lower()) == m.group(1).lower()}
    if len(kin) == 1:
        return kin.pop()
    # no one else to be: never the relative ('The son of Peter Dunn' is not Peter Dunn)
    return att.speaker_text if att.speaker in (relative, m.group(2)) else None


def _introduced_as(text: str, surname: str) -> dict[str, str]:
    """The persons of ``surname`` the article introduces by a kin noun, with that noun
    ('His widow, Carol Dunn' -> {'Carol Dunn': 'widow'})."""
    out: dict[str, str] = {}
    found = [(m.group(2), m.group(1)) for m in _KIN_THEN_NAME.finditer(text)]
    for m in _THEN_KIN.finditer(text):
        before = _NAME_AT_END.search(text, max(0, m.start() - _WINDOW), m.start())
        if before:
            found.append((before.group(1), m.group(1)))
    for name, kin in found:
        if name.split()[-1] == surname:
            out.setdefault(name, kin.lower())
    return out


def _unread(att: Attribution, words: list[str]) -> bool:
    """The mention left as it is, or read as its owner ("Donald Trump's son" -> 'Donald
    Trump', who is not his son)."""
    owner = re.sub(r"['’]s?$", "", words[-2])
    return att.speaker == att.speaker_text or att.speaker.split()[-1:] == [owner]


def kin_of_named(text: str, atts: list[Attribution], names: Names) -> list[Attribution]:
    """The attributions with an "X's son" speaker named as the article names that person."""
    out = []
    for att in atts:
        words = att.speaker_text.split()
        name = None
        if len(words) >= 2 and words[-1] in KIN_NOUNS and _unread(att, words):
            name = kin_named(text, att.speaker_text)
        if name and not name.endswith(" Jr."):  # the generation is the name: kept whole
            name = full_form(name, names)
        name = name or kin_of_phrase(text, att, names)
        out.append(replace(att, speaker=name) if name else att)
    return out
