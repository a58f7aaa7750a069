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
"""

from __future__ import annotations

import re

from tracker.extract.cue_kinds import lemma_of
from tracker.extract.objects import plain_object
from tracker.extract.speaker_check import PERSON, speaker_kind
from tracker.extract.vocab.attribution import (
    ASKED_OPENINGS,
    EVIDENCE_NOUNS,
    FIGURE_SOURCES,
    SETTING_OUT_FORMS,
    SHOWING_LEMMAS,
    SPECULATING_LEMMAS,
    TOPIC_PREPOSITIONS,
)

_SENTENCE_BREAK = re.compile(r"[.!?][\"”’]?\s+|\n")
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
