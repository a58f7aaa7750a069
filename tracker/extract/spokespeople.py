"""Who an unnamed spokesperson speaks for, where the mention names no body but the article
makes it clear (the rulings: 'A spokeswoman' right after the company is the company; 'Party
strategists' next to the party named are the party):

- 'the spokesman', 'the official' is the body the article's 'a Home Office spokesman' or
  'an official at the Federal Police' before it was found to speak for (the same person);
- 'A party spokesman', 'Party strategists', 'party officials' speak for the party the
  article is about: the first party its body names ('The Liberal Democrats are …');
- 'A spokeswoman', 'a spokesman' in a paragraph about a firm ('the company', 'the firm's
  costs') speak for that firm: the firm the article is about (``firm_named_before``), else
  the one the paragraph's 'the company' was found to be.

A bare 'A spokesman' where no body is in view stays as written.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.canonical import Names, body_start, firm_named_before
from tracker.extract.speakers_documents import BUSINESS_HEADS
from tracker.extract.vocab.people import PARTY_WORDS
from tracker.model import Attribution

# One who speaks for a body by office, and the groups that do ('Party strategists').
_ONE = frozenset("spokesman spokeswoman spokesperson official".split())
_SPOKES = frozenset("spokesman spokeswoman spokesperson".split())
_GROUPS = frozenset("strategists officials spokesmen spokeswomen spokespeople".split())
_ROLES = _ONE | _GROUPS
# How far back (characters) 'the spokesman' looks for the one named before.
REACH = 3000
# Names English news gives parties with no word of ``PARTY_WORDS`` in them.
_OTHER_PARTIES = re.compile(r"\b(?:Lib[ \t]+Dems|SNP|UKIP|Plaid[ \t]+Cymru|Sinn[ \t]+F[eé]in)\b")
# A capitalised word: where a party's name may be ('Labour', 'Liberal Democrats', '… Party').
_CAPITAL = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*")
# The capitalised words right before 'Party' ('the Scottish Green Party'), read in a bounded
# window (a long run of capitals costs no more than a short one).
_BEFORE_PARTY = re.compile(r"(?<![\w’'-])((?:[A-Z][\w’'-]*[ \t]+){1,4})$")
_WINDOW = 60
# Words that qualify a party's plural name ('Liberal Democrats', 'Christian Democrats').
_QUALIFIERS = frozenset("Liberal Social Christian Free".split())
# A firm the paragraph speaks of by its kind ('the company', "the group's").
_FIRM_WORDS = re.compile(rf"\b[Tt]he[ \t]+(?:{'|'.join(sorted(BUSINESS_HEADS))})\b")


def spokespeople(text: str, atts: list[Attribution], names: Names) -> list[Attribution]:
    """The attributions with each unnamed spokesperson given the body the article makes
    clear they speak for; the others as they are."""
    if not any(_role(a) for a in atts):
        return atts  # one set lookup each: most articles have none
    voiced: dict[str, tuple[int, str]] = {}  # role -> (where, the body it spoke for)
    out: list[Attribution] = []
    for att in atts:
        role = _role(att)
        if role and _unresolved(att):
            body = _body_for(text, att, role, voiced, out, names)
            if body:
                att = replace(att, speaker=body)
        if role and not _unresolved(att):
            voiced[role] = (att.speaker_start, att.speaker)
        if role in _SPOKES and _names_a_body(att):  # whom the last spokesperson spoke for
            voiced[_LAST] = (att.speaker_start, "" if _unresolved(att) else att.speaker)
        out.append(att)
    return out


def _role(att: Attribution) -> str:
    """The role noun a mention closes with ('A Home Office spokesman' -> 'spokesman'), or
    that a body follows ('An official at the Federal Police' -> 'official')."""
    words = att.speaker_text.partition(",")[0].split()
    if words and words[-1] in _ROLES:
        return words[-1]
    if len(words) > 3 and words[1] in _ONE and words[2] in ("at", "for", "of", "with"):
        return words[1]
    return ""


def _unresolved(att: Attribution) -> bool:
    """A speaker still given by the mention ('A spokeswoman', 'Party strategists')."""
    words = att.speaker.split()
    return bool(words) and (words[-1] in _ROLES or words[0].lower() in ("a", "an", "the"))


def _body_for(
    text: str,
    att: Attribution,
    role: str,
    voiced: dict[str, tuple[int, str]],
    before: list[Attribution],
    names: Names,
) -> str | None:
    words = att.speaker_text.partition(",")[0].split()
    first = words[0].lower()
    if len(words) == 2 and first in ("the", "this") and role in _ONE:
        seen = voiced.get(role)  # 'the spokesman' after 'a Home Office spokesman'
        return seen[1] if seen and att.speaker_start - REACH < seen[0] else None
    rest = [w.lower() for w in words[:-1] if w.lower() not in ("a", "an", "the", "senior")]
    if rest == ["party"]:
        return _party_of(text)  # 'A party spokesman', 'Party strategists'
    if len(words) == 2 and first in ("a", "an") and role in _SPOKES:
        last = voiced.get(_LAST)  # 'A spokeswoman for the regulator said … A spokeswoman'
        if last and att.speaker_start - REACH < last[0]:
            return last[1] or None
        return _firm_of_paragraph(text, att, before, names)
    return None


# The key under which ``spokespeople`` keeps the body the last spokesperson who named a body
# spoke for ('' when it stayed unread: 'A spokesman for the regulator').
_LAST = ""


def _names_a_body(att: Attribution) -> bool:
    """A spokesperson's mention that names a body ('A spokesman for the regulator', 'a Home
    Office spokeswoman'), not a bare 'A spokesman'."""
    words = att.speaker_text.partition(",")[0].split()
    return len(words) > 2 or (len(words) == 2 and words[0].lower() not in ("a", "an", "the"))


def _party_of(text: str) -> str | None:
    """The party the article is about: the first its body names ('The Liberal Democrats
    are attempting to woo …', 'the Brexit Party'), if any."""
    start = body_start(text)
    other = _OTHER_PARTIES.search(text, start)
    end = other.start() if other else len(text)
    for m in _CAPITAL.finditer(text, start, end):
        name = _party_named(text, m.start(), m.group())
        if name:
            return name
    return other.group() if other else None


def _party_named(text: str, at: int, word: str) -> str | None:
    """The party named by the capitalised ``word`` at ``at``: a party's plural or its
    name ('Conservatives', 'Labour', 'Liberal Democrats'), or '… Party' after 'the' or
    with a party's word ('the Brexit Party', 'Labour Party'); not 'In Leeds Party
    activists', a place's word before a lower-case 'party' opening a sentence."""
    low = word.lower()
    if word == "Party":
        found = _BEFORE_PARTY.search(text, max(0, at - _WINDOW), at)
        run = found.group(1).split() if found else []
        lead = text[max(0, at - _WINDOW) : found.start()].split()[-1:] if found else []
        the = [w.lower() for w in lead + run[:1]].count("the") > 0
        while run and run[0].lower() in ("the", "a", "in", "at", "on", "for", "and", "but"):
            run = run[1:]
        if run and (the or any(w.lower() in PARTY_WORDS for w in run)):
            return " ".join([*run, "Party"])
        return None
    if text.startswith("Party", at + len(word) + 1):
        return None  # 'Labour Party': read at 'Party'
    if low == "labour" or (low.endswith("s") and (low in PARTY_WORDS or low[:-1] in PARTY_WORDS)):
        before = text[max(0, at - 10) : at].split()[-1:]
        return f"{before[0]} {word}" if before and before[0] in _QUALIFIERS else word
    return None


def _firm_of_paragraph(
    text: str, att: Attribution, before: list[Attribution], names: Names
) -> str | None:
    """The firm a paragraph that speaks of 'the company' is about: the firm the article is
    about, else the body its 'the company' was found to be; None when the paragraph and the
    sentence of the mention speak of no firm."""
    start = text.rfind("\n", 0, att.speaker_start) + 1
    end = text.find("\n", att.speaker_end)
    if not _FIRM_WORDS.search(text, start, end if end >= 0 else len(text)):
        return None
    found = firm_named_before(att.speaker_start, names)
    if found:
        return found
    for b in reversed(before):
        if b.speaker_start < att.speaker_start - REACH:
            break
        if _FIRM_WORDS.fullmatch(b.speaker_text) and b.speaker[:1].isupper():
            return b.speaker
    return None
