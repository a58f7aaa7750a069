"""A document speaks for the body behind it: 'a recent Reuters survey' is Reuters, "Marca's
headline" is Marca, 'the research by the Taxi Drivers Association' is the association; and
'the study', 'the paper' with no name of its own are the body that spoke just before.

A poll keeps its own name ('a Washington Post-ABC News poll' is the poll a fact-checker
looks up), and so do writings a body only passed on ('WikiLeaks emails', 'a letter').
"""

from __future__ import annotations

import re

# Heads of what a body finds, states or prints, and so is credited to it.
CREDITED_HEADS = frozenset(
    """report study research survey analysis data figures statistics database headline
    review audit assessment forecast estimate estimates outlook projections findings ruling
    judgment judgement
    verdict statement paper newspaper editorial polling records notes document documents
    memo memos minutes filings""".split()
)
# Last words of a document's own name ('the Fed's Beige Book', 'the IMF's World Economic
# Outlook', "the ONS's Labour Force Survey"): owned by the body whose possessive opens it.
_DOCUMENT_NAME_ENDS = frozenset(
    """Book Report Survey Outlook Index Review Monitor Barometer Bulletin Census Tracker
    Digest Yearbook""".split()
)
# Polls: credited to a body only when 'by' it, not by the name they carry.
_POLLS = frozenset(("poll", "polls"))
# The joiners inside a body's name ('Bank of England', 'Taxi Drivers Association and Ace').
_JOINERS = frozenset("of for the and &".split())
_POSSESSIVE = re.compile(r"['’]s$")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
# Prepositions that place a body named before them ('the Van Houten Institute in Leiden').
_PLACED = frozenset(("in", "at", "near"))
# What may follow a document's head and still end its name ('FBI notes on the call').
_PREPOSITIONS = frozenset("of on from about for in at by over into".split())
# How far back (characters) 'the study' looks for the body that spoke.
REACH = 1500


def credited_body(words: list[str]) -> list[str] | None:
    """The words naming the body a described document is credited to: the name before its
    head ('a Washington Post database tracking such deaths' -> Washington Post), or what
    follows 'by' or 'from' up to a comma ('a study by Acme Institute professor Ann Lee', 'a
    poll of 120 critics by the magazine Tela', for the caller to read the name in); None
    when the mention is no such document."""
    head = next(
        (k for k, w in enumerate(words) if k and w.strip(",") in CREDITED_HEADS | _POLLS), None
    )  # lower case: 'the Office for National Statistics' is a body's own name
    if head is None:
        return named_document_owner(words)
    # A poll named before its head keeps its name ('a Washington Post-ABC News poll'); one
    # described, then 'by' a body, is that body's ('a poll of 120 critics by Tela').
    # 'FEC records', 'FBI notes released Monday'; not 'ISM survey chairman Norbert Ore'
    after = words[head + 1] if head + 1 < len(words) else ""
    last = not after or after.endswith("ed") or after in _TELLING | _PREPOSITIONS
    before = None if words[head].strip(",") in _POLLS else _name_before(words[:head], last)
    if before:
        return before
    owner = _owner_past_adjectives(words[:head])
    if owner and words[head].strip(",") not in _POLLS:
        return owner
    rest = words[head + 1 :]
    # 'by' right after the head, or after what it is of ('a poll of 120 critics by Tela').
    by = next((k for k, w in enumerate(rest[:6]) if w in ("by", "from") or w.endswith(",")), None)
    if by is not None and by + 1 < len(rest) and rest[by] in ("by", "from"):
        rest = rest[by:]
        upto = next((k for k, w in enumerate(rest) if w.endswith(",")), len(rest) - 1)
        agent = [w.strip(",") for w in rest[1 : upto + 1]]
        # '… by the Van Houten Institute in Leiden': where the body is, no part of it.
        place = next(
            (k for k, w in enumerate(agent) if k and w in _PLACED and agent[k - 1][:1].isupper()),
            len(agent),
        )
        return agent[:place] or None
    return None


def _owner_past_adjectives(words: list[str]) -> list[str] | None:
    """ "The RNC's latest report", "Google's annual review": the owner whose possessive
    stands before the words that describe the document (one or two, lower case)."""
    k = len(words)
    while k > 0 and len(words) - k < 2 and words[k - 1][:1].islower():
        k -= 1
    if k == len(words) or k == 0 or not _POSSESSIVE.search(words[k - 1]):
        return None
    return _name_before(words[:k])


def _name_before(words: list[str], acronym: bool = True) -> list[str] | None:
    """The capitalised run just before the head, or an owner ("Marca's")."""
    run: list[str] = []
    owned = False
    for w in reversed(words):
        if w[:1].isupper() and not w[:1].isdigit():
            if _POSSESSIVE.search(w) and run:
                if owned or run[-1] not in _DOCUMENT_NAME_ENDS:
                    break  # "Spain's Finance Ministry report": the ministry's, not Spain's
                run, owned = [], True  # "the Fed's Beige Book survey": the Fed's
            run.insert(0, w)
        elif w.lower() in _JOINERS and run:
            run.insert(0, w)
        else:
            break
    while run and run[0].lower() in _JOINERS | {"a", "an"}:
        run = run[1:]
    alone = len(words) == len(run) == 1 and not _POSSESSIVE.search(run[0])
    if not run or (alone and not (acronym and _ACRONYM.fullmatch(run[0]))):
        return None  # 'Research shows': the sentence's first word, no name ('FEC records' is)
    return [*run[:-1], _POSSESSIVE.sub("", run[-1])]


def anaphoric_document(words: list[str]) -> bool:
    """'the study', 'The paper': a document named by its kind alone, or with words that
    describe it ('the conservative-leaning newspaper'), not with words that set another
    apart ('the rival company')."""
    return (
        2 <= len(words) <= 4
        and words[0].lower() in ("the", "this")
        and words[-1].lower() in CREDITED_HEADS | FIRM_HEADS
        and all(
            (w[:1].islower() or w.isdecimal()) and w not in _ANOTHER for w in words[1:-1]
        )  # 'the 2009 paper': a year tells which document, not another one
    )


# What opens the words that follow a document to tell of it, not to name another one ('the
# survey which collects …', 'The document released Monday').
_TELLING = frozenset("which that released published issued obtained compiled seen".split())


def document_core(words: list[str]) -> list[str]:
    """'The survey which collects the views of …' -> 'The survey': a document given by its
    kind, with what the article tells of it cut off; other mentions as they are."""
    if len(words) > 2 and words[0].lower() in ("the", "this") and words[2] in _TELLING:
        if words[1].strip(",") in CREDITED_HEADS:
            return [words[0], words[1].strip(",")]
    return words


# Words that make 'the … company' another one than the one that spoke.
_ANOTHER = frozenset("other rival new second first former parent previous earlier".split())


# What a business is called by its kind: 'the company said', after 'Yukos said'.
FIRM_HEADS = frozenset(
    "company firm airline carrier retailer insurer lender broadcaster carmaker".split()
)
# What the firm an article is about may be called ('the bank said', 'the group said'), if
# no firm spoke before: 'group' and 'bank' also name bodies of other kinds, so only a firm
# the headline names stands for them.
BUSINESS_HEADS = FIRM_HEADS | {"group", "bank"}


def named_document_owner(words: list[str]) -> list[str] | None:
    """ "the Bank of England's Inflation Report" -> Bank of England: the body whose
    possessive opens a document's own name; None for any other mention."""
    if not words or words[-1] not in _DOCUMENT_NAME_ENDS:
        return None
    owned = _name_before(words)
    return owned if owned and owned[-1] != words[-1] else None


def document_owner(words: list[str], text: str) -> list[str] | None:
    """'the Beige Book' -> the body whose possessive the article puts before that name
    ("the Federal Reserve's Beige Book"), read from the article's first such mention; None
    when the mention is no document's own name or the article gives it no owner."""
    while words and words[0].lower() in ("the", "a", "an", "this", "its"):
        words = words[1:]
    if not words or words[-1] not in _DOCUMENT_NAME_ENDS or not words[0][:1].isupper():
        return None
    name = r"\s+".join(re.escape(w) for w in words)
    found = re.search(
        rf"((?:[A-Z][\w.&-]*\s+(?:of\s+|for\s+)?)*[A-Z][\w.&-]*)['’]s\s+{name}\b", text
    )
    owner = found.group(1).split() if found else []
    return [w for k, w in enumerate(owner) if k or w not in ("The", "A")] or None
