"""A body called by a description is the body of that kind the article names: 'the daily'
after 'The Washington Post …' is The Washington Post, 'The German company' after 'Siemens
showed off …' is Siemens, 'the board' is New Zealand Cricket, 'the results' are those of the
study the article credits to a body.

A description is a determiner, words that describe (lower case, or where: 'US', 'German',
'Seoul-based') and a head noun whose KIND is data (``vocab.kinds``). The bodies of a kind are
read once per article: a name whose own words carry the kind ('… Post', 'PT …', '… Office'),
a name the article introduces with a head of the kind ('X, the German engineering group';
'the Irish airline X'; 'X became the latest US newspaper'), a body a study is credited to ('a
study by X', 'X which commissioned the survey'). The latest within reach wins, a body that
spoke just before of no known kind too; a place the description gives must agree with the
places the body is given. No body fits: the description stays as it is (no guess across
kinds). Speakers that are a number, a month or a year ('Eleven', 'Dec', '2003') are never
anyone: read again here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import NamedTuple

from tracker.extract.canonical import Names, full_form
from tracker.extract.lexicon import MONTHS
from tracker.extract.speaker_check import GROUP_HEADS, PERSON, speaker_kind
from tracker.extract.vocab.attribution import CARDINAL_WORDS
from tracker.extract.vocab.kinds import (
    HEAD_KINDS,
    KNOWN_BY_NAME_ONLY,
    NAME_FIRST_WORDS,
    NAME_LAST_WORDS,
    NEWSPAPER,
    OTHER_WORDS,
    PLACE_ALIASES,
    POLL_HEADS,
    POLL_KINDS,
    PUBLIC_BODY,
    RECENT_POLL_WORDS,
    REGULATOR,
    REGULATOR_LAST_WORDS,
    RESEARCH_BODY_WORDS,
    STUDY,
    STUDY_PEOPLE,
)
from tracker.extract.vocab.name_forms import NON_NAME_OPENERS
from tracker.extract.vocab.people import PERSONAL_TITLES
from tracker.extract.vocab.places import COUNTRIES, DEMONYMS, US_STATES
from tracker.extract.vocab.speech import COLLECTIVE_PEOPLE, ROLE_NOUNS
from tracker.model import Attribution

_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_WORD = rf"[{_UPPER}][\w&’'-]*(?:\.[{_UPPER}][\w&’'-]*)*"  # 'U.S', no sentence's full stop
# A body's name: capitalised words, with 'of', 'for', 'the', 'and' inside ('Bank of England').
# Particles too, inside a name ('La Voz del Sur', 'Banco de España').
_NAME = (
    rf"{_WORD}(?:[ \t]+(?:(?:of|for|the|and|&|de|del|da|do|dos|di|du|van|von|der)[ \t]+)?{_WORD})*"
)
_HEAD = "|".join(sorted(HEAD_KINDS, key=len, reverse=True))
# A word that describes, not one that joins or opens a clause ('head of', 'who runs').
_MOD = r"(?!(?:of|for|at|in|on|to|and|with|by|who|which|that|said|says)\b)[\w’'-]+"
_MODS = rf"((?:{_MOD}[ \t]+){{0,4}}?)"
# 'Siemens, the German engineering group'; 'X (the agency)'; 'X, Japan's third-largest
# chipmaker' (a place's possessive stands where the article would).
_AFTER = re.compile(
    rf"({_NAME})(?:,|[ \t]+\()[ \t]*(?:the|a|an|[A-Z][\w.]*['’]s?)[ \t]+{_MODS}({_HEAD})\b(?!['’])"
)
# "Malaysia's central bank is to …": a place's body, introduced by description.
_PLACES_OWN = re.compile(rf"\b([A-Z][\w.]*)['’]s[ \t]+{_MODS}({_HEAD})\b(?!['’])(?![ \t]+[A-Z])")
# 'a cross-party group of MPs': a body introduced by description, named nowhere after it.
_UNNAMED = re.compile(rf"\b[Aa]n?[ \t]+{_MODS}({_HEAD})\b(?!['’])(?!,?[ \t]+(?:the[ \t]+)?{_NAME})")
# 'the Irish airline Aer Caladh', 'the provincial disaster agency, BPBD', 'security firm X'.
# After a comma, only a name the clause ends with: 'In the poll, Clinton's support …' is
# a clause of its own.
# (Each pattern opens with its cheapest literal; what goes before it is read backwards.)
_BEFORE = re.compile(
    rf"\b({_HEAD})(?:[ \t]+|,[ \t]+(?=(?:the[ \t]+)?{_NAME}[ \t]*[,.;:)\n]))"
    rf"(?:the[ \t]+)?({_NAME})(?!['’])"
)
# The describing words right before a head noun ('the Irish airline' -> 'Irish').
_MODS_BEFORE = re.compile(rf"(?<![\w’'-])((?:{_MOD}[ \t]+){{0,4}})$")
# 'The Washington Post on Thursday became the latest US newspaper'.
_COPULA = re.compile(
    rf"\b(?:is|was|became|becomes|remains|has become)[ \t]+(?:the|a|an)[ \t]+{_MODS}"
    rf"({_HEAD})\b(?!['’])"
)
# The name a copula's clause opens with, up to three words before the copula.
_SUBJECT_BEFORE = re.compile(rf"({_NAME})(?:[ \t]+[\w’'-]+){{0,3}}?[ \t]+$")
# What may follow a study's head noun ("X's report said", "X's survey, published"), not
# another noun it qualifies ("Trump's poll numbers": no poll of his).
_HEAD_ENDS = (
    r"[ \t]*[,.;:)]|[ \t]+(?:said|says|found|finds|shows?|showed|suggests?|suggested|"
    r"published|released|was|is|were|are|of|on|into|estimated|estimates|concluded)\b"
)
_STUDIES = (
    "study|studies|report|survey|poll|research|paper|trial|analysis|review|findings|audit|"
    "outlook|estimates|forecast"
)
# 'a study by X', 'It was run by the X', 'X which commissioned the survey', "X's report";
# 'The report, by the accountancy firm X': the words that tell what X is, passed over.
_CREDITED = re.compile(
    rf"\b(?:{_STUDIES}|It)\b[^.\n]{{0,80}}?\b(?:by|from)[ \t]+(?:the[ \t]+)?"
    rf"(?:(?!(?:of|in|on|at|to|for)\b)[a-z][\w-]*[ \t]+){{0,2}}({_NAME})"
)
_COMMISSIONED = re.compile(
    rf"({_NAME}),?[ \t]+(?:which|who|that)[ \t]+(?:commissioned|conducted|carried[ \t]+out|"
    rf"published|ran|led)\b"
)
_OWNED = re.compile(
    rf"({_NAME})['’]s?[ \t]+(?:[a-z-]+[ \t]+){{0,2}}(?:{_STUDIES})\b(?={_HEAD_ENDS})"
)
_NOT_NAMES = NON_NAME_OPENERS | frozenset("mr mrs ms dr".split())
# What a plural speaker is that names people, not a body ('MPs', 'Officials', 'Ministers').
PEOPLE_NOUNS = ROLE_NOUNS | frozenset(g.removesuffix("s") for g in GROUP_HEADS)
# How far back (characters) a description looks for its body; a body that spoke without a
# known kind is looked for nearer; a study named after 'researchers said' a little ahead.
_REACH = 3000
_SPOKE_REACH = 800
_AHEAD = 1000
_DETERMINERS = frozenset("the this".split())
_JOINERS = frozenset("of for the and &".split())
_INDEFINITE = frozenset("a an".split())
_PRONOUNS = frozenset("it its which that they".split())


_JUNK_WORDS = frozenset(MONTHS) | CARDINAL_WORDS


def junk_speaker(name: str) -> bool:
    """'Eleven', 'Dec', '2003', 'Jan. 14': a number, a month or a year is no one."""
    words = name.replace(".", " ").split()
    return bool(words) and all(
        w.isdigit() or w.lower() in MONTHS or w.lower() in CARDINAL_WORDS for w in words
    )


class _Spoke(NamedTuple):
    at: int
    name: str
    finding: bool  # 'reported', 'found', 'according to': what a study's body does


# Cues of a body reporting findings, whose results or report a later 'the results' are.
_FINDINGS = frozenset(
    """reported reports report published publishes released releases found finds showed
    shows estimated estimates suggested suggests""".split()
) | {"according to"}


@dataclass(slots=True)
class _Description:
    kinds: frozenset[str]
    places: frozenset[str]
    definite: bool


# Heads whose kind a word before them changes: 'the editorial board' is a newspaper's.
_COMPOUND_KINDS = {
    ("editorial", "board"): frozenset({NEWSPAPER}),
    ("central", "bank"): frozenset({PUBLIC_BODY, REGULATOR}),  # no lender a firm names
}


# What follows a head noun to tell of it, not to name another thing ('an audit released on
# Wednesday that …', 'the report which …'): the description ends at the head.
_TELLING = frozenset(
    "released published issued which that commissioned conducted compiled obtained".split()
)


def description_words(mention: str) -> list[str]:
    """The words of a description up to its head: 'an audit released on Wednesday that has
    deepened a crisis' -> ['an', 'audit']; 'the daily, which …' -> ['the', 'daily']."""
    words = mention.split(",")[0].split()
    for k in range(1, len(words) - 1):
        if words[k + 1] in _TELLING and words[k].lower() in HEAD_KINDS:
            return words[: k + 1]
    return words


def read_description(mention: str) -> _Description | None:
    """'the influential US daily' -> a newspaper of the US; None for anything else than a
    determiner, describing words and a head noun of a kind ('the company's chief', 'a rival
    firm', 'Labour's report')."""
    words = description_words(mention)
    if not words:
        return None
    head = words[-1].lower()
    kinds = HEAD_KINDS.get(head)
    if kinds is None or (not words[-1][:1].islower() and len(words) > 1):
        return None
    first = words[0].lower()
    if len(words) == 1:  # 'researchers said'
        return _Description(kinds, frozenset(), True) if head in STUDY_PEOPLE else None
    if first not in _DETERMINERS | _INDEFINITE:
        return None
    mods = words[1:-1]
    if any(w.lower() in OTHER_WORDS or "’" in w or "'" in w for w in mods):
        return None
    if any(w[:1].isupper() and not _place(w) for w in mods):
        return None  # 'the Reuters news agency', 'the Labour party': a name, read elsewhere
    if first in _INDEFINITE and (mods or STUDY not in kinds):
        return None  # 'a report' (the study named after it), never 'a company'
    places = frozenset(p for w in mods if (p := _place(w)))
    if mods:
        kinds = _COMPOUND_KINDS.get((mods[-1].lower(), head), kinds)
    return _Description(kinds, places, first in _DETERMINERS)


def _place(word: str) -> str:
    """The country a word of description gives ('German' -> 'germ', 'US' -> 'us',
    'Seoul-based' -> 'seoul'), '' if none."""
    low = word.lower().removesuffix("-based").strip(".,")
    if low in PLACE_ALIASES:
        return PLACE_ALIASES[low]
    if low in US_STATES:
        return "us"
    if low in COUNTRIES:
        return low
    if low in DEMONYMS:
        return _COUNTRY_OF.get(low, low[:4])
    if word.endswith("-based"):
        return low[:4]
    return ""


def _country_of(demonym: str) -> str | None:
    """The country whose name shares the longest opening with the demonym, at least four
    letters ('austrian' -> 'austria', never 'australia'; 'nigerian' -> 'nigeria'), if one."""
    best = max(COUNTRIES, key=lambda c: (_shared_opening(c, demonym), -len(c)))
    return best if _shared_opening(best, demonym) >= 4 else None


def _shared_opening(a: str, b: str) -> int:
    """How many letters two words share from their start."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


# Demonym -> country, for the demonyms whose country's name opens the same way; the others
# ('french', 'dutch') keep their own four-letter opening, as countries theirs.
_COUNTRY_OF = {d: c for d in DEMONYMS if (c := _country_of(d)) is not None}


def _agree(wanted: frozenset[str], given: frozenset[str]) -> bool:
    return not wanted or not given or bool(wanted & given)


class _Bodies:
    """The article's bodies by kind, read on first use."""

    # An __init__ written out: mypyc leaves a dataclass's init=False fields unset.
    def __init__(self, text: str, names: Names) -> None:
        self.text = text
        self.names = names
        self.kinds: dict[str, set[str]] = {}  # name -> its kinds
        self.places: dict[str, set[str]] = {}  # name -> places given it
        self.at: list[tuple[int, str]] = []  # introductions, in text order
        self._unnamed_kept: dict[str, list[int]] | None = None
        self._mentions_kept: list[tuple[int, str]] | None = None

    @property
    def unnamed(self) -> dict[str, list[int]]:
        """Read on first use, then kept: functools.cached_property does not cache in a class mypyc
        compiles (it reads again on every use), so the cache is written out."""
        if self._unnamed_kept is None:
            self._unnamed_kept = self._read_unnamed()
        return self._unnamed_kept

    def _read_unnamed(self) -> dict[str, list[int]]:
        """Head noun -> where the article introduces a body of that head by description ('a
        group of MPs'; "Malaysia's central bank", a place's, named nowhere in apposition)."""
        out: dict[str, list[int]] = {}
        for m in _UNNAMED.finditer(self.text):
            out.setdefault(m.group(2), []).append(m.start())
        for m in _PLACES_OWN.finditer(self.text):
            before = self.text[max(0, m.start() - 2) : m.start()]
            if _place(m.group(1)) and "," not in before:  # not 'X, Japan's chipmaker'
                out.setdefault(m.group(3), []).append(m.start())
                # and by its words: 'the central bank' is that one, whatever is named since
                phrase = f"{m.group(2)}{m.group(3)}".lower()
                if phrase != m.group(3):
                    out.setdefault(phrase, []).append(m.start())
        return out

    @property
    def mentions(self) -> list[tuple[int, str]]:
        """Read on first use, then kept: functools.cached_property does not cache in a class mypyc
        compiles (it reads again on every use), so the cache is written out."""
        if self._mentions_kept is None:
            self._mentions_kept = self._read_mentions()
        return self._mentions_kept

    def _read_mentions(self) -> list[tuple[int, str]]:
        """Every mention of a body of a known kind, in text order."""
        self._read_introductions()
        by_word: dict[str, list[set[str]]] = {}  # a word ending a name of kinds -> those
        for name in self.names.count:
            kinds = _kinds_of_name(name)
            if kinds:
                self.kinds.setdefault(name, set()).update(kinds)
                if " of " not in name:  # not 'Prof Ann Lee of the University of Ghana'
                    by_word.setdefault(name.rpartition(" ")[2], []).append(kinds)
        # 'Rovers' of 'Harbour Rovers': a body called by the last word of its name is that
        # body, where the word ends one such name only.
        for name in self.names.count:
            found = by_word.get(name, []) if " " not in name else []
            if len(found) == 1:
                self.kinds.setdefault(name, set()).update(found[0])
        known = [(p, n) for p, n in self.names.at if n in self.kinds]
        return sorted(known + self.at)

    def _read_introductions(self) -> None:
        for m in _AFTER.finditer(self.text):
            self._add(m.start(1), m.group(1), m.group(3), m.group(2))
        text = self.text
        for m in _BEFORE.finditer(text):
            mods = _MODS_BEFORE.search(text, max(0, m.start() - 60), m.start())
            self._add(m.start(2), m.group(2), m.group(1), mods.group(1) if mods else "")
        for m in _COPULA.finditer(text):
            subject = _SUBJECT_BEFORE.search(text, max(0, m.start() - 100), m.start())
            if subject:
                self._add(subject.start(1), subject.group(1), m.group(2), m.group(1))
        for pattern in (_CREDITED, _COMMISSIONED, _OWNED):
            for m in pattern.finditer(text):
                before = text[max(0, m.start() - 20) : m.start()].lower().split()
                if not OTHER_WORDS & set(before[-2:]):  # not 'An earlier study by X'
                    self._add(m.start(1), m.group(1), "study", "")

    def _add(self, at: int, name: str, head: str, mods: str) -> None:
        words = name.split()
        while words and words[0].lower() in _NOT_NAMES:
            words = words[1:]
        if not words or junk_speaker(words[0]) or _place(" ".join(words)):
            return
        if any(w.lower() in OTHER_WORDS for w in mods.split()):
            return  # 'a rival firm, Nortel': another body than the one described
        name = re.sub(r"['’]s?$|(?<=\w\w)\.$", "", " ".join(words))
        if head == "study" and self._person(name):
            return  # 'In the poll, Clinton's support …': no poll by Clinton
        self.kinds.setdefault(name, set()).update(HEAD_KINDS[head.lower()])
        places = {p for w in mods.split() if (p := _place(w))}
        self.places.setdefault(name, set()).update(places)
        self.at.append((at, name))

    def _person(self, name: str) -> bool:
        """A person the article names: a surname of a full name, or a full name; not a
        name the article introduces as a body ('the accounting firm Baxter Lowe')."""
        if name in self.kinds:
            return False
        words = name.split()
        if len(words) == 1:
            return bool(self.names.ending_in(words[0]))
        return speaker_kind(name, name) == PERSON and not _kinds_of_name(name)

    def places_of(self, name: str) -> set[str]:
        _ = self.mentions
        return self.places.get(name, set())

    def kinds_of(self, name: str) -> set[str]:
        _ = self.mentions
        return self.kinds.get(name) or _kinds_of_name(name)


def _kinds_of_name(name: str) -> set[str]:
    """The kinds a body's own words give it ('Washington Post': a newspaper; 'Nigerian
    Institute of Medical Research': a public body and one a study may be credited to)."""
    words = name.split()
    if len(words) < 2:
        return set()
    last, first = words[-1].lower().strip(".,"), words[0].lower()
    found = {NAME_LAST_WORDS.get(last, ""), NAME_FIRST_WORDS.get(first, "")}
    if re.sub(r"['’]s$", "", last) in REGULATOR_LAST_WORDS:
        found.add(REGULATOR)
    if any(w.lower() in RESEARCH_BODY_WORDS for w in words):
        found.add(STUDY)
    return found - {""}


def named_descriptions(text: str, atts: list[Attribution], names: Names) -> list[Attribution]:
    """The attributions with each speaker given by a description of a kind ('the daily',
    'The German company', 'the board', 'the results') named as the body of that kind the
    article names, and no speaker a number, a month or a year."""
    if not any(_screened(a) for a in atts):
        return atts
    bodies = _Bodies(text, names)
    out: list[Attribution] = []  # so far: the bodies that spoke before are among them
    renamed: dict[str, str] = {}  # what a description was read as -> the body found
    for att in atts:
        if att.speaker_text.lower() in _PRONOUNS:
            name = renamed.get(att.speaker)  # 'it' after 'the daily wrote': the same body
        else:
            name = _body_for(att, bodies, out)
            if name:
                renamed[att.speaker] = name
            elif att.speaker != att.speaker_text and read_description(att.speaker_text):
                # 'the agency' read before as its introduction ('national disaster
                # management agency'): an 'It' the resolver gave 'the agency' is that one
                renamed[att.speaker_text] = att.speaker
        if name and name != att.speaker:
            att = replace(att, speaker=name)
        out.append(att)
    return out


def _spoke_before(att: Attribution, bodies: _Bodies, before: list[Attribution]) -> list[_Spoke]:
    """The named bodies that spoke within reach before ``att`` (read only when asked)."""
    out = []
    for b in reversed(before):
        if b.speaker_start <= att.speaker_start - _SPOKE_REACH:
            break
        if b.speaker_start < att.speaker_start and _a_body(b, bodies):
            out.append(_Spoke(b.speaker_start, b.speaker, b.cue.lower() in _FINDINGS))
    return out


def _a_body(att: Attribution, bodies: _Bodies) -> bool:
    """A named body spoke: one of a known kind, or a capitalised speaker no person's."""
    if not att.speaker[:1].isupper():
        return False
    if bodies.kinds_of(att.speaker):
        return True
    words = att.speaker.split()
    titled = att.speaker_text.split()[0].lower().strip(".") in PERSONAL_TITLES
    if titled or (len(words) == 1 and bodies.names.ending_in(words[0])):
        return False  # 'Dr Vance', 'Vance' of 'Dr Vance': a person
    return PERSON not in (
        speaker_kind(att.speaker_text, att.speaker),
        speaker_kind(att.speaker, att.speaker),
    )


def _screened(att: Attribution) -> bool:
    """Whether the attribution may need reading here: one set lookup or two."""
    last = att.speaker_text.partition(",")[0].rpartition(" ")[2].lower()
    first = att.speaker.partition(" ")[0].rstrip(".").lower()
    if last in HEAD_KINDS or first[:1].isdigit() or first in _JUNK_WORDS:
        return True
    return len(description_words(att.speaker_text)) < len(att.speaker_text.split())


def _body_for(att: Attribution, bodies: _Bodies, before: list[Attribution]) -> str | None:
    """The body a described speaker is, or the name before a time phrase for a speaker read
    as a number or a year; None to leave the speaker as it is."""
    desc = read_description(att.speaker_text)
    if desc is None:
        return _before_time(att.speaker_text, bodies.names) if junk_speaker(att.speaker) else None
    if _poll_of_a_kind(att.speaker_text):
        return None  # 'the exit poll': whether it is one cited before is ``pollsters``'
    current = att.speaker
    words = current.split()
    # Still a description: no name in it but places ('US newspaper'); not 'Washington
    # Post-ABC News national poll', a document by the name of its makers.
    unread = words[-1][:1].islower() and all(w[:1].islower() or _place(w) for w in words)
    unread = unread or words[0].lower() in _DETERMINERS | _INDEFINITE
    if not (unread or junk_speaker(current) or _other(current, desc, bodies)):
        return None
    found = _chosen(att, desc, bodies, _spoke_before(att, bodies, before))
    if found:
        return full_form(found, bodies.names)
    return att.speaker_text.split(",")[0] if junk_speaker(current) else None


def _poll_of_a_kind(mention: str) -> bool:
    """'the exit poll', 'The online survey': a poll the words say the kind of."""
    words = description_words(mention)
    return (
        len(words) > 2
        and words[-1].lower() in POLL_HEADS
        and any(w.lower() in POLL_KINDS - RECENT_POLL_WORDS for w in words[1:-1])
    )


def _other(name: str, desc: _Description, bodies: _Bodies) -> bool:
    """Whether a name read already is of another kind by its own words ('Irish Travel
    Agents' Federation' for 'the airline', 'KBA' for the 'Federal Motor Transport Authority'
    it glosses) or by the article's introduction of it ('The league, LaLiga' for 'the
    paper'), or, where the description gives a place, of another place ('Orsa, the French
    carmaker' for 'The Swedish carmaker')."""
    # 'KBA' by its spelt-out name; 'LaLiga' by the article's introduction ('The league, LaLiga')
    kinds = _kinds_of_name(bodies.names.glossed.get(name, name)) or bodies.kinds_of(name)
    if kinds and not kinds & desc.kinds and desc.kinds != {STUDY}:
        return True  # (a report read as the body behind it is that body: 'World Bank')
    return bool(desc.places) and not _agree(desc.places, frozenset(bodies.places_of(name)))


def _chosen(
    att: Attribution, desc: _Description, bodies: _Bodies, spoke: list[_Spoke]
) -> str | None:
    """The latest body before the mention (or in apposition right after it) of the
    description's kind, whose places agree; a body of no known kind that spoke just before;
    for a study, the first credited within reach after ('researchers said …' in the lede)."""
    start, text = att.speaker_start, bodies.text
    best: tuple[int, str] | None = None
    for pos, name in bodies.mentions:
        if pos >= start and text[att.speaker_end : pos].strip(" ,("):
            break
        if pos < start - _REACH or not bodies.kinds_of(name) & desc.kinds:
            continue
        if _agree(desc.places, frozenset(bodies.places.get(name, ()))):
            best = (pos, name)
    for pos, name, finding in spoke:
        # a body of no known kind (a study's: any body that reported what it found); not
        # one whose words the mention reports ('Scans showed a tear, the board said')
        inside = att.content_start <= pos < att.content_end and not _named(name)
        if start - _SPOKE_REACH < pos < start and not inside and (not best or pos > best[0]):
            if _may_be(name, desc, bodies, finding):
                best = (pos, name)
    words = description_words(att.speaker_text)
    head = words[-1].lower()
    phrase = " ".join(words[1:]).lower()
    intro = [p for p in bodies.unnamed.get(phrase, ()) if start - _REACH < p < start]
    if phrase != head and intro:
        # "Malaysia's central bank … the central bank": the one introduced so, unless a
        # name was given it since ('Bank Negara Malaysia, the central bank, said')
        return _glossed_as(phrase, bodies, intro[-1], start)
    since = best[0] if best else start - _REACH
    if any(since < p < start for p in bodies.unnamed.get(head, ())):
        return None  # 'a group of MPs … the group': the body the description introduced
    looks_ahead = head in STUDY_PEOPLE or not desc.definite  # 'researchers said', 'a report'
    # A new document ('an audit released on …') is the one the article then credits, if
    # it does; the body named before it is whom it is about as often as whose it is.
    if (best is None or not desc.definite) and STUDY in desc.kinds and looks_ahead:
        later = (
            n
            for p, n in bodies.mentions
            if start < p < start + _AHEAD and STUDY in bodies.kinds_of(n)
        )
        found = next(later, None)
        if found or best is None:
            return found
    return best[1] if best else None


def _glossed_as(phrase: str, bodies: _Bodies, lo: int, hi: int) -> str | None:
    """The last body named between ``lo`` and ``hi`` with the description ``phrase`` in
    apposition right after ('Bank Negara Malaysia, the central bank,'), if any."""
    found = None
    for pos, name in bodies.mentions:
        if pos >= hi:
            break
        end = pos + len(name)
        if pos > lo and bodies.text[end : end + len(phrase) + 8].lower().startswith(
            f", the {phrase}"
        ):
            found = name
    return found


def _named(name: str) -> bool:
    """A name beyond doubt: an acronym ('AAN') or two capitalised words or more."""
    words = name.split()
    return (len(words) == 1 and name.isupper() and len(name) > 1) or (
        len(words) > 1 and all(w[:1].isupper() for w in words)
    )


def _may_be(name: str, desc: _Description, bodies: _Bodies, finding: bool) -> bool:
    """Whether a body that spoke, of no kind the article gives (for 'the results', any body
    that reported findings: 'The airline reported a profit …'), may be the one described:
    a name, not a place nor a capitalised common word ('Scans showed …')."""
    study = desc.kinds == {STUDY}
    if desc.kinds <= KNOWN_BY_NAME_ONLY:
        return False  # 'Uefa said … The club said': a club is one its name says is
    if _place(name) or (bodies.kinds_of(name) and not study) or (study and not finding):
        return False
    if junk_speaker(name) or name.split()[0].lower() in _NOT_NAMES:
        return False
    if not all(w[:1].isupper() or w in _JOINERS for w in name.split()):
        return False  # 'Even', read from 'Even without changes the commission urges'
    if name.endswith("s") and (name[:-1].isupper() or name[:-1].lower() in PEOPLE_NOUNS):
        return False  # 'MPs', 'Officials': people, no body
    if name.lower() in COLLECTIVE_PEOPLE:
        return False  # 'Police said …': people, no body a later 'the company' could be
    return re.search(rf"\b{re.escape(name.lower())}\b", bodies.text) is None


_TIME_AFTER = re.compile(r"[ \t]+(?:in|on|at|since|by|during)[ \t]+\S.*$")


def _before_time(mention: str, names: Names) -> str | None:
    """'The Downing Street Strategy Unit in 2003' -> 'Downing Street Strategy Unit'."""
    name = _TIME_AFTER.sub("", mention).strip()
    words = name.split()
    while words and words[0].lower() in _NOT_NAMES:
        words = words[1:]
    if not words or junk_speaker(" ".join(words)) or not words[0][:1].isupper():
        return None
    return full_form(" ".join(words), names)
