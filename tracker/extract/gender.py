"""Whether the article calls a person 'he' or 'she', read from the article alone.

A title or gendered noun before the name says it ('Mr Clarke', 'Mrs Dunwoody', 'spokeswoman
Ann Lee'); failing that, the subject pronouns ('he', 'she') in the sentences the person
opens. 'His' and 'her' are left out: they so often belong to the object ('Sen. Ann Cole
grilled the CEO for his role'). Never a list of first names: the article's own words decide,
and a person it gives no sign for has no gender here.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from tracker.extract.sentences import Span
from tracker.extract.vocab.people import FEMALE_WORDS, MALE_WORDS

MALE = "he"
FEMALE = "she"

# A word, then the name after it (read ahead, so 'met Mrs Lee' still finds 'Mrs Lee'). Only
# words that start as a gendered word does are read, and the pattern opens with that class of
# letters, so that the regex engine skips ahead to the next such letter by itself instead of
# trying every position ('(?<!\w.)' after the first letter is the '\b' before it): a quarter
# fewer instructions than '\b([A-Za-z]+)', and the same gendered words found.
_FIRSTS = "".join(sorted({w[0] for w in MALE_WORDS | FEMALE_WORDS if re.fullmatch("[a-z]+", w)}))
_TITLED = re.compile(
    rf"([{_FIRSTS}{_FIRSTS.upper()}](?<!\w.)[A-Za-z]*)\.?[ \t]+"
    r"(?=((?:[A-Z][\w’'-]+[ \t]+){0,2}[A-Z][\w’'-]+))"
)
_MALE_PRONOUNS = re.compile(r"\b(?:he|himself)\b", re.IGNORECASE)
_FEMALE_PRONOUNS = re.compile(r"\b(?:she|herself)\b", re.IGNORECASE)
_ANY_PRONOUN = re.compile(r"\b(?:s?he|himself|herself)\b", re.IGNORECASE)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"")
# A capitalised word of two letters or more: a name, not 'I' (nor a pronoun after a quote).
_CAPITALISED = re.compile(r"\b(?!(?:He|She|Her|His)\b)[A-Z][\w’'-]+")
# What follows the subject of a clause: an auxiliary, a modal, or a verb in the past ('Ann
# Lee said Tom Bell had', '… that Bell lied'); an object is followed by other words ('Lee is
# trailing Bell but').
_VERB_NEXT = re.compile(
    r"[ \t]+(?:had|has|have|was|were|is|are|would|will|could|should|can|may|might|must|"
    r"did|does|do|never|also|then|[a-z]+ed)\b"
)


def genders(
    text: str,
    sentences: Sequence[Span],
    subject: Callable[[Span], str | None],
    person: Callable[[str], bool] = lambda word: True,
) -> dict[str, str]:
    """Name -> MALE or FEMALE, for the persons the article marks: the name a sentence
    opens with (``subject``) as it is written there, the surname after a title. A pronoun
    past another person's name (a capitalised word ``person`` says names one) is no sign."""
    titled: dict[str, str] = {}
    for m in _TITLED.finditer(text):
        word = m.group(1).lower()
        kind = MALE if word in MALE_WORDS else FEMALE if word in FEMALE_WORDS else None
        if kind:
            titled.setdefault(m.group(2).split()[-1], kind)
    votes: dict[str, Counter[str]] = {}
    for s in sentences:
        plain = _QUOTED.sub(" ", text[s.start : s.end])
        if not _ANY_PRONOUN.search(plain):
            continue  # no sign to weigh: the cut past another name is not needed
        name = subject(s)
        if not name:
            continue
        plain = _before_another(plain, name, person)
        he, she = len(_MALE_PRONOUNS.findall(plain)), len(_FEMALE_PRONOUNS.findall(plain))
        if he != she:
            votes.setdefault(name, Counter())[MALE if he > she else FEMALE] += 1
    out = {}
    for name, count in votes.items():
        (first, n), *rest = count.most_common()
        if not rest or n >= 2 * rest[0][1]:
            out[name] = first
    return out | titled  # a title outweighs pronouns


def _before_another(plain: str, name: str, person: Callable[[str], bool]) -> str:
    """The sentence up to the next person named as a clause's subject after the person's
    name: a pronoun past that name may be that one's ('Judge Ann Lee said Tom Bell had
    shown contempt for the people he had ruined' says nothing of Ann Lee; 'Lee is trailing
    Bell, but she' and 'Lee told Ohio voters she' do)."""
    last = name.split()[-1]
    at = plain.find(last)
    if at < 0:
        return plain
    for other in _CAPITALISED.finditer(plain, at + len(last)):
        if person(other.group()) and _VERB_NEXT.match(plain, other.end()):
            return plain[: other.start()]  # the subject of a clause of its own
    return plain


def agrees(name: str, pronoun: str, known: dict[str, str], namesakes: int) -> bool:
    """Whether ``pronoun`` may stand for ``name``: yes unless the article marks them the
    other way, by their name, or by their surname when no one else in it bears that surname
    ('Mrs Scott' says nothing of Keith Scott when Rakeyia Scott is in the article too)."""
    kind = known.get(name)
    if kind is None and namesakes <= 1:
        surname = name.split()[-1]
        kinds = {k for n, k in known.items() if n.split()[-1] == surname}
        kind = kinds.pop() if len(kinds) == 1 else None
    return kind in (None, pronoun)
