"""A poll speaks for whoever made it; 'the poll' for the maker of the poll cited last."""

from __future__ import annotations

from tracker.extract import extract_text
from tracker.extract.pollsters import anaphoric_poll, poll_maker


def _speakers(text: str) -> list[tuple[str, str]]:
    return [
        (c.attribution.speaker_text, c.attribution.speaker)
        for c in extract_text(text, "a")
        if c.attribution is not None
    ]


def test_a_poll_is_its_maker_and_the_poll_is_the_same_maker() -> None:
    text = (
        "Race tightens\n\n"
        "A new Marist/NPR tracking poll released on Tuesday shows the mayor ahead by "
        "6 points among likely voters. The poll found that 41 percent of voters had not "
        "yet made up their minds. The newest poll also showed the challenger gaining "
        "ground among women.\n"
    )
    assert [s for _, s in _speakers(text)] == ["Marist/NPR"] * 3


def test_polls_by_no_one_and_a_poll_of_a_place() -> None:
    text = (
        "Senate race\n\n"
        "Some recent polls show the senator trailing by 4 points. "
        "A poll from Nevada showed the race tied at 45 percent each.\n"
    )
    assert [s for _, s in _speakers(text)] == ["polls", "poll from Nevada"]


def test_the_maker_is_the_name_before_the_poll_and_its_kind() -> None:
    assert poll_maker("An online Ipsos/Reuters daily tracking poll".split()) == "Ipsos/Reuters"
    assert poll_maker("The Mail on Sunday survey".split()) == "Mail on Sunday"
    assert poll_maker("New YouGov polls out Sunday".split()) == "YouGov"
    assert poll_maker("Gallup's latest survey".split()) == "Gallup"


def test_no_maker_where_the_words_name_none() -> None:
    assert poll_maker("the new Ohio poll".split()) is None  # a place polled
    assert poll_maker("a Republican poll".split()) is None  # a party's voters
    assert poll_maker("Smith's poll numbers".split()) is None  # no poll of his
    assert poll_maker("a poll by the Acme Institute".split()) is None  # read elsewhere
    assert poll_maker("The poll".split()) is None


def test_a_poll_cited_before() -> None:
    assert anaphoric_poll("the poll".split())
    assert anaphoric_poll("The same survey".split())
    assert not anaphoric_poll("the other poll".split())
    assert not anaphoric_poll("the Gallup poll".split())


def test_a_poll_with_a_name_of_its_own_is_its_owners() -> None:
    assert poll_maker("The Harlow Institute's Mood Index survey".split()) == "Harlow Institute"


def test_a_sentence_opener_is_no_maker() -> None:
    assert poll_maker("However surveys".split()) is None
    assert poll_maker("But the Gallup poll".split()) == "Gallup"


def test_polls_after_a_sentence_opener_are_polls() -> None:
    text = "Mood sours\n\nHowever polls show that 60% of voters want a change.\n"
    assert [s for _, s in _speakers(text)] == ["polls"]


def test_a_word_that_opens_the_sentence_is_no_maker() -> None:
    assert poll_maker("Early polls".split()) is None
    assert poll_maker("Most surveys".split()) is None


def test_new_opening_a_maker_s_name_is_kept() -> None:
    assert poll_maker("A New York Times/Siena poll".split()) == "New York Times/Siena"
    assert poll_maker("New Ipsos polls".split()) == "Ipsos"


def test_a_poll_of_another_kind_is_not_the_poll_cited_before() -> None:
    text = (
        "Vote\n\n"
        "A Quinnipiac University poll showed the race tied last week. On Tuesday the exit "
        "poll found that most voters had made up their minds.\n"
    )
    assert ("the exit poll", "Quinnipiac University") not in _speakers(text)
    text = (
        "Vote\n\n"
        "A Marist tracking poll showed the race tied last week. On Tuesday the tracking "
        "poll found that most voters had made up their minds.\n"
    )
    assert ("the tracking poll", "Marist") in _speakers(text)


def test_a_race_a_question_or_a_liked_poll_names_no_maker() -> None:
    assert poll_maker("A new Ohio Senate poll".split()) is None
    assert poll_maker("a New Hampshire primary poll".split()) is None
    assert poll_maker("A Brexit poll".split()) is None
    assert poll_maker("Trump's favourite poll".split()) is None
    assert poll_maker("Gallup's own survey".split()) == "Gallup"
    assert poll_maker("A House Majority PAC poll".split()) == "House Majority PAC"


def test_a_poll_of_a_place_s_race_is_no_maker_s() -> None:
    text = "Race\n\nA new Ohio Senate poll showed the challenger ahead by four points.\n"
    assert _speakers(text) == [("A new Ohio Senate poll", "Ohio Senate poll")]
