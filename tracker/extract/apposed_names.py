"""A description set off by commas after a name is that name's, not a speaker of its own:
'Peña Rivamar 1921, the largest of them with about 4,000 members, said …' is Peña Rivamar
1921; 'Harbour Bank, one of the oldest lenders in the county, said …' is Harbour Bank; and
so is the 'who' of a relative clause after it ('said Ann Lee, a Penn State freshman, who
said …').
English puts the name first and the apposition between commas before the verb; where the
resolver kept only the apposition as the speaker, the name that opens the sentence is it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.canonical import UPPER, Names, full_form
from tracker.extract.vocab.name_forms import NON_NAME_OPENERS
from tracker.model import Attribution

# What opens an apposition that describes: a determiner or a quantifier ('one of …').
_DESCRIBING = frozenset("the a an one some".split())
# Capitals with accents too ('Óbidos Ultras 1921', 'Écija Ultras 1921').
_WORD = rf"[{UPPER}][\w’'&.-]*"
_RUN = rf"((?:{_WORD}|\d+)(?:[ \t]+(?:of|de|del|and|&|{_WORD}|\d+))*),[ \t]*$"
# A name that opens its sentence, then the comma that opens the apposition.
_NAME_BEFORE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))" + _RUN)
# A name anywhere, then the comma: for an apposition a relative clause goes on from ('said
# Ann Lee, a Penn State freshman, who said …'; 'Paula Jones, a former state employee who
# had accused …'): its 'who' is the name's.
_NAME_ANYWHERE = re.compile(r"(?<![\w’'-])" + _RUN)
_RELATIVE = re.compile(r"[ \t]*,?[ \t]*who(?:[ \t]+(?:had|has|have|also|later|then))*[ \t]*")


def apposed_names(text: str, atts: list[Attribution], names: Names) -> list[Attribution]:
    """The attributions with a speaker read as a name's apposition given that name."""
    out = []
    for att in atts:
        name = _apposed_to(text, att, names) or _antecedent_apposed(text, att)
        out.append(replace(att, speaker=name) if name else att)
    return out


def _antecedent_apposed(text: str, att: Attribution) -> str | None:
    """'who' read as the apposition before it ('Paula Jones, a former state employee who
    had accused …'): the name that apposition follows, of two words or more."""
    lead = att.speaker.split()[:1]
    if att.speaker_text.lower() != "who" or not lead or lead[0].lower() not in _DESCRIBING:
        return None
    at = text.rfind(att.speaker, max(0, att.speaker_start - 200), att.speaker_start)
    if at < 0 or text[at + len(att.speaker) : att.speaker_start].strip(" \t,"):
        return None  # not right before its 'who'
    found = _NAME_ANYWHERE.search(text, max(0, at - 80), at)
    name = found.group(1).split() if found else []
    return " ".join(name) if len(name) >= 2 and name[0] not in ("The", "A", "An") else None


def _apposed_to(text: str, att: Attribution, names: Names) -> str | None:
    """The name before ``att``'s speaker when that speaker is an apposition to it, still
    unresolved (a description in lower case) and closed by a comma before the cue."""
    words = att.speaker_text.split()
    if len(words) < 2 or words[0] not in _DESCRIBING or att.speaker[:1].isupper():
        return None  # (a quick test first: most speakers are names or pronouns)
    closed = text[att.speaker_end : att.cue_start].strip() == ","
    if not closed and not _RELATIVE.fullmatch(text, att.speaker_end, att.cue_start):
        return None
    pattern = _NAME_BEFORE if closed else _NAME_ANYWHERE
    found = pattern.search(text, max(0, att.speaker_start - 80), att.speaker_start)
    if found is None:
        return None
    name = found.group(1).split()
    if not closed and len(name) < 2:
        return None  # a relative clause after a lone word: no one named for certain
    if name[0].lower() in NON_NAME_OPENERS or (len(name) == 1 and not names.count.get(name[0])):
        return None  # 'However, the largest …'; a lone word the article names nowhere else
    full = full_form(" ".join(name), names)
    return full if len(full) >= len(" ".join(name)) else " ".join(name)  # '… 1921' kept
