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
from collections.abc import Callable
from dataclasses import replace
from operator import attrgetter

from tracker.extract import cue_model
from tracker.extract.cues import (
    COGNITION_LEMMAS,
    EVIDENCE_LEMMAS,
    PARTICIPLES,
    PHRASES,
    PUT_OBJECTS,
    STRONG,
    WEAK,
)
from tracker.extract.doc import Doc
from tracker.extract.found import Found
from tracker.extract.lexicon import MONTHS
from tracker.extract.quotes import Quote
from tracker.extract.quotes import inside as _inside
from tracker.extract.sentences import ABBREVIATIONS, Span
from tracker.extract.speech_words import (
    ASIDE_STARTS,
    ASKED,
    BEFORE_GERUND,
    CALL_FORMS,
    CLAUSE_WORDS,
    CLOSE_QUOTES,
    COORDINATORS,
    DESCRIPTION_STARTS,
    DETERMINERS,
    INTRO_PHRASE_STARTS,
    INTRO_WORDS,
    INVERTED_DETERMINERS,
    JOINED_ADJECTIVES,
    LABEL_STARTS,
    LEADING_CONJUNCTIONS,
    LEFT_STOPS,
    LY_NOUNS,
    NAMING,
    NOT_AFTER_CUE,
    NOT_AGENT,
    NOT_HEADLINE_SOURCES,
    NOT_INVERTED_START,
    NOT_SOURCE_WORDS,
    NOT_SPEAKER_END,
    NOT_SPEAKER_START,
    NOT_SUBJECT,
    NOUNY,
    OBJECT_PREPOSITIONS,
    OBJECT_PRONOUNS,
    OPEN_QUOTES,
    PARENTHETICALS,
    PASSIVE,
    PEOPLE_NOUNS,
    POSSESSIVES,
    PREPOSITIONS,
    PRONOUNS,
    QUESTION_STARTS,
    ROLE_NOUNS,
    SAY_TELL,
    SKIP_BEFORE_CUE,
    STATES,
    TELL,
    TIME_AFTER_CUE,
    TIME_FILLERS,
    TITLE_CUES,
    TRUE_DETERMINERS,
    UNRELIABLE,
    VERBS_AFTER_THAT,
    WEEKDAYS,
)
from tracker.extract.tokens import Token

# Where a token or a quote starts: the key for bisecting either by position.
_start = attrgetter("start")


def find_attributions(doc: Doc) -> list[Found]:
    """Attributions in article order."""
    text, quotes = doc.text, doc.quotes
    found: list[Found] = []
    quote_owner: dict[int, int] = {}  # quote index -> found index
    qi = 0
    for sent, tokens in zip(doc.sentences, doc.tokens, strict=True):
        while qi < len(quotes) and quotes[qi].end <= sent.start:
            qi += 1
        # Quotes in the sentence, and one that closes just before it ('…!” Trump wrote.').
        local = [
            q
            for q in quotes[max(0, qi - 2) : qi + 8]
            if (q.start < sent.end and q.end > sent.start) or 0 <= sent.start - q.end <= 2
        ]
        first = len(found)
        _find_in_sentence(doc, sent, tokens, local, quote_owner, found)
        _end_at_next_clause(tokens, found, first)
    _link_continuations(text, quotes, quote_owner, found)
    found.sort(key=lambda f: (min(f.speaker_start, f.cue_start, f.content_start), f.cue_start))
    return found


def _headline_colon(doc: Doc, sent: Span, tokens: list[Token]) -> Found | None:
    """'Clinton to Planned Parenthood: Trump will reverse Roe v. Wade.' names its source first."""
    text = doc.text
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
        if label not in doc.transcript_labels:
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
    # A transcript turn runs to the end of its paragraph, over several sentences.
    para_end = text.find("\n", sent.end)
    c_end = _trim_end(
        text, c_start, (para_end if para_end >= 0 else len(text)) if transcript else sent.end
    )
    if c_end - c_start < 8 and not transcript:
        return None
    if transcript:
        end = colon
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


def _colon_after_dash(text: str, sent: Span, tokens: list[Token]) -> Found | None:
    """'SECTION - Philip Bump: “…”', 'From the report: “…”': a named source, then a quote."""
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
            _trim_end(text, c_start, sent.end) or sent.end,
            "direct",
            ":",
        )
    return None


def _end_at_next_clause(tokens: list[Token], found: list[Found], first: int) -> None:
    """'he asked for a photo and Clinton said she …': the first content ends where the next
    speaker's clause begins (after 'and' or a comma). Nested speech ('X said that Y
    believes …') is left whole."""
    # Only the next attribution can open the clause that ends this one: linear, however many
    # cues a sentence holds ('he said he said …' must not go quadratic).
    for a_i in range(first, len(found) - 1):
        a, b = found[a_i], found[a_i + 1]
        if a.content_start < b.speaker_start < a.content_end:
            trimmed = _cut_before_clause(tokens, a, b)
        elif b.speaker_start == a.speaker_start and a.content_start < b.cue_start < a.content_end:
            # 'Fiorina backed Cruz, saying …', 'He said X and said Y': one speaker, two
            # statements; the first ends where the second verb's clause begins.
            trimmed = _cut_before(tokens, a, b.cue_start)
        elif (
            b.speaker_start <= a.speaker_start
            and max(a.cue_end, a.content_start) < b.speaker_end < a.content_end
        ):
            # 'Humphrey, who calls Trump a “sociopath,” said …': a relative clause inside the
            # next speaker's phrase ends with that phrase (and the quote it closes).
            end = b.speaker_end
            k = bisect.bisect_left(tokens, b.speaker_end, key=_start)
            while k < len(tokens) and tokens[k].start < b.cue_start:
                if tokens[k].text in CLOSERS:
                    end = tokens[k].end
                k += 1
            trimmed = replace(a, content_end=end)
        else:
            continue
        if trimmed is not None:
            found[a_i] = trimmed


def _cut_before_clause(tokens: list[Token], a: Found, b: Found) -> Found | None:
    """``a`` with its content ending before ``b``'s subject, when ``b`` is a clause of its
    own joined by 'and', 'but', ';' or a comma; None when ``b`` is nested in ``a``."""
    if b.cue_start < b.speaker_start or not (a.cue_end <= b.speaker_start < a.content_end):
        return None  # an inverted speaker, or not inside a's content
    return _cut_before(tokens, a, b.speaker_start)


def _cut_before(tokens: list[Token], a: Found, at: int) -> Found | None:
    """``a`` with its content ending before the clause that opens at ``at`` (after 'and',
    'but', ';' or a comma), or None when no such joint is there."""
    k = bisect.bisect_left(tokens, at, key=_start)
    if not 0 < k < len(tokens) or tokens[k].start != at:
        return None
    if tokens[k - 1].low not in (",", "and", "but", ";"):
        return None
    m = k - 1
    while m > 0 and tokens[m].low in (",", "and", "but", ";"):
        m -= 1
    end = tokens[m].end
    if end <= a.content_start or end - a.content_start < 3:
        return None
    return replace(a, content_end=end, mode="indirect" if a.mode == "mixed" else a.mode)


def _find_in_sentence(
    doc: Doc,
    sent: Span,
    tokens: list[Token],
    local_quotes: list[Quote],
    quote_owner: dict[int, int],
    found: list[Found],
) -> None:
    text, quotes = doc.text, doc.quotes
    first = len(found)
    n = len(tokens)
    if sent.start == 0 or text[sent.start - 1] == "\n":
        f = _headline_colon(doc, sent, tokens) or _colon_after_dash(text, sent, tokens)
        if f is not None:
            found.append(f)
    learned = cue_model.model()
    vocabulary = learned.vocabulary if learned is not None else frozenset()
    context: cue_model.Context | None = None  # the sentence as the model reads it, once
    i = 0
    while i < n:
        tok = tokens[i]
        low = tok.low
        if (low not in _CUE_WORDS and low not in vocabulary) or _inside(local_quotes, tok.start):
            i += 1  # most words can open no attribution: one set lookup, then the next
            continue
        if low in SKIP_BEFORE_CUE and i + 1 < n and tokens[i + 1].low in _CUE_WORDS:
            i += 1  # 'the leaders all agreed': the cue is the next word, not 'all'
            continue
        phrase = _phrase_at(tokens, i)
        if low == "in" and i + 2 < n:
            f = _poll_source(text, sent, tokens, i)
            if f is not None:
                found.append(f)
                i += 1
                continue
        if phrase in (("went", "on"), ("goes", "on")) and not _goes_on_speaking(tokens, i + 2):
            i += 2  # 'It went on sale', 'the talks went on for hours': not speech
            continue
        if phrase == ("according", "to"):
            f = _according_to(text, sent, tokens, i)
            if f:
                found.append(f)
            i += 2
            continue
        is_strong = low in STRONG and low not in UNRELIABLE
        is_weak = low in WEAK and low not in UNRELIABLE
        is_strong = is_strong or phrase is not None  # "pointed out", "called for", "referring to"
        if not is_strong and learned is not None and low in learned.vocabulary:
            context = context or cue_model.sentence_context(tokens)
        if not is_strong and learned is not None and learned.proposes(tokens, i, context):
            # A cue the model learned ('lit into', 'made it clear'), or a weak cue it is sure
            # of in this context: tried as a strong one.
            is_strong = True
        elif not (is_strong or is_weak) or (
            i > 0 and tok.text[0].isupper() and not (low in TITLE_CUES and _title_case(tokens))
        ):
            i += 1  # not a cue, or a capitalised word inside the sentence: 'United States'
            continue
        if (
            low in ("put", "puts")
            and i + 2 < n
            and tokens[i + 1].low == "the"
            and tokens[i + 2].low in PUT_OBJECTS
        ):
            is_strong = True  # 'a study put the number as high as 150,000'
        if _used_as_noun(tokens, i) or _not_a_call_to_speak(tokens, i):
            i += 1  # 'the estimate of', 'a new report', 'a company called Acme'
            continue

        cue_end_i = i + (len(phrase) if phrase else 1)
        f = None
        if low.endswith("ing") and i > 0 and tokens[i - 1].text == ",":
            # '…,” Trump said, adding …': the participle shares the speaker of the cue before it.
            prior = next(
                (x for x in reversed(found) if sent.start <= x.cue_start < tok.start), None
            )
            right = _content_right(text, sent, tokens, cue_end_i, local_quotes, True)
            if prior is not None and right is not None:
                f = Found(
                    prior.speaker_start,
                    prior.speaker_end,
                    tok.start,
                    tokens[cue_end_i - 1].end,
                    right[0],
                    right[1],
                    _mode(text, local_quotes, right),
                    low,
                )
        if f is None:
            f = _cue_attribution(text, sent, tokens, i, cue_end_i, local_quotes, is_strong)
        if f is not None and low.startswith("continu") and f.mode == "indirect":
            f = None  # 'his attacks continued': only '…,” he continued' reports speech
        if f is None and cue_end_i < n and tokens[cue_end_i].text == ":" and cue_end_i >= n - 2:
            # 'Reporter Jomana Karadsheh says:' and the quote in the next paragraph.
            f = _cue_then_quote(text, sent, tokens, i, cue_end_i, quotes)
        if f is not None:
            index = _adjacent_quote(quotes, f)
            if index is not None:
                q = quotes[index]
                owner = quote_owner.get(index)
                if owner is not None:
                    # 'a woman asked for a photo and Clinton said, “…”': the quote is
                    # Clinton's; the earlier content ends before her clause.
                    trimmed = (
                        _cut_before_clause(tokens, found[owner], f) if owner >= first else None
                    )
                    if trimmed is not None:
                        found[owner] = trimmed
                    elif not (owner >= first and found[owner].content_start < q.start):
                        i = cue_end_i
                        continue
                    # else 'They want to “create …,” Sanders said': the quote sits inside a
                    # longer content of the earlier cue, and is what this speaker said.
                quote_owner[index] = len(found)
            found.append(f)
        i = cue_end_i


def _goes_on_speaking(tokens: list[Token], k: int) -> bool:
    """'He went on: …', 'went on, “…”', 'went on to say …', 'went on that …'."""
    if k >= len(tokens):
        return False
    nxt = tokens[k]
    return nxt.text in (",", ":") or nxt.text[0] in QUOTE_OPENERS or nxt.low in ("to", "that")


def _title_case(tokens: list[Token]) -> bool:
    """'Clinton Says Russians Hacked DNC': in a title-case headline cues are capitalised too."""
    words = [t for t in tokens if t.text[0].isalpha()]
    return len(words) >= 3 and sum(t.text[0].isupper() for t in words) >= 0.7 * len(words)


def _cue_then_quote(
    text: str, sent: Span, tokens: list[Token], i: int, colon: int, quotes: list[Quote]
) -> Found | None:
    following = next((q for q in quotes if q.start >= sent.end), None)
    if following is None or text[sent.end : following.start].strip():
        return None
    subj = _subject_left(tokens, i, quotes)
    if subj is None:
        return None
    return Found(
        tokens[subj[0]].start,
        tokens[subj[1] - 1].end,
        tokens[i].start,
        tokens[colon - 1].end,
        following.start,
        following.end,
        "direct",
        text[tokens[i].start : tokens[colon - 1].end].lower(),
    )


_PHRASES_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _p in PHRASES:
    _PHRASES_BY_FIRST.setdefault(_p[0], []).append(_p)
# The words an attribution can start from in ``_find_in_sentence`` (besides the words the cue
# model knows): cues, the first words of cue phrases, and 'in' ('…, in a poll').
_CUE_WORDS = frozenset(STRONG) | frozenset(WEAK) | frozenset(_PHRASES_BY_FIRST) | {"in"}


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
    if cue_tok.low in ASKED and j < n and tokens[j].low == "by":
        return _asked_by(text, sent, tokens, i, j, quotes, cue_text)
    by_gerund = j + 1 < n and tokens[j].low == "by" and tokens[j + 1].low.endswith("ing")
    if j < n and tokens[j].low == "by" and cue_tok.low.endswith("ed") and not by_gerund:
        # 'were derided by Armin Laschet' (not 'responded by saying …': the subject answers)
        return _passive_by(tokens, i, j, quotes, cue_text)
    if prev is not None and prev.low in PASSIVE:
        if not (cue_tok.low.endswith("ing") and prev.low in ("is", "are", "was", "were")):
            return None  # 'is believed', 'was reported': no source named here
        # 'McConnell is criticizing Obama': the progressive is active; its subject is before 'is'.
        subj = _subject_left(tokens, i - 1, quotes)
        if subj is None:
            return None
        content = _content_right(text, sent, tokens, j, quotes, True)
        if content is None:
            return None
        return _found(text, tokens, subj, cue_tok, tokens[j - 1], content, quotes, cue_text)
    if cue_tok.low in ("put", "puts", "putting") and not (
        j + 1 < n and tokens[j].low == "the" and tokens[j + 1].low in PUT_OBJECTS
    ):
        return None
    nxt = tokens[j] if j < n else None
    # Participles: 'Washington made them a target, saying their wages …' (the sentence's
    # subject speaks), 'by saying that …', or '911 calls saying shots were fired' (the noun).
    if cue_tok.low.endswith("ing"):
        if prev is None:
            return None
        if prev.text == "," or prev.low == "by":
            subj = _sentence_subject(tokens, i)
        elif prev.low in ("percent", "%") or prev.text[:1].isdigit():
            subj = _subject_left(tokens, i, quotes)  # 'with 50 percent saying she is ready'
        elif prev.low in BEFORE_GERUND:
            return None  # 'Despite struggling since 1992, …': a gerund, no speaker
        elif prev.text[:1].isupper() or (
            prev.low.endswith("s") and prev.low not in SKIP_BEFORE_CUE
        ):
            subj = _subject_left(tokens, i, quotes)
        else:
            return None
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
    # Coordinated verb: 'Obama met survivors … and said the United States must act'.
    k = i - 1
    while k >= 0 and _skip_before_cue(tokens[k]):
        k -= 1
    if k > 0 and tokens[k].low in ("and", "but") and cue_tok.low not in PARTICIPLES:
        subj = _sentence_subject(tokens, k)
        right = _content_right(text, sent, tokens, j, quotes, strong)
        if subj is not None and right is not None and (strong or _has_that(tokens, j)):
            return _found(text, tokens, subj, cue_tok, tokens[j - 1], right, quotes, cue_text)
    quote_before = _quote_ends_before(tokens, i, quotes)
    if prev is not None and (prev.text == "," or quote_before) and nxt is not None:
        # '“…,” said Blinken' (inverted) or 'Danny Russel, the envoy, said …' (appositive).
        # 'told Fox News': what follows a form of 'tell' is whom it was told to, never the
        # speaker ('…,” an intelligence source told Fox News').
        inverted = (
            None if cue_tok.low in TELL else _subject_right(tokens, j, after_quote=quote_before)
        )
        # '…, said Steven Taylor, a professor at Troy.': a name running to the end of the
        # sentence after the cue is the speaker, however the part before the comma reads.
        ends_sentence = inverted is not None and (
            inverted[1] >= n or tokens[inverted[1]].text in (".", "!", "?")
        )
        if inverted is not None and not quote_before:
            # 'Maria Chen, 59, of Dover, who watched the parade, said the event brought …':
            # a name opening the sentence, then asides, is the subject; what follows is said.
            named = _name_then_aside(tokens, i - 1, quotes)
            if named is not None and named[0] == 0:
                inverted = None
                ends_sentence = False
        if inverted is not None and (quote_before or ends_sentence):
            content = _content_left(text, sent, tokens, i, quotes)
            if content is not None:
                return _found(
                    text, tokens, inverted, cue_tok, tokens[j - 1], content, quotes, cue_text
                )
        if prev.text == "," and not quote_before:
            app = _subject_left(tokens, i, quotes)
            if app is not None:
                content = _choose_content(text, sent, tokens, app[0], j, quotes, strong)
                if content is not None:
                    return _found(
                        text, tokens, app, cue_tok, tokens[j - 1], content, quotes, cue_text
                    )
        if inverted is not None:
            content = _content_left(text, sent, tokens, i, quotes)
            if content is not None:
                return _found(
                    text, tokens, inverted, cue_tok, tokens[j - 1], content, quotes, cue_text
                )
    subj = _subject_left(tokens, i, quotes)
    if subj is None:
        return None
    if not strong:
        # A weak cue is strong enough after a person ('I think', 'Clinton knows') or after a
        # source of figures ('polls show Clinton trailing', 'the study found').
        head = tokens[subj[1] - 1]
        lemma = WEAK.get(cue_tok.low, "")
        person = (
            head.low in PRONOUNS
            or head.low in PEOPLE_NOUNS
            or (subj[1] - subj[0] <= 3 and head.text[:1].isupper())
        )
        # 'A CNN/ORC poll of South Carolina released on Tuesday showed …': the source of
        # figures may sit anywhere in the subject, not only at its end.
        figures = any(t.low in _FIGURE_SOURCES for t in tokens[subj[0] : subj[1]])
        strong = (person and lemma in _COGNITION) or (figures and lemma in _EVIDENCE)
    content = _choose_content(text, sent, tokens, subj[0], j, quotes, strong)
    if content is None:
        return None
    return _found(text, tokens, subj, cue_tok, tokens[j - 1], content, quotes, cue_text)


CLOSERS = ("”", '"', "’", "'", "»")


def _opens_question(t: Token) -> bool:
    return t.low in QUESTION_STARTS or t.text in (",", ":", "“", '"')


def _agent_end(tokens: list[Token], j: int, stop: Callable[[Token], bool]) -> int | None:
    """Where the name after 'by' (at ``j``) ends: at the first token ``stop`` accepts, or the
    end of the sentence, within eight words; None when no name comes before that."""
    n = len(tokens)
    end = j + 1
    while end < n and end - j <= 8 and not stop(tokens[end]):
        end += 1
    return end if j + 1 < end and end - j <= 8 else None


def _passive_by(tokens: list[Token], i: int, j: int, quotes: list[Quote], cue: str) -> Found | None:
    """'His comments were derided by Armin Laschet', 'a practice criticized by civil rights
    advocates': the one named after 'by' is the source; what was derided is the content."""
    end = _agent_end(tokens, j, lambda t: t.text in (",", ".", ";", ":", ")", "—", "–"))
    if end is None:
        return None
    agent = tokens[j + 1]
    if agent.low in NOT_AGENT or agent.text[0].isdigit():
        return None
    k = i
    while k > 0 and tokens[k - 1].low in PASSIVE:
        k -= 1
    subject = _subject_left(tokens, k, quotes)
    if subject is None:
        return None
    return Found(
        tokens[j + 1].start,
        tokens[end - 1].end,
        tokens[i].start,
        tokens[j].end,
        tokens[subject[0]].start,
        tokens[subject[1] - 1].end,
        "indirect",
        cue.lower() + " by",
    )


def _asked_by(
    text: str, sent: Span, tokens: list[Token], i: int, j: int, quotes: list[Quote], cue: str
) -> Found | None:
    """'Asked by Matt Lauer whether she had practised …', 'was asked by host John Dickerson
    if …': the one named after 'by' asked; the question is what follows the name."""
    n = len(tokens)
    k = _agent_end(tokens, j, _opens_question)
    if k is None or k >= n:
        return None  # no question after the name
    speaker_end = k
    # 'asked by Ingraham on Thursday about …': the day is neither the asker nor the question.
    while k + 1 < n and tokens[k].low == "on" and tokens[k + 1].low in WEEKDAYS:
        k += 2
    while k < n and tokens[k].text in (",", ":"):
        k += 1
    if k >= n:
        return None
    c_start = tokens[k].start
    c_end = _trim_end(text, c_start, sent.end)
    if i == 0 or tokens[i - 1].low in ("when", "after", "once"):
        # 'Asked by Matt Lauer whether …, she laughed': the question ends at the main clause.
        comma = next((t for t in tokens[k:] if t.text == "," and t.start < c_end), None)
        if comma is not None:
            c_end = comma.start
    q = _inside(quotes, c_start)
    if q is not None:
        c_end = max(c_end, q.end)
    while tokens[speaker_end - 1].text in (",", ":"):
        speaker_end -= 1
    return Found(
        tokens[j + 1].start,
        tokens[speaker_end - 1].end,
        tokens[i].start,
        tokens[j].end,
        c_start,
        c_end,
        _mode(text, quotes, (c_start, c_end)),
        cue.lower() + " by",
    )


def _choose_content(
    text: str,
    sent: Span,
    tokens: list[Token],
    s0: int,
    j: int,
    quotes: list[Quote],
    strong: bool,
) -> tuple[int, int] | None:
    """What the subject at s0 said: the quote before it, the clause after the cue, or the
    clause before it (as in: …, she said in a video message)."""
    right = _content_right(text, sent, tokens, j, quotes, strong)
    left = None
    if tokens[s0].low in ("who", "which"):
        # '…, which has bristled at …': a relative clause says its own content, after the cue.
        return right if right is not None and (strong or _has_that(tokens, j)) else None
    if right is not None and strong and j < len(tokens) and tokens[j].low == "to":
        return right  # '“…,” she wrote. Aides declined to comment': the infinitive is the content
    if _quote_ends_before(tokens, s0, quotes):
        # The quote is what was said: “…,” Blinken said in an interview. When the quote
        # closed the sentence before ('…!” Trump wrote.'), only if nothing is said after.
        if (s0 > 0 and (right is None or not _has_that(tokens, j, 2))) or (
            s0 == 0 and _no_clause(tokens, right)
        ):
            left = _content_left(text, sent, tokens, s0, quotes)
    elif (
        s0 > 0
        and tokens[s0 - 1].text == ","
        and not _has_that(tokens, j, 1)  # 'On Tuesday, Comey said that while …'
        and _no_clause(tokens, right)
    ):
        left = _content_left(text, sent, tokens, s0, quotes)
    elif s0 > 1 and tokens[s0 - 1].low == "as" and tokens[s0 - 2].text == "," and right is None:
        # 'Scott had a gun, as police have said.': the clause before is what they said.
        left = _content_left(text, sent, tokens, s0 - 1, quotes)
    if left is not None and not _intro_phrase(tokens, left):
        if right is not None and (strong or _has_that(tokens, j)) and _short_phrase(tokens, left):
            return right  # 'Every day, Francis spoke of the malaise …': the words after
        return left
    if right is not None and (strong or _has_that(tokens, j)):
        return right
    return None


def _quote_ends_before(tokens: list[Token], i: int, quotes: list[Quote]) -> bool:
    """A quotation closes right before token i (perhaps with a comma between)."""
    k = i - 1
    if k >= 0 and tokens[k].text == ",":
        k -= 1
    if k < 0:
        return _quote_just_before(tokens[i].start, quotes) is not None if tokens else False
    t = tokens[k]
    return t.text in CLOSERS or _inside(quotes, t.start) is not None


def _quote_just_before(pos: int, quotes: list[Quote]) -> Quote | None:
    """The quote that closes within two characters before pos (in the sentence before)."""
    return next((q for q in quotes if 0 <= pos - q.end <= 2), None)


def _found(
    text: str,
    tokens: list[Token],
    subj: tuple[int, int],
    cue_first: Token,
    cue_last: Token,
    content: tuple[int, int],
    quotes: list[Quote],
    cue_text: str,
) -> Found:
    return Found(
        tokens[subj[0]].start,
        tokens[subj[1] - 1].end,
        cue_first.start,
        cue_last.end,
        content[0],
        content[1],
        _mode(text, quotes, content),
        cue_text.lower(),
    )


def _used_as_noun(tokens: list[Token], i: int) -> bool:
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1].low if i + 1 < len(tokens) else ""
    if tokens[i].low not in NOUNY:
        # 'his stated aim', 'the alleged leak': a participle after a determiner describes.
        # But 'the official said', 'a message that said', 'Trump first said' are verbs.
        return prev is not None and prev.low in TRUE_DETERMINERS
    if prev is not None and (prev.low in DETERMINERS or prev.low in ("no", "little")):
        return True  # 'the estimate', 'left no doubt'
    if nxt == "of":
        return True  # 'the estimate of', 'claims of'
    # The word before, past 'still', 'has', 'also' …: 'Cruz still supports …'.
    k = i - 1
    while k > 0 and _skip_before_cue(tokens[k]):
        k -= 1
    before = tokens[k] if k >= 0 else None
    named = before is not None and (
        before.low in PRONOUNS or before.low in PEOPLE_NOUNS or before.text[:1].isupper()
    )
    if named and (tokens[i].low.endswith("ed") or _phrase_at(tokens, i) is not None):
        return False  # 'Sanders pledged to …', 'Trump calls for …' (a verb after its subject)
    if before is not None and before.low in ("and", "but") and tokens[i].low.endswith("ed"):
        return False  # '… said they want justice but pledged to …': a second verb
    if nxt in NOT_AFTER_CUE or nxt in (",", "."):
        return True
    if prev is None:
        return True
    if nxt in ("that", "“", '"', ":"):
        return False  # 'polls show that …'
    # Otherwise a verb here follows its subject: a name, a pronoun, 'who', or a source of
    # figures ('Polls show Clinton with a lead', 'the survey found').
    return not (
        named  # 'Cruz supports …', 'she still supports …'
        or prev.low in ("who", "that")
        or (prev.low in _FIGURE_SOURCES and tokens[i].low in _EVIDENCE_FORMS)
        # 'Leaked documents from his 1995 return show he took …': the source further back,
        # a clause after
        or (
            tokens[i].low in _EVIDENCE_FORMS
            and (nxt in PRONOUNS or _capitalised_next(tokens, i))
            and any(t.low in _FIGURE_SOURCES for t in tokens[max(0, i - 8) : i])
        )
        # '…, Jake Sullivan, calls her record a blueprint': after an aside, before an object
        or (prev.text == "," and (nxt in OBJECT_PRONOUNS or _capitalised_next(tokens, i)))
    )


def _not_a_call_to_speak(tokens: list[Token], i: int) -> bool:
    """'a company called Acme' (a name), 'called off', 'called her to say' (a phone call),
    'called to mind': forms of 'call' that attribute nothing."""
    if tokens[i].low not in CALL_FORMS:
        return False
    n = len(tokens)
    nxt = tokens[i + 1].low if i + 1 < n else ""
    if nxt in ("off", "up", "back", "in", "out", "to", "quits"):
        return True
    if nxt in OBJECT_PRONOUNS and i + 2 < n and tokens[i + 2].low == "to":
        return True
    back = [t.low for t in tokens[max(0, i - 3) : i]]
    return (
        # 'one lawmaker called Trump “…”' names no firm
        tokens[i - 1].low not in PEOPLE_NOUNS
        and tokens[i - 1].low not in ROLE_NOUNS
        and any(
            w in ("a", "an", "one", "group", "company", "site", "website", "firm") for w in back
        )
        and i + 1 < n
        and tokens[i + 1].text[:1].isupper()
        and tokens[i - 1].text[:1].islower()
        and tokens[i - 1].low not in PRONOUNS
    )


def _capitalised_next(tokens: list[Token], i: int) -> bool:
    return i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper()


_COGNITION = set(COGNITION_LEMMAS)
_EVIDENCE = set(EVIDENCE_LEMMAS)
_EVIDENCE_FORMS = {form for form, lemma in WEAK.items() if lemma in _EVIDENCE}
_FIGURE_SOURCES = {
    "poll",
    "polls",
    "survey",
    "surveys",
    "study",
    "studies",
    "report",
    "reports",
    "analysis",
    "data",
    "records",
    "documents",
    "figures",
    "numbers",
    "research",
    "statistics",
    "results",
    "polling",
    "census",
    "estimates",
    "models",
    "projections",
    "audit",
    "review",
    "filings",
    "count",
    "estimate",
    "index",
    "tally",
    "average",
    "averages",
}


def _poll_source(text: str, sent: Span, tokens: list[Token], i: int) -> Found | None:
    """'In an NBC News/Wall Street Journal poll released Monday, 50 percent …' and
    '… 18 percent … in a new Washington Post-ABC News poll.': the poll is the source."""
    n = len(tokens)
    k = i + 1
    while k < n and k - i <= 12 and tokens[k].text not in (",", ".", ";", ":"):
        k += 1
    np_tokens = tokens[i + 1 : k]
    head = next((m for m, t in enumerate(np_tokens) if t.low in _FIGURE_SOURCES), None)
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
        c_start, c_end = tokens[k + 1].start, _trim_end(text, tokens[k + 1].start, sent.end)
    elif (
        (k >= n - 1 or tokens[k].text in (".", "!", "?"))
        and len(np_tokens) - head <= 4
        # A figure before it: 'sits at single digits in the polls', 'leads in the polls
        # there' report no poll's finding.
        and any(t.text[:1].isdigit() or t.low in ("percent", "%") for t in tokens[:i])
    ):
        # '… 18 percent … in a new Washington Post-ABC News poll.': only when the poll ends
        # the sentence; mid-sentence 'in a poll' is mostly a setting, not a source.
        c_start, c_end = sent.start, _trim_end(text, sent.start, tokens[i].start)
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


def _sentence_subject(tokens: list[Token], i: int) -> tuple[int, int] | None:
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
            and (tokens[comma - 1].low in ("later", "ago") or _adverb(tokens[comma - 1].low))
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
            return k0, role + 1
    else:
        k0 = k
    end = k
    limit = min(i, k + 12)
    while end < limit and (
        tokens[end].text[:1].isupper()
        or (tokens[end].low in ("of", "for") and end > k)
        or (tokens[end].text == "." and _abbrev_dot(tokens, end))
    ):
        end += 1
    while end > k and tokens[end - 1].low in ("of", "for"):
        end -= 1
    if end == k:
        return None
    return k0, end


def _has_that(tokens: list[Token], j: int, within: int = 6) -> bool:
    return any(t.low == "that" for t in tokens[j : j + within])


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
    if i > 0 and tokens[i - 1].text == ",":
        named = _name_then_aside(tokens, i - 1, quotes)
        if named is not None:
            return named
    return _checked_subject(tokens, _subject_left_rules(tokens, i, quotes))


# 'R-Ky.', 'D-Mass.', 'I-Vt.': a lawmaker's party and state between commas.
_PARTY_STATE = re.compile(r"[RDI]-[A-Z][A-Za-z]{1,3}\.?")


def _description_then_name(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """'…, his top aide, Tad Devine, told': a description, then the name, between commas after
    the clause that was said; the subject is both (the comma at ``k`` is the last)."""
    m = _name_run_start(tokens, k)
    if m >= k or m < 2 or tokens[m - 1].text != "," or not tokens[m].text[:1].isupper():
        return None
    d = m - 2
    while d > 0 and m - d <= 7 and tokens[d].text not in (",", ".", ";", ":"):
        d -= 1
    if tokens[d].text != "," or tokens[d + 1].low not in POSSESSIVES or d + 1 >= m - 1:
        return None
    if any(t.text[:1].isupper() for t in tokens[d + 1 : m - 1]):
        return None  # '…, the State Department, …': a name, not a description
    return d + 1, k


def _checked_subject(tokens: list[Token], subj: tuple[int, int] | None) -> tuple[int, int] | None:
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
    return start, end


def _subject_left_rules(tokens: list[Token], i: int, quotes: list[Quote]) -> tuple[int, int] | None:
    k = i - 1
    while k >= 0 and _skip_before_cue(tokens[k]):
        k -= 1
    k = _before_time(tokens, k)
    if k < 0:
        return None
    if (
        k > 0
        and tokens[k].text in CLOSERS
        and tokens[k - 1].text == ","
        and _inside(quotes, tokens[k].start)
    ):
        k -= 1  # 'Humphrey, who calls Trump a “sociopath,” said': the comma inside the quote
    end = k + 1
    appositive = tokens[k].text == ","
    if appositive and (described := _description_then_name(tokens, k)) is not None:
        return described
    if appositive:
        # 'Lopez, who has chaired the board since 2010, said': step over the relative
        # clause, whatever words it holds, to the subject before it.
        m = k - 1
        while m > 0 and k - m < 30 and tokens[m].text not in (".", ";", ":", "!", "?"):
            if tokens[m].text == "," and tokens[m + 1].low in ("who", "whose", "whom", "which"):
                inner = _subject_left(tokens, m, quotes)
                if inner is not None and inner[1] == m:
                    return inner[0], k
                break
            m -= 1
        # Appositive: '…, Danny Russel, said' -> the segment before the comma names the speaker.
        k -= 1
        end = k + 1
        # 'Murphy, though, said': a parenthetical between commas; the subject is before it.
        p = next((m for m in range(k, max(-1, k - 5), -1) if tokens[m].text == ","), None)
        segment = tokens[p + 1 : end] if p is not None else []
        if p is not None and (
            " ".join(t.low for t in segment) in PARENTHETICALS
            or _PARTY_STATE.fullmatch("".join(t.text for t in segment))
        ):
            k = p - 1  # 'Sen. Rand Paul, R-Ky., told': a party and state tag, too
            end = p
    elif tokens[k].text in ("—", "–", "--"):
        # 'Jason Sims — a teacher from Mount Pleasant — says': the aside between dashes is
        # about the speaker, named before it.
        m = k - 1
        while m > 0 and k - m < 25 and tokens[m].text not in (".", ";", "!", "?", "—", "–", "--"):
            m -= 1
        if m > 0 and tokens[m].text == tokens[k].text:
            k = m - 1
            end = k + 1
    start = end
    steps = 0
    commas = 0
    while k >= 0 and steps < 25:
        t = tokens[k]
        if t.text == "." and _abbrev_dot(tokens, k):
            start = k
            k -= 1
            steps += 1
            continue
        if t.text == ")":
            # 'Kasich (who has 25 delegates to date) said': step over the aside.
            m = k - 1
            while m >= 0 and k - m < 20 and tokens[m].text != "(":
                m -= 1
            if m >= 0 and tokens[m].text == "(":
                start = m
                steps += k - m
                k = m - 1
                continue
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

        if appositive and commas < 2 and t.low in ("who", "which", "whose", "whom", "and"):
            start = k  # 'The lawmaker, who represents a district …, said'
            k -= 1
            steps += 1
            continue
        if t.low in LEFT_STOPS and not _joins_names(tokens, k):
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
            relative = k + 1 < end and tokens[k + 1].low in ("who", "which", "whose", "whom")
            if not (appositive and commas < 2 and (relative or _appositive_comma(tokens, k, end))):
                break
            commas += 1
        start = k
        k -= 1
        steps += 1
    if start >= end:
        # 'Thomas Perez, who said he expects …': the relative pronoun stands for the speaker.
        if k >= 0 and end == k + 1 and tokens[k].low in ("who", "which") and not appositive:
            return k, k + 1
        return None
    while start < end and (tokens[start].low in LEADING_CONJUNCTIONS or tokens[start].text == ","):
        start += 1  # 'And Trump said', 'Since Clinton said'
    if start >= end:
        return None
    name = _name_before_description(tokens, start)
    if name is not None:
        return name
    h = _before_aside(tokens, start, end) - 1  # the head: before an aside about the speaker
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
    if head.text[0].islower() and _adverb(head.low):
        return None
    # Drop a leading preposition phrase: 'On Thursday, Blinken said' is cut by the comma rule.
    return start, end


def _before_aside(tokens: list[Token], start: int, end: int) -> int:
    """'McCain, who has tangled with Cruz, said', 'Mr. Regalado, 69, said': the speaker is the
    name before the aside. A name after the comma ('the envoy, Danny Russel, said') stays."""
    comma = next((k for k in range(start + 1, end) if tokens[k].text == ","), None)
    if comma is None:
        return end
    last = max(k for k in range(start, end) if tokens[k].text == ",")
    tail = [t for t in tokens[last + 1 : end] if t.text != ","]
    if not tail:
        return end
    first = tail[0]
    if (
        first.low in ASIDE_STARTS
        or first.text.isdecimal()
        or (first.low in ("a", "an") and not any(t.text[:1].isupper() for t in tail[1:2]))
    ):
        return comma
    return end


_CLAUSE_OPENERS = (",", ";", ":", "—", "–", "(", "\u201d", '"', "''")


def _name_then_aside(
    tokens: list[Token], comma: int, quotes: list[Quote]
) -> tuple[int, int] | None:
    """'Tester, himself up for reelection in 2018, said', '“…,” Cecelia Purner, 67, a retired
    representative in Allentown, Pa., said': a name opening the clause, then any aside set
    off by commas, then the cue. The span runs from the name to the comma before the cue."""
    first = None
    m = comma - 1
    while m >= 0 and comma - m < 35:
        t = tokens[m]
        if t.text in (".", ";", ":", "!", "?") and not (t.text == "." and _abbrev_dot(tokens, m)):
            break
        if _inside(quotes, t.start) or t.text in ("“", "”", '"', "''"):
            break
        if t.text == ",":
            first = m  # keep walking: the name is before the first comma of the run
        m -= 1
    if first is None:
        return None
    # The name: capitalised words (and initials) right before that first comma.
    end = first
    k = _name_run_start(tokens, end) - 1
    start = k + 1
    if start >= end or not tokens[start].text[:1].isupper():
        return None
    if k >= 0 and tokens[k].text not in _CLAUSE_OPENERS and tokens[k].low not in ("and", "but"):
        return None  # the capitalised words do not open a clause
    if any(tokens[x].low in INTRO_WORDS or tokens[x].low in NOT_SUBJECT for x in range(start, end)):
        return None  # 'On Tuesday, …', 'However, …'
    if tokens[start].low in WEEKDAYS or (end - start == 1 and tokens[start].low in DETERMINERS):
        return None
    aside = " ".join(t.low for t in tokens[first + 1 : comma])
    if aside in PARENTHETICALS:
        return None  # 'Humphrey, for example, said': the rules step over these themselves
    return start, comma


def _name_run_start(tokens: list[Token], end: int) -> int:
    """Where the capitalised words (and initials) ending just before ``end`` begin; at most
    five of them: 'Cecelia Purner', 'Joseph R. Biden Jr.'."""
    k = end - 1
    while (
        k >= 0
        and end - k <= 5
        and (tokens[k].text[:1].isupper() or (tokens[k].text == "." and _abbrev_dot(tokens, k)))
    ):
        k -= 1
    return k + 1


def _name_before_description(tokens: list[Token], start: int) -> tuple[int, int] | None:
    """'Joe Madison, a D.C.-based talk radio host considered …, recalled': when the subject
    found is a long description after a comma, the name before that comma is the speaker."""
    if start < 2 or tokens[start - 1].text != "," or tokens[start].low not in ("a", "an", "the"):
        return None
    end = start - 1
    k = _name_run_start(tokens, end) - 1
    if k == end - 1 or not tokens[k + 1].text[:1].isupper():
        return None
    if k >= 0 and tokens[k].text not in (",", ":", ";", "—", "–", "(", "”", '"'):
        return None  # the capitalised words do not open a clause: not a bare name
    if tokens[k + 1].low in NOT_SUBJECT or tokens[k + 1].low in INTRO_WORDS:
        return None
    if any(
        t.low in _TIME_ANCHORS or (t.low in MONTHS and t.low != "may") for t in tokens[k + 1 : end]
    ):
        return None  # 'Early Tuesday, the State Department disclosed': a time, not a name
    if start + 1 < len(tokens) and tokens[start + 1].text[:1].isupper():
        return None  # '…, the State Department disclosed': a proper name, not a description
    return k + 1, end


QUOTE_OPENERS = frozenset(OPEN_QUOTES + CLOSE_QUOTES + "\"'")


def _tokens_in(tokens: list[Token], content: tuple[int, int], most: int) -> list[Token]:
    """The first ``most`` tokens of ``content``, found by bisection (not a pass per cue)."""
    k = bisect.bisect_left(tokens, content[0], key=_start)
    return [t for t in tokens[k : k + most] if t.start < content[1]]


def _intro_phrase(tokens: list[Token], content: tuple[int, int]) -> bool:
    """'As a start, Mr. Obama decided …', 'In a later vote, he warned …': the words before
    the subject set the scene; they are not what was said."""
    inside = _tokens_in(tokens, content, 15)
    return (
        bool(inside)
        and inside[0].low in INTRO_PHRASE_STARTS
        and len(inside) <= 14
        # 'In Ohio, the turnout was high, officials said': a clause follows the opening
        and not any(t.text == "," for t in inside[1:-1])
    )


def _short_phrase(tokens: list[Token], content: tuple[int, int]) -> bool:
    """At most four words and no quote: 'Every day', 'Likewise', 'Sales were great'."""
    inside = _tokens_in(tokens, content, 6)
    return (
        bool(inside)
        and inside[0].text[0] not in QUOTE_OPENERS
        and sum(t.text[0].isalnum() for t in inside) <= 4
    )


_TIME_ANCHORS = WEEKDAYS | {
    "ago",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "yesterday",
    "today",
    "tonight",
    "morning",
    "afternoon",
    "evening",
    "night",
    "weekend",
}


def _before_time(tokens: list[Token], k: int) -> int:
    """'The State Department less than two weeks ago said', 'Jindal on Monday said': the
    subject is before the time phrase. Returns the index to walk left from."""
    m = k
    anchored = False
    while m >= 0 and m > k - 7:
        low = tokens[m].low
        if low in _TIME_ANCHORS:
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


def _skip_before_cue(t: Token) -> bool:
    """'has said', 'also said', 'disingenuously claimed': between the subject and the cue."""
    # Lower case only: 'Will wrote', 'May said' name people.
    return t.text[0].islower() and (t.low in SKIP_BEFORE_CUE or _adverb(t.low))


def _adverb(word: str) -> bool:
    """'recently', 'also' said: an adverb, not the speaker ('the rally said' is fine)."""
    return word.endswith("ly") and len(word) > 4 and word not in LY_NOUNS


def _adjacent_tokens(tokens: list[Token], k: int) -> bool:
    """A hyphen glued to its neighbours is part of a word ('state-run'), not a dash."""
    return (
        0 < k < len(tokens) - 1 and tokens[k - 1].end == tokens[k].start == tokens[k + 1].start - 1
    )


def _joins_names(tokens: list[Token], k: int) -> bool:
    """'and' between two names or pronouns ('Smith and Jones said', 'he and Mr. Allen said')
    or two adjectives of a group ('current and former officials said')."""

    def named(t: Token) -> bool:
        return t.text[:1].isupper() or t.low in PRONOUNS

    if tokens[k].low != "and" or k == 0 or k + 1 >= len(tokens):
        return False
    before, after = tokens[k - 1], tokens[k + 1]
    return (named(before) and named(after)) or (
        before.low in JOINED_ADJECTIVES and after.low in JOINED_ADJECTIVES
    )


def _appositive_comma(tokens: list[Token], k: int, end: int) -> bool:
    """A comma inside the subject: 'The senior diplomat for Asia, assistant secretary …, Danny Russel'."""
    # Only when the part after the comma (up to the cue) is a name or a title phrase,
    # and the part before does not end a clause (a verb would).
    after = tokens[k + 1 : end]
    if not after or len(after) > 12:
        return False
    if len(after) == 1 and after[0].text.isdecimal():
        return True  # an age, as in: Sarandon, 69, told MSNBC
    if after[0].low in ("a", "an", "the") and k > 0 and tokens[k - 1].text[:1].isupper():
        return True  # a description after a name: Kim Soo-jin, an analyst, said
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


def _subject_right(
    tokens: list[Token], j: int, after_quote: bool = False
) -> tuple[int, int] | None:
    """'said Blinken', 'said former Gov. Bill Richardson of New Mexico, a Democrat …'."""
    n = len(tokens)
    k = j
    stopped = False
    while k < n and k - j < 12:
        t = tokens[k]
        if t.text in (".",) and _abbrev_dot(tokens, k):
            k += 1
            continue
        if t.text in (",", ".", ";", ":", "!", "?", "“", "”", '"', "—", "–", "(") or (
            k > j
            and t.low
            in (
                "that",
                "on",
                "in",
                "at",
                "last",
                "yesterday",
                "when",
                "while",
                "after",
                "before",
                "during",
                "as",
                "who",
                "because",
            )
        ):
            stopped = True
            break
        k += 1
    if k == j or not (stopped or k == n):
        return None
    head = tokens[j:k]
    if all(t.low in TIME_AFTER_CUE or t.low in _TIME_ANCHORS for t in head):
        return None  # 'said Sunday', 'said last week': when, not who
    if head[0].low in NOT_INVERTED_START or any(
        t.text[0].islower() and (t.low in CLAUSE_WORDS or t.low in PRONOUNS) for t in head
    ):
        return None  # a clause (says that X is …; says Libya is …), not a speaker
    if (
        not (
            after_quote
            and (k == n or tokens[k].text in (".", "!", "?", ",") or tokens[k].low == "who")
        )
        and not any(t.text[:1].isupper() for t in head[:4])
        and head[0].low not in INVERTED_DETERMINERS
    ):
        return None
    if k + 1 < n and tokens[k].low in ("in", "at") and tokens[k + 1].text[:1].isupper():
        # 'says political scientist Dossym Satpayev in Almaty.': where the speaker is from.
        m = k + 1
        while m < n and (tokens[m].text[:1].isupper() or tokens[m].low in ("of", "-")):
            m += 1
        if m == n or tokens[m].text in (",", ".", "!", "?", ";"):
            k = m
    if not after_quote and k < n and tokens[k].text not in (",", ".", ";", "!", "?"):
        return None  # 'said Trump’s remarks “have had …”': a clause, not an inverted subject
    # 'said the spokesman, John Smith.' / 'said Gov. X of Iowa, a Republican who …'
    if k + 1 < n and tokens[k].text == ",":
        # A description may run long ('said David Autor, a professor of economics at M.I.T.,
        # who is one of …'), but only one that reads as one: not 'said the event brought back
        # memories, and …' nor 'called EB-5, allows …'.
        nxt = tokens[k + 1]
        described = (nxt.low in DESCRIPTION_STARTS or nxt.text[:1].isupper()) and k - j <= 6
        limit = 40 if described else 16
        m = k + 1
        while m < n and (
            (m - k < limit and tokens[m].text not in (".", ";", "!", "?", "“", '"'))
            or (tokens[m].text == "." and _abbrev_dot(tokens, m))
        ):
            m += 1
        if m == n or tokens[m].text in (".", "!", "?"):
            k = m
    return j, k


def _abbrev_dot(tokens: list[Token], k: int) -> bool:
    """'Gov.', 'Mr.', 'No.', an initial 'H.': a full stop inside a name or title."""
    if k == 0 or tokens[k - 1].end != tokens[k].start:
        return False
    word = tokens[k - 1].text
    if word.lower() in STATES and k + 1 < len(tokens) and tokens[k + 1].text == ",":
        return True
    return word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isupper())


def _content_right(
    text: str, sent: Span, tokens: list[Token], j: int, quotes: list[Quote], strong: bool
) -> tuple[int, int] | None:
    n = len(tokens)
    k = j
    # 'told a House of Representatives hearing that …', 'told reporters …', 'said on Thursday …'
    that = next((m for m in range(j, min(n, j + 12)) if tokens[m].low == "that"), None)
    if tokens[j - 1].low in OBJECT_PREPOSITIONS:
        that = None  # 'called for changing the rules that …': the object, not a clause
    if that is not None and not any(
        tokens[m].text in (".", ";", "“", '"')
        or tokens[m].low in PRONOUNS
        or tokens[m].low in CLAUSE_WORDS
        or (tokens[m].low.endswith("ing") and tokens[m].low in STRONG)  # '…, adding that'
        for m in range(j, that)
    ):
        # 'said that was not her view': 'that' before a verb is the subject, and said too.
        pronoun = that + 1 < n and tokens[that + 1].low in VERBS_AFTER_THAT
        k = that if pronoun else that + 1
    else:
        while k < n and (tokens[k].low in TIME_AFTER_CUE or tokens[k].text in (",", ":")):
            if tokens[k].low == "in" and k + 1 < n and not tokens[k + 1].low.isdecimal():
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
                    "senators",
                    "legislators",
                    "delegates",
                    "donors",
                    "investors",
                    "students",
                    "residents",
                    "diplomats",
                    "officials",
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
            if _only_addressee(tokens, j - 1, k):
                return None  # '…, a Cairo airport official told The New York Times.'
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
    if words < 2 and not (q is not None and q.end > sent.end):
        return None  # (a quote running on past the sentence is long enough: '“Sure. I …”')
    return start, end


def _only_addressee(tokens: list[Token], cue: int, k: int) -> bool:
    """After 'told', nothing but whom it was told to (and where) runs to the sentence end:
    'told The New York Times.', 'told the court in his filing.' The content is elsewhere."""
    if tokens[cue].low not in TELL:
        return False
    end = k
    while end < len(tokens) and tokens[end].text not in (".", "!", "?", ";", ":", "“", '"'):
        if tokens[end].low in CLAUSE_WORDS or tokens[end].low in PRONOUNS:
            return False
        if tokens[end].low == "that" or end - cue > 8:
            return False
        end += 1
    return end == len(tokens) or tokens[end].text in (".", "!", "?")


def _no_clause(tokens: list[Token], right: tuple[int, int] | None) -> bool:
    """The words after the cue are missing, very short, or a phrase like 'in a statement'."""
    if right is None or right[1] - right[0] < 3:
        return True
    first = next((t for t in tokens if t.start >= right[0]), None)
    if first is None:
        return True
    # '…, Blinken told senators, and at least 12 …': what follows 'and' is a clause of its own;
    # '…, a Chinese official said, adding that …': so is a participle's (another cue's).
    if first.low in PREPOSITIONS or first.low in ("and", "but"):
        return True
    return first.text[:1].islower() and first.low.endswith("ing") and first.low in STRONG


def _content_left(
    text: str, sent: Span, tokens: list[Token], s0: int, quotes: list[Quote]
) -> tuple[int, int] | None:
    """Content that ends just before the subject or cue ('…,” Blinken said')."""
    k = s0 - 1
    while k >= 0 and tokens[k].text in (",", *CLOSERS):
        k -= 1
    if k < 0:
        before = _quote_just_before(tokens[0].start, quotes) if tokens else None
        return (before.start, before.end) if before is not None else None
    q = _inside(quotes, tokens[k].start) or _inside(
        quotes, tokens[min(k + 1, len(tokens) - 1)].start
    )
    if q is not None:
        if _scare_quote(text, q) and q.start > sent.start + 1:
            # 'The new strategy is a “very welcome tack,” he said': a few words held up in a
            # clause; the clause is what was said.
            return sent.start, q.end
        return q.start, q.end
    start = sent.start
    end = tokens[k].end
    if end - start < 3:
        return None
    return start, end


def _scare_quote(text: str, q: Quote) -> bool:
    """A quote of one to three words inside a sentence ('“rapists”', '“the Hispanics”')."""
    return len(text[q.start + 1 : q.end - 1].split()) <= 3


def _adjacent_quote(quotes: list[Quote], f: Found) -> int | None:
    """The index of the quote that holds the content's start, or else of the first that opens
    inside the content. Quotes are in text order and never overlap: a bisection, not a scan
    (a scan per claim made a long run of quoted claims quadratic)."""
    k = bisect.bisect_right(quotes, f.content_start, key=_start) - 1
    if k >= 0 and f.content_start < quotes[k].end:
        return k
    k += 1
    if k < len(quotes) and quotes[k].start < f.content_end:
        return k
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
        if _scare_quote(text, q):
            continue  # a word in quotation marks does not continue anyone's statement
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
