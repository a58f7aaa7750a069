"""Who said it: speaker spans turned into names.

Titles are split off ('Deputy Secretary of State Antony Blinken' -> Antony Blinken), a
surname is linked to the full name seen earlier, 'he' or 'she' to the nearest named person
before, and 'the senator' to the person last named. Kept apart from the span finding in
``attribution``: this half reads the whole article, that half one sentence at a time.
"""

from __future__ import annotations

import bisect
import re

from tracker.extract.found import Found
from tracker.extract.lexicon import WEEKDAYS
from tracker.extract.name_words import name_word
from tracker.extract.roles import ROLES, RoleHolders
from tracker.extract.speaker_check import GROUP_HEADS, ORGANISATION_HEADS
from tracker.extract.vocab.name_forms import FIRM_PARTNERS, OFFICE_WORDS, SURNAME_TITLE_WORDS
from tracker.extract.vocab.people import (
    BODY_WORDS,
    DETERMINER_WORDS,
    NAME_PARTICLES,
    NOT_PERSON_WORDS,
    PARTY_WORDS,
    PEER_TITLES,
    PERSONAL_TITLES,
    STOP_WORDS,
)
from tracker.extract.vocab.places import DEMONYMS, NATIONALS
from tracker.extract.vocab.speech import (
    PERSON_PRONOUNS,
    PLACE_WORDS,
    PRONOUNS,
    ROLE_NOUNS,
    TITLE_WORDS,
)
from tracker.model import Attribution


def split_title(words: list[str]) -> tuple[list[str], list[str]]:
    """('Deputy Secretary of State Antony Blinken') -> (title words, name words)."""
    # Walk from the right while words look like name parts; stop at the first title word.
    k = len(words)
    while k > 0 and (
        ((words[k - 1][:1].isupper() or name_word(words[k - 1])) and not _is_title(words[k - 1]))
        or _inner_particle(words, k - 1)
        or _title_surname(words, k - 1)
    ):
        if words[k - 1].lower() in WEEKDAYS:
            break  # 'on Thursday Intel': a day is no part of a name
        k -= 1
    if len(words) - k >= 3:  # an office, and two words of a name after it
        k += _office_in_name(words[k:])
    name = words[k:]
    if not name:
        return words, []
    of = k - 2 if k > 2 and words[k - 1] == "the" else k - 1
    if of > 0 and words[of] in ("of", "for") and words[of - 1].lower() in ORGANISATION_HEADS:
        return words, []  # 'Bank of America', 'Union of Hill Farm Workers': a body's name
    if of > 0 and words[of] in PLACE_WORDS and words[of - 1].lower() in GROUP_HEADS:
        return words, []  # 'Residents of Kampung Batu', 'Workers at Fiat': a group, no one
    # 'Gov. John Kasich of Ohio', 'Anna Berg at the Brookings Institution': where the person
    # is from follows the name; it joins the title. The body may hold title words ('Dan
    # Lee at the National Review'), so the place word is looked for among them too.
    # ('Secretary of State John Kerry' and 'Bank of America' name no person before 'of'.)
    for at in range(k - 1, 0, -1):
        if words[at] in PLACE_WORDS:
            title, person = split_title(words[:at])
            if len(person) >= 2 or (person and _personal(title)):
                return [*title, *words[at:]], person  # 'Mr. Nevins of Showtime' too
            break
        if not (words[at] == "the" or words[at][:1].isupper()):
            break
    if len(name) < 2:
        # 'Junya Tanase of JPMorgan Chase bank in Tokyo': the name before the first 'of'.
        at = next((j for j, w in enumerate(words[:k]) if w in PLACE_WORDS), 0)
        if at >= 2 and all(w[:1].isupper() for w in words[:at]):
            title, person = split_title(words[:at])
            if len(person) >= 2:
                return [*title, *words[at:]], person
    return words[:k], name


def _title_surname(words: list[str], at: int) -> bool:
    """'Mary Jo White', 'Chair White', 'Kanye West': a title word that is also a surname,
    last in a run of two capitalised words or more, is the surname."""
    return (
        at == len(words) - 1
        and at >= 1
        and words[at].lower() in SURNAME_TITLE_WORDS
        and words[at - 1][:1].isupper()
    )


def _office_in_name(words: list[str]) -> int:
    """How many words of a capitalised run open it before a person's name: through its last
    office word followed by a name of two words or more ('Saskatchewan Premier Douglas
    Threlkeld' -> 2; 'Premier Foods' -> 0)."""
    for at in range(len(words) - 3, -1, -1):
        if words[at].lower() in OFFICE_WORDS and all(
            w[:1].isupper() or w in NAME_PARTICLES for w in words[at + 1 :]
        ):
            return at + 1
    return 0


def _inner_particle(words: list[str], at: int) -> bool:
    """Whether ``words[at]`` is a particle or a quoted nickname inside a person's name: a
    capitalised word on each side, past at most one more particle ('Rohani binti Yusof', 'Dr
    de Vries', 'Miriam van der Sloot', 'Antonio "LA" Reid'; the word before may be a title)."""
    if not (words[at] in NAME_PARTICLES or _NICKNAME.fullmatch(words[at]) is not None):
        return False
    lo, hi = at - 1, at + 1
    while lo >= 0 and words[lo] in NAME_PARTICLES:
        lo -= 1
    while hi < len(words) and words[hi] in NAME_PARTICLES:
        hi += 1
    return (
        lo >= 0
        and hi < len(words)
        and hi - lo <= 3
        and words[lo][:1].isupper()
        and words[hi][:1].isupper()
    )


_NICKNAME = re.compile(r"[\"“][A-Z][\w.-]*[\"”]")


def _personal(title: list[str]) -> bool:
    """Whether the title ends in one only a person carries ('Mr.', 'Dr')."""
    return bool(title) and title[-1].lower().strip(".") in PERSONAL_TITLES


def _is_title(word: str) -> bool:
    """A title word, or its plural ('Sens.', 'Tories', 'Democrats')."""
    w = word.lower().strip(".")
    return (
        w in TITLE_WORDS
        or (w.endswith("ies") and w[:-3] + "y" in TITLE_WORDS)
        or (len(w) > 3 and w.endswith("s") and w[:-1] in TITLE_WORDS)
    )


def resolve(text: str, found: list[Found]) -> list[Attribution]:
    """Turn spans into Attributions with resolved speaker names, in article order."""
    seen = _Seen(text)
    out: list[Attribution] = []
    last: tuple[int, str] = (-1, "")  # where the last speaker span ended, and who it was
    for f in found:
        mention = text[f.speaker_start : f.speaker_end]
        if (
            mention.lower() == "who"
            and last[0] >= 0
            and not text[last[0] : f.speaker_start].strip(", ")
        ):
            # 'said one aide familiar with the talks, who added …': the aide, not the talks.
            speaker, title = last[1], ""
        else:
            speaker, title = seen.speaker_of(f, mention)
        last = (f.speaker_end, speaker or mention)
        seen.record(f.speaker_start, speaker, mention)
        out.append(
            Attribution(
                speaker=speaker or mention,
                speaker_text=mention,
                speaker_start=f.speaker_start,
                speaker_end=f.speaker_end,
                cue=f.cue,
                cue_start=f.cue_start,
                cue_end=f.cue_end,
                mode=f.mode,
                content_start=f.content_start,
                content_end=f.content_end,
                speaker_title=title or None,
                rule=f.rule,
            )
        )
    return out


class _Seen:
    """What the article has named so far, for linking pronouns, surnames and roles."""

    def __init__(self, text: str):
        self.text = text
        self.people: list[tuple[int, str]] = []  # (position, full name) of named persons so far
        self.persons: list[tuple[int, str]] = []  # those that look like a person, kept sorted
        self.named = _named_people(text)  # every person-like name in the article, for pronouns
        self._quotes: list[tuple[int, int]] | None = None  # quotation spans, read on first use
        # A name inside a quotation is what was said, not who said it: no pronoun's antecedent
        # ('"… the Paris Accord," he said').
        self.unquoted = [(at, name) for at, name in self.named if not self.quoted(at)]
        self.roles: list[tuple[int, str]] = []  # speakers named by a role ('a spokeswoman')
        self.bodies: list[tuple[int, str]] = []  # no person ('Diageo', 'the council'), sorted
        self.name_words = {word for _, name in self.named for word in name.split()}
        self.full_names: dict[str, str] = {}  # a word of a full name -> the latest such name
        self.role_holders = RoleHolders(text)  # 'Chancellor Gordon Brown', for 'the chancellor'

    def speaker_of(self, f: Found, mention: str) -> tuple[str, str]:
        """The speaker's name and title for the mention at ``f``."""
        # 'JAKE TAPPER' (a transcript's turn label) is the name Jake Tapper.
        words = (mention.title() if mention.isupper() and len(mention) > 3 else mention).split()
        speaker, title = _name_of(words)
        low = mention.lower()
        if low in _OWNERS and (named := self.role_holders.introduced_at(f.speaker_start)):
            speaker = named  # 'His barrister, Desmond Achterberg, argued': the barrister
        elif low in PRONOUNS or low in PERSON_PRONOUNS or low in ("who",):
            speaker = self._pronoun(f.speaker_start, low, speaker, cue_object(self.text, f.cue_end))
        elif low in ("which", "that"):
            # 'the council, which has complained …': the speaker is the noun phrase before.
            speaker = _antecedent(self.text, f.speaker_start) or mention
        elif speaker and len(speaker.split()) == 1 and speaker[:1].isupper():
            # A surname: link it to the nearest earlier full name that holds it.
            speaker = self.full_names.get(speaker, speaker)
        elif _the_role(head := speaker.split() if speaker else words):
            # The person introduced with this role ('Chancellor Gordon Brown'), also for a
            # mention that runs on into a relative clause ('The judge, who also …, said').
            holder = self.role_holders.holder(head[-1], f.speaker_start)
            # Else it stays: the subject before names the person (``salience``), not
            # whoever spoke last.
            if holder:
                speaker, title = holder, mention
            elif head[0].lower() == "our" and words[-1].lower() in ROLE_NOUNS:
                bisect.insort(self.roles, (f.speaker_start, mention))  # no one introduced so
        elif words and words[-1].lower() in ROLE_NOUNS:
            bisect.insort(self.roles, (f.speaker_start, mention))  # a person named by a role
        return speaker, title

    def _pronoun(self, at: int, low: str, speaker: str, addressed: str | None = None) -> str:
        """Whom 'he', 'she', 'I', 'who' or 'it' at ``at`` stands for; never the person the
        cue addresses (``addressed``: 'he told Hannity' is not Hannity)."""
        ante = _antecedent(self.text, at) if low == "who" else None
        if ante:
            return ante  # 'Humphrey, who calls …', 'a sheriff who says …'
        if low == "i" and not self.quoted(at):
            return speaker  # 'I' in the writer's own words: the writer, whom no name here is
        if low in PERSON_PRONOUNS | {"i", "who"}:
            # The nearest person before here: a speaker, a name in the text, or a role
            # ('… spokeswoman said'); each list is sorted, so a bisection each.
            prior = [
                near
                for near in (
                    _last_before(self.persons, at, addressed),
                    _last_before(self.unquoted, at, addressed),
                    _last_before(self.roles, at, addressed),
                )
                if near is not None
            ]
            if prior:
                return max(prior)[1]
        elif low == "it":
            # 'Diageo said … It said Chalone would be integrated': the nearest body before,
            # within reach.
            near = _last_before(self.bodies, at)
            if near is not None and near[0] > at - _BODY_REACH:
                return near[1]
        return speaker

    def quoted(self, at: int) -> bool:
        """Whether ``at`` lies inside a quotation."""
        if self._quotes is None:
            self._quotes = [(m.start(), m.end()) for m in _QUOTED.finditer(self.text)]
        k = bisect.bisect_right(self._quotes, (at, len(self.text))) - 1
        return k >= 0 and self._quotes[k][0] < at < self._quotes[k][1]

    def record(self, at: int, speaker: str, mention: str) -> None:
        """Remember the speaker at ``at`` for the mentions after it."""
        low = mention.lower()
        if speaker and speaker[:1].isupper() and len(speaker.split()) >= 1 and low not in PRONOUNS:
            self.people.append((at, speaker))
            if _looks_like_person(speaker):
                bisect.insort(self.persons, (at, speaker))
            elif full := self._bearer(speaker, at):
                bisect.insort(self.persons, (at, full))  # 'says Arnold': Andrea Arnold spoke
            for full in coordinated(speaker) or [speaker]:  # 'Ann Lee and Tom Bell': each
                # Only a name ('Where the Republicans' is a phrase, no one's full name; 'Labour
                # MP' a party and a title, no one's name).
                if (
                    len(full.split()) > 1
                    and all(w[:1].isupper() or name_word(w) for w in full.split())
                    and not _is_title(full.split()[-1])
                ):
                    self.full_names.update(dict.fromkeys(full.split(), full))
        if low not in PRONOUNS and _is_body(speaker or mention, self.name_words):
            bisect.insort(self.bodies, (at, speaker or mention))

    def _bearer(self, surname: str, at: int) -> str | None:
        """The person named before ``at`` whose surname a one-word speaker is ('Andrea
        Arnold … says Arnold'): a person who spoke, whom a later 'she' may stand for."""
        if " " in surname:
            return None
        k = bisect.bisect_left(self.unquoted, (at,))
        for _, name in reversed(self.unquoted[:k]):
            if name.split()[-1] == surname:
                return name
        return None


def _the_role(words: list[str]) -> bool:
    """Whether the words are 'the' and a role ('the coach', 'the Tory leader'), not a name
    ('The Trafford Centre spokeswoman'); or the paper's own ('our correspondent', 'our
    political editor'), whom it names with its role elsewhere ('BBC correspondent Ann Lee')."""
    return (
        bool(words)
        and words[0].lower() in ("the", "our")
        and len(words) <= 4
        and words[-1].lower() in ROLES | ROLE_NOUNS
        and all(described_by(w) for w in words[1:])
    )


# The owners' pronouns that may open a role phrase a name stands in apposition to.
_OWNERS = frozenset(("his", "her", "their", "its", "our"))


def described_by(word: str) -> bool:
    """A word of a role's description: lower case, or a party's or a nation's ('the Tory
    leader', 'the Pakistani president'), not a name ('the Trafford Centre spokeswoman')."""
    low = word.lower()
    return word[:1].islower() or low in PARTY_WORDS or low in DEMONYMS


def _last_before(
    items: list[tuple[int, str]], position: int, other_than: str | None = None
) -> tuple[int, str] | None:
    """The last of ``items`` (sorted (position, name) pairs) that lies before ``position``,
    passing over the names whose last word is ``other_than``."""
    k = bisect.bisect_left(items, (position,))
    while k and other_than and addressed_is(items[k - 1][1], other_than):
        k -= 1
    return items[k - 1] if k else None


def addressed_is(name: str, addressed: str | None) -> bool:
    """Whether ``name`` is the person a cue addresses: its surname is that word (not 'Lord
    Callaghan of Cardiff' for 'represented Cardiff seats')."""
    words = name.split()
    return words[-1] == addressed and "of" not in words


# A capitalised name right after a cue: whom it addresses ('told Hannity', 'called Rubio').
# Not a name that modifies a noun ('represented Cardiff seats'): punctuation, a capital, a
# quote or a word of the clause must follow it.
_ADDRESSED = re.compile(
    r"[ \t]+(?:Mr\.?[ \t]+|Mrs\.?[ \t]+|Ms\.?[ \t]+)?([A-Z][\w’'-]+)"
    r"(?=[^\w\s]|\s*$|[ \t]+(?:[A-Z“\"‘']|(?:to|that|about|of|on|for|in|at|and|with|was|is|"
    r"had|has|would|will|could|should|did|does|must|may|might|still|not)\b))"
)


def cue_object(text: str, cue_end: int) -> str | None:
    """The word naming whom the cue at ``cue_end`` is said to ('he told Hannity' ->
    'Hannity'): the one person the pronoun before the cue cannot stand for, as English
    would say 'himself'. None when no name follows the cue."""
    m = _ADDRESSED.match(text, cue_end)
    return m.group(1) if m else None


# Curly, straight, and doubled-apostrophe quotes (''like this,'' as some papers print).
_QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"|''[^\n]*?''")
# How far back (characters) an 'it' looks for the body it stands for.
_BODY_REACH = 1500


def _is_body(speaker: str, name_words: set[str]) -> bool:
    """Whether a speaker is an organisation or a document, not a person: 'the committee',
    'The Ugandan Media Council', or one capitalised word that is no one's name ('Diageo',
    not 'Blair' when 'Tony Blair' is named)."""
    words = speaker.split()
    if not words:
        return False
    if words[-1].lower() in BODY_WORDS:
        return True
    return (
        len(words) == 1
        and words[0][:1].isupper()
        and words[0].lower() not in PRONOUNS
        and words[0] not in name_words
    )


_ANTECEDENT_WORDS = re.compile(r"[^\W_][\w’'.&-]*")


def _antecedent(text: str, start: int) -> str | None:
    """The noun phrase just before 'which' or 'who' at ``start``: 'a relief to the council,
    which' -> 'the council'; 'Clinton’s campaign, which' -> 'Clinton’s campaign'; 'recent
    research which suggests' -> 'recent research'."""
    before = text[max(0, start - 100) : start].rsplit("\n", 1)[-1].rstrip()  # this paragraph
    if before.endswith(","):
        # 'The nominee, Imke Staal, 49, who': the name, not the role, nor the age.
        segments = [seg.strip() for seg in before.rsplit(". ", 1)[-1].split(",")][:-1]
        while len(segments) > 1 and segments[-1].isdecimal():
            segments.pop()
        last = segments[-1].split() if len(segments) > 1 else []
        if last and all(w[:1].isupper() for w in last):
            return " ".join(last)
    before = before.rstrip(",—–- ")  # ', which', ' - which', or 'research which'
    words = _ANTECEDENT_WORDS.findall(before)
    while words and words[-1].isdecimal():
        words.pop()  # 'for Staunton, 49, who'
    phrase: list[str] = []
    tail = words[-6:]
    for k in range(len(tail) - 1, -1, -1):
        word = tail[k]
        if word.lower() in STOP_WORDS:
            break
        if (
            phrase
            and k
            and word.endswith("ed")
            and word[:1].islower()
            and tail[k - 1][:1].isupper()
        ):
            # 'Symantec released statistics which': the statistics are Symantec's.
            return f"{tail[k - 1]}’s {' '.join(phrase)}"
        phrase.insert(0, word)
        if word.lower() in DETERMINER_WORDS:
            break
    return " ".join(phrase) or None


# A capitalised word, hyphenated parts included ('Kilroy-Silk', 'Smith-Jones'). Spaces only
# between words, not line breaks: a headline's last word and the next paragraph's first word
# ('Headline\n\nDuring …') are no name.
_NAME_WORD = r"[A-Z][a-z’']+(?:-[A-Za-z][a-z’']*)*"
# Up to two lower-case particles before a capitalised word ('Miriam van der Sloot').
_PARTICLE_RUN = rf"(?:(?:{'|'.join(sorted(NAME_PARTICLES))})[ \t]+){{0,2}}"
# The first word's '\b' is written after its capital, as '(?<!\w.)': a pattern that opens with
# a class of letters lets the regex engine skip to the next capital by itself, where '\b' had
# it try every position (40% fewer instructions; the same matches).
_FIRST_NAME_WORD = _NAME_WORD.replace("[A-Z]", r"[A-Z](?<!\w.)", 1)
_NAME_RUN = re.compile(
    rf"{_FIRST_NAME_WORD}(?:[ \t]+(?:[A-Z]\.[ \t]+)?{_PARTICLE_RUN}{_NAME_WORD}){{1,2}}\b"
)


def _looks_like_person(name: str) -> bool:
    """Two or more words, none a place's or a body's, and ending in a capitalised one: not
    'Anti-spam firms', which 'he' never stands for."""
    words = name.split()
    return (
        len(words) >= 2
        and words[-1][:1].isupper()
        and words[0].lower() not in DEMONYMS  # 'Scottish Water', 'Indian Ocean'
        and words[0].lower() not in GROUP_HEADS  # 'Supporters of Hillary Clinton'
        and not any(w.lower().strip(".,") in NOT_PERSON_WORDS for w in words)
    )


def _named_people(text: str) -> list[tuple[int, str]]:
    """(position, name) of every run of two or three capitalised words that could be a person.
    A run right after 'in', 'near' or 'outside' is where something happened ('screened at its
    headquarters in Beverly Hills'), a place, not a person a later 'she' could stand for."""
    out = []
    for m in _NAME_RUN.finditer(text):
        if _PLACE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        # 'Mr Brown's plans': the possessive is not part of the name.
        title, name = split_title(_POSSESSIVE.sub("", m.group()).split())
        if not title and not NAME_PARTICLES.isdisjoint(name):
            continue  # 'Cinco de Mayo', 'Rio de Janeiro': a person only after a title
        if len(name) >= 2 and _looks_like_person(" ".join(name)):
            out.append((m.start(), " ".join(name)))
        elif len(name) == 1 and title and title[-1].lower().strip(".") in PERSONAL_TITLES:
            out.append((m.start(), " ".join(name)))  # 'Lord Falconer', 'Mr Blair': a person
    return out


_POSSESSIVE = re.compile(r"['’]s\b")
# A preposition of place just before a name run (lower case: 'In Tony Blair's view' opens a
# sentence, not a place).
_PLACE_BEFORE = re.compile(r"\b(?:in|near|outside)[ \t]+$")


def _name_of(words: list[str]) -> tuple[str, str]:
    """The person's name inside a subject phrase, and the title around it."""
    if any("(" in w for w in words):
        words = re.sub(r"\s*\([^)]*\)", "", " ".join(words)).split()  # 'Kasich (who has …)'
    clean = [w.strip(",") for w in words if w.strip(",")]
    if not clean:
        return "", ""
    parts = coordinated(" ".join(words))
    if parts:
        return join_names(parts), ""  # 'Sens. Ann Lee, Tom Bell and Raj Patel'
    if any(w.endswith(",") for w in words):
        found = _name_before_relative(words) or _name_in_segments(words)
        if found is not None:
            return found
    if not name_word(clean[-1]):
        return " ".join(clean), ""
    title, name = split_title(clean)
    if not name:
        return " ".join(clean), ""
    if len(name) == 1 and len(title) >= 2 and title[-1].lower() in PEER_TITLES:
        # 'the Lord Chancellor Lord Benfield': after an office, a peer is named by the
        # peerage title (a lone 'Lord Okafor' is linked by his surname, as 'Mr Okafor').
        return f"{title[-1]} {name[0]}", " ".join(title[:-1])
    # A description or organisation ('a study by … Institute for National Unification',
    # 'The United States') stays whole unless it ends in a full personal name.
    if (
        len(name) < 2
        and title
        and (title[0].lower() in ("a", "an", "the", "his", "her", "its", "their") or located(title))
    ):
        return " ".join(clean), ""
    if title and title[0].lower() == "the" and all(w[:1].isupper() for w in clean[1:]):
        return " ".join(clean), ""
    return " ".join(name), " ".join(title)


def _name_before_relative(words: list[str]) -> tuple[str, str] | None:
    """'The senator, who chairs the panel': the name before a relative clause, the clause
    joining its title."""
    if len(words) > 1:
        parts = " ".join(words).split(",")
        if (
            len(parts) > 1
            and parts[1].strip().split()[:1]
            and parts[1].strip().split()[0].lower() in ("who", "which", "whose")
        ):
            head = parts[0].split()
            if head:
                name, title = _name_of(head)
                rest = ", ".join(p.strip() for p in parts[1:] if p.strip())
                return name, (f"{title}, {rest}" if title else rest)
    return None


def _name_in_segments(words: list[str]) -> tuple[str, str] | None:
    """The name among a subject's comma-separated segments, the rest its title."""
    # Appositive subject: 'Kim Soo-jin, a defence analyst at …' names the person first;
    # 'The senior U.S. diplomat for Asia, …, Danny Russel' names them last.
    segments = " ".join(words).split(",")
    head = segments[0].split()
    later = [seg.split() for seg in segments[1:] if seg.strip()]
    if later and group_of_place(segments[0]) and later[0][0][:1].islower():
        return segments[0].strip(), ", ".join(" ".join(seg) for seg in later)
    if (
        head
        and all(w[:1].isupper() for w in head)
        and head[0].lower() not in ("the", "a", "an")
        and later
        and (
            later[0][0][:1].islower()
            or later[0][0].lower() in ("the", "a", "an")
            or later[0][0].isdecimal()  # an age: 'Mr. Regalado, 69,'
        )
    ):
        title, name = split_title(head)
        if name:
            rest = ", ".join(" ".join(seg) for seg in later)
            return " ".join(name), " ".join([*title, rest]).strip()
    for seg in reversed(segments):
        seg_words = seg.split()
        title, name = split_title(seg_words)
        if len(name) >= 2:
            rest = ", ".join(s.strip() for s in segments if s is not seg and s.strip())
            return " ".join(name), rest
    if (
        head
        and head[0].lower() in ("the", "a", "an")
        and later
        and later[0][0].lower() in ("a", "an")
    ):
        # 'The mayor, a Democrat': no name anywhere; the role is who spoke.
        return " ".join(head), ", ".join(" ".join(seg) for seg in later)
    return None


def group_of_place(phrase: str) -> bool:
    """'Residents of Kampung Batu', 'Workers at Fiat': a group named by where it is."""
    words = phrase.split()
    return (
        len(words) >= 3
        and words[0].lower() in GROUP_HEADS
        and words[1] in ("of", "at", "from", "in")
        and all(w[:1].isupper() or w in ("of", "the") for w in words[2:])
    )


def located(title: list[str]) -> bool:
    """'Some web users in', 'Recent polls in Ohio and': a description placed somewhere, so
    the name after it is the place, not the speaker."""
    seen_common = False
    for w in title:
        if (w in PLACE_WORDS or w in _AREA_WORDS) and seen_common:
            return True
        seen_common = seen_common or (w[:1].islower() and w not in ("and", "the", "of"))
    return False


def national(mention: str) -> bool:
    """'the American', 'the Briton': a person the article named before, by nationality."""
    words = mention.split()
    return len(words) == 2 and words[0].lower() == "the" and words[1].lower() in NATIONALS


# Words that place people in an area ('Shops all over the UK', 'fans across Europe').
_AREA_WORDS = frozenset("over across around throughout".split())
_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def coordinated(phrase: str) -> list[str] | None:
    """The names of 'Ann Lee, Tom Bell and Raj Patel' (titles dropped), or None when the
    phrase is no list of two or more persons or bodies each named ('Finance and Economy
    Ministry' is one body; 'Lee and the others' names one)."""
    if " and " not in f" {phrase} ":
        return None
    parts = [p.split() for p in _LIST_SPLIT.split(phrase.strip())]
    if len(parts) < 2 or any(not p for p in parts):
        return None
    if len(parts[-1]) == 1 and parts[-1][0].lower() in FIRM_PARTNERS:
        return None  # 'Smith and Partners', 'Dombey and Son': one firm
    names = []
    for words in parts:
        if not all(w[:1].isupper() or w in _PARTICLES or name_word(w) for w in words):
            return None
        if words[-1].lower() in ORGANISATION_HEADS:
            return None  # 'Finance and Economy Ministry'
        name = split_title(words)[1]
        names.append(" ".join(name or words))
    return names


_PARTICLES = NAME_PARTICLES


def join_names(names: list[str]) -> str:
    """['A', 'B', 'C'] -> 'A, B and C'."""
    return f"{', '.join(names[:-1])} and {names[-1]}"
