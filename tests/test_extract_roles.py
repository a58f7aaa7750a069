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


def test_an_owner_s_pronoun_and_role_before_a_name_is_the_name() -> None:
    for owner, role in (("His", "lawyer"), ("Her", "agent"), ("Their", "manager")):
        text = (
            "Hearing\n\n"
            f"Tom Reyes was fined £4,000 on Monday. {owner} {role}, Ines Okafor, said the "
            "fine was unfair and 3 appeals were planned. Reyes left without comment. "
            f'"We will win this," the {role} said.\n'
        )
        speakers = _speakers(text)
        assert [s for m, s in speakers if m.startswith(owner)] == ["Ines Okafor"]
        assert (f"the {role}", "Ines Okafor") in speakers


def test_a_role_that_runs_into_a_relative_clause_is_its_holder() -> None:
    text = (
        "Court\n\n"
        "Magistrate Olu Banjo fined the firm £2,000 on Tuesday. Its owner, Ray Platt, wept. "
        "The magistrate, who also banned Platt for 5 years, said the breaches were serious.\n"
    )
    said = [s for m, s in _speakers(text) if m.startswith("The magistrate")]
    assert len(said) == 1 and said[0].endswith("Olu Banjo")


def test_a_name_with_two_particles_is_one_person() -> None:
    text = "Rulings\n\nJudge Anneke van der Berg ruled on Friday. Coach Luis de la Cruz left."
    roles = RoleHolders(text)
    assert roles.holder("judge", len(text)) == "Anneke van der Berg"
    assert roles.holder("coach", len(text)) == "Luis de la Cruz"


def test_a_role_phrase_that_speaks_is_not_the_name_before_it() -> None:
    text = "Wedding\n\nSinger Ann Lee is to wed Tom Hale, the singer's agent has confirmed.\n"
    assert all(s != "Tom Hale" for m, s in _speakers(text) if "agent" in m)


def test_a_place_or_a_day_with_a_particle_is_no_one() -> None:
    text = (
        "Fiesta\n\n"
        "Tom Hale, 40, marched on Cinco de Mayo through Rio de Janeiro. "
        '"Happy Cinco de Mayo to 2 million friends!" he tweeted.\n'
    )
    said = [s for m, s in _speakers(text) if m == "he"]
    assert said and all("Mayo" not in s and "Janeiro" not in s for s in said)


def test_heads_of_government_and_rulers_are_roles() -> None:
    holders = RoleHolders(
        "Manitoba Premier Ruth Akande met Taoiseach Sean Moran and Emir Khalid Nasser. "
        "Later the premier spoke."
    )
    assert holders.holder("premier", 80) == "Ruth Akande"
    assert holders.holder("taoiseach", 80) == "Sean Moran"
    assert holders.holder("emir", 80) == "Khalid Nasser"
