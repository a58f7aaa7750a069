"""A person's corrections to a claim, as pure functions: Claim in, Claim out.

Every function leaves the span exact (``text == article[start:end]``) and marks a machine
claim ``edited``; a claim a person added stays ``added``. Storage, audit and undo live in
``tracker.correcting``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from tracker.errors import InvalidValueError
from tracker.model import (
    ADDED,
    ATTRIBUTED,
    EDITED,
    MACHINE,
    QUANTITATIVE,
    QUANTITY_KINDS,
    Attribution,
    Claim,
    Quantity,
    claim_id_for,
)

_KEEP = object()  # "leave this field as it is" (None means "clear it")


def touched(claim: Claim) -> Claim:
    """The claim as a person's: a machine claim becomes 'edited'."""
    return replace(claim, origin=EDITED) if claim.origin == MACHINE else claim


def kinds_for(claim: Claim) -> tuple[str, ...]:
    """The kinds its contents imply: quantitative if it states figures, attributed if someone said it."""
    kinds = []
    if claim.quantities:
        kinds.append(QUANTITATIVE)
    if claim.attribution is not None or claim.source_speaker:
        kinds.append(ATTRIBUTED)
    return tuple(kinds)


def set_speaker(claim: Claim, name: str) -> Claim:
    """A person names the speaker; an empty name says nobody is quoted."""
    name = " ".join(name.split())
    if not name:
        out = replace(claim, attribution=None, source_speaker=None)
    elif claim.attribution is not None:
        out = replace(claim, attribution=replace(claim.attribution, speaker=name))
    else:
        out = replace(claim, source_speaker=name)
    return touched(replace(out, kinds=kinds_for(out)))


def set_kinds(claim: Claim, kinds: Sequence[str]) -> Claim:
    order = (QUANTITATIVE, ATTRIBUTED)
    return touched(replace(claim, kinds=tuple(k for k in order if k in kinds)))


def _quantity_at(claim: Claim, number: int) -> Quantity:
    if not 1 <= number <= len(claim.quantities):
        have = len(claim.quantities)
        raise InvalidValueError(
            f"claim {claim.id} has no quantity #{number} (it has {have}; `tracker show` numbers them)"
        )
    return claim.quantities[number - 1]


def which_quantity(claim: Claim, number: int | None) -> int:
    """The quantity a change is for: the one named, or the claim's only one. With several,
    guessing #1 would silently change a figure the person did not mean."""
    if number is not None:
        return number
    if len(claim.quantities) > 1:
        raise InvalidValueError(
            f"claim {claim.id} has {len(claim.quantities)} quantities: say which "
            "(--quantity N; `tracker show` numbers them)"
        )
    return 1


CLEARS = ("-", "none")  # typed as a value: the machine misread a figure, the value goes


def read_value(raw: str | None) -> tuple[float | None, bool]:
    """A quantity's value as typed in `tracker edit --value` or the app's `value=`: (value,
    clear). A figure is read as search reads it ('150,000', '1.5e9', '$2bn', 'two thousand');
    '-' or 'none' clears the value; None (not given) changes nothing."""
    if raw is None:
        return None, False
    if raw.strip().lower() in CLEARS:
        return None, True
    from tracker.value_search import read_figure

    value = read_figure(raw)
    if value is None:
        raise InvalidValueError(f"value must be a number, got {raw!r}")
    return value, False


def check_value(value: float) -> float:
    """A figure a person types must be a finite number (1e400, inf and nan are not)."""
    if not math.isfinite(value):
        raise InvalidValueError(f"value must be a finite number, got {value!r}")
    return value


def check_quantity_kind(kind: str) -> str:
    kind = kind.strip().lower()
    if kind not in QUANTITY_KINDS:
        raise InvalidValueError(
            f"unknown quantity kind {kind!r} (one of: {', '.join(QUANTITY_KINDS)})"
        )
    return kind


def set_quantity(
    claim: Claim,
    number: int | None,
    value: object = _KEEP,
    unit: object = _KEEP,
    approx: object = _KEEP,
    kind: object = _KEEP,
) -> Claim:
    """Correct quantity #number (1-based, as `tracker show` lists them; None: the only one)."""
    number = which_quantity(claim, number)
    q = _quantity_at(claim, number)
    if value is not _KEEP:
        if value is not None:
            check_value(value)  # type: ignore[arg-type]
        q = replace(q, value=value, low=None, high=None)  # type: ignore[arg-type]
    if unit is not _KEEP:
        q = replace(q, unit=unit or None)  # type: ignore[arg-type]
    if approx is not _KEEP:
        q = replace(q, approx=approx or None)  # type: ignore[arg-type]
    if kind is not _KEEP:
        q = replace(q, kind=check_quantity_kind(str(kind)))
    quantities = list(claim.quantities)
    quantities[number - 1] = q
    return touched(replace(claim, quantities=tuple(quantities)))


def remove_quantities(claim: Claim, numbers: Iterable[int]) -> Claim:
    drop = {_quantity_at(claim, n) for n in numbers}
    out = replace(claim, quantities=tuple(q for q in claim.quantities if q not in drop))
    return touched(replace(out, kinds=kinds_for(out)))


def add_quantity(claim: Claim, found: Quantity) -> Claim:
    if not (claim.start <= found.start < found.end <= claim.end):
        raise InvalidValueError("a quantity must lie inside its claim")
    for n, q in enumerate(claim.quantities, 1):
        if q.start < found.end and found.start < q.end:  # the same words: no second figure
            raise InvalidValueError(
                f"{found.text!r} is already quantity {n} of claim {claim.id} "
                f"(correct it: --quantity {n}, or '{n} unit=…' in the app)"
            )
    quantities = sorted([*claim.quantities, found], key=lambda q: q.start)
    out = replace(claim, quantities=tuple(quantities))
    return touched(replace(out, kinds=kinds_for(out)))


def locate(text: str, words: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Every place ``words`` occur in text[start:end]: exactly, or else with any run of
    whitespace standing for any other (an article wraps its lines where it likes)."""
    end = len(text) if end is None else end
    words = words.strip()
    if not words:
        raise InvalidValueError("give the words to look for")
    hits = []
    pos = text.find(words, start, end)
    while pos >= 0 and pos + len(words) <= end:
        hits.append((pos, pos + len(words)))
        pos = text.find(words, pos + 1, end)
    if hits:
        return hits
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words.split()))
    return [(m.start(), m.end()) for m in pattern.finditer(text, start, end)]


def one_place(text: str, words: str, start: int = 0, end: int | None = None) -> tuple[int, int]:
    """The one place ``words`` occur; not found or found twice is a clear error."""
    hits = locate(text, words, start, end)
    if not hits:
        raise InvalidValueError(f"{words.strip()[:60]!r} does not occur in the text")
    if len(hits) > 1:
        where = ", ".join(f"{s}-{e}" for s, e in hits[:5])
        raise InvalidValueError(
            f"{words.strip()[:60]!r} occurs {len(hits)} times (at {where}); "
            "give more words, or --start/--end"
        )
    return hits[0]


# What may hang loose at a part's ends: a cut leaves 'rose 12% -' or ', and'.
_LOOSE = frozenset(" \t\r\n\u00a0-\u2013\u2014,;:/")
# A statement holds a word of three or more letters or a figure ('to' or '-' is a fragment).
_SUBSTANCE = re.compile(r"[^\W\d_]{3,}|\d")


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without whitespace and dangling dashes, commas or colons at its ends (a
    leading minus sign of a figure stays)."""
    while start < end and text[start] in _LOOSE:
        if text[start] == "-" and start + 1 < end and text[start + 1].isdigit():
            break
        start += 1
    while end > start and text[end - 1] in _LOOSE:
        end -= 1
    return start, end


def check_part(text: str, start: int, end: int) -> None:
    """Refuse a fragment as a claim: it must hold a word of 3+ letters or a figure."""
    if not _SUBSTANCE.search(text, start, end):
        raise InvalidValueError(
            f"{text[start:end][:60]!r} is no statement (a claim needs a word of three or "
            "more letters or a figure)"
        )


def word_start(text: str, at: int, start: int) -> int:
    """A cut inside a word moves to that word's start."""
    while at > start and text[at - 1].isalnum() and text[at].isalnum():
        at -= 1
    return at


def check_span(text: str, start: int, end: int) -> tuple[int, int]:
    if not 0 <= start < end <= len(text):
        raise InvalidValueError(
            f"span {start}-{end} is not inside the article (0-{len(text)}, start before end)"
        )
    start, end = trim(text, start, end)
    if start == end:
        raise InvalidValueError(f"span {start}-{end} holds only whitespace or punctuation")
    check_part(text, start, end)
    return start, end


def _clip(att: Attribution | None, start: int, end: int) -> Attribution | None:
    """The attribution for the part [start, end) of a claim, or None if none of its
    reported content lies there."""
    if att is None:
        return None
    lo, hi = max(att.content_start, start), min(att.content_end, end)
    if lo >= hi:
        return None
    return replace(att, content_start=lo, content_end=hi)


def split_claim(claim: Claim, text: str, at: int) -> tuple[Claim, Claim]:
    """Two claims from one: [start, at) keeps the id (and so its verdict and notes), [at, end)
    is new. Each keeps the quantities inside it and the speaker whose words it holds."""
    if not claim.start < at < claim.end:
        raise InvalidValueError(
            f"split point {at} is not inside claim {claim.id} (span {claim.start}-{claim.end})"
        )
    at = word_start(text, at, claim.start)
    s1, e1 = trim(text, claim.start, at)
    s2, e2 = trim(text, at, claim.end)
    if s1 == e1 or s2 == e2:
        raise InvalidValueError(f"splitting at {at} would leave one part empty")
    check_part(text, s1, e1)
    check_part(text, s2, e2)
    parts = []
    for s, e, cid, origin in (
        (s1, e1, claim.id, EDITED if claim.origin == MACHINE else claim.origin),
        (s2, e2, claim_id_for(claim.article_id, s2, e2), ADDED),
    ):
        part = replace(
            claim,
            id=cid,
            text=text[s:e],
            start=s,
            end=e,
            quantities=tuple(q for q in claim.quantities if s <= q.start and q.end <= e),
            attribution=_clip(claim.attribution, s, e),
            origin=origin,
            notes=(),
            evidence=(),
        )
        parts.append(replace(part, kinds=kinds_for(part)))
    first, second = parts
    return replace(first, notes=claim.notes, evidence=claim.evidence), replace(second, matches=())


def claim_from_span(
    text: str,
    article_id: str,
    start: int,
    end: int,
    quantities: Sequence[Quantity],
    machine: Iterable[Claim],
) -> Claim:
    """A claim a person marked in the article: its quantities, and the speaker of the
    machine's attribution whose reported words overlap it most (if any) — only one whose
    speaker and cue lie inside the span too: a name from another sentence is not what the
    person chose."""
    best, overlap = None, 0
    for c in machine:
        att = c.attribution
        if att is None or not (
            start <= att.speaker_start < att.speaker_end <= end
            and start <= att.cue_start < att.cue_end <= end
        ):
            continue
        shared = min(att.content_end, end) - max(att.content_start, start)
        if shared > overlap:
            best, overlap = att, shared
    claim = Claim(
        id=claim_id_for(article_id, start, end),
        article_id=article_id,
        text=text[start:end],
        start=start,
        end=end,
        kinds=(),
        quantities=tuple(q for q in quantities if start <= q.start and q.end <= end),
        attribution=_clip(best, start, end),
        origin=ADDED,
    )
    return replace(claim, kinds=kinds_for(claim))
