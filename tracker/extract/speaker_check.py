"""Is this a speaker? A noun phrase headed by a person, organisation, group, document or poll.

The recogniser takes the words before a cue as its subject; sometimes they are no one: a
sentence adverb ('so far'), a participle ('prompting'), an ordinal ('the Fifth'), a clause
('Yukos has asked the court'), a lone article ('A'). Such an attribution is no claim: the
claim loses its attribution, not its figures. A speaker that passes gets a kind (person,
organisation, group, document, poll, unknown), read from its head word.
"""

from __future__ import annotations

import re
from itertools import pairwise

from tracker.extract.body_voice import VOICE_NOUNS, speaks_for_body
from tracker.extract.vocab.people import NAME_PARTICLES

PERSON = "person"
ORGANISATION = "organisation"
GROUP = "group"
DOCUMENT = "document"
POLL = "poll"
UNKNOWN = "unknown"

# Head nouns by kind (singular; a plural person noun is a group).
ORGANISATION_HEADS = frozenset(
    """company firm group government ministry department council committee commission board
    agency authority regulator association union party bank court institute institution
    university school hospital police army navy campaign organisation organization office
    administration parliament senate congress house assembly club federation league team
    corporation business newspaper paper magazine channel network station website service
    fund trust foundation centre center charity inc corp ltd plc co states kingdom nations
    republic fellowship forum society alliance coalition guild""".split()
)
# What a newspaper's name ends in ('Wall Street Journal', 'Financial Times'): a body that
# speaks, though no head noun of a description ('the Sunday Times' is not 'the times').
PUBLICATION_NAMES = frozenset(
    "journal times post herald telegraph tribune gazette chronicle inquirer examiner".split()
)
DOCUMENT_HEADS = frozenset(
    """report study research survey analysis paper data figures statistics document statement
    letter memo email emails filing review audit assessment forecast estimate estimates
    records record book article headline ruling judgment judgement verdict release note
    notes findings evidence footage video videos transcript website""".split()
)
POLL_HEADS = frozenset("poll polls polling survey surveys census ballot".split())
KIND_HEADS = ORGANISATION_HEADS | DOCUMENT_HEADS | POLL_HEADS
_GROUP_HEADS = frozenset(
    """people experts analysts officials critics campaigners residents voters workers
    economists observers sources supporters opponents leaders members ministers lawyers
    attorneys doctors scientists researchers investors traders protesters activists
    families relatives parents students teachers fans players aides advisers advisers
    executives authorities americans democrats republicans others many some both""".split()
)
GROUP_HEADS = _GROUP_HEADS
_PERSON_PRONOUNS = frozenset("i he she who".split())
_GROUP_PRONOUNS = frozenset("we they you".split())
_BODY_PRONOUNS = frozenset("it which that".split())

# Words that are never the head of a speaker: sentence adverbs, determiners on their own,
# ordinals, auxiliaries that show the 'subject' is a clause.
_ADVERBS = frozenset(
    """far so also however meanwhile instead moreover furthermore nevertheless still yet
    already then now later earlier today yesterday recently previously indeed perhaps maybe
    thus therefore hence separately similarly likewise elsewhere again too even only just
    here there""".split()
)
_DETERMINERS = frozenset("a an the this that these those some any each every no".split())
_QUANTIFIERS = frozenset("many most few several".split())
_ORDINALS = re.compile(
    r"(?i)^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth|last|next|\d+(?:st|nd|rd|th))$"
)
_AUXILIARIES = frozenset(
    """is are was were has have had be been being will would shall should can could may
    might must do does did""".split()
)
# A share of people ('63 percent', 'eight of 10 voters', 'a majority of voters') is counted,
# not heard: what they told pollsters is the poll's finding.
_SHARE = re.compile(
    r"(?i)^\s*(?:(?:only|nearly|almost|about|some|just|more than|less than|fewer than|over|"
    r"under|roughly|around)\s+)*(?:\d[\d,.]*\s*(?:%|per\s*cent|percent)|"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:of|in)\s+"
    r"(?:\d+|four|five|ten|three|two)\b|"
    r"(?:a|the)\s+majority\b|(?:a|the)\s+minority\b|half\s+of\b|most\s+of\b)"
)
_FUNCTION_WORDS = frozenset("in to the a an by on at with of for from as".split())
_OBJECT_STARTS = frozenset("the a an his her its their our my your this that these".split())
_CLAUSE_BREAK = re.compile(r",|\s(?:who|which|that|whose)\s")
_WORD = re.compile(r"[\w’'.-]+")


def _head_phrase(mention: str) -> list[str]:
    """The words before an appositive or relative clause, before 'of'/'by'/'from' and before
    a participle after the head noun ('A study by the institute', 'a study published on
    Wednesday' -> ['A', 'study'])."""
    head = _CLAUSE_BREAK.split(f" {mention} ", maxsplit=1)[0]
    words = _WORD.findall(head)
    for k, w in enumerate(words):
        if k and w.lower() in ("of", "by", "from", "at", "for", "in", "on", "with"):
            return words[:k]
        if k and w.islower() and w.endswith("ed") and words[k - 1].lower() in KIND_HEADS:
            return words[:k]  # 'a study published on Wednesday by …': a participle's phrase
    return words


def is_speaker(mention: str) -> bool:
    """Whether ``mention`` can be who spoke: a noun phrase, not an adverb, a participle, an
    ordinal, a determiner on its own or a clause."""
    if mention.lower().strip() in _PERSON_PRONOUNS | _GROUP_PRONOUNS | _BODY_PRONOUNS:
        return True
    clause = _CLAUSE_BREAK.split(f" {mention} ", maxsplit=1)[0]
    if any(w in _AUXILIARIES for w in _WORD.findall(clause)):  # lower case: not "May"
        return False  # 'Yukos has asked the court to …', 'One of … was the waning …'
    words = _head_phrase(mention)
    if not words:
        return False
    low = [w.lower().strip(".") for w in words]
    if _SHARE.match(mention):
        return False  # '63 percent (of voters)', 'a majority of voters': the poll speaks
    last = low[-1]
    if last in _DETERMINERS or last in _ADVERBS or _ORDINALS.match(last):
        return False
    if len(words) == 1 and last in _QUANTIFIERS:
        return False  # 'Many found …', 'most believe': no one in particular
    if len(words) == 1 and words[0][:1].islower() and last.endswith(("ing", "ly")):
        return False  # 'upsetting', 'prompting', 'reportedly'
    whole = _WORD.findall(clause)
    if whole and whole[0] == "including":
        return False  # 'including ones showing …': a preposition, what it includes no speaker
    if (
        len(whole) >= 2
        and whole[0][:1].islower()
        and whole[0].endswith(("ed", "ing"))
        and whole[1].lower() in _FUNCTION_WORDS
    ):
        return False  # 'contained in a 1998 document', 'including ones': a verb phrase
    # 'The two taped an hourlong (show)': a clause with its own verb.
    return not any(
        w[:1].islower() and w.endswith("ed") and nxt.lower() in _OBJECT_STARTS
        for w, nxt in pairwise(words[1:])
    )


def is_turn_label(mention: str) -> bool:
    """Whether ``mention`` can head a 'NAME: text' line: a transcript label ('SANDERS') or a
    name of two words or more ('Gov. Mike Pence'), not a phrase or a lone word
    ('Frustration with police', 'Frustration')."""
    words = _WORD.findall(mention)
    if not words or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return False
    return mention.isupper() or len(words) >= 2


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def speaker_kind(mention: str, speaker: str) -> str:
    """person, organisation, group, document, poll or unknown, from the head word of the
    mention (or of the resolved name, for a pronoun)."""
    low_mention = mention.lower().strip()
    if low_mention in _PERSON_PRONOUNS:
        return PERSON
    words = [w.lower() for w in _head_phrase(speaker if low_mention in _BODY_PRONOUNS else mention)]
    if not words:
        return UNKNOWN
    head = words[-1]
    if head in POLL_HEADS:
        return POLL
    if head in DOCUMENT_HEADS:
        return DOCUMENT
    if head in ORGANISATION_HEADS or _singular(head) in ORGANISATION_HEADS:
        return ORGANISATION
    if head in VOICE_NOUNS and speaks_for_body(mention, speaker):
        return ORGANISATION  # 'a Pentagon spokesman' read as the Pentagon speaks for it
    if head in PUBLICATION_NAMES and len(words) >= 2 and mention[:1].isupper():
        return ORGANISATION  # 'The Ostland Journal', not 'the journal'

    if head in _GROUP_HEADS or head in _GROUP_PRONOUNS:
        return GROUP
    if head in _BODY_PRONOUNS:
        return UNKNOWN
    name = speaker.split()
    if len(name) >= 2 and all(w[:1].isupper() or w in NAME_PARTICLES for w in name[1:]):
        return PERSON if name[0][:1].isupper() or name[0] in NAME_PARTICLES else UNKNOWN
    return UNKNOWN
