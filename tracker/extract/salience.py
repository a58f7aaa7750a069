"""'he' and 'she' by salience: the subject of the same sentence, else of the sentences before.

News introduces a speaker as the subject ('Gary Flowers said …', 'Henman came from two sets
down …, so he knows …'); a pronoun that follows refers to that subject, not to the nearest
name in an object or inside a quotation ('… our SANZAR (… Australia Rugby) partners,"
he said' is Gary Flowers). A subject is the name that opens its sentence (after 'But',
'In a statement,' and titles) or the named speaker of an attribution in it. Where no subject
is found within reach, the resolver's answer stands.
"""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace

from tracker.extract.ages import Ages, age_epithet
from tracker.extract.canonical import (
    ORGANISATION_HEADS,
    Names,
    body_start,
    name_tail,
    person_part,
)
from tracker.extract.gender import agrees, genders
from tracker.extract.it_body import body_before
from tracker.extract.name_words import name_word
from tracker.extract.nations import Nationalities, nation_noun
from tracker.extract.roles import ROLES, RoleHolders
from tracker.extract.sentences import Span
from tracker.extract.short_names import paternal_surname
from tracker.extract.speaker_check import is_speaker
from tracker.extract.speakers import addressed_is, cue_object, described_by, national
from tracker.extract.they import group_before, spoken_before
from tracker.extract.vocab.firm_names import FIRM_NAME_TAILS
from tracker.extract.vocab.name_forms import HYPHEN_PARTICLES
from tracker.extract.vocab.people import (
    EPITHET_NOUNS,
    FEMALE_WORDS,
    MALE_WORDS,
    NAME_PARTICLES,
    PEER_TITLES,
    PERSONAL_TITLES,
    SEAT_ROLES,
    SIDE_WORDS,
)
from tracker.extract.vocab.places import COUNTRIES, DEMONYMS, US_STATES
from tracker.extract.vocab.speech import ROLE_NOUNS
from tracker.model import Attribution

# How many sentences back a pronoun looks for its subject, and how many speakers of one
# sentence it weighs (a run of quotes with no sentence break stays linear).
REACH = 3
_PER_SENTENCE = 3

_PERSON_PRONOUNS = frozenset({"he", "she"})
# Curly, straight, and doubled-apostrophe quotes (''like this,'' as some papers print).
_QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"|''[^\n]*?''")
# A surname with its particle joined by a hyphen ('al-Mazrouei', 'el-Sayed', 'bin-Jassim',
# 'abu-Rashid'): a name's word, though it opens in lower case (``HYPHEN_PARTICLES``).
_JOINED = rf"(?:{'|'.join(sorted(HYPHEN_PARTICLES))})-[A-Z]"
# A run of capitalised words; an abbreviated title's dot inside it ('Massachusetts Sen.
# Elizabeth Warren') does not end it.
# Lower-case particles count inside it, up to two before a capital ('Miriam van der Sloot'),
# and a surname's particle joined to it ('Saif bin Rashid al-Mazrouei').
_NAME = re.compile(
    r"[A-Z][\w’'-]*(?:\.(?=[ \t]+[A-Z]))?"
    rf"(?:[ \t]+(?:(?:{'|'.join(sorted(NAME_PARTICLES))})[ \t]+){{0,2}}"
    rf"(?:[A-Z]\.|[A-Z][\w’'-]*(?:\.(?=[ \t]+[A-Z]))?|{_JOINED}[\w’'-]*))*"
)
# A body's head and 'of' or 'for' just before a run: the run ends the body's name.
_OF_BODY = re.compile(
    rf"\b(?i:{'|'.join(sorted(ORGANISATION_HEADS))})[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?$"
)
# A preposition of place right before a name: what follows is where, not who.
_PLACE_OBJECT = re.compile(r"\b(?:at|in|near|outside|inside|across|into)[ \t]+(?:the[ \t]+)?$")
# The first words of a sentence, where its subject is named.
_HEAD_WORDS = re.compile(r"(?:\S+\s+){0,5}\S+")
# Words that may open a sentence before its subject.
_LEAD = re.compile(
    r"(?:\W*(?:"
    # a phrase set off by a comma, tried first: 'In a statement issued Tuesday morning,'
    r"(?:in|on|at|after|before|during|following|despite|since|speaking|asked)"
    r" [^,.;:“\"\n]{1,50}(?=,)|"
    # a participle's phrase: 'Repeating from his speech at the convention last week,'
    r"[a-z]+ing [^,.;:“\"\n]{1,80}(?=,)|"
    r"but|and|however|meanwhile|still|yet|so|later|earlier|now|then|instead|"
    r"in [a-z ]{1,30}|on [A-Za-z ]{1,20}|at [a-z ]{1,20}|last [a-z]+|this [a-z]+)\W+)*",
    re.IGNORECASE,
)


def resolve_by_salience(
    text: str, sentences: Sequence[Span], attributions: list[Attribution], names: Names
) -> list[Attribution]:
    """The attributions with 'he'/'she' speakers given the subject they refer to; ``names``
    are the article's (``canonical.names_in``), to tell a surname from a word."""
    starts = [s.start for s in sentences]
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    speakers = {a.speaker_start: a for a in attributions}
    positions = sorted(speakers)
    out: list[Attribution] = []
    known: dict[str, str] | None = None
    holders = RoleHolders(text)  # read on first use: who the article gives which role
    nations = Nationalities(text)  # and which nationality
    ages = Ages(text)  # and which age
    for att in attributions:
        epithet = _epithet(text, att) or nation_noun(text, att)
        pronoun, owned = (epithet, "") if epithet else _person_mention(att)
        if pronoun:
            if known is None:  # read once, and only for an article with 'he' or 'she'
                known = genders(
                    text,
                    sentences,
                    lambda s: _opening_name(text, s.start, s.end, quoted, names),
                    lambda word: bool(names.ending_in(word)),  # a person's surname
                )
            addressed = cue_object(text, att.cue_end)
            said = _not_the_speaker(text, (sentences, starts, positions, quoted), att, owned, names)
            subject = _subject_before(
                text,
                sentences,
                starts,
                att.speaker_start,
                quoted,
                (positions, speakers),
                names,
                agree := lambda name, p=pronoun, k=known, o=addressed, b=said: (
                    not addressed_is(name, o)  # 'he told Hannity' is not Hannity
                    and _not_named(name, b, names)  # nor anyone named in what he said
                    and (
                        _holds(name, p, holders)
                        and (not national(p) or nations.may_be(name, p))
                        and ages.may_be(name, p)
                        if p not in _PERSON_PRONOUNS
                        else agrees(name, p, k, _namesakes(name.split()[-1], names))
                    )
                ),
            )
            if owned and not subject:  # 'video showed Ana Lee falling (her campaign said …)'
                subject = _named_in_sentence(sentences, starts, att.speaker_start, names, agree)
            if not owned and att.speaker_text.lower() in _PERSON_PRONOUNS:
                where = (sentences, starts, att.speaker_start, att.cue_end, quoted)
                subject = _unbound(text, where, subject or att.speaker, names, agree) or subject
            if subject:
                att = replace(att, speaker=f"{subject}’s {owned}" if owned else subject)
                speakers[att.speaker_start] = att
            elif pronoun in _PERSON_PRONOUNS and att.speaker != att.speaker_text:
                # The nearest name the resolver fell back on: not one the article calls by
                # the other pronoun ('she' is not the man named last); left unresolved.
                if not agree(att.speaker) or _no_person(att.speaker) or _body(att.speaker):
                    att = replace(att, speaker=att.speaker_text)
        elif stands := _unnamed(text, sentences, att, quoted, (positions, speakers), names):
            att = speakers[att.speaker_start] = replace(att, speaker=stands)
        out.append(att)
    return out


_OWNERS = {"his": "he", "her": "she"}


def _unnamed(
    text: str,
    sentences: Sequence[Span],
    att: Attribution,
    quoted: list[tuple[int, int]],
    speakers: tuple[list[int], dict[int, Attribution]],
    names: Names,
) -> str | None:
    """Whom an unresolved 'they', 'it', 'we' or 'I', or a lede's unnamed role, stands for;
    None when the text does not say."""
    low = att.speaker.lower()
    if low == att.speaker_text.lower() and low in _OTHERS:
        if low in ("we", "i"):
            return _quoting(att, speakers[1], quoted)
        return _group_or_body(text, sentences, att, speakers, names)
    return _named_next(text, sentences, att, quoted, speakers, names)


def _named_next(
    text: str,
    sentences: Sequence[Span],
    att: Attribution,
    quoted: list[tuple[int, int]],
    speakers: tuple[list[int], dict[int, Attribution]],
    names: Names,
) -> str | None:
    """The person a news lede's unnamed speaker is: '…, a Labour backbencher has said.'
    and the next sentence names him as it reports him ('Derek Wyatt said …'). Only for a
    role with 'a' or 'an' in the body's first sentence, when the next sentence opens with
    a person who speaks in it."""
    words = att.speaker_text.split()
    if len(words) < 2 or words[0].lower() not in ("a", "an") or words[-1] not in _ROLES:
        return None
    body = [s for s in sentences if s.start >= body_start(text)][:2]
    if len(body) < 2 or not body[0].start <= att.speaker_start < body[0].end:
        return None
    nxt = body[1]
    name = _opening_name(text, nxt.start, nxt.end, quoted, names)
    positions, by_position = speakers
    lo, hi = bisect.bisect_left(positions, nxt.start), bisect.bisect_left(positions, nxt.end)
    said = {by_position[p].speaker.split()[-1] for p in positions[lo:hi]}
    return name if name and name.split()[-1] in said else None


_ROLES = ROLES | ROLE_NOUNS
_OTHERS = frozenset(("they", "it", "we", "i"))
# How far (characters) a quotation may open after the quoted words before it ends, to go on
# with the same speaker's words: a paragraph break and its quotation mark.
_QUOTE_GAP = 8


def _quoting(
    att: Attribution, speakers: dict[int, Attribution], quoted: list[tuple[int, int]]
) -> str | None:
    """Who 'we' or 'I' inside a quotation is: the speaker it is quoted from — whose quoted
    words hold it ('"… we have conceded one goal," McClaren said'), or whose quoted words
    end right before its quotation opens (the next paragraph's quotation goes on with them)."""
    k = bisect.bisect_right(quoted, (att.speaker_start, sys.maxsize)) - 1
    if k < 0 or not quoted[k][0] <= att.speaker_start < quoted[k][1]:
        return None
    start = quoted[k][0]
    for a in speakers.values():
        if a is att or a.mode == "indirect" or a.speaker.lower() in _OTHERS | _PERSON_PRONOUNS:
            continue
        if a.content_start <= att.speaker_start < a.content_end:
            return a.speaker
        if a.speaker_start < start and 0 <= start - a.content_end <= _QUOTE_GAP:
            return a.speaker
    return None


def _group_or_body(
    text: str,
    sentences: Sequence[Span],
    att: Attribution,
    speakers: tuple[list[int], dict[int, Attribution]],
    names: Names,
) -> str | None:
    """The group 'they' stands for (``they``), or the body or document 'it' does
    (``it_body``); None when the text names none within reach."""
    if att.speaker_text.lower() == "they":
        starts = [s.start for s in sentences]
        return group_before(text, sentences, starts, att.speaker_start) or spoken_before(
            text, sentences, att.speaker_start, speakers
        )
    return body_before(text, sentences, att.speaker_start, speakers, names)


def _said_names(
    text: str, att: Attribution, owned: str, names: Names, reporting: bool
) -> frozenset[str]:
    """The words naming persons in what a subject 'he' or 'she' is said to have said.
    English has a speaker say 'I' of themselves, so no person named in their quoted words
    is the pronoun's ('"We must drop Lanny," he wrote' is not Lanny), save in a quotation
    they repeat ('"He told me, 'Ann Lee, you are the best'," she said' may be Ann Lee). A
    clause reported before its pronoun names someone else too when the report goes on from
    a speaker before ('Bell said Lee had tried hard. But Lee had been hurt, he added' is
    Bell); without one, news may name the speaker there ('Ms Lee was shocked, she said').
    Not for an owner ('Lee is fine, her campaign said' is Lee's campaign), nor a role."""
    if owned or att.speaker_text.lower() not in _PERSON_PRONOUNS:
        return frozenset()
    start, end = att.content_start, att.content_end
    quotes = [(m.start(), m.end()) for m in _QUOTED.finditer(text, start, end)]
    inner = [(m.start(), m.end()) for q in quotes for m in _INNER_QUOTE.finditer(text, *q)]
    words = {w for a, b in quotes for w in _capitalised(text, a, b, inner)}
    if reporting and end <= att.speaker_start:
        words |= names_between(text, start, end, quotes)
    return _bound(frozenset(words), names)


def _not_the_speaker(
    text: str,
    where: tuple[Sequence[Span], list[int], list[int], list[tuple[int, int]]],
    att: Attribution,
    owned: str,
    names: Names,
) -> frozenset[str]:
    """The words of the names a person mention cannot stand for: those named in what it
    is said to have said (``_said_names``), and for an epithet the subject of its own
    sentence ('Sam Burke picked the squad, and the veteran striker told …' is not Burke:
    news says 'he' of the subject it goes on with)."""
    sentences, starts, positions, quoted = where
    said = _said_names(text, att, owned, names, _reporting(starts, positions, att))
    head = att.speaker_text.partition(",")[0]
    words = head.split()
    if owned or not words or words[-1] not in EPITHET_NOUNS or not _role_only(head):
        return said
    k = bisect.bisect_right(starts, att.speaker_start) - 1
    if k < 0:
        return said
    subject = _opening_name(text, sentences[k].start, att.speaker_start, quoted, names)
    return said | _bound(frozenset(_own_words(subject)), names) if subject else said


def _not_named(name: str, bound: frozenset[str], names: Names) -> bool:
    """Whether no word of the person's full name is in ``bound`` ('Davis' is 'Lanny Davis'
    when the article gives that surname to him alone)."""
    full = _one_person(name, names) if " " not in name else None
    return bound.isdisjoint(_own_words(full or name))


def _capitalised(text: str, start: int, end: int, inner: list[tuple[int, int]]) -> set[str]:
    """The capitalised words that name someone between ``start`` and ``end`` (a possessive's
    's cut), outside ``inner``: followed by what follows a name (``_REFERS``) or by a particle
    of a phrasal verb ('drop Lanny off the list'), not a noun it qualifies ('Lee voters')."""
    return {
        _POSSESSIVE_END.sub("", w)
        for m in _CAPITALISED.finditer(text, start, end)
        if not m.group(1) and not _inside(inner, m.start())
        if _POSSESSIVE_END.search(m.group(2))
        or _REFERS.match(text, m.end())
        or _PARTICLE_NEXT.match(text, m.end())
        for w in m.group(2).split()
    }


# The particles of English phrasal verbs and the prepositions that follow an object ('zap
# Lanny out', 'vote Lee down', 'tell Lee off'): a closed class.
_PARTICLE_NEXT = re.compile(
    r"[ \t]+(?:out|up|down|off|back|away|over|into|from|by|around|along|through|aside|"
    r"apart|again|too|either|now|then|here|there|but|or|so|because|if|when)\b"
)


# A quotation inside a quotation: ‘like this’ (an apostrophe is no opening mark).
_INNER_QUOTE = re.compile(r"‘[^’'“”]*['’]")


def _reporting(starts: list[int], positions: list[int], att: Attribution) -> bool:
    """Whether a speech report goes on into the pronoun's: an attribution stands in the
    sentence before it, or earlier in its own."""
    k = bisect.bisect_right(starts, att.speaker_start) - 1
    begin = starts[k - 1] if k >= 1 else 0
    lo = bisect.bisect_left(positions, begin)
    return lo < len(positions) and positions[lo] < min(att.content_start, att.speaker_start)


def _epithet(text: str, att: Attribution) -> str:
    """'he' or 'she' for 'the man who built his career on …', 'the woman whose …': news
    names its subject so, with a relative clause, for variety; '' else (a bare 'the man' may
    be anyone, named or not)."""
    gender = _GENERIC.get(att.speaker_text.lower(), "")
    return gender if gender and _RELATIVE.match(text, att.speaker_end) else ""


# The generic nouns for a person, by the pronoun they take; and the relative clause after.
_GENERIC = {"the man": "he", "the woman": "she"}
_RELATIVE = re.compile(r",?[ \t]+(?:who|whose)\b")


def _person_mention(att: Attribution) -> tuple[str, str]:
    """('he', '') for 'he', ('the american', '') for 'the American' or an unresolved 'the
    ex-home secretary', ('she', 'campaign') for 'her campaign': the pronoun to resolve, and
    what the person owns; ('', '') else."""
    mention = att.speaker_text
    low = mention.lower()
    if low in _PERSON_PRONOUNS or national(mention):
        return low, ""
    aged = age_epithet(mention)
    if aged and att.speaker.lower().endswith(aged.split()[-1]):  # as yet no one's
        return aged, ""  # 'the 54-year-old', 'The 54-year-old, a former KLM executive'
    head = mention.partition(",")[0]  # 'The veteran lock, who is 36 …': the epithet
    if att.speaker in (mention, head) and _role_only(head):
        return _EPITHET_GENDER.get(head.split()[-1].lower(), head.lower()), ""
    seat = _SEAT.match(mention)
    if seat and att.speaker == mention:
        return f"the {seat.group(1).lower()}", ""  # 'The MP for Sittingbourne and Sheppey'
    first, _, rest = mention.partition(" ")
    if first.lower() in _OWNERS and rest and len(rest.split()) <= 2 and rest[:1].islower():
        return _OWNERS[first.lower()], rest  # 'her campaign', 'his spokesman'
    return "", ""


def _unbound(
    text: str,
    where: tuple[Sequence[Span], list[int], int, int, list[tuple[int, int]]],
    chosen: str,
    names: Names,
    agree: Callable[[str], bool],
) -> str | None:
    """Another person for a subject 'he' or 'she' than ``chosen`` when its own clause names
    ``chosen`` again (``named_in_clause``: 'Lee told Bell, after he admitted under Lee’s
    questioning' is Bell): the person named last before the pronoun in its sentence, if one
    agrees. None when the clause does not name ``chosen``, or no one else fits (the answer
    stands: news often names the speaker again in what is reported)."""
    sentences, starts, position, cue_end, quoted = where
    bound = _bound(named_in_clause(text, cue_end, quoted), names)
    if bound.isdisjoint(_own_words(chosen)):
        return None
    return _named_in_sentence(
        sentences,
        starts,
        position,
        names,
        lambda name: bound.isdisjoint(_own_words(name)) and agree(name),
        surnames=True,
    )


def _named_in_sentence(
    sentences: Sequence[Span],
    starts: list[int],
    position: int,
    names: Names,
    agrees: Callable[[str], bool],
    surnames: bool = False,
) -> str | None:
    """The person named last before ``position`` in its sentence, if any agrees; with
    ``surnames``, also one named there by a surname the article gives one person."""
    k = bisect.bisect_right(starts, position) - 1
    start = sentences[k].start if k >= 0 else 0
    at = bisect.bisect_left(names.at, (position,))
    while at > 0 and names.at[at - 1][0] >= start:
        at -= 1
        name = names.at[at][1]
        if surnames and " " not in name:  # 'Bell', whom the article named 'Tom Bell'
            name = _one_person(name, names) or name
        if len(name.split()) >= 2 and _is_person(name, names) and agrees(name):
            return name
    return None


# What ends the clause a pronoun is the subject of: a comma, a colon or semicolon, a dash,
# a bracket, a line or the sentence's end (or an abbreviation's dot: too soon, never too far).
_CLAUSE_END = re.compile(r"[,;:—–\n()\[\].!?]| - ")
_CLAUSE_REACH = 200  # characters: a clause no punctuation ends is read this far


def _own_words(name: str) -> list[str]:
    """The words of a person's own name: not the place of a peer's title ('Lord Callaghan of
    Cardiff' is not named again by 'he represented Cardiff seats')."""
    words = name.split()
    return words[: words.index("of")] if "of" in words else words


def _no_person(name: str) -> bool:
    """'New York', 'Ohio', a name holding a figure ('747969911230697472 author …'): what the
    resolver may fall back on for 'he' or 'she' but no person is."""
    low = name.lower()
    return low in COUNTRIES or low in US_STATES or any(c.isdigit() for c in name)


def _body(name: str) -> bool:
    """'Legislative Assembly', 'Scottish Executive': a body, never 'he' or 'she'."""
    words = name.split()
    return bool(words) and (words[-1].lower() in ORGANISATION_HEADS or words[0].lower() in DEMONYMS)


def _namesakes(surname: str, names: Names) -> int:
    """How many persons the article gives ``surname``: 'First Minister Jack McConnell' and
    'Jack McConnell' are one."""
    return len({" ".join(person_part(n.split()) or n.split()) for n in names.ending_in(surname)})


def _one_person(surname: str, names: Names) -> str | None:
    """'Stumpf' -> 'John Stumpf' when the article gives that surname to one person only
    ('Wells Fargo CEO John Stumpf' is the same one)."""
    full = {" ".join(person_part(n.split()) or n.split()) for n in names.ending_in(surname)}
    return full.pop() if len(full) == 1 else None


def _bound(words: frozenset[str], names: Names) -> frozenset[str]:
    """Of the names in a pronoun's clause, the words that tell one person: no title ('Lord
    Dubs' says nothing against 'Lord Falconer'), no surname two people share ('Trump' in
    a clause about Ivanka Trump's father)."""
    return frozenset(
        w
        for w in words
        if w.lower() not in PERSONAL_TITLES | PEER_TITLES
        and (not names.ending_in(w) or _one_person(w, names))
    )


def named_in_clause(text: str, cue_end: int, quoted: list[tuple[int, int]]) -> frozenset[str]:
    """The capitalised words (a possessive's 's cut) in the rest of the pronoun's clause
    after its cue, outside quotation marks. English names a person again by name only where
    a pronoun does not command the spot ('he admitted under Warren’s grilling', 'she said
    Lee's plan would fail' are about someone else: he would be 'himself', 'his own'), so
    none of these is the pronoun's person."""
    end_at = _CLAUSE_END.search(text, cue_end, cue_end + _CLAUSE_REACH)
    end = end_at.start() if end_at else min(len(text), cue_end + _CLAUSE_REACH)
    return names_between(text, cue_end, end, quoted)


def names_between(text: str, start: int, end: int, quoted: list[tuple[int, int]]) -> frozenset[str]:
    """The capitalised words that name someone between ``start`` and ``end`` (a possessive's
    's cut), outside the ``quoted`` spans."""
    words: set[str] = set()
    for m in _CAPITALISED.finditer(text, start, end):
        if _inside(quoted, m.start()) or m.group(1):
            continue
        if _POSSESSIVE_END.search(m.group(2)) or _REFERS.match(text, m.end()):
            words.update(_POSSESSIVE_END.sub("", w) for w in m.group(2).split())
    return frozenset(words)


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether ``at`` falls in one of the sorted, disjoint ``spans``."""
    k = bisect.bisect_right(spans, (at, sys.maxsize)) - 1
    return k >= 0 and spans[k][0] <= at < spans[k][1]


# A capitalised word; after 'a', 'an' or 'new' a name is a kind, not the person ('holding a
# Rubio sign', 'time to see a new Gordon Brown'), marked by group 1.
# What follows a name that names someone: punctuation, a capital, or a word of the clause,
# not a noun it qualifies ('he represented Cardiff seats', 'Trump supporters').
_REFERS = re.compile(
    r"(?=[^\w\s]|\s*$|[ \t]+(?:[A-Z“\"‘']|(?:to|that|about|of|on|for|in|at|and|with|was|is|"
    r"had|has|would|will|could|should|did|does|must|may|might|still|not|as|who)\b))"
)
_CAPITALISED = re.compile(r"\b((?:an?|new)[ \t]+)?([A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)*)")
_POSSESSIVE_END = re.compile(r"['’]s?$")


def _subject_before(
    text: str,
    sentences: Sequence[Span],
    starts: list[int],
    position: int,
    quoted: list[tuple[int, int]],
    speakers: tuple[list[int], dict[int, Attribution]],
    names: Names,
    agrees: Callable[[str], bool],
) -> str | None:
    """The person who is the subject of the pronoun's sentence before it, else of the
    sentences before, nearest first, and whom the article does not call by the other
    pronoun ('she' is not 'Mr Clarke')."""
    k = bisect.bisect_right(starts, position) - 1
    for i in range(k, max(-1, k - REACH - 1), -1):
        s = sentences[i]
        end = min(s.end, position)
        # The sentence's speakers first ('Former Manfred Mann singer Paul Jones said'), then
        # the name that opens it.
        positions, by_position = speakers
        lo = bisect.bisect_left(positions, s.start)
        hi = min(bisect.bisect_left(positions, end), lo + _PER_SENTENCE)
        said = [by_position[at] for at in positions[lo:hi]]
        if any(_unnamed_role(a.speaker) for a in said):
            return None  # 'A spokesman said …. He said': the unnamed speaker, as resolved
        found = [
            " ".join(name_tail(a.speaker.split())) or a.speaker
            for a in said
            if is_speaker(a.speaker_text)
        ]
        opening = _opening_name(text, s.start, end, quoted, names)
        if opening is not None:
            found.append(opening)
        for name in found:
            if _is_person(name, names) and agrees(name):
                return name
    return None


def _opening_name(
    text: str, start: int, end: int, quoted: list[tuple[int, int]], names: Names
) -> str | None:
    """The person named in the sentence's first words ('The singer Lena Holt paid …', 'Top
    seed Tomas Varga met …'), outside quotation marks, if any."""
    lead = _LEAD.match(text, start, end)
    at = lead.end() if lead else start
    if any(a <= at < b for a, b in quoted):
        return None
    head = _HEAD_WORDS.match(text, at, end)
    for m in _NAME.finditer(text, at, end):
        if head and m.start() >= head.end():
            break  # a name that starts in the first words, read to its end
        if _OF_BODY.search(text, max(start, m.start() - 40), m.start()):
            continue  # 'The Association of Chief Police Officers': the end of a body's name
        words = _person_words(m.group())
        if words == m.group().split() and _PLACE_OBJECT.search(
            text, max(start, m.start() - 12), m.start()
        ):
            continue  # 'A crowd at Crystal Palace': where, no subject ('at Speaker Ann Lee' is)
        if words and _is_person(" ".join(words), names):
            return " ".join(words)
    return None


def _person_words(run: str) -> list[str]:
    """The person's name in a run of capitalised words, titles cut ('Sheikh Saif bin
    Rashid al-Mazrouei' -> 'Saif bin Rashid al-Mazrouei'): an Arabic surname's joined
    article ('al-') read as the capital it stands before."""
    words = run.split()
    if "-" not in run or not any(_ARTICLED.match(w) for w in words):
        tail = name_tail(words)
        return person_part(tail) or tail
    up = [w[:1].upper() + w[1:] if _ARTICLED.match(w) else w for w in words]
    back = dict(zip(up, words, strict=True))
    return [back[w] for w in person_part(name_tail(up)) or name_tail(up)]


def _holds(name: str, mention: str, holders: RoleHolders) -> bool:
    """Whether the person may be 'the prime minister': not one the article introduces with
    other roles only ('Home Secretary Charles Clarke')."""
    role = mention.split()[-1]
    held = holders.roles_of(name)
    return role not in ROLE_NOUNS or not held or role in held


def _role_only(mention: str) -> bool:
    """'the ex-home secretary', 'The prime minister': a person named by a role alone; or
    by what the article calls them ('the man', 'the billionaire estate mogul', 'the Holland
    international', 'the New Zealand fly-half': a side's name is no person's)."""
    words = mention.split()
    return (
        2 <= len(words) <= 5
        and words[0].lower() == "the"
        and (words[-1] in ROLE_NOUNS or words[-1] in EPITHET_NOUNS)
        and all(
            described_by(w) or w.lower() in _SIDE_WORDS or _employer(w, words[-1])
            for w in words[1:]
        )
    )


def _employer(word: str, role: str) -> bool:
    """An acronym before an occupation names whom the person works for ('the CNN host', 'the
    BBC presenter'), not who the person is. Not before an office ('the FBI director', 'the
    IMF chief'): that is the body's one holder of it, not whoever was named before."""
    return role in EPITHET_NOUNS and 2 <= len(word) <= 6 and word.isupper() and word.isalpha()


# The words of a side's name: a country's ('New Zealand') or a team's old one ('Holland').
_SIDE_WORDS = SIDE_WORDS | {w for c in COUNTRIES for w in c.split()}
# A member named by the seat they hold: 'the MP for Sittingbourne and Sheppey', 'the Labour
# member for Bolton West'. English news calls a sitting member so after naming them.
_SEAT = re.compile(
    rf"(?i:the)(?:[ \t]+[A-Z][\w-]*)?[ \t]+((?i:{'|'.join(sorted(SEAT_ROLES))}))[ \t]+for"
    r"[ \t]+[A-Z][\w'’-]*(?:[ \t]+(?:and|upon|on|&|[A-Z][\w'’-]*))*$"
)


# A gendered epithet agrees as its pronoun would ('the actress' is no man named before).
_EPITHET_GENDER = {
    w: "he" if w in MALE_WORDS else "she" for w in EPITHET_NOUNS if w in MALE_WORDS | FEMALE_WORDS
}


def _unnamed_role(speaker: str) -> bool:
    """'A spokesman', 'the minister': a person the article does not name."""
    words = speaker.split()
    return len(words) >= 2 and words[-1] in ROLE_NOUNS and words[0].lower() in ("a", "an", "the")


# A surname with its particle joined ('al-Mazrouei', 'bin-Jassim'): a name's word.
_ARTICLED = re.compile(_JOINED)


def _is_person(name: str, names: Names) -> bool:
    """A person's name: not a body's, and a lone word only as someone's surname."""
    words = name.split()
    if not words or words[-1].lower() in ORGANISATION_HEADS or words[0].lower() in DEMONYMS:
        return False  # 'Dover District Council', 'Scottish Executive'
    if len(words) > 1 and words[-1].lower() in FIRM_NAME_TAILS:
        return False  # 'Khor Capital', 'Sahab Airways': a firm's own name
    if _no_person(name):
        return False  # 'New York', 'Sri Lanka'
    if not all(w[:1].isupper() or w in NAME_PARTICLES or name_word(w) for w in words):
        return False  # not 'the top British medical journal'
    if len(words) == 1:
        return bool(names.ending_in(words[0]) or paternal_surname(words[0], names))
    return True
