"""'the chancellor', 'the coach', 'the minister': the person the article introduced so."""

from __future__ import annotations

from tracker.extract import extract_text
from tracker.extract.roles import RoleHolders


def _speakers(text: str) -> list[tuple[str, str]]:
    return [
        (c.attribution.speaker_text, c.attribution.speaker)
        for c in extract_text(text, "a")
        if c.attribution is not None
    ]


def test_a_role_before_a_name_introduces_the_person() -> None:
    text = (
        "Budget\n\n"
        "Chancellor Gordon Brown met union leader Bill Morris on Monday. "
        "Mr Morris said 300 jobs were at risk. The chancellor said growth would reach 3%.\n"
    )
    assert ("The chancellor", "Gordon Brown") in _speakers(text)


def test_a_role_after_a_place_introduces_the_person() -> None:
    text = (
        "Cup tie\n\n"
        "Spain coach Luis Aragones named his squad. Striker Raul Tamudo was left out and "
        "Tamudo said 2 bad games had cost him. The coach said 23 players would travel.\n"
    )
    assert ("The coach", "Luis Aragones") in _speakers(text)


def test_an_appositive_introduces_the_person_not_the_last_name() -> None:
    for intro in ("The trade minister, Ana Soto,", "Ana Soto, the trade minister,"):
        text = (
            f"Trade\n\n{intro} met John Reed. Reed said tariffs were 5%. "
            "The minister said 40 firms would gain.\n"
        )
        assert ("The minister", "Ana Soto") in _speakers(text)


def test_the_latest_introduction_before_the_mention_wins() -> None:
    text = "Coach Ann Bell left. Later coach Tom Dale arrived. Then the coach spoke."
    roles = RoleHolders(text)
    assert roles.holder("coach", text.index("Later")) == "Ann Bell"
    assert roles.holder("coach", text.index("Then")) == "Tom Dale"
    assert roles.holder("coach", 0) is None
    assert roles.holder("mayor", len(text)) is None
