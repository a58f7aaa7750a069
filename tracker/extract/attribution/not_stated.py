"""Verbs of saying or showing used where nothing is stated.

Five readings of English, each general by construction:

- A question put to the speaker: 'Asked whether he expected to stay, he said: "…"'. The
  participle clause before the comma reports the question; a cue inside it ('he expected')
  is part of what was asked, not a statement (the answer after the comma is).
- A quality or a deed on display: 'the flanker showed his nous', 'Lufthansa showed signs of
  recovery', 'she proved her worth'. A verb of evidence (show, prove, demonstrate) states a
  finding when its subject is a source of figures or evidence ('polls show a close race',
  'the footage shows a man running'), or when what follows is a clause ('he showed the plan
  was flawed'); after anyone else, a plain object is a thing shown, not a statement.
- A thing set out: 'laid out his plan', 'outlined the proposals'. What a verb of setting out
  has for a plain object is presented, not stated; a clause after it is a statement.
- Whom it answered: 'responded to the president without making things personal'. A cue
  followed only by 'to' and a noun phrase names whom it addressed, and states nothing.
- A topic speculated on: 'speculated about the cost', 'opined on the state of the world'. A
  verb of speculating states what follows it only when that is a clause ('speculated that
  the men were …').
- A question explained: 'explained why the video did not hurt him', 'discussed how the cuts
  would work'. A verb of explaining with an indirect question names what was explained.
- A request in the first person: 'I respectfully urge you to …', 'we are writing to request
  that …', 'We call on the board to …'. The speaker asks for something, stating nothing.
- A name that modifies a noun cue: 'The 2010 McConnell comment about Obama offers …'. After a
  determiner the name is part of a noun phrase whose head is the cue word, a remark named.
"""

from __future__ import annotations

import re

from tracker.extract.cue_kinds import lemma_of
from tracker.extract.objects import NOUN_CUES, plain_object
from tracker.extract.speaker_check import PERSON, speaker_kind
from tracker.extract.vocab.attribution import (
    ASKED_OPENINGS,
    EVIDENCE_NOUNS,
    EXPLAINING_LEMMAS,
    FIGURE_SOURCES,
    QUESTION_WORDS,
    REQUEST_VERBS,
    SETTING_OUT_FORMS,
    SHOWING_LEMMAS,
    SPECULATING_LEMMAS,
    TOPIC_PREPOSITIONS,
)

# (Read as '[.!?][\"”’]?\s+|\n', opened by one character class: the regex engine then skips,
# fast, the positions no break starts at; tests/test_extract_fast_openings.py.)
_SENTENCE_BREAK = re.compile(r"[.!?\n](?:(?<=[.!?])[\"”’]?\s+|(?<=\n))")
_ASKED = re.compile(
    rf"\s*[\"“‘]?(?:when\s+|after\s+being\s+|being\s+)?asked\s+(?:{'|'.join(ASKED_OPENINGS)})\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z’']+")
# 'to' and the noun phrase it opens: a determiner, an object pronoun or a name.
_TO_NOUN_PHRASE = re.compile(
    r"\s*(to)\s+(?:the|a|an|his|her|their|its|our|my|this|that|these|those|him|them|us|me|"
    r"[A-Z][a-z])"
)
# A quote or a colon after whom it was said to: what was said follows ('to him \'Look, …\'').
_QUOTE_OR_COLON = re.compile(r"[\"“‘:]|(?:^|\s)'\w")
_COLON_THEN_WORDS = re.compile(r":\s*\S")
_CLAUSE_END = re.compile(r"[,:;\"“”.!?\n]")


def inside_asked_clause(text: str, speaker_start: int, cue_start: int) -> bool:
    """Whether the subject and cue sit in an opening 'Asked whether/if/about …' clause of
    their sentence, before its comma: part of the question put, not a statement."""
    start = max(0, speaker_start - 300)
    opening = text[start:speaker_start]
    breaks = list(_SENTENCE_BREAK.finditer(opening))
    if breaks:
        opening = opening[breaks[-1].end() :]
    elif start > 0:
        return False
    if not _ASKED.match(opening) or "," in opening or "," in text[speaker_start:cue_start]:
        return False
    # The clause closes with a comma after the cue, before the answer ('…, he said: "…"');
    # without one the cue may be the answer's own ('Asked whether … musical he said: "…"').
    rest = _CLAUSE_END.search(text, cue_start)
    return rest is not None and rest.group() == ","


def displays_a_thing(cue: str, speaker_text: str, speaker: str, content: str) -> bool:
    """Whether ``content`` after a verb of evidence ('showed') is a plain object shown by a
    person: a quality or deed, not a finding ('polls showing Trump ahead' state one)."""
    words = cue.split()
    if not words or lemma_of(words[-1]) not in SHOWING_LEMMAS:
        return False
    subject = {w.lower() for w in _WORD.findall(f"{speaker_text} {speaker}")}
    if subject & (FIGURE_SOURCES | EVIDENCE_NOUNS):
        return False
    if speaker_kind(speaker_text, speaker) != PERSON:
        return False  # 'RealClearPolitics showing her ahead': a body's figures
    return plain_object(content, need_determiner=False)


def speculates_about(cue: str, content: str) -> bool:
    """Whether a verb of speculating ('speculated', 'opined') has a topic, not a clause, after
    it ('speculated about the cost', 'opined on the state of the world', 'have speculated in
    recent weeks about …'): what is wondered about states nothing."""
    words = cue.split()
    if not words or lemma_of(words[-1]) not in SPECULATING_LEMMAS:
        return False
    first = _WORD.match(content.lstrip(" \"“‘'"))
    if first is not None and first.group().lower() in TOPIC_PREPOSITIONS:
        return True
    return plain_object(content, need_determiner=False)


def presents_a_thing(cue: str, content: str) -> bool:
    """Whether a verb of setting out ('laid out', 'spelled out', 'outlined') has a plain
    object ('laid out his plan', 'laid out one last fact:'): a thing presented, not a
    statement; a clause after it ('spelled out that the deal was off') is one."""
    words = cue.lower().split()
    if not words or words[0] not in SETTING_OUT_FORMS:
        return False
    if words[0].startswith("outlin") != (len(words) == 1) or words[1:] not in ([], ["out"]):
        return False  # 'outlined' alone, 'laid out' / 'spelled out' with their particle
    if _COLON_THEN_WORDS.search(content):
        return False  # 'laid out the problem: the province is missing its goal …'
    return plain_object(content, need_determiner=False)


def answers_someone(content: str) -> bool:
    """Whether what follows the cue is only whom it answered or addressed ('responded to the
    president without making things personal', 'replied to the letter'): 'to' and a noun
    phrase, no clause; not 'to say that …' nor 'to the council that …'."""
    m = _TO_NOUN_PHRASE.match(content)
    if m is None or _QUOTE_OR_COLON.search(content):
        return False  # 'wrote to his followers, “It's time …”': the quote is what was said
    rest = content[m.end(1) :]
    return "that" not in _WORD.findall(rest.lower())[:12] and plain_object(
        rest, need_determiner=False
    )


def explains_a_question(cue: str, content: str) -> bool:
    """Whether a verb of explaining ('explained', 'discussed', 'wondered') has an indirect
    question after it ('explained why the video did not hurt him'): what was explained is
    named, not stated."""
    words = cue.split()
    if not words or lemma_of(words[-1]) not in EXPLAINING_LEMMAS:
        return False
    first = _WORD.match(content.lstrip(" \"“‘'"))
    return first is not None and first.group().lower() in QUESTION_WORDS


_REQUEST = re.compile(
    r"(?:^|[,;:.!?—–]\s*|[\"“‘]\s*)(?:i|we)(?:['’](?:d|m|re))?\s+"
    r"(?:(?:\w+ly|also|hereby|now|therefore|would|am|are|again|once|more|strongly)\s+)*"
    r"(?:writing\s+to\s+)?(\w+)\b",
    re.IGNORECASE,
)
_UPON = re.compile(r"\s+(?:on|upon|to|for)\b", re.IGNORECASE)


def requests_something(content: str) -> bool:
    """Whether ``content`` opens (after a short lead-in) with a request in the first person:
    'I respectfully urge you to …', '“In fairness to all, we are writing to request that …',
    'We call on the board to …'. The verb asks someone to do something ('to', 'that' after
    it); 'I urge caution, but the figures show …' goes on to state."""
    head = content[:200]
    m = _REQUEST.search(head)
    if m is None or m.start() > 60:
        return False
    verb = m.group(1).lower()
    if verb not in REQUEST_VERBS and lemma_of(verb) not in REQUEST_VERBS:
        return False
    if verb.endswith("ed"):
        return False  # 'we asked them': what was done, told as a fact
    rest = head[m.end() :]
    if verb.startswith(("call", "appeal")) and _UPON.match(rest) is None:
        return False  # 'we call it a scandal': not 'we call on'
    clause = _CLAUSE_BREAK.split(rest, maxsplit=1)[0]
    return _TO_OR_THAT.search(clause) is not None


_CLAUSE_BREAK = re.compile(r",\s*(?:but|and|while|though|although)\b|;|\.\s")
_TO_OR_THAT = re.compile(r"\b(?:to|that)\b")


def name_modifies_noun(
    text: str, speaker: tuple[int, int], speaker_text: str, cue_start: int, cue: str
) -> bool:
    """Whether a bare cue word right after a name opened by a determiner is a noun ('The
    2010 McConnell comment about …', 'a Clinton remark'): a verb after a singular name would
    agree ('McConnell comments'), and the determiner opens a noun phrase. Not after a
    plural ('the Lib Dems claim') nor a collective British usage agrees with in the plural
    ('the Government claim'), and not when any word stands between the name and the cue
    ('The Fed has forecast …', 'The Fed last year forecast …': a verb after its subject)."""
    speaker_start, speaker_end = speaker
    if text[speaker_end:cue_start].strip():
        return False
    if " " in cue or lemma_of(cue) != cue.lower() or cue.lower() not in NOUN_CUES:
        return False
    words = _WORD.findall(speaker_text)
    if not words or words[-1].endswith("s") or not words[-1][:1].isupper():
        return False
    if words[-1].lower() in _COLLECTIVES:
        return False
    if len(words) >= 2 and words[0].lower() in _NOUN_DETERMINERS:
        # 'The 2010 McConnell', 'a Clinton': only a name after the determiner, not 'The
        # document released Monday show …', a subject of its own.
        return all(w[:1].isupper() for w in words[1:])
    before = _WORD.findall(text[max(0, speaker_start - 30) : speaker_start])
    return bool(before) and before[-1].lower() in _NOUN_DETERMINERS


_COLLECTIVES = frozenset(
    """government party team club council committee board family public union cabinet
    opposition police""".split()
)
_NOUN_DETERMINERS = frozenset("the a an this that his her its their our".split())
