"""A transcript's turn labels in capitals of Latin script beyond ASCII ('WRÓBEL-HAINES:')
take turns as ASCII ones do, so what is said in them is the speaker's, not the host's."""

from __future__ import annotations

import pytest

from tracker.extract import extract_text

_INTERVIEW = """Harbour fees: "We cannot pay more"

The port's chief, Jørgen Østergård, and the mayor, Zofia Łukaszewicz, spoke to Radio Ness.

PRESENTER: Mr Østergård, why are fees rising?

{first}: Because our costs rose 12% last year. We spend £4m a year on dredging.

PRESENTER: Mayor?

{second}: The council will cover 40 berths from its own budget.
"""


@pytest.mark.parametrize(
    ("first", "second"),
    [("ØSTERGÅRD", "ŁUKASZEWICZ"), ("JØRGEN ØSTERGÅRD", "ZOFIA ŁUKASZEWICZ")],
)
def test_labels_with_latin_capitals_take_turns(first: str, second: str) -> None:
    text = _INTERVIEW.format(first=first, second=second)
    claims = extract_text(text, "t")
    figures = {q.text: c for c in claims for q in c.quantities}
    for figure, surname in (
        ("12%", "Østergård"),
        ("£4m a year", "Østergård"),
        ("40", "Łukaszewicz"),
    ):
        att = figures[figure].attribution
        assert att is not None and surname in att.speaker
