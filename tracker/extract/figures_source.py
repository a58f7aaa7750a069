"""Figures given first and their source after: 'The jobless total rose …, official figures
show. … the Office for National Statistics (ONS) added.' News states what the figures show
in the lede and names the body that published them as it goes on; the figures are that
body's (a report is credited to the body behind it). Only for figures, data or statistics
with no body of their own ('official figures', 'New data', 'Government statistics'), and a
body that speaks within the next two sentences.
"""

from __future__ import annotations

from dataclasses import replace

from tracker.extract.canonical import body_start
from tracker.extract.speaker_check import ORGANISATION, speaker_kind
from tracker.model import Attribution

_HEADS = frozenset("figures data statistics numbers".split())
# How far ahead (characters) the body is looked for: the next sentence or two.
REACH = 500


def figures_source(text: str, atts: list[Attribution]) -> list[Attribution]:
    """The attributions with figures of no body in the lede given the body that speaks
    next, by its name."""
    start = body_start(text)
    lede_end = text.find("\n", start + 1)  # the lede: the body's first paragraph
    lede_end = len(text) if lede_end < 0 else lede_end  # (an article of one paragraph)
    out = list(atts)
    for k, att in enumerate(atts):
        if not (start <= att.speaker_start < lede_end and _bare_figures(att)):
            continue
        later = next(
            (b for b in atts[k + 1 : k + 4] if b.speaker_start - att.speaker_end < REACH), None
        )
        if later is not None and _a_body_by_name(later) and _publishes(later):
            if text.count(". ", att.speaker_end, later.speaker_start) <= 2:  # two sentences
                out[k] = replace(att, speaker=later.speaker)
    return out


# Words of the name of a public body, which publishes figures ('Office for National
# Statistics', 'Commerce Department', 'Census Bureau', 'Federal Trade Commission'; 'stat'
# for 'Eurostat', 'Destatis', 'Istat'); not a bank's or a firm's.
_PUBLISHER_WORDS = frozenset(
    """office department bureau ministry agency administration institute census commission
    authority board council service""".split()
)
# Cues by which a body tells of figures given before ('…, the ONS added').
_PUBLISHING_CUES = frozenset("added adds published publishes released releases".split())


def _publishes(att: Attribution) -> bool:
    """A body whose name says it publishes figures, or that is said to have published or
    added them; not any body that speaks next ('The Bank of England said it was ready')."""
    words = [w.lower() for w in att.speaker.split()]
    if any(w in _PUBLISHER_WORDS or "stat" in w for w in words):
        return True
    return att.cue.lower() in _PUBLISHING_CUES


def _a_body_by_name(att: Attribution) -> bool:
    """A body the mention names ('the Commerce Department'), not a document or a body's
    part ('the University of Michigan barometer', "Labour's campaign")."""
    words = att.speaker.split()
    return (
        speaker_kind(att.speaker_text, att.speaker) == ORGANISATION
        and all(w[:1].isupper() or w in ("of", "for", "and", "the", "&") for w in words)
        and "'" not in att.speaker_text
        and "’" not in att.speaker_text
    )


def _bare_figures(att: Attribution) -> bool:
    """'official figures', 'New data', 'figures': figures by no one, as yet unresolved."""
    words = att.speaker_text.split()
    return (
        1 <= len(words) <= 3
        and words[-1] in _HEADS
        and att.speaker.lower() == att.speaker_text.lower()
        and all(w[:1].islower() for w in words[1:])
        and words[0].lower() not in ("the", "these", "those", "its", "their", "his", "her")
    )
