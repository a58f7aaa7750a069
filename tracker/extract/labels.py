"""Set aside the figures a claim should not count: dates, times, names, ranks, scores, idioms,
table rows, the headline.

The recogniser (quantities/) finds every number; this stage reads each found quantity in
its context and says why it is no amount a fact-checker could check, or None when it is one.
Claims keep only the ones with no reason; ``aside`` gives the others with their reasons (for
the gold evaluation and for debugging). The words it reads are data in vocab_labels.py.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from tracker.extract import lexicon as lx
from tracker.extract import vocab_labels as vl
from tracker.extract.clock import tells_the_time
from tracker.extract.layout import enumeration_spans, headline_span, is_roster, table_spans
from tracker.extract.number_idioms import in_number_idiom
from tracker.extract.sentences import Span
from tracker.extract.values import as_stated, borrowed_units, shares_of_figures
from tracker.extract.vocab.numbers import KIND_COMPOUND_NOUNS, NOT_A_NOUN_AFTER, ONE_THING_PARTS
from tracker.model import Quantity

__all__ = ["aside", "keep_quantities", "set_aside_in", "why_not"]

_WINDOW = 60
_MONTH_BEFORE = re.compile(rf"\b(?:{vl.MONTHS})\.?\s*$")
_DAYS = r"\d{1,2}(?:st|nd|rd|th)?"
_MONTH_AFTER = re.compile(
    rf"^(?:st|nd|rd|th)?(?:\s*(?:,|and|to|-|–|&)\s*{_DAYS})*\s*(?:of\s+)?(?:{vl.MONTHS})\b"
)
# 'February 16 and 17', 'May 3, 4 and 5': a later day of the month named before.
_MONTH_DAYS_BEFORE = re.compile(
    rf"\b(?:{vl.MONTHS})\.?\s*{_DAYS}(?:\s*(?:,|and|to|-|–|&)\s*{_DAYS})*\s*(?:,|and|to|-|–|&)\s*$"
)
_DAY_FIGURES = re.compile(rf"{_DAYS}(?:\s*(?:-|–|to|and|,)\s*{_DAYS})?")
_YEARS = re.compile(r"(?:1[89]|20)\d\d\s?[-–/]\s?(?:\d{1,2}|(?:1[89]|20)\d\d)")
_OF_A_YEAR = re.compile(
    r"\s+of\s+(?:\d{4}|(?:the|its|this|last|next)\s+(?:fiscal |financial |calendar )?year|this|last)"
)
# A reporting period's end: 'the three months to 30 September', 'the year ended March 2005'.
_TO_A_DATE = re.compile(
    rf"\s+(?:to|ended|ending|through|until)\s+(?:(?:the\s+)?end\s+of\s+)?(?:{_DAYS}\s+)?"
    rf"(?:{vl.MONTHS})\b"
)
# After a length of time, words that make it a point in time ('five years on from', not
# 'before'/'after' + a noun: 'three years after university' may be a span).
_OFFSET_AFTER = re.compile(
    r"\s+(?:ago|to go|(?:earlier|later|previously|beforehand|afterwards|hence)(?!\s+than\b)"
    r"|on(?=\s*(?:[,;.]|from\b)))\b"
)
# A length of time to or from a date or an event: 'two weeks before the Nov. 8 election',
# '20 days after Election Day', 'the election is 28 days away', 'with five weeks left',
# 'less than a month until polling day'; not 'three years after university' (a span).
_TO_AN_EVENT = re.compile(
    r"\s+(?:(?:away|left)\b(?!\s+(?:for|with|in|on|of|by|from)\b)"
    r"|(?:left\s+|to\s+go\s+)?(?:until|till|before|after)\s+(?:(?:the|a|this|next|its|their)\s+)?"
    rf"(?:(?:[A-Z]\w+\s+)?Day\b|Christmas|Easter|(?:{vl.MONTHS})\b"
    rf"|(?:\w+\s+)?(?:{'|'.join(sorted(vl.DATED_EVENTS))})\b))"
)
# Things named by a length of time: a bond or bill by its maturity, a cricket match by its
# format ('10-year government bonds', 'the three one-day internationals'); not 'a two-year
# deal' or 'a one-day strike', whose length is checkable.
_DIALLED = re.compile(
    r"\b(?:(?:call|calls|calling)(?!\s+for\b)|ring|ringing|dial|dialling|dialing|phone)\b"
    r"(?:\s+[^.;]{1,40}\s+on)?\s+$"  # not 'calls on 12 nations' (urges them), not 'calls for
    # a ban on 12 pesticides' (a demand), not 'text their vote on 12 songs' (a count)
)
_CLASS_BY_LENGTH = re.compile(
    r"\s+(?:(?:government|treasury|benchmark|sovereign|corporate)\s+)?"
    r"(?:bonds?|notes?|gilts?|treasur(?:y|ies)|yields?|bills?|internationals?|odis?|cricket)\b",
    re.IGNORECASE,
)
# An event set a length of time from now: 'begins in nine days', 'is due in a fortnight'.
_STARTS_IN = re.compile(
    r"\b(?:begins?|starts?|opens?|ends?|closes?|expires?|due|resumes?|returns?|kicks? off"
    r"|takes? effect|(?:go|goes) to the polls|votes?)\s+in\s+$"
)
_TIME_HENCE = re.compile(r"['’]s?\s+time\b|\s+from now\b")
# Before a length of time to an event, words that make it a span, not a point: 'for two
# weeks before the vote', 'in the 60 days before an election', 'the final month before'.
_SPAN_BEFORE = frozenset({"for", "within", "over", "during", "spent", "took", "the", "final"})
# 'into the Italian half', 'in their own half': the half of a pitch, a place, no share.
_HALF_OF_A_PITCH = re.compile(
    r"\b(?:in|into|inside|from|within|out of)\s+(?:(?:the|their|our|his|her|its|your|my)\s+"
    r"(?:own\s+|opposition\s+|[A-Z][a-z]+\s+)?|(?:own|opposition|[A-Z][a-z]+)\s+)$"
)
# A model number and its variant: three digits or more, a hyphen, digits ('777-9').
_MODEL_NUMBER = re.compile(r"\d{3,}-\d+")
_ATTRIBUTE = re.compile(r"[\w-]+=[\"'][^\"'<>]*$")
_OPERATOR_AFTER = re.compile(r"[+=×÷*/^]\d")
_OPERATOR_BEFORE = re.compile(r"\d[+=×÷*/^]$")
# A second glued pair next to a first: the games of each set ('6-1 6-2', '7-6 (7-4) 6-3').
_PAIR_AFTER = re.compile(r"\)?\s+\(?\d{1,2}[-–]\d{1,2}\)?(?:\s|[,.;]|$)")
_PAIR_BEFORE = re.compile(r"(?:^|\s)\(?\d{1,2}[-–]\d{1,2}\)?\s+\(?$")
_GLUED_METRES = re.compile(r"\d[\d,.]*m")
# 'the 60m sprint', "Britain's 800m and 1500m champion", 'her 3,000m season'
_EVENT_NEXT = re.compile(
    r"(?:\s+(?:and|or)\s+[\d,]+\s?m(?:etres)?)?"
    rf"\s+(?:world\s+|indoor\s+|olympic\s+)?(?:{'|'.join(sorted(vl.EVENT_NOUNS))})\b",
    re.I,
)
_DECADE_AFTER = re.compile(r"['’]s\b")
_MONTH_IN_WORD = re.compile(rf"\b(?:{vl.MONTHS.lower()})\b")
_CLOCK = re.compile(r"[012]\d[0-5]\d(?:\s*(?:-|–|to)\s*[012]\d[0-5]\d)?")
_GLUED_PAIR = re.compile(r"\d{1,3}\s?[-–]\s?\d{1,3}")
_CAPITAL_WORD = re.compile(r"[A-Z][\w&-]*")  # not a possessive: 'India's 35 states'
_EDGE = " \t\"“”‘’'()[],;:.!?"
_CAPITALS_AFTER = re.compile(r"^\s+((?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*)")
_WORDS = re.compile(r"[a-z][a-z-]*")
_NUMERAL = re.compile(r"\d[\d,.]*[kK]?")
# One capitalised word ending the phrase: punctuation or a preposition next ('Walk for'); not
# a possessive ('the 30,000 Clinton's lawyers returned').
_NAME_AFTER = re.compile(
    r"\s+([A-Z][a-z]+)(?:(?!['’]s\b)[^\w\s]|$|\s+(?:for|in|on|at|and|to|of|is|was|with|from|by)\b)"
)
# 'one day before the raid', 'one day later', 'one day's pay': a length of time after all.
_MEASURED_DAY = re.compile(r"\s*(?:before|after|later|earlier|of|['’]s|to|a\b|per\b|each)")
# 'five, six, seven or even eight-horse race': figures in a list that ends in a compound
# whose noun is an idiom's, not a unit.
_COMPOUND_LIST = re.compile(
    rf"(?:\s*,\s*[\w-]+)*\s*,?\s+(?:or|and|to)\s+(?:even\s+|perhaps\s+|maybe\s+)?[\w-]+-"
    rf"(?:{'|'.join(sorted(vl.IDIOM_COMPOUND_NOUNS))})\b"
)
# What may follow a figure that names a round or a position: nothing counted after it.
_ENDS_PHRASE = re.compile(
    r"\s*(?:[^\w\s]|$|(?:of|in|at|on|for|and|or|but|to|with|after|before|stage|round|next"
    r"|this|last|today|tomorrow|when|where|is|are|was|were|will|would|could|can)\b)"
)
_MEDIA_NAME = re.compile(rf"\s+(?:{'|'.join(sorted(vl.MEDIA_NAME_WORDS))})\b")
_BRAND = re.compile(r"[a-z]{1,2}-?[A-Z][A-Za-z]+")  # 'iPhone', 'eBay', 'e-Drive'
# 'the X6 and 590 routes', 'the M62, 590 or A1': a bare figure listed after a code of letters
# and digits is one more code of the series.
_SERVICES = frozenset({"buses", "services", "trains", "roads", "motorways"})
_CODE_LIST_BEFORE = re.compile(r"\b[A-Z]{1,3}\d{1,4}[A-Z]?\s*(?:,|/|,?\s*and|,?\s*or)\s*$")
_GROUP_OF = re.compile(r"\bGroup of\s+$")
_STANDARD = re.compile(r"\d{3,}\.\d{2,}[a-z]")  # '802.11b', not '7.25m people'
_PRODUCTS = "|".join(sorted(vl.PRODUCT_NOUNS))
_GENERATIONS = re.compile(r"\d{1,2}(?:\.\d)?G(?:\s*(?:and|or|to|-|–|/)\s*\d{1,2}(?:\.\d)?G)?")
_MONEY_IDIOM = re.compile(r"[\s-]+question\b", re.I)
_ZERO_IDIOM = re.compile(rf"[\s-]+(?:{'|'.join(sorted(vl.ZERO_IDIOM_NOUNS))})\b", re.I)
# 'Windows 95, 98', 'Apollo 11 and 12': figures listed after a capitalised word name its kin.
_NAMED_LIST_BEFORE = re.compile(
    r"\b([A-Z][\w-]*)\s+\d[\d.]*(?:\s*,\s*\d[\d.]*)*\s*(?:,|/|,?\s*and|,?\s*or)\s*$"
)
_TITLE_BEFORE = re.compile(r"((?:[A-Z][\w'’-]*\s+){2,})$")
_TITLE_RUN = re.compile(r"\s+((?:[A-Z][\w'’-]*:?\s+){2,}[A-Z])")
_FRACTIONS = frozenset({"half", "quarter", "third"})


def why_not(text: str, q: Quantity, sentence_start: int = 0) -> str | None:
    """Why ``q`` is no checkable amount ('date', 'time', 'name', 'ordinal', 'score',
    'idiom', 'pronoun', 'rate'), or None when it is one."""
    ctx = _Context(text, q, sentence_start)
    for why, rule in _RULES:
        if rule(ctx):
            return why
    return None


class _Context:
    """A quantity with the text just before and after it, within its sentence and line."""

    def __init__(self, text: str, q: Quantity, sentence_start: int) -> None:
        line_start = text.rfind("\n", 0, q.start) + 1
        line_end = text.find("\n", q.end)
        line_end = len(text) if line_end < 0 else line_end
        self.q = q
        self.text = text
        self.before = text[max(line_start, q.start - _WINDOW) : q.start]
        self.after = text[q.end : min(line_end, q.end + _WINDOW)]
        self.in_sentence = text[max(sentence_start, line_start) : q.start]
        # Plain string operations, not regexes searched backwards: this runs for every figure.
        words = self.before.split()
        self.last_raw = words[-1].lstrip(_EDGE) if words and self.before[-1:].isspace() else ""
        self.prev = words[-1].strip(_EDGE).casefold() if words else ""
        self.first = q.text.split()[0] if q.text.split() else ""

    @property
    def opens_sentence(self) -> bool:
        """The figure opens its sentence or clause: nothing before it but quotes, brackets or
        a dash, or it follows a colon or an opening quote ('He said: “Three people died”')."""
        before = self.in_sentence.rstrip(" \t\"“‘'(—–-")
        return not before or before[-1] in ":;" or self.in_sentence.rstrip()[-1:] in '“‘"('

    def nearest(self, reach: int, *vocabularies: frozenset[str]) -> int | None:
        """Which vocabulary has the word nearest the figure within ``reach`` characters."""
        lo, hi = max(0, self.q.start - reach), self.q.end + reach
        best: tuple[int, int] | None = None
        for m in _WORDS.finditer(self.text[lo:hi].casefold()):
            at = lo + m.start()
            gap = self.q.start - at if at < self.q.start else at - self.q.end
            for k, vocab in enumerate(vocabularies):
                if m.group() in vocab and (best is None or gap < best[0]):
                    best = (gap, k)
        return None if best is None else best[1]


def _is_date(c: _Context) -> bool:
    q = c.q
    if q.kind == "duration" and q.text[:1].isdecimal() and not q.text.endswith("s"):
        if _MONTH_BEFORE.search(c.before):
            return True  # 'the Oct. 9 second debate': a day, then an ordinal read as a unit
    if q.kind in ("count", "ratio") and q.text[:1].isdecimal():
        if _MONTH_BEFORE.search(c.before):
            return True  # 'Sept. 11', 'Oct 8 and 9', 'Aug. 29'
        if q.unit is None and re.fullmatch(_DAYS, q.text) and _MONTH_DAYS_BEFORE.search(c.before):
            return True  # 'February 16 and 17'
        if _DAY_FIGURES.fullmatch(q.text) and _MONTH_AFTER.search(c.after):
            return True  # '6 to 9 January', '25 June, 2 and 9 July'
        if len(q.text) == 2 and c.before[-1:] in ("’", "'"):
            return True  # '’96'
        if q.text.isdecimal() and int(q.text) % 10 == 0 and _DECADE_AFTER.match(c.after):
            return True  # "the 30's", "the 1980's": a decade
    if (q.unit is None or q.unit == "score") and _YEARS.fullmatch(q.text):
        return True  # 'the 2005-6 target', '2004/05', '1939-45'
    if q.kind == "duration" and _OFFSET_AFTER.match(c.after):
        return True  # 'two years ago', 'three years earlier', 'with two months to go'
    if q.kind == "duration" and _TO_AN_EVENT.match(c.after) and c.prev not in _SPAN_BEFORE:
        return True  # 'two weeks before the election', 'the vote is 28 days away'
    if q.kind == "duration" and (_STARTS_IN.search(c.before) or _TIME_HENCE.match(c.after)):
        return True  # 'the Open begins in nine days', 'back in two weeks' time'
    return _is_period(c)


def _is_period(c: _Context) -> bool:
    """Reporting periods: 'the previous quarter', 'the first half of 2005', 'the last three
    months of 2004'; 'over the past six months' stays a duration."""
    q = c.q
    if q.text.casefold() == "quarter" and c.prev == "the" and not re.match(r"\s+of\b", c.after):
        return True  # 'the estimate for the quarter'; 'a quarter of voters' is a share
    if q.text.casefold() in ("quarter", "half") and _MONTH_IN_WORD.search(c.prev):
        return True  # 'the October-to-December quarter', 'the April-June quarter'
    if q.kind == "duration" and c.prev == "the" and _TO_A_DATE.match(c.after):
        return True  # 'in the three months to 30 September', 'the year to March'
    if c.prev not in vl.PERIOD_BEFORE:
        return False
    if q.text.casefold() in ("quarter", "half"):
        return True
    return q.kind == "duration" and bool(_OF_A_YEAR.match(c.after))


def _names_a_kind(c: _Context) -> bool:
    """'a one-bedroom flat', 'a four-door car', 'a five-set match': a small figure glued to a
    noun of KIND_COMPOUND_NOUNS names a kind of thing; nothing is counted. A large one is a
    capacity, a count ('a 400-bed hospital')."""
    head, _, tail = c.q.text.casefold().rpartition("-")
    if not head or tail not in KIND_COMPOUND_NOUNS or c.q.unit not in (None, tail, tail + "s"):
        return False
    if tail in ONE_THING_PARTS and _names_one_thing(tail, c.after):
        return False
    return c.q.value is not None and c.q.value < 10


def _names_one_thing(tail: str, after: str) -> bool:
    """'a three-set thriller' (one match, a singular noun after), 'the four-piece met' (the
    compound stands for the band: no noun after); 'five-set matches' names a format."""
    m = re.match(r"\s*([A-Za-z]+)?", after)
    word = (m.group(1) or "").casefold() if m else ""
    if not word or word in NOT_A_NOUN_AFTER or word.endswith("ed"):
        return True
    return tail == "set" and not word.endswith("s") and after[:1].isspace()


def _is_time(c: _Context) -> bool:
    if c.q.text[:1] == "0" and _CLOCK.fullmatch(c.q.text):
        return True  # '0800 to 1800'
    if c.prev == "half" and c.q.unit is None and c.q.text.casefold() in _HOURS:
        return True  # 'since half seven this morning': half past seven
    return tells_the_time(c.text, c.q)  # '6 to 9 a.m.', '0730 and 1830', 'after 53 minutes'


def _is_name(c: _Context) -> bool:
    q = c.q
    if _glued(c) or _titled(c) or _race(c) or _names_a_kind(c):
        return True
    if q.kind == "duration" and "-" in q.text and _CLASS_BY_LENGTH.match(c.after):
        return True  # '10-year government bonds', 'three one-day internationals'
    if ("=" in c.before and _ATTRIBUTE.search(c.before)) or re.fullmatch(r"\d{9,}", q.text):
        return True  # markup ids and timestamps, long identifiers
    if (
        q.unit == "score"
        and _MODEL_NUMBER.fullmatch(q.text)
        and _CAPITAL_WORD.fullmatch(c.last_raw)
    ):
        return True  # 'the Boeing 777-9', 'a Tupolev 154-2': a model and its variant
    if q.kind == "money" and re.match(r"s\b", c.after):
        return True  # 'a handful of $20s': banknotes
    if c.first[:1].isupper() and c.first.split("-")[0].casefold() in vl.NUMBER_WORD_NAMES:
        return not c.opens_sentence  # 'the RBS Six Nations', 'Ground Zero', 'Million Dollar Baby'
    if c.before.endswith("[") and c.after.startswith("]"):
        return True  # '[538]': a reference or source mark
    if _code_or_model(c) or (q.text.isdecimal() and _MEDIA_NAME.match(c.after)):
        return True  # ('BBC 6 Music', 'Radio 1 FM')
    if _GENERATIONS.fullmatch(q.text):
        return True  # '5G', '2.5G', '2G and 3G': generations of mobile network
    if q.kind == "count" and q.text.isdecimal() and _DIALLED.search(c.in_sentence):
        return True  # 'call NHS 24 on 111', 'ring the hotline on 0800 …': a number to dial
    if re.fullmatch(r"0\d+", q.text) or re.match(r"\([a-z]\)", c.after):
        return True  # '007', '401(k)', '501(c)': a code, not an amount
    if q.kind == "count" and q.unit is None and _NUMERAL.fullmatch(q.text) and _named_by(c):
        return True  # 'Capital 95.8', 'the 50K Walk': a name's number, nothing counted
    if q.kind == "count" and q.unit is None and q.text.isdecimal() and _named_list(c):
        return True  # 'Windows 95, 98 and XP', 'Apollo 11 and 12'
    if (
        q.kind == "count"
        and q.text.isdecimal()
        and (q.unit is None or q.unit.rstrip("s") in vl.NAME_HEADS or q.unit in _SERVICES)
        and _CODE_LIST_BEFORE.search(c.before)
    ):
        return True  # 'the X6 and 590 routes': one more of the codes listed
    if q.kind != "count" or not q.text.isdecimal():
        return False
    if re.search(r"\d[ -]$", c.before) or re.match(r"[ -]\d", c.after):
        return True  # '0800 123 4567': one group of a phone number or code
    if c.last_raw in vl.LOWER_NAME_HEADS:
        return True  # 'chapter 11 bankruptcy rules'
    if _CAPITAL_WORD.fullmatch(c.last_raw) and c.last_raw.casefold() in vl.NAME_HEADS:
        return True  # 'Group 7 rivals', 'Year 6 pupils': one of a series, nothing counted
    if (
        _CAPITAL_WORD.fullmatch(c.last_raw)
        and c.last_raw.casefold() not in vl.OPENERS
        and not (q.unit is not None and _after_preposition(c.before))  # 'In Leeds 300 homes'
    ):
        return not re.match(r"\s*(?:%|,\s*[A-Z]\w*\s+\d)", c.after)  # 'Shrek 2'; not 'A 46, B 44'
    return q.unit is None and _address(c.after)


def _code_or_model(c: _Context) -> bool:
    """'the Group of 20', 'a 802.11b network', 'their 7610 phone', 'version 7.60': a figure
    that names a body, a standard, a product model or a version."""
    q = c.q
    if _GROUP_OF.search(c.before) or _STANDARD.fullmatch(q.text):
        return True
    if c.prev == "version" or (c.prev == "v" and c.before.endswith(" ")):
        return True
    return (
        c.prev in vl.MODEL_DETERMINERS
        and re.fullmatch(r"\d{3,}", q.text) is not None
        and q.unit is None
        and re.match(rf"\s+(?:{_PRODUCTS})\b", c.after) is not None
    )


def _glued(c: _Context) -> bool:
    """'NHL 2K5', 'A320': a figure glued to letters or digits it does not take is part of an
    identifier."""
    if c.before[-1:].isalnum() or c.after[:1].isalnum():
        return True
    return bool(_OPERATOR_AFTER.match(c.after) or _OPERATOR_BEFORE.search(c.before))  # '2+2=5'


def _titled(c: _Context) -> bool:
    """A title: the figure's own noun capitalised inside a sentence ('28 Days Later', '13
    Hours: …'), or capitalised words after it with a function word capitalised among them
    ('Three Generations That Built an Empire')."""
    words = c.q.text.split()
    if (
        len(words) > 1
        and re.fullmatch(r"[A-Z][a-z]+", words[-1])
        and not c.q.text.isupper()
        and c.q.kind != "measure"  # a scale's name is capitalised: '3 degrees Celsius'
        and not (c.q.kind == "money" and words[-1].casefold() not in lx.SUBUNITS)
        # a currency's often is ('5.45m Euros', '300 Dollars'); '50 Cent' is a name
    ):
        return True
    run = _TITLE_RUN.match(c.after)
    if run and any(w in vl.TITLE_FUNCTION_WORDS for w in run.group(1).split()[1:]):
        return True
    # 'or One Against 20 Emcees,': capitalised words on both sides, a function word among
    # those before, inside a sentence
    if _CAPITALS_AFTER.match(c.after) is None:
        return False  # (told first: the search before is the costly half)
    before = _TITLE_BEFORE.search(c.in_sentence)
    return (
        before is not None
        and any(w in vl.TITLE_FUNCTION_WORDS for w in before.group(1).split()[1:])
        and bool(c.in_sentence[: before.start(1)].strip())
    )


def _race(c: _Context) -> bool:
    """'won the 10,000 metres', 'the 100m final': a distance after 'the' in the words of a
    race names the event; 'drove the 300 miles to the border' measures."""
    glued_m = c.q.kind == "count" and _GLUED_METRES.fullmatch(c.q.text) is not None
    if not glued_m and (c.q.kind != "measure" or (c.q.unit or "") not in vl.RACE_UNITS):
        return False  # ('the 100m hurdles' is read as 100 million hurdles)
    if re.search(r"\d\.\d", c.q.text):
        return False  # 'the 42.195km race': events are named by round distances; this measures
    if _EVENT_NEXT.match(c.after):
        return True  # 'the 60m sprint', 'the Olympic 5,000m champion', 'the 1500m world record'
    if c.prev in vl.OF_A_FIELD:
        return True  # "the men's 200m in 20.88": a distance of a field is its race
    if _standard_distance(c.q.text) and (
        (c.prev == "the" and re.match(r"\s*(?:[,;:.!?)]|$)", c.after))
        or (c.prev == "over" and _word_before_prev(c) in vl.RACE_VERBS)
    ):
        return True  # 'disappointing in the 3,000m, but', 'will compete over 1500m'
    if c.prev in vl.DISTANCE_OF_A_TIME and _standard_distance(c.q.text):
        # 'a best of 6.61 seconds over 60m', 'the bronze medallist over 3000m': the event a
        # time or medal was won over ('over the last 200m' measures)
        return c.q.unit in (None, "m") and c.nearest(40, vl.EVENT_WORDS) == 0
    return c.prev in vl.BEFORE_RACE and c.nearest(40, vl.EVENT_WORDS) == 0


def _standard_distance(figure: str) -> bool:
    """'1500m', '3,000 metres': a distance races are run over (vl.RACE_DISTANCES)."""
    digits = re.match(r"[\d,]+", figure)
    return bool(digits) and digits.group().replace(",", "") in vl.RACE_DISTANCES


def _position_word_a_verb(c: _Context) -> bool:
    """'will stage two strikes', 'plans to stage three walkouts': the position word is a verb
    after a modal, or after 'to' with a plural counted ('moved to stage two' is a stage)."""
    before = _word_before_prev(c)
    return before in _MODALS or (before == "to" and c.q.unit is not None)  # not 'move to stage two'


_MODALS = frozenset("will would can could may might shall should must".split())


def _word_before_prev(c: _Context) -> str:
    words = c.before.split()
    return words[-2].strip(_EDGE).casefold() if len(words) >= 2 else ""


def _named_by(c: _Context) -> bool:
    """A bare number that a capitalised word names: after it ('Capital 95.8'), or before one
    capitalised singular word that ends the phrase ('the 50K Walk for …')."""
    if _BRAND.fullmatch(c.last_raw):
        return True  # 'the iPhone 6', 'iPod 3': a brand written in camel case
    if _CAPITAL_WORD.fullmatch(c.last_raw) and c.last_raw.casefold() not in vl.OPENERS:
        # 'the release of Firefox 1.0': a decimal after a name is its version
        return "." in c.q.text or not _after_preposition(c.before)
    m = _NAME_AFTER.match(c.after)
    return m is not None and not m.group(1).casefold().endswith(vl.COUNTED_CAPITALS_END)


def _named_list(c: _Context) -> bool:
    """A bare figure listed after a name's figure ('Windows 95, 98') names its kin."""
    m = _NAMED_LIST_BEFORE.search(c.before)
    if not m or m.group(1).casefold() in vl.OPENERS:
        return False
    head = m.group(1).casefold()
    return head in vl.NAME_HEADS or not _after_preposition(c.before[: m.end(1)])


def _after_preposition(before: str) -> bool:
    words = before.split()
    return len(words) >= 2 and words[-2].casefold() in vl.PLACE_PREPOSITIONS


def _address(after: str) -> bool:
    """'10 Downing Street.', '221 Baker Street in': two or more capitalised words, the last
    singular, ending the phrase; '12 Boeing 737 jets', '300 Ford workers' are counts."""
    m = _CAPITALS_AFTER.match(after)
    if not m or len(m.group(1).split()) < 2 or m.group(1).endswith(vl.COUNTED_CAPITALS_END):
        return False
    return bool(
        re.match(r"\s*(?:[^\w\s]|$|(?:in|on|at|and|is|was|near|to|for)\b)", after[m.end() :])
    )


def _is_ordinal(c: _Context) -> bool:
    q = c.q
    if q.kind == "rank" and (q.unit or "") in ("ranked", "seeded", "place", "placed"):
        return True  # 'third-ranked'
    if q.kind not in ("count", "rank"):
        return False
    if c.prev in vl.POSITION_WORDS and not _position_word_a_verb(c):
        return True  # 'number two', 'seeded four', 'the top five'
    if q.text.casefold() in _CENTURIES and _ORDINAL_BEFORE.search(c.before):
        return True  # 'his third Test hundred', 'a 40th first-class century': an innings
    if q.unit is None and _is_table_place(c):
        return True  # 'risen to 120 in the world', 'was 7 in the charts'
    if q.unit is not None or not _ENDS_PHRASE.match(c.after):
        return False  # 'the last six presidential elections' counts elections
    # 'the last eight', 'in game five of the second', 'on day three.'
    return c.prev in vl.ROUND_WORDS or c.prev in vl.ORDER_NOUNS


# A place in a ranked list: named as one ('in the rankings', 'in the charts'), or reached by a
# move ('risen to 120 in the world'), where 'only 50 in the world' counts.
_TABLE_AFTER = re.compile(
    r"\s+in\s+the\s+(?:\w+\s+)?(?:rankings?|standings|table|charts?|league\s+table)\b"
)
_WORLD_AFTER = re.compile(r"\s+in\s+the\s+world\b(?!\s+(?:have|had|are|were|who|that|which))")
_MOVED_TO = re.compile(
    r"\b(?:ris(?:e|es|en|ing)|rose|climb\w*|mov(?:e|es|ed|ing)|jump\w*|leap\w*|drop\w*"
    r"|f(?:a|e)ll\w*|slip\w*|sl(?:i|id)\w*|s(?:a|i|u)nk\w*|back|up|down)\s+(?:to|from)\s+$",
    re.IGNORECASE,
)

_COUNT_SUBJECT = re.compile(r"\b(?:number|total|population|count|tally)\s+of\b", re.IGNORECASE)


def _is_table_place(c: _Context) -> bool:
    """A bare figure that is a place in a ranked list, not a count."""
    if _TABLE_AFTER.match(c.after):
        return True
    if not (_WORLD_AFTER.match(c.after) and _MOVED_TO.search(c.before)):
        return False
    # A place is a small whole number; a count moves too ('the number of tigers fell to 300').
    return (c.q.value or 0) <= 500 and not _COUNT_SUBJECT.search(c.before)


def _is_score(c: _Context) -> bool:
    if _innings_total(c):
        return True  # '142 for three', 'all out for 227'
    pair = _GLUED_PAIR.match(c.q.text)  # '30-20 nine days ago' is read as one span
    if not pair or re.fullmatch(r"50\s?[-–]\s?50", c.q.text):
        return False  # '50-50' is an even chance
    low, high = (int(x) for x in re.findall(r"\d+", pair.group()))
    if low < high and re.search(r"\b(?:aged?|ages|between|from)\s+$", c.before):
        return False  # 'fans aged 18-24': a range ('from 40-0 up' runs down: a score)
    if _PAIR_AFTER.match(c.after) or _PAIR_BEFORE.search(c.before):
        return True  # 'beat Dechy 6-1 6-2', '7-6 (7-4) 6-3': the sets of a match
    reach = 80 if low >= high else 30  # 'lost 0-3': an ascending result has its words close
    # The nearer word decides: 'the referee's decision after the 0-0 draw' is a score.
    nearer = c.nearest(reach, vl.SCORE_WORDS, vl.TALLY_WORDS)
    # A level pair ('from 3-3 in the second') is no range, nor a pair right after a team or a
    # ground ('a trip to Turf Moor 0-2', 'Arsenal 2-1'): a score unless a vote is nearer.
    team = c.q.unit is None and _CAPITAL_WORD.fullmatch(c.last_raw) is not None
    team = team and c.last_raw.casefold() not in vl.OPENERS
    return nearer == 0 or (nearer is None and (low == high or team))


def _innings_total(c: _Context) -> bool:
    """A cricket side's total: runs for wickets ('resumed on 142 for three', 'declared on 302
    for 8', and the wickets after it) or 'all out for 227'; a score, not a count."""
    if c.q.kind != "count" or c.q.unit is not None:
        return False
    if _ALL_OUT_FOR.search(c.before):
        return True
    if " for " not in c.after[:5] and not c.before.endswith("for "):
        return False  # the cheap test first: no 'for' beside the figure
    if c.nearest(_CRICKET_REACH, vl.CRICKET_WORDS) is None:
        return False
    if c.q.value is not None and c.q.value >= 10 and _FOR_WICKETS.match(c.after):
        return True
    wickets = c.q.text.casefold() in _WICKETS or (c.q.text.isdecimal() and int(c.q.text) <= 10)
    return c.prev == "for" and wickets and bool(_RUNS_FOR.search(c.before))


_CENTURIES = frozenset({"hundred", "century", "fifty", "half-century", "double-century"})
_ORDINAL_BEFORE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    r"(?:\s+(?:[A-Z][\w-]*|[a-z]+-[a-z]+))?\s+$"
)
_CRICKET_REACH = 200
_ALL_OUT_FOR = re.compile(r"\ball out for\s+$")
_WICKET_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|10|[0-9]"
# '142 for three' then no noun: 'bought 12 for two pounds' counts pounds
_FOR_WICKETS = re.compile(
    rf"\s+for\s+(?:{_WICKET_WORDS})\b(?!\s+(?:[a-z]+s|per|percent|each|apiece)\b|\s*%)"
)
_RUNS_FOR = re.compile(r"\b\d{2,3}\s+for\s+$")
_WICKETS = frozenset("one two three four five six seven eight nine ten".split())
_HOURS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())


def _is_marker(c: _Context) -> bool:
    """'1) If these …', '2) The …': the number of a point in a list the writer made."""
    if not (c.q.text.isdecimal() and c.after[:1] == ")" and "(" not in c.before[-3:]):
        return False
    return c.opens_sentence or c.before.rstrip()[-1:] in (":", ";")


def _is_pronoun(c: _Context) -> bool:
    """'a negative one': 'one' stands for a noun said before; 'the two met': the figure
    stands for people named before, and counts nothing new."""
    q = c.q
    if re.fullmatch(r"(?:negative|positive|minus)\s+one", q.text, re.IGNORECASE):
        return True
    if c.prev != "the" or q.unit is not None or q.text.casefold() not in vl.NUMBER_WORD_NAMES:
        return False
    nxt = re.match(r"\s+([a-z]+)", c.after)
    return nxt is not None and (
        nxt.group(1) in vl.VERBS_AFTER_PRONOUN or nxt.group(1).endswith("ed")
    )


def _is_rate_base(c: _Context) -> bool:
    """'80mg of alcohol per 100ml of blood': the base of a rate, not an amount of its own."""
    return c.prev == "per" and c.q.kind in ("measure", "count")


def _is_idiom(c: _Context) -> bool:
    low = c.q.text.casefold()
    if low in _FRACTIONS and c.prev in vl.PLACE_BEFORE_FRACTION:
        return True  # 'the same quarter of the draw', 'the opposite half'
    if low == "half" and _HALF_OF_A_PITCH.search(c.before) and not re.match(r"\s+of\b", c.after):
        return True  # 'danced into the Italian half', 'pinned in their own half'
    if low in vl.BARE_PLURAL_FRACTIONS:
        return True  # 'in some quarters', 'cut in halves': no figure, no share
    if low in vl.SOMEDAY and not _MEASURED_DAY.match(c.after) and c.prev not in vl.FOR_A_TIME:
        return True  # 'he hopes that one day it can …', 'it changed one day in June'
    if c.q.kind == "money" and _MONEY_IDIOM.match(c.after) and c.q.text in vl.MONEY_IDIOMS:
        return True  # 'the $64,000 question'
    if (low == "zero" and _ZERO_IDIOM.match(c.after)) or (
        low.startswith("zero-") and low[5:] in vl.ZERO_IDIOM_NOUNS
    ):
        return True  # 'a zero tolerance policy', 'a zero-sum game', 'zero-hours contracts'
    if in_number_idiom(c.text, c.q):
        return True  # 'on cloud nine', 'second best', 'not by a tenth of a point'
    if _COMPOUND_LIST.match(c.after) and c.q.unit is None:
        return True  # 'a five, six or even eight-horse race': the list of a compound idiom
    return low == "half" and bool(re.search(r"\btoo \w+ by\s*$", c.before))  # 'too clever by half'


_RULES: tuple[tuple[str, Callable[[_Context], bool]], ...] = (
    ("idiom", _is_idiom),
    ("date", _is_date),
    ("time", _is_time),
    ("name", _is_name),
    ("ordinal", _is_ordinal),
    ("score", _is_score),
    ("list", _is_marker),
    ("pronoun", _is_pronoun),
    ("rate", _is_rate_base),
)


def aside(
    text: str, sents: Sequence[Span], quantities: Sequence[Quantity]
) -> list[tuple[Quantity, str | None]]:
    """Every quantity with why it is set aside ('list' for table rows), or None to keep it."""
    rows = sorted(table_spans(text) + enumeration_spans(text))
    head = headline_span(text)
    row_starts = [r[0] for r in rows]
    sent_starts = [s.start for s in sents]
    out: list[tuple[Quantity, str | None]] = []
    for q in quantities:
        k = bisect.bisect_right(row_starts, q.start) - 1
        if k >= 0 and q.start < rows[k][1]:
            out.append((q, "list"))
            continue
        if head is not None and head[0] <= q.start < head[1]:
            out.append((q, "headline"))
            continue
        i = bisect.bisect_right(sent_starts, q.start) - 1
        if i >= 0 and is_roster(text[sents[i].start : sents[i].end]):
            out.append((q, "list"))
            continue
        out.append((q, why_not(text, q, sents[i].start if i >= 0 else 0)))
    return out


def keep_quantities(
    text: str, sents: Sequence[Span], quantities: Sequence[Quantity]
) -> list[Quantity]:
    """The quantities a claim counts, those ``aside`` gives no reason for, valued as stated
    (a figure that its wording widened over another, '7 of 10' over '7', keeps the wider)."""
    stated = [as_stated(text, q) for q, why in aside(text, sents, quantities) if why is None]
    stated.sort(key=lambda q: (q.start, -q.end))
    out: list[Quantity] = []
    for q in stated:
        if out and q.end <= out[-1].end:
            continue  # inside the one before
        out.append(q)
    return borrowed_units(text, shares_of_figures(text, out))


def set_aside_in(text: str) -> list[tuple[Quantity, str]]:
    """Every figure the recogniser finds in ``text`` that claims leave out, with why: what
    the claim layer drops, for evaluation and debugging."""
    from tracker.extract.quantities import find_quantities
    from tracker.extract.ranks import find_ranks
    from tracker.extract.sentences import sentences

    sents = sentences(text)
    found: list[Quantity] = []
    for s in sents:
        qs = find_quantities(text, s.start, s.end)
        ranks = find_ranks(text, s.start, s.end)
        found += qs + [r for r in ranks if not any(q.start < r.end and r.start < q.end for q in qs)]
    found.sort(key=lambda q: q.start)
    return [(q, why) for q, why in aside(text, sents, found) if why is not None]
