"""Short mentions of a person: a surname two people share, said alone.

A surname two people of the article share, said alone, is the one of them who is speaking.

News names a family ('Eric Garner', his daughter 'Erica Garner'; 'Keith Scott', his widow
'Rakeyia Scott') and then calls the one it is quoting by the surname alone ('Garner wrote').
Which of them that is, the article says by salience: the bearer it last gave a statement
to under their full name, not the bearer named most often (the subject of the story may be
the one who never speaks). A surname only one person bears, a titled one ('Mrs Scott',
which ``spouses`` reads by its gender), and a surname before any bearer has spoken, keep the
reading ``canonical`` gave them; the bearer who spoke under a kin phrase ('The widow of
Peter Ashdown', read by ``kinship``) has spoken too. (A surname of two words, 'Mr Ortega
Pradera', is lengthened by ``canonical``.)
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from tracker.extract.canonical import Names, person_part
from tracker.extract.kinship import KIN_NOUNS
from tracker.extract.vocab.speech import INVERTED_DETERMINERS, OBJECT_PREPOSITIONS
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
        elif _shared(words, shared, names) and (
            _named_in_full(att.speaker, mention, names.text) or _described(words, mention)
        ):
            # 'Erica Garner said', 'said Erica Garner, 27,', 'The widow of Peter Ashdown said'
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
    """Whether one of ``others`` is named in full within ``span`` as someone the story turns
    to: outside quotation marks, not as the object of a preposition ('the widow of Keith
    Scott', 'the report on Rob Dempsey') nor as an owner ('Rob Dempsey's case')."""
    lo = bisect.bisect_left(names.at, (span[0],))
    hi = bisect.bisect_left(names.at, (span[1],))
    for at, form in names.at[lo:hi]:
        before = names.text[max(0, at - 12) : at].split()[-1:]
        after = names.text[at + len(form) : at + len(form) + 2]
        if (before and before[0].lower() in OBJECT_PREPOSITIONS) or after[:1] in ("'", "’"):
            continue
        if any(a < at < b for a, b in quoted):
            continue
        if " ".join(person_part(form.split()) or form.split()) in others:
            return True
    return False


def _described(words: list[str], mention: str) -> bool:
    """Whether the speaker's full name was read from a kin phrase the article ties to one
    person ('The widow of Peter Ashdown' -> Margaret Ashdown, by ``kinship``), not guessed;
    never the relative the phrase names ('The brother of Luis Ortega Ruiz' is not Luis)."""
    return (
        len(words) > 1
        and " ".join(words) not in mention
        and any(w.lower() in KIN_NOUNS for w in mention.split())
    )


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
