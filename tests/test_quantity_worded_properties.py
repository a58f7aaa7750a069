"""Properties of the readings of amounts written without a number word (quantities/worded.py,
exchange.py): on any arrangement of their words they never fail, every value they give is
finite, and every span is text of the sentence."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.extract.quantities import find_quantities

_WORDS = st.sampled_from(
    """a an the few several decades centuries weeks pounds dollars double twice fivefold
    four-fold 10 - fold three-and-a-half 15 and-a-half-year half-cent quarter-century
    billion-dollar quarter-point per to against dollar euro peso yen the more than less by
    almost fifth third quarter since have in one only at least of others two three hour
    decade year years a year of coal ( ) about $1.5bn 58.92 , . stage will""".split()
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=14))
def test_worded_readings_never_fail_and_stay_finite(words: list[str]) -> None:
    text = " ".join(words)
    found = find_quantities(text, 0, len(text)) + find_quantities(
        text, 0, len(text), everything=True
    )
    for q in found:
        assert text[q.start : q.end] == q.text
        for v in (q.value, q.low, q.high):
            assert v is None or math.isfinite(v)
