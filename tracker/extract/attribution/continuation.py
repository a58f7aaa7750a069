"""A quote with no cue of its own continues the attributed quote just before it."""

from __future__ import annotations

import bisect

from tracker.extract.attribution.answers import answerer
from tracker.extract.attribution.conflicts import Ledger
from tracker.extract.attribution.sentence import scare_quote
from tracker.extract.doc import Doc
from tracker.extract.found import Found


def link_continuations(doc: Doc, ledger: Ledger) -> None:
    """A quote with no cue of its own continues the attributed quote just before it."""
    text, quotes = doc.text, doc.quotes
    quote_owner, found = ledger.quote_owner, ledger.found
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
        if scare_quote(text, q):
            continue  # a word in quotation marks does not continue anyone's statement
        # Only what lies between them decides: a short stretch with no other speech in it.
        src = found[last_owner]
        # Another cue between the two quotes means someone else may be speaking.
        lo = bisect.bisect_left(cue_starts, last_end)
        hi = bisect.bisect_left(cue_starts, q.start)
        others = hi - lo - (1 if last_end <= src.cue_start < q.start else 0)
        if len(gap) > 400 or others > 0:
            continue
        who = answerer(text, (src.speaker_start, src.speaker_end), q.start, last_end)
        speaker_start, speaker_end = who or (src.speaker_start, src.speaker_end)
        found.append(
            Found(
                speaker_start,
                speaker_end,
                src.cue_start,
                src.cue_end,
                q.start,
                q.end,
                "direct",
                src.cue,
                continuation_of=last_owner,
                rule="quote-continuation",
            )
        )
        quote_owner[index] = len(found) - 1
        last_end = q.end
