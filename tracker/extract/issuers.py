"""An ad speaks for whoever released it: 'The ad', 'The first ad', 'the second spot' and the
voice heard in it ('the narrator', 'the announcer') are the campaign or person the article
says released, launched, aired or ran it ('Donald Trump released a second campaign ad
Thursday', 'The Marsh campaign launched a 30-second spot'), the latest such before the
mention. An ad no one is said to have released stays as written.
"""

from __future__ import annotations

import re

# What an ad is called, and the voice that speaks in it.
AD_HEADS = frozenset(
    "ad ads advert adverts advertisement advertisements spot spots commercial commercials".split()
)
VOICES = frozenset("narrator announcer voiceover voice-over".split())
# Words that may stand before the head: a determiner, an ordinal, a plain adjective.
_OPENERS = frozenset("the this that its a an".split())
# '<Name> [campaign] released|launched|aired … <ad>', within one sentence.
_RELEASED = re.compile(
    r"(?<![\w’'])((?:[A-Z][\w’'-]* ){0,3}[A-Z][\w-]*(?:['’]s)?)( campaign)? +"
    r"(?:has\s+|have\s+|had\s+)?"
    r"(?:released|launched|unveiled|aired|ran|debuted|began\s+airing|put\s+out)\s+"
    r"[^.!?]{0,60}?\b(?:ads?|adverts?|advertisements?|spots?|commercials?)\b"
)
# How far back (characters) an ad looks for the one who released it.
REACH = 3000


def ad_mention(words: list[str]) -> bool:
    """'The first ad', 'the new spot', 'the narrator': an ad or its voice, by its kind."""
    return (
        2 <= len(words) <= 4
        and words[0].lower() in _OPENERS
        and words[-1].lower() in AD_HEADS | VOICES
        and all(w[:1].islower() or w.isdecimal() for w in words[1:])
    )


def ad_issuer(position: int, text: str) -> str | None:
    """The campaign or person the article last says released an ad, before ``position``
    and within reach: 'Donald Trump', 'Marsh campaign'; None when it says of no one."""
    start = max(0, position - REACH)
    found = next(reversed(list(_RELEASED.finditer(text, start, position))), None)
    if found is None:
        return None
    name = found.group(1).split()
    if name and name[0] in ("The", "A", "An", "On", "In", "Last", "This"):
        name = name[1:]
    if name and found.group(2):
        name[-1] = re.sub(r"['’]s$", "", name[-1])  # "Trump's campaign" -> 'Trump campaign'
    if not name:
        return None
    return " ".join(name) + (" campaign" if found.group(2) else "")
