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
    assert roles.holder("coach", 0) == "Ann Bell"  # the introduction itself
    later = RoleHolders("Then the coach spoke. Coach Ann Bell left.")
    assert later.holder("coach", 5) is None
    assert roles.holder("mayor", len(text)) is None


def test_a_role_after_an_owner_s_name_introduces_the_person() -> None:
    text = (
        "Results\n\n"
        "Kelbrook Foods' operations director, Ada Marsh, told investors 12 plants were full. "
        "Tom Reyes, an analyst at Vale Bank, said sales would fall 5% next year.\n\n"
        "The operations director rejected that view, saying orders were up 8%.\n"
    )
    assert ("The operations director", "Ada Marsh") in _speakers(text)


def test_a_mention_that_is_itself_the_introduction_names_its_person() -> None:
    text = (
        "Storm\n\n"
        "The mayor, Karl Brandt, said 300 homes had lost power. "
        "The deputy mayor, Lena Vogt, toured the harbour and said 40 boats had sunk. "
        "She said repairs would cost 2m euros.\n"
    )
    speakers = _speakers(text)
    # The mention may keep its appositive name ('The deputy mayor, Lena Vogt'): either is her.
    assert any(m.startswith("The deputy mayor") and s == "Lena Vogt" for m, s in speakers)
    assert ("She", "Lena Vogt") in speakers
    roles = RoleHolders(text)
    assert roles.holder("mayor", text.index("The deputy")) == "Lena Vogt"


def test_a_particle_stays_inside_the_role_holder_s_name() -> None:
    text = "The chief minister, Azlan bin Yusri, met Tom Reyes. Then the minister spoke."
    assert RoleHolders(text).holder("minister", text.index("Then")) == "Azlan bin Yusri"
