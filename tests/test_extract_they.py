"""'they' goes to the group or body that spoke, or stays unresolved; never to one person."""

from __future__ import annotations

from tracker.extract import extract_text


def _speakers(text: str) -> list[tuple[str, str]]:
    return [
        (c.attribution.speaker_text, c.attribution.speaker)
        for c in extract_text(text, "a")
        if c.attribution is not None
    ]


def test_they_is_the_group_that_opened_the_sentence_before() -> None:
    text = (
        "Speed limits\n\n"
        "Officials do not back a 20mph limit. They say 300 roads would need new signs.\n"
    )
    assert ("They", "Officials") in _speakers(text)


def test_they_is_the_body_that_opens_its_own_sentence() -> None:
    text = (
        "Port plan\n\n"
        "Harbour chief Ola Berg spoke on Monday. "
        "The council delayed the vote because they said 40 berths were still leased.\n"
    )
    assert ("they", "the council") in _speakers(text)


def test_they_never_becomes_a_person() -> None:
    text = (
        "Port plan\n\n"
        "Harbour chief Ola Berg spoke on Monday. "
        "They said 40 berths were still leased.\n"
    )
    assert ("They", "They") in _speakers(text)
