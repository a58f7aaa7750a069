"""A person of a body is the person: 'Prof Kwame Asante-Boateng of the University of Ghana,
who …' and "the trial's lead investigator, Dr Ngozi Adeyemi-Okafor, a paediatrician at Lagos
University Teaching Hospital" are spoken by the professor and the doctor, not by the
university or the hospital that the mention's last name is.

Read from the mention alone: a personal title, then the capitalised words of a name, opening
the mention or the apposition after a role phrase ('the trial's lead investigator, Dr …').
And a speaker phrase that is an apposition to a name is that name's: 'Republican pollster
Bill McInturff, part of the bipartisan team conducting the survey, told NBC' and 'Christoph
Caselitz, president of the mobile networks division at the firm says' are spoken by the
pollster and by Caselitz, never by the fragment.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.canonical import Names, full_form
from tracker.extract.descriptions import _NAME, _NOT_NAMES
from tracker.model import Attribution

# Titles only a person bears, before a name ('Dr', 'Prof'; not 'President', which opens
# an office's name too).
_TITLES = frozenset("dr prof professor mr mrs ms miss sir dame".split())
_TITLE_WORD = re.compile(rf"\b(?i:{'|'.join(sorted(_TITLES))})\b")
# What a role phrase before an apposition opens with: 'the', 'a', an owner ("the trial's").
_ROLE_OPENERS = frozenset("the a an his her their its our".split())


def titled_person(mention: str) -> str | None:
    """The name a titled person in the mention has ('Kwame Asante-Boateng'), when the
    mention is more than that person ('… of the University of Ghana'); None else."""
    segments = [s.split() for s in mention.split(",")]
    for k, words in enumerate(segments[:2]):
        if words and words[0].lower().strip(".") in _TITLES:
            name = []
            for w in words[1:]:
                if not w[:1].isupper():
                    break
                name.append(w)
            rest = words[1 + len(name) :]
            if (name and name[-1].endswith(("'s", "’s"))) or rest[:1] == ["and"]:
                return None  # "Dr Ann Lee's spokesman", 'Dr Ann Lee and Dr Tom Bell': not her alone
            more = len(name) < len(words) - 1 or len(segments) > k + 1
            return " ".join(name) if 2 <= len(name) <= 4 and more else None
        if k == 0 and (not words or words[0].lower() not in _ROLE_OPENERS):
            return None  # 'a spokesman for Dr Smith': the spokesman speaks
    return None


# A name and its comma right before an apposition ('Bill McInturff, ').
_NAME_BEFORE = re.compile(rf"(?<![\w’'-])({_NAME}),[ \t]*$")
_DETERMINERS = frozenset("the a an".split())
_NO_FRAGMENT = _NOT_NAMES - _DETERMINERS  # 'who', 'which', 'he', 'this': no apposition


def apposed_name(text: str, att: Attribution) -> str | None:
    """The name a speaker phrase stands in apposition to ('Bill McInturff' for 'part of the
    bipartisan team …' after 'Bill McInturff, '), when the phrase closes with a comma before
    its cue, or is an office 'of' something; None else ('He met Ann Lee, an aide said': no
    closing comma, the aide speaks)."""
    words = att.speaker_text.split()
    if len(words) < 2 or not words[0][:1].islower() or words[0].lower() in _NO_FRAGMENT:
        return None
    closed = (
        att.speaker_end <= att.cue_start and text[att.speaker_end : att.cue_start].strip() == ","
    )
    singular = not words[0].endswith("s") or words[0].endswith("ss")  # 'proponents of …'
    office = words[1] == "of" and words[0] not in _DETERMINERS and singular
    if not (closed or office):
        return None
    m = _NAME_BEFORE.search(text, max(0, att.speaker_start - 80), att.speaker_start)
    if not m or m.group(1).split()[0].lower() in _NOT_NAMES:
        return None
    return m.group(1)


def people_of_bodies(text: str, atts: list[Attribution], names: Names) -> list[Attribution]:
    """The attributions with a titled person in the mention spoken by that person, and a
    phrase in apposition to a name spoken by that name."""
    out = []
    for att in atts:
        mention = att.speaker_text
        # One cheap test each before the readings: a title word; a lower-case opening.
        name = titled_person(mention) if _TITLE_WORD.search(mention) else None
        if name is None and att.speaker == mention and mention[:1].islower():
            name = apposed_name(text, att)
        if name and not _is_the_person(att.speaker, name):
            att = replace(att, speaker=full_form(name, names))
        out.append(att)
    return out


def _is_the_person(speaker: str, name: str) -> bool:
    """Whether the speaker read already is that person's name (in full or not)."""
    words = speaker.split()
    return len(words) <= 4 and words[-1:] == name.split()[-1:]
