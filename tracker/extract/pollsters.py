"""A poll speaks for whoever made it: 'A new Quinnipiac University poll showed' is
Quinnipiac University, 'an online Ipsos/Reuters tracking poll' is Ipsos/Reuters, 'New CNN
polls out Sunday show' is CNN; and 'the poll', 'the newest poll', 'the same survey' are the
maker of the poll the article cited last. News names a poll by its makers, the capitalised
run before the head noun and the words that say what kind of poll it is ('tracking',
'national', 'online'). A poll credited 'by' or 'for' a body is read elsewhere
(``speakers_documents``); a poll 'from Utah' or 'in Ohio' names a place, not a maker, and
stays a poll ('poll from Utah'); polls by no one ('recent polls', 'Some new polls') are
'polls'.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.canonical import Names, full_form
from tracker.extract.lexicon import MONTHS, WEEKDAYS
from tracker.extract.vocab.kinds import POLL_HEADS, POLL_KINDS, RECENT_POLL_WORDS
from tracker.extract.vocab.name_forms import NON_NAME_OPENERS as _SENTENCE_OPENERS
from tracker.extract.vocab.people import PARTY_WORDS
from tracker.extract.vocab.places import COUNTRIES, DEMONYMS, US_STATES
from tracker.model import Attribution

_HEADS = POLL_HEADS
# Words that open a poll's mention before its maker ('A new', 'The latest', 'Some').
_OPENERS = frozenset(
    "a an the this that these those some two three several new latest recent fresh".split()
)
_DETERMINERS = frozenset("a an the this that these those some".split())
# What an unnamed poll's mention may hold before 'polls': 'recent polls', 'Some new polls'.
_ANY_POLLS = _OPENERS | frozenset("many most other all national state early".split())
# What follows a head and credits the poll to a body: read elsewhere (``speakers_documents``).
_CREDITING = frozenset("by for".split())
# What may follow a poll's head and still end its mention ('… poll released Monday', '…
# poll of 1,000 adults', '… polls out Sunday', '… poll this summer').
_AFTER = frozenset("of out on from in this last which that taken showing among at".split())
# Nouns a poll's head qualifies, no poll then: "Trump's poll numbers", 'a poll lead'.
_COMPOUNDS = frozenset(
    """numbers ratings rating lead leads position positions workers watchers tax station
    stations booth booths average averages standing standings deficit gains bump boost
    slump respondents""".split()
)
# Small words inside a maker's name ('Mail on Sunday', 'Center for American Progress').
_JOINERS = frozenset("of and & on for the de".split())
_WORD = r"[A-Z][\w/&.’'-]*"
# 'Quinnipiac University poll', 'Politico/Morning Consult tracking poll', "Gallup's survey".
_MADE = re.compile(
    rf"((?:{_WORD}[ \t]+(?:(?:of|and|&|on|for|the|de)[ \t]+)?)*{_WORD})[ \t]+(?:[a-z][\w-]*[ \t]+){{0,3}}?"
    r"(?:poll|survey)s?\b"
)
# How far back (characters) 'the poll' looks for the poll it stands for.
REACH = 3000


def poll_maker(words: list[str]) -> str | None:
    """'A new Politico/Morning Consult poll conducted Monday' -> 'Politico/Morning Consult':
    the capitalised run before the poll's head and the lower-case words that tell its kind;
    None when the mention is no poll named by its maker."""
    head = next((k for k, w in enumerate(words) if k and w.strip(",") in _HEADS), None)
    after = words[head + 1].strip(",") if head is not None and head + 1 < len(words) else ""
    if head is None or after in _CREDITING or after in _COMPOUNDS:
        return None
    if after and not (after.endswith("ed") or after in _AFTER or after[:1].isdigit()):
        return None  # 'ISM survey chairman Lars Ekberg': a person, named after the poll
    k = head
    while k > 0 and head - k < 3 and _telling_kind(words[k - 1]):
        k -= 1
    run: list[str] = []
    for w in reversed(words[:k]):
        if w[:1].isupper() or (w in _JOINERS and run):
            run.insert(0, w)
        else:
            break
    if run and run[0].lower() in _DETERMINERS:
        run = run[1:]  # 'A New York Times poll': the article, never 'New'
    elif len(run) == k:  # the mention's first word, capitalised as it opens the sentence
        while run and run[0].lower() in _OPENERS | _SENTENCE_OPENERS:
            run = run[1:]  # 'New CNN polls out', 'However surveys'
    while run and run[0] in _JOINERS:
        run = run[1:]
    owner = next((i for i, w in enumerate(run) if re.search(r"['’]s?$", w)), len(run) - 1)
    if (
        run
        and re.search(r"['’]s?$", run[-1])
        and owner == len(run) - 1
        and _not_made(words[k:head])
    ):
        return None  # "Trump's favourite poll": a poll he likes, not one he made
    run = run[: owner + 1]  # "the Fed's Beige Book survey": the Fed's
    if not run or run[-1] in _JOINERS:
        return None
    run[-1] = re.sub(r"['’]s?$", "", run[-1])
    return None if _no_maker(run) else " ".join(run)


def _telling_kind(word: str) -> bool:
    """A lower-case word that tells a poll's kind ('tracking', 'national', 'online'), not
    one of a clause ('the BSA which commissioned the survey') or a verb ('conducted')."""
    return word[:1].islower() and word not in _CLAUSE_WORDS and not word.endswith("ed")


# Words that open or join a clause, never a poll's kind.
_CLAUSE_WORDS = frozenset(
    "which that who whom whose the a an its their his her our and or to of in on for by at with".split()
)


def _no_maker(run: list[str]) -> bool:
    """A place, a nation or a party: where or whose voters were polled, not who polled; a
    month or a day ('a June poll'); a kind of poll opening a sentence ('Exit polls'); a
    race or a question, with its place or not ('a Florida Senate poll', 'a Brexit poll')."""
    low = " ".join(run).lower()
    if _place(low) or low in PARTY_WORDS:
        return True
    if low in MONTHS or low in WEEKDAYS or low in POLL_KINDS or low in _ANY_POLLS:
        return True
    words = low.split()
    return any(
        (not k or _place(" ".join(words[:k]))) and all(w in _RACES for w in words[k:])
        for k in range(len(words))
    )


def _place(low: str) -> bool:
    """A state, a nation or its people ('ohio', 'new hampshire', 'british')."""
    return low in US_STATES or low in COUNTRIES or low in DEMONYMS


# What a poll is about rather than who made it: a race, an office, a vote, a question.
_RACES = frozenset(
    """senate senatorial house governor gubernatorial presidential mayoral mayor primary
    primaries congressional election elections referendum brexit leadership caucus caucuses
    midterm midterms runoff ballot""".split()
)
# Words of an owner's poll that tell no kind of poll: "Trump's favourite poll" is no
# poll Trump made; "Gallup's latest daily survey" is Gallup's.
_OWNED_KINDS = frozenset("own newest same last first second third".split())


def _not_made(between: list[str]) -> bool:
    """Whether a word between an owner and the poll tells no kind of poll ('favourite')."""
    return any(w.lower() not in POLL_KINDS and w.lower() not in _OWNED_KINDS for w in between)


def anaphoric_poll(words: list[str]) -> bool:
    """'the poll', 'The newest poll', 'the same survey': a poll cited before."""
    return (
        2 <= len(words) <= 4
        and words[0].lower() in ("the", "this", "that")
        and words[-1] in ("poll", "survey")
        and all(w[:1].islower() for w in words[1:])
        and "other" not in words
    )


def _unnamed_polls(words: list[str]) -> bool:
    """'recent polls', 'Some new polls', 'polls': polls the article credits to no one."""
    return (
        bool(words)
        and words[-1].lower() == "polls"
        and all(w.lower() in _ANY_POLLS | _SENTENCE_OPENERS for w in words[:-1])
    )  # ('However polls show': the sentence's opening word is no one)


def _a_description(speaker: str) -> bool:
    """A speaker still given by a poll's description ('The poll', 'newest poll')."""
    return not speaker[:1].isupper() or speaker.split()[0].lower() in _OPENERS


def pollsters(text: str, atts: list[Attribution], names: Names) -> list[Attribution]:
    """The attributions with each poll given as its maker ('Politico/Morning Consult'), 'the
    poll' as the maker of the poll cited last, and polls by no one as 'polls'."""
    if " poll" not in text and " survey" not in text and "Poll" not in text:
        return atts  # one cheap test for the many articles with no poll
    made: list[tuple[int, str, str]] | None = None
    out = []
    for att in atts:
        words = att.speaker_text.split()
        resolved = att.speaker.split() if att.speaker != att.speaker_text else []
        name = poll_maker(words) or (poll_maker(["a", *resolved]) if resolved else None)
        if name:
            att = replace(att, speaker=_full(name, names))
        elif anaphoric_poll(words) and _a_description(att.speaker):
            if made is None:
                made = _makers(text, names)
            before = [m for m in made if att.speaker_start - REACH < m[0] < att.speaker_start]
            if before and _same_kind(words, before[-1][2]):
                att = replace(att, speaker=before[-1][1])
        elif _unnamed_polls(words) and (
            _a_description(att.speaker)
            or att.speaker.lower() in _SENTENCE_OPENERS
            or att.speaker == att.speaker_text
        ):
            att = replace(att, speaker="polls")
        elif _from_a_place(words):
            att = replace(att, speaker=" ".join(words[1:]))
        elif resolved and _no_maker(resolved) and _polled_by_name(words, resolved):
            att = replace(att, speaker=" ".join([*resolved, _polled_by_name(words, resolved)]))
        out.append(att)
    return out


def _makers(text: str, names: Names) -> list[tuple[int, str, str]]:
    """Every poll the article names by its maker, as (where, maker, its words in lower
    case), in text order."""
    out = []
    for m in _MADE.finditer(text):
        after = text[m.end() : m.end() + 20].split()[:1]  # "Trump's poll numbers": no poll
        name = poll_maker(["a", *text[m.start() : m.end()].split(), *after])
        if name:
            out.append((m.start(), _full(name, names), m.group().lower()))
    return out


def _same_kind(words: list[str], cited: str) -> bool:
    """Whether 'the … poll' may be the poll cited: no word of a kind the cited one is not
    ('the exit poll' after 'A Quinnipiac University poll' is another poll; 'the tracking
    poll' after 'a Marist tracking poll' is it)."""
    kinds = [w.lower() for w in words[1:-1] if w.lower() in POLL_KINDS - RECENT_POLL_WORDS]
    return all(k in cited.split() for k in kinds)


def _full(name: str, names: Names) -> str:
    """The maker's fullest name, not one grown by a sentence's opening word ('New CNN')."""
    full = full_form(name, names)
    return name if full.split()[0].lower() in _OPENERS else full


def _polled_by_name(words: list[str], resolved: list[str]) -> str:
    """The poll's head when the speaker was read as the words right before it ('A new Ohio
    Senate poll' read as 'Ohio Senate', whose voters were polled): '' else."""
    n = len(resolved)
    for k in range(n, len(words)):
        if words[k] in _HEADS and words[k - n : k] == resolved:
            return words[k]
    return ""


def _from_a_place(words: list[str]) -> bool:
    """'A poll from Utah', 'a survey in Ohio': a poll of a place, by no maker named."""
    return (
        len(words) >= 4
        and words[0].lower() in ("a", "an", "the")
        and words[1] in _HEADS
        and words[2] in ("from", "in")
        and _no_maker(words[3:])
    )
