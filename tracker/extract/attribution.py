"""Attributions: who said, wrote, believes or estimated what.

Three shapes cover most news attribution:

* direct quotes, with the speaker and cue beside them ('“…,” Blinken said',
  'Blinken said: “…”'); a quote with no cue of its own that follows an
  attributed one continues it (same speaker), as do quotes that run over
  several sentences or paragraphs;
* reported speech, a cue verb with its subject on the left and the content on
  the right ('Blinken told a hearing that …') or the content first
  ('…, Blinken said.');
* 'according to X'.

Speakers are resolved: titles are split off ('Deputy Secretary of State Antony
Blinken' -> 'Antony Blinken'), surnames and pronouns are linked to the nearest
earlier full name, and appositives pick the name ('the senior U.S. diplomat for
Asia, …, Danny Russel, said').
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from tracker.extract.cues import PHRASES, PUT_OBJECTS, STRONG, WEAK
from tracker.extract.quantities import Token, tokenize
from tracker.extract.sentences import Span
from tracker.model import Attribution

OPEN_QUOTES = "“«„"
CLOSE_QUOTES = "”»"

PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}
PERSON_PRONOUNS = {"he", "she"}
TITLE_WORDS = set(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "professor",
        "sir",
        "dame",
        "lord",
        "lady",
        "president",
        "vice",
        "deputy",
        "assistant",
        "under",
        "secretary",
        "minister",
        "prime",
        "chancellor",
        "senator",
        "sen",
        "rep",
        "representative",
        "congressman",
        "congresswoman",
        "governor",
        "gov",
        "mayor",
        "general",
        "gen",
        "colonel",
        "col",
        "lieutenant",
        "lt",
        "captain",
        "capt",
        "admiral",
        "adm",
        "sergeant",
        "sgt",
        "commander",
        "chief",
        "director",
        "chairman",
        "chairwoman",
        "chair",
        "ceo",
        "cfo",
        "coo",
        "executive",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "ambassador",
        "envoy",
        "judge",
        "justice",
        "attorney",
        "speaker",
        "leader",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "bishop",
        "archbishop",
        "father",
        "rev",
        "reverend",
        "former",
        "acting",
        "interim",
        "state",
        "foreign",
        "defense",
        "defence",
        "finance",
        "home",
        "health",
        "interior",
        "treasury",
        "justice",
        "labor",
        "labour",
        "trade",
        "commerce",
        "energy",
        "education",
        "transportation",
        "agriculture",
        "of",
        "the",
        "for",
        "and",
        "house",
        "senate",
        "u.s.",
        "us",
        "uk",
        "u.k.",
        "national",
        "security",
        "adviser",
        "advisor",
        "press",
        "secretary-general",
        "undersecretary",
        "deputy-secretary",
        "majority",
        "minority",
        "whip",
        "candidate",
        "presidential",
        "nominee",
        "republican",
        "democratic",
        "democrat",
        "gop",
        "white",
        "party",
        "first",
        "lady",
        "officer",
        "official",
        "senior",
        "top",
        "economist",
        "analyst",
        "professor",
        "researcher",
        "strategist",
        "pollster",
        "east",
        "west",
        "north",
        "south",
        "asia",
        "europe",
        "africa",
        "affairs",
        "pacific",
        "american",
        "british",
        "front-runner",
        "frontrunner",
        "hopeful",
        "billionaire",
        "businessman",
        "businesswoman",
    ]
)
ROLE_NOUNS = {
    "minister",
    "president",
    "secretary",
    "senator",
    "governor",
    "mayor",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "diplomat",
    "official",
    "ambassador",
    "envoy",
    "candidate",
    "chairman",
    "director",
    "leader",
    "congressman",
    "congresswoman",
    "chief",
    "nominee",
    "businessman",
    "billionaire",
    "lawmaker",
    "general",
    "judge",
    "prosecutor",
    "adviser",
    "advisor",
}
# Words that end a subject when walking left from a cue.
LEFT_STOPS = {
    "but",
    "while",
    "that",
    "because",
    "although",
    "though",
    "as",
    "when",
    "after",
    "if",
    "so",
    "since",
    "whereas",
    "yet",
    "where",
    "which",
    "who",
    "whom",
    "and",
    "or",
    "than",
    "before",
    "until",
    "unless",
    "whether",
}
SKIP_BEFORE_CUE = {
    "also",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "may",
    "might",
    "later",
    "previously",
    "recently",
    "repeatedly",
    "once",
    "often",
    "then",
    "again",
    "further",
    "separately",
    "reportedly",
    "publicly",
    "privately",
    "first",
    "earlier",
    "did",
    "does",
    "do",
    "not",
    "never",
    "still",
    "already",
    "himself",
    "herself",
    "themselves",
    "itself",
    "openly",
    "flatly",
}
PASSIVE = {"is", "was", "are", "were", "be", "been", "being", "widely", "generally"}
NOT_SUBJECT = {
    "it",
    "there",
    "this",
    "what",
    "which",
    "who",
    "to",
    "of",
    "in",
    "on",
    "at",
    "for",
    "with",
    "by",
    "from",
    "the",
    "a",
    "an",
}
TIME_AFTER_CUE = {
    "on",
    "last",
    "this",
    "yesterday",
    "today",
    "tonight",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "earlier",
    "later",
    "recently",
    "previously",
    "week",
    "month",
    "year",
    "in",
    "during",
    "at",
    "night",
    "morning",
    "afternoon",
    "evening",
    "also",
    "again",
    "repeatedly",
    "flatly",
}


@dataclass(slots=True)
class Quote:
    start: int  # the opening mark
    end: int  # just after the closing mark (or the end of the paragraph, if unclosed)
    closed: bool


@dataclass(slots=True)
class Found:
    """An attribution before the speaker is resolved against the rest of the article."""

    speaker_start: int
    speaker_end: int
    cue_start: int
    cue_end: int
    content_start: int
    content_end: int
    mode: str
    cue: str
    continuation_of: int | None = None  # index of the Found this quote continues


_QUOTE_MARK = re.compile("[" + OPEN_QUOTES + CLOSE_QUOTES + '"]')


def find_quotes(text: str, paragraphs: Sequence[Span]) -> list[Quote]:
    """Pair quotation marks. Curly quotes are unambiguous; straight ones are read by context.

    A quote left open runs on into the next paragraph if that one opens with a quote mark
    (the newspaper convention) or holds the closing mark; otherwise it ends with its paragraph.
    """
    marks: list[tuple[int, bool]] = []  # (position, is_opening)
    for m in _QUOTE_MARK.finditer(text):
        i = m.start()
        ch = m.group()
        if ch in OPEN_QUOTES:
            marks.append((i, True))
        elif ch in CLOSE_QUOTES:
            marks.append((i, False))
        elif ch == '"':
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            opening = (before.isspace() or before in "([{—–-/") and not after.isspace()
            marks.append((i, opening))
    para_ends = [p.end for p in paragraphs]
    quotes: list[Quote] = []
    open_at: int | None = None
    pi = 0
    for pos, opening in marks:
        if open_at is not None:
            # End of the paragraph the open quote is in.
            while pi < len(para_ends) and para_ends[pi] <= open_at:
                pi += 1
            para_end = para_ends[pi] if pi < len(para_ends) else len(text)
            if opening:
                if pos >= para_end and _starts_paragraph(text, pos):
                    continue  # the quote goes on in a new paragraph
                quotes.append(Quote(open_at, para_end if pos >= para_end else pos, False))
                open_at = pos
            else:
                quotes.append(Quote(open_at, pos + 1, True))
                open_at = None
        elif opening:
            open_at = pos
    if open_at is not None:
        while pi < len(para_ends) and para_ends[pi] <= open_at:
            pi += 1
        quotes.append(Quote(open_at, para_ends[pi] if pi < len(para_ends) else len(text), False))
    return [q for q in quotes if q.end - q.start > 2]


def _starts_paragraph(text: str, pos: int) -> bool:
    j = pos - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] == "\n"


def _inside(quotes: Sequence[Quote], pos: int) -> Quote | None:
    # Linear is fine: sentences hold few quotes; callers pass a pre-filtered list.
    for q in quotes:
        if q.start <= pos < q.end:
            return q
    return None


def find_attributions(
    text: str,
    sentences: Sequence[Span],
    paragraphs: Sequence[Span],
    sentence_tokens: Sequence[list[Token]] | None = None,
) -> list[Found]:
    """Attributions in article order; ``sentence_tokens`` saves tokenising twice."""
    quotes = find_quotes(text, paragraphs)
    found: list[Found] = []
    quote_owner: dict[int, int] = {}  # quote index -> found index
    qi = 0
    for si, sent in enumerate(sentences):
        tokens = (
            sentence_tokens[si]
            if sentence_tokens is not None
            else tokenize(text, sent.start, sent.end)
        )
        while qi < len(quotes) and quotes[qi].end <= sent.start:
            qi += 1
        local = [
            q for q in quotes[max(0, qi - 1) : qi + 8] if q.start < sent.end and q.end > sent.start
        ]
        _sentence_attributions(text, sent, tokens, local, quotes, quote_owner, found)
    _link_continuations(text, quotes, quote_owner, found)
    found.sort(key=lambda f: (min(f.speaker_start, f.cue_start, f.content_start), f.cue_start))
    return found


def _sentence_attributions(
    text: str,
    sent: Span,
    tokens: list[Token],
    local_quotes: list[Quote],
    quotes: list[Quote],
    quote_owner: dict[int, int],
    found: list[Found],
) -> None:
    n = len(tokens)
    i = 0
    while i < n:
        tok = tokens[i]
        if _inside(local_quotes, tok.start):
            i += 1
            continue
        low = tok.low
        phrase = _phrase_at(tokens, i)
        if phrase == ("according", "to"):
            f = _according_to(text, sent, tokens, i)
            if f:
                found.append(f)
            i += 2
            continue
        is_strong = low in STRONG
        is_weak = low in WEAK or phrase is not None
        if not (is_strong or is_weak) or (i > 0 and tok.text[0].isupper()):
            i += 1  # not a cue, or a capitalised word inside the sentence: 'United States'
            continue
        if (
            low in ("put", "puts")
            and i + 2 < n
            and tokens[i + 1].low == "the"
            and tokens[i + 2].low in PUT_OBJECTS
        ):
            is_strong = True  # 'a study put the number as high as 150,000'
        if _used_as_noun(tokens, i):
            i += 1  # 'the estimate of', 'a new report'
            continue

        cue_end_i = i + (len(phrase) if phrase else 1)
        f = _cue_attribution(text, sent, tokens, i, cue_end_i, local_quotes, is_strong)
        if f is not None:
            q = _adjacent_quote(text, local_quotes, f)
            if q is not None:
                index = quotes.index(q)
                if index in quote_owner:
                    i = cue_end_i
                    continue
                quote_owner[index] = len(found)
            found.append(f)
        i = cue_end_i


_PHRASES_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _p in PHRASES:
    _PHRASES_BY_FIRST.setdefault(_p[0], []).append(_p)


def _phrase_at(tokens: list[Token], i: int) -> tuple[str, ...] | None:
    for phrase in _PHRASES_BY_FIRST.get(tokens[i].low, ()):
        if i + len(phrase) <= len(tokens) and all(
            tokens[i + k].low == phrase[k] for k in range(len(phrase))
        ):
            return phrase
    return None


def _according_to(text: str, sent: Span, tokens: list[Token], i: int) -> Found | None:
    j = i + 2
    k = j
    while (
        k < len(tokens)
        and k - j < 15
        and tokens[k].text not in (",", ".", ";", ":", "—", "–", "(", ")")
    ):
        k += 1
    if k == j:
        return None
    s_start, s_end = tokens[j].start, tokens[k - 1].end
    cue_start, cue_end = tokens[i].start, tokens[i + 1].end
    if i > 0:  # content before: 'X happened, according to Y.'
        c_start, c_end = (
            sent.start,
            tokens[i - 1].end if tokens[i - 1].text != "," else tokens[i - 1].start,
        )
        if k < len(tokens) - 1 and c_end - c_start < 3:
            c_start, c_end = tokens[k + 1].start, sent.end
    else:
        if k >= len(tokens) - 1:
            return None
        c_start, c_end = tokens[k + 1].start, sent.end
    c_end = _trim_end(text, c_start, c_end)
    if c_end <= c_start:
        return None
    return Found(s_start, s_end, cue_start, cue_end, c_start, c_end, "indirect", "according to")


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " .,;:":
        end -= 1
    return end


def _cue_attribution(
    text: str,
    sent: Span,
    tokens: list[Token],
    i: int,
    j: int,
    quotes: list[Quote],
    strong: bool,
) -> Found | None:
    """Try '<subject> <cue> <content>', '<content>, <cue> <subject>' and '<content>, <subject> <cue>'."""
    n = len(tokens)
    cue_tok = tokens[i]
    cue_text = text[cue_tok.start : tokens[j - 1].end]
    prev = tokens[i - 1] if i > 0 else None
    if prev is not None and prev.low in PASSIVE:
        return None  # 'is believed', 'was reported': no source named here
    if cue_tok.low in ("put", "puts", "putting") and not (
        j + 1 < n and tokens[j].low == "the" and tokens[j + 1].low in PUT_OBJECTS
    ):
        return None
    nxt = tokens[j] if j < n else None
    # Participle after a comma: 'Washington made them a target, saying their wages …'
    if cue_tok.low.endswith("ing"):
        if prev is None or prev.text != ",":
            return None
        subj = _sentence_subject(tokens, i)
        right = _content_right(text, sent, tokens, j, quotes, True)
        if subj is None or right is None:
            return None
        return Found(
            tokens[subj[0]].start,
            tokens[subj[1] - 1].end,
            cue_tok.start,
            tokens[j - 1].end,
            right[0],
            right[1],
            _mode(text, quotes, right),
            cue_text.lower(),
        )
    # Inverted: '…,” said Blinken' / '…, said the spokesman, John Smith.'
    if (
        prev is not None
        and (prev.text in (",", "”", '"') or _inside(quotes, prev.start))
        and nxt is not None
    ):
        subj = _subject_right(tokens, j)
        if subj is not None:
            s0, s1 = subj
            content = _content_left(text, sent, tokens, i, quotes)
            if content is not None:
                return Found(
                    tokens[s0].start,
                    tokens[s1 - 1].end,
                    cue_tok.start,
                    tokens[j - 1].end,
                    content[0],
                    content[1],
                    _mode(text, quotes, content),
                    cue_text.lower(),
                )
    subj = _subject_left(tokens, i, quotes)
    if subj is None:
        return None
    s0, s1 = subj
    speaker = (tokens[s0].start, tokens[s1 - 1].end)
    # Content on the right: 'said (that) …', 'told reporters (that) …', 'said: “…”'.
    right = _content_right(text, sent, tokens, j, quotes, strong)
    # Content on the left: '“…,” Blinken said.' / '…, Blinken said.'
    left = None
    if (s0 > 0 and tokens[s0 - 1].text in (",", "”", '"', "’")) or (
        s0 > 0 and _inside(quotes, tokens[s0 - 1].start)
    ):
        if right is None or right[1] - right[0] < 3:
            left = _content_left(text, sent, tokens, s0, quotes)
    content = left or right
    if content is None:
        return None
    if not strong and left is None and not _has_that(tokens, j):
        return None
    return Found(
        speaker[0],
        speaker[1],
        cue_tok.start,
        tokens[j - 1].end,
        content[0],
        content[1],
        _mode(text, quotes, content),
        cue_text.lower(),
    )


_DETERMINERS = {
    "the",
    "a",
    "an",
    "this",
    "that",
    "its",
    "his",
    "her",
    "their",
    "our",
    "new",
    "latest",
    "first",
    "earlier",
    "previous",
    "official",
    "whose",
}


def _used_as_noun(tokens: list[Token], i: int) -> bool:
    prev = tokens[i - 1].low if i > 0 else ""
    nxt = tokens[i + 1].low if i + 1 < len(tokens) else ""
    return prev in _DETERMINERS or nxt == "of"


def _sentence_subject(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """The leading proper-noun subject of a sentence, skipping a dateline ('SEOUL (Wire) -')."""
    k = 0
    for m in range(min(i, 10)):
        if tokens[m].text in ("-", "—", "–") and m > 0:
            k = m + 1
            break
    if k < i and tokens[k].low in ("the",):
        k0 = k
        k += 1
    else:
        k0 = k
    end = k
    limit = min(i, k + 12)
    while end < limit and (
        tokens[end].text[:1].isupper() or (tokens[end].low in ("of", "for") and end > k)
    ):
        end += 1
    while end > k and tokens[end - 1].low in ("of", "for"):
        end -= 1
    if end == k:
        return None
    return k0, end


def _has_that(tokens: list[Token], j: int) -> bool:
    return any(t.low == "that" for t in tokens[j : j + 6])


def _mode(text: str, quotes: list[Quote], content: tuple[int, int]) -> str:
    a, b = content
    inner = [q for q in quotes if q.start < b and q.end > a]
    if not inner:
        return "indirect"
    if any(q.start <= a + 1 and q.end >= b - 1 for q in inner):
        return "direct"
    return "mixed"


def _subject_left(tokens: list[Token], i: int, quotes: list[Quote]) -> tuple[int, int] | None:
    """The noun phrase before the cue: token range [s0, s1)."""
    k = i - 1
    while k >= 0 and tokens[k].low in SKIP_BEFORE_CUE:
        k -= 1
    if k < 0:
        return None
    end = k + 1
    appositive = tokens[k].text == ","
    if appositive:
        # Appositive: '…, Danny Russel, said' -> the segment before the comma names the speaker.
        k -= 1
        end = k + 1
    start = end
    steps = 0
    while k >= 0 and steps < 25:
        t = tokens[k]
        if _inside(quotes, t.start) or t.text in (
            ".",
            ";",
            ":",
            "!",
            "?",
            "”",
            "“",
            '"',
            "(",
            ")",
            "—",
            "–",
        ):
            break
        if t.text in ("-", "--") and not _adjacent_tokens(tokens, k):
            break
        if t.low in LEFT_STOPS and not _joins_names(tokens, k):
            break
        if t.text == "," and not (appositive and _appositive_comma(tokens, k, end)):
            break
        start = k
        k -= 1
        steps += 1
    if start >= end:
        return None
    head = tokens[end - 1]
    if (
        head.low in NOT_SUBJECT
        or not head.text[0].isalpha()
        or (head.text[0].islower() and (head.low in STRONG or head.low in WEAK))
    ):
        return None
    if head.text[0].islower() and head.low not in PRONOUNS and head.low.endswith("ly"):
        return None
    # Drop a leading preposition phrase: 'On Thursday, Blinken said' is cut by the comma rule.
    return start, end


def _adjacent_tokens(tokens: list[Token], k: int) -> bool:
    """A hyphen glued to its neighbours is part of a word ('state-run'), not a dash."""
    return (
        0 < k < len(tokens) - 1 and tokens[k - 1].end == tokens[k].start == tokens[k + 1].start - 1
    )


def _joins_names(tokens: list[Token], k: int) -> bool:
    """'and' between two capitalised words: 'Smith and Jones said', 'Workers Party'."""
    return (
        tokens[k].low == "and"
        and k > 0
        and k + 1 < len(tokens)
        and tokens[k - 1].text[:1].isupper()
        and tokens[k + 1].text[:1].isupper()
    )


def _appositive_comma(tokens: list[Token], k: int, end: int) -> bool:
    """A comma inside the subject: 'The senior diplomat for Asia, assistant secretary …, Danny Russel'."""
    # Only when the part after the comma (up to the cue) is a name or a title phrase,
    # and the part before does not end a clause (a verb would).
    after = tokens[k + 1 : end]
    if not after or len(after) > 12:
        return False
    before = tokens[k - 1] if k > 0 else None
    if before is None or before.low in STRONG or before.low in WEAK:
        return False
    # An introductory phrase ('On Thursday, ...', 'In a statement, ...') is not part of the subject.
    j = k - 1
    while j > 0 and tokens[j - 1].text not in (",", ".", ";", ":"):
        j -= 1
    lead = tokens[j].low if j >= 0 else ""
    if lead in (
        "on",
        "in",
        "at",
        "during",
        "after",
        "before",
        "last",
        "earlier",
        "later",
        "speaking",
        "asked",
        "meanwhile",
        "however",
        "still",
        "yet",
        "instead",
        "separately",
        "now",
        "today",
        "yesterday",
        "but",
        "and",
        "also",
        "for",
        "with",
        "from",
        "while",
        "when",
        "as",
        "if",
        "since",
    ):
        return False
    return any(t.text[:1].isupper() for t in after)


def _subject_right(tokens: list[Token], j: int) -> tuple[int, int] | None:
    """'said Blinken', 'said the spokesman, John Smith', 'said a spokesman for the ministry'."""
    n = len(tokens)
    k = j
    while (
        k < n
        and tokens[k].text not in (",", ".", ";", ":", "!", "?", "“", "”", '"', "—", "–")
        and k - j < 12
    ):
        if tokens[k].low in ("that", "on", "in", "at", "last", "yesterday") and k > j:
            break
        k += 1
    if k == j:
        return None
    first = tokens[j]
    if not (
        first.text[0].isupper() or first.low in ("the", "a", "an", "his", "her", "their", "its")
    ):
        return None
    # 'said the spokesman, John Smith.' -> include the name after the comma.
    if k + 1 < n and tokens[k].text == "," and tokens[k + 1].text[:1].isupper():
        m = k + 1
        while m < n and tokens[m].text[:1].isupper() and m - k < 5:
            m += 1
        if m == n or tokens[m].text in (".", ","):
            k = m
    return j, k


def _content_right(
    text: str, sent: Span, tokens: list[Token], j: int, quotes: list[Quote], strong: bool
) -> tuple[int, int] | None:
    n = len(tokens)
    k = j
    # 'told a House of Representatives hearing that …', 'told reporters …', 'said on Thursday …'
    that = next((m for m in range(j, min(n, j + 12)) if tokens[m].low == "that"), None)
    if that is not None and not any(tokens[m].text in (".", ";", "“", '"') for m in range(j, that)):
        k = that + 1
    else:
        while k < n and (tokens[k].low in TIME_AFTER_CUE or tokens[k].text in (",", ":")):
            if tokens[k].low == "in" and k + 1 < n and not tokens[k + 1].low.isdigit():
                break
            k += 1
        if k < n and tokens[j - 1].low in (
            "told",
            "tell",
            "tells",
            "telling",
            "asked",
            "informed",
            "assured",
            "reminded",
            "warned",
            "urged",
        ):
            # skip the addressee: 'told reporters', 'told CNN', 'told the AP'
            m = k
            while (
                m < n
                and m - k < 6
                and tokens[m].text not in (",", ":", "“", '"')
                and tokens[m].low not in ("he", "she", "they", "it", "we", "i", "the", "that")
            ):
                m += 1
                if tokens[m - 1].low in (
                    "reporters",
                    "journalists",
                    "cnn",
                    "msnbc",
                    "fox",
                    "abc",
                    "nbc",
                    "cbs",
                    "npr",
                    "bbc",
                    "reuters",
                    "ap",
                    "supporters",
                    "lawmakers",
                    "congress",
                    "parliament",
                    "members",
                    "voters",
                    "viewers",
                    "audience",
                    "crowd",
                    "hearing",
                    "interview",
                    "conference",
                    "committee",
                    "him",
                    "her",
                    "them",
                    "us",
                    "me",
                    "you",
                ):
                    k = m
                    break
            while k < n and tokens[k].text in (",", ":"):
                k += 1
    if k >= n:
        return None
    start = tokens[k].start
    end = _trim_end(text, start, sent.end)
    q = _inside(quotes, start)
    if q is not None:
        end = max(end, q.end)
    if end - start < 3:
        return None
    words = 0
    for t in tokens[k : k + 8]:  # bounded: a 100 KB sentence must not make this quadratic
        words += t.text[0].isalnum()
    if words < 2:
        return None
    return start, end


def _content_left(
    text: str, sent: Span, tokens: list[Token], s0: int, quotes: list[Quote]
) -> tuple[int, int] | None:
    """Content that ends just before the subject or cue ('…,” Blinken said')."""
    k = s0 - 1
    while k >= 0 and tokens[k].text in (",", "”", '"', "’"):
        k -= 1
    if k < 0:
        return None
    q = _inside(quotes, tokens[k].start) or _inside(
        quotes, tokens[min(k + 1, len(tokens) - 1)].start
    )
    if q is not None:
        return q.start, q.end
    start = sent.start
    end = tokens[k].end
    if end - start < 3:
        return None
    return start, end


def _adjacent_quote(text: str, quotes: list[Quote], f: Found) -> Quote | None:
    for q in quotes:
        if q.start <= f.content_start < q.end or (f.content_start <= q.start < f.content_end):
            return q
    return None


def _link_continuations(
    text: str, quotes: list[Quote], quote_owner: dict[int, int], found: list[Found]
) -> None:
    """A quote with no cue of its own continues the attributed quote just before it."""
    last_owner: int | None = None
    last_end = -1
    cue_starts = sorted(f.cue_start for f in found)
    for index, q in enumerate(quotes):
        owner = quote_owner.get(index)
        if owner is not None:
            last_owner, last_end = owner, q.end
            continue
        if last_owner is None:
            continue
        gap = text[last_end : q.start]
        # Only what lies between them decides: a short stretch with no other speech in it.
        src = found[last_owner]
        # Another cue between the two quotes means someone else may be speaking.
        lo = bisect.bisect_left(cue_starts, last_end)
        hi = bisect.bisect_left(cue_starts, q.start)
        others = hi - lo - (1 if last_end <= src.cue_start < q.start else 0)
        if len(gap) > 400 or others > 0:
            continue
        found.append(
            Found(
                src.speaker_start,
                src.speaker_end,
                src.cue_start,
                src.cue_end,
                q.start,
                q.end,
                "direct",
                src.cue,
                continuation_of=last_owner,
            )
        )
        quote_owner[index] = len(found) - 1
        last_end = q.end


# -- speaker resolution ---------------------------------------------------------------


def split_title(words: list[str]) -> tuple[list[str], list[str]]:
    """('Deputy Secretary of State Antony Blinken') -> (title words, name words)."""
    # Walk from the right while words look like name parts; stop at the first title word.
    k = len(words)
    while (
        k > 0 and words[k - 1][:1].isupper() and words[k - 1].lower().strip(".") not in TITLE_WORDS
    ):
        k -= 1
    name = words[k:]
    if not name:
        return words, []
    return words[:k], name


def resolve(text: str, found: list[Found]) -> list[Attribution]:
    """Turn spans into Attributions with resolved speaker names, in article order."""
    people: list[tuple[int, str]] = []  # (position, full name) of named persons so far
    out: list[Attribution] = []
    for f in found:
        mention = text[f.speaker_start : f.speaker_end]
        words = mention.split()
        speaker, title = _name_of(words)
        low = mention.lower()
        if low in PRONOUNS or low in PERSON_PRONOUNS:
            if low in PERSON_PRONOUNS | {"i"}:
                prior = [p for p in people if p[0] < f.speaker_start]
                if prior:
                    speaker = prior[-1][1]
        elif speaker and len(speaker.split()) == 1 and speaker[:1].isupper():
            # A surname: link it to the nearest earlier full name that ends with it.
            for _, full in reversed(people):
                if full != speaker and speaker in full.split():
                    speaker = full
                    break
        elif (
            words
            and words[0].lower() == "the"
            and len(words) <= 4
            and words[-1].lower() in ROLE_NOUNS
        ):
            prior = [p for p in people if p[0] < f.speaker_start]
            if prior:
                speaker = prior[-1][1]
                title = mention
        if speaker and speaker[:1].isupper() and len(speaker.split()) >= 1 and low not in PRONOUNS:
            people.append((f.speaker_start, speaker))
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
            )
        )
    return out


def _name_of(words: list[str]) -> tuple[str, str]:
    """The person's name inside a subject phrase, and the title around it."""
    clean = [w.strip(",") for w in words if w.strip(",")]
    if not clean:
        return "", ""
    # Appositive subject: 'Kim Soo-jin, a defence analyst at …' names the person first;
    # 'The senior U.S. diplomat for Asia, …, Danny Russel' names them last.
    if any(w.endswith(",") for w in words):
        segments = " ".join(words).split(",")
        head = segments[0].split()
        later = [seg.split() for seg in segments[1:] if seg.strip()]
        if (
            head
            and all(w[:1].isupper() for w in head)
            and head[0].lower() not in ("the", "a", "an")
            and later
            and (later[0][0][:1].islower() or later[0][0].lower() in ("the", "a", "an"))
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
    if not clean[-1][:1].isupper():
        return " ".join(clean), ""
    title, name = split_title(clean)
    if not name:
        return " ".join(clean), ""
    # A description or organisation ('a study by … Institute for National Unification',
    # 'The United States') stays whole unless it ends in a full personal name.
    if (
        len(name) < 2
        and title
        and title[0].lower() in ("a", "an", "the", "his", "her", "its", "their")
    ):
        return " ".join(clean), ""
    if title and title[0].lower() == "the" and all(w[:1].isupper() for w in clean[1:]):
        return " ".join(clean), ""
    return " ".join(name), " ".join(title)
