"""A cue's object that is a thing, not a statement.

Some verbs of saying also take a plain object: 'The state added a week', 'they disclosed the
specter of …', 'Graham has acknowledged the reality of climate change', 'They cite the 2000
election', 'Sky charges a £10 fee'. What follows them is a statement only when it is a
clause, with a verb of its own ('added the plan was flawed'); a noun phrase states nothing a
checker can check. Without a tagger, a clause is told by a finite verb before the first
comma or relative word.
"""

from __future__ import annotations

import re

from tracker.extract.cue_kinds import IRREGULAR, lemma_of
from tracker.extract.vocab.attribution import CARDINAL_WORDS

# Verbs of saying that also take a plain object (by lemma). Not 'announce', 'confirm',
# 'report', 'reveal' or 'disclose': their object states a fact ('announced the arrest of a man').
OBJECT_OR_CLAUSE = frozenset(
    """add acknowledge cite comment specify mention claim charge record note release explain
    maintain assume""".split()
)

# Verbs of saying whose object, unless a clause, is a thing made or done, with or without a
# determiner: 'posted pictures of herself', 'posted a $676m loss', 'have written emulators',
# 'briefed the ambassador', 'observing training' (not 'posted that …', 'wrote: "…"').
OBJECT_FIRST = frozenset("post write brief observe".split())

# A noun phrase opens with one of these.
_DETERMINERS = frozenset("the a an its their his her our my this these those another".split())

# Finite verbs that neither end in -ed nor are listed in cue_kinds.IRREGULAR.
_FINITE = frozenset(
    """is are was were be been has have had will would can could may might must shall should
    do does did lost won rose fell grew got went came saw took made gave paid spent sold
    bought cut put set kept left met ran hit led held brought built began became knew stood
    fled""".split()
)

_WORD = re.compile(r"[A-Za-z’']+|[,;:—–]")
# Where a plain object ends: punctuation, a relative word, a subordinator ('four
# conversions as Wales kept their start': the verb after 'as' is the next clause's).
_SEGMENT_ENDS = frozenset(
    """, ; : — – which who that when where as while because although though since unless
    until whereas even""".split()
)


def names_a_thing(cue: str, content: str) -> bool:
    """Whether ``content`` after ``cue`` is a plain object, not a clause stated."""
    words = cue.split()
    lemma = lemma_of(words[-1]) if words else None
    if lemma not in OBJECT_OR_CLAUSE and lemma not in OBJECT_FIRST:
        return False
    return plain_object(content, need_determiner=lemma not in OBJECT_FIRST)


def plain_object(content: str, need_determiner: bool = True) -> bool:
    """Whether ``content`` opens with a noun phrase that no verb of its own follows before
    a comma or relative word ('the additional week', 'pictures of herself'), not a clause
    ('the plan was flawed'); with ``need_determiner``, the phrase opens with one."""
    tokens = _WORD.findall(content[:200])
    if not tokens or tokens[0].lower() == "that":
        return False
    if need_determiner and not _opens_noun_phrase(tokens[0]):
        return False
    for token in tokens[1:]:
        low = token.lower()
        if low in _SEGMENT_ENDS:
            break
        if low in _FINITE or (low.endswith("ed") and len(low) > 4) or low in IRREGULAR:
            return False
    return True


def _opens_noun_phrase(word: str) -> bool:
    """A determiner or a number opens a noun phrase ('the week', 'four conversions', '12
    points'); a clause with a number for subject has its verb, which the caller looks for."""
    low = word.lower()
    return low in _DETERMINERS or low in CARDINAL_WORDS or low[:1].isdigit()


# Cue verbs that are nouns too ('the lists', 'a dispute', 'reports', 'the poll'), by lemma.
NOUN_CUES = frozenset(
    """list dispute report claim estimate forecast survey poll count record tally note comment
    answer reply quote charge post tweet joke boast remark retort counter show rate find
    project measure cite call""".split()
)

# Words after a cue that make it a noun, the head of a subject, not a verb ('Both lists
# featured …'): a verb of its own in the past or present.
_VERB_NEXT = re.compile(r"\s+(?:[a-z]{3,}ed|was|were|is|are|has|have|had)\b")
# 'He's correct', 'I am reminded of': a word after a copula is no verb of saying.
_COPULA_BEFORE = re.compile(r"(?:['’]s|\b(?:is|was|am|are|were|be|been))\s+$", re.IGNORECASE)
# A degree word makes the word after it an adjective: 'the most elaborate', 'more vocal'.
_DEGREE_BEFORE = re.compile(r"\b(?:most|more|less|least|very|so|too)\s+$", re.IGNORECASE)
_DETERMINERS_BEFORE_HEAD = frozenset("a an the this that us uk eu".split())
_PLURAL_HEADS = frozenset("police people staff media public".split())
# A singular subject opened by these takes no bare verb: 'a simmering dispute over …'.
_SINGULAR_OPENERS = frozenset("a an each every another".split())
# A plural noun phrase opens with these, and a verb in -s never follows one: 'the success
# of other similar projects that …', 'several polls …', 'these reports'.
_PLURAL_OPENERS = frozenset(
    "other many several some few these those such both various numerous two three four".split()
)


def cue_is_noun(text: str, cue_start: int, cue_end: int, speaker_text: str) -> bool:
    """Whether the one-word cue at ``cue_start`` is a noun, not a verb of saying: a verb
    follows it ('Both lists featured only one …'), or it is bare after a singular subject
    with one word before it ('a simmering dispute over …'; not 'a study by … put')."""
    cue = text[cue_start:cue_end]
    if " " in cue or not cue.isalpha():
        return False
    if lemma_of(cue) in NOUN_CUES and _VERB_NEXT.match(text, cue_end):
        return True  # not 'which he said were …', 'the arguments they believe worked'
    before = speaker_text.lower().split()[-2:]
    if cue.endswith("s") and lemma_of(cue) in NOUN_CUES and set(before) & _PLURAL_OPENERS:
        return True  # 'other similar projects': a plural noun, not 'the bank projects'
    if cue.lower().endswith("ed"):
        return False
    words = speaker_text.lower().split()
    bare = lemma_of(cue) == cue.lower() and cue.lower() not in IRREGULAR  # not 'put', 'read'
    if not bare:
        return False
    if _DEGREE_BEFORE.search(text[max(0, cue_start - 8) : cue_start]):
        return True  # 'one of the most elaborate': an adjective
    if _COPULA_BEFORE.search(text[max(0, cue_start - 12) : cue_start]):
        return True  # "He's correct in most of what he says": an adjective
    if len(words) == 2 and words[0] in _SINGULAR_OPENERS:
        return True
    # 'the tax dispute between …', 'a US government report that …': a bare noun cue right
    # after a singular noun phrase (a verb would agree: 'the firm reports').
    return (
        lemma_of(cue) in NOUN_CUES
        and len(words) >= 2
        and words[-2] in _DETERMINERS_BEFORE_HEAD
        and not words[-1].endswith("s")
        and words[-1] not in _PLURAL_HEADS
        and text[max(0, cue_start - len(speaker_text) - 4) : cue_start]
        .rstrip()
        .lower()
        .endswith(speaker_text.lower())
    )


def learned_not_told(cue: str, cue_start: int, content_start: int) -> bool:
    """'The CIA eventually learned that …': coming to know is no statement; only the
    reporter's formula after what was found ('…, The Post has learned.') reports it."""
    words = cue.split()
    return bool(words) and lemma_of(words[-1]) == "learn" and cue_start < content_start


# A subject never opens with these: a cue after 'Under the deal …' is a participle of the
# noun ('the deal announced in March'), not a verb of saying.
_PREPOSITIONS = frozenset(
    "under in on at after before with without by for from into over during since of".split()
)
# '(announced) in January, …': a participle's time or place, then the sentence goes on.
_WHEN_THEN_COMMA = re.compile(r"\s+(?:in|on|at|last|this|earlier|by|for)\b[^,.;:\"“]{0,30},")
# Naming participles: 'a band of exiled officers called Free Army 9, …'.
_NAMING = frozenset("called named dubbed nicknamed known labelled labeled termed".split())
_NAME_THEN_END = re.compile(r"(?:[A-Z0-9][\w'’-]*\s+){0,4}[A-Z0-9][\w'’-]*\s*(?:[,;.)]|$)")
# A title in quotation marks, every word capitalised: 'called "Tenemos Familias"'.
_QUOTED_TITLE = re.compile(r"[\"“‘'][A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5}[,.]?[\"”’']")
_QUOTED_TERM = re.compile(
    r"[\"“‘'][^\"”’'\s]+(?:\s[^\"”’'\s]+){0,3}[\"”’']\s+(?:that|which|who|,|and)"
)
# 'felt undermined', 'feels let down': a feeling, not a belief stated.
_FEELING = re.compile(
    r"\s+(?:\w+ly\s+)?(?:[a-z]+ed|let down|sorry|bad|sad|happy|angry|proud|lucky|great|good)\b"
)


# '(wrote), directed and starred in': the cue is one of a list of things done.
_ACTION_LIST = re.compile(r",\s+([a-z]+ed)\b(?:,\s+[a-z]+ed\b)*,?\s+and\s+[a-z]+")
# 'think of', 'heard of', 'dreamt of': a thing in mind, not a statement ('said of the plan:
# "…"' and 'warned of' still say something).
_THINK_OF = frozenset(("think", "know", "hear", "dream", "conceive"))
# Telling a story is narrating, not stating: 'tells the story of', 'recounts the tale of'.
_NARRATING = frozenset(("tell", "recount", "relate", "narrate"))
_STORY = re.compile(
    r"(?:the|a|an|its|his|her|their)\s+(?:\w+\s+)?(?:story|stories|tale|tales|saga)\b",
    re.IGNORECASE,
)


def states_nothing(text: str, cue: str, cue_end: int, speaker_text: str, content: str) -> bool:
    """A cue that is no verb of saying in its sentence: a participle of a noun in a phrase
    ('Under the deal announced in March, …'), a name given ('a band of exiled officers called
    Free Army 9'), a feeling ('had felt undermined'), or company kept ('joked with his
    brother'), or a story told ('tells the story of')."""
    words = cue.split()
    if not words:
        return False
    last = words[-1].lower()
    first = speaker_text.split()[0].lower() if speaker_text.split() else ""
    if first in _PREPOSITIONS and _WHEN_THEN_COMMA.match(text, cue_end):
        return True  # not 'In a joint statement the firms said they …'
    if last in _NAMING and first in ("a", "an") and _NAME_THEN_END.match(content):
        return True
    if last in _NAMING and (_QUOTED_TERM.match(content) or _QUOTED_TITLE.match(content)):
        return True  # 'links called "trackers" that …', 'an ad called "Tenemos Familias" on …'
    if lemma_of(last) == "feel" and _FEELING.match(text, cue_end):
        return True
    if lemma_of(last) in _NARRATING and _STORY.match(content):
        return True  # 'the film tells the story of a young mum': a narrative, no statement
    listed = _ACTION_LIST.match(text, cue_end)
    if listed and content.startswith(listed.group(1)):
        return True  # 'which he wrote, directed and starred in': things done, no statement
    if content.startswith("of ") and lemma_of(last) in _THINK_OF:
        return True  # 'if you think of Snake when …': a thing in mind, nothing stated
    return content.startswith("with ")
