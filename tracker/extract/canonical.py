"""One entity, one name: every mention of a speaker maps to the fullest name the article uses.

'Blair' and 'Mr Blair' become 'Tony Blair' when the article names him; 'the ARU' becomes
'Australian Rugby Union' when the article spells it out; 'Economy Ministry' becomes 'Finance
and Economy Ministry'. The mention itself stays in ``speaker_text``. Names are read from the
article's body (the headline is a summary, not an introduction), and keep their particles
and compounds ('Herman van Rompuy', 'Mohammed bin Salman', 'Robert Kilroy-Silk').
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise, takewhile

from tracker.extract.ages import age_epithet
from tracker.extract.appositions import apposed_person
from tracker.extract.body_voice import VOICE_NOUNS, initials, voiced_body
from tracker.extract.cue_kinds import makes_claim
from tracker.extract.generations import with_generation
from tracker.extract.honours import without_honours
from tracker.extract.issuers import ad_issuer, ad_mention
from tracker.extract.name_words import name_word
from tracker.extract.recut import recut
from tracker.extract.roles import ROLES
from tracker.extract.short_names import paternal_surname
from tracker.extract.speaker_check import (
    DOCUMENT,
    DOCUMENT_HEADS,
    GROUP_HEADS,
    ORGANISATION,
    ORGANISATION_HEADS,
    PERSON,
    POLL,
    POLL_HEADS,
    PUBLICATION_NAMES,
    speaker_kind,
)
from tracker.extract.speakers import (
    coordinated,
    group_of_place,
    join_names,
    located,
    national,
    split_title,
)
from tracker.extract.speakers_documents import (
    BUSINESS_HEADS,
    CREDITED_HEADS,
    FIRM_HEADS,
    anaphoric_document,
    credited_body,
    document_core,
    document_owner,
    named_document_owner,
)
from tracker.extract.speakers_documents import REACH as DOCUMENT_REACH
from tracker.extract.spouses import couple, titled_namesake
from tracker.extract.vocab.name_forms import (
    FIRM_KIND_WORDS,
    FIRM_PARTNERS,
    HYPHEN_PARTICLES,
    NON_NAME_OPENERS,
    OFFICE_WORDS,
)
from tracker.extract.vocab.people import (
    NAME_PARTICLES,
    NAME_TITLES,
    PARTY_WORDS,
    PATRONYMIC_PARTICLES,
    PEER_TITLES,
    PERSONAL_TITLES,
    SURNAME_PREFIXES,
)
from tracker.extract.vocab.places import COUNTRIES, DEMONYMS, US_STATES
from tracker.extract.vocab.speech import ROLE_NOUNS
from tracker.model import Attribution

# A capitalised word (hyphenated parts and initials included), and the small words that join
# such words inside one name: particles of persons' names, and 'of', 'for', 'the' inside a
# body's ('Bank of England', 'Elect the Lords Campaign'), and the ampersand of a firm's
# ('Marks & Spencer', 'Haberl & Sohn': one name). Not 'and', which joins two names.
# Capital letters, Latin ones with accents included ('Ó Ceallaigh', 'Émile', 'Łukasz').
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
# A surname joined to its particle ('al-Suwaidi', 'el-Sisi') counts as capitalised.
_HYPHENED = rf"(?:{'|'.join(sorted(HYPHEN_PARTICLES))})-[{_UPPER}]"
_CAP = (
    rf"(?:[{_UPPER}]\.|(?:[{_UPPER}]|{_HYPHENED})[\w’'&]*(?:-[\w’'&]+)*"
    rf"|[0-9]\w*[A-Za-z]\w*)"
)
_PARTICLE = rf"(?:{'|'.join(sorted(NAME_PARTICLES))})"
_JOIN = rf"(?:{_PARTICLE}|of|for|the|&)"
# A nickname in quotes inside a person's name: 'Antonio "LA" Reid'.
_NICKNAME = rf"[\"“]{_CAP}(?:[ \t]+{_CAP}){{0,2}}[\"”]"
# _CAP again, opened by one character class: the regex engine then skips, fast, the positions
# no name starts at (a pattern that opens with alternatives is tried at every one). Each branch
# is told by the character read, in _CAP's order; tests/test_name_run.py holds them equal.
_CAP_FIRST = (
    rf"[{_UPPER}0-9{''.join(sorted({p[0] for p in HYPHEN_PARTICLES}))}]"
    rf"(?:(?<=[{_UPPER}])(?:\.|[\w’'&]*(?:-[\w’'&]+)*)"
    rf"|(?<=(?={_HYPHENED}).)[a-z]*-[{_UPPER}][\w’'&]*(?:-[\w’'&]+)*"
    rf"|(?<=[0-9])\w*[A-Za-z]\w*)"
)
_RUN = re.compile(rf"{_CAP_FIRST}(?:[ \t]+(?:(?:{_JOIN}|{_NICKNAME})[ \t]+)*{_CAP})*")
_POSSESSIVE = re.compile(r"['’]s?$")
# The capital letters names open with, for the modules that read names as this one does.
UPPER = _UPPER
_PRONOUNS = frozenset("he she it they we i you him her them us who which that this".split())


@dataclass(slots=True)
class Names:
    """The article body's name runs: how often each occurs and where first."""

    count: Counter[str]
    first: dict[str, int]
    at: list[tuple[int, str]]  # every occurrence, in text order
    by_last: dict[str, list[str]]  # last word -> names
    by_first: dict[str, list[str]]  # first word -> names
    by_initials: dict[str, list[str]]
    described: dict[str, Counter[str]]  # 'police' -> 'X police'
    text: str  # the article, where 'the group' looks for 'a cross-party group'
    glossed: dict[str, str]  # 'TSE' -> the name it glosses

    # Written out so that mypyc compiles it (the one @dataclass generates stays Python).
    def __init__(
        self,
        count: Counter[str],
        first: dict[str, int],
        at: list[tuple[int, str]],
        described: dict[str, Counter[str]] | None = None,
        text: str = "",
        glossed: dict[str, str] | None = None,
    ) -> None:
        self.count = count
        self.first = first
        self.at = at
        self.by_last = {}
        self.by_first = {}
        self.by_initials = {}
        self.described = {} if described is None else described
        self.text = text
        self.glossed = {} if glossed is None else glossed
        for n in self.count:
            words = n.split()
            self.by_last.setdefault(words[-1], []).append(n)
            self.by_first.setdefault(words[0], []).append(n)
            self.by_initials.setdefault(_initials(n), []).append(n)

    def ending_in(self, word: str) -> list[str]:
        return [
            n
            for n in self.by_last.get(word, ())
            if len(n.split()) >= 2
            and n.split()[-1] == word
            and not re.fullmatch(_PARTICLE, n.split()[0].lower())  # 'Van Rompuy' is a surname
            and not group_of_place(n)  # 'Supporters of Hillary Clinton' is no one's name
        ]

    def best(self, names: list[str]) -> str | None:
        """The most used of ``names``, then the first the article gives (news introduces a
        person by their full name)."""
        if not names:
            return None
        return max(names, key=lambda n: (self.count[n], -self.first[n], -len(n)))


def body_start(text: str) -> int:
    """Where the body begins: after the first line when it is a headline (a short line
    followed by more text), else 0."""
    nl = text.find("\n")
    if nl < 0 or not text[nl:].strip():
        return 0
    return nl + 1 if len(text[:nl].split()) <= 25 else 0


def names_in(text: str, start: int = 0) -> Names:
    count: Counter[str] = Counter()
    first: dict[str, int] = {}
    at: list[tuple[int, str]] = []
    described: dict[str, Counter[str]] = {}
    runs = []
    for m in _RUN.finditer(text, start):
        runs.append((m.start(), m.group()))
        noun = _NEXT_WORD.match(text, m.end())
        if noun and noun.group(1) in ORGANISATION_HEADS:  # 'the Lakeside County police'
            words = _trim(m.group().split()[-3:])
            if words:
                phrase = " ".join([*words, noun.group(1)])
                described.setdefault(noun.group(1), Counter())[phrase] += 1
    # A body's name may hold 'and' ('Finance and Economy Ministry'); a person's never does.
    # So may one whose kind comes first ('European Centre for Heat and Health').
    runs += [
        (a_pos, f"{a} and {b}")
        for (a_pos, a), (b_pos, b) in pairwise(runs)
        if text[a_pos + len(a) : b_pos] in (" and ", "\tand\t")  # (told first: cheapest)
        and (
            b.split()[-1].lower() in ORGANISATION_HEADS
            or _of_head(a.split()) in ORGANISATION_HEADS
            or _firm_of_partners(text, a_pos, b)
        )
    ]
    for pos, run in runs:
        for form in _forms(run):
            count[form] += 1
            first.setdefault(form, pos)
            at.append((pos, form))
    glossed = _glossed(text, start)
    return Names(count, first, sorted(at), described=described, text=text, glossed=glossed)


def _firm_of_partners(text: str, a_pos: int, b: str) -> bool:
    """'Smith and Partners', 'the accountancy firm Olmedo and Arrieta': one firm's name,
    told by its last word or by the kind of firm written just before it; 'Smith and Jones
    said' stays two persons."""
    if b.lower() in FIRM_PARTNERS:
        return True
    before = text[max(0, a_pos - 16) : a_pos].split()
    return bool(before) and before[-1] in FIRM_KIND_WORDS


# A name's acronym after it: in brackets ('the Supreme Electoral Tribunal (TSE)') or 'known
# as' it ('…, known by its Spanish initials TSE', '…, known as the FNV'). The name itself is
# the run of capitalised words just before (found apart, to keep the search linear).
_ACRONYM = r"([A-Z][A-Za-z0-9&]*[A-Z0-9])"
_GLOSS = re.compile(
    rf"(?:[ \t]*\({_ACRONYM}\)|,?[ \t]+known[ \t]+(?:as|by[ \t]+(?:its|the)"
    rf"(?:[ \t]+[A-Z]\w+)?[ \t]+(?:initials|acronym|abbreviation))[ \t]+(?:the[ \t]+)?"
    rf"{_ACRONYM}\b)"
)
# What every gloss holds ('(' before a capital, or 'known' and a space): a literal first, so
# the search skips along quickly, where _GLOSS tries at every space.
_GLOSS_MARK = re.compile(r"\([A-Z]|known[ \t]")
# How far back (characters) the glossed name may begin.
_GLOSS_REACH = 120


def _glossed(text: str, start: int) -> dict[str, str]:
    """The acronyms the article glosses, each with the name it spells out: the acronym may
    follow another language's word order ('TSE' for the Tribunal Supremo de Elecciones, which
    an English article calls the Supreme Electoral Tribunal), so the initials need not come
    in order, but each letter opens a word of the name. The first gloss of each acronym."""
    out: dict[str, str] = {}
    if _GLOSS_MARK.search(text, start) is None:
        return out  # no gloss can match: most articles, told by one quick scan
    for m in _GLOSS.finditer(text, start):
        acronym = m.group(1) or m.group(2)
        window = text[max(start, m.start() - _GLOSS_REACH) : m.start()]
        runs = [r for r in _RUN.finditer(window) if r.end() == len(window)]
        if not runs or not acronym.isupper() or runs[-1].group().isupper():
            continue
        whole = _trim(runs[-1].group().split())
        words = whole
        while words and words[0][0].upper() not in acronym:
            words = words[1:]  # 'Past Congressional Budget Office (CBO)': 'Past' opens no word
        heads = {w[0].upper() for w in words}
        if len(words) >= 2 and set(acronym.replace("&", "")) <= heads:  # not 'Rica (AP)'
            out.setdefault(acronym, " ".join(words))
        elif (
            len(whole) >= 2
            and _JOINED_BEFORE.search(window, 0, runs[-1].start()) is None
            and _foreign_acronym(acronym, whole, m.group(2) is not None)
        ):
            out.setdefault(acronym, " ".join(whole))
    return out


# A word that joins the run to an earlier part of the same name ('Securities and | Exchange
# Commission (SEC)'): the run is no whole name, its acronym no foreign one.
_JOINED_BEFORE = re.compile(r"(?:\band|&|\bof|\bfor|\bthe|-)[ \t]*$")


def _foreign_acronym(acronym: str, words: list[str], known_as: bool) -> bool:
    """'The Federal Motor Transport Authority, known as the KBA' (Kraftfahrt-Bundesamt): an
    acronym of the body's name in its own language. 'known as' glosses a name outright; in
    brackets, only a body's name (ending in its kind) is glossed by letters it does not
    open ('Costa Rica (AP)' is a dateline)."""
    return known_as or (len(acronym) >= 3 and words[-1].lower() in ORGANISATION_HEADS)


@lru_cache(maxsize=8192)
def _forms(run: str) -> tuple[str, ...]:
    """The names a run gives: both the run and the person in it ('Finance Minister
    Palaniappan Chidambaram' and 'Palaniappan Chidambaram'), for the title may be a body's
    name ('Pacific Rugby Union'). Cached: the same runs recur in every article."""
    whole = " ".join(_trim(_POSSESSIVE.sub("", run).split()))
    if " & " in whole or _partners_named(whole):  # 'Haberl & Sohn': a firm, no person in it
        return (whole,)
    if group_of_place(whole):  # 'Supporters of Hillary Clinton': the group, and the person
        return tuple({whole, _person_of(" ".join(whole.split()[2:]))} - {""})
    return tuple({whole, _person_of(whole), without_honours(whole)} - {""})


# After an owner's possessive: the office in lower case, and the capitalised run that ends
# it ("Labour's | deputy minister for women | Jacqui Smith").
_OFFICE_AFTER = re.compile(r"((?:[ \t]+[a-z][\w-]*){0,6})[ \t]+(?=[A-Z])")


def _owners_person(att: Attribution, names: Names) -> str | None:
    """ "Labour's deputy minister for women Jacqui Smith accused … and said …", where the
    subject was cut at the owner: the speaker is the person the office is written before
    (a name of two words or more), never the party or body that owns the office."""
    if "s" not in att.speaker_text or not ("'s" in att.speaker_text or "’s" in att.speaker_text):
        return None  # no owner: most mentions, told at once
    words = att.speaker_text.split()
    owner = max((k for k, w in enumerate(words) if w.endswith(("'s", "’s"))), default=-1)
    if owner < 0 or not all(w.islower() for w in words[owner + 1 :]):
        return None
    office = _OFFICE_AFTER.match(names.text, att.speaker_end)
    held = [*words[owner + 1 :], *(office.group(1).split() if office else ())]
    if office is None or not set(held) & _OFFICE_NOUNS:
        return None
    run = _RUN.match(names.text, office.end())
    if run is None or att.speaker_end <= att.cue_start < run.end():
        return None  # 'the firm's chief executive said Tom Lee was …': past the cue
    person = person_part(run.group().split())
    if len(person) < 2 or not _is_person_run(" ".join(person)):
        return None
    return full_form(" ".join(person), names)


def _partners_named(name: str) -> bool:
    """'Olmedo and Arrieta', 'Lee and Sons': a name joined by 'and' that ``names_in`` kept
    whole is a firm's (a body ending in its kind, 'Finance and Economy Ministry', has a
    person in none of its words either)."""
    return " and " in name and _is_person_run(name.replace(" and ", " "))


# The lower-case word after a run of names: a body named by a place or name and a common
# noun ('the Charlotte-Mecklenburg police', 'the Ugandan government').
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b")


def _trim(words: list[str]) -> list[str]:
    """A run without the words that open a sentence or a phrase ('The', 'In September',
    'Both') and without an owner ("Labour's Robin Cook", "Reuters’ Ann Lee")."""
    owner = max(
        (
            k + 1
            for k, w in enumerate(words[:-1])
            if w.endswith(("'s", "’s"))
            or (w.endswith(("s'", "s’")) and _person_after(words[k + 1 :]))
        ),
        default=0,
    )
    words = words[owner:]
    based = max((k + 1 for k, w in enumerate(words[:-1]) if w.endswith("-based")), default=0)
    words = words[based:]  # 'San Francisco-based US Court of Appeals': where it sits, no name
    while words and words[0].lower().strip(".") in NON_NAME_OPENERS:
        words = words[1:]
    while words and not words[-1][:1].isupper() and not words[-1][:1].isdigit():
        if name_word(words[-1]):
            break  # 'Fatima al-Suwaidi'
        words = words[:-1]
    return words


def _person_after(words: list[str]) -> bool:
    """Whether a bare apostrophe's owner ("Reuters’ Ann Lee") is followed by a person's
    name, not by the rest of a body's ("Music Managers' Forum", "Teachers' Pension Fund")."""
    return len(words) >= 2 and not any(w.lower() in ORGANISATION_HEADS for w in words)


def name_tail(words: list[str]) -> list[str]:
    """The name at the end of a described speaker: the capitalised words after the last
    common word ('Web portal Lycos Europe' -> 'Lycos Europe', 'consultancy 4Cast' -> '4Cast',
    'campaigners including Labour MP Ann Dunn' -> 'Labour MP Ann Dunn'); joiners and
    particles belong to the name ('Bank of England', 'Herman van Rompuy')."""
    cut = 0
    for k, w in enumerate(words):
        if w[:1].islower() and not re.fullmatch(_JOIN + "|and", w):
            cut = k + 1
    return _trim(words[cut:])


@lru_cache(maxsize=4096)
def _person_of(run: str) -> str:
    return " ".join(person_part(run.split()))


def person_part(words: list[str]) -> list[str]:
    """The name after any title, particles kept ('Council head Joost van Halderen' ->
    'Joost van Halderen', 'Mr Livingstone' -> 'Livingstone')."""
    title, name = split_title(words)
    while (
        len(title) >= 2
        and re.fullmatch(_PARTICLE, title[-1])
        and split_title([title[-2]])[1]  # a name's word, not a title ('Mr van Halderen')
    ):
        name = title[-2:] + name
        title = title[:-2]
    if name and len(title) == 1 and title[0] in NAME_PARTICLES:
        return [*title, *name]  # 'van Leeuwen': a surname that opens with its particle
    if len(name) == 1 and title and title[-1].lower() in PEER_TITLES:
        return [title[-1], *name]  # 'Lord Chancellor Lord Benfield': a peer is 'Lord Benfield'
    return name


def canonical_names(attributions: list[Attribution], names: Names) -> list[Attribution]:
    """The attributions with each speaker named as the article (``names_in``) names it most
    fully; 'the study' with no name of its own is the body that spoke last, within reach."""
    out = []
    seen: dict[tuple[str, str], str] = {}
    bodies: list[tuple[int, str]] = []  # (position, name) of the bodies that spoke so far
    described: dict[str, str] = {}  # 'the company' -> the body it was last found to be
    # Only an article that says 'the study' or 'the company' needs them.
    track = any(
        anaphoric_document(_owner_of_document(document_core(a.speaker_text.split())))
        or _research_people(a.speaker_text.split())
        for a in attributions
    )
    studies: list[tuple[int, str]] = []  # the bodies behind the studies cited so far
    for att in attributions:
        key = (att.speaker_text, att.speaker)
        if key[0].lower().startswith(("the ", "this ")):  # 'the ministry': by position
            name = canonical_speaker(att, names)
            words = _owner_of_document(document_core(att.speaker_text.split()))
            owned = len(words) < len(att.speaker_text.split())  # "the company's statement"
            plain = name == att.speaker or name == plain_description(words)
            if (plain or owned) and anaphoric_document(words):
                firm = words[-1].lower() in FIRM_HEADS
                name = _body_before(bodies, att.speaker_start, named_only=firm) or name
            if plain and name == att.speaker and _bare_business(words):
                name = firm_named_before(att.speaker_start, names) or name
            elif words[-1].lower() == "newspaper" and name in (
                att.speaker,
                plain_description(words),
            ):
                name = newspaper_named_before(att.speaker_start, names) or name
            elif plain and name == att.speaker and _research_people(words):
                # the study cited last, however far back: an article's one poll or study
                cited = [b for b in studies if b[0] < att.speaker_start]
                name = max(cited)[1] if cited else name
        else:  # the same mention of the same speaker: the same name, looked up once
            name = seen.get(key) or seen.setdefault(key, canonical_speaker(att, names))
        description = att.speaker.lower()
        if name == att.speaker and att.speaker_text.lower() in _PRONOUNS:
            # 'It said …' after 'the company said …': whom that mention was found to be
            name = described.get(description, name)
        elif description.startswith("the ") and name[:1].isupper():
            described[description] = name
        described.update(_voices_of_body(att.speaker_text, name))
        if (
            track
            and makes_claim(att.cue)
            and att.cue != ":"  # a turn's label ('OKAFOR:') names a person speaking
            and (speaker_kind(att.speaker_text, name) != PERSON or _cut(att.speaker_text, name))
        ):
            # A body that stated something ('Reuters said'); a described one ('a new survey
            # by a research group') is no name, and 'the survey' after it is that one.
            body = name if _is_body_name(att, name, names) else ""
            bodies.append((att.speaker_start, body))
            if _study_by_a_named_body(att.speaker_text, body):
                studies.append((att.speaker_start, body))  # 'a study by the X Institute'

        name = _plain_person(name, names)
        out.append(att if name == att.speaker else replace(att, speaker=name))
    return _named_later(out)


def _plain_person(name: str, names: Names) -> str:
    """A person's name without titles and post-nominals ('Judge Miriam van der Sloot' ->
    'Miriam van der Sloot'); a surname so left is the full name the article gives it."""
    plain = without_honours(name)
    if " " in plain:
        return _before_joined_particle(plain, names) or plain
    if plain == name:
        return plain
    full = full_form(plain, names, shorten=False)  # not the titled name again
    return plain if without_honours(full) == plain else full


def _voices_of_body(mention: str, name: str) -> dict[str, str]:
    """'Analysts at Sandoval Research' read as Sandoval Research: {'analysts': that name},
    for a later 'they' the resolver gave the group's head ('But they cautioned …')."""
    words = mention.split()
    head = words[0].lower() if words else ""
    if len(words) > 2 and head in VOICE_NOUNS and name != mention and name[:1].isupper():
        return {head: name}
    return {}


# How far ahead (characters) 'a report says' looks for the body the report is by.
_LATER_REACH = 1000


def _written_mid_sentence(name: str, names: Names) -> bool:
    """Whether the article writes ``name`` after a sentence's first word somewhere (after a
    title in its run, 'DNC Chair Debbie Wasserman Schultz', counts)."""
    for pos, form in names.at:
        if form != name:
            continue
        if not names.text.startswith(name, pos):
            return True  # the run opens with a title or an owner before the name
        if names.text[max(0, pos - 3) : pos].rstrip()[-1:] not in _SENTENCE_ENDS:
            return True
    return False


# What comes before a sentence's first word: its end, a line's, a quote's ('… tickets."
# Initially Visual Radio …', '“Imagine Brad Thor …').
_SENTENCE_ENDS = frozenset('.!?\n"“”')


# Prepositions, adverbs and the verbs that open a question, capitalised at a sentence's
# start before a surname ('Without Charles, …', 'Does Rubio …?').
_PREPOSITIONS = NON_NAME_OPENERS | frozenset(
    """without with like unlike against among between beyond behind under over through
    thanks according besides including does do did is was are were would could should
    has have had""".split()
)


def _named_later(atts: list[Attribution]) -> list[Attribution]:
    """'… by a third, a report says. University College London research claims …': a
    document introduced without its body ('a report', 'a survey', 'a new study') is the
    document the article then credits to a body, the next within reach; news gives the
    finding first and its source after. (A report is credited to the body behind it.)"""
    out = list(atts)
    for k, att in enumerate(atts):
        words = att.speaker_text.split()
        plain = att.speaker in (att.speaker_text, plain_description(words))  # 'A new study'
        if not (plain and _unnamed_document(words)):
            continue
        later = next(
            (
                b
                for b in atts[k + 1 :]
                if b.speaker_start - att.speaker_start < _LATER_REACH
                and _study_by_a_named_body(b.speaker_text, b.speaker)
            ),
            None,
        )
        if later and not _SEPARATE & set(later.speaker_text.lower().split()):
            out[k] = replace(att, speaker=later.speaker)
    return out


# Words that set a document apart from one cited before ('In a separate survey by RSA').
_SEPARATE = frozenset("separate another other different second".split())


def _unnamed_document(words: list[str]) -> bool:
    """'a report', 'a new study', 'Research' (a document by its kind alone, as a sentence
    opens with it): a document whose body the article names after it."""
    if len(words) == 1:
        return words[0].lower() in CREDITED_HEADS
    return (
        2 <= len(words) <= 3
        and words[0].lower() in ("a", "an")
        and words[-1] in CREDITED_HEADS | POLL_HEADS
        and all(w[:1].islower() for w in words[1:])
    )


# Who carry out a study: 'the researchers' are the body behind the study cited before.
_RESEARCH_PEOPLE = frozenset("researchers authors scientists".split())


def _research_people(words: list[str]) -> bool:
    """'The researchers', 'the study's authors': the people behind a study, credited as it is
    (a study is credited to the body behind it); and 'the poll', a poll cited before with no
    name of its own ('a poll of 400 voters released by Latino Decisions')."""
    return (
        len(words) == 2
        and words[0].lower() == "the"
        and (words[1] in _RESEARCH_PEOPLE or words[1] in POLL_HEADS)
    )


def _study_by_a_named_body(mention: str, body: str) -> bool:
    """'a study published by the Van Houten Institute': a document credited to a body the
    article names (not 'Previous research', a description left as it was)."""
    words = body.split()
    return (
        bool(words)
        and speaker_kind(mention, body) != PERSON  # 'Mike Newton, … which commissioned the survey'
        # lower case, or opening the sentence ('Research by …', not 'X Research Center')
        and any(
            w in _CITED or (not k and w.lower() in _CITED) for k, w in enumerate(mention.split())
        )
        and all(w[:1].isupper() or w in ("of", "for", "and", "the") for w in words)
        and not re.search(r"-[a-z]+$", words[-1])  # 'Nokia-sponsored' describes, names no one
        and (len(words) > 1 or words[0].lower() not in _CITED | DOCUMENT_HEADS)  # 'Research'
    )


# What a body publishes and an article cites: a study, a report, a poll.
_CITED = CREDITED_HEADS | POLL_HEADS


def _cut(mention: str, name: str) -> bool:
    """'Cairn' for 'Cairn Energy': a body called by the first word of its name (``_shortened``),
    which a later 'the company' may stand for."""
    return " " not in mention and name.startswith(mention + " ")


def _owner_of_document(words: list[str]) -> list[str]:
    """ "the company's statement" -> 'the company': a document speaks for its owner."""
    if len(words) == 3 and _POSSESSIVE_S.search(words[1]) and words[2] in CREDITED_HEADS:
        return [words[0], _POSSESSIVE_S.sub("", words[1])]
    return words


_POSSESSIVE_S = re.compile(r"['’]s$")


def _body_before(
    bodies: list[tuple[int, str]], position: int, named_only: bool = False
) -> str | None:
    """The body that spoke last before ``position``, within reach; '' (a described body)
    stops the search unless ``named_only`` ('the company' is a firm that has a name, not
    'observers' or 'a survey' that spoke between)."""
    near = [
        b
        for b in bodies
        if position - DOCUMENT_REACH < b[0] < position and (b[1] or not named_only)
    ]
    return max(near)[1] or None if near else None


# How far back (characters) 'the company' looks for the firm it stands for.
_FIRM_REACH = 1200


def firm_named_before(position: int, names: Names) -> str | None:
    """'the firm said' where no firm spoke before: the firm the article is about — one its
    headline names ('Jarvis sells Tube stake') and its body names again within reach before
    the mention, the one named most (nearest on a tie); not a person ('Alan Lovell', whom
    the article also calls 'Lovell'), a place, a nation, a figure or a capitalised common
    word. None when the headline names no such firm: the mention stays as written."""
    headline = names.text[: body_start(names.text)]
    if not headline:
        return None
    k = bisect.bisect_left(names.at, (position,))
    seen: dict[str, int] = {}
    while k > 0 and names.at[k - 1][0] > position - _FIRM_REACH:
        k -= 1
        name = names.at[k][1]
        # 'Marsh & McLennan' is named in 'Troubled Marsh under SEC scrutiny' by its first name.
        head = name.partition(" & ")[0]
        if name not in seen and _in_headline(head, headline) and _firm_like(name, names):
            seen[name] = k
    if not seen:
        return None
    best = max(seen, key=lambda n: (names.count[n], seen[n]))
    return (" " not in best and _shortened(best, names)) or full_form(best, names)


def newspaper_named_before(position: int, names: Names) -> str | None:
    """'the conservative-leaning newspaper wrote' where no paper spoke before: the paper
    named last before it, within reach, by a newspaper's name ('… The Wall Street Journal
    called on Trump to …'); None if none is."""
    k = bisect.bisect_left(names.at, (position,))
    while k > 0 and names.at[k - 1][0] > position - _FIRM_REACH:
        k -= 1
        words = names.at[k][1].split()
        if len(words) >= 2 and words[-1].lower() in PUBLICATION_NAMES:
            return full_form(names.at[k][1], names)
    return None


def _bare_business(words: list[str]) -> bool:
    """'the company', 'The bank': a firm called by its kind alone."""
    return len(words) == 2 and words[0].lower() == "the" and words[1] in BUSINESS_HEADS


def _in_headline(name: str, headline: str) -> bool:
    """Named in the headline as itself, not as a numbered product ('Halo 2 sells …')."""
    if name not in headline:
        return False  # the usual case, told without building a pattern for the name
    found = re.search(rf"(?<![\w’'-]){re.escape(name)}(?![\w-])(?![ \t]+\d)", headline)
    return found is not None


def _firm_like(name: str, names: Names) -> bool:
    """Whether a name may be a firm's: see ``firm_named_before``."""
    words = name.split()
    if any(w[:1].isdigit() or _place_word(w) or w.lower() in PERSONAL_TITLES for w in words):
        return False
    titled = rf"\b(?:{'|'.join(PERSONAL_TITLES)})\.?[ \t]+{re.escape(name)}\b"
    if re.search(titled, names.text, re.IGNORECASE):
        return False  # 'Dr Reddy': a person, or a firm called by its founder's name
    if len(words) == 1:  # no one's surname, no common word set at a sentence's start, no
        # adjective of a nation, faith or region ('Irish publishing', 'Islamic bank')
        low = re.compile(rf"\b{re.escape(name.lower())}\b")
        adjective = name.lower().endswith(("ish", "ese", "ian", "ic"))
        return not (names.ending_in(name) or low.search(names.text) or adjective)
    return not names.count.get(words[-1])


def _is_body_name(att: Attribution, name: str, names: Names) -> bool:
    """A body that can stand behind a document: an organisation, a document or poll by name,
    or a lone capitalised word that is no one's surname ('Reuters', 'Marca')."""
    mention = att.speaker_text
    if not name[:1].isupper() or mention.lower() in _PRONOUNS:
        return False
    if name.split()[0].lower() in _DETERMINERS:
        return False  # 'The bank', unresolved: no name to stand behind a document
    words = name.split()
    if len(words) == 1 and _kind_word(words[0]):
        return False
    if speaker_kind(mention, name) in (ORGANISATION, DOCUMENT, POLL):
        return True
    if len(words) >= 2 and ORGANISATION_HEADS & {_of_head(words), words[-1].lower()}:
        return True  # 'Chartered Institute of Purchasing and Supply', 'Van Houten Institute'
    if len(mention.split()) == 1 and mention == words[0]:
        words = [mention]  # 'Cairn', read as 'Cairn Energy': a body's name all the same
    return len(words) == 1 and not names.ending_in(words[0])


def _kind_word(word: str) -> bool:
    """'Unions', 'Ministers': a kind of body or group, capitalised, not a body's name."""
    low = word.lower()
    single = low[:-1] if low.endswith("s") else low
    return low in GROUP_HEADS or single in ORGANISATION_HEADS or single in GROUP_HEADS


def canonical_speaker(att: Attribution, names: Names) -> str:
    """The speaker's name (``_as_read``), its phrase read again first where it was cut
    wrong: a joint speaker's names joined, or the phrase without words that name no one
    (``recut``)."""
    if att.speaker.lower() in _PRONOUNS or national(att.speaker_text) or aged(att):
        return _as_read(att, names)
    owned = _owners_person(att, names)
    if owned:
        return owned  # "Labour's deputy minister for women Jacqui Smith": the person
    firm = " ".join(name_tail(_clean(att.speaker_text).split()))
    if names.count[firm] and _partners_named(firm):
        return firm  # 'the accountancy firm Olmedo and Arrieta': one firm, not two persons
    again = recut(att.speaker_text, names.text, att.speaker_start)
    if again and len(again) > 1:
        return join_names([full_form(n, names) for n in again])
    if again and set(att.speaker.split()) <= set(att.speaker_text.split()):
        # The resolver only read the mention (no role holder, no antecedent): read the
        # phrase left instead, never grown back into the words cut ('Consultancy Acme').
        name = _as_read(replace(att, speaker=again[0], speaker_text=again[0]), names)
        cut = set(att.speaker_text.split()) - set(again[0].split())
        return again[0] if cut & set(name.split()) else name
    return _as_read(att, names)


def aged(att: Attribution) -> bool:
    """'the 54-year-old' that salience found to be someone: that person (``ages``)."""
    return bool(age_epithet(att.speaker_text)) and "year-old" not in att.speaker


def _as_read(att: Attribution, names: Names) -> str:
    """A surname ('Blair', 'Mr Blair', "Labour's Mr Livingstone") is looked up by itself; a
    body named by its kind ('the ministry') is the nearest such body named before; any other
    speaker, pronouns resolved, by the name the resolver gave it."""
    if att.speaker.lower() in _PRONOUNS:
        return att.speaker  # 'I', left unresolved: no name ends in it ('PC I')
    if national(att.speaker_text):
        return att.speaker  # 'the American': the person salience found, not 'American'
    if aged(att):
        return full_form(att.speaker, names)  # 'the 58-year-old': 'Birch' -> 'Alan Birch'
    first = _read_as_someone(att, names)
    return first if first is not None else _read_by_words(att, names)


def _read_as_someone(att: Attribution, names: Names) -> str | None:
    """The readings that name whom the phrase stands for outright: an ad's issuer, a
    document's owner, a son, a spouse, a person in apposition, coordinated names."""
    issuer = (
        ad_issuer(att.speaker_start, names.text) if ad_mention(att.speaker_text.split()) else None
    )
    if issuer:  # 'The ad', 'the narrator': whoever the article says released the ad
        return issuer if issuer.endswith(" campaign") else full_form(issuer, names)
    owner = named_document_owner(_clean(att.speaker_text).split())
    if owner:  # "the Fed's Beige Book", not the name after the owner as "Reuters' Ann Lee" is
        return full_form(" ".join(name_tail(owner)), names)
    son = with_generation(" ".join(name_tail(_clean(att.speaker).split())), names)
    if son:
        return son  # 'Trump Jr' -> 'Donald Trump Jr.', never his father 'Donald Trump'
    spouse = titled_namesake(att.speaker_text, names) or couple(att.speaker_text, names)
    if spouse:
        return spouse  # 'Mrs. Trump' -> 'Melania Trump', the Trump the article calls a woman
    apposed = [_trim(p.split()) for p in apposed_person(att.speaker_text).split(" and ")]
    if all(apposed):  # 'the lead author, Dr Ann Lee, a doctor at X'; not 'Then' of 'Then Acme'
        full = [full_form(" ".join(p), names) for p in apposed]
        return join_names(full) if len(full) > 1 else full[0]
    parts = coordinated(att.speaker)
    if parts:  # 'Lee and Bell' -> 'Ann Lee and Tom Bell'; "Reuters’ Ann Lee" -> 'Ann Lee'
        trimmed = [" ".join(_trim(p.split())) for p in parts]
        if not all(len(t.split()) >= 2 for t in trimmed):
            trimmed = parts  # 'Ernst and Young's Sanjay Mehta': one owner's name, cut wrongly
        return join_names([full_form(p, names) for p in trimmed])
    return None


def _read_by_words(att: Attribution, names: Names) -> str:
    """The phrase read word by word: a known person, a body by its kind or its owner, a
    capitalised tail, a name in lower case, else the phrase as described."""
    words = _clean(att.speaker_text).split()
    known = _known_person(att, words, names) or _capitalised_kind(att, names)
    if known is not None:
        return known
    own = _own_or_voiced(att, words, names)
    if own:
        return own
    placed = _placed_surname(att.speaker, words, names)
    if placed:
        return placed
    credited = credited_body(words) or document_owner(words, names.text)
    if credited is None and att.speaker_text.lower() in ("which", "that"):
        credited = credited_body(att.speaker.split())  # 'Symantec’s statistics, which'
    body: list[str] | str | None = name_tail(credited or [])
    if body:  # 'a recent Reuters survey' is Reuters; 'research by Acme and Bolt' is theirs
        return " ".join(body) if "and" in body else full_form(" ".join(body), names)
    bare = [w.lower() for w in words if w.lower() not in ("the", "this")]
    if len(bare) == 1 and len(words) <= 2 and names.described.get(bare[0]):
        # 'police', 'the police' -> 'Charlotte-Mecklenburg police': the body the article
        # names most by it, when it names one at all.
        return names.described[bare[0]].most_common(1)[0][0]
    if (
        words
        and words[-1][:1].isalnum()
        and not words[-1][:1].islower()
        and (words[0].lower() not in _PRONOUNS)
    ):
        named = _by_capitalised_tail(att, words, names)
        if named is not None:
            return named
    if len(words) == 2 and words[0].lower() in ("the", "this") and words[1][:1].islower():
        body = _named_before(words[1].lower(), att.speaker_start, names)
        body = body or introduced(words[1].lower(), att.speaker_start, names.text)
        body = body or _place_before(words[1].lower(), att.speaker_start, names)
        owner = name_tail(credited_body(body.split()) or []) if body else None
        if owner:  # 'the survey' after "the Fed's Beige Book survey": the Fed's
            return " ".join(owner) if "and" in owner else full_form(" ".join(owner), names)
        if body:
            return body
    named = _named_in_lower_case(words, names)
    if named:
        return named
    if att.speaker == att.speaker_text:
        plain = plain_description(words)
        if plain:
            return plain
    return full_form(_described(_clean(att.speaker)), names)


def _own_or_voiced(att: Attribution, words: list[str], names: Names) -> str | None:
    """The speaker's own name in the article, else the body it speaks for ('a Pentagon
    spokesman' speaks for the Pentagon) or the body behind a document given by its kind."""
    return (
        _own_name(att.speaker.split(), names)
        or _own_name(att.speaker_text.split(), names)
        or _voiced_body(att, words, names)
        or _kind_owned_document(att, words, names)
    )


def _voiced_body(att: Attribution, words: list[str], names: Names) -> str | None:
    """The body a spokesperson, officials or analysts speak for (``body_voice``), as the
    article names it: 'bank officials' -> the bank named before, 'Priorities officials' ->
    Priorities USA Action; None for a person's people or a nation's ('Clinton aides')."""
    read = voiced_body(words)
    if read is None:
        return None
    name, kind = read
    if len(name) == 1 and not kind and name[0].lower() in ORGANISATION_HEADS:
        name, kind = [], name[0].lower()  # 'Bank officials' opening a sentence
    if kind and kind not in ORGANISATION_HEADS:
        return None  # 'Labour transport spokesman': a brief, not a body
    if not name:
        found = _named_before(kind, att.speaker_start, names)
        if not found and kind in BUSINESS_HEADS:
            found = firm_named_before(att.speaker_start, names)
        return found
    if all(_place_word(w) for w in name) and kind != "party":
        return None  # 'US officials', 'Iraqi officials', 'Democratic officials'
    bearer = names.best(names.ending_in(name[-1])) if len(name) == 1 else None
    if bearer and bearer != name[0] and _is_person_run(bearer):
        return None  # 'Clinton aides', 'Trump campaign officials': a person's people
    analysts = words[-1].lower().startswith("analyst")  # a trade, not an office
    if words[0] == name[0] and len(name) == 1 and _common_word(name[0], names, analysts):
        return None  # 'Immigration officials', 'Media analysts' opening a sentence
    if kind:
        said = " ".join([*name, kind])
        spelt = {n.casefold(): n for n in names.count}.get(said.casefold())
        if spelt or kind == "party":
            return spelt or " ".join([*name, kind.capitalize()])
    said = " ".join(name)
    full = full_form(said, names)
    # Only the name spelt out or lengthened ('FA' -> 'Football Association', 'Priorities'
    # -> 'Priorities USA Action'), not a run the name ends ('Much of the UKIP').
    return full if full.startswith(said) or initials(full) == said else said


def _kind_owned_document(att: Attribution, words: list[str], names: Names) -> str | None:
    """ "center's data", "the agency's figures": a document owned by a body called by its
    kind is the body of that kind named before ('Center for Responsive Politics')."""
    if words and words[0].lower() in ("the", "this"):
        words = words[1:]
    if len(words) != 2 or words[1].lower() not in CREDITED_HEADS:
        return None
    kind = _POSSESSIVE_S.sub("", words[0])
    if kind == words[0] or kind.lower() not in ORGANISATION_HEADS or not kind.islower():
        return None
    return _named_before(kind, att.speaker_start, names)


def _common_word(word: str, names: Names, named_again: bool) -> bool:
    """A capitalised word the article also writes in lower case (a common noun), or, where
    ``named_again`` is asked for, nowhere else ('Media analysts': analysts of a field, where
    'CEA analysts' are of a body the article names)."""
    once = len(re.findall(rf"\b{re.escape(word)}\b", names.text)) < 2
    lower = re.search(rf"\b{re.escape(word.lower())}\b", names.text)
    return (named_again and once) or lower is not None


def _known_person(att: Attribution, words: list[str], names: Names) -> str | None:
    """A person the article names in full, reached by a last or a first name."""
    if len(words) >= 4 and words[0] in _INTRO_PREPOSITIONS and words[-1][:1].isupper():
        # 'In a meeting with the board of the Daily Globe Vinter said': the phrase before
        # the subject lacks its comma; the speaker is the person its last name names.
        full = names.best(names.ending_in(words[-1]))
        if full:
            return full
    if len(words) == 2 and words[0] in ("Sir", "Dame"):
        # 'Sir Alan' is Sir Alan Sugar: a knight is called by the first name.
        knights = [n for n in names.by_first.get(words[1], ()) if len(n.split()) == 2]
        if knights:
            return names.best(knights) or att.speaker
    return None


def label_name(mention: str, names: Names) -> str | None:
    """'VAN DER BERG' -> 'Jan van der Berg': a name in capitals (a transcript's turn label)
    of two words or more is the fullest name the article writes with the same letters, the
    whole name, its end or the first part of a compound surname (particles in any case)."""
    words = mention.split()
    if len(words) < 2 or not mention.isupper() or not mention.replace(" ", "").isalpha():
        return None
    folded = " " + mention.casefold()
    same = [
        n
        for n in names.count
        if not n.isupper()
        and (" " + n.casefold()).endswith(folded)
        and _is_person_run(n)
        and not re.fullmatch(_PARTICLE, n.split()[0].lower())
    ]
    longest = [n for n in same if len(n.split()) == max(len(m.split()) for m in same)]
    return names.best(longest) or _compound_surname(mention, names)  # 'DE LA CRUZ'


def _capitalised_kind(att: Attribution, names: Names) -> str | None:
    """'the Forum' -> 'Forum for the Future', 'the Commission' -> 'European Commission': a
    body called by its kind, capitalised as its own name's word, is the last body named
    before with that head noun; None when none is."""
    words = att.speaker_text.split()
    if len(words) != 2 or words[0].lower() not in ("the", "this") or not words[1][:1].isupper():
        return None
    head = words[1].lower()
    if head not in ORGANISATION_HEADS:
        return None
    return _named_before(head, att.speaker_start, names)


# Kinds of body whose own name goes before them in lower case ('the FNV union', 'the Unite
# union', 'the Barclays bank'); not 'government', 'administration' or 'campaign', which
# follow their leader's name ('the Blair government').
_OWN_NAME_KINDS = frozenset(
    "union federation confederation agency charity bank broadcaster network airline".split()
)


def _own_name(words: list[str], names: Names) -> str | None:
    """'the FNV union' -> 'FNV': a body's own name, then what kind of body it is; not a
    place, a nation or a party ('the US bank'), nor a person the article names ('the
    Murdoch group')."""
    if len(words) < 3 or words[0].lower() not in _DETERMINERS:
        return None
    run, kind = words[1:-1], words[-1]
    if kind not in _OWN_NAME_KINDS or not all(w[:1].isupper() for w in run):
        return None
    if any(_place_word(w) or w.lower() in NON_NAME_OPENERS for w in run):
        return None
    if len(run) == 1 and names.ending_in(run[0]) and not run[0].isupper():
        return None  # a person's surname
    return full_form(" ".join(run), names)


def _by_capitalised_tail(att: Attribution, words: list[str], names: Names) -> str | None:
    """A mention ending in a capitalised run: that run's name, in full where the article
    gives one; None to go on with the other readings."""
    tail = name_tail(words)
    if 0 < len(tail) < len(words) and located(words[: len(words) - len(tail)]):
        return att.speaker  # 'Some web users in Ostland' are not Ostland
    name = person_part(tail) or tail
    if len(name) == 1 and "and" not in tail:
        # 'Mr Howard' is a surname, never the first word of a longer name ('Howard Flight')
        titled = any(w.lower().strip(".") in PERSONAL_TITLES for w in words[:-1])
        found = full_form(name[0], names, shorten=not titled)
        if found != name[0]:
            return found
        resolved = att.speaker.split()
        if not (2 <= len(resolved) <= 4 and name[0] in resolved and _is_person_run(att.speaker)):
            # 'Yukos', not a clause the resolver linked it to; but 'Kim' -> 'Kim Soo-jin'
            return name[0]
    if tail and tail != words and att.speaker.split() == words:
        return full_form(" ".join(tail), names)
    return None


def _placed_surname(speaker: str, words: list[str], names: Names) -> str | None:
    """'Mr. Havers of Starlight' -> Tom Havers: a surname the resolver read, where the
    person is from after it, is the full name the article gives that surname."""
    parts = speaker.split()
    if not parts or parts[-1] not in words[:-1] or len(parts) > 3:
        return None
    after = words[words.index(parts[-1]) + 1]
    if after in ("of", "at", "from") and names.ending_in(parts[-1]):
        # the resolver may have linked the surname already ('David Nevins')
        return full_form(speaker if len(parts) > 1 else parts[0], names)
    return None


_DETERMINERS = frozenset("a an the this".split())
# Words of when, not of what: 'a new poll' is the poll.
_WHEN_WORDS = frozenset("new latest recent previous fresh".split())
_NOT_MODIFIERS = _DETERMINERS | frozenset(
    "same other whole first second last next its their his her our".split()
)
# 'a/the [words] <kind>': a body, document or poll the article describes rather than names.
_HEADS_ALT = "|".join(sorted(ORGANISATION_HEADS | DOCUMENT_HEADS | POLL_HEADS))
_DESCRIPTION = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)[ \t]+((?:[\w’'.-]+[ \t]+){{0,5}}?)({_HEADS_ALT})\b"
)
# How far back 'the group' looks for the description that introduced it.
_INTRO_REACH = 3000


def _named_in_lower_case(words: list[str], names: Names) -> str | None:
    """A description that spells a name the article uses ('the top British medical journal'
    -> 'British Medical Journal', 'the labour party' -> 'Labour Party'): the longest such
    ending of two words or more, when the mention writes some of it in lower case."""
    if len(words) < 3 or not words[0][:1].islower():
        return None
    folded: dict[str, str] | None = None
    for k in range(1, len(words) - 1):
        tail = words[k:]
        if all(w[:1].isupper() for w in tail):
            return None  # already written as a name: the other rules read it
        folded = folded or {n.casefold(): n for n in names.count if len(n.split()) >= 2}
        found = folded.get(" ".join(tail).casefold())
        if found:
            return found
    return None


def plain_description(words: list[str]) -> str | None:
    """A described body, document or poll without its article, its 'new' and what follows
    its head noun ('An annual economic survey released on Friday' -> 'annual economic
    survey'); None for anything else."""
    if len(words) < 3 or words[0].lower() not in _DETERMINERS:
        return None
    head = next((k for k, w in enumerate(words) if k and w.lower() in _KIND_HEADS), None)
    if head is None or head < 2:
        return None
    if head + 1 < len(words) and words[head + 1].lower() in _PERSON_HEADS:
        return None  # 'A Labour party spokesman': a person, the body's kind a modifier
    kept = [w for w in words[1 : head + 1] if w.lower() not in _WHEN_WORDS]
    if any(w.lower() in _NOT_MODIFIERS or w.endswith(",") for w in kept):
        return None
    whole = kept == words[1 : head + 1]  # 'A New York appeals court' kept its 'New'
    return (_name_of_described(kept) if whole else None) or " ".join(kept)


def _name_of_described(kept: list[str]) -> str | None:
    """'Reuters news agency' -> 'Reuters': a body's own name, then one word of what kind of
    body it is; not a place, a nation or a party ('the US investment bank', 'the Philippine
    immigration agency'), nor a part of a larger body ('the Commons education select
    committee')."""
    run = list(takewhile(lambda w: w[:1].isupper(), kept))
    rest = kept[len(run) : -1]
    if not run or len(rest) != 1 or not rest[0][:1].islower():
        return None
    if kept[-1].lower() not in ORGANISATION_HEADS or any(_place_word(w) for w in run):
        return None
    return " ".join(run)


def _place_word(word: str) -> bool:
    """'US', 'California', 'Philippine', 'Paris-based', 'Democrat': where or whose, no name."""
    low = word.lower()
    return (
        "-" in word
        or low in DEMONYMS | PARTY_WORDS | COUNTRIES | US_STATES
        or low + "s" in COUNTRIES
        or word in ("US", "UK", "EU", "UN", "USA")
    )


def introduced(head: str, position: int, text: str) -> str | None:
    """'the group' -> the description that introduced a group before ``position`` ('a
    cross-party group of peers' -> 'cross-party group'), if any: the first, as one entity
    keeps one name ('the all-party group' later is the same group)."""
    if head not in _KIND_HEADS or not text:
        return None
    for m in _DESCRIPTION.finditer(text, max(0, position - _INTRO_REACH), position):
        words = [w for w in m.group(1).split() if w.lower() not in _WHEN_WORDS]
        if any(w.lower() in _OF_WORDS | _CLAUSE_WORDS for w in words):
            continue  # 'the biggest walk-offs in company history': no description of a body
        if m.group(2) == head and words and not any(w.lower() in _NOT_MODIFIERS for w in words):
            return " ".join([*words, head])  # 'a new survey' says no more than 'the survey'
    return None


_OF_WORDS = frozenset("for of at from with by in to on".split())
_CLAUSE_WORDS = frozenset("that which who whom this these those".split())


def _described(speaker: str) -> str:
    """The name a description ends in ('the producer Quincy Jones', 'campaigners including
    Labour backbencher Gwyneth Dunwoody', what 'who' stands for); not the body a role
    belongs to ('a spokesman for Sony' stays whole)."""
    words = speaker.split()
    if len(words) < 2 or not words[0][:1].islower() or not words[-1][:1].isupper():
        return speaker
    tail = name_tail(words)
    before = words[len(words) - len(tail) - 1] if 0 < len(tail) < len(words) else ""
    if not tail or before.lower() in _OF_WORDS:
        return speaker
    return " ".join(person_part(tail) or tail)


# How many names back 'the ministry' looks for the ministry.
_BODY_REACH = 200
_KIND_HEADS = ORGANISATION_HEADS | DOCUMENT_HEADS | POLL_HEADS


def _named_before(head: str, position: int, names: Names) -> str | None:
    """'the ministry' -> the last name before ``position`` whose head noun is 'Ministry'
    ('Finance Ministry', 'Ministry of Finance', 'European Centre for Heat and Health');
    'the observatory' -> 'National Film Observatory' alike, for a body's kind need not be
    listed: any noun (a person's role only where it opens an office's name: 'the bishop' ->
    'Bishop of Durham', never 'US Senator' for 'the senator'). 'the organisation' (a kind
    any body is) -> the last body named."""
    person = head in _PERSON_HEADS and head not in _KIND_HEADS
    generic = head in _ANY_BODY_HEADS
    k = bisect.bisect_left(names.at, (position,))
    for _pos, name in reversed(names.at[max(0, k - _BODY_REACH) : k]):
        words = name.split()
        if len(words) < 2:
            continue
        # A person's role only as an office's name ('the Bishop' -> 'Bishop of Durham').
        heads = (_of_head(words),) if person else (words[-1].lower(), _of_head(words))
        if head in heads or (generic and any(h in ORGANISATION_HEADS for h in heads)):
            return full_form(name, names)
    return None


# Nouns of persons (roles, titles, groups of people): 'the senator' is never 'US Senator'.
_PERSON_HEADS = ROLES | ROLE_NOUNS | GROUP_HEADS
# What only a person is called ('MP', 'Leader', 'Mr'), not a department's word ('Energy').
_PERSON_TITLES = ROLES | ROLE_NOUNS | PERSONAL_TITLES | {"mp"}
# The words of an office written after its owner ("Labour's deputy minister for women").
_OFFICE_NOUNS = _PERSON_TITLES | OFFICE_WORDS
# The titles and offices a person is called by before a surname ('Chair White').
_OFFICE_TITLES = OFFICE_WORDS | NAME_TITLES | PERSONAL_TITLES | PEER_TITLES
# A kind every body is: 'the organisation' stands for whichever body was named last.
_ANY_BODY_HEADS = frozenset("organisation organization body".split())


def _of_head(words: list[str]) -> str:
    """'ministry' for 'Ministry of Communications', 'centre' for 'European Centre for Heat
    and Health': a body's kind before the first 'of' or 'for' of its name."""
    at = next((k for k, w in enumerate(words) if w in ("of", "for")), 0)
    return words[at - 1].lower() if at >= 1 and len(words) > at + 1 else ""


# What 'the state' and 'the country' may stand for, and how far back (characters) they look.
# Not 'the government': a British paper's 'the government' is Britain's even after 'Iraq'.
_PLACES = {"state": US_STATES | COUNTRIES, "country": COUNTRIES, "nation": COUNTRIES}
_PLACE_REACH = 400


def _place_before(kind: str, position: int, names: Names) -> str | None:
    """'the 2000 election in Florida, when the state …' -> Florida: the nearest place of
    that kind named just before."""
    places = _PLACES.get(kind)
    if not places:
        return None
    k = bisect.bisect_left(names.at, (position,))
    while k > 0 and names.at[k - 1][0] > position - _PLACE_REACH:
        k -= 1
        if names.at[k][1].lower() in places:
            return names.at[k][1]
    return None


def _clean(name: str) -> str:
    """'Stumpf’s' -> 'Stumpf'; 'Kerr Putney, the police chief' -> 'Kerr Putney'; 'the BBC'
    -> 'BBC'."""
    name = _TIME_FIRST.sub("", name)  # 'In 1998 the party' is the party
    words = name.split()
    if len(words) >= 2 and words[0].lower() == "the" and all(w[:1].isupper() for w in words[1:]):
        name = " ".join(words[1:])
    head, _, rest = name.partition(",")
    head = head.strip()
    if (
        head
        and (_is_person_run(head) or group_of_place(head))
        and rest.strip()
        and (len(head.split()) >= 2 or _appositive(head, rest))
    ):
        name = head  # 'Kerr Putney, the police chief'; 'Garvey, a fly-half for Ostland'

    return _POSSESSIVE.sub("", name.strip()) if name.strip().endswith(("'s", "’s")) else name


# Words that open a phrase before the subject ('In a panel discussion … Mr Vinter said').
_INTRO_PREPOSITIONS = frozenset("In At During After Before Speaking On".split())
# A time that opens the subject phrase: 'In 1998 the party', 'On 3 May the council'.
_TIME_FIRST = re.compile(
    r"^(?:In|On|Since|By|After|Before|During|Until)[ \t]+(?:\d[\w]*|[A-Z][a-z]+[ \t]+\d+|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r",?[ \t]+(?=the[ \t]|[A-Z])"
)


def _appositive(head: str, rest: str) -> bool:
    """A lone name before a description of it ('Garvey, a fly-half …', 'Yukos, which …'),
    not a list of names ('Britain, France and Italy') nor an opening word ('However, …')."""
    first = rest.split()[0] if rest.split() else ""
    return head.lower() not in NON_NAME_OPENERS and first[:1].islower()


def full_form(name: str, names: Names, shorten: bool = True) -> str:
    """The fullest name the body uses for ``name``: a surname's full name, an acronym's
    spelt-out name, a shortened body's whole name (unless not ``shorten``); else ``name``
    itself."""
    words = name.split()
    if not words or not (name[:1].isupper() or (len(words) > 1 and words[0] in NAME_PARTICLES)):
        return name  # a description; but 'de Vries' is a surname
    if len(words) == 1 and name.isupper() and 2 <= len(name) <= 6:
        if name in names.glossed:
            return names.glossed[name]
        spelt = names.by_initials.get(name, [])
        if spelt:
            return names.best(spelt) or name
    if len(words) == 1:
        bearer = names.best(_untitled_bearers(name, names)) or _patronymic(name, names)
        bearer = bearer or _particle_surname(name, names) or paternal_surname(name, names)
        return bearer or (_shortened(name, names) if shorten else None) or name
    if re.fullmatch(_PARTICLE, words[0].lower()) or (
        len(words) == 2 and words[0].lower() in SURNAME_PREFIXES  # 'Ó Ceallaigh'
    ):  # 'Van Halderen', 'van Halderen'
        full = [n for n in names.ending_in(words[-1]) if n.lower().endswith(name.lower())]
        full = [n for n in full if n.lower() != name.lower()]
        return names.best(full) or _compound_surname(name, names) or name
    patronymic = _patronymic(name, names) or _after_particle(name, names)
    patronymic = patronymic or _before_joined_particle(name, names)
    if patronymic:
        return patronymic
    if names.count[name] and _is_person_run(name) and len(words) == 2:
        return _double_surname_bearer(name, names) or name
    longer = [n for n in names.by_last.get(words[-1], ()) if n.endswith(" " + name)]
    if longer and (not names.count[name] or words[-1].lower() in ORGANISATION_HEADS):
        # 'Economy Ministry' -> 'Finance and Economy Ministry', even where the article also
        # shortens it; a person's name is never lengthened by what precedes it.
        return max(longer, key=lambda n: (len(n.split()), names.count[n]))
    if words[-1][:1].islower():
        spelt_out = _spelt_out(name, names)  # 'San Francisco police', not 'San Francisco'
        if spelt_out or _described_people(words):
            return spelt_out or name
    prefix = [
        n
        for n in names.by_first.get(words[0], ())
        if len(n.split()) >= 2 and name.startswith(n + " ")
    ]
    if prefix and not names.count[name]:
        return names.best(prefix) or name  # a headline's 'Warren Hammers Wells Fargo CEO'
    return name


def _untitled_bearers(word: str, names: Names) -> list[str]:
    """The names ending in ``word``, each without the office before it ('SEC Chair Mary Jo
    White' -> 'Mary Jo White'), a title and the surname alone dropped ('Chair White'): the
    one that names the person in full is the name, however often the title is used."""
    found = names.ending_in(word)
    full = []
    for n in found:
        person = _person_of(n)
        if len(person.split()) >= 2 and names.count[person] and person.endswith(" " + word):
            full.append(person)
        elif len(person.split()) >= 2 or not _office_and_surname(n):
            full.append(n)
    return full or found


def _double_surname_bearer(name: str, names: Names) -> str | None:
    """'Ortega Pradera' (read from 'Mr Ortega Pradera') -> 'José Luis Ortega Pradera': two
    words that end the one longer person's name the article gives are its double surname
    ('García Márquez', 'Lloyd Webber'); a title before a given name and surname ('Prime
    Minister Tony Blair') lengthens no one's name."""
    found = {
        _person_of(n)
        for n in names.by_last.get(name.split()[-1], ())
        if n.endswith(" " + name) and n != name
    }
    longer = [
        n
        for n in found
        if n.endswith(" " + name)
        and len(n.split()) <= len(name.split()) + 2  # 'José Luis', 'Aung San'
        and _is_person_run(n)
        and all(_given_name(w, names) for w in n[: -len(name)].split())
        and _written_mid_sentence(n, names)  # not 'Initially Visual Radio …'
    ]
    return longer[0] if len(longer) == 1 else None


def _given_name(word: str, names: Names) -> bool:
    """A word before a surname that reads as a given name: capitalised in every part ('José',
    'Jean-Luc'; not 'Sydney-listed'), of no body or place ('Club', 'Texas'), one the article
    never writes in lower case ('Another', 'Initially', 'New' are common words)."""
    low = word.lower()
    if not all(part[:1].isupper() for part in word.split("-")) or low in _PREPOSITIONS:
        return False
    if low in ORGANISATION_HEADS or low in COUNTRIES or low in US_STATES or low in DEMONYMS:
        return False
    return re.search(rf"\b{re.escape(low)}\b", names.text) is None


def _office_and_surname(name: str) -> bool:
    """'Chair White', 'Premier Threlkeld', 'Archbishop Tutu': a person's office or title and
    a surname, no full name ('South Korea' is a place's)."""
    words = name.split()
    while words and words[0].lower() in _PREPOSITIONS:
        words = words[1:]  # 'Under President Chavez', 'Is President Obama …?'
    return len(words) >= 2 and all(w.lower().strip(".") in _OFFICE_TITLES for w in words[:-1])


def _before_joined_particle(name: str, names: Names) -> str | None:
    """'Saif bin Rashid' -> 'Saif bin Rashid al-Mazrouei': a name of two words or more cut
    before the surname joined to its particle ('al-', 'el-') is the one full name the
    article gives that goes on so."""
    same_first = names.by_first.get(name.split()[0], ())
    if len(same_first) < 2:
        return None  # no longer name opens the same way
    size = len(name.split())
    full = {
        n
        for n in same_first
        if n.startswith(name + " ")
        and "-" in n.split()[size]
        and n.split()[size].partition("-")[0] in HYPHEN_PARTICLES
        and _is_person_run(n)
    }
    return full.pop() if len(full) == 1 else None


def _after_particle(name: str, names: Names) -> str | None:
    """'Fuente Solís' -> 'Rodrigo de la Fuente Solís': a surname read without the particle
    that opens it (the particle in lower case is no capitalised word) is the full name that
    ends in the particle and the surname."""
    size = len(name.split())
    full = [
        n
        for n in names.ending_in(name.split()[-1])
        if n.endswith(" " + name)
        and len(n.split()) > size + 1
        and n.split()[-size - 1].lower() in NAME_PARTICLES
    ]
    return names.best(full)


def _particle_surname(word: str, names: Names) -> str | None:
    """'Fuente' (read from 'de la Fuente told') -> 'Rodrigo de la Fuente Solís': a lone word
    that follows a particle inside a person's full name is the first part of a compound
    surname, which stands for the person."""
    full = [
        n
        for n in names.count
        if len(n.split()) >= 4
        and any(
            a.lower() in NAME_PARTICLES and b == word and k >= 1
            for k, (a, b) in enumerate(pairwise(n.split()))
        )
        and _is_person_run(n)
        and not re.fullmatch(_PARTICLE, n.split()[0].lower())
    ]
    return names.best(full)


def _compound_surname(name: str, names: Names) -> str | None:
    """'De la Fuente' -> 'Rodrigo de la Fuente Solís': a surname that opens with its particle
    (capitalised at a sentence's start or not) may be the first part of a compound one (the
    Spanish paternal surname stands alone); the full name holding it after a given name."""
    low = " " + name.lower() + " "
    full = [
        n
        for n in names.count
        if low in " " + n.lower() + " "
        and not n.lower().startswith(name.lower())
        and len(n.split()) > len(name.split()) + 1
        and _is_person_run(n)
        and not re.fullmatch(_PARTICLE, n.split()[0].lower())
    ]
    return names.best(full)


def _described_people(words: list[str]) -> bool:
    """'Several Opec members', 'Labour party spokesman', 'Clinton campaign officials':
    people described by the body or name they belong to, whose lower-case head (a group or
    a role) is who spoke; not 'Amy Pope deputy security adviser', a person's name first,
    nor a name followed by a clause ('Obama passionately rebuked critics')."""
    k = len(words)
    while k > 0 and words[k - 1][:1].islower():
        k -= 1
    tail = [w.lower().strip(".,") for w in words[k:]]
    if not tail or k == 0 or any(w.endswith(("ly", "ed")) for w in tail):
        return False
    if tail[-1] in GROUP_HEADS:
        return True  # a group is never one person's name
    run = words[max(0, k - 3) : k]
    person = len(run) >= 2 and all(w[:1].isupper() for w in run[-2:])
    return tail[-1] in _PERSON_HEADS and not person


def _spelt_out(name: str, names: Names) -> str | None:
    """'San Francisco police' -> 'San Francisco Police Department': a body described by a
    place and its kind in lower case is the body the article names with those words first."""
    folded = name.casefold() + " "
    spelt = [
        n
        for n in names.by_first.get(name.split()[0], ())
        if n.casefold().startswith(folded)
        and len(n.split()) <= len(name.split()) + 2
        and n.split()[-1].lower() in ORGANISATION_HEADS
    ]
    return names.best(spelt)


def _patronymic(name: str, names: Names) -> str | None:
    """'Azman' -> 'Azman bin Rashid', 'Siti Hajar' -> 'Siti Hajar binti Osman': one named by
    a patronymic ('bin', 'binti', 'ibn') is called by the given name, which opens the full
    name ('Mr Azman', not 'Mr Rashid'); the one such name the article gives. A name of two
    words or more cut before any particle is that full name too ('Nick Van' of 'Nick Van
    den Brul')."""
    size = len(name.split())
    particles = PATRONYMIC_PARTICLES if size == 1 else NAME_PARTICLES
    named = {
        _person_of(n)
        for n in names.by_first.get(name.split()[0], ())
        if n.startswith(name + " ") and len(n.split()) >= size + 2 and n.split()[size] in particles
    }
    return named.pop() if len(named) == 1 else None


def _shortened(word: str, names: Names) -> str | None:
    """'Vivendi' -> 'Vivendi Universal': news introduces a body by its full name and then
    shortens it to the first word. The full name is the only longer name the word opens,
    and the article gives it before the word stands alone; a kind of group ('Democrats',
    not 'Democrats Abroad') is no shortened name."""
    if word.lower() in GROUP_HEADS:  # 'Residents' -> 'Residents of Kampung Tanjung Batu'
        placed = [n for n in names.by_first.get(word, ()) if group_of_place(n)]
        return placed[0] if len(placed) == 1 else None
    if _kind_word(word):
        return None
    longer = [  # 'Fairmont Hotels & Resorts': the ampersand is no word of the name
        n for n in names.by_first.get(word, ()) if 2 <= len(n.replace(" & ", " ").split()) <= 3
    ]
    if len(longer) != 1:
        return None
    if word.lower() in PARTY_WORDS and longer[0].lower() == f"{word.lower()} party":
        return longer[0]  # 'Labour' is the Labour Party wherever the article spells it out
    if names.first[longer[0]] > names.first.get(word, len(names.text)):
        return None
    if any(_NUMBERED.search(w) for w in longer[0].split()[1:]):
        return None  # 'Sky One', 'Archos AV400': a channel or a model the body makes
    if any(w.lower().strip(".") in _PERSON_TITLES for w in longer[0].split()[1:]):
        return None  # 'Labour MP', 'Tory Leader': a person's title after a party, no name
    return longer[0]


# A word that numbers a channel, a model or an edition rather than naming a body.
_NUMBERED = re.compile(r"\d|^(?:One|Two|Three|Four|Five|Plus|Max|Mini|Pro)$")


def _is_person_run(name: str) -> bool:
    """Capitalised words, a name's particles between them ('Rohani binti Yusof'), not
    ending in a body's kind."""
    words = name.split()
    return (
        words[0][:1].isupper()
        and all(w[:1].isupper() or w in NAME_PARTICLES or name_word(w) for w in words)
        and words[-1].lower() not in ORGANISATION_HEADS
    )


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())
