"""Short mentions of a person: a shared surname said alone, and a surname of two words.

A surname two people of the article share, said alone, is the one of them who is speaking.

News names a family ('Eric Garner', his daughter 'Erica Garner'; 'Keith Scott', his widow
'Rakeyia Scott') and then calls the one it is quoting by the surname alone ('Garner wrote').
Which of them that is, the article says by salience: the bearer it last gave a statement
to under their full name, not the bearer named most often (the subject of the story may be
the one who never speaks). A surname only one person bears, a titled one ('Mrs Scott',
which ``spouses`` reads by its gender), and a surname before any bearer has spoken, keep the
reading ``canonical`` gave them.

Spanish and Portuguese names carry two surnames and news calls the person by both with a
title ('José Luis Ortega Pradera' … 'Mr Ortega Pradera said'); those two words are a
name of their own to ``canonical``, which never lengthens a person's name: they are the one
person whose full name ends in them, when the article writes a title before them.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from tracker.extract.canonical import Names, person_part
from tracker.extract.short_names import untitled
from tracker.extract.vocab.people import LONE_NAME_TITLES
from tracker.extract.vocab.speech import INVERTED_DETERMINERS
from tracker.model import Attribution

_QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"")


def speaking_namesakes(attributions: list[Attribution], names: Names) -> list[Attribution]:
    """The attributions with each lone shared surname given to the bearer who last spoke
    under their full name before it, unless the article has named another bearer in full
    since ('Tom Ebeling said …. Betsy Ebeling shook her head. … Ebeling said')."""
    spoke: dict[str, tuple[int, str]] = {}  # surname -> where its bearer last spoke, who
    quoted: list[tuple[int, int]] | None = None  # read for the first shared surname only
    shared: dict[str, bool] = {}  # surname -> whether two people bear it, looked up once
    out: list[Attribution] = []
    for att in attributions:
        words = att.speaker.split()
        mention = att.speaker_text.strip()
        if " " not in mention:  # a lone word: the one cheap test before any lookup
            at, other = spoke.get(mention, (0, ""))
            if other and other != att.speaker and words[-1:] == [mention]:
                bearers = _bearers(mention, names)
                if quoted is None:
                    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(names.text)]
                if other in bearers and not _named_since(
                    bearers - {other}, (at, att.speaker_start), names, quoted
                ):
                    att = replace(att, speaker=other)
        elif _shared(words, shared, names) and _named_in_full(att.speaker, mention, names.text):
            # 'Erica Garner said', 'said Erica Garner, 27,'
            spoke[words[-1]] = (att.speaker_end, att.speaker)
        out.append(att)
    return out


def _shared(words: list[str], shared: dict[str, bool], names: Names) -> bool:
    """Whether two or more people of the article bear the name's last word (``shared``
    remembers each answer)."""
    if len(words) < 2:
        return False
    last = words[-1]
    if last not in shared:
        shared[last] = len(names.by_last.get(last, ())) > 1 and bool(_bearers(last, names))
    return shared[last]


def _named_since(
    others: frozenset[str], span: tuple[int, int], names: Names, quoted: list[tuple[int, int]]
) -> bool:
    """Whether one of ``others`` is named in full within ``span``, outside quotation marks
    and not as whose kin someone is ('the widow of Keith Scott')."""
    lo = bisect.bisect_left(names.at, (span[0],))
    hi = bisect.bisect_left(names.at, (span[1],))
    for at, form in names.at[lo:hi]:
        if names.text[max(0, at - 3) : at] == "of " or any(a < at < b for a, b in quoted):
            continue
        if " ".join(person_part(form.split()) or form.split()) in others:
            return True
    return False


def _named_in_full(speaker: str, mention: str, text: str) -> bool:
    """Whether the mention gives the speaker's full name as the one speaking: not as whose
    kin they are ('The daughter of Eric Garner' is not Eric Garner speaking), nor a word
    capitalised only as it opens a sentence ('Another Slaughter email': 'another' is no
    given name where the article writes it in lower case)."""
    first = speaker.split()[0]
    return (
        " " in speaker
        and first[:1].isupper()
        and speaker in mention
        and f"of {speaker}" not in mention
        and f"{speaker}'s" not in mention
        and f"{speaker}’s" not in mention
        and not _lower_in(first, text)
    )


def _lower_in(word: str, text: str) -> bool:
    """Whether the article writes the word in lower case too: no given name, but a word
    capitalised as it opens a sentence or a headline ('Another', 'Imagine', 'Does')."""
    low = word.lower()
    return low in INVERTED_DETERMINERS or re.search(rf"\b{re.escape(low)}\b", text) is not None


def _bearers(surname: str, names: Names) -> frozenset[str]:
    """The persons the article gives ``surname``, when two or more bear it ('Jack
    McConnell' and 'First Minister Jack McConnell' are one); empty else."""
    full = frozenset(
        " ".join(person_part(n.split()) or n.split()) for n in names.ending_in(surname)
    )
    return full if len(full) >= 2 else frozenset()


def two_word_surnames(attributions: list[Attribution], names: Names) -> list[Attribution]:
    """The attributions with a titled surname of two words ('Mr Ortega Pradera', or 'he'
    read as it) named by the one full name that ends in it."""
    full: dict[str, str | None] = {}  # looked up once a name
    out: list[Attribution] = []
    for att in attributions:
        name = att.speaker
        if name.count(" ") == 1 and name[:1].isupper():  # the cheap screen
            if name not in full:
                full[name] = _ending_in_two(name, names)
            longer = full[name]
            if longer:
                att = replace(att, speaker=longer)
        out.append(att)
    return out


def _ending_in_two(name: str, names: Names) -> str | None:
    """The one person's full name of three words or more that ends in the two words of
    ``name``, when a title stands before them somewhere ('Mr Ortega Pradera'); None else."""
    first, last = name.split()
    if not (first[:1].isupper() and last[:1].isupper()):
        return None
    longer = {
        " ".join(words)
        for n in names.by_last.get(last, ())  # a dict's list: the cheap screen
        if n.endswith(f" {name}")
        and (words := untitled(person_part(n.split())))
        and 3 <= len(words) <= 5
        and words[-2:] == [first, last]
    }
    if len(longer) != 1 or not _honoured(name, names.text):
        return None
    full = longer.pop()
    given = full.split()[:-2]
    return full if all(w[:1].isupper() and not _lower_in(w, names.text) for w in given) else None


def _honoured(name: str, text: str) -> bool:
    """Whether an honorific stands right before the name somewhere ('Mr Ortega Pradera',
    'Mrs. Parker Bowles'): it takes the surname; a role takes the whole name ('writer Brad
    Thor')."""
    at = text.find(f" {name}")
    while at > 0:
        before = text[max(0, at - 12) : at].split()
        if before and before[-1].rstrip(".").lower() in LONE_NAME_TITLES:
            return True
        at = text.find(f" {name}", at + 1)
    return False
