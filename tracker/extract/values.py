"""Values as a claim states them: the recogniser reads every figure as precisely as it can;
this stage corrects what the wording around it says the value is.

- vague amounts ('thousands of', 'several thousand', 'millions of') have no precise value;
  counted in a currency ('millions of dollars') they are money;
- a tally ('an 80-19 vote', 'leads by 49 percent to 47 percent', 'a 2-to-1 vote', betting
  'odds of 6-9') is one figure, not a range, and has no single value;
- '50-50' is an even chance; 'eight of 10' is 0.8; 'plus or minus 4 points' is a margin of 4;
- 'aged 73' is an age; 'weighs 236 pounds' is a weight, not money.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract import lexicon as lx
from tracker.extract.quantities import find_quantities
from tracker.extract.quantities.ages import set_off_after_person
from tracker.extract.quantities.tables import CHANGE_VERBS
from tracker.model import Quantity

__all__ = ["as_stated", "borrowed_units", "shares_of_figures"]

_MAGNITUDES = "dozens|scores|hundreds|thousands|millions|billions|trillions"
# 'thousands', 'hundreds of thousands', 'tens of millions', 'millions of dollars'
_VAGUE_PLURAL = re.compile(
    rf"(?:(?:tens|{_MAGNITUDES})\s+of\s+)*(?:{_MAGNITUDES})\b", re.IGNORECASE
)
_VAGUE_BEFORE = re.compile(r"\b(?:several|a few|few|many|some|tens of|hundreds of)\s+$", re.I)
_VAGUE_WORDED = re.compile(r"(?:several|a few)\s+\w+|decades|centuries", re.IGNORECASE)
_BARE_MAGNITUDE = re.compile(r"(?:hundred|thousand|million|billion|dozen)s?", re.IGNORECASE)
_TALLY_BEFORE = re.compile(r"\b(?:by|split|voted?|margin of|odds(?: of)?)\s+$", re.IGNORECASE)
_TALLY_AFTER = re.compile(r"\s*(?:vote|votes|in favou?r|margin|majority|decision|ruling)\b", re.I)
_TALLY_TEXT = re.compile(
    r"[\d.,]+\s*(?:%|percent|per cent)?\s*(?:-|–|to)\s*[\d.,]+\s*(?:%|percent|per cent)?", re.I
)
_TO_SECOND = re.compile(r"-to-\d+")
_EVEN = re.compile(r"(?:50\s?[-–]\s?50|fifty-fifty)", re.IGNORECASE)


def as_stated(text: str, q: Quantity) -> Quantity:
    """``q`` with the value, kind and unit its wording gives."""
    before = text[max(0, q.start - 40) : q.start]
    after = text[q.end : q.end + 30]
    if q.text[:1] in "-−" and q.text[1:2].isspace() and not text[: q.start].split("\n")[-1].strip():
        return _bullet(text, q)  # '- 45% are under 30': a bullet, not a minus sign
    if q.kind == "rank":
        return replace(q, unit=None)  # 'the third-highest rating': 'highest' is no unit
    if _EVEN.fullmatch(q.text):
        return replace(q, value=0.5, low=None, high=None, kind="ratio", unit=None)
    if _is_vague(q, before):
        unit = lx.CURRENCY_WORDS.get((q.unit or "").casefold())
        if unit is not None:
            return replace(q, value=None, low=None, high=None, kind="money", unit=unit)
        return replace(q, value=None, low=None, high=None)
    share = _share_of_ten(text, q, before)
    if share is not None:
        return share
    tally = _tally(text, q, before, after)
    if tally is not None:
        return tally
    if q.text.casefold().startswith("minus") and before.casefold().endswith("plus or "):
        return replace(q, value=abs(q.value or 0), approx="plus or minus")
    half = _half_of_a_unit(text, q)
    if half is not None:
        return half
    if q.kind == "count" and q.unit is None and _is_age(q, before, after):
        if q.low is not None and q.high is not None:  # 'aged between 19 and 46': no midpoint
            return replace(q, value=None, kind="age", unit="years")
        return replace(q, kind="age", unit="years")
    one_for_every = _one_for_every(q, before)
    if one_for_every is not None:
        return one_for_every
    if (
        q.kind == "money"
        and q.text.casefold().endswith("pounds")
        and re.search(r"\bweigh\w*\s+(?:\w+\s+)?$", before, re.IGNORECASE)
    ):
        return replace(q, kind="measure", unit="lb")
    return q


def shares_of_figures(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """'half of 1 percent', 'a third of $9bn': a share of a figure is one amount, the figure's
    kind and unit at the share's value (quantities in text order, none inside another)."""
    out: list[Quantity] = []
    k = 0
    while k < len(quantities):
        q = quantities[k]
        nxt = quantities[k + 1] if k + 1 < len(quantities) else None
        if (
            nxt is not None
            and q.kind == "ratio"
            and q.value is not None
            and 0 < q.value < 1
            and nxt.kind in ("percent", "money", "measure")
            and nxt.value is not None
            and _OF_BETWEEN.fullmatch(text, q.end, nxt.start)
        ):
            out.append(
                replace(
                    nxt,
                    text=text[q.start : nxt.end],
                    start=q.start,
                    value=q.value * nxt.value,
                    low=None,
                    high=None,
                    approx=q.approx or nxt.approx,
                )
            )
            k += 2
            continue
        out.append(q)
        k += 1
    return out


_OF_BETWEEN = re.compile(r"\s+of\s+")


_HALF_OF_A = re.compile(r"\s+an?\s+([a-z]+(?:\s+[a-z]+)?)")


def borrowed_units(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """'from 14 months to six', 'from 40 minutes to 25': a bare figure that ends a change
    from a measured one is in the same unit (quantities in text order)."""
    out = list(quantities)
    for k in range(1, len(out)):
        first, second = out[k - 1], out[k]
        if (
            second.kind == "count"
            and second.unit is None
            and first.kind in _BORROWABLE
            and first.low is None
            and first.high is None
            and _TO_ONLY.fullmatch(text, first.end, second.start)
            and _FROM_BEFORE.search(text[max(0, first.start - 6) : first.start])
        ):
            out[k] = replace(second, kind=first.kind, unit=first.unit)
        elif _rate_borrowed(text, first, second):
            out[k] = replace(second, unit=first.unit)
    return out


def _rate_borrowed(text: str, first: Quantity, second: Quantity) -> bool:
    """'£1,738 a year, from £1,668', '$40 an hour, up from $35': the other end of a change
    from an amount at a rate is at the same rate."""
    base, per, period = (first.unit or "").partition(" per ")
    return (
        first.kind == second.kind == "money"
        and bool(per)
        and bool(period)
        and second.unit == base
        and _OTHER_END.fullmatch(text, first.end, second.start) is not None
    )


_OTHER_END = re.compile(
    r"(?:\s+(?:a|an|per)\s+[a-z]+)?,?\s+(?:(?:up|down)\s+)?(?:from|compared with)\s+"
)


_BORROWABLE = frozenset({"duration", "measure", "percent"})
_TO_ONLY = re.compile(r"\s+to\s+")


def _half_of_a_unit(text: str, q: Quantity) -> Quantity | None:
    """'half an hour', 'half a century', 'half a percentage point', 'half a million': half of
    the unit or scale after it, read as the recogniser reads '1 <unit>', not a share of 0.5."""
    if q.text.casefold() != "half" or q.value != 0.5:
        return None
    m = _HALF_OF_A.match(text, q.end)
    if m is None:
        return None
    for words in (m.group(1), m.group(1).split()[0]):
        probe = f"1 {words}"
        read = [r for r in find_quantities(probe, 0, len(probe)) if r.text == probe]
        if read and read[0].value is not None and (read[0].unit or read[0].value > 1):
            end = m.start(1) + len(words)
            return replace(
                q, text=text[q.start : end], end=end, value=read[0].value / 2,
                kind=read[0].kind, unit=read[0].unit,
            )  # fmt: skip
    return None


def _bullet(text: str, q: Quantity) -> Quantity:
    skip = len(q.text) - len(q.text[1:].lstrip())
    flip = {k: -v for k in ("value", "low", "high") if (v := getattr(q, k)) is not None}
    low, high = flip.get("high", q.low), flip.get("low", q.high)  # bounds swap when negated
    start = q.start + skip
    return replace(
        q, text=text[start : q.end], start=start, value=flip.get("value"), low=low, high=high
    )


_SMALL = {w: i for i, w in enumerate("zero one two three four five six seven eight nine".split())}
_OF_BASE = re.compile(r"\b([A-Za-z]+|\d{1,2})\s+(?:out\s+)?of\s+$")


def _share_of_ten(text: str, q: Quantity, before: str) -> Quantity | None:
    """'eight of 10 voters', 'nine out of ten': a share of a round base, one figure."""
    base = {"10": 10, "ten": 10, "100": 100}.get(q.text.casefold())
    m = _OF_BASE.search(before) if base and q.kind == "count" else None
    if m is None:
        return None
    word = m.group(1).casefold()
    part = int(word) if word.isdecimal() else _SMALL.get(word)
    if part is None or not 0 < part < base:
        return None
    start = q.start - (len(before) - m.start(1))
    return replace(
        q, text=text[start : q.end], start=start, value=part / base, kind="ratio", unit=None
    )


def _is_age(q: Quantity, before: str, after: str) -> bool:
    """'died aged 73', 'at age 40', 'Ann Lee, 54, said': an age stated as a fact."""
    if _AGED.search(before):
        return True  # 'aged 73', 'ages 3 to 17', 'raise the pension age to 65'
    if _LIFE_EVENT_AT.search(before) and not re.match(r"\s+[a-z]", after):
        return q.text.isdecimal() and 1 <= int(q.text) <= 120  # 'died at 43', 'retired at 60'
    if re.search(r"\b[A-Z][a-z'’-]+,\s*$", before) and _VERB_AFTER_AGE.match(after):
        return q.text.isdecimal() and 1 <= int(q.text) <= 120  # 'Isinbayeva, 22, has set …'
    if _age_of_a_person(q, before, after):
        return True  # 'a woman of 80 who', 'everyone over 80 who', 'since I was seven'
    if set_off_after_person(q.text, before, after):
        return True  # 'Rodrigo de la Fuente, 47, leads', 'the driver, 23, was'
    # A person's name ('Ann Lee, 47,' or 'Mr Lee, 47,'), not a place ('Ohio, 18, and …').
    name = r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w'’-]+|[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)"
    # ('Ahmed Helal, 40.': a list of people with their ages)
    appositive = re.search(rf"\b{name},\s*$", before) and re.match(r"\s*(?:,|\.(?:\s|$))", after)
    # 'He was 84, had been ill': a person is a bare figure, and nothing is counted after it.
    person_is = _PERSON_IS.search(before) or _PERSON_IS_SHORT.search(before)
    stated = person_is and re.match(
        r"\s*(?:[,.;]|(?:and|when|next|this|last|on|in|at|today|tomorrow)\b|$)", after
    )
    return bool(appositive or stated) and q.text.isdecimal() and 1 <= int(q.text) <= 120


def _one_for_every(q: Quantity, before: str) -> Quantity | None:
    """'one death prevented for every 56 children', 'one nurse for every 12 beds': a ratio
    of one to the figure, as 'one in 56' is."""
    m = _FOR_EVERY.search(before)
    if m is None or q.kind != "count" or not q.value or q.low is not None:
        return None
    return replace(q, value=1 / q.value, kind="ratio", unit=None)


# 'one … for every', in one clause, a few words apart
_FOR_EVERY = re.compile(r"\b(?:[Oo]ne|1)\b[^,.;:]{0,50}\bfor every\s+$")


def _age_of_a_person(q: Quantity, before: str, after: str) -> bool:
    """A bare figure that a person is, or is of: 'a woman of 80 who …', 'anyone over 75',
    'since I was seven', 'when we were 12,': nothing counted after it, and a figure a life
    can reach (1 to 120), spelled or in digits."""
    if q.value is None or not (1 <= q.value <= 120 and q.value == int(q.value)):
        return False
    if not re.match(
        r"\s*(?:[,.;:!?)”\"’']|(?:who|whose|and|or|with|when|living|lives)\b|$)", after
    ):
        return False
    return bool(
        _PERSON_OF.search(before)
        or _PEOPLE_OVER.search(before)
        or _FIRST_PERSON_WAS.search(before)
        or _ELDEST_IS.search(before)
    )


_AGE_NOUNS = (
    # (not 'mother', 'father': 'a mother of three' has three children)
    r"(?:man|woman|boy|girl|person|pensioner|widow|widower|patient|child|lady|gentleman)"
)
# 'aged 73', 'ages 3 to 17', 'the pension age to 65', 'aged between 19 and 46', and the
# figures after the first of a list ('aged 58 and 63', 'aged 7, 9 and 12')
_AGED = re.compile(
    r"\b(?:aged?|ages|age (?:of|to|from|at))\s+(?:between\s+)?"
    r"(?:\d{1,3}(?:,\s*\d{1,3})*,?\s+(?:and|or)\s+)?$"
)
# 'a woman of 80', 'the man of 92'
_PERSON_OF = re.compile(rf"\b(?:[Aa]n?|[Tt]he)\s+(?:\w+\s+)?{_AGE_NOUNS}\s+of\s+$")
# 'everyone over 80', 'people under 16', 'those aged over 65'
_PEOPLE_OVER = re.compile(
    r"\b(?:everyone|everybody|anyone|anybody|someone|no one|nobody|those|people|adults"
    r"|children|pensioners|residents|patients|men|women|voters|workers|drivers|players"
    r"|members|customers|users|viewers|students|pupils|citizens|smokers|parents|mothers"
    r"|fathers|employees|staff|applicants|candidates|girls|boys)\s+(?:aged\s+)?(?:over|under"
    r"|above|below)\s+$",
    re.IGNORECASE,
)
# 'The oldest was 91', 'the youngest victim is 16': the age of one of a group.
_ELDEST_IS = re.compile(r"\b(?:oldest|youngest|eldest)(?:\s+[a-z]+){0,2}\s+(?:is|was)\s+$")
# 'since I was seven', 'when we were 12'
_FIRST_PERSON_WAS = re.compile(r"\b(?:I|[Ww]e|[Yy]ou|[Tt]hey)\s+(?:was|were|am|are)\s+$")


# 'died at 43', 'retired at 60', 'married at 23': an age at an event of a life.
_LIFE_EVENT_AT = re.compile(
    r"\b(?:died|dies|dying|retired|retires|retiring|married|marries|wed|debuted|qualified"
    r"|started|began|left school|turned pro|turned professional)\s+(?:only\s+|just\s+)?at\s+$"
)
# 'Isinbayeva, 22, has set …': after a one-word name, a figure then a verb is an age (not
# 'Ohio, 18, and Iowa, 6').
# ('said Palmer, 34, a North Dakota native': a description after the age, too)
_VERB_AFTER_AGE = re.compile(
    r"\s*,\s*(?:has|had|is|was|who|will|won|set|said|says|told|\w+ed|a|an)\b"
)
# 'when they're 55,', 'you're 45.': a person is, contracted
_PERSON_IS_SHORT = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Yy]ou|I|[Ww]e)['’](?:s|re|m) $")
_PERSON_IS = re.compile(
    r"(?:\b[Hh]e|\b[Ss]he|\bwho|\b(?:Mr|Mrs|Ms|Miss|Dr)\.? [A-Z][\w'’-]+|\b[A-Z][\w'’-]+ [A-Z][\w'’-]+)"
    r" (?:is|was|will be|would be|might be|could be|may be|turns|turned|turning) $"
)


def _is_vague(q: Quantity, before: str) -> bool:
    """'thousands', 'Millions', or a bare 'thousand' after 'several' / 'a few'; 'decades',
    'several weeks', 'a few pounds'."""
    if any(ch.isdecimal() for ch in q.text):
        return False
    if _VAGUE_WORDED.fullmatch(q.text):
        return q.kind in ("count", "money", "duration")
    if q.kind not in ("count", "money"):
        return False
    if _VAGUE_PLURAL.match(q.text):
        return True  # with what it measures: 'millions of dollars a year'
    # 'several hundred million ringgit': magnitudes with no figure, after 'several'
    words = q.text.split()
    while len(words) > 1 and words[-1].casefold() in lx.CURRENCY_WORDS:
        words.pop()
    magnitudes = bool(words) and all(_BARE_MAGNITUDE.fullmatch(w) for w in words)
    return magnitudes and bool(_VAGUE_BEFORE.search(before))


_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)


def _descending(q: Quantity, before: str) -> bool:
    """'led 45 percent to 18 percent': news writes a range low to high, so figures written
    high to low are two sides of a result, not a range ('from 45 to 18' is a change)."""
    figures = [float(f.replace(",", "")) for f in _FIGURE.findall(q.text)]
    return len(figures) == 2 and figures[0] > figures[1] and not _FROM_BEFORE.search(before)


def _change_by(q: Quantity, before: str) -> bool:
    """'rose by 3 to 5 percent': a change of between 3 and 5, low to high; 'won by 52 to 48'
    is a result."""
    m = _WORD_BY.search(before)
    return m is not None and m.group(1).casefold() in CHANGE_VERBS and not _descending(q, before)


_WORD_BY = re.compile(r"\b([A-Za-z]+)\s+by\s+$")


def _tally(text: str, q: Quantity, before: str, after: str) -> Quantity | None:
    """A vote or poll result: one figure with no single value."""
    span = q
    glued = _TO_SECOND.match(after)
    if glued and q.text.isdecimal():  # '2-to-1': the recogniser stops at the first figure
        span = replace(q, end=q.end + glued.end(), text=text[q.start : q.end + glued.end()])
        after = text[span.end : span.end + 30]
    elif q.unit == "score":
        pass  # 'passed the House 218-214': sports scores were set aside before; this is a tally
    elif not (_TALLY_TEXT.fullmatch(q.text) and q.low is not None):
        return None
    if (
        q.unit != "score"
        and not glued
        and not (
            # ('a 5-to-4 majority', 'a 4-to-4 tie': the glued form is always a tally)
            (_TALLY_BEFORE.search(before) and not _change_by(q, before))
            or _TALLY_AFTER.match(after)
            or _descending(q, before)
        )
    ):
        return None
    return replace(span, value=None, low=None, high=None, kind="other", unit=None)
