"""From what the recogniser found to what a fact-checker is shown.

The attribution recogniser finds every attribution PolNeAR would (stances and actions too);
the claim layer keeps those that state something: speech and statement cues
(``cue_kinds``) by a speaker that is someone (``speaker_check``), not questions. An attribution it sets aside loses its claim, not its figures: the
quantities inside fall back to a plain quantitative claim. The headline is a summary of the
article, not a claim of its own ('Pence: Trump Was Mocking', 'Minister Says Jobs Safe'): its
statements and figures are made, and checked, in the body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TypeVar

from tracker.extract.apposed_names import apposed_names
from tracker.extract.attribution.not_stated import (
    answers_someone,
    displays_a_thing,
    explains_a_question,
    inside_asked_clause,
    name_modifies_noun,
    presents_a_thing,
    speculates_about,
)
from tracker.extract.attribution.respondents import answers_a_poll
from tracker.extract.canonical import body_start, canonical_names, names_in
from tracker.extract.cue_kinds import SPEECH, cue_kind, makes_claim
from tracker.extract.descriptions import named_descriptions
from tracker.extract.figures_source import figures_source
from tracker.extract.kinship import kin_of_named
from tracker.extract.namesakes import speaking_namesakes
from tracker.extract.objects import (
    cue_is_noun,
    learned_not_told,
    names_a_thing,
    states_nothing,
)
from tracker.extract.pollsters import pollsters
from tracker.extract.salience import resolve_by_salience
from tracker.extract.sentences import Span
from tracker.extract.speaker_check import is_speaker, is_turn_label, speaker_kind
from tracker.extract.spokespeople import spokespeople
from tracker.extract.statements import asks_or_orders
from tracker.extract.titled import people_of_bodies
from tracker.model import Attribution, Claim

F = TypeVar("F")


def claim_attributions(
    text: str,
    found: Sequence[F],
    attributions: Sequence[Attribution],
    sentences: Sequence[Span] = (),
) -> tuple[list[F], list[Attribution]]:
    """The (found, attribution) pairs a claim may carry, in the same order."""
    names = names_in(text, body_start(text))
    if sentences:
        attributions = resolve_by_salience(text, sentences, list(attributions), names)
    attributions = canonical_names(list(attributions), names)
    attributions = named_descriptions(text, attributions, names)
    attributions = pollsters(text, attributions, names)
    attributions = apposed_names(text, attributions, names)
    attributions = spokespeople(text, attributions, names)
    attributions = figures_source(text, attributions)
    attributions = people_of_bodies(text, attributions, names)
    attributions = kin_of_named(text, attributions, names)
    attributions = speaking_namesakes(attributions, names)  # after kin: 'The widow of X' spoke
    kept = _not_restated(
        [
            (f, a)
            for f, a in zip(found, attributions, strict=True)
            if makes_claim(a.cue) and _stated(text, a)
        ]
    )
    return [f for f, _ in kept], [
        replace(a, speaker_kind=speaker_kind(a.speaker_text, a.speaker)) for _, a in kept
    ]


def _not_restated(kept: list[tuple[F, Attribution]]) -> list[tuple[F, Attribution]]:
    """Without a cue inside what its own speaker is already said to have stated ('Roberts
    said she thinks the video should be released': one claim, not a second by 'thinks'), or a
    second cue of the same speaker for the same words ('X went on: "…"')."""
    out: list[tuple[F, Attribution]] = []
    for f, b in kept:
        if not any(
            a.speaker == b.speaker
            and (
                a.content_start <= b.cue_start < a.content_end
                or (a.content_start, a.content_end) == (b.content_start, b.content_end)
            )
            for _, a in out[-3:]  # bounded: the statements just before
        ):
            out.append((f, b))
    return out


def _stated(text: str, a: Attribution) -> bool:
    """A speaker that is someone (a 'NAME:' turn a name; 'who' a person, not 'those who fall
    victim'), an active cue ('Pence was dubbed the winner' is said of him, not by him), and
    content that is no question."""
    cue = text[a.cue_start : a.cue_end]
    if not _someone_speaks(text, a) or not _cue_as_written_states(text, a, cue):
        return False
    after = _TO_VERB.match(text, a.cue_end)
    if after and cue_kind(a.cue) == SPEECH and a.cue.split()[-1] == "on":
        return makes_claim(after.group(1))  # 'went on to discuss' is what the verb says
    content = text[a.content_start : a.content_end]
    particle = _NEXT_WORD.match(text, a.cue_end) or _NEXT_WORD.match(" " + content)
    if particle and not makes_claim(f"{a.cue} {particle.group(1)}"):
        return False  # 'called for releasing', 'called Friday for …': a phrase stating nothing
    if _TOLD_TO.match(content):
        return False  # 'shout at him to drop his gun', 'told them to leave': an order
    if a.mode != "direct" and names_a_thing(a.cue, content):
        return False  # 'The state had added the additional week': an object, not a clause
    if _object_states_nothing(a, content):
        return False
    if inside_asked_clause(text, a.speaker_start, a.cue_start):
        return False  # 'Asked whether he expected to stay, he said …': the question put
    if cue_is_noun(text, a.cue_start, a.cue_end, a.speaker_text):
        return False  # 'Both lists featured …', 'a simmering dispute over …': a noun
    if a.speaker_end <= a.cue_start and name_modifies_noun(
        text, (a.speaker_start, a.speaker_end), a.speaker_text, a.cue_start, cue
    ):
        return False  # 'The 2010 McConnell comment about Obama offers …': a noun phrase
    if states_nothing(text, a.cue, a.cue_end, a.speaker_text, content):
        return False  # 'Under the deal announced in March', 'felt undermined', 'joked with'
    if learned_not_told(a.cue, a.cue_start, a.content_start):
        return False  # 'The CIA eventually learned that …'; not '…, The Post has learned'
    return not asks_or_orders(content)


def _someone_speaks(text: str, a: Attribution) -> bool:
    """Whether the speaker is someone: not a poll's respondents, not the predicate after a
    'who' ('those who fall victim'), not 'you' or a negated subject, not a participle opening
    the sentence, and a 'NAME:' turn only under a name."""
    if not is_speaker(a.speaker_text) or answers_a_poll(a.speaker_text, a.speaker):
        return False  # ('Thirty percent said …', '12 percent who say …': a poll's respondents)
    if a.speaker_text.lower() in _RELATIVES and not is_speaker(a.speaker):
        return False
    before = text[max(0, a.speaker_start - 7) : a.speaker_start].split()
    first = a.speaker_text.split()[0].lower() if a.speaker_text.split() else ""
    if (
        before
        and before[-1].lower() in ("who", "which")
        and a.speaker_text[:1].islower()
        and first not in _SUBJECT_PRONOUNS
    ):
        return False  # 'those who [fall victim to fraud] can find': a predicate, no subject
    if _no_one_or_nothing(text, a) or _participle_opening(text, a):
        return False
    return a.cue.strip() != ":" or is_turn_label(a.speaker_text)


def _cue_as_written_states(text: str, a: Attribution, cue: str) -> bool:
    """Whether the cue as written (``cue``, its text) states something: not a phrase that
    makes no claim, a heading in capitals, a name given ('dubbed'), a passive, modal or
    negated verb, nor an '-ing' modifier ('the virus writing group')."""
    if " " in cue.strip() and not makes_claim(cue):
        return False  # the cue as written decides: 'calling for his dismissal' is a stance
    if cue.isupper() and len(cue) > 2:
        return False  # 'EVEN OZ'S BOSS THINKS …': a heading in capitals, not a statement
    if cue.lower() in _NAMED_PARTICIPLES and text[: a.cue_start].rstrip().endswith(","):
        return False  # 'Steel and Morris, dubbed the McLibel Two, were …': a name given
    if a.speaker_end <= a.cue_start:
        between = text[a.speaker_end : a.cue_start]
        if _PASSIVE.search(between) or _MODAL.search(between):
            return False  # 'was dubbed'; 'they would reveal': said of them, or not yet said
        if _NEGATED.search(between):
            return False  # 'Vargas does not mention …', 'she never said': nothing stated
        if a.cue.endswith("ing") and cue_kind(a.cue) == SPEECH and not _PROGRESSIVE.search(between):
            return False  # 'the virus writing group': a modifier ('polls showing' finds)
    return True


def _participle_opening(text: str, a: Attribution) -> bool:
    """'Using the network, vets …', 'Accepting the prize, she said …': a capitalised
    participle with its object opens the sentence; it is no one's name (a surname such as
    'Yelling' is followed by its verb, not by a determiner)."""
    mention = a.speaker_text
    if " " in mention or not mention.endswith("ing") or not mention[:1].isupper():
        return False
    after = text[a.speaker_end : a.speaker_end + 12].split()
    return bool(after) and after[0].lower() in _OBJECT_DETERMINERS


_OBJECT_DETERMINERS = frozenset("the a an his her its their this that these those our".split())


def _object_states_nothing(a: Attribution, content: str) -> bool:
    """An object after the cue that is no statement (not_stated.py): a quality a person shows
    ('the flanker showed his nous'), a topic speculated on ('speculated about the cost'), a
    thing set out ('laid out his plan'), or whom it answered ('responded to the president')."""
    if a.mode == "direct" or a.content_start <= a.cue_start:
        return False
    return (
        displays_a_thing(a.cue, a.speaker_text, a.speaker, content)
        or speculates_about(a.cue, content)
        or presents_a_thing(a.cue, content)
        or answers_someone(content)
        or explains_a_question(a.cue, content)
    )


def _no_one_or_nothing(text: str, a: Attribution) -> bool:
    """No one speaking ('you'), a negated subject, or content that is only where it was said."""
    if a.speaker_text.lower() == "you":
        return True  # 'if you believe the hype', 'you feel part of it': anyone, no speaker
    if _NEGATED_SPEAKER.search(a.speaker_text):
        return True  # 'Devine didn't concede defeat': the negation read into the subject
    # '…, both Republicans, said in a statement.': where, not what
    return _PHRASE_ONLY.fullmatch(text[a.content_start : a.content_end].strip(" .,")) is not None


_NEGATED_SPEAKER = re.compile(r"(?:n[’']t|\bnot|\bnever)$", re.IGNORECASE)
# A content that is only a short phrase of place, time or manner: nothing was stated.
_PHRASE_ONLY = re.compile(
    r"(?:in|on|at|during|via|through|by|over|from)\s+(?:a|an|the|his|her|their|its)\s+\S+(?:\s+\S+)?",
    re.IGNORECASE,
)
_MODAL = re.compile(r"\b(?:would|could|might|may|should|will|can|must|shall)\b(?:\s+\w+ly)?\s*$")
_PROGRESSIVE = re.compile(r"(?:,|\b(?:is|are|was|were|been|be|kept|keeps|keep))\s*(?:\w+ly\s+)?$")
_NAMED_PARTICIPLES = frozenset(
    "dubbed called named nicknamed labelled labeled branded termed described".split()
)
_NEGATED = re.compile(r"(?:\bnot|n[’']t|\bnever)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_TO_VERB = re.compile(r"\s+to\s+([a-z]+)")
_NEXT_WORD = re.compile(r"\s+([a-z]+)")
_TOLD_TO = re.compile(r"(?:him|her|them|us|me|you|it)\s+(?:not\s+)?to\s+[a-z]+", re.IGNORECASE)
_RELATIVES = frozenset({"who", "which", "that"})
_SUBJECT_PRONOUNS = frozenset("i you he she it we they".split())
# 'was dubbed', 'were mistakenly charged', 'has been called': the subject is spoken of.
_PASSIVE = re.compile(
    r"\b(?:was|were|is|are|am|been|being|be)\s+(?:\w+ly\s+|not\s+|also\s+|only\s+)*$"
)


def body_claims(text: str, claims: list[Claim]) -> list[Claim]:
    """The claims outside the headline."""
    body = body_start(text)
    return [c for c in claims if c.start >= body]
