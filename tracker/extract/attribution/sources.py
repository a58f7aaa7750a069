"""Rules that need no verb of speech: a headline label, a source before a colon,
'according to', 'in a poll'."""

from __future__ import annotations

from tracker.extract.attribution.cue import Cue
from tracker.extract.attribution.sentence import Sentence, trim_end
from tracker.extract.found import Found
from tracker.extract.statements import asks_or_orders
from tracker.extract.tokens import Token
from tracker.extract.vocab.attribution import FIGURE_SOURCES, MANNER_NOUN_AFTER, MANNER_NOUNS
from tracker.extract.vocab.cues import (
    STRONG,
)
from tracker.extract.vocab.people import NAME_PARTICLES
from tracker.extract.vocab.speech import (
    CLAUSE_WORDS,
    LABEL_STARTS,
    NOT_HEADLINE_SOURCES,
    NOT_SOURCE_WORDS,
)


def headline_label(s: Sentence) -> Found | None:
    """'Clinton to Planned Parenthood: Trump will reverse Roe v. Wade.' names its source first."""
    text, sent, tokens = s.text, s.span, s.tokens
    n = len(tokens)
    colon = next((k for k in range(min(n, 7)) if tokens[k].text == ":"), None)
    if colon is None or colon == 0 or n - colon < 4:
        return None
    head = tokens[:colon]
    if not head[0].text[:1].isupper() or any(t.text in ",;" for t in head):
        return None
    transcript = False
    if head[0].text.isupper() and len(head[0].text) > 3:
        # 'TAPPER: …' in a transcript (several such turns in the article) names who speaks;
        # a lone 'WASHINGTON:' is a dateline.
        label = text[tokens[0].start : tokens[colon - 1].end]
        if label not in s.doc.transcript_labels:
            return None
        transcript = True
    if " ".join(t.low for t in head) in NOT_HEADLINE_SOURCES:
        return None
    if any(t.text[0].islower() and (t.low in STRONG or t.low in CLAUSE_WORDS) for t in head):
        return None  # 'Lopez said enforcement has been uneven: …' is a sentence, not a label
    # The source is the leading name ('Clinton' in 'Clinton to Planned Parenthood').
    end = 1
    while end < colon and (tokens[end].text[:1].isupper() or tokens[end].text == "."):
        end += 1
    if tokens[0].low in ("the", "an", "this", "these", "here", "there", "why", "how", "what"):
        return None
    if colon == 1 and tokens[0].low in NOT_SOURCE_WORDS:
        return None  # 'Even: …', 'Meanwhile: …' open a sentence, they do not name a source
    if colon == 1 and len(tokens[0].text) == 1:
        return None  # 'Q: …', 'A: …': an interview transcript's turns name nobody
    if tokens[0].low in LABEL_STARTS or any(any(c.isdigit() for c in t.text) for t in head):
        return None  # 'One conclusion: …', 'For context: …', 'By 2:30 p.m., …'
    if tokens[0].text == "A":
        return None  # an article: 'A reminder: …'
    c_start = tokens[colon + 1].start
    c_end = trim_end(text, c_start, sent.end)
    if transcript:
        # A turn's label heads its first sentence only: each later sentence of the turn is a
        # statement of its own (the transcript's turn sentences), and a first sentence that
        # asks ('One in three?') or is too short to state ('Yes.') states nothing.
        if len(text[c_start:c_end].split()) < 3 or asks_or_orders(text[c_start : sent.end]):
            return None
        end = colon
    elif c_end - c_start < 8:
        return None
    return Found(
        tokens[0].start,
        tokens[end - 1].end,
        tokens[colon].start,
        tokens[colon].end,
        c_start,
        c_end,
        "indirect",
        ":",
    )


def source_before_colon(s: Sentence) -> Found | None:
    """'SECTION - Philip Bump: “…”', 'From the report: “…”': a named source, then a quote."""
    text, sent, tokens = s.text, s.span, s.tokens
    n = len(tokens)
    for colon in range(1, min(n - 1, 16)):
        if tokens[colon].text != ":" or tokens[colon + 1].text not in ("“", '"', "'"):
            continue
        k = colon - 1
        while (
            k >= 0
            and colon - k <= 5
            and tokens[k].text not in ("-", "—", "–", ",", ".")
            and tokens[k].low != "from"
        ):
            k -= 1
        start = k + 1
        if start >= colon or (
            k >= 0 and tokens[k].text not in ("-", "—", "–") and tokens[k].low != "from"
        ):
            continue
        if not (tokens[start].text[:1].isupper() or tokens[start].low in ("the", "a", "an")):
            continue
        c_start = tokens[colon + 1].start
        return Found(
            tokens[start].start,
            tokens[colon - 1].end,
            tokens[colon].start,
            tokens[colon].end,
            c_start,
            trim_end(text, c_start, sent.end) or sent.end,
            "direct",
            ":",
        )
    return None


def according_to(c: Cue) -> Found | None:
    """'The bridge will reopen in May, according to the city.', 'But, according to the
    poll, 46 percent …': the source after 'according to', the content around it."""
    text, sent, tokens, i = c.s.text, c.s.span, c.tokens, c.i
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
    if _rule_followed(tokens, j, k):
        return None  # 'according to a formula agreed with …': how, not who says
    k = _name_in_apposition(tokens, j, k)
    s_start, s_end = tokens[j].start, tokens[k - 1].end
    cue_start, cue_end = tokens[i].start, tokens[i + 1].end
    words_before = sum(t.text[0].isalnum() for t in tokens[max(0, i - 8) : i])
    if i > 0 and words_before >= 3:  # content before: 'X happened, according to Y.'
        c_start, c_end = (
            sent.start,
            tokens[i - 1].end if tokens[i - 1].text != "," else tokens[i - 1].start,
        )
    elif i > 0 and k < len(tokens) - 1:  # 'But, according to the poll, 46 percent …'
        c_start, c_end = tokens[k + 1].start, sent.end
    else:
        if k >= len(tokens) - 1:
            return None
        c_start, c_end = tokens[k + 1].start, sent.end
    c_end = trim_end(text, c_start, c_end)
    if c_end <= c_start:
        return None
    return Found(s_start, s_end, cue_start, cue_end, c_start, c_end, "indirect", "according to")


def _rule_followed(tokens: list[Token], j: int, k: int) -> bool:
    """Whether the phrase after 'according to' (tokens j..k) names a rule followed, not a
    source: a bare noun ('according to plan'), one with 'a' ('according to a formula'), or
    one a participle defines ('the formula agreed with …', 'the rules set by …'); not 'the
    plan' alone, a document that says something, nor 'the law firm Smith & Co'."""
    first = tokens[j].low
    m = j + 1 if first in ("a", "an", "the", "its", "their") else j
    if m >= k or tokens[m].low not in MANNER_NOUNS or not tokens[m].text.islower():
        return False
    nxt = tokens[m + 1] if m + 1 < k else None
    if nxt is None:
        return first not in ("the", "its", "their")
    return nxt.low in MANNER_NOUN_AFTER or (nxt.low.endswith("ed") and len(nxt.low) > 4)


def _name_in_apposition(tokens: list[Token], j: int, k: int) -> int:
    """Where the source after 'according to' ends when a description is followed by the
    name it describes ('according to its distributor, Filmes do Tejo, making it …'):
    after the name, which the speaker's phrase then holds; else at ``k``."""
    if k >= len(tokens) - 1 or tokens[k].text != "," or tokens[j].low not in _DESCRIBERS:
        return k
    if not all(t.text[:1].islower() for t in tokens[j + 1 : k]) or tokens[k - 1].low in TITLED:
        return k  # 'the report, Intifada, …': a document's title, not who is behind it
    m = k + 1
    while m < len(tokens) and (
        tokens[m].text[:1].isupper() or (tokens[m].text in NAME_PARTICLES and m > k + 1)
    ):
        m += 1
    # The apposition closes with a comma: '…, Mrs. Clinton and …' is the clause's subject.
    ends = m < len(tokens) and tokens[m].text == ","
    return m if m > k + 1 and ends and tokens[m - 1].text[:1].isupper() else k


# What a title follows rather than a name: 'the report, Intifada, …', 'a new book, X'.
TITLED = frozenset("report book study paper film album song article survey poll".split())
# Determiners that open a description a name may follow ('its distributor, Filmes do Tejo').
_DESCRIBERS = frozenset(("its", "their", "his", "her", "the", "a", "an"))


def poll_source(c: Cue) -> Found | None:
    """'In an NBC News/Wall Street Journal poll released Monday, 50 percent …' and
    '… 18 percent … in a new Washington Post-ABC News poll.': the poll is the source."""
    text, sent, tokens, i = c.s.text, c.s.span, c.tokens, c.i
    n = len(tokens)
    k = i + 1
    while k < n and k - i <= 12 and tokens[k].text not in (",", ".", ";", ":"):
        k += 1
    np_tokens = tokens[i + 1 : k]
    head = next((m for m, t in enumerate(np_tokens) if t.low in FIGURE_SOURCES), None)
    if (
        head is None
        or not np_tokens
        or (
            np_tokens[0].low not in ("a", "an", "the", "this", "that", "its", "their", "his", "her")
            and not np_tokens[0].text[:1].isupper()
        )
    ):
        return None
    src_end = k
    if i == 0 or (i > 0 and tokens[i - 1].text in (",", "(")):
        # 'In a poll …, CONTENT'
        if k >= n - 1 or tokens[k].text != ",":
            return None
        c_start, c_end = tokens[k + 1].start, trim_end(text, tokens[k + 1].start, sent.end)
    elif (
        (k >= n - 1 or tokens[k].text in (".", "!", "?"))
        and len(np_tokens) - head <= 4
        # A figure before it: 'sits at single digits in the polls', 'leads in the polls
        # there' report no poll's finding.
        and any(t.text[:1].isdigit() or t.low in ("percent", "%") for t in tokens[:i])
    ):
        # '… 18 percent … in a new Washington Post-ABC News poll.': only when the poll ends
        # the sentence; mid-sentence 'in a poll' is mostly a setting, not a source.
        c_start, c_end = sent.start, trim_end(text, sent.start, tokens[i].start)
    else:
        return None
    if c_end - c_start < 8:
        return None
    return Found(
        tokens[i + 1].start,
        tokens[src_end - 1].end,
        tokens[i].start,
        tokens[i].end,
        c_start,
        c_end,
        "indirect",
        "in",
    )
