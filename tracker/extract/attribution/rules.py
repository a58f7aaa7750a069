"""Attribution as an ordered table of named rules.

Every attribution is made by one rule below, and records its name (``Found.rule``). Each
rule is a small function with example sentences in its docstring; the tables at the end
of this module give the order in which they are tried, and ``first_match`` is the one
engine that runs them. Where to change what:

* a sentence that opens a paragraph is tried first against ``OPENING_RULES``
  ('Clinton to Planned Parenthood: …');
* the walk over a sentence (``engine``) stops at trigger words ('in a poll', 'according
  to', ``WORD_RULES``) and at cue words (``cue.py``), where ``CUE_RULES`` are tried in
  order; ``VETOES`` may then reject what they made, and ``FALLBACK_RULES`` are tried when
  nothing is left;
* ``ARTICLE_RULES`` run once the article is read (a quote that continues an earlier one).

Conflict policy (``first_match``): the first rule that makes an attribution wins. A rule
marked ``final`` owns the sentence shape its ``when`` recognises: when it makes nothing,
no later rule is tried for that cue. Between cues, ``conflicts.py`` decides who owns a
quote and where one content ends because the next speaker's clause begins.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any, NamedTuple

from tracker.extract.attribution.content import (
    choose_content,
    content_left,
    content_right,
    interrupted,
    intro_phrase,
    short_phrase,
)
from tracker.extract.attribution.cue import COGNITION, EVIDENCE, Cue
from tracker.extract.attribution.inverted import subject_right
from tracker.extract.attribution.names import name_then_aside
from tracker.extract.attribution.passive import asked_by, passive_by
from tracker.extract.attribution.sentence import (
    has_that,
    mode,
    quote_ends_before,
    skip_before_cue,
    tokens_in,
)
from tracker.extract.attribution.sources import (
    according_to,
    headline_label,
    poll_source,
    source_before_colon,
)
from tracker.extract.attribution.subject import sentence_subject, subject_left
from tracker.extract.cue_kinds import makes_claim
from tracker.extract.found import Found
from tracker.extract.tokens import Token
from tracker.extract.vocab.attribution import FIGURE_SOURCES, RELATIVE_PRONOUNS, TIME_ANCHORS
from tracker.extract.vocab.cues import (
    PARTICIPLES,
    PUT_OBJECTS,
    WEAK,
)
from tracker.extract.vocab.speech import (
    ASKED,
    BEFORE_GERUND,
    PASSIVE,
    PEOPLE_NOUNS,
    PRONOUNS,
    SKIP_BEFORE_CUE,
    TELL,
    TIME_AFTER_CUE,
)


class Rule(NamedTuple):
    """A named rule: ``make`` returns an attribution or None; ``when`` (if given) says
    whether the rule applies at all; a ``final`` rule that applies ends the search."""

    name: str
    make: Callable[[Any], Found | None]
    when: Callable[[Any], bool] | None = None
    final: bool = False


def first_match(rules: tuple[Rule, ...], subject: object) -> Found | None:
    """The first attribution a rule makes, marked with the rule's name (see the module's
    conflict policy)."""
    for name, make, when, final in rules:
        if when is not None and not when(subject):
            continue
        f = make(subject)
        if f is not None:
            f.rule = name
            return f
        if final:
            return None
    return None


def make_found(c: Cue, subj: tuple[int, int], content: tuple[int, int]) -> Found:
    """The attribution of the subject at token range ``subj``, the cue ``c`` and ``content``."""
    tokens = c.tokens
    return Found(
        tokens[subj[0]].start,
        tokens[subj[1] - 1].end,
        c.tok.start,
        tokens[c.j - 1].end,
        content[0],
        content[1],
        mode(c.s.quotes, content),
        c.text.lower(),
    )


def _nothing(c: Cue) -> None:
    """A shape that reports no speech: the rule that recognises it makes nothing."""
    return None


# -- the cue-verb rules, in the order of CUE_RULES ------------------------------------------


def shared_speaker(c: Cue) -> Found | None:
    """'…,” Trump said, adding that …': a participle after a comma shares the speaker of the
    cue before it in the sentence."""
    tok, s = c.tok, c.s
    if not (tok.low.endswith("ing") and c.i > 0 and c.tokens[c.i - 1].text == ","):
        return None
    prior = next((x for x in reversed(c.found) if s.span.start <= x.cue_start < tok.start), None)
    right = content_right(s, c.j)
    if prior is None or right is None:
        return None
    return Found(
        prior.speaker_start,
        prior.speaker_end,
        tok.start,
        c.tokens[c.j - 1].end,
        right[0],
        right[1],
        mode(s.quotes, right),
        tok.low,
    )


def _is_asked_by(c: Cue) -> bool:
    return c.tok.low in ASKED and c.nxt is not None and c.nxt.low == "by"


def _is_passive_by(c: Cue) -> bool:
    if c.nxt is None or c.nxt.low != "by" or not c.tok.low.endswith("ed"):
        return False
    tokens, j = c.tokens, c.j
    return not (j + 1 < len(tokens) and tokens[j + 1].low.endswith("ing"))  # not 'by saying'


def _after_passive(c: Cue) -> bool:
    return c.prev is not None and c.prev.low in PASSIVE


def _passive_no_source(c: Cue) -> bool:
    """'is believed', 'was reported': a passive names no source here."""
    return _after_passive(c) and not (
        c.tok.low.endswith("ing") and c.prev.low in ("is", "are", "was", "were")
    )


def progressive(c: Cue) -> Found | None:
    """'McConnell is criticizing Obama for …': the progressive is active; its subject is
    before 'is'."""
    subj = subject_left(c.s, c.i - 1)
    if subj is None:
        return None
    content = content_right(c.s, c.j)
    if content is None:
        return None
    return make_found(c, subj, content)


def _put_without_figure(c: Cue) -> bool:
    """'put' reports a figure only as 'put the number at …', 'put the toll as high as …'."""
    tokens, j = c.tokens, c.j
    return c.tok.low in ("put", "puts", "putting") and not (
        j + 1 < len(tokens) and tokens[j].low == "the" and tokens[j + 1].low in PUT_OBJECTS
    )


def _gerund(c: Cue) -> bool:
    """'Despite struggling since 1992, the firm survived': any other '-ing' word, a gerund
    with no speaker."""
    return c.tok.low.endswith("ing")


def _participle(c: Cue) -> bool:
    return c.tok.low.endswith("ing") and c.prev is not None


def _participle_after_clause(c: Cue) -> bool:
    return _participle(c) and (c.prev.text == "," or c.prev.low == "by")


def participle_after_clause(c: Cue) -> Found | None:
    """'Washington made them a target, saying their wages …', '… by saying that …': the
    sentence's subject speaks."""
    subj = sentence_subject(c.tokens, c.i)
    right = content_right(c.s, c.j)
    if subj is None or right is None:
        return None
    return make_found(c, subj, right)


def _participle_after_noun(c: Cue) -> bool:
    if not _participle(c):
        return False
    prev = c.prev
    return (
        prev.low in ("percent", "%")
        or prev.text[:1].isdigit()
        or (
            prev.low not in BEFORE_GERUND
            and (
                prev.text[:1].isupper()
                or (prev.low.endswith("s") and prev.low not in SKIP_BEFORE_CUE)
            )
        )
    )


def participle_after_noun(c: Cue) -> Found | None:
    """'with 50 percent saying she is ready', '911 calls saying shots were fired': the noun
    before the participle speaks."""
    subj = subject_left(c.s, c.i)
    right = content_right(c.s, c.j)
    if subj is None or right is None:
        return None
    return make_found(c, subj, right)


def coordinated(c: Cue) -> Found | None:
    """'Obama met survivors … and said the United States must act': a second verb shares
    the sentence's subject."""
    tokens = c.tokens
    k = c.i - 1
    while k >= 0 and skip_before_cue(tokens[k]):
        k -= 1
    if not (k > 0 and tokens[k].low in ("and", "but") and c.tok.low not in PARTICIPLES):
        return None
    subj = sentence_subject(tokens, k)
    right = content_right(c.s, c.j)
    if subj is not None and right is not None and (c.strong or has_that(tokens, c.j)):
        return make_found(c, subj, right)
    return None


def _aside(c: Cue) -> tuple[bool, bool]:
    """Whether a comma or a closing quote comes before the cue, with words after it
    ('“…,” said Blinken', 'Danny Russel, the envoy, said …'); and whether a quote closes
    right before it. Asked by four rules, computed once."""
    if c.aside is None:
        quote_before = quote_ends_before(c.s, c.i)
        prev = c.prev
        shape = prev is not None and (prev.text == "," or quote_before) and c.nxt is not None
        c.aside = (shape, quote_before)
    return c.aside


def _inverted(c: Cue) -> tuple[tuple[int, int] | None, bool]:
    """The speaker after the cue ('said Blinken'), and whether it runs to the sentence end."""
    if c.inverted is None:
        c.inverted = _find_inverted(c)
    return c.inverted


def _find_inverted(c: Cue) -> tuple[tuple[int, int] | None, bool]:
    tokens, n = c.tokens, len(c.tokens)
    quote_before = _aside(c)[1]
    # 'told Fox News': what follows a form of 'tell' is whom it was told to, never the
    # speaker ('…,” an intelligence source told Fox News').
    inverted = None if c.tok.low in TELL else subject_right(tokens, c.j, after_quote=quote_before)
    # '…, said Steven Taylor, a professor at Troy.': a name running to the end of the
    # sentence after the cue is the speaker, however the part before the comma reads.
    ends_sentence = inverted is not None and (
        inverted[1] >= n or tokens[inverted[1]].text in (".", "!", "?")
    )
    if inverted is not None and not quote_before:
        # 'Maria Chen, 59, of Dover, who watched the parade, said the event brought …':
        # a name opening the sentence, then asides, is the subject; what follows is said.
        named = name_then_aside(c.s, c.i - 1)
        if named is not None and named[0] == 0:
            return None, False
    return inverted, ends_sentence


def _inverted_with_content(c: Cue) -> Found | None:
    inverted = _inverted(c)[0]
    content = content_left(c.s, c.i)
    return make_found(c, inverted, content) if content and inverted else None


def inverted_after_quote(c: Cue) -> Found | None:
    """'“We will act,” said Blinken.': the speaker after the cue, the quote before it."""
    if _aside(c) != (True, True) or _inverted(c)[0] is None:
        return None
    return _inverted_with_content(c)


def inverted_to_end(c: Cue) -> Found | None:
    """'Prices will rise, said Steven Taylor, a professor at Troy.': a name that runs to the
    end of the sentence after the cue speaks the clause before."""
    if _aside(c) != (True, False):
        return None
    inverted, ends_sentence = _inverted(c)
    if inverted is None or not ends_sentence:
        return None
    left = content_left(c.s, c.i)
    tokens = c.tokens
    comma = next((k for k in range(*inverted) if tokens[k].text == ","), None)
    if left is not None and comma is not None and _sets_scene(tokens, left):
        # 'By contrast, said Mr Dunn, the old mill sold …': an opening alone says nothing,
        # so what runs on after the name is the clause, not a description of him.
        right = content_right(c.s, comma)
        if right is not None and not _names_first(tokens, comma + 1):
            return make_found(c, (inverted[0], comma), right)
    return make_found(c, inverted, left) if left is not None else None


def _sets_scene(tokens: list[Token], left: tuple[int, int]) -> bool:
    """'By contrast', 'Instead', 'On average': an opening phrase or a lone word, not a
    statement."""
    inside = tokens_in(tokens, left, 3)
    lone = len(inside) == 1 and inside[0].text[0].isalpha()  # 'Then', 'Instead'
    return lone or intro_phrase(tokens, left)


def inverted_inside(c: Cue) -> Found | None:
    """'Although X, said Mr Hogan, 2004 saw …', 'By contrast, said Mr Hogan, the code …': a
    speaker named after the cue, the tag set off by commas inside the sentence. What was
    said is the clause the tag interrupts (``interrupted``), or the clause after the tag
    when the words before only set the scene. Only a statement verb is put before its
    subject ('said Mr Hogan', 'believes Mr Blair'); after any other the name is its object."""
    if _aside(c) != (True, False) or c.prev.text != ",":
        return None
    if not makes_claim(c.tok.low):
        return None  # 'Campese, though, defended coach Andy Robinson, who …': an object
    if _aside_before(c.tokens, c.i - 1):
        return None  # 'Stein, a physician from Massachusetts, accused the DNC …'
    speaker, ends_sentence = _inverted(c)
    if speaker is None or ends_sentence:
        return None
    tokens, k = c.tokens, speaker[1]
    if k >= len(tokens) - 1 or tokens[k].text != ",":
        return None
    if tokens[speaker[0]].low in TIME_AFTER_CUE or tokens[speaker[0]].low in TIME_ANCHORS:
        return None  # 'called Friday for releasing the videos, as well': when, not who
    if _names_first(tokens, k + 1):
        return None  # 'said a former spokesman for the ministry, Oleg Voloshyn, who …'
    right = content_right(c.s, k)
    if right is None:
        return None
    whole = interrupted(c.s, c.i - 1, k, right)
    if whole is not None:
        return make_found(c, speaker, whole)
    left = content_left(c.s, c.i)
    if left is None or intro_phrase(tokens, left) or short_phrase(tokens, left):
        return make_found(c, speaker, right)
    return make_found(c, speaker, left)


def _aside_before(tokens: list[Token], comma: int) -> bool:
    """The words between the comma before ``comma`` and it describe a subject before them
    ('Stein, a physician, accused …', 'aides to Mr Kasich, who had a long career, said …',
    'The group of vice-chancellors, Universities UK, said …'): a description, a relative
    clause or a name, so the cue has its subject before it, not after."""
    start = next(
        (m for m in range(comma - 1, max(-1, comma - 30), -1) if tokens[m].text == ","), None
    )
    if start is None or start + 1 >= comma:
        return False
    words = tokens[start + 1 : comma]
    if words[0].low in ("a", "an") or words[0].low in RELATIVE_PRONOUNS:
        return True
    return all(t.text[:1].isupper() or t.text == "." for t in words)


def _names_first(tokens: list[Token], k: int) -> bool:
    """Two capitalised words and a comma from ``k``: a name in apposition, not a clause."""
    m = k
    while m < len(tokens) and tokens[m].text[:1].isupper():
        m += 1
    return m - k >= 2 and m < len(tokens) and tokens[m].text == ","


def appositive(c: Cue) -> Found | None:
    """'Danny Russel, the senior U.S. diplomat for Asia, said …': the subject before an
    aside set off by commas."""
    if _aside(c) != (True, False) or c.prev.text != ",":
        return None
    app = subject_left(c.s, c.i)
    if app is None:
        return None
    content = choose_content(c.s, app[0], c.j, c.strong)
    return make_found(c, app, content) if content is not None else None


_DASHES = frozenset("-–—")


def dash_aside(c: Cue) -> Found | None:
    """'Mr Hawkins - a paraplegic himself - says his customers …': the subject before an
    aside set off by dashes, as by commas ('Danny Russel, the envoy, said …')."""
    tokens = c.tokens
    if c.prev is None or c.prev.text not in _DASHES:
        return None
    opening = next(
        (m for m in range(c.i - 3, max(0, c.i - 16), -1) if tokens[m].text in _DASHES), None
    )
    if opening is None or opening < 1 or any(t.text in ",;:" for t in tokens[opening : c.i]):
        return None
    subj = subject_left(c.s, opening)
    if subj is None or subj[1] != opening:
        return None
    content = choose_content(c.s, subj[0], c.j, c.strong)
    return make_found(c, subj, content) if content is not None else None


def appositive_then_time(c: Cue) -> Found | None:
    """'Sundar Motors, India's third-largest maker of two-wheelers, on Thursday reported …':
    an aside set off by commas, then when, then the cue; the subject is before the aside, as
    if the cue stood where the time phrase starts."""
    tokens = c.tokens
    k = c.i - 1
    while k > 0 and tokens[k].low in TIME_AFTER_CUE:
        k -= 1
    if k == c.i - 1 or k <= 0 or tokens[k].text != ",":
        return None
    app = subject_left(c.s, k + 1)
    if app is None:
        return None
    content = choose_content(c.s, app[0], c.j, c.strong)
    return make_found(c, app, content) if content is not None else None


def inverted(c: Cue) -> Found | None:
    """'The plan, said one aide, is dead.': any other speaker named after the cue."""
    if not _aside(c)[0] or _inverted(c)[0] is None:
        return None
    return _inverted_with_content(c)


def subject_cue(c: Cue) -> Found | None:
    """'Blinken told a hearing that …', '…, she said in a video message.', 'I think …':
    the subject before the cue, the content after it or before the subject. A weak cue
    ('think', 'show') counts after a person or a source of figures ('polls show …')."""
    tokens = c.tokens
    subj = subject_left(c.s, c.i)
    if subj is None:
        return None
    strong = c.strong
    if not strong:
        head = tokens[subj[1] - 1]
        lemma = WEAK.get(c.tok.low, "")
        person = (
            head.low in PRONOUNS
            or head.low in PEOPLE_NOUNS
            or (subj[1] - subj[0] <= 3 and head.text[:1].isupper())
        )
        # 'A CNN/ORC poll of South Carolina released on Tuesday showed …': the source of
        # figures may sit anywhere in the subject, not only at its end.
        figures = any(t.low in FIGURE_SOURCES for t in tokens[subj[0] : subj[1]])
        strong = (person and lemma in COGNITION) or (figures and lemma in EVIDENCE)
    content = choose_content(c.s, subj[0], c.j, strong)
    if content is None:
        return None
    return make_found(c, subj, content)


def cue_then_quote(c: Cue) -> Found | None:
    """'Reporter Jomana Karadsheh says:' ending the sentence, and the quote in the next
    paragraph."""
    tokens, s, i, colon = c.tokens, c.s, c.i, c.j
    n = len(tokens)
    if not (colon < n and tokens[colon].text == ":" and colon >= n - 2):
        return None
    text, sent = s.text, s.span
    following = next((q for q in s.doc.quotes if q.start >= sent.end), None)
    if following is None or text[sent.end : following.start].strip():
        return None
    # The walk left may meet any quote of the article: read the sentence with them all.
    subj = subject_left(replace(s, quotes=s.doc.quotes), i)
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


def reports_nothing(c: Cue, f: Found) -> bool:
    """'his attacks continued': only '…,” he continued' reports speech."""
    return c.tok.low.startswith("continu") and f.mode == "indirect"


# -- the tables: the order in which rules are tried -----------------------------------------

OPENING_RULES = (
    Rule("headline-label", headline_label),
    Rule("source-before-colon", source_before_colon),
)
WORD_RULES = {
    "in": Rule("poll-source", poll_source),
    "according to": Rule("according-to", according_to, final=True),
}
CUE_RULES = (
    Rule("shared-speaker", shared_speaker),
    Rule("asked-by", asked_by, when=_is_asked_by, final=True),
    Rule("passive-by", passive_by, when=_is_passive_by, final=True),
    Rule("passive-no-source", _nothing, when=_passive_no_source, final=True),
    Rule("progressive", progressive, when=_after_passive, final=True),
    Rule("put-without-figure", _nothing, when=_put_without_figure, final=True),
    Rule(
        "participle-after-clause",
        participle_after_clause,
        when=_participle_after_clause,
        final=True,
    ),
    Rule("participle-after-noun", participle_after_noun, when=_participle_after_noun, final=True),
    Rule("gerund", _nothing, when=_gerund, final=True),
    Rule("coordinated", coordinated),
    Rule("inverted-after-quote", inverted_after_quote),
    Rule("inverted-to-end", inverted_to_end),
    Rule("inverted-inside", inverted_inside),
    Rule("appositive", appositive),
    Rule("appositive-then-time", appositive_then_time),
    Rule("dash-aside", dash_aside),
    Rule("inverted", inverted),
    Rule("subject-cue", subject_cue, final=True),
)
VETOES = (reports_nothing,)
FALLBACK_RULES = (Rule("cue-then-quote", cue_then_quote),)
ARTICLE_RULES = ("quote-continuation",)  # continuation.link_continuations
