"""What was said: the content after the cue, or before the subject, or a quote."""

from __future__ import annotations

import bisect

from tracker.extract.attribution.content_end import fact_stated, quote_after_label, writers_tail
from tracker.extract.attribution.not_stated import answers_someone
from tracker.extract.attribution.sentence import (
    CLOSERS,
    QUOTE_OPENERS,
    Sentence,
    abbrev_dot,
    adverb,
    has_that,
    quote_ends_before,
    quote_just_before,
    scare_quote,
    tokens_in,
    trim_end,
)
from tracker.extract.cue_kinds import CLAIM_KINDS, IRREGULAR, SPEECH, cue_kind
from tracker.extract.quotes import Quote, inside
from tracker.extract.tokens import Token
from tracker.extract.vocab.attribution import (
    ADDRESSED_CUES,
    ADDRESSEES,
    DESCRIBING_CUES,
    HEAD_SUBORDINATORS,
    NAMING_CUES,
    PRO_FORM_CONTENT,
    PRO_FORM_TAIL,
    SHOWING_CUES,
    SHOWN_DETAIL,
    TAIL_SUBORDINATORS,
    TOLD_CLAUSE_WORDS,
)
from tracker.extract.vocab.cues import (
    STRONG,
)
from tracker.extract.vocab.speech import (
    CLAUSE_WORDS,
    INTRO_PHRASE_STARTS,
    OBJECT_PREPOSITIONS,
    PREPOSITIONS,
    PRONOUNS,
    SUBJECT_PRONOUNS,
    TELL,
    TIME_AFTER_CUE,
    VERBS_AFTER_THAT,
)


def content_right(s: Sentence, j: int) -> tuple[int, int] | None:
    text, sent, tokens, quotes = s.text, s.span, s.tokens, s.quotes
    n = len(tokens)
    k = clause_start(tokens, j)
    if k is None or k >= n or _participle_after_comma(tokens, j, k):
        return None
    k = quote_after_label(tokens, k)  # 'told BBC Radio Five Live: "…"': the quote
    k = fact_stated(tokens, k)  # 'cited the fact that 40% …': the clause is what was said
    start = tokens[k].start
    q = inside(quotes, start)
    end = trim_end(text, start, _aside_after(s, q.end if q is not None else start))
    if q is not None:
        end = max(end, q.end)
    if tokens[j - 1].low in NAMING_CUES:
        end = min(end, _named_end(tokens, k, end))
    elif tokens[j - 1].low in SHOWING_CUES:
        end = min(end, _shown_end(tokens, k, end))
    if end - start < 3:
        return None
    words = 0
    for t in tokens[k : k + 8]:  # bounded: a 100 KB sentence must not make this quadratic
        words += t.text[0].isalnum()
    if words < 2 and not (q is not None and q.end > sent.end):
        return None  # (a quote running on past the sentence is long enough: '“Sure. I …”')
    if q is None and _where_only(tokens, k, end):
        return None  # '…,” Mr Wagoner said in a statement.': where it was said, not what
    if q is None and _pro_form_only(tokens, k, end):
        return None  # 'and I said so in public': what was said is elsewhere
    if q is None and answers_someone(s.text[start:end]):
        return None  # '“…,” Trump added to People.': whom it was said to, not what
    return start, end


def _pro_form_only(tokens: list[Token], k: int, end: int) -> bool:
    """The object is a pro-form ('so', 'as much', 'this', 'nothing') and at most where, when
    or how follows it: the speech verb points at what was said before, it states nothing."""
    m = (
        k + 2
        if tokens[k].low == "as" and k + 1 < len(tokens) and tokens[k + 1].low == "much"
        else k + 1
    )
    if m == k + 1 and tokens[k].low not in PRO_FORM_CONTENT:
        return False
    rest = [t for t in tokens[m:] if t.end <= end and t.text not in ".,;:"]
    if not rest:
        return True
    if all(t.low in PRO_FORM_TAIL for t in rest):
        return True
    return _where_only(tokens, m, end) or (
        rest[0].low in ("in", "on", "at", "during", "last", "earlier", "yesterday", "today")
        and len(rest) <= 4
        and all(t.low not in CLAUSE_WORDS for t in rest)
    )


def _points_back(tokens: list[Token], j: int, end: int) -> bool:
    """A pro-form right after the cue, up to the clause's first comma ('said so, …',
    'indicated as much in an email, released …'): no clause before or after is what was said."""
    if j >= len(tokens) or tokens[j].text[:1] in QUOTE_OPENERS:
        return False
    stop = next((t.start for t in tokens[j:] if t.text in ",;:"), end)
    return _pro_form_only(tokens, j, stop)


def _where_only(tokens: list[Token], k: int, end: int) -> bool:
    """A short phrase that opens with a preposition and ends the clause ('in a statement',
    'in an email to supporters'), or goes on only with a relative clause about its noun
    ('responded from the White House, where he is hosting …'): where or how something was
    said."""
    if tokens[k].low not in ("in", "on", "at", "during", "via", "through", "over", "from"):
        return False
    inside = [t for t in tokens[k : k + 7] if t.end <= end]
    comma = next((m for m, t in enumerate(inside) if t.text == ","), None)
    if comma is not None and k + comma + 1 < len(tokens):
        after = tokens[k + comma + 1].low
        rest = [t.low for t in tokens[k + comma + 1 :] if t.end <= end]
        if after in _RELATIVE_AFTER_PLACE and "that" not in rest and ":" not in rest:
            inside = inside[:comma]  # not 'in a statement, which …, that the plan …'

    return len(inside) <= 5 and all(t.low not in CLAUSE_WORDS for t in inside)


_RELATIVE_AFTER_PLACE = frozenset("where which who when".split())


def _participle_after_comma(tokens: list[Token], j: int, k: int) -> bool:
    """'she said, referencing the bank's drive to …': a participle after the cue's comma says
    what the speaker was doing, not what was said (which is before: '“…,” she said, …')."""
    t = tokens[k]
    return (
        k > j
        and tokens[k - 1].text == ","
        and t.text[:1].islower()
        and t.low.endswith("ing")
        and t.low not in _THING_WORDS
    )


_THING_WORDS = frozenset(("nothing", "something", "everything", "anything"))


def clause_start(tokens: list[Token], j: int) -> int | None:
    """The token where what was said begins after the cue that ends at token j (past a
    'that', whom it was told to, when and where); None when only an addressee follows."""
    if (
        j + 2 < len(tokens)
        and tokens[j - 1].low == "on"
        and tokens[j].low == "to"
        and cue_kind(tokens[j + 1].low) in CLAIM_KINDS
    ):
        return clause_start(tokens, j + 2)  # 'went on to warn that …': after the verb said
    described = _described_as(tokens, j)
    if described is not None:
        return described
    opened = _that_clause(tokens, j)
    if opened is not None:
        return opened
    return _past_time_and_addressee(tokens, j)


def _that_clause(tokens: list[Token], j: int) -> int | None:
    """Where a clause opened by 'that' (or, after 'told', by 'how', 'why' …) begins after the
    cue ending at token j: 'told a House of Representatives hearing that …'. None when no
    such word follows, or when what stands before it is already what was said."""
    n = len(tokens)
    told = tokens[j - 1].low in ADDRESSED_CUES
    that = next(
        (
            m
            for m in range(j, min(n, j + 12))
            if tokens[m].low == "that" or (told and tokens[m].low in TOLD_CLAUSE_WORDS)
        ),
        None,
    )
    if that is None or tokens[j - 1].low in OBJECT_PREPOSITIONS:
        return None  # 'called for changing the rules that …': the object, not a clause
    if not _may_lead_to_that(tokens, j, that):
        return None  # 'said the minister's view that …', 'said X and that Y': a clause already
    if any(
        tokens[m].text in (".", ";", "“", '"')
        or tokens[m].low in PRONOUNS
        or tokens[m].low in CLAUSE_WORDS
        or (tokens[m].low.endswith("ing") and tokens[m].low in STRONG)  # '…, adding that'
        for m in range(j, that)
    ):
        return None
    # 'said that was not her view': 'that' before a verb is the subject, and said too;
    # 'told the host how surprised he was': 'how' is part of what was said.
    pronoun = that + 1 < n and tokens[that + 1].low in VERBS_AFTER_THAT
    return that if pronoun or tokens[that].low != "that" else that + 1


def _past_time_and_addressee(tokens: list[Token], j: int) -> int | None:
    """Where what was said begins after the cue ending at token j when no 'that' opens it:
    past when and where ('said on Thursday …'), a set phrase, and whom it was told to ('told
    reporters', 'told CNN'); None when only the addressee follows."""
    n = len(tokens)
    k = j
    while k < n and (tokens[k].low in TIME_AFTER_CUE or tokens[k].text in (",", ":")):
        if tokens[k].low == "in" and k + 1 < n and not tokens[k + 1].low.isdecimal():
            break
        k += 1
    k = _past_set_phrase(tokens, k)
    if k < n and tokens[j - 1].low in ADDRESSED_CUES:
        # skip the addressee: 'told reporters', 'told CNN', 'told the AP'
        m = k
        while (
            m < n
            and m - k < 6
            and tokens[m].text not in (",", ":", "“", '"')
            and tokens[m].low not in ("he", "she", "they", "it", "we", "i", "the", "that")
        ):
            m += 1
            if tokens[m - 1].low in ADDRESSEES:
                k = m
                break
        while k < n and tokens[k].text in (",", ":"):
            k += 1
        if only_addressee(tokens, j - 1, k):
            return None  # '…, a Cairo airport official told The New York Times.'
    return k


def _described_as(tokens: list[Token], j: int) -> int | None:
    """After 'described him as', 'characterized X as,': where what was said of X begins."""
    if tokens[j - 1].low not in DESCRIBING_CUES:
        return None
    for m in range(j, min(len(tokens) - 1, j + 16)):  # 'Sen. Tim Kaine, D-Va., as'
        if tokens[m].text == "." and (abbrev_dot(tokens, m) or tokens[m + 1].text == ","):
            continue  # 'Sen. Tim Kaine, D-Va., as'
        if tokens[m].text in (".", ";", "“", '"') or tokens[m].low == "that":
            return None
        if tokens[m].low == "as":
            k = m + 1
            while k < len(tokens) - 1 and tokens[k].text in (",", ":"):
                k += 1
            return k
    return None


def _aside_after(s: Sentence, start: int) -> int:
    """Where the first aside after ``start`` opens, or the sentence's end: what was said ends
    before another source (', according to attorneys') or a relative clause that someone
    says ('…, which he said the government must address')."""
    if s.asides is None:
        s.asides = asides(s.tokens)
    k = bisect.bisect_right(s.asides, start)
    return s.asides[k] if k < len(s.asides) else s.span.end


def asides(tokens: list[Token]) -> list[int]:
    """The starts of the commas that open an aside: ', according to …', ', which he said …'."""
    out = []
    for m, t in enumerate(tokens[:-2]):
        if t.low in ("but", "and") and _said(tokens[m + 1].low):
            out.append(t.start)  # '… should be released but said "…"': a second statement
            continue
        if t.text != ",":
            continue
        nxt = tokens[m + 1].low
        source = nxt == "according" and tokens[m + 2].low == "to"
        # a subject, then its cue: 'which he said', 'which the minister said'
        said = nxt in ("which", "who") and any(
            cue_kind(u.low) in CLAIM_KINDS for u in tokens[m + 3 : m + 6]
        )
        if source or said or _tag_at_end(tokens, m):
            out.append(t.start)
    return out


def _tag_at_end(tokens: list[Token], m: int) -> bool:
    """', the source added.', ', officials said.': a speech tag of its own after the comma at
    ``m``, a short subject then a verb of saying that ends the sentence, closes what the
    clause before it says."""
    n = len(tokens)
    for v in range(m + 2, min(n, m + 7)):
        t = tokens[v]
        if t.text in ",;:" or t.text[:1] in QUOTE_OPENERS:
            return False
        if _said(t.low) and (v + 1 >= n or tokens[v + 1].text in (".", "!", "?")):
            return all(u.text[:1].isalpha() for u in tokens[m + 1 : v])
    return False


def _past_set_phrase(tokens: list[Token], k: int) -> int:
    """'explained earlier in the committee hearing, were well paid', 'said in a statement,
    the economy …': where and how it was said, set off by a comma, is no part of it."""
    n = len(tokens)
    if k >= n or tokens[k].low not in ("in", "at", "during", "under", "after", "before"):
        return k
    subject = _subject_after_phrase(tokens, k)
    if subject is not None:
        return subject  # 'admitted under Warren's grilling he hadn't …': the clause
    for m in range(k + 1, min(n - 1, k + 8)):
        t = tokens[m]
        if t.text == ",":
            after = tokens[m + 1]
            relative = after.low in ("which", "who", "where", "when", "that")
            participle = after.text[:1].islower() and after.low.endswith("ing")
            return k if relative or participle else m + 1
        if t.low in CLAUSE_WORDS or t.low in PRONOUNS or t.text in QUOTE_OPENERS:
            return k
    return k


def _subject_after_phrase(tokens: list[Token], k: int) -> int | None:
    """Where a clause opens after a short phrase of time or circumstance with no comma ('under
    Warren's grilling he hadn't …'): a subject pronoun followed by a verb, within six words."""
    n = len(tokens)
    for m in range(k + 1, min(n - 1, k + 7)):
        t, nxt = tokens[m], tokens[m + 1].low
        if t.text[:1] in QUOTE_OPENERS or t.text in ",;:" or t.low in CLAUSE_WORDS:
            return None
        verb = nxt in CLAUSE_WORDS or nxt.endswith(("n't", "n’t", "ed"))
        if t.low in SUBJECT_PRONOUNS and verb:
            return m
    return None


def _named_end(tokens: list[Token], k: int, end: int) -> int:
    """'called the sale illegal and has turned to courts': what a naming cue says is its
    object and the name given, up to a comma or to 'and' before another verb."""
    for m in range(k + 1, min(len(tokens) - 1, k + 40)):
        t = tokens[m]
        if t.start >= end:
            break
        nxt = tokens[m + 1].low
        if (t.text == "," and tokens[m + 1].text not in CLOSERS) or (
            t.low == "and" and (nxt in CLAUSE_WORDS or (nxt.endswith("ed") and len(nxt) > 4))
        ):
            return tokens[m - 1].end
    return end


def _shown_end(tokens: list[Token], k: int, end: int) -> int:
    """'Polls show a close contest in the state, where 18 votes are up for grabs': what
    figures show is the clause before a comma that adds the writer's detail (', with …',
    ', using …', ', where …')."""
    for m in range(k + 1, min(len(tokens) - 1, k + 40)):
        if tokens[m].start >= end:
            break
        if tokens[m].text == "," and tokens[m + 1].low in SHOWN_DETAIL:
            return tokens[m - 1].end
    return end


def _said(word: str) -> bool:
    """A verb of saying in the past ('said', 'added', 'told'): a cue of its own."""
    return (word.endswith("ed") or word in IRREGULAR) and cue_kind(word) == SPEECH


def _may_lead_to_that(tokens: list[Token], j: int, that: int) -> bool:
    """Whether the words between the cue at j-1 and 'that' can all be skipped: whom it was
    told to and when or where ('told reporters on Friday that', 'said in a statement
    that'), or the object of a verb that states nothing alone ('left no doubt that'). A
    noun phrase after a verb of saying is the subject of the clause said ('said the
    minister's view that …'), and 'and' joins a second clause to a first ('said witnesses
    saw a gun and that …')."""
    if any(tokens[m].low in ("and", "but", "or") for m in range(j, that)):
        return False
    if that == j or tokens[j - 1].low in ADDRESSED_CUES:
        return True
    if cue_kind(tokens[j - 1].low) not in CLAIM_KINDS:
        return True
    first = tokens[j]
    return (
        first.text in (",", ":")
        or first.low in TIME_AFTER_CUE
        or first.low in PREPOSITIONS
        or first.text[:1].isupper()
        or adverb(first.low)
    )


def only_addressee(tokens: list[Token], cue: int, k: int) -> bool:
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


def no_clause(tokens: list[Token], right: tuple[int, int] | None) -> bool:
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


def content_left(s: Sentence, s0: int) -> tuple[int, int] | None:
    """Content that ends just before the subject or cue ('…,” Blinken said')."""
    text, sent, tokens, quotes = s.text, s.span, s.tokens, s.quotes
    k = s0 - 1
    while k >= 0 and (tokens[k].text == "," or tokens[k].text in CLOSERS):
        k -= 1
    if k < 0:
        before = quote_just_before(tokens[0].start, quotes) if tokens else None
        return (before.start, before.end) if before is not None else None
    q = inside(quotes, tokens[k].start) or inside(quotes, tokens[min(k + 1, len(tokens) - 1)].start)
    if q is not None:
        if (scare_quote(text, q) or _continues_clause(text, q)) and q.start > sent.start + 1:
            # 'The new strategy is a “very welcome tack,” he said': a few words held up in a
            # clause, or a quote that goes on with the clause ('could be a case of “throwing
            # out the baby …,”'); the clause is what was said.
            return sent.start, q.end
        resumed = _resumed(s, q)
        return q.start, (resumed.end if resumed is not None else q.end)
    start = sent.start
    end = tokens[k].end
    if end - start < 3:
        return None
    return start, end


def _continues_clause(text: str, q: Quote) -> bool:
    """A quote that opens in lower case after words of the same clause ('a case of “throwing
    out …”', 'towns like it “deserve someone …”'): the writer's words and the quote are one
    statement. Not after a colon or a comma, where a quote starts a statement of its own."""
    inner = text[q.start + 1 : q.end].lstrip()
    before = text[max(0, q.start - 3) : q.start].rstrip()
    return inner[:1].islower() and before[-1:].isalpha()


def _resumed(s: Sentence, q: Quote) -> Quote | None:
    """'“Every time you say that,” Tester said, …, “you give ammunition …”': the quote that
    goes on with the sentence a quote ending in a comma broke off, in the same sentence."""
    if not s.text[q.start : q.end].rstrip("".join(CLOSERS)).endswith(","):
        return None
    after = [r for r in s.quotes if q.end < r.start < s.span.end]
    if not after:
        return None
    first = s.text[after[0].start + 1 : after[0].start + 4].lstrip()
    return after[0] if first[:1].islower() else None


def choose_content(s: Sentence, s0: int, j: int, strong: bool) -> tuple[int, int] | None:
    """What the subject at s0 said: the quote before it, the clause after the cue, or the
    clause before it (as in: …, she said in a video message)."""
    tokens = s.tokens
    if _points_back(tokens, j, s.span.end):
        return None  # 'indicated as much in an email': what was said is elsewhere
    right = content_right(s, j)
    left = None
    if tokens[s0].low in ("who", "which"):
        # '…, which has bristled at …': a relative clause says its own content, after the cue.
        if right is None or not (strong or has_that(tokens, j)):
            return None
        return _until_the_writer(s, s0, right)
    if right is not None and strong and j < len(tokens) and tokens[j].low == "to":
        return right  # '“…,” she wrote. Aides declined to comment': the infinitive is the content
    if quote_ends_before(s, s0):
        # The quote is what was said: “…,” Blinken said in an interview. When the quote
        # closed the sentence before ('…!” Trump wrote.'), only if nothing is said after.
        if (s0 > 0 and (right is None or not has_that(tokens, j, 2))) or (
            s0 == 0 and no_clause(tokens, right)
        ):
            left = content_left(s, s0)
    elif (
        s0 > 0
        and tokens[s0 - 1].text == ","
        and not has_that(tokens, j, 1)  # 'On Tuesday, Comey said that while …'
        and no_clause(tokens, right)
    ):
        left = content_left(s, s0)
    elif s0 > 1 and tokens[s0 - 1].low == "as" and tokens[s0 - 2].text == "," and right is None:
        # 'Scott had a gun, as police have said.': the clause before is what they said.
        left = content_left(s, s0 - 1)
    if left is not None and not intro_phrase(tokens, left):
        if right is not None and (strong or has_that(tokens, j)) and short_phrase(tokens, left):
            return right  # 'Every day, Francis spoke of the malaise …': the words after
        return left
    if right is not None and (strong or has_that(tokens, j)):
        return interrupted(s, s0 - 1, j, right) or _until_the_writer(s, s0, right)
    return None


def _until_the_writer(s: Sentence, s0: int, right: tuple[int, int]) -> tuple[int, int]:
    """What was said after the cue, ended before the writer's own clause (content_end)."""
    k = bisect.bisect_left([t.start for t in s.tokens], right[0])
    end = writers_tail(s.tokens, s0, k, right[1], s.quotes)
    return right if end >= right[1] else (right[0], trim_end(s.text, right[0], end))


# Prepositions that open a phrase completing the clause a tag interrupted.
_TAIL_PHRASES = frozenset("by with in on at for from to into against over".split())


def interrupted(
    s: Sentence, before: int, after: int, right: tuple[int, int]
) -> tuple[int, int] | None:
    """The whole clause when the speech tag between the commas at ``before`` and ``after``
    interrupts it: 'The Tories, he said, can cut crime' (a verb goes on after the tag: the
    words before are its subject), 'Although X, said Mr Hogan, 2004 saw …' (a subordinate
    clause before the tag, the main one after), 'Deficits may rise above 3%, Mr Schroeder
    argued, if …' (a condition after it; or a phrase: '…, Devine said, by the calendar'). Not 'But now, he said, laptops can last …' nor
    'As a result, they say, …': a scene-setting opening is not what was said."""
    tokens = s.tokens
    if not (0 < before < after < len(tokens) - 1):
        return None
    if tokens[before].text != "," or tokens[after].text != ",":
        return None
    first, lead = tokens[after + 1], tokens[0]
    if first.text[0] in QUOTE_OPENERS or inside(s.quotes, first.start) is not None:
        return None  # 'which, he says, "is a badge …"': the quote is what was said
    if lead.text[0] in QUOTE_OPENERS or inside(s.quotes, lead.start) is not None:
        return None  # a quote before the tag is its own content
    goes_on = first.text[0].islower() and first.low in CLAUSE_WORDS and first.low != "not"
    head_is_clause = not intro_phrase(tokens, (lead.start, tokens[before].start))
    # 'The argument would be aided, Devine said, by the calendar': a phrase after the tag
    # completes the clause before it.
    tail_completes = first.low in TAIL_SUBORDINATORS or first.low in _TAIL_PHRASES
    subordinate = lead.low in HEAD_SUBORDINATORS or (tail_completes and head_is_clause)
    if goes_on or subordinate:
        return lead.start, right[1]
    return None


def intro_phrase(tokens: list[Token], content: tuple[int, int]) -> bool:
    """'As a start, Mr. Obama decided …', 'In a later vote, he warned …': the words before
    the subject set the scene; they are not what was said."""
    inside = tokens_in(tokens, content, 15)
    return (
        bool(inside)
        and inside[0].low in INTRO_PHRASE_STARTS
        and len(inside) <= 14
        # 'In Ohio, the turnout was high, officials said': a clause follows the opening
        and not any(t.text == "," for t in inside[1:-1])
    )


def short_phrase(tokens: list[Token], content: tuple[int, int]) -> bool:
    """At most four words and no quote: 'Every day', 'Likewise', 'Sales were great'."""
    inside = tokens_in(tokens, content, 6)
    return (
        bool(inside)
        and inside[0].text[0] not in QUOTE_OPENERS
        and sum(t.text[0].isalnum() for t in inside) <= 4
    )
