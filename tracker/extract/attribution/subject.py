"""The subject before a cue: the walk left from the cue to where the speaker's phrase begins."""

from __future__ import annotations

import re

from tracker.extract.attribution.names import (
    before_aside,
    description_then_name,
    name_before_description,
    name_run_start,
    name_then_aside,
)
from tracker.extract.attribution.sentence import (
    CLOSERS,
    Sentence,
    abbrev_dot,
    adjacent_tokens,
    adverb,
    skip_before_cue,
)
from tracker.extract.quotes import inside
from tracker.extract.speaker_check import GROUP_HEADS, KIND_HEADS
from tracker.extract.tokens import Token
from tracker.extract.vocab.attribution import INTRO_LEADS, RELATIVE_PRONOUNS, TIME_ANCHORS
from tracker.extract.vocab.cues import (
    STRONG,
    WEAK,
)
from tracker.extract.vocab.speech import (
    CLAUSE_WORDS,
    COORDINATORS,
    DETERMINERS,
    INTRO_WORDS,
    JOINED_ADJECTIVES,
    LEADING_CONJUNCTIONS,
    LEFT_STOPS,
    NAMING,
    NOT_SPEAKER_END,
    NOT_SPEAKER_START,
    NOT_SUBJECT,
    PARENTHETICALS,
    PREPOSITIONS,
    PRONOUNS,
    ROLE_NOUNS,
    SAY_TELL,
    TIME_FILLERS,
    TITLE_WORDS,
)

# 'R-Ky.', 'D-Mass.', 'I-Vt.': a lawmaker's party and state between commas.
PARTY_STATE = re.compile(r"[RDI]-[A-Z][A-Za-z]{1,3}\.?")


def subject_left(s: Sentence, i: int) -> tuple[int, int] | None:
    """The noun phrase before the cue: token range [s0, s1)."""
    tokens = s.tokens
    if i > 0 and tokens[i - 1].text == ",":
        named = name_then_aside(s, i - 1)
        if named is not None:
            return named
    return checked_subject(tokens, _subject_left_rules(s, i))


def checked_subject(tokens: list[Token], subj: tuple[int, int] | None) -> tuple[int, int] | None:
    """The subject without a verb it ran into at its end ('Voters … are'), or None when it
    opens like a verb ('are not confident', 'spoke with …'), holds a 'said' ('Cable said
    he …') or ends in a nested clause's subject ('the department disclosed it …')."""
    if subj is None:
        return None
    start, end = subj
    while (
        end - start > 1
        and tokens[end - 1].low in NOT_SPEAKER_END
        and tokens[end - 1].text[0].islower()  # 'Theresa May said', 'George Will wrote'
    ):
        end -= 1  # 'Voters in the county are (not confident …)'
    first = tokens[start]
    if end - start == 1 and first.low in INTRO_WORDS:
        return None  # 'However, documented cases are rare': a sentence adverb, no speaker
    if first.text[0].islower() and (
        first.low in NOT_SPEAKER_START or first.low in STRONG or first.low in WEAK
    ):
        return None
    if any(t.low in SAY_TELL and t.text[0].islower() for t in tokens[start + 1 : end]):
        # 'Vincent Cable said he (supported …)': a clause of its own, whose speaker already
        # has the claim for the sentence; not a speaker (nor a second claim) to add.
        return None
    if (
        end - start > 2
        and tokens[end - 1].low in PRONOUNS
        and (tokens[end - 2].low in STRONG or tokens[end - 2].low in WEAK)
        and tokens[end - 2].text[0].islower()
    ):
        # 'The State Department disclosed it asked …': speech reported inside speech,
        # already the content of the outer cue's claim; no second claim.
        return None
    if (
        end - start > 1
        and tokens[end - 1].low in PRONOUNS
        and tokens[end - 2].low not in ("and", "or", "nor")
        and not any(t.low in STRONG or t.low in WEAK for t in tokens[start : end - 1])
    ):
        return end - 1, end  # 'In the interview he called for …': the pronoun is the subject
    return _past_opening(tokens, start, end), end


def _past_opening(tokens: list[Token], start: int, end: int) -> int:
    """Where the subject starts after an opening phrase with no comma ('Even without changes
    the commission', 'In 1998 the party', 'According to Mr Peston the prime minister'): at
    its last determiner, not one inside an 'of' phrase ('the head of the party')."""
    if tokens[start].low not in _OPENERS:
        return start
    if start > 0 and tokens[start - 1].low not in ("and", "but"):
        return start  # only an opening of the sentence ('…, speaking on the condition …')
    if tokens[end - 1].text[:1].isupper():
        return start  # '… with the editorial board of the Post Trump': a name ends it, read whole
    span = tokens[start:end]
    if any(t.text == "," or (t.low in CLAUSE_WORDS and t.text[0].islower()) for t in span):
        return start  # an aside, or a clause ('In order to … the owner will need …')
    if tokens[end - 1].low in PRONOUNS:
        return end - 1  # 'Despite praising the Irish he claimed': the pronoun
    for p in range(end - 1, start + 1, -1):
        if tokens[p].low in _SUBJECT_DETERMINERS and tokens[p - 1].low != "of":
            return p
    return start


# Words that open a phrase before the subject: prepositions, 'even', 'according (to)'; not
# 'earlier', 'later' ('Earlier work with a colleague showed …' is the subject).
_OPENERS = frozenset(
    """in on at after before during despite since by for from with without within following
    according even amid under over throughout until as""".split()
)
_SUBJECT_DETERMINERS = frozenset(("the", "a", "an", "this", "its", "their"))


def _subject_left_rules(s: Sentence, i: int) -> tuple[int, int] | None:
    """The subject phrase that ends before the cue at ``i``, walking left from it."""
    tokens = s.tokens
    k = _walk_start(s, i)
    if k is None:
        return None
    appositive = tokens[k].text == ","
    if appositive:
        described, k, end = _past_appositive(s, k)
        if described is not None:
            return described
    else:
        k, end = _past_dash_aside(tokens, k)
    walked = _walk_left(s, i, (k, end), appositive)
    if walked is None:
        return None
    start, k, end = walked
    if start >= end:
        # 'Thomas Perez, who said he expects …': the relative pronoun stands for the speaker.
        if k >= 0 and end == k + 1 and tokens[k].low in ("who", "which") and not appositive:
            return k, k + 1
        return None
    return _subject_head(tokens, start, end)


def _walk_start(s: Sentence, i: int) -> int | None:
    """The token the walk left starts from: past 'has', 'also', a time ('on Monday')."""
    tokens, quotes = s.tokens, s.quotes
    k = i - 1
    while k >= 0 and skip_before_cue(tokens[k]):
        k -= 1
    k = before_time(tokens, k)
    if k < 0:
        return None
    if (
        k > 0
        and tokens[k].text in CLOSERS
        and tokens[k - 1].text == ","
        and inside(quotes, tokens[k].start)
    ):
        k -= 1  # 'Humphrey, who calls Trump a “sociopath,” said': the comma inside the quote
    return k


def _past_appositive(s: Sentence, k: int) -> tuple[tuple[int, int] | None, int, int]:
    """At a comma before the cue: (a subject found whole, or None; then where the walk goes
    on and where the subject ends)."""
    tokens = s.tokens
    if (described := description_then_name(tokens, k)) is not None:
        return described, k, k + 1
    # 'Lopez, who has chaired the board since 2010, said': step over the relative
    # clause, whatever words it holds, to the subject before it.
    m = k - 1
    while m > 0 and k - m < 30 and tokens[m].text not in (".", ";", ":", "!", "?"):
        if tokens[m].text == "," and tokens[m + 1].low in RELATIVE_PRONOUNS:
            inner = subject_left(s, m)
            if inner is not None and inner[1] == m:
                return (inner[0], k), k, k + 1
            break
        m -= 1
    participial = _before_participle_aside(s, k)
    if participial is not None:
        return participial, k, k + 1
    # Appositive: '…, Danny Russel, said' -> the segment before the comma names the speaker.
    k -= 1
    end = k + 1
    # 'Murphy, though, said': a parenthetical between commas; the subject is before it.
    p = next((m for m in range(k, max(-1, k - 5), -1) if tokens[m].text == ","), None)
    segment = tokens[p + 1 : end] if p is not None else []
    if p is not None and (
        " ".join(t.low for t in segment) in PARENTHETICALS
        or PARTY_STATE.fullmatch("".join(t.text for t in segment))
    ):
        k = p - 1  # 'Sen. Rand Paul, R-Ky., told': a party and state tag, too
        end = p
    return None, k, end


def _before_participle_aside(s: Sentence, k: int) -> tuple[int, int] | None:
    """'A poll by the magazine Tela, published before the festival, showed': the subject
    before an aside that a past participle opens, whatever words it holds ('before' is no
    stop here); None when no such aside ends at the comma ``k``."""
    tokens = s.tokens
    p = next((m for m in range(k - 1, max(0, k - 15), -1) if tokens[m].text == ","), None)
    if p is None or p < 1 or not _participle(tokens[p + 1]):
        return None
    head = tokens[p - 1]
    if not (head.low in KIND_HEADS | ROLE_NOUNS | GROUP_HEADS or head.text[:1].isupper()):
        return None  # a noun that can speak: a body, a document, a role, a group, a name
    agent = next((m for m in range(p + 2, k) if tokens[m].low in ("by", "for")), None)
    if agent is not None and not _names_a_person(tokens[agent + 1 : k]):
        return None  # 'The survey, conducted by Pew, showed': the aside names whose it is
    inner = subject_left(s, p)
    return (inner[0], p) if inner is not None and inner[1] == p else None


def _past_dash_aside(tokens: list[Token], k: int) -> tuple[int, int]:
    """'Jason Sims — a teacher from Mount Pleasant — says': the aside between dashes is
    about the speaker, named before it. (Where the walk goes on, where the subject ends.)"""
    if tokens[k].text in ("—", "–", "--"):
        m = k - 1
        while m > 0 and k - m < 25 and tokens[m].text not in (".", ";", "!", "?", "—", "–", "--"):
            m -= 1
        if m > 0 and tokens[m].text == tokens[k].text:
            return m - 1, m
    return k, k + 1


# Marks that end the walk left: the subject does not run past them.
_WALK_STOPS = (".", ";", ":", "!", "?", "”", "“", '"', "(", ")", "—", "–")


def _walk_left(
    s: Sentence, i: int, at: tuple[int, int], appositive: bool
) -> tuple[int, int, int] | None:
    """From ``at`` (where to go on, where the subject ends) leftwards over the subject's
    words: (its start, the token before it, its end), or None for 'what Obama says'."""
    tokens, quotes = s.tokens, s.quotes
    k, end = at
    start = end
    steps = 0
    commas = 0
    while k >= 0 and steps < 25:
        t = tokens[k]
        if t.text == "." and abbrev_dot(tokens, k):
            start = k
            k -= 1
            steps += 1
            continue
        if t.text == ")" and (m := _open_paren(tokens, k)) is not None:
            # 'Kasich (who has 25 delegates to date) said': step over the aside.
            start = m
            steps += k - m
            k = m - 1
            continue
        if inside(quotes, t.start) or t.text in _WALK_STOPS:
            break
        if t.text in ("-", "--") and not adjacent_tokens(tokens, k):
            break
        if appositive and commas < 2 and (t.low in RELATIVE_PRONOUNS or t.low == "and"):
            start = k  # 'The lawmaker, who represents a district …, said'
            k -= 1
            steps += 1
            continue
        if t.low in LEFT_STOPS and not joins_names(tokens, k):
            break
        if t.low in ("what", "how", "why", "whatever"):
            # 'what Gilbert called “a perception problem”': a naming verb names its object
            # after it; otherwise ('what Obama says') what is said is the question before.
            if tokens[i].low in NAMING and start < end:
                break
            return None
        if t.text[0].islower() and t.low.endswith("ing") and t.low in STRONG:
            break  # a subject holds no speech verb: '…, saying the majority wanted it'
        if t.text == ",":
            segment = " ".join(x.low for x in tokens[k + 1 : end])
            if appositive and segment in PARENTHETICALS:
                # 'Humphrey, for example, said': look past the aside for the subject.
                end = k
                start = k
                k -= 1
                continue
            relative = k + 1 < end and tokens[k + 1].low in RELATIVE_PRONOUNS
            if not (
                appositive and commas < 2 and (relative or appositive_comma(tokens, k, end))
            ) and not (listed_names(tokens, k, end) or _affiliation_after_name(tokens, k, end)):
                break
            commas += 1
        start = k
        k -= 1
        steps += 1
    return start, k, end


# 'Mark Lee, from the Farmers' Union said': a name's affiliation set off by a comma that is
# never closed; the subject is the name, not the affiliation.
_AFFILIATION = frozenset({"from", "of", "at"})


def _affiliation_after_name(tokens: list[Token], k: int, end: int) -> bool:
    """The comma at ``k`` opens an affiliation ('from the union') right after a name, up to
    the cue: the walk goes on to the name."""
    after = tokens[k + 1 : end]
    return (
        1 < len(after) <= 12
        and after[0].low in _AFFILIATION
        and any(t.text[:1].isupper() for t in after[1:])
        and k > 0
        and tokens[k - 1].text[:1].isupper()
        and not _introductory(tokens, k)
    )


def _open_paren(tokens: list[Token], k: int) -> int | None:
    """The '(' that the ')' at ``k`` closes, within 20 tokens."""
    m = k - 1
    while m >= 0 and k - m < 20 and tokens[m].text != "(":
        m -= 1
    return m if m >= 0 and tokens[m].text == "(" else None


def _subject_head(tokens: list[Token], start: int, end: int) -> tuple[int, int] | None:
    """The subject ``tokens[start:end]`` checked by its head word (a name, a noun, a share
    of those polled), or None when the head cannot speak ('the', a verb, an adverb)."""
    while start < end and (tokens[start].low in LEADING_CONJUNCTIONS or tokens[start].text == ","):
        start += 1  # 'And Trump said', 'Since Clinton said'
    if start >= end:
        return None
    name = name_before_description(tokens, start)
    if name is not None:
        return name
    h = before_aside(tokens, start, end) - 1  # the head: before an aside about the speaker
    if tokens[h].text == "." and h > start:
        h -= 1  # 'Joseph R. Biden Jr. said': the head is the word the full stop abbreviates
    if tokens[h].text == ")":  # 'Kasich (who has 25 delegates)': the head is before the aside
        while h > start and tokens[h].text != "(":
            h -= 1
        h = max(start, h - 1)
    head = tokens[h]
    share = (head.text.isdecimal() or head.text.endswith("%")) and (
        head.text.endswith("%") or any(t.low in ("in", "of") for t in tokens[start:h])
    )  # a share of those polled: 'More than six in 10 said', 'nine out of 10 say', '42% say'
    if (
        head.low in NOT_SUBJECT
        or not (head.text[0].isalpha() or share)
        or (
            head.text[0].islower()
            and (head.low in STRONG or head.low in WEAK)
            # 'the report said' and 'the secretary of state said': nouns after these
            and not (
                end - 2 >= start
                and (tokens[end - 2].low in DETERMINERS or tokens[end - 2].low == "of")
            )
        )
    ):
        return None
    if head.text[0].islower() and adverb(head.low):
        return None
    # Drop a leading preposition phrase: 'On Thursday, Blinken said' is cut by the comma rule.
    return start, _before_description_aside(tokens, start, end)


def _before_description_aside(tokens: list[Token], start: int, end: int) -> int:
    """Where a described subject ends when an aside about it follows ('The study, funded in
    part by the EU, found', 'The council, which runs 40 schools, said'): before the comma.
    The aside is a relative clause or a past participle's phrase that names no body as its
    agent ('by', 'for': whose the document is; a person who carried it out is not whose
    it is: 'The research, carried out by professor Ann Lee'), and the description a determiner and lower-case words
    (a name before an aside is ``before_aside``'s)."""
    comma = next((k for k in range(start + 1, end) if tokens[k].text == ","), None)
    if comma is None or comma + 1 >= end or tokens[start].low not in _DESCRIPTION_OPENERS:
        return end
    described = tokens[start + 1 : comma]
    if not described or not all(t.text[:1].islower() for t in described):
        return end
    first = tokens[comma + 1]
    participle = _participle(first)
    agent = next((k for k in range(comma + 2, end) if tokens[k].low in ("by", "for")), None)
    if participle and agent is not None and not _names_a_person(tokens[agent + 1 : end]):
        return end  # 'The survey, conducted by Pew, showed': the aside names whose it is
    return comma if participle or first.low in RELATIVE_PRONOUNS else end


def _names_a_person(words: list[Token]) -> bool:
    """'transport expert professor Ann Lee': a person's title among the words."""
    return any(
        t.text[:1].islower() and t.low in TITLE_WORDS | ROLE_NOUNS and t.low not in _JOINERS
        for t in words
    )


_JOINERS = frozenset(("the", "and", "of", "for", "a", "an"))  # inside titles, no title


_DESCRIPTION_OPENERS = frozenset(("the", "a", "an", "this"))


def before_time(tokens: list[Token], k: int) -> int:
    """'The State Department less than two weeks ago said', 'Jindal on Monday said': the
    subject is before the time phrase. Returns the index to walk left from."""
    m = k
    anchored = False
    while m >= 0 and m > k - 7:
        low = tokens[m].low
        if low in TIME_ANCHORS:
            anchored = True
        elif low not in TIME_FILLERS and not low.isdecimal():
            break
        m -= 1
    if not anchored or m < 0 or m == k:
        return k
    t = tokens[m]
    if not (t.text[:1].isalpha() or t.text == ")") or t.low in TIME_FILLERS:
        return k  # 'Last week, …' or nothing but the time phrase: leave it to the rules
    if t.text[:1].islower() and t.low.endswith("ed"):
        return k  # 'a poll released on Tuesday showed': the time belongs to the subject
    return m


def joins_names(tokens: list[Token], k: int) -> bool:
    """'and' between two names or pronouns ('Smith and Jones said', 'he and Mr. Allen said')
    or two adjectives of a group ('current and former officials said')."""

    def named(t: Token) -> bool:
        return t.text[:1].isupper() or t.low in PRONOUNS

    if tokens[k].low != "and" or k == 0 or k + 1 >= len(tokens):
        return False
    before, after = tokens[k - 1], tokens[k + 1]
    if before.text == ")" and (m := _open_paren(tokens, k - 1)) is not None and m > 0:
        before = tokens[m - 1]  # 'Tom Bell (D-Ohio) and Raj Patel
    return (named(before) and named(after)) or (
        before.low in JOINED_ADJECTIVES and after.low in JOINED_ADJECTIVES
    )


def listed_names(tokens: list[Token], k: int, end: int) -> bool:
    """The comma at ``k`` inside a list of names up to ``end`` ('Ann Lee (D-Ore.), Tom Bell
    and Raj Patel said'): a name before it, and after it only names, party tags and one
    'and' before the last name."""
    if k == 0 or not tokens[k + 1].text[:1].isupper():
        return False
    before = tokens[k - 1]
    if before.text == ")" and (m := _open_paren(tokens, k - 1)) is not None and m > 0:
        before = tokens[m - 1]
    if not before.text[:1].isupper():
        return False
    depth, joined = 0, False
    for t in tokens[k + 1 : end]:
        depth += (t.text == "(") - (t.text == ")")
        if depth or t.text in (")", ",", "."):
            continue
        if t.low == "and":
            joined = True
        elif not t.text[:1].isupper():
            return False
    return joined


def appositive_comma(tokens: list[Token], k: int, end: int) -> bool:
    """A comma inside the subject: 'The senior diplomat for Asia, assistant secretary …, Danny Russel'."""
    # Only when the part after the comma (up to the cue) is a name or a title phrase,
    # and the part before does not end a clause (a verb would).
    after = tokens[k + 1 : end]
    if not after or len(after) > 18:
        return False
    if len(after) > 12 and not (
        after[0].text[:1].islower() and k > 0 and tokens[k - 1].text[:1].isupper()
    ):
        return False  # a long aside only as a description after a name ('Rory Armes, studio …')
    if len(after) == 1 and after[0].text.isdecimal():
        return True  # an age, as in: Sarandon, 69, told MSNBC
    if after[0].low in ("a", "an", "the") and k > 0 and tokens[k - 1].text[:1].isupper():
        return True  # a description after a name: Kim Soo-jin, an analyst, said
    before = tokens[k - 1] if k > 0 else None
    if before is None or before.low in STRONG or before.low in WEAK:
        return False
    if _introductory(tokens, k):
        return False
    if (before.low in KIND_HEADS or before.text[:1].isupper()) and _participle(after[0]):
        return True  # 'The study, funded in part by a charity, found': an aside about it
    return any(t.text[:1].isupper() for t in after)


def _participle(t: Token) -> bool:
    """A past participle opening an aside ('funded', 'published', 'founded')."""
    return t.text[:1].islower() and t.low.endswith("ed") and len(t.low) > 4


def _introductory(tokens: list[Token], k: int) -> bool:
    """The words before the comma at ``k`` are an introductory phrase ('On Thursday, ...',
    'In a statement, ...'), no part of the subject."""
    j = k - 1
    while j > 0 and tokens[j - 1].text not in (",", ".", ";", ":"):
        j -= 1
    return (tokens[j].low if j >= 0 else "") in INTRO_LEADS


def sentence_subject(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """The leading proper-noun subject of a sentence, skipping a dateline ('SEOUL (Wire) -')."""
    k = 0
    for m in range(min(i, 10)):
        if tokens[m].text in ("-", "—", "–") and m > 0:
            k = m + 1
            break
    # 'But the former president …', 'Yet Rubio …': a conjunction opens the sentence.
    while k < i and tokens[k].low in COORDINATORS:
        k += 1
    # An opening phrase ('On Sunday, Mr. Trump …', 'Hours later, Trump …', 'More recently,
    # Rubio …') is not the subject: start after its comma (if a subject comes before the cue).
    comma = next((m for m in range(k, min(i - 1, k + 12)) if tokens[m].text == ","), None)
    if comma is not None and (
        tokens[k].low in INTRO_WORDS
        # a time ending in an adverb: 'Hours later,', 'Two days ago,', 'More recently,'
        or (
            comma - k >= 2
            and (tokens[comma - 1].low in ("later", "ago") or adverb(tokens[comma - 1].low))
        )
    ):
        k = comma + 1
    elif k < i and (tokens[k].low in PREPOSITIONS or tokens[k].low in ("by", "since")):
        # 'By Sunday afternoon she had canceled …': the pronoun after the phrase, if any.
        pronoun = next((m for m in range(k, min(i, k + 8)) if tokens[m].low in PRONOUNS), None)
        return (pronoun, pronoun + 1) if pronoun is not None else None
    if k < i and tokens[k].low in PRONOUNS:
        return k, k + 1  # 'He met the families …, saying …'
    if k < i and tokens[k].low in ("the",):
        k0 = k
        k += 1
        # 'the former president showed …': a person named by a role.
        role = next((m for m in range(k, min(i, k + 4)) if tokens[m].low in ROLE_NOUNS), None)
        if role is not None and all(t.text[0].islower() for t in tokens[k:role]):
            return k0, _appositive_name_end(tokens, role + 1, i)
    else:
        k0 = k
    end = k
    limit = min(i, k + 12)
    while end < limit and (
        tokens[end].text[:1].isupper()
        or (tokens[end].low in ("of", "for") and end > k)
        or (tokens[end].text == "." and abbrev_dot(tokens, end))
        or _role_before_name(tokens, end, limit, k)
    ):
        end += 1
    while end > k and tokens[end - 1].low in ("of", "for"):
        end -= 1
    if end == k:
        return None
    end = _role_after_name(tokens, k0, end, i)
    if end < i and tokens[end - 1].low.endswith(("'s", "’s")) and tokens[end].low in GROUP_HEADS:
        end += 1  # "Scott's relatives, including his wife, … said": the relatives, not Scott
    return k0, end


def _appositive_name_end(tokens: list[Token], end: int, i: int) -> int:
    """Where a role subject ends when a name follows it in apposition ('The deputy prime
    minister, Siti Hajar binti Osman, visited … and said'): after the name, which is then
    part of the speaker's phrase; else at ``end``."""
    if end >= i or tokens[end].text != ",":
        return end
    close = next((m for m in range(end + 1, min(i, end + 7)) if tokens[m].text == ","), None)
    if close is None or close == end + 1 or name_run_start(tokens, close) != end + 1:
        return end
    return close


def _role_after_name(tokens: list[Token], start: int, end: int, i: int) -> int:
    """Where a capitalised subject ends when a person's role follows it ('A Labour party
    spokesman played down … and said', 'The Ostland Rugby Union chief executive'): after the
    role, for the name is whose the role is, not who spoke."""
    if tokens[start].low not in _SUBJECT_DETERMINERS:
        return end  # only a described subject: 'A Labour party spokesman', not 'Tenney'
    for m in range(end, min(i, end + 3)):
        t = tokens[m]
        if not t.text[:1].islower() or t.low.endswith(("ed", "ly")):
            return end
        if t.low in ROLE_NOUNS or t.low in _ROLE_TAILS:
            named = m + 1 < i and tokens[m + 1].text[:1].isupper()
            return end if named else m + 1  # 'Oxfam policy adviser Phil Bloom' is Bloom
    return end


# Roles that close a description of who spoke after a body's name ('Labour party spokesman').
_ROLE_TAILS = frozenset(("spokesman", "spokeswoman", "spokesperson", "official", "source"))


def _role_before_name(tokens: list[Token], at: int, limit: int, start: int) -> bool:
    """A lower-case title inside a capitalised subject, before the name it titles
    ('Democratic presidential nominee Hillary Clinton', 'Spain coach Luis Aragones')."""
    if at == start or tokens[at].low not in TITLE_WORDS:
        return False
    nxt = at + 1
    while nxt < limit and tokens[nxt].low in TITLE_WORDS and tokens[nxt].text[:1].islower():
        nxt += 1
    return nxt < limit and tokens[nxt].text[:1].isupper()
